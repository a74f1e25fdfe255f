"""English fixes from a blind batch of official and research documents (OFAC and BIS releases, a DoJ
indictment, a UN Panel of Experts report, a field dispatch, a SIPRI release): a period opened "in or
around" a month, "as recently as", "added ... to the Entity List" (no speech), the state of make of
diverted parts told by its own agency, goods that "originated in" one party "and were destined for"
another, "retransferred", a defined term ("the Company") taken for a name, and a supplier's share of
a state's imports."""

from __future__ import annotations

from functools import partial

from tests.parties import name as _name
from tests.parties import of_pair as _of_pair
from tests.parties import pairs_in as _pairs_in

from materiel.model import Transfer
from materiel.pipeline import analyze_text

PUB = "2024-09-10"
_run = partial(analyze_text, lang="en", published=PUB)


def _texts(t: Transfer) -> set[str]:
    return {i.text for i in t.items}


# "from in or around June 2021 through in or around May 2023": legal prose hedges both ends of a
# period; the act is dated by the month that opens it


def test_a_period_opened_in_or_around_a_month_dates_by_its_start() -> None:
    a = _run(
        "From in or around June 2021 through in or around May 2023, the defendants exported U.S.-origin "
        "microchips to Russia through Hong Kong."
    )
    [t] = _of_pair(a, "United States", "Russia")
    assert t.date == "2021-06"


def test_a_period_ending_at_least_a_month_dates_by_its_start() -> None:
    a = _run(
        "From in or around April 2022 through at least March 2024, a Kyrgyz company re-exported 300 "
        "Chinese-made drone engines to Russia."
    )
    [t] = _of_pair(a, "China", "Russia")
    assert t.date == "2022-04"


def test_between_in_or_about_two_months_dates_by_the_first() -> None:
    a = _run("Between in or about January 2022 and December 2023, an Armenian firm exported drone parts to Iran.")
    assert {t.date for t in a.transfers} == {"2022-01"}


def test_a_plain_period_keeps_its_start() -> None:
    a = _run("From April 2023 through March 2024, a firm in Bishkek sent drone engines to Russia.")
    assert {t.date for t in a.transfers} == {"2023-04"}


# "as recently as May 2024": the date the shipping verb is qualified by, not the day of the release


def test_as_recently_as_a_month_dates_the_shipment() -> None:
    a = _run(
        "The Commerce Department today added four entities to the Entity List for supplying U.S.-origin "
        "microcontrollers to Russia as recently as May 2024."
    )
    [t] = _of_pair(a, "United States", "Russia")
    assert t.date == "2024-05"


# "BIS added firms to the Entity List for supplying ...": "add" with an object is no speech, so the
# agency is neither the speaker nor the supplier; the firms listed supply


def test_adding_firms_to_the_entity_list_names_the_firms_state_as_supplier() -> None:
    a = _run("BIS today added three Chinese firms to the Entity List for supplying drone engines to Iran.")
    assert ("China", "Iran") in _pairs_in(a)
    assert not _of_pair(a, "United States", "Iran")


def test_the_listing_agency_confirms_nothing() -> None:
    a = _run(
        "The Commerce Department today added 11 entities to the Entity List for supplying U.S.-origin "
        "integrated circuits to Russia."
    )
    [t] = _of_pair(a, "United States", "Russia")
    # (the grounds of a listing are the agency's charge: alleged, see FORMAT.md)
    assert t.status == "alleged"


def test_added_that_is_still_speech() -> None:
    a = _run('"The first two launchers arrived in Manila in April," the army spokesman added.')
    [t] = a.transfers
    assert _name(t.recipient) == "Philippines"


# the state of make of diverted parts, told by its own export agency, is no party speaking


def test_an_agency_telling_of_its_countrys_parts_reaching_iran_reports() -> None:
    a = _run(
        "The Commerce Department said U.S.-origin voltage regulators were supplied to Iranian drone makers in 2023."
    )
    [t] = _of_pair(a, "United States", "Iran")
    assert t.status == "reported"


def test_a_ministry_telling_of_its_own_delivery_still_confirms() -> None:
    a = _run("The Pentagon said it delivered U.S.-made radars to Ukraine last year.")
    [t] = _of_pair(a, "United States", "Ukraine")
    assert t.status == "confirmed"


