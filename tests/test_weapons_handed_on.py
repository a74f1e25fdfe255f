"""Weapons handed on by the one that got them are its own to give, as arms registers count them
("Slovakia received the jets from Poland and later gave them to Ukraine", 「韓国は米国に砲弾を輸出し、
米国はそれをウクライナに供与した」): two transfers, the second from the one passing them on. Parts and
dual-use goods bought and sold on stay one journey from their origin through the one passing them on."""

from __future__ import annotations

import pytest
from tests.parties import pair_list, transfers, via


@pytest.mark.parametrize(
    ("text", "lang", "pairs"),
    [
        (
            "The Czech Republic received the helicopters from Russia and later gave them to Ukraine.",
            "en",
            [("Russia", "Czech Republic"), ("Czech Republic", "Ukraine")],
        ),
        (
            "Jordan bought the howitzers from the Netherlands and then sent them to Ukraine.",
            "en",
            [("Netherlands", "Jordan"), ("Jordan", "Ukraine")],
        ),
        (
            "ドイツはスイスから戦車を買い戻し、ドイツはそれをウクライナに供与した。",
            "ja",
            [("Switzerland", "Germany"), ("Germany", "Ukraine")],
        ),
        (
            "韓国は米国に155ミリ砲弾を輸出し、米国はそれらをウクライナに送った。",
            "ja",
            [("South Korea", "United States"), ("United States", "Ukraine")],
        ),
    ],
)
def test_weapons_handed_on_are_the_givers_own(text: str, lang: str, pairs: list[tuple[str, str]]) -> None:
    assert pair_list(text, lang=lang, published="2024-09-01") == pairs


def test_parts_bought_and_sold_on_stay_one_journey() -> None:
    (t,) = transfers("Armenian firms bought microchips from China and sold them to Russia.", "en", "2024-09-01")
    assert (t.supplier and t.supplier.entity and t.supplier.entity.name, via(t)) == ("China", {"Armenia"})
