"""English constructions a blind batch in the style of English-language Asian, Indian and
Middle-Eastern outlets (Yonhap, The Hindu, The National, Al Jazeera, Business Recorder) showed
mishandled: a leader ordering more making of goods at home, taken for a purchase order; a wish for a
deed that moves no goods ("is seeking to diversify its suppliers") taking goods the sentence names
elsewhere; a party urged or pressed to deliver ("is pressing Moscow to deliver Su-35 jets"), and one
asked to stop an act; an act under "any" that a party never confirmed; a headline's present-tense purchase
beside the lead's deal; a denial followed by owning up ("denied ..., before acknowledging that it had sent").
"""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records, transfers

PUB = "2025-04-10"


_run = partial(transfers, lang="en", published=PUB)
_pairs = partial(pairs, lang="en", published=PUB)
_records = partial(records, lang="en", published=PUB)


# an order for more making at home is no purchase


def test_ordered_increase_in_production_is_no_purchase() -> None:
    text = "Kim Jong-un toured a missile plant on Monday and ordered a drastic increase in the production of launchers."
    assert _run(text) == []


def test_ordered_boost_to_output_is_no_purchase() -> None:
    assert _run("The president ordered a boost to drone output at state factories, officials said.") == []


def test_ordered_more_jets_from_a_seller_still_buys() -> None:
    text = "Cairo ordered an increase in the number of Rafale jets it buys from France."
    assert _pairs(text) == {("France", "Egypt")}


# a wish for a deed that moves no goods


def test_seeking_to_diversify_asks_for_no_goods_named_beside() -> None:
    text = (
        "Saudi Arabia has agreed to buy eight more air defence batteries from South Korea, officials said. "
        "The kingdom, which has relied for decades on US-made Patriot batteries, is seeking to diversify its "
        "suppliers, analysts said."
    )
    assert _pairs(text) == {("South Korea", "Saudi Arabia")}


def test_seeking_to_obtain_goods_still_asks() -> None:
    text = "Kyiv is seeking to obtain more IRIS-T systems from Germany, its defence minister said."
    assert _records(text) == [("Germany", "Ukraine", None, "requested")]


def test_seeking_to_replace_with_goods_still_asks() -> None:
    assert _pairs("Egypt is seeking to replace its ageing MiG-29s with F-16s from the United States.") == {
        ("United States", "Egypt")
    }


# a party urged or pressed to a deed is asked for the goods


def test_pressing_a_seller_to_deliver_is_a_request() -> None:
    text = "Yerevan says it is pressing Moscow to hand over the Tor air defence systems."
    assert [(s, r, st) for s, r, _d, st in _records(text)] == [("Russia", "Armenia", "requested")]


def test_urged_a_seller_to_send_is_a_request() -> None:
    text = "Zelensky urged Berlin on Monday to send Taurus cruise missiles."
    assert [(s, r, st) for s, r, _d, st in _records(text)] == [("Germany", "Ukraine", "requested")]


def test_pressed_for_goods_is_a_request() -> None:
    assert [(s, r, st) for s, r, _d, st in _records("Baghdad pressed Washington for more F-16 spare parts.")] == [
        ("United States", "Iraq", "requested")
    ]


def test_pressed_ahead_with_deliveries_asks_nothing() -> None:
    text = "Russia pressed ahead with deliveries of S-400 systems to India."
    assert [(s, r, st) for s, r, _d, st in _records(text)] == [("Russia", "India", "reported")]


def test_urged_restraint_asks_for_no_goods() -> None:
    assert _run("Beijing urged restraint on Tuesday and called for talks between the two sides.") == []


def test_asked_to_stop_supplying_asks_for_no_goods() -> None:
    text = "The European Union urged China to stop supplying drone engines to Russia."
    assert ("China", "European Union") not in _pairs(text)


# an act no one knows of


def test_never_confirmed_any_sale_tells_no_sale() -> None:
    assert _run("Moscow has never publicly confirmed any sale of Su-35 fighters to Algeria.") == []


def test_not_detected_any_shipment_tells_none() -> None:
    assert _run("Inspectors have not detected any shipment of rockets from Iran to Lebanon.") == []


def test_denied_any_sale_is_still_a_denial() -> None:
    assert _records("Ankara denied any sale of drones to Russia.") == [("Turkey", "Russia", None, "denied")]


# a headline's present-tense purchase is the deal the lead tells


def test_headline_buys_is_the_deal_of_the_lead() -> None:
    text = (
        "Vietnam buys Indian BrahMos missiles in $700m deal\n"
        "HANOI: Vietnam has agreed to buy BrahMos supersonic cruise missiles from India in a deal worth about "
        "$700 million, the defence ministry said on Monday."
    )
    assert [(s, r, st) for s, r, _d, st in _records(text)] == [("India", "Vietnam", "planned")]


def test_headline_receipt_stays_apart_from_a_pledge() -> None:
    text = (
        "Ukraine receives first F-16 jets\n"
        "Ukraine has received its first F-16 fighter jets from Denmark, the defence ministry said on Monday. "
        "Norway pledged six more F-16s in 2023."
    )
    assert {(s, r, st) for s, r, _d, st in _records(text)} == {
        ("Denmark", "Ukraine", "confirmed"),
        ("Norway", "Ukraine", "planned"),
    }


def test_pressed_to_undo_a_cancellation_asks_for_no_goods() -> None:
    text = "Seoul has been pressing Warsaw to reverse its cancellation of an order for Korean tanks."
    assert ("Poland", "South Korea") not in _pairs(text)


# a denial, then owning up to the act


def test_denied_then_acknowledging_is_confirmed() -> None:
    text = "Minsk denied the reports at first, before acknowledging last year that it had sold drones to Russia."
    assert [(s, r, st) for s, r, _d, st in _records(text)] == [("Belarus", "Russia", "confirmed")]


def test_plain_denial_stays_denied() -> None:
    assert [(s, r, st) for s, r, _d, st in _records("Minsk denied selling drones to Russia.")] == [
        ("Belarus", "Russia", "denied")
    ]
