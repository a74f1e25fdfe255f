"""English dates: resolving dates without a publication year, datelines, and the dates each
trigger holds or a definite noun restates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from typing import Any

from materiel.extract.dates import EN_MONTHS, EN_WEEKDAYS, DateMention, find_dates, parse_published
from materiel.extract.en_cases import (
    SPEECH,
    governing,
    head_of,
    misread_end_users,
    told_while_punishing,
)
from materiel.extract.frame import Sentence, TriggerHit

# "KYIV, Oct 18 -", "SEOUL, Oct 14 (Reuters) -", "BERLIN, Sept 24, 2024 (Reuters) —"; and the
# undated ones of AP and the trade press, the place in capitals: "WASHINGTON (AP) —", "RABAT —",
# "WARSAW, Poland —"; a story filed from two bureaus names both: "KYIV/MOSCOW, May 3 (Reuters) -"
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z .'/-]{1,40},(?:[A-Za-z .'-]{1,30},)?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?"
    r"|[A-Z][A-Z.'/-]{2,}(?: [A-Z][A-Z.'/-]+){0,3}(?:,\s+[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2})?)"
    r"(?:\s*\([A-Z][A-Za-z .&]{1,30}\))?\s*(?:--|[-–—])(?=\s)"
)


DATELINE_LINE = re.compile(r"(?:^|(?<=\n))[ \t]*" + _DATELINE.pattern[1:], re.M)


_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)


_MONTH_YEAR = re.compile(rf"\b{_MONTHS}\s+(?:\d{{1,2}},?\s+)?(?:19|20)\d\d\b|\b\d{{1,2}}\s+{_MONTHS}\s+(?:19|20)\d\d\b")


_BARE_MONTH = re.compile(
    rf"^(?:(?:early|mid|late|the end of|the start of)[\s-]+)?{_MONTHS}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?$"
    rf"|^\d{{1,2}}\s+{_MONTHS}$",
    re.I,
)


def dates_by_text_year(text: str) -> list[DateMention]:
    """No publication date: a month named without its year ("in March") takes the year of the
    latest month the text dates in full ("in March 2024"); with none, it stays unresolved. (A date
    the first lines give stands for the publication before this is asked: see the pipeline.)"""
    found = find_dates(text, "en", None)
    years = [int(m.group()[-4:]) for m in _MONTH_YEAR.finditer(text)]
    if not years:
        return found
    again = {(d.start, d.end): d for d in find_dates(text, "en", f"{max(years)}-12-31")}
    out = []
    for d in found:
        other = again.get((d.start, d.end))
        if d.iso is None and other is not None and other.iso and _BARE_MONTH.match(d.text.strip()):
            d = other
        out.append(d)
    return out


# wire style names the day without "on": "said Monday", "arrived Sunday", "announced Friday"
_BARE_WEEKDAY = re.compile(
    r"(?<=[a-z,] )(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s+(?:night|evening|morning)?\s*[A-Z])"
)


def bare_weekdays(text: str, published: str | None, dates: list[DateMention]) -> list[DateMention]:
    """The dates with the weekdays wire copy writes bare ("Zelenskyy said Monday"), resolved to the
    latest such day on or before publication, as "on Monday" is."""
    pub = parse_published(published)
    if pub is None:
        return dates
    out = list(dates)
    for m in _BARE_WEEKDAY.finditer(text):
        if text[max(0, m.start() - 3) : m.start()].lower() == "on " or any(d.start <= m.start() < d.end for d in dates):
            continue
        back = (pub.weekday() - EN_WEEKDAYS[m.group(1).lower()]) % 7
        out.append(DateMention(m.start(), m.end(), m.group(), (pub - dt.timedelta(days=back)).isoformat()))
    return sorted(out, key=lambda d: d.start) if len(out) != len(dates) else dates


_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None}  # fmt: skip
_AGO = re.compile(
    r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?\s+ago\b", re.I
)
# "between May and July", "from March to June": the range starts at its first month
_MONTH_SPAN = re.compile(
    rf"\b(?:between|from)\s+(?:(?:early|mid|late)[\s-]+)?({_MONTHS})(?:\s+((?:19|20)\d\d))?\s+(?:and|to|until)\s+", re.I
)


# "in 2022-23", "the 2023/24 season": a span of years starts in its first
_YEAR_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*[-–/]\s*(?:(?:19|20)\d\d|\d\d)\b(?![-–/.]\d)")
# "in the second half of 2023", "in Q3 2024": the part's first month
_YEAR_PART = re.compile(r"\b(?:(second|latter) half|Q([1-4]))\s+(?:of\s+)?((?:19|20)\d\d)\b", re.I)
# "the summer of 2022", "in the autumn of that year", "in December that year": the season's first month
# ("in October of the following year": of the year after the one told before)
_SEASON_OF = re.compile(
    r"\b(?:the\s+)?(spring|summer|autumn|fall|January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+(?:of\s+((?:19|20)\d\d)\b|(?:of\s+)?(?:that|the same|the (following|next)) year\b)",
    re.I,
)
_SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9} | {
    m: n for n, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                "september", "october", "november", "december"), 1)
}  # fmt: skip
# "later that year", "in the same year": the year of the date told before it
_THAT_YEAR = re.compile(r"\b(?:(?:later|earlier)\s+)?(?:that|the same) year\b", re.I)
# "during the same tour", "at the same summit": the time of a visit told before (see `_same_visit`)
_SAME_VISIT = re.compile(r"\b(?:during|on|at|in the course of)\s+the\s+same\s+(?:visit|tour|trip|summit)\b", re.I)
# a visit told: "President Trump's visit to Riyadh last week", "a tour of the Gulf in May"
_VISIT = re.compile(r"\b(?:visit|tour|trip|summit)s?\b", re.I)
# "later that month", "on the same day", "that week": the date told before it, to the unit told
_THAT_DAY = re.compile(r"\b(?:(?:later|earlier)\s+)?(?:that|the same) (day|week|month)\b", re.I)
# "the following year", "a month later", "two weeks later": counted on from the date told before it
# ("the previous year", "a year earlier", "the year before": counted back from it)
_LATER = re.compile(
    r"\b(?:the (?:following|next|subsequent) (?P<u1>year|month)"
    r"|(?P<n1>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?P<u2>year|month|week|day)s? later"
    r"|the (?:previous|preceding) (?P<u3>year|month)"
    r"|(?P<n2>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?P<u4>year|month|week|day)s? earlier"
    r"|the (?P<u5>year|month) before(?!\s+(?:the|last|that|it|a)\b))\b",
    re.I,
)


def spoken_dates(text: str, published: str | None, dates: list[DateMention]) -> list[DateMention]:
    """Dates the shared reader leaves out or ends wrong: "two weeks ago" (counted back from the
    publication: a day, a month or a year as precise as the unit), and "between May and July",
    which starts in May (the range gets its start), not July."""
    pub = parse_published(published)
    if pub is None:
        return dates
    out = list(dates)
    for m in _AGO.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in out):
            continue
        word, unit = m.group(1).lower(), m.group(2).lower()
        n = int(word) if word.isdigit() else _NUMBER_WORDS.get(word)
        if n is None:
            continue
        if unit == "year":
            iso = str(pub.year - n)
        elif unit == "month":
            month = pub.year * 12 + pub.month - 1 - n
            iso = f"{month // 12:04d}-{month % 12 + 1:02d}"
        else:
            day = pub - dt.timedelta(days=n * (7 if unit == "week" else 1))
            iso = day.isoformat() if unit == "day" else day.isoformat()[:7]
        out.append(DateMention(m.start(), m.end(), m.group(), iso))
    for m in _MONTH_SPAN.finditer(text):
        end = next((d for d in out if d.start == m.end() and d.iso), None)
        first = EN_MONTHS.get(m.group(1).lower().rstrip("."))
        if end is None or end.iso is None or first is None or any(d.start <= m.start(1) < d.end for d in out):
            continue
        year = int(m.group(2)) if m.group(2) else int(end.iso[:4])
        if not m.group(2) and len(end.iso) >= 7 and first > int(end.iso[5:7]):
            year -= 1  # "between November and February": the winter before
        start = DateMention(
            m.start(1), m.end(2) if m.group(2) else m.end(1), m.group(1), f"{year:04d}-{first:02d}", True
        )
        out = [d for d in out if d is not end] + [start]
    for m in _RECENT_WEEKS.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in out):
            continue
        out.append(DateMention(m.start(), m.end(), m.group(), (pub - dt.timedelta(weeks=4)).isoformat()[:7], True))
    for m in _PERIOD_START.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in out):
            continue
        iso = str(pub.year) if m.group(1).lower() == "year" else pub.isoformat()[:7]
        begin = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
        if (
            iso == str(pub.year)
            and _SINCE_BEFORE.search(text, max(0, m.start() - 12), m.start())
            and not _NTH_LOT.search(text, begin, m.start())  # ("the second delivery since the start of the year")
        ):
            iso = f"{pub.year:04d}-01"  # "delivered ten tanks since the start of the year": from January on
        out.append(DateMention(m.start(), m.end(), m.group(), iso, True))
    for m in _YEAR_END_DEADLINE.finditer(text):
        # (not after another date of its sentence: "said in May that it would deliver the rest by the
        # end of the year", "sent two in 2022 and two more by the end of the year")
        begin = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()))
        if not any(begin < d.start < m.end() for d in out):
            out.append(DateMention(m.start(), m.end(), m.group(), str(pub.year)))
    out = _year_spans(text, out)
    out = [d for d in out if not _period_end(d, text)]
    return sorted(out, key=lambda d: d.start) if out != dates else dates


# a year told as the end of a period: "is to supply interceptors through 2030", "until 2028"
_BEFORE_PERIOD_END = re.compile(r"\b(?:through|thru|until|till|up\s+to)\s+(?:at\s+least\s+)?$", re.I)


def _period_end(d: DateMention, text: str) -> bool:
    """Whether `d` is a year alone told only as where a period ends ("deliveries through 2030", "will
    follow in tranches until 2028"): it dates no act, whose start is not told (a start told,
    "from 2026 through 2030", is its own date)."""
    return (
        d.iso is not None
        and len(d.iso) == 4
        and re.fullmatch(r"(?:19|20)\d\d", d.text) is not None
        and _BEFORE_PERIOD_END.search(text, max(0, d.start - 20), d.start) is not None
        and _PUT_OFF_BEFORE.search(text, max(0, d.start - 40), d.start) is None
    )


# an act put off until a year, which that year dates: "has been delayed until 2026"
_PUT_OFF_BEFORE = re.compile(
    r"\b(?:delay|postpon|push|put|defer|slip|slipp|wait|hold|held)\w*\s+(?:back\s+|off\s+)?(?:until|till)\s+$", re.I
)


# "in recent weeks", "over the past few weeks": a period starting about a month before publication
_RECENT_WEEKS = re.compile(
    r"\b(?:in|over|during|within)\s+(?:the\s+)?(?:recent|(?:past|last)\s+(?:few|several|couple\s+of))\s+weeks\b", re.I
)
# "since the beginning of the year": the publication's year (or month), a period's start
_PERIOD_START = re.compile(r"\b(?:the\s+)?(?:beginning|start)\s+of\s+the\s+(year|month)\b", re.I)
# what opens a period at such a start: "since the beginning of the year", "from the start of the year"
_SINCE_BEFORE = re.compile(r"\b(?:since|from)\s+$", re.I)
# a lot counted among those of the period: "the second delivery of armoured vehicles since ...",
# "has delivered vehicles twice since ..." (acts counted in the period, not begun with it)
_NTH_LOT = re.compile(
    r"\b(?:(?:first|second|third|fourth|fifth|sixth|latest|\d+(?:st|nd|rd|th))\s+(?:such\s+)?"
    r"(?:delivery|deliveries|shipment|batch|consignment|tranche|package|transfer)"
    r"|twice|thrice|(?:three|four|five|six|several|many|\d+)\s+times)\b",
    re.I,
)
# "would be sent before the end of the year", "by the end of the year": a deadline in the publication's
# year (the year alone: the goods may come any time before it ends)
_YEAR_END_DEADLINE = re.compile(
    r"\b(?:by|before|until|till)\s+(?:the\s+end\s+of\s+(?:the|this)\s+year|year[- ]end|the\s+year'?s\s+end)\b", re.I
)


def _year_spans(text: str, out: list[DateMention]) -> list[DateMention]:
    """Year spans, halves and quarters, and "the following year" after a date told before."""
    for m in _YEAR_SPAN.finditer(text):
        taken = [d for d in out if d.start < m.end() and m.start() < d.end]
        if any(d.start < m.start() or d.end > m.end() for d in taken):
            continue
        out = [d for d in out if d not in taken] + [DateMention(m.start(), m.end(), m.group(), m.group(1), True)]
    for m in _YEAR_PART.finditer(text):
        month = 7 if m.group(1) else 3 * int(m.group(2)) - 2
        taken = [d for d in out if d.start < m.end() and m.start() < d.end]
        if any(d.start < m.start() or d.end > m.end() for d in taken):
            continue
        iso = f"{m.group(3)}-{month:02d}"
        out = [d for d in out if d not in taken] + [DateMention(m.start(), m.end(), m.group(), iso, True)]
    for m in _SEASON_OF.finditer(text):
        prior = max((d for d in out if d.end <= m.start() and d.iso), key=lambda d: d.start, default=None)
        year = m.group(2) or (prior.iso[:4] if prior is not None and prior.iso else None)
        if year is not None and m.group(3):
            year = f"{int(year) + 1:04d}"
        taken = [d for d in out if d.start < m.end() and m.start() < d.end]
        if year is None or any(d.start < m.start() or d.end > m.end() for d in taken):
            continue
        iso = f"{year}-{_SEASON_MONTH[m.group(1).lower()]:02d}"
        out = [d for d in out if d not in taken] + [DateMention(m.start(), m.end(), m.group(), iso)]
    for m in _THAT_YEAR.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in out):
            continue
        prior = max((d for d in out if d.end <= m.start() and d.iso), key=lambda d: d.start, default=None)
        if prior is not None and prior.iso:
            out = [*out, DateMention(m.start(), m.end(), m.group(), prior.iso[:4])]
    for m in _THAT_DAY.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in out):
            continue
        prior = max((d for d in out if d.end <= m.start() and d.iso), key=lambda d: d.start, default=None)
        if prior is None or prior.iso is None or len(prior.iso) < 7:
            continue  # (a year alone has no month or day to go on with)
        iso = prior.iso if m.group(1).lower() == "day" else prior.iso[:7]
        out = [*out, DateMention(m.start(), m.end(), m.group(), iso)]
    out = _same_visit(text, out)
    for m in _LATER.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in out):
            continue
        prior = max((d for d in out if d.end <= m.start() and d.iso), key=lambda d: d.start, default=None)
        if prior is None or prior.iso is None:
            continue
        word = (m["n1"] or m["n2"] or "one").lower()
        n = int(word) if word.isdigit() else _NUMBER_WORDS[word]
        if n is None:
            continue
        if m["u3"] or m["u4"] or m["u5"]:
            n = -n  # "a year earlier", "the previous month"
        unit = (m["u1"] or m["u2"] or m["u3"] or m["u4"] or m["u5"]).lower()
        if unit == "year":
            iso = str(int(prior.iso[:4]) + n)
        elif unit in ("week", "day"):  # "two weeks later": the day counted on from the day told
            if len(prior.iso) < 10:
                continue
            iso = (dt.date.fromisoformat(prior.iso) + dt.timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
        elif len(prior.iso) >= 7:  # "two months later": the month n on from the one told
            month = int(prior.iso[:4]) * 12 + int(prior.iso[5:7]) - 1 + n
            iso = f"{month // 12:04d}-{month % 12 + 1:02d}"
        else:
            continue
        out = [*out, DateMention(m.start(), m.end(), m.group(), iso)]
    return out


# "2020 war", "2023 offensive": what follows a year that names a war by its year
OF_A_WAR = re.compile(r"\s+(?:[\w-]+\s+)?(?:war|invasion|conflict|offensive|revolution)\b", re.I)
# "during the ", "since Russia's ": a preposition that makes the war's year a time of the act
_WAR_TIME = re.compile(r"\b(?:during|since|in|amid|throughout|from)\s+(?:the\s+|[\w-]+['’]s\s+)?$", re.I)


def _war_named_by_year(d: DateMention, text: str) -> bool:
    """Whether a bare year only names a war: "a shift away from Moscow after Azerbaijan's 2023
    offensive", "the 2014 war" (not "during the 2020 war", "since the 2022 invasion": a time)."""
    return (
        len(d.iso or "") == 4
        and OF_A_WAR.match(text, d.end) is not None
        and _WAR_TIME.search(text[max(0, d.start - 40) : d.start]) is None
    )


