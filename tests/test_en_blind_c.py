"""English constructions a blind batch of wire and analysis pieces (Sahel, Red Sea, Myanmar, Korean
exports) showed missed: goods a party is awaiting ("is awaiting the first of four frigates from
Germany") and an awaited decision that moves nothing, a boarding that intercepts a shipment (its
origin is the boarders' inference), and a sentence-opening "In <state>," that names where the goods
of a supply verb go ("In Myanmar, Russia sells the fighters")."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name as _name
from tests.parties import one, pairs, transfers

PUB = "2025-07-10"


_run = partial(transfers, lang="en", published=PUB)
_pairs = partial(pairs, lang="en", published=PUB)
_one = partial(one, lang="en", published=PUB)


# --- goods awaited are planned ---


def test_awaiting_goods_from_a_supplier_is_planned() -> None:
    t = _one("Egypt is awaiting the first of four Rafale fighters from France, officials said.", "France", "Egypt")
    assert t.status == "planned"
    assert [i.text for i in t.items] == ["Rafale fighters"]


def test_awaiting_beside_a_delivery_keeps_both_acts() -> None:
    text = (
        "Egypt received Rafale jets from France in 2021 and is awaiting the first of four MEKO frigates "
        "from Germany, which officials expect next year."
    )
    assert _pairs(text) == {("France", "Egypt"), ("Germany", "Egypt")}
    assert _one(text, "France", "Egypt").date == "2021"
    frigates = _one(text, "Germany", "Egypt")
    assert frigates.status == "planned"
    assert frigates.date == "2026"


def test_awaits_delivery_of_ordered_goods() -> None:
    t = _one("Vietnam still awaits delivery of the T-90S tanks it ordered from Russia in 2017.", "Russia", "Vietnam")
    assert t.status == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine awaits a decision from Germany on Taurus missiles.",
        "Kyiv is still awaiting an answer from Berlin on Taurus cruise missiles, officials said.",
    ],
)
def test_an_awaited_decision_moves_no_goods(text: str) -> None:
    assert _run(text) == []


# --- a boarding intercepts a shipment ---


def test_boarded_vessel_carrying_goods_is_alleged() -> None:
    text = (
        "In March, U.S. forces boarded a vessel in the Gulf of Aden that was carrying Iranian-made drone "
        "parts to the Houthis, the Pentagon said."
    )
    t = _one(text, "Iran", "Houthis")
    assert t.status == "alleged"
    assert t.date == "2025-03"


# --- a fronted "In <state>," is where a supply verb's goods go ---


def test_fronted_scene_is_the_recipient_of_both_suppliers() -> None:
    text = "In Myanmar, Russia sells the fighters and helicopters, while China supplies the armoured vehicles."
    assert _pairs(text) == {("Russia", "Myanmar"), ("China", "Myanmar")}
    assert {i.text for i in _one(text, "Russia", "Myanmar").items} == {"fighters", "helicopters"}
    assert _one(text, "China", "Myanmar").status == "reported"


def test_fronted_scene_before_an_opening_clause() -> None:
    text = "In Venezuela, the picture is similar: Russia sells the jets, while China provides the radars."
    assert _pairs(text) == {("Russia", "Venezuela"), ("China", "Venezuela")}


def test_fronted_city_of_a_speech_is_no_recipient() -> None:
    assert _run("In Moscow, officials said Iran supplies drones.") == []


def test_fronted_scene_with_a_hedge() -> None:
    t = _one("In Sudan, Iran supplies the drones, analysts say.", "Iran", "Sudan")
    assert [i.text for i in t.items] == ["drones"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb's own "to" keeps the recipient
        (
            "In Libya, the UAE has supplied Pantsir systems to Haftar.",
            {("United Arab Emirates", "Libyan National Army")},
        ),
        # a year or a statement opening the sentence names no recipient
        ("In 2023, Russia sold Su-35 jets to Iran.", {("Russia", "Iran")}),
        ("In March, China supplied drones.", set()),
    ],
)
def test_fronted_phrase_that_is_no_scene(text: str, expected: set[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


# --- the one who ordered goods another delivers receives them ---


@pytest.mark.parametrize(
    ("text", "supplier", "recipient", "item"),
    [
        ("Germany delivered the Leopard tanks that Ukraine had requested.", "Germany", "Ukraine", "Leopard tanks"),
        ("South Korea delivered the K2 tanks that Poland bought in 2022.", "South Korea", "Poland", "K2 tanks"),
        (
            "Russia delivered the last four of the six Su-30SME fighters that Myanmar ordered in 2018.",
            "Russia",
            "Myanmar",
            "Su-30SME fighters",
        ),
    ],
)
def test_buyer_in_a_relative_clause_on_delivered_goods(text: str, supplier: str, recipient: str, item: str) -> None:
    # (the buyer's order or request the clause tells is a record of its own: see test_en_same_pair)
    [t] = [t for t in _run(text) if (_name(t.supplier), _name(t.recipient)) == (supplier, recipient)
           and t.status == "reported"]  # fmt: skip
    assert [i.text for i in t.items] == [item]
    assert t.status == "reported"
    # the year in the clause dates the order, not the delivery
    assert t.date is None


def test_delivery_date_outside_the_relative_deal_clause() -> None:
    text = "In December, Russia delivered the last four of the six Su-30SME fighters that Myanmar ordered in 2018."
    # (the order of 2018 is a record of its own: see test_en_same_pair)
    [t] = [t for t in _run(text) if _name(t.supplier) == "Russia" and t.status == "reported"]
    assert t.date == "2024-12"
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 4


# --- a shipment underway: where it heads is where it goes ---


@pytest.mark.parametrize(
    ("text", "supplier", "recipient", "status"),
    [
        ("A consignment of Russian armoured vehicles is heading to Niger.", "Russia", "Niger", "reported"),
        (
            "A consignment of Russian armoured vehicles is believed to be on its way to Niger, officials said.",
            "Russia",
            "Niger",
            "alleged",
        ),
        ("A shipment of Turkish drones is on its way to Somalia.", "Turkey", "Somalia", "reported"),
    ],
)
def test_shipment_underway_to_a_state(text: str, supplier: str, recipient: str, status: str) -> None:
    t = _one(text, supplier, recipient)
    assert t.status == status


def test_people_on_their_way_carry_no_goods() -> None:
    assert _run("Officials are on their way to Niger to discuss a consignment of Russian rifles.") == []


def test_goods_still_awaited_take_no_date_of_what_arrived_before() -> None:
    text = (
        "Two Yak-130 trainers were delivered to Iran by Russia in September 2023. Tehran is still awaiting "
        "the Su-35 fighters, which Iranian officials say will arrive soon."
    )
    ts = [t for t in _run(text) if (_name(t.supplier), _name(t.recipient)) == ("Russia", "Iran")]
    by_status = {t.status: t for t in ts}
    assert by_status["reported"].date == "2023-09"
    assert by_status["planned"].date is None


def test_shipment_underway_with_no_sender_is_left_to_context() -> None:
    assert _run("A consignment of armoured vehicles is on its way to Niger.") == []


# --- a supply discussed is planned, and the one discussing it supplies ---


@pytest.mark.parametrize(
    ("text", "supplier", "recipient"),
    [
        (
            "A Reuters report said Russia had discussed supplying anti-ship missiles to the Houthis.",
            "Russia",
            "Houthis",
        ),
        ("Moscow is discussing selling Su-35 jets to Algeria.", "Russia", "Algeria"),
    ],
)
def test_discussed_supply_is_planned(text: str, supplier: str, recipient: str) -> None:
    assert _one(text, supplier, recipient).status == "planned"


def test_a_discussion_beside_a_delivery_leaves_its_status() -> None:
    text = "Germany delivered 20 Leopard tanks to Ukraine in May, officials said, as ministers discussed the war."
    t = _one(text, "Germany", "Ukraine")
    assert t.status == "reported"
    assert t.date == "2025-05"


# --- an act no evidence shows is not told ---


@pytest.mark.parametrize(
    "text",
    [
        "There is no evidence that Russian weapons reached the Houthis.",
        "Officials said Moscow passed data to the Houthis, but none has produced evidence that Russian weapons "
        "reached the group.",
        "Investigators did not find evidence that Iran had supplied drones to Sudan.",
    ],
)
def test_no_evidence_of_an_act_is_no_transfer(text: str) -> None:
    assert _run(text) == []


def test_evidence_of_an_act_is_an_allegation() -> None:
    t = _one("Investigators found evidence that Iran had supplied drones to Sudan.", "Iran", "Sudan")
    assert t.status == "alleged"


# --- a buyer that follows another with an order makes that order ---


def test_follower_with_an_order_buys_from_the_same_seller() -> None:
    text = (
        "Spain ordered 20 Hurjet trainers from Turkey in 2024. "
        "Indonesia followed with an order for 12 of the jets in 2025."
    )
    t = _one(text, "Turkey", "Indonesia")
    assert t.status == "planned"
    assert t.date == "2025"
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 12
    assert ("Turkey", "Spain") in _pairs(text)


def test_goods_that_follow_are_no_follower() -> None:
    assert _run("Two more launchers followed in 2024.") == []


# --- a world ranking of exporters names no one supplied ---


def test_world_ranking_takes_no_recipient_from_the_sentence_before() -> None:
    text = (
        "Seoul lent 500,000 rounds of 155mm ammunition to the United States in 2023. South Korea ranked as "
        "the world's tenth-largest arms exporter in 2020-24, according to SIPRI."
    )
    ts = [t for t in _run(text) if _name(t.recipient) == "United States"]
    assert len(ts) == 1
    assert ts[0].date == "2023"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia remains India's largest arms supplier.", {("Russia", "India")}),
        ("China is the world's largest supplier of drones to Myanmar.", {("China", "Myanmar")}),
    ],
)
def test_supplier_noun_with_its_customer_still_supplies(text: str, expected: set[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


# --- a named port owned by a third state: that state is the go-between ---


@pytest.mark.parametrize(
    "text",
    [
        "India will ship the Akash system to Armenia via Iran's Bandar Abbas port.",
        "India will ship the Akash system to Armenia through Iran's Chabahar port.",
    ],
)
def test_third_state_owning_a_named_transit_port_is_the_go_between(text: str) -> None:
    t = _one(text, "India", "Armenia")
    assert [p.entity.name for p in t.intermediaries if p.entity is not None] == ["Iran"]
    assert t.status == "planned"


def test_recipient_owning_the_named_port_stays_recipient() -> None:
    t = _one("North Korea shipped shells to Russia's Dunai port.", "North Korea", "Russia")
    assert t.intermediaries == []


# --- a buyer carrying what it bought home tells the purchase's journey ---


@pytest.mark.parametrize(
    ("text", "supplier", "recipient", "via"),
    [
        ("Hezbollah bought Iranian rockets and smuggled them into Lebanon via Syria.", "Iran", "Hezbollah", "Syria"),
        (
            "The panel said the Houthis had been buying Chinese-made engines and trucking them into northern "
            "Yemen via Oman.",
            "China",
            "Houthis",
            "Oman",
        ),
    ],
)
def test_buyer_carrying_goods_home(text: str, supplier: str, recipient: str, via: str) -> None:
    ts = _run(text)
    assert len(ts) == 1
    t = _one(text, supplier, recipient)
    assert [p.entity.name for p in t.intermediaries if p.entity is not None] == [via]


def test_buyer_passing_goods_on_keeps_the_onward_act() -> None:
    pairs = _pairs("Poland bought T-72 tanks from Germany and sent them to Ukraine.")
    assert any(r == "Ukraine" for _s, r in pairs)
