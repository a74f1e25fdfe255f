"""Japanese go-betweens and suppliers told in the same sentence: a state's arms firm the recognizer
reads as its forces (「ロシア軍需企業に」), goods bought in a clause fronted before the firm that sells
them on (「中国から調達した部品を、香港の企業が…納入していた」), the firm sold to that sells on
(「…中国の商社に販売し、同商社がロシアに転売していた」), goods given in return by the other side
(「北朝鮮は砲弾を提供し、ロシアは見返りに戦闘機を提供した」), a deal brokered by one the sentence
punishes (「ロシアが北朝鮮から武器を調達する取引を仲介したとして、…の男を制裁対象に指定した」), the
way of an act told by its noun (「トルコを経由した…のロシアへの輸出」), a leader's trip (「大統領は
ポーランドを経由してキーウに入り」), goods told by where they set out and where they go (「イラン発
フーシ派向けの武器」), and a transfer told as found and then denied by a party or go-between
(「…ことが分かり、キルギス政府は関与を否定した」)."""

from __future__ import annotations

from functools import partial

from tests.parties import name, pair, pairs, transfers, via

from materiel.pipeline import analyze_text

PUB = "2025-03-10"

_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)


def _routes(text: str) -> set[tuple[str | None, str | None, frozenset[str | None]]]:
    """(supplier, recipient, go-betweens) of each transfer the text tells."""
    return {(*pair(t), frozenset(via(t))) for t in _run(text)}


# a state's arms firms, which the recognizer may read as its forces (ロシア軍 + 需企業)


def test_firm_exports_to_a_states_arms_firms() -> None:
    assert _pairs("香港の企業がロシア軍需企業に部品を輸出した。") == {("Hong Kong", "Russia")}


def test_trader_sells_to_a_states_arms_firms() -> None:
    assert _pairs("トルコの商社がロシア軍需企業に電子部品を販売した。") == {("Turkey", "Russia")}


def test_front_company_passes_on_goods_of_a_make_to_arms_firms() -> None:
    text = "香港のフロント企業が米国製の部品をロシア軍需企業に輸出した。"
    assert _routes(text) == {("United States", "Russia", frozenset({"Hong Kong"}))}


def test_arms_firms_of_a_state_as_the_giver() -> None:
    assert _pairs("中国軍需企業は、ロシアに無人機の部品を輸出していた。") == {("China", "Russia")}


def test_forces_carrying_to_their_own_front_stay_no_transfer() -> None:
    assert _pairs("ロシア軍は前線に砲弾を運んだ。") == set()


# goods bought in a clause fronted before the firm that passes them on


def test_goods_bought_fronted_before_a_paper_company() -> None:
    text = "中国から調達した部品を、香港のペーパーカンパニーがロシアの軍需企業に納入していた。"
    assert _routes(text) == {("China", "Russia", frozenset({"Hong Kong"}))}


def test_goods_imported_fronted_before_a_reseller() -> None:
    text = "日本から輸入した工作機械を、キルギスの企業がロシアに転売していた。"
    assert _routes(text) == {("Japan", "Russia", frozenset({"Kyrgyzstan"}))}


def test_goods_bought_fronted_with_no_comma() -> None:
    text = "中国から調達した部品を香港の企業がロシアの軍需企業に納入していた。"
    assert _routes(text) == {("China", "Russia", frozenset({"Hong Kong"}))}


def test_state_handing_on_goods_it_got_makes_two_transfers() -> None:
    text = "北朝鮮から入手した砲弾を、ロシアはベラルーシに送った。"
    assert _pairs(text) == {("North Korea", "Russia"), ("Russia", "Belarus")}


# the firm sold to, told again (同商社), sells on


def test_trader_sold_to_sells_on() -> None:
    text = "調べによると、この企業は日本製の工作機械を中国の商社に販売し、同商社がロシアに転売していた。"
    assert _routes(text) == {("Japan", "Russia", frozenset({"China"}))}


def test_dealer_exported_to_sells_on() -> None:
    text = "ドイツの企業は半導体をトルコの業者に輸出し、同業者がロシアに転売した。"
    assert _routes(text) == {("Germany", "Russia", frozenset({"Turkey"}))}


def test_state_exporting_on_makes_two_transfers() -> None:
    text = "北朝鮮はイランにミサイルを輸出し、イランはシリアに再輸出した。"
    assert _pairs(text) == {("North Korea", "Iran"), ("Iran", "Syria")}


# goods given in return by the other side


def test_arms_given_back_in_return() -> None:
    text = "北朝鮮は砲弾を提供し、ロシアは見返りに戦闘機を提供した。"
    assert _pairs(text) == {("North Korea", "Russia"), ("Russia", "North Korea")}


def test_food_given_back_leaves_the_first_act() -> None:
    assert _pairs("北朝鮮が弾薬を提供し、ロシアは見返りに食料を送った。") == {("North Korea", "Russia")}


