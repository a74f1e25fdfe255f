"""Japanese dates told apart from their act: a period given by the sentence after it."""

from __future__ import annotations

import dataclasses
import itertools
import re

from materiel.extract.dates import DateMention, find_dates
from materiel.extract.frame import Sentence

# 「…ロシアに運ばれているという。昨年だけで数百万個に上る」: a sentence that only counts how much
# went in a period (だけで, 規模, に上る) dates the flow told just before it
_PERIOD_COUNT = re.compile(r"だけで|の間に|規模|に上|に達|を超え|程度")
# 「…に沿岸監視レーダーを供与する。両国政府が9日、交換公文に署名した」: the day a plan was signed
_SIGNED = re.compile(r"(?:署名|調印|締結|取り交わ|交わし|交わした)")


def dated_by_next(sentences: list[Sentence], text: str) -> None:
    """An act told with no date of its own takes the date of the next sentence, of the same
    paragraph, where that sentence tells no act but the signing of it, or names no party and
    counts the goods of a period."""
    for prior, nxt in itertools.pairwise(sentences):
        if not prior.triggers or nxt.triggers or "\n" in text[prior.end : nxt.start]:
            continue
        if any(d.iso and not d.statement for d in prior.dates):
            continue
        signed = bool(_SIGNED.search(nxt.text))
        dates = [d for d in nxt.dates if d.iso and (signed or not d.statement)]
        if len(dates) != 1 or not (signed or (_PERIOD_COUNT.search(nxt.text) and not nxt.parties)):
            continue
        for hit in prior.triggers:
            if not hit.dates:
                hit.dates = dates


# 「2023 年 8 月」「8 月 15 日」: machine translation sets spaces between a figure and 年, 月 or 日
_DATE_SPACE = re.compile(
    r"(?<=[0-9０-９X])[ \u3000](?=[年月日])|(?<=[年月])[ \u3000](?=[0-9０-９])"
    r"|(?<=[はがも、])[ \u3000](?=[0-9０-９]{1,2}[ \u3000]?日)"  # 「国防省は 15 日、」: the day a speaker spoke
)


def find_dates_ja(text: str, published: str | None) -> list[DateMention]:
    """The dates of a Japanese text, read also where a translation spaced their parts: the spaces
    inside a date are left out for reading, and each date points back at the original characters."""
    gaps = [m.start() for m in _DATE_SPACE.finditer(text)]
    if not gaps:
        return find_dates(text, "ja", published)
    kept = [i for i in range(len(text)) if i not in set(gaps)]
    squeezed = "".join(text[i] for i in kept)
    out: list[DateMention] = []
    for d in find_dates(squeezed, "ja", published):
        start, end = kept[d.start], kept[d.end - 1] + 1
        out.append(dataclasses.replace(d, start=start, end=end, text=text[start:end]))
    return out
