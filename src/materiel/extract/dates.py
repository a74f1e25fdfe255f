"""Date expressions in Japanese and English, resolved against the publication date.

`find_dates(text, lang, published)` returns every date expression with its character span and
an ISO partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). Relative expressions (先月, last week)
need the publication date; without it they are returned with `iso=None`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
import unicodedata
from dataclasses import dataclass, replace

from materiel.extract.numbers import parse_ja_number

ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
EN_MONTHS = (
    {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
    | {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
    | {"sept": 9}
)
EN_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
EN_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    iso: str | None
    range_start: bool = False
    statement: bool = False  # when something was said (「カービー氏は17日、」), not when it happened


def parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", published)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    if year is None or not 1900 <= year <= 2100:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _year_for_month(month: int, pub: dt.date | None) -> int | None:
    """The year of a bare month: the latest one not after the publication month (news looks back)."""
    if pub is None:
        return None
    return pub.year if month <= pub.month + 1 else pub.year - 1


def _shift_month(d: dt.date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def _week_month(pub: dt.date, weeks: int) -> str | None:
    d = pub + dt.timedelta(weeks=weeks)
    return _iso(d.year, d.month)


def _full_year(y: int, pub: dt.date | None = None) -> int:
    """「22年」 is 2022; a two-digit year later than two years past publication, 「92年3月」「98年に」,
    is of the 1900s."""
    if y >= 100:
        return y
    return y + 2000 if y <= _latest_short_year(pub) else y + 1900


def _latest_short_year(pub: dt.date | None) -> int:
    """The last two-digit year read as of the 2000s: two years past publication (「28年に引き渡す」
    in 2026 is 2028; 「92年に」 is 1992)."""
    return (pub.year % 100 if pub is not None else 30) + 2


_NUM = r"[0-9０-９]{1,4}|[〇一二三四五六七八九十]{1,4}"
_STATEMENT_DATE = re.compile(
    r"(?:、|の(?:定例|定期)?(?:記者会見|会見|声明|発表|報告|演説|会談|インタビュー|国会)|に(?:発表|公表|記者会見))"
)
# what makes 「Xは12日、」 the day X spoke: a verb of telling later in the sentence (「…と発表した」
# 「…を明らかにした」); 「初回分が19日、フィリピンに届いた」 tells no statement and dates the arrival
# (nor does a notice of a penalty: 「財務省は25日、…を供給したとして制裁を科した」 dates the sanction,
# nor 「経産省は17日、…を輸出したとして…行政処分を出した」)
_TELLING = re.compile(
    r"(?:制裁|処分を(?:出し|科し|下し|行っ)|判決を(?:言い渡し|下し)|指定し|凍結し|起訴し|逮捕し|送検し|摘発し|発表|述べ|明らかに|語っ|語り|説明|報告|表明|指摘|強調|主張|公表|発言|言及|会見|声明|確認|認め|示し|伝え|報じ|報道し|分析し|投稿|通知し|明かし|推計|推定し|コメント|言った|言いまし"
    r"|批判|非難|否定|要請|求め|警告|記者団|会談|演説|署名|決め|決定|承認|合意|した。」|と話|と言っ"
    r"|リスト(?:ー)?に(?:追加|加え|掲載|載せ))"
)
PENALTY_TOLD = re.compile(
    r"(?:逮捕|再逮捕|起訴|書類送検|送検|摘発|制裁対象に(?:指定|追加)|処分を(?:出|科|下))し(?:た|ました)"
    # (「…をエンティティー・リストに追加した」「…を制裁対象に加えた」: a listing is a penalty too)
    r"|(?:制裁対象|リスト(?:ー)?)に(?:追加し|加え|掲載し|載せ)(?:た|ました)"
    # (「地裁は6日、…を輸出したとして…懲役2年の判決を言い渡した」: a court's sentence is a penalty too)
    r"|判決を(?:言い渡|下)し(?:た|ました)"
)
# the steps of a criminal case (an arrest, a charge, a sentence), not a listing or a sanction
_CASE_STEP_TOLD = re.compile(
    r"(?:逮捕|再逮捕|起訴|書類送検|送検|摘発)し(?:た|ました)|判決を(?:言い渡|下)し(?:た|ました)"
)
_TOLD_ON_THE_DAY = re.compile(
    r"に?(?:明らかにし|発表し|公表し|明かし|伝え|報じ|述べ|語っ|説明し|確認し)(?:た|ました)(?:[。」]|もので)"
)
# a quarter of a year: 「第3四半期」
_QUARTER = r"第[1-4１-４一二三四]四半期"
# (「2022年の9月」「昨年の11月」: a translation may set の between the year and the month)
_YEAR_NO = rf"(?:の(?=(?:{_NUM})月))?"
_JA_ABS = re.compile(
    rf"(?:(?:(?P<era>令和|平成|昭和)(?P<eyear>{_NUM}|元)年|(?P<year>[0-9０-９]{{4}}|[0-9０-９]{{2}}|[〇一二三四五六七八九]{{4}})年){_YEAR_NO})?"
    rf"(?:(?P<month>{_NUM})月(?:(?P<day>{_NUM})日)?)?"
    r"(?:の?(?P<part>上旬|中旬|下旬|初め|初旬|はじめ|初頭|末|暮れ|前半|後半|上半期|下半期|" + _QUARTER + r"))?"
)
_JA_REL = re.compile(
    r"(?P<rel>先々月|先月|今月|来月|先週|今週|来週|昨年|去年|今年|本年|来年|一昨年|おととし|前年|昨日|きのう|今日|本日"
    # (「ことし7月に」: broadcasters write 今年 in kana; not the ことし of 「できることしか」)
    r"|(?<![ぁ-ゖ])ことし(?!か)"
    # (「この夏」: a translation's "this summer" is 今夏)
    r"|昨(?:春|夏|秋|冬)|今(?:春|夏|秋|冬)|来(?:春|夏|秋|冬)|この(?:春|夏|秋|冬)(?!季)"
    # (「夏までに引き渡す」: a bare season as a deadline is the next one to come)
    # (not a time's own season: 「同じ年の秋にも」 is that year's, told by 同じ年)
    r"|(?<![一-龯々ァ-ヺー0-9０-９の])(?:春|夏|秋)(?=までに|まで(?!の)|ごろ|頃|にも)"
    r"|(?<![0-9０-９〇一二三四五六七八九十年])年内|今年中"
    # (「月内にも引き渡される」: within this month)
    r"|(?<![0-9０-９〇一二三四五六七八九十年月今来先同翌前])月内"
    r"|(?<![0-9０-９〇一二三四五六七八九十年前翌同昨今来])(?:年明け|年初(?!来)|年頭))"
    # (「今年度」「昨年度末」: a fiscal year, from April)
    r"(?P<fy>度)?"
    rf"{_YEAR_NO}(?:(?P<month>{_NUM})月(?:(?P<day>{_NUM})日)?|(?P<mday>{_NUM})日)?"
    r"(?:の?(?P<part>上旬|中旬|下旬|初め|初旬|はじめ|初頭|末|暮れ|前半|後半|上半期|下半期|" + _QUARTER + r"))?"
)
# the last month of a season: 「春までに」 said in June means next spring
_SEASON_END = {"春": 5, "夏": 8, "秋": 11}
# 「今年初めから」「2023年末」: the first or last month of a year told without a month
# (「昨年後半」: the second half, dated by the month it begins in; 「前半」 stays the year, as a
# deadline 「来年前半までに」 is mostly told)
# (「昨年下半期」: so is the second half-year of accounts, 「上半期」 the year as 「前半」 is)
_YEAR_PART = {"初め": 1, "初旬": 1, "はじめ": 1, "初頭": 1, "末": 12, "暮れ": 12, "後半": 7, "下半期": 7}
# 「来年初め」「今年初頭」: early in a year spans months and dates an act by its year alone; only
# the start of a period (「今年初めから」) takes the year's first month
_EARLY_IN_YEAR = re.compile(r"年(?:の)?(?:初め|はじめ|初頭)$")
# 「今年の第3四半期」「2026年第1四半期」: a quarter, dated by the month it begins in
_YEAR_PART |= {f"第{q}四半期": 3 * k + 1 for k, qs in enumerate(("1１一", "2２二", "3３三", "4４四")) for q in qs}
# 「2010年代後半」「1990年代半ば」: a part of a decade, dated by the year that part begins in
_JA_DECADE_PART = re.compile(r"代(?:の)?(?P<part>前半|初め|初頭|半ば|中頃|後半|末)?")
_DECADE_PART = {"半ば": 3, "中頃": 3, "後半": 5, "末": 7}
# (「この年」「その年」: the year just told, as 同年)
_JA_SAME = re.compile(
    rf"(?:同(?:じ)?|(?:この|その)(?=年))(?P<unit>年|月|日)(?:(?P<month>{_NUM})月)?(?:(?P<day>{_NUM})日)?(?P<part>末|暮れ)?"
)
_AS_OF = re.compile(r"の?時点(?:で|では|までに|まで)")
# 「2月の報告書で」「昨年の年次報告書は」「3月の声明で」: a date qualifying a report or statement
# (「今年2月に公表した報告書で」: or the day it was published, in a clause on the report)
_DATED_REPORT = re.compile(
    r"(?:の|に(?:公表|発表|公開|提出|まとめ)(?:した|された))(?:最新の|年次)?(?:報告書|年次報告書|調査報告|声明|談話)"
    r"(?:で|は|が|の中で|によると|によれば)"
)
# (「同じ期間に」「同期間中に」: the span just told)
_JA_SAME_TIME = re.compile(r"同(?:じ)?(?:時期|頃|ころ|期間)")
# 「両国の取引が表面化したのは22年秋だった。米政府は当時、…」: the time just written
_JA_THEN = re.compile(r"(?<![0-9０-９年月日])当時(?![のはが])")
# 「OSAは令和5年度に創設された。初年度の対象は…」: the first year of what began in the year just written
_JA_FIRST_YEAR = re.compile(r"(?<![0-9０-９年])初年度")
_JA_DAY_ONLY = re.compile(
    rf"(?<![月年0-9０-９〇一二三四五六七八九十])(?P<day>{_NUM})日(?!間|本|程度|分|後|前|以内|以上|ぶり|目|連続|がかり)"
)
# 「火曜日に」「先週の金曜日」: a weekday, as translations of wire copy write it (not 「12日（火）」)
_JA_WEEKDAY = re.compile(r"(?P<last>先週の?)?(?<![（(])(?<!毎週)(?P<wd>[月火水木金土日])曜日?(?![）)])")
_JA_WEEKDAYS = "月火水木金土日"


# 「22年に結ばれた」「23年から」: a two-digit year the particle after it marks as a time, not a
# count of years (「25年にわたり」「10年に1度」「約20年の」「期間を30年に延長」 are spans)
# (「22年秋」「23年度」「24年半ば」: a season, a fiscal year or a part of a year is a time too)
# (「23年に12機を引き渡した」: a count of goods after the year leaves it a time; 「22年までに」 is one)
_SHORT_YEAR_AFTER = re.compile(
    r"(?:に(?!わた|及|およ|[一1１](?:度|回|つ|人|件|隻|機|基)?(?![0-9０-９])|延長|短縮|達|なる)|から|まで|以降|以来|当時|、|[春夏秋冬](?!季)|度(?!目)|半ば|中(?=[にはの、])"
    r"|と(?=[0-9０-９]{2}年))"
)
# what is decided or struck before a two-digit year: 「ことを19年に」「契約を22年に」; or goods
# counted: 「戦闘機36機を22年までに受領した」
_DEALT_IN = ("ことを", "契約を", "覚書を", "合意を", "協定を", "機を", "両を", "隻を", "基を", "門を", "発を")
# 「1991年に…、92年に…」: a year of the 1900s written in full, after which a two-digit year past
# publication is of the 1900s too
_NINETEEN_HUNDREDS = re.compile(r"(?<![0-9０-９])(?:19|１９)[0-9０-９]{2}年")
_SHORT_YEAR_BEFORE = ("約", "過去", "ここ", "この", "今後", "最長", "およそ", "計", "第", "を", "ほぼ", "期間")


def _short_year(text: str, m: re.Match[str], pub: dt.date | None) -> bool:
    year = _n(m["year"])
    if year is None or not _SHORT_YEAR_AFTER.match(text, m.end()):
        return False
    # (「1991年に…、92年に」: past publication, a two-digit year is a year only after one of the 1900s)
    if year > _latest_short_year(pub) and not _NINETEEN_HUNDREDS.search(text, 0, m.start()):
        return False
    before = text[max(0, m.start() - 3) : m.start()]
    # (「売却することを19年に決定」: the act decided, then the year it was decided in; 「…を購入する
    # 契約を22年に結んだ」「覚書を23年に交わした」: a deal, then the year it was struck in)
    return before.endswith(_DEALT_IN) or not before.endswith(_SHORT_YEAR_BEFORE)


# 「2023年9月の作戦。前年には…」「翌年には」: the year before or after the last year written
# (前年 with no year written before is the year before publication, like 昨年)
_JA_NEXT_PRIOR = re.compile(
    rf"(?P<rel>前年|翌年|前月|翌月)(?:(?P<month>{_NUM})月(?:(?P<day>{_NUM})日)?)?(?:の?(?P<part>上旬|中旬|下旬|初め|初旬|はじめ|初頭|末|暮れ|前半|後半|上半期|下半期))?"
)


_NEXT_PRIOR_WORDS = ("前年", "翌年", "前月", "翌月")
_COMPARED = re.compile(
    r"(?:比|同期|同月比|並み|の水準|を上回|を下回|の(?:約|およそ)?[0-9０-９一二三四五六七八九十百千万数]+(?:倍|割|%|％))"
)


def _relative_to_written(text: str, out: list[DateMention]) -> list[DateMention]:
    for m in _JA_NEXT_PRIOR.finditer(text):
        before = [d for d in out if d.end <= m.start() and d.iso and not d.text.startswith(_NEXT_PRIOR_WORDS)]
        own = [d for d in out if d.start == m.start()]
        if _COMPARED.match(text, m.end()):  # 「前年比」「前年の数倍」: a comparison, not a time
            out = [d for d in out if d not in own]
            continue
        if not before:
            continue
        last = max(before, key=lambda d: d.end)
        # (翌年, 翌月 and 前月 always count from a time written, across a paragraph too: 「…10月に供与を
        # 発表した。\n翌月、…引き渡した」; 前年 opening a paragraph may be the year before publication)
        if m["rel"] == "前年" and "\n" in text[last.end : m.start()]:
            continue
        if m["rel"] in ("前月", "翌月"):  # 「2023年9月に契約し、翌月に引き渡した」: a month from the one written
            told = last.iso or ""
            if len(told) < 7 or m["month"]:
                continue
            y, mo = _shift_month(dt.date(int(told[:4]), int(told[5:7]), 1), -1 if m["rel"] == "前月" else 1)
            iso = _iso(y, mo, _n(m["day"]))
        else:
            year = int((last.iso or "")[:4]) + (-1 if m["rel"] == "前年" else 1)
            month = _n(m["month"]) or (None if m["day"] else _YEAR_PART.get(m["part"] or ""))
            iso = _iso(year, month, _n(m["day"]))
        out = [d for d in out if d not in own and not m.start() <= d.start < m.end()]
        out.append(DateMention(m.start(), m.end(), m.group(), iso))
    return out


# a month (and day) written with no year: 「7月下旬」「2月26日」 (not 「2022年7月」, 「昨年7月」, 「同年7月」)
_BARE_MONTH = re.compile(rf"(?:{_NUM})月")


def _narrative_years(out: list[DateMention], pub: dt.date | None, text: str = "") -> list[DateMention]:
    """「2022年2月の侵攻の当初…。4月には…を決めた。7月下旬に届いた」: a bare month in a story told of
    a past year is of the year written last before it, not the one a bare month takes from the
    publication date. A month that says its year (2023年5月, 昨年3月, 同年4月, 先月) sets the story's
    year; a year alone (「2016年の戦闘で」) is background and sets none. The story holds while its
    dates follow each other closely. A sentence told in the perfect (「英国は昨年5月に…公表している。」)
    is an aside about the past and starts no story: 「カナダは3月、…」 after it is news of this year.
    Nor does a story outlive a year of now or ahead told after it (「来年にも引き渡される」)."""
    if pub is None:
        return out
    story: int | None = None
    story_month = last = 0
    result = []
    for d in out:
        iso = d.iso or ""
        if not iso or d.statement or _said_day(d.text):
            result.append(d)
            continue
        if _BARE_MONTH.match(d.text) is not None:
            turned = _TOPIC_TURN.search(text, max(0, d.start - 40), d.start) is not None
            turned = turned or _PARAGRAPH_TURN.search(text, last, d.start) is not None
            if story is not None and story < pub.year and d.start - last <= _STORY_REACH and not turned:
                # (a month earlier than the story's last one is of the year after: 「11月に契約し、8月に届いた」)
                # (but not one told as before: 「侵攻前の1月には」「その直前の12月」)
                before = _BEFORE_MONTH.search(text, max(0, d.start - 6), d.start) is not None
                month = int(iso[5:7])
                if before:
                    year = story - 1 if month > story_month else story
                else:
                    year = story + 1 if month < story_month and story + 1 <= pub.year else story
                d = replace(d, iso=f"{year:04d}{iso[4:]}")
                last = d.end
        elif len(iso) >= 7 and not _perfect_aside(text, d.end):
            story, story_month, last = int(iso[:4]), int(iso[5:7]), d.end
        elif int(iso[:4]) >= pub.year or (story is not None and int(iso[:4]) > story):
            # (「…昨年4月に進水し、来年にも引き渡される。…6月、」: a year of now or ahead brings the
            # telling back to the present, so a bare month after it is of the publication's year; so
            # does a later year told alone, 「2022年8月に…。次に昨年にかけては…。9月、」: the story
            # has moved on from its year)
            story = None
        result.append(d)
    return result


# 「今月3日」「先月20日」: the day something was said, mostly; it neither sets nor breaks a story
_THIS_MONTH_DAY = re.compile(rf"(?:今月|先月)(?:{_NUM})日")


def _said_day(told: str) -> bool:
    """Whether a date is a day told without its month or year (「12日」「今月3日」「火曜日」), mostly
    the day something was said: it neither sets nor breaks a story."""
    return bool(_JA_DAY_ONLY.fullmatch(told) or _THIS_MONTH_DAY.fullmatch(told) or "曜" in told)


_STORY_REACH = 300  # characters from one date of a story to the next
_BEFORE_MONTH = re.compile(r"(?:前|以前|直前)の?$")
# 「一方、オーストラリア政府は8月、…」: a sentence turning to another matter leaves the story told before
_TOPIC_TURN = re.compile(r"(?:^|[。\n])(?:一方|他方)、[^。\n]*$")
# 「…2020年6月に購入した無人機は…。\n対するアルメニアは…。仏国防省は6月、」: a paragraph that opens by
# turning to the other side leaves the story of the one before
_PARAGRAPH_TURN = re.compile(r"\n[ \u3000]*(?:一方|他方|対する|これに対し|対照的に)")
_ASIDE_END = re.compile(r"(?:ている|ています|てきた|ておく)$")


def _perfect_aside(text: str, pos: int) -> bool:
    """Whether the sentence around ``pos`` ends in the perfect (〜している): background, not the story."""
    stop = text.find("。", pos)
    return stop >= 0 and "\n" not in text[pos:stop] and _ASIDE_END.search(text, pos, stop) is not None


# what tells an act still ahead: a plan, a forecast, or a verb's non-past at the end
_AHEAD = re.compile(
    r"予定|計画|見通し|見込み|方針|方向|意向|目指|へ(?:[。、]|$)|(?:する|される|ます|れる)(?:[。」]|$)|までに"
)


# what tells an act planned for a coming month, not one done: 「9月に引き渡す予定だ」「9月に送る計画」
# (not a plan told in the past, 「9月に引き渡す予定だった」, nor 「9月までに送った」)
_PLANNED = re.compile(r"(?:予定|計画|見通し|見込み|方針|意向|目指)(?!だった|でした|であった|していた)")


def _rest(text: str, start: int) -> str:
    """The rest of the sentence from `start`."""
    stop = text.find("。", start)
    return text[start : len(text) if stop < 0 else stop + 1]


def _decade(text: str, at: int, year: int) -> tuple[int, int] | None:
    """Where a decade written at `at` ends and the year its part begins in: 「2010年代後半」 is
    2015, 「1990年代」 1990; none when 年 is not followed by 代 or the year is not a decade's."""
    m = _JA_DECADE_PART.match(text, at)
    if m is None or year % 10:
        return None
    return m.end(), year + _DECADE_PART.get(m["part"] or "", 0)


