"""English fixes from the blind batch en-528 .. en-537 (research and NGO outputs: CAR dispatches, ISW
updates, RUSI/CSIS briefs, Amnesty/HRW findings, UN panel summaries, SIPRI fact-sheet prose)."""

from __future__ import annotations

from functools import partial

from tests.parties import records, transfers

PUB = "2025-03-10"

_records = partial(records, lang="en", published=PUB)
_transfers = partial(transfers, lang="en", published=PUB)


# an order "placed with" a supplier, with a "with deliveries ..." aside after it


def test_order_placed_with_a_supplier_beside_a_delivery_aside() -> None:
    text = "Vietnam placed an order with South Korea for 20 K9 howitzers in 2023, with deliveries due to start next year."
    assert _records(text) == [("South Korea", "Vietnam", "2023", "planned")]


def test_contract_signed_with_a_supplier_beside_a_delivery_aside() -> None:
    text = "Peru placed an order with Sweden for 24 Gripen fighter jets in 2024, with deliveries scheduled to begin in 2027."
    assert _records(text) == [("Sweden", "Peru", "2024", "planned")]


def test_delivery_aside_alone_names_no_deal() -> None:
    # (no supplier told: no record)
    text = "Morocco placed an order for new helicopters last year, with deliveries scheduled for 2027."
    assert _records(text) == []
