"""English extraction of interdicted shipments and proxies, on short texts of our own."""

from __future__ import annotations

from functools import partial

from tests.parties import find as _find

from materiel.pipeline import analyze_text

_run = partial(analyze_text, lang="en", published="2024-05-12")


def test_goods_seized_together_travel_together() -> None:
    a = _run(
        "The coast guard said on Monday it had intercepted 3,000 assault rifles along with detonators "
        "and propellant being smuggled on a dhow from Iran to Yemen."
    )
    t = _find(a, "Iran", "Yemen")
    texts = {it.text for it in t.items}
    assert {"assault rifles", "detonators", "propellant"} <= texts
    rifles = next(it for it in t.items if it.text == "assault rifles")
    assert rifles.quantity is not None and rifles.quantity.value == 3000


def test_goods_seized_by_a_verb_with_no_journey_stay_out() -> None:
    a = _run("Border guards seized 40 rifles. Separately, Iran sent drones to Russia.")
    t = _find(a, "Iran", "Russia")
    assert [it.text for it in t.items] == ["drones"]


def test_shipment_to_a_country_goes_to_the_group_the_supplier_backs() -> None:
    a = _run(
        "Rockets were smuggled on a fishing boat from Iran to Yemen, the navy said.\n\n"
        "The Iran-backed Houthi rebels have fought a Saudi-led coalition since 2015."
    )
    t = _find(a, "Iran", "Houthis")
    assert any(leg.destination is not None and leg.destination.name == "Yemen" for leg in t.route)


def test_a_group_backed_by_another_state_takes_nothing() -> None:
    a = _run(
        "Rockets were smuggled from Iran to Yemen, the navy said.\n\n"
        "The Saudi-backed government forces hold Aden, and the Houthis hold the capital."
    )
    _find(a, "Iran", "Yemen")


def test_next_paragraph_on_the_cargo_dates_the_seizure() -> None:
    a = _run(
        "The navy said Sunday it had seized 500 rockets being smuggled from Iran to Yemen.\n\n"
        "The cargo was found on Wednesday during a boarding, officials added."
    )
    assert _find(a, "Iran", "Yemen").date == "2024-05-08"


def test_participle_read_as_adjective_is_a_trigger_and_x_to_y_names_the_recipient() -> None:
    a = _run(
        "Police released photos of the seizure of smuggled Iranian rifles near the border, the first "
        "sign of a crackdown on an Iran-to-Hezbollah supply line."
    )
    _find(a, "Iran", "Hezbollah")


def test_armed_groups_are_no_participle_trigger() -> None:
    a = _run("Armed groups attacked a convoy near the border on Monday.")
    assert a.transfers == []


def test_inventory_sentence_gives_its_goods_to_the_transfer_before() -> None:
    a = _run(
        "Iran shipped weapons to Hezbollah through Syria last month, officials said. "
        "The weapons included anti-tank missiles, assault rifles and two drones."
    )
    t = _find(a, "Iran", "Hezbollah")
    texts = {it.text for it in t.items}
    assert {"anti-tank missiles", "assault rifles"} <= texts
    assert "weapons" not in texts


def test_bolstering_a_state_s_air_defences_with_systems_supplies_it() -> None:
    a = _run("Germany will bolster Ukraine's air defences with two more IRIS-T systems.")
    t = _find(a, "Germany", "Ukraine")
    assert [it.text for it in t.items] == ["IRIS-T"]
    assert t.status == "planned"


def test_strengthening_ties_with_a_state_is_no_transfer() -> None:
    a = _run("Russia will strengthen its ties with China, the minister said.")
    assert a.transfers == []


def test_inventory_after_an_apposition_names_the_systems() -> None:
    a = _run(
        "Iran delivered the first batch of combat drones to Russia in May. "
        "The delivery, part of a larger order of several hundred drones, included Mohajer-6 as well as "
        "Shahed-136 drones."
    )
    t = _find(a, "Iran", "Russia")
    names = {it.entity.name for it in t.items if it.entity is not None}
    assert {"Mohajer-6", "Shahed-136"} <= names


def test_goods_of_an_intercepted_shipment_go_with_its_destination() -> None:
    a = _run(
        "Naval forces intercepted a shipment of 3,000 assault rifles and 500 rounds of ammunition "
        "bound for Yemen's Houthi rebels, the military said."
    )
    t = _find(a, None, "Houthis")
    assert {"assault rifles", "rounds of ammunition"} <= {it.text for it in t.items}


def test_a_quoted_word_between_a_name_and_its_noun_keeps_one_item() -> None:
    a = _run("Iran sent Shahed-136 'kamikaze' drones to Russia.")
    t = _find(a, "Iran", "Russia")
    assert [it.text for it in t.items] == ["Shahed-136 'kamikaze' drones"]


def test_the_plane_the_goods_arrive_on_is_no_item() -> None:
    a = _run("Iran flew a new batch of Shahed-136 drones to Russia on an Il-76 plane.")
    t = _find(a, "Iran", "Russia")
    assert [it.entity.name for it in t.items if it.entity is not None] == ["Shahed-136"]


def test_aircraft_supplied_in_a_month_stay_items() -> None:
    a = _run("Russia received Su-35 fighter jets from Iran in March.")
    t = _find(a, "Iran", "Russia")
    assert [it.entity.name for it in t.items if it.entity is not None] == ["Su-35"]


def test_a_count_of_transfers_is_no_count_of_goods() -> None:
    a = _run("North Korea has made at least ten arms transfers to Russia since August.")
    t = _find(a, "North Korea", "Russia")
    assert all(it.quantity is None for it in t.items)
