"""English constructions a blind batch in the style of think-tank, NGO and UN-panel prose (CAR
field reports, RUSI and ISW briefs, UN Panel of Experts summaries, SIPRI fact sheets, Amnesty
reports) showed mishandled: an act told only as the content of "reports that" no teller is named
for (hearsay, alleged).
"""

from __future__ import annotations

from functools import partial

from tests.parties import records

PUB = "2025-04-10"

_records = partial(records, lang="en", published=PUB)


# hearsay: "reports that" with no teller named


def test_unsourced_reports_that_are_hearsay() -> None:
    text = "The study also cited reports that Myanmar had received Russian Orlan-10 drones last year."
    assert _records(text) == [("Russia", "Myanmar", "2024", "alleged")]


def test_there_are_reports_that_is_hearsay() -> None:
    text = "There are reports that Venezuela took delivery of Iranian Mohajer-6 drones in 2023."
    assert _records(text) == [("Iran", "Venezuela", "2023", "alleged")]


def test_reports_in_a_named_paper_keep_their_teller() -> None:
    text = "The brief cited reports in Kommersant that Myanmar had received Russian Orlan-10 drones last year."
    assert [r[3] for r in _records(text)] == ["reported"]


def test_reports_a_party_confirms_are_owned_up() -> None:
    text = "Naypyidaw confirmed reports that Myanmar had received Russian Orlan-10 drones last year."
    assert [r[3] for r in _records(text)] != ["alleged"]


def test_reports_of_what_a_state_would_do_stay_a_plan() -> None:
    text = "Reports that Tehran would supply Russia with ballistic missiles first surfaced in 2022."
    assert [r[3] for r in _records(text)] == ["planned"]
