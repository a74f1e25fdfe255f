"""Japanese constructions a sweep of wire phrasings showed mishandled: the giver told in a clause on
the goods of an act of receiving (「イランはロシアから購入した攻撃ヘリを受領した」), goods a getter got
and then carried from a named source (「ロシアが受け取った無人機は、イランから運ばれた」), the maker told
in a clause of its own before a passive act (「無人機はイランが製造し、ロシアに供与された」), an act a
party says it never once weighed (「購入することを一度も検討していない」), and a return received with no
source told (「ロシアに自走砲を送り、見返りに防空システムを受け取った」), and a refusal told with the
light verb 行う (「供与は当面行わない方針」)."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records, transfers, via

PUB = "2025-06-15"

_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)
_run = partial(transfers, lang="ja", published=PUB)


# the source of a clause of buying on the goods gives them in the act of receiving


def test_source_of_a_buying_clause_gives_in_the_receipt() -> None:
    assert _pairs("イランはロシアから購入した攻撃ヘリを受領した。") == {("Russia", "Iran")}


def test_source_of_a_buying_clause_gives_beside_a_broker() -> None:
    text = "カタールの仲介で、エジプトはフランスから調達した戦闘機を受け取った。"
    assert _pairs(text) == {("France", "Egypt")}


def test_buying_clause_of_another_getter_gives_no_source() -> None:
    # (goods another bought, then received by a third, are not the receiver's from the first seller)
    assert ("North Korea", "Belarus") not in _pairs("ロシアが北朝鮮から購入した砲弾をベラルーシが受け取った。")


# goods a getter received, carried from a named source, came from that source


def test_received_goods_carried_from_a_source() -> None:
    assert _pairs("ロシアが受け取った無人機は、イランからカスピ海経由で運ばれた。") == {("Iran", "Russia")}


def test_received_goods_shipped_from_their_make() -> None:
    text = "ニジェール軍政が受け取ったトルコ製の無人機は、トルコから直接輸送された。"
    assert _pairs(text) == {("Turkey", "Niger")}


def test_goods_carried_on_to_another_keep_their_goal() -> None:
    # (a goal of the carrying's own is no receipt by the getter)
    assert ("Iran", "Belarus") in _pairs("ロシアが購入した無人機は、イランからベラルーシに運ばれた。")


# a maker told in a clause of its own before a passive act is the goods' make


def test_maker_in_a_clause_of_its_own_before_a_passive_giving() -> None:
    assert _records("無人機はイランが製造し、ロシアに供与された。") == [("Iran", "Russia", None, "reported")]


def test_firm_maker_in_a_clause_of_its_own_with_a_transit_state() -> None:
    got = _run("ロシア軍が使用した無人機は中国企業が製造し、キルギス経由でロシアに輸出された。")
    assert [(t.supplier.entity.name, t.recipient.entity.name) for t in got if t.supplier and t.recipient] == [
        ("China", "Russia")
    ]
    assert via(got[0]) == {"Kyrgyzstan"}


def test_maker_before_an_active_giving_is_no_make_only() -> None:
    # (a passive act is needed: the active 「製造し、供与した」 is the maker's own act)
    assert _pairs("北朝鮮が生産した砲弾をロシアに送った。") == {("North Korea", "Russia")}


# an act a party says it never once weighed is ruled out, no plan


def test_act_never_once_weighed_is_no_plan() -> None:
    assert _records("日本は米国から戦闘機を購入することを一度も検討していないと、防衛省は述べた。") == []


def test_act_weighed_now_stays_a_plan() -> None:
    assert _records("韓国政府は、ウクライナに砲弾を供与することを検討している。") == [
        ("South Korea", "Ukraine", None, "planned")
    ]


# a return received with no source of its own comes from the one the first act gave to


def test_return_received_comes_from_the_first_taker() -> None:
    text = "韓国政府関係者によると、北朝鮮はロシアに自走砲を送り、見返りに防空システムを受け取った。"
    assert set(_records(text)) == {
        ("North Korea", "Russia", None, "reported"),
        ("Russia", "North Korea", None, "reported"),
    }


def test_return_of_goods_of_no_transfer_makes_no_record() -> None:
    assert _pairs("北朝鮮はロシアに砲弾を送り、見返りに食料や燃料を受け取った。") == {("North Korea", "Russia")}


# an act a party says it will not do for now, told with the light verb 行う, is a refusal


def test_act_not_to_be_done_with_the_light_verb_is_no_transfer() -> None:
    text = "ドイツは、ウクライナへの巡航ミサイル「タウルス」の供与は当面行わない方針を改めて示した。"
    assert _records(text) == []


def test_act_done_with_the_light_verb_stays() -> None:
    assert _pairs("ドイツはウクライナへの戦車の供与を行った。") == {("Germany", "Ukraine")}
