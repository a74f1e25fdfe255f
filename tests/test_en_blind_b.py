"""English fixes from a blind batch of wire copy, think-tank briefs and analyses: a semicolon before the
giving verb, a second speaker in one sentence, the owner of goods handed over by another, a named
artillery system's "guns", lots still to come told in a "with" clause, and "should arrive"."""

from __future__ import annotations

from functools import partial

from tests.parties import name as _name
from tests.parties import of_pair as _of_pair

from materiel.model import Transfer
from materiel.pipeline import analyze_text

PUB = "2025-06-10"


_run = partial(analyze_text, lang="en", published=PUB)


def _quantity(t: Transfer) -> float | None:
    q = t.items[0].quantity if t.items else None
    return q.value if q is not None else None


# a semicolon before the giving verb


def test_a_semicolon_before_the_giving_verb_is_read_without_failing() -> None:
    a = _run(
        "The Geran-3 is a jet-powered copy of the Shahed-238; it went into service after Iran supplied "
        "Russia with the first Shahed-238 airframes in 2023."
    )
    [t] = _of_pair(a, "Iran", "Russia")
    assert t.date == "2023"


# two speakers in one sentence


def test_the_second_speaker_of_a_sentence_is_the_it_of_its_own_report() -> None:
    a = _run(
        "Poland sent 14 Leopard tanks last month, the Polish government said, and Sweden said on Friday it "
        "had delivered the first of the three ASC 890 surveillance aircraft it promised to Kyiv in May."
    )
    assert not _of_pair(a, "Poland", "Ukraine")
    ts = {t.status: t for t in _of_pair(a, "Sweden", "Ukraine")}
    assert set(ts) == {"confirmed", "planned"} and ts["planned"].date == "2025-05"


def test_a_second_speaker_s_hedge_still_holds() -> None:
    a = _run(
        "Germany handed over a fourth IRIS-T system this month, the German government said, and Norway said on "
        "Monday it might send F-16 jets to Ukraine."
    )
    [t] = _of_pair(a, "Norway", "Ukraine")
    assert t.status == "alleged"


def test_two_coordinated_reports_keep_their_own_speakers() -> None:
    a = _run(
        "Canada said it had shipped 40 armoured vehicles to Ukraine, and Norway said it would send two more "
        "air defence systems."
    )
    [c] = _of_pair(a, "Canada", "Ukraine")
    [n] = _of_pair(a, "Norway", "Ukraine")
    assert c.status == "confirmed" and n.status == "planned"


# the owner of goods handed over by another


def test_the_owner_of_goods_shipped_from_another_state_receives_them() -> None:
    a = _run("Morocco's first six Caesar howitzers were shipped from France in March, according to Moroccan officials.")
    [t] = _of_pair(a, "France", "Morocco")
    assert _quantity(t) == 6 and t.date == "2025-03" and t.status == "confirmed"
    assert t.items[0].category == "other"


def test_the_owner_of_goods_delivered_by_another_state_receives_them() -> None:
    a = _run("Vietnam's new K9 guns were delivered by South Korea last year.")
    [t] = _of_pair(a, "South Korea", "Vietnam")
    assert t.date == "2024"


def test_goods_a_state_ships_to_another_keep_their_owner_as_supplier() -> None:
    a = _run("Iran's drones were shipped to Russia by sea.")
    assert _of_pair(a, "Iran", "Russia")
    assert not _of_pair(a, "Russia", "Iran")


# "guns" after a named artillery system


def test_the_guns_of_a_named_artillery_system_are_no_small_arms() -> None:
    a = _run("Pakistan bought 20 Koksan guns from North Korea.")
    [t] = _of_pair(a, "North Korea", "Pakistan")
    assert t.items[0].category == "other" and _quantity(t) == 20


def test_bare_guns_are_still_small_arms() -> None:
    a = _run("Iran sent guns and rifles to the Houthis.")
    [t] = _of_pair(a, "Iran", "Houthis")
    assert {i.category for i in t.items} == {"small-arms"}


# a lot still to come, told in a "with" clause


def test_the_remaining_lot_to_follow_is_a_planned_delivery_of_its_own() -> None:
    a = _run(
        "Taiwan received its first 38 Abrams tanks from the United States on Sunday, with the remaining 70 "
        "to follow in two batches next year."
    )
    ts = sorted(_of_pair(a, "United States", "Taiwan"), key=lambda t: t.status)
    assert [(t.status, _quantity(t), t.date) for t in ts] == [("planned", 70, "2026"), ("reported", 38, "2025-06-08")]


