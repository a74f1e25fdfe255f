"""English: armed movements named by their people or region ("Tuareg separatists", "Syrian
rebels"), which no gazetteer lists and whose adjective's state is no party; "the separatists"
taking up the group told with that word; and a pronoun said again under an opening pronoun's
verb ("It has denied reports that it is supplying ...")."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name, transfers

PUB = "2025-01-14"
_transfers = partial(transfers, lang="en", published=PUB)


@pytest.mark.parametrize(
    ("text", "pair", "status"),
    [
        (
            "Algeria denied reports that it is supplying weapons to the Tuareg separatists.",
            ("Algeria", "Tuareg separatists"),
            "denied",
        ),
        ("The CIA supplied TOW missiles to Syrian rebels in 2014.", ("United States", "Syrian rebels"), "reported"),
        (
            "Pakistan has accused India of supplying rifles to Baloch insurgents.",
            ("India", "Baloch insurgents"),
            "alleged",
        ),
    ],
)
def test_a_movement_named_by_its_people_is_a_party_of_its_own(text: str, pair: tuple[str, str], status: str) -> None:
    (t,) = _transfers(text)
    assert ((name(t.supplier), name(t.recipient)), t.status) == (pair, status)


def test_a_group_the_gazetteer_knows_keeps_its_name() -> None:
    (t,) = _transfers("Iran supplied missiles to Houthi rebels.")
    assert name(t.recipient) == "Houthis"


def test_the_separatists_take_up_the_group_told_with_the_word() -> None:
    text = (
        "Mali's army is fighting Tuareg separatists in the north. Russian Wagner fighters, now the Africa"
        " Corps, have fought alongside Malian troops since 2021. Algeria has denied reports that it is"
        " supplying weapons to the separatists."
    )
    ts = [t for t in _transfers(text) if name(t.supplier) == "Algeria"]
    assert [(name(t.recipient), t.status) for t in ts] == [("Tuareg separatists", "denied")]


@pytest.mark.parametrize(
    ("text", "pair", "status"),
    [
        (
            "Algeria has criticised the strikes. It has denied reports that it is supplying weapons to the Houthis.",
            ("Algeria", "Houthis"),
            "denied",
        ),
        ("Iran backs the Houthis. It says it has never sent missiles to Yemen.", ("Iran", "Yemen"), "denied"),
    ],
)
def test_a_pronoun_said_again_under_an_opening_pronoun(text: str, pair: tuple[str, str], status: str) -> None:
    (t,) = _transfers(text)
    assert ((name(t.supplier), name(t.recipient)), t.status) == (pair, status)
