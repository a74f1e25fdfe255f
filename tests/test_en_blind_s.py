"""English fixes from a blind batch of newspaper features, explainers and wire leads on Ukraine aid
and European deliveries and on arms sales in the Sahel, South Asia and the Caucasus: a supply ruled
out while "brushing aside calls to arm Kyiv", a letter suffix of a missile's name ("AIM-9M") read as
a name of its own, missile defence systems and China's HQ-19, a convoy that "reached Bamako after a
drive from Guinea, where the equipment had been unloaded" (an earlier leg and its goods, not a
delivery to Guinea), and vessels ordered by a count of a part ("eight of the boats")."""

from __future__ import annotations

from functools import partial

from tests.parties import pair as _pair
from tests.parties import via as _via

from materiel.pipeline import analyze_text

PUB = "2024-11-12"


_run = partial(analyze_text, lang="en", published=PUB)


def _texts(t: object) -> list[str]:
    return [i.text for i in t.items]  # type: ignore[attr-defined]


# a supply ruled out, then "brushing aside calls to arm Kyiv" (the parse hangs "to arm" on the verb)


def test_brushing_aside_calls_to_arm_kyiv_is_no_transfer() -> None:
    a = _run(
        "Japan has no plan to send lethal weapons to Ukraine, the defence ministry said on Tuesday, "
        "brushing aside calls from lawmakers of the ruling party to arm Kyiv after the latest Russian strikes."
    )
    assert a.transfers == []


def test_brushing_aside_calls_to_arm_kyiv_after_a_headline_is_no_transfer() -> None:
    a = _run(
        "Tokyo says no change to Ukraine arms policy\n\nTOKYO — Japan has no plan to send lethal weapons to "
        "Ukraine, directly or through third countries, the defence ministry said on Tuesday, brushing aside calls "
        "from lawmakers of the ruling party to arm Kyiv after North Korean troops were deployed to Russia's "
        "Kursk region."
    )
    assert a.transfers == []


def test_turning_down_requests_to_send_tanks_is_no_transfer() -> None:
    assert _run("Austria turned down requests to send tanks to Ukraine.").transfers == []


def test_brushing_aside_calls_and_then_sending_tanks_is_a_transfer() -> None:
    a = _run("Germany brushed aside calls from Moscow and sent tanks to Ukraine.")
    assert [_pair(t) for t in a.transfers] == [("Germany", "Ukraine")]


# a name is read from the start of a word: "AIM-9M", "Fateh-110M" hold no "M missiles"


def test_the_letter_suffix_of_a_missile_name_is_no_name_of_its_own() -> None:
    a = _run("Iran sent Fateh-110M missiles to Russia.")
    [t] = a.transfers
    assert not any(x.startswith("M ") for x in _texts(t))


def test_aim_9m_is_a_sidewinder() -> None:
    a = _run("The United States will send AIM-9M missiles to Ukraine.")
    [t] = a.transfers
    [item] = t.items
    assert item.entity is not None and item.entity.name == "AIM-9 Sidewinder"
    assert item.category == "missile"


# missile defence systems are air defence


def test_missile_defence_systems_are_air_defence() -> None:
    a = _run(
        "Beijing will sell HQ-19 missile defence systems to Pakistan, and Russia will send missile defense "
        "systems to Iran."
    )
    assert [i.category for t in a.transfers for i in t.items] == ["air-defence", "air-defence"]
    assert a.transfers[0].items[0].entity is not None and a.transfers[0].items[0].entity.name == "HQ-19"


# a convoy told arriving "after a drive from Guinea, where the equipment had been unloaded at Conakry"


def test_a_where_clause_on_the_place_the_convoy_came_from_is_an_earlier_leg() -> None:
    a = _run(
        "A convoy of Russian armoured vehicles reached Bamako on Sunday after a drive from Guinea, where the "
        "equipment had been unloaded at the port of Conakry. The shipment included BTR-70 personnel carriers "
        "and Grad launchers, the broadcaster said."
    )
    [t] = a.transfers
    assert _pair(t) == ("Russia", "Mali")
    assert _via(t) == {"Guinea"}
    texts = " | ".join(_texts(t))
    assert "BTR-70" in texts and "Grad launchers" in texts


