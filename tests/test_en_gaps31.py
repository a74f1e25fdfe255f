"""A delivery told after a pledge is not of the pledge's date ("Scholz announced on June 11 that
Germany will deliver a third Patriot. On July 5, the ambassador said Ukraine had received it"), and
a source's own figure after an unsourced one of another certainty is a claim of its own."""

from __future__ import annotations

from functools import partial

from tests.parties import records

PUB = "2024-07-20"

_records = partial(records, lang="en", published=PUB)


def test_a_delivery_told_on_its_own_day_is_not_of_the_pledges_day() -> None:
    text = (
        "On June 11, Chancellor Olaf Scholz said Germany will deliver a third IRIS-T system to Ukraine "
        "in the coming weeks. On July 5, the German ambassador announced that Ukraine had received the "
        "third IRIS-T system from Germany."
    )
    assert _records(text) == [
        ("Germany", "Ukraine", "2024-06-11", "planned"),
        ("Germany", "Ukraine", "2024-07", "confirmed"),
    ]


def test_an_arrival_after_a_pledge_takes_no_date_from_it() -> None:
    text = "Norway said in March it would send Ukraine two NASAMS launchers. The launchers have arrived in Ukraine."
    assert [(s, r, d) for s, r, d, _ in _records(text)] == [
        ("Norway", "Ukraine", "2024-03"),
        ("Norway", "Ukraine", None),
    ]


def test_a_plan_told_again_keeps_its_date() -> None:
    # (what follows a plan as another plan is still told of the plan's time)
    text = "Spain said in March it would send Ukraine four Leopard 2 tanks. It will also send spare parts."
    assert all(d == "2024-03" for _, _, d, _ in _records(text))


def test_a_date_in_the_second_acts_phrase_dates_that_act_only() -> None:
    text = "Germany has delivered a fourth IRIS-T system to Ukraine, and promised 12 more by the end of 2025."
    assert [(s, r, d, st) for s, r, d, st in _records(text)] == [
        ("Germany", "Ukraine", None, "reported"),
        ("Germany", "Ukraine", "2025", "planned"),
    ]


def test_a_headlines_two_acts_keep_their_own_status() -> None:
    # (the parser reads "promises [that] Lithuania hands ...": the first act is no promise)
    text = "Estonia hands Ukraine more anti-drone guns, promises armoured personnel carriers"
    assert [(s, r, st) for s, r, _, st in _records(text)] == [
        ("Estonia", "Ukraine", "reported"),
        ("Estonia", "Ukraine", "planned"),
    ]


def test_goods_handed_beside_a_promise_of_other_goods_are_an_act() -> None:
    text = "Latvia handed Ukraine more anti-drone guns and promised armoured personnel carriers next year."
    assert [(s, r, st) for s, r, _, st in _records(text)] == [
        ("Latvia", "Ukraine", "reported"),
        ("Latvia", "Ukraine", "planned"),
    ]


def test_goods_the_parser_takes_for_the_tellers_subject() -> None:
    text = (
        "Mali's army has received four more Su-25 attack jets from Russia and a batch of Turkish-made "
        "Bayraktar TB2 drones, state television and a source close to the junta said on Thursday."
    )
    assert [(s, r) for s, r, _, _ in _records(text)] == [("Russia", "Mali"), ("Turkey", "Mali")]


def test_goods_listed_before_the_teller_stay_goods() -> None:
    text = "Russia has received drones, shells and rockets from Iran, officials said."
    assert [(s, r, st) for s, r, _, st in _records(text)] == [("Iran", "Russia", "reported")]


def test_a_headline_with_its_own_teller_is_the_leads_shorthand() -> None:
    text = (
        "Indonesia takes delivery of first Rafale jets from France, air force says\n\n"
        "JAKARTA, May 3 (Reuters) - Indonesia received its first three Rafale fighter jets from France "
        "on Friday, the Indonesian air force said."
    )
    assert [(s, r, st) for s, r, _, st in _records(text)] == [("France", "Indonesia", "confirmed")]
