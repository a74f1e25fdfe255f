"""English fixes from a blind batch of wire copy and analyses (Gulf, Asian and Sahel sales, aid to
Ukraine): a deal noun whose verb of purpose tells the act, a state's cabinet deciding a purchase, gear
taken to drills, a bare "allies" asked for goods, a fact "given" that is no goods, and an order told in
a bare relative clause on the goods delivered."""

from __future__ import annotations

from functools import partial

from tests.parties import name as _name
from tests.parties import pair as _pair

from materiel.model import Transfer
from materiel.pipeline import analyze_text

PUB = "2025-06-12"


_run = partial(analyze_text, lang="en", published=PUB)


def _quantity(t: Transfer) -> float | None:
    q = t.items[0].quantity if t.items else None
    return q.value if q is not None else None


# a deal noun whose infinitive of purpose tells the act ("signed a contract on Wednesday to buy")


def test_a_dated_contract_to_buy_with_a_speaker_gives_the_purchase() -> None:
    a = _run(
        "Egypt signed a contract on Tuesday to buy 30 more Rafale fighter jets from France, "
        "French Armed Forces Minister Sebastien Lecornu said."
    )
    [t] = a.transfers
    assert _pair(t) == ("France", "Egypt")
    assert t.status == "planned"
    assert t.date == "2025-06-10"
    assert _quantity(t) == 30


def test_a_deal_signed_last_week_to_acquire_helicopters_is_one_planned_purchase() -> None:
    a = _run(
        "Poland signed an agreement last week to acquire 96 AH-64E Apache helicopters from the United States, "
        "the defence ministry said."
    )
    [t] = a.transfers
    assert _pair(t) == ("United States", "Poland")
    assert t.status == "planned"
    assert _quantity(t) == 96


# a state's cabinet or parliament deciding a purchase stands for the state


def test_a_cabinet_approving_a_purchase_is_its_state_buying() -> None:
    a = _run(
        "Thailand's cabinet in August approved the purchase of four Gripen E/F fighters from Sweden, "
        "the Royal Thai Air Force said."
    )
    [t] = a.transfers
    assert _pair(t) == ("Sweden", "Thailand")
    assert t.status == "planned"
    assert t.date == "2024-08"
    assert _quantity(t) == 4


def test_a_parliament_approving_a_deal_to_buy_is_its_state_buying() -> None:
    a = _run("Slovakia's parliament on Tuesday approved a deal to buy 14 F-16 jets from the United States.")
    [t] = a.transfers
    assert _pair(t) == ("United States", "Slovakia")
    assert t.status == "planned"


# gear a force takes to drills (or brings back from them) stays its own


def test_a_launcher_flown_to_an_ally_for_an_exercise_is_no_transfer() -> None:
    a = _run(
        "The U.S. Marine Corps flew its NMESIS anti-ship missile launchers to an island in Okinawa "
        "prefecture for the Resolute Dragon exercise with Japanese troops. The launchers will be flown "
        "back to the United States when the drills end, a Marine spokesman said."
    )
    assert a.transfers == []


def test_bombers_sent_for_joint_exercises_are_no_transfer() -> None:
    a = _run("Russia sent two Tu-160 strategic bombers to Venezuela for joint exercises in December.")
    assert a.transfers == []


def test_goods_delivered_after_an_exercise_season_are_still_a_transfer() -> None:
    a = _run("Germany delivered 14 Leopard 2 tanks to Lithuania after the exercise season ended.")
    [t] = a.transfers
    assert _pair(t) == ("Germany", "Lithuania")


# a bare plural asked for goods ("asked allies for") is an unnamed group, no party borrowed


def test_allies_asked_for_patriots_borrow_no_supplier_from_the_sentence_before() -> None:
    a = _run(
        "Norway said it had finished delivering all six of the F-16 jets it had promised to Kyiv. "
        "Ukraine's Defence Minister Denys Shmyhal welcomed the news but asked allies for at least 10 more "
        "Patriot systems."
    )
    [asked] = [t for t in a.transfers if t.status == "requested"]
    assert _name(asked.supplier) is None
    assert _name(asked.recipient) == "Ukraine"
    assert [t for t in a.transfers if _pair(t) == ("Norway", "Ukraine")]


# "without giving a date for the remaining jets": a fact given is no goods