def test_more_to_follow_with_no_date_takes_none_of_the_delivery_s_date() -> None:
    a = _run("Germany delivered the first IRIS-T system to Ukraine in October, with three more to follow.")
    ts = _of_pair(a, "Germany", "Ukraine")
    planned = [t for t in ts if t.status == "planned"]
    assert planned and _quantity(planned[0]) == 3 and planned[0].date is None
    assert any(t.status != "planned" and t.date == "2024-10" for t in ts)


def test_more_due_next_year_dates_the_later_lot_not_the_delivery() -> None:
    a = _run("Egypt received 12 Rafale jets from France, with 18 more due next year.")
    ts = {t.status: t for t in _of_pair(a, "France", "Egypt")}
    assert _quantity(ts["planned"]) == 18 and ts["planned"].date == "2026"
    assert _quantity(ts["reported"]) == 12 and ts["reported"].date is None


def test_the_rest_scheduled_for_a_year_is_planned() -> None:
    a = _run("Poland received 24 Apache helicopters from the US in May, with the rest scheduled for 2027.")
    ts = {t.status: t for t in _of_pair(a, "United States", "Poland")}
    assert ts["planned"].date == "2027" and ts["reported"].date == "2025-05"


def test_more_attacks_to_follow_are_no_lot() -> None:
    assert not _run("Russia has used drones against Ukraine, with more attacks to follow.").transfers


# "should arrive": a delivery expected


def test_goods_that_should_arrive_are_planned() -> None:
    a = _run(
        "Nigeria said the remaining eight Super Tucano aircraft should arrive from Brazil before the end of the year."
    )
    [t] = _of_pair(a, "Brazil", "Nigeria")
    assert t.status == "planned" and _quantity(t) == 8


# a party flying or operating goods of another's make


def test_a_state_flying_goods_of_another_make_tells_no_transfer() -> None:
    # use of weapons is not counted, whoever made them (FORMAT.md)
    assert not _run("Kenya's air force flies Turkish-made TB2 drones.").transfers


def test_an_army_that_began_flying_foreign_drones_tells_no_transfer() -> None:
    assert not _run("The Sudanese army began flying Iranian-made Mohajer-6 drones over Omdurman in 2024.").transfers


def test_goods_flown_to_a_place_are_still_carried() -> None:
    a = _run("Iranian cargo planes flew drones into Russia last year.")
    assert _of_pair(a, "Iran", "Russia")


def test_goods_of_a_state_s_own_make_tell_no_transfer() -> None:
    assert not _run("Russia flies Russian-made Su-35 jets.").transfers


def test_held_goods_of_another_make_take_no_supplier_from_the_story() -> None:
    a = _run(
        "The State Department has approved the possible sale of 20 F-16 fighter jets to Vietnam, the agency said "
        "on Tuesday. The Vietnamese air force currently flies Russian-built Su-30 fighters."
    )
    assert _of_pair(a, "United States", "Vietnam")
    assert not _of_pair(a, "Russia", "Vietnam")
    assert all(not i.text.startswith("Su-30") for t in a.transfers for i in t.items)


def test_goods_flown_and_bought_from_a_seller_come_from_the_seller() -> None:
    a = _run("Nigeria flies three JF-17 jets bought from Pakistan.")
    [t] = _of_pair(a, "Pakistan", "Nigeria")
    assert _quantity(t) == 3


def test_an_opening_it_that_holds_bought_goods_is_the_party_before() -> None:
    a = _run(
        "Nigeria received two T129 helicopters from Turkey in 2024. It has flown three JF-17 jets bought from "
        "Pakistan since 2021."
    )
    assert _of_pair(a, "Turkey", "Nigeria")
    [t] = _of_pair(a, "Pakistan", "Nigeria")
    assert _quantity(t) == 3 and t.date == "2021"


# a comparison is no lot


def test_selling_more_than_anyone_carries_no_goods_told_before() -> None:
    a = _run(
        "Turkey delivered 12 drones to Kenya. China still sells more to Africa by value than anyone except Russia."
    )
    assert {(_name(t.supplier), _name(t.recipient)) for t in a.transfers} == {("Turkey", "Kenya")}


def test_more_told_alone_is_still_a_lot_of_the_goods_before() -> None:
    a = _run("Turkey delivered 12 drones to Kenya in May. It sent 20 more in June.")
    assert sorted(_quantity(t) or 0 for t in _of_pair(a, "Turkey", "Kenya")) == [12, 20]


# a hedged later leg, an act made hard


def test_a_hedged_re_export_makes_the_whole_journey_alleged() -> None:
    told = "Exports of microchips from the EU to Armenia rose fivefold in 2023, and most of those goods {} to Russia."
    [t] = _of_pair(_run(told.format("appear to have been re-exported")), "European Union", "Russia")
    assert t.status == "alleged" and [_name(i) for i in t.intermediaries] == ["Armenia"]
    [t] = _of_pair(_run(told.format("were re-exported")), "European Union", "Russia")
    assert t.status == "reported"


