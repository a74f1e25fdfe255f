"""Japanese constructions a blind batch of machine-translated wire reports showed mishandled: an act
that only may come (「今後…供与する可能性もある」「実現すれば…供与に応じる可能性もある」), an act one only
might weigh (「供与も検討し得る」), a request for a deed that gives nothing (「運用を優先するよう求められた」),
and firms punished with people counted beside them (「中国の企業XNUMX社と個人2人を制裁対象に」)."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records

PUB = "2025-03-10"

_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


def _statuses(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, r, st) for s, r, _d, st in _records(text)}


# an act that only may come is no transfer


def test_act_that_may_come_later_is_no_transfer() -> None:
    text = "複数の専門家は、北朝鮮が今後、より高性能な防空システムをロシアから受け取る可能性もあると指摘した。"
    assert _pairs(text) == set()


def test_act_that_may_come_on_a_condition_is_no_transfer() -> None:
    text = "基地の使用協定が結ばれれば、中国がカンボジア軍への艦艇供与に応じる可能性もある、とアナリストはみている。"
    assert _pairs(text) == set()


def test_act_that_may_come_is_no_transfer_beside_a_deed() -> None:
    text = "イランはフーシ派に無人機を送った。 イランが今後、対艦ミサイルもフーシ派に供与する可能性がある。"
    assert _statuses(text) == {("Iran", "Houthis", "reported")}


def test_possible_past_act_stays_a_hedged_claim() -> None:
    # (the plain past before 可能性 hedges a deed)
    assert _statuses("イランがフーシ派に対艦ミサイルを供与した可能性がある。") == {("Iran", "Houthis", "alleged")}


# an act one only might weigh is no plan


def test_act_one_might_weigh_is_no_plan() -> None:
    text = "ノルウェーは、将来的には戦闘機のウクライナへの供与も検討し得るとした。"
    assert _pairs(text) == set()


def test_act_weighed_now_stays_planned() -> None:
    text = "ノルウェーは、戦闘機のウクライナへの供与を検討している。"
    assert _statuses(text) == {("Norway", "Ukraine", "planned")}


# a request for a deed that gives nothing asks for no goods


def test_request_for_a_deed_asks_for_no_goods() -> None:
    text = (
        "カナダは5月、哨戒機をウクライナに送ることを決めた。 "
        "ただ当面はF16の整備を優先するよう同盟国から求められたとして、戦闘機の供与は見送った。"
    )
    assert _statuses(text) == {("Canada", "Ukraine", "planned")}


def test_request_for_a_deed_leaves_a_decision_planned() -> None:
    text = (
        "防空網の運用を優先するよう同盟国から要請されたとして、オランダは4月、ウクライナに哨戒機2機を送ることを決めた。"
    )
    assert _statuses(text) == {("Netherlands", "Ukraine", "planned")}


def test_request_for_an_act_of_giving_stays_requested() -> None:
    text = "ゼレンスキー大統領は、ドイツに防空システムを追加で供与するよう求めた。"
    assert _statuses(text) == {("Germany", "Ukraine", "requested")}


# firms punished with people counted beside them do what the charge tells


def test_firms_punished_with_people_counted_beside_them_supply() -> None:
    text = (
        "英政府は12日、ロシアの軍需企業に工作機械を供給したとして、トルコの企業XNUMX社と個人3人を制裁対象に指定した。"
    )
    assert _statuses(text) == {("Turkey", "Russia", "alleged")}


# a package of aid announced is a pledge of the aid


def test_aid_package_announced_is_planned_with_its_day() -> None:
    text = "カナダ国防省は4日、装甲車50両と155ミリ砲弾を含むウクライナ向けの新たな軍事支援パッケージを発表した。"
    assert {(s, r, d, st) for s, r, d, st in _records(text)} == {("Canada", "Ukraine", "2025-03-04", "planned")}


def test_aid_package_announced_with_goods_before_it_is_planned() -> None:
    text = "英政府は3日、無人機1000機などを含むウクライナへの追加支援パッケージを承認した。"
    assert _statuses(text) == {("United Kingdom", "Ukraine", "planned")}
