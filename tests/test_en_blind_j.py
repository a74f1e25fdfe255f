"""English fixes from a blind batch of wire reports on Africa, the Middle East, the Caucasus and Asia
(UAE re-exports to Sudan's RSF, Indian guns for Armenia, Iranian cargo seized off Yemen, North Korean
artillery for Russia, Russian air defences flown from Syria to Libya): a group's name the parser
splits into an adjective, the party that leans on a supplier named by a relative clause, the rulers
"in" a capital after a dative "to", goods handed over "where" they were flown, air-defence guns and
radar equipment."""

from __future__ import annotations

from functools import partial

from tests.parties import name as _name
from tests.parties import pairs
from tests.parties import via as _via

from materiel.model import Transfer
from materiel.pipeline import analyze_text

PUB = "2025-07-17"
_run = partial(analyze_text, lang="en", published=PUB)
_pairs = partial(pairs, lang="en", published=PUB)


def _of_pair(text: str, supplier: str | None, recipient: str | None) -> list[Transfer]:
    return [t for t in _run(text).transfers if _name(t.supplier) == supplier and _name(t.recipient) == recipient]


def _cats(t: Transfer) -> dict[str, str]:
    return {i.text: i.category for i in t.items}


# "to al-Shabaab fighters": the parser takes "Shabaab" for an adjective of the fighters; the name is
# theirs, not an adjective of origin ("Ukrainian pilots")


def test_a_hyphenated_group_name_before_fighters_receives() -> None:
    text = "UN monitors said the Houthis had smuggled rifles and drones to al-Shabaab fighters in Somalia last year."
    [t] = _of_pair(text, "Houthis", "al-Shabaab")
    assert t.date == "2024" and set(_cats(t).values()) == {"small-arms", "drone"}


def test_a_group_name_before_militants_receives_from_a_state() -> None:
    assert _pairs("Eritrea shipped mortar rounds to al-Shabaab militants in 2023.") == {("Eritrea", "al-Shabaab")}


def test_an_adjective_of_origin_before_militants_still_names_no_receiver() -> None:
    assert ("Iran", "Iraq") not in _pairs("Iran sent rifles to Iraqi militants in 2023.")


# "Tripoli relies on Turkey, which sent drones": the party leaning on (or turning to) the supplier a
# relative clause tells gave goods is who received them


def test_a_government_relying_on_a_supplier_of_a_relative_clause_receives() -> None:
    text = "The government in Tripoli relies on Turkey, which delivered Bayraktar TB2 drones in 2020."
    [t] = _of_pair(text, "Turkey", "Libya")
    assert t.date == "2020" and t.status == "reported"


def test_a_state_turning_to_a_supplier_receives_its_jets() -> None:
    [t] = _of_pair("Mali turned to Russia, which delivered four Su-25 jets in 2023.", "Russia", "Mali")
    assert t.date == "2023" and [i.quantity.value for i in t.items if i.quantity] == [4]


def test_a_junta_in_a_capital_turning_to_a_supplier_receives() -> None:
    text = "The junta in Niamey has turned to Turkey, which shipped Aksungur drones in 2024."
    assert _pairs(text) == {("Turkey", "Niger")}


def test_a_relative_clause_of_no_giving_gives_nothing() -> None:
    assert _pairs("Armenia relies on France, which criticised Azerbaijan in 2024.") == set()


# "sent drones to the government in Kyiv": the parse takes the "to" for a dative; the rulers in the
# capital are still the receiver


def test_the_government_in_a_capital_after_a_dative_to_receives() -> None:
    assert _pairs("Turkey sent armed drones to the government in Kyiv in 2022.") == {("Turkey", "Ukraine")}


def test_the_government_in_tripoli_receives_from_turkey() -> None:
    assert _pairs("Ankara sent howitzers to the government in Tripoli in 2020.") == {("Turkey", "Libya")}


# "flew S-300 parts to eastern Libya, where they were handed to Haftar's forces": one transfer to
# the party the goods were handed to; the place they were flown to takes no part


def test_goods_handed_over_where_they_were_flown_go_to_the_taker() -> None:
    text = (
        "Russia flew Pantsir launchers from Syria to eastern Libya, where they were handed to forces loyal "
        "to Khalifa Haftar, two officials said."
    )
    got = _run(text).transfers
    assert {(_name(t.supplier), _name(t.recipient)) for t in got} == {("Russia", "Libyan National Army")}
    assert "Pantsir launchers" in {i.text for t in got for i in t.items}


def test_tanks_shipped_to_a_port_and_handed_over_there_go_to_the_group() -> None:
    assert _pairs("Iran shipped tanks to Latakia, where they were handed over to Hezbollah.") == {("Iran", "Hezbollah")}


