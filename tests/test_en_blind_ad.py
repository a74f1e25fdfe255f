"""English fixes from a blind batch on sanctions evasion and illicit procurement (Treasury and EU
listings retold by wires, indictments, ship-tracking and trade investigations): a source that tells
what a firm did ("Treasury said the company made 40 shipments of the parts", "Customs records show
that the firm imported") is no party to it, and the date that sentence gives dates the act before it;
trading cities where the press places firms ("a Mumbai-based company") stand for their state, also
for a firm punished for a deed ("sanctioned a Shenzhen-based company for supplying"); a trader named
by nationality alone ("a Chinese businessman") acts for that state; "national security interests"
ask for no goods; and parts of procurement cases (pressure transducers, navigation receivers,
bearing steel) are goods."""

from __future__ import annotations

from functools import partial

from tests.parties import pair as _pair

from materiel.pipeline import analyze_text

PUB = "2024-06-12"


_run = partial(analyze_text, lang="en", published=PUB)


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [_pair(t) for t in _run(text).transfers]


# the act's own subject is a firm the clause describes: the speaker over it did not do it


def test_a_body_telling_what_the_company_shipped_is_no_supplier() -> None:
    assert _pairs("Treasury said the company made some 40 shipments of the parts to Russia in March 2024.") == [
        (None, "Russia")
    ]


def test_a_body_telling_what_the_firm_sent_is_no_supplier() -> None:
    assert _pairs("The Treasury said the firm sent drone engines to Iran last year.") == [(None, "Iran")]


def test_a_body_telling_what_the_company_shipped_after_the_charge_is_no_supplier() -> None:
    a = _run(
        "An Istanbul trading house is accused of forwarding microcontrollers to Russia. "
        "Treasury said the company shipped the parts in March 2024."
    )
    assert {_pair(t) for t in a.transfers} == {(None, "Russia")}


def test_a_state_telling_its_own_act_with_a_pronoun_still_supplies() -> None:
    a = _run("Iran said it had sent drones to Russia.")
    assert [(_pair(t), t.status) for t in a.transfers] == [(("Iran", "Russia"), "confirmed")]


def test_a_ministry_telling_arrivals_still_receives() -> None:
    assert _pairs("Ukraine's defence minister said the jets had arrived from Denmark.") == [("Denmark", "Ukraine")]


# trading cities that place a firm in its state


def test_a_mumbai_based_company_is_india() -> None:
    assert _pairs("A Mumbai-based company supplied Russia with roughly 18,000 ball bearings in May.") == [
        ("India", "Russia")
    ]


def test_a_bengaluru_firm_is_india() -> None:
    assert _pairs("A Bengaluru firm sold navigation modules to Russia.") == [("India", "Russia")]


def test_a_mersin_exporter_is_turkey() -> None:
    assert _pairs("A Mersin-based exporter shipped CNC machine tools to Russia in 2023.") == [("Turkey", "Russia")]


# papers a source owns ("Customs records show") make it a source, not the firm the clause speaks of


def test_the_firm_after_customs_records_is_not_customs() -> None:
    a = _run("Customs records obtained by reporters show that the firm imported American-made oscilloscopes.")
    assert all(_pair(t)[1] != "Customs" for t in a.transfers)


def test_the_company_after_a_named_firm_still_takes_it_up() -> None:
    a = _run("Iran's Qods Aviation bought engines. The company imported them from China in May.")
    assert ("China", "Iran") in {_pair(t) for t in a.transfers}


# a firm punished for a deed, seated in a place by a participle ("a Shenzhen-based company")


def test_a_sanctioned_shenzhen_based_company_supplies_as_china() -> None:
    assert _pairs("The Treasury sanctioned a Shenzhen-based company for supplying drone parts to Russia.") == [
        ("China", "Russia")
    ]


def test_a_mumbai_based_company_sanctioned_in_the_passive_supplies_as_india() -> None:
    assert _pairs("A Mumbai-based company was sanctioned for supplying Russia with bearings.") == [("India", "Russia")]


def test_a_firm_praised_for_supplying_is_not_read_as_its_doer() -> None:
    assert _pairs("The Treasury praised a Shenzhen-based company for supplying drone parts to Russia.") == [
        (None, "Russia")
    ]


# "interests" of a state name its stake; only "interest in" goods asks for them


def test_national_security_interests_ask_for_no_goods() -> None:
    a = _run(
        "Commerce listed 40 firms for acting against U.S. national security interests. "
        "The list of goods includes integrated circuits and ball bearings."
    )
    assert a.transfers == []


def test_interest_in_buying_jets_is_still_a_request() -> None:
    a = _run("Indonesia has expressed interest in buying F-15EX jets from the United States.")
    assert [(_pair(t), t.status) for t in a.transfers] == [(("United States", "Indonesia"), "requested")]


# a trader named by nationality alone acts for that state, as a firm does


def test_a_chinese_businessman_shipping_engines_supplies_as_china() -> None:
    assert _pairs("A Chinese businessman shipped drone engines to Iran.") == [("China", "Iran")]


def test_goods_sold_to_a_russian_businessman_go_to_russia() -> None:
    assert _pairs("Iran sold drones to a Russian businessman.") == [("Iran", "Russia")]


# the sentence after an act, telling its source and the port it passed, dates it


def test_the_date_a_source_gives_the_firms_shipments_dates_the_act() -> None:
    a = _run(
        "An Istanbul trading house, Mavi Lojistik, is accused of forwarding U.S.-origin microcontrollers to "
        "the Russian drone maker Zala Aero. Treasury said the company made some 40 shipments of the parts in "
        "the first quarter of 2024, routing most of them through the Georgian port of Poti."
    )
    assert [(_pair(t), t.date) for t in a.transfers] == [(("United States", "Russia"), "2024-01")]


def test_a_next_sentence_with_another_recipient_lends_no_date() -> None:
    a = _run("Iran sent drones to Russia. The drones were also shipped to Venezuela in May 2024.")
    assert ("Iran", "Russia") in {_pair(t) for t in a.transfers}
    assert all(t.date is None for t in a.transfers if _pair(t) == ("Iran", "Russia"))


# parts of procurement cases: transducers, navigation receivers, piston engines, propellers, bearing steel


def test_pressure_transducers_that_reach_iran_are_components() -> None:
    a = _run("The broker arranged for 35 U.S.-made pressure transducers to reach Iran in 2022.")
    assert [(_pair(t), [(i.text, i.category) for i in t.items]) for t in a.transfers] == [
        (("United States", "Iran"), [("pressure transducers", "components")])
    ]


def test_satellite_navigation_receivers_are_components() -> None:
    a = _run("The couple shipped American-made satellite navigation receivers to Russia.")
    assert [i.category for t in a.transfers for i in t.items] == ["components"]


def test_bearing_steel_is_dual_use() -> None:
    a = _run("A Mumbai firm sold bearing steel to Russia.")
    assert [(_pair(t), [i.category for i in t.items]) for t in a.transfers] == [(("India", "Russia"), ["dual-use"])]
