"""English front end, parties carried through a story of one supplier and one recipient.

Wire copy and briefs tell the history of a pair in sentences that name neither party again:
"Sweden pledged its biggest package on Monday. Eight Archer systems were delivered in 2023, and
50 CV90s had been handed over by the end of last year." Each such act is a batch of its own
(its own goods, its own date), between the parties of the pair the story is about. Also here: goods
the speaking state calls its own ("Norway confirmed Ukraine had received six of its F-16s"), and
goods counted after a fronted class ("Among the largest items delivered are 31 Abrams tanks").
"""

from __future__ import annotations

import dataclasses
import re

from materiel.extract.common import same_kind_word
from materiel.extract.en_cases import LOTS
from materiel.extract.en_deals import DEAL_NOUNS
from materiel.extract.frame import Arg, Sentence, TriggerHit

# a state or a group named anywhere in the sentence (outside its attribution) means the sentence
# tells its own story; a body or a maker ("according to figures published by the ministry") does not
_ACTORS = ("country", "armed-group")
# how far back (in sentences) the latest act with both parties may lie for the story to go on
_REACH = 4


def _roles(hit: TriggerHit) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The cases that make a supplier and a recipient of this trigger (as the assembler reads
    them), the one to give a carried party first."""
    direction, passive = hit.trigger.direction, hit.passive
    if direction == "receive":  # "Ukraine received", "drones bought by Russia"
        return ("source",) if passive else ("source", "agent"), ("agent", "subj") if passive else ("subj",)
    if direction == "move":  # "the tanks arrived from Poland"
        return ("source", "agent") if passive else ("source", "subj", "agent"), ("goal",)
    # "Poland sent", "were handed over by Poland", "Ukraine was supplied with"
    return ("agent", "origin") if passive else ("subj", "agent", "origin"), ("goal", "subj") if passive else ("goal",)


def supplier_cases(hit: TriggerHit) -> tuple[str, ...]:
    """The cases that make a supplier of this trigger: "Iran" in "Iran sent", "drones from Iran"."""
    return _roles(hit)[0]


def _pairs_of(s: Sentence, ti: int) -> list[tuple[Arg, Arg]]:
    """The supplier and recipient pairs the sentence gives trigger `ti` (one per conjunct:
    "the Netherlands and Denmark will send")."""
    sup_cases, rec_cases = _roles(s.triggers[ti])
    args = [a for a in s.parties if a.trigger == ti and a.entity is not None]
    return [
        (sup, rec)
        for sup in args
        if sup.case in sup_cases
        for rec in args
        if rec.case in rec_cases
        and sup.entity is not None
        and rec.entity is not None
        and sup.entity.id != rec.entity.id
    ]


def _bare_batch(s: Sentence, ti: int, open_slots: set[str]) -> bool:
    """A delivery of goods counted or named and no party at all: "50 CV90s had been handed over"."""
    hit = s.triggers[ti]
    # (a deal told by its noun, "the contracts covered 180 K2s", is the story's purchase)
    deal = hit.nominal and hit.trigger.kind == "purchase" and hit.trigger.lemma in DEAL_NOUNS
    if hit.trigger.direction not in ("give", "move") and not deal:
        return False
    if hit.negated or hit.status in ("denied", "requested"):
        return False
    if open_slots != {"supplier", "recipient"}:
        return False
    goods = [it for it in s.items if it.trigger == ti]
    if not any(it.quantity is not None or it.entity is not None for it in goods):
        return False  # "weapons were delivered", "the jets were arriving too slowly": talk, no batch
    said = s.attribution
    return not any(
        a.entity is not None
        and a.entity.type in _ACTORS
        and a.case != "origin"  # "40 Patria vehicles", "US-made jets": a make, no party to the act
        and a.case != "via"  # "two batches were shipped through Armenia": a stop on the way, no end
        and not (said is not None and said.start <= a.start < said.end)
        for a in s.parties
    )


def carry_story_parties(sentences: list[Sentence], open_slots: dict[int, set[str]]) -> None:
    """A delivery told with no party, in a sentence naming none, is between the parties of the
    story it goes on: the pair told most often so far (each conjunct counted; the latest of those
    tied), when an act with both parties was told in the sentences just before it. "The UK sent Storm Shadows in May.
    France followed with the SCALP. 14 Challenger 2 tanks were also handed over" goes on the UK's."""
    told: list[tuple[int, Arg, Arg]] = []
    goods_of: dict[int, list[str]] = {}  # the goods' words of each act told, by its place in `told`
    # acts told with a recipient and no supplier ("Western arms keep flowing to Ukraine"), by sentence
    bound: list[tuple[int, Arg]] = []
    for n, s in enumerate(sentences):
        found: list[tuple[int, Arg, Arg]] = []
        for ti, hit in enumerate(s.triggers):
            pairs = _pairs_of(s, ti)
            if not pairs and not told and (end := _bound_alone(s, ti)) is not None:
                bound.append((n, end))
            going_on = bool(told) and n - told[-1][0] <= _REACH
            if not pairs and not going_on and bound and n - bound[-1][0] <= 1 and n > bound[-1][0]:
                # "Western arms keep flowing to Ukraine. Belgium pledged 30 F-16s, Portugal sent three
                # more Leopards": givers alone right after a story naming only the recipient give to it
                giver = _giver_alone(s, ti, open_slots.get(id(hit), set()))
                ends = {e.entity.id for m, e in bound if n - m <= 1 and e.entity is not None}
                if giver is not None and len(ends) == 1 and giver.entity is not None and giver.entity.id not in ends:
                    rec = bound[-1][1]
                    s.parties.append(dataclasses.replace(rec, case=_roles(hit)[1][0], trigger=ti, direct=True))
                    pairs = [(giver, rec)]
            goods = [it for it in s.items if it.trigger == ti]
            words = [s.text[it.start - s.start : it.end - s.start] for it in goods]
            if not pairs and going_on and _bare_batch(s, ti, open_slots.get(id(hit), set())):
                # (goods of a system of their own, "14 Challenger 2 tanks", say nothing by their word)
                bare = [w for w, it in zip(words, goods, strict=True) if it.entity is None]
                sup, rec = _pair_of_the_goods(told, goods_of, bare, n) or _main_pair(told)
                sup_cases, rec_cases = _roles(hit)
                s.parties.append(dataclasses.replace(sup, case=sup_cases[0], trigger=ti, direct=True))
                s.parties.append(dataclasses.replace(rec, case=rec_cases[0], trigger=ti, direct=True))
                pairs = [(sup, rec)]
            elif not pairs and going_on and (giver := _giver_alone(s, ti, open_slots.get(id(hit), set()))):
                story_rec = _one_recipient(told, n, giver)
                if story_rec is not None:
                    s.parties.append(dataclasses.replace(story_rec, case=_roles(hit)[1][0], trigger=ti, direct=True))
                    pairs = [(giver, story_rec)]
            elif not pairs and going_on and (goal := _lot_bound_alone(s, ti)):
                story_sup = _one_supplier(told, n, goal)
                if story_sup is not None:
                    s.parties.append(dataclasses.replace(story_sup, case=_roles(hit)[0][0], trigger=ti, direct=True))
                    pairs = [(story_sup, goal)]
            for sup, rec in pairs:
                goods_of[len(told) + len(found)] = words
                found.append((n, sup, rec))
        told += found


