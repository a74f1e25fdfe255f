"""English fixes from a blind batch of official and expert documents (Treasury and State releases,
Justice Department pleas, EU Council listings, UN panel findings, field dispatches): "to end users in"
read as an infinitive, a conspiracy to export told as the deed, a criminal case's day against the
deed's range, a ship's flag, a port of departure told after the destination, forces affiliated with a
side, a plant delivering to its own ministry, "the country" after goods bought from a seller, work on
goods told beside their delivery, "the group in Somalia", a firm's seat ("Dubai-based") and a state's
military-industrial complex."""

from __future__ import annotations

from functools import partial

from tests.parties import name as _name
from tests.parties import of_pair as _of_pair

from materiel.model import Transfer
from materiel.pipeline import analyze_text

PUB = "2025-10-08"
_run = partial(analyze_text, lang="en", published=PUB)


def _texts(t: Transfer) -> set[str]:
    return {i.text for i in t.items}


# "to end users in Russia": the parse reads "to end" as an infinitive


def test_end_users_in_a_state_receive_the_goods() -> None:
    a = _run(
        "Between 2022 and 2024 the Brooklyn firm exported U.S.-origin field-programmable gate arrays to end "
        "users in Russia, according to the indictment."
    )
    [t] = _of_pair(a, "United States", "Russia")
    assert t.status == "alleged" and t.date == "2022"


def test_end_users_dates_the_export_with_the_range_after_them() -> None:
    a = _run("A Texas company shipped oscilloscopes to end users in Iran between March 2021 and May 2023.")
    [t] = _of_pair(a, None, "Iran")
    assert t.date == "2021-03" and "oscilloscopes" in _texts(t)


def test_military_end_users_in_a_state_receive_the_goods() -> None:
    a = _run("The distributor shipped U.S.-origin gyroscopes to military end-users in Russia in 2022.")
    [t] = a.transfers
    assert (_name(t.supplier), _name(t.recipient)) == ("United States", "Russia") and t.date == "2022"


# a conspiracy to export is the charge for exports made, not an attempt stopped


def test_a_plea_to_conspiring_to_export_confirms_the_exports() -> None:
    a = _run(
        "A former Boeing contractor pleaded guilty in Seattle to conspiring to export U.S.-made avionics and "
        "night-vision goggles to Russia through a freight forwarder in Kazakhstan."
    )
    [t] = _of_pair(a, "United States", "Russia")
    assert t.status == "confirmed" and "avionics" in _texts(t)
    assert [_name(v) for v in t.intermediaries] == ["Kazakhstan"]


def test_a_charge_of_conspiring_to_ship_is_alleged() -> None:
    a = _run(
        "Two Canadian men were charged on Tuesday with conspiring to export U.S.-origin drone engines to end "
        "users in Iran."
    )
    [t] = _of_pair(a, "United States", "Iran")
    assert t.status == "alleged"


def test_an_attempt_to_export_stopped_by_a_court_is_still_no_transfer() -> None:
    a = _run("A Dutch trader pleaded guilty to attempting to export thermal rifle scopes to Russia.")
    assert not a.transfers


# the day of a plea or an arrest dates the case; the deed's own range dates the transfer


def test_the_plea_day_gives_way_to_the_range_of_the_exports() -> None:
    a = _run(
        "An Estonian national pleaded guilty today to conspiring to export U.S.-origin circuit boards to end "
        "users in Russia, which he sent through a shipping agent in Tallinn, Estonia, between June 2022 and "
        "April 2023, the Justice Department said."
    )
    [t] = _of_pair(a, "United States", "Russia")
    assert t.date == "2022-06" and t.status == "confirmed"


def test_the_plea_day_still_dates_a_plea_with_no_other_date() -> None:
    a = _run("An Iranian national pleaded guilty on Monday to exporting U.S.-origin accelerometers to Iran.")
    [t] = _of_pair(a, "United States", "Iran")
    assert t.date is None


# the flag a ship flies is a registry, neither the goods' state nor a party


def test_a_flag_state_is_no_supplier() -> None:
    a = _run(
        "On 3 March 2025 the Sierra Leone-flagged cargo ship Nadia offloaded 60 armoured vehicles at the port of "
        "Benghazi, the panel said."
    )
    [t] = a.transfers
    assert _name(t.supplier) is None and _name(t.recipient) == "Libya"


def test_a_flag_state_beside_a_named_origin_leaves_the_origin() -> None:
    a = _run("A Togo-flagged freighter carried Iranian drones to Russia in 2023.")
    [t] = a.transfers
    assert _name(t.supplier) == "Iran" and _name(t.recipient) == "Russia"


# a port of departure told after the destination


