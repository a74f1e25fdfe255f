"""English acts a blind batch missed: goods that "landed", "touched down" or "docked" told with where
they come from ("jets from France landed in Ukraine", "French-supplied jets landed"), vessels a party
holds that a clause says another handed over ("operates four boats delivered by Iran", "paraded
tanks supplied by Russia"), and a supplier the next sentence names as "the source" of goods that reached a receiver."""

from __future__ import annotations

from functools import partial

from tests.parties import find, pairs_in

from materiel.pipeline import analyze_text

PUB = "2025-03-10"

_run = partial(analyze_text, lang="en", published=PUB)


# goods that land or dock, told with their origin, arrive like goods that "arrived"


def test_jets_from_a_state_that_landed_at_a_base_are_delivered() -> None:
    a = _run("Fighter jets from Norway had landed at an air base in eastern Poland, the ministry said on Monday.")
    assert pairs_in(a) == {("Norway", "Poland")}


def test_launchers_from_a_state_that_landed_are_delivered() -> None:
    a = _run("Patriot launchers from Germany landed at Rzeszow airport in Poland overnight, officials said.")
    assert pairs_in(a) == {("Germany", "Poland")}


def test_a_lot_of_vehicles_from_a_state_that_docked_is_delivered() -> None:
    a = _run("Dozens of armoured vehicles from Turkey docked in Tripoli on Tuesday.")
    assert pairs_in(a) == {("Turkey", "Libya")}


def test_jets_supplied_by_a_state_that_landed_are_delivered() -> None:
    a = _run("French-supplied Mirage jets landed in Ukraine last week.")
    assert pairs_in(a) == {("France", "Ukraine")}


def test_jets_donated_by_a_state_that_touched_down_are_delivered() -> None:
    a = _run("Jets donated by Norway touched down in Ukraine on Monday.")
    assert pairs_in(a) == {("Norway", "Ukraine")}


def test_a_states_own_bombers_landing_abroad_deliver_nothing() -> None:
    assert _run("Russian bombers landed in Venezuela on Monday for a joint exercise.").transfers == []


def test_newly_built_bombers_landing_abroad_deliver_nothing() -> None:
    assert _run("Newly built Russian bombers landed in Venezuela on Monday.").transfers == []


def test_people_from_a_state_that_landed_deliver_nothing() -> None:
    assert _run("Pilots from France landed in Ukraine on Monday.").transfers == []


def test_a_frigate_that_docked_delivers_nothing() -> None:
    assert _run("A Chinese frigate docked in Karachi on Friday for a port call.").transfers == []


# goods a party holds, fields or parades, said by a passive clause to be handed over by another


def test_boats_a_navy_operates_delivered_by_a_state_are_its_receipt() -> None:
    a = _run("Venezuela's navy operates four Peykaap III boats delivered by Iran, according to analysts.")
    assert pairs_in(a) == {("Iran", "Venezuela")}


def test_boats_in_a_passive_relative_clause_are_its_receipt() -> None:
    a = _run("Venezuela's navy operates four boats that had been delivered by Iran.")
    assert pairs_in(a) == {("Iran", "Venezuela")}


def test_vessels_commissioned_that_were_donated_are_a_receipt() -> None:
    a = _run("Ghana's navy commissioned two patrol vessels that had been donated by China.")
    assert pairs_in(a) == {("China", "Ghana")}


def test_tanks_an_army_paraded_supplied_by_a_state_are_its_receipt() -> None:
    a = _run("Mali's army paraded tanks supplied by Russia through Bamako on Saturday.")
    assert pairs_in(a) == {("Russia", "Mali")}


def test_launchers_displayed_which_were_supplied_are_a_receipt() -> None:
    a = _run("North Korea displayed rocket launchers which were supplied by Russia.")
    assert pairs_in(a) == {("Russia", "North Korea")}


def test_boats_that_carry_goods_are_no_goods_of_their_own() -> None:
    a = _run("Boats heading for Houthi-held ports were stopped off the coast of Yemen in June.")
    assert a.transfers == []


# a supplier named in the next sentence as the source of the goods


def test_the_source_of_the_shipments_told_next_supplies_them() -> None:
    a = _run(
        "Drones reached the RSF through Chad, investigators said. The United Arab Emirates was the source of "
        "the shipments, the report found. Separately, Turkey sold drones to Sudan's army."
    )
    assert ("United Arab Emirates", "Rapid Support Forces") in pairs_in(a)
    assert ("Turkey", "Rapid Support Forces") not in pairs_in(a)


def test_the_main_source_of_consignments_smuggled_into_a_place_supplies_them() -> None:
    a = _run(
        "Anti-tank missiles were smuggled into Gaza through tunnels in 2023. Iran was the main source of the "
        "consignments, Israeli officials said."
    )
    assert ("Iran", "Palestine") in pairs_in(a)


def test_the_source_of_deliveries_by_sea_supplies_them() -> None:
    a = _run(
        "Rifles and mortar rounds arrived in Port Sudan by sea in May. Egypt was the source of the deliveries, "
        "two diplomats said."
    )
    assert ("Egypt", "Sudan") in pairs_in(a)


def test_the_source_of_a_report_supplies_nothing() -> None:
    a = _run(
        "Drones reached the RSF through Chad, investigators said. The United Arab Emirates was the source of "
        "the report."
    )
    assert ("United Arab Emirates", "Rapid Support Forces") not in pairs_in(a)


def test_a_source_only_alleged_makes_the_act_alleged() -> None:
    a = _run(
        "Rifles reached the Houthis through Oman last year. UN monitors said they had found credible evidence "
        "that Iran was the source of the shipments."
    )
    t = find(a, "Iran", "Houthis")
    assert t.status == "alleged"
