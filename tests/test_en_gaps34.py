"""English constructions a sweep of probes exposed: goods told by who bought them handed on to a
receiver, a single "system" of goods, a state's numbered formation receiving, arms-register phrasing
(the recipients of a state's exports, a share of them taken, runners-up "followed by", "its imports"
after the importer was named)."""

from __future__ import annotations

from functools import partial

from tests.parties import name, records, transfers, via

PUB = "2025-06-15"

_records = partial(records, lang="en", published=PUB)


def _pairs_status(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s, r, st) for s, r, _d, st in _records(text)]


# goods told by who bought them: the handing's "to" is the receiver, not the purchase's
def test_goods_bought_by_the_receiver_handed_over_keep_their_giver() -> None:
    text = (
        "The United States on Friday handed over 20 armoured personnel carriers purchased by the Haitian "
        "government to the Haitian National Police."
    )
    assert _pairs_status(text) == [("United States", "Haiti", "reported")]


def test_goods_paid_for_by_others_delivered_keep_their_giver() -> None:
    text = "The Czech Republic has delivered 40 T-72 tanks bought by the Netherlands and the United States to Ukraine."
    assert _pairs_status(text) == [("Czech Republic", "Ukraine", "reported")]


# one "system" of goods named by its kind
def test_a_single_radar_system_is_goods() -> None:
    text = "Japan will provide the Philippines with a coastal radar system under its security assistance programme."
    assert _pairs_status(text) == [("Japan", "Philippines", "planned")]


def test_a_states_network_system_is_still_no_goods() -> None:
    text = "Japan will help the Philippines improve its missile system."
    assert _records(text) == []


# a state's own formation receiving: the state receives
def test_a_states_numbered_brigade_receives_for_the_state() -> None:
    text = "Ukraine's 47th Mechanized Brigade has received more Bradley fighting vehicles from the United States."
    assert _pairs_status(text) == [("United States", "Ukraine", "reported")]


def test_a_states_marines_receive_for_the_state() -> None:
    text = "Ukrainian marines have received 20 armoured vehicles from Germany."
    assert _pairs_status(text) == [("Germany", "Ukraine", "reported")]


def test_goods_sent_to_a_states_brigade_go_to_the_state() -> None:
    text = "Canada has delivered 8 armoured vehicles to Ukraine's 47th Mechanized Brigade."
    assert _pairs_status(text) == [("Canada", "Ukraine", "reported")]


# arms-register phrasing
def test_the_main_recipients_of_a_states_exports_receive_from_it() -> None:
    text = (
        "The main recipients of Russia's arms exports in 2020-24 were India, China and Kazakhstan, according to SIPRI."
    )
    assert {(s, r) for s, r, _st in _pairs_status(text)} == {
        ("Russia", "India"),
        ("Russia", "China"),
        ("Russia", "Kazakhstan"),
    }


def test_recipients_named_first_receive_too() -> None:
    text = "Egypt, Qatar and Greece were the largest recipients of French arms exports over the period."
    assert {(s, r) for s, r, _st in _pairs_status(text)} == {
        ("France", "Egypt"),
        ("France", "Qatar"),
        ("France", "Greece"),
    }


def test_a_party_receiving_a_share_of_anothers_exports() -> None:
    text = "India received 36 percent of Russia's arms exports over the period, SIPRI said."
    assert _pairs_status(text) == [("Russia", "India", "reported")]


def test_runners_up_followed_by_supply_a_share_too() -> None:
    text = (
        "The United States accounted for 45 percent of Ukraine's arms imports, followed by Germany (12 percent) "
        "and Poland (11 percent)."
    )
    assert {(s, r) for s, r, _st in _pairs_status(text)} == {
        ("United States", "Ukraine"),
        ("Germany", "Ukraine"),
        ("Poland", "Ukraine"),
    }


def test_something_else_followed_by_is_no_runner_up() -> None:
    text = "Russia accounted for 36 percent of India's arms imports, followed by a sharp fall in its exports."
    assert _pairs_status(text) == [("Russia", "India", "reported")]


def test_its_imports_after_the_importer_was_named() -> None:
    text = (
        "Ukraine was the world's largest arms importer in 2020-24. The United States accounted for 45 percent "
        "of its imports, followed by Germany and Poland."
    )
    assert {(s, r) for s, r, _st in _pairs_status(text)} == {
        ("United States", "Ukraine"),
        ("Germany", "Ukraine"),
        ("Poland", "Ukraine"),
    }


def test_an_assault_brigade_is_no_french_aircraft_maker() -> None:
    # ("Assault" is "Dassault" past its first letter: a word, no garbled name)
    text = "Germany has sent 12 Marder vehicles to the 3rd Assault Brigade, a Ukrainian spokesman said."
    assert {r for _s, r, _st in _pairs_status(text)} <= {"Ukraine"}


# seizures: goods held by customs on their way
def test_a_seized_consignment_that_was_on_its_way() -> None:
    text = (
        "Kazakh authorities said they had seized a consignment of drone engines from China that was on its way "
        "to Russia."
    )
    assert _pairs_status(text) == [("China", "Russia", "alleged")]