def test_a_date_given_for_goods_is_no_transfer_of_its_own() -> None:
    a = _run(
        "Vietnam received six Yak-130 trainers from Russia in March. "
        "Malaysia has received its first FA-50 light combat aircraft from South Korea, a Malaysian "
        "defence official said, without giving a date for the remaining jets."
    )
    assert {_pair(t) for t in a.transfers} == {("Russia", "Vietnam"), ("South Korea", "Malaysia")}


def test_an_official_giving_no_figure_for_shells_tells_only_the_shells_delivery() -> None:
    a = _run("Officials did not give a figure for the shells delivered to Russia by North Korea last year.")
    [t] = a.transfers
    assert _pair(t) == ("North Korea", "Russia")


# an order told in a bare relative clause on the goods delivered ("the first of 18 jets it ordered in 2023")


def test_the_first_of_the_jets_it_ordered_tells_the_order_apart() -> None:
    a = _run("The Philippines received the first two of 12 FA-50 fighters it ordered from South Korea in 2025.")
    got = sorted(a.transfers, key=lambda t: t.status)
    assert [_pair(t) for t in got] == [("South Korea", "Philippines")] * 2
    order, delivery = got
    assert order.status == "planned"
    assert order.date == "2025"
    assert _quantity(order) == 12
    assert delivery.date is None
    assert _quantity(delivery) == 2


# "Iran has supplied it with drones": "it" receiving from a named giver is the party just told of


def test_it_supplied_with_goods_is_the_party_the_sentence_before_was_about() -> None:
    a = _run(
        "Rebels in Darfur have received weapons from abroad, the panel said. Armenia has turned away from "
        "Moscow for its weapons. India has supplied it with Pinaka rocket launchers, officials say."
    )
    [t] = [t for t in a.transfers if _name(t.supplier) == "India"]
    assert _name(t.recipient) == "Armenia"


def test_it_as_the_receiver_of_a_sale_is_the_party_just_named() -> None:
    a = _run("Myanmar's junta has few friends left. China sold it two submarines in 2021.")
    [t] = a.transfers
    assert _pair(t) == ("China", "Myanmar")
    assert t.date == "2021"


def test_goods_a_giver_fits_to_its_own_build_are_no_transfer() -> None:
    a = _run("Iran built a new drone and supplied it with Chinese engines.")
    assert not [t for t in a.transfers if _name(t.recipient) == "Iran"]


# the carrier a sentence names is not the cargo a later sentence speaks of


def test_the_cargo_after_freighters_were_named_is_not_the_freighters() -> None:
    a = _run(
        "Investigators tracked a dozen flights by Il-76 freighters that landed in Benghazi last year. "
        "From there, the cargo was trucked south to Wagner units in Sudan, they said."
    )
    assert not [it for t in a.transfers for it in t.items if "Il-76" in it.text]


# "in that period": a time said again by pointing back to the sentence before


def test_shells_shipped_in_that_period_take_the_period_of_the_sentence_before() -> None:
    a = _run(
        "Iran has sent Russia more than 300 Fath-360 missiles since the spring of 2024, Ukrainian "
        "intelligence said.\n\nThe agency also said Tehran had shipped about a million rounds of "
        "artillery ammunition over the same period."
    )
    [shells] = [t for t in a.transfers if any(it.category == "artillery-ammunition" for it in t.items)]
    assert _pair(shells) == ("Iran", "Russia")
    assert shells.date is not None and shells.date.startswith("2024")


# "according to German government figures": a state's own records speak for it


def test_a_suppliers_government_figures_confirm_its_deliveries() -> None:
    a = _run("Seoul has delivered 180 K2 tanks to Poland since 2022, according to South Korean government data.")
    [t] = a.transfers
    assert _pair(t) == ("South Korea", "Poland")
    assert t.status == "confirmed"


def test_a_third_partys_intelligence_figures_only_report_the_deliveries() -> None:
    a = _run("Russia has received 3 million shells from North Korea, according to Ukrainian intelligence figures.")
    [t] = a.transfers
    assert _pair(t) == ("North Korea", "Russia")
    assert t.status == "reported"


# "is in talks with China to buy": a purchase still being talked over is planned


def test_a_purchase_in_talks_is_planned() -> None:
    a = _run("Egypt is in talks with China to buy J-10C fighter jets, according to people familiar with the matter.")
    [t] = a.transfers
    assert _pair(t) == ("China", "Egypt")
    assert t.status == "planned"


def test_a_purchase_done_beside_talks_on_more_stays_told_as_done() -> None:
    a = _run("Indonesia bought 42 Rafale jets from France in 2022 and is in talks on more.")
    [t] = a.transfers
    assert t.status == "reported"
    assert t.date == "2022"


