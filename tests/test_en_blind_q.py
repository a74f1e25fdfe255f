"""English fixes from a blind batch of trade-press, agency and ministry copy (aid packages set out as
bulleted lists, Indian, Korean and Moroccan procurement, Ukraine's suppliers, denials of accusations):
a release's bulleted list of goods under "includes:", an act counted in a running series ("the 60th
package"), goods a state's own maker built taken into its army, "the country" in the clause a state's
ministry reports, fielding units counted before goods ("two batteries of"), a state buying for another
from a maker, a denied accusation whose author is named, Pakistan's Fatah rockets, a source told
between commas inside a series, a dated pledge told in a relative clause, "the Department" taking up
the Pentagon, a headline's denial of a state's claims, and "the remaining 18" of counted goods."""

from __future__ import annotations

from functools import partial

from tests.parties import pair as _pair

from materiel.pipeline import analyze_text

PUB = "2025-06-13"


_run = partial(analyze_text, lang="en", published=PUB)


def _texts(t: object) -> list[str]:
    return [i.text for i in t.items]  # type: ignore[attr-defined]


# a release setting out a package's goods as a bulleted list under "includes:"


def test_a_bulleted_list_under_includes_gives_the_package_its_goods() -> None:
    a = _run(
        "The Pentagon on Thursday announced a $250 million drawdown package for Ukraine. The package includes:\n"
        "- Stinger missiles for air defense;\n"
        "- Ammunition for HIMARS;\n"
        "- 155mm artillery rounds; and\n"
        "- Bradley Infantry Fighting Vehicles.\n"
    )
    [t] = a.transfers
    assert _pair(t) == ("United States", "Ukraine")
    assert t.status == "planned"
    assert t.date == "2025-06-12"
    texts = " | ".join(_texts(t))
    assert "Stinger missiles" in texts and "155mm artillery rounds" in texts and "Bradley" in texts


def test_bullets_after_a_blank_line_and_without_closing_marks_are_one_list() -> None:
    a = _run(
        "Britain will send Ukraine a new package of military aid, the Ministry of Defence said on Friday. "
        "It includes:\n\n"
        "• 350 Brimstone missiles\n"
        "• 100 Starstreak air defence missiles\n"
        "• Dozens of long-range strike drones\n"
    )
    [t] = a.transfers
    assert _pair(t) == ("United Kingdom", "Ukraine")
    assert t.status == "planned"
    quantities = sorted(i.quantity.value for i in t.items if i.quantity is not None and i.quantity.value)
    assert quantities == [100, 350]


def test_a_colon_before_a_list_on_one_line_still_lists_the_goods() -> None:
    a = _run(
        "Canada announced a new military aid package for Ukraine on Wednesday. "
        "The package includes: 25 LAV armoured vehicles, Javelin anti-tank missiles and small arms ammunition."
    )
    [t] = a.transfers
    assert _pair(t) == ("Canada", "Ukraine")
    assert any("Javelin" in x for x in _texts(t))
    assert any(i.quantity is not None and i.quantity.value == 25 for i in t.items)


# an act counted in a running series restates the act told before


def test_the_nth_tranche_since_a_date_is_no_second_transfer() -> None:
    a = _run(
        "The Defense Department on Thursday announced a package of Stinger missiles and mortar rounds for Ukraine. "
        "This authorization is the administration's fifty-fourth tranche of equipment to be provided "
        "from DoD inventories for Ukraine since August 2021."
    )
    [t] = a.transfers
    assert _pair(t) == ("United States", "Ukraine")
    assert t.status == "planned"
    assert t.date == "2025-06-12"


def test_it_is_the_60th_package_sent_to_kyiv_is_the_same_act() -> None:
    a = _run(
        "Germany pledged four more IRIS-T launchers to Ukraine on Tuesday. "
        "It is the 60th package of weapons sent to Kyiv since the invasion."
    )
    [t] = a.transfers
    assert _pair(t) == ("Germany", "Ukraine")
    assert t.status == "planned"


# goods a state's own maker built, taken into its army, cross no border


