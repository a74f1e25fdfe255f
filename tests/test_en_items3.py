"""English goods, third round: components and ammunition words real outlets use ("guidance units",
"flight controllers", "modular charges", "mortar ammunition", "small arms ammunition"), a mass noun
of goods before parts ("ammunition and spare parts": two goods, not parts of both), a stopped or
loaded carrier told in the sentence after a seizure (its load is that seizure's goods), a variant
code after a system's name ("Rafale F4": no F-4), and an air force that "flies" its jets (use, no
receipt)."""

from __future__ import annotations

from functools import partial

from tests.parties import pair as _pair

from materiel.model import Transfer
from materiel.pipeline import analyze_text

PUB = "2025-03-10"

_run = partial(analyze_text, lang="en", published=PUB)


def _goods(t: Transfer) -> list[tuple[str, str]]:
    return [(i.text, i.category) for i in t.items]


def _only(text: str) -> Transfer:
    ts = _run(text).transfers
    assert len(ts) == 1, [(_pair(t), _goods(t)) for t in ts]
    return ts[0]


# a mass noun of goods before parts is goods of its own, not a modifier the parts share


def test_ammunition_and_spare_parts_are_two_goods() -> None:
    t = _only("Sweden delivered ammunition and spare parts to Ukraine in January.")
    assert _goods(t) == [("ammunition", "ammunition"), ("spare parts", "components")]


def test_equipment_and_drone_parts_are_two_goods() -> None:
    t = _only("A Turkish firm shipped equipment and drone parts to Russia last year.")
    assert ("equipment", "other") in _goods(t)
    assert ("drone parts", "components") in _goods(t)


def test_missile_and_drone_components_stay_one_item() -> None:
    t = _only("Iran sent missile and drone components to the Houthis.")
    assert _goods(t) == [("missile and drone components", "components")]


# components and ammunition words


def test_guidance_units_and_flight_controllers_are_components() -> None:
    t = _only("Chinese traders sold Russia guidance units, flight controllers and microprocessors for its drones.")
    assert {c for _, c in _goods(t)} == {"components"}
    assert {w for w, _ in _goods(t)} >= {"guidance units", "flight controllers", "microprocessors"}


def test_control_units_told_after_the_act_are_its_goods() -> None:
    t = _only("Iran has supplied Shahed drones to Russia. Among the items were engines and control units.")
    assert ("control units", "components") in _goods(t)


def test_modular_charges_beside_shells_are_artillery_ammunition() -> None:
    t = _only("Poland sent Ukraine 155mm shells and modular charges in the spring.")
    assert ("modular charges", "artillery-ammunition") in _goods(t)


def test_mortar_ammunition_is_artillery_ammunition() -> None:
    t = _only("Bulgaria exported mortar ammunition to Ukraine through Romania.")
    assert _goods(t) == [("mortar ammunition", "artillery-ammunition")]


def test_small_arms_ammunition_is_one_ammunition_item() -> None:
    t = _only("Belarus handed Russia small arms ammunition and machine gun ammunition from its depots.")
    assert _goods(t) == [("small arms ammunition", "ammunition"), ("machine gun ammunition", "ammunition")]


# a carrier stopped or loaded, told after a seizure: the seizure's load told again


def test_dhow_intercepted_carrying_goods_gives_them_to_the_seizure() -> None:
    t = _only(
        "Coast guards seized Iranian weapons bound for the Houthis last week. The sailors, backed by a US "
        "destroyer, intercepted a dhow carrying 200 tonnes of munitions, including missile parts, radars "
        "and drone engines, officials said."
    )
    assert _pair(t) == ("Iran", "Houthis")
    cats = {c for _, c in _goods(t)}
    assert {"components", "air-defence", "ammunition"} <= cats


def test_the_boat_was_laden_with_goods_of_the_seizure() -> None:
    t = _only(
        "Egyptian police seized Iranian rockets bound for Hamas near Rafah. The truck was laden with "
        "rocket engines and explosives."
    )
    assert _pair(t)[0] == "Iran"
    assert ("rocket engines", "components") in _goods(t)


def test_a_second_carrier_with_its_own_parties_is_its_own_record() -> None:
    ts = _run(
        "Israel intercepted a ship carrying Iranian rockets to Gaza. Coast guards also boarded a boat "
        "carrying rifles bound for Hezbollah from Syria."
    ).transfers
    assert [_pair(t) for t in ts] == [("Iran", "Palestine"), ("Syria", "Hezbollah")]
    assert [c for _, c in _goods(ts[0])] == ["ammunition"]


# a variant code after a system's name


def test_rafale_f4_is_one_rafale_no_phantom() -> None:
    t = _only("The UAE placed an order for 80 Rafale F4 jets with France in December 2021.")
    assert _goods(t) == [("Rafale F4 jets", "aircraft")]
    assert [i.entity.name for i in t.items if i.entity is not None] == ["Rafale"]


