"""English: one pair told several times. Two tellings stay two records where they are two acts (two
dated batches in a relative clause, a lot told after the whole it belongs to, the buyer's own order
or request told in a relative clause on the goods handed over); they stay one where one restates
the other (a lot told first, then told again by its turn)."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import records, transfers

PUB = "2025-06-10"
_records = partial(records, lang="en", published=PUB)


# --- two dated batches told in a relative clause on the recipient, before the main clause's own date


@pytest.mark.parametrize(
    ("text", "pair", "dates"),
    [
        (
            "Vietnam, which received its first Yak-130 trainers from Russia in 2021 and a second batch in 2023,"
            " showed the jets at a parade in Hanoi in May 2024.",
            ("Russia", "Vietnam"),
            ["2021", "2023"],
        ),
        (
            "Nigeria, which bought its first JF-17 jets from Pakistan in 2021 and three more in 2023, displayed"
            " them at an air show in Abuja in October 2024.",
            ("Pakistan", "Nigeria"),
            ["2021", "2023"],
        ),
    ],
)
def test_batches_in_a_relative_clause_keep_their_own_dates(text: str, pair: tuple[str, str], dates: list[str]) -> None:
    got = _records(text)
    assert [(s, r) for s, r, _d, _st in got] == [pair, pair]
    assert sorted(d for _s, _r, d, _st in got if d) == dates
    assert {st for *_x, st in got} == {"reported"}


def test_the_main_clause_date_does_not_split_one_act_of_the_relative_clause() -> None:
    got = _records(
        "Vietnam, which received Yak-130 trainers from Russia in 2021, showed the jets at a parade in May 2024."
    )
    assert got == [("Russia", "Vietnam", "2021", "reported")]


# --- a lot told by its turn in the body, after the whole it is part of


@pytest.mark.parametrize(
    "text",
    [
        "North Korea has sent Russia about 40 Koksan guns in two shipments since September, officials said."
        " The first batch crossed into Russia by rail at Tumangang.",
        "Iran has delivered hundreds of Shahed drones to Russia since August 2022."
        " The first batch was flown to Moscow aboard cargo planes.",
    ],
)
def test_a_lot_told_after_its_whole_is_a_record_of_its_own(text: str) -> None:
    got = _records(text)
    assert len(got) == 2
    assert {(s, r) for s, r, _d, _st in got} == {(got[0][0], got[0][1])}
    assert got[0][0] in ("North Korea", "Iran") and got[0][1] == "Russia"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Ukraine received the first F-16 jets from Denmark on Sunday. The first batch landed at an air base"
            " in the west.",
            ("Denmark", "Ukraine"),
        ),
        (
            "Poland took delivery of its initial lot of K2 tanks from South Korea on Tuesday. The first batch"
            " arrived at the port of Gdynia.",
            ("South Korea", "Poland"),
        ),
    ],
)
def test_a_lot_told_again_by_its_turn_is_one_record(text: str, pair: tuple[str, str]) -> None:
    got = _records(text)
    assert [(s, r) for s, r, _d, _st in got] == [pair]


# --- the buyer's order or request, told in a relative clause on the goods handed over


@pytest.mark.parametrize(
    ("text", "handed", "asked"),
    [
        (
            "France delivered to Greece in January the last six of the 24 Rafale jets that Athens ordered in 2021.",
            ("France", "Greece", "2025-01", "reported"),
            ("France", "Greece", "2021", "planned"),
        ),
        (
            "Russia handed over to Myanmar the last two of the eight Su-30 fighters that the junta ordered in 2019.",
            ("Russia", "Myanmar", None, "reported"),
            ("Russia", "Myanmar", "2019", "planned"),
        ),
        (
            "Moscow has begun deliveries of Su-30 fighters to Algeria, which Algiers has sought since 2019.",
            ("Russia", "Algeria", None, "reported"),
            ("Russia", "Algeria", "2019", "requested"),
        ),
        (
            "Germany sent Ukraine 20 Leopard tanks, which Kyiv had requested since 2022.",
            ("Germany", "Ukraine", None, "reported"),
            ("Germany", "Ukraine", "2022", "requested"),
        ),
    ],
)
def test_an_order_told_on_the_goods_handed_over_is_an_act_of_its_own(
    text: str, handed: tuple[str, str, str | None, str], asked: tuple[str, str, str, str]
) -> None:
    assert _records(text) == [handed, asked]


@pytest.mark.parametrize(
    ("text", "record"),
    [
        (
            "Russia delivered S-400 systems to India, which the Indian army deployed along the border.",
            ("Russia", "India", None, "reported"),
        ),
        (
            "Germany sent Ukraine the Leopard tanks that Kyiv's brigades used in the counteroffensive.",
            ("Germany", "Ukraine", None, "reported"),
        ),
    ],
)
def test_a_relative_clause_of_use_is_no_order(text: str, record: tuple[str, str, None, str]) -> None:
    assert _records(text) == [record]


# --- two acts of one sentence, the second set beside the first with "while": two records, each
# dated by its own clause


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Norway signed a letter of intent to buy NASAMS launchers from the United States, while the Pentagon"
            " notified Congress of a possible sale of the launchers to Oslo in February.",
            ("United States", "Norway", None, "planned"),
            ("United States", "Norway", "2025-02", "planned"),
        ),
        (
            "Egypt signed a letter of intent to buy K9 howitzers from South Korea, whereas Seoul approved the"
            " export of the guns to Cairo in January.",
            ("South Korea", "Egypt", None, "planned"),
            ("South Korea", "Egypt", "2025-01", "planned"),
        ),
    ],
)
def test_an_act_set_beside_another_with_while_is_its_own(
    text: str, first: tuple[str, str, None, str], second: tuple[str, str, str, str]
) -> None:
    assert _records(text) == [first, second]


def test_a_while_clause_without_a_transfer_leaves_the_main_date() -> None:
    got = _records("Germany sent Ukraine 20 Leopard tanks in March, while Kyiv's crews trained on them in Poland.")
    assert got == [("Germany", "Ukraine", "2025-03", "reported")]


def test_the_date_of_a_while_clause_is_not_the_main_clause_act() -> None:
    got = _records("Russia sent Su-35 jets to Iran, while Iran sent drones to Russia in 2022.")
    assert got == [("Russia", "Iran", None, "reported"), ("Iran", "Russia", "2022", "reported")]


# --- "during the same visit": the date told with the visit before


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Greece agreed to buy more Rafale jets from France during Prime Minister Mitsotakis's visit to Paris"
            " in March 2024. Athens also asked France for Exocet missiles during the same visit.",
            ["2024-03", "2024-03"],
        ),
        (
            "Norway ordered Black Hawk helicopters from the United States during President Trump's visit to Oslo"
            " last week. Norway also signed a letter of intent to buy NASAMS launchers from the United States"
            " during the same tour.",
            ["2025-06", "2025-06"],
        ),
    ],
)
def test_an_act_during_the_same_visit_has_the_visit_date(text: str, dates: list[str]) -> None:
    assert [d for _s, _r, d, _st in _records(text)] == dates


# --- a supplier's standing ("has become the main supplier of", "sells") beside a dated act


@pytest.mark.parametrize(
    "text",
    [
        "North Korea has become the most important supplier of artillery shells to Russia. Pyongyang shipped"
        " 9,000 containers of shells to Russia in August 2023.",
        "North Korea shipped 9,000 containers of shells to Russia in August 2023. Pyongyang remains the main"
        " supplier of munitions to Russia.",
        "Russia handed over six Su-30 fighters to Myanmar in December 2024.\n\nIn Myanmar, Russia sells the"
        " fighters and helicopters, while China supplies the drones and ammunition.",
    ],
)
def test_a_suppliers_standing_is_a_claim_beside_the_dated_act(text: str) -> None:
    got = [r for r in _records(text) if r[0] != "China"]
    assert len(got) == 2
    assert len({(s, r) for s, r, _d, _st in got}) == 1
    assert sorted(str(d) for _s, _r, d, _st in got)[1] == "None"


@pytest.mark.parametrize(
    "text",
    [
        "Russia supplies S-400 systems to India\nNEW DELHI, June 3 - Russia delivered the fourth S-400 squadron"
        " to India in May, officials said.",
        "Turkey has become Ukraine's main supplier of drones. Turkey has sent Bayraktar TB2 drones to Ukraine.",
    ],
)
def test_a_standing_told_in_the_headline_or_undated_beside_undated_acts_is_one_record(text: str) -> None:
    assert len(_records(text)) == 1


# --- "the remaining tanks", "the first jets": a lot told by its goods


def test_the_remaining_goods_with_a_date_of_their_own_are_a_lot_of_their_own() -> None:
    got = _records("Germany has delivered 18 Leopard tanks to Ukraine. The remaining tanks were sent by rail in March.")
    assert got == [("Germany", "Ukraine", None, "reported"), ("Germany", "Ukraine", "2025-03", "reported")]


def test_the_first_goods_told_again_after_a_lead_on_the_first_goods_are_one_record() -> None:
    got = _records(
        "Ukraine has received the first Abrams tanks from the United States, Zelensky said on Monday."
        " The first tanks were delivered by rail."
    )
    assert [(s, r) for s, r, _d, _st in got] == [("United States", "Ukraine")]


def test_the_first_months_of_a_war_are_no_lot() -> None:
    got = _records(
        "Poland has sent 300 T-72 tanks to Ukraine since 2022. In the first months of the war, Poland sent"
        " the tanks by rail."
    )
    assert len(got) == 1


# --- two lots of one sentence, each clause with its own turn


@pytest.mark.parametrize(
    "text",
    [
        "North Korea has sent Russia about 40 Koksan guns in two shipments since September, officials said."
        " The first batch crossed into Russia by rail at Tumangang; the second was carried by ship to Vladivostok.",
        "Belarus has sent Russia 30 T-72 tanks in two shipments since May. The first batch crossed into Russia"
        " by rail at Smolensk; the second was carried by truck to Bryansk.",
    ],
)
def test_two_lots_of_one_sentence_told_by_their_turns_are_two_records(text: str) -> None:
    got = _records(text)
    assert len(got) == 3
    assert len({(s, r) for s, r, _d, _st in got}) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Iran sent Russia 200 missiles in September, shipping them across the Caspian to Astrakhan.",
        "Egypt has received the first K9 howitzers that it ordered from South Korea, Cairo said on Monday.",
    ],
)
def test_acts_of_one_sentence_with_no_two_turns_stay_one(text: str) -> None:
    assert len(_records(text)) == 1


def test_a_lead_in_the_present_is_no_standing_but_the_news_told_again() -> None:
    text = (
        "North Korea secretly supplies Russia with large numbers of artillery shells for the war in Ukraine.\n\n"
        '"In September, North Korea publicly denied that it would send ammunition to Russia. But our information'
        ' shows that North Korea is secretly providing Russia with a large number of artillery shells," the'
        " spokesman said."
    )
    assert len(transfers(text, lang="en", published="2022-11-02")) == 1
