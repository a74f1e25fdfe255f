"""English fixes from a blind batch of official texts (DSCA notices, Treasury and Commerce
designations, DoJ pleas, EU Council listings, UK and German government releases, UN panel
excerpts): a present-tense verb of trade the tagger reads as a noun after a firm's place ("Companies
in Turkey export machine tools to Russia"), a government list of goods handed over set out in
bullets under "the following items were handed over to Ukraine:", a firm described by the city of its
seat (", a Moscow company"), a defendant called by his surname alone after his full name, a sale
notice approving deals without naming the buyers ("approved three possible Foreign Military Sales"),
whose buyers' requests to buy are those deals, Sofia speaking for Bulgaria, a state's own forces
getting systems of its own make (domestic), a state telling that goods "had been exported" (its own
exports), a relative clause of use hung on the act noun ("supply of missiles that Russia used"),
drones told again as "the aircraft", "riflescopes", and the thousands point of a translated "4.000"."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, transfers

PUB = "2025-03-10"


_pairs = partial(pairs, lang="en", published=PUB)
_run = partial(transfers, lang="en", published=PUB)


# a present-tense verb of trade read as a noun after the place of the firms that trade


def test_firms_in_a_state_export_goods() -> None:
    assert _pairs("Companies in Turkey export machine tools to Russian arms makers.") == {("Turkey", "Russia")}


def test_firms_registered_in_a_place_ship_goods() -> None:
    text = "Several traders registered in the UAE supply drone engines to Iran."
    assert _pairs(text) == {("United Arab Emirates", "Iran")}


def test_listed_entities_based_in_a_state_supply_goods() -> None:
    text = (
        "Three further listed entities, based in the People's Republic of China, supply drone components "
        "and electronic parts to Russian producers."
    )
    ts = _run(text)
    assert {(t.supplier.entity.name, t.recipient.entity.name) for t in ts} == {("China", "Russia")}  # type: ignore[union-attr]
    assert {it.text for t in ts for it in t.items} == {"drone components", "electronic parts"}


def test_a_noun_phrase_with_no_verb_of_trade_stays_no_transfer() -> None:
    # (a heading with no verb: "export" is the noun of "export controls", no act)
    assert _pairs("New rules for companies in Turkey: export controls on machine tools.") == set()


# a list of goods handed over, set out in bullets under "the following items ... :"


def test_bulleted_goods_after_the_following_items_were_handed_over() -> None:
    text = (
        "In the reporting period, the following items were handed over to Ukraine by Germany:\n"
        "- 2 IRIS-T SLM air defence systems\n"
        "- 10 Leopard 1 A5 main battle tanks\n"
        "- 12 Gepard anti-aircraft guns\n"
    )
    ts = _run(text)
    assert {(t.supplier.entity.name, t.recipient.entity.name) for t in ts} == {("Germany", "Ukraine")}  # type: ignore[union-attr]
    counts = {it.text: it.quantity.value for t in ts for it in t.items if it.quantity}
    assert counts["IRIS-T SLM air defence systems"] == 2
    assert counts["Leopard 1 A5 main battle tanks"] == 10


def test_bullets_of_notes_after_the_following_stay_apart() -> None:
    # (bullets that are sentences of their own are notes, not a list of goods)
    text = (
        "The ministry made the following points on Ukraine:\n"
        "- Germany delivered 10 Leopard 1 tanks to Ukraine. Deliveries will continue.\n"
        "- The Taurus will not be delivered.\n"
    )
    assert _pairs(text) == {("Germany", "Ukraine")}


# a firm described by the city of its seat


def test_firm_described_as_a_city_company_is_its_state() -> None:
    text = "The parts were forwarded to Kvant Elektro LLC, a Moscow company that supplies the army."
    assert _pairs(text) == {(None, "Russia")}


def test_firm_described_as_based_in_a_city_is_its_state() -> None:
    text = "The chips were forwarded to Ostrov Trading LLC, a distributor based in Moscow."
    assert _pairs(text) == {(None, "Russia")}


# a defendant called by his surname alone


def test_surname_of_a_defendant_is_no_supplier() -> None:
    text = (
        "Aleksei Voronin, 47, pleaded guilty on Monday. "
        "Voronin sent two consignments of digital oscilloscopes to a company in Minsk, Belarus."
    )
    assert _pairs(text) == {(None, "Belarus")}


def test_surname_of_an_official_still_speaks_for_his_state() -> None:
    text = (
        "WARSAW — Poland has sent Ukraine 14 more PT-91 tanks, Deputy Defence Minister Marcin Ociepa said on "
        "Saturday. Asked about jets, Ociepa said Poland had already given Ukraine all the MiG-29s it could spare."
    )
    assert [t.status for t in _run(text)] == ["confirmed", "confirmed"]


# a sale notice approving deals without naming the buyers


def test_request_to_buy_under_an_approval_of_sales_is_planned() -> None:
    text = (
        "The Department of State has approved two possible Foreign Military Sales. "
        "The Government of Norway has requested to buy up to one hundred twenty (120) AIM-120D3 missiles."
    )
    ts = _run(text)
    assert [(t.recipient.entity.name, t.status) for t in ts] == [("Norway", "planned")]  # type: ignore[union-attr]


def test_request_beside_a_sale_to_another_buyer_stays_a_request() -> None:
    text = (
        "The State Department approved a possible Foreign Military Sale to Poland of Patriot missiles. "
        "Ukraine has asked to buy more Patriot missiles."
    )
    assert ("Ukraine", "requested") in {
        (t.recipient.entity.name, t.status)  # type: ignore[union-attr]
        for t in _run(text)
    }


def test_request_with_no_notice_stays_a_request() -> None:
    ts = _run("Norway has requested to buy 120 AMRAAM missiles.")
    assert [t.status for t in ts] == ["requested"]


# a capital speaking for its state


def test_sofia_stands_for_bulgaria() -> None:
    text = "Sofia wishes to procure eighty-five (85) FGM-148F Javelin missiles from the United States."
    assert _pairs(text) == {("United States", "Bulgaria")}


# a state's own forces getting systems of the state's own make


def test_own_army_to_receive_its_own_make_is_domestic() -> None:
    text = "Under the programming law, the French Army is to receive 109 CAESAR Mark II howitzers by 2030."
    assert _pairs(text) == set()


def test_own_army_receiving_a_foreign_make_stays_a_transfer() -> None:
    assert _pairs("The Polish Army is to receive 96 Apache helicopters.") == {(None, "Poland")}


def test_another_states_army_receiving_the_make_stays_a_transfer() -> None:
    assert _pairs("The Ukrainian Army received 12 CAESAR howitzers.") == {(None, "Ukraine")}


# a state telling that goods were exported, by no one named: its own exports


def test_state_informing_that_goods_had_been_exported_supplied_them() -> None:
    text = (
        "The Government of Serbia informed the Panel that the mortar rounds had been exported in 2020 "
        "to the United Arab Emirates."
    )
    assert _pairs(text) == {("Serbia", "United Arab Emirates")}


def test_state_saying_goods_had_been_exported_supplied_them() -> None:
    text = "Bulgaria said the shells had been exported to Poland in 2022."
    assert _pairs(text) == {("Bulgaria", "Poland")}


def test_export_by_a_named_firm_is_not_the_speakers() -> None:
    text = "Bulgaria said the shells had been exported to Poland by a private firm."
    assert ("Bulgaria", "Poland") not in _pairs(text)


def test_panel_telling_of_an_export_is_no_exporter() -> None:
    text = "The Panel said the rounds had been exported to the United Arab Emirates."
    assert _pairs(text) == {(None, "United Arab Emirates")}


# a relative clause of use hung on the act noun before "of": it is on the goods


def test_supply_of_goods_that_a_force_used_goes_to_the_user() -> None:
    text = (
        "The Council listed officers responsible for the DPRK's supply of ballistic missiles that the "
        "Russian armed forces have used against Ukraine."
    )
    assert _pairs(text) == {("North Korea", "Russia")}


def test_supply_of_goods_with_no_user_names_no_recipient() -> None:
    text = "The Council listed officers responsible for the DPRK's supply of ballistic missiles."
    assert ("North Korea", "Russia") not in _pairs(text)


# drones told again as "the aircraft": the user told before received them


def test_drones_told_again_as_the_aircraft_go_to_their_user() -> None:
    text = (
        "The RSF shelled Omdurman. Satellite imagery shows the Sudanese Armed Forces operating Mohajer-6 "
        "unmanned aerial vehicles. The aircraft were probably supplied by Iran."
    )
    assert _pairs(text) == {("Iran", "Sudan")}


def test_jets_told_before_are_not_the_drones_supplied() -> None:
    # (the widening is one way: a drone is an aircraft, a jet no drone)
    text = (
        "The RSF shelled Omdurman. Satellite imagery shows the Sudanese Armed Forces operating MiG-29 jets. "
        "The drones were probably supplied by Iran."
    )
    assert ("Iran", "Sudan") not in _pairs(text)


# riflescopes written as one word


def test_riflescopes_are_goods() -> None:
    ts = _run("In July 2023 he exported thirty-two thermal riflescopes to a buyer in Russia.")
    assert [it.text for t in ts for it in t.items] == ["riflescopes"]


# a count with the thousands point of a text translated from German


def test_thousands_point_counts_thousands() -> None:
    ts = _run("Germany handed over 4.000 rounds of 155mm artillery ammunition to Ukraine in August.")
    assert [it.quantity.value for t in ts for it in t.items if it.quantity] == [4000]


def test_decimal_point_keeps_its_decimals() -> None:
    ts = _run("Germany handed over 1.5 million rounds of artillery ammunition to Ukraine in August.")
    assert [it.quantity.value for t in ts for it in t.items if it.quantity] == [1500000]
