"""English constructions a blind batch in the style of long investigative features (Iran and North
Korea arming Russia, Chinese dual-use goods, Sudan, Libya and the Houthis) showed mishandled: a
receiver told by who backs it ("to the UN-recognised government in Tripoli"), rulers told as sitting
"there", a denial naming "any warring party in Sudan", a state that re-exports weapons it bought
from a named seller ("China sold howitzers to the UAE, which re-exported them"), the make of goods
taken up by a definite noun ("Serbian-made rounds ... the shells had been sold"), firms told by their
seat ("three Shenzhen-based companies that it said had sold"), the day of a penalty dating the act it
charges, a possessive the parse misreads before a system's name ("the Houthis' Toufan missiles"),
goods told as a program ("Iran's Shahed program"), hardware moved from a state's own named base, a
sender named by a delivery noun in the sentence after the receipt, a wish told before the request
that names who is asked, the date of a saying carried to the next sentence, and "furnished ... with".
"""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records, transfers, via

PUB = "2025-06-03"


_run = partial(transfers, lang="en", published=PUB)
_pairs = partial(pairs, lang="en", published=PUB)
_records = partial(records, lang="en", published=PUB)


# who backs the receiver is no party


def test_un_recognised_government_in_a_city_is_its_state() -> None:
    text = "Ankara sent armed drones to the UN-recognised government in Tripoli in 2020."
    assert _pairs(text) == {("Turkey", "Libya")}


def test_un_backed_government_is_not_the_un() -> None:
    assert _pairs("Turkey delivered armoured vehicles to the UN-backed government in Tripoli.") == {("Turkey", "Libya")}


def test_backed_group_still_receives() -> None:
    # (a group the backer names stays the receiver)
    assert _pairs("Iran shipped rockets to the Iran-backed Houthis.") == {("Iran", "Houthis")}


# rulers told as "there"


def test_rulers_there_sit_in_the_place_told_before() -> None:
    text = "The junta in Niamey has turned to Moscow. Russia delivered radars to the authorities there in April."
    assert _pairs(text) == {("Russia", "Niger")}


def test_there_alone_names_no_receiver() -> None:
    assert _pairs("Officials in Kyiv were pleased. Germany sent tanks there.") == set()


# the sides of a war, unnamed


def test_denial_to_any_warring_party_names_no_receiver() -> None:
    text = '"Abu Dhabi is not supplying any arms to any warring party in Sudan," the ministry said.'
    assert _pairs(text) == set()


def test_both_sides_in_a_state_still_receive() -> None:
    # (only a side left open, "any", "either", "warring", is set aside)
    assert _pairs("Iran has sold drones to both sides in Sudan.") == {("Iran", "Sudan")}


# a state selling on weapons it bought from a named seller


def test_state_reexporting_weapons_it_bought_supplies_them() -> None:
    text = "China sold howitzers to the UAE, and the UAE re-exported them to Sudan."
    assert _pairs(text) == {("China", "United Arab Emirates"), ("United Arab Emirates", "Sudan")}


def test_reexported_systems_named_in_the_sentence_before() -> None:
    text = (
        "Investigators found Chinese-made AH-4 howitzers near Khartoum. China sold the guns to the Emirates, "
        "and the UAE later re-exported them to the RSF."
    )
    assert ("United Arab Emirates", "Rapid Support Forces") in _pairs(text)
    assert ("China", "Rapid Support Forces") not in _pairs(text)


def test_state_reexporting_chips_keeps_the_make() -> None:
    # (parts are counted from their make, whoever passes them on)
    [t] = _run("Armenia bought chips from China and re-exported them to Russia.")
    assert (t.supplier.entity.name, t.recipient.entity.name) == ("China", "Russia")  # type: ignore[union-attr]
    assert via(t) == {"Armenia"}


def test_sale_to_buyers_told_passively_stays_one_transfer() -> None:
    text = "Shells made by Indian firms were sold to buyers in Italy, which then sent them on to Kyiv."
    assert _pairs(text) == {("India", "Ukraine")}


# a definite noun takes up the make of the goods told before


def test_definite_goods_take_the_make_told_before() -> None:
    text = "Serbian-made mortar rounds have been found in Darfur. The shells had been sold to the Emirates in 2020."
    assert _pairs(text) == {("Serbia", "United Arab Emirates")}


def test_definite_goods_keep_a_giver_the_sentence_names() -> None:
    text = "Soviet-made tanks were captured near Kyiv. Poland later sent the tanks to Ukraine."
    assert _pairs(text) == {("Poland", "Ukraine")}


# firms told by their seat, and the charge of a penalty


def test_seated_firms_in_a_relative_clause_supply() -> None:
    text = "The Treasury sanctioned three Shenzhen-based companies that had sold the Houthis navigation modules."
    assert _pairs(text) == {("China", "Houthis")}


def test_sanctions_on_firms_said_to_have_sold_is_a_charge_of_no_date() -> None:
    text = (
        "In March, the Treasury imposed sanctions on three Shenzhen-based companies that it said had sold "
        "the Houthis satellite navigation components."
    )
    assert _records(text) == [("China", "Houthis", None, "alleged")]


