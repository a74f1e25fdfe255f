"""English stories of one pair told over several sentences: bare batches that name no party, goods
the speaking state calls its own, recipients listed after "among them", undated datelines, and
dates counted on from the one told before."""

from __future__ import annotations

from functools import partial

from tests.parties import name as _name
from tests.parties import of_pair as _of_pair

from materiel.model import Transfer
from materiel.pipeline import analyze_text

PUB = "2025-02-11"


_run = partial(analyze_text, lang="en", published=PUB)


def _with(ts: list[Transfer], word: str) -> Transfer:
    return next(t for t in ts if any(word in it.text for it in t.items))


def test_a_bare_batch_in_a_later_paragraph_is_the_storys_pair() -> None:
    a = _run(
        "Finland will send Ukraine a further package of artillery ammunition, the defence ministry said on Tuesday.\n\n"
        "The ministry did not give a value for the package.\n\n"
        "Twelve K9 howitzers were handed over in 2023, and 40 Patria armoured vehicles had been delivered by the end of"
        " last year."
    )
    batches = _of_pair(a, "Finland", "Ukraine")
    assert _with(batches, "K9").date == "2023"
    assert len(batches) >= 2


def test_the_pair_told_most_often_carries_the_story_not_the_one_told_last() -> None:
    a = _run(
        "Britain will send Ukraine more Storm Shadow missiles, the defence secretary said.\n\n"
        "Britain first supplied the missiles to Ukraine in May 2023."
        " France followed two months later with the SCALP.\n\n"
        "Fourteen Challenger 2 tanks were also handed over in 2023."
    )
    tanks = _with(a.transfers, "Challenger")
    assert (_name(tanks.supplier), _name(tanks.recipient)) == ("United Kingdom", "Ukraine")
    assert _with(_of_pair(a, "France", "Ukraine"), "SCALP").date == "2023-07"


def test_a_sentence_naming_a_state_of_its_own_takes_no_party_from_the_story() -> None:
    a = _run(
        "Sweden sent Ukraine 10 CV90 vehicles in March.\n\n"
        "Eight Gripen jets were shown to Thai officials at an air show in Bangkok."
    )
    assert not any("Gripen" in it.text for t in a.transfers for it in t.items)


def test_goods_the_speaker_calls_its_own_are_its_supply() -> None:
    a = _run(
        "The Dutch jets reached Ukraine last year.\n\n"
        "Norway confirmed on Tuesday that Ukraine had received six of its F-16s in January."
    )
    [t] = _of_pair(a, "Norway", "Ukraine")
    assert t.date == "2025-01"
    assert t.status == "confirmed"


def test_its_after_another_state_is_not_the_speakers() -> None:
    a = _run("Norway said on Tuesday that Belgium would send Ukraine its first jets later this year.")
    assert not _of_pair(a, "Norway", "Ukraine")


def test_recipients_listed_after_among_them_each_get_a_transfer() -> None:
    a = _run("Turkey has exported TB2 drones to more than 30 countries, among them Ukraine, Poland and Morocco.")
    assert {_name(t.recipient) for t in _of_pair(a, "Turkey", "Ukraine") + _of_pair(a, "Turkey", "Poland")} == {
        "Ukraine",
        "Poland",
    }
    assert _of_pair(a, "Turkey", "Morocco")


def test_the_year_of_a_war_in_the_next_paragraph_dates_no_export() -> None:
    a = _run(
        "Turkey has exported TB2 drones to Ukraine and Poland.\n\n"
        "The drone played a large role in Azerbaijan's 2020 war."
    )
    assert all(t.date != "2020" for t in a.transfers)


def test_an_undated_dateline_is_no_party() -> None:
    a = _run(
        "YEREVAN — Armenia has signed a contract for 36 CAESAR self-propelled howitzers, French Defence Minister"
        " Sebastien Lecornu announced on Tuesday."
    )
    [t] = _of_pair(a, "France", "Armenia")
    assert t.status == "planned"


def test_a_year_later_counts_on_from_a_date_not_from_a_system_name() -> None:
    a = _run(
        "Germany has delivered 10 more Leopard 1A5 tanks to Ukraine, the government said on Thursday.\n\n"
        "In the spring of 2022 it sent Gepard guns and PzH 2000"
        " howitzers, a year later it added 18 Leopard 2A6 tanks, and last autumn it handed over Skynex systems."
    )
    assert _with(_of_pair(a, "Germany", "Ukraine"), "Leopard 2A6").date == "2023"


def test_goods_counted_after_among_the_items_delivered_are_that_acts() -> None:
    a = _run(
        "The United States has committed more than $60 billion in weapons to Kyiv since 2022.\n\n"
        "Among the largest items delivered are 31 Abrams tanks and three Patriot batteries."
    )
    t = _with(_of_pair(a, "United States", "Ukraine"), "Abrams")
    assert {it.text for it in t.items} >= {"Abrams tanks", "Patriot batteries"}


def test_a_package_listed_after_another_predicate_on_it_keeps_its_goods() -> None:
    a = _run(
        "The Pentagon on Monday announced a new $500 million aid package for Ukraine, including Stinger missiles. "
        "The aid will be drawn from US stockpiles and also includes TOW anti-tank missiles."
    )
    [t] = _of_pair(a, "United States", "Ukraine")
    assert any("TOW" in it.text for it in t.items)


def test_seems_to_have_supplied_is_a_hedge() -> None:
    a = _run("North Korea seems to have supplied Russia with rockets, a think tank said.")
    [t] = _of_pair(a, "North Korea", "Russia")
    assert t.status == "alleged"


def test_a_class_in_apposition_to_a_named_system_is_no_more_goods() -> None:
    a = _run("Slovakia gave Ukraine its S-300, a Soviet-era air defence system, in April 2022.")
    [t] = _of_pair(a, "Slovakia", "Ukraine")
    assert [it.text for it in t.items] == ["S-300"]
    assert t.date == "2022-04"