def _pair_of_the_goods(
    told: list[tuple[int, Arg, Arg]], goods_of: dict[int, list[str]], words: list[str], n: int
) -> tuple[Arg, Arg] | None:
    """ "Nigeria got two T129 helicopters from Turkey. It flies JF-17 jets bought from Pakistan. The
    remaining four helicopters will be delivered next year": of the pairs whose acts within reach
    have goods ending in the bare word the batch names its goods by, the one told most often (the
    latest of those tied); None where no act's goods do."""
    near = {
        _key(told[k][1], told[k][2])
        for k in range(len(told))
        if n - told[k][0] <= _REACH and any(same_kind_word(w, g) for w in words for g in goods_of.get(k, []))
    }
    # (counted over the whole story: "supplied Russia with shells for its war in Ukraine" names
    # Ukraine beside the act, but the story is of the pair it tells again and again)
    return _main_pair([t for t in told if _key(t[1], t[2]) in near]) if near else None


def _giver_alone(s: Sentence, ti: int, open_slots: set[str]) -> Arg | None:
    """ "Serbia bought Chinese missiles in 2022. Moscow had donated six MiG-29s in 2017": a state
    giving counted or named goods to no one named, in a story of one recipient, gives them to it
    (and so does one by whom such goods "were delivered", or whose gift a noun tells: "Denmark's
    contribution included 30 more of the tanks"); the giver (None where the act is no such gift)."""
    hit = s.triggers[ti]
    if hit.trigger.direction != "give" or hit.negated:
        return None
    if hit.status in ("denied", "requested") or open_slots != {"recipient"}:
        return None
    goods = [it for it in s.items if it.trigger == ti]
    if not any(it.quantity is not None or it.entity is not None for it in goods):
        return None
    role = "agent" if hit.passive else "subj"
    givers = [a for a in s.parties if a.trigger == ti and a.case == role and a.entity is not None]
    if len(givers) != 1 or givers[0].entity is None or givers[0].entity.type not in _ACTORS:
        return None
    return givers[0]


