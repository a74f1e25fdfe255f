"""Japanese receipts told by their taker, with the giver only in the next sentence: 「ポーランドは先週、
K2戦車を受け取った。車両は韓国から供与された」. The next sentence names only where the goods came from
(or who gave them), so its givers give the goods and the taker of the receipt; the receipt told with no
giver is the same act, not a record of its own."""

from __future__ import annotations

from functools import partial

from tests.parties import pair_list, pairs, records

PUB = "2025-06-15"

_pairs = partial(pairs, lang="ja", published=PUB)
_pair_list = partial(pair_list, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


def test_bare_craft_from_two_sources_after_a_receipt() -> None:
    text = "フィリピン空軍は今月、FA50軽戦闘機を受け取った。機体は、韓国と米国から供与されたもので、訓練も始まった。"
    assert sorted(_pair_list(text)) == [("South Korea", "Philippines"), ("United States", "Philippines")]


def test_source_of_a_receipt_told_next_keeps_the_receipts_date() -> None:
    text = "ポーランドは先月、K2戦車を受領した。車両は韓国から引き渡された。"
    assert _records(text) == [("South Korea", "Poland", "2025-05", "reported")]


def test_givers_told_as_doers_after_a_receipt() -> None:
    text = "エストニアは先週、自走砲を受け取った。韓国が供与した。"
    assert _pair_list(text) == [("South Korea", "Estonia")]


def test_later_giver_with_a_plan_of_its_own_stays_apart() -> None:
    # (another party's plan to give too, told with も, is that party's act, planned, not the receipt)
    text = "ウクライナは先月、F16戦闘機を受け取った。ノルウェーも来年、供与する方針だ。"
    assert ("Norway", "Ukraine", "2026", "planned") in _records(text)


def test_receipt_then_a_reaction_gives_the_reactor_nothing() -> None:
    text = "台湾は先月、F16V戦闘機を受け取った。中国は強く反発した。"
    assert ("China", "Taiwan") not in _pairs(text)


def test_funding_told_after_a_request_gives_no_goods() -> None:
    # (money is no goods: a funder of the scheme, told after a request for the goods, gives none of them)
    text = (
        "ゼレンスキー大統領は7月、各国にパトリオットをさらに提供するよう求めた。"
        "ノルウェーもこのスキームに資金提供をする予定だ。"
    )
    assert ("Norway", "Ukraine") not in _pairs(text)


def test_several_givers_told_as_doers_leave_no_giverless_receipt() -> None:
    text = "ウクライナは先月、F16戦闘機を受け取った。これらはデンマークとオランダが供与したものだ。"
    assert sorted(_records(text)) == [
        ("Denmark", "Ukraine", "2025-05", "reported"),
        ("Netherlands", "Ukraine", "2025-05", "reported"),
    ]