def test_f4_after_a_list_comma_is_still_the_phantom() -> None:
    t = _only("Iran received F-5 and F4 jets from the United States before 1979.")
    assert "F-4 Phantom II" in {i.entity.name for i in t.items if i.entity is not None}


# flying goods in service is using them


def test_an_air_force_that_flies_its_jets_received_nothing() -> None:
    a = _run("The Pakistan Air Force, which flies more than 150 JF-17s, used the jets in strikes last May.")
    assert a.transfers == []


def test_flying_foreign_made_drones_tells_no_transfer() -> None:
    assert not _run("Kenya flies Turkish-made TB2 drones.").transfers


def test_flying_drones_to_a_country_is_a_delivery() -> None:
    assert _pair(_only("Iran flew drones to Russia in 2022.")) == ("Iran", "Russia")


# "it" after an opener, with the speaker told after the act, is who was spoken of before


def test_it_after_in_addition_is_the_supplier_told_before_not_the_speaker() -> None:
    ts = _run(
        "North Korea has shipped shells to Russia. In addition, it has sent rocket launchers, South Korea's "
        "spy agency said."
    ).transfers
    assert [_pair(t) for t in ts] == [("North Korea", "Russia"), ("North Korea", "Russia")]
    assert _goods(ts[1]) == [("rocket launchers", "rocket-launcher")]


def test_a_speaker_who_says_it_sent_goods_is_still_the_supplier() -> None:
    t = _only("Turkey said on Monday that it had sent armoured vehicles to Somalia.")
    assert _pair(t) == ("Turkey", "Somalia")


# an order that followed, in a month after the one told with its year before it


def test_an_order_that_followed_in_a_bare_month_keeps_the_story_year() -> None:
    ts = _run(
        "Saudi Arabia ordered ten batteries of Cheongung-II air defence systems from South Korea in "
        "February 2024. Iraq followed in September with an order for eight batteries of the same system.",
        published="2025-09-10",
    ).transfers
    iraq = [t for t in ts if _pair(t)[1] == "Iraq"]
    assert [t.date for t in iraq] == ["2024-09"]


def test_a_batch_that_followed_a_year_alone_is_still_the_latest_month() -> None:
    ts = _run(
        "Poland sent Ukraine 200 T-72 tanks in 2024, and 14 Leopard 2A4 tanks followed in February.",
        published="2025-06-13",
    ).transfers
    assert {t.date for t in ts if any("Leopard" in i.text for i in t.items)} == {"2025-02"}


# the deal a delivered lot is "part of" is a record of its own, undated by the delivery


def test_part_of_an_order_for_counted_goods_is_a_planned_record_of_its_own() -> None:
    ts = _run("Russia delivered six Su-35 jets to Iran on Monday, part of a larger order for 50 jets.").transfers
    assert [(_pair(t), t.status, t.date) for t in ts] == [
        (("Russia", "Iran"), "reported", "2025-03-10"),
        (("Russia", "Iran"), "planned", None),
    ]
    assert ts[1].items[0].quantity is not None and ts[1].items[0].quantity.value == 50


def test_part_of_a_dated_deal_keeps_the_deals_date() -> None:
    ts = _run("France handed over six Rafale jets to Greece in January, part of a 2021 deal for 24 Rafales.").transfers
    assert sorted((t.status, t.date) for t in ts) == [("planned", "2021"), ("reported", "2025-01")]


def test_part_of_a_package_with_no_count_is_no_record_of_its_own() -> None:
    ts = _run("Germany delivered two IRIS-T systems to Ukraine on Friday, part of an aid package.").transfers
    assert [(_pair(t), t.status) for t in ts] == [(("Germany", "Ukraine"), "reported")]


# what goods told before are said to be names them


def test_drones_believed_to_be_a_model_are_named_by_it() -> None:
    t = _only(
        "Iranian drones are being shipped to Russia, US officials said. The drones are believed to be "
        "Shahed-136 models."
    )
    assert [i.entity.name for i in t.items if i.entity is not None] == ["Shahed-136"]
    assert len(t.items) == 1


def test_missiles_believed_to_be_aimed_somewhere_name_nothing() -> None:
    t = _only("Iran has sent missiles to Russia, Reuters reported. The missiles were believed to be aimed at Kyiv.")
    assert _goods(t) == [("missiles", "missile")]


# goods that came along with those told before


def test_shells_accompanied_by_charges_and_fuzes_carry_them() -> None:
    t = _only("North Korea sent Russia artillery shells. The shells were accompanied by propellant charges and fuzes.")
    assert _goods(t) == [
        ("artillery shells", "artillery-ammunition"),
        ("propellant charges", "artillery-ammunition"),
        ("fuzes", "ammunition"),
    ]


