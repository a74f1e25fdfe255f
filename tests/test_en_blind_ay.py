"""English constructions a blind batch of broadsheet long-form and investigative reporting (shell-company
supply chains, seized shipments, re-exports, pledges told beside deliveries) showed mishandled."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records, transfers, via

PUB = "2025-04-16"


_run = partial(transfers, lang="en", published=PUB)
_pairs = partial(pairs, lang="en", published=PUB)
_records = partial(records, lang="en", published=PUB)


# a stretch of a journey told in detail between two of its go-betweens is no transfer of its own


def test_leg_between_two_go_betweens_is_part_of_the_journey() -> None:
    text = (
        "German-made machine tools reached Russian arms plants last year through newly registered firms in "
        "Turkey, Georgia and Armenia, according to trade records reviewed by the newspaper. "
        "According to the invoices, a trader in Yerevan bought the machine tools from a company in Istanbul "
        "before trucking them north."
    )
    got = _run(text)
    assert {(t.supplier and t.supplier.entity.name, t.recipient.entity.name) for t in got} == {("Germany", "Russia")}
    assert via(got[0]) == {"Turkey", "Georgia", "Armenia"}


def test_sale_between_two_states_told_apart_from_a_journey_stays() -> None:
    # (a journey with one go-between: the other state's sale to it is its own act)
    text = (
        "Chinese drones reached Russia through Kazakhstan, customs data show. "
        "Separately, Turkey sold armoured vehicles to Kazakhstan last year."
    )
    assert ("Turkey", "Kazakhstan") in _pairs(text)


# where goods were made, told beside their sale with no seller named, is where they came from


def test_made_in_a_state_and_sold_to_another_counts_from_the_state_of_make() -> None:
    text = "Grenade launchers manufactured in Romania and sold to Kenya in 2018 were later found in Somalia."
    assert _records(text) == [("Romania", "Kenya", "2018", "reported")]


def test_made_in_and_sold_by_a_named_seller_keeps_the_seller() -> None:
    text = "Rifles made in Belgium and sold by Qatar to Libya's eastern forces have surfaced in Sudan."
    assert ("Belgium", "Libyan National Army") not in _pairs(text)


def test_made_in_and_used_tells_no_sale() -> None:
    text = "Drones made in Iran and used by Russian forces were found in Kharkiv."
    assert _pairs(text) == set()


# goods put on board in a state and bound for a party came from that state


def test_loaded_in_a_state_and_bound_for_a_group() -> None:
    text = "The anti-ship missiles had been loaded in Iran and were bound for Hezbollah, Israeli officials said."
    got = _records(text)
    assert [(s, r) for s, r, _d, _st in got] == [("Iran", "Hezbollah")]


# a share of a state's imports told in a relative clause on its supplier


def test_share_of_imports_in_a_relative_clause_on_the_supplier() -> None:
    text = (
        "Hanoi still leans on Russia, which supplied about 80 percent of Vietnam's arms imports between 2015 and 2019."
    )
    assert _records(text) == [("Russia", "Vietnam", "2015", "reported")]


# a date in a clause telling what the goods did dates the use, not the giving


def test_date_of_use_in_a_clause_on_the_shipments_does_not_date_them() -> None:
    text = "The Ethiopian army has received Turkish drones, shipments that helped it push back rebels in November."
    assert _records(text) == [("Turkey", "Ethiopia", None, "reported")]


def test_date_of_a_start_in_a_clause_on_the_shipments_still_dates_them() -> None:
    text = "Iran has sent thousands of drones to Russia, shipments that began in August 2022."
    assert _records(text) == [("Iran", "Russia", "2022-08", "reported")]


# "would neither confirm nor deny" is no denial


def test_neither_confirm_nor_deny_is_no_denial() -> None:
    from materiel.pipeline import analyze_text

    text = (
        "A Georgian official said Tbilisi had received drones from Lithuania, a claim Vilnius would neither "
        "confirm nor deny."
    )
    a = analyze_text(text, lang="en", published=PUB)
    assert [(t.supplier and t.supplier.entity.name, t.status) for t in a.transfers] == [("Lithuania", "confirmed")]
    assert [c.stance for c in a.claims if c.stance == "denies"] == []


def test_declined_to_confirm_or_deny_leaves_no_denial_claim() -> None:
    from materiel.pipeline import analyze_text

    text = "Officials said Belarus had shipped shells to Russia, which Minsk declined to confirm or deny."
    a = analyze_text(text, lang="en", published=PUB)
    assert [c.stance for c in a.claims if c.stance == "denies"] == []
    assert a.transfers and a.transfers[0].status == "reported"


# the goods a load is said to hold, in a relative clause on it, are those of the journey told of the load


def test_goods_listed_in_a_clause_on_the_cargo_go_with_its_journey() -> None:
    text = (
        "The consignment, which included anti-tank missiles and night-vision goggles, had been loaded in "
        "Iran and was destined for Hezbollah, Israeli officials said."
    )
    [t] = _run(text)
    assert (t.supplier.entity.name, t.recipient.entity.name) == ("Iran", "Hezbollah")
    assert [i.text for i in t.items] == ["anti-tank missiles", "night-vision goggles"]


# goods that reached a plant or a buyer "in" a place went to that place's state


def test_goods_that_reached_a_plant_in_a_city_went_to_its_state() -> None:
    text = (
        "Chinese-made servo motors reached an electronics plant in Kazan via Kyrgyzstan last year, customs data show."
    )
    got = _run(text)
    assert [(t.supplier.entity.name, t.recipient.entity.name, via(t)) for t in got] == [
        ("China", "Russia", {"Kyrgyzstan"})
    ]


def test_drones_that_reached_a_refinery_are_no_transfer() -> None:
    assert _run("Ukrainian drones reached an oil refinery in Ryazan overnight, officials said.") == []


# "much of it from A and B" after a date names the sources of the clause's goods


def test_share_from_two_sources_after_a_date() -> None:
    text = (
        "Guinea has imported at least $200m worth of arms since the September 2021 coup, much of it from Turkey "
        "and China."
    )
    assert _records(text) == [
        ("Turkey", "Guinea", "2021-09", "reported"),
        ("China", "Guinea", "2021-09", "reported"),
    ]


# goods named after a second "for" on parts say what the parts are for


def test_parts_for_one_system_and_for_another_are_parts_only() -> None:
    text = "Belarus shipped spare parts for the Su-25s and for attack helicopters to Sudan last year."
    [t] = _run(text)
    assert [i.text for i in t.items] == ["spare parts"]


# a month and year on an event after "since" dates the act, not the day the finding was told


def test_since_the_month_year_coup_dates_the_imports() -> None:
    text = "Analysts said in 2024 that Niger had bought drones from Turkey since the July 2023 coup."
    assert [(s, r, d) for s, r, d, _st in _records(text)] == [("Turkey", "Niger", "2023-07")]


# the way a shipment took to the place it reached


def test_shipments_that_reached_a_state_through_others_keep_the_go_betweens() -> None:
    text = "Shipments of German-made machine tools reached Belarus through Turkey and Georgia last year."
    got = _run(text)
    assert [(t.supplier.entity.name, t.recipient.entity.name, via(t)) for t in got] == [
        ("Germany", "Belarus", {"Turkey", "Georgia"})
    ]
