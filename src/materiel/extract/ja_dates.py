"""Japanese dates told apart from their act: a period given by the sentence after it."""

from __future__ import annotations

import itertools
import re

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