def _n(s: str | None) -> int | None:
    if not s:
        return None
    v = parse_ja_number(unicodedata.normalize("NFKC", s))
    return None if v is None else int(v)


# a date in a translation's or a blog's foreign form: 「9月9日、2024年に」 (September 9, 2024),
# 「2024/9/9」「2024.9.9」, and a month 「2024/9」 (not a decimal figure, 「2024.5億ドル」)
_JA_TRANSLATED = (
    re.compile(rf"(?P<month>{_NUM})月(?P<day>{_NUM})日[、,][ \u3000]?(?P<year>[0-9０-９]{{4}})年"),
    re.compile(
        r"(?<![0-9０-９./／])(?P<year>(?:19|20)[0-9]{2})(?P<sep>[/／.])(?P<month>[0-9]{1,2})(?P=sep)"
        r"(?P<day>[0-9]{1,2})(?![0-9０-９.])"
    ),
    re.compile(r"(?<![0-9０-９./／])(?P<year>(?:19|20)[0-9]{2})[/／](?P<month>[0-9]{1,2})(?![0-9０-９./／])"),
)


def _fiscal_year(pub: dt.date, shift: int, part: str | None) -> str | None:
    """A Japanese fiscal year told from the publication date, which runs from April to March: its
    start, as a period's date is (「今年度」 told in February 2025 is the year from April 2024, so
    2024; 「来年度」 then is 2025), or its last month for its end (「今年度末」: March 2025)."""
    year = (pub.year if pub.month >= 4 else pub.year - 1) + shift
    if part in ("末", "暮れ"):
        return _iso(year + 1, 3)
    return _iso(year)


