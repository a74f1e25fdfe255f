"""English fixes from a blind batch of wire copy on Sudan, Libya, Myanmar, the Gulf, Latin America and aid
to Ukraine: a month or season still to come this year, "the fall of" a government that is no autumn."""

from __future__ import annotations

from functools import partial

from tests.parties import name as _name
from tests.parties import of_pair as _of_pair

from materiel.pipeline import analyze_text

PUB = "2025-02-12"
_run = partial(analyze_text, lang="en", published=PUB)


# a month or season later this year, in a sentence telling what is yet to come


def test_a_promised_delivery_in_the_spring_is_this_spring() -> None:
    a = _run("Estonia will send CV90 infantry fighting vehicles to Ukraine in the spring, its defence minister said.")
    [t] = _of_pair(a, "Estonia", "Ukraine")
    assert t.status == "planned" and t.date is not None and t.date.startswith("2025")


def test_a_promised_delivery_in_a_later_month_is_this_year_s_month() -> None:
    a = _run("Spain will deliver six more Leopard 2A4 tanks to Ukraine in July, the defence ministry said.")
    [t] = _of_pair(a, "Spain", "Ukraine")
    assert t.date == "2025-07"


def test_a_past_delivery_in_a_later_month_stays_last_year() -> None:
    a = _run("Spain delivered six Leopard 2A4 tanks to Ukraine in July, the defence ministry said.")
    [t] = _of_pair(a, "Spain", "Ukraine")
    assert t.date == "2024-07"


# "the fall of" a government or a city is no autumn


def test_since_the_fall_of_a_government_is_not_autumn() -> None:
    a = _run(
        "Iran has shipped drones to the Houthis since the fall of the Assad government in Syria, "
        "two Yemeni officials said."
    )
    [t] = _of_pair(a, "Iran", "Houthis")
    assert t.date is None


def test_the_fall_of_a_year_is_still_the_season() -> None:
    a = _run("Poland sent Ukraine 60 PT-91 tanks in the fall of 2023, the Polish government said.")
    [t] = _of_pair(a, "Poland", "Ukraine")
    assert t.date is not None and t.date.startswith("2023")


# "delivered a package of military aid to Kyiv that includes ...": the listed goods are the delivery's


def test_goods_listed_in_a_relative_on_a_package_of_aid_are_the_delivery_s() -> None:
    a = _run(
        "Estonia has delivered a new package of military aid to Ukraine that includes Javelin missiles, "
        "winter uniforms and 155mm artillery shells, the Estonian defence ministry said on Tuesday."
    )
    [t] = _of_pair(a, "Estonia", "Ukraine")
    texts = {i.text for i in t.items}
    assert any("Javelin" in x for x in texts) and any("shells" in x for x in texts)
    assert t.status == "confirmed" and t.date == "2025-02"


def test_a_relative_on_a_package_of_humanitarian_aid_gives_no_goods() -> None:
    a = _run("Japan has sent a shipment of humanitarian aid to Ukraine that includes generators and blankets.")
    assert not a.transfers


# "the Czech-led initiative delivered": the state leading a body gives through it


def test_a_state_led_initiative_is_the_state_as_supplier() -> None:
    a = _run(
        "The Czech-led ammunition initiative delivered 500,000 large-calibre rounds to Ukraine in the first "
        "half of the year, Prague said."
    )
    [t] = _of_pair(a, "Czech Republic", "Ukraine")
    assert t.items and t.items[0].quantity is not None and t.items[0].quantity.value == 500000


def test_a_state_led_coalition_pledging_drones_is_the_state() -> None:
    a = _run("The Latvian-led drone coalition will send 20,000 interceptor drones to Ukraine by the summer.")
    [t] = _of_pair(a, "Latvia", "Ukraine")
    assert t.status == "planned"


# "signed a letter of intent to buy", "a memorandum of understanding to acquire": a plan


def test_a_letter_of_intent_to_buy_is_a_planned_purchase() -> None:
    a = _run(
        "Kuwait signed a letter of intent to buy Eurofighter Typhoon jets from Italy, the Kuwaiti army said.",
        published="2025-05-20",
    )
    [t] = _of_pair(a, "Italy", "Kuwait")
    assert t.status == "planned"


def test_a_memorandum_of_understanding_to_buy_is_a_planned_purchase() -> None:
    a = _run(
        "Peru signed a memorandum of understanding to buy K2 tanks from South Korea on Monday.", published="2025-05-20"
    )
    [t] = _of_pair(a, "South Korea", "Peru")
    assert t.status == "planned"


# "X, for its part, signed a contract to buy": the aside's "for" is no particle of "sign"


def test_an_aside_for_its_part_leaves_the_signer_the_buyer() -> None:
    a = _run(
        "Oman, for its part, signed a contract to buy Bayraktar TB2 drones from Turkey, the ministry said.",
        published="2025-05-20",
    )
    [t] = _of_pair(a, "Turkey", "Oman")
    assert t.status == "planned"