def _bound_alone(s: Sentence, ti: int) -> Arg | None:
    """The one state or group an act gives or moves goods to, where it names no giver or source
    ("Western arms keep flowing to Ukraine"); None otherwise."""
    hit = s.triggers[ti]
    if hit.negated or hit.status in ("denied", "requested") or hit.trigger.direction not in ("give", "move"):
        return None
    sup_cases, rec_cases = _roles(hit)
    mine = [a for a in s.parties if a.trigger == ti and a.entity is not None]
    if any(a.case in sup_cases or a.case == "origin" for a in mine):
        return None
    ends = [a for a in mine if a.case in rec_cases]
    if len(ends) != 1 or ends[0].entity is None or ends[0].entity.type not in _ACTORS:
        return None
    return ends[0]


def _one_recipient(told: list[tuple[int, Arg, Arg]], n: int, giver: Arg) -> Arg | None:
    """The recipient of every act told in the sentences within reach before sentence `n`, where
    they all share one other than the giver ("Israel supplied two thirds of Baku's imports" after
    acts for Armenia and Azerbaijan goes to neither); None otherwise."""
    ids = {rec.entity.id for m, _sup, rec in told if n - m <= _REACH and rec.entity is not None}
    if len(ids) != 1 or giver.entity is None or giver.entity.id in ids:
        return None
    return next(rec for m, _sup, rec in reversed(told) if n - m <= _REACH and rec.entity is not None)


def _lot_bound_alone(s: Sentence, ti: int) -> Arg | None:
    """ "Russia has shipped armoured vehicles to Mali. A second consignment is en route to Bamako": a
    lot told by its noun with only where it goes named, in a story of one supplier, comes from that
    supplier; the lot's receiver (None where the act is no such lot)."""
    hit = s.triggers[ti]
    if not hit.nominal or hit.trigger.lemma not in LOTS or hit.trigger.direction != "give" or hit.negated:
        return None
    if hit.status in ("denied", "requested"):
        return None
    mine = [a for a in s.parties if a.trigger == ti and a.entity is not None]
    goals = [a for a in mine if a.case == "goal"]
    if len(goals) != 1 or len(mine) != 1 or goals[0].entity is None or goals[0].entity.type not in _ACTORS:
        return None
    return goals[0]


def _one_supplier(told: list[tuple[int, Arg, Arg]], n: int, receiver: Arg) -> Arg | None:
    """The supplier of every act told in the sentences within reach before sentence `n`, where they
    all share one other than the receiver; None otherwise."""
    ids = {sup.entity.id for m, sup, _rec in told if n - m <= _REACH and sup.entity is not None}
    if len(ids) != 1 or receiver.entity is None or receiver.entity.id in ids:
        return None
    return next(sup for m, sup, _rec in reversed(told) if n - m <= _REACH and sup.entity is not None)


def _key(sup: Arg, rec: Arg) -> tuple[str, str]:
    return (sup.entity.id if sup.entity else "", rec.entity.id if rec.entity else "")


def _main_pair(told: list[tuple[int, Arg, Arg]]) -> tuple[Arg, Arg]:
    """The pair of acts told most often, the latest of those tied."""
    counts: dict[tuple[str, str], int] = {}
    for _n, sup, rec in told:
        counts[_key(sup, rec)] = counts.get(_key(sup, rec), 0) + 1
    best = max(counts.values())
    _n, sup, rec = next(t for t in reversed(told) if counts[_key(t[1], t[2])] == best)
    return sup, rec


# "six of its F-16s", "the last of its 24 jets", "their own Leopards": goods the speaker owns
_OWN_GOODS = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,4}$", re.I)