def test_a_seized_consignment_on_its_way() -> None:
    text = "Kazakh customs seized a consignment of drone engines from China on its way to Russia."
    assert _pairs_status(text) == [("China", "Russia", "alleged")]


def test_customs_detaining_a_lorry_is_a_seizure() -> None:
    text = "Georgian customs detained a lorry carrying US-made navigation modules that were headed for Russia."
    assert _pairs_status(text) == [("United States", "Russia", "alleged")]


# a deal told as like the one before it: the same goods from the same giver
def test_talks_on_a_similar_deal_after_a_delivery() -> None:
    text = (
        "The Philippines has received its second BrahMos missile battery from India. New Delhi is also in "
        "talks with Indonesia on a similar deal."
    )
    assert _pairs_status(text) == [("India", "Philippines", "reported"), ("India", "Indonesia", "planned")]


def test_a_similar_deal_signed_with_the_seller_before() -> None:
    text = (
        "Poland bought 96 Apache helicopters from the United States. Romania signed a similar deal with "
        "Washington in May."
    )
    assert ("United States", "Romania", "planned") in _pairs_status(text)


# the other side of a deal told after the goods it is for
def test_a_contract_for_goods_with_a_state_names_the_seller() -> None:
    text = "Indonesia signed a contract for 42 Rafale jets with France in 2022."
    assert _pairs_status(text) == [("France", "Indonesia", "planned")]


def test_a_deal_for_goods_with_a_state_of_no_make_told() -> None:
    text = "Manila signed a contract for two corvettes with South Korea last year."
    assert _pairs_status(text) == [("South Korea", "Philippines", "planned")]


# a plant's output for the forces of the state it stands in: domestic production
def test_a_plant_supplying_its_own_states_forces_is_no_transfer() -> None:
    text = "The ammunition plant in Kragujevac will supply shells to the Serbian armed forces from next year."
    assert _records(text) == []


def test_a_foreign_firms_plant_in_the_receiving_state_is_no_transfer() -> None:
    text = "Rheinmetall's new plant in Ukraine will supply shells to the Ukrainian armed forces."
    assert _records(text) == []


def test_a_plant_of_another_state_still_exports() -> None:
    text = "A Czech plant will supply 100,000 shells to the Ukrainian army."
    assert _pairs_status(text) == [("Czech Republic", "Ukraine", "planned")]


# goods told as bought from a seller, arriving: from the seller
def test_goods_bought_from_a_seller_that_arrive_come_from_it() -> None:
    text = "The howitzers, bought from Turkey with Qatari money, arrived in Somalia in March."
    assert _pairs_status(text) == [("Turkey", "Somalia", "reported")]


# goods a party bought from their maker's state, handed on: the buyer gives them
def test_batteries_a_state_bought_handed_on_are_its_to_give() -> None:
    text = "The Patriot batteries, which Germany bought from the United States, will now be handed to Ukraine."
    assert _pairs_status(text) == [("United States", "Germany", "reported"), ("Germany", "Ukraine", "planned")]


def test_a_purchase_of_other_goods_beside_names_no_holder() -> None:
    text = (
        "Burkina Faso received its first TB2 drones from Turkey in 2022, and Niger signed a contract for six "
        "TB2s in 2023."
    )
    assert ("Burkina Faso", "Niger") not in {(s, r) for s, r, _st in _pairs_status(text)}


def test_more_goods_of_the_make_received_elsewhere_stay_the_makers() -> None:
    text = "The United States sold Patriot batteries to Germany. Ukraine will also receive Patriot batteries."
    assert ("Germany", "Ukraine", "planned") not in _pairs_status(text)


# where goods came down, with their end told next: a stop on the way
def test_where_a_cargo_plane_landed_is_a_stop_when_the_next_sentence_tells_the_end() -> None:
    text = "A plane carrying Chinese drones landed in Abu Dhabi. The drones were bound for the RSF, the panel said."
    first = transfers(text, lang="en", published=PUB)[0]
    assert (name(first.supplier), name(first.recipient), via(first)) == (
        "China",
        "Rapid Support Forces",
        {"United Arab Emirates"},
    )


def test_a_plane_landing_with_no_end_told_after_delivers_there() -> None:
    text = "A Russian cargo plane landed in Niamey carrying an air-defence system."
    assert _pairs_status(text) == [("Russia", "Niger", "reported")]


# a plan told with a hedge stays a plan
def test_a_reported_preparation_to_send_is_planned() -> None:
    text = "Iran is reportedly preparing to send Fath-360 missiles to Russia."
    assert _pairs_status(text) == [("Iran", "Russia", "planned")]


def test_a_hedged_delivery_is_still_alleged() -> None:
    text = "North Korea is believed to have sent artillery shells to Russia."
    assert _pairs_status(text) == [("North Korea", "Russia", "alleged")]


# a formation told bare in what its state's spokesman says
def test_the_unit_a_brigades_spokesman_speaks_of_is_the_states() -> None:
    text = (
        "A spokesman for Ukraine's 47th Mechanized Brigade said the unit had received more Bradley fighting "
        "vehicles from the United States."
    )
    assert _pairs_status(text) == [("United States", "Ukraine", "confirmed")]
