"""English fixes from a construction sweep of session 33 over the held-out's largest miss classes: a
speaker's own side told in the first person after the quote ("We have sent 40 tanks to Ukraine, the
Polish prime minister said"), a decision to send or buy (planned), ..."""

from __future__ import annotations

from functools import partial

from tests.parties import pair_list, records

PUB = "2025-06-15"

_pair_list = partial(pair_list, lang="en", published=PUB)
_records = partial(records, lang="en", published=PUB)


def _status(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s, r, st) for s, r, _d, st in _records(text)]


# the speaker's own side in the first person


def test_we_before_a_later_speaker_is_the_speakers_state() -> None:
    text = "We have handed 60 armoured vehicles to Ukraine, the Dutch defence minister said on Monday."
    assert _status(text) == [("Netherlands", "Ukraine", "confirmed")]


def test_our_country_before_a_later_speaker_is_the_speakers_state() -> None:
    text = "Our country has shipped 30,000 shells to Kyiv this year, Bulgaria's defence minister told parliament."
    assert _status(text) == [("Bulgaria", "Ukraine", "confirmed")]


def test_we_told_by_an_outlet_stays_unknown() -> None:
    text = "We have sent 40 tanks to Ukraine, the newspaper said."
    assert _pair_list(text) == [(None, "Ukraine")]


def test_it_before_a_later_speaker_is_still_spoken_of() -> None:
    text = "It has also sent drones to Russia, Ukraine's intelligence agency said."
    assert [s for s, _r in _pair_list(text)] == [None]


# a decision


def test_decided_to_export_is_planned() -> None:
    text = "The Japanese government decided on Tuesday to export coastal radars to Vietnam."
    assert _status(text) == [("Japan", "Vietnam", "planned")]
