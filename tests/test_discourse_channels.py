"""What a later sentence does not carry over: the supplier of another deal, for goods of another
kind that came through a go-between."""

from __future__ import annotations

from tests.parties import Route, routes

from materiel.pipeline import analyze_text


def records(text: str, lang: str) -> set[Route]:
    return routes(analyze_text(text, lang=lang, published="2026-11-20").to_dict()["transfers"])


def test_chips_through_a_hub_are_not_the_drone_suppliers() -> None:
    text = "Iran sent drones to Russia. Chips also reached Russia via Kyrgyzstan."
    assert records(text, "en") == {("Iran", "Russia", ()), (None, "Russia", ("Kyrgyzstan",))}


def test_goods_of_the_same_kind_through_a_hub_keep_the_supplier() -> None:
    text = "North Korea shipped artillery shells to Russia. More shells reached Russia via China."
    assert {supplier for supplier, _, _ in records(text, "en")} == {"North Korea"}
