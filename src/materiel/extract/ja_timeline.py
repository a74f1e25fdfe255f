"""Japanese timelines of one pair: a batch told with no party at all is between the parties the
story has just been about (「ゲパルトの最初の15両は7月下旬に届いた。自走榴弾砲は6月、7両が引き渡された」)."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from materiel.extract.frame import Arg, Sentence, TriggerHit
from materiel.lexicon import Trigger

# how far back a batch looks for the story's parties: a few sentences of the same stretch of text
_LOOK_BACK = 4
_REACH = 600
_SUPPLYING = frozenset({"source", "origin"})
_RECEIVING = frozenset({"goal", "goal-gen"})
_TAKES_A_SIDE = frozenset({"subj", "topic", "agent", "conj", "helper", "via"}) | _SUPPLYING | _RECEIVING


def _side(hit: TriggerHit, case: str) -> str | None:
    """Which end of the act `hit` tells a party of `case` stands at."""
    direction = hit.trigger.direction
    if case in _SUPPLYING or (case == "agent" and not (hit.passive and direction == "receive")):
        return "supplier"
    if case in _RECEIVING:
        return "recipient"
    if case in ("subj", "topic"):
        if direction == "give":
            return "recipient" if hit.passive else "supplier"
        if direction == "receive":
            return "recipient"
        if direction == "move" and not hit.passive:
            return "supplier"
    return None


def _story_parties(earlier: list[Sentence], start: int) -> dict[str, Arg] | None:
    """The one supplier and the one recipient the last sentences told acts between, or None when
    they name several (a roundup of many suppliers is no story of one pair)."""
    seen: dict[str, dict[str, Arg]] = {"supplier": {}, "recipient": {}}
    for s in reversed(earlier[-_LOOK_BACK:]):
        if start - s.end > _REACH:
            break
        for a in s.parties:
            if a.entity is None or a.trigger is None or a.foreign or a.speech_topic:
                continue
            if not 0 <= a.trigger < len(s.triggers) or s.triggers[a.trigger].trigger.direction == "request":
                continue
            side = _side(s.triggers[a.trigger], a.case)
            if side is not None:
                seen[side].setdefault(a.entity.id, a)
    if len(seen["supplier"]) != 1 or len(seen["recipient"]) != 1:
        return None
    found = {side: next(iter(args.values())) for side, args in seen.items()}
    if found["supplier"].entity is found["recipient"].entity:
        return None
    return found


def story_parties(sentences: list[Sentence]) -> None:
    """A sentence telling an act on named goods with no party at all (「自走榴弾砲PzH2000は6月、7両
    が引き渡された」「第1陣の11基は昨年11月に到着している」) is a batch of the story of one supplier
    and one recipient told just before: it takes them."""
    for k, s in enumerate(sentences):
        # (a party only qualifying something else, 「首都キーウの防空」, takes no side in the act)
        if k == 0 or not s.triggers or s.denial or any(a.case in _TAKES_A_SIDE for a in s.parties):
            continue
        goods = [it for it in s.items if it.entity is not None or it.category != "other"]
        if not goods:
            continue
        ti = goods[0].trigger if goods[0].trigger is not None else 0
        hit = s.triggers[ti]
        if hit.negated or hit.trigger.direction == "request" or hit.trigger.weak:
            continue
        found = _story_parties(sentences[:k], s.start)
        if found is None:
            continue
        s.parties.append(dataclasses.replace(found["supplier"], case="source", trigger=ti, direct=True))
        s.parties.append(dataclasses.replace(found["recipient"], case="goal", trigger=ti, direct=True))


def bought_from(sentence: Sentence, doc: Any, off: int, trig_tokens: dict[int, int]) -> None:
    """「米国から購入したハイマースが台湾に到着した」: the goods the main clause moves were bought (or
    given) in a relative clause on them; the party the clause names as their source supplies the
    main act too."""
    for tok_i, ti in trig_tokens.items():
        tok, hit = doc[tok_i], sentence.triggers[ti]
        if tok.dep_ != "acl" or hit.negated or hit.trigger.direction not in ("receive", "give"):
            continue
        head = off + tok.head.idx
        goods = next((it for it in sentence.items if it.start <= head < it.end and it.trigger not in (None, ti)), None)
        if goods is None or goods.trigger is None:
            continue
        main = goods.trigger
        if any(a.trigger == main and a.case in _SUPPLYING | {"agent", "subj", "topic"} for a in sentence.parties):
            continue
        supplying = ("source", "agent") if hit.trigger.direction == "receive" or hit.passive else ("subj",)
        sources = [a for a in sentence.parties if a.trigger == ti and a.case in supplying and a.entity is not None]
        if len(sources) == 1:
            sentence.parties.append(dataclasses.replace(sources[0], case="source", trigger=main, direct=True))


# 「その後は小型ドローンや防弾チョッキも加わった」: goods that joined the deliveries told before
_ADDED = re.compile(r"も(?:新たに|順次)?(?:加わっ|加わり|加わる|追加され)")


def goods_added(sentence: Sentence, text: str) -> None:
    """A sentence with no act word that tells goods joining (も加わった) is a new batch of the
    deliveries told before; story_parties gives it their supplier and recipient."""
    if sentence.triggers or not sentence.items or sentence.parties:
        return
    m = _ADDED.search(text, sentence.start, sentence.end)
    if m is None or not any(it.end <= m.start() for it in sentence.items):
        return
    trig = Trigger(lemma="加わる", kind="delivery", direction="give")
    sentence.triggers.append(TriggerHit(m.start() + 1, m.end(), trig))
    for it in sentence.items:
        if it.end <= m.start():
            it.trigger, it.direct = 0, True
