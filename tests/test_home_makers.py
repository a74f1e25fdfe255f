"""A story of a state's own makers: goods its forces order with no seller told, in a story whose
firms are all that state's own and which tells no one else giving, come from its own industry
(domestic procurement, no transfer), in either language. A foreign firm, goods of another state's
make, or a receipt (which may come from any partner) keep the record."""

from __future__ import annotations

from functools import partial

from tests.parties import pair_list

_en = partial(pair_list, lang="en", published="2025-04-18")
_ja = partial(pair_list, lang="ja", published="2025-04-18")


def test_an_order_after_a_home_firm_rolls_the_jet_out_is_domestic() -> None:
    text = (
        "Turkish Aerospace rolled out the first series-production Hurjet trainer on Thursday. "
        "The Turkish Air Force has ordered an initial batch of 16 aircraft."
    )
    assert _en(text) == []


def test_an_order_of_more_after_a_home_firm_delivered_is_domestic() -> None:
    text = (
        "Hanwha Aerospace delivered the first K9A2 howitzers to the South Korean army in March. "
        "The army has ordered 200 more."
    )
    assert _en(text) == []


def test_a_japanese_order_after_a_home_firm_shows_its_prototype_is_domestic() -> None:
    assert _ja("三菱重工業は小牧南工場で次期戦闘機の試作機を公開した。航空自衛隊は当面、20機を発注する予定だ。") == []
    assert _ja("トルコ航空宇宙産業は新型練習機の量産初号機を公開した。トルコ空軍はまず16機を発注している。") == []


def test_an_order_after_a_foreign_firm_rolls_the_jet_out_stays() -> None:
    text = "Lockheed Martin rolled out the first F-16 Block 70 in Greenville. Bulgaria has ordered 16 aircraft."
    assert _en(text) == [(None, "Bulgaria")]


def test_a_foreign_state_ordering_from_the_home_firm_stays() -> None:
    text = "Turkish Aerospace rolled out the first Hurjet on Thursday. Spain has ordered 24 of the trainers."
    assert _en(text) == [(None, "Spain")]


def test_a_receipt_after_a_home_maker_speaks_stays() -> None:
    text = (
        "Ukroboronprom said it doubled its shell output last year. "
        "Ukraine received 50 more tanks in March, officials said."
    )
    assert _en(text) == [(None, "Ukraine")]
