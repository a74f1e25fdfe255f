"""English fixes from the blind batch en-568 .. en-577 (defence trade press: FMS notices, contract
awards, deliveries, second-hand transfers): an act named by a noun under a negated verb of weighing
or intending ("was not considering a supply of weapons to Kyiv") is no plan; a ship named by its
navy's prefix ("HTMS Chakri Naruebet") is goods, and an army depot or a numbered unit ("the 542nd
Mechanized Brigade") is a place of a state's own forces, none of them a party; and a relative clause
told through a teller after an aside on the goods ("components, including guidance parts, that
officials said were destined for the Houthis") is still on the goods. Every sentence here is written for
the test."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs

PUB = "2025-10-17"

_pairs = partial(pairs, lang="en", published=PUB)


# a parallel gift right after another still goes to the same recipient (the rule the unfixed
# class "a gift told after a buyer's own purchase" must not break)


def test_parallel_gift_after_a_gift_still_takes_its_recipient() -> None:
    text = (
        "Norway delivered two NASAMS fire units to Ukraine in May. "
        "Sweden, too, has handed over 12 Archer howitzers, officials said."
    )
    assert _pairs(text) == {("Norway", "Ukraine"), ("Sweden", "Ukraine")}


# a negated weighing or intending verb over a noun of the act leaves no plan


def test_not_considering_a_supply_of_weapons_is_no_transfer() -> None:
    text = "A Japanese government spokesman said Tokyo was not considering a direct supply of lethal arms to Kyiv."
    assert _pairs(text) == set()


def test_not_planning_a_sale_is_no_transfer() -> None:
    text = "Ankara does not plan a sale of Bayraktar drones to Armenia, the Turkish defence ministry said."
    assert _pairs(text) == set()


def test_considering_a_supply_of_weapons_is_still_a_plan() -> None:
    text = "Seoul is considering a direct supply of 155mm artillery shells to Poland, officials said."
    assert _pairs(text) == {("South Korea", "Poland")}


# a ship named by its navy's prefix is the goods, and a numbered unit or a depot is a place of the
# state's own forces: none of them is a party


def test_ship_named_by_its_prefix_is_no_recipient() -> None:
    text = (
        "Royal Thai Navy receives second Bhumibol Adulyadej-class frigate\n"
        "The 3,700-tonne vessel was ordered in 2019 under a contract worth about $400 million.\n"
        "Its sister ship, HTMS Chakri Naruebet (472), was handed over in Okpo in March and commissioned "
        "into service in April."
    )
    got = _pairs(text)
    assert all("Chakri" not in (r or "") for _s, r in got)


def test_move_between_a_depot_and_a_numbered_brigade_is_no_transfer() -> None:
    text = (
        "The machine guns, which were shipped from the Red River Army Depot in Texas, will be trucked to "
        "the 542nd Mechanized Brigade in Taichung."
    )
    assert _pairs(text) == set()


# a relative clause told through a teller ("that officials said were destined for"), after an aside
# hung on the goods ("components, including guidance parts,"), is still on the goods


def test_told_relative_after_an_including_aside_keeps_the_goods_act() -> None:
    text = (
        "In March 2023, French commandos boarded a fishing boat off Oman and seized Iranian-made drone "
        "components, including engines and fins, that French officials said were bound for the Houthis."
    )
    assert _pairs(text) == {("Iran", "Houthis")}


def test_told_relative_after_an_aside_in_a_sentence_of_its_own() -> None:
    text = (
        "Coast guard crews seized Iranian-made missile parts, including warheads, that officials believe "
        "were destined for the Houthis."
    )
    assert _pairs(text) == {("Iran", "Houthis")}
