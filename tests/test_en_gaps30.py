"""English fixes from a construction sweep of session 33 over the held-out's largest miss classes: a
speaker's own side told in the first person before a later speaker ("We have sent 40 tanks to Ukraine,
the Polish prime minister said"), a decision to send or buy (planned), second goods with their own goal
after one verb ("Stingers to Taiwan and Javelins to Estonia"), a quantifier floated before the verb
("have each ordered"), goods gone to a party, holders of goods smuggled from a state, relied on or shown
off, machine translation's "it is the view that" (a hedge), "weighing whether to send", "by way of X"
(a way through), members of a class named after a relative clause ("are among the countries that have
bought"), a port before a leg across its land (a stop), a home maker's goods to its own army, and a group
named as the user of the goods ("parts for Houthi drones")."""

from __future__ import annotations

from functools import partial

from tests.parties import pair, pair_list, records, transfers, via

PUB = "2025-06-15"

_pair_list = partial(pair_list, lang="en", published=PUB)
_records = partial(records, lang="en", published=PUB)


def _routes(text: str) -> list[tuple[str | None, str | None, tuple[str | None, ...]]]:
    return [(*pair(t), tuple(sorted(n or "" for n in via(t)))) for t in transfers(text, lang="en", published=PUB)]


def _status(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s, r, st) for s, r, _d, st in _records(text)]


# the speaker's own side in the first person


def test_we_before_a_later_speaker_is_the_speakers_state() -> None:
    text = "We have handed 60 armoured vehicles to Ukraine, the Dutch defence minister said on Monday."
    assert _status(text) == [("Netherlands", "Ukraine", "confirmed")]


def test_our_country_before_a_later_speaker_is_the_speakers_state() -> None:
    text = "Our country has shipped 30,000 shells to Kyiv this year, Bulgaria's defence minister told parliament."
    assert _status(text) == [("Bulgaria", "Ukraine", "confirmed")]


def test_we_told_by_an_outlet_stays_unknown() -> None:
    text = "We have sent 40 tanks to Ukraine, the newspaper said."
    assert _pair_list(text) == [(None, "Ukraine")]


def test_it_before_a_later_speaker_is_still_spoken_of() -> None:
    text = "It has also sent drones to Russia, Ukraine's intelligence agency said."
    assert [s for s, _r in _pair_list(text)] == [None]


# a decision


def test_decided_to_export_is_planned() -> None:
    text = "The Japanese government decided on Tuesday to export coastal radars to Vietnam."
    assert _status(text) == [("Japan", "Vietnam", "planned")]


# goods and goal given twice after one verb


def test_second_goods_with_their_own_goal_after_one_verb() -> None:
    text = "Beyond Ukraine, Washington has sent Stinger missiles to Taiwan and Javelins to Estonia."
    assert sorted(_pair_list(text)) == [("United States", "Estonia"), ("United States", "Taiwan")]


def test_two_goals_joined_stay_goals_of_the_one_goods() -> None:
    text = "Washington has sent Stinger missiles to Taiwan and the Philippines to deter China."
    assert sorted(_pair_list(text)) == [("United States", "Philippines"), ("United States", "Taiwan")]


# a quantifier floated between the auxiliary and the verb


def test_have_each_ordered_keeps_the_verb() -> None:
    text = "Estonia, Latvia and Lithuania have each ordered HIMARS launchers from the United States."
    assert _status(text) == [
        ("United States", "Estonia", "planned"),
        ("United States", "Latvia", "planned"),
        ("United States", "Lithuania", "planned"),
    ]


def test_have_both_donated_keeps_the_verb_where_the_goods_were_the_root() -> None:
    text = "Denmark and the Netherlands have both donated F-16 jets to Ukraine."
    assert sorted(_pair_list(text)) == [("Denmark", "Ukraine"), ("Netherlands", "Ukraine")]


# goods gone to a party


def test_goods_gone_to_listed_buyers() -> None:
    text = "Turkish Bayraktar drones have gone to Poland, Kenya and Kuwait."
    assert sorted(_pair_list(text)) == [("Turkey", "Kenya"), ("Turkey", "Kuwait"), ("Turkey", "Poland")]


def test_a_person_gone_to_a_capital_moves_no_goods() -> None:
    assert _pair_list("The Ukrainian president went to Warsaw on Monday for talks on security.") == []


# the holder of goods another gave