def test_an_army_inducting_systems_its_own_state_maker_built_is_no_transfer() -> None:
    a = _run(
        "The Indian Air Force inducted the first squadron of Tejas Mk1A fighters, built by Hindustan "
        "Aeronautics, at a ceremony in Bikaner on Thursday."
    )
    assert a.transfers == []


def test_an_army_inducting_jets_a_foreign_maker_built_keeps_the_supplier() -> None:
    a = _run("The Indian Air Force inducted Rafale jets built by Dassault Aviation at Ambala on Thursday.")
    [t] = a.transfers
    assert _pair(t) == ("France", "India")


# "the country" in the clause a state's ministry reports is that state


def test_the_country_in_a_ministrys_report_is_its_own_state() -> None:
    a = _run(
        "Iran has denied sending ballistic missiles to Moscow. Ukraine's Defense Ministry said on "
        "June 10 that the country had received a new batch of CV90 infantry fighting vehicles from Sweden."
    )
    cv90 = [t for t in a.transfers if any("CV90" in x for x in _texts(t))]
    [t] = cv90
    assert _pair(t) == ("Sweden", "Ukraine")
    assert t.status == "confirmed"


def test_the_country_after_a_speaker_in_another_sentence_is_the_storys_party() -> None:
    a = _run("Pyongyang sent missiles to Russia, the White House said. The country also sent artillery shells.")
    assert {_pair(t) for t in a.transfers} == {("North Korea", "Russia")}


# a unit goods are fielded in, counted before them ("two batteries of"), is no goods of its own


def test_batteries_of_rocket_launchers_are_the_launchers() -> None:
    a = _run(
        "North Korea has shipped several batteries of 240 mm multiple rocket launchers to Russia since "
        "the spring, South Korea's military said."
    )
    [t] = a.transfers
    assert _pair(t) == ("North Korea", "Russia")
    assert [i.category for i in t.items] == ["rocket-launcher"]


def test_two_batteries_of_a_system_count_the_system() -> None:
    a = _run("Romania ordered two batteries of Chunmoo rocket launchers from South Korea last month.")
    [t] = a.transfers
    assert _pair(t) == ("South Korea", "Romania")
    [item] = t.items
    assert "Chunmoo" in item.text
    assert item.quantity is not None and item.quantity.value == 2


def test_bare_batteries_stay_goods() -> None:
    a = _run("Germany delivered two more Patriot batteries to Ukraine on Monday.")
    [t] = a.transfers
    assert _pair(t) == ("Germany", "Ukraine")
    assert t.items and t.items[0].quantity is not None and t.items[0].quantity.value == 2


# a state buying goods for another from a maker of no other state supplies them itself


def test_a_state_buying_drones_for_kyiv_from_a_firm_supplies_them() -> None:
    a = _run("Latvia will buy 300 interceptor drones for Ukraine from Origin Robotics, the defence ministry said.")
    [t] = a.transfers
    assert _pair(t) == ("Latvia", "Ukraine")
    assert t.status == "planned"


def test_a_state_buying_for_kyiv_from_a_foreign_maker_is_still_two_acts() -> None:
    a = _run("Germany will buy two Patriot systems for Ukraine from Raytheon.")
    assert {_pair(t) for t in a.transfers} == {("United States", "Germany"), ("Germany", "Ukraine")}


# a denial of an accusation whose author is named leaves the accusation told (alleged)


def test_rejecting_an_accusation_by_a_named_service_keeps_it_alleged() -> None:
    a = _run(
        "Bulgarian Prime Minister Rosen Zhelyazkov on Thursday rejected an accusation by Russia's SVR "
        "intelligence service that Bulgarian factories were shipping mortar rounds to Ukraine."
    )
    [t] = a.transfers
    assert _pair(t) == ("Bulgaria", "Ukraine")
    assert t.status == "alleged"


def test_dismissing_us_claims_keeps_the_claim_alleged() -> None:
    a = _run("Tehran dismissed US claims that it had shipped Fath-360 missiles to Russia.")
    [t] = a.transfers
    assert _pair(t) == ("Iran", "Russia")
    assert t.status == "alleged"


