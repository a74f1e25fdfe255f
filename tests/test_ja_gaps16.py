"""Japanese gaps found on our own sentences (round 16): go-between chains of sanctions evasion. A
firm that buys goods (仕入れる too) and passes them on in the same sentence goes between
(「香港の企業は、欧米製のマイクロチップを調達し、ロシア企業に販売していた」); the state whose firm made
the goods is their make (「ドイツのメーカーが製造した」「アメリカで作られた」); firms pointed back to
from the sentence before (これらの企業は) pass the goods on, as firms listed together pass them on
in one journey; a firm used (を使い) lies on the goods' way; and the seller of a purchase naming no
buyer does not supply what the buyer gives on. A state buying arms and handing them on still makes
two transfers."""

from __future__ import annotations

from functools import partial

from tests.parties import Pair, pair, transfers, via

PUB = "2025-03-10"

_transfers = partial(transfers, lang="ja", published=PUB)


def _routes(text: str) -> list[tuple[Pair, set[str | None]]]:
    """(supplier, recipient) and go-betweens of each transfer the text tells, in order."""
    return [(pair(t), via(t)) for t in _transfers(text)]


# goods a trader stocked up on (仕入れる) and passed on come from where it bought them


def test_goods_stocked_from_a_state_and_exported_come_from_it() -> None:
    text = "香港の貿易会社は台湾から仕入れた電子部品をロシアへ輸出したとされる。"
    assert _routes(text) == [(("Taiwan", "Russia"), {"Hong Kong"})]


def test_goods_stocked_by_a_firm_told_before_pass_through_its_state() -> None:
    text = "キルギスの商社「アルファ」が制裁対象になった。同社は中国から仕入れた無人機部品をロシアに輸出していた。"
    assert _routes(text) == [(("China", "Russia"), {"Kyrgyzstan"})]


# a firm that buys and, in the same sentence, sells or sends the goods on goes between


def test_firm_buying_goods_of_no_one_make_and_selling_them_goes_between() -> None:
    text = "ドバイの商社は欧米製の電子部品を購入し、イランの企業に売却していた。"
    assert _routes(text) == [((None, "Iran"), {"United Arab Emirates"})]


def test_firm_told_as_dosha_buying_and_sending_on_goes_between() -> None:
    text = "トルコの物流会社が摘発された。同社は欧州製の部品を調達し、ロシアの企業へ送っていた。"
    assert _routes(text) == [((None, "Russia"), {"Turkey"})]


def test_firm_buying_under_a_front_name_and_forwarding_goes_between_with_the_front() -> None:
    text = (
        "キルギスの電子部品商社が制裁対象となった。"
        "米商務省によると、同社はアルメニアのフロント企業名義で半導体を購入し、ロシアの軍需企業に転送していた。"
    )
    assert _routes(text) == [((None, "Russia"), {"Kyrgyzstan", "Armenia"})]


def test_firm_buying_parts_and_using_them_itself_is_their_buyer() -> None:
    text = "香港の企業は、米国製の部品を調達し、自社の工場で使用していた。"
    assert {p for p, _ in _routes(text)} == {("United States", "Hong Kong")}


def test_firm_buying_parts_and_selling_other_goods_passes_nothing_on() -> None:
    text = "トルコの企業は中国から部品を調達し、ウクライナに無人機を販売した。"
    assert ("China", "Ukraine") not in {p for p, _ in _routes(text)}


def test_state_buying_arms_and_sending_them_on_makes_two_transfers() -> None:
    text = "ポーランドはドイツから購入した戦車をウクライナに送った。"
    assert {p for p, _ in _routes(text)} == {("Germany", "Poland"), ("Poland", "Ukraine")}


def test_state_getting_shells_and_sending_them_on_makes_two_transfers() -> None:
    text = "イランはロシアから購入した戦闘機をシリアに引き渡した。"
    assert {p for p, _ in _routes(text)} == {("Russia", "Iran"), ("Iran", "Syria")}


def test_state_buying_drones_and_sending_some_to_the_front_gets_them() -> None:
    text = "ロシアはイランから無人機を調達し、その一部をベラルーシ経由で前線に送った。"
    assert {p for p, _ in _routes(text)} == {("Iran", "Russia")}


# the state whose firm made the goods, or where they were made, is their make


def test_state_of_the_maker_firm_in_a_clause_on_the_goods_is_their_make() -> None:
    text = "ドバイの商社がドイツのメーカーが製造した工作機械をロシアに転売していた。"
    assert _routes(text) == [(("Germany", "Russia"), {"United Arab Emirates"})]


def test_state_of_a_maker_named_by_its_trade_is_the_make_of_goods_bought_and_sold_on() -> None:
    text = "トルコの企業は米国の半導体メーカーが製造したチップを入手し、ロシアの軍需企業に売却した。"
    assert _routes(text) == [(("United States", "Russia"), {"Turkey"})]


def test_maker_firm_that_made_goods_said_with_tsukuru_gives_their_make() -> None:
    text = "ウズベキスタンのある企業が、日本のメーカーが作った工作機械をロシアへ転売した。"
    assert _routes(text) == [(("Japan", "Russia"), {"Uzbekistan"})]


def test_goods_made_in_a_state_said_with_tsukurareta_are_of_its_make() -> None:
    text = "香港の会社は、アメリカで作られたチップを買い、それらをロシアへ売りました。"
    assert _routes(text) == [(("United States", "Russia"), {"Hong Kong"})]


def test_state_making_goods_itself_still_gives_them() -> None:
    assert {p for p, _ in _routes("北朝鮮が製造した砲弾をロシアに送った。")} == {("North Korea", "Russia")}


# firms pointed back to from the sentence before, and firms listed together, are one journey's


