"""English use of foreign goods: "Russia has used Iranian drones", "the Houthis fired Iranian-made
missiles at ships", "Ukrainian crews now operate Danish F-16s". Use is no transfer, but goods of
another state in a party's hands were supplied to it; the verb of use stands for that receipt only
when its goods carry a state other than the user's."""

from __future__ import annotations

from typing import Any

from materiel.extract.frame import Arg, Sentence, TriggerHit

# verbs of using goods (the lexicon's use triggers): their subject (or passive "by" agent) holds them
USING = {"use", "fire", "launch", "field", "operate", "employ"}
# goods taken in battle or seized change hands with no supplier: "used captured Russian tanks"
_TAKEN = {"captured", "seized", "abandoned", "trophy", "stolen", "looted", "intercepted", "downed"}
# what is launched or fired that is no goods: "launched 100 attacks on merchant ships and US warships"
# (the parse joins the targets to the attacks, so they must not read as goods used)
_ACTS = {"attack", "strike", "raid", "assault", "salvo", "barrage", "offensive", "operation", "campaign"}


def idle_use(tok: Any, hit: TriggerHit, n: int, parties: list[Arg], tok_of: dict[int, Any]) -> bool:
    """Whether the use verb `tok` (trigger `n`) tells no receipt: its goods name no state of their own
    ("Russia fired Iskander missiles at Kyiv"), that state is the user's ("Iran launched Iranian
    drones"), or the goods were taken, not given ("Ukraine used captured Russian tanks"). The verb is
    the trigger's lemma, so that flying goods in service reads as operating them ("the air force,
    which flies 150 JF-17s": no receipt)."""
    if hit.trigger.lemma not in USING:
        return False
    goods = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        goods.append(tok.head)  # "the Iranian drones used by Russia": the goods the participle is said of
        for a in parties:  # (their make, which the parse hangs on another verb)
            if a.trigger is None and a.case == "origin" and _within(tok_of.get(a.start), goods):
                a.trigger, a.direct = n, True
            elif a.trigger == n and not a.direct:
                a.trigger = None  # ("Ukraine shot down Iranian drones used by Russia": no user of them)
    for a in parties:
        if a.trigger == n and a.case == "origin" and not _within(tok_of.get(a.start), goods):
            a.case = "other"  # "fired a missile at a US destroyer": the target's state supplied nothing
    origins = {a.entity.id for a in parties if a.trigger == n and a.case == "origin" and a.entity is not None}
    users = {a.entity.id for a in parties if a.trigger == n and a.case in ("subj", "agent") and a.entity is not None}
    if not origins or origins <= users:
        return True
    return any(_taken(g) for g in goods)


def _within(tok: Any | None, goods: list[Any]) -> bool:
    """Whether `tok` lies in one of the phrases `goods` (reached from it through its heads)."""
    while tok is not None:
        if any(tok.i == g.i for g in goods):
            return True
        if tok.head.i == tok.i or tok.dep_ == "prep" or (tok.dep_ == "conj" and tok.head.lemma_.lower() in _ACTS):
            return False
        tok = tok.head
    return False


def _taken(goods: Any) -> bool:
    """ "captured Russian tanks", "Russian shells seized on the battlefield": goods taken from their
    owner, not given."""
    return any(
        c.lower_ in _TAKEN or (c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _TAKING)
        for c in goods.children
        if c.dep_ in ("amod", "compound", "acl", "relcl")
    )


_TAKING = {"capture", "seize", "take", "abandon", "loot", "steal", "intercept", "recover"}


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