def test_denying_bare_reports_leaves_a_denial() -> None:
    a = _run("Tehran denied reports that it had shipped Fath-360 missiles to Russia.")
    [t] = a.transfers
    assert _pair(t) == ("Iran", "Russia")
    assert t.status == "denied"


# Pakistan's Fatah rockets are a system, not the Palestinian movement


def test_a_fatah_rocket_test_fire_is_no_transfer() -> None:
    a = _run("Pakistan's army said it had test-fired a Fatah-II guided rocket during a training launch on Monday.")
    assert a.transfers == []


# a source told between commas inside a series of purchases does not cut the series


def test_goods_after_an_according_to_aside_keep_their_own_seller() -> None:
    a = _run("Egypt has bought Rafale jets from France and, according to Italian media, two FREMM frigates from Italy.")
    assert {_pair(t) for t in a.transfers} == {("France", "Egypt"), ("Italy", "Egypt")}
    [frigates] = [t for t in a.transfers if _pair(t) == ("Italy", "Egypt")]
    assert frigates.items[0].quantity is not None and frigates.items[0].quantity.value == 2


def test_an_aside_before_a_clause_of_its_own_adds_no_goods() -> None:
    a = _run("Russia sent attack drones to Sudan and, according to the UN panel, it also trained pilots there.")
    assert {_pair(t) for t in a.transfers} == {("Russia", "Sudan")}


# the pledge goods were given under, told in a relative clause on them, is an act of its own


def test_launchers_received_that_a_state_pledged_in_april_give_the_pledge_apart() -> None:
    a = _run("Ukraine has received the three IRIS-T launchers that Germany pledged in April, Umerov said.")
    got = sorted(a.transfers, key=lambda t: t.status)
    assert [_pair(t) for t in got] == [("Germany", "Ukraine")] * 2
    delivery, pledge = got
    assert pledge.status == "planned"
    assert pledge.date == "2025-04"
    assert delivery.status == "confirmed"
    assert delivery.date is None


# "the Department" taking up the Pentagon is its state, not a party of its own


def test_the_department_procuring_for_ukraine_is_the_united_states() -> None:
    a = _run(
        "Today, the Department of Defense announces a new package of Stinger missiles for Ukraine. "
        "In addition, the Department will use USAI funds to procure counter-drone systems for Ukraine from industry."
    )
    assert {_pair(t) for t in a.transfers} == {("United States", "Ukraine")}


# a headline's denial of a named state's claims: the claim is the object, its author no party


def test_a_headline_rejecting_us_claims_keeps_the_denier_as_the_supplier() -> None:
    a = _run("Iran rejects US claims that it has sent Fath-360 missiles to Russia")
    [t] = a.transfers
    assert _pair(t) == ("Iran", "Russia")
    assert t.status == "alleged"


def test_the_author_of_a_denied_claim_is_no_supplier() -> None:
    a = _run("Bulgaria denies Russian claim its mortar rounds reach Ukraine")
    assert all(_pair(t)[0] != "Russia" for t in a.transfers)


# "the remaining 18" is the rest of the goods told with a count, not of the goods named last


def test_the_remaining_count_takes_up_the_counted_goods_not_the_last_named() -> None:
    a = _run(
        "Rabat ordered the 24 helicopters in 2020 under a deal that also covered Hellfire missiles, "
        "and the remaining 18 are due by the end of 2025."
    )
    rest = [t for t in a.transfers if any(i.quantity is not None and i.quantity.value == 18 for i in t.items)]
    [t] = rest
    assert [i.text for i in t.items] == ["helicopters"]


def test_the_remaining_count_after_a_counted_batch_is_that_batchs_goods() -> None:
    a = _run(
        "Taiwan received 38 M1A2T tanks and Stinger missiles on Sunday, and the remaining 70 will follow next year."
    )
    [t] = [t for t in a.transfers if t.status == "planned"]
    assert [i.text for i in t.items] == ["M1A2T tanks"]
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 70
