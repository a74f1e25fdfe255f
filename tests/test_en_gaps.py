"""English constructions found missing in earlier sessions: arrivals told by the receiving state's
office, goods a relative clause says another gave, purchases for a third party, weapons bought and
handed on, journeys told over two verbs, and ships handed over as goods."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name as _name
from tests.parties import only, pair_list, transfers

PUB = "2024-06-20"


_transfers = partial(transfers, lang="en", published=PUB)
_pairs = partial(pair_list, lang="en", published=PUB)
_only = partial(only, lang="en", published=PUB)


@pytest.mark.parametrize(
    ("text", "supplier", "recipient"),
    [
        ("The jets have arrived from Denmark, Ukraine's defence minister said.", "Denmark", "Ukraine"),
        ("The first F-16s arrived from Norway on Monday, Kyiv's defence ministry said.", "Norway", "Ukraine"),
        ("The Caesar howitzers have arrived from France, Armenia's defence ministry said.", "France", "Armenia"),
        (
            "Two Harpoon batteries have arrived from the United States, according to Taiwan's navy.",
            "United States",
            "Taiwan",
        ),
    ],
)
def test_an_arrival_told_by_the_receiving_states_office(text: str, supplier: str, recipient: str) -> None:
    t = _only(text)
    assert (_name(t.supplier), _name(t.recipient)) == (supplier, recipient)
    assert t.status == "confirmed"  # a party to the transfer says it happened


def test_an_arrival_told_by_officials_of_another_state_names_no_receiver() -> None:
    # unnamed officials report on others' arms as often as on their own
    assert _transfers("The drones arrived from Iran, US officials said.") == []


def test_an_arrival_whose_receiver_the_story_told_keeps_it() -> None:
    text = "Russia received Shahed drones from Iran in May. More drones have arrived from Iran, the Pentagon said."
    assert set(_pairs(text)) == {("Iran", "Russia")}


@pytest.mark.parametrize(
    ("text", "supplier", "recipient", "status"),
    [
        ("Kyiv now fields Leopard tanks, which Germany agreed to send last year.", "Germany", "Ukraine", "planned"),
        (
            "Ukraine now operates three Patriot batteries, which Germany delivered in 2023.",
            "Germany",
            "Ukraine",
            "reported",
        ),
        (
            "Poland's K2 tanks, which South Korea delivered in 2022, took part in the parade.",
            "South Korea",
            "Poland",
            "reported",
        ),
    ],
)
def test_goods_a_relative_clause_says_another_gave_went_to_their_holder(
    text: str, supplier: str, recipient: str, status: str
) -> None:
    t = _only(text)
    assert (_name(t.supplier), _name(t.recipient), t.status) == (supplier, recipient, status)


@pytest.mark.parametrize(
    ("text", "supplier", "recipient", "via"),
    [
        (
            "The RSF got howitzers that the UAE had flown into Chad.",
            "United Arab Emirates",
            "Rapid Support Forces",
            "Chad",
        ),
        (
            "The RSF received mortars that the UAE had flown into Chad.",
            "United Arab Emirates",
            "Rapid Support Forces",
            "Chad",
        ),
        ("The Houthis got drones that Iran had shipped through Oman.", "Iran", "Houthis", "Oman"),
    ],
)
def test_goods_received_after_a_journey_a_relative_clause_tells(
    text: str, supplier: str, recipient: str, via: str
) -> None:
    t = _only(text)
    assert (_name(t.supplier), _name(t.recipient)) == (supplier, recipient)
    assert [_name(p) for p in t.intermediaries] == [via]


def test_weapons_bought_from_a_seller_for_another_state_are_two_acts() -> None:
    text = "Berlin bought three Patriot systems from the United States for Ukraine."
    ts = _transfers(text)
    assert sorted((_name(t.supplier), _name(t.recipient)) for t in ts) == [
        ("Germany", "Ukraine"),
        ("United States", "Germany"),
    ]
    assert all(t.items and t.items[0].quantity is not None and t.items[0].quantity.value == 3 for t in ts)


def test_a_purchase_for_another_with_no_seller_is_the_buyers_supply() -> None:
    assert _pairs("The Netherlands bought 14 Leopard tanks for Ukraine.") == [("Netherlands", "Ukraine")]


def test_parts_a_firm_bought_for_another_go_from_the_seller_through_it() -> None:
    t = _only("A Turkish firm bought microchips from China for Russia.")
    assert (_name(t.supplier), _name(t.recipient)) == ("China", "Russia")
    assert [_name(p) for p in t.intermediaries] == ["Turkey"]


@pytest.mark.parametrize(
    "text",
    [
        "Poland bought K9 howitzers from South Korea and delivered them to Ukraine.",
        "Poland bought K9s from South Korea and delivered them to Ukraine.",
    ],
)
def test_named_weapons_bought_and_handed_on_are_the_buyers_supply(text: str) -> None:
    # the maker's country, South Korea, is named as the seller: it does not also give them to Ukraine
    assert sorted(_pairs(text)) == [("Poland", "Ukraine"), ("South Korea", "Poland")]


def test_weapons_bought_and_re_exported_keep_the_purchase() -> None:
    text = "The UAE bought howitzers from China and re-exported them to the RSF."
    ts = _transfers(text)
    assert sorted((_name(t.supplier), _name(t.recipient)) for t in ts) == [
        ("China", "United Arab Emirates"),
        ("United Arab Emirates", "Rapid Support Forces"),
    ]
    assert all([it.text for it in t.items] == ["howitzers"] for t in ts)


@pytest.mark.parametrize(
    "text",
    [
        "The UAE flew the rifles to Chad and then trucked them to the RSF.",
        "The rifles were flown by the UAE to Chad and then trucked to the RSF.",
        "The UAE sent 500 rifles to the RSF in May, UN experts said. The rifles were flown to Chad and then trucked "
        "to RSF units in Darfur.",
    ],
)
def test_goods_flown_to_a_stop_and_carried_on_are_one_journey(text: str) -> None:
    t = _only(text)
    assert (_name(t.supplier), _name(t.recipient)) == ("United Arab Emirates", "Rapid Support Forces")
    assert [_name(p) for p in t.intermediaries] == ["Chad"]


def test_two_batches_told_by_one_arrival_stay_apart() -> None:
    text = (
        "Germany handed over the first IRIS-T SLM system to Ukraine in October 2022. "
        "The second arrived in early 2023, and the third in the autumn of that year."
    )
    assert sorted(t.date or "" for t in _transfers(text)) == ["2022-10", "2023", "2023-09"]


@pytest.mark.parametrize(
    ("text", "supplier", "recipient", "words", "count"),
    [
        ("China agreed to transfer the two ships to Cambodia's navy.", "China", "Cambodia", "ships", 2),
        ("Japan will hand over three patrol vessels to the Philippines.", "Japan", "Philippines", "patrol vessels", 3),
        ("The United States will give Vietnam six boats.", "United States", "Vietnam", "boats", 6),
        ("Two vessels were donated to Sri Lanka by India.", "India", "Sri Lanka", "vessels", 2),
    ],
)
def test_ships_a_party_hands_over_are_the_goods(
    text: str, supplier: str, recipient: str, words: str, count: int
) -> None:
    t = _only(text)
    assert (_name(t.supplier), _name(t.recipient)) == (supplier, recipient)
    [it] = t.items
    assert it.text == words and it.category == "naval"
    assert it.quantity is not None and it.quantity.value == count


@pytest.mark.parametrize(
    "text",
    [
        "Ships carrying rifles were sent to Yemen.",
        "Iran shipped rifles to Yemen on a vessel.",
        "A vessel laden with drones was sent to Russia.",
        "Russia sent two vessels to Cuba.",  # a deployment, no handover
    ],
)
def test_ships_carrying_goods_are_no_goods(text: str) -> None:
    for t in _transfers(text):
        assert all(it.category != "naval" for it in t.items)


def test_goods_a_second_item_is_for_are_no_goods_of_their_own() -> None:
    # "for the missiles" says what the launchers serve: the launchers are a claim of their own
    text = (
        "In September 2024 the United States said Iran had sent Fath-360 missiles to Russia. "
        "Western officials said Iran had also provided launchers for the missiles."
    )
    ts = _transfers(text)
    assert sorted(tuple(it.text for it in t.items) for t in ts) == [("Fath-360 missiles",), ("launchers",)]
    assert all((_name(t.supplier), _name(t.recipient)) == ("Iran", "Russia") for t in ts)


@pytest.mark.parametrize(
    "text",
    [
        "Asked about fighter jets, the minister said Poland had given Ukraine all its MiG-29s.",
        "When asked about tanks, Sweden's defence minister said Stockholm had sent Ukraine ten Leopards.",
    ],
)
def test_a_question_put_to_the_speaker_requests_nothing(text: str) -> None:
    ts = _transfers(text)
    assert ts and all(t.status != "requested" for t in ts)


def test_a_speaker_called_by_surname_speaks_for_the_state_named_before() -> None:
    text = (
        "WARSAW, June 10 — Poland has sent Ukraine 14 PT-91 tanks, Deputy Defence Minister Marcin Ociepa said "
        "on Saturday. Ociepa said Poland had already given Ukraine all its MiG-29s."
    )
    ts = _transfers(text)
    assert [(_name(t.supplier), _name(t.recipient), t.status) for t in ts] == [("Poland", "Ukraine", "confirmed")] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Germany, which supplied four submarines to Egypt in 2016, has also sold Egypt two frigates.",
        "Germany, which supplied four submarines to Egypt between 2016 and 2021, has also sold Egypt two frigates.",
    ],
)
def test_a_relative_clauses_date_does_not_date_the_main_clause(text: str) -> None:
    dates = {it.text: t.date for t in _transfers(text) for it in t.items}
    assert dates == {"submarines": "2016", "frigates": None}


def test_the_next_sentence_on_the_same_pair_still_takes_the_date_before() -> None:
    text = "North Korea sent shells to Russia in August 2023. The shells were carried by rail."
    assert [t.date for t in _transfers(text)] == ["2023-08"]


def test_goods_a_deal_covers_go_between_the_parties_of_the_story() -> None:
    text = (
        "Egypt bought Rafale jets from France in 2015. "
        "A second contract, signed in May 2021, covered 30 more Rafale jets."
    )
    ts = _transfers(text)
    assert all((_name(t.supplier), _name(t.recipient)) == ("France", "Egypt") for t in ts)
    counted = [t for t in ts if t.items and t.items[0].quantity is not None]
    assert [(t.items[0].quantity.value, t.date, t.status) for t in counted if t.items[0].quantity] == [
        (30, "2021-05", "planned")
    ]


def test_a_deal_covering_goods_with_no_story_names_no_parties() -> None:
    assert _transfers("The contract covers 30 Rafale jets.") == []


def test_goods_then_carried_on_by_a_relative_clause_go_on_the_same_journey() -> None:
    text = "Cargo flights from the UAE to Chad carried rifles and mortars that were then trucked to the RSF."
    t = _only(text)
    assert (_name(t.supplier), _name(t.recipient)) == ("United Arab Emirates", "Rapid Support Forces")
    assert [_name(p) for p in t.intermediaries] == ["Chad"]
    assert sorted(it.text for it in t.items) == ["mortars", "rifles"]


def test_goods_earlier_supplied_to_another_party_stay_that_earlier_act() -> None:
    text = "Iraq had received Kornet missiles, some of them weapons originally supplied to Syria by Russia."
    assert sorted(_pairs(text)) == [("Russia", "Iraq"), ("Russia", "Syria")]


def test_goods_counted_in_units_are_the_goods() -> None:
    t = _only("Japan agreed to provide five radar units to the Philippines in 2023.")
    assert (_name(t.supplier), _name(t.recipient), t.status) == ("Japan", "Philippines", "planned")
    [it] = t.items
    assert it.category == "air-defence" and it.quantity is not None and it.quantity.value == 5


def test_a_units_troops_are_no_goods() -> None:
    t = _only("Russia's drone unit received new jammers from China.")
    assert [it.text for it in t.items] == ["jammers"]


def test_more_goods_of_any_kind_go_on_the_trade_told_before() -> None:
    text = (
        "Sweden has sent Ukraine Archer howitzers. "
        "Defence Minister Pal Jonson said two more systems would be sent to Ukraine before the end of the year."
    )
    ts = _transfers(text)
    assert [(_name(t.supplier), _name(t.recipient), t.status) for t in ts] == [
        ("Sweden", "Ukraine", "reported"),
        ("Sweden", "Ukraine", "planned"),
    ]


@pytest.mark.parametrize(
    ("text", "supplier", "recipient", "status"),
    [
        ("A second shipment of Turkish drones is en route to Mali.", "Turkey", "Mali", "reported"),
        ("A consignment of Iranian missiles is believed to be en route to the Houthis.", "Iran", "Houthis", "alleged"),
    ],
)
def test_a_shipment_en_route_goes_where_the_route_leads(text: str, supplier: str, recipient: str, status: str) -> None:
    t = _only(text)
    assert (_name(t.supplier), _name(t.recipient), t.status) == (supplier, recipient, status)


def test_a_journey_begun_in_the_sentence_before_takes_its_sender() -> None:
    text = (
        "The UAE flew the rifles out of Abu Dhabi. "
        "The rifles were flown to Chad and then trucked to RSF units in Darfur."
    )
    t = _only(text)
    assert (_name(t.supplier), _name(t.recipient)) == ("United Arab Emirates", "Rapid Support Forces")
    assert [_name(p) for p in t.intermediaries] == ["Chad"]


def test_goods_flown_out_of_a_place_are_carried_not_operated() -> None:
    # the flyer is no receiver of its own goods; with no end told there is no transfer yet
    assert _transfers("The UAE flew rifles out of Abu Dhabi.") == []


def test_more_of_them_in_the_same_sentence_are_the_goods_told_first() -> None:
    text = "The US delivered 31 Abrams tanks to Ukraine, and Australia sent 49 more of them."
    ts = _transfers(text)
    got = [(_name(t.supplier), _name(t.recipient), t.items[0].text, t.items[0].quantity) for t in ts]
    assert [(s, r, w, q.value if q else None) for s, r, w, q in got] == [
        ("United States", "Ukraine", "Abrams tanks", 31),
        ("Australia", "Ukraine", "Abrams tanks", 49),
    ]


def test_the_date_of_a_later_lot_does_not_redate_the_act_before() -> None:
    text = (
        "Turkey delivered two helicopters to Nigeria in 2024. "
        "The remaining four helicopters should arrive before the end of this year."
    )
    ts = _transfers(text)
    assert [(t.items[0].quantity.value if t.items[0].quantity else None, t.date, t.status) for t in ts] == [
        (2, "2024", "reported"),
        (4, "2024", "planned"),  # (a deadline at the year's end is dated by the year alone)
    ]


def test_the_goods_taken_up_with_a_finer_date_still_date_the_act() -> None:
    text = "Iran shipped drones to Russia in 2022. The drones were delivered in August 2022."
    assert [t.date for t in _transfers(text)] == ["2022-08"]


@pytest.mark.parametrize(
    ("text", "supplier", "recipient", "status"),
    [
        ("Seoul has refused Ukrainian requests for lethal weapons.", "South Korea", "Ukraine", "requested"),
        ("Washington approved Polish requests for Patriot missiles.", "United States", "Poland", "planned"),
    ],
)
def test_a_request_its_askers_nationality_names_is_theirs(
    text: str, supplier: str, recipient: str, status: str
) -> None:
    t = _only(text)
    assert (_name(t.supplier), _name(t.recipient), t.status) == (supplier, recipient, status)
