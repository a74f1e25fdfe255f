"""English constructions a blind batch in the style of English-language Asian, Indian and
Middle-Eastern outlets (Yonhap, The Hindu, The National, Al Jazeera, Business Recorder) showed
mishandled: a leader ordering more making of goods at home, taken for a purchase order.
"""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records, transfers

PUB = "2025-04-10"


_run = partial(transfers, lang="en", published=PUB)
_pairs = partial(pairs, lang="en", published=PUB)
_records = partial(records, lang="en", published=PUB)


# an order for more making at home is no purchase


def test_ordered_increase_in_production_is_no_purchase() -> None:
    text = "Kim Jong-un toured a missile plant on Monday and ordered a drastic increase in the production of launchers."
    assert _run(text) == []


def test_ordered_boost_to_output_is_no_purchase() -> None:
    assert _run("The president ordered a boost to drone output at state factories, officials said.") == []


def test_ordered_more_jets_from_a_seller_still_buys() -> None:
    text = "Cairo ordered an increase in the number of Rafale jets it buys from France."
    assert _pairs(text) == {("France", "Egypt")}
