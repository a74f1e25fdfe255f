"""English: goods told in a clause the parser took for the verb's complement ("showed drones that
it had received from Turkey"); a later lot whose goods' word names the deal it belongs to ("the
remaining four helicopters" after helicopters from one seller and jets from another); and a
deadline at the end of this year, dated by its year alone."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name, pair_list, transfers

PUB = "2025-06-10"
_pair_list = partial(pair_list, lang="en", published=PUB)
_transfers = partial(transfers, lang="en", published=PUB)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Mali showed Akinci drones that it had received from Turkey.", ("Turkey", "Mali")),
        ("State television showed Wing Loong drones that Ethiopia had bought from China.", ("China", "Ethiopia")),
    ],
)
def test_goods_in_a_clause_after_the_object_of_another_verb(text: str, pair: tuple[str, str]) -> None:
    assert _pair_list(text) == [pair]


def test_the_clause_is_a_relative_clause_on_the_object() -> None:
    from materiel.nlp import parse

    (_off, doc), *_ = parse("Mali showed Akinci drones that it had received from Turkey.", "en")
    received = next(t for t in doc if t.text == "received")
    assert (received.dep_, received.head.text) == ("relcl", "drones")


def test_a_clause_with_its_own_object_stays_a_complement() -> None:
    from materiel.nlp import parse

    (_off, doc), *_ = parse("Iran told the UN envoy that it had sent no drones to Russia.", "en")
    sent = next(t for t in doc if t.text == "sent")
    assert sent.dep_ == "ccomp"


@pytest.mark.parametrize(
    ("text", "later"),
    [
        (
            "Nigeria received two T129 helicopters from Turkey in 2024. It has flown three JF-17 jets bought"
            " from Pakistan since 2021. The remaining four helicopters should arrive next year.",
            ("Turkey", "helicopters"),
        ),
        (
            "Egypt took delivery of six Rafale fighters from France in March. It also operates MiG-29 jets"
            " bought from Russia. The remaining 24 fighters will be delivered in 2026.",
            ("France", "fighters"),
        ),
    ],
)
def test_a_later_lot_goes_with_the_deal_its_goods_word_names(text: str, later: tuple[str, str]) -> None:
    last = _transfers(text)[-1]
    assert (name(last.supplier), last.items[0].text) == later


@pytest.mark.parametrize(
    "deadline",
    ["before the end of this year", "by the end of the year", "by year-end", "by the year's end"],
)
def test_a_deadline_this_year_is_dated_by_the_year(deadline: str) -> None:
    (t,) = _transfers(f"Turkey will deliver four more helicopters to Nigeria {deadline}.")
    assert (t.date, t.status) == ("2025", "planned")


def test_the_end_of_a_year_as_a_time_keeps_its_month() -> None:
    (t,) = _transfers("Turkey delivered four helicopters to Nigeria at the end of last year.")
    assert t.date == "2024-12"


def test_a_place_of_war_named_beside_the_act_does_not_take_a_later_lot() -> None:
    text = (
        "North Korea supplied Russia with more than a million artillery shells for its military operations"
        " in Ukraine, a lawmaker said on Tuesday.\nOfficials say North Korea has made at least ten arms"
        ' shipments to Russia since August.\n"We have learned that more than a million artillery shells were'
        ' transferred," the lawmaker told reporters.'
    )
    assert {(name(t.supplier), name(t.recipient)) for t in _transfers(text)} == {("North Korea", "Russia")}
