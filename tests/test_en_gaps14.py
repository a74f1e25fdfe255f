"""English gaps in parties, status and dates: a passive onward leg with no party of its own
continuing the shipment told before, a deal named only by its kind of goods signed "with" a
partner (no seller), "did not deny" (no denial) and "it" under a negated speech verb, "became the
second NATO member to buy", a deal "for" goods with "the first of which will arrive", a year on a
participle on the goods against a trailing "said on Monday", and the state of the ships that
deliver goods."""

from __future__ import annotations

from functools import partial

from tests.parties import pair as _pair
from tests.parties import via as _via

from materiel.pipeline import analyze_text

PUB = "2025-03-10"

_run = partial(analyze_text, lang="en", published=PUB)


# a passive onward leg with no party of its own joins the act before


def test_passive_onward_leg_continues_the_shipment_before() -> None:
    [t] = _run(
        "A Turkish distributor shipped 800 microchips to Kazakhstan in March, customs records show. "
        "The items were then allegedly forwarded to end users in Russia."
    ).transfers
    assert _pair(t) == ("Turkey", "Russia")
    assert _via(t) == {"Kazakhstan"}
    assert t.status == "alleged"


def test_they_were_then_re_exported_joins_the_act_before() -> None:
    [t] = _run(
        "Finland exported 300 gyroscopes to Armenia last year. They were later re-exported to Russia, "
        "the investigators said."
    ).transfers
    assert _pair(t) == ("Finland", "Russia")
    assert _via(t) == {"Armenia"}


def test_onward_act_of_another_party_is_no_leg_of_the_act_before() -> None:
    a = _run("Turkey shipped 500 microchips to Kazakhstan in March. Armenia forwarded microchips to Russia in May.")
    assert ("Turkey", "Kazakhstan") in [_pair(t) for t in a.transfers]
    assert all(_via(t) != {"Kazakhstan"} for t in a.transfers)


def test_weapons_a_state_bought_and_sold_on_in_the_passive_stay_two_acts() -> None:
    a = _run("China sold air-defence systems to Serbia in 2020. They were later resold to Bosnia.")
    assert ("China", "Serbia") in [_pair(t) for t in a.transfers]
    assert all(not _via(t) for t in a.transfers)


# a deal of a kind of goods "with" a partner names no seller


def test_drone_deal_with_a_partner_names_no_seller() -> None:
    for text in (
        "Iran signed a drone deal with Russia last year.",
        "Belarus signed a weapons contract with Russia in March, state media reported.",
    ):
        assert not any(_pair(t)[0] == "Russia" for t in _run(text).transfers), text


def test_deal_with_a_party_for_goods_keeps_the_seller() -> None:
    [t] = _run("India signed a deal with France for 26 Rafale jets.").transfers
    assert _pair(t) == ("France", "India")
    [t] = _run("Poland signed a second K2 tank contract with South Korea in April.").transfers
    assert _pair(t) == ("South Korea", "Poland")


# "did not deny", and "it" under a negated speech verb


def test_did_not_deny_is_no_denial() -> None:
    [t] = _run("Kyiv did not deny that it had sent drones to Sudan.").transfers
    assert _pair(t) == ("Ukraine", "Sudan")
    assert t.status == "alleged"
    [t] = _run("Officials in Ankara have not denied that Turkish firms sold drone engines to Russia.").transfers
    assert t.status != "denied"


def test_a_denial_is_still_a_denial() -> None:
    [t] = _run("Kyiv denied that it had sent drones to Sudan.").transfers
    assert t.status == "denied"


def test_it_under_a_negated_speech_verb_is_its_subject() -> None:
    [t] = _run("Tehran did not say how many drones it sent to Russia.").transfers
    assert _pair(t) == ("Iran", "Russia")
    [t] = _run("Pyongyang would not say how many shells it had shipped to Moscow.").transfers
    assert _pair(t) == ("North Korea", "Russia")


def test_a_speaking_outlet_is_no_party() -> None:
    assert not _run("Reuters did not say how many drones it saw.").transfers


# "became the second NATO member to buy", a deal for goods with "the first of which"


def test_second_member_to_buy_is_the_buyer() -> None:
    for text in (
        "Romania became the second NATO member to buy K9 howitzers.",
        "Estonia became the second NATO member after Poland to buy K9 howitzers from South Korea.",
    ):
        [t] = _run(text).transfers
        assert _pair(t)[1] in ("Romania", "Estonia"), text


def test_deal_for_goods_the_first_of_which_will_arrive() -> None:
    a = _run(
        "Paraguay signed a deal in December for six Super Tucano planes from Brazil, "
        "the first of which will arrive in May."
    )
    deal = next(t for t in a.transfers if t.status == "planned" and t.date == "2024-12")
    assert _pair(deal) == ("Brazil", "Paraguay")
    assert [i.text for i in deal.items] == ["Super Tucano planes"]


def test_month_of_a_past_deal_beside_a_relative_clause_to_come() -> None:
    [t] = _run(
        "Uruguay signed a contract in November for two patrol boats from Spain, which will arrive in June."
    ).transfers
    assert t.date == "2024-11"


# a year on a participle on the goods against a trailing "said on Monday"


def test_year_on_the_goods_participle_dates_the_act_not_the_saying() -> None:
    [t] = _run(
        "Estonia bought six HIMARS launchers made by Lockheed Martin in 2022, the ministry said on Monday."
    ).transfers
    assert t.date == "2022"


def test_saying_day_dates_an_act_of_no_year_by_its_month() -> None:
    [t] = _run("Latvia received six HIMARS launchers from the United States, the ministry said on Monday.").transfers
    assert t.date == "2025-03"


# the state of the ships that deliver the goods


def test_state_of_delivering_ships_supplies_goods_of_no_other_state() -> None:
    [t] = _run("Russian cargo ships delivered armoured vehicles and artillery to Tobruk last month.").transfers
    assert _pair(t) == ("Russia", "Libya")


def test_state_of_the_carrier_yields_to_the_goods_own_state() -> None:
    [t] = _run("Russian transport planes delivered Iranian drones to Belarus.").transfers
    assert _pair(t) == ("Iran", "Belarus")