def sentence_dates(dates: list[DateMention], text: str, s0: int, s1: int) -> list[DateMention]:
    out = [d for d in dates if s0 <= d.start < s1 and not _war_named_by_year(d, text)]
    dl = DATELINE_LINE.match(text, s0)
    if dl is not None:  # "KYIV, Oct 18 -": the dateline is the publication, not the event
        # (with no date of its own, the act has only the day it was told: a deed is of that month at
        # the latest, a plan of that day, as with "said on Tuesday")
        out = [d for d in out if d.start >= dl.end()] or [dataclasses.replace(d, statement=True) for d in out]
    return out


def _same_visit(text: str, out: list[DateMention]) -> list[DateMention]:
    """ "after President Trump's visit to Riyadh last week ... Qatar signed a letter of intent during
    the same tour": an act told as of a visit told before is of the date told with that visit."""
    for m in _SAME_VISIT.finditer(text):
        told = None
        for v in _VISIT.finditer(text, 0, m.start()):
            told = v
        if told is None:
            continue
        end = told.end()
        near = [d for d in out if d.iso and d.end <= m.start() and abs(d.start - end) <= 60]
        if near:
            iso = min(near, key=lambda d: abs(d.start - end)).iso
            out = [*out, DateMention(m.start(), m.end(), m.group(), iso)]
    return out