def speakers_own_goods(sentences: list[Sentence], open_slots: dict[int, set[str]], text: str) -> None:
    """ "Norway confirmed that Ukraine had received six of its F-16s", "the Netherlands said the last
    of its jets had been transferred": goods the sentence's speaking state calls its own, delivered
    with no supplier named, are that state's supply."""
    for s in sentences:
        said = s.attribution
        speaker = said.speaker if said is not None else None
        if speaker is None or speaker.entity is None or speaker.entity.type not in _ACTORS:
            continue
        for ti, hit in enumerate(s.triggers):
            if hit.trigger.direction == "request" or "supplier" not in open_slots.get(id(hit), set()):
                continue
            sup_cases, rec_cases = _roles(hit)
            mine = [a for a in s.parties if a.trigger == ti and a.entity is not None]
            if any(a.case in sup_cases for a in mine) or any(
                a.case in rec_cases and a.entity is not None and a.entity.id == speaker.entity.id for a in mine
            ):
                continue
            goods = [it for it in s.items if it.trigger == ti]
            own = next(
                (m for it in goods if (m := _OWN_GOODS.search(text, max(s.start, it.start - 40), it.start))), None
            )
            if own is None or _nearer_owner(s, speaker, own.start(), ti, rec_cases):
                continue
            # the party stands at "its": the speaker's own words are the claim's, not the act's
            at = own.start() + len(own.group().split()[0])
            s.parties.append(dataclasses.replace(speaker, start=own.start(), end=at, case=sup_cases[0], trigger=ti))


# a state's office speaking for its own side: "Ukraine's defence minister", "Kyiv's air force", "the
# Philippine Navy" (no unnamed "officials" or "intelligence", who report on others' arms as often)
_OWN_OFFICE = re.compile(
    r"\b(?:minister|ministry|president|presidency|prime\s+minister|government|army|military|armed\s+forces|"
    r"air\s+force|navy|general\s+staff|defen[cs]e\s+forces)\b(?!\s+intelligence)",
    re.I,
)


# the office a state's adjective names: "Ukrainian President Volodymyr Zelensky", "the Polish defence
# ministry" (no "military", which as often heads "military intelligence"; "a Ukrainian military
# intelligence spokesman" tells of the enemy's arrivals as often as of his own side's)
_OFFICE_AFTER = re.compile(
    r"\s+(?:(?:defen[cs]e|foreign|prime)\s+)?(?:minister|ministry|president|government|army|armed\s+forces|"
    r"air\s+force|navy|general\s+staff)\b",
    re.I,
)


def speakers_own_arrivals(sentences: list[Sentence], open_slots: dict[int, set[str]], text: str) -> None:
    """ "The jets have arrived from Denmark, Ukraine's defence minister said": goods that arrive from a
    named party, told by a state's own office with no destination named (in the sentence or the story
    before it), arrived in that office's state. (A leader named alone is left out: "the drones arrived
    from Iran, Antony Blinken said" tells of another state's arrivals.)"""
    for s in sentences:
        said = s.attribution
        speaker = said.speaker if said is not None else None
        if speaker is None or speaker.entity is None or speaker.entity.type != "country":
            continue
        if not _OWN_OFFICE.search(text, speaker.start, speaker.end) and not _OFFICE_AFTER.match(text, speaker.end):
            continue
        for ti, hit in enumerate(s.triggers):
            if hit.trigger.direction != "move" or hit.negated or "recipient" not in open_slots.get(id(hit), set()):
                continue
            sup_cases, rec_cases = _roles(hit)
            mine = [a for a in s.parties + s.places if a.trigger == ti]
            senders = [a for a in mine if a.case in sup_cases and a.entity is not None]
            if not senders or any(a.case in rec_cases for a in mine) or not any(it.trigger == ti for it in s.items):
                continue
            if any(a.entity is not None and a.entity.id == speaker.entity.id for a in senders):
                continue  # ("the jets left from Denmark, Denmark's ministry said": the sender speaks)
            # (the party stands at the verb: the speaker's own words are the claim's, not the act's)
            at = hit.end
            s.parties.append(dataclasses.replace(speaker, start=at, end=at, case=rec_cases[0], trigger=ti, direct=True))


def _nearer_owner(s: Sentence, speaker: Arg, at: int, ti: int, rec_cases: tuple[str, ...]) -> bool:
    """Whether a state other than the speaker and the act's recipient stands between the speaker and
    "its" ("Norway said ..., while Belgium has promised to send its first jets": Belgium's)."""
    return any(
        a.entity is not None
        and a.entity.type in _ACTORS
        and speaker.end <= a.start < at
        and a.entity.id != (speaker.entity.id if speaker.entity else None)
        and not (a.trigger == ti and a.case in rec_cases)
        for a in s.parties
    )


# "Among the largest items delivered are 31 Abrams tanks", "Among the weapons Seoul has sent so far
# were K9 howitzers": a fronted class of goods an act has moved, then the goods it counts
_AMONG = re.compile(
    r"^\s*Among\s+(?:the|its|their|[\w.]+'s?)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:are|were|have been|has been|is|was)\s",
)


