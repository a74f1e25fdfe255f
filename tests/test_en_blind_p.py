"""English fixes from a blind batch of think-tank briefs and investigations: a delivery hedged by a
raising verb ("are believed to have reached") in a clause beside a deal, and a batch told by ranked
pieces with no name of their own ("the first two units arrived")."""

from __future__ import annotations

from functools import partial

from tests.parties import of_pair as _of_pair

from materiel.model import Transfer
from materiel.pipeline import analyze_text

PUB = "2024-11-20"


_run = partial(analyze_text, lang="en", published=PUB)


def _quantity(t: Transfer) -> float | None:
    q = t.items[0].quantity if t.items else None
    return q.value if q is not None else None


def _by_status(text: str, supplier: str, recipient: str) -> dict[str, Transfer]:
    ts = _of_pair(_run(text), supplier, recipient)
    by = {t.status: t for t in ts}
    assert len(by) == len(ts)
    return by


# a delivery hedged by a raising verb in a clause beside the deal


def test_a_hedged_arrival_beside_a_deal_is_a_delivery_of_its_own() -> None:
    ts = _by_status(
        "Germany agreed in 2023 to supply four IRIS-T systems to Egypt, and the first of these are "
        "believed to have reached Egypt in the summer of 2024.",
        "Germany",
        "Egypt",
    )
    assert set(ts) == {"planned", "alleged"}
    assert ts["planned"].date == "2023" and _quantity(ts["planned"]) == 4
    assert ts["alleged"].date == "2024-06"
    assert ts["alleged"].items[0].entity is not None and ts["alleged"].items[0].entity.name == "IRIS-T SLM"


def test_a_counted_lot_said_to_have_arrived_keeps_its_count() -> None:
    ts = _by_status(
        "France agreed last year to sell 12 Rafale jets to Serbia, and the first six are thought to have "
        "reached the country in March.",
        "France",
        "Serbia",
    )
    assert set(ts) == {"planned", "alleged"}
    assert _quantity(ts["alleged"]) == 6 and ts["alleged"].date == "2024-03"


def test_a_hedge_on_the_deal_alone_adds_no_delivery() -> None:
    [t] = _of_pair(
        _run("Turkey is believed to have agreed in May to sell Kenya 118 armoured vehicles."), "Turkey", "Kenya"
    )
    assert _quantity(t) == 118 and t.date == "2024-05"


# ranked pieces with no name of their own


def test_the_first_units_after_a_deal_are_a_batch_of_its_goods() -> None:
    ts = _by_status(
        "Norway agreed in 2023 to sell six NASAMS launchers to Lithuania. The first two units arrived in "
        "Vilnius in March 2024.",
        "Norway",
        "Lithuania",
    )
    assert set(ts) == {"planned", "reported"}
    assert _quantity(ts["reported"]) == 2 and ts["reported"].date == "2024-03"


def test_the_remaining_systems_follow_the_goods_told_before() -> None:
    ts = _by_status(
        "Israel signed a deal in 2022 to sell Barak MX air defence systems to Morocco. The remaining systems "
        "were handed over in June.",
        "Israel",
        "Morocco",
    )
    assert set(ts) == {"planned", "reported"} and ts["reported"].date == "2024-06"


def test_units_of_a_home_programme_are_no_transfer() -> None:
    a = _run(
        "The programme sped up after Ankara was removed from the F-35 programme in 2019. Roketsan said "
        "the first units would be handed to the Turkish Armed Forces next year."
    )
    assert not a.transfers


def test_units_built_for_the_home_army_are_no_transfer() -> None:
    a = _run(
        "The German army ordered 19 Skyranger systems from Rheinmetall in 2024. The first units will be "
        "handed over next year."
    )
    assert not a.transfers


# goods a supplier noun's participle names


def test_a_supplier_noun_takes_the_goods_its_participle_provides() -> None:
    a = _run(
        "Russia remained India's biggest arms supplier in the last decade, providing Su-30MKI fighters and "
        "T-90 tanks, SIPRI data show."
    )
    [t] = _of_pair(a, "Russia", "India")
    assert {i.text for i in t.items} == {"Su-30MKI fighters", "T-90 tanks"}