def trigger_dates(
    sentence: Sentence, doc: Any, tok_at: list[int], hits_tok: list[tuple[TriggerHit, int]], trig_tokens: dict[int, int]
) -> None:
    """The dates the parse gives each trigger: those on the trigger itself ("sent ... in March",
    "has supplied since 2023"), else those on a verb governing it ("said on Sunday it would send",
    "plans in May to buy"), else those no other trigger holds (None: the assembler reads the sentence)."""
    _parsed_dates(sentence, doc, tok_at, hits_tok, trig_tokens)
    _used_goods_dates(sentence, doc, tok_at, hits_tok, trig_tokens)
    _use_clause_dates(sentence, doc, tok_at, hits_tok)
    _order_dates_apart(sentence, doc, tok_at, hits_tok)
    _spans_before_dates(sentence, doc, tok_at, hits_tok)
    _report_dates_apart(sentence, doc, tok_at, hits_tok)


# papers whose findings a saying tells: "a UN report seen by Reuters last year said ..."
_FINDING_PAPERS = {"report", "study", "assessment", "investigation", "review", "dossier", "audit", "document"}
# participles telling when an outlet got to see a paper: "a report seen by Reuters on Thursday"
_SEEING = {"see", "obtain", "review", "view", "read", "examine"}


def _report_saying(date: DateMention, doc: Any, tok_at: list[int]) -> Any | None:
    """The verb that tells a paper's findings when `date` only tells when an outlet saw the paper ("a
    UN report seen by Reuters last year said", "said in a report seen by AFP on Thursday"), else None:
    the day a paper was seen dates neither the paper nor what it found."""
    i = tok_at[date.start] if date.start < len(tok_at) else -1
    if i < 0:
        return None
    t = doc[i]
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX"):
            break
        if t.head.i == t.i:
            return None
        t = t.head
    paper = t.head
    if not (t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in _SEEING):
        return None
    if paper.lemma_.lower() not in _FINDING_PAPERS or paper.pos_ != "NOUN":
        return None
    v = paper
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    return v if v.lemma_.lower() in SPEECH and v.i != paper.i else None


def _report_dates_apart(
    sentence: Sentence, doc: Any, tok_at: list[int], hits_tok: list[tuple[TriggerHit, int]]
) -> None:
    """ "A UN report seen by Reuters last year said the Houthis had obtained engines from China": a
    report's own date does not date the findings it tells (the act told under its saying)."""
    papers = {id(d): v for d in sentence.dates if (v := _report_saying(d, doc, tok_at)) is not None}
    if not papers:
        return
    for hit, tok_i in hits_tok:
        under = [v for v in papers.values() if v.i != tok_i and v.left_edge.i <= tok_i <= v.right_edge.i]
        if not under:
            continue
        if hit.dates is None:
            if all(id(d) in papers for d in sentence.dates):
                hit.dates = []
        else:
            hit.dates = [d for d in hit.dates if id(d) not in papers]


# the spans of time that set an act apart from the one it is told against: "four years after"
_SPANS = {"year", "month", "week", "day", "decade"}