def _next_new_year(text: str, at: int, pub: dt.date) -> bool:
    """Whether the new year told at `at` is the coming one: told in the second half of a year of an
    act still ahead (「年明けにも引き渡される見通しだ」 in October is next January)."""
    return pub.month >= 7 and _AHEAD.search(_rest(text, at)) is not None


def _find_ja(text: str, pub: dt.date | None) -> list[DateMention]:
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for m in _JA_REL.finditer(text):
        rel, month, day = m["rel"], _n(m["month"]), _n(m["day"]) or _n(m["mday"])
        iso: str | None = None
        if pub is not None:
            if rel in ("先月", "今月", "来月", "先々月"):
                y, mo = _shift_month(pub, {"先々月": -2, "先月": -1, "今月": 0, "来月": 1}[rel])
                iso = _iso(y, mo, day)
            elif rel in ("先週", "今週", "来週"):
                iso = _week_month(pub, {"先週": -1, "今週": 0, "来週": 1}[rel])
            elif rel in ("昨日", "きのう"):
                iso = (pub - dt.timedelta(days=1)).isoformat()
            elif rel in ("今日", "本日"):
                iso = pub.isoformat()
            elif rel in ("年内", "今年中"):  # 「年内に引き渡す」: by the end of this year
                iso = _iso(pub.year)
            elif rel == "月内":  # 「月内にも届く」: by the end of this month
                iso = _iso(pub.year, pub.month)
            elif rel in ("年明け", "年初", "年頭"):  # 「年明けに届いた」: the first month of this year
                iso = _iso(pub.year + _next_new_year(text, m.end(), pub), 1)
            elif len(rel) == 1:  # 「夏までに」: this year's, or next year's once it is over
                iso = _iso(pub.year + (pub.month > _SEASON_END[rel]))
            elif rel[-1] in "春夏秋冬":  # 昨秋, 今春, この夏: a season is of that year
                iso = _iso(pub.year + {"昨": -1, "今": 0, "来": 1, "こ": 0}[rel[0]])
            else:
                shift = {
                    "昨年": -1,
                    "去年": -1,
                    "前年": -1,
                    "一昨年": -2,
                    "おととし": -2,
                    "今年": 0,
                    "ことし": 0,
                    "本年": 0,
                    "来年": 1,
                }[rel]
                if m["fy"] and shift == 0 and text.startswith(("中", "内"), m.end()):
                    iso = _iso(pub.year)  # 「今年度中に」: what is left of this fiscal year, from now
                elif m["fy"]:
                    iso = _fiscal_year(pub, shift, m["part"])
                else:
                    if month is None and day is None:
                        month = _YEAR_PART.get(m["part"] or "")
                    iso = _iso(pub.year + shift, month, day)
        out.append(DateMention(m.start(), m.end(), m.group(), iso))
        taken.append(m.span())
    for m in (m for pattern in _JA_TRANSLATED for m in pattern.finditer(text)):
        if any(s <= m.start() < e for s, e in taken) or not 1 <= int(_n(m["month"]) or 0) <= 12:
            continue
        day = _n(m.groupdict().get("day"))
        out.append(DateMention(m.start(), m.end(), m.group(), _iso(_n(m["year"]), _n(m["month"]), day)))
        taken.append(m.span())
    for m in _JA_ABS.finditer(text):
        if m.end() == m.start() or not (m["year"] or m["eyear"] or m["month"]):
            continue
        if any(s <= m.start() < e for s, e in taken):
            continue
        year: int | None
        if m["era"]:
            ey = 1 if m["eyear"] == "元" else _n(m["eyear"])
            year = ERAS[m["era"]] + ey if ey is not None else None
        else:
            year = _full_year(_n(m["year"]) or 0, pub) if m["year"] else None
        month, day = _n(m["month"]), _n(m["day"])
        if year is not None and m["year"] and not (m["month"] or m["part"]):
            decade = _decade(text, m.end(), year)
            if decade is not None:
                out.append(DateMention(m.start(), decade[0], text[m.start() : decade[0]], _iso(decade[1])))
                taken.append((m.start(), decade[0]))
                continue
        if month is None and year is not None:
            month = _YEAR_PART.get(m["part"] or "")
        if (
            m["year"]
            and not m["month"]
            and not m["part"]
            and re.match(r"[0-9０-９]{2}年", m.group())
            and not _short_year(text, m, pub)
        ):
            continue  # "25年" alone is more often a count of years than a year (「22年初め」 is a date)
        if year is None and month is not None:
            year = _year_for_month(month, pub)
            # 「2月に到着した」 told in January: the month after publication is of last year unless
            # the sentence tells a plan (「2月に引き渡す予定」)
            if pub is not None and year == pub.year and month > pub.month and not _AHEAD.search(_rest(text, m.end())):
                year -= 1
            # 「9月に送る計画だ」 told in March: a month further ahead in a plan is of this year
            elif (
                pub is not None
                and year is not None
                and year < pub.year
                and month > pub.month
                and _PLANNED.search(_rest(text, m.end()))
            ):
                year = pub.year
        out.append(DateMention(m.start(), m.end(), m.group(), _iso(year, month, day)))
        taken.append(m.span())
    for m in _JA_DAY_ONLY.finditer(text):
        if any(s <= m.start() < e for s, e in taken) or pub is None:
            continue
        day = _n(m["day"])
        if day is None or not 1 <= day <= 31:
            continue
        y, mo = (pub.year, pub.month) if day <= pub.day else _shift_month(pub, -1)
        out.append(DateMention(m.start(), m.end(), m.group(), _iso(y, mo, day)))
    days = _ja_weekdays(text, pub, taken)
    out = [d for d in out if not any(w.start <= d.start < w.end for w in days)] + days  # (先週 of 先週の金曜日)
    out = _narrative_years(sorted(out, key=lambda d: d.start), pub, text)
    # 「同年12月」「同月」: the year (and month) of the last date written before
    for m in _JA_SAME.finditer(text):
        if any(d.start <= m.start() < d.end for d in out):
            continue
        out = [d for d in out if not m.start() <= d.start < m.end()]  # 「12月」 of 「同年12月」
        before = [d for d in out if d.end <= m.start() and d.iso]
        if m["unit"] == "日":
            # (「10日、…と述べた。今夏中にも…見通しだ。同じ日、…」: the same day is the last day told,
            # past a season or year told since)
            before = [d for d in before if len(d.iso or "") == 10] or before
        if not before:
            continue
        last = max(before, key=lambda d: d.end).iso or ""
        year = int(last[:4])
        if m["unit"] == "年":  # (「同年末」: its last month)
            iso = _iso(year, _n(m["month"]) or (12 if m["part"] and not m["day"] else None), _n(m["day"]))
        elif m["unit"] == "日":  # 「同日」「同じ日」: the very date written before
            if m["month"] or m["day"]:
                continue
            iso = last
        else:
            iso = _iso(year, int(last[5:7]), _n(m["day"])) if len(last) >= 7 else None
        out.append(DateMention(m.start(), m.end(), m.group(), iso))
    # 「同じ時期に」「同時期に」: the time of the last date written before
    for m in _JA_SAME_TIME.finditer(text):
        earlier = [d for d in out if d.end <= m.start() and d.iso]
        if earlier:
            told = max(earlier, key=lambda d: d.end)
            out.append(DateMention(m.start(), m.end(), m.group(), told.iso))
        elif m.group().endswith("期間"):
            # (「2020～24年の…。同じ期間の」: a span of years is read only later, see `_same_span`)
            out.append(DateMention(m.start(), m.end(), m.group(), None))
    for m in itertools.chain(_JA_THEN.finditer(text), _JA_FIRST_YEAR.finditer(text)):
        earlier = [d for d in out if d.end <= m.start() and d.iso and not d.statement]
        if earlier and m.start() - max(d.end for d in earlier) <= 200:
            then = max(earlier, key=lambda d: d.end).iso or ""
            out.append(DateMention(m.start(), m.end(), m.group(), then[:4] if m.re is _JA_FIRST_YEAR else then))
    out = _relative_to_written(text, sorted(out, key=lambda d: d.start))
    out = _narrative_years(out, pub, text)
    out = _spans(text, out, pub)
    out = _same_span(out)
    # A period "AからBにかけて/まで": the transfer date is its start.
    for d in out:
        # (a season between keeps the period: 「2023年秋以降」 starts in that year)
        tail = text[d.end : d.end + 4].lstrip("春夏秋冬")
        # (and so does a part of the year or month: 「2023年半ばから昨年にかけて」「3月下旬から」)
        part = _PART_BEFORE_SPAN.match(text, d.end)
        tail = text[part.end() : part.end() + 4] if part is not None else tail
        # (「2026年と2027年に引き渡す」: a list of times starts with its first)
        listed = tail.startswith("と") and any(e.start == d.end + 1 for e in out)
        if tail.startswith(("から", "以降", "以来", "～", "〜", "~")) or listed:
            object.__setattr__(d, "range_start", True)
        elif d.iso and len(d.iso) == 7 and _EARLY_IN_YEAR.search(d.text):
            object.__setattr__(d, "iso", d.iso[:4])
        # 「昨年11月の時点で…送ったとの分析」: a tally as of a month says only the year of the deeds
        if _AS_OF.match(text, d.end) and d.iso:
            object.__setattr__(d, "iso", d.iso[:4])
        # wire style 「国防省は12日、…と発表した」: a bare day after the speaker dates the statement
        # (「局長は2月28日、」: so does a day with its month, said the month before the story ran)
        bare_day: object = re.fullmatch(rf"(?:(?:{_NUM})月)?(?:{_NUM})日", d.text) or _JA_WEEKDAY.fullmatch(d.text)
        # (「兵庫県警は今月、…を輸出した疑いで社長を逮捕した」: the month of a penalty told after its
        # doer dates the penalty alone, as its day would)
        # (「昨年末、EUは…を供給した中国企業を制裁対象に加えた」: so does a month opening the sentence;
        # a year, 「同じ年、財務省は…として制裁対象に加えた」, spans the act charged as well)
        opening = (
            text[max(0, d.start - 1) : d.start] in ("", "\n", "。")
            and text.startswith("、", d.end)
            and len(d.iso or "") >= 7
        )
        # (「神奈川県警は昨年末、…輸出しようとしたとして…を逮捕した」: and any month right after the police
        # or a court, set off by a comma, when what they did is an arrest, a charge or a sentence; a
        # year alone, 「県警は2024年、」, still spans the act charged)
        after_doer = (
            text[max(0, d.start - 1) : d.start] in ("は", "が")
            and text.startswith("、", d.end)
            and len(d.iso or "") >= 7
            and _CASE_STEP_TOLD.search(text, d.end, _sentence_end(text, d.end)) is not None
        )
        bare_day = (
            bare_day
            or after_doer
            or (
                (d.text in ("今月", "先月") or opening)
                and PENALTY_TOLD.search(text, d.end, _sentence_end(text, d.end)) is not None
            )
        )
        if (
            _STATEMENT_DATE.match(text, d.end)
            # (「米中央軍も16日、…と非難した」: a second speaker told with も)
            and (text[max(0, d.start - 1) : d.start] in ("は", "が", "も", "、", "") or opening)
            and bare_day
            and _TELLING.search(text, d.end, _sentence_end(text, d.end))
        ):
            object.__setattr__(d, "statement", True)
        # 「【新華社ビシケク8月26日】」: the day of a wire dateline is the day the story was filed
        if _in_dateline(text, d):
            object.__setattr__(d, "statement", True)
        # 「…と、韓国政府消息筋が11日明らかにした」: the day told right before the verb of telling that
        # closes the sentence dates the telling too, as it does the report that opens one (「これは防衛省が
        # 14日に明らかにしたもので、」)
        if (
            bare_day
            and text[max(0, d.start - 1) : d.start] in ("は", "が", "も")
            and _TOLD_ON_THE_DAY.match(text, d.end)
        ):
            object.__setattr__(d, "statement", True)
    # 「今年2月の報告書で、…を調達しているとの見方を示した」: the date of a report dates no act it tells
    out = [d for d in out if not _DATED_REPORT.match(text, d.end)]
    return sorted(out, key=lambda d: d.start)