def test_a_supplier_noun_s_goods_go_to_no_pair_told_before() -> None:
    a = _run(
        "France signed a deal with Greece in June. Israel was Azerbaijan's largest arms supplier between 2016 "
        "and 2020, providing Harop loitering munitions and Barak-8 air defence systems."
    )
    assert not _of_pair(a, "France", "Greece") or all(
        "Harop" not in i.text
        for t in a.transfers
        for i in t.items
        if t.supplier and t.supplier.entity and t.supplier.entity.name == "France"
    )
    [t] = _of_pair(a, "Israel", "Azerbaijan")
    assert t.date == "2016" and len(t.items) == 2


# goods the handed-over goods are for


def test_goods_named_for_use_in_are_no_goods_handed_over() -> None:
    a = _run(
        "Almaty-based firms re-exported European-made thermal imaging cameras to Russia in 2024, probably for "
        "use in Lancet loitering munitions."
    )
    assert [t.supplier for t in a.transfers] == [None]
    [t] = a.transfers
    assert t.recipient is not None and t.recipient.entity is not None and t.recipient.entity.name == "Russia"
    assert [i.text for i in t.items] == ["thermal imaging cameras"]


def test_engines_for_use_on_drones_stay_engines() -> None:
    [t] = _of_pair(_run("Iran shipped Russia engines for use on Geran-2 drones in 2023."), "Iran", "Russia")
    assert [i.text for i in t.items] == ["engines"] and t.date == "2023"


# a maker an "of" defines, and its trade


def test_a_distributor_supplying_a_defined_maker_keeps_the_shipment_to_it() -> None:
    a = _run(
        "Sinno Electronics shipped components to a Moscow distributor that supplies the maker of the "
        "Orlan-10 reconnaissance drone."
    )
    [t] = a.transfers
    assert t.supplier is None
    assert t.recipient is not None and t.recipient.entity is not None and t.recipient.entity.name == "Russia"


def test_a_supplier_of_makers_placed_by_a_party_word_still_counts() -> None:
    a = _run("A Hong Kong firm shipped microchips to a Kazakh trader that supplies Russian drone makers.")
    assert _of_pair(a, "Hong Kong", "Kazakhstan")


# goods an authority clears for a sale or an export


def test_goods_approved_for_sale_are_the_sale_s_goods() -> None:
    [t] = _run(
        "The State Department approved 100 Harpoon coastal defence systems for sale to Taiwan in 2020."
    ).transfers
    assert t.status == "planned" and t.date == "2020" and _quantity(t) == 100
    assert t.recipient is not None and t.recipient.entity is not None and t.recipient.entity.name == "Taiwan"


def test_the_state_that_clears_goods_for_export_supplies_them() -> None:
    [t] = _of_pair(
        _run("Germany cleared 12 Eurofighter jets for export to Saudi Arabia last year."), "Germany", "Saudi Arabia"
    )
    assert t.status == "planned" and _quantity(t) == 12 and t.date == "2023"


def test_a_clearance_told_with_no_party_goes_on_the_story_s_pair() -> None:
    ts = _by_status(
        "Spain sold Turkey an amphibious assault ship in 2015, and two more frigates were approved for sale in 2022.",
        "Spain",
        "Turkey",
    )
    assert set(ts) == {"reported", "planned"}
    assert ts["planned"].date == "2022" and _quantity(ts["planned"]) == 2


def test_clearing_the_way_for_a_transfer_is_no_sale() -> None:
    a = _run(
        "Norway will send F-16 jets to Ukraine, its defence minister said, after the United States cleared the "
        "way for the transfer of the aircraft."
    )
    assert not _of_pair(a, "United States", "Ukraine")
    assert _of_pair(a, "Norway", "Ukraine")


# a delivery told as delayed is still to come


def test_a_delayed_delivery_is_still_planned() -> None:
    a = _run("The delivery of 66 F-16V fighters to Taiwan has been delayed until 2026.")
    [t] = a.transfers
    assert t.status == "planned" and _quantity(t) == 66 and t.date == "2026"


