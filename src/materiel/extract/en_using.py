"""English use of goods: "Russia has used Iranian drones", "the Houthis fired Iranian-made missiles at
ships", "Ukrainian crews now operate Danish F-16s". Use is no transfer, whoever made the goods (the
annotation conventions count neither attacks nor use of weapons); ground or ways lent to another's
transfer make the lender a go-between."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from materiel.extract.frame import Arg, Sentence, TriggerHit

# verbs of using goods (the lexicon's use triggers): their subject (or passive "by" agent) holds them
USING = {"use", "fire", "launch", "field", "operate", "employ"}


def idle_use(hit: TriggerHit) -> bool:
    """Whether trigger `hit` is a verb of use ("Russia fired Iranian-made drones at Kyiv", "Kenya flies
    Turkish TB2s"): use is no transfer, whatever the goods' make (attacks and use of weapons are not
    counted; the supply that put them in the user's hands is counted where it is told, as by
    "Iranian-supplied drones"). The verb stays a trigger only so that what it aims at is a target and
    what it is for ("let Tehran use its territory to supply Hezbollah") is the act."""
    return hit.trigger.lemma in USING


def user_of_goods_taken(sentence: Sentence, n: int, tok: Any, trig_tokens: dict[int, int]) -> None:
    """ "The missiles the Houthis fire were supplied by Iran": goods a clause of use (`tok`, trigger
    `n`) describes are the goods of the act they are the subject of, and their user, where that act
    names no receiver, is who they came to."""
    t = tok.head
    act = trig_tokens.get(t.head.i) if tok.dep_ == "relcl" and t.dep_ in ("nsubj", "nsubjpass") else None
    if act is None or act == n:
        return
    for it in sentence.items:
        if it.trigger == n:
            it.trigger, it.direct = act, True
    if any(a.trigger == act and a.case == "goal" for a in sentence.parties):
        return
    for a in sentence.parties:
        if a.trigger == n and a.case == "subj":
            a.trigger, a.case, a.direct = act, "goal", True


def users_of_goods_given(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, by_head: dict[int, Arg]
) -> None:
    """ "Russia uses drones that come from Iran", "The Houthis fire missiles supplied by Iran": an act
    told in a clause on the goods a party uses, naming no receiver of its own, brought them to that
    user."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        act = doc[tok_i]
        goods = act.head
        if hit.trigger.direction not in ("give", "move") or act.dep_ not in ("relcl", "acl") or goods.dep_ != "dobj":
            continue
        if goods.head.lemma_.lower() not in USING or any(a.trigger == n and a.case == "goal" for a in sentence.parties):
            continue
        user = next((by_head.get(c.i) for c in goods.head.children if c.dep_ == "nsubj"), None)
        if user is None or user.entity is None:
            continue
        user.trigger, user.case, user.direct = n, "goal", True
        use = next((m for m, (_, i) in enumerate(hits_tok) if i == goods.head.i), None)
        for it in sentence.items:
            if use is not None and it.trigger == use:
                it.trigger, it.direct = n, True  # (the goods the verb of use took are the act's)


# ground a state lends to another's transfer: "Chad's territory was used to ship weapons to the RSF"
_GROUND = {"territory", "airspace", "soil", "port", "ports", "airport", "airports", "airfield", "airfields",
           "airstrip", "airstrips", "base", "bases", "roads", "waters"}  # fmt: skip
# verbs letting another use that ground: "Chad allowed its territory to be used", "let the UAE use its airports"
_LETTING = {"allow", "let", "permit", "authorize", "authorise"}


