"""Four annotation conventions settled in corpus/FORMAT.md, and a state told as where an armed
group's goods leave from: who supplies goods another state re-exports, the date of a deed told only
by the day it was announced, early in a year, a report's own year; and the group, not its host
state, as the giver of goods the story tells it sending."""

from __future__ import annotations

import pytest
from tests.parties import name, only, pair, transfers, via


def _dated(text: str, lang: str, published: str) -> list[tuple[tuple[str | None, str | None], str | None]]:
    return [(pair(t), t.date) for t in transfers(text, lang=lang, published=published)]


# --- who supplies goods of another state's make passed on ---


@pytest.mark.parametrize(
    ("text", "supplier", "between"),
    [
        # weapons a state re-exports from its own stocks are its supply
        ("Belarus re-exported Russian-made T-72 tanks to Serbia last year.", "Belarus", set()),
        # drones and parts count from their state of make, the one passing them on goes between
        ("A Kazakh firm resold Chinese drones to Russia last year.", "China", {"Kazakhstan"}),
    ],
)
def test_goods_passed_on_come_from_the_state_the_convention_names(text: str, supplier: str, between: set[str]) -> None:
    t = only(text, lang="en", published="2025-05-20")
    assert name(t.supplier) == supplier
    assert via(t) == between


# --- a deed told only by the day it was announced: the month ---


@pytest.mark.parametrize(
    "text",
    [
        "Norway has delivered two NASAMS launchers to Ukraine, the defence ministry said on Monday.",
        # (the parse hangs the day on the deed: it is still the saying's)
        "Kyiv said on Monday it had received two NASAMS launchers from Norway.",
    ],
)
def test_a_deed_dated_only_by_the_day_it_was_told_takes_its_month(text: str) -> None:
    assert _dated(text, "en", "2025-06-17") == [(("Norway", "Ukraine"), "2025-06")]


def test_a_day_the_deed_itself_is_told_on_stays_the_day() -> None:
    text = "Finland's army took delivery of six K9 howitzers from South Korea on Friday, the ministry said."
    assert _dated(text, "en", "2025-06-17") == [(("South Korea", "Finland"), "2025-06-13")]


def test_a_pledge_told_on_a_day_keeps_the_day() -> None:
    text = "Norway said on Monday it would send two more NASAMS launchers to Ukraine."
    assert _dated(text, "en", "2025-06-17") == [(("Norway", "Ukraine"), "2025-06-16")]


def test_a_later_sale_of_other_goods_does_not_date_the_deed_told_on_a_day() -> None:
    text = (
        "Chile has received the first four F-16 fighters it bought from the United States, the air force said on "
        "Sunday.\n\nThe country also signed for two Black Hawk helicopters. "
        "Washington approved the sale of Javelin missiles last April."
    )
    dated = _dated(text, "en", "2025-06-17")
    assert dated[0] == (("United States", "Chile"), "2025-06")


def test_a_japanese_deed_dated_only_by_the_day_of_its_announcement_takes_its_month() -> None:
    text = "チリ国防省は16日、米国からF16戦闘機4機を受け取ったと発表した。"
    assert _dated(text, "ja", "2025-06-17") == [(("United States", "Chile"), "2025-06")]


# --- early in a year: the year; the start of a period: its first month ---


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("チリが米国から購入するF16戦闘機の初号機は、来年初めにも到着する見通しだ。", "2026"),
        ("チリが米国から購入したF16戦闘機の初号機は、今年初頭に到着した。", "2025"),
        ("北朝鮮は今年初めからロシアに砲弾を送っているとみられる。", "2025-01"),
    ],
)
def test_early_in_a_year_dates_by_the_year_unless_a_period_starts_there(text: str, date: str) -> None:
    [(_, got)] = _dated(text, "ja", "2025-10-20")
    assert got == date


# --- a report's own year does not date its findings ---


def test_the_year_of_a_report_does_not_date_what_it_found() -> None:
    text = "国連の専門家パネルは昨年の報告書で、フーシ派がイランから無人機の部品を入手していたと指摘した。"
    assert _dated(text, "ja", "2025-07-03") == [(("Iran", "Houthis"), None)]


# --- the armed group, not the state it sits in, gives the goods ---


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "ロシア軍はイラクから砲弾を受け取っているという。"
            "イラクの民兵組織ハシュド・アル・シャアビは先月、対戦車ミサイルをロシアに送った。",
            "ja",
        ),
        (
            "Russia has been receiving artillery shells from Iraq, officials say. "
            "The Hashd al-Shaabi sent anti-tank missiles to Russia last month.",
            "en",
        ),
    ],
)
def test_goods_told_as_leaving_a_state_are_those_of_the_armed_group_based_there(text: str, lang: str) -> None:
    got = {pair(t) for t in transfers(text, lang=lang, published="2022-04-12")}
    assert got == {("Popular Mobilization Forces", "Russia")}


@pytest.mark.parametrize(
    "text",
    [
        # the state told as the giver stays the giver
        "イラク政府はロシアに砲弾を送った。ハシュド・アル・シャアビも対戦車ミサイルをロシアに送った。",
        # a group based elsewhere does not take a state's goods
        "ロシア軍はイランから砲弾を受け取っている。ハシュド・アル・シャアビは対戦車ミサイルをロシアに送った。",
    ],
)
def test_a_state_told_as_giver_or_a_group_of_another_state_keeps_the_state(text: str) -> None:
    got = {pair(t) for t in transfers(text, lang="ja", published="2022-04-12")}
    assert ("Popular Mobilization Forces", "Russia") in got
    assert len(got) == 2


def test_the_year_of_an_english_report_does_not_date_what_it_found() -> None:
    text = "A 2024 UN panel report said Iran had supplied drone engines to the Houthis."
    assert _dated(text, "en", "2025-07-03") == [(("Iran", "Houthis"), None)]


def test_a_year_the_finding_itself_gives_still_dates_it() -> None:
    text = "Iran supplied drone engines to the Houthis in 2024, a UN panel report said."
    assert _dated(text, "en", "2025-07-03") == [(("Iran", "Houthis"), "2024")]
