"""English gaps from two blind batches: goods a state orders "for its army" with no seller or foreign
make named are domestic procurement; a passive infinitive on a purchase's goods ("to be delivered
from 2026") tells when they come and leaves the purchase its act; the legs of a route hung on the
means of carriage ("by rail from Urumqi to Bishkek") are the verb's, and a last leg told as "before
the final leg by road to Ukraine" or "and then by truck into Russia" makes the stops before it
go-betweens; a passive first act of an onward chain ("were sold to buyers in Italy, which then sent
them on") is one transfer through the buyers; an aside between "were" and "bound for" leaves the
goal of the goods."""

from __future__ import annotations

from functools import partial

from tests.parties import pair as _pair
from tests.parties import pairs as _pairs_of
from tests.parties import records as _records_of
from tests.parties import transfers as _transfers_of
from tests.parties import via as _via

_records = partial(_records_of, lang="en", published="2025-03-10")
_pairs = partial(_pairs_of, lang="en", published="2025-03-10")
_transfers = partial(_transfers_of, lang="en", published="2025-03-10")


def _routes(text: str) -> list[tuple[str | None, str | None, set[str | None]]]:
    return [(*_pair(t), _via(t)) for t in _transfers(text)]


# a state ordering goods for its own army, with no seller or foreign make: domestic procurement


def test_shells_ordered_for_its_army_are_no_transfer() -> None:
    assert _records("South Korea orders more shells for its army as allies stage border drills") == []


def test_howitzers_bought_for_its_units_are_no_transfer() -> None:
    assert _records("The Indian Army will buy 200 more howitzers for its artillery units.") == []


def test_home_made_system_ordered_for_its_own_forces_is_no_transfer() -> None:
    assert _records("South Korea has ordered 30 more K9 howitzers for its own forces.") == []


def test_seller_named_keeps_the_order_for_its_army() -> None:
    assert _pairs("Poland ordered 96 K2 tanks from South Korea for its army.") == {("South Korea", "Poland")}


def test_foreign_make_keeps_the_order_for_its_navy() -> None:
    assert _pairs("Manila ordered Indian missiles for its navy.") == {("India", "Philippines")}


def test_goods_of_a_foreign_make_keep_the_order_for_its_navy() -> None:
    assert [(s, r) for s, r, _d, _st in _records("Japan has ordered Tomahawk missiles for its navy.")] == [
        (None, "Japan")
    ]


# a passive infinitive on the goods tells their fate: the order keeps its act and takes the date


def test_order_to_be_delivered_from_a_year() -> None:
    assert _records("Poland has ordered 180 more K2 tanks from South Korea, to be delivered from 2026.") == [
        ("South Korea", "Poland", "2026", "planned")
    ]


def test_order_to_be_delivered_by_a_year() -> None:
    assert _records("The Philippines ordered 12 FA-50 jets from South Korea, to be delivered by 2028.") == [
        ("South Korea", "Philippines", "2028", "planned")
    ]


def test_future_order_to_be_delivered_in_lots() -> None:
    assert _records("Hungary will order 44 Lynx vehicles from Germany, to be delivered in two lots by 2027.") == [
        ("Germany", "Hungary", "2027", "planned")
    ]


def test_purchase_to_be_shipped_in_a_year() -> None:
    got = _records("Egypt bought 24 Rafale jets from France, to be shipped in 2026.")
    assert [(s, r, d) for s, r, d, _st in got] == [("France", "Egypt", "2026")]


# legs of the way hung on the means of carriage, and the last leg after "then" or "before the final leg"


def test_stop_reached_by_rail_is_no_supplier() -> None:
    assert _routes(
        "China supplied the drones, which were shipped by rail from Urumqi to Bishkek and then trucked "
        "through Kazakhstan into Russia."
    ) == [("China", "Russia", {"Kyrgyzstan", "Kazakhstan"})]


def test_rail_from_a_state_is_the_source() -> None:
    assert _pairs("The tanks were sent by rail from Poland to Ukraine.") == {("Poland", "Ukraine")}


def test_final_leg_by_road_ends_the_route() -> None:
    assert _routes("Germany sent the howitzers by rail to Poland before the final leg by road to Ukraine.") == [
        ("Germany", "Ukraine", {"Poland"})
    ]


def test_stop_before_an_untold_final_leg_is_no_recipient() -> None:
    assert _pairs("Germany sent the howitzers by rail to Poland before the final leg by road.") == set()


def test_stop_before_an_untold_final_leg_leaves_the_story_pair() -> None:
    got = _pairs(
        "Germany pledged 20 howitzers to Ukraine. They were carried by rail to Poland before the final leg by road."
    )
    assert got == {("Germany", "Ukraine")}


def test_then_by_truck_ends_the_route() -> None:
    assert _routes("Iran shipped the drones by sea to Armenia and then by truck into Russia.") == [
        ("Iran", "Russia", {"Armenia"})
    ]


def test_first_leg_active_next_leg_passive() -> None:
    assert _routes("China shipped the chips by air to Kazakhstan, and then they were trucked to Russia.") == [
        ("China", "Russia", {"Kazakhstan"})
    ]


def test_two_goals_without_a_leg_marker_stay_two_receivers() -> None:
    assert _pairs("Iran sent the drones to Armenia and to Russia.") == {("Iran", "Armenia"), ("Iran", "Russia")}


# a passive first act of an onward chain


def test_passive_sale_then_sent_on() -> None:
    assert _routes(
        "Shells made by Indian firms were sold to buyers in Italy and the Czech Republic, which then sent "
        "them on to Kyiv."
    ) == [("India", "Ukraine", {"Italy", "Czech Republic"})]


def test_passive_sale_by_a_state_then_passed_on() -> None:
    assert _routes("The rifles were sold by Serbia to a broker in Bulgaria, which then passed them on to Ukraine.") == [
        ("Serbia", "Ukraine", {"Bulgaria"})
    ]


def test_passive_sale_with_no_seller_then_re_exported() -> None:
    assert _routes("Chips were sold to traders in Kazakhstan, which then re-exported them to Russia.") == [
        (None, "Russia", {"Kazakhstan"})
    ]


def test_relative_with_goods_of_its_own_is_no_onward_leg() -> None:
    got = _pairs("Howitzers were sold to Armenia, which sent troops to the border.")
    assert ("Armenia", "Russia") not in got and all(r == "Armenia" for _s, r in got)


# an aside between "were" and the participle of where goods were bound


def test_assessment_aside_before_bound_for() -> None:
    got = _records("The missiles were, in CENTCOM's assessment, bound for the Houthis.")
    assert [(s, r) for s, r, _d, _st in got] == [(None, "Houthis")]


def test_according_to_aside_before_headed_for() -> None:
    got = _records("The missiles were, according to the Pentagon, headed for Russia.")
    assert [(s, r) for s, r, _d, _st in got] == [(None, "Russia")]


def test_aside_with_no_goal_participle_is_no_transfer() -> None:
    assert _records("The missiles were, in CENTCOM's assessment, stored near the port.") == []
