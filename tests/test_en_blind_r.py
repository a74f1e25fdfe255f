"""English fixes from a blind batch of sanctions-evasion copy (Justice Department pleas and
indictments, Treasury designations, naval and coast-guard interdictions, court verdicts and customs
data): a buyer that "then sent them on" in a relative clause is a go-between, goods an exporter sent
"knowing they would be forwarded" to a third go on to that third (no plan), a transfer asked about
("Asked whether Washington had evidence that Iran had sent ...") is no claim, the list of seized goods
after "including", and the parts procurement cases name (fuel pumps, turbine blades, pressure sensors)."""

from __future__ import annotations

from functools import partial

from tests.parties import pair as _pair
from tests.parties import via as _via

from materiel.pipeline import analyze_text

PUB = "2025-05-13"


_run = partial(analyze_text, lang="en", published=PUB)


def _texts(t: object) -> list[str]:
    return [i.text for i in t.items]  # type: ignore[attr-defined]


# a buyer that passes the goods on in a relative clause ("a buyer in Kazakhstan, which then sent them on
# to Russia") is a stop on the way, not a recipient of its own


def test_a_buyer_that_then_sent_the_goods_on_is_a_go_between() -> None:
    a = _run(
        "Prosecutors said Orlov arranged for three thermal imaging cameras made by a U.S. company to be sold "
        "to a dealer in Kyrgyzstan, which then sent them on to Russia."
    )
    [t] = a.transfers
    assert _pair(t) == ("United States", "Russia")
    assert _via(t) == {"Kyrgyzstan"}


def test_a_dealer_that_later_passed_the_rifles_on_is_a_go_between() -> None:
    a = _run("The firm sold 40 rifles to a dealer in Georgia, which later passed them on to Armenia.")
    [t] = a.transfers
    assert _pair(t)[1] == "Armenia"
    assert _via(t) == {"Georgia"}


def test_a_relative_clause_with_an_act_of_its_own_keeps_the_first_recipient() -> None:
    a = _run("France sold howitzers to Armenia, which sent troops to the border.")
    [t] = a.transfers
    assert _pair(t) == ("France", "Armenia")
    assert not _via(t)


# goods sent to a firm "knowing they would be forwarded to Russia": the "would" is where they were bound


def test_goods_known_to_be_forwarded_go_on_to_the_third_party() -> None:
    a = _run("Kessler exported oscilloscopes to a firm in Hong Kong, knowing they would be forwarded to Russia.")
    [t] = a.transfers
    assert _pair(t)[1] == "Russia"
    assert _via(t) == {"Hong Kong"}
    assert t.status == "reported"


def test_a_plea_to_parts_known_to_be_passed_on_is_confirmed_not_planned() -> None:
    a = _run(
        "In his plea agreement, Harlan acknowledged that he shipped about 120 avionics units to a firm in "
        "Istanbul, knowing they would be passed on to a helicopter plant in Russia."
    )
    [t] = a.transfers
    assert _pair(t)[1] == "Russia"
    assert t.status == "confirmed"


def test_a_plan_to_export_stays_planned_beside_what_was_known() -> None:
    a = _run("Kessler plans to export oscilloscopes to a firm in Hong Kong, knowing they would be forwarded to Russia.")
    assert a.transfers
    assert all(t.status == "planned" for t in a.transfers)


# a transfer a question asks about ("whether Washington had evidence that Iran had sent") is no claim


def test_a_delivery_asked_about_through_evidence_is_no_transfer() -> None:
    a = _run(
        "Asked whether Washington had evidence that Iran had sent ballistic missiles to Russia, a senior "
        "official said the United States had not yet seen such a delivery."
    )
    assert a.transfers == []


def test_evidence_that_a_state_sent_missiles_is_still_a_claim() -> None:
    a = _run("The official said Washington had evidence that Iran had sent ballistic missiles to Russia.")
    [t] = a.transfers
    assert _pair(t) == ("Iran", "Russia")


# the goods a seizure lists after "including", the list hung on the seized load


