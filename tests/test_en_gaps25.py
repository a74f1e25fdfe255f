"""English fixes for the largest miss and false classes of the held-out aggregate: a delivery told
right after the goods were told in use ("Sudan's army flew Iranian drones. Iran had delivered the
drones"), whose recipient only the use names; named systems of one state's make received or imported
with no giver told ("India imported S-400 systems"), which come from that state where the story makes
it a party; a maker's name the parse tags as an adjective of "plans" read as a noun ("TUSAŞ plans to
deliver jets to the Turkish Air Force"), still the doer of the act it plans; and a second clause's
subject the parse hangs on the first clause's object right before the second verb's auxiliary ("Iran
has sent Russia drones and North Korea has sent shells")."""

from __future__ import annotations

from functools import partial

from tests.parties import pair_list, records

PUB = "2025-01-20"

_pairs = partial(pair_list, lang="en", published=PUB)
_records = partial(records, lang="en", published=PUB)


# the user of goods told in one sentence receives the very goods the next sentence has delivered


def test_a_delivery_of_the_drones_an_army_flew_goes_to_that_army() -> None:
    text = (
        "Ethiopia's army flew Turkish TB2 drones over Tigray last year. "
        "Officials said Turkey had shipped six of the drones in 2021."
    )
    assert _records(text) == [("Turkey", "Ethiopia", "2021", "reported")]


def test_missiles_a_group_fired_were_supplied_to_that_group() -> None:
    text = (
        "The Houthis fired Iranian-made cruise missiles at tankers in the Red Sea. "
        "A UN panel said Iran had supplied the missiles by sea."
    )
    assert _pairs(text) == [("Iran", "Houthis")]


def test_drones_launched_at_a_city_were_delivered_to_the_launcher() -> None:
    text = (
        "Russian forces launched Iranian Shahed drones at Kyiv overnight. "
        "Tehran delivered the drones in 2022, U.S. officials said."
    )
    assert _pairs(text) == [("Iran", "Russia")]


def test_jets_a_state_operates_were_handed_over_to_it() -> None:
    assert _pairs("Ukraine now operates Danish F-16s. Denmark handed over the jets in 2024.") == [
        ("Denmark", "Ukraine")
    ]


def test_use_alone_is_still_no_transfer() -> None:
    assert _pairs("Russian forces launched Iranian Shahed drones at Kyiv overnight.") == []


def test_a_delivery_in_another_paragraph_takes_no_user() -> None:
    text = "Russian forces launched Iranian Shahed drones at Kyiv overnight.\n\nTehran delivered the drones in 2022."
    assert ("Iran", "Russia") not in _pairs(text)


def test_goods_of_another_kind_are_not_the_goods_used() -> None:
    text = "Russian forces launched Iranian Shahed drones at Kyiv overnight. North Korea delivered the shells in 2023."
    assert ("North Korea", "Russia") not in _pairs(text)


def test_goods_told_anew_are_not_the_goods_used() -> None:
    text = "Russian forces launched Iranian Shahed drones at Kyiv overnight. Iran delivered drones in 2023."
    assert ("Iran", "Russia") not in _pairs(text)


def test_a_delivery_naming_its_own_recipient_keeps_it() -> None:
    text = "Russian forces launched Iranian Shahed drones at Kyiv overnight. Iran delivered the drones to Venezuela."
    assert _pairs(text) == [("Iran", "Venezuela")]


# named systems of one state's make, received or imported with no giver told, come from that state


def test_imported_systems_of_one_make_come_from_the_state_of_make() -> None:
    text = (
        "India imported S-400 systems in 2022, and it bought Rafale jets from France. "
        "Russia is India's largest arms supplier."
    )
    assert ("Russia", "India") in [(s, r) for s, r, d, _ in _records(text) if d == "2022"]


def test_jets_taken_delivery_of_come_from_their_state_of_make() -> None:
    text = (
        "Greece took delivery of its first Rafale jets in 2021, and it bought Black Hawk helicopters from the "
        "United States. France has also sold frigates to Athens."
    )
    assert _records(text)[0][:3] == ("France", "Greece", "2021")


def test_systems_another_state_hands_on_are_not_the_makers() -> None:
    text = (
        "Poland sent Leopard 2 tanks to Ukraine in February. Kyiv received more Leopard 2 tanks in May, the army said."
    )
    assert ("Germany", "Ukraine") not in _pairs(text)


def test_a_state_of_make_named_in_no_role_supplies_nothing() -> None:
    text = (
        "Kyiv received more Leopard 2 tanks in May, the army said. "
        "Germany has trained the crews, and Spain sent howitzers."
    )
    assert ("Germany", "Ukraine") not in _pairs(text)


def test_systems_asked_for_are_asked_of_no_state_of_make() -> None:
    text = (
        "Ukraine has asked for more Patriot systems. The United States sent Abrams tanks to Poland in May, "
        "and Germany sent IRIS-T launchers to Kyiv."
    )
    assert _records(text)[0][:2] == (None, "Ukraine")


# a maker's name the parse tags as an adjective of "plans" read as a noun is still the doer


def test_a_maker_delivering_to_its_own_air_force_is_no_transfer() -> None:
    assert _pairs("TUSAŞ plans to hand over 20 KAAN jets to the Turkish Air Force from 2028.") == []


def test_a_maker_delivering_abroad_is_its_states_supply() -> None:
    assert _records("TUSAŞ plans to deliver ten Hürjet trainers to Spain from 2027.") == [
        ("Turkey", "Spain", "2027", "planned")
    ]


def test_plans_told_as_a_noun_keep_their_parties() -> None:
    text = "Turkey has sold drones to Kenya. The plans to deliver KAAN jets to Indonesia were shelved in May."
    assert ("Turkey", "Kenya") in _pairs(text)


# a second clause's subject the parse hangs on the first clause's object, before the verb's auxiliary


def test_a_second_giver_before_has_sent_gives_its_own_goods() -> None:
    assert _pairs("Iran has sent Russia drones and North Korea has sent shells.") == [
        ("Iran", "Russia"),
        ("North Korea", "Russia"),
    ]


def test_a_second_giver_before_will_send_is_no_receiver() -> None:
    text = "Germany has delivered tanks to Ukraine and Spain will send howitzers."
    assert _records(text) == [("Germany", "Ukraine", None, "reported"), ("Spain", "Ukraine", None, "planned")]


def test_a_second_giver_before_has_also_shipped_gives_its_own_goods() -> None:
    text = "Iran has sent Russia drones, and North Korea has also shipped artillery shells."
    assert ("North Korea", "Russia") in _pairs(text)


def test_a_second_verb_with_no_subject_of_its_own_keeps_the_first_giver() -> None:
    assert _pairs("Iran has sent drones to Russia and has shipped missiles.") == [
        ("Iran", "Russia"),
        ("Iran", "Russia"),
    ]