# a part of a year or month right after a date, before the word that opens a span (「2023年半ばから」)
_PART_BEFORE_SPAN = re.compile(
    r"の?(?:半ば|中頃|中ごろ|初め|初頭|前半|後半|末|上旬|中旬|下旬|頃|ごろ)(?=から|以降|以来|～|〜|~)"
)


# the opening of a wire dateline before its date: 「【新華社ビシケク」「【モスクワ＝共同】」 (no verb in it)
_DATELINE_OPEN = re.compile(r"【[^】。、「」]{0,16}$")


# a translated agency's dateline: a place at the start of a line, then the date, then the agency
# (「バマコ、2月17日。/タス/。」「ポートスーダン、6月2日 - RIAノーボスチ。」)
_DATELINE_PLACE = re.compile(r"(?:^|\n)[ \u3000]*[ァ-ヺー・一-龯]{2,12}、$")
_DATELINE_AGENCY = re.compile(r"[。、]?[ \u3000]*(?:[/／]|[-－—–][ \u3000])")


def _in_dateline(text: str, d: DateMention) -> bool:
    """Whether date `d` stands in a wire dateline (「【新華社ネピドー12月19日】」「バマコ、2月17日。/タス/。」),
    which dates the filing of the story, not what the story tells."""
    if _DATELINE_OPEN.search(text, max(0, d.start - 16), d.start) is not None and text.startswith("】", d.end):
        return True
    placed = _DATELINE_PLACE.search(text, max(0, d.start - 16), d.start) is not None
    return placed and _DATELINE_AGENCY.match(text, d.end) is not None