def test_a_where_clause_on_a_place_goods_went_to_after_is_no_earlier_leg() -> None:
    a = _run(
        "Russia sent armoured vehicles to Mali in May. They were later trucked to Niger, where they were unloaded."
    )
    assert {_pair(t) for t in a.transfers} == {("Russia", "Mali"), ("Russia", "Niger")}


# vessels ordered by a count of a part: "ordered eight of the boats"


def test_eight_of_the_boats_ordered_are_the_goods() -> None:
    a = _run(
        "The navy is waiting for its first Hangor-class submarine. "
        "Pakistan ordered eight of the boats from China in 2015."
    )
    [t] = a.transfers
    assert _pair(t) == ("China", "Pakistan")
    assert t.status == "planned" and t.date == "2015"
    assert [i.category for i in t.items] == ["naval"]


def test_ships_carrying_two_of_the_rifles_stay_carriers() -> None:
    a = _run("Iran sent two of the ships carrying rifles to Yemen.")
    assert all(i.category != "naval" for t in a.transfers for i in t.items)


# "a spokesman for the Malian armed forces said": the body a spokesperson speaks for is the speaker


def test_a_spokesman_for_the_receivers_armed_forces_confirms() -> None:
    a = _run(
        "Mali took delivery of two Akinci drones from Turkey late last year, "
        "a spokesman for the Malian armed forces said."
    )
    [t] = a.transfers
    assert _pair(t) == ("Turkey", "Mali")
    assert t.status == "confirmed"


def test_a_spokesman_for_a_third_state_only_reports() -> None:
    a = _run("Iran sent drones to Russia last year, a spokesman for the German government said.")
    [t] = a.transfers
    assert _pair(t) == ("Iran", "Russia")
    assert t.status == "reported"


# money spent on goods of a named make buys them; a budget with no supplier is none


def test_money_spent_on_goods_of_a_make_is_a_purchase() -> None:
    a = _run("Nigeria spent $300 million on Chinese drones last year.")
    [t] = a.transfers
    assert _pair(t) == ("China", "Nigeria")
    assert t.date == "2023"


def test_money_spent_on_a_states_own_weapons_is_no_transfer() -> None:
    assert _run("Germany has spent billions on Patriot systems for its own army.").transfers == []
    assert _run("Russia spent $2 billion on its own drones last year.").transfers == []


# goods listed with calibres and spare barrels


def test_two_calibres_after_a_comma_keep_the_rest_of_the_list() -> None:
    a = _run(
        "The United States will send Stinger missiles, 155mm and 105mm artillery rounds and spare parts to Ukraine."
    )
    [t] = a.transfers
    assert [i.category for i in t.items] == ["air-defence", "artillery-ammunition", "components"]


def test_spare_barrels_are_components_and_no_barrel_of_oil_is() -> None:
    a = _run("Sweden will send eight howitzers with spare barrels to Ukraine.")
    [t] = a.transfers
    assert _pair(t) == ("Sweden", "Ukraine")
    assert [i.category for i in t.items] == ["other", "components"]
    assert _run("Oil prices rose to 80 dollars a barrel, and Russia sold 2 million barrels to India.").transfers == []


# goods counted among a supplier's deliveries: "lists 44 tanks among Chinese deliveries"


def test_goods_listed_among_a_suppliers_deliveries_are_delivered() -> None:
    a = _run(
        "SIPRI lists 44 MBT-2000 tanks and FM-90 surface-to-air missile systems among Chinese deliveries to Bangladesh."
    )
    [t] = a.transfers
    assert _pair(t) == ("China", "Bangladesh")
    assert [i.category for i in t.items] == ["armoured-vehicle", "air-defence"]


def test_a_state_listed_among_buyers_is_no_goods() -> None:
    a = _run("The report lists Pakistan among the buyers of Chinese jets.")
    assert all(i.category == "aircraft" for t in a.transfers for i in t.items)
