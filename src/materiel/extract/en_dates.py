"""English dates: resolving dates without a publication year, datelines, and the dates each
trigger holds or a definite noun restates.
"""

from __future__ import annotations

import re
from typing import Any

from materiel.extract.dates import DateMention, find_dates
from materiel.extract.en_cases import (
    governing,
    head_of,
)
from materiel.extract.frame import Sentence, TriggerHit

_DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]{1,40},(?:[A-Za-z .'-]{1,30},)?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*[-–—]")


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
    latest month the text dates in full ("in March 2024"); with none, it stays unresolved."""
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


def sentence_dates(dates: list[DateMention], text: str, s0: int, s1: int) -> list[DateMention]:
    out = [d for d in dates if s0 <= d.start < s1]
    dl = DATELINE_LINE.match(text, s0)
    if dl is not None:  # "KYIV, Oct 18 -": the dateline is the publication, not the event
        out = [d for d in out if d.start >= dl.end()] or out
    return out


def trigger_dates(
    sentence: Sentence, doc: Any, tok_at: list[int], hits_tok: list[tuple[TriggerHit, int]], trig_tokens: dict[int, int]
) -> None:
    """The dates the parse gives each trigger: those on the trigger itself ("sent ... in March",
    "has supplied since 2023"), else those on a verb governing it ("said on Sunday it would send",
    "plans in May to buy"), else those no other trigger holds (None: the assembler reads the sentence)."""
    if len(sentence.dates) < 2 or not hits_tok:
        return
    anchors: list[tuple[DateMention, int]] = []
    for d in sentence.dates:
        i = tok_at[d.end - 1] if d.end - 1 < len(tok_at) else -1
        if i < 0 or tok_at[d.start] < 0:
            anchors.append((d, -1))
            continue
        head = head_of(doc, tok_at[d.start], i)
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            head = head.head  # "in March", "since 2023", "on Tuesday"
        anchors.append((d, head.head.i if head.head.i != head.i else -1))
    for hit, tok_i in hits_tok:
        own = [d for d, a in anchors if a == tok_i]
        if not own:
            chain = {t.i for t in governing(doc[tok_i])}
            own = [d for d, a in anchors if a in chain and a not in trig_tokens]
        if not own and any(a in trig_tokens for _d, a in anchors):
            own = [d for d, a in anchors if a not in trig_tokens]
        hit.dates = own or None


def restating_dates(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, tok_at: list[int]
) -> list[tuple[DateMention, set[str]]]:
    """Dates of a deed taken up by a definite noun: "the shipment, which was completed last month"."""
    out: list[tuple[DateMention, set[str]]] = []
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if not hit.nominal or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
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