# "assesses that it originated in Iran and was destined for the Houthis": the origin is the supplier
# of the journey coordinated with it, and "it" takes up the seized load


def test_goods_that_originated_in_one_party_and_were_destined_for_another() -> None:
    a = _run("Investigators believe the anti-ship missiles originated in Iran and were bound for the Houthis.")
    [t] = _of_pair(a, "Iran", "Houthis")
    assert t.status == "alleged"


def test_a_seized_load_taken_up_by_it_over_a_sentence_naming_no_goods() -> None:
    a = _run(
        "In March the coast guard boarded a dhow off Mukalla and seized a cargo that included 30 anti-tank "
        "missiles. The captain said the dhow had sailed from Bandar Abbas. The UN panel assesses that it "
        "originated in Iran and was destined for the Houthis."
    )
    [t] = _of_pair(a, "Iran", "Houthis")
    assert t.status == "alleged" and t.date == "2024-03"
    assert any(i.quantity is not None and i.quantity.value == 30 for i in t.items)


def test_goods_told_on_another_line_are_not_taken_over_a_goods_less_sentence() -> None:
    a = _run(
        "- In March the coast guard seized 30 anti-tank missiles off Mukalla.\n"
        "- The captain said the dhow had sailed from Bandar Abbas.\n"
        "- Officials say it originated in Iran and was destined for the Houthis."
    )
    assert not _of_pair(a, "Iran", "Houthis")


def test_a_plain_origin_without_a_journey_is_no_transfer() -> None:
    a = _run("The rifles originated in Bulgaria, the report said.")
    assert a.transfers == []


# "retransferred": goods passed on by their buyer to a third party


def test_retransferred_rounds_go_from_the_buyer_to_the_group() -> None:
    a = _run("Analysts say the UAE retransferred Bulgarian mortar rounds to the RSF in 2023.")
    [t] = _of_pair(a, "United Arab Emirates", "Rapid Support Forces")
    assert t.date == "2023"


def test_the_retransfer_noun_is_an_act() -> None:
    a = _run("The retransfer of the rifles to the RSF by the UAE broke the end-user certificate.")
    assert _pairs_in(a) & {("United Arab Emirates", "Rapid Support Forces"), (None, "Rapid Support Forces")}


# a defined term of a release ("the Company") is no name of a party


def test_the_company_as_defined_term_supplies_nothing() -> None:
    a = _run(
        'Bishkek-based Tengri Trade LLC ("the Company") is a freight forwarder. In January the Company '
        "shipped 120 drone engines to Russia."
    )
    assert all(_name(t.supplier) not in ("Company", "the Company") for t in a.transfers)


# SIPRI's shares: "X accounted for N per cent of Y's arms imports" names a supplier of Y


def test_a_share_of_a_states_arms_imports_names_its_supplier() -> None:
    a = _run("China accounted for 81 per cent of Pakistan's arms imports in 2020-24, SIPRI said.")
    [t] = _of_pair(a, "China", "Pakistan")
    assert t.date == "2020" and t.status == "reported"


def test_a_share_of_imports_of_major_arms() -> None:
    a = _run("Russia accounted for 36 per cent of India's imports of major arms between 2020 and 2024.")
    assert ("Russia", "India") in _pairs_in(a)


def test_a_share_of_its_imports_names_no_pair_of_the_wrong_states() -> None:
    a = _run(
        "Ukraine received weapons from 35 states, with the United States accounting for 45 per cent of its "
        "imports, Germany for 12 per cent and Poland for 11 per cent."
    )
    assert not _of_pair(a, "United States", "Poland")


# "Bulgarian mortar rounds": the parse may take "rounds" for a verb; the goods stay the act's
# and so does the receiver the parse hangs on them


def test_mortar_rounds_read_as_a_verb_keep_their_receiver() -> None:
    a = _run("The UAE sent 300 Serbian mortar rounds to the RSF.")
    [t] = _of_pair(a, "United Arab Emirates", "Rapid Support Forces")
    assert any(i.quantity is not None and i.quantity.value == 300 for i in t.items)