def test_a_where_clause_of_use_leaves_the_destination_the_receiver() -> None:
    assert _pairs("Iran sent missiles to Syria, where Russia used them.") == {("Iran", "Syria")}


# "Korkut air defence guns", "radar equipment": air defence, not small arms or general equipment


def test_air_defence_guns_and_radar_equipment_are_air_defence() -> None:
    [t] = _of_pair("Turkey sent Korkut air defence guns and radar equipment to Somalia in 2021.", "Turkey", "Somalia")
    assert _cats(t) == {"air defence guns": "air-defence", "radar equipment": "air-defence"}


def test_chinese_drones_and_howitzers_are_named() -> None:
    [t] = _of_pair("Myanmar received Chinese-made CH-3A drones and AH-4 howitzers in 2024.", "China", "Myanmar")
    assert {i.entity.name if i.entity else i.name for i in t.items} == {"CH-3", "AH-4"}


def test_a_route_through_a_third_country_keeps_its_go_between() -> None:
    text = "India shipped six ATAGS guns to Armenia via Iran in 2024, Indian officials said."
    [t] = _of_pair(text, "India", "Armenia")
    assert _via(t) == {"Iran"} and t.status == "confirmed"


# "missile and drone components": a bare singular noun joined to parts shares their noun; one item of
# parts, no missile


def test_missile_and_drone_components_are_one_item_of_parts() -> None:
    [t] = _of_pair("Iran shipped missile and drone components to the Houthis in 2024.", "Iran", "Houthis")
    assert _cats(t) == {"missile and drone components": "components"}


def test_plural_missiles_beside_drone_parts_stay_two_items() -> None:
    [t] = _of_pair("Iran shipped missiles and drone parts to the Houthis in 2024.", "Iran", "Houthis")
    assert set(_cats(t).values()) == {"missile", "components"}


# "20 240mm multiple rocket launchers": the count before a calibre counts the goods


def test_a_count_before_a_calibre_counts_the_launchers() -> None:
    text = "North Korea sent Russia about 50 Koksan guns and 20 240mm multiple rocket launchers last year."
    [t] = _of_pair(text, "North Korea", "Russia")
    assert {i.text: i.quantity.value if i.quantity else None for i in t.items} == {
        "Koksan guns": 50,
        "multiple rocket launchers": 20,
    }


def test_a_count_before_a_spaced_calibre_counts_the_howitzers() -> None:
    [t] = _of_pair("Poland bought 48 155 mm howitzers from South Korea in 2022.", "South Korea", "Poland")
    assert [i.quantity.value for i in t.items if i.quantity] == [48]


# "..., the group said, adding that the weapons had most likely reached Darfur": the hedge is the
# added act's own, not the purchase told before it


def test_a_hedge_in_what_a_source_added_leaves_the_first_act_told() -> None:
    text = (
        "The UAE bought AH-4 howitzers from China in 2019, the rights group said, adding that the guns had "
        "probably been passed on to the RSF."
    )
    [bought] = _of_pair(text, "China", "United Arab Emirates")
    assert bought.status == "reported" and bought.date == "2019"


def test_a_hedge_on_the_act_itself_still_alleges() -> None:
    [t] = _of_pair("Iran probably sent drones to Russia in 2022, the officials said.", "Iran", "Russia")
    assert t.status == "alleged"


# "Forces seized Iranian arms bound for the Houthis. The coast guard intercepted a dhow carrying ...":
# the cargo a sentence after a seizure lists, naming no act or party of its own, is the seized one's


def test_the_cargo_listed_after_a_seizure_is_the_seized_shipments() -> None:
    text = (
        "Yemeni coast guards seized a shipment of Iranian weapons bound for the Houthis in June, a US official "
        "said. The coast guards intercepted a boat carrying C-802 missile parts and hundreds of drone engines, "
        "he said."
    )
    got = _of_pair(text, "Iran", "Houthis")
    assert {"C-802 missile parts", "drone engines"} <= {i.text for t in got for i in t.items}
    assert {t.status for t in got} == {"alleged"} and {t.date for t in got} == {"2025-06"}


def test_goods_after_no_seizure_are_not_taken_for_its_cargo() -> None:
    text = "Iran sent drones to Russia in 2022. Police in Germany later intercepted a van carrying rifles."
    got = _run(text).transfers
    assert "rifles" not in {i.text for t in got for i in t.items}


# "received Su-30 jets from Russia and Chinese-made CH-3A drones": goods listed after the party they
# come from, with a make of their own, come from the state that made them


def test_goods_of_another_make_after_the_source_are_another_act() -> None:
    got = _run("Myanmar has received Su-30 jets from Russia and Chinese-made CH-3A drones, state media said.")
    by_pair = {(_name(t.supplier), _name(t.recipient)): {i.text for i in t.items} for t in got.transfers}
    assert by_pair == {("Russia", "Myanmar"): {"Su-30 jets"}, ("China", "Myanmar"): {"CH-3A drones"}}


