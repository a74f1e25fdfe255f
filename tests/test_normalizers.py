"""Dates, quantities and numbers: the normalizers every extractor relies on."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from materiel.extract.dates import find_dates
from materiel.extract.en_dates import spoken_dates
from materiel.extract.numbers import parse_en_number, parse_ja_number
from materiel.extract.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("3月26日に国境を越えた", "2022-04-12", "2022-03-26"),
        ("4月に出荷した", "2022-04-12", "2022-04"),
        ("先月に失敗した", "2022-04-12", "2022-03"),
        ("先週、非難した", "2022-04-12", "2022-04"),
        ("2月24日の侵攻", "2022-04-12", "2022-02-24"),
        ("昨年8月下旬に", "2024-01-10", "2023-08"),
        ("今年4月には", "2024-06-01", "2024-04"),
        ("令和5年に", None, "2023"),
        ("11月に届いた", "2024-02-01", "2023-11"),
        ("2023年9月から25年3月にかけて", None, "2023-09"),
        ("22年初めに届いた", None, "2022"),
    ],
)
def test_japanese_dates_resolve_against_publication(text: str, published: str | None, expected: str) -> None:
    dates = find_dates(text, "ja", published)
    assert dates, text
    assert dates[0].iso == expected
    assert text[dates[0].start : dates[0].end] == dates[0].text


def test_japanese_period_marks_its_start() -> None:
    first, second = find_dates("2023年9月から25年3月にかけて", "ja", None)
    assert first.range_start and (first.iso, second.iso) == ("2023-09", "2025-03")


def test_a_two_digit_year_alone_is_a_count_not_a_date() -> None:
    assert find_dates("25年にわたり保管された", "ja", None) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The air force flies F-4s bought before the 1979 revolution.", "en"),
        ("Prior to 2014, Ukraine sold tanks abroad.", "en"),
        ("2014年以前に輸出された戦車", "ja"),
    ],
)
def test_a_bound_before_a_date_dates_nothing(text: str, lang: str) -> None:
    assert find_dates(text, lang, "2024-05-20") == []


def test_relative_date_without_publication_is_unresolved() -> None:
    (d,) = find_dates("先月送られた", "ja", None)
    assert d.text == "先月" and d.iso is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on March 26 the ships left", "2022-03-26"),
        ("deliveries began last month", "2022-03"),
        ("in early April", "2022-04"),
        ("since September 2023", "2023-09"),
        ("in the autumn of 2021", "2021"),
        ("mid-March", "2022-03"),
        ("on Tuesday", "2022-04-12"),
        ("26 February 2022", "2022-02-26"),
        ("between March and May 2020", "2020-03"),
        ("from December to February 2021", "2020-12"),
        ("by the end of last year", "2021-12"),
        ("since the start of this year", "2022-01"),
        ("smuggled over the past year", "2021-04"),
        ("in the last six months", "2021-10"),
        ("during the past two years", "2020"),  # (a span of years starts in a year, as the golds date it)
    ],
)
def test_english_dates(text: str, expected: str) -> None:
    dates = find_dates(text, "en", "2022-04-12")
    assert dates[0].iso == expected


def test_a_period_reaching_back_from_now_starts_it() -> None:
    (d,) = find_dates("over the past year", "en", "2022-04-12")
    assert d.range_start
    # "the past few months" says no length; "last year" is the calendar year before
    assert find_dates("over the past few months", "en", "2022-04-12") == []
    assert find_dates("sent last year", "en", "2022-04-12")[0].iso == "2021"


def test_english_modal_may_is_not_a_month() -> None:
    assert find_dates("Iran may send more drones", "en", "2022-04-12") == []
    assert find_dates("Iran sent drones in May", "en", "2022-04-12")[0].iso == "2021-05"  # sent: last May
    assert find_dates("Iran will send drones in May", "en", "2022-04-12")[0].iso == "2022-05"  # a plan
    assert find_dates("Iran sent drones in July", "en", "2022-04-12")[0].iso == "2021-07"


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("2基", 2, None, None),
        ("無人機数百機", None, 200, 900),
        ("約1万6千個", 16000, None, None),
        ("30万発余り", 300000, 300000, None),
        ("100万発以上", 1000000, 1000000, None),
        ("数十両", None, 20, 90),
        ("十数機", None, 11, 19),
        ("3隻の貨物船", 3, None, None),
    ],
)
def test_japanese_quantities(text: str, value: float | None, low: float | None, high: float | None) -> None:
    (q,) = find_quantities(text, "ja")
    assert (q.quantity.value, q.quantity.min, q.quantity.max) == (value, low, high)
    assert text[q.start : q.end] == q.quantity.text


def test_garbled_placeholder_quantity_keeps_its_words() -> None:
    (q,) = find_quantities("MiG-29をXNUMX機", "ja")
    assert q.quantity.value is None and q.quantity.text == "XNUMX機"


@pytest.mark.parametrize(
    ("text", "value", "low"),
    [
        ("two launchers", 2, None),
        ("more than 300,000 shells", 300000, 300000),
        ("some 1,000 rockets", 1000, None),
        ("a dozen tanks", 12, None),
        ("1.5 million rounds", 1500000, None),
        ("hundreds of drones", None, 200),
    ],
)
def test_english_quantities(text: str, value: float | None, low: float | None) -> None:
    q = find_quantities(text, "en")[0]
    assert (q.quantity.value, q.quantity.min) == (value, low)


@pytest.mark.parametrize(("text", "value"), [("1万6千", 16000), ("三千五百", 3500), ("２５", 25), ("2.5万", 25000)])
def test_japanese_numbers(text: str, value: float) -> None:
    assert parse_ja_number(text) == value


@given(st.integers(min_value=0, max_value=99_999_999))
def test_arabic_numbers_with_man_round_trip(n: int) -> None:
    man, rest = divmod(n, 10_000)
    text = (f"{man}万" if man else "") + (str(rest) if rest or not man else "")
    assert parse_ja_number(text) == n


@given(st.integers(min_value=0, max_value=999_999))
def test_english_digit_groups_round_trip(n: int) -> None:
    assert parse_en_number(f"{n:,}") == n


@given(st.text(max_size=200), st.sampled_from(["ja", "en"]), st.sampled_from([None, "2022-04-12", "1999-12-31"]))
def test_date_finder_never_raises_and_spans_hold(text: str, lang: str, published: str | None) -> None:
    for d in find_dates(text, lang, published):
        assert text[d.start : d.end] == d.text
        assert d.iso is None or len(d.iso) in (4, 7, 10)


@given(st.text(max_size=200), st.sampled_from(["ja", "en"]))
def test_quantity_finder_never_raises_and_spans_hold(text: str, lang: str) -> None:
    for q in find_quantities(text, lang):
        assert text[q.start : q.end].strip() == q.quantity.text.strip() or lang == "en"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("取引は21年に始まった", "2024-03-01", ["2021"]),
        ("23年から引き渡しが続く", "2025-01-10", ["2023"]),
        ("協力は30年にわたり続いた", "2025-01-10", []),
        ("約20年に及ぶ運用", "2025-01-10", []),
        ("10年に1度の改修", "2025-01-10", []),
    ],
)
def test_a_two_digit_year_marked_as_a_time_is_a_year(text: str, published: str, expected: list[str]) -> None:
    assert [d.iso for d in find_dates(text, "ja", published)] == expected


def test_the_year_before_or_after_is_of_the_year_written_before() -> None:
    dates = find_dates("演習は2021年5月だった。前年には戦車を、翌年には砲を買った。", "ja", "2025-02-01")
    assert [d.iso for d in dates] == ["2021-05", "2020", "2022"]
    # with no year written before, 前年 is the year before publication
    assert [d.iso for d in find_dates("前年末に届いた", "ja", "2025-02-01")] == ["2024-12"]


def test_soon_after_the_invasion_gives_way_to_the_date_written_next() -> None:
    text = "ロシアのウクライナ侵攻から間もない2022年秋、両国は合意した。"
    assert [(d.iso, d.range_start) for d in find_dates(text, "ja", "2024-01-01")] == [("2022", False)]


def test_the_same_period_is_the_date_written_before() -> None:
    dates = find_dates("輸入は2023年秋以降に増えた。\nジョージアでも同じ時期に輸入が膨らんだ。", "ja", "2024-06-01")
    assert [(d.text, d.iso) for d in dates] == [("2023年", "2023"), ("同じ時期", "2023")]


def test_a_tally_as_of_a_month_gives_only_the_year() -> None:
    (d,) = find_dates("当局は昨年10月の時点で、砲弾が送られたと分析した。", "ja", "2024-06-01")
    assert d.iso == "2023"


def test_the_year_before_in_a_comparison_is_no_date() -> None:
    assert find_dates("輸出額は前年比で3倍に増えた", "ja", "2025-02-01") == []
    assert [d.iso for d in find_dates("2023年に前年の数十倍に膨らんだ", "ja", "2025-02-01")] == ["2023"]


def test_a_month_told_right_after_the_invasion_is_of_2022() -> None:
    dates = find_dates("ロシアのウクライナ侵攻直後の4月、戦車が送られた。", "ja", "2024-09-01")
    assert [d.iso for d in dates] == ["2022", "2022-04"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("両国は2021年7月に契約を結び、12月には最初の5両が届いた。", "ja", ["2021-07", "2021-12"]),
        ("2021年11月に契約し、8月に最初の18両が届いた。", "ja", ["2021-11", "2022-08"]),
        ("2021年に契約を結んだ。3月には最初の機体が届いた。", "ja", ["2021", "2024-03"]),
        ("The deal was signed in July 2021, and the first five arrived in December.", "en", ["2021-07", "2021-12"]),
        ("It was agreed in March last year and delivered in June.", "en", ["2023-03", "2023-06"]),
        ("Poland ordered them in 2021. In March, more came.", "en", ["2021", "2024-03"]),
        # "last June" is told from the day of publication, not from the year the sentence wrote
        ("Deliveries start in 2026 under a contract signed last December.", "en", ["2026", "2023-12"]),
    ],
)
def test_a_bare_month_goes_on_in_the_year_its_sentence_wrote(text: str, lang: str, expected: list[str]) -> None:
    assert [d.iso for d in find_dates(text, lang, "2024-11-20")] == expected


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("one hundred twenty-three tanks", 123, None, None),
        ("a hundred and fifty drones", 150, None, None),
        ("no fewer than 20 tanks", 20, 20, None),
        ("not more than 10 jets", 10, None, 10),
        ("some two dozen launchers", 24, None, None),
        ("half a dozen helicopters", 6, None, None),
    ],
)
def test_english_compound_and_bounded_quantities(
    text: str, value: float | None, low: float | None, high: float | None
) -> None:
    (q,) = find_quantities(text, "en")
    assert (q.quantity.value, q.quantity.min, q.quantity.max) == (value, low, high)
    assert text[q.start : q.end] == q.quantity.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("deliveries in 2021-22 were slow", "2021"),
        ("in the second half of 2023", "2023-07"),
        ("in Q3 2020", "2020-07"),
        ("ordered in May 2019; a month later the first came", "2019-06"),
    ],
)
def test_english_year_spans_parts_and_later_dates(text: str, expected: str) -> None:
    dates = spoken_dates(text, "2024-06-19", find_dates(text, "en", "2024-06-19"))
    assert dates[-1].iso == expected


def test_over_after_handed_is_a_particle_not_a_bound() -> None:
    (q,) = find_quantities("Japan handed over three patrol boats to Manila", "en")
    assert (q.quantity.text, q.quantity.value, q.quantity.min) == ("three", 3, None)
    (q,) = find_quantities("over 300 shells", "en")
    assert q.quantity.min == 300


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("North Korea sent shells to Russia in December.", "2025-12"),
        ("Russia has fired the missiles since late December.", "2025-12"),
        ("Germany delivered the tanks on December 3.", "2025-12-03"),
        ("North Korea will send more shells in December.", "2026-12"),
        ("The jets are due to arrive in December.", "2026-12"),
    ],
)
def test_an_english_month_after_publication_is_last_years_unless_ahead(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text, "en", "2026-11-20")] == [iso]


def test_a_month_of_that_year_takes_the_year_told_before() -> None:
    from materiel.pipeline import analyze_text

    text = "Poland signed a deal with South Korea for 180 K2 tanks in 2022. The first 10 arrived in December that year."
    dates = [t.date for t in analyze_text(text, lang="en", published="2026-02-10").transfers]
    assert dates == ["2022", "2022-12"]
