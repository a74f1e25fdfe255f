"""English constructions a blind batch of think-tank and investigative reports, court filings,
sanctions notices and translated wire copy (Yonhap, Kyodo, TASS, Xinhua, IRNA) showed mishandled: a
calibre written apart from the rounds it names ("155 mm rounds"), a deal of which none is signed ("no
export contract has been signed"), the raised subject of an intelligence hedge ("the North is
estimated to have sent"), components told only as "modules", a second "that"-clause coordinated
with a first ("concluded that the weapon was a KN-23, and that Pyongyang had handed it over"), a
description with a name in apposition ("The firm, Asia Tech Service, purchased"), and a lot of a
story's pair shipped through a third state ("two batches were also shipped through Armenia"), and
goods bought for a party told by its adjective, by a firm that passes them on ("a Hong Kong company
procured chips for Russian end users")."""

from __future__ import annotations

from functools import partial

from tests.parties import only, pair, transfers

PUB = "2024-11-20"


_run = partial(transfers, lang="en", published=PUB)
_only = partial(only, lang="en", published=PUB)


# a gun or mortar calibre written apart before rounds names artillery ammunition


def test_calibre_apart_before_rounds_is_artillery_ammunition() -> None:
    for text in (
        "Seoul exported hundreds of thousands of 155 mm rounds to Washington last year.",
        "Seoul exported 152-millimetre ammunition to Washington last year.",
    ):
        [item] = _only(text).items
        assert item.category == "artillery-ammunition", text


def test_small_calibre_rounds_stay_ammunition() -> None:
    for text in (
        "Seoul exported 7.62 mm rounds to Washington last year.",
        "Seoul exported 30 mm rounds to Washington last year.",
    ):
        [item] = _only(text).items
        assert item.category == "ammunition", text


# a deal of which none is signed is no purchase planned


def test_no_contract_signed_is_no_transfer() -> None:
    for text in (
        "A company designer said no export contract for the jets has been signed with Pakistan.",
        "Cairo has signed no deal for the Rafale jets with Paris.",
    ):
        assert _run(text) == [], text


def test_a_signed_contract_is_still_a_plan() -> None:
    t = _only("Cairo signed a deal for 30 Rafale jets with Paris in 2021.")
    assert pair(t) == ("France", "Egypt")
    assert t.status == "planned"


# the raised subject of a briefing's hedge gives the act below it


def test_estimated_to_have_sent_keeps_its_giver() -> None:
    text = (
        "The agency said North Korea had shipped howitzers to Russia.\n\n"
        "North Korea is estimated to have sent 13,000 containers of artillery rounds."
    )
    assert [(pair(t), t.status) for t in _run(text)] == [
        (("North Korea", "Russia"), "reported"),
        (("North Korea", "Russia"), "alleged"),
    ]


def test_presumed_to_have_received_is_alleged() -> None:
    t = _only("Russia is presumed to have received 40 Shahed drones from Iran.")
    assert pair(t) == ("Iran", "Russia")
    assert t.status == "alleged"


# components told only as modules


def test_modules_are_components() -> None:
    t = _only("It is highly likely that these modules were supplied to the Alabuga plant by Chinese intermediaries.")
    assert pair(t) == ("China", "Russia")
    assert [it.category for it in t.items] == ["components"]


# a second "that"-clause is the governing verb's, as the first is


def test_second_that_clause_of_a_conclusion_is_alleged() -> None:
    t = _only(
        "Investigators concluded that the weapon was a KN-23, and that Pyongyang had handed the missile to Moscow."
    )
    assert pair(t) == ("North Korea", "Russia")
    assert t.status == "alleged"


def test_second_that_clause_does_not_take_the_firsts_future() -> None:
    text = "Officials said that Russia would get the jets next year, and that Iran had sent 40 drones to Russia."
    [t] = [t for t in _run(text) if t.items[0].category == "drone"]
    assert pair(t) == ("Iran", "Russia")
    assert t.status != "planned"


# a description with a name in apposition is that name, not the firm told before


def test_firm_with_an_apposed_name_is_not_the_firm_before() -> None:
    text = (
        "Customs records show that a Bishkek company bought lathes. "
        "The firm, Asia Tech Service, purchased some 120 CNC lathes from a distributor in Taichung in 2023."
    )
    assert "Customs" not in {pair(t)[1] for t in _run(text)}


def test_firm_without_a_name_still_takes_up_the_one_before() -> None:
    transfers = _run("Rosoboronexport shipped jets to Myanmar. The firm also sent 12 helicopters to Mali in 2023.")
    assert [pair(t) for t in transfers] == [("Russia", "Myanmar"), ("Russia", "Mali")]


# a lot of the story's pair that names only a state it passed through goes on the story


def test_lot_shipped_through_a_third_state_goes_on_the_story() -> None:
    text = (
        "Prosecutors said the defendants exported 300 US microchips to Russia in 2023. "
        "Two batches of 20 oscilloscopes were also shipped through Armenia in the spring of 2023, prosecutors said."
    )
    transfers = _run(text)
    assert [pair(t) for t in transfers] == [("United States", "Russia"), ("United States", "Russia")]
    assert {i.entity.name for i in transfers[1].intermediaries if i.entity} == {"Armenia"}
    assert transfers[1].date == "2023-03"


def test_lot_sent_to_a_state_of_its_own_is_not_the_storys() -> None:
    text = (
        "Prosecutors said the defendants exported 300 US microchips to Russia in 2023. "
        "Two batches of 20 oscilloscopes were also shipped to Armenia in the spring of 2023, prosecutors said."
    )
    assert ("United States", "Russia") not in [pair(t) for t in _run(text)[1:]]


# goods bought for a party told by its adjective go to that party


def test_bought_for_russian_end_users_goes_to_russia_through_the_firm() -> None:
    t = _only("A Hong Kong company sourced 5,000 microchips for Russian end users in 2023.")
    assert pair(t) == (None, "Russia")
    assert {i.entity.name for i in t.intermediaries if i.entity} == {"Hong Kong"}


def test_a_state_buying_for_another_still_supplies_it() -> None:
    t = _only("Berlin bought three Patriot systems for Ukraine.")
    assert pair(t) == ("Germany", "Ukraine")


def test_bought_for_its_own_makers_stays_the_buyers() -> None:
    t = _only("Iran bought 300 engines for its own drone makers in 2023.")
    assert pair(t)[1] == "Iran"
