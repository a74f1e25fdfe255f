"""Japanese bulleted lists: goods listed line by line under the act a blog or roundup told just before.

「北朝鮮はロシアに砲弾などを送った。内訳は次の通り。\n・152ミリ砲弾 約500万発\n・短距離弾道ミサイル 数十発」:
each line names goods (and their count) but no party and no act; they are the goods of that act.
「各国がウクライナへの戦車供与を表明した。内訳は以下の通り。\n・ドイツ：レオパルト2 14両\n・英国：…」: each
line that opens on a giver is an act of its own, of that giver, to the act's recipient.
"""

from __future__ import annotations

import dataclasses
import re

from materiel.extract.frame import Arg, ItemHit, Sentence

# a line opened by a bullet mark (not ■ or □, which head a section: 「■ドイツ」) or a circled number
_BULLET = re.compile(r"\s*[・●○◆◇•◎▪▫\-－*＊①-⑳]")
# a line that only opens the list: 「内訳は次の通り」「中身はざっとこんな感じ」「主な品目：」
_LIST_OPENER = re.compile(r"(?:次の|以下の)(?:通り|とおり)|こんな感じ|内訳|品目|リスト|一覧|[：:]\s*$")
# a line that opens on a party, then a colon: 「・ドイツ：レオパルト2 14両」
_GIVER_LINE = re.compile(r"\s*[・●○◆◇•◎▪▫\-－*＊①-⑳]\s*(?P<name>[^：:、。\s]{1,14})\s*[：:]")
# how many sentences back (the opener and a remark on the act included) the act may be told
_ACT_REACH = 3


def _bulleted(sentence: Sentence) -> bool:
    """「・152ミリ砲弾 約500万発」: a line of goods opened by a bullet mark, naming no party and no act."""
    return (
        _BULLET.match(sentence.text) is not None
        and bool(sentence.items)
        and not sentence.parties
        and not sentence.triggers
    )


def _listed_act(before: list[Sentence]) -> tuple[Sentence, int] | None:
    """The sentence of the act a list belongs to, and the act's index: the latest one with an act
    that names a party, reached over list openers (「内訳は次の通りだという」) and remarks with no act
    of their own; the list must follow the act or an opener right away."""
    if not before:
        return None
    if not before[-1].triggers and _LIST_OPENER.search(before[-1].text) is None:
        return None
    for sentence in reversed(before[-_ACT_REACH:]):
        acts = [a.trigger for a in sentence.parties if a.trigger is not None and a.trigger >= 0 and a.direct]
        acts += [it.trigger for it in sentence.items if it.trigger is not None and it.trigger >= 0]
        if sentence.triggers and acts:
            return sentence, acts[0]
        if sentence.triggers:
            return None  # (an act with no party of its own: no place to hang the list)
    return None


def _told_again(word: str, listed: list[str], item: ItemHit, kinds: set[str]) -> bool:
    """「砲弾」 told again, more precisely, as 「152ミリ砲弾」 (a listed word ending in it); 「弾薬」 or
    「兵器」, a word for goods at large, told again as the goods of its kind (or of any kind) listed."""
    return any(w.endswith(word) for w in listed) or item.umbrella or item.category in kinds


def goods_bulleted_after(text: str, sentences: list[Sentence]) -> None:
    """Moves the goods of a run of bulleted lines to the act told before the run (the act's own
    goods that a line tells again, more precisely, give way to the line's)."""
    k = 0
    while k < len(sentences):
        if not _bulleted(sentences[k]):
            k += 1
            continue
        end = k
        while end < len(sentences) and _bulleted(sentences[end]):
            end += 1
        found = _listed_act(sentences[:k])
        if found is not None:
            owner, ti = found
            lines = sentences[k:end]
            listed = [text[it.start : it.end] for s in lines for it in s.items]
            kinds = {it.category for s in lines for it in s.items}
            owner.items = [
                it
                for it in owner.items
                if it.trigger != ti
                or it.entity is not None
                or not _told_again(text[it.start : it.end], listed, it, kinds)
            ]
            owner.items += [dataclasses.replace(it, trigger=ti, direct=True) for s in lines for it in s.items]
            for s in lines:
                s.items = []
        k = end


def _giver_line(sentence: Sentence) -> Arg | None:
    """「・ドイツ：レオパルト2 14両」: the one party a bulleted line opens on, where the line names goods
    and no act."""
    m = _GIVER_LINE.match(sentence.text)
    if m is None or not sentence.items or sentence.triggers:
        return None
    named = [a for a in sentence.parties if a.entity is not None]
    start, end = sentence.start + m.start("name"), sentence.start + m.end("name")
    if len(named) != 1 or not (start <= named[0].start and named[0].end <= end):
        return None
    return named[0]


def _taker_of(sentence: Sentence, ti: int) -> Arg | None:
    """The recipient of act `ti`, where the act names one and no giver: 「各国がウクライナへの…供与を
    表明した」."""
    own = [a for a in sentence.parties if a.trigger == ti and a.entity is not None]
    takers = [a for a in own if a.case in ("goal", "goal-gen")]
    if len(takers) != 1 or any(a.case in ("subj", "topic", "source", "agent", "origin") for a in own):
        return None
    return takers[0]


def givers_bulleted_after(sentences: list[Sentence]) -> None:
    """Makes each bulleted line that opens on a giver an act of that giver to the recipient of the
    act told before the list (the act's own goods, a word for the whole, give way to the lines)."""
    k = 0
    while k < len(sentences):
        if _giver_line(sentences[k]) is None:
            k += 1
            continue
        end = k
        while end < len(sentences) and _giver_line(sentences[end]) is not None:
            end += 1
        found = _listed_act(sentences[:k])
        taker = _taker_of(*found) if found is not None else None
        if found is not None and taker is not None:
            owner, ti = found
            hit = owner.triggers[ti]
            planned = any(c[2] == "planned" and c[0] >= hit.start for c in owner.cue_spans)
            for line in sentences[k:end]:
                giver = _giver_line(line)
                assert giver is not None
                line.triggers = [
                    dataclasses.replace(
                        hit, start=giver.end, end=giver.end + 1, status=hit.status or ("planned" if planned else None)
                    )
                ]
                line.parties = [
                    dataclasses.replace(giver, case="source", trigger=0, direct=True),
                    dataclasses.replace(taker, trigger=0, direct=True),
                ]
                line.items = [dataclasses.replace(it, trigger=0, direct=True) for it in line.items]
                line.statuses |= owner.statuses
                line.dates = line.dates or list(owner.dates)
                line.attribution = line.attribution or owner.attribution
            # (the act told before is the list's: no act of an unnamed giver of its own)
            owner.items = [it for it in owner.items if it.trigger != ti]
            taker.trigger = None
        k = end