def test_a_stated_re_export_keeps_the_journey_reported() -> None:
    a = _run("German firms sold machine tools to Armenia, which re-exported them to Russia.")
    [t] = _of_pair(a, "Germany", "Russia")
    assert t.status == "reported"


def test_goods_a_party_finds_it_harder_to_obtain_are_no_transfer() -> None:
    assert not _run(
        "Sanctions have made it harder, but not impossible, for Iran's drone makers to obtain Western chips."
    ).transfers
    assert not _run("It is difficult for Venezuela to acquire new jets from Russia.").transfers


def test_a_way_cleared_for_a_delivery_is_still_planned() -> None:
    [t] = _of_pair(_run("The vote cleared the way for Denmark to send F-16s to Ukraine."), "Denmark", "Ukraine")
    assert t.status == "planned"


# an admission beside a denial


def test_the_denier_s_own_official_admitting_the_act_confirms_it() -> None:
    a = _run(
        "Iran has denied arming Russia, although its defence minister acknowledged in 2023 that Tehran had sent a "
        "few drones to Russia."
    )
    [t] = _of_pair(a, "Iran", "Russia")
    assert t.status == "confirmed"


def test_a_third_party_s_assertion_beside_a_denial_stays_reported() -> None:
    [t] = _of_pair(
        _run("Moscow denies buying drones, but Kyiv says Iranian firms have sent Russia engines."), "Iran", "Russia"
    )
    assert t.status == "reported"


# the makers a supplier serves, the firms of a trading city


def test_a_state_s_makers_supplied_with_goods_receive_them() -> None:
    [t] = _of_pair(_run("Chinese firms supplied Russian drone makers with engines last year."), "China", "Russia")
    assert t.date == "2024" and t.items[0].category == "components"


def test_firms_in_a_trading_city_pass_goods_through_its_state() -> None:
    a = _run("Front companies in Dubai supplied Iranian missile makers with German-made gyroscopes.")
    [t] = _of_pair(a, "Germany", "Iran")
    assert [_name(i) for i in t.intermediaries] == ["United Arab Emirates"]


def test_a_city_based_firm_is_its_state_s_go_between() -> None:
    a = _run("US-made chips were shipped to Russia by an Istanbul-based trading firm.")
    [t] = _of_pair(a, "United States", "Russia")
    assert [_name(i) for i in t.intermediaries] == ["Turkey"]


def test_a_city_where_no_firm_is_stays_a_place() -> None:
    a = _run("Officials met in Dubai to discuss the sale of 12 jets to Egypt.")
    assert not any(_name(t.supplier) == "United Arab Emirates" or t.intermediaries for t in a.transfers)


def test_a_dateline_city_still_gives_its_minister_s_state() -> None:
    a = _run(
        "WARSAW, June 10 — Poland has sent Ukraine another 14 PT-91 tanks, Deputy Defence Minister Marcin "
        "Ociepa said on Saturday.",
        published="2023-06-11",
    )
    [t] = _of_pair(a, "Poland", "Ukraine")
    assert t.status == "confirmed"


# how goods came, told as unknown; "the army" of a state told before; a modal shared by joined verbs


def test_how_goods_reached_a_country_told_as_unclear_is_no_act() -> None:
    a = _run(
        "The RSF has been fighting the army since 2023. Analysts believe the group has also fielded Bulgarian-made "
        "rockets and Chinese-made drones, although how they reached Sudan is unclear."
    )
    assert not a.transfers


def test_a_delivery_beside_a_question_of_its_date_stands() -> None:
    assert _of_pair(_run("Iran sent drones to Russia, but it is not clear when they arrived."), "Iran", "Russia")


def test_the_army_is_the_state_told_with_its_army() -> None:
    a = _run(
        "Sudan's army has fought the RSF since 2023. The RSF gets weapons from the UAE, UN monitors say. Russia "
        "has offered to supply the army with new fighter jets."
    )
    [t] = _of_pair(a, "Russia", "Sudan")
    assert t.status == "planned"
    assert not _of_pair(a, "Russia", "Rapid Support Forces")


def test_goods_to_be_built_and_delivered_are_planned() -> None:
    a = _run("The jets will be refurbished in Belgium and delivered to Ukraine by Norway next year.")
    [t] = _of_pair(a, "Norway", "Ukraine")
    assert t.status == "planned" and t.date == "2026"


def test_goods_built_and_delivered_are_not_planned() -> None:
    a = _run("The jets were refurbished in Belgium and delivered to Ukraine by Norway in May.")
    [t] = _of_pair(a, "Norway", "Ukraine")
    assert t.status == "reported" and t.date == "2025-05"


# the date of one clause


