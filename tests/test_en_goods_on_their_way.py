"""English: a carrier told with its load crossing a border delivers the load ("trains carrying shells
crossed into Russia"), and goods of one state's make moved on from another state come from the state
of make, through the other ("a convoy carrying Iranian rockets crossed into Syria from Iraq"); goods
that arrive from a state are that state's own ("US-made jets arrived from Denmark")."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import pair as pair_of
from tests.parties import pair_list, transfers, via

_pairs = partial(pair_list, lang="en", published="2025-04-02")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Two trains carrying North Korean artillery shells crossed into Russia on Monday.",
            ("North Korea", "Russia"),
        ),
        (
            "A convoy laden with Iranian rockets crossed into Lebanon overnight, Israeli officials said.",
            ("Iran", "Lebanon"),
        ),
    ],
)
def test_a_laden_carrier_crossing_a_border_delivers_its_load(text: str, pair: tuple[str, str]) -> None:
    assert _pairs(text) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "Russian tanks crossed into Ukraine from Belarus in February 2022.",
        "Trucks carrying Russian troops crossed into Ukraine near Kharkiv.",
    ],
)
def test_an_invasion_is_no_delivery(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "pair", "through"),
    [
        ("Iranian Shahed drones were flown from Belarus to Russia last spring.", ("Iran", "Russia"), {"Belarus"}),
        ("Trucks with Iranian weapons crossed into Lebanon from Syria, the army said.", ("Iran", "Lebanon"), {"Syria"}),
    ],
)
def test_foreign_made_goods_moved_on_from_a_state_come_from_their_maker(
    text: str, pair: tuple[str, str], through: set[str]
) -> None:
    (t,) = transfers(text, lang="en", published="2025-04-02")
    assert pair_of(t) == pair
    assert via(t) == through


def test_foreign_made_goods_arriving_from_a_state_are_its_own() -> None:
    assert _pairs("The first US-made F-16 jets arrived in Ukraine from Denmark on Thursday.") == [
        ("Denmark", "Ukraine")
    ]
