"""A figure told by no one, then a named source's own other figure with another certainty, are two
claims (「…計200万発以上の砲弾やロケット弾を調達した可能性がある」, then 「米軍関係者の話として、…約60発の
ロケット弾も供与したという」), not one record; a deed told after a plan is not of the plan's date."""

from __future__ import annotations

from functools import partial

from tests.parties import records

PUB = "2025-06-15"

_records = partial(records, lang="ja", published=PUB)


def test_an_unsourced_figure_and_a_sources_other_figure_are_two_claims() -> None:
    text = (
        "ロシアは昨年以降、北朝鮮から鉄道で国境付近まで運び、計200万発以上の砲弾やロケット弾を調達した可能性がある。"
        "米軍関係者の話として、北朝鮮は約60発のロケット弾もロシアに供与したという。"
    )
    assert [(s, r, st) for s, r, _, st in _records(text)] == [
        ("North Korea", "Russia", "alleged"),
        ("North Korea", "Russia", "reported"),
    ]


def test_the_same_figure_told_again_by_a_source_is_one_claim() -> None:
    text = (
        "北朝鮮がロシアに200万発以上の砲弾を送った可能性がある。"
        "国家情報院によると、北朝鮮は200万発以上の砲弾をロシアに送ったという。"
    )
    assert len(_records(text)) == 1


def test_an_arrival_after_a_pledge_takes_no_date_from_it() -> None:
    text = "ノルウェー政府は3月、NASAMSの発射機2基をウクライナに送ると発表した。発射機はすでにウクライナに到着した。"
    assert [(s, r, d) for s, r, d, _ in _records(text)] == [
        ("Norway", "Ukraine", "2025-03"),
        ("Norway", "Ukraine", None),
    ]


def test_a_sanction_headline_is_as_sure_as_the_charge_below_it() -> None:
    text = (
        "香港企業など制裁　ロシアへ半導体輸出で米商務省\n\n"
        "【ワシントン共同】米商務省は3日、香港の企業からロシアの軍需企業へ半導体や電子部品が輸出されているとして、"
        "香港とロシアの計15社を制裁対象に指定したと発表した。"
    )
    assert {st for _, _, _, st in _records(text)} == {"alleged"}