def test_month_of_a_penalty_dates_no_deed() -> None:
    text = "In March, the Treasury sanctioned three Chinese firms for supplying navigation components to the Houthis."
    assert _records(text) == [("China", "Houthis", None, "alleged")]


def test_penalty_day_leaves_the_deed_its_own_year() -> None:
    text = "The Treasury sanctioned two Chinese firms on Tuesday for shipping drone engines to Iran in 2023."
    assert _records(text) == [("China", "Iran", "2023", "alleged")]


def test_act_told_with_a_listing_is_its_charge_of_no_date() -> None:
    text = (
        "A Hong Kong company furnished Russia's Kupol plant with engines, the US Treasury said in October "
        "when it added the firm to its sanctions list."
    )
    assert _records(text) == [("Hong Kong", "Russia", None, "alleged")]


def test_act_told_with_a_deal_announced_keeps_its_month() -> None:
    text = "Turkey supplied Kyiv with drones, the ministry said in May when it announced the deal."
    assert _records(text) == [("Turkey", "Ukraine", "2025-05", "confirmed")]


def test_a_deed_on_a_day_is_still_dated() -> None:
    assert _records("In May, Iran delivered drones to Russia.") == [("Iran", "Russia", "2025-05", "reported")]


# a possessive the parse reads as a modifier


def test_owner_of_the_missiles_parts_are_for_receives_them() -> None:
    text = "Iranian-made parts for the Houthis' Toufan missiles and Samad drones were trucked in through Oman."
    [t] = _run(text)
    assert (t.supplier.entity.name, t.recipient.entity.name) == ("Iran", "Houthis")  # type: ignore[union-attr]
    assert [it.category for it in t.items] == ["components"]


def test_ammunition_beside_spare_parts_stays_goods() -> None:
    [t] = _run("The US sent ammunition for HIMARS launchers and spare parts to Ukraine.")
    assert {it.category for it in t.items} == {"ammunition", "components"}


# a program is no goods


def test_system_named_before_program_is_no_goods() -> None:
    text = "Engines made in China reached Iran's Shahed program through Hong Kong front companies, prosecutors said."
    [t] = _run(text)
    assert [it.category for it in t.items] == ["components"]


def test_system_before_its_drones_stays_goods() -> None:
    [t] = _run("Iran sent Shahed drones to Russia.")
    assert [it.category for it in t.items] == ["drone"]


# a state moving hardware from its own base


def test_hardware_moved_from_a_states_named_base_is_no_transfer() -> None:
    text = "Satellite images show radars being moved from Russia's Hmeimim base on the Syrian coast to al-Khadim."
    assert _pairs(text) == set()


def test_goods_moved_from_a_state_to_another_still_go() -> None:
    assert _pairs("Iran moved drones from Syria to Russia.") == {("Iran", "Russia")}


# a sender told by a delivery noun in the next sentence


def test_delivery_noun_after_a_receipt_names_its_sender() -> None:
    text = (
        "The planes unloaded weapons for the Rapid Support Forces, the monitors said. "
        "The panel called the reports of arms deliveries from the United Arab Emirates credible."
    )
    assert _pairs(text) == {("United Arab Emirates", "Rapid Support Forces")}


def test_delivery_noun_of_named_goods_lends_no_sender() -> None:
    # (only a word for goods of any kind takes up the load before)
    text = "Weapons were unloaded for the RSF in Darfur. Separately, deliveries of drones from Turkey have slowed."
    assert _pairs(text) == set()


def test_delivery_noun_on_another_matter_lends_no_sender() -> None:
    text = "Weapons were unloaded for the RSF in Darfur. Separately, deliveries of arms from Turkey have slowed."
    assert _pairs(text) == set()


# a wish, then the request naming who is asked


def test_wish_before_a_request_is_that_request() -> None:
    text = "Tehran also wants combat aircraft. Iran has asked Beijing for J-10C fighter jets."
    assert _records(text) == [("China", "Iran", None, "requested")]


def test_request_of_another_party_lends_no_supplier() -> None:
    text = "Tehran also wants combat aircraft. Russia has asked Beijing for drones."
    assert (None, "Iran") in _pairs(text)


# the date of a saying, in a sentence telling no transfer


def test_date_of_a_finding_told_is_no_date_of_the_next_act() -> None:
    text = (
        "Amnesty said last month that it had identified Chinese-made howitzers near Khartoum. "
        "China sold the howitzers to the Emirates, the group said."
    )
    assert _records(text) == [("China", "United Arab Emirates", None, "reported")]


# furnish ... with


def test_furnished_with_is_a_supply() -> None:
    assert _records("Turkey furnished Kyiv with armoured vehicles in 2022.") == [
        ("Turkey", "Ukraine", "2022", "reported")
    ]


def test_furnished_details_is_no_supply() -> None:
    assert _pairs("The ministry furnished details of the deal to parliament.") == set()