def test_technology_received_in_return_names_the_receiver() -> None:
    assert _pairs("北朝鮮は砲弾を送り、見返りにロシアから技術を受け取った。") == {("North Korea", "Russia")}


def test_arms_received_in_return_go_both_ways() -> None:
    text = "イランは無人機を供与し、その見返りとしてロシアから戦闘機を受け取る。"
    assert _pairs(text) == {("Iran", "Russia"), ("Russia", "Iran")}


def test_return_naming_the_first_giver_as_its_taker() -> None:
    text = "イランはミサイルを供与し、ロシアはその見返りにイランに戦闘機を引き渡す。"
    assert _pairs(text) == {("Iran", "Russia"), ("Russia", "Iran")}


def test_two_givers_with_no_return_give_nothing_to_each_other() -> None:
    assert _pairs("ドイツが戦車を送り、米国は砲弾を提供した。") == set()


def test_technology_given_with_no_return_is_no_transfer() -> None:
    assert ("Russia", "North Korea") not in _pairs("北朝鮮が砲弾を送り、ロシアは技術を提供した。")


# a deal brokered, and who punishes the broker


def test_deal_brokered_by_a_punished_person_is_between_its_clauses_parties() -> None:
    text = "米政府は、ロシアが北朝鮮から武器を調達する取引を仲介したとして、スロバキア人の男を制裁対象に指定した。"
    assert _routes(text) == {("North Korea", "Russia", frozenset())}


def test_broker_named_after_the_deal_goes_between() -> None:
    text = "ロシアが北朝鮮から砲弾を購入する取引を、スロバキアの業者が仲介した。"
    assert _routes(text) == {("North Korea", "Russia", frozenset({"Slovakia"}))}


def test_punisher_of_a_broker_does_not_go_between() -> None:
    text = "米財務省は、イランがロシアに無人機を売却する契約を仲介したとして、UAE国籍の男を制裁対象に指定した。"
    ts = _run(text)
    assert {pair(t) for t in ts} == {("Iran", "Russia")}
    assert all("United States" not in via(t) for t in ts)


def test_punisher_of_a_person_is_no_receiver() -> None:
    text = "米政府は、ロシアに武器を送ったとして、北朝鮮の男を制裁対象に指定した。"
    assert all(name(t.supplier) != "United States" for t in _run(text))


def test_broker_of_goods_still_goes_between() -> None:
    assert _routes("ブルガリアの業者が砲弾をウクライナに仲介した。") == {(None, "Ukraine", frozenset({"Bulgaria"}))}


# the way of an act told by its noun


def test_relay_state_of_an_export_noun() -> None:
    text = "トルコを中継地とした欧米製部品のロシアへの迂回輸出が問題となっている。"
    assert _routes(text) == {(None, "Russia", frozenset({"Turkey"}))}


def test_state_passed_through_in_a_clause_on_the_export() -> None:
    text = "トルコを経由した日本製部品のロシアへの輸出が続いている。"
    assert _routes(text) == {("Japan", "Russia", frozenset({"Turkey"}))}


def test_relay_state_in_a_present_clause_on_the_export() -> None:
    text = "UAEを中継地とする米国製半導体のロシアへの輸出が急増した。"
    assert _routes(text) == {("United States", "Russia", frozenset({"United Arab Emirates"}))}


def test_way_told_by_keiyu_no_before_the_export() -> None:
    text = "カザフスタン経由のロシアへの半導体輸出が急増している。"
    assert _routes(text) == {(None, "Russia", frozenset({"Kazakhstan"}))}


# a leader's trip through a state


def test_leaders_trip_through_a_state_lends_no_way_to_a_pledge() -> None:
    text = "大統領はポーランドを経由してキーウに入り、追加の武器供与を表明した。"
    assert all("Poland" not in via(t) for t in _run(text))


def test_prime_ministers_trip_is_no_transfer() -> None:
    assert _pairs("首相は中国を経由してモスクワに入った。") == set()


def test_arms_entering_through_a_state_still_go_between() -> None:
    text = "イランの武器はイラクを経由してシリアに入った。"
    assert _routes(text) == {("Iran", "Syria", frozenset({"Iraq"}))}


# where goods set out and where they go (発…向け, 行き)


def test_arms_from_a_state_bound_for_a_group_seized() -> None:
    [t] = _run("英海軍は、イラン発フーシ派向けの武器を押収した。")
    assert (pair(t), t.status) == (("Iran", "Houthis"), "alleged")


def test_freighter_from_a_state_bound_for_another() -> None:
    assert _pairs("北朝鮮発ロシア行きの貨物船が砲弾を運んでいた。") == {("North Korea", "Russia")}


def test_freighter_bound_for_a_state_loading_at_a_port() -> None:
    assert _pairs("ロシア行きの貨物船が北朝鮮の港で砲弾を積み込んだ。") == {("North Korea", "Russia")}