def test_a_contract_for_goods_still_reads_its_particle() -> None:
    a = _run("Poland signed a contract for 96 Apache helicopters with the United States.", published="2025-05-20")
    [t] = _of_pair(a, "United States", "Poland")
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 96


# "..., the defence ministry said, part of a plan to buy 27 of them": the speaking body is the buyer's state


def test_a_bare_ministry_read_as_the_buyer_of_a_plan_is_its_state() -> None:
    a = _run(
        "Chile received the first four Leopard 2A4 tanks from Germany last month, the defence ministry said, "
        "part of a plan to buy 20 of them.",
        published="2025-05-20",
    )
    ts = _of_pair(a, "Germany", "Chile")
    assert {t.status for t in ts} == {"confirmed", "planned"}
    assert not [t for t in a.transfers if _name(t.recipient) not in ("Chile",)]


# "by the end of the year": a deadline dated by its year, not by the day the pledge was told


def test_a_pledge_by_the_end_of_the_year_is_dated_by_that_year() -> None:
    a = _run(
        "Norway will deliver two more NASAMS launchers to Ukraine by the end of the year, Defence Minister "
        "Tore Sandvik said on Wednesday.",
        published="2025-06-05",
    )
    [t] = _of_pair(a, "Norway", "Ukraine")
    assert t.status == "planned" and t.date == "2025"


def test_the_end_of_last_year_keeps_its_month() -> None:
    a = _run("Norway delivered two NASAMS launchers to Ukraine at the end of last year.", published="2025-06-05")
    [t] = _of_pair(a, "Norway", "Ukraine")
    assert t.date == "2024-12"


# "..., and a shipment of TB2 drones from Turkey arrived in March": the arrival's date is the shipment's


def test_a_shipment_arriving_in_a_month_takes_that_month_not_the_first_clause_s_year() -> None:
    a = _run(
        "Somalia's army received Bayraktar TB2 drones from Turkey in 2022, and a shipment of Wing Loong "
        "drones from China arrived in March.",
        published="2025-05-21",
    )
    [old] = _of_pair(a, "Turkey", "Somalia")
    [new] = _of_pair(a, "China", "Somalia")
    assert old.date == "2022" and new.date == "2025-03"


# "transport planes flew from A to B": a freighter on its own journey is no goods


def test_transport_planes_flying_between_bases_are_no_transfer_of_planes() -> None:
    a = _run(
        "At least four Il-76 and An-124 transport planes flew from the Hmeimim air base to Benghazi in January, "
        "flight-tracking data show.",
        published="2025-04-15",
    )
    assert not a.transfers


def test_transport_planes_handed_over_are_still_goods() -> None:
    a = _run("Russia delivered two Il-76 transport planes to Mali in December.", published="2025-04-15")
    [t] = _of_pair(a, "Russia", "Mali")
    assert t.items and t.items[0].category == "aircraft"


def test_cargo_planes_carrying_drones_still_move_the_drones() -> None:
    a = _run("Two cargo planes carrying drones flew from Iran to Russia in December.", published="2025-04-15")
    ts = _of_pair(a, "Iran", "Russia")
    assert ts and any(i.category == "drone" for t in ts for i in t.items)


# "to Libyan commander Khalifa Hifter": the adjective of a named leader's title names no party


def test_a_leader_s_title_adjective_is_no_goal_or_go_between() -> None:
    a = _run("Egypt sent armoured vehicles to eastern Libyan commander Khalifa Haftar in 2019.", published="2025-04-15")
    [t] = a.transfers
    assert _name(t.supplier) == "Egypt" and _name(t.recipient) == "Libyan National Army"
    assert not t.intermediaries


def test_a_president_s_title_adjective_still_gives_his_state() -> None:
    a = _run("Russian President Vladimir Putin agreed to send S-400 systems to India.", published="2025-04-15")
    [t] = _of_pair(a, "Russia", "India")
    assert t.status == "planned"


# "..., the navy said": a bare navy speaking of its state's receipt is that state (a party confirms)


def test_a_bare_navy_speaking_of_a_receipt_confirms_it() -> None:
    a = _run(
        "Indonesia received two Scorpene submarines from France last week, the navy said.",
        published="2025-04-22",
    )
    [t] = _of_pair(a, "France", "Indonesia")
    assert t.status == "confirmed"


# "India and France signed a deal for 26 Rafale-M jets": the seller among coordinated signers buys nothing


def test_the_maker_state_among_two_signers_is_the_seller_only() -> None:
    a = _run("Greece and France signed a contract for six Rafale fighter jets on Monday.", published="2025-05-20")
    assert [(_name(t.supplier), _name(t.recipient)) for t in a.transfers] == [("France", "Greece")]


def test_two_coordinated_givers_still_make_two_transfers() -> None:
    a = _run("Norway and Denmark will send F-16 jets to Ukraine, the two governments said.", published="2025-05-20")
    assert {_name(t.supplier) for t in a.transfers} == {"Norway", "Denmark"}


# "X has received Iranian missiles that were shipped to Oman and then smuggled into Yemen": the way in


