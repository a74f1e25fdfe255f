"""English title-case headlines are parsed as a sentence would write them: their common words
lowered, names kept, offsets unchanged. A headline misread as a chain of names gave the story's
receiver as a stop on the way, and every later record took that wrong journey."""

from __future__ import annotations

from tests.parties import name as _name

from materiel.nlp import sentence_case
from materiel.pipeline import analyze_text

NAMES = frozenset({"Turkey", "Russian", "Russia", "Iranian"})


def test_a_title_case_headline_keeps_its_names_and_lowers_its_words() -> None:
    line = "Western Chips Still Reach Russian Arms Makers Via Turkey and UAE"
    lowered = sentence_case(line, NAMES)
    assert lowered == "Western chips still reach Russian arms makers via Turkey and UAE"
    assert len(lowered) == len(line)


def test_other_lines_are_left_as_they_are() -> None:
    for line in (
        "North Korea sent shells to Russia, officials said.",  # a sentence
        "Iranian plane carrying new batch of Shahed drones touches down in Moscow",  # sentence case already
        "Russia Gets Drones",  # too short to tell
    ):
        assert sentence_case(line, NAMES) == line


def test_a_title_case_headline_gives_the_journey_its_body_tells() -> None:
    text = (
        "Western Chips Still Reach Russian Arms Makers Via Turkey and UAE\n\n"
        "Russia continues to obtain Western-made microelectronics for its cruise missiles through firms in "
        "Turkey and the United Arab Emirates, a report by the Royal United Services Institute said on Monday.\n\n"
        "A Hong Kong shell company bought $4.2 million worth of US-made chips and shipped them to a Moscow "
        "distributor, according to customs records cited by the report.\n"
    )
    ts = analyze_text(text, lang="en", published="2024-06-20").transfers
    assert ts and all(_name(t.recipient) == "Russia" for t in ts)
    assert {_name(i) for i in ts[0].intermediaries} == {"Turkey", "United Arab Emirates"}
    chips = [t for t in ts if _name(t.supplier) == "United States"]
    assert chips and [_name(i) for i in chips[0].intermediaries] == ["Hong Kong"]
