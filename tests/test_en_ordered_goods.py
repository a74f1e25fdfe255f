"""English goods told by who ordered them ("Rafale jets ordered by Serbia from France were handed
over"): the "by" of the order names the buyer, not the giver of the act the goods undergo (the parse had
made the buyer both the giver and the receiver, and the record fell)."""

from __future__ import annotations

from functools import partial

from tests.parties import records

PUB = "2025-06-15"

_records = partial(records, lang="en", published=PUB)


def test_goods_ordered_by_a_buyer_from_a_seller_handed_over() -> None:
    text = "The first three of 18 Gripen jets ordered by Thailand from Sweden were handed over in Linkoping on Monday."
    assert {(s, r, st) for s, r, _d, st in _records(text)} == {("Sweden", "Thailand", "reported")}


def test_goods_ordered_by_a_buyer_delivered_keep_the_buyer_as_receiver() -> None:
    text = "Two of the 12 K9 howitzers ordered by Estonia were delivered last week."
    assert {r for _s, r, _d, _st in _records(text)} == {"Estonia"}


def test_carrier_run_by_an_operator_still_names_its_state() -> None:
    text = "Flights operated by a Belarusian carrier carried drones to Russia."
    assert {(s, r) for s, r, _d, _st in _records(text)} == {("Belarus", "Russia")}
