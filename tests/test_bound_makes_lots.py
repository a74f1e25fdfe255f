"""A carrier's load "destined for" a party, which the parser may tie to the passive that follows
("the Houthis was intercepted"); the goods of two states of make told with "and" ("German and
French tanks"), each state its own supplier; and one more lot (「さらに4機」) told after another lot."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name, pair_list, transfers

PUB = "2024-05-01"
_pair_list = partial(pair_list, lang="en", published=PUB)
_transfers = partial(transfers, lang="en", published=PUB)


@pytest.mark.parametrize(
    ("text", "pair", "goods"),
    [
        (
            "A ship carrying Iranian missiles destined for the Houthis was intercepted by the US Navy"
            " in the Arabian Sea last week.",
            ("Iran", "Houthis"),
            "missiles",
        ),
        (
            "A vessel carrying Iranian missile parts destined for the Houthis was intercepted in January.",
            ("Iran", "Houthis"),
            "missile parts",
        ),
        (
            "A dhow laden with Chinese drone engines headed for Yemen was stopped by the coast guard.",
            ("China", "Yemen"),
            "drone engines",
        ),
    ],
)
def test_load_bound_for_a_party_on_an_intercepted_carrier(text: str, pair: tuple[str, str], goods: str) -> None:
    ts = _transfers(text)
    assert [(name(t.supplier), name(t.recipient)) for t in ts] == [pair]
    assert [it.text for it in ts[0].items] == [goods]


def test_the_goal_is_no_subject_of_the_passive() -> None:
    from materiel.nlp import parse

    (_off, doc), *_ = parse("A ship carrying Iranian missiles destined for the Houthis was intercepted.", "en")
    houthis = next(t for t in doc if t.text == "Houthis")
    assert (houthis.dep_, houthis.head.text) == ("pobj", "for")
    assert next(t for t in doc if t.dep_ == "ROOT").text == "intercepted"


def test_a_load_bound_for_a_party_told_plainly_is_unchanged() -> None:
    assert _pair_list("Iranian-made missiles bound for the Houthis were seized by the French navy.") == [
        ("Iran", "Houthis")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine has received German and French tanks since the start of the war.",
            [("Germany", "Ukraine"), ("France", "Ukraine")],
        ),
        (
            "Kyiv has fielded American and British missiles supplied last year.",
            [("United States", "Ukraine"), ("United Kingdom", "Ukraine")],
        ),
        (
            "Morocco has received Israeli, American and Turkish drones since 2021.",
            [("Israel", "Morocco"), ("United States", "Morocco"), ("Turkey", "Morocco")],
        ),
    ],
)
def test_states_of_make_told_with_and_each_supply(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pair_list(text) == expected


def test_goods_of_two_makes_told_apart_keep_their_own_state() -> None:
    ts = _transfers("Ukraine received French Caesar howitzers and German Leopard tanks.")
    assert {(name(t.supplier), tuple(it.text for it in t.items)) for t in ts} == {
        ("France", ("Caesar howitzers",)),
        ("Germany", ("Leopard tanks",)),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("スロバキアは別のバッチのMiG-29戦闘機をウクライナへ移送した。さらに4機がすでに引き渡されている。", "ja"),
        ("オランダは別の便でF-16戦闘機をウクライナに送った。さらに6機が既にウクライナに到着している。", "ja"),
    ],
)
def test_one_more_lot_after_another_lot_is_a_record_of_its_own(text: str, lang: str) -> None:
    assert len(transfers(text, lang=lang, published=PUB)) == 2