def test_a_postponed_lot_is_still_planned() -> None:
    [t] = _run("Delivery of the remaining 18 HIMARS launchers to Taiwan has been postponed to 2026.").transfers
    assert t.status == "planned" and _quantity(t) == 18


def test_a_delivery_made_after_a_delay_stays_done() -> None:
    [t] = _of_pair(
        _run("Germany delivered 14 Leopard tanks to Ukraine in March after the shipment was delayed by two weeks."),
        "Germany",
        "Ukraine",
    )
    assert t.status == "reported" and t.date == "2024-03"


# goods setting out for a party


def test_goods_that_left_a_port_for_a_state_go_on_the_story_s_pair() -> None:
    a = _run(
        "Russia has stepped up deliveries of armoured vehicles to Mali since late 2024. BTR-80 armoured personnel "
        "carriers and D-30 howitzers left Conakry for Mali in January 2025."
    )
    ts = {t.date: t for t in _of_pair(a, "Russia", "Mali")}
    assert set(ts) == {"2024", "2025-01"}
    assert {i.text for i in ts["2025-01"].items} == {"BTR-80 armoured personnel carriers", "D-30 howitzers"}
    assert not _of_pair(a, "Guinea", "Mali")


def test_the_port_a_ship_leaves_is_no_receiver() -> None:
    [t] = _run("A ship carrying S-300 parts left Tartus for Novorossiysk in December.").transfers
    assert t.recipient is not None and t.recipient.entity is not None and t.recipient.entity.name == "Russia"


def test_a_delegation_leaving_for_a_capital_is_no_transfer() -> None:
    assert not _run("The Iranian delegation left for Moscow on Monday to discuss drone sales.").transfers


# flights between two places


def test_flights_between_two_places_go_from_the_first_to_the_second() -> None:
    [t] = _run("Cargo planes flew between Israel and Baku in August, most likely carrying munitions.").transfers
    assert t.supplier is not None and t.supplier.entity is not None and t.supplier.entity.name == "Israel"
    assert t.recipient is not None and t.recipient.entity is not None and t.recipient.entity.name == "Azerbaijan"
    assert t.status == "alleged" and t.date == "2024-08"


def test_ships_sailing_between_two_states_with_no_goods_are_no_transfer() -> None:
    assert not _run("Tankers sailed between Russia and Syria all year.").transfers


# a deal noun on a named system, and goods told as not arrived


def test_a_deal_for_a_named_system_goes_on_the_story_s_pair() -> None:
    a = _run(
        "Iranian commanders have asked Moscow for Su-35 fighter jets. A deal for the Su-35s was finalised in 2023, "
        "according to Iranian lawmakers, though no aircraft is known to have arrived."
    )
    ts = _by_status(a.document.text, "Russia", "Iran")
    assert set(ts) == {"requested", "planned"} and ts["planned"].date == "2023"


def test_goods_told_as_not_arrived_are_no_delivery() -> None:
    for text in (
        "Russia agreed to sell Su-35 jets to Iran in 2023. No aircraft has arrived.",
        "Russia agreed to sell Su-35 jets to Iran in 2023. No aircraft is known to have arrived.",
    ):
        ts = _by_status(text, "Russia", "Iran")
        assert set(ts) == {"planned"}


# a system counted by its batteries


def test_batteries_of_a_named_system_count_that_system() -> None:
    [t] = _of_pair(
        _run("India has delivered at least four batteries of Pinaka multiple rocket launchers to Armenia."),
        "India",
        "Armenia",
    )
    [item] = t.items
    assert item.entity is not None and item.entity.name.startswith("Pinaka")
    assert _quantity(t) == 4


def test_bare_air_defence_batteries_stay_the_goods() -> None:
    [t] = _of_pair(_run("Germany sent three air defence batteries to Ukraine."), "Germany", "Ukraine")
    assert [i.text for i in t.items] == ["air defence batteries"] and _quantity(t) == 3
