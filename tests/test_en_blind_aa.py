"""English fixes from a blind batch of wire copy and live pages on Western aid to Ukraine, Iranian
and Chinese goods reaching Russia, the Houthis and Hezbollah through go-betweens, and US bombs for
Israel: a day told with its part ("on Sunday night") dates the act, not the month of the dateline,
the weapons parts were found in ("in the wreckage of Kh-101 missiles") are no goods handed over, what
"the ship also carried" is more of the shipment told before (armoured bulldozers among its goods), and
goods a buyer "sent on to" another are one transfer through that buyer, and goods "produced by a firm
in Ningbo" or "made in Shenzhen" are of China's make (the city stands for its state), and "the first
aircraft landed in Ukraine" is a delivery of jets flying in themselves, after a pledge in the same
sentence too; a leader who "ordered the bombs released" commands an act and buys nothing."""

from __future__ import annotations

from functools import partial

from tests.parties import pair as _pair
from tests.parties import records as _records_of
from tests.parties import transfers as _transfers_of
from tests.parties import via as _via

_records = partial(_records_of, lang="en", published="2025-02-17")
_transfers = partial(_transfers_of, lang="en", published="2025-02-17")


# a weekday told with the part of the day: the act's day


def test_sunday_night_dates_the_arrival_not_the_saying() -> None:
    assert _records(
        "A shipment of 155mm shells from the United States arrived in Israel on Sunday night, "
        "the ministry said on Monday."
    ) == [("United States", "Israel", "2025-02-16", "reported")]


def test_friday_morning_dates_the_delivery() -> None:
    got = _records("Germany handed two IRIS-T systems to Ukraine on Friday morning, Kyiv said on Monday.")
    assert [(s, r, d) for s, r, d, _st in got] == [("Germany", "Ukraine", "2025-02-14")]


# the weapons goods were found in: where they ended up, no goods of the transfer


def test_wreckage_the_chips_were_found_in_is_no_record() -> None:
    got = _records(
        "Russia obtained 2,000 US-made chips in April through front companies in Kazakhstan, the agency said. "
        "The components were later found in the wreckage of Kh-101 cruise missiles, the agency said."
    )
    assert [(s, r) for s, r, _d, _st in got] == [("United States", "Russia")]


def test_drones_the_parts_were_found_in_are_no_record() -> None:
    got = _records(
        "Russia obtained 2,000 US-made chips in April through front companies in Kazakhstan. "
        "The chips were later found in downed Shahed drones."
    )
    assert [(s, r) for s, r, _d, _st in got] == [("United States", "Russia")]


def test_drones_told_as_supplied_after_a_finding_stay_goods() -> None:
    got = _records("Iran supplied Russia with Shahed drones, officials said. Investigators found the drones in Crimea.")
    assert [(s, r) for s, r, _d, _st in got] == [("Iran", "Russia")]


# "the ship also carried": more goods of the shipment told before


def test_ship_also_carried_gives_its_goods_to_the_shipment() -> None:
    got = _records(
        "A shipment of bombs from the United States arrived in Israel on Sunday. "
        "The ship also carried 20 armoured vehicles, Kan reported."
    )
    assert [(s, r) for s, r, _d, _st in got] == [("United States", "Israel")]
    t = _transfers(
        "A shipment of bombs from the United States arrived in Israel on Sunday. "
        "The ship also carried 20 armoured vehicles."
    )
    assert {it.category for it in t[0].items} == {"ammunition", "armoured-vehicle"}


def test_armoured_bulldozers_are_goods() -> None:
    t = _transfers("The United States delivered D9 armoured bulldozers to Israel last month.")
    assert [(it.text, it.category) for it in t[0].items] == [("armoured bulldozers", "armoured-vehicle")]


def test_a_ship_that_carried_no_goods_named_adds_none() -> None:
    t = _transfers(
        "A shipment of bombs from the United States arrived in Israel on Sunday. The ship also carried a crew of 20."
    )
    assert [it.category for it in t[0].items] == ["ammunition"]


# goods a buyer sent on: one transfer through the buyer


def test_buyer_that_sent_them_on_is_a_go_between() -> None:
    t = _transfers("India sold shells to brokers in Italy and the Czech Republic, which then sent them on to Kyiv.")
    assert [(_pair(x), _via(x)) for x in t] == [(("India", "Ukraine"), {"Italy", "Czech Republic"})]


def test_sending_on_a_day_is_no_onward_act() -> None:
    # (an onward act would make the makers' state the supplier of goods made elsewhere)
    got = _records("Iran sent Russian-made rifles to the Houthis on Monday.")
    assert [(s, r) for s, r, _d, _st in got] == [("Iran", "Houthis")]


# the city goods (or their maker) are made in: its state is the goods' state of make


def test_goods_made_by_a_firm_in_a_city_come_from_its_state() -> None:
    got = _records(
        "Chips made in Kyrgyzstan reached Russia in May. A consignment of 1,500 drone engines, produced "
        "by a firm in Ningbo, was sent to Russia in July through a Hong Kong front company."
    )
    assert [(s, r) for s, r, _d, _st in got] == [("Kyrgyzstan", "Russia"), ("China", "Russia")]


def test_goods_made_in_a_city_come_from_its_state() -> None:
    got = _records("Drone engines made in Shenzhen were sent to Russia last month.")
    assert [(s, r) for s, r, _d, _st in got] == [("China", "Russia")]


def test_a_port_goods_left_from_is_no_make() -> None:
    got = _records("Iran sent drones to Russia from Bandar Abbas last month.")
    assert [(s, r) for s, r, _d, _st in got] == [("Iran", "Russia")]


# a lot told by its place in a series that lands: aircraft delivered by flying in


def test_first_jets_landing_is_a_delivery() -> None:
    got = _records("The first six Danish F-16s landed in Ukraine on Sunday.")
    assert [(s, r, d) for s, r, d, _st in got] == [("Denmark", "Ukraine", "2025-02-16")]


def test_first_aircraft_landing_after_a_pledge_is_its_own_delivery() -> None:
    got = _records(
        "France promised Kyiv Mirage jets in June 2024, and the first aircraft landed in Ukraine on 6 February."
    )
    assert [(s, r, d, st) for s, r, d, st in got] == [
        ("France", "Ukraine", "2024-06", "planned"),
        ("France", "Ukraine", "2025-02-06", "reported"),
    ]


def test_bombers_or_a_cargo_plane_landing_deliver_nothing() -> None:
    for text in (
        "Two Russian Tu-160 bombers landed in Venezuela on Sunday.",
        "France sent troops to Chad in June, and a cargo plane landed in N'Djamena on Sunday.",
    ):
        assert _records(text) == [], text


def test_relying_on_a_supplier_keeps_its_reading() -> None:
    got = _records("Azerbaijan has relied heavily on Israel, which supplied it with Harop drones in 2020.")
    assert [(s, r) for s, r, _d, _st in got] == [("Israel", "Azerbaijan")]


# "ordered the bombs released": a command, no purchase by the one who orders


def test_ordering_goods_released_is_no_purchase() -> None:
    for text in (
        "Trump told reporters that he had ordered the bombs released because Israel paid for them.",
        "Trump ordered the release of 1,800 bombs to Israel.",
        "Biden paused the bombs in May. Trump said he had ordered them released because Israel paid for them.",
    ):
        assert all(r != "United States" for _s, r, _d, _st in _records(text)), text


def test_ordering_jets_made_abroad_is_still_a_purchase() -> None:
    got = _records("Egypt ordered 30 Rafale jets made in France.")
    assert [(s, r, st) for s, r, _d, st in got] == [("France", "Egypt", "planned")]
