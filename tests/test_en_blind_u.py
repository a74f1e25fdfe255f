"""English constructions a blind batch of sanctions-evasion investigations, court papers and
sanctions notices showed mishandled: accusers in a perfect tense read as suppliers ("Israel and
the United States have long accused Tehran of arming the Houthis"), an act under a negated verb of
telling ("the notice does not state that the firms shipped goods to Russia"), a charge's "caused to
be shipped, 2,600 items to Russia" (the parse hangs the goods on "caused"), a hedge on the value of
a deal read as one on the act ("under a licence deal reportedly worth $1.75 billion"), machine
tools and radio parts named in the singular or by their electronics words ("a five-axis machining
center", "radio-frequency transceivers"), and Russian arms-industry towns as the end of a journey
("to an artillery shell factory in the Tula region")."""

from __future__ import annotations

from functools import partial

from tests.parties import pair, pairs, records, transfers

PUB = "2025-05-05"


_run = partial(transfers, lang="en", published=PUB)
_pairs = partial(pairs, lang="en", published=PUB)
_records = partial(records, lang="en", published=PUB)


def _texts(t: object) -> list[str]:
    return [i.text for i in t.items]  # type: ignore[attr-defined]


# an accuser in a perfect tense only speaks; the one accused acts


def test_accusers_in_the_perfect_are_no_suppliers() -> None:
    assert _pairs("Israel and the United States have long accused Tehran of arming the Houthis.") == {
        ("Iran", "Houthis")
    }


def test_one_accuser_in_the_perfect_is_no_supplier() -> None:
    assert _pairs("Kyiv has accused Minsk of sending shells to Russia.") == {("Belarus", "Russia")}


def test_a_headline_passive_still_makes_the_one_caught_act() -> None:
    assert _pairs("Iran caught trying to smuggle rifles to the Houthis") == {("Iran", "Houthis")}


# a negated verb of telling leaves its "that" / "whether" clause untold


def test_a_notice_that_does_not_state_a_shipment_tells_none() -> None:
    assert _run("The notice does not state that any of the listed companies shipped restricted goods to Russia.") == []


def test_a_report_that_does_not_say_whether_drones_arrived_tells_none() -> None:
    assert _run("The report did not say whether the drones had reached Russia.") == []


def test_not_saying_how_many_drones_were_sent_still_tells_the_sending() -> None:
    [t] = _run("Iran did not say how many drones it sent to Russia.")
    assert pair(t)[1] == "Russia"


def test_a_report_that_says_a_shipment_tells_it() -> None:
    assert _pairs("The report said that Iran had shipped missiles to Russia.") == {("Iran", "Russia")}


def test_not_confirming_a_shipment_still_tells_it() -> None:
    assert _pairs("Officials did not confirm that Iran had shipped missiles to Russia.") == {("Iran", "Russia")}


# "caused to be shipped": the goods the parse hangs on "caused" are the shipping's


def test_caused_to_be_shipped_after_conspired_to_export() -> None:
    [t] = _run("Volkov and Cheung conspired to export, and caused to be shipped, electronic components to Russia.")
    assert pair(t)[1] == "Russia"
    assert _texts(t) == ["electronic components"]


def test_caused_goods_to_be_exported() -> None:
    [t] = _run("The defendant caused the rifles to be exported to Haiti.")
    assert pair(t)[1] == "Haiti"
    assert _texts(t) == ["rifles"]


# a hedge on a deal's value doubts the sum, not the act


def test_a_deal_reportedly_worth_a_sum_leaves_the_delivery_reported() -> None:
    rec = _records(
        "Moscow began receiving complete Shaheds from Tehran in 2022, according to officials, before shifting "
        "production to Tatarstan under a licence deal reportedly worth $1.75 billion."
    )
    assert rec == [("Iran", "Russia", "2022", "reported")]


def test_a_deal_reportedly_valued_at_a_sum_leaves_the_delivery_reported() -> None:
    assert _records("Iran sent drones to Russia under a deal reportedly valued at $1 billion.") == [
        ("Iran", "Russia", None, "reported")
    ]


def test_a_delivery_reportedly_made_is_still_alleged() -> None:
    assert _records("Iran reportedly sent drones to Russia under a deal worth $1 billion.") == [
        ("Iran", "Russia", None, "alleged")
    ]


# machine tools in the singular, radio parts, Russian arms towns


def test_a_machining_center_trucked_to_the_tula_region() -> None:
    [t] = _run(
        "Volkov arranged for a Japanese-made five-axis machining center to be trucked from a warehouse in "
        "Istanbul to an artillery shell factory in the Tula region."
    )
    assert pair(t) == ("Japan", "Russia")
    assert [(i.text, i.category) for i in t.items] == [("machining center", "dual-use")]


def test_transceivers_and_amplifiers_are_components() -> None:
    [t] = _run("The firm shipped radio-frequency transceivers and low-noise amplifiers to Russia.")
    assert [(i.text, i.category) for i in t.items] == [
        ("radio-frequency transceivers", "components"),
        ("low-noise amplifiers", "components"),
    ]


def test_a_gunpowder_factory_in_kazan_is_in_russia() -> None:
    [t] = _run("The firm shipped Chinese nitrocellulose to a gunpowder factory in Kazan.")
    assert pair(t)[1] == "Russia"


# "Russian defence enterprises" stand for their state, like "Russian firms"