def test_the_date_of_the_first_clause_does_not_date_a_joined_clause_with_its_own_subject() -> None:
    a = _run(
        "North Korea has shipped 170mm guns to Russia this month, and Moscow is believed to have provided "
        "Pyongyang with air defence equipment in return, South Korea's defence minister said on Wednesday.",
        published="2024-11-27",
    )
    [given] = _of_pair(a, "North Korea", "Russia")
    [back] = _of_pair(a, "Russia", "North Korea")
    assert given.date == "2024-11" and back.date is None and back.status == "alleged"


def test_each_clause_keeps_its_own_date() -> None:
    a = _run(
        "Iran sent drones to Russia in May, and Russia gave Iran two Su-35 jets in June, officials said on Monday."
    )
    assert _of_pair(a, "Iran", "Russia")[0].date == "2025-05"
    assert _of_pair(a, "Russia", "Iran")[0].date == "2025-06"


def test_an_artillery_calibre_makes_guns_artillery() -> None:
    [t] = _of_pair(_run("Poland sent 155-mm guns to Ukraine."), "Poland", "Ukraine")
    assert t.items[0].category == "other"
    [t] = _of_pair(_run("Iran sent 12.7mm guns to the Houthis."), "Iran", "Houthis")
    assert t.items[0].category == "small-arms"


# an order told beside the receipt of its first lot


def test_an_order_of_counted_goods_beside_their_first_lot_is_a_deal_of_its_own() -> None:
    a = _run("Nigeria has ordered six T129 helicopters from Turkey and received the first two in late 2024.")
    ts = {t.status: t for t in _of_pair(a, "Turkey", "Nigeria")}
    assert _quantity(ts["planned"]) == 6 and _quantity(ts["reported"]) == 2
    assert ts["reported"].date == "2024"


# firms told with their place after "to"; goods a party depends on


def test_importers_in_a_state_that_goods_are_shipped_on_to_receive_them() -> None:
    a = _run("The chips were sold to distributors in Singapore, which shipped them on to importers in Iran.")
    assert any(_name(t.recipient) == "Iran" for t in a.transfers)


def test_goods_sent_to_a_state_in_a_month_keep_the_month_as_a_date() -> None:
    [t] = _of_pair(_run("Iran sent the drones to Russia in May."), "Iran", "Russia")
    assert t.date == "2025-05"


def test_dependence_on_imported_goods_is_no_delivery() -> None:
    a = _run("CAR found Swiss-made modules in the drones. Russia remains dependent on imported electronics.")
    assert not a.transfers
    assert not _run("Russia's reliance on imported chips has grown.").transfers


def test_an_import_told_as_a_deed_stays() -> None:
    [t] = _of_pair(_run("Russia imported 200 drones from Iran."), "Iran", "Russia")
    assert _quantity(t) == 200


# goods told again by the word they were first told with


def test_the_guns_after_named_self_propelled_guns_are_the_same_goods() -> None:
    a = _run(
        "North Korea has sent 170mm Koksan self-propelled guns to Russia this month, the minister said. He told "
        'lawmakers that the North had sent "a large number" of the guns, some of them already near Kursk.',
        published="2024-11-27",
    )
    [t] = _of_pair(a, "North Korea", "Russia")
    assert [i.category for i in t.items] == ["other"] and t.date == "2024-11"


# a carrier whose own legs tell the journey; a body of no state speaking


def test_flights_from_a_state_carrying_goods_for_a_group_go_through_their_destination() -> None:
    a = _run("Cargo flights from the United Arab Emirates to Chad carried rifles for the RSF.")
    [t] = _of_pair(a, "United Arab Emirates", "Rapid Support Forces")
    assert [_name(i) for i in t.intermediaries] == ["Chad"]


def test_a_un_panel_telling_of_flights_receives_nothing() -> None:
    a = _run(
        "UN sanctions monitors said last year that cargo flights from the United Arab Emirates to the Chadian "
        "town of Amdjarass had carried rifles and ammunition."
    )
    assert a.transfers and not any(_name(t.recipient) == "United Nations" for t in a.transfers)


def test_a_state_telling_of_goods_that_arrived_still_receives_them() -> None:
    [t] = _of_pair(_run("Ukraine said the tanks from Germany had arrived."), "Germany", "Ukraine")
    assert t.status == "confirmed"


def test_an_order_beside_the_receipt_of_its_first_lot_is_planned_even_uncounted() -> None:
    a = _run("Egypt ordered Rafale jets from France and received the first six in 2017.")
    ts = {t.status: t for t in _of_pair(a, "France", "Egypt")}
    assert set(ts) == {"planned", "reported"} and _quantity(ts["reported"]) == 6


def test_an_order_given_to_an_army_is_a_command() -> None:
    assert not _run("Putin ordered the army to send more tanks to the front.").transfers
