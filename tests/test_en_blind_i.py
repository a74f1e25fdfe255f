"""English fixes from a blind batch of think-tank and OSINT analyses (Sudan's foreign arsenal, Serbia's
air force, debris of North Korean missiles, BrahMos batteries, an intercepted dhow, drone production at
home): the day a source spoke told after a contract's year, an unnamed spokesperson of a body named
before, a hedging source coordinated with a plain one, and "the country" as the subject of a reported
clause."""

from __future__ import annotations

from functools import partial

from tests.parties import name as _name
from tests.parties import of_pair as _of_pair

from materiel.model import Transfer
from materiel.pipeline import analyze_text

PUB = "2025-04-22"
_run = partial(analyze_text, lang="en", published=PUB)


def _texts(t: Transfer) -> set[str]:
    return {i.text for i in t.items}


# "under a contract signed in July 2022, a spokesman said on 6 December": the day of telling is
# told from publication, not in the contract's year


def test_the_day_a_spokesman_spoke_is_not_in_the_contract_year() -> None:
    a = _run(
        "Poland received the first K2 tanks under a contract signed in July 2022, a ministry spokesman "
        "said on 6 December."
    )
    dates = sorted(t.date or "" for t in _of_pair(a, None, "Poland"))
    assert dates == ["2022-07", "2024-12-06"]


def test_a_month_of_the_contract_story_still_takes_its_year() -> None:
    a = _run("Romania signed for 54 Abrams tanks in March 2023 and received the first in November.")
    assert "2023-11" in {t.date for t in a.transfers}


# "an army spokesman said": the voice of the army named before speaks for its state


def test_an_army_spokesman_of_the_recipient_confirms() -> None:
    a = _run(
        "The Philippine Army received two HIMARS launchers from the United States, an army spokesman said on Monday."
    )
    [t] = _of_pair(a, "United States", "Philippines")
    assert t.status == "confirmed" and t.date == "2025-04"


def test_an_army_spokeswoman_confirms_howitzers_taken_over() -> None:
    a = _run("The Polish Army took delivery of 24 K9 howitzers from South Korea last week, an army spokeswoman said.")
    [t] = _of_pair(a, "South Korea", "Poland")
    assert t.status == "confirmed" and "K9 howitzers" in _texts(t)


def test_a_spokesman_of_no_body_named_before_stays_a_report() -> None:
    a = _run("Taiwan received the first F-16V fighters from the United States, a ministry spokesman said.")
    [t] = _of_pair(a, "United States", "Taiwan")
    assert t.status == "reported"


# "The US said ..., and Ukrainian intelligence believes ...": the hedge is the second source's alone


def test_a_hedging_second_source_leaves_the_first_a_report() -> None:
    a = _run(
        "The United States said in March that Iran had sent Russia drones, and Ukrainian intelligence "
        "believes Tehran delivered about 400 of them in 2023."
    )
    by_date = {t.date: t for t in _of_pair(a, "Iran", "Russia")}
    assert by_date["2025-03"].status == "reported"
    assert by_date["2023"].status == "alleged"


def test_a_hedging_first_source_alone_keeps_its_allegation() -> None:
    a = _run("Ukrainian intelligence believes Tehran delivered about 400 drones to Russia in 2023.")
    [t] = _of_pair(a, "Iran", "Russia")
    assert t.status == "alleged"


# "President X said that the country would buy ...": the subject of a reported clause takes up the
# sentence before's subject, not the seller named after it


def test_the_country_in_a_reported_clause_is_the_buyer_told_before() -> None:
    a = _run(
        "In 2023 Hungary signed a deal with Sweden for four more Gripen fighters. Prime Minister Viktor "
        "Orbán said in March that the country would also buy tanks from Germany."
    )
    [t] = _of_pair(a, "Germany", "Hungary")
    assert t.status == "planned" and t.date == "2025-03"
    assert not _of_pair(a, "Germany", "Sweden")


def test_the_country_after_officials_said_is_the_buyer() -> None:
    a = _run(
        "Egypt ordered 30 Rafale jets from France in 2021. Officials said the country also plans to buy "
        "J-10C fighters from China."
    )
    assert _of_pair(a, "China", "Egypt") and not _of_pair(a, "China", "France")


# "Moscow donated six MiG-29s in 2017": a gift to no one named, in a story of one recipient, is to it


def test_a_gift_with_no_recipient_goes_to_the_story_recipient() -> None:
    a = _run(
        "Hungary received Leopard 2A7 tanks from Germany in 2023. The purchase followed a run of Swedish "
        "deliveries. Stockholm leased 14 Gripen fighters in 2001, and Prague sold ten L-159 jets in 2009."
    )
    [t] = _of_pair(a, "Sweden", "Hungary")
    assert t.date == "2001"
    [u] = _of_pair(a, "Czech Republic", "Hungary")
    assert u.date == "2009"


def test_a_gift_with_no_recipient_in_a_story_of_two_recipients_goes_to_none() -> None:
    a = _run(
        "Armenia bought Pinaka rocket launchers from India in 2023, and Azerbaijan received Harop drones "
        "from Israel. Turkey supplied most of the rest."
    )
    assert not [t for t in a.transfers if _name(t.supplier) == "Turkey"]


def test_use_of_weapons_after_a_delivery_is_no_gift() -> None:
    a = _run("Ukraine received Patriot systems from Germany in 2023. Russia fired 40 Iskander missiles at Kyiv.")
    assert [(_name(t.supplier), _name(t.recipient)) for t in a.transfers] == [("Germany", "Ukraine")]


# "A contract for 180 tanks, signed in April, provides for ... from 2026": the signing dates the deal,
# and "provide for" lays down terms, no delivery


def test_a_deal_is_dated_by_its_signing_participle() -> None:
    a = _run(
        "Egypt received four Rafale jets from France in March. A contract for 30 more jets from France, "
        "signed in 2021, foresees deliveries from 2026.",
        published="2024-12-04",
    )
    by_status = {t.status: t for t in _of_pair(a, "France", "Egypt")}
    assert by_status["planned"].date == "2021"


def test_provide_for_lays_down_terms_and_gives_nothing() -> None:
    a = _run(
        "Romania took delivery of 18 K9 howitzers from South Korea on Monday. The agreement, signed in "
        "July, provides for the remaining guns to be built in Romania from 2027.",
        published="2024-12-04",
    )
    assert [t.date for t in _of_pair(a, "South Korea", "Romania") if t.status == "reported"] == ["2024-12-02"]
    assert all(t.date != "2027" for t in a.transfers)


def test_provide_with_goods_is_still_a_delivery() -> None:
    a = _run("The United States provided Ukraine with 31 Abrams tanks in 2023.")
    [t] = _of_pair(a, "United States", "Ukraine")
    assert t.date == "2023"


# "the second of three batteries": a rank past the first takes a part of the whole as "the first of" does


def test_the_third_of_five_systems_is_no_count_of_the_delivery() -> None:
    a = _run("Ukraine has received the third of five IRIS-T systems promised by Germany, the ministry said.")
    counts = {t.status: [i.quantity.value if i.quantity else None for i in t.items] for t in a.transfers}
    assert counts.get("confirmed") == [None]
    assert counts.get("planned") == [5]


def test_the_second_of_two_frigates_is_no_count_of_the_delivery() -> None:
    a = _run(
        "The Philippine Navy has received the second of two frigates ordered from South Korea, the navy said on Monday."
    )
    [t] = _of_pair(a, "South Korea", "Philippines")
    assert t.status == "confirmed" and t.items[0].quantity is None