def _span_clause(tok: Any) -> Any | None:
    """The verb of the clause `tok` is in when that clause is set a span of time before or after
    another act ("four years after Jakarta signed a contract", "months after signing"), else None."""
    v = tok
    for _ in range(3):
        if v.pos_ in ("VERB", "AUX"):
            break
        v = v.head
    if v.pos_ not in ("VERB", "AUX"):
        return None
    marks = [c for c in v.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
    if v.dep_ == "pcomp" and v.head.lower_ in ("after", "before"):
        marks.append(v.head)
    for m in marks:
        if any(c.dep_ == "npadvmod" and c.lemma_.lower() in _SPANS for c in (*m.children, *v.children)):
            return v
    return None


def _spans_before_dates(
    sentence: Sentence, doc: Any, tok_at: list[int], hits_tok: list[tuple[TriggerHit, int]]
) -> None:
    """ "Indonesia received its first Rafales on Monday, more than four years after Jakarta signed a
    contract for 42": an act told a span of time away from the dated one is not of its date; only a
    date in its own clause dates it."""
    for hit, tok_i in hits_tok:
        v = _span_clause(doc[tok_i])
        if v is None:
            continue
        lo, hi = v.left_edge.idx, v.right_edge.idx + len(v.right_edge.text)
        told = sentence.dates if hit.dates is None else hit.dates
        hit.dates = [d for d in told if lo <= d.start < hi]


# verbs of using goods: their dates are the use's, not the supply's
_USING = {"fire", "use", "launch", "deploy", "field", "operate", "shoot", "employ", "test"}


def _used_goods_dates(
    sentence: Sentence, doc: Any, tok_at: list[int], hits_tok: list[tuple[TriggerHit, int]], trig_tokens: dict[int, int]
) -> None:
    """ "Mali has flown at least six of the Turkish-supplied drones since March": a participle trigger
    on goods that a verb of use governs is no act of that clause; the dates hung on the use verb date
    the use, so the supply has no date here."""
    for hit, tok_i in hits_tok:
        tok = doc[tok_i]
        if hit.nominal or tok.dep_ not in ("amod", "acl") or tok.tag_ != "VBN":
            continue
        goods = tok.head
        for _ in range(3):  # "nine of the missiles": up to the count the verb takes
            if goods.dep_ == "pobj" and goods.head.lower_ == "of":
                goods = goods.head.head
        verb = goods.head
        if goods.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in _USING or verb.i in trig_tokens:
            continue
        used = [d for d in sentence.dates if _hangs_on(d, verb, doc, tok_at)]
        if used and hit.dates is None:
            hit.dates = [d for d in sentence.dates if d not in used]
        elif used:
            hit.dates = [d for d in hit.dates or [] if d not in used]


# verbs of what goods did once in hand: a clause of them on a noun dates the use, not the giving
_DOING_WITH = _USING | {"help", "strike", "hit", "attack", "bomb", "retake", "recapture", "capture", "seize",
                        "destroy", "kill", "shell", "target", "repel", "defend", "down"}  # fmt: skip


def _use_clause_dates(sentence: Sentence, doc: Any, tok_at: list[int], hits_tok: list[tuple[TriggerHit, int]]) -> None:
    """ "The army has received Iranian drones, shipments that helped it retake Omdurman in March",
    "Russia got the missiles, which were fired at Kyiv in May": a date inside a clause on a noun that
    tells what the goods did (no act of giving in it) dates that use, not the giving told outside it."""
    trig = {tok_i for _h, tok_i in hits_tok}
    for d in sentence.dates:
        t = _date_verb(d, doc, tok_at, trig)
        if t is None or t.i in trig or t.pos_ not in ("VERB", "AUX"):
            continue
        chain = [t]
        while chain[-1].dep_ in ("xcomp", "ccomp", "conj", "advcl") and len(chain) < 4:
            chain.append(chain[-1].head)
        top = chain[-1]
        if top.dep_ not in ("relcl", "acl") or top.head.pos_ not in ("NOUN", "PROPN"):
            continue
        inner = {c.i for c in top.subtree}
        if inner & trig or not any(v.lemma_.lower() in _DOING_WITH for v in chain):
            continue
        for hit, tok_i in hits_tok:
            if tok_i not in inner:
                hit.dates = [x for x in (sentence.dates if hit.dates is None else hit.dates) if x is not d]


def _hangs_on(date: DateMention, verb: Any, doc: Any, tok_at: list[int]) -> bool:
    """Whether the parse hangs `date` ("since late December") on `verb`."""
    i = tok_at[date.start] if date.start < len(tok_at) else -1
    if i < 0:
        return False
    t = doc[i]
    for _ in range(5):
        if t.i == verb.i:
            return True
        if t.head.i == t.i or t.pos_ in ("VERB", "AUX"):
            return False
        t = t.head
    return False


def _parsed_dates(
    sentence: Sentence, doc: Any, tok_at: list[int], hits_tok: list[tuple[TriggerHit, int]], trig_tokens: dict[int, int]
) -> None:
    """See `trigger_dates`."""
    if len(sentence.dates) == 1 and _relative_clause_date(sentence, doc, tok_at, hits_tok):
        for hit, _tok_i in hits_tok:
            hit.dates = []
        return
    if len(sentence.dates) == 1 and len(hits_tok) > 1:
        _future_date_apart(sentence, doc, tok_at, hits_tok)
        _clause_date(sentence.dates[0], doc, tok_at, hits_tok)
        _later_lot_apart(sentence.dates[0], doc, tok_at, hits_tok)
        return
    if len(sentence.dates) < 2 or not hits_tok:
        return
    anchors: list[tuple[DateMention, int]] = []
    for d in sentence.dates:
        i = tok_at[d.end - 1] if d.end - 1 < len(tok_at) else -1
        if i < 0 or tok_at[d.start] < 0:
            anchors.append((d, -1))
            continue
        head = head_of(doc, tok_at[d.start], i)
        while (
            head.dep_ == "conj" and head.head.i != head.i and (head.head.pos_ == "NUM" or head.head.lower_ in EN_MONTHS)
        ):
            head = head.head  # "between 2016 and 2021", "between June 2022 and April 2023": where its start does
        if head.dep_ in ("nummod", "compound", "amod", "nmod") and _event_time(head.head):
            head = head.head  # "since the 2021 coup", "since the February 2021 coup": the event's time times the act
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            head = head.head  # "in March", "since 2023", "on Tuesday"
        if head.lower_ == "as" and head.head.dep_ == "advmod" and head.head.lower_ in _AS_FAR_AS:
            head = head.head  # "routed through Hong Kong as recently as June 2024": the verb's time
        anchor = head.head if head.head.i != head.i else None
        if anchor is not None and misread_end_users(anchor):
            anchor = anchor.head  # "exported chips to end users in Russia between 2022 and 2024": the export's
        if anchor is not None and anchor.i not in trig_tokens and head.dep_ == "npadvmod":
            # "delivered the jets to Greece the following year": the parse hangs a bare time noun on the
            # nearest noun; it dates the verb above that noun
            up = anchor
            for _ in range(3):
                if up.pos_ in ("VERB", "AUX") or up.head.i == up.i:
                    break
                up = up.head
            if up.i in trig_tokens:
                anchor = up
        elif anchor is not None and anchor.i not in trig_tokens:
            anchor = _object_trigger(head, anchor, trig_tokens) or anchor
        anchors.append((d, anchor.i if anchor is not None else -1))
    anchors = _second_date_of_participle(anchors, doc, trig_tokens)
    for hit, tok_i in hits_tok:
        own = [d for d, a in anchors if a == tok_i]
        if not own and hit.nominal:
            own = [d for d, a in anchors if _participle_on(a, doc, tok_i)]
        if not own and hit.nominal:
            # (before the verbs above: "the first shipment arrived in August 2022, officials said on
            # Friday" is of August, not of the day it was said)
            own = [d for d, a in anchors if _subject_of(doc[tok_i], a)]
        if not own:
            chain = {t.i for t in governing(doc[tok_i])}
            own = [d for d, a in anchors if a in chain and a not in trig_tokens]
            own = _year_within(doc[tok_i], own, anchors, doc, trig_tokens) or own
        head = doc[tok_i].head
        inner = {t.i for t in doc[tok_i].subtree}
        if (
            not own
            and doc[tok_i].dep_ == "conj"
            and head.i in trig_tokens
            and not hit.nominal
            # (not with a date of its own clause: "awaiting subs, which ... expect next year")
            and not any(a in inner for _d, a in anchors)
        ):
            # "took in a batch of engines in October and forwarded them to Russia": the act done
            # with the goods next is of the first act's time, not of a date in an aside on its doer
            own = [d for d, a in anchors if a == head.i]
        if not own and any(a in trig_tokens for _d, a in anchors):
            own = [d for d, a in anchors if a not in trig_tokens]
        if not own and all(
            a in trig_tokens and doc[a].dep_ == "relcl" and doc[a].right_edge.i < tok_i for _d, a in anchors
        ):
            hit.dates = []  # every date the sentence gives is a relative clause's act's ("which supplied ...")
            continue
        hit.dates = _period_starts(_deed_dates(own, anchors, doc, trig_tokens), sentence) or None
    dated = {a for _d, a in anchors if a in trig_tokens}
    for a in dated:
        _main_clause_date(doc[a], doc, [(h, i) for h, i in hits_tok if i not in dated])


def _year_within(
    act: Any, own: list[DateMention], anchors: list[tuple[DateMention, int]], doc: Any, trig_tokens: dict[int, int]
) -> list[DateMention]:
    """ "Estonia bought six HIMARS launchers made by Lockheed Martin in 2022, the ministry said on
    Monday": when the only date the verbs above give is the saying's, a year the parse hangs on a
    participle on the act's goods is told in the act's own clause and dates the act instead."""
    said = {a for d, a in anchors if d in own}
    if not own or not all(doc[a].lemma_.lower() in SPEECH for a in said):
        return []
    return [d for d, a in anchors if a not in trig_tokens and _on_goods_of(a, act, doc) and d.iso and len(d.iso) == 4]


def _on_goods_of(i: int, act: Any, doc: Any) -> bool:
    """Whether token `i` is a participle on the object of `act` ("bought launchers made by ...")."""
    if i < 0:
        return False
    t = doc[i]
    return bool(t.dep_ == "acl" and t.tag_ == "VBN" and t.head.dep_ == "dobj" and t.head.head.i == act.i)


def _second_date_of_participle(
    anchors: list[tuple[DateMention, int]], doc: Any, trig_tokens: dict[int, int]
) -> list[tuple[DateMention, int]]:
    """ "Poland received the last 212 K9 howitzers ordered from South Korea in 2022 on Tuesday": the
    parse hangs both times on the participle on the goods; the participle's clause holds the first,
    and a second one after it dates the act whose goods the participle qualifies (the receipt)."""
    out = list(anchors)
    for n, (d, a) in enumerate(anchors):
        if a < 0 or not any(b == a and e.end <= d.start for e, b in anchors[:n]):
            continue
        verb = doc[a]
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.dep_ not in ("dobj", "nsubjpass"):
            continue
        main = verb.head.head
        if main.i in trig_tokens and main.i < verb.i:
            out[n] = (d, main.i)
    return out


# participles telling when a deal was made: "a contract signed in April", "the deal concluded in 2021"
_DEAL_PARTICIPLES = {"sign", "conclude", "agree", "place", "award", "finalise", "finalize", "ink", "seal"}


def _participle_on(anchor: int, doc: Any, noun_i: int) -> bool:
    """ "A contract for 180 tanks, signed in April, provides for assembly from 2026": a date on a
    participle that qualifies the deal noun ("signed", "concluded", "placed") dates the deal."""
    if anchor < 0 or anchor == noun_i:
        return False
    t = doc[anchor]
    if t.dep_ != "acl" or t.tag_ != "VBN" or t.lemma_.lower() not in _DEAL_PARTICIPLES:
        return False
    # ("a contract for 180 tanks, signed in April": the parse may hang it on the goods of the deal)
    return bool(t.head.i == noun_i or (t.head.dep_ == "pobj" and t.head.head.head.i == noun_i))


def _subject_of(noun: Any, verb_i: int) -> bool:
    """Whether the act noun `noun` is the subject of the verb at `verb_i` ("..., and a shipment of TB2
    drones from Turkey arrived in March": the arrival's date is the shipment's)."""
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb_i


# prepositions that time an act by an event ("since the 2021 coup", "after the 2023 elections")
_EVENT_PREPS = {"since", "after", "before", "during", "until"}


def _event_time(noun: Any) -> bool:
    """Whether `noun` is an event told after a time preposition ("since the 2021 coup"), which makes
    the year on it the act's time."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in _EVENT_PREPS


# prepositions that put a time on an act ("since 2022", "in March", "between May and July")
_TIME_PREPS = {"since", "in", "on", "during", "between", "from", "until", "through", "throughout", "after", "before"}


def _object_trigger(head: Any, anchor: Any, trig_tokens: dict[int, int]) -> Any:
    """ "Iran has supplied Russia with hundreds of drones since September 2022, officials said on
    Monday": the parse hangs the time phrase on the goods; it dates the trigger whose goods they are,
    not the verb of saying above it. None where no trigger governs the noun."""
    if head.dep_ != "prep" or head.lower_ not in _TIME_PREPS or anchor.pos_ not in ("NOUN", "PROPN"):
        return None
    up = anchor
    for _ in range(4):
        if up.dep_ not in ("dobj", "pobj", "prep", "nsubjpass", "dative") or _absolute_with(up):
            return None  # "donate 19 jets, with eight more in 2024": a later batch's date
        up = up.head
        if up.i in trig_tokens:
            return up
        if up.pos_ in ("VERB", "AUX"):
            return None
    return None


def _absolute_with(tok: Any) -> bool:
    """ "..., with the first six due in 2027": a "with" set off by a comma adds a clause of its own
    (not the goods of "supplied Russia with drones")."""
    return bool(tok.lower_ == "with" and tok.i > 0 and tok.doc[tok.i - 1].text == ",")


def _in_later_lot(tok: Any) -> bool:
    """Whether `tok` lies in a "with" clause telling a lot still to come: "..., with the remaining 70
    to follow next year", "..., with 18 more due in 2026", "..., with the rest scheduled for 2027".
    Bare deliveries are no lot of their own: "ordered 48 jets, with deliveries next year" tells when
    the goods of the order come."""
    t = tok
    for _ in range(6):
        if _absolute_with(t) or any(c.dep_ == "mark" and _absolute_with(c) for c in t.children):
            return not _bare_deliveries(t)
        if t.head.i == t.i or (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("relcl", "acl", "pcomp")):
            return False
        t = t.head
    return False


# the nouns of handing goods over that, bare, tell when an act's own goods come
_DELIVERIES = {"delivery", "handover", "shipment", "transfer"}


def _bare_deliveries(with_: Any) -> bool:
    """Whether the "with" clause at `with_` (or the verb it marks) is told of deliveries alone, no count
    or lot of their own: "with deliveries next year", "with delivery due in 2027", "with deliveries to
    start in 2026" (not "with 18 more deliveries", "with the first deliveries of ten")."""
    head = next((c for c in with_.children if c.dep_ in ("pobj", "nsubj")), None)
    if head is None and with_.dep_ == "mark":
        head = next((c for c in with_.head.children if c.dep_ == "nsubj"), None)
    if head is None or head.lemma_.lower() not in _DELIVERIES:
        return False
    return not any(
        c.dep_ == "nummod" or c.lower_ in _LOT_WORDS or (c.dep_ == "prep" and c.lower_ == "of") for c in head.children
    )


# the words that make deliveries a lot of their own: "the first deliveries", "further deliveries"
_LOT_WORDS = {"first", "initial", "remaining", "more", "further", "final", "last", "next", "other", "second", "later"}


def _later_lot_apart(date: DateMention, doc: Any, tok_at: list[int], hits_tok: list[tuple[TriggerHit, int]]) -> None:
    """ "Taiwan received 38 tanks on Sunday, with the remaining 70 to follow": the one date of a
    sentence dates either the lot still to come or the acts told beside it, not both."""
    i = tok_at[date.start] if date.start < len(tok_at) else -1
    if i < 0:
        return
    later = {tok_i for _h, tok_i in hits_tok if _in_later_lot(doc[tok_i])}
    if not later or len(later) == len(hits_tok):
        return
    dated_later = _in_later_lot(doc[i])
    for hit, tok_i in hits_tok:
        if (tok_i in later) != dated_later:
            hit.dates = []


# steps of a criminal case, and penalties: the day one is taken dates the case or the notice, not the
# deed it is about ("In March, the Treasury imposed sanctions on firms that it said had sold parts")
_COURT_STEPS = {"plead", "arrest", "charge", "indict", "sentence", "convict", "unseal", "extradite", "detain"}
# (a penalty's date only where told before it: "In March, the Treasury sanctioned firms for supplying";
# "sanctioned for the export of engines to Iran in 2023" may date the export)
_PENALTY_STEPS = {"sanction", "blacklist", "designate", "impose", "penalize", "penalise"}


def _relative_clause_date(
    sentence: Sentence, doc: Any, tok_at: list[int], hits_tok: list[tuple[TriggerHit, int]]
) -> bool:
    """Whether the one date of a sentence dates a relative clause on a party that tells no act
    ("Rosoboronexport, which the EU sanctioned in 2014, delivered two jets to Iran": the sanction's
    year, not the delivery's), or a step of a criminal case or a penalty ("pleaded guilty on Tuesday to
    exporting", "sanctioned in May three firms that it said had sold")."""
    trig = {tok_i for _h, tok_i in hits_tok}
    t = _date_verb(sentence.dates[0], doc, tok_at, trig) if hits_tok else None
    if t is None:
        return False
    if t.i not in trig and t.lemma_.lower() in _COURT_STEPS:
        return True  # "pleaded guilty on Tuesday to exporting chips", "were arrested on Friday for shipping"
    if t.i not in trig and t.lemma_.lower() in _PENALTY_STEPS and sentence.dates[0].start < t.idx:
        return True  # "In March, the Treasury sanctioned three firms for supplying parts"
    if t.lemma_.lower() in SPEECH and told_while_punishing(t):
        return True  # "..., the Treasury said in October when it added the firm to its sanctions list"
    if _done_before_telling(t, doc, hits_tok):
        return True  # "inspected the cargo in October and assesses that it originated in Iran"
    if t.i not in trig and t.lemma_.lower() in SPEECH and _told_in_a_report(t):
        return True  # "a U.N. panel said in a report last year that parts had been sent": the report's date
    if t.i in trig or t.pos_ not in ("VERB", "AUX") or t.dep_ != "relcl" or t.head.i in trig:
        return False  # ("a contract that Poland signed in 2022": the act noun's own date)
    if any(it.start <= t.head.idx < it.end for it in sentence.items):
        return False  # ("a contract for 180 tanks that Poland signed in 2022": the goods' deal)
    return not any(c.i in trig for c in t.subtree)


# papers whose findings a teller tells "in" them: their date is the paper's, not the findings'
_PAPERS = {"report", "study", "assessment", "review", "paper", "dossier", "investigation", "analysis", "survey"}


def _told_in_a_report(verb: Any) -> bool:
    """ "A U.N. panel said in a report last year that components had been transferred", "In a study
    published in March, researchers said": what a report finds is dated by the finding itself, the
    report's own date only dates the telling."""
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and g.dep_ == "pobj" and g.lemma_.lower() in _PAPERS
        for c in verb.children
        for g in c.children
    )


