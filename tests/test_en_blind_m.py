"""English fixes from a blind batch of regional outlets' reporting: a smuggling attempt told as "an
attempt by Iran to ship", a foiled attempt as an interdiction, "signs that" as an assessment, goods
meant for two named groups' fighters in a place, and "the weapons" after a seizure carrying the
seized load."""

from __future__ import annotations

from functools import partial

from tests.parties import of_pair as _of_pair
from tests.parties import pairs_in as _pairs_in
from tests.parties import via as _via

from materiel.pipeline import analyze_text

PUB = "2025-06-10"

_run = partial(analyze_text, lang="en", published=PUB)


# "an attempt by Iran to smuggle": the one in the "by" phrase does the act


def test_an_attempt_by_a_state_to_smuggle_makes_it_the_supplier() -> None:
    a = _run(
        "The Israeli navy said Sunday that it had intercepted an attempt by Iran to smuggle anti-tank "
        "missiles and mortar shells to Hezbollah by sea."
    )
    assert _pairs_in(a) == {("Iran", "Hezbollah")}
    [t] = a.transfers
    assert t.status == "alleged"
    assert {it.category for it in t.items} == {"anti-tank", "artillery-ammunition"}


def test_a_foiled_attempt_is_an_interdiction_and_alleged() -> None:
    a = _run("Turkish police said they foiled an attempt by Iran to ship drone engines to the Houthis.")
    [t] = _of_pair(a, "Iran", "Houthis")
    assert t.status == "alleged"
    assert [it.category for it in t.items] == ["components"]


def test_a_bid_by_a_buyer_to_purchase_makes_it_the_recipient() -> None:
    a = _run("A bid by Cairo to buy Su-35 fighter jets from Moscow stalled last year under US pressure.")
    assert ("Russia", "Egypt") in _pairs_in(a)


# "detected signs that": an act read from traces is an assessment, not a signing


def test_signs_that_a_state_supplied_are_an_assessment_not_a_plan() -> None:
    a = _run("Seoul's spy agency said it had detected signs that Russia had supplied Pyongyang with fighter jets.")
    [t] = _of_pair(a, "Russia", "North Korea")
    assert t.status == "alleged"


def test_a_deal_signed_is_still_planned() -> None:
    a = _run("Warsaw signs a deal to buy 96 Apache helicopters from the United States.")
    [t] = _of_pair(a, "United States", "Poland")
    assert t.status == "planned"


# goods meant for named groups' fighters in a place


def test_fighters_of_a_named_group_in_a_country_are_the_recipient() -> None:
    a = _run("The rifles were sent from Iran and were meant for Hezbollah fighters in Lebanon.")
    assert _pairs_in(a) == {("Iran", "Hezbollah")}
    [t] = a.transfers
    assert "Lebanon" not in _via(t)


def test_cells_of_two_groups_are_two_recipients_not_a_stop() -> None:
    a = _run(
        "The rockets were smuggled from Iran through Iraq and were intended for Hamas and Palestinian "
        "Islamic Jihad cells in the West Bank."
    )
    assert _pairs_in(a) == {("Iran", "Hamas"), ("Iran", "Palestinian Islamic Jihad")}
    for t in a.transfers:
        assert _via(t) == {"Iraq"}


# "the weapons" after a seizure: the seized load, alleged


def test_the_weapons_after_a_seizure_carry_the_seized_load() -> None:
    a = _run(
        "Troops seized a cache of rifles and mortar rounds near the border on Monday. The weapons had been "
        "sent from Iran and were meant for Hezbollah."
    )
    [t] = _of_pair(a, "Iran", "Hezbollah")
    assert t.status == "alleged"
    assert {it.category for it in t.items} == {"small-arms", "artillery-ammunition"}
    assert t.date == "2025-06-09"


def test_the_weapons_without_a_seizure_before_stay_as_told() -> None:
    a = _run("Police found rifles in a warehouse. The weapons were sent from Iran to Hezbollah.")
    [t] = _of_pair(a, "Iran", "Hezbollah")
    assert t.status == "reported"


# "the Ministry of Defence said": a ministry named by its field after "of" speaks as "the defence ministry"


def test_the_ministry_of_national_defence_of_the_receiver_confirms() -> None:
    a = _run("Poland has received 12 more K2 tanks from South Korea, the Ministry of National Defence said on Monday.")
    [t] = _of_pair(a, "South Korea", "Poland")
    assert t.status == "confirmed"
    assert t.date == "2025-06"


def test_the_department_of_national_defense_of_the_receiver_confirms() -> None:
    a = _run(
        "The Philippine Navy has taken delivery of two more patrol vessels from Japan, the Department of "
        "National Defense said."
    )
    [t] = _of_pair(a, "Japan", "Philippines")
    assert t.status == "confirmed"


def test_a_ministry_of_defence_after_a_dateline_speaks_for_the_dateline_state() -> None:
    a = _run("LONDON — Britain has handed over 14 Challenger 2 tanks to Ukraine, the Ministry of Defence said.")
    [t] = _of_pair(a, "United Kingdom", "Ukraine")
    assert t.status == "confirmed"


def test_a_third_states_intelligence_agency_does_not_confirm() -> None:
    a = _run("Russia has supplied Iran with Su-35 jets, the Defence Intelligence Agency said.")
    [t] = _of_pair(a, "Russia", "Iran")
    assert t.status == "reported"


