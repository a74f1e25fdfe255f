"""English gaps, fifth round: a calibre whose unit the parser takes for a person's name ("81mm
mortar rounds"), a system named with its kind ("Archer systems"), the state of a maker named after
"made by", "intercepted" on what was overheard (evidence, no seizure), and "it said it had received"
in a clause on the goods of another verb."""

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


@pytest.mark.parametrize(
    ("text", "expected", "goods"),
    [
        (
            "Investigators documented four shipments of 81mm mortar rounds delivered from Eritrea to the TPLF.",
            ("Eritrea", "Tigray People's Liberation Front"),
            "mortar rounds",
        ),
        (
            "Observers recorded two shipments of 120mm mortar bombs sent from Uganda to the ADF.",
            ("Uganda", "ADF"),
            "mortar bombs",
        ),
    ],
)
def test_a_calibre_before_the_goods_names_no_person(text: str, expected: tuple[str, str], goods: str) -> None:
    (t,) = _transfers(text)
    assert (pair(t), _texts(t)) == (expected, [goods])


def test_a_system_named_with_its_kind_is_the_goods() -> None:
    (t,) = _transfers("Sweden delivered eight Archer systems to Ukraine in 2023.")
    assert pair(t) == ("Sweden", "Ukraine")
    (it,) = t.items
    assert (it.text, it.entity and it.entity.name, it.quantity and it.quantity.value, t.date) == (
        "Archer systems",
        "Archer artillery system",
        8,
        "2023",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Voltage regulators made by US firm Texas Instruments were re-exported to Iran.",
            ("United States", "Iran"),
        ),
        ("Rifles produced by Russia's Kalashnikov were re-exported to Niger.", ("Russia", "Niger")),
        ("Bearings made by German companies were shipped to Russia through Kazakhstan.", ("Germany", "Russia")),
    ],
)
def test_the_makers_state_is_the_goods_make(text: str, expected: tuple[str, str]) -> None:
    (t,) = _transfers(text)
    assert pair(t) == expected


def test_intercepted_calls_are_evidence_not_a_seizure() -> None:
    (t,) = _transfers("Analysts said Iran sent drones to Russia, citing intercepted phone calls.")
    assert (pair(t), t.status) == (("Iran", "Russia"), "reported")


def test_intercepted_goods_are_still_a_seizure() -> None:
    (t,) = _transfers("Yemeni forces intercepted communications equipment bound for the Houthis from Iran.")
    assert (pair(t), t.status, _texts(t)) == (("Iran", "Houthis"), "alleged", ["communications equipment"])


@pytest.mark.parametrize(
    ("text", "expected", "goods"),
    [
        (
            "Sudan's army showed Mohajer-6 drones which it said it had bought from Iran.",
            ("Iran", "Sudan"),
            "Mohajer-6 drones",
        ),
        (
            "Burkina Faso's junta showed Bayraktar drones it said it had received from Turkey.",
            ("Turkey", "Burkina Faso"),
            "Bayraktar drones",
        ),
    ],
)
def test_it_said_it_had_received_is_the_shower_of_the_goods(text: str, expected: tuple[str, str], goods: str) -> None:
    (t,) = _transfers(text)
    assert (pair(t), _texts(t), name(t.recipient)) == (expected, [goods], expected[1])


def test_the_delivery_of_the_first_goods_of_a_deal_is_a_planned_act_of_its_own() -> None:
    found = _transfers(
        "Slovakia signed a contract with Sweden for 152 CV90 vehicles in 2022. "
        "Delivery of the first vehicles is planned for 2025."
    )
    assert [(pair(t), t.status, t.date) for t in found] == [
        (("Sweden", "Slovakia"), "planned", "2022"),
        (("Sweden", "Slovakia"), "planned", "2025"),
    ]


def test_a_delivery_of_goods_no_deal_told_stays_out() -> None:
    assert _transfers("The delivery of the first jets is planned for 2027.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Slovenia will buy France's Mistral and Germany's IRIS-T SLM.",
            [("France", "Slovenia", ["Mistral"]), ("Germany", "Slovenia", ["IRIS-T SLM"])],
        ),
        (
            "Estonia will acquire Norway's NASAMS and Germany's IRIS-T SLM.",
            [("Norway", "Estonia", ["NASAMS"]), ("Germany", "Estonia", ["IRIS-T SLM"])],
        ),
    ],
)
def test_each_possessive_state_supplies_its_own_goods(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    found = _transfers(text)
    assert [(*pair(t), _texts(t)) for t in found] == expected
    assert all(t.status == "planned" for t in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway signed a contract with Germany for 54 Leopard 2A8 tanks in 2023. "
            "The first tanks are expected in 2026.",
            [("Germany", "Norway", "2023"), ("Germany", "Norway", "2026")],
        ),
        (
            "Slovakia signed a contract with Sweden for 152 CV90 vehicles in 2022. The first vehicles are due in 2025.",
            [("Sweden", "Slovakia", "2022"), ("Sweden", "Slovakia", "2025")],
        ),
    ],
)
def test_the_first_goods_of_a_deal_said_to_be_due_are_a_planned_delivery(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = _transfers(text)
    assert [(*pair(t), t.date) for t in found] == expected
    assert all(t.status == "planned" for t in found)


def test_the_first_results_due_are_no_goods() -> None:
    found = _transfers(
        "Norway signed a contract with Germany for 54 Leopard 2A8 tanks in 2023. "
        "The first results are expected in 2026."
    )
    assert [(pair(t), t.date) for t in found] == [(("Germany", "Norway"), "2023")]