def _done_before_telling(verb: Any, doc: Any, hits_tok: list[tuple[TriggerHit, int]]) -> bool:
    """ "The Panel inspected the materiel in Aden in October 2024 and assesses that it originated in
    Iran and was destined for the Houthis": a date on a deed of the teller, coordinated with the
    verb of telling over every act, dates that deed only."""
    if verb.pos_ not in ("VERB", "AUX") or any(tok_i == verb.i for _h, tok_i in hits_tok):
        return False
    for _hit, tok_i in hits_tok:
        t = doc[tok_i]
        for _ in range(6):  # up to the verb of telling coordinated with the deed
            if t.head.i == t.i or t.head.i == verb.i:
                break
            t = t.head
        if t.lemma_.lower() not in SPEECH or t.dep_ != "conj" or t.head.i != verb.i:
            return False
    return bool(hits_tok)


# "as recently as June 2024", "as early as 2019", "as late as March": the words that set a
# date on the verb they qualify
_AS_FAR_AS = {"recently", "early", "late"}

# the link from a period's first date to its last, with the hedge legal prose sets before the
# last ("April 2023 through at least March 2025", "June 2021 to in or around May 2023")
_PERIOD_LINK = re.compile(
    r",?\s*(?:through|until|till|to|and|[-–—])\s*(?:at\s+least\s+|in\s+or\s+(?:around|about)\s+)?", re.I
)


