"""Japanese constructions a sweep of go-betweens, parties with no role and givers told after the goods
showed mishandled: a state's official punished for its state's act (「…を供与したとして、北朝鮮の国防相に
制裁を科した」), a maker told by two steps of making (「イランが設計・製造し、」), a giver listed with the
kind of states it stands among (「南アフリカなど第三国から」), and a brokering told before the act it serves,
by its noun (「チェコの仲介で、」) or in a clause of its own (「チェコが仲介し、」)."""

from __future__ import annotations

from functools import partial

from tests.parties import records, transfers, via

PUB = "2025-06-15"

_records = partial(records, lang="ja", published=PUB)
_run = partial(transfers, lang="ja", published=PUB)


# a state's official punished for an act: the official's state did it, not the state punishing


def test_official_punished_gives_for_the_state() -> None:
    text = "英国政府は、ロシアに兵器を供与したとして、北朝鮮の国防相に制裁を科した。"
    assert _records(text) == [("North Korea", "Russia", None, "alleged")]


def test_official_punished_with_others() -> None:
    text = "豪政府は、ロシアに弾道ミサイルを移転したとして、北朝鮮の国防相ら個人3人と企業2社に制裁を科した。"
    assert _records(text) == [("North Korea", "Russia", None, "alleged")]


# two steps of making told as one: the maker's state is the goods' make


def test_maker_by_two_steps_of_making() -> None:
    text = "フーシ派が発射した巡航ミサイルは、イランが設計・製造し、オマーン経由で密輸されたものだ。"
    [t] = _run(text)
    assert (t.supplier.entity.name, t.recipient.entity.name, via(t)) == ("Iran", "Houthis", {"Oman"})


# a giver named with the kind of states it stands among


def test_giver_among_third_states() -> None:
    assert _records("ウクライナ向けの砲弾は、南アフリカなど第三国から調達された。") == [
        ("South Africa", "Ukraine", None, "reported")
    ]


def test_giver_among_friendly_states() -> None:
    assert _records("ロシアは、北朝鮮など友好国から砲弾を調達した。") == [("North Korea", "Russia", None, "reported")]


# a brokering told before the act it serves: the broker goes between, the topic gets the goods


def test_brokering_by_its_noun_before_a_purchase() -> None:
    [t] = _run("ウクライナは、チェコの仲介で、南アフリカから砲弾を調達した。")
    assert (t.supplier.entity.name, t.recipient.entity.name, via(t)) == ("South Africa", "Ukraine", {"Czech Republic"})


def test_brokering_in_a_clause_before_a_passive_purchase() -> None:
    [t] = _run("ウクライナ向けの砲弾は、チェコが仲介し、南アフリカから調達された。")
    assert (t.supplier.entity.name, t.recipient.entity.name, via(t)) == ("South Africa", "Ukraine", {"Czech Republic"})


def test_brokering_clause_of_no_goods_gives_nothing() -> None:
    assert _run("トルコが仲介して、ロシアとウクライナは捕虜を交換した。") == []
