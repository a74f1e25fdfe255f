"""A headline's giverless receipt is no transfer when the body tells the same count as a state's own
ministry supplying its own forces ("Kyiv's troops got 50,000 drones" over "The ministry handed
50,000 drones to the brigades"); a count the body gives a foreign giver for is still a transfer."""

from __future__ import annotations

from functools import partial

from tests.parties import records

PUB = "2025-05-06"

_records = partial(records, lang="en", published=PUB)


def test_a_headline_receipt_of_the_ministrys_own_delivery_is_no_transfer() -> None:
    text = (
        "Ukrainian troops received more than 150,000 FPV drones in April, ministry says\n"
        "Ukraine's Defence Ministry handed more than 150,000 first-person-view drones to the brigades in April, "
        "a deputy minister said on Monday. All were made by Ukrainian companies."
    )
    assert _records(text) == []


def test_a_headline_receipt_the_body_gives_a_foreign_giver_for_stays() -> None:
    text = (
        "Ukrainian troops received 40 Leopard tanks in April\n"
        "Germany delivered 40 Leopard 1A5 tanks to Ukraine in April, the German defence ministry said."
    )
    assert {(s, r) for s, r, _, _ in _records(text)} == {("Germany", "Ukraine")}


def test_another_count_than_the_home_delivery_is_still_a_receipt() -> None:
    # (only the same goods and count are the domestic supply told again)
    text = (
        "Ukraine received 5,000 drones in April\n"
        "The Defence Ministry of Ukraine handed 150,000 drones to the brigades in April, a deputy minister said."
    )
    assert [(s, r) for s, r, _, _ in _records(text)] == [(None, "Ukraine")]


def test_a_headline_is_as_sure_as_the_bodys_telling_of_the_same_kind_of_goods() -> None:
    # (the headline's "howitzers" are the body's "self-propelled guns": goods of one kind by another word)
    text = (
        "N. Korea has sent some 150 howitzers to Russia: JCS\n\n"
        "SEOUL, May 2 (Yonhap) -- North Korea is believed to have sent about 150 self-propelled guns to Russia "
        "since last autumn, the Joint Chiefs of Staff said Friday."
    )
    first = _records(text)[0]
    assert (first[0], first[1], first[3]) == ("North Korea", "Russia", "alleged")


def test_a_desk_that_understands_a_delivery_tells_it_as_hearsay() -> None:
    text = "Qatar has taken delivery of its first four Bayraktar TB2 drones from Turkey, Janes understands."
    assert [(s, r, st) for s, r, _, st in _records(text)] == [("Turkey", "Qatar", "alleged")]


def test_the_datelines_ministry_of_national_defence_speaks_for_its_state() -> None:
    # (five words for one body: the dateline's state's ministry, a party to the delivery)
    text = (
        "SEOUL — A third batch of 12 FA-50 light attack aircraft arrived in Manila on Monday, bringing to 24 "
        "the number of jets the Philippines has received from South Korea, the Department of National Defense said."
    )
    assert [(s, r, st) for s, r, _, st in _records(text)] == [("South Korea", "Philippines", "confirmed")]


def test_the_publisher_of_the_paper_a_delivery_is_told_according_to_speaks() -> None:
    text = (
        "The Netherlands has delivered to Ukraine six more PzH 2000 howitzers, according to the aid overview "
        "published by the Dutch government on Friday."
    )
    assert [(s, r, st) for s, r, _, st in _records(text)] == [("Netherlands", "Ukraine", "confirmed")]