def _period_starts(dates: list[DateMention], sentence: Sentence) -> list[DateMention]:
    """ "From in or around April 2023 through at least March 2025, the Company re-exported
    engines to Russia": the parse may hang the period's last date on the act and its first
    elsewhere; the act is dated by the date that opens the period."""
    out: list[DateMention] = []
    for d in dates:
        first = next(
            (
                s
                for s in sentence.dates
                if s.range_start
                and s.end <= d.start
                and _PERIOD_LINK.fullmatch(sentence.text, s.end - sentence.start, d.start - sentence.start)
            ),
            d,
        )
        if first not in out:
            out.append(first)
    return out


def _deed_dates(
    own: list[DateMention], anchors: list[tuple[DateMention, int]], doc: Any, trig_tokens: dict[int, int]
) -> list[DateMention]:
    """ "pleaded guilty today to exporting chips to Russia, which he routed through Armenia between
    2022 and 2024": a date on a step of the criminal case gives way to another the sentence tells
    outside any act of its own, or in a relative clause on the deed's goods or parties (the deed's)."""
    court = [d for d, a in anchors if a >= 0 and a not in trig_tokens and doc[a].lemma_.lower() in _COURT_STEPS]
    if not own or not all(d in court for d in own):
        return own
    rest = [d for d, a in anchors if d not in court and a not in trig_tokens]
    rest = rest or [d for d, a in anchors if d not in court and a in trig_tokens and doc[a].dep_ == "relcl"]
    return rest or own


def _date_verb(date: DateMention, doc: Any, tok_at: list[int], trig: set[int]) -> Any | None:
    """The verb (or act) a date hangs on, up the parse from the date's first word; None where the
    date has no token."""
    i = tok_at[date.start] if date.start < len(tok_at) else -1
    if i < 0:
        return None
    t = doc[i]
    for _ in range(6):
        if t.i in trig or t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            break
        t = t.head
    return t


# verbs of placing an order: a relative clause with one dates the order, not the delivery told of its goods
_ORDERING = {"order", "buy", "purchase", "procure", "contract"}


def _order_dates_apart(sentence: Sentence, doc: Any, tok_at: list[int], hits_tok: list[tuple[TriggerHit, int]]) -> None:
    """ "Poland received 212 K9 howitzers ordered in 2022": a date told with a preposition on a
    participle or clause of ordering that is no act of its own dates the order, not the delivery told
    of its goods (a bare "last week" the parse hangs there may still be the delivery's). A request
    ("asked to speed up delivery of jets it ordered in 2024") is about the order and keeps it."""
    trig = {tok_i for _h, tok_i in hits_tok}
    ordered = []
    for d in sentence.dates:
        t = _date_verb(d, doc, tok_at, trig)
        if t is None or t.i in trig or t.dep_ not in ("acl", "relcl", "advcl") or t.lemma_.lower() not in _ORDERING:
            continue
        if tok_at[d.end - 1] >= 0 and head_of(doc, tok_at[d.start], tok_at[d.end - 1]).dep_ == "pobj":
            ordered.append(d)
    if not ordered:
        return
    for hit, _tok_i in hits_tok:
        if hit.trigger.direction != "request":
            hit.dates = [d for d in (sentence.dates if hit.dates is None else hit.dates) if d not in ordered]