def test_goods_received_through_a_relative_clause_journey_keep_the_receiver() -> None:
    a = _run(
        "Hezbollah has received Iranian rockets that were flown to Damascus and then trucked into Lebanon, "
        "Israeli officials said.",
        published="2025-05-21",
    )
    [t] = a.transfers
    assert _name(t.supplier) == "Iran" and _name(t.recipient) == "Hezbollah"
    assert [_name(p) for p in t.intermediaries] == ["Syria"]


def test_two_goods_before_the_relative_clause_ride_the_same_journey() -> None:
    a = _run(
        "The Houthis have received Iranian drones and missile parts that were shipped to Oman and then "
        "smuggled overland into Yemen, U.S. officials said.",
        published="2025-05-21",
    )
    [t] = a.transfers
    assert _name(t.recipient) == "Houthis" and [_name(p) for p in t.intermediaries] == ["Oman"]
    assert len(t.items) == 2


# "delivered 18 of the 24 IRIS-T systems it has pledged": the pledge counts the whole


def test_a_pledge_told_on_the_whole_counts_the_whole() -> None:
    a = _run(
        "Norway has so far delivered 10 of the 14 NASAMS launchers it has pledged to Ukraine, the defence "
        "ministry said.",
        published="2025-06-12",
    )
    counts = {t.status: t.items[0].quantity.value for t in _of_pair(a, "Norway", "Ukraine") if t.items[0].quantity}
    assert counts == {"confirmed": 10, "planned": 14}


# "ordered three Anka drones from Turkey in 2023, which arrived last month": an order and its arrival


def test_an_order_and_the_arrival_of_its_goods_are_two_records() -> None:
    a = _run(
        "Kazakhstan ordered two A400M transport aircraft from Spain in 2022, which arrived last month.",
        published="2025-06-12",
    )
    ts = {t.status: t for t in _of_pair(a, "Spain", "Kazakhstan")}
    assert set(ts) == {"planned", "reported"}
    assert ts["planned"].date == "2022" and ts["reported"].date == "2025-05"


def test_an_arrival_of_other_people_after_an_order_is_no_delivery() -> None:
    a = _run(
        "Malaysia ordered three Anka drones from Turkey in 2023, and its first pilots arrived last month.",
        published="2025-06-12",
    )
    assert [t.status for t in a.transfers] == ["planned"]


def test_a_year_before_a_relative_clause_is_no_count() -> None:
    a = _run("Oman bought four Anka drones from Turkey in 2023, which arrived last month.", published="2025-06-12")
    assert all(not i.quantity or i.quantity.value != 2023 for t in a.transfers for i in t.items)


# "Venezuela received six boats from Iran": a vessel taken by a receiving verb is the goods


def test_boats_received_are_the_goods() -> None:
    a = _run("Sri Lanka received two boats from Japan in 2023.", published="2025-06-12")
    [t] = _of_pair(a, "Japan", "Sri Lanka")
    assert t.items and t.items[0].category == "naval" and t.items[0].quantity is not None
    assert t.items[0].quantity.value == 2


def test_a_ship_carrying_drones_is_still_a_carrier() -> None:
    a = _run("Venezuela received a ship carrying drones from Iran in 2022.", published="2025-06-12")
    [t] = _of_pair(a, "Iran", "Venezuela")
    assert [i.category for i in t.items] == ["drone"]


# "Chad's territory was used to ship weapons to the RSF": the state lending its ground is a go-between


def test_a_state_whose_territory_is_used_is_a_go_between() -> None:
    a = _run("Niger's territory was used to ship weapons to Boko Haram, the panel said.", published="2025-04-15")
    [t] = a.transfers
    assert _name(t.supplier) is None and [_name(p) for p in t.intermediaries] == ["Niger"]


def test_a_state_letting_another_use_its_airports_is_a_go_between() -> None:
    a = _run("Chad let the UAE use its airports to supply the RSF with drones, the panel said.", published="2025-04-15")
    [t] = _of_pair(a, "United Arab Emirates", "Rapid Support Forces")
    assert [_name(p) for p in t.intermediaries] == ["Chad"]


def test_a_state_using_another_s_airspace_keeps_its_giver_role() -> None:
    a = _run("Iran used Iraqi airspace to fly weapons to Syria, officials said.", published="2025-04-15")
    [t] = _of_pair(a, "Iran", "Syria")
    assert [_name(p) for p in t.intermediaries] == ["Iraq"]


# "..., which has denied supplying the group with arms": the relative's subject denies its own act


def test_a_relative_denial_of_supplying_is_the_relative_s_subject_s() -> None:
    a = _run(
        "The Houthis are backed by Iran, which has denied supplying the group with missiles.",
        published="2025-04-15",
    )
    [t] = _of_pair(a, "Iran", "Houthis")
    assert t.status == "denied"


def test_a_relative_agreement_to_send_is_the_relative_s_subject_s() -> None:
    a = _run("Kyiv thanked Japan, which agreed to send 155mm shells to the United States.", published="2025-04-15")
    [t] = _of_pair(a, "Japan", "United States")
    assert t.status == "planned"
