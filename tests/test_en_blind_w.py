"""English fixes from a blind batch of UN panel, NGO and field-research coverage (Libya, Sudan,
Yemen, Ethiopia, North Korea and Russia) and translated Russian and Ukrainian news: a state that
"continued to equip" a government with no goods named, a deed investigators "concluded" had
happened, a request a party "could ask" one day, the goods "on those flights" the sentence before
dated, "the paramilitary group" read whole as the group named before, a passive's "by" phrase the
parse hangs on the goal noun, a state's trade statistics that "show arms shipments" to a buyer, and a
hedge ("almost certainly") in front of a passive verb joined to another clause, and "the missile"
taking up the one system of its kind the paragraph named just before, and a state qualifying goods
that act in a clause of their own ("even as US warships patrol") taken for the make of the goods sent."""

from __future__ import annotations

from functools import partial

from tests.parties import only, pairs, transfers

PUB = "2024-12-11"


_run = partial(transfers, lang="en", published=PUB)
_pairs = partial(pairs, lang="en", published=PUB)
_only = partial(only, lang="en", published=PUB)


# to equip a party is to supply it weapons, goods named or not


def test_continued_to_equip_a_government_is_a_supply() -> None:
    text = "Egypt continued to equip the Libyan National Army, the monitors said."
    assert _pairs(text) == {("Egypt", "Libyan National Army")}


def test_a_deal_to_train_and_equip_forces_names_no_goods() -> None:
    text = "Ankara has signed a deal with Tripoli to train and equip the government's forces."
    assert _run(text) == []


def test_equipped_with_goods_of_its_own_is_no_arming() -> None:
    assert _pairs("The new frigates are equipped with French radars.") == set()


def test_equipping_oneself_or_goods_built_to_carry_is_no_arming() -> None:
    text = 'Minsk bought drones from Moscow last year. "We will equip ourselves," the minister said.'
    assert [[i.text for i in t.items] for t in _run(text)] == [["drones"]]
    text = "Iran sold Mohajer-6 drones to Sudan. They can fly for six hours and are equipped to carry bombs."
    assert all("equipped" not in [i.text for i in t.items] for t in _run(text))


# a deed investigators concluded had happened is their assessment


def test_investigators_concluded_that_a_state_handed_over_missiles_is_alleged() -> None:
    text = "The investigators concluded that Pyongyang had handed the missiles over to Russia in May."
    assert _only(text).status == "alleged"


def test_a_contract_concluded_is_no_inference() -> None:
    text = "Russia concluded a contract to deliver ten Mi-17 helicopters to Mali."
    assert _only(text).status == "planned"


# a request told as one that may be made is none


def test_could_ask_for_jets_is_no_request() -> None:
    text = "Analysts wrote that Belarus could ask Moscow for more modern fighter jets."
    assert _pairs(text) == set()


def test_may_seek_air_defence_is_no_request() -> None:
    assert _pairs("Armenia may seek more air defence systems from India.") == set()


def test_asked_for_jets_stays_a_request() -> None:
    text = "Belarus asked Moscow for more modern fighter jets last year."
    assert _only(text).status == "requested"


# the journeys the sentence before dated carry that date to the goods "on those flights"


def test_goods_carried_on_those_flights_take_the_flights_date() -> None:
    text = (
        "Russian cargo planes flew at least 20 times from Latakia to the Brak air base between October "
        "and December 2023.\n\nOn those flights, the monitors said, the planes carried Pantsir systems to "
        "the Libyan National Army."
    )
    assert _only(text).date == "2023-10"


def test_goods_on_other_flights_take_no_date_from_before() -> None:
    text = (
        "Russian cargo planes flew at least 20 times from Latakia to the Brak air base between October "
        "and December 2023.\n\nThe monitors said the planes carried Pantsir systems to the Libyan National "
        "Army."
    )
    assert _only(text).date is None


# "the <word> group" is read whole as the group named before


def test_the_paramilitary_group_takes_up_the_group_named_before() -> None:
    text = (
        "Researchers found mortars with Sudan's Rapid Support Forces. They said Iran had shipped the "
        "mortars to the paramilitary group."
    )
    assert ("Iran", "Rapid Support Forces") in _pairs(text)


# a passive's "by" phrase the parse hangs on the goal noun is still the giver


def test_by_after_the_goal_of_a_passive_is_no_recipient() -> None:
    text = "The rifles were supplied to the local commanders by Iran."
    assert (None, "Iran") not in _pairs(text)


def test_by_after_a_group_taken_up_as_the_goal_is_the_giver() -> None:
    text = (
        "Researchers found rifles with Sudan's Rapid Support Forces. The rifles were supplied to the "
        "paramilitary group by Iran."
    )
    assert ("Iran", "Rapid Support Forces") in _pairs(text)


def test_by_road_after_the_goal_is_no_party() -> None:
    assert _pairs("The rifles were delivered to the Rapid Support Forces by road.") == {(None, "Rapid Support Forces")}


# a state's trade records that show goods going out show its own exports


def test_a_states_export_statistics_showing_shipments_name_the_supplier() -> None:
    text = "Serbian export statistics show ammunition shipments to Kenya worth $12 million in 2022."
    assert _pairs(text) == {("Serbia", "Kenya")}


def test_statistics_showing_a_shipment_of_another_state_keep_it() -> None:
    text = "Indian trade figures show Russian arms shipments to India in 2023."
    assert _pairs(text) == {("Russia", "India")}


# a hedge in front of a passive verb joined to another clause


def test_almost_certainly_before_a_joined_passive_is_alleged() -> None:
    text = (
        "The group said it had found howitzers in Darfur and that the guns were almost certainly "
        "re-exported to the Rapid Support Forces by the United Arab Emirates."
    )
    t = _only(text)
    assert (t.supplier.entity.name, t.status) == ("United Arab Emirates", "alleged")  # type: ignore[union-attr]


# a bare definite noun takes up the one system of its kind named just before


def _names(text: str) -> list[str | None]:
    return [it.entity.name if it.entity else None for t in _run(text) for it in t.items]


def test_the_missile_takes_up_the_system_named_before() -> None:
    text = (
        "Ukraine shot down a Hwasong-11 missile over Zaporizhzhia. Analysts concluded that Pyongyang had "
        "sent the missile to Russia."
    )
    assert _names(text) == ["KN-23"]


def test_the_missiles_after_two_systems_stay_unnamed() -> None:
    text = "Russia fired Iskander and KN-23 missiles at Kyiv. Pyongyang sent the missiles to Russia."
    assert _names(text) == [None]


def test_the_drones_after_a_missile_stay_unnamed() -> None:
    text = "Ukraine shot down a KN-23 missile over Kharkiv. Iran sent the drones to Russia."
    assert _names(text) == [None]


# goods acting in a clause of their own lend their state to no goods sent


def test_warships_patrolling_in_a_clause_apart_lend_no_origin() -> None:
    text = "Iran has kept sending missile parts to the Houthis even as British warships patrol the Red Sea."
    assert _pairs(text) == {("Iran", "Houthis")}


def test_goods_arriving_keep_their_state() -> None:
    assert _pairs("Iranian drones continued to arrive in Russia, officials said.") == {("Iran", "Russia")}