def _clause_date(date: DateMention, doc: Any, tok_at: list[int], hits_tok: list[tuple[TriggerHit, int]]) -> None:
    """ "Germany agreed to send ten tanks, and in May it delivered 20 vehicles": the one date of a
    sentence, told in a clause of its own (a verb with its own subject), dates the acts of that
    clause only; the others have no date of their own (an empty list, not the sentence's)."""
    trig = {tok_i for _h, tok_i in hits_tok}
    t = _date_verb(date, doc, tok_at, trig)
    adverbial = _adverbial_clause(t) if t is not None else None
    if adverbial is not None and any(tok_i in {c.i for c in adverbial.subtree} for tok_i in trig):
        # "Norway signed a letter of intent to buy NASAMS, while the Pentagon notified Congress of a
        # possible sale in February": the date dates the acts of its own clause only
        clause = {c.i for c in adverbial.subtree}
        for hit, tok_i in hits_tok:
            if tok_i not in clause:
                hit.dates = []
        return
    if t is None or t.i not in trig:
        return
    if t.dep_ == "relcl":
        # "Germany, which supplied submarines in 2016, has also sold frigates": the relative's date
        # dates its own act, not that of the main verb after it (a date closing the sentence,
        # "completed the delivery of the jets it promised in May", may be the main verb's)
        end = t.right_edge.i
        ordered = t.lemma_.lower() in _ORDERING  # ("the first of 18 jets it ordered in 2023": the order's)
        for hit, tok_i in hits_tok:
            if tok_i > end or (ordered and not t.left_edge.i <= tok_i <= end):
                hit.dates = []
        return
    if _set_off_participle(t):
        # "The jets, bought from France in 2016, were later handed to Egypt by Qatar": the aside's date
        inner = range(t.left_edge.i, t.right_edge.i + 1)
        for hit, tok_i in hits_tok:
            if tok_i not in inner:
                hit.dates = []
        return
    if t.dep_ == "conj" and _own_verb_phrase(t, date, tok_at):
        # "Germany has delivered a fourth IRIS-T system, and promised 12 more by the end of 2025",
        # "delivers fourth IRIS-T system to Ukraine, promises more in 2025": the date inside the
        # second act's own phrase dates that act, not the first one with its goods of its own
        phrase = {c.i for c in t.subtree}
        for hit, tok_i in hits_tok:
            if tok_i == t.head.i:
                hit.dates = []
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            for hit, tok_i in hits_tok:
                if tok_i not in phrase:
                    hit.dates = []
        return
    if (
        t.dep_ == "ccomp"
        and t.head.i in trig
        and t.i < t.head.i
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    ):
        # "Belgium pledged 30 jets by 2028, Portugal sent three tanks and Croatia handed over ...": a
        # list of givers' acts the parse hangs on the last as its clause; the date dates its own act
        clause = {c.i for c in t.subtree}
        for hit, tok_i in hits_tok:
            if tok_i not in clause:
                hit.dates = []
        return
    if t.dep_ != "conj" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        _main_clause_date(t, doc, hits_tok)
        return
    clause = {c.i for c in t.subtree}
    for hit, tok_i in hits_tok:
        if tok_i not in clause:
            hit.dates = []


def _own_verb_phrase(verb: Any, date: DateMention, tok_at: list[int]) -> bool:
    """Whether `verb`, joined to the verb before it, tells its own act with the date inside its own
    phrase, after the verb before has told its goods ("delivered a fourth system, and promised 12
    more by 2025"; not "delivered and installed the system in May", whose verbs share their goods)."""
    first = verb.head
    if tok_at[date.start] < 0 or tok_at[date.start] not in {c.i for c in verb.subtree}:
        return False
    if tok_at[date.start] < verb.i:
        return False
    return any(c.dep_ in ("dobj", "dative") and c.i < verb.i for c in first.children)


def _set_off_participle(verb: Any) -> bool:
    """Whether `verb` is a participle clause set off by commas on the goods ("The rifles, supplied by
    the US in 2010, were sold"): an aside telling an act of its own."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    first, last = verb.left_edge.i, verb.right_edge.i
    doc = verb.doc
    return first > 0 and last + 1 < len(doc) and bool(doc[first - 1].text == "," == doc[last + 1].text)


def _adverbial_clause(tok: Any) -> Any | None:
    """The verb of the adverbial clause with a subject of its own that `tok` (an act) lies in: ", while
    the Pentagon notified Congress of a sale" → "notified"; None where the act is of the main clause."""
    t = tok
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("xcomp", "aux", "auxpass"):
            break
        if t.head.i == t.i:
            return None
        t = t.head
    else:
        return None
    children = list(t.children)
    if (
        t.dep_ == "advcl"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
        and any(c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS for c in children)
    ):
        return t
    return None


# words opening an adverbial clause of another act beside the main one ("while", "whereas")
_CLAUSE_MARKS = {"while", "whereas", "whilst"}


def _main_clause_date(verb: Any, doc: Any, hits_tok: list[tuple[TriggerHit, int]]) -> None:
    """ "North Korea shipped guns to Russia this month, and Moscow is believed to have sent air defences in
    return": the one date, on the first clause's act, does not date the act of a clause joined to it
    with a subject of its own; nor does it date a deal told in a relative clause on the goods ("the
    first 38 of the 108 tanks that Taiwan ordered arrived on Sunday": the order is older), nor the
    deal its lot is part of ("delivered six jets on Monday, part of an order for 50 jets")."""
    for hit, tok_i in hits_tok:
        t = doc[tok_i]
        if (
            t.i != verb.i
            and t.dep_ == "relcl"
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
            and verb.is_ancestor(t)
        ):
            hit.dates = []
            continue
        if hit.nominal and hit.dates is None and whole_of_a_part(t) and verb.is_ancestor(t):
            hit.dates = []  # "delivered six jets on Monday, part of an order for 50": the order is older
            continue
        for _ in range(4):  # up to the joined clause's own verb ("is believed to have provided")
            if t.dep_ == "conj" and t.head.i == verb.i:
                break
            if t.head.i == t.i or t.dep_ not in ("xcomp", "ccomp", "conj"):
                t = None
                break
            t = t.head
        else:
            t = None
        if t is not None and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            hit.dates = []


def whole_of_a_part(tok: Any) -> bool:
    """Whether the deal noun `tok` is the whole a lot told beside it is "part of" ("delivered six jets,
    part of a larger order for 50 jets", "as part of a contract for 212 guns")."""
    return bool(tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "part")


_WILL = {"will", "would", "shall", "'ll"}


def _future_date_apart(sentence: Sentence, doc: Any, tok_at: list[int], hits_tok: list[tuple[TriggerHit, int]]) -> None:
    """ "The ministry confirmed that the launchers had arrived and said the remaining 18 would be
    delivered by 2026": the one date, on an act still to come, does not date an act told as done."""
    d = sentence.dates[0]
    if d.end - 1 >= len(tok_at) or tok_at[d.start] < 0:
        return
    t = doc[tok_at[d.start]]
    for _ in range(4):  # up to the verb the date hangs on
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            break
        t = t.head
    if not any(c.dep_ == "aux" and c.lower_ in _WILL for c in t.children):
        return
    for hit, tok_i in hits_tok:
        verb = doc[tok_i]
        if tok_i == t.i or hit.nominal or any(c.dep_ == "aux" and c.lower_ in _WILL for c in verb.children):
            continue
        if verb.tag_ in ("VBD", "VBN") and t.i not in {a.i for a in verb.ancestors}:
            hit.dates = []  # told as done, of no date here


