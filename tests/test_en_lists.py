"""English goods lists and batches: goods listed in a relative clause, after "with", in the sentence
after the act, or turned up by a search; batches that follow; refusals that tell no act."""

from __future__ import annotations

from functools import partial

from tests.parties import of_pair as _of_pair

from materiel.model import Transfer
from materiel.pipeline import analyze_text

PUB = "2024-11-20"


_run = partial(analyze_text, lang="en", published=PUB)


def _goods(t: Transfer) -> list[str]:
    return [it.text for it in t.items]


def test_goods_in_a_relative_clause_on_a_package_are_its_goods() -> None:
    a = _run(
        "Norway announced a $150 million package for Ukraine that includes CV90 vehicles, mortar rounds and radars."
    )
    [t] = _of_pair(a, "Norway", "Ukraine")
    assert {"mortar rounds", "radars"} <= set(_goods(t))
    assert t.status == "planned"


def test_goods_in_a_relative_clause_the_parse_hangs_on_the_recipient_are_the_packages() -> None:
    a = _run(
        "Lithuania will transfer a new package of military aid to Ukraine, which includes M577 armored "
        "personnel carriers, grenade launcher ammunition and anti-drone equipment."
    )
    [t] = _of_pair(a, "Lithuania", "Ukraine")
    assert {"M577 armored personnel carriers", "grenade launcher ammunition"} <= set(_goods(t))


def test_a_relative_clause_on_the_recipient_that_lists_no_goods_gives_none() -> None:
    a = _run("Denmark will send a package of aid to Ukraine, which has lost many armored vehicles.")
    assert all("armored vehicles" not in _goods(t) for t in a.transfers)


def test_a_package_announced_in_a_clause_of_its_own_beside_a_stronger_act() -> None:
    a = _run(
        "Sweden said it would send 20 patrol boats to Ukraine this year, and Finland announced a $100 million "
        "package for Kyiv that includes howitzers and artillery ammunition."
    )
    [t] = _of_pair(a, "Finland", "Ukraine")
    assert set(_goods(t)) == {"howitzers", "artillery ammunition"}
    assert _of_pair(a, "Sweden", "Ukraine")


def test_goods_after_with_are_the_goods_of_the_package_announced() -> None:
    a = _run(
        "Defence Secretary Lloyd Austin announced a $250 million package for Ukraine on Monday, with "
        "Stinger missiles, grenades and demolition munitions."
    )
    [t] = _of_pair(a, "United States", "Ukraine")
    assert {"Stinger missiles", "grenades"} <= set(_goods(t))


def test_a_list_the_parse_hangs_on_the_verb_after_a_colon_is_still_listed() -> None:
    a = _run(
        "Canada pledged new aid for Ukraine on Friday. The package for Ukraine includes: 155mm artillery rounds; "
        "Javelin anti-tank missiles; NASAMS interceptors; and small arms."
    )
    goods = {g for t in a.transfers for g in _goods(t)}
    assert {"155mm artillery rounds", "NASAMS interceptors"} <= goods


def test_a_sentence_opening_with_it_lists_the_goods_of_the_act_before() -> None:
    a = _run(
        "The Pentagon announced a $200 million package of weapons for Ukraine on Tuesday. It also contains "
        "spare parts and ammunition for HIMARS launchers."
    )
    [t] = _of_pair(a, "United States", "Ukraine")
    assert {"spare parts", "ammunition"} <= set(_goods(t))


def test_a_package_announced_without_goods_takes_those_the_next_sentence_lists() -> None:
    a = _run(
        "The Pentagon announced a $1 billion package for Ukraine. It includes HIMARS rockets and Stinger missiles."
    )
    [t] = _of_pair(a, "United States", "Ukraine")
    assert set(_goods(t)) == {"HIMARS rockets", "Stinger missiles"}


def test_what_a_search_found_after_a_seizure_is_the_seized_cargo() -> None:
    a = _run(
        "The U.S. Navy seized a dhow carrying Iranian weapons bound for the Houthis on Sunday. Boarding teams "
        "found 150 packages holding missile parts, explosives and communication equipment."
    )
    [t] = _of_pair(a, "Iran", "Houthis")
    assert {"missile parts", "explosives", "communication equipment"} <= set(_goods(t))


def test_another_shipment_that_followed_is_a_transfer_of_its_own() -> None:
    a = _run(
        "Iran shipped drones to Russia in August 2022. Another shipment followed in October, with 40 Shahed-136 "
        "drones and spare engines."
    )
    batches = _of_pair(a, "Iran", "Russia")
    assert len(batches) == 2
    assert "Shahed-136 drones" in _goods(batches[1])


def test_a_second_consignment_that_followed_carries_the_goods_told_before() -> None:
    a = _run(
        "Pyongyang has shipped artillery shells to Moscow since August. The first consignment left Rajin in "
        "early August, and a second consignment followed in mid-September.",
        published="2023-11-01",
    )
    batches = _of_pair(a, "North Korea", "Russia")
    assert len(batches) == 2
    assert [it.category for it in batches[1].items] == ["artillery-ammunition"]


def test_a_refusal_to_supply_is_no_transfer() -> None:
    a = _run("Seoul said it would not supply lethal weapons to Kyiv, and will keep sending only humanitarian aid.")
    assert not a.transfers
    a = _run("Berlin won't send Taurus missiles to Ukraine, the chancellor said.")
    assert not a.transfers


def test_a_denial_of_a_past_supply_stays_a_denial() -> None:
    a = _run("Iran did not supply drones to Russia, its foreign minister said.")
    [t] = _of_pair(a, "Iran", "Russia")
    assert t.status == "denied"


def test_parts_diverted_through_a_third_country_are_listed_whole() -> None:
    a = _run("Firms in Armenia shipped capacitors, gyroscopes and optical sights to Russia in 2023.")
    goods = {g for t in a.transfers for g in _goods(t)}
    assert {"capacitors", "gyroscopes", "optical sights"} <= goods


def test_a_minister_with_no_state_named_in_a_wire_from_a_capital_speaks_for_that_state() -> None:
    a = _run(
        "VILNIUS, March 3 — Lithuania has sent Ukraine another 10 M577 armoured vehicles, Defence Minister "
        "Laurynas Kasciunas said on Friday.",
        published="2024-03-03",
    )
    [t] = _of_pair(a, "Lithuania", "Ukraine")
    assert t.status == "confirmed"


def test_a_minister_with_no_state_named_and_no_dateline_stays_a_reporter() -> None:
    a = _run(
        "Lithuania has sent Ukraine another 10 M577 armoured vehicles, Defence Minister Laurynas Kasciunas said.",
        published="2024-03-03",
    )
    [t] = _of_pair(a, "Lithuania", "Ukraine")
    assert t.status == "reported"
