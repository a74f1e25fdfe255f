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


# goods counted in pieces or sets, or told as systems, are goods with a number or without


def test_artillery_pieces_with_a_vague_count_are_goods() -> None:
    text = (
        "Pyongyang is isolated. Seoul's defence ministry said the North had shipped a large quantity of "
        "self-propelled artillery pieces to Russia by rail."
    )
    assert _records(text) == [("North Korea", "Russia", None, "reported")]


def test_artillery_systems_told_plainly_are_goods() -> None:
    assert _pairs("Belarus handed over several self-propelled artillery systems to Russia last year.") == {
        ("Belarus", "Russia")
    }


def test_a_drone_unit_is_still_no_goods() -> None:
    assert _pairs("Iran sent a drone unit to Russia, the report said.") == set()


# "order" with an infinitive of its own commands a deed: no purchase


def test_ordered_to_raise_output_is_no_purchase() -> None:
    text = "Kim Jong Un toured a missile plant and ordered to expand the output of launchers, state media said."
    assert _pairs(text) == set()


def test_ordered_officials_to_raise_output_is_no_purchase() -> None:
    text = "Lukashenko ordered officials to speed up production of drones for the army."
    assert _pairs(text) == set()


def test_goods_ordered_for_a_purpose_are_still_bought() -> None:
    text = "Romania ordered 54 Abrams tanks from the United States to replace its ageing fleet."
    assert _records(text) == [("United States", "Romania", None, "planned")]


# the giver of an act under a verb of promising is that verb's subject, not the state that makes the goods


def test_a_promise_to_send_jets_of_another_make_keeps_its_giver() -> None:
    text = (
        "Kyiv asked Washington for more Patriot interceptors. "
        "In May, the Netherlands pledged to send the remaining F-16 fighters to Ukraine by autumn."
    )
    assert _pairs(text) == {("United States", "Ukraine"), ("Netherlands", "Ukraine")}


def test_a_buyer_s_deal_still_takes_the_maker_s_state_named_before() -> None:
    text = "The United States approved the sale in March. Bucharest agreed to buy 32 F-35 jets."
    assert _pairs(text) == {("United States", "Romania")}


# the day a paper telling the deed was put out dates its telling, as "said on Wednesday" does


def test_a_deed_from_a_list_published_on_a_weekday_is_of_that_month() -> None:
    text = (
        "The Netherlands has handed over six more F-16 jets to Ukraine, according to the overview of "
        "military support published by the Dutch defence ministry on Wednesday."
    )
    # (the giver's own ministry put the overview out: a party says it happened, so it is confirmed)
    assert _records(text) == [("Netherlands", "Ukraine", "2025-05", "confirmed")]


def test_a_plan_from_a_statement_issued_on_a_weekday_keeps_the_day() -> None:
    text = "Sweden will send 18 Archer howitzers to Ukraine, according to a statement issued on Wednesday."
    assert _records(text) == [("Sweden", "Ukraine", "2025-05-14", "planned")]
