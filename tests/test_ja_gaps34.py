"""A surname and title the gazetteer gives a known person (India's 「シン国防相」) after another state's
の (「韓国のシン国防相」) is that state's office holder: the speaker is the state its の names, so its
word on its own delivery confirms it."""

from __future__ import annotations

from functools import partial

from tests.parties import name, records

from materiel.pipeline import analyze_text

PUB = "2025-03-20"

_records = partial(records, lang="ja", published=PUB)


def test_another_states_minister_of_a_known_surname_speaks_for_that_state() -> None:
    text = "韓国のシン国防相は15日、K9自走砲の第2陣をポーランドに引き渡したと明らかにした。"
    analysis = analyze_text(text, lang="ja", published=PUB)
    assert [name(c.speaker) for c in analysis.claims] == ["South Korea"]
    assert [(s, r, st) for s, r, _, st in _records(text)] == [("South Korea", "Poland", "confirmed")]


def test_the_known_ministers_own_state_keeps_him() -> None:
    # (India's own minister of that surname is still the known person, speaking for India)
    text = "インドのシン国防相は15日、ブラモスの第2陣をフィリピンに引き渡したと明らかにした。"
    analysis = analyze_text(text, lang="ja", published=PUB)
    assert {m.entity_id for m in analysis.mentions} >= {"mat:person-rajnath-singh"}
    assert [(s, r, st) for s, r, _, st in _records(text)] == [("India", "Philippines", "confirmed")]
