"""English fixes from a blind batch of wire stories, briefs columns and a live page (Ukraine,
Sudan, Myanmar, Ethiopia, Venezuela, the Sahel, South Asia): a dateline filed from two bureaus
("PORT SUDAN/NAIROBI, Jan 22 (Reuters) -"), an outlet named after a country ("Myanmar Now
reported") taken for that state speaking, a maker's model number ("two Bell 412 helicopters") read
as the count, a purchase a modal makes hang on an "if" clause, goods "it acquired from Turkey" in a
relative clause on the object of "put on display", goods that "ended up with" a group, a state that
"will finance" goods for another, and the headings of a live page's entries or a briefs column's items
read as headlines of the entry below them."""

from __future__ import annotations

from functools import partial

from tests.parties import name, only, pair, pairs, transfers

PUB = "2025-01-22"


_run = partial(transfers, lang="en", published=PUB)
_pairs = partial(pairs, lang="en", published=PUB)
_only = partial(only, lang="en", published=PUB)


# a dateline filed from two bureaus names two places the story was written in, no parties


def test_both_cities_of_a_slash_dateline_are_no_parties() -> None:
    text = (
        "ISLAMABAD/NEW DELHI, May 3 (Reuters) - Pakistan received 20 J-10C jets from China last year, "
        "two officials said."
    )
    assert _pairs(text) == {("China", "Pakistan")}


def test_a_slash_in_the_body_is_no_dateline() -> None:
    text = "Poland sent Ukraine 40 tanks in May, the agency's Kyiv/Warsaw desk reported."
    assert _pairs(text) == {("Poland", "Ukraine")}


# an outlet whose name opens with a country's speaks for no state


def test_an_outlet_named_after_a_country_is_no_confirming_party() -> None:
    text = "Myanmar received four Yak-130 jets from Russia last month, the news site Myanmar Now reported."
    t = _only(text)
    assert (name(t.supplier), t.status) == ("Russia", "reported")


def test_a_title_case_headline_keeps_its_country() -> None:
    text = "Ukraine Now Has Swedish Jets\n\nUkraine received two Gripen jets from Sweden on Monday, Kyiv said."
    assert ("Sweden", "Ukraine") in _pairs(text)


# a maker's model number is no count


def test_a_model_number_after_a_makers_name_is_no_count() -> None:
    t = _only("Nigeria's air force received two Bell 412 helicopters from the United States in March.")
    assert [i.quantity.value if i.quantity else None for i in t.items] == [2]


def test_a_count_after_a_recipients_name_stays_a_count() -> None:
    t = _only("Iran sent Russia 200 drones in May, US officials said.")
    assert [i.quantity.value if i.quantity else None for i in t.items] == [200]


# an act a modal makes hang on an "if" clause is a hypothesis


def test_a_purchase_that_could_happen_if_money_were_found_is_none() -> None:
    text = "Mali, Niger and Burkina Faso said they could pool their purchases of combat aircraft if funds allowed."
    assert _run(text) == []


def test_a_planned_delivery_on_a_condition_stays_planned() -> None:
    t = _only("Germany will send 20 Leopard tanks to Ukraine if parliament approves the budget.")
    assert t.status == "planned"


def test_a_hedge_on_whether_reports_hold_keeps_the_act() -> None:
    assert _pairs("Iran may be sending drones to Russia if the reports are true, officials said.") == {
        ("Iran", "Russia")
    }


# goods a relative clause tells "it" acquired, on what the subject put on display


def test_goods_it_acquired_on_the_object_of_put_on_display() -> None:
    text = "Kenya's army on Friday put on public display four Otokar Arma vehicles it acquired from Turkey last year."
    assert _pairs(text) == {("Turkey", "Kenya")}


# goods that "ended up with" a group reached it


def test_rifles_that_ended_up_with_guerrillas_reached_them() -> None:
    text = "Colombian officials said some Venezuelan army rifles had ended up with ELN guerrillas."
    t = _only(text)
    assert pair(t) == (
        "Venezuela",
        "National Liberation Army (Colombia)",
    )


def test_ending_up_with_goods_of_ones_own_is_no_transfer() -> None:
    assert _run("Kenya's army ended up with ten old tanks after the budget cuts.") == []


# a state paying for goods for another, no seller named, supplies them


def test_a_state_that_will_finance_units_for_another_supplies_them() -> None:
    t = _only("Denmark will finance three more NASAMS fire units for Ukraine, the minister said.")
    assert (*pair(t), t.status) == (
        "Denmark",
        "Ukraine",
        "planned",
    )


def test_financing_the_production_of_drones_moves_no_goods() -> None:
    assert _run("Berlin will finance the production of long-range drones by Ukrainian firms.") == []


# the heading of a live page's entry or a briefs item is the headline of the entry under it


def test_a_live_entry_heading_joins_the_entry_it_heads() -> None:
    text = (
        "Ukraine war live\n\n"
        "09:40 GMT - Kremlin shrugs off aid\n\n"
        "Kremlin spokesman Dmitry Peskov said new Western weapons would change nothing.\n\n"
        "10:02 GMT - Zelenskiy wants more Patriots\n\n"
        "President Volodymyr Zelenskiy said Kyiv had asked Berlin for three more Patriot systems.\n"
    )
    assert [name(t.supplier) for t in _run(text)] == ["Germany"]


def test_a_briefs_heading_word_gives_way_to_the_goods_below() -> None:
    text = (
        "Defence briefs\n\n"
        "Nepal army gets new Indian helicopters\n\n"
        "Nepal's army took delivery of two Dhruv helicopters from India on Monday, the army said.\n\n"
        "Sri Lanka navy gets Indian patrol plane\n\n"
        "Sri Lanka's navy took delivery of a Dornier 228 maritime patrol aircraft gifted by India on Monday.\n"
    )
    lanka = [t for t in _run(text) if name(t.recipient) == "Sri Lanka"]
    assert [[i.text for i in t.items] for t in lanka] == [["maritime patrol aircraft"]]


def test_a_patrol_plane_is_an_aircraft() -> None:
    t = _only("Sri Lanka's navy received a maritime patrol plane from India on Monday.")
    assert [i.category for i in t.items] == ["aircraft"]


# a carrier's legs hung on the goods a lot noun's "of" names


def test_a_ship_that_carried_a_batch_of_airframes_between_ports() -> None:
    text = (
        "A tanker carried a batch of Shahed drone airframes from Iran's Amirabad port to Makhachkala "
        "late last month, the navy said."
    )
    assert _pairs(text) == {("Iran", "Russia")}


def test_a_ship_carrying_a_batch_of_containers_names_no_transfer() -> None:
    assert _run("A cargo ship carried a batch of empty containers from Bandar Anzali to Astrakhan in March.") == []


def test_a_headings_payer_gives_the_goods_its_entry_has_it_fund() -> None:
    text = (
        "Ukraine war live\n\n"
        "08:15 GMT - Kremlin shrugs off aid\n\n"
        "Kremlin spokesman Dmitry Peskov said new Western weapons would change nothing.\n\n"
        "09:12 GMT - Denmark to pay for more IRIS-T\n\n"
        "Denmark will finance two more IRIS-T fire units for Ukraine, the defence minister said on Monday.\n"
    )
    assert {pair(t) for t in _run(text)} == {("Denmark", "Ukraine")}


def test_a_headline_buyer_keeps_its_purchase() -> None:
    text = "Poland to pay for more K2 tanks\n\nPoland will pay South Korea for 180 more K2 tanks, Warsaw said.\n"
    assert ("South Korea", "Poland") in {pair(t) for t in _run(text)}