_DASH = r"[ \u3000]?[～〜~\-－–][ \u3000]?"
# 「2019～21年」「2019-2021年」: a span of years written with one 年
_JA_YEAR_SPAN = re.compile(rf"(?<![0-9０-９])(?P<a>[0-9０-９]{{4}}){_DASH}(?:[0-9０-９]{{4}}|[0-9０-９]{{2}})年")
# 「3～5月」「2023年3～5月」: a span of months written with one 月
_JA_MONTH_SPAN = re.compile(
    rf"(?:(?P<year>[0-9０-９]{{4}}|[0-9０-９]{{2}})年)?(?<![0-9０-９])(?P<a>[0-9０-９]{{1,2}}){_DASH}(?P<b>[0-9０-９]{{1,2}})月"
)


def _same_span(out: list[DateMention]) -> list[DateMention]:
    """「2025年1～9月に…。同じ期間に」: the span told again starts where the span before it started
    (read once the spans are whole)."""
    fixed: list[DateMention] = []
    for d in out:
        if d.text.endswith("期間") and _JA_SAME_TIME.fullmatch(d.text):
            spans = [x for x in fixed if x.range_start and x.iso]
            if spans:
                d = replace(d, iso=spans[-1].iso)
            elif d.iso is None:
                continue  # (no time told before it to be the same as)
        fixed.append(d)
    return fixed


def _spans(text: str, out: list[DateMention], pub: dt.date | None) -> list[DateMention]:
    """「2019～21年に引き渡された」「3～5月に届いた」: a span whose first end is written without its
    unit starts at that first end (the date read is only the span's last end)."""
    for m in itertools.chain(_JA_YEAR_SPAN.finditer(text), _JA_MONTH_SPAN.finditer(text)):
        inside = [d for d in out if m.start() <= d.start < m.end()]
        last = next((d for d in inside if d.end == m.end() and d.iso), None)
        # (「2020～24年の」: a span of years starting with four figures is a time even where its
        # two-figure end alone, 「24年の」, would be read as a count of years)
        years = "b" not in m.re.groupindex
        if (last is None and not years) or any(d.start < m.start() < d.end for d in out):
            continue
        first = _n(m["a"]) or 0
        if years:  # a span of years
            iso = _iso(first)
        elif m["year"]:
            iso = _iso(_full_year(_n(m["year"]) or 0, pub), first)
        elif last is not None:  # (「11～2月」: a span over the new year starts the year before)
            year = int((last.iso or "")[:4])
            iso = _iso(year - 1 if first > (_n(m["b"]) or 0) else year, first)
        else:
            continue
        if iso is None:
            continue
        out = [d for d in out if d not in inside] + [DateMention(m.start(), m.end(), m.group(), iso, True)]
    return sorted(out, key=lambda d: d.start)


def _ja_weekdays(text: str, pub: dt.date | None, taken: list[tuple[int, int]]) -> list[DateMention]:
    """「ロシア国防省は火曜日、…と発表した」: a weekday is the latest such day on or before the
    publication (a week before that with 先週の)."""
    if pub is None or "曜" not in text:
        return []
    out = []
    for m in _JA_WEEKDAY.finditer(text):
        if any(s <= m.start("wd") < e for s, e in taken):
            continue
        back = (pub.weekday() - _JA_WEEKDAYS.index(m["wd"])) % 7 + (7 if m["last"] else 0)
        out.append(DateMention(m.start(), m.end(), m.group(), (pub - dt.timedelta(days=back)).isoformat()))
    return out


def _sentence_end(text: str, at: int) -> int:
    ends = [i for i in (text.find("。", at), text.find("\n", at)) if i >= 0]
    return min(ends) + 1 if ends else len(text)


# a sentence telling what is yet to come ("will deliver in December", "due in January")
_EN_AHEAD = re.compile(
    r"\b(?:will|would|shall|plans?|planned|planning|intends?|expected|expects?|scheduled|due|set to|slated|aims?"
    r"|is to|are to|to be (?:delivered|sent|shipped)|next|upcoming|coming|by (?:the end of )?(?:early |mid-?|late )?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\b",
    re.I,
)


