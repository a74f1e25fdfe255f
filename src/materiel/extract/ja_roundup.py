"""Japanese roundups with one verb for several acts: 「英国がチャレンジャー2を、カナダがレオパルト2を
4両、スペインが6両を送った」「米国からHIMARS、英国からストームシャドーが届いている」."""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import Any

from materiel.extract.frame import Arg, ItemHit, Sentence

# 「6両を」「4基が」: a count standing for the goods
_BARE_COUNT = re.compile(r"(?:を|が|は|も)")
# what closes one act of the list before the next opens: 「…を、」「…4両、」「…ストームシャドー、」
_CLOSE = re.compile(r"(?:を|が|も)?、\s*$")


def _segments(text: str, openers: list[Arg], end: int) -> list[tuple[int, int]] | None:
    bounds = [a.start for a in openers] + [end]
    spans = list(itertools.pairwise(bounds))
    for _s, e in spans[:-1]:
        if not _CLOSE.search(text, _s, e):
            return None
    return spans


def split_gapped(text: str, sentence: Sentence, quantities: list[Any]) -> None:
    """One act per party that opens a stretch of the list, with the goods (or the count) of that
    stretch; the parties outside the list (a recipient named once) go with every act."""
    if len(sentence.triggers) != 1:
        return
    hit = sentence.triggers[0]
    if hit.nominal or hit.negated or hit.trigger.direction == "request":
        return
    openers: list[Arg] = []
    for case in ("source", "subj", "topic"):
        openers = sorted(
            (a for a in sentence.parties if a.case == case and a.entity is not None and a.end <= hit.start),
            key=lambda a: a.start,
        )
        if len(openers) >= 2:
            break
    if len(openers) < 2:
        return
    if len({a.entity.id for a in openers if a.entity is not None}) != len(openers):
        return
    spans = _segments(text, openers, hit.start)
    if spans is None:
        return
    goods: list[list[ItemHit]] = []
    for s, e in spans:
        own = [it for it in sentence.items if s <= it.start < e]
        if not own:
            counts = [q for q in quantities if s <= q.start < e and _BARE_COUNT.match(text, q.end)]
            if len(counts) != 1 or not goods or len(goods[-1]) != 1:
                return
            own = [dataclasses.replace(goods[-1][0], start=counts[0].start, end=counts[0].end,
                                       quantity=counts[0].quantity, entity=goods[-1][0].entity)]  # fmt: skip
        goods.append(own)
    shared = [
        a for a in sentence.parties if not any(a is o for o in openers) and not spans[0][0] <= a.start < hit.start
    ]
    for k, (opener, own) in enumerate(zip(openers, goods, strict=True)):
        ti = 0
        if k > 0:
            ti = len(sentence.triggers)
            sentence.triggers.append(dataclasses.replace(hit))
            sentence.parties += [dataclasses.replace(a, trigger=ti) for a in shared]
        opener.trigger, opener.direct = ti, True
        for it in own:
            it.trigger, it.direct = ti, True
            if it not in sentence.items:
                sentence.items.append(it)