def test_seized_weapons_bound_for_a_group_give_the_goods_they_include() -> None:
    a = _run(
        "Yemeni forces said they had intercepted some 500 tons of Iranian weapons bound for the Houthis, "
        "including cruise missiles, drone engines and radar systems."
    )
    [t] = a.transfers
    assert _pair(t) == ("Iran", "Houthis")
    texts = " | ".join(_texts(t))
    assert "cruise missiles" in texts and "drone engines" in texts and "radar systems" in texts


# parts that procurement cases name


def test_aircraft_parts_named_in_a_plea_are_goods() -> None:
    a = _run("Dawson admitted that he exported fuel pumps and turbine blades to a firm in Moscow in 2023.")
    [t] = a.transfers
    assert _pair(t)[1] == "Russia"
    assert {i.text for i in t.items} >= {"fuel pumps", "turbine blades"}
    assert all(i.category == "components" for i in t.items)


# a weak verb of the next leg ("and then forwarded", "and from there forwarded") beside a stronger first
# leg takes the goods on; with goods of its own it stays out of the first act


def test_goods_then_forwarded_reach_the_last_party_through_the_first() -> None:
    a = _run("The lathes were shipped to a company in Kyrgyzstan and then forwarded to Russia.")
    [t] = a.transfers
    assert _pair(t)[1] == "Russia"
    assert _via(t) == {"Kyrgyzstan"}


def test_goods_forwarded_from_there_reach_the_last_party() -> None:
    a = _run("The milling machines were exported to a firm in Uzbekistan and from there forwarded to plants in Russia.")
    [t] = a.transfers
    assert _pair(t)[1] == "Russia"
    assert _via(t) == {"Uzbekistan"}


def test_a_next_verb_with_goods_of_its_own_does_not_take_the_first_goods_on() -> None:
    a = _run("Germany sent tanks to Poland and then forwarded howitzers to Ukraine.")
    assert ("Germany", "Poland") in {_pair(t) for t in a.transfers}
    assert all(not _via(t) for t in a.transfers)


# a quarter or half of a year told relative to the publication year


def test_the_first_quarter_of_this_year_dates_the_act_by_its_first_month() -> None:
    a = _run("Traders delivered 1,100 Chinese-made drone motors to Russia in the first quarter of this year.")
    [t] = a.transfers
    assert t.date == "2025-01"


def test_the_second_half_of_last_year_dates_the_act_in_july() -> None:
    a = _run("Traders delivered 800 Chinese-made drone motors to Russia in the second half of last year.")
    [t] = a.transfers
    assert t.date == "2024-07"


# the state of make told in the next sentence with no goods word ("Both were made in China")


def test_both_made_in_a_state_gives_the_goods_told_before_their_origin() -> None:
    a = _run(
        "The Dubai firm sold drone engines and thermal camera cores to buyers in Russia last year, the "
        "Treasury said. Both were made in China, it added."
    )
    [t] = a.transfers
    assert _pair(t) == ("China", "Russia")
    assert _via(t) == {"United Arab Emirates"}


def test_goods_with_no_state_of_make_after_keep_the_hub_as_supplier() -> None:
    a = _run("A Dubai firm shipped drone engines to buyers in Russia last year. Both firms were fined.")
    [t] = a.transfers
    assert _pair(t) == ("United Arab Emirates", "Russia")


def test_western_brand_goods_passed_on_by_a_hub_have_no_state_supplier() -> None:
    a = _run(
        "A Dubai firm sold drone engines to buyers in Russia last year. Both were made in China. "
        "A Hong Kong trader sent Western-brand microcontrollers to Russia in July 2023."
    )
    chips = [t for t in a.transfers if any("microcontrollers" in x for x in _texts(t))]
    [t] = chips
    assert _pair(t) == (None, "Russia")


# a craft told as stopped ("the coast guard stopped a boat carrying"): an interdiction, so alleged


def test_a_boat_stopped_at_sea_shows_an_alleged_transfer() -> None:
    a = _run("The coast guard stopped a boat carrying missile parts from Iran to the Houthis in January.")
    [t] = a.transfers
    assert _pair(t) == ("Iran", "Houthis")
    assert t.status == "alleged"


def test_a_supplier_that_stopped_sending_tells_no_interdiction() -> None:
    a = _run("Officials said Belarus stopped a shipment of its own tanks to Russia and sent them to Serbia instead.")
    assert all(t.status != "alleged" for t in a.transfers)
