"""English fixes from the blind batch en-598 .. en-607 (machine translations into English from Spanish,
Portuguese, Turkish, Russian, Japanese and Korean news, and blog reposts of a story or a report): the
goal put before goods that start with a name ("provided to North Korea Pantsir air defense systems"),
a noun of the act under a verb of weighing that only could be ("could consider the export of
destroyers"), and an act told as possible in theory only ("could theoretically sell"). Every sentence
here is written for the test."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records

PUB = "2025-06-12"

_pairs = partial(pairs, lang="en", published=PUB)
_records = partial(records, lang="en", published=PUB)


# the goal told before goods whose words start with a name: the name is the recipient, the rest the goods


def test_goal_before_goods_starting_with_a_name() -> None:
    text = "Moscow is believed to have provided to North Korea Pantsir air defense systems last year, the agency said."
    assert [(s, r, st) for s, r, _d, st in _records(text)] == [("Russia", "North Korea", "alleged")]


def test_goal_before_named_jets() -> None:
    text = "Russia has provided to Myanmar Yak-130 jets and spare parts, the junta said."
    assert _pairs(text) == {("Russia", "Myanmar")}


def test_name_running_on_into_people_is_no_goal() -> None:
    text = "The embassy sent to Ukraine Defence Ministry officials a list of the equipment on offer."
    assert ("Ukraine", None) not in _pairs(text)
    assert all(r != "Ukraine" for _s, r in _pairs(text))


# a noun of the act under a verb of weighing that only could or might be is no plan


def test_could_consider_the_export_of_is_no_transfer() -> None:
    text = "An official said Seoul possibly could consider the export of decommissioned frigates to Vietnam later."
    assert _pairs(text) == set()


def test_might_consider_a_sale_is_no_transfer() -> None:
    text = "Ankara might consider a sale of Hurjet trainers to Egypt, according to a Turkish official."
    assert _pairs(text) == set()


def test_considering_the_export_of_is_still_a_plan() -> None:
    text = "Seoul is considering the export of decommissioned frigates to Vietnam, officials said."
    assert [(s, r, st) for s, r, _d, st in _records(text)] == [("South Korea", "Vietnam", "planned")]


# an act told as possible only in theory is speculation, no transfer; a hedge on an act going on is kept


def test_could_theoretically_sell_is_no_transfer() -> None:
    text = "Analysts said Moscow could theoretically sell Su-57 fighters to Algeria in the coming years."
    assert _pairs(text) == set()


def test_in_theory_could_supply_is_no_transfer() -> None:
    text = "In theory, Beijing could supply Wing Loong drones to Serbia, one expert said."
    assert _pairs(text) == set()


def test_could_theoretically_be_supplying_is_still_alleged() -> None:
    text = "Iran could theoretically be supplying missiles to Russia already, officials said."
    assert [(s, r, st) for s, r, _d, st in _records(text)] == [("Iran", "Russia", "alleged")]
