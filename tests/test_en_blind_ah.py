"""English constructions a blind batch in the style of think-tank notes, OSINT field dispatches and
sanctions releases (CAR, ISW, IISS, UN panels, OFAC, DOJ) showed mishandled: an assessment told by
a mass noun and a date before its "that" clause ("US intelligence assessed in March that"), a firm
described by its seat in an apposition ("Hongda Electronics, a China-based distributor, for
supplying"), the class word "MRAPs" read as one make, "hydrogen fuel cells" as goods, goods "of
Chinese manufacture", the amount of a deed that may come ("how many vehicles Kyiv may yet
receive"), the go-between of a made-in journey told again with the journey's dates ("the firm
sent nine such machines between May and July"), and a supplier carried onto named systems of a
make the story never names ("It flies Rafales acquired in the last decade")."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pairs, transfers, via

PUB = "2024-11-12"


_run = partial(transfers, lang="en", published=PUB)
_pairs = partial(pairs, lang="en", published=PUB)
_one = partial(one, lang="en", published=PUB)


# an assessment whose verb the parser hangs on a mass noun before a date and a "that" clause


def test_intelligence_assessed_on_a_day_that_is_an_assessment() -> None:
    t = _one("US intelligence assessed in March that North Korea had sent shells to Russia.", "North Korea", "Russia")
    assert t.status == "alleged"


def test_intelligence_said_on_a_day_that_stays_reported() -> None:
    t = _one("US intelligence said in March that North Korea had sent shells to Russia.", "North Korea", "Russia")
    assert t.status == "reported"


# a firm described by its seat in an apposition acts for the seat's state


def test_firm_described_as_based_in_a_state_by_an_adjective_supplies_for_it() -> None:
    text = (
        "Treasury sanctioned Hongda Electronics, a China-based distributor, for supplying microchips to Russian firms."
    )
    assert _pairs(text) == {("China", "Russia")}


def test_firm_described_as_based_in_a_state_by_a_phrase_supplies_for_it() -> None:
    text = "Treasury sanctioned Hongda Electronics, a distributor based in China, for supplying chips to Russian firms."
    assert _pairs(text) == {("China", "Russia")}


def test_firm_of_no_told_seat_names_no_state() -> None:
    text = "Treasury sanctioned Hongda Electronics for supplying microchips to Russian firms."
    assert _pairs(text) == {(None, "Russia")}


# "MRAP" is a class of vehicles, not one make


def test_mrap_class_word_after_a_make_is_no_second_good() -> None:
    t = _one("Turkey shipped 40 Kirpi MRAPs to Libya.", "Turkey", "Libya")
    assert [(i.entity.name if i.entity else None, i.text) for i in t.items] == [("Kirpi", "Kirpi MRAPs")]


def test_mrap_class_word_alone_names_no_system() -> None:
    t = _one("The United States sent 100 MRAPs to Ukraine.", "United States", "Ukraine")
    assert [(i.entity, i.category) for i in t.items] == [(None, "armoured-vehicle")]


# hydrogen fuel cells for drones are parts


def test_fuel_cells_are_components() -> None:
    t = _one("A Chinese firm shipped hydrogen fuel cells to the Houthis.", "China", "Houthis")
    assert [(i.text, i.category) for i in t.items] == [("hydrogen fuel cells", "components")]


# goods "of X manufacture", as "of X origin"


def test_goods_of_a_states_manufacture_come_from_it() -> None:
    assert _pairs("Much of the ammunition sent to Russia is of North Korean manufacture.") == {
        ("North Korea", "Russia")
    }


def test_goods_of_a_states_make_going_nowhere_are_no_transfer() -> None:
    assert _run("The rifles were of Russian make.") == []


# the amount of a deed that may come is an open question


def test_how_many_a_party_may_yet_receive_is_no_transfer() -> None:
    text = "We will not speculate about how many vehicles Kyiv may yet receive from abroad to replace these losses."
    assert _run(text) == []


def test_how_much_a_party_could_send_is_no_transfer() -> None:
    assert _run("It is unclear how much ammunition Seoul could send to Ukraine.") == []


def test_how_many_a_party_sent_is_still_told() -> None:
    assert _pairs("Tehran did not say how many drones it sent to Russia.") == {("Iran", "Russia")}


# the go-between of a made-in journey told again gives the journey its dates


def test_go_between_told_again_dates_the_made_in_journey() -> None:
    text = (
        "Turkey-based Azu Makine exported Japanese-made CNC machine tools to a Russian company. "
        "Between May and July 2023, the firm sent nine such machines to St. Petersburg, according to OFAC."
    )
    [t] = _run(text)
    assert (t.supplier.entity.name, t.recipient.entity.name, t.date) == ("Japan", "Russia", "2023-05")  # type: ignore[union-attr]
    assert via(t) == {"Turkey"}


def test_another_firm_does_not_date_the_journey() -> None:
    text = (
        "Turkey-based Azu Makine exported Japanese-made CNC machine tools to a Russian company. "
        "Between May and July 2023, a firm in Kazakhstan sent nine machines to Russia."
    )
    made_in = [t for t in _run(text) if t.supplier is not None and t.supplier.entity.name == "Japan"]  # type: ignore[union-attr]
    assert [t.date for t in made_in] == [None]


# no supplier carried onto named systems of a make the story never names


def test_systems_of_an_unnamed_make_take_no_supplier_from_a_denial_before() -> None:
    text = (
        "Egypt has denied reports that it purchased Chinese J-10C fighters, an Egyptian army spokesman calling them "
        "false. Cairo still flies Rafales acquired in the last decade."
    )
    assert ("China", "Egypt") in _pairs(text)
    rafales = [t for t in _run(text) if any(i.text == "Rafales" for i in t.items)]
    assert [t.supplier for t in rafales] == [None]


def test_more_of_the_same_system_keep_the_giver() -> None:
    text = "The Netherlands pledged 24 F-16 jets to Ukraine in 2023. Kyiv received the first F-16 jets in July."
    assert _pairs(text) == {("Netherlands", "Ukraine")}


# a supplier the story lends to a lot passed on is the goods' origin, not the one passing them on


def test_lot_re_exported_after_a_purchase_keeps_the_lent_supplier() -> None:
    text = (
        "Prosecutors say the two men conspired to ship American-made navigation equipment to Iran. They bought "
        "gyroscopes from U.S. distributors through a shell company in Dubai. At least 12 shipments were then "
        "re-exported to Iran."
    )
    assert _pairs(text) == {("United States", "Iran")}


# a body of no state that speaks gives nothing; goods for a group's own arms go to the group


def test_un_panel_speaking_is_no_giver_of_goods_of_a_told_origin() -> None:
    text = "The Panel of Experts said that the drones were of Iranian origin and shipped to Sudan through Chad."
    assert _pairs(text) == {("Iran", "Sudan")}


def test_parts_recovered_from_a_groups_drones_go_to_the_group() -> None:
    text = "Investigators found that engines recovered from Houthi drones were shipped to Yemen from China."
    assert _pairs(text) == {("China", "Houthis")}


def test_goods_shipped_to_a_state_naming_no_group_stay_the_states() -> None:
    assert _pairs("Saudi Arabia shipped armoured vehicles to Yemen.") == {("Saudi Arabia", "Yemen")}


# a firm's name opening on its city and closing on a company suffix is one firm of the city's state


def test_firm_named_from_its_city_with_a_suffix_supplies_for_the_citys_state() -> None:
    text = "OFAC designated Shenzhen Hongda Electronics Co., Ltd. for supplying integrated circuits to Russian firms."
    assert _pairs(text) == {("China", "Russia")}


def test_city_named_as_a_place_is_no_firm() -> None:
    assert _pairs("Drones were shipped from Shenzhen to Moscow in May.") == {("China", "Russia")}


def test_systems_of_an_unnamed_make_after_a_gift_keep_the_giver() -> None:
    text = (
        "Japan has handed over five TC-90 trainer aircraft to the Philippines. "
        "Manila has also received three P-3C patrol planes."
    )
    assert _pairs(text) == {("Japan", "Philippines")}
