"""English constructions found missing (third round): a giver told as getting ready or poised to
act (a plan, with its subject reached through the adjective), and a way handed to another for its
transfer (the one handed the way gives, the state handing it is the goods' way)."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name, only, pair_list, via

PUB = "2024-02-09"
_only = partial(only, lang="en", published=PUB)
_pairs = partial(pair_list, lang="en", published=PUB)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("North Korea is poised to send more artillery shells to Russia, officials say.", ("North Korea", "Russia")),
        ("Iran is getting ready to ship ballistic missiles to Russia.", ("Iran", "Russia")),
        ("The Iranian government is gearing up to provide Moscow with hundreds of drones.", ("Iran", "Russia")),
        ("Seoul is ready to sell K2 tanks to Romania.", ("South Korea", "Romania")),
    ],
)
def test_a_giver_getting_ready_to_give_plans_it(text: str, pair: tuple[str, str]) -> None:
    t = _only(text)
    assert ((name(t.supplier), name(t.recipient)), t.status) == (pair, "planned")


@pytest.mark.parametrize(
    ("text", "pair", "way"),
    [
        ("Syria gave Iran a land corridor to supply Hezbollah with rockets.", ("Iran", "Hezbollah"), "Syria"),
        ("Sudan granted Iran access to Port Sudan to ship weapons to Hamas.", ("Iran", "Hamas"), "Sudan"),
        ("Damascus offered Tehran a supply route to arm Hezbollah for years.", ("Iran", "Hezbollah"), "Syria"),
    ],
)
def test_the_one_handed_a_way_gives_and_the_state_handing_it_goes_between(
    text: str, pair: tuple[str, str], way: str
) -> None:
    t = _only(text)
    assert (name(t.supplier), name(t.recipient), via(t)) == (*pair, {way})


def test_goods_handed_for_a_purpose_are_still_the_giver_s() -> None:
    # (only a way, not goods, makes the one it is handed to the doer)
    assert _pairs("Germany gave Ukraine tanks to defend itself.") == [("Germany", "Ukraine")]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Belgrade has shown interest in Chinese FK-3 air defence systems.", ("China", "Serbia")),
        ("Egypt has expressed interest in the Su-35 from Russia.", ("Russia", "Egypt")),
        ("Lukashenko said Minsk had approached Putin about buying S-400 systems.", ("Russia", "Belarus")),
    ],
)
def test_goods_a_party_is_interested_in_or_approached_a_seller_about_are_asked_for(
    text: str, pair: tuple[str, str]
) -> None:
    t = _only(text)
    assert ((name(t.supplier), name(t.recipient)), t.status) == (pair, "requested")


@pytest.mark.parametrize(
    "text",
    [
        "Interest rates rose after the central bank met on Tuesday.",
        "As winter approached, the army dug new trenches near Bakhmut.",
    ],
)
def test_interest_and_approach_alone_ask_for_nothing(text: str) -> None:
    assert _pairs(text) == []