def _en_sentence(text: str, at: int) -> str:
    """The sentence around `at` (from the last full stop before it to the next one)."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    return text[start : min(ends) + 1 if ends else len(text)]


# where a sentence joins two deeds: "Paraguay inked a deal in December ..., while Manila will get"
# (and a relative clause on the goods telling a deed of its own: "..., the first of which will arrive
# in May", "..., which will be delivered next year")
_EN_CLAUSE_BREAK = re.compile(r",\s+(?:while|whereas|but|although|though|(?:[\w ]{1,20}\s+of\s+)?which)\b|;")


def _en_clause(text: str, at: int) -> str:
    """The clause around `at` within its sentence: "Paraguay inked a deal in December" told beside
    ", while the air force will get more planes" is a past deed, dated last December."""
    sentence = _en_sentence(text, at)
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    rel = at - start
    cuts = [m.start() for m in _EN_CLAUSE_BREAK.finditer(sentence)]
    lo = max((c for c in cuts if c < rel), default=0)
    hi = min((c for c in cuts if c >= rel), default=len(sentence))
    return sentence[lo:hi]


# a deed told as still to come by its own verb (not "plans", "would", which a past report tells too)
_EN_WILL_COME = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|expected|scheduled|set|slated)\s+to|(?:is|are)\s+to|(?:is|are)\s+due)\b",
    re.I,
)


def _en_still_ahead(month: int, pub: dt.date, text: str, at: int) -> bool:
    """A month or season later this year in a sentence telling what is yet to come: this year's,
    not last year's ("will send M577 carriers in the spring", "will deliver tanks in June", told
    in February)."""
    return month > pub.month and bool(_EN_WILL_COME.search(_en_clause(text, at)))


_EN_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# the month named on an event: "President Trump's May tour of the Gulf", "a May summit" (the
# modal is never capitalised mid-sentence nor followed by such a noun)
_MAY_EVENT = re.compile(r"May\s+(?:tour|visit|trip|summit|meeting|talks|deal|agreement|contract|parade|offensive)\b")
_MAY_FRAME = re.compile(r"\b(?:in|since|until|by|from|early|mid|late|of|during|last|this|next)\s+$", re.I)
_EN_SEASON_PART = {"early": 0, "mid": 1, "late": 2}
_EN_HALF = {"first half": 1, "second half": 7, "first quarter": 1, "second quarter": 4, "third quarter": 7,
            "fourth quarter": 10, "last quarter": 10}  # fmt: skip
_EN_START = re.compile(r"(?:since|from|between)\s+$|\b(?:began|begun|begin|begins|started|start|starts)\s+(?:in\s+)?$")
# a period's opening word with the hedge legal and research prose sets before its first date
# ("from in or around April 2023 through ...", "between in or about May 2022 and ...",
# "since at least March 2023"): the date after it starts the period all the same
_EN_OPEN_HEDGED = re.compile(
    r"\b(?:since|from|between)\s+(?:in\s+or\s+(?:around|about)|at\s+least|approximately|around|about)\s+$", re.I
)
_EN_PATTERNS = [
    # "by the end of the year", "before the end of this year", "by year-end": a deadline, dated by its
    # year alone
    re.compile(
        r"\b(?:by|before|until|till)\s+(?:the\s+end\s+of\s+(?:the|this)\s+(?P<deadline>year)\b"
        r"|(?P<deadline_b>year[- ]end|the\s+year'?s\s+end)\b)",
        re.I,
    ),
    # "over the past year", "in the last six months": a period reaching back from now, its start
    re.compile(
        r"\b(?:over|in|during|within|for|throughout)\s+the\s+(?:past|last|previous)\s+"
        r"(?:(?P<pn>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|several|few)\s+)?"
        r"(?P<punit>years?|months?)\b",
        re.I,
    ),
    # "in August last year", "in March this year": the month of a year told relative to now
    # ("in April of last year", "the spring of last year": a month or season of that year; "on
    # 6 February this year", "on January 20 last year": that day of it)
    re.compile(
        rf"\b(?:the\s+)?(?:(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
        rf"(?P<m4>{_EN_MONTH}|spring|summer|autumn|fall|winter)(?:\s+(?P<d5>\d{{1,2}})(?:st|nd|rd|th)?\b,?)?"
        r"\s+(?:of\s+)?(?P<yrel2>last|this|next)\s+year\b",
        re.I,
    ),
    # "the first half of 2023", "the third quarter of 2024"; "the first half of the year", "the second
    # half of last year": of the year told as of the publication
    re.compile(
        r"\b(?P<half>first half|second half|first quarter|second quarter|third quarter|fourth quarter|last quarter)"
        r"\s+of\s+(?:(?P<hyear>(?:19|20)\d{2})\b|(?P<hrel>the|this|last|next)\s+year\b)",
        re.I,
    ),
    # "in the first quarter", "during the second half": of the latest such part of a year begun by
    # the publication
    re.compile(
        r"\b(?:in|during|over|for)\s+the\s+(?P<qhalf>first half|second half|first quarter|second quarter|third quarter"
        r"|fourth quarter)\b(?!\s+of\b)",
        re.I,
    ),
    # March 26, 2022 / March 26 / 26 March 2022 / March 2022 / early April
    re.compile(
        rf"\b(?:(?P<part>early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of)[- ])?"
        rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_EN_MONTH})"
        rf"|(?P<m2>{_EN_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b|(?P<m3>{_EN_MONTH}))"
        r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?\b",
    ),
    re.compile(
        # ("in the current year", translated "in current year": this year)
        r"\b(?P<rel>last|this|next|earlier this|later this|past|previous|(?:the\s+)?current)\s+"
        r"(?P<unit>week|month|year|spring|summer|autumn|fall|winter)\b",
        re.I,
    ),
    # "in the summer of 2022", "since late summer 2024", "since the summer"
    re.compile(
        r"\b(?:(?P<ctx>in|during|since|from|until|by|over|through|the)\s+)?(?:the\s+)?"
        r"(?:(?P<spart>early|mid|late)[- ])?(?P<season>spring|summer|autumn|fall|winter)"
        r"(?:(?:\s+of)?\s+(?P<syear>(?:19|20)\d{2}))?\b",
        re.I,
    ),
    re.compile(r"\b(?P<yrel>yesterday|today)\b", re.I),
    # "arrived at the weekend", "over the weekend", "last weekend": the Saturday before the report
    re.compile(r"\b(?:(?:at|over|during)\s+the|last)\s+(?P<weekend>weekend)\b", re.I),
    # "on Sunday", and with the part of the day it names, "on Sunday night": the whole phrase is the
    # date, so the parse's head of it ("night") is inside it and the date hangs on the verb
    re.compile(
        r"\b[Oo]n\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        r"(?:\s+(?:night|morning|afternoon|evening)\b)?"
    ),
    # "said on the 12th", "was announced on the 1st that": a day of the month alone, as Korean and
    # Japanese news (12일, 12日) and their translations date what was said this month (not "on the 2nd
    # floor", "on the 5th anniversary": a noun after it)
    re.compile(
        r"\b[Oo]n\s+the\s+(?P<onday>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
        r"(?=\s*(?:[,.;:)]|$|(?:that|in|at|and|when|after|to|with|from|for|as|local)\b))"
    ),
    # "on 2024-03-02": a date written the ISO way
    re.compile(r"\b(?P<iy>(?:19|20)\d{2})-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b"),
    re.compile(r"\b(?P<byear>(?:19|20)\d{2})\b(?![-–]\d)"),
    # "in the 1990s", "in the early 2000s": a decade, as a period, starts in its first year
    re.compile(r"\b(?:(?:the\s+)?early[- ])?(?P<decade>(?:19|20)\d0)['’]?s\b"),
]


# a page's date label opening a line: "date 2022-12-22", "Published: 2024-05-03"
_HEADER_LABEL_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:date|published|updated|posted)[ \t]*(?:on[ \t]*)?[:：]?[ \t]*$", re.I
)
_EN_THE = re.compile(r"\bthe\s+$", re.I)
_EN_OF = re.compile(r"\s+of\b")
_EN_OPENED_EARLY = re.compile(
    r"\b(?:since|from|between)\s+(?:(?:the\s+)?(?:start|beginning|outset)\s+of|early)\s+$", re.I
)
_EN_LAST_MONTH = re.compile(r"\blast\s+$", re.I)  # "last June": a month told back from now


def _find_en(text: str, pub: dt.date | None) -> list[DateMention]:
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _EN_PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            g = m.groupdict()
            iso: str | None = None
            if g.get("iy") and _HEADER_LABEL_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                taken.append(m.span())  # ("date 2022-12-22 North Korea …": the page's date, no news)
                continue
            if g.get("punit"):
                span = _past_span(g.get("pn"), g["punit"])
                if pub is None or span is None:
                    continue
                taken.append(m.span())
                start_year, start_month = _shift_month(pub, -span)
                # ("over the past three years": a span of several years starts in a year, no month of it)
                several = span >= 24 and g["punit"].lower().startswith("year")
                iso = _iso(start_year) if several else _iso(start_year, start_month)
                out.append(DateMention(m.start(), m.end(), m.group(), iso, range_start=True))
                continue
            if g.get("deadline") or g.get("deadline_b"):
                iso = _iso(pub.year) if pub is not None else None
            elif g.get("m4"):
                word = g["m4"].lower().rstrip(".")
                month = EN_MONTHS.get(word) or EN_SEASONS.get(word)
                if word in ("may", "march") and not g["m4"][0].isupper():
                    continue
                if pub is not None and month is not None:
                    day = int(g.get("d4") or g.get("d5") or 0) if word in EN_MONTHS else 0
                    told_year = pub.year + {"last": -1, "this": 0, "next": 1}[g["yrel2"].lower()]
                    iso = _iso(told_year, month, day or None)
            elif g.get("half"):
                year = int(g["hyear"]) if g.get("hyear") else _relative_year(g["hrel"], pub)
                iso = _iso(year, _EN_HALF[g["half"].lower()]) if year is not None else None
            elif g.get("qhalf"):
                month = _EN_HALF[g["qhalf"].lower()]
                iso = _iso(_year_for_month(month, pub), month)
            elif g.get("m1") or g.get("m2") or g.get("m3"):
                mname = (g.get("m1") or g.get("m2") or g.get("m3") or "").lower().rstrip(".")
                # "may" is mostly the modal verb; only "in May" counts
                if (
                    mname == "may"
                    and not (g.get("d1") or g.get("d2") or g.get("year"))
                    and not _MAY_FRAME.search(text[max(0, m.start() - 8) : m.start()])
                    and not _MAY_EVENT.match(text, m.start())
                ):
                    continue
                if mname == "march" and not (g.get("m1") or g.get("m2") or g.get("m3") or "M")[0].isupper():
                    continue
                month = EN_MONTHS.get(mname)
                day_s = g.get("d1") or g.get("d2")
                year = int(g["year"]) if g.get("year") else (_year_for_month(month, pub) if month else None)
                if (
                    not g.get("year")
                    and pub is not None
                    and month is not None
                    and _en_still_ahead(month, pub, text, m.start())
                ):
                    year = pub.year
                if (
                    not g.get("year")
                    and pub is not None
                    and month is not None
                    and year == pub.year
                    and month > pub.month
                    and not _EN_AHEAD.search(_en_clause(text, m.start()))
                ):
                    year -= 1  # "shells sent in December" told in November: last December
                # "last June" told in June: the June of the year before (the latest one before this month)
                if (
                    year is not None
                    and pub is not None
                    and month is not None
                    and not g.get("year")
                    and year == pub.year
                    and month >= pub.month
                    and _EN_LAST_MONTH.search(text, max(0, m.start() - 5), m.start())
                ):
                    year -= 1
                iso = _iso(year, month, int(day_s) if day_s else None)
            elif g.get("rel"):
                unit = g["unit"].lower()
                rel = g["rel"].lower()
                if rel == "previous" and _EN_THE.search(text, max(0, m.start() - 4), m.start()):
                    continue  # "the previous year": the year before the one told (`en_dates.spoken_dates`)
                # ("in the last week of May": a part of the month told after it)
                if (
                    rel == "last"
                    and _EN_THE.search(text, max(0, m.start() - 4), m.start())
                    and _EN_OF.match(text, m.end())
                ):
                    continue
                step = -1 if rel in ("last", "past", "previous") else 1 if rel == "next" else 0
                if pub is not None:
                    if unit == "week":
                        iso = _week_month(pub, step)
                    elif unit == "month":
                        iso = _iso(*_shift_month(pub, step))
                    elif unit == "year":
                        # "the end of last year", "the start of this year": its last or first month
                        edge = _EN_YEAR_EDGE.search(text, max(0, m.start() - 20), m.start())
                        iso = _iso(pub.year + step, (12 if edge["end"] else 1) if edge else None)
                    elif step < 0:
                        iso = _iso(_en_last_season_year(EN_SEASONS[unit], pub), EN_SEASONS[unit])
                    else:
                        year = pub.year + step if step else pub.year
                        iso = _iso(year, EN_SEASONS[unit])
            elif g.get("season"):
                iso = _en_season(m, text, pub)
                if iso is None and not g.get("syear"):
                    continue
            elif g.get("yrel"):
                if pub is not None:
                    delta = 1 if g["yrel"].lower() == "yesterday" else 0
                    iso = (pub - dt.timedelta(days=delta)).isoformat()
            elif g.get("weekend"):
                if pub is not None:
                    iso = (pub - dt.timedelta(days=(pub.weekday() - 5) % 7)).isoformat()
            elif g.get("weekday"):
                if pub is not None:
                    back = (pub.weekday() - EN_WEEKDAYS[g["weekday"].lower()]) % 7
                    iso = (pub - dt.timedelta(days=back)).isoformat()
            elif g.get("onday"):
                if pub is None:
                    continue
                # (a day after the publication's is last month's)
                year, month = (pub.year, pub.month) if int(g["onday"]) <= pub.day else _shift_month(pub, -1)
                iso = _iso(year, month, int(g["onday"]))
                if iso is None:
                    continue
            elif g.get("iy"):
                iso = _iso(int(g["iy"]), int(g["im"]), int(g["id"]))
            elif g.get("byear"):
                # "since early 2024", "from the start of 2023": a period opened early in a year starts
                # in its first month (a bare "early 2024" dates by the year alone)
                opened = _EN_OPENED_EARLY.search(text, max(0, m.start() - 30), m.start())
                iso = _iso(int(g["byear"]), 1 if opened else None)
            elif g.get("decade"):
                if re.search(r"\b(?:mid|late)[- ]$", text[max(0, m.start() - 5) : m.start()]):
                    continue  # "the late 1990s": no first year told
                iso = _iso(int(g["decade"]))
            else:
                continue
            taken.append(m.span())
            before = text[max(0, m.start() - 14) : m.start()].lower()
            start = (
                # ("between last September and February": the told-back month still opens the period)
                bool(re.search(r"(since|from|between)\s+(?:last\s+)?$", before))
                or (g.get("ctx") or "").lower() in ("since", "from")
                or bool(_EN_OPEN_HEDGED.search(text, max(0, m.start() - 30), m.start()))
            )
            s0 = m.start()
            if g.get("ctx"):  # "since the summer": the date is "the summer", "since" only frames it
                s0 = m.end("ctx") + len(text[m.end("ctx") : m.end()]) - len(text[m.end("ctx") : m.end()].lstrip())
            out.append(DateMention(s0, m.end(), text[s0 : m.end()], iso, range_start=start))
    return _year_from_range_end(sorted(out, key=lambda d: d.start), text)


_EN_SMALL = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "eighteen": 18,
}


def _relative_year(word: str, pub: dt.date | None) -> int | None:
    """The year "the year", "this year", "last year" or "next year" is, told as of `pub`: "in the first
    half of the year" is the publication's year."""
    if pub is None:
        return None
    return pub.year + {"last": -1, "next": 1}.get(word.lower(), 0)