def test_russian_defence_enterprises_are_russia() -> None:
    assert _pairs("The firm shipped 30 Taiwanese CNC machining centres to Russian defence enterprises.") == {
        ("Taiwan", "Russia")
    }


# a set-off participle of making between the act and its "to" phrase


def test_goods_originally_made_in_taiwan_shipped_to_russia() -> None:
    assert _pairs(
        "The firm shipped 30 CNC machining centres, originally manufactured in Taiwan, to Russian defence enterprises."
    ) == {("Taiwan", "Russia")}


def test_shells_produced_at_home_set_off_keep_their_receiver() -> None:
    assert _pairs("Serbia shipped shells, produced in Serbia, to Ukraine.") == {("Serbia", "Ukraine")}


# goods driven on to a further stop


def test_vehicles_driven_on_to_mali_after_a_landing_in_libya() -> None:
    assert ("Russia", "Mali") in _pairs(
        "Russia shipped armoured vehicles to Tobruk this spring. The vehicles were then driven south to Mali, "
        "officials said."
    )


def test_prices_driven_up_by_the_war_are_no_transfer() -> None:
    assert _run("Prices of drones were driven up by the war in Ukraine.") == []


def test_a_surge_driven_by_fear_is_no_transfer_of_its_own() -> None:
    assert _pairs("The surge in arms sales to Poland was driven by fear of Russia.") <= {(None, "Poland")}


# a list under "among them:" or "listed the cargo as:" is the goods of the act before it


def test_a_bulleted_list_under_among_them_is_the_goods() -> None:
    [t] = _run(
        "The firm shipped more than 2,600 controlled items to Russia, among them:\n\n"
        "• field-programmable gate arrays;\n• analog-to-digital converters; and\n• low-noise amplifiers."
    )
    assert _texts(t) == ["field-programmable gate arrays", "analog-to-digital converters", "low-noise amplifiers"]


def test_a_cargo_listed_as_a_bulleted_list_is_the_seized_goods() -> None:
    [t] = _run(
        "Sailors seized drone parts headed from Iran to the Houthis, CENTCOM said. It listed the cargo as:\n\n"
        "- ballistic missiles\n- more than 40 warheads\n\nThe dhow had left Jask."
    )
    assert pair(t) == ("Iran", "Houthis")
    assert {"ballistic missiles", "warheads"} <= set(_texts(t))


def test_a_cargo_described_as_goods_in_the_next_sentence() -> None:
    [t] = _run(
        "Sailors seized drone parts headed from Iran to the Houthis, CENTCOM said. "
        "It described the cargo as ballistic missiles and warheads."
    )
    assert {"ballistic missiles", "warheads"} <= set(_texts(t))


def test_a_list_of_notes_under_a_colon_is_no_list_of_goods() -> None:
    a = _run("Officials described the scheme as follows: a front company in Hong Kong placed the orders.")
    assert a == []


def test_thermal_imaging_modules_are_components() -> None:
    [t] = _run("China shipped 2,100 thermal imaging modules to Russia.")
    assert [(i.text, i.category) for i in t.items] == [("thermal imaging modules", "components")]


# "according to court documents": a press release's account of the charges


def test_according_to_court_documents_is_an_accusation() -> None:
    assert _records("According to court documents, the two men shipped chips to Russia through Hong Kong.") == [
        (None, "Russia", None, "alleged")
    ]


# "for onward delivery to": the goods a carrier or a seizer holds are the delivery's


def test_a_seized_vessel_carrying_parts_for_onward_delivery_to_the_houthis() -> None:
    assert _records(
        "On Jan. 11, SEALs intercepted a vessel carrying Iranian-made missile parts for onward delivery to the Houthis."
    ) == [("Iran", "Houthis", "2025-01-11", "alleged")]


def test_a_dhow_carrying_parts_for_delivery_to_the_houthis() -> None:
    assert _pairs("The dhow carried Iranian-made missile parts for delivery to the Houthis.") == {("Iran", "Houthis")}


def test_drones_for_use_in_exercises_are_no_delivery() -> None:
    assert _run("Iran unveiled new drones for use in exercises with Russia.") == []


# "The boarding took place on Jan. 28": the date of the seizure told just before


def test_the_boarding_took_place_on_a_date_after_the_seizure_is_told() -> None:
    assert _records(
        "Sailors seized drone parts headed from Iran to the Houthis, CENTCOM said on Thursday. "
        "The boarding took place on Jan. 28 off the coast of Somalia, CENTCOM said."
    ) == [("Iran", "Houthis", "2025-01-28", "alleged")]


def test_a_seizure_dated_in_its_own_sentence_keeps_its_date() -> None:
    assert _records(
        "Sailors seized drone parts headed from Iran to the Houthis on Jan. 3, CENTCOM said. "
        "The boarding took place off the coast of Somalia on a calm night."
    ) == [("Iran", "Houthis", "2025-01-03", "alleged")]


# an act only weighed as what might be


def test_would_consider_sending_is_no_plan() -> None:
    text = "The ministry said it would consider sending more air defence systems to Ukraine after a review."
    assert _records(text) == []


def test_considering_now_is_a_plan_under_way() -> None:
    text = "Japan is considering transferring six destroyers to the Philippines, officials said."
    assert [r[:2] + r[3:] for r in _records(text)] == [("Japan", "Philippines", "planned")]