def test_firms_named_in_the_sentence_before_pass_the_goods_on() -> None:
    text = "米財務省は12日、香港とUAEの企業を制裁対象に指定した。これらの企業は米国製の電子部品をロシアに転売していた。"
    assert _routes(text) == [(("United States", "Russia"), {"Hong Kong", "United Arab Emirates"})]


def test_pointer_to_firms_with_none_named_before_names_no_party() -> None:
    text = "米財務省は12日、ロシアへの輸出規制を強化した。これらの企業は米国製の電子部品をロシアに転売していた。"
    assert _routes(text) == [(("United States", "Russia"), set())]


def test_firms_of_two_states_re_exporting_goods_of_one_make_are_one_journey() -> None:
    text = "カザフスタンやキルギスの企業が米国製の部品をロシアに再輸出している。"
    assert _routes(text) == [(("United States", "Russia"), {"Kazakhstan", "Kyrgyzstan"})]


def test_firms_of_two_states_buying_and_re_exporting_both_go_between() -> None:
    text = "カザフスタンやキルギスの企業が欧米製の部品を輸入し、ロシアに再輸出している。"
    assert _routes(text) == [((None, "Russia"), {"Kazakhstan", "Kyrgyzstan"})]


def test_two_states_sending_their_own_arms_are_two_transfers() -> None:
    text = "ドイツとフランスがウクライナに戦車を送った。"
    assert sorted(p for p, _ in _routes(text)) == [("France", "Ukraine"), ("Germany", "Ukraine")]


def test_goods_of_two_makes_passed_on_are_a_journey_each() -> None:
    text = "トルコの業者が米国製の半導体や中国製の部品をロシアに再輸出した。"
    assert sorted(p for p, _ in _routes(text)) == [("China", "Russia"), ("United States", "Russia")]


# a firm used (を使い) to pass the goods on lies on their way; where it is based (拠点を持つ) too


def test_shell_company_used_lies_on_the_goods_way() -> None:
    text = "米司法省によると、被告らは香港のペーパーカンパニーを使い、米国製の電子部品をロシアに不正輸出した。"
    assert _routes(text) == [(("United States", "Russia"), {"Hong Kong"})]


def test_firm_based_in_a_state_buying_and_selling_on_goes_between() -> None:
    text = "キルギスに拠点を持つ会社は、中国からドローン部品を購入して、それらをロシア軍に再び売った。"
    assert _routes(text) == [(("China", "Russia"), {"Kyrgyzstan"})]


# the seller of a purchase naming no buyer does not supply what the buyer gives on


def test_seller_of_parts_made_into_drones_does_not_supply_the_drones() -> None:
    text = "トルコの企業が中国から輸入した部品で無人機を製造し、ウクライナに輸出した。"
    assert ("China", "Ukraine") not in {p for p, _ in _routes(text)}


def test_one_supplier_story_still_lends_its_supplier() -> None:
    text = "日本はフィリピンに巡視船を供与した。マレーシアにも警備艇を供与する。"
    assert {p for p, _ in _routes(text)} == {("Japan", "Philippines"), ("Japan", "Malaysia")}


# a firm told buying the goods that are then passed on (a passive 再輸出, 転売) goes between


def test_firm_that_imported_goods_resold_later_goes_between() -> None:
    text = "ドイツ製の工作機械は、トルコの商社が輸入した後、ロシアに転売された。"
    assert _routes(text) == [(("Germany", "Russia"), {"Turkey"})]


def test_firm_in_a_clause_on_goods_re_exported_later_goes_between() -> None:
    text = "ジョージアの企業が欧州から輸入した部品は、その後ロシアに再輸出された。"
    assert _routes(text) == [((None, "Russia"), {"Georgia"})]


def test_firm_buying_goods_of_a_told_make_re_exported_is_told_once() -> None:
    text = "アルメニアの商社が買い付けた米国製の部品は、ロシアに再輸出された。"
    assert _routes(text) == [(("United States", "Russia"), {"Armenia"})]


def test_state_importing_tanks_re_exported_later_still_supplies_them() -> None:
    text = "ポーランドがドイツから輸入した戦車は、その後ウクライナに再輸出された。"
    assert {p for p, _ in _routes(text)} == {("Germany", "Poland"), ("Poland", "Ukraine")}


# the firms of every state listed as sanctioned for an act charged (として) are its givers


def test_firms_of_listed_states_sanctioned_for_supplying_parts_go_between() -> None:
    text = (
        "米財務省は14日、ロシアの軍需産業に欧米製の電子部品を供給していたとして、"
        "香港やトルコ、アラブ首長国連邦（UAE）の企業など12社を制裁対象に指定した。"
    )
    assert _routes(text) == [((None, "Russia"), {"Hong Kong", "Turkey", "United Arab Emirates"})]


def test_sanctioning_state_is_no_go_between_of_a_later_journey() -> None:
    text = (
        "米財務省は14日、ロシアの軍需産業に欧米製の電子部品を供給していたとして、"
        "香港やトルコ、アラブ首長国連邦（UAE）の企業など12社を制裁対象に指定した。"
        "同省によると、香港の電子部品商社は2023年、米国製の半導体を数百万ドル分購入し、モスクワの企業に転売していた。"
    )
    routes = _routes(text)
    assert (("United States", "Russia"), {"Hong Kong"}) in routes
    assert not any("United States" in v for _, v in routes)


def test_one_state_sanctioned_for_supplying_arms_supplies_them() -> None:
    text = "米財務省は、ロシアに武器を供給したとして、北朝鮮の企業3社を制裁対象に指定した。"
    assert {p for p, _ in _routes(text)} == {("North Korea", "Russia")}