def test_a_loading_port_told_after_the_destination_gives_the_supplier() -> None:
    a = _run(
        "The vessel offloaded 40 T-72 tanks at Tartus in January after loading them at Novorossiysk, according "
        "to tracking data."
    )
    [t] = a.transfers
    assert _name(t.supplier) == "Russia" and _name(t.recipient) == "Syria"
    assert [(leg.origin and leg.origin.name, leg.destination and leg.destination.name) for leg in t.route] == [
        ("Novorossiysk", "Tartus")
    ]


def test_a_from_port_after_the_to_port_starts_the_leg() -> None:
    a = _run("A cargo ship delivered 120 tonnes of artillery shells to Tartus from Novorossiysk last month.")
    [t] = a.transfers
    assert _name(t.supplier) == "Russia" and _name(t.recipient) == "Syria"


# armed men tied to a side by a participle stand for that side


def test_forces_affiliated_with_a_commander_are_his_side() -> None:
    a = _run(
        "Investigators believe that the cargo flights delivered military materiel from the Russian Federation "
        "to forces affiliated with Khalifa Haftar in 2024."
    )
    [t] = a.transfers
    assert (_name(t.supplier), _name(t.recipient)) == ("Russia", "Libyan National Army")
    assert t.status == "alleged" and t.date == "2024"


def test_militias_aligned_with_a_group_receive_for_it() -> None:
    a = _run("Iran shipped anti-ship missiles to militias aligned with the Houthis in 2024, the report said.")
    [t] = a.transfers
    assert (_name(t.supplier), _name(t.recipient)) == ("Iran", "Houthis")


def test_a_backer_is_not_read_as_an_allegiance() -> None:
    a = _run("Iran sent drones to militias backed by Russia in 2024.")
    assert not _of_pair(a, "Iran", "Russia")


# a plant of no told foreign home delivering to a state's own ministry is domestic procurement


def test_a_plant_delivering_to_its_own_defence_ministry_is_no_transfer() -> None:
    a = _run(
        "According to Treasury, the Kazan helicopter plant has tripled its output since 2023 and delivers the "
        "Mi-28 gunships directly to the Russian Ministry of Defense."
    )
    assert not a.transfers


def test_a_plant_delivering_another_state_s_make_abroad_still_counts() -> None:
    a = _run("The Kurganmash plant delivered 30 BMP-3 vehicles to the Indonesian army in 2024.")
    [t] = a.transfers
    assert _name(t.recipient) == "Indonesia" and t.date == "2024"


def test_a_foreign_plant_delivering_to_a_ministry_still_counts() -> None:
    a = _run("A Belarusian plant delivered 40 launchers to the Russian Ministry of Defence in 2023.")
    [t] = a.transfers
    assert (_name(t.supplier), _name(t.recipient)) == ("Belarus", "Russia")


# "the country" after goods bought from a seller is the buyer, not the seller


def test_the_country_goods_were_bought_from_is_not_where_they_arrived() -> None:
    a = _run(
        "Australia's defence department said the first HIMARS launchers bought from the United States had "
        "arrived in the country in August."
    )
    [t] = a.transfers
    assert (_name(t.supplier), _name(t.recipient)) == ("United States", "Australia")
    assert t.status == "confirmed" and t.date == "2025-08"


# work on goods told beside their handing over shares its phrases


def test_production_and_delivery_share_the_receiver_and_goods() -> None:
    a = _run(
        "The Council listed three North Korean firms involved in the production and delivery to Russia of "
        "KN-23 ballistic missiles."
    )
    [t] = a.transfers
    assert (_name(t.supplier), _name(t.recipient)) == ("North Korea", "Russia")
    assert {i.entity.name for i in t.items if i.entity is not None} == {"KN-23"}


def test_development_and_export_share_the_goods() -> None:
    a = _run("The company was sanctioned for the development and export of drone engines to Iran in 2023.")
    [t] = a.transfers
    assert _name(t.recipient) == "Iran" and t.date == "2023"


# "the group in Somalia": the group whose home is named, not the latest group told


def test_the_group_placed_in_a_country_is_the_group_of_that_country() -> None:
    a = _run(
        "Somali forces seized rifles from al-Shabaab fighters near Kismayo. Investigators assess that the "
        "rifles were most likely supplied by Iran to the Houthis and later smuggled across the Gulf of Aden "
        "to the group in Somalia."
    )
    [t] = a.transfers
    assert (_name(t.supplier), _name(t.recipient)) == ("Iran", "al-Shabaab")
    assert [_name(v) for v in t.intermediaries] == ["Houthis"] and t.status == "alleged"


def test_the_gulf_of_aden_is_no_persian_gulf() -> None:
    a = _run("Iran shipped anti-tank missiles across the Gulf of Aden to the Houthis in 2024.")
    [t] = a.transfers
    assert (_name(t.supplier), _name(t.recipient)) == ("Iran", "Houthis")
    assert all(leg.via is None or leg.via.name == "Gulf of Aden" for leg in t.route)