def _past_span(n: str | None, unit: str) -> int | None:
    """Months back to the start of "the past year", "the last six months", "the past two years";
    "the past few months" says no length."""
    if n is None:
        count = 1
    elif n.isdigit():
        count = int(n)
    elif n.lower() in _EN_SMALL:
        count = _EN_SMALL[n.lower()]
    else:
        return None
    return count * 12 if unit.lower().startswith("year") else count


_EN_YEAR_EDGE = re.compile(r"(?:(?P<end>end|close)|start|beginning)\s+of\s+(?:the\s+)?$", re.I)
_EN_RANGE_LINK = re.compile(r"\s*(?:and|to|through|until|till|[-–—])\s*(?:(?:early|mid|late)[- ])?", re.I)
_EN_YEAR = re.compile(r"(?:19|20)\d{2}\b")


def _year_from_range_end(found: list[DateMention], text: str) -> list[DateMention]:
    """'between March and May 2023', 'from October to December 2022': the first month is of the
    year written at the end, not the year a bare month would take."""
    out = list(found)
    for k, (a, b) in enumerate(itertools.pairwise(found)):
        if a.iso is None or b.iso is None or _EN_YEAR.search(a.text) or not _EN_YEAR.search(b.text):
            continue
        if len(a.iso) < 7 or not _EN_RANGE_LINK.fullmatch(text, a.end, b.start):
            continue
        iso = b.iso[:4] + a.iso[4:]
        if iso > b.iso:
            iso = f"{int(b.iso[:4]) - 1:04d}" + a.iso[4:]  # "December to February 2023"
        out[k] = replace(a, iso=iso)
    return out


# "the fall of Kabul", "since the fall of the Assad government": "fall" followed by "of" and no
# year is a downfall, not the season ("the fall of 2023" keeps its year)
_EN_FALL_OF = re.compile(r"\s+of\s+(?!(?:19|20)\d{2}\b)")


def _en_last_season_year(first: int, pub: dt.date) -> int:
    """The year of "last summer": the latest such season over before the telling. Told in November
    2024, "last summer" is the summer of 2024; told in March 2025 or in July 2024 (a summer under
    way), the summer before; "last winter" told in March 2025 is the winter begun in December 2024."""
    if first == 12:
        return pub.year - 1 if pub.month >= 3 else pub.year - 2
    return pub.year if first + 2 < pub.month else pub.year - 1


def _en_season(m: re.Match[str], text: str, pub: dt.date | None) -> str | None:
    """A season: its first month when it starts a period ("since the autumn of 2022", "began in the
    summer of 2022") or is narrowed ("late summer 2024") or has no year; else only the year."""
    season = m["season"].lower()
    ctx = (m["ctx"] or "").lower()
    month = EN_SEASONS[season] + _EN_SEASON_PART.get((m["spart"] or "").lower(), 0)
    if month > 12:
        month -= 12
    if m["syear"]:
        year = int(m["syear"])
        start = ctx in ("since", "from") or bool(_EN_START.search(text[max(0, m.start() - 20) : m.start()].lower()))
        return _iso(year, month) if start or m["spart"] else _iso(year)
    if not ctx or ctx == "the" or pub is None:
        return None  # a bare "summer" (no year, no time preposition) is too loose to date
    if season == "fall" and _EN_FALL_OF.match(text, m.end()):
        return None  # "since the fall of the Assad government": a downfall, not autumn
    # ("will send another system in the autumn", told in July: this autumn, as a month to come is)
    ahead = _en_still_ahead(EN_SEASONS[season], pub, text, m.start())
    ahead = ahead or _EN_AHEAD.search(_en_clause(text, m.start())) is not None
    year = pub.year if EN_SEASONS[season] <= pub.month or ahead else pub.year - 1
    return _iso(year, month)


# Russia's full-scale invasion of Ukraine (24 February 2022) dates what the press tells by it:
# 「侵攻直後に送られた」, 「侵攻以降」, "since the full-scale invasion". "Before the invasion" dates nothing.
_INVASION_DAY = dt.date(2022, 2, 24)
_JA_INVASION = re.compile(
    r"(?:(?:ウクライナ)?(?:全面)?侵攻(?:開始|が始まって|を始めて|を開始して|して)?|(?P<war>戦争(?:開始|が始まって)|開戦))"
    r"(?P<rel>直後|後|以降|以来|から|の?当初|の?初期)"
)
_JA_SOON = re.compile(r"(?:間もな|まもな|程な|ほどな)")  # 「侵攻から間もなく」: soon after, not since
_EN_INVASION = re.compile(
    r"\b(?P<rel>since|after|following|in the wake of|soon after|shortly after)\s+(?:"
    r"(?:the\s+(?:start|beginning|outbreak)\s+of\s+)?"
    r"(?:(?:Russia|Moscow)(?:'s|’s)\s+|the\s+)(?:full[- ]scale\s+|large[- ]scale\s+|2022\s+)?invasion\b"
    # "since Russia invaded Ukraine", "since Moscow launched its full-scale invasion"
    r"|(?:Russia|Moscow)\s+(?:invaded\b|launched\s+(?:its|a|the)\s+(?:full[- ]scale\s+)?invasion\b)"
    # "since the start of the war", "since the war began" (read only beside Russia or Ukraine)
    r"|(?P<war>the\s+(?:start|beginning|outbreak)\s+of\s+(?:the|Russia(?:'s|’s))\s+war\b"
    r"|the\s+war(?:\s+in\s+Ukraine)?\s+(?:began|started|broke\s+out)\b))",
    re.I,
)
# "at the start of the war", "in the early months of Russia's invasion": the war's first days, its
# year ("from the outset of the war": since its month)
_EN_WAR_OPENING = re.compile(
    r"\b(?P<rel>at|from|in)\s+the\s+(?:very\s+)?"
    r"(?:start|outset|beginning|onset|(?:first|early|opening)\s+(?:days|weeks|months))\s+of\s+"
    r"(?:(?:(?:Russia|Moscow)(?:'s|’s)|the)\s+(?:full[- ]scale\s+)?invasion\b"
    r"|(?P<war>(?:the|Russia(?:'s|’s))\s+war)\b)",
    re.I,
)
# how near Russia or Ukraine must be named for "the war" to be theirs (「戦争開始以来」)
_WAR_REACH = 200


