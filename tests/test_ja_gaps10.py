"""Japanese constructions found missing: a handover with no giver named (「Xへの…の引き渡しが完了した」)
of goods that have no category of their own but are no umbrella word (榴弾砲, 迫撃砲, ヘルメット);
a leader or minister inspecting goods that came from a state (「…から届いた戦車を視察した」) is that
leader's state receiving them; goods that came from a state, received (「…から到着した砲弾を受領した」),
were got from that state."""

from __future__ import annotations

from functools import partial

from tests.parties import name, pair, records, transfers

PUB = "2026-11-20"


_records = partial(records, lang="ja", published=PUB)
_transfers = partial(transfers, lang="ja", published=PUB)


def test_a_handover_of_artillery_with_no_giver_goes_to_its_receiver() -> None:
    (t,) = _transfers("防衛当局によると、エストニアへの自走榴弾砲の引き渡しが先月完了した。")
    assert pair(t) == (None, "Estonia")
    assert [i.text for i in t.items] == ["自走榴弾砲"]
    assert t.date == "2026-10"
    assert t.status == "reported"
    (t,) = _transfers("リトアニアへの迫撃砲の供与が始まった。")
    assert pair(t) == (None, "Lithuania")
    assert [i.text for i in t.items] == ["迫撃砲"]
    (t,) = _transfers("モルドバへのヘルメットの輸出が始まった。")
    assert pair(t) == (None, "Moldova")
    assert [i.text for i in t.items] == ["ヘルメット"]


def test_a_handover_of_arms_at_large_with_no_giver_is_still_no_transfer() -> None:
    # (a word for goods of any kind, with nobody giving them, tells no act)
    assert _transfers("ラトビアへの武器の引き渡しが完了した。") == []
    assert _transfers("ラトビアへの兵器の供与が始まった。") == []


def test_a_leader_inspecting_goods_that_came_from_a_state_receives_them() -> None:
    (t,) = _transfers("ルーマニアのヨハニス大統領は、米国から届いた防空システムを視察した。")
    assert pair(t) == ("United States", "Romania")
    assert [i.text for i in t.items] == ["防空システム"]
    assert t.status == "confirmed"  # the receiving party's own act tells the handing over happened
    # (the goods came last month: the arrival's date, not the day of the visit)
    (t,) = _transfers("チェコの国防相は、スウェーデンから先月到着した戦闘機を視察した。")
    assert pair(t) == ("Sweden", "Czech Republic")
    assert t.date == "2026-10"


def test_others_inspecting_goods_that_came_tell_no_receiver() -> None:
    # (an expert, or the forces' commander, seeing the goods is no state taking them)
    assert _transfers("軍事専門家は、フランスから届いた榴弾砲を視察した。") == []
    assert _transfers("エストニア軍の司令官は、フランスから届いた榴弾砲を視察した。") == []


def test_goods_that_came_from_a_state_and_were_received_were_got_from_it() -> None:
    (t,) = _transfers("ハンガリー軍は、ドイツから到着した戦車を受領した。")
    assert pair(t) == ("Germany", "Hungary")
    assert [i.text for i in t.items] == ["戦車"]
    assert t.status == "reported"
    assert _records("インドネシアは、フランスから届いたラファール戦闘機2機を受け取った。") == [
        ("France", "Indonesia", None, "reported")
    ]
    (t,) = _transfers("インドネシアは、フランスから届いたラファール戦闘機2機を受け取った。")
    assert name(t.supplier) == "France"
    assert [i.quantity.value for i in t.items if i.quantity] == [2]
