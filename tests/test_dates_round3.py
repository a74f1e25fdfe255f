"""Transfer dates, round 3: a story's year carried to a bare month in the next English sentence (a
Japanese story not broken by the day a statement was made), the start of the war in Ukraine, 年明け/暮れ/半年前/Nカ月後,
「昨年の11月」, 「…のことだ」, decades, the day of saying next to the day of the deed, and the date
a plain-text article's first lines give it."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name as _name

from materiel.extract.dates import find_dates
from materiel.extract.en_dates import spoken_dates
from materiel.extract.ja_dates import find_dates_ja
from materiel.ingest import header_date, read_bytes
from materiel.model import Analysis, Document
from materiel.pipeline import analyze_text

PUB = "2024-06-15"  # a Saturday


_run = partial(analyze_text, published=PUB)


def _dated(a: Analysis) -> list[tuple[str | None, str | None, str | None]]:
    return sorted(((_name(t.supplier), _name(t.recipient), t.date) for t in a.transfers), key=str)


# --- English: a story's year goes on into the next sentence


def test_a_bare_month_in_the_next_sentence_goes_on_in_the_story_year() -> None:
    a = _run(
        "Germany sent Ukraine 1,000 anti-tank weapons in March 2022. In May, Berlin delivered seven "
        "self-propelled howitzers to Kyiv.",
        lang="en",
    )
    assert [d for _s, _r, d in _dated(a)] == ["2022-03", "2022-05"]


def test_a_month_earlier_than_the_story_month_is_of_the_year_after() -> None:
    a = _run(
        "Poland signed a contract for K2 tanks with South Korea in December 2022. In June, the first "
        "tanks from South Korea arrived in Poland.",
        lang="en",
    )
    assert "2023-06" in [d for _s, _r, d in _dated(a)]


def test_a_story_of_this_year_leaves_the_bare_month_to_publication() -> None:
    a = _run("Taiwan received HIMARS launchers from the United States in March. In April, it received "
             "Harpoon missiles from the United States.", lang="en")  # fmt: skip
    assert [d for _s, _r, d in _dated(a)] == ["2024-03", "2024-04"]


def test_a_year_alone_starts_no_english_story() -> None:
    text = "The Netherlands, which pledged 24 F-16s in 2023, said in May that the first had been transferred."
    assert [d.iso for d in find_dates(text, "en", PUB) if d.text == "May"] == ["2024-05"]
    (d,) = [d for d in find_dates("Iran sent drones in 2022. In May, it said more would come.", "en", PUB)
            if d.text == "May"]  # fmt: skip
    assert d.iso == "2024-05"


def test_a_paragraph_break_ends_the_english_story() -> None:
    dates = find_dates("Germany sent tanks in March 2022.\n\nIn May, Berlin sent howitzers.", "en", PUB)
    assert [d.iso for d in dates if d.text == "May"] == ["2024-05"]


# --- the start of the war in Ukraine


@pytest.mark.parametrize(
    "text",
    [
        "Since the start of the war, the United States has sent Ukraine more than 2,000 Stinger missiles.",
        "Since Russia invaded Ukraine, Germany has delivered more than 100 tanks to Kyiv.",
        "North Korea has sent Russia artillery shells since the beginning of Russia's war in Ukraine.",
    ],
)
def test_since_the_war_began_dates_from_february_2022(text: str) -> None:
    a = _run(text, lang="en")
    assert [d for _s, _r, d in _dated(a)] == ["2022-02"]


def test_the_start_of_another_war_dates_nothing() -> None:
    text = "Since the start of the war, the United States has sent Israel 14,000 bombs."
    assert all(d.iso != "2022-02" for d in find_dates(text, "en", PUB))


@pytest.mark.parametrize(
    "text",
    [
        "米国は戦争開始以来、ウクライナにスティンガーミサイル2000発以上を供与してきた。",
        "北朝鮮は侵攻以来、ロシアに砲弾を送っている。ウクライナは反発した。",
    ],
)
def test_japanese_since_the_war_began(text: str) -> None:
    assert [d for _s, _r, d in _dated(_run(text, lang="ja"))] == ["2022-02"]


# --- English: the day of saying beside the day of the deed


def test_the_day_said_is_not_the_day_delivered() -> None:
    a = _run("The Pentagon said on Thursday it had delivered Patriot missiles to Ukraine on Tuesday.", lang="en")
    assert [d for _s, _r, d in _dated(a)] == ["2024-06-11"]


def test_the_only_day_after_said_dates_the_receipt_by_its_month() -> None:
    a = _run("Armenia's defence ministry said on Tuesday it had received CAESAR howitzers from France.", lang="en")
    assert [d for _s, _r, d in _dated(a)] == ["2024-06"]


def test_a_month_of_the_following_year() -> None:
    text = "The first was shipped in 2015, the rest in October of the following year."
    assert "2016-10" in [d.iso for d in spoken_dates(text, PUB, find_dates(text, "en", PUB))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Russia sold MiG-29 jets to Malaysia in the 1990s.", "1990"), ("since the early 2000s", "2000")],
)
def test_a_decade_starts_in_its_first_year(text: str, expected: str) -> None:
    assert [d.iso for d in find_dates(text, "en", PUB)] == [expected]


def test_the_late_years_of_a_decade_tell_no_year() -> None:
    assert find_dates("in the late 1990s", "en", PUB) == []


# --- Japanese: words of time


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("イランは年明け、ロシアに弾道ミサイルを送った。", "2024-02-10", "2024-01"),
        ("北朝鮮は年初、ロシアに弾道ミサイルを送った。", PUB, "2024-01"),
        ("北朝鮮は昨年暮れ、ロシアに弾道ミサイルを送った。", PUB, "2023-12"),
        ("北朝鮮は半年前、ロシアに砲弾を送った。", PUB, "2023-12"),
        ("ロシアは 北朝鮮から 弾道ミサイルを 受け取りました 昨年の11月に、と米国が言いました。", PUB, "2023-11"),
        ("イランはロシアに無人機を供与した、それは2022年の9月であった、と西側当局者は言った。", PUB, "2022-09"),
        ("ロシアは22年中にイランから無人機を受け取った。", PUB, "2022"),
        ("ロシアは北朝鮮から弾道ミサイルを受け取った。それは昨年12月のことだった。", PUB, "2023-12"),
    ],
)
def test_japanese_times_of_a_transfer(text: str, published: str, expected: str) -> None:
    assert [d for _s, _r, d in _dated(_run(text, lang="ja", published=published))] == [expected]


def test_the_year_to_date_is_no_time() -> None:
    assert all(d.iso != "2024-01" for d in find_dates("年初来の高値を付けた", "ja", PUB))


def test_months_counted_on_from_the_month_told() -> None:
    a = _run("北朝鮮は昨年8月、ロシアに砲弾を送り始めた。その半年後には弾道ミサイルも送った。", lang="ja")
    assert [d for _s, _r, d in _dated(a)] == ["2023-08", "2024-02"]
    assert [d.iso for d in find_dates_ja("2023年5月に契約し、その3カ月後に届いた", None)] == ["2023-05", "2023-08"]


# --- Japanese: the day a statement was made


def test_the_day_a_statement_was_made_does_not_break_the_story() -> None:
    a = _run(
        "ロシアは2022年8月、イランから無人機を受け取った。米国家安全保障会議のカービー戦略広報調整官は今月3日、"
        "記者団にこう述べた。10月には追加の無人機がロシアに届いた。",
        lang="ja",
        published="2025-03-04",
    )
    assert [d for _s, _r, d in _dated(a)] == ["2022-08", "2022-10"]


# --- the date a plain-text article's first lines give it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("date 2024-05-03\nRussia received missiles.", "2024-05-03"),
        ("MOSCOW, March 3, 2024 (Reuters) - Russia received drones.", "2024-03-03"),
        ("Published: 21 Aug 2023 14:37\nDenmark will send jets.", "2023-08-21"),
        ("2024年5月3日 12:00\n北朝鮮は先月、ロシアに弾道ミサイルを送った。", "2024-05-03"),
        ("配信日時：2024年5月3日\n北朝鮮は4月、ロシアに弾道ミサイルを送った。", "2024-05-03"),
        ("Iran sends drones to Russia\nAugust 29, 2022\n\nIran has sent drones.", "2022-08-29"),
        ("2024年5月3日、北朝鮮はロシアに砲弾を送った。", None),
        ("MOSCOW, March 3 (Reuters) - Russia received drones.", None),
        ("北朝鮮兵　ロシアに派遣か\n2024年10月18日 19時05分\n北朝鮮は砲弾を送った。", "2024-10-18"),
        # a forum repost: the date after the poster's name
        (
            "1 名前：ニュース速報 ★：2024/06/20(木) 12:03:41.55 ID:Ab12Cd34\n国防総省は19日、供与を発表した。",
            "2024-06-20",
        ),
        ("1 名前：名無しさん：2024/06/20 12:03\n2 名前：名無しさん：2024/06/21 08:00", "2024-06-20"),
    ],
)
def test_header_dates(text: str, expected: str | None) -> None:
    assert header_date(text) == expected


def test_a_header_dates_the_relative_times_of_a_plain_text() -> None:
    (doc,) = read_bytes("2024年5月3日 12:00\n北朝鮮は先月、ロシアに弾道ミサイルを送った。\n".encode(), "a.txt")
    assert isinstance(doc, Document) and doc.published == "2024-05-03"
    a = analyze_text(doc.text, lang="ja", published=doc.published)
    assert [t.date for t in a.transfers] == ["2024-04"]


def test_a_publication_date_the_user_gives_wins_over_the_header() -> None:
    (doc,) = read_bytes(
        "2024年5月3日 12:00\n北朝鮮は先月、ロシアに弾道ミサイルを送った。\n".encode(), "a.txt", published="2024-06-10"
    )
    assert isinstance(doc, Document) and doc.published == "2024-06-10"


# --- spans, ends of a year, events the act came before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ドイツは2019～21年にウクライナへ装甲車を引き渡した。", "2019"),
        ("ドイツは2019-2021年にウクライナへ装甲車を引き渡した。", "2019"),
        ("北朝鮮は2023年3～5月にロシアへ砲弾を送った。", "2023-03"),
        ("北朝鮮は3～5月にロシアへ砲弾を送った。", "2024-03"),
    ],
)
def test_a_span_written_with_one_unit_starts_at_its_first_end(text: str, expected: str) -> None:
    assert [d for _s, _r, d in _dated(_run(text, lang="ja"))] == [expected]


def test_a_span_over_the_new_year_starts_the_year_before() -> None:
    (d,) = find_dates("11～2月に届いた", "ja", PUB)
    assert (d.iso, d.range_start) == ("2023-11", True)


def test_the_end_of_the_same_year() -> None:
    dates = find_dates("2021年に契約した。同年末に届いた", "ja", PUB)
    assert [d.iso for d in dates] == ["2021", "2021-12"]


def test_the_date_of_an_event_the_act_came_before_dates_nothing() -> None:
    a = _run("ハマスは2023年10月7日の攻撃の前に、イランから武器を受け取っていた。", lang="ja")
    assert [d for _s, _r, d in _dated(a)] == [None]
    assert [d.iso for d in find_dates("2023年9月の首脳会談の後、送った", "ja", PUB)] == ["2023-09"]


# --- English: months and seasons of last year, counted back from the date told


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In April of last year, Slovakia delivered 13 MiG-29 fighters to Ukraine.", ["2023-04"]),
        ("Ukraine received Leopard 2 tanks from Germany in the spring of last year.", ["2023-03"]),
        ("Poland received the first Apache helicopters from the United States last July.", ["2023-07"]),
        (
            "Iran delivered drones to Russia in 2022. The previous year, Tehran had supplied Moscow with ammunition.",
            ["2021", "2022"],
        ),
        (
            "Iran sent Russia surface-to-air missiles in November 2022. A month earlier, Tehran had shipped drones "
            "to Moscow.",
            ["2022-10", "2022-11"],
        ),
    ],
)
def test_english_times_told_from_another(text: str, expected: list[str]) -> None:
    assert sorted(d or "" for _s, _r, d in _dated(_run(text, lang="en"))) == expected


def test_last_month_named_is_the_latest_before_this_month() -> None:
    assert [d.iso for d in find_dates("delivered last June", "en", PUB)] == ["2023-06"]
    assert [d.iso for d in find_dates("delivered last March", "en", PUB)] == ["2024-03"]


def test_the_year_before_an_event_is_no_anaphor() -> None:
    text = "Iran sent drones in 2022, a year before the invasion of the island."
    assert [d.iso for d in spoken_dates(text, PUB, find_dates(text, "en", PUB))] == ["2022"]


# --- Japanese weekdays (translated wire copy) and 「今年の初め」


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("北朝鮮は月曜日にロシアに砲弾を送った、と韓国軍が述べた。", "2024-06-10"),
        ("北朝鮮は金曜日、ロシアに砲弾を送った。", "2024-06-14"),
        ("北朝鮮は先週の金曜日、ロシアに砲弾を送った。", "2024-06-07"),
        ("米国は今年の初め、ウクライナに戦車を送った。", "2024"),
        ("イランは昨年の末、ロシアに弾道ミサイルを送った。", "2023-12"),
        ("北朝鮮は2023年8月の上旬、ロシアに砲弾を送った。", "2023-08"),
    ],
)
def test_japanese_weekdays_and_parts_of_a_year(text: str, expected: str) -> None:
    assert [d for _s, _r, d in _dated(_run(text, lang="ja"))] == [expected]


def test_a_weekday_the_ministry_spoke_on_is_the_statement() -> None:
    (d,) = find_dates("ロシア国防省は火曜日、北朝鮮から弾道ミサイルを受け取ったと発表した。", "ja", PUB)
    assert (d.iso, d.statement) == ("2024-06-11", True)


@pytest.mark.parametrize("text", ["毎週月曜日に会合を開く", "12日（水）に届いた"])
def test_weekdays_that_date_nothing_of_their_own(text: str) -> None:
    assert all(d.text.endswith("日") and "曜" not in d.text for d in find_dates(text, "ja", PUB))


def test_an_iso_date_in_english_text() -> None:
    a = _run("Germany delivered IRIS-T systems to Ukraine on 2024-03-02, the ministry said.", lang="en")
    assert [d for _s, _r, d in _dated(a)] == ["2024-03-02"]


def test_the_last_week_of_a_month_is_of_that_month() -> None:
    assert [d.iso for d in find_dates("delivered in the last week of May", "en", PUB)] == ["2024-05"]
    assert [d.iso for d in find_dates("over the last year", "en", PUB)] == ["2023-06"]


def test_in_recent_weeks_starts_about_a_month_back() -> None:
    text = "North Korea has sent Russia self-propelled guns in recent weeks, Seoul's spy agency said on Thursday."
    a = _run(text, lang="en", published="2024-11-15")
    assert [d for _s, _r, d in _dated(a)] == ["2024-10"]


def test_a_news_agency_reporting_dates_its_report() -> None:
    (d,) = find_dates("タスニム通信は2日、練習機がイラン空軍に到着したと報道しました。", "ja", PUB)
    assert d.statement


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("date 2024-05-03\nRussia received ballistic missiles from North Korea last month.", "en", "2024-04"),
        ("MOSCOW, March 3, 2024 (Reuters) - Russia received Shahed drones from Iran last month.", "en", "2024-02"),
        ("MOSCOW, March 3 (Reuters) - Russia received Shahed drones from Iran last month.", "en", None),
        ("2024年5月3日 12:00\n北朝鮮は先月、ロシアに弾道ミサイルを送った。", "ja", "2024-04"),
        ("【ワシントン=共同】米政府は3日、北朝鮮が先月、ロシアに弾道ミサイルを送ったと発表した。", "ja", None),
    ],
)
def test_with_no_publication_date_the_header_stands_for_it(text: str, lang: str, expected: str | None) -> None:
    assert [t.date for t in _run(text, lang=lang, published=None).transfers] == [expected]


def test_a_year_in_kanji_digits() -> None:
    a = _run("北朝鮮は二〇二三年八月、ロシアに砲弾を送った。", lang="ja")
    assert [d for _s, _r, d in _dated(a)] == ["2023-08"]


def test_japanese_recent_weeks_start_about_a_month_back() -> None:
    a = _run(
        "北朝鮮はここ数週間で、ロシアに自走砲を送った、と韓国の情報機関が14日に明らかにした。",
        lang="ja",
        published="2024-11-15",
    )
    assert [d for _s, _r, d in _dated(a)] == ["2024-10"]


def test_the_day_officials_spoke_does_not_break_the_english_story() -> None:
    text = "Germany sent tanks to Ukraine in March 2022, officials said on Tuesday. In May, Berlin sent howitzers."
    assert [d.iso for d in find_dates(text, "en", PUB) if d.text == "May"] == ["2022-05"]


def test_that_month_and_the_same_day_take_the_date_told_before() -> None:
    a = _run("Russia fired missiles at Kharkiv on Jan. 2. North Korea had sent them to Russia earlier that month.",
             lang="en", published="2024-01-20")  # fmt: skip
    assert [d for _s, _r, d in _dated(a)] == ["2024-01"]
    text = "In 2022 Iran sent drones. Later that month, more came."
    assert [d.iso for d in spoken_dates(text, PUB, find_dates(text, "en", PUB))] == ["2022"]


def test_a_pages_date_label_on_the_first_line_dates_no_act() -> None:
    text = "date 2022-12-22 North Korea supplied rockets to the Wagner Group last month, Kirby said.\n"
    [t] = analyze_text(text, lang="en", published="2022-12-22").transfers
    assert t.date == "2022-11"


@pytest.mark.parametrize(
    ("second", "date"),
    [
        ("Officials said the country also plans to buy J-10C fighters from China.", None),
        ("It also bought 46 MiG-29 fighters from Russia.", "2021"),  # a deed told after a deed
    ],
)
def test_a_plan_still_ahead_takes_no_date_from_a_deed_told_before(second: str, date: str | None) -> None:
    a = analyze_text("Egypt ordered 30 Rafale jets from France in 2021. " + second, lang="en", published="2025-06-01")
    [later] = [t for t in a.transfers if _name(t.supplier) != "France"]
    assert later.date == date
