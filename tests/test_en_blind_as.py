"""English fixes from the blind batch en-578 .. en-587 (English-language Ukrainian and Eastern
European outlets: Telegram posts of officials, foreign media cited, aid packages listed, North Korean
and Iranian supplies to Russia): an act told as possible at an open future time whose time the
parser hangs on the goods ("may supply Russia with its newest drones in the future") is no transfer.
Every sentence here is written for the test."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records

PUB = "2025-05-15"

_pairs = partial(pairs, lang="en", published=PUB)
_records = partial(records, lang="en", published=PUB)


# "in the future" hung on the goods or the party still puts the act at an open future time


def test_a_supply_possible_in_the_future_on_the_goods_is_no_transfer() -> None:
    text = "The analyst added that Tehran might also provide Moscow with its new jet-powered drones in the future."
    assert _pairs(text) == set()


def test_a_sale_possible_in_future_after_the_party_is_no_transfer() -> None:
    text = "Minsk could sell Iskander launchers to Tehran in the future, a Belarusian official hinted."
    assert _pairs(text) == set()


def test_a_supply_possible_within_months_keeps_its_hedge() -> None:
    text = "Western officials warned that Pyongyang could supply Moscow with more KN-23 missiles within weeks."
    assert _records(text) == [("North Korea", "Russia", None, "alleged")]
