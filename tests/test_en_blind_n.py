"""English fixes from a blind batch of export-control releases, field reports and wire copy: a firm's
name after "<city>-based", a hedging source coordinated with a deed told on its own, "the air force
said" for the receiving state, and goods whose make a later sentence tells."""

from __future__ import annotations

from functools import partial

from tests.parties import name as _name
from tests.parties import of_pair as _of_pair
from tests.parties import via as _via

from materiel.pipeline import analyze_text

PUB = "2025-08-01"


_run = partial(analyze_text, lang="en", published=PUB)


# a firm's name after "<city>-based": the city's state acts through it, whatever NER made of the name


def test_a_firm_seated_in_istanbul_supplies_for_turkey() -> None:
    a = _run("Istanbul-based Koral Dis Ticaret supplied ball bearings to Russian arms makers in 2023, OFAC said.")
    [t] = _of_pair(a, "Turkey", "Russia")
    assert t.date == "2023" and t.items[0].category == "components"


def test_a_firm_seated_in_almaty_that_ner_misses_supplies_for_kazakhstan() -> None:
    a = _run("Almaty-based Steppe Trading sold microelectronics to a Russian defence firm in 2024, the ministry said.")
    [t] = _of_pair(a, "Kazakhstan", "Russia")
    assert t.items[0].category == "components"


def test_a_seated_firms_name_is_no_goods() -> None:
    a = _run(
        "Shenzhen-based Tordan Electronics shipped 400 navigation modules to Iran in 2023, according to the indictment."
    )
    [t] = _of_pair(a, "China", "Iran")
    assert [i.text for i in t.items] == ["navigation modules"]
    assert t.status == "alleged"


def test_a_headlines_capitalised_based_takes_no_firm() -> None:
    a = _run("Moscow-Based Firm Shipped Chips To Iran, US Says\n\nThe firm sent 300 chips to Iran in 2024.")
    assert all(_name(t.supplier) != "Moscow-Based Firm" for t in a.transfers)


# a hedging source coordinated with a deed told on its own hedges only its own clause


def test_analysts_belief_after_a_ministrys_word_hedges_only_the_second_deed() -> None:
    a = _run(
        "Egypt took delivery of 12 Rafale jets from France in June, the defence ministry said, and Western "
        "diplomats believe Cairo also received Chinese J-10C fighters."
    )
    [rafale] = _of_pair(a, "France", "Egypt")
    [j10] = _of_pair(a, "China", "Egypt")
    assert rafale.status == "confirmed" and rafale.date == "2025-06"
    assert j10.status == "alleged"


def test_a_believed_third_ship_leaves_the_told_delivery_confirmed() -> None:
    a = _run(
        "The Philippine navy took delivery of two corvettes from South Korea in March, the navy said, and "
        "analysts believe a third ship will follow next year."
    )
    delivered = [t for t in _of_pair(a, "South Korea", "Philippines") if t.date == "2025-03"]
    assert [t.status for t in delivered] == ["confirmed"]


# "the air force said": the receiving state's air force speaks as its army or navy does


def test_the_air_force_of_the_receiver_confirms_its_delivery() -> None:
    a = _run("Ghana's air force has taken delivery of two Z-9 helicopters from China, the air force said on Monday.")
    [t] = _of_pair(a, "China", "Ghana")
    assert t.status == "confirmed" and t.date == "2025-07"


def test_an_air_force_spokesman_of_the_receiver_confirms_its_delivery() -> None:
    a = _run("Kenya's air force received three Bayraktar TB2 drones from Turkey in May, the air force said.")
    [t] = _of_pair(a, "Turkey", "Kenya")
    assert t.status == "confirmed"


# the sentence after tells the make of goods a hub passed on


def test_goods_made_in_a_state_told_after_name_the_supplier() -> None:
    a = _run(
        "A Turkish company sold drone engines to Iran in 2024, the Treasury said. The engines were made in "
        "Germany, according to export records."
    )
    [t] = _of_pair(a, "Germany", "Iran")
    assert _via(t) == {"Turkey"} and t.date == "2024"


def test_chips_told_after_microchips_take_their_make() -> None:
    a = _run(
        "A Hong Kong firm shipped 2,000 microchips to Russia in 2023. The chips were manufactured in the "
        "United States, investigators said."
    )
    [t] = _of_pair(a, "United States", "Russia")
    assert _via(t) == {"Hong Kong"} and t.items[0].quantity is not None and t.items[0].quantity.value == 2000


def test_a_make_told_after_other_goods_changes_nothing() -> None:
    a = _run("A Hong Kong firm shipped drone engines to Russia in 2023. The tanks were built in Germany.")
    assert not _of_pair(a, "Germany", "Russia")
    assert _of_pair(a, "Hong Kong", "Russia")


# goods after "manufacturers of" say what the receiver makes, not what it was sent