def _new_goods_of(noun: Any) -> bool:
    """ "Washington approved the sale of HIMARS launchers last April": a definite act noun whose own
    goods are told anew (not "of the drones") is a deal of its own, taking up no deed before."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of"
        and any(g.dep_ == "pobj" and not any(x.dep_ == "det" for x in g.children) for g in c.children)
        for c in noun.children
    )  # fmt: skip


def restating_dates(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, tok_at: list[int]
) -> list[tuple[DateMention, set[str]]]:
    """Dates of a deed taken up by a definite noun: "the shipment, which was completed last month"."""
    out: list[tuple[DateMention, set[str]]] = []
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if not hit.nominal or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
            continue
        if _new_goods_of(tok):
            continue
        parties = {
            a.entity.id
            for a in sentence.parties
            if a.trigger == n and a.entity is not None and a.case in ("subj", "agent", "origin", "source", "goal")
        }
        for d in sentence.dates:
            i = tok_at[d.start] if d.start < len(tok_at) else -1
            if i < 0 or d.statement or not d.iso:
                continue
            t = doc[i]
            for _ in range(5):
                if t.head.i == t.i or t.i == tok.i:
                    break
                t = t.head
            if t.i == tok.i:
                out.append((d, parties))
    return out


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_SAID_THAT = re.compile(r",?\s+(?:that|it had|they had)\b")


def anchored_months(dates: list[DateMention], text: str) -> list[DateMention]:
    """ "The United States said in October 2023 that ... since early September": a month named
    without its year after a dated one in the same sentence is of the year before that date (the
    latest such month on or before it), not of the publication's year."""
    out: list[DateMention] = []
    anchor: tuple[int, int] | None = None
    for d in sorted(dates, key=lambda x: x.start):
        iso = d.iso or ""
        if _YEAR.search(d.text) and len(iso) >= 7 and _SAID_THAT.match(text, d.end):
            anchor = (int(iso[:4]), int(iso[5:7]))  # "said in October 2023 that": what is told is before
        elif _YEAR.search(d.text) or re.search(r"\byear\b", d.text, re.I):
            anchor = None  # another dated deed: the months after it run on from it
        elif (
            anchor is not None
            and len(iso) >= 7
            and not _YEAR.search(d.text)
            and _MONTH_WORD.search(d.text)
            and not re.search(r"\b(?:this|last|next|that)\s+year\b", d.text, re.I)
        ):
            month = int(iso[5:7])
            year = anchor[0] if month <= anchor[1] else anchor[0] - 1
            if str(year) != iso[:4]:
                d = dataclasses.replace(d, iso=f"{year}{iso[4:]}")
        out.append(d)
    return out


_MONTH_WORD = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?)\b"
)


def following_months(
    sentence: Sentence, doc: Any, tok_at: list[int], published: str | None, dates: list[DateMention]
) -> None:
    """ "The first 240 were sent in 2022, and 14 Leopards followed in February": a batch that follows
    comes after the one told before it; its bare month is the latest before the publication, not
    one of the earlier batch's year. (After a month told with its year, "a deal signed in February
    2024. Iraq followed in September", the story's year already puts the month after it.)"""
    pub = parse_published(published)
    if pub is None:
        return
    for hit in sentence.triggers:
        i = tok_at[hit.start] if hit.start < len(tok_at) else -1
        if i < 0 or doc[i].lemma_.lower() != "follow" or hit.nominal:
            continue
        for d in hit.dates or [d for d in sentence.dates if d.start > hit.end]:
            if not d.iso or len(d.iso) < 7 or not _BARE_MONTH.match(d.text.strip()):
                continue
            if _after_month_told(d, dates):
                continue
            month = int(d.iso[5:7])
            year = pub.year if month <= pub.month else pub.year - 1
            if year > int(d.iso[:4]):
                later = dataclasses.replace(d, iso=f"{year:04d}{d.iso[4:]}")
                sentence.dates = [later if x is d else x for x in sentence.dates]
                hit.dates = [later if x is d else x for x in hit.dates] if hit.dates else [later]


def _after_month_told(d: DateMention, dates: list[DateMention]) -> bool:
    """Whether the bare month `d` already falls after the month told with its year last before it
    ("signed in February 2024. Iraq followed in September": 2024-09)."""
    told = [e.iso for e in dates if e.end <= d.start and e.iso and len(e.iso) >= 7 and _EN_YEAR_WRITTEN.search(e.text)]
    last = told[-1] if told else None
    return last is not None and d.iso is not None and last[:4] == d.iso[:4] and last[:7] < d.iso[:7]


_EN_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")


# what sets a clause in the time to come: "will arrive", "are due by", "is expected to arrive"
_TO_COME = {"expect", "schedule", "set", "slate", "due", "plan"}


def _told_to_come(tok: Any) -> bool:
    """Whether the clause `tok` is in tells of a time to come ("Four more are due by the end of
    March", "Italy will deliver four more in March", "are expected to arrive in February")."""
    v = tok
    for _ in range(5):
        if v.pos_ in ("VERB", "AUX") or v.lower_ == "due":
            break
        if v.head.i == v.i:
            return False
        v = v.head
    if v.lower_ == "due" or any(
        c.dep_ in ("aux", "acomp") and c.lower_ in ("will", "shall", "'ll", "due") for c in v.children
    ):
        return True
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
    return to and v.dep_ == "xcomp" and v.head.lemma_.lower() in _TO_COME


def months_to_come(sentence: Sentence, doc: Any, tok_at: list[int], published: str | None) -> None:
    """ "Four more are due by the end of March" in a November story: a bare month of a time to come is
    the next one after the publication, not the latest before it."""
    pub = parse_published(published)
    if pub is None:
        return
    for d in sentence.dates:
        if not d.iso or len(d.iso) < 7 or not _BARE_MONTH.match(d.text.strip()):
            continue
        i = tok_at[d.start] if d.start < len(tok_at) else -1
        if i < 0 or not _told_to_come(doc[i]):
            continue
        month = int(d.iso[5:7])
        year = pub.year if month >= pub.month else pub.year + 1
        if year != int(d.iso[:4]):
            later = dataclasses.replace(d, iso=f"{year:04d}{d.iso[4:]}")
            sentence.dates = [later if x is d else x for x in sentence.dates]
            for hit in sentence.triggers:
                if hit.dates:
                    hit.dates = [later if x is d else x for x in hit.dates]


def _done(verb: Any) -> bool:
    """A verb told in the past ("took", "has sent", "was delivered"), not a plan ("will send")."""
    kids = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in ("will", "would", "'ll", "shall", "to") or c.tag_ == "MD" for c in kids):
        return False
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lemma_.lower() == "have" for c in kids)


# "The boarding took place on Jan. 28", "The handover happened in March", "The shipment left Bandar
# Abbas in mid-August", "The deliveries began in late 2021": the act told just before, named again by
# its noun with nothing but when it took place, began or set off (a phrase on the noun between: "The
# seizure by the coast guard, led by its commander, took place late last month")
ACT_TOOK_PLACE = re.compile(
    r"^\s*(?:The|That|This|These|Those)\s+(?:seizures?|interceptions?|interdictions?|boarding|raid|operation|handovers?|"
    r"hand-overs?|deliver(?:y|ies)|transfers?|shipments?|sales?|purchases?|transactions?|consignments?|cargo|"
    r"flights?|voyages?)\s+"
    r"(?:(?:by|off|near|in|at)\s+[^.;]{1,90}?\s+)?"
    r"(?:took\s+place|happened|occurred|(?:was|were)\s+(?:made|completed|carried\s+out)|began|started|"
    r"left|departed|set\s+sail|sailed|set\s+off)\b",
    re.I,
)


def event_dated_after(sentences: list[Sentence]) -> None:
    """ "Sailors seized missile parts headed from Iran to the Houthis, CENTCOM said on Thursday. The
    boarding took place on Jan. 28": the date the next sentence gives the seizure is the date of the
    acts the sentence before told with no date of their own (not the day it was said)."""
    for before, after in itertools.pairwise(sentences):
        if after.triggers or not before.triggers or not ACT_TOOK_PLACE.match(after.text):
            continue
        dated = [d for d in after.dates if d.iso and not d.statement]
        if not dated:
            continue
        for hit in before.triggers:
            if hit.dates is None:
                hit.dates = dated[:1]
