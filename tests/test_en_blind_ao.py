"""English fixes from the blind batch en-538 .. en-547 (newspaper features, regional desks, two
machine translations from Russian and Ukrainian): an act a party only might weigh through a
preposition ("might one day look at acquiring"), goods drawn from a party's own stores ("equipped
with vehicles drawn from Bundeswehr stocks"), and an office named bare in a headline and in full with
its state in the body ("transferred to Ministry of Defence" / "the Ministry of Defence of Russian
Federation"). Every sentence here is written for the test."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, transfers

PUB = "2025-06-18"

_pairs = partial(pairs, lang="en", published=PUB)
_transfers = partial(transfers, lang="en", published=PUB)


# an act a party only might weigh, through "look at" or "think about", is no transfer


def test_might_one_day_look_at_acquiring_is_no_transfer() -> None:
    text = (
        "Defence Secretary Gilberto Teodoro said Manila might one day look at acquiring Japan's ageing "
        "Abukuma-class destroyer escorts."
    )
    assert _pairs(text) == set()


def test_could_think_about_buying_is_no_transfer() -> None:
    text = "Jakarta could think about purchasing more Rafale jets from France, the minister said."
    assert _pairs(text) == set()


# goods drawn from a party's stores come from that party


def test_goods_drawn_from_own_army_stocks_are_no_transfer() -> None:
    text = "Germany's 45th Panzer Brigade will be equipped with tanks drawn from Bundeswehr stocks."
    assert _pairs(text) == set()


def test_goods_drawn_from_another_states_army_stocks_come_from_it() -> None:
    text = "Ukraine received 40 tanks drawn from Polish army stocks, the ministry said."
    assert _pairs(text) == {("Poland", "Ukraine")}


# an office named bare in a headline and in full, with its state, in the body


def test_bare_ministry_named_in_full_with_its_state_is_home_delivery() -> None:
    text = (
        "Uralvagonzavod delivered to Ministry of Defence a batch of T-90M tanks\n\n"
        "Uralvagonzavod has handed over to the Ministry of Defense of Russian Federation the next batch of T-90M tanks."
    )
    assert _pairs(text) == set()


# the goal put before a long object: "handed over to Ukraine a new batch of ..."


def test_goal_before_a_long_object_is_the_recipient() -> None:
    text = "Estonia transferred to Ukraine armoured personnel carriers XA-180 and mortar ammunition."
    assert _pairs(text) == {("Estonia", "Ukraine")}


def test_goal_of_two_words_before_the_object() -> None:
    text = "Poland transferred to North Macedonia portable air defence systems Piorun and their missiles."
    assert _pairs(text) == {("Poland", "North Macedonia")}


# a translated telling verb with its teller after it: "..., informs the Ministry"


def test_teller_after_informs_speaks_for_its_state() -> None:
    text = "Latvia handed over M113 armoured personnel carriers to Ukraine, informs the Latvian Defence Ministry."
    (t,) = _transfers(text)
    assert t.status == "confirmed"


def test_ukrainian_general_staff_speaks_for_ukraine() -> None:
    text = (
        "The Ukrainian army received IRIS-T systems from Germany, the General Staff of the Armed Forces of "
        "Ukraine said."
    )
    (t,) = _transfers(text)
    assert t.status == "confirmed"


# "over the past three years": a span of several years starts in a year, no month of it


def test_past_several_years_dates_by_the_year() -> None:
    text = "Turkey has sold Bayraktar TB2 drones to Niger over the past three years, officials in Niamey said."
    (t,) = _transfers(text)
    assert t.date == "2022"
