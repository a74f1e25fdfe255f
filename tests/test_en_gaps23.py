"""English transfers whose supplier was lost: a party told answerable for a transfer ("North Korean
officials responsible for the transfer of missiles", "firms involved in the sale of engines", "held Iran
responsible for the shipment") made it, and a pledge followed by what its giver says of the goods' fate
("has committed 24 F-16s and says most of them will be transferred by the end of the year") stays a
pledge of that giver, a delivery its giver "failed to" make of goods the buyer "had paid for" is a deal
still owed (planned, to the payer), and a second object of a choice after "and" ("choosing the SAMP/T
and a mix of Norway's NASAMS") names goods of the purchase, each make its own supplier."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records

_pairs = partial(pairs, lang="en", published="2025-03-10")
_records = partial(records, lang="en", published="2025-03-10")


# a party answerable for a told transfer made it


def test_officials_responsible_for_the_transfer_give_their_state() -> None:
    text = "Seoul sanctioned North Korean officials responsible for the transfer of missiles to Russia."
    assert _pairs(text) == {("North Korea", "Russia")}


def test_firms_involved_in_the_sale_give_their_state() -> None:
    text = "Washington sanctioned Chinese firms involved in the sale of drone engines to Iran."
    assert _pairs(text) == {("China", "Iran")}


def test_a_state_said_to_be_responsible_for_the_transfer_made_it() -> None:
    text = "Seoul says North Korea is responsible for the transfer of artillery shells to Russia."
    assert _pairs(text) == {("North Korea", "Russia")}


def test_officials_named_responsible_for_the_shipment_give_their_state() -> None:
    text = "The UN panel named Iranian officials responsible for the shipment of rifles to the Houthis."
    assert _pairs(text) == {("Iran", "Houthis")}


def test_an_official_responsible_for_arms_transfers_holds_a_post_not_a_deed() -> None:
    assert _pairs("The US official responsible for arms transfers to Taiwan declined to comment.") == set()


def test_the_one_who_names_those_responsible_is_no_party() -> None:
    text = "The UN panel named Iranian officials responsible for the shipment of rifles to the Houthis."
    assert ("United Nations", "Houthis") not in _pairs(text)


def test_an_unknown_party_responsible_gives_no_supplier() -> None:
    text = "Investigators have not established who was responsible for the shipment of rifles to the Houthis."
    assert _pairs(text) == {(None, "Houthis")}


# a pledge followed by what its giver says of the goods' fate


def test_committed_jets_said_to_be_transferred_by_year_end_stay_a_pledge() -> None:
    text = (
        "Denmark delivered six F-16s to Ukraine in July. Belgium has committed 30 F-16s and says most of "
        "them will be delivered by 2028."
    )
    assert ("Belgium", "Ukraine", "planned") in {(s, r, st) for s, r, _, st in _records(text)}


def test_committed_jets_said_to_be_handed_over_in_autumn_stay_a_pledge() -> None:
    text = (
        "Denmark delivered six F-16s to Ukraine in July. Norway has committed six F-16s and says they will be "
        "handed over in the autumn."
    )
    assert _pairs(text) == {("Denmark", "Ukraine"), ("Norway", "Ukraine")}


def test_committed_launchers_part_of_them_shipped_stay_the_giver_s() -> None:
    text = (
        "Germany sent two IRIS-T systems to Ukraine last month. Spain has committed four Hawk launchers and "
        "says two of them will be shipped in January."
    )
    assert _pairs(text) == {("Germany", "Ukraine"), ("Spain", "Ukraine")}


def test_another_party_saying_the_goods_fate_gives_the_pledger_nothing_wrong() -> None:
    text = (
        "Denmark delivered six F-16s to Ukraine in July. Norway has committed six F-16s and Sweden says they "
        "will be handed over in the autumn."
    )
    assert ("Norway", "Sweden") not in _pairs(text)
    assert ("Sweden", "Ukraine") not in _pairs(text)


# a delivery its giver failed to make, of goods the buyer paid for or ordered: a deal still owed


def test_weapons_russia_failed_to_deliver_that_yerevan_paid_for_are_planned() -> None:
    text = (
        "Armenia's leader complained that Russia failed to deliver weapons worth 400 million dollars that "
        "Yerevan had paid for."
    )
    assert [(s, r, st) for s, r, _, st in _records(text)] == [("Russia", "Armenia", "planned")]


def test_batteries_paid_for_and_never_delivered_are_planned() -> None:
    text = "Iran says Russia has failed to deliver the S-300 batteries that Tehran paid for in 2010."
    assert [(s, r, st) for s, r, _, st in _records(text)] == [("Russia", "Iran", "planned")]


def test_jets_ordered_that_the_seller_failed_to_supply_are_one_planned_deal() -> None:
    text = "Hanoi is shopping elsewhere after Moscow failed to supply the Su-30 jets that Vietnam had ordered."
    assert [(s, r, st) for s, r, _, st in _records(text)] == [("Russia", "Vietnam", "planned")]


def test_the_buyer_who_paid_for_delivered_goods_receives_them() -> None:
    assert _pairs("Russia delivered the fighters that Myanmar paid for in 2018.") == {("Russia", "Myanmar")}


def test_failing_to_persuade_another_to_send_is_no_transfer() -> None:
    assert _pairs("Kyiv says Berlin failed to persuade Washington to send more Patriot systems.") == set()


def test_smugglers_failing_to_deliver_name_no_party() -> None:
    assert _pairs("The smugglers failed to deliver the rifles after the dhow was seized.") == set()


# a second object of a choice after "and", which the parse hangs on the verb, names goods of the purchase


def test_a_mix_of_possessive_makes_after_and_gives_each_maker() -> None:
    text = (
        "Lithuania will buy new air defence systems, choosing the German IRIS-T SLM for medium range and a "
        "batch of Norway's NASAMS for short range."
    )
    assert _pairs(text) == {("Germany", "Lithuania"), ("Norway", "Lithuania")}


def test_a_number_of_a_possessive_make_after_and_gives_its_maker() -> None:
    text = (
        "Estonia will buy 12 howitzers, selecting the South Korean K9 for its artillery and a number of "
        "France's CAESAR systems for its reserve."
    )
    assert _pairs(text) == {("South Korea", "Estonia"), ("France", "Estonia")}


def test_a_mix_of_three_possessive_makes_gives_each_maker() -> None:
    text = (
        "Denmark will buy eight air defence systems, choosing the Franco-Italian SAMP/T NG for long range and a "
        "mix of Norway's NASAMS, Germany's IRIS-T SLM and France's VL MICA for medium range."
    )
    assert {"Norway", "Germany", "France", "Italy"} <= {s for s, _ in _pairs(text)}


def test_the_offer_turned_down_stays_out_of_the_choice() -> None:
    text = "Switzerland will buy 36 jets, choosing the American F-35A over the Rafale and the Eurofighter."
    assert _pairs(text) == {("United States", "Switzerland")}
