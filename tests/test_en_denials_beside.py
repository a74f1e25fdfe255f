"""English denials told beside an accusation: ", a charge Iran rejects" after an accusation (the tagger
reads "rejects" as a plural noun and made the denial the sentence's root, so the accusation read as
denied) leaves the accusation's own status; and a clause conceding a point hung on the speech ("...,
US officials say, though it denies supplying lethal aid") is no part of what is said, so its "it" is not
the speakers' state."""

from __future__ import annotations

from functools import partial

from tests.parties import records

PUB = "2025-05-20"

_records = partial(records, lang="en", published=PUB)


def _statuses(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, r, st) for s, r, _d, st in _records(text)}


def test_accusation_with_a_trailing_charge_rejected_stays_alleged() -> None:
    text = "London accuses Tehran of transferring drones to Moscow, a charge Iran rejects."
    assert _statuses(text) == {("Iran", "Russia", "alleged")}


def test_accusation_with_a_trailing_allegation_denied_stays_alleged() -> None:
    text = "Seoul accuses Pyongyang of shipping ballistic missiles to Russia, an allegation North Korea denies."
    assert _statuses(text) == {("North Korea", "Russia", "alleged")}


def test_a_plain_denial_still_denies() -> None:
    assert _statuses("Belarus denies handing Moscow artillery shells.") == {("Belarus", "Russia", "denied")}


def test_conceding_clause_after_the_speech_is_not_the_speakers_act() -> None:
    text = (
        "Beijing has provided Moscow with machine tools, microelectronics and drone engines, EU officials say, "
        "though it denies supplying lethal aid."
    )
    got = _statuses(text)
    assert ("China", "Russia", "reported") in got
    assert not any(s == "European Union" for s, _r, _st in got)