# "under a 2015 deal for eight boats": the count of a plain noun after the deal's "for" is the order's


def test_a_deal_for_a_counted_plain_noun_gives_the_order_its_count() -> None:
    a = _run("Pakistan has received two more Hangor-class submarines from China under a 2015 deal for eight boats.")
    got = sorted(a.transfers, key=lambda t: t.status)
    assert [(_pair(t), t.status) for t in got] == [
        (("China", "Pakistan"), "planned"),
        (("China", "Pakistan"), "reported"),
    ]
    assert _quantity(got[0]) == 8
    assert got[0].date == "2015"
    assert _quantity(got[1]) == 2


def test_a_deal_for_a_span_of_years_counts_no_goods() -> None:
    a = _run("Egypt received two more Rafale jets from France under a contract for ten years.")
    assert not [t for t in a.transfers if _quantity(t) == 10]


# goods with a participle aside telling an earlier handing of theirs ("The rifles, supplied by ... to ...,
# were sold by ...")


def test_diverted_rifles_tell_the_first_supply_and_the_later_sale() -> None:
    a = _run(
        "The rifles, originally supplied by the United States to the Afghan army, were sold by the Taliban "
        "to militants in Pakistan, officials said."
    )
    assert {_pair(t) for t in a.transfers} == {("United States", "Afghanistan"), ("Taliban", "Pakistan")}
    assert all(t.items for t in a.transfers)


def test_jets_bought_in_an_aside_were_bought_by_their_later_giver_in_the_asides_year() -> None:
    a = _run("The Mirage jets, bought from France in 2016, were later handed to Egypt by Qatar.")
    got = {_pair(t): t for t in a.transfers}
    assert set(got) == {("France", "Qatar"), ("Qatar", "Egypt")}
    assert got[("France", "Qatar")].date == "2016"
    assert got[("Qatar", "Egypt")].date is None


# a state's opponents do not speak for it: "the Belarusian opposition group Hajun said"


def test_an_opposition_group_of_the_supplier_only_reports_its_deliveries() -> None:
    a = _run(
        "Belarus has transferred at least 130 railcars of ammunition to Russia since the start of the war, "
        "the Belarusian opposition monitoring group Hajun said."
    )
    [t] = a.transfers
    assert _pair(t) == ("Belarus", "Russia")
    assert t.status == "reported"


def test_the_suppliers_own_ministry_still_confirms_its_deliveries() -> None:
    a = _run("Belarus has sent artillery ammunition to Russia, Belarus's defence ministry said.")
    [t] = a.transfers
    assert t.status == "confirmed"


# bare "state television reported": the state press of the state the sentence is about


def test_bare_state_television_of_the_receiver_confirms_its_delivery() -> None:
    a = _run(
        "Niger received a second batch of Bayraktar TB2 drones from Turkey last month, state television "
        "reported, showing the aircraft at an air base in Niamey."
    )
    [t] = a.transfers
    assert _pair(t) == ("Turkey", "Niger")
    assert t.status == "confirmed"
    assert t.date == "2025-05"


def test_bare_state_media_of_a_seizing_state_confirm_no_one_elses_transfer() -> None:
    a = _run("Israel intercepted drones sent by Iran to Hezbollah, state media reported.")
    [t] = a.transfers
    assert _pair(t) == ("Iran", "Hezbollah")
    assert t.status != "confirmed"


def test_another_states_media_only_report_the_delivery() -> None:
    a = _run("Mali took delivery of two Akinci drones from Turkey, Russian state media reported.")
    [t] = a.transfers
    assert t.status == "reported"


# "The drones, supplied by Iran, were used by Russia": the passive user of goods given in an aside


def test_the_passive_user_of_goods_supplied_in_an_aside_received_them() -> None:
    a = _run("The missiles, supplied by North Korea, were fired by Russian troops at Kharkiv last week.")
    [t] = a.transfers
    assert _pair(t) == ("North Korea", "Russia")


def test_goods_shot_down_by_the_defender_were_not_given_to_it() -> None:
    a = _run("The drones, supplied by Iran, were shot down by Ukraine's air force over Odesa.")
    assert not [t for t in a.transfers if _name(t.recipient) == "Ukraine"]


def test_goods_made_at_home_and_fired_are_no_transfer() -> None:
    a = _run("The shells, produced in Russia, were fired by Russian troops at Kharkiv.")
    assert a.transfers == []
