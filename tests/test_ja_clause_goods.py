"""Japanese clauses of giving told on goods or on a giver: the user of goods a relative clause says
another gave received them (even when the parse hangs both subjects on the clause, or the clause
hangs on a word qualifying the goods), a party an act follows keeps its own clause, and a record
of exports (輸出実績) tells acts done."""

from __future__ import annotations

from functools import partial

from tests.parties import name as _name
from tests.parties import pairs, transfers

PUB = "2025-01-10"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)


def test_the_user_named_before_the_clause_of_giving_received_the_goods() -> None:
    [t] = _run(
        "ウクライナ国防省は、ロシア軍が北朝鮮が供与した弾道ミサイルも使ってキーウへの攻撃を続けていると指摘した。"
    )
    assert (_name(t.supplier), _name(t.recipient)) == ("North Korea", "Russia")
    assert [it.text for it in t.items] == ["弾道ミサイル"]


def test_goods_named_before_the_giver_are_the_users_own() -> None:
    # the missiles are Russia's; only the drones came from Iran
    [t] = _run(
        "英国防省は、ロシア軍がミサイルとともにイランが供与した自爆型の無人機も使って攻撃を強めていると指摘した。"
    )
    assert (_name(t.supplier), _name(t.recipient)) == ("Iran", "Russia")
    assert [it.category for it in t.items] == ["drone"]


def test_goods_joined_to_the_used_goods_stay_with_the_clause() -> None:
    [t] = _run(
        "米国防総省は、イラクの民兵組織カタイブ・ヒズボラがイランから供与された無人機やロケット弾を使っていると分析した。"
    )
    assert _name(t.supplier) == "Iran"
    assert {it.category for it in t.items} == {"drone", "ammunition"}


def test_a_party_an_act_follows_keeps_the_act_of_its_own_clause() -> None:
    ts = _run("既にロシアに無人機を提供しているイランに続き、北朝鮮も兵器を送っている。")
    pairs = {(_name(t.supplier), _name(t.recipient)) for t in ts}
    assert {("Iran", "Russia"), ("North Korea", "Russia")} <= pairs
    drones = [t for t in ts if any(it.category == "drone" for it in t.items)]
    assert drones and all(_name(t.supplier) == "Iran" for t in drones)
    # the plain reading stays: the one followed did the act too
    assert _pairs("英国に続いて、フランスもウクライナに巡航ミサイルを供与した。") == {
        ("France", "Ukraine"),
        ("United Kingdom", "Ukraine"),
    }


def test_a_record_of_exports_tells_acts_done() -> None:
    [t] = _run("フィリピンにはすでに日本から警戒管制レーダーの輸出実績がある。")
    assert (_name(t.supplier), _name(t.recipient)) == ("Japan", "Philippines")
    assert t.status == "reported"
    # a record with no receiver named is no transfer
    assert _run("韓国は武器の輸出実績を伸ばしている。") == []