# "Dubai-based X": the firm's seat names the state it acts for


def test_a_firm_based_in_a_city_passes_goods_for_that_city_s_state() -> None:
    a = _run(
        "On or about March 3, 2024, Sharjah-based Falcon Crest General Trading LLC transshipped 300 "
        "Chinese-made servo motors to a drone plant in Yelabuga, Russia."
    )
    [t] = a.transfers
    assert (_name(t.supplier), _name(t.recipient)) == ("China", "Russia")
    assert [_name(v) for v in t.intermediaries] == ["United Arab Emirates"] and t.date == "2024-03-03"


def test_a_firm_based_in_a_capital_re_exports_for_its_state() -> None:
    a = _run("Bishkek-based Tengri Trade LLC re-exported U.S.-origin microcontrollers to Moscow-based firms in 2023.")
    [t] = a.transfers
    assert (_name(t.supplier), _name(t.recipient)) == ("United States", "Russia")
    assert [_name(v) for v in t.intermediaries] == ["Kyrgyzstan"]


# "the Russian military-industrial complex": a state's industry receives for the state


def test_the_military_industrial_complex_of_a_state_receives_for_it() -> None:
    a = _run(
        "Since 2023, Chinese firms have supplied the Russian military-industrial complex with machine tools "
        "and microelectronics, the State Department said."
    )
    [t] = a.transfers
    assert (_name(t.supplier), _name(t.recipient)) == ("China", "Russia") and t.date == "2023"


# "approved a possible Foreign Military Sale to X of goods": the parse hangs the goods on the verb


def test_a_foreign_military_sale_names_its_goods_after_the_buyer() -> None:
    a = _run(
        "The State Department has approved a possible Foreign Military Sale to the Government of the "
        "Philippines of 20 F-16 fighter jets, the Defense Security Cooperation Agency said on Tuesday."
    )
    [t] = a.transfers
    assert (_name(t.supplier), _name(t.recipient)) == ("United States", "Philippines")
    assert t.status == "planned" and t.date == "2025-10-07" and t.items[0].quantity is not None


def test_a_long_capitalised_name_of_goods_still_goes_to_the_sale() -> None:
    a = _run(
        "The State Department has approved a possible Foreign Military Sale to Norway of up to 100 AIM-9X "
        "Sidewinder Block II Tactical Missiles and related equipment."
    )
    [t] = a.transfers
    assert (_name(t.supplier), _name(t.recipient)) == ("United States", "Norway") and t.status == "planned"


# goods that describe a party by its trade are not the goods handed over


def test_the_trade_of_the_receiving_firm_is_no_item() -> None:
    a = _run(
        "Since 2023 the Chinese exporter has shipped milling machines to the Tula Arms Plant, Russia's oldest "
        "manufacturer of rifles."
    )
    [t] = a.transfers
    assert _name(t.recipient) == "Russia" and {i.text for i in t.items} == {"milling machines"}


# "conspired to export aircraft parts": the parse reads "export" as a modifier of the goods


def test_a_verb_read_as_a_modifier_of_the_goods_still_tells_the_export() -> None:
    a = _run(
        "A Florida businessman pleaded guilty to conspiring to ship avionics and night-vision goggles to Russia "
        "through a freight forwarder in Armenia."
    )
    [t] = a.transfers
    assert _name(t.recipient) == "Russia" and t.status == "confirmed"
    assert [_name(v) for v in t.intermediaries] == ["Armenia"]


def test_an_attempt_read_the_same_way_stays_no_transfer() -> None:
    a = _run("He pleaded guilty to attempting to ship avionics to Iran.")
    assert not a.transfers


def test_goods_subject_to_export_controls_tell_no_export() -> None:
    a = _run("The engines were subject to export controls, the Commerce Department said.")
    assert not a.transfers


# the user of goods a relative clause says a giver handed over received them


def test_the_user_of_goods_another_state_provided_received_them() -> None:
    a = _run("Russia has launched hundreds of drones that Iran provided to it in 2022 and 2023.")
    [t] = a.transfers
    assert (_name(t.supplier), _name(t.recipient)) == ("Iran", "Russia") and t.date == "2022"


def test_a_group_firing_missiles_a_state_sent_received_them() -> None:
    a = _run("The Houthis fired anti-ship missiles that Iran had sent, the panel said.")
    [t] = a.transfers
    assert (_name(t.supplier), _name(t.recipient)) == ("Iran", "Houthis")


def test_shooting_down_goods_a_state_supplied_gives_the_shooter_nothing() -> None:
    a = _run("Ukraine shot down 40 drones that Iran supplied.")
    assert not _of_pair(a, "Iran", "Ukraine")
