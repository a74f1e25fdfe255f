"""English gaps, sixth round: a further lot "en route to" a place in a story of one supplier, a
relative saying on goods that the parse hangs on the verb over them ("paraded drones that it said it
had received"), "shipments of X from A to B" as the object of a verb of recording, a purpose that
strengthens or helps the receiver ("to bolster Ukraine's air defences"), a joint make written with a
combining form ("Franco-Italian"), and a supplier not lent to systems of another make told beside
its own."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name, pair, transfers

from materiel.model import Transfer

PUB = "2025-01-14"
_transfers = partial(transfers, lang="en", published=PUB)


def _texts(t: Transfer) -> list[str]:
    """The goods of a transfer as the text writes them."""
    return [it.text for it in t.items]


def _by_goods(ts: list[Transfer]) -> dict[str, tuple[str | None, str | None]]:
    """The pair of each transfer by the first goods it carries."""
    return {_texts(t)[0]: pair(t) for t in ts if t.items}


def test_a_further_lot_on_its_way_goes_on_with_the_story() -> None:
    ts = _transfers(
        "Belarus has shipped artillery shells to Russia. A second consignment of 30 T-72 tanks is en route to Moscow."
    )
    assert _by_goods(ts) == {"artillery shells": ("Belarus", "Russia"), "T-72 tanks": ("Belarus", "Russia")}
    (tanks,) = [t for t in ts if _texts(t) == ["T-72 tanks"]]
    assert tanks.items[0].quantity is not None and tanks.items[0].quantity.value == 30


def test_a_further_lot_to_another_place_keeps_the_story_supplier() -> None:
    ts = _transfers(
        "China has delivered armoured vehicles to Mali. Another consignment of rifles is en route to Niger."
    )
    assert _by_goods(ts) == {"armoured vehicles": ("China", "Mali"), "rifles": ("China", "Niger")}


def test_a_lot_on_its_way_with_no_story_before_has_no_supplier() -> None:
    assert all(t.supplier is None for t in _transfers("Another consignment of rifles is en route to Niger."))


@pytest.mark.parametrize(
    ("text", "expected", "goods"),
    [
        (
            "Burkina Faso's junta displayed rocket launchers that it said it had bought from China.",
            ("China", "Burkina Faso"),
            "rocket launchers",
        ),
        (
            "Niger's military rulers showed off armoured vehicles which they said they had bought from Turkey.",
            ("Turkey", "Niger"),
            "armoured vehicles",
        ),
    ],
)
def test_a_relative_saying_on_the_goods_gives_them_to_its_act(text: str, expected: tuple[str, str], goods: str) -> None:
    (t,) = _transfers(text)
    assert (pair(t), _texts(t), t.status) == (expected, [goods], "reported")


@pytest.mark.parametrize(
    ("text", "expected", "goods"),
    [
        (
            "UN investigators documented four shipments of rockets from Iran to the Houthis.",
            ("Iran", "Houthis"),
            "rockets",
        ),
        (
            "Monitors recorded three shipments of small arms from Sudan to the RSF.",
            ("Sudan", "Rapid Support Forces"),
            "small arms",
        ),
    ],
)
def test_shipments_from_one_to_another_recorded_by_a_third(text: str, expected: tuple[str, str], goods: str) -> None:
    (t,) = _transfers(text)
    # (the shipments' count is no count of the goods)
    assert (pair(t), _texts(t), t.items[0].quantity) == (expected, [goods], None)


def test_a_to_of_a_verb_of_its_own_is_no_goal_of_the_shipment() -> None:
    assert _transfers("The report tied the arrival of missiles from Iran to a new offensive.") == []


@pytest.mark.parametrize(
    ("text", "expected", "status"),
    [
        (
            "Paris pledged to send more Caesar howitzers to bolster Armenia's artillery.",
            ("France", "Armenia"),
            "planned",
        ),
        ("Seoul will supply radars to strengthen the air defences of Poland.", ("South Korea", "Poland"), "planned"),
        ("Canada sent drones to help Ukraine defend its front line.", ("Canada", "Ukraine"), "reported"),
    ],
)
def test_a_purpose_strengthening_a_party_names_the_receiver(text: str, expected: tuple[str, str], status: str) -> None:
    (t,) = _transfers(text)
    assert (pair(t), t.status) == (expected, status)


def test_a_purpose_with_a_receiver_already_named_changes_nothing() -> None:
    (t,) = _transfers("Germany sent IRIS-T systems to Egypt to protect Israel's airspace.")
    assert pair(t) == ("Germany", "Egypt")


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("Franco-Italian SAMP/T batteries arrived in Ukraine.", "SAMP/T batteries"),
        ("Franco-Italian SAMP/T systems were delivered to Ukraine.", "SAMP/T"),
    ],
)
def test_both_states_of_a_joint_make_supply(text: str, goods: str) -> None:
    ts = _transfers(text)
    assert sorted(pair(t) for t in ts) == [("France", "Ukraine"), ("Italy", "Ukraine")]
    assert all(_texts(t) == [goods] for t in ts)


def test_a_supplier_is_not_lent_to_systems_of_another_make_beside_its_own() -> None:
    ts = _transfers(
        "Bangladesh took delivery of MiG-29 fighters, and officials say J-10 jets from China arrived as well."
    )
    assert _by_goods(ts) == {"MiG-29 fighters": (None, "Bangladesh"), "J-10 jets": ("China", "Bangladesh")}


def test_a_state_passing_on_stocks_still_lends_itself() -> None:
    ts = _transfers("Poland sent F-16 jets to Ukraine. Kyiv also received MiG-29 fighters.")
    assert {name(t.supplier) for t in ts} == {"Poland"}