def _invasion(text: str, lang: str, pub: dt.date | None, found: list[DateMention]) -> list[DateMention]:
    if pub is not None and pub < _INVASION_DAY:
        return []
    about = ("ロシア", "ウクライナ") if lang == "ja" else ("Russia", "Ukrain")
    both = all(w in text for w in about)
    if not (both or about[1] in text):
        return []
    out = []
    told = (_JA_INVASION,) if lang == "ja" else (_EN_INVASION, _EN_WAR_OPENING)
    for m in itertools.chain.from_iterable(rx.finditer(text) for rx in told):
        if any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        # ("since the start of the war" far from Ukraine: another war, maybe)
        near = text[max(0, m.start() - _WAR_REACH) : m.end() + _WAR_REACH]
        if (about[1] not in near) if m["war"] else not both:
            continue
        soon = lang == "ja" and bool(_JA_SOON.match(text, m.end()))
        # 「侵攻から間もない2022年夏」: the date written right after is the one meant
        if soon and any(0 <= d.start - m.end() <= 8 for d in found):
            continue
        # 「侵攻直後の3月」: a month told with no year just after the invasion is of 2022
        for n, d in enumerate(found):
            bare_month = lang == "ja" and re.match(rf"(?:{_NUM})月", d.text) is not None
            if bare_month and 0 <= d.start - m.end() <= 6 and d.iso and int(d.iso[5:7] or 0) >= 2:
                found[n] = replace(d, iso="2022" + d.iso[4:])
        since = m["rel"].lower() in ("以降", "以来", "から", "since", "from") and not soon
        out.append(DateMention(m.start(), m.end(), m.group(), "2022-02" if since else "2022", range_start=since))
    return out


# "bought before the 1979 revolution", 「2014年以前に」: a bound says only that the act came
# earlier, not when; such a date dates nothing we record
_EN_BEFORE = re.compile(r"\b(?:before|prior\s+to|ahead\s+of)\s+(?:the\s+)?$", re.I)
_JA_BEFORE = re.compile(r"(?:以前|より前)")
# 「2023年10月7日の攻撃の前に」「2022年2月の侵攻前に」: the date of an event the act came before
# (「2023年9月の軍事作戦の直前にも」: right before it is the event's own month, as analysts date it)
_JA_BEFORE_EVENT = re.compile(r"の[一-龥ァ-ヶー]{1,8}の?(?:前|以前)(?:に|、|から|まで|には)")


def _bound(d: DateMention, text: str, lang: str) -> bool:
    if lang == "ja":
        return bool(_JA_BEFORE.match(text, d.end) or _JA_BEFORE_EVENT.match(text, d.end))
    return bool(_EN_BEFORE.search(text[max(0, d.start - 20) : d.start]))


# English: a month named without its year after a date that names one, in the same sentence ("signed
# in July 2022, and the first arrived in December"). The story goes on in the year it wrote; a month
# earlier than the written one is of the year after; a year alone ("pledged in 2023, said in May")
# starts none. (Japanese stories: `_narrative_years`.)
_EN_BARE_MONTH = re.compile(
    rf"(?:(?:early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of)[- ])?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN_MONTH}|{_EN_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?)",
    re.I,
)
_EN_WRITTEN_YEAR = re.compile(r"(?:19|20)\d{2}\b|\b(?:last|this|next) year\b", re.I)
_SENTENCE_END = re.compile(r"\n|[.!?](?:\s|$)")


_EN_FROM_NOW = re.compile(r"\b(?:last|this|next)\s+$", re.I)
# "..., a ministry spokesman said on 6 December": the day a source spoke, told from publication
_EN_SAID_ON = re.compile(r"\b(?:said|says|told\s+\w+|announced|added|stated|wrote)\s+(?:on|in)\s+$", re.I)


def _en_year_of_the_story(found: list[DateMention], text: str, pub: dt.date | None) -> list[DateMention]:
    out = list(found)
    for k, d in enumerate(found):
        if d.iso is None or len(d.iso) < 7 or not _EN_BARE_MONTH.fullmatch(d.text.strip()):
            continue
        if _EN_FROM_NOW.search(text, max(0, d.start - 6), d.start):
            continue  # "a contract signed last June": told from the day of publication
        if _EN_SAID_ON.search(text, max(0, d.start - 24), d.start):
            continue  # "signed in July 2022, a spokesman said on 6 December": the day of telling
        told = [
            e for e in out[:k]
            if e.iso and len(e.iso) >= 7 and not e.statement and _EN_WRITTEN_YEAR.search(e.text)
            and not _SENTENCE_END.search(text, e.end, d.start)
            and not _dated_aside(text, e)
        ]  # fmt: skip
        if not told and not (k and _dated_aside(text, out[k - 1])):
            told = _story_told_before(out[:k], d, text, pub)
        if not told:
            continue
        last = told[-1].iso or ""
        year, month = int(last[:4]), int(d.iso[5:7])
        if len(last) >= 7 and month < int(last[5:7]) and (pub is None or year < pub.year):
            year += 1
        out[k] = replace(d, iso=f"{year:04d}{d.iso[4:]}")
    return out


# ", registered in Bishkek in March 2023,", ", which was founded in May 2021,": a participle aside on a
# noun, dating that noun's own past (a firm's founding), not the story the bare months after it go on with
_EN_ASIDE_OPEN = re.compile(
    r",\s+(?:(?:which|that|who)\s+(?:was|were)\s+)?(?:[a-z]+(?:ed|en)|set|built|run|made|held|bought|sold|led)\b"
    r"[^,;.]*$"
)
_EN_ASIDE_CLOSE = re.compile(r"[^,;.]{0,12},")


def _dated_aside(text: str, e: DateMention) -> bool:
    """Whether date `e` sits in a participle aside set off by commas (", registered in ... in March 2023,")."""
    return bool(_EN_ASIDE_OPEN.search(text, max(0, e.start - 60), e.start)) and bool(_EN_ASIDE_CLOSE.match(text, e.end))


_EN_SAID_DAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b", re.I)
_EN_STORY_REACH = 300  # characters from the month and year of a story to a bare month that goes on with it


def _story_told_before(before: list[DateMention], d: DateMention, text: str, pub: dt.date | None) -> list[DateMention]:
    """ "Germany sent 1,000 anti-tank weapons in March 2022. In May, Berlin delivered seven howitzers":
    a bare month in the sentence after one dated by a month of a past year it writes out goes on
    in that story; the date just before must be that month, near, with no paragraph between. A
    year alone ("in 2022") is background and starts no story, nor does a date of this year."""
    # (the day it was said, "officials said on Tuesday", sets no story and breaks none)
    told = [e for e in before if not _EN_SAID_DAY.search(e.text)]
    if pub is None or not told:
        return []
    e = told[-1]
    iso = e.iso or ""
    if len(iso) < 7 or e.statement or not _EN_YEAR.search(e.text) or int(iso[:4]) >= pub.year:
        return []
    if d.start - e.end > _EN_STORY_REACH or "\n\n" in text[e.end : d.start]:
        return []
    return [e]


_EN_DEADLINE = re.compile(r"(?:by|before|until|till)\s+the\s+end\s+of\s+the\s+year", re.I)


def _deadline_alone(found: list[DateMention], text: str) -> list[DateMention]:
    """ "will deliver four more systems by the end of the year": a deadline dates a sentence that
    tells no other time; beside one ("said in May that the first had arrived and that it would
    deliver the rest by the end of the year") it is only the schedule of what is left."""
    out = []
    for d in found:
        if _EN_DEADLINE.fullmatch(d.text):
            told = _en_sentence(text, d.start)
            start = text.find(told)
            # (a weekday is the day it was said: "..., the minister said on Wednesday")
            if any(
                o is not d and start <= o.start < start + len(told) and not _EN_SAID_DAY.search(o.text) for o in found
            ):
                continue
        out.append(d)
    return out


# "a 2024 UN panel report", "the panel's March 2025 report", "its 2023 annual assessment": a date
# qualifying a report (as 「昨年の報告書で」 does in Japanese)
_EN_DATED_REPORT = re.compile(
    r"\s+(?:(?:UN|U\.N\.|United Nations|annual|final|latest|interim|panel|expert|experts'?|Security Council)\s+){0,4}"
    r"(?:report|assessment|study|review)\b",
    re.I,
)


def find_dates(text: str, lang: str, published: str | None) -> list[DateMention]:
    """Every date expression in `text` that dates an act, resolved against `published`
    (YYYY-MM-DD) when given."""
    pub = parse_published(published)
    found = _find_ja(text, pub) if lang == "ja" else _find_en(text, pub)
    if lang == "en":
        found = _en_year_of_the_story(found, text, pub)
        found = _deadline_alone(found, text)
        # "a 2024 UN panel report said ...": the date of a report dates no act it tells
        found = [d for d in found if not _EN_DATED_REPORT.match(text, d.end)]
    found = [d for d in found if not _bound(d, text, lang)]
    return sorted(found + _invasion(text, lang, pub, found), key=lambda d: d.start)