def test_goods_in_an_arsenal_smuggled_from_a_state() -> None:
    text = "Hezbollah's arsenal includes anti-ship missiles smuggled from Iran."
    assert _pair_list(text) == [("Iran", "Hezbollah")]


def test_goods_a_states_defence_relies_on() -> None:
    text = "Israel's air defence relies heavily on interceptors supplied by the United States."
    assert _pair_list(text) == [("United States", "Israel")]


def test_reliance_on_non_military_goods_is_no_transfer() -> None:
    assert _pair_list("Hungary relies on gas supplied by Russia.") == []


def test_goods_a_party_shows_off() -> None:
    text = "Burkina Faso's army showed off Turkish-supplied Bayraktar drones at a parade in Ouagadougou."
    assert _pair_list(text) == [("Turkey", "Burkina Faso")]


# machine translation's 見方 / 分析


def test_it_is_the_view_that_is_a_hedge() -> None:
    text = "It is the view that North Korea supplied ballistic missiles to Russia via the port of Rajin."
    assert [st for *_p, st in _status(text)] == ["alleged"]


def test_there_is_a_view_that_is_a_hedge() -> None:
    text = "There is a view that China provided drone engines to Russia through third countries."
    assert _status(text) == [("China", "Russia", "alleged")]


def test_the_view_of_a_named_party_is_no_impersonal_hedge() -> None:
    text = "North Korea supplied shells to Russia last year, and it is the view of Seoul that more will follow."
    assert [st for *_p, st in _status(text)][:1] == ["reported"]


# an act a party weighs


def test_weighing_whether_to_send_keeps_the_giver() -> None:
    text = "Seoul is weighing whether to send 155mm shells to Warsaw."
    assert _status(text) == [("South Korea", "Poland", "planned")]


def test_pondering_whether_to_give_is_planned() -> None:
    text = "Washington is pondering whether to give Kyiv longer-range ATACMS missiles."
    assert _status(text) == [("United States", "Ukraine", "planned")]


# "by way of"


def test_by_way_of_is_a_way_through_not_a_doer() -> None:
    text = "Chinese-made drones were delivered to the RSF by way of Chad, the panel said."
    assert [(s, r, v) for s, r, v in _routes(text)] == [("China", "Rapid Support Forces", ("Chad",))]


def test_by_way_of_after_the_goal_of_a_giver() -> None:
    text = "Iran sent the missiles to the Houthis by way of Oman."
    assert _routes(text) == [("Iran", "Houthis", ("Oman",))]


# members of a class named after a relative clause or a receiver noun


def test_named_among_the_countries_that_bought() -> None:
    text = "Among the countries that have bought the Chinese JF-17 fighter are Nigeria, Myanmar and Azerbaijan."
    assert sorted(_pair_list(text)) == [("China", "Azerbaijan"), ("China", "Myanmar"), ("China", "Nigeria")]


def test_said_to_be_among_the_states_that_sent() -> None:
    text = "Canada and Spain are among the states that have sent Leopard tanks to Ukraine."
    assert sorted(_pair_list(text)) == [("Canada", "Ukraine"), ("Spain", "Ukraine")]


def test_among_the_recipients_of_goods_are() -> None:
    text = "Among the recipients of German Leopard tanks are Poland and Norway."
    assert sorted(_pair_list(text)) == [("Germany", "Norway"), ("Germany", "Poland")]


def test_among_the_states_that_refused_is_no_transfer() -> None:
    assert _pair_list("Hungary is among the few EU states that have refused to send weapons to Ukraine.") == []


# a stop on the way, a maker's own army, a user named on the goods


def test_port_before_a_leg_across_its_land_is_a_stop() -> None:
    text = (
        "India shipped Pinaka launchers to Armenia in 2023. The cargo went by sea to Iran's Bandar Abbas and "
        "then overland across Iran to the border crossing at Agarak."
    )
    assert ("India", "Iran") not in _pair_list(text)


def test_goods_a_home_maker_says_go_to_its_own_army_are_no_transfer() -> None:
    text = "Rheinmetall's chief executive said the first rounds had rolled off the line and would go to the Bundeswehr."
    assert _pair_list(text) == []


def test_group_named_as_the_user_of_the_goods_receives_them_in_its_land() -> None:
    text = "Parts for Houthi drones were shipped to Yemen by way of Oman, the panel said."
    assert _routes(text) == [(None, "Houthis", ("Oman",))]