# "asked Washington to speed up delivery of": the delivery hastened is the goods asked for


def test_a_request_to_speed_up_delivery_is_a_request_for_the_goods() -> None:
    a = _run("Egypt has asked Washington to speed up delivery of 12 F-16 fighters.")
    [t] = _of_pair(a, "United States", "Egypt")
    assert t.status == "requested"
    assert [it.quantity.value if it.quantity else None for it in t.items] == [12]


def test_a_supplier_speeding_up_its_own_deliveries_is_still_a_plan() -> None:
    a = _run("Germany will speed up deliveries of Leopard tanks to Ukraine, the chancellor said.")
    [t] = _of_pair(a, "Germany", "Ukraine")
    assert t.status == "planned"


# "talks with Qatar on the sale of": both sides of the deal talked over


def test_talks_with_a_buyer_on_a_sale_make_it_the_recipient() -> None:
    a = _run("Turkey is in talks with Qatar on the sale of Hurjet trainer jets.")
    [t] = _of_pair(a, "Turkey", "Qatar")
    assert t.status == "planned"


def test_talks_with_a_seller_on_buying_make_it_the_supplier() -> None:
    a = _run("Vietnam has held talks with Russia on buying Su-35 fighters.")
    [t] = _of_pair(a, "Russia", "Vietnam")
    assert t.status == "planned"


def test_negotiating_with_a_seller_for_a_purchase() -> None:
    a = _run("Indonesia is negotiating with France for the purchase of 12 more Rafale jets.")
    [t] = _of_pair(a, "France", "Indonesia")
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 12


def test_suspended_talks_tell_no_deal() -> None:
    a = _run("Abu Dhabi had earlier suspended talks on buying 50 F-35s after disagreements with Washington.")
    assert a.transfers == []


# "..., completing a 2023 order": the order the delivery fills is a deal of its own


def test_a_delivery_completing_a_dated_order_tells_the_order_too() -> None:
    a = _run(
        "Kuwait took delivery of the last of 18 Bayraktar TB2 drones from Turkey in March, completing a 2023 order."
    )
    got = sorted((t.date or "", t.status) for t in _of_pair(a, "Turkey", "Kuwait"))
    assert got == [("2023", "planned"), ("2025-03", "reported")]


def test_a_delivery_completing_an_untold_order_is_one_act() -> None:
    a = _run("Kuwait took delivery of the last Bayraktar TB2 drones from Turkey in March, completing the order.")
    [t] = _of_pair(a, "Turkey", "Kuwait")
    assert t.date == "2025-03"


# "X, which signed a contract to buy ...": the relative's subject buys


def test_a_relative_clause_signing_a_deal_to_buy_names_the_buyer() -> None:
    a = _run(
        "Saudi Arabia, which signed a contract in 2023 to buy Akinci drones from Turkey, hopes to build more at home."
    )
    [t] = _of_pair(a, "Turkey", "Saudi Arabia")
    assert (t.date, t.status) == ("2023", "planned")


def test_a_relative_clause_signing_a_deal_to_export_names_the_seller() -> None:
    a = _run("The design comes from Japan, which signed a deal last year to export frigates to Australia.")
    [t] = _of_pair(a, "Japan", "Australia")
    assert t.status == "planned"


# a denial of other named goods of a pair told before is a denial of its own


def test_a_denied_deal_for_other_named_goods_is_kept_beside_a_delivery() -> None:
    a = _run(
        "The Pakistan Navy received its first Hangor-class submarine from China on Wednesday. Defence Minister "
        "Khawaja Asif dismissed reports that Islamabad had agreed to buy 40 J-35 stealth fighters from Beijing."
    )
    got = sorted((t.status, t.items[0].category) for t in _of_pair(a, "China", "Pakistan"))
    assert got == [("denied", "aircraft"), ("reported", "naval")]


def test_a_denial_of_missiles_after_shells_were_told_is_its_own() -> None:
    a = _run(
        "North Korea has sent artillery shells to Russia, Seoul says. Pyongyang denied supplying KN-23 "
        "missiles to Moscow."
    )
    assert sorted(t.status for t in _of_pair(a, "North Korea", "Russia")) == ["denied", "reported"]


def test_a_denial_of_a_model_of_the_goods_told_denies_that_transfer() -> None:
    a = _run(
        "Iran has supplied Russia with hundreds of Shahed drones, US officials said. Tehran denied sending "
        "Shahed-136 drones to Moscow."
    )
    [t] = _of_pair(a, "Iran", "Russia")
    assert t.status == "reported"


# "guns" beside howitzers are artillery pieces


def test_guns_told_beside_howitzers_are_artillery() -> None:
    a = _run("India delivered 12 guns to Armenia, the first howitzers of a larger order.")
    [t] = _of_pair(a, "India", "Armenia")
    assert {it.category for it in t.items} == {"other"}


def test_guns_alone_stay_small_arms() -> None:
    a = _run("Serbia sold guns and ammunition to Ukraine.")
    [t] = _of_pair(a, "Serbia", "Ukraine")
    assert sorted(it.category for it in t.items) == ["ammunition", "small-arms"]


# a service named by its bare noun in a headline is no party of its own


def test_a_bare_navy_in_a_headline_is_no_recipient() -> None:
    a = _run("Navy inducts first Hangor-class submarine from China")
    assert all(
        t.recipient is None or t.recipient.entity is None or t.recipient.entity.name != "Navy" for t in a.transfers
    )