def test_goods_a_receiving_maker_makes_are_not_sent() -> None:
    a = _run(
        "Since 2023 a Kazakh trading house has delivered Chinese-made servo motors to Russian manufacturers of "
        "Lancet and Orlan-10 drones, the Council said."
    )
    [t] = _of_pair(a, "China", "Russia")
    assert {i.category for i in t.items} == {"components"}
    assert _via(t) == {"Kazakhstan"}


def test_goods_sent_to_a_drone_maker_are_the_sent_ones() -> None:
    a = _run("Iran shipped 200 engines to a Russian producer of Geran-2 drones in 2024, Kyiv said.")
    [t] = _of_pair(a, "Iran", "Russia")
    assert [i.category for i in t.items] == ["components"]


# the Democratic Republic of Congo as the wires write it, its and Burundi's adjectives, and "troops"


def test_the_democratic_republic_of_congo_is_not_the_republic_of_the_congo() -> None:
    a = _run("The Democratic Republic of Congo received three CH-4 drones from China in 2023, UN experts said.")
    [t] = _of_pair(a, "China", "Democratic Republic of the Congo")
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 3


def test_the_congolese_army_supplies_burundian_troops() -> None:
    a = _run("The Congolese army supplied ammunition to Burundian troops deployed in South Kivu, the UN experts said.")
    [t] = _of_pair(a, "Democratic Republic of the Congo", "Burundi")
    assert t.items[0].category == "ammunition" and t.status == "reported"


def test_goods_handed_to_a_states_troops_go_to_that_state() -> None:
    a = _run("Uganda delivered rifles to Rwandan troops in 2024, the report said.")
    [t] = _of_pair(a, "Uganda", "Rwanda")
    assert t.date == "2024"


# a last leg with no verb of its own: "to Kazakhstan, and then onward to Russia"


def test_goods_sent_on_after_a_stop_go_to_the_last_receiver() -> None:
    a = _run(
        "Swiss-made navigation modules were shipped from a wholesaler in Lithuania to a trading firm in "
        "Kazakhstan, and then onward to Russia, investigators said."
    )
    [t] = _of_pair(a, "Switzerland", "Russia")
    assert _via(t) == {"Lithuania", "Kazakhstan"}
    assert not _of_pair(a, "Switzerland", "Kazakhstan")


def test_then_on_to_makes_the_first_receiver_a_stop() -> None:
    a = _run("The microchips were sent from Hong Kong to the United Arab Emirates and then on to Iran in 2024.")
    [t] = _of_pair(a, "Hong Kong", "Iran")
    assert _via(t) == {"United Arab Emirates"} and t.date == "2024"


def test_two_receivers_without_a_next_leg_stay_two() -> None:
    a = _run("Germany sent howitzers to Poland and to Ukraine in 2024.")
    assert not any(_via(t) for t in a.transfers)
    assert _of_pair(a, "Germany", "Ukraine")


def test_a_route_through_a_country_after_the_receiver_keeps_the_receiver() -> None:
    a = _run(
        "Israel said Iran had smuggled rockets to Hezbollah last year, using trucks that cross from Iraq into "
        "Syria and then into Lebanon."
    )
    assert _of_pair(a, "Iran", "Hezbollah")
    assert not _of_pair(a, "Iran", "Lebanon")


# goods arriving with no receiver beside an act whose receiver the sentence names


def test_goods_arriving_beside_a_delivery_arrive_at_its_receiver() -> None:
    a = _run(
        "Bangladesh approved a deal for 20 J-10CE jets from China. Myanmar took delivery of two Su-30SME "
        "fighters from Russia in December, state media said, and analysts believe a batch of K-8 trainers from "
        "China arrived at Meiktila air base the same month."
    )
    [k8] = [t for t in a.transfers if t.items and t.items[0].text.startswith("K-8")]
    assert (_name(k8.supplier), _name(k8.recipient)) == ("China", "Myanmar")
    assert k8.status == "alleged" and k8.date == "2024-12"


def test_goods_arriving_at_a_named_receiver_keep_it() -> None:
    a = _run("Serbia received FK-3 batteries from China in April, and more drones arrived in Hungary in May.")
    assert not any(_name(t.recipient) == "Serbia" and t.date == "2025-05" for t in a.transfers)


# calibres listed between a measure and its goods


def test_rounds_of_two_calibres_are_one_counted_item() -> None:
    a = _run(
        "North Korea shipped at least 12 million rounds of 152mm and 122mm artillery ammunition to Russia "
        "between August 2023 and mid-2025, the report estimates."
    )
    [t] = _of_pair(a, "North Korea", "Russia")
    [it] = t.items
    assert it.category == "artillery-ammunition"
    assert it.quantity is not None and it.quantity.value == 12_000_000
    assert t.date == "2023-08" and t.status == "alleged"


