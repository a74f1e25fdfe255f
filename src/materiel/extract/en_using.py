"""English use of goods: "Russia has used Iranian drones", "the Houthis fired Iranian-made missiles at
ships", "Ukrainian crews now operate Danish F-16s". Use is no transfer, whoever made the goods (the
annotation conventions count neither attacks nor use of weapons); ground or ways lent to another's
transfer make the lender a go-between."""

from __future__ import annotations

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