def test_a_demonym_on_later_goods_splits_them_off_too() -> None:
    text = "Mali received Su-25 jets from Russia and Turkish Bayraktar TB2 drones in 2023."
    assert _pairs(text) == {("Russia", "Mali"), ("Turkey", "Mali")}


def test_goods_of_another_make_from_one_giver_stay_the_givers() -> None:
    assert _pairs("Mali received Chinese-made drones from Russia in 2023.") == {("Russia", "Mali")}
    assert _pairs("Russia sent Pantsir systems and Chinese-made drones to Mali in 2023.") == {("Russia", "Mali")}


# "flew two launchers to Libya, and one of them was later flown on to Mali": a part of the goods going
# on is an act of its own through the first leg's end; the first leg keeps all its goods


def test_one_of_the_goods_flown_on_is_a_second_act_through_the_first_end() -> None:
    text = "Russia flew four Pantsir systems to Libya in January, and one of them was later flown on to Mali."
    got = {(_name(t.supplier), _name(t.recipient)): t for t in _run(text).transfers}
    assert set(got) == {("Russia", "Libya"), ("Russia", "Mali")}
    assert _via(got["Russia", "Mali"]) == {"Libya"} and got["Russia", "Libya"].date == "2025-01"
    assert [i.quantity.value for i in got["Russia", "Libya"].items if i.quantity] == [4]


def test_some_of_the_goods_passed_on_leave_the_first_delivery_standing() -> None:
    text = "Iran shipped drones to Venezuela in 2021, some of which were passed on to Cuba in 2022."
    got = {(_name(t.supplier), _name(t.recipient)): t.date for t in _run(text).transfers}
    assert got == {("Iran", "Venezuela"): "2021", ("Iran", "Cuba"): "2022"}


def test_some_of_the_weapons_a_state_passes_on_are_its_own_supply() -> None:
    # (drones told as weapons of war that a state hands on are its own supply, as arms registers count them)
    text = "Iran shipped attack drones to Venezuela in 2021, some of which were passed on to Cuba in 2022."
    got = {(_name(t.supplier), _name(t.recipient)): t.date for t in _run(text).transfers}
    assert got == {("Iran", "Venezuela"): "2021", ("Venezuela", "Cuba"): "2022"}


def test_all_the_goods_flown_on_stay_one_journey() -> None:
    text = "Russia flew two Pantsir systems to Libya in January and then flew them on to Mali."
    [t] = _run(text).transfers
    assert (_name(t.supplier), _name(t.recipient)) == ("Russia", "Mali") and _via(t) == {"Libya"}


# "drones bound for Russia seized in Kazakhstan": the place the goods were caught in lies on their way;
# the destination told by "for" receives


def test_goods_bound_for_a_state_caught_in_another_go_through_it() -> None:
    [t] = _run("Police seized 40 Chinese drones bound for Russia in Kazakhstan last week.").transfers
    assert (_name(t.supplier), _name(t.recipient)) == ("China", "Russia") and _via(t) == {"Kazakhstan"}
    assert t.status == "alleged"


def test_goods_destined_for_a_state_found_at_a_port_go_through_its_state() -> None:
    [t] = _run("Customs officers found drone engines destined for Iran at the port of Jebel Ali in March.").transfers
    assert _name(t.recipient) == "Iran" and _via(t) == {"United Arab Emirates"}


def test_goods_arriving_in_a_state_still_go_there() -> None:
    [t] = _run("The tanks arrived in Poland in March.").transfers
    assert _name(t.recipient) == "Poland"


# "Iran, which has supplied the Houthis with missiles for years, denied the report": an act told in a
# relative clause on the one who denies is the outlet's, told in passing; the denial is of another thing


def test_an_act_in_a_relative_clause_on_a_denier_is_told_not_denied() -> None:
    text = "Iran, which has shipped drones to the Houthis for years, denied the report on Tuesday."
    [t] = _of_pair(text, "Iran", "Houthis")
    assert t.status == "reported"


def test_a_dated_act_in_a_relative_clause_on_a_denier_keeps_its_year() -> None:
    [t] = _of_pair("Russia, which delivered S-400 systems to Turkey in 2019, denied any role.", "Russia", "Turkey")
    assert (t.status, t.date) == ("reported", "2019")


def test_a_hedged_relative_clause_on_a_denier_stays_alleged() -> None:
    text = "Iran, which allegedly supplied the Houthis with drones, denied the report."
    [t] = _of_pair(text, "Iran", "Houthis")
    assert t.status == "alleged"


def test_a_denial_of_the_act_itself_still_denies_it() -> None:
    [t] = _of_pair("Iran denied that it had supplied the Houthis with missiles.", "Iran", "Houthis")
    assert t.status == "denied"