# a make told on the goods when the parse leaves the goods off the act ("were found to have been shipped")


def test_swiss_made_goods_found_to_have_been_shipped_come_from_switzerland() -> None:
    a = _run(
        "Swiss-made navigation modules were found to have been shipped from a distributor in Lithuania to a "
        "trading firm in Kazakhstan, and then onward to Russia, CAR said."
    )
    [t] = _of_pair(a, "Switzerland", "Russia")
    assert _via(t) == {"Lithuania", "Kazakhstan"}


# an act told a span of time before the dated one ("four years after Jakarta signed a contract")


def test_a_contract_signed_years_before_a_delivery_takes_not_its_day() -> None:
    a = _run(
        "Indonesia's air force received its first three Rafale jets from France on Monday, more than four years "
        "after Jakarta signed a contract for 42 of the aircraft, the defence ministry said."
    )
    dates = {t.status: t.date for t in _of_pair(a, "France", "Indonesia")}
    assert dates == {"confirmed": "2025-07-28", "planned": None}


def test_a_pledge_years_before_an_arrival_keeps_its_own_date() -> None:
    a = _run(
        "Ukraine received the first F-16 jets from Denmark in July, two years after Denmark pledged them in "
        "August 2023."
    )
    dates = {t.status: t.date for t in _of_pair(a, "Denmark", "Ukraine")}
    assert dates.get("planned") == "2023-08" and dates.get("reported") == "2025-07"


# a bare "President <name>" in a wire filed from the receiver's capital speaks for it


def test_the_home_president_in_a_wire_from_asuncion_confirms_a_delivery() -> None:
    a = _run(
        "ASUNCION, July 30 - Paraguay's air force received two A-29 Super Tucano aircraft from Brazil, "
        "President Santiago Pena said on Wednesday."
    )
    assert [t.status for t in _of_pair(a, "Brazil", "Paraguay")] == ["confirmed"]


def test_the_home_president_on_two_other_states_confirms_nothing() -> None:
    a = _run(
        "ASUNCION, July 30 - Brazil delivered two A-29 Super Tucano aircraft to Bolivia, President Santiago "
        "Pena said on Wednesday."
    )
    assert [t.status for t in _of_pair(a, "Brazil", "Bolivia")] == ["reported"]


# a count of lots ("one batch of", "two tranches of") is no count of the goods


def test_one_batch_of_goods_counts_no_goods() -> None:
    a = _run("Iran sent one batch of drones to Russia in May, Ukrainian intelligence said.")
    [t] = _of_pair(a, "Iran", "Russia")
    assert t.items[0].quantity is None or t.items[0].quantity.value != 1


def test_the_count_after_a_batch_counts_the_goods() -> None:
    a = _run("Germany delivered the second tranche of 40 Leopard tanks to Ukraine in March.")
    [t] = _of_pair(a, "Germany", "Ukraine")
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 40


# the next leg told in a "before" clause ("shipped to Armenia before they were re-exported to Russia")


def test_a_re_export_in_a_before_clause_makes_the_first_receiver_a_stop() -> None:
    a = _run("The defendants shipped 3,000 microchips to Armenia before they were re-exported to Russia in 2023.")
    assert not [t for t in a.transfers if _name(t.recipient) == "Armenia"]
    [t] = [t for t in a.transfers if _name(t.recipient) == "Russia"]
    assert _via(t) == {"Armenia"}


def test_a_before_clause_of_another_kind_leaves_the_receiver() -> None:
    a = _run("Germany sent 20 tanks to Poland in May before the election.")
    assert _of_pair(a, "Germany", "Poland")


# a bare month of a time to come is the next one after the publication


def test_lots_due_by_a_month_fall_after_the_publication() -> None:
    a = analyze_text(
        "Nigeria received two M-346 jets from Italy on Saturday. Four more are due by the end of March, the air "
        "force said.",
        lang="en",
        published="2025-11-04",
    )
    dates = sorted(t.date or "" for t in _of_pair(a, "Italy", "Nigeria"))
    assert dates == ["2025-11-01", "2026-03"]


def test_a_month_said_of_a_promise_stays_before_the_publication() -> None:
    a = analyze_text("Italy said in March it would deliver four jets to Nigeria.", lang="en", published="2025-11-04")
    [t] = _of_pair(a, "Italy", "Nigeria")
    assert t.date == "2025-03" and t.status == "planned"


# parts the lexicon lacked: avionics equipment, drone motors


def test_avionics_equipment_and_drone_motors_are_components() -> None:
    a = _run(
        "Shenzhen-based Huaxin Technology exported drone motors and avionics equipment to Iran in 2023, "
        "according to the indictment."
    )
    [t] = _of_pair(a, "China", "Iran")
    assert {i.text: i.category for i in t.items} == {"drone motors": "components", "avionics equipment": "components"}