def test_tanks_that_came_with_parts_and_rounds_carry_them() -> None:
    t = _only(
        "Germany delivered 18 Leopard tanks to Ukraine in March. The tanks came with spare parts and 10,000 "
        "rounds of ammunition."
    )
    assert {c for _, c in _goods(t)} == {"armoured-vehicle", "components", "ammunition"}


# a nation's trade figures count that nation's own trade, and confirm nothing


def test_chinese_customs_data_show_exports_are_chinas() -> None:
    t = _only("Chinese customs data show exports of drone engines to Russia tripled in 2024.")
    assert (_pair(t), t.date, t.status) == (("China", "Russia"), "2024", "reported")


def test_chinese_customs_data_show_that_exports_are_chinas_and_only_reported() -> None:
    t = _only("Chinese customs data show that exports of ball bearings to Russia doubled in 2023.")
    assert (_pair(t), t.status) == (("China", "Russia"), "reported")


def test_russian_customs_data_show_imports_are_russias() -> None:
    t = _only("Russian customs data show imports of machine tools from China rose in 2023.")
    assert _pair(t) == ("China", "Russia")


def test_exports_of_another_state_in_a_states_data_keep_their_own_exporter() -> None:
    a = _run(
        "Chinese customs data show exports of machine tools to Russia doubled, while Turkish exports of bearings rose."
    )
    assert {_pair(t) for t in a.transfers} == {("China", "Russia"), ("Turkey", "Russia")}


# goods whose state of make the sentence tells take no supplier from the act told before


def test_shells_made_in_north_korea_are_not_irans() -> None:
    ts = _run("Iran has sent Shahed drones to Russia. Moscow has also received shells made in North Korea.").transfers
    assert [_pair(t) for t in ts] == [("Iran", "Russia"), ("North Korea", "Russia")]


def test_a_lot_of_the_deal_told_before_still_takes_its_seller() -> None:
    ts = _run(
        "Poland bought K2 tanks from South Korea in 2022. The first ten were delivered to Poland in December."
    ).transfers
    assert {_pair(t) for t in ts} == {("South Korea", "Poland")}


# bare "kits" are parts of arms, unless relief goods


def test_kits_to_assemble_drones_are_components() -> None:
    t = _only("Iran supplied Russia with kits to assemble Shahed drones at Alabuga.")
    assert (_pair(t), _goods(t)) == (("Iran", "Russia"), [("kits", "components")])


def test_medical_kits_are_no_goods_of_arms() -> None:
    assert _run("Germany sent Ukraine medical kits and blankets.").transfers == []


# goods listed in what a load came to are the load's


def test_goods_a_haul_amounted_to_are_the_hauls() -> None:
    t = _only(
        "The haul, which officials described as the largest seizure of Iranian weapons bound for the Houthis, "
        "amounted to 200 tonnes of cargo, including missiles, drone engines and radar systems."
    )
    assert _pair(t) == ("Iran", "Houthis")
    assert {c for _, c in _goods(t)} == {"missile", "components", "air-defence"}


def test_goods_of_a_total_with_no_load_subject_go_nowhere() -> None:
    t = _only(
        "Iran sent weapons to the Houthis in 2023. Houthi attacks amounted to 100 strikes, including missiles "
        "and drones fired at ships."
    )
    assert _goods(t) == [("weapons", "other")]


def test_a_firm_named_for_its_rifles_that_equipment_is_sold_to_is_no_goods() -> None:
    a = _run(
        "Iran provided kits for Shahed drones to Russia in 2022. In a statement, a Chinese trading firm denied "
        "selling equipment to Kalashnikov."
    )
    assert [(_pair(t), _goods(t)) for t in a.transfers] == [(("Iran", "Russia"), [("kits", "components")])]


# a pronoun taking up the goods told before takes up all of them


def test_these_were_delivered_takes_up_every_good_bought() -> None:
    ts = _run(
        "Armenia bought Pinaka launchers, rockets and ammunition from India in 2022. These were delivered in 2023."
    ).transfers
    assert [t.date for t in ts] == ["2022", "2023"]
    assert {c for _, c in _goods(ts[1])} == {"rocket-launcher", "ammunition"}


def test_the_first_two_of_a_named_system_keep_the_system_only() -> None:
    ts = _run(
        "Nigeria ordered six T129 helicopters and spare parts from Turkey in 2023. The first two arrived in May."
    ).transfers
    assert [c for _, c in _goods(ts[-1])] == ["aircraft"]


# bare "charges" listed with shells are propellant charges; a court's charges are not


def test_shells_and_charges_are_two_artillery_goods() -> None:
    t = _only("Bulgaria sent Ukraine 155mm shells, fuzes and charges.")
    assert ("charges", "artillery-ammunition") in _goods(t)


def test_charges_a_broker_faces_are_no_goods() -> None:
    t = _only("Poland sent Ukraine shells; the broker faces charges.")
    assert _goods(t) == [("shells", "artillery-ammunition")]
