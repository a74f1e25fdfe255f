"""English goods told loaded onto a carrier that the sentence sends somewhere ("loaded onto the
Angara for delivery to Russia", "put aboard a cargo plane bound for Moscow", "crates of drone parts
loaded onto a freighter destined for Iran") are the goods of that delivery; loading with no
delivery told, or onto a launcher for an attack, is none."""

from __future__ import annotations

from functools import partial

from tests.parties import pair_list

_pairs = partial(pair_list, lang="en", published="2025-03-10")


def test_goods_loaded_for_delivery_go_to_its_destination() -> None:
    text = "Satellite images show North Korean shells being loaded onto the Angara at Rajin for delivery to Russia."
    assert _pairs(text) == [("North Korea", "Russia")]


def test_goods_put_aboard_a_plane_bound_for_a_capital_go_there() -> None:
    assert _pairs("Iranian drones were put aboard a cargo plane bound for Moscow, officials said.") == [
        ("Iran", "Russia")
    ]


def test_crates_of_parts_loaded_onto_a_freighter_destined_for_a_port_go_there() -> None:
    text = (
        "Crates of Chinese drone parts were loaded onto a freighter in Shanghai destined for the "
        "Iranian port of Bandar Abbas."
    )
    assert _pairs(text) == [("China", "Iran")]


def test_loading_with_no_delivery_told_is_no_transfer() -> None:
    assert _pairs("Iranian drones were put aboard a cargo plane at an airfield near Tehran.") == []


def test_loading_launchers_for_an_attack_is_no_transfer() -> None:
    text = "Russian crews loaded Iranian-made drones onto launchers near Kursk for an attack on Sumy."
    assert _pairs(text) == []
