"""English fixes from a blind batch of trade press, think-tank briefs, Justice Department and Treasury
releases and UN panel summaries: an export told as possible at some open future time ("could eventually
offer", "might one day sell"), the act of "anyone who supplies" a sanctions warning speaks of, a firm
described by its state ("Paravar Pars Company, an Iranian manufacturer"), a ministry by its state's
possessive ("Russia's Ministry of Defense"), weapons of one state's make shipped by a firm of another
("UAE-based Gulf Horizon Logistics shipped Iranian rockets"), a town named for the works in it ("the
Changwon plant"), distributors placed in a US city, and drone parts the lexicon lacked (servomotors,
carburetors)."""

from __future__ import annotations

from functools import partial

from tests.parties import pair as _pair
from tests.parties import via as _via

from materiel.pipeline import analyze_text

PUB = "2025-02-20"


_run = partial(analyze_text, lang="en", published=PUB)


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [_pair(t) for t in _run(text).transfers]


# an act told as possible at an open future time: "could eventually offer", "might one day sell"


def test_an_export_that_could_eventually_come_is_no_transfer() -> None:
    text = "Some analysts have speculated that Moscow could eventually offer its attack drones to Venezuela."
    assert _run(text).transfers == []


def test_a_sale_that_may_come_in_future_is_no_transfer() -> None:
    assert _run("Russia may in future sell the upgraded drones to Iran.").transfers == []


def test_a_delivery_that_will_eventually_come_is_still_a_plan() -> None:
    [t] = _run("Germany will eventually deliver 20 more Leopard tanks to Ukraine.").transfers
    assert _pair(t) == ("Germany", "Ukraine") and t.status == "planned"


def test_a_supply_said_to_be_possible_keeps_its_hedge() -> None:
    [t] = _run("Analysts warned that Iran could supply ballistic missiles to Russia within months.").transfers
    assert _pair(t) == ("Iran", "Russia") and t.status == "alleged"


# the act of whoever might do it, in a relative clause on "anyone" or "any company"


def test_anyone_who_sells_is_a_rule_s_case() -> None:
    assert _run("Anyone who sells drones to Russia will face sanctions, the ministry warned.").transfers == []


def test_any_company_that_ships_is_a_rule_s_case() -> None:
    text = "Any company that ships rifles to the Houthis may be exposed to sanctions."
    assert _run(text).transfers == []


def test_a_company_that_shipped_is_a_deed() -> None:
    assert _pairs("A company that shipped drones to Russia was sanctioned on Monday.") == [(None, "Russia")]


def test_any_goods_a_party_supplied_keep_their_act() -> None:
    text = "Iran said any drones that it supplied to Russia were delivered before the war began."
    assert ("Iran", "Russia") in _pairs(text)


# a firm described by its state's adjective right after its name


def test_a_firm_described_as_an_iranian_manufacturer_acts_for_iran() -> None:
    text = "A Chinese firm shipped drone engines to Paravar Pars Company, an Iranian manufacturer of drones."
    assert _pairs(text) == [("China", "Iran")]


def test_a_seated_firm_ships_servomotors_and_carburetors() -> None:
    [t] = _run("Shenzhen-based Jiayuan Technology shipped servomotors and carburetors to Iran.").transfers
    assert _pair(t) == ("China", "Iran")
    assert {i.category for i in t.items} == {"components"} and len(t.items) == 2


# a ministry the gazetteer lacks, named with its state's possessive


def test_a_ministry_of_a_state_s_possessive_is_that_state() -> None:
    assert _pairs("Iran shipped artillery rockets to Russia's Ministry of Defense.") == [("Iran", "Russia")]


# weapons of one state's make shipped by a firm of another: the firm goes between


def test_a_seated_firm_shipping_another_state_s_rockets_goes_between() -> None:
    [t] = _run("UAE-based Gulf Horizon Logistics shipped Iranian rockets to Russia.").transfers
    assert _pair(t) == ("Iran", "Russia") and _via(t) == {"United Arab Emirates"}


def test_a_broker_arranging_shipments_of_another_state_s_rockets_goes_between() -> None:
    [t] = _run("A UAE-based broker arranged shipments of Iranian artillery rockets to Russia.").transfers
    assert _pair(t) == ("Iran", "Russia") and _via(t) == {"United Arab Emirates"}


def test_a_state_supplying_another_state_s_howitzers_supplies_them() -> None:
    text = "The UAE supplied Chinese-made howitzers to the RSF."
    assert _pairs(text) == [("United Arab Emirates", "Rapid Support Forces")]


# a town named for the works in it is no party


def test_a_town_named_for_its_plant_is_no_supplier() -> None:
    pairs = _pairs("The tanks are to be shipped to Poland from the Changwon plant.")
    assert pairs and all(s is None for s, _ in pairs)


# distributors placed in a US city


def test_chips_bought_from_distributors_in_new_york_come_from_the_united_states() -> None:
    text = (
        "Volkov purchased integrated circuits from distributors in New York. The components were then "
        "re-exported to procurement firms in Moscow."
    )
    assert set(_pairs(text)) == {("United States", "Russia")}


# "it" after a time or place put first goes on about the party the sentence before was about


def test_it_after_a_fronted_date_is_the_party_told_before() -> None:
    text = (
        "Serbia has been turning to Western suppliers. In August 2024 it signed a contract with France for "
        "12 Rafale fighters."
    )
    [t] = _run(text).transfers
    assert _pair(t) == ("France", "Serbia") and t.date == "2024-08" and t.status == "planned"


def test_it_after_a_clause_naming_another_party_is_not_resolved_so() -> None:
    text = (
        "Serbia has been turning to Western suppliers. After Russia invaded Ukraine, it bought 12 Rafale "
        "fighters from France."
    )
    assert ("France", "Serbia") not in _pairs(text)


# a lot "slated to arrive" is still to come


def test_the_rest_slated_to_arrive_is_a_plan() -> None:
    text = (
        "Taiwan bought 108 tanks from the United States. The remaining 70 are slated to arrive in 2025, "
        "Taiwan's defense ministry said."
    )
    ts = _run(text).transfers
    assert {t.status for t in ts} == {"reported", "planned"}
    assert {_pair(t) for t in ts} == {("United States", "Taiwan")}