def test_airliner_bound_for_a_capital_is_no_transfer() -> None:
    assert _pairs("モスクワ行きの旅客機が北朝鮮を出発した。") == set()


# a transfer told as found or reported, then denied by a party or a go-between


def _statuses(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(*pair(t), t.status) for t in _run(text)]


def _deniers(text: str) -> set[str | None]:
    a = analyze_text(text, lang="ja", published=PUB)
    return {name(c.speaker) for c in a.claims if c.stance == "denies"}


def test_go_between_denying_a_finding_leaves_it_reported() -> None:
    text = "米国製の半導体がキルギス経由でロシアに輸出されていたことが分かり、キルギス政府は関与を否定した。"
    [t] = _run(text)
    assert (pair(t), via(t), t.status) == (("United States", "Russia"), {"Kyrgyzstan"}, "reported")
    assert _deniers(text) == {"Kyrgyzstan"}


def test_supplier_denying_a_papers_report_joined_by_its_comma() -> None:
    text = "イランがロシアに無人機を送ったと米紙が報じ、イラン政府はこれを否定した。"
    assert _statuses(text) == [("Iran", "Russia", "reported")]
    assert _deniers(text) == {"Iran"}


def test_supplier_denying_a_report_does_not_confirm_it() -> None:
    text = "イランがロシアに無人機を送ったと米紙が報じたが、イランは否定している。"
    assert _statuses(text) == [("Iran", "Russia", "reported")]


def test_finding_then_denial_by_the_supplier() -> None:
    text = "北朝鮮がロシアに砲弾を送っていたことが判明し、北朝鮮はこれを否定した。"
    assert _statuses(text) == [("North Korea", "Russia", "reported")]


def test_denial_alone_stays_denied() -> None:
    assert _statuses("イランはロシアへの無人機供与を否定した。") == [("Iran", "Russia", "denied")]


def test_teller_denying_in_its_own_words_stays_denied() -> None:
    text = "イラン外務省の報道官は、兵器をロシアに送ったことはないと述べ、ミサイルの供与を否定した。"
    assert {st for *_, st in _statuses(text)} == {"denied"}


# the families of go-between phrasing already read as one journey (guards)


def test_parts_of_a_make_flowing_through_a_state() -> None:
    text = "中国製の電子部品がカザフスタン経由でロシアに流入した。"
    assert _routes(text) == {("China", "Russia", frozenset({"Kazakhstan"}))}


def test_parts_passing_through_a_states_firm() -> None:
    text = "UAEの企業を通じてイランからロシアに部品が渡った。"
    assert _routes(text) == {("Iran", "Russia", frozenset({"United Arab Emirates"}))}


def test_broker_reselling_goods_of_a_make() -> None:
    text = "トルコの仲介業者が米国製の半導体をロシア企業に転売した。"
    assert _routes(text) == {("United States", "Russia", frozenset({"Turkey"}))}


def test_goods_transshipped_at_a_state() -> None:
    text = "ドイツ製の部品がトルコで積み替えられ、ロシアに送られた。"
    assert _routes(text) == {("Germany", "Russia", frozenset({"Turkey"}))}


def test_drones_of_a_make_carried_through_a_state() -> None:
    text = "イラン製の無人機がベラルーシ経由でロシアに運ばれた。"
    assert _routes(text) == {("Iran", "Russia", frozenset({"Belarus"}))}


def test_state_handing_on_drones_of_another_make_supplies_them() -> None:
    assert _pairs("ロシアはイラン製無人機をベラルーシに供与した。") == {("Russia", "Belarus")}


def test_shipment_seized_on_its_way_between_two_parties() -> None:
    [t] = _run("イランからフーシ派に向かう途中の船から対戦車ミサイルが押収された。")
    assert (pair(t), t.status) == (("Iran", "Houthis"), "alleged")


def test_leaders_visit_through_a_state_is_no_transfer() -> None:
    assert _pairs("プーチン大統領は中国経由で北朝鮮を訪問した。") == set()


# a state told carrying goods from another state's ground


def test_state_carrying_from_anothers_port_gives() -> None:
    text = "北朝鮮は中国の港から船でロシアに砲弾を運んだ。"
    assert _routes(text) == {("North Korea", "Russia", frozenset({"China"}))}


def test_state_carrying_overland_from_a_stop_gives() -> None:
    text = "イランは、シリアから陸路でヒズボラに武器を運んだ。"
    assert _routes(text) == {("Iran", "Hezbollah", frozenset({"Syria"}))}


def test_forces_shipping_from_a_base_abroad_give() -> None:
    text = "米軍はドイツから砲弾をウクライナに輸送した。"
    assert _routes(text) == {("United States", "Ukraine", frozenset({"Germany"}))}


def test_carrier_of_the_receiver_loading_at_the_givers_port() -> None:
    text = "ロシアの貨物船が北朝鮮の羅津港からロシアに砲弾を運んだ。"
    assert _routes(text) == {("North Korea", "Russia", frozenset())}