def lent_ground(sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, by_head: dict[int, Arg]) -> None:
    """ "Chad's territory was used to ship weapons to the RSF", "Chad let the UAE use its airports to
    supply the RSF", "Chad allowed its territory to be used to ship weapons": the state whose ground
    is used for a transfer is the way the goods take, a go-between, not their giver."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        act = doc[tok_i]
        use = act.head
        if hit.nominal or act.dep_ not in ("xcomp", "advcl") or use.lemma_.lower() != "use":
            continue
        ground = [c for c in use.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _GROUND]
        owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for g in ground for c in g.children)
        for g in ground:
            owners = [c for c in g.children if c.dep_ in ("poss", "amod", "compound")]
            if owned and use.head.lemma_.lower() in _LETTING:
                owners += [c for c in use.head.children if c.dep_ == "nsubj"]
            for o in owners:
                a = by_head.get(o.i)
                if a is not None and a.entity is not None:
                    a.trigger, a.case, a.direct = n, "via", True


# a way lent to another's transfer: "gave Iran a land corridor to supply Hezbollah"
_MEANS = _GROUND | {"corridor", "route", "routes", "pipeline", "bridge", "path", "channel", "conduit", "access",
                    "lifeline", "passage", "transit", "hub", "facilities", "way"}  # fmt: skip
# verbs handing such a way to another: its giver lends it, the one it is handed to acts through it
_HANDING = {"give", "offer", "grant", "provide", "lend", "open", "hand", "afford"}


def given_means(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, by_head: dict[int, Arg]
) -> set[int]:
    """ "Syria gave Iran a land corridor to supply Hezbollah", "Sudan offered Tehran a port to ship arms
    to Hamas": the one handed the way does the act it is for, the state handing it is the goods' way
    (a go-between), and the handing is no transfer of its own. Gives the handing triggers to drop."""
    index = {tok_i: n for n, (_h, tok_i) in enumerate(hits_tok)}
    out: set[int] = set()
    for n, (hit, tok_i) in enumerate(hits_tok):
        act = doc[tok_i]
        way, hand = act.head, act.head.head
        if hit.nominal or act.dep_ not in ("relcl", "acl") or not any(c.dep_ == "aux" for c in act.children):
            continue
        if way.dep_ != "dobj" or way.lemma_.lower() not in _MEANS or hand.lemma_.lower() not in _HANDING:
            continue
        taker = next((by_head[c.i] for c in hand.children if c.dep_ == "dative" and c.i in by_head), None)
        if taker is None or taker.entity is None:
            continue
        for a in sentence.parties:
            if a.trigger == n and a.case in ("subj", "agent"):
                a.case = "other"  # (a subject the parse lent from the handing verb)
        sentence.parties.append(Arg(taker.start, taker.end, taker.entity, "subj", n))
        lender = next((by_head[c.i] for c in hand.children if c.dep_ == "nsubj" and c.i in by_head), None)
        if lender is not None and lender.entity is not None and lender.entity.id != taker.entity.id:
            sentence.parties.append(Arg(lender.start, lender.end, lender.entity, "via", n))
        m = index.get(hand.i)
        if m is not None:
            out.add(m)
    return out


UseTold = tuple[int, Arg, frozenset[str]]
"""(sentence index, user, goods) of a use a sentence tells: see `use_told`."""


def _goods_of(sentence: Sentence, n: int) -> frozenset[str]:
    """What goods trigger `n` moves, by named system and by class: {"mohajer-6", "drone"}."""
    items = [it for it in sentence.items if it.trigger == n]
    return frozenset(
        {it.entity.id for it in items if it.entity is not None}
        | {it.category for it in items if it.category != "other"}
    )


def use_told(sentence: Sentence, n: int, index: int) -> UseTold | None:
    """ "Sudan's army flew Iranian Mohajer drones over Omdurman": the party using goods (the use verb's
    subject or agent) and the goods, kept for the sentence after (see `users_received`)."""
    user = next(
        (a for a in sentence.parties if a.trigger == n and a.case in ("subj", "agent") and a.entity is not None), None
    )
    goods = _goods_of(sentence, n)
    if "drone" in goods:  # (a drone is an aircraft: "operating Mohajer-6 drones ... the aircraft were supplied")
        goods |= {"aircraft"}
    return (index, user, goods) if user is not None and goods else None


# goods told again by a definite word: "the drones", "a dozen of these drones"
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|such)\s+(?:[\w-]+\s+){0,2}$", re.I)


def users_received(sentences: list[Sentence], uses: list[UseTold], open_slots: dict[int, set[str]], text: str) -> None:
    """ "Sudan's army flew Iranian Mohajer drones over Omdurman. Officials said Iran had delivered a dozen
    of the drones.": the delivery the next sentence tells of the very goods the user was told using, by a
    giver and to no one it names, went to that user. Use alone is no receipt (see `idle_use`); it only
    says who got the goods whose giving is told."""
    for index, user, goods in uses:
        if index + 1 >= len(sentences) or user.entity is None:
            continue
        before, s = sentences[index], sentences[index + 1]
        if "\n\n" in text[before.end : s.start]:
            continue  # (another paragraph: another story)
        for ti, hit in enumerate(s.triggers):
            if hit.trigger.direction not in ("give", "move") or "recipient" not in open_slots.get(id(hit), set()):
                continue
            args = [a for a in s.parties if a.trigger == ti and a.entity is not None]
            if any(a.case == "goal" for a in args) or not any(a.case in ("subj", "agent", "source") for a in args):
                continue
            if any(a.entity is not None and a.entity.id == user.entity.id for a in args):
                continue
            again = any(
                it.trigger == ti and _DEFINITE_BEFORE.search(text[max(0, it.start - 40) : it.start]) is not None
                for it in s.items
            )
            if again and _goods_of(s, ti) & goods:
                s.parties.append(dataclasses.replace(user, case="goal", trigger=ti, direct=True))