def among_listed(sentence: str, s0: int, hits: list[TriggerHit]) -> int | None:
    """The trigger of the fronted "Among the items delivered" whose goods the copula lists, if any."""
    found = _AMONG.match(sentence)
    if found is None:
        return None
    inside = [n for n, h in enumerate(hits) if s0 + found.start() <= h.start < s0 + found.end()]
    return inside[0] if len(inside) == 1 and hits[inside[0]].trigger.direction in ("give", "move") else None


def seizure_pair(s: Sentence) -> tuple[TriggerHit, Arg, Arg] | None:
    """The act and pair of the seized shipment a sentence tells ("forces seized Iranian arms bound
    for the Houthis"): its first act with goods and both parties, or None."""
    for ti, hit in enumerate(s.triggers):
        sup_cases, rec_cases = _roles(hit)
        args = [a for a in s.parties if a.trigger == ti and a.entity is not None]
        # (the make of the goods is who sent them: "seized Iranian weapons bound for the Houthis")
        sup = next((a for a in args if a.case in (*sup_cases, "origin")), None)
        rec = next((a for a in args if a.case in rec_cases), None)
        if sup is not None and rec is not None and any(it.trigger == ti for it in s.items):
            return hit, sup, rec
    return None


def seized_cargo(s: Sentence, seizure: tuple[TriggerHit, Arg, Arg], word: tuple[int, int] | None) -> None:
    """ "Yemeni forces seized Iranian arms bound for the Houthis. The coast guard intercepted a dhow
    carrying C-802 parts and drone engines": the cargo a sentence after a seizure lists, with a
    seizure word (`word`) but no act or party of its own, is the seized shipment's."""
    goods = [it for it in s.items if it.trigger is None]
    if s.triggers or word is None or not goods:
        return
    hit, sup, rec = seizure
    s.triggers.append(dataclasses.replace(hit, start=word[0], end=word[1], dates=None))
    s.parties += [dataclasses.replace(a, trigger=0, direct=True) for a in (sup, rec)]
    for it in goods:
        it.trigger = 0
    s.statuses.add("alleged")


# verbs of a stop on the way: goods put ashore or landed somewhere ("were unloaded at Conakry port")
_STOP_VERBS = {"unload", "offload", "dock", "land", "touch"}
# the goods told again by a definite noun ("The vehicles were unloaded"): goods already told
_TOLD_AGAIN = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+){0,2}$", re.I)


def stops_on_the_way(sentences: list[Sentence]) -> None:
    """ "Russia sent 20 tanks to Niger. The tanks were unloaded at Conakry port": the
    place where goods just told going to another state were put ashore or landed is a stop on their
    route (a go-between), no receiver of its own."""
    for n in range(1, len(sentences)):
        s, prev = sentences[n], sentences[n - 1]
        receivers = [a for a in prev.parties if a.case == "goal" and a.entity is not None]
        goals = {
            a.entity.id: it.trigger
            for a in prev.parties
            if a.case == "goal" and a.entity is not None
            for it in prev.items
            if it.trigger == a.trigger
        }
        if len(goals) != 1:
            continue
        for ti, hit in enumerate(s.triggers):
            if hit.trigger.lemma not in _STOP_VERBS:
                continue
            # (a town or port is a place: "were offloaded in Latakia"; its state is told by the assembler)
            mine = [a for a in s.parties if a.trigger == ti]
            mine += [p for p in s.places if p.trigger == ti and p.case == "goal"]
            if not mine or any(a.case != "goal" or a.entity is None or a.entity.id in goals for a in mine):
                continue
            goods = [it for it in s.items if it.trigger == ti]
            if not goods or any(
                it.entity is not None or not _TOLD_AGAIN.search(s.text, 0, it.start - s.start) for it in goods
            ):
                continue
            words = [s.text[it.start - s.start : it.end - s.start] for it in goods]
            told = [
                prev.text[it.start - prev.start : it.end - prev.start]
                for it in prev.items
                if it.trigger in goals.values()
            ]
            if not all(any(same_kind_word(w, t) for t in told) for w in words):
                continue
            for a in mine:
                a.case = "via"
            # (the goods go on to the receiver told before: the stop is a leg of that transfer)
            receiver = next(a for a in receivers if a.entity is not None and a.entity.id in goals)
            s.parties.append(dataclasses.replace(receiver, trigger=ti, direct=False))
