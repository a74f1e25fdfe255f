"""English headlines of a roundup and goods under way: a present-tense "arrive" the tagger reads as a
noun after plural goods ("Argentina's first F-16s arrive from Denmark"), two stories joined by a
semicolon ("...; Colombia inks Gripen deal"), the giver of one story not lent to another's deal for
named systems of a third make, and goods "on their way to" or "en route to" a party, which are
heading there."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, transfers

PUB = "2025-04-02"

_pairs = partial(pairs, lang="en", published=PUB)
_transfers = partial(transfers, lang="en", published=PUB)


def test_headline_arrive_after_plural_goods_is_the_verb() -> None:
    assert _pairs("Chile's first Leopard 2A7s arrive from Germany") == {("Germany", "Chile")}


def test_headline_arrive_in_a_place_from_a_giver() -> None:
    assert _pairs("Two Patriot batteries arrive in Romania from the Netherlands") == {("Netherlands", "Romania")}


def test_headline_arrival_keeps_its_status() -> None:
    (t,) = _transfers("Vietnam's first T-90S tanks arrive from Russia")
    assert t.status == "reported"


def test_semicolon_headline_tells_both_stories() -> None:
    text = "Peru's first KF-21s arrive from South Korea; Malaysia signs deal for Turkish corvettes"
    assert ("South Korea", "Peru") in _pairs(text)


def test_second_story_of_a_headline_does_not_borrow_the_first_giver() -> None:
    text = "Argentina's first F-16s arrive from Denmark; Colombia inks Gripen deal"
    assert _pairs(text) == {("Denmark", "Argentina"), (None, "Colombia")}


def test_deal_for_a_third_make_does_not_borrow_the_story_giver() -> None:
    text = "Norway handed F-16 jets to Romania last year. Thailand has now signed a deal for Gripen fighters."
    assert ("Norway", "Thailand") not in _pairs(text)


def test_more_of_the_same_system_still_comes_from_the_giver() -> None:
    text = "Poland sent T-72 tanks to Ukraine in March. North Macedonia received T-72s in May."
    assert ("Poland", "North Macedonia") in _pairs(text)


# goods "on their way to" or "en route to" a party are heading there


def test_goods_seized_on_their_way_to_a_group() -> None:
    (t,) = _transfers("Saudi forces seized Iranian drone engines on their way to the Houthis.")
    assert (t.supplier.entity.name, t.recipient.entity.name, t.status) == ("Iran", "Houthis", "alleged")


def test_cargo_on_its_way_to_a_group_set_off_by_commas() -> None:
    text = "The cargo, on its way to Hezbollah, included Iranian-made guidance kits, Israeli officials said."
    assert _pairs(text) == {("Iran", "Hezbollah")}


def test_carrier_en_route_to_a_state() -> None:
    text = "Greek coast guards boarded a freighter carrying Turkish drones en route to Libya."
    assert ("Turkey", "Libya") in _pairs(text)


def test_a_state_on_its_way_to_a_goal_is_no_shipment() -> None:
    assert _pairs("Poland is on its way to fielding the largest tank fleet in Europe, the minister said.") == set()
