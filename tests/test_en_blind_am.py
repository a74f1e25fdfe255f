"""English fixes from a blind batch of wire copy (Reuters, AP, AFP, Bloomberg): a hedge in a remark
added under a participle of saying ("..., warning that Pyongyang was paid with food and possibly
technology"), civil aid in a relative clause beside a planned supply ("which has provided only
non-lethal aid to Ukraine, is now considering sending ..."), a payer of goods whose words name their
state of make ("Germany to pay for two US Patriot systems for Ukraine"), goods "taken in" by a trader
and forwarded, and a date in a participle aside on the doer ("registered in ... in March 2023")."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pairs, records, transfers
from tests.parties import via as _via

PUB = "2025-01-15"

_pairs = partial(pairs, lang="en", published=PUB)
_records = partial(records, lang="en", published=PUB)
_transfers = partial(transfers, lang="en", published=PUB)
_one = partial(one, lang="en", published=PUB)


# a hedge in a remark added under "warning that", "adding that": not the act's


def test_hedge_in_a_warning_remark_leaves_the_report() -> None:
    text = (
        "Belarus has sent tank shells and other ammunition to Russia since March last year, Poland's "
        "intelligence agency said on Tuesday, warning that Minsk was being paid with fuel and possibly "
        "aircraft parts."
    )
    assert _records(text) == [("Belarus", "Russia", "2024-03", "reported")]


def test_hedge_on_the_act_in_an_added_remark_still_hedges_it() -> None:
    text = (
        "Iran has sent drones to Russia, officials said on Tuesday, adding that Tehran had probably "
        "also shipped artillery shells to Moscow."
    )
    assert "alleged" in {t.status for t in _transfers(text)}


# civil aid is no military goods


def test_non_lethal_aid_in_a_relative_clause_is_no_second_record() -> None:
    text = (
        "Japan, which has so far provided only non-lethal aid to Ukraine, is now weighing sending "
        "artillery shells to Kyiv, a senior government official said."
    )
    assert _records(text) == [("Japan", "Ukraine", None, "planned")]


def test_humanitarian_and_economic_assistance_is_no_transfer() -> None:
    assert _transfers("Austria has sent humanitarian and economic assistance to Ukraine, the ministry said.") == []


def test_military_aid_is_still_a_transfer() -> None:
    assert _pairs("Canada sent military aid to Ukraine last year, officials said.") == {("Canada", "Ukraine")}


def test_aid_beside_weapons_keeps_the_weapons() -> None:
    text = "Germany has sent humanitarian aid and artillery shells to Ukraine, the ministry said."
    assert _pairs(text) == {("Germany", "Ukraine")}


# a payer of goods of another state's make only funds them


def test_payer_of_goods_of_a_named_make_is_no_supplier_in_a_headline() -> None:
    assert _pairs("Norway to pay for three US HIMARS launchers for Ukraine") == {("United States", "Ukraine")}


def test_payer_of_goods_of_a_made_adjective_is_no_supplier() -> None:
    text = "Sweden will pay for two German-made IRIS-T systems for Ukraine, the defence minister said."
    assert _pairs(text) == {("Germany", "Ukraine")}


def test_payer_of_goods_of_no_named_make_stays_the_supplier() -> None:
    assert _pairs("Denmark paid for 18 Caesar guns for Ukraine, the ministry said.") == {("Denmark", "Ukraine")}


def test_payer_of_goods_made_by_the_receiver_stays_the_supplier() -> None:
    text = "Denmark will pay for Ukrainian-made Bohdana howitzers for Ukraine, officials said."
    assert _pairs(text) == {("Denmark", "Ukraine")}


# goods taken in and forwarded; a date in an aside on the doer


def test_goods_taken_in_and_forwarded_go_on_from_their_make() -> None:
    text = (
        "An Armenian trading company, set up in Yerevan in June 2022, took in some 80 Chinese drone engines "
        "in September and forwarded them to Russia, two people familiar with the deals said."
    )
    t = _one(text, "China", "Russia")
    assert _via(t) == {"Armenia"}
    assert t.date == "2024-09"


def test_month_after_a_written_year_in_the_same_clause_keeps_that_year() -> None:
    text = "Germany sent anti-tank weapons to Ukraine in March 2022 and howitzers in May, the ministry said."
    assert {t.date for t in _transfers(text)} <= {"2022-03", "2022-05", "2022"}


# a headline's host state over the body's armed group; a warship that seizes is no goods; a state of
# make told a few sentences later


_SEIZURE = (
    "Greek navy seizes rifles on boat believed bound for Libya\n\n"
    "ATHENS, May 3 (Reuters) - A Greek frigate on patrol off Crete has stopped a fishing boat carrying "
    "hundreds of rifles and anti-tank rockets that officials believe were meant for Libya's Haftar forces, "
    "the defence ministry said on Saturday.\n\n"
    "Sailors found some 600 rifles and 40 RPG launchers under nets, the ministry said.\n\n"
    '"All the markings point to Turkish origin," a Greek officer told reporters on condition of anonymity.'
)


def test_seizure_told_with_its_origin_later_is_one_record_from_that_state() -> None:
    ts = _transfers(_SEIZURE)
    assert [(t.supplier and t.supplier.entity and t.supplier.entity.name) for t in ts] == ["Turkey"]
    assert ts[0].status == "alleged"


def test_warship_that_seizes_the_load_is_no_item() -> None:
    text = "A US destroyer seized a dhow carrying rifles bound for the Houthis, the Navy said."
    assert [[i.category for i in t.items] for t in _transfers(text)] == [["small-arms"]]


def test_headline_host_state_merges_with_the_group_below() -> None:
    text = (
        "Dhow with Iranian rockets bound for Yemen seized\n\n"
        "A US destroyer seized a dhow carrying Iranian rockets destined for Yemen's Houthi rebels, the Navy said."
    )
    assert _pairs(text) == {("Iran", "Houthis")}


def test_origin_told_later_leaves_a_named_giver_alone() -> None:
    text = (
        "Russia sent rifles to Belarus last year, officials said.\n\n"
        '"The rifles are of Iranian origin," an analyst said.'
    )
    assert ("Russia", "Belarus") in _pairs(text)


# holders named by a participle on goods sent on; a share of another's goods


def test_goods_retired_by_a_state_and_shipped_go_from_it() -> None:
    text = "Hawk launchers decommissioned by Spain were sent to Ukraine in 2023, the ministry said."
    assert _pairs(text) == {("Spain", "Ukraine")}


def test_share_of_the_shells_used_by_an_army_names_the_receiver() -> None:
    text = "North Korea now supplies about half of the artillery shells fired by Russian troops, Kyiv says."
    assert _pairs(text) == {("North Korea", "Russia")}


def test_share_of_a_groups_drones_names_the_receiver() -> None:
    assert _pairs("Iran provides most of the drones used by the Houthis, officials said.") == {("Iran", "Houthis")}
