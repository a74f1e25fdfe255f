"""Japanese constructions a blind batch of machine-translated wire and think-tank copy showed
mishandled: goods made by a state's firms told as the passive's agent (「米国のメーカーにより製造された
部品」), whose state's ministry telling their diversion is no party confirming it; a spokesman named
with an officer's rank after his name (「報道官ゾー・ミン・トゥン少将は」) who speaks for his state; and
weapons told once as the topic of a sale and of their selling on (「ミサイルはフランスがカタールへ輸出
したもので、カタールからリビアに再輸出された」), two transfers."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records, transfers, via

PUB = "2025-04-16"

_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)
_run = partial(transfers, lang="ja", published=PUB)


# goods made by a state's firms, told as the passive's agent: the state is their make, not a party


def test_state_of_firms_told_as_makers_is_no_party_confirming() -> None:
    text = (
        "米商務省は8日、ジョージアの商社3社をエンティティー・リストに加えた。同省によると、3社は昨年から"
        "米国のメーカーにより製造された集積回路をロシアの防衛企業へ送っていた。"
    )
    assert ("United States", "Russia", "2024", "reported") in _records(text)


def test_states_of_firms_joined_are_both_makers() -> None:
    text = (
        "米商務省によると、ジョージアの商社は2023年から米国と日本のメーカーにより製造された半導体を"
        "ロシアに転売していた。"
    )
    got = {(s, r, st) for s, r, _d, st in _records(text)}
    assert ("United States", "Russia", "reported") in got
    assert ("Japan", "Russia", "reported") in got


def test_made_in_state_still_no_party_confirming() -> None:
    # (the older path: 「米国製」 before the goods)
    text = "米商務省によると、アルメニアの商社は昨年から米国製の電子部品をロシアに送っていた。"
    assert {(s, r, st) for s, r, _d, st in _records(text)} == {("United States", "Russia", "reported")}


# a spokesman named with his rank speaks for his state


def test_spokesman_with_rank_after_name_confirms_receipt() -> None:
    text = (
        "ミャンマー軍事政権の報道官ゾー・ミン・トゥン少将は14日、中国から購入された練習機の3機が、"
        "先週国軍に引き渡されたと述べた。"
    )
    assert {(s, r, st) for s, r, _d, st in _records(text)} == {("China", "Myanmar", "confirmed")}


# weapons told once as the topic of a sale and of its selling on: two transfers


def test_sale_then_selling_on_of_topic_goods_are_two_transfers() -> None:
    text = (
        "調査団によると、回収された対戦車ミサイルはフランスが2018年にカタールへ輸出したものであり、"
        "カタールからリビア国民軍に再輸出されたとみられる。"
    )
    got = {(s, r, d) for s, r, d, _st in _records(text)}
    assert got == {("France", "Qatar", "2018"), ("Qatar", "Libyan National Army", None)}


def test_parts_sold_then_sold_on_stay_one_journey() -> None:
    text = (
        "調査団によると、回収された電子部品はフランスが2018年にカタールへ輸出したものであり、"
        "カタールからリビア国民軍に再輸出されたとみられる。"
    )
    got = _run(text)
    assert [(t.supplier.entity.name, t.recipient.entity.name) for t in got if t.supplier and t.recipient] == [
        ("France", "Libyan National Army")
    ]
    assert via(got[0]) == {"Qatar"}


# a party that speaks of something else, then would not confirm the act, does not confirm it


def test_party_not_confirming_receipt_after_other_words_does_not_confirm() -> None:
    text = (
        "北朝鮮はロシアに多連装ロケット砲を送った、と英国防省は述べた。"
        "ロシア外務省の報道官は、北朝鮮との関係は「かつてなく緊密だ」と述べたが、ロケット砲の受け取りについては"
        "確認しなかった。"
    )
    assert {(s, r, st) for s, r, _d, st in _records(text)} == {("North Korea", "Russia", "reported")}


# an act its state says it has not permitted is denied; another's giving not approved is turned down


def test_exports_not_permitted_by_the_state_are_denied() -> None:
    text = "カンボジア政府は、2021年からミャンマーへの武器の輸出を許可していないと述べた。"
    assert {(s, r, st) for s, r, _d, st in _records(text)} == {("Cambodia", "Myanmar", "denied")}


def test_giving_not_approved_by_a_third_state_is_no_transfer() -> None:
    assert _pairs("米政府は、韓国がポーランドに戦車を再輸出することを承認しなかった。") == set()


def test_giving_approved_by_a_third_state_still_planned() -> None:
    got = {(s, r, st) for s, r, _d, st in _records("米政府は、韓国がポーランドに戦車を再輸出することを承認した。")}
    assert got == {("South Korea", "Poland", "planned")}


# goods told by an act with no party, of another kind than the last act's, are the earlier act's


def test_partyless_act_takes_the_earlier_act_of_its_goods_kind() -> None:
    text = (
        "米国防総省は5日、イランがロシアに短距離弾道ミサイルを引き渡したと発表した。"
        "イランは2022年からロシアに無人機を供与してきた。"
        "北朝鮮もロシアに砲弾を送っている。"
        "ロシアは昨年、イランに練習機を引き渡した。"
        "イランはロシアから戦闘機を購入する計画だ。"
        "英国の専門家は、ミサイルの到着によってロシアは自国のミサイルを温存できる、と分析する。"
    )
    got = {(s, r) for s, r, _d, _st in _records(text)}
    assert got == {("Iran", "Russia"), ("North Korea", "Russia"), ("Russia", "Iran")}
    # (the arrival is the missiles' delivery told again, not a sale of the jets)
    jets = [t for t in _run(text) if (t.supplier.entity.name, t.recipient.entity.name) == ("Russia", "Iran")]
    assert not any(it.category == "missile" for t in jets for it in t.items)


# a think tank named with its gloss opens the quote: the topic inside it does not speak


def test_glossed_topic_opens_the_quote() -> None:
    text = (
        "米シンクタンクの戦略国際問題研究所（CSIS）は、ロシアは北朝鮮から受け取った砲弾を前線に送っている、と指摘した。"
    )
    got = {(s, r, st) for s, r, _d, st in _records(text)}
    assert got == {("North Korea", "Russia", "reported")}


# goods for a weapon told with a word of their kind before the goods word are one item


def test_goods_for_a_weapon_with_a_kind_word_are_one_item() -> None:
    got = _run("ジョージアの商社は、ドローン用の赤外線カメラとミサイル用の小型モーターをロシアに転売した。")
    items = [(it.category, it.text) for t in got for it in t.items]
    assert ("drone", "ドローン") not in items
    assert all(cat == "components" for cat, _ in items)


# a firm sited in a city of a state, the subject of its clause, passes the goods on for that state


def test_firm_sited_in_a_city_goes_between() -> None:
    got = _run("カザフスタンのアルマトイにある商社3社は、ドイツ製の工作機械をロシアの軍需企業に転売していた。")
    assert [(t.supplier.entity.name, t.recipient.entity.name) for t in got if t.supplier and t.recipient] == [
        ("Germany", "Russia")
    ]
    assert via(got[0]) == {"Kazakhstan"}


def test_firm_sited_in_a_known_city_goes_between() -> None:
    got = _run("アラブ首長国連邦のドバイにある企業が、米国製の電子部品をイランに再輸出した。")
    assert [(t.supplier.entity.name, t.recipient.entity.name) for t in got if t.supplier and t.recipient] == [
        ("United States", "Iran")
    ]
    assert via(got[0]) == {"United Arab Emirates"}


def test_firm_sited_where_goods_go_still_receives() -> None:
    assert _pairs("米国の企業は半導体をロシア中部にある企業に輸出した。") == {("United States", "Russia")}
