"""English fixes from a blind batch of defence trade press (contract awards, DSCA notifications,
acceptance ceremonies, offsets): a navy or air force named "Hellenic", goods written in capitals
that the parser takes for a firm ("four Defence and Intervention Frigates"), a fleet a party owns
("to arm its F-16 fleet") that is no goods, a maker telling of a foreign state's order ("Saudi
Arabia ordered ten batteries, LIG Nex1 said"), and an order "from" its customer ("won an order from
Egypt")."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records, transfers

PUB = "2025-12-18"

_pairs = partial(pairs, lang="en", published=PUB)
_records = partial(records, lang="en", published=PUB)
_transfers = partial(transfers, lang="en", published=PUB)


def _goods(text: str) -> list[list[str]]:
    return [[i.text for i in t.items] for t in _transfers(text)]


# a state's services named by its official adjective


def test_hellenic_air_force_is_greece() -> None:
    text = "The Hellenic Air Force received its first two F-35A jets from the United States in November."
    assert _pairs(text) == {("United States", "Greece")}


# goods written in capitals are no firm: the maker speaking still confirms its handover


def test_capitalised_goods_do_not_take_the_makers_word() -> None:
    text = (
        "Naval Group handed over the frigate Nearchos, the second of four Defence and Intervention Frigates "
        "ordered by Greece, to the Greek Navy on Tuesday, the company said."
    )
    assert _records(text) == [("France", "Greece", "2025-12-16", "confirmed")]


# a fleet a party owns is no goods of the act


def test_owned_fleet_is_no_goods_of_a_request() -> None:
    text = "Bucharest has asked Washington for 32 AIM-120 missiles to arm its F-16 fleet."
    assert _pairs(text) == {("United States", "Romania")}
    assert _goods(text) == [["AIM-120 missiles"]]


def test_fleet_without_an_owner_named_keeps_nothing_else_out() -> None:
    text = "Bulgaria bought eight more F-16 fighters from the United States to expand its F-16 fleet."
    assert _goods(text) == [["F-16 fighters"]]


# a maker telling of a foreign state's order sells the goods


def test_maker_speaking_of_a_foreign_order_is_the_seller() -> None:
    text = "Egypt ordered 100 self-propelled howitzers worth $1.7 billion in February, Hanwha Aerospace said."
    assert _pairs(text) == {("South Korea", "Egypt")}


def test_maker_speaking_of_its_home_forces_order_is_no_transfer() -> None:
    text = "The Bundeswehr ordered 200,000 shells worth 1 billion euros in June, Rheinmetall said."
    assert _pairs(text) == set()


# an order "from" its customer


def test_order_won_from_a_customer() -> None:
    text = "Rheinmetall won a 2 billion euro order from Italy for 21 Lynx infantry fighting vehicles in 2025."
    assert _pairs(text) == {("Germany", "Italy")}


def test_order_from_a_customer_without_a_maker_subject() -> None:
    text = (
        "Hanwha Aerospace is working through a 2.5 trillion won order from Romania for 54 K9 howitzers, signed in 2024."
    )
    assert _pairs(text) == {("South Korea", "Romania")}


# a choice among bidders told only as possible is no deal


def test_could_still_choose_is_no_deal() -> None:
    text = "Warsaw could still choose Saab's A26 submarine over the German Type 212CD for its Orka programme."
    assert _pairs(text) == set()


def test_may_pick_from_a_named_seller_is_no_deal() -> None:
    text = "Bogota may pick the Gripen E from Sweden later this year."
    assert _pairs(text) == set()


# know-how and the makers' chain are no goods


def test_technology_for_a_named_system_is_no_transfer() -> None:
    text = "Under the offset deal, Hanwha will transfer technology for the K9 to Australia."
    assert _pairs(text) == set()


def test_a_role_in_a_supply_chain_is_no_goods() -> None:
    text = "KNDS said the agreement would give Czech industry a major role in the Leopard 2A8 supply chain."
    assert _pairs(text) == set()


# the subject of a relative clause whose verb the parse took for a noun is no party of the act


def test_subject_of_a_relative_clause_on_the_goods_is_no_receiver() -> None:
    text = (
        "The modules, which the Commerce Department lists among items of high priority to Iran's missile "
        "programmes, were then resold to companies on the Entity List, prosecutors alleged."
    )
    assert all(pair[1] != "United States" for pair in _pairs(text))


# a purchase close to being finalised is a plan


def test_purchase_being_finalised_is_planned() -> None:
    text = "Egypt is finalising the purchase of 12 second-hand Eurofighters from Italy, officials said."
    assert [r[:2] + r[3:] for r in _records(text)] == [("Italy", "Egypt", "planned")]


def test_typhoons_in_the_plural_are_eurofighters() -> None:
    text = "Ankara bought 12 used Typhoons from Qatar last year."
    assert _goods(text) == [["Typhoons"]]