# a weight is no count of goods; carbon fibre and drone electronics are goods of their own


def test_a_weight_of_goods_is_no_count() -> None:
    a = _run("The coast guard seized 20 turbojet engines and about 300 kg of carbon fibre bound for the Houthis.")
    [t] = _of_pair(a, None, "Houthis")
    counts = {i.text: (i.quantity.value if i.quantity else None) for i in t.items}
    assert counts.get("carbon fibre") is None and 20 in counts.values()


def test_navigation_receiver_modules_and_voltage_regulators_are_components() -> None:
    a = _run("A Dubai firm shipped U.S.-origin navigation receiver modules and voltage regulators to Russia in 2023.")
    [t] = _of_pair(a, "United States", "Russia")
    assert {i.category for i in t.items} == {"components"} and len(t.items) == 2


# a monitor's lead it is still checking is alleged; one looking into a supply is no party to it


def test_information_a_panel_is_seeking_to_verify_is_alleged() -> None:
    a = _run(
        "The Panel has received information, which it is seeking to verify, that the Houthis transferred "
        "rifles to Al-Shabaab in 2023."
    )
    [t] = a.transfers
    assert t.status == "alleged" and _name(t.supplier) == "Houthis"


def test_a_body_investigating_a_supply_is_not_its_supplier() -> None:
    a = _run("The monitoring group continues to investigate the supply of drones to the RSF by the UAE.")
    assert all(_name(t.supplier) in (None, "United Arab Emirates") for t in a.transfers)


def test_a_report_that_could_not_be_verified_is_alleged() -> None:
    a = _run("The agency could not independently verify that Iran shipped 40 rifles to the Houthis in May.")
    [t] = _of_pair(a, "Iran", "Houthis")
    assert t.status == "alleged"


# how goods came, told as not found out, tells no act ("has not established how ... reached")


def test_a_way_not_established_tells_no_arrival() -> None:
    a = _run("Investigators have not yet established how the quadcopters reached the RSF.")
    assert a.transfers == []


def test_a_way_that_remains_unclear_tells_no_arrival() -> None:
    a = _run("It remains unclear how the anti-ship missiles reached the Houthis.")
    assert a.transfers == []


def test_an_established_route_is_still_told() -> None:
    a = _run("Investigators established that the drones reached the RSF through Chad.")
    assert _of_pair(a, None, "Rapid Support Forces")


def test_a_share_of_a_states_arms_exports_names_its_buyer() -> None:
    a = _run("India accounted for 38 per cent of Russia's arms exports in 2020-24.")
    [t] = _of_pair(a, "Russia", "India")
    assert t.date == "2020"


def test_a_share_of_global_exports_names_no_pair() -> None:
    a = _run("The United States accounted for 43 per cent of global arms exports in 2020-24.")
    assert a.transfers == []


# "inspected the cargo in October and assesses that it originated in Iran": the teller's own deed's
# date does not date the act it tells


def test_the_date_of_an_inspection_does_not_date_the_journey_assessed() -> None:
    a = _run(
        "The Panel inspected the debris in Aden in March and assesses that the missiles originated in Iran "
        "and were bound for the Houthis."
    )
    [t] = _of_pair(a, "Iran", "Houthis")
    assert t.date != "2024-03"


def test_a_deed_dated_beside_its_own_telling_keeps_its_date() -> None:
    a = _run("Iran delivered 20 drones to Russia in May and said it would send more.")
    assert "2024-05" in {t.date for t in _of_pair(a, "Iran", "Russia")}


# "engines produced in China": the place a participle of making puts the goods' making in is their
# state of make, which supplies when no one else does


def test_goods_produced_in_a_state_come_from_it() -> None:
    a = _run("A trading company in Oman purchased 40 drone engines produced in China in 2023.")
    [t] = _of_pair(a, "China", "Oman")
    assert t.date == "2023"


def test_a_named_supplier_outranks_the_state_of_make() -> None:
    a = _run("Denmark sent Ukraine six F-16 jets built in the United States.")
    assert ("Denmark", "Ukraine") in _pairs_in(a)
    assert not _of_pair(a, "United States", "Ukraine")
