"""Two ways a record loses its giver: the flag of the craft carrying the goods taken for where they
come from, when the journey starts at a port of another state; and goods received that a clause on
them says were bought from a seller (one record with that seller, not a receipt of no giver)."""

from __future__ import annotations

import pytest
from tests.parties import name, only, pair_list, via

PUB = "2025-03-14"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A Russian cargo ship carried munitions from Rajin to Vostochny, satellite imagery showed.", "en"),
        ("A Russian-flagged vessel carried 300 containers of shells from Rajin to Dunai last month.", "en"),
        ("ロシアの貨物船が羅津からボストーチヌイへ弾薬を運んだことが衛星画像で分かった。", "ja"),
        ("ロシアの輸送船は先月、砲弾を羅津からドゥナイへ運んだ。", "ja"),
    ],
)
def test_the_craft_s_flag_only_carries_goods_leaving_another_state_s_port(text: str, lang: str) -> None:
    t = only(text, lang=lang, published=PUB)
    assert (name(t.supplier), name(t.recipient)) == ("North Korea", "Russia")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A Russian cargo plane landed in Damascus carrying munitions.", "en"),
        ("ロシアの貨物船がシリアに弾薬を届けた。", "ja"),
    ],
)
def test_with_no_port_of_departure_the_craft_s_state_still_gives(text: str, lang: str) -> None:
    assert pair_list(text, lang=lang, published=PUB) == [("Russia", "Syria")]


@pytest.mark.parametrize(
    ("text", "pair", "count"),
    [
        ("Nigeria received two patrol boats bought from China in March.", ("China", "Nigeria"), 2),
        ("Egypt took delivery of 12 fighter jets purchased from France.", ("France", "Egypt"), 12),
        ("The Philippine Navy added two patrol boats bought from China to its fleet.", ("China", "Philippines"), 2),
    ],
)
def test_goods_received_that_were_bought_from_a_seller_come_from_it(
    text: str, pair: tuple[str, str], count: int
) -> None:
    t = only(text, lang="en", published=PUB)
    assert (name(t.supplier), name(t.recipient)) == pair
    assert [i.quantity.value for i in t.items if i.quantity] == [count]


def test_the_way_bought_goods_came_goes_with_them() -> None:
    t = only("Armenia received howitzers purchased from India via Georgia.", lang="en", published=PUB)
    assert (name(t.supplier), name(t.recipient), via(t)) == ("India", "Armenia", {"Georgia"})


@pytest.mark.parametrize(
    ("text", "pair", "goods"),
    [
        (
            "A cargo ship sailed from Rajin with containers of munitions and docked at Vostochny.",
            ("North Korea", "Russia"),
            "munitions",
        ),
        (
            "The ship left Rajin loaded with containers of shells and docked at Dunai last week.",
            ("North Korea", "Russia"),
            "shells",
        ),
        (
            "The vessel departed Bandar Abbas with drones on board and arrived in Makhachkala.",
            ("Iran", "Russia"),
            "drones",
        ),
        (
            "The ship sailed from Rajin and docked at Vostochny with ammunition.",
            ("North Korea", "Russia"),
            "ammunition",
        ),
    ],
)
def test_a_voyage_from_a_port_to_a_port_with_a_load_delivers_it(text: str, pair: tuple[str, str], goods: str) -> None:
    t = only(text, lang="en", published=PUB)
    assert ((name(t.supplier), name(t.recipient)), [i.text for i in t.items]) == (pair, [goods])


def test_a_warship_sailing_between_ports_with_no_load_delivers_nothing() -> None:
    assert pair_list("The frigate left Tartus and docked at Novorossiysk.", lang="en", published=PUB) == []
