"""One receiving verb telling dated lots from different givers ("received Leopard tanks from
Germany in March and Challenger tanks from Britain in April"): each dated conjunct is its own act,
and its own giver replaces the first's, as a conjunct's own receiver already did after a giving
verb. A conjunct naming no giver ("and a second batch in 2023") keeps the first's."""

from __future__ import annotations

import pytest
from tests.parties import records

PUB = "2025-03-14"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv received Leopard 2 tanks from Germany in March and Challenger 2 tanks from Britain in April.",
            [("Germany", "Ukraine", "2025-03", "reported"), ("United Kingdom", "Ukraine", "2024-04", "reported")],
        ),
        (
            "Poland bought 250 Abrams tanks from the US in 2022 and 180 K2 tanks from South Korea in 2023.",
            [("United States", "Poland", "2022", "reported"), ("South Korea", "Poland", "2023", "reported")],
        ),
        (
            "Ukraine received 14 Leopard tanks from Germany last year and 14 Challenger tanks from Britain in January.",
            [("Germany", "Ukraine", "2024", "reported"), ("United Kingdom", "Ukraine", "2025-01", "reported")],
        ),
    ],
)
def test_en_each_dated_lot_keeps_its_own_giver(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert records(text, "en", PUB) == expected


def test_en_dated_lot_naming_no_giver_keeps_the_first() -> None:
    assert records("Morocco received its first drones from Turkey in 2021 and a second batch in 2023.", "en", PUB) == [
        ("Turkey", "Morocco", "2021", "reported"),
        ("Turkey", "Morocco", "2023", "reported"),
    ]
