"""English front end, dates read across a clause or a sentence boundary.

- a date that dates the saying ("said in November that ...", "Sky News reported last year")
  is the statement's when the sentence has another date for the deed itself;
- a transfer sentence with no date of its own takes the date of the sentence before it in the
  same paragraph when both speak of the same parties or goods ("In May, Iran sent drones to
  Russia. The drones were shipped to Astrakhan."), and a more precise date from the sentence
  after it that takes the goods up again ("The components were seized on January 11");
- a date in a clause of use ("the missiles, fired at Kyiv since December") is no transfer's;
- goods named by what was named before: "Shahed 191 and 129 drones" (the sibling model),
  "the first two batteries" (of the system named last), "the shells" (of the make told before);
- parties told in the sentence next to the act: a sender named by a delivery noun after the receipt,
  the one asked in a request after a wish, the place of rulers told as "there".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from materiel.extract.common import UNDER_WAY
from materiel.extract.dates import DateMention
from materiel.extract.en_cases import SPEECH, head_of
from materiel.extract.en_clauses import SUPPLIER_NOUN
from materiel.extract.en_dates import ACT_TOOK_PLACE, OF_A_WAR
from materiel.extract.frame import Arg, ItemHit, Sentence, TriggerHit
from materiel.gazetteer import Gazetteer
from materiel.model import Entity

_SAYING = SPEECH - {"find", "show", "indicate", "believe", "think", "know", "fear", "hope", "refuse", "decline"}
# verbs of putting out a paper that tells the deed, which date its telling as saying does: "according to
# the list of aid published on Wednesday", "in a statement issued on Monday"
_PUBLISHING = {"publish", "issue", "release", "update"}
_DEFINITE = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+){0,3}?$", re.I)
# words making the goods taken up another lot of the deal ("The remaining four helicopters should
# arrive by December"): a lot of its own, with a date of its own, no restatement of the act before
_OTHER_LOT = re.compile(r"\b(?:remaining|rest|next|further|other|second|third|last|final|additional)\b", re.I)
_OPENING = re.compile(r"^\s*(?:The|These|Those)\s+(?:[\w-]+\s+){0,3}?$")
# a next sentence that takes up the load as a whole: "The cargo was found on Thursday"
_LOAD_OPENING = re.compile(
    r"^\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:cargo|shipment|consignment|haul|load)\s+"
    r"(?:was|had been|has been|is)\b"
)
# a next sentence telling only when the deal was struck: "A contract was signed in May", "The deal
# was finalised on Tuesday" (it takes up the plan told before)
_DEAL_STRUCK = re.compile(
    r"^\s*(?:An?|The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:contract|deal|agreement|accord)\s+"
    r"(?:was|has been|had been)\s+(?:formally\s+)?(?:signed|inked|concluded|finali[sz]ed|sealed)\b",
    re.I,
)


def mark_statements(
    dates: list[DateMention], doc: Any, tok_at: list[int], trig_tokens: dict[int, int]
) -> list[DateMention]:
    """Dates hanging on a speech verb ("said in November") before any trigger date the saying."""
    if not dates:
        return dates
    verbs: list[Any] = []
    toks: list[Any] = []
    # the date of a verb neither saying nor a transfer ("completing a pledge it made in 2023") dates
    # neither the act nor its telling
    idle: set[int] = set()
    for n, d in enumerate(dates):
        i = tok_at[d.start] if d.start < len(tok_at) else -1
        t = doc[i] if i >= 0 else None
        toks.append(t)
        # (a date right after the saying is the saying's, wherever the parse hangs it; any other
        # date the parse decides: "took delivery on Friday, the agency said" is the deed's day)
        said = _said_just_before(doc, i) if i >= 0 else None
        for _ in range(0 if said is not None else 5):
            if t is None or t.i in trig_tokens or t.head.i == t.i:
                break
            t = t.head
            if t.lemma_.lower() in _SAYING and t.pos_ in ("VERB", "AUX"):
                said = t
                break
            if t.lemma_.lower() in _PUBLISHING and t.dep_ == "acl" and t.tag_ == "VBN" and _paper(t.head):
                said = t  # "according to the list published by the government on Wednesday"
                break
            if t.pos_ in ("VERB", "AUX"):
                if t.i not in trig_tokens and t.dep_ in ("relcl", "acl"):
                    idle.add(n)
                break
        verbs.append(said)
    out = list(dates)
    for n, (d, verb) in enumerate(zip(dates, verbs, strict=True)):
        if verb is None:
            continue
        # the deed's own date: in what is said, or in the clause the saying comments on
        scope = verb
        while scope.dep_ not in ("conj", "ROOT") and scope.head.i != scope.i:
            scope = scope.head
        others = [
            e
            for m, (e, v, t) in enumerate(zip(dates, verbs, toks, strict=True))
            if v is None and t is not None and e.iso and m not in idle and (verb.is_ancestor(t) or scope.is_ancestor(t))
        ]
        # "Blinken said on Tuesday that Russia had received ...", "Germany has delivered a fourth
        # system, the ministry said on Monday": the only date, a day, dates the saying, not the deed
        # it tells (done at or before it); the assembler makes it the month of a deed and the day of
        # a pledge
        alone = len(dates) == 1 and d.iso is not None and len(d.iso) == 10
        earlier = alone and any(t.i in trig_tokens and not _told_as_plan(t) for t in scope.subtree)
        # "said on Sunday it would deliver them in 2024": the day of a pledge dates the pledge
        pledge = bool(others and d.iso and not all(e.iso and e.iso[: len(d.iso)] > d.iso for e in others))
        if earlier or pledge:
            out[n] = dataclasses.replace(d, statement=True)
    return out


# papers that tell deeds: what a publishing participle may put out
_PAPERS = {"list", "statement", "report", "document", "update", "overview", "table", "release", "communique",
           "communiqué", "notice", "announcement", "post", "bulletin", "factsheet", "sheet", "tally"}  # fmt: skip


def _paper(noun: Any) -> bool:
    """Whether `noun` names a paper that tells deeds: "a statement", "the updated list of military aid"
    (whose "of" the parse may hang the participle on)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head
    return noun.lemma_.lower() in _PAPERS


def _said_just_before(doc: Any, i: int) -> Any:
    """ "The Pentagon said on Thursday it had delivered the missiles on Tuesday": a date written just
    after a verb of saying ("said on Thursday", "announced Friday") is the saying's, wherever the
    parse hangs it; None where no such verb stands just before."""
    k = i - 1 if i > 0 and doc[i - 1].lower_ == "on" else i
    prev = doc[k - 1] if k > 0 else None
    if prev is None or prev.lemma_.lower() not in _SAYING or prev.pos_ not in ("VERB", "AUX"):
        return None
    return prev


# words of a deal or plan an act hangs on ("signed a contract to buy", "cleared the sale"): the day
# it was told is the deal's own
_PLAN_WORDS = {"sign", "approve", "clear", "agree", "order", "contract", "pledge", "promise", "offer", "plan", "decide"}
_FUTURE = {"will", "would", "shall", "'ll"}


def _told_as_plan(t: Any) -> bool:
    """Whether an act is told as a deal or plan, not a deed: "cleared the sale", "will deliver"."""
    return any(x.lemma_.lower() in _PLAN_WORDS for x in (t, t.head, t.head.head)) or any(
        c.dep_ == "aux" and c.lower_ in _FUTURE for c in t.children
    )


def restated_dates(sentences: list[Sentence], restating: dict[int, list[tuple[DateMention, set[str]]]]) -> None:
    """ "The shipment, which was completed last month, ...": a later sentence taking up the deed by
    a definite noun dates it; an earlier sentence telling the deed with the same parties and only
    the day it was said takes that date."""
    for n, found in sorted(restating.items()):
        for date, parties in found:
            if not parties or not date.iso:
                continue
            for s in sentences[:n]:
                if not s.triggers or not s.items:
                    continue
                own = [d for d in s.dates if d.iso and not d.statement]
                said = [d.iso for d in s.dates if d.iso and d.statement]
                if own or not said or not parties <= _core_parties(s) or any(date.iso > iso for iso in said):
                    continue  # only a deed dated by the day it was told
                taken = dataclasses.replace(date, statement=False)
                s.dates = [*s.dates, taken]
                for hit in s.triggers:
                    if hit.dates is not None:
                        hit.dates = [*hit.dates, taken]


# the article right before a goods noun: "the missile", "these drones"
_THE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.I)


def systems_taken_up(sentences: list[Sentence], text: str) -> None:
    """ "Ukraine shot down a KN-23 missile over Kharkiv. Investigators concluded that Pyongyang had
    handed the missile over to Russia": goods a bare definite noun takes up are the one system of
    their kind the paragraph named in the two sentences before, and of its one make ("Serbian-made
    mortar rounds were found. The shells had been sold to the Emirates": Serbia's)."""
    for n, s in enumerate(sentences):
        for it in s.items:
            if it.entity is not None or it.name or it.trigger is None or it.umbrella or it.quantity is not None:
                continue
            if not _THE_BEFORE.search(text[max(s.start, it.start - 8) : it.start]):
                continue
            before = [
                p
                for prev in sentences[max(0, n - 2) : n]
                if _same_paragraph(text, prev, s)
                for p in prev.items
                if p.category == it.category
            ]
            named = {p.entity.id: p.entity for p in before if p.entity is not None}
            if len(named) == 1:
                it.entity = next(iter(named.values()))
            # (only for an act naming where the goods went: "the company made 40 shipments of the
            # parts" restates the act before, whose make it has already)
            makes = {p.origin.id: p.origin for p in before if p.origin is not None}
            sent_to = any(a.trigger == it.trigger and a.case == "goal" for a in s.parties)
            if it.origin is None and len(makes) == 1 and sent_to:
                it.origin = next(iter(makes.values()))


def _keys(s: Sentence) -> tuple[set[str], set[str]]:
    parties = {a.entity.id for a in s.parties if a.entity is not None}
    goods = {it.category for it in s.items if it.category != "other"} | {
        it.entity.id for it in s.items if it.entity is not None
    }
    return parties, goods


_CORE_CASES = {"subj", "agent", "origin", "source", "goal"}
_NOT_YET = frozenset({"planned", "requested"})


def _core_parties(s: Sentence) -> set[str]:
    """The parties a sentence gives a role (not a place it passes: "off the coast of Somalia")."""
    return {a.entity.id for a in s.parties if a.entity is not None and a.case in _CORE_CASES and a.trigger is not None}


def _same_paragraph(text: str, a: Sentence, b: Sentence) -> bool:
    return "\n" not in text[a.end : b.start]


def _days(earlier: str, later: str) -> int:
    return (dt.date.fromisoformat(later) - dt.date.fromisoformat(earlier)).days


def _shortly_before(x: DateMention, day: str) -> bool:
    """Whether `x` is a day up to two weeks before `day`, or `day`'s month or the one before it
    ("said on Thursday ... The launchers arrived late last month")."""
    if not x.iso or len(x.iso) not in (7, 10):
        return False
    if len(x.iso) == 10:
        return 0 < _days(x.iso, day) <= 14
    return 0 <= _days(x.iso + "-01", day[:7] + "-01") <= 31


def borrow_dates(sentences: list[Sentence], text: str) -> None:
    """Dates from the neighbouring sentence of one paragraph that tells the same event."""
    events = [[d for d in s.dates if d.iso and not d.statement] for s in sentences]
    for n, s in enumerate(sentences):
        if not s.triggers or not s.items:
            continue
        parties, goods = _keys(s)
        own = events[n]
        if n + 1 < len(sentences):
            nxt = sentences[n + 1]
            # "played a role in Azerbaijan's 2020 war": the year of a war is no batch's
            later = [x for x in events[n + 1] if not OF_A_WAR.match(text, x.end)]
            anaphor = any(
                it.entity is None
                and _DEFINITE.search(text[max(nxt.start, it.start - 30) : it.start])
                and not _OTHER_LOT.search(text, max(nxt.start, it.start - 30), it.start)
                and (it.category in goods or it.category == "other")
                for it in nxt.items
            )
            # a wire story's next paragraph opening on the goods ("The components ... were seized
            # on January 11") takes them up as well as the same paragraph would
            opening = any(
                it.entity is None
                and it.category in goods
                and _OPENING.match(text[nxt.start : it.start])
                and not _OTHER_LOT.search(text, nxt.start, it.start)
                for it in nxt.items
            )
            opening = opening or bool(_LOAD_OPENING.match(text[nxt.start : nxt.end]))
            anaphor = anaphor or opening or _deal_struck_after(s, nxt)
            if not own and len(later) == 1 and _same_paragraph(text, s, nxt) and _when_it_took_place(s, nxt):
                s.dates = s.dates + later
                continue
            # "said Sunday it had seized rockets ... The cargo was found on Wednesday": a day the goods
            # taken up were found, a few days before the one told, is the deed's; the other, the saying's
            found_before = (
                opening
                and len(own) == 1
                and own[0].iso is not None
                and len(own[0].iso) == 10
                and any(_shortly_before(x, own[0].iso) for x in later)
            )
            # (of a next sentence telling one act, only the parties it gives a role count: not its
            # source, "Treasury said the company made 40 shipments of the parts in the first quarter of
            # 2024", nor a port passed on the way; one telling more acts may date another lot)
            same_parties = _keys(nxt)[0] <= parties or (
                (opening or len(nxt.triggers) == 1) and _core_parties(nxt) <= parties
            )
            if (
                later
                and anaphor
                and (_same_paragraph(text, s, nxt) or opening)
                and same_parties
                and (
                    found_before
                    or all(any(x.iso and x.iso.startswith(o.iso or "~") and x.iso != o.iso for x in later) for o in own)
                )
            ):
                s.dates = [d for d in s.dates if d not in own] + later[:1]
                continue
        if own or n == 0:
            continue
        prev = sentences[n - 1]
        earlier = events[n - 1]
        pparties, pgoods = _keys(prev)
        shared = (parties & pparties or not parties) and (goods & pgoods)
        # ("... since the autumn of 2023. The agency also estimated that the North had shipped 12 million
        # shells in that period": the period the sentence before set, across a paragraph break too)
        pointed_back = bool(_SAME_PERIOD.search(s.text) or _SAME_TRIPS.search(s.text))
        told = (_same_paragraph(text, prev, s) and shared) or pointed_back
        # ("Scholz announced on June 11 that Germany will deliver a third Patriot. On July 5, the
        # ambassador said Ukraine had received it": the day of a pledge is not the day of its delivery)
        pledge_then_deed = (
            any(x.statement for x in s.dates)
            and all(h.status in _NOT_YET for h in prev.triggers)
            and not all(h.status in _NOT_YET for h in s.triggers)
        )
        if earlier and prev.triggers and told and not _asks_after(prev, s) and not pledge_then_deed:
            s.dates = s.dates + [dataclasses.replace(d, statement=False) for d in earlier[:1]]


# "... seized Iranian missile parts. The vessel was intercepted on January 11." / "Sailors seized the
# cargo in late June.": the seizure told again by the ship or cargo taken
_ANOTHER = re.compile(r"\banother\b", re.I)
_SEIZED_AGAIN = re.compile(r"\b(?:seized|intercepted|interdicted|boarded|confiscated|impounded)\b", re.I)


def _when_it_took_place(s: Sentence, nxt: Sentence) -> bool:
    """Whether the sentence after an act, telling no act, no goods and no party of its own, only says
    when that act took place: "The handover took place in March", or a seizure told again ("The
    vessel was intercepted on January 11") after one; not another one ("seized another boat")."""
    if nxt.triggers or nxt.items or _core_parties(nxt):
        return False
    if any(a.trigger is None and a.case == "subj" for a in nxt.parties):
        return False  # ("France seized a vessel on January 11": a party's own deed)
    if _ANOTHER.search(nxt.text) or _OTHER_LOT.search(nxt.text):
        return False
    return bool(ACT_TOOK_PLACE.match(nxt.text) or (_SEIZED_AGAIN.search(nxt.text) and _SEIZED_AGAIN.search(s.text)))


# a time said again by pointing back: "in that period", "over the same period", "during that time"
_SAME_PERIOD = re.compile(
    r"\b(?:in|over|during|within|for)\s+(?:that|this|the\s+same)\s+(?:period|time|timeframe|time\s+frame|span)\b",
    re.I,
)


# the journeys the sentence before told, pointed back to: "On those flights, the aircraft carried
# Pantsir systems", "during these voyages": the time of the journeys is that of the goods they carried
_SAME_TRIPS = re.compile(
    r"\b(?:on|during|in|aboard|over)\s+(?:those|these|the\s+same)\s+"
    r"(?:flights|voyages|trips|journeys|sailings|rotations|runs|crossings)\b",
    re.I,
)


def _asks(s: Sentence) -> bool:
    return all(h.trigger.direction == "request" or h.status == "requested" for h in s.triggers)


def _deal_struck_after(s: Sentence, nxt: Sentence) -> bool:
    """ "Serbia will buy 12 Rafale jets from France. A contract was signed in August.": a sentence with
    no act of its own telling the deal struck dates the plan told just before."""
    return (
        not nxt.triggers and bool(s.triggers) and all(map(_planned, s.triggers)) and bool(_DEAL_STRUCK.match(nxt.text))
    )


def _planned(hit: TriggerHit) -> bool:
    """Whether an act is told as still ahead: "has offered its L-15s", "will deliver"."""
    return (hit.status or hit.trigger.status) == "planned"


def _asks_after(prev: Sentence, s: Sentence) -> bool:
    """ "The United States sent 31 tanks in 2023. Ukraine has asked it for more tanks.": a request
    told after a deed (or a deed after a request) is not of the deed's date; nor are goods still
    awaited ("Two Yak-130s arrived in September 2023. Tehran is still awaiting the Su-35s.")."""
    if _asks(prev) != _asks(s) or any(h.trigger.lemma == "await" for h in s.triggers):
        return True
    # "Egypt ordered 30 Rafales in 2021. It also plans to buy J-10Cs": a plan told as still ahead, after
    # a deed told in the past, is not of the deed's date
    if s.triggers and all(map(_planned, s.triggers)) and not any(map(_planned, prev.triggers)):
        return True  # ("Vietnam took delivery of Yak-130s in March. China has also offered its L-15s")
    if UNDER_WAY.search(s.text) and not UNDER_WAY.search(prev.text):
        return True  # ("Turkey sent drones in March. Another lot is on its way to Niamey": not there yet)
    return bool(_STILL_AHEAD.search(s.text)) and not _STILL_AHEAD.search(prev.text)


# words telling an act is still ahead of the telling ("plans to buy", "will send", "intends to")
_STILL_AHEAD = re.compile(
    r"\b(?:plans?|planning|intends?|intending|aims?|wants?|seeks?|will|is (?:set |due |expected )?to"
    r"|are (?:set |due |expected )?to|expects? to|hopes? to)\b",
    re.I,
)


_SUPPLIER_CASES: dict[str, tuple[str, ...]] = {
    "give": ("subj", "agent", "origin"),
    "move": ("subj", "agent", "source", "origin"),
    "receive": ("source", "origin"),
    "request": ("source",),
}
_RECIPIENT_CASES: dict[str, tuple[str, ...]] = {
    "give": ("goal",),
    "move": ("goal",),
    "receive": ("subj", "goal"),
    "request": ("subj",),
}


def _eid(a: Arg) -> str:
    return a.entity.id if a.entity is not None else ""


def _cases(hit: TriggerHit, roles: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    cases = roles.get(hit.trigger.direction, ())
    if hit.passive and hit.trigger.direction != "receive":  # "bought by Poland": the front end makes the buyer subj
        cases = tuple(c for c in cases if c != "subj") + (("agent",) if "subj" in cases else ())
    return cases


_ALSO = re.compile(r"\b(?:also|additionally|moreover)\b", re.I)
# an exchange told after a transfer: the goods that go back the other way
_EXCHANGE = re.compile(r"\b(?:in return|in exchange|in turn|for (?:its|their) part|in payment)\b", re.I)


def _made_where_told(s: Sentence, ti: int) -> bool:
    """Whether the sentence tells where the goods of act `ti` were made ("Moscow also got shells made in
    North Korea"): their state of make, not the supplier of the act told before, is theirs."""
    return any(a.case == "origin" and a.entity is not None and a.trigger in (None, ti) for a in s.parties)


def sources_named_after(sentences: list[Sentence], open_slots: dict[int, set[str]]) -> None:
    """ "Rifles reached the militia through Niger. Turkey was the source of the shipments.": a party
    the next sentence calls the supplier or source, of no goods or receiver of its own, supplies the
    goods the sentence before brought to a receiver without naming who sent them; a source only
    alleged makes the act alleged."""
    for n in range(1, len(sentences)):
        s, before = sentences[n], sentences[n - 1]
        named = next(
            (
                (hit, a)
                for ti, hit in enumerate(s.triggers)
                for a in _bare_source(s, ti, hit) + _restated_source(s, ti, hit) + _pronoun_source(s, ti, hit)
            ),
            None,
        )
        if named is None:
            continue
        told, source = named
        for ti, hit in enumerate(before.triggers):
            # (goods that "reached" or "arrived" fill a move's subject, which names no sender)
            if hit.trigger.direction == "request" or not (
                hit.trigger.direction == "move" or "supplier" in open_slots.get(id(hit), set())
            ):
                continue
            args = [a for a in before.parties + before.places if a.trigger == ti and a.entity is not None]
            sup_cases, rec_cases = _cases(hit, _SUPPLIER_CASES), _cases(hit, _RECIPIENT_CASES)
            if any(a.case in sup_cases for a in args) or not any(a.case in rec_cases for a in args):
                continue  # ("smuggled into Gaza": a place may be where the goods go)
            if not any(it.trigger == ti for it in before.items):
                continue
            case = "source" if hit.trigger.direction == "move" else (sup_cases[-1] if hit.passive else sup_cases[0])
            before.parties.append(dataclasses.replace(source, case=case, trigger=ti, direct=True))
            if told.status == "alleged":
                hit.status = "alleged"  # ("found evidence that the UAE was the source": the supplier is a claim)


# what a supplier noun's "of" names, when it is the goods told before: "the source of the shipments"
_OF_WHAT = re.compile(r"\s+of\s+(?:(?:the|these|those|this|that|such|all)\s+)?(\w+)", re.I)
_LOTS_TOLD = {"shipments", "shipment", "deliveries", "delivery", "consignments", "consignment", "cargo", "cargoes",
              "batches", "batch", "supplies", "transfers", "them", "it"}  # fmt: skip


def _bare_source(s: Sentence, ti: int, hit: TriggerHit) -> list[Arg]:
    """The party a supplier noun is said of ("Turkey was the source"), when the noun names no goods
    and no receiver of its own."""
    if hit.trigger is not SUPPLIER_NOUN or any(it.trigger == ti for it in s.items):
        return []
    of = _OF_WHAT.match(s.text, hit.end - s.start)
    if of is not None and of.group(1).lower() not in _LOTS_TOLD:
        return []  # ("Turkey was the source of the report": no goods)
    args = [a for a in s.parties if a.trigger == ti and a.entity is not None]
    if any(a.case not in ("subj", "agent", "origin") for a in args):
        return []
    return [a for a in args if a.case == "subj"][:1]


# a sentence opening on goods taken up by a pronoun that come from somewhere: "Most of them came from
# China", "They originated in Iran", "All of these were sourced from Turkey"
_THEY_CAME = re.compile(
    r"^\s*(?:(?:most|all|some|many|much|part|half|several|nearly\s+all|the\s+bulk|the\s+majority)\s+of\s+)?"
    r"(?:them|they|these|those)\s+(?:(?:had|have|were|was|are|reportedly|apparently|also|all)\s+)*"
    r"(?:came|come|originated|originate|were\s+sourced|had\s+been\s+sourced)\b",
    re.I,
)


def _pronoun_source(s: Sentence, ti: int, hit: TriggerHit) -> list[Arg]:
    """The place goods taken up by a pronoun came from ("The army obtained thousands of drone engines
    last year. Most of them came from China"), when the sentence names no goods or receiver of its own."""
    said = _THEY_CAME.match(s.text)
    if hit.nominal or hit.trigger.direction != "move" or said is None:
        return []
    if any(it.trigger == ti for it in s.items):
        return []
    # (the pronoun, which the reader of pronouns may have given a party of the story, is the goods)
    args = [a for a in s.parties if a.trigger == ti and a.entity is not None and a.start >= s.start + said.end()]
    if any(a.case != "source" for a in args):
        return []
    return args[:1] if len(args) == 1 and args[0].entity is not None and args[0].entity.type == "country" else []


def asked_of_after(sentences: list[Sentence], text: str) -> None:
    """ "Tehran also wants aircraft. Iran has asked Beijing for J-10C fighter jets": a wish told with
    no one to fill it, and the next sentence of the paragraph telling the same party asking someone,
    is that one request: the one asked would supply the goods wished for."""
    for n in range(len(sentences) - 1):
        s, after = sentences[n], sentences[n + 1]
        if not _same_paragraph(text, s, after):
            continue
        asked = [
            (a, b)
            for tj, other in enumerate(after.triggers)
            if other.trigger.direction == "request"
            for a in after.parties
            if a.trigger == tj and a.entity is not None and a.case == "subj"
            for b in after.parties
            if b.trigger == tj and b.entity is not None and b.case == "source"
        ]
        for ti, hit in enumerate(s.triggers):
            args = [a for a in s.parties if a.trigger == ti and a.entity is not None]
            if hit.trigger.direction != "request" or any(a.case == "source" for a in args):
                continue
            asker = next((a for a in args if a.case == "subj"), None)
            source = next((b for a, b in asked if asker is not None and _eid(a) == _eid(asker)), None)
            if source is not None:
                s.parties.append(dataclasses.replace(source, trigger=ti, direct=True))


# rulers told by "there": "to the UN-recognised government there", "the junta there"
_RULERS_THERE = re.compile(r"\b(?:government|authorities|regime|junta|administration|rulers|leadership)\s+(there)\b")


def rulers_there(sentences: list[Sentence], text: str) -> None:
    """ "The rival administration in Tripoli has its own patrons. Turkey shipped drones to the
    UN-recognised government there": rulers told as sitting "there" sit in the place the sentence
    before named with "in", and an act of the sentence that names no receiver gives them the goods."""
    for n in range(1, len(sentences)):
        s, before = sentences[n], sentences[n - 1]
        m = _RULERS_THERE.search(s.text)
        if m is None or not _same_paragraph(text, before, s):
            continue
        place = next(
            (
                a
                for a in reversed(before.parties)
                if a.entity is not None and a.entity.type == "country" and text[max(0, a.start - 3) : a.start] == "in "
            ),
            None,
        )
        if place is None:
            continue
        start, end = s.start + m.start(1), s.start + m.end(1)
        for ti, hit in enumerate(s.triggers):
            if hit.trigger.direction not in ("give", "move") or hit.end > start:
                continue
            if not any(a.trigger == ti and a.case == "goal" for a in s.parties):
                s.parties.append(Arg(start, end, place.entity, "goal", ti))


# a sentence opening on another matter: "Separately, deliveries of arms from Turkey have slowed"
_APART = re.compile(r"\s*(?:Separately|Elsewhere|Meanwhile|In a separate|In another)\b")


def _restated_source(s: Sentence, ti: int, hit: TriggerHit) -> list[Arg]:
    """The sender a noun of delivery names when it takes up, by a word for goods of any kind, a load
    the sentence before brought to a receiver ("Weapons were unloaded for the RSF. The panel called the
    reports of arms deliveries from the UAE credible"): that load's supplier."""
    if not hit.nominal or hit.trigger.direction not in ("give", "move") or _APART.match(s.text):
        return []
    goods = [it for it in s.items if it.trigger == ti]
    if not goods or not all(it.umbrella for it in goods):
        return []
    args = [a for a in s.parties if a.trigger == ti and a.entity is not None]
    if any(a.case in _RECIPIENT_CASES[hit.trigger.direction] for a in args):
        return []
    return [a for a in args if a.case in ("subj", "agent", "origin", "source")][:1]


def borrow_parties(sentences: list[Sentence], open_slots: dict[int, set[str]]) -> None:
    """A transfer told in pieces ("Poland bought K2 tanks from South Korea. The first ten were
    delivered to Poland in December."): a trigger with goods and one party, whose other slot the
    sentence leaves open (no subject, no "from", no "to"), takes the other party of the latest
    transfer with that same party told in the three sentences before it."""
    told: list[tuple[int, Arg, Arg, set[str]]] = []  # (sentence index, supplier, recipient, goods)
    for n, s in enumerate(sentences):
        found: list[tuple[int, Arg, Arg, set[str]]] = []
        for ti, hit in enumerate(s.triggers):
            if not any(it.trigger == ti for it in s.items):
                continue
            args = [a for a in s.parties if a.trigger == ti and a.entity is not None]
            sup_cases, rec_cases = _cases(hit, _SUPPLIER_CASES), _cases(hit, _RECIPIENT_CASES)
            sup = next((a for a in args if a.case in sup_cases), None)
            rec = next((a for a in args if a.case in rec_cases), None)
            slots = open_slots.get(id(hit), set())
            goods = {it.entity.id if it.entity is not None else it.category for it in s.items if it.trigger == ti}
            goods |= {it.category for it in s.items if it.trigger == ti and it.category != "other"}
            near = [t for t in told if n - t[0] <= 3]
            # "also supplied": more goods of the same trade, whatever goods the one before named
            # ("two more systems would be sent": a word for goods of any kind goes on the trade told before)
            umbrella = any(it.umbrella for it in s.items if it.trigger == ti)
            also = len(s.triggers) == 1 and (_ALSO.search(s.text) or umbrella)
            recent = near if also else [t for t in near if t[3] & goods]
            exchange = _EXCHANGE.search(s.text) is not None
            if exchange and (sup is None) != (rec is None) and hit.trigger.direction != "request":
                # "In return, Russia provided air defence": the goods go back the other way
                known = sup if sup is not None else rec
                other = (
                    next((t for t in reversed(near) if _eid(t[2] if sup is not None else t[1]) == _eid(known)), None)
                    if known is not None
                    else None
                )
                slot = "recipient" if sup is not None else "supplier"
                if other is not None and known is not None and slot in slots:
                    back = other[1] if sup is not None else other[2]
                    case = rec_cases[0] if sup is not None else (sup_cases[-1] if hit.passive else sup_cases[0])
                    new = dataclasses.replace(back, case=case, trigger=ti, direct=True)
                    s.parties.append(new)
                    sup, rec = (sup, new) if sup is not None else (new, rec)
            if (
                rec is not None
                and sup is None
                and "supplier" in slots
                and hit.trigger.direction != "request"
                and not _made_where_told(s, ti)
            ):
                prior = next((t for t in reversed(recent) if _eid(t[2]) == _eid(rec)), None)
                if prior is not None:
                    case = sup_cases[-1] if hit.passive else sup_cases[0]
                    if hit.trigger.direction == "move":
                        case = "source"
                    sup = dataclasses.replace(prior[1], case=case, trigger=ti, direct=True)
                    s.parties.append(sup)
            elif sup is not None and rec is None and "recipient" in slots and hit.status != "denied":
                prior = next((t for t in reversed(recent) if _eid(t[1]) == _eid(sup)), None)
                if prior is not None:
                    rec = dataclasses.replace(prior[2], case=rec_cases[0], trigger=ti, direct=True)
                    s.parties.append(rec)
            if sup is not None and rec is not None and _eid(sup) != _eid(rec):
                found.append((n, sup, rec, goods))
        told += found


def journey_senders(sentences: list[Sentence], open_slots: dict[int, set[str]]) -> None:
    """ "The UAE flew the rifles out of Abu Dhabi. The rifles were flown to Chad and then trucked to RSF
    units": goods a sentence takes to a receiver, sent by no one it names, were sent by the party the
    sentence before (or the one before that) told sending the same goods to no one named: one journey."""
    begun: list[tuple[int, Arg, set[str]]] = []  # (sentence index, sender, goods) of journeys with no end told
    for n, s in enumerate(sentences):
        for ti, hit in enumerate(s.triggers):
            if hit.trigger.direction not in ("give", "move") or hit.negated:
                continue
            args = [a for a in s.parties if a.trigger == ti and a.entity is not None]
            sup_cases, rec_cases = _cases(hit, _SUPPLIER_CASES), _cases(hit, _RECIPIENT_CASES)
            sup = next((a for a in args if a.case in sup_cases), None)
            rec = next((a for a in args if a.case in rec_cases), None)
            goods = {it.entity.id if it.entity is not None else s.text[it.start - s.start : it.end - s.start].lower()
                     for it in s.items if it.trigger == ti}  # fmt: skip
            if not goods:
                continue
            if sup is not None and rec is None:
                begun.append((n, sup, goods))
            elif sup is None and rec is not None and "supplier" in open_slots.get(id(hit), set()):
                sender = next((b for m, b, g in reversed(begun) if n - m <= 2 and m < n and g & goods), None)
                if sender is not None:
                    case = (
                        "source"
                        if hit.trigger.direction == "move"
                        else (sup_cases[-1] if hit.passive else sup_cases[0])
                    )
                    s.parties.append(dataclasses.replace(sender, case=case, trigger=ti, direct=True))


# "The arms included rifles and drones", "The cargo consisted of", "It also contains spare parts": a
# sentence listing what was named before
# ("The aid will be drawn from Pentagon stocks and also includes TOW missiles": a first predicate on
# the goods told before, then the list)
_INVENTORY = re.compile(
    r"^\s*(?:(?:The|This|That|These|Those|Its|Their)\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+,[^,;.]{1,120},\s+)?"
    r"(?:(?:will\s+be|is|was|has\s+been|were|are)\s+[^,;.]{1,80}?\s+and\s+)?|(?:It|They)\s+)"
    # ("The containers are believed to hold 9.4 million shells": what the load may hold)
    r"(?:(?:(?:are|were|is|was)\s+(?:believed|thought|estimated|said|likely)\s+to\s+|could\s+|may\s+|might\s+)?"
    r"(?:hold|held|holds|carry|carried|carries|contain)(?:\s+as\s+many\s+as|\s+up\s+to|\s+some|\s+about)?|"
    r"(?:also\s+)?(?:included|includes|include|comprised|comprises|contained|contains)|consist(?:ed|s)\s+of)"
    r":?\s"  # ("The package includes:" and a list under it)
)


# "Sailors found 200 packages holding missile parts", "Inspectors also discovered rifles": what a
# search turned up, told right after a seizure, is what the seized cargo held
_FOUND = re.compile(
    r"^\s*(?:(?:The|Its|Their)\s+)?(?:[\w.'-]+\s+){0,3}?[\w.'-]+\s+(?:also\s+)?"
    r"(?:found|discovered|uncovered|recovered)\s(?!that\b|it\b|no\b)"
)


# "It listed the cargo as:", "CENTCOM described the haul as": what a teller names a load as is what
# the load told before held
_NAMED_AS = re.compile(
    r"^\s*(?:(?:The|Its|Their)\s+)?(?:[\w.'-]+\s+){0,3}?(?:listed|described|identified|itemi[sz]ed)\s+"
    r"(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:cargo|haul|shipment|consignment|contents|load|seized\s+items)"
    r"\s+as:?\s",
    re.I,
)


# "Among the weapons are Brimstone missiles", "Among the items were glide bombs": a fronted class of
# goods with no act of its own (see among_listed for "Among the items delivered are"), then some of
# the goods told before
_AMONG_GOODS = re.compile(r"^\s*Among\s+(?:the|its|their|these|those)\s+(?:[\w-]+\s+){0,3}?(?:are|were|is|was)\s")


# "The navy, led by its chief, intercepted a dhow carrying 750 tonnes of munitions, including ...",
# "The boat was laden with rockets": a carrier stopped, or said to carry, in the sentence after a
# seizure or shipment is that load told again (its goods are the act before's, the sentence having
# no parties of its own)
_CARRIER_NOUN = (
    r"(?:dhow|vessel|ship|boat|trawler|freighter|tanker|truck|lorry|lorries|convoy|plane|aircraft|"
    r"container|cargo\s+ship)s?"
)
_LOADED = r"(?:carrying|transporting|ferrying|(?:loaded|laden|packed)\s+with)"
_CARRIER_LOAD = re.compile(
    r"^\s*(?:(?:The|Its|Their)\s+)?(?:[\w.'-]+\s+){0,3}?[\w.'-]+(?:,[^,;.]{1,80},)?\s+(?:also\s+)?"
    r"(?:intercepted|seized|boarded|stopped|captured|searched)\s+(?:a|an|the|two|three|four|\d+)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_CARRIER_NOUN}\s+{_LOADED}\s"
    rf"|^\s*(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+){{0,2}}?{_CARRIER_NOUN}\s+"
    rf"(?:was|were|is|are|had\s+been)\s+{_LOADED}\s",
)


# "The drones are believed to be Shahed-136 models", "The missiles were identified as Fath-360s": what
# the goods told before are said to be names them
_IDENTIFIED = re.compile(
    r"^\s*(?:The|These|Those|Its|Their)\s+(?:[\w-]+\s+){0,3}?(?:are|were|is|was|have\s+been|had\s+been)\s+"
    r"(?:(?:believed|thought|said|understood|reported|assessed|suspected)\s+to\s+(?:be|have\s+been)|"
    r"(?:identified|described)\s+as)\s"
)


# "The shells were accompanied by propellant charges", "The tanks came with spare parts": goods that
# came along with those told before are goods of the same act
_ACCOMPANIED = re.compile(
    r"^\s*(?:The|These|Those|Its|Their|They)\s+(?:[\w-]+\s+){0,3}?(?:(?:were|was|are|is|have\s+been|had\s+been|"
    r"will\s+be)\s+(?:also\s+)?accompanied\s+by|(?:also\s+)?(?:came|come|comes|arrived|arrive|arrives)\s+with)\s"
)


def _listing(sentence: str) -> re.Match[str] | None:
    return (
        _INVENTORY.match(sentence)
        or _FOUND.match(sentence)
        or _NAMED_AS.match(sentence)
        or _AMONG_GOODS.match(sentence)
        or _CARRIER_LOAD.match(sentence)
        or _IDENTIFIED.match(sentence)
        or _ACCOMPANIED.match(sentence)
    )


def lists_contents(sentence: str) -> bool:
    return _listing(sentence) is not None


# "The first shipment, sent in March, included ...", "The latest batch contained ...": a batch told
# by its place in a series is a delivery of its own, not the contents of the one told before
_NEXT_BATCH = re.compile(
    r"^\s*(?:The|A|An|Its|Their|This)\s+(?:first|second|third|fourth|fifth|sixth|seventh|latest|last|final|"
    r"next|new|newest|most\s+recent|initial|another|subsequent|further|\d+(?:st|nd|rd|th))\s+"
    r"(?:[\w-]+\s+){0,2}?(shipments?|batch(?:es)?|consignments?|deliver(?:y|ies)|tranches?|lots?|"
    r"instal(?:l)?ments?)\b",
    re.I,
)


def next_batch(sentence: str, s0: int, hits: list[TriggerHit]) -> int | None:
    """The trigger of a batch that opens the sentence by its place in a series, if any."""
    found = _NEXT_BATCH.match(sentence)
    if found is None:
        return None
    start = s0 + found.start(1)
    own = next((n for n, h in enumerate(hits) if h.start == start), None)
    if own is not None:
        return own
    # "The latest batch, which arrived last week, contained ...": the act told of the batch
    listing = _INVENTORY.match(sentence)
    end = s0 + (listing.end() if listing is not None else found.end())
    return next((n for n, h in enumerate(hits) if h.start < end), None)


def inventory_items(sentences: list[Sentence]) -> None:
    """A sentence that lists the contents of goods told just before ("... seized a cargo of weapons.
    The arms included rifles, machine guns and drones.") gives its goods to that transfer; so does one
    listing what an act noun told with no goods held ("announced a package for Kyiv. It includes
    HIMARS rockets")."""
    for n, s in enumerate(sentences):
        found = _listing(s.text)
        if found is None or _NEXT_BATCH.match(s.text) or any(a.trigger is not None for a in s.parties) or not s.items:
            continue
        listed = [it for it in s.items if it.start >= s.start + found.end()]
        for prev in reversed(sentences[max(0, n - 3) : n]):
            loaded = [
                ti
                for ti in range(len(prev.triggers))
                if (
                    any(it.trigger == ti for it in prev.items)
                    or (not prev.items and (prev.triggers[ti].nominal or _gives_a_lot(prev, prev.triggers[ti])))
                )
                and any(a.trigger == ti for a in prev.parties)
            ]
            if not loaded:
                continue
            for it in listed:
                it.trigger, it.direct = loaded[-1], True
            prev.items = _named_for_generic(prev.items, listed, loaded[-1]) + listed
            s.items = [it for it in s.items if it not in listed]
            break


# a package or lot a verb gives, right after it: "pledged a new aid package", "sent another tranche"
_LOT_OBJECT = re.compile(r"\s+(?:[\w$.,-]+\s+){0,5}?(?:package|tranche|shipment|consignment|batch|lot)s?\b", re.I)


def _gives_a_lot(s: Sentence, hit: TriggerHit) -> bool:
    """Whether a verb of giving takes a package or lot for its goods ("Germany pledged a new aid
    package to Ukraine"), whose contents a sentence after it lists ("The package includes ...")."""
    if hit.trigger.kind in ("request", "purchase", "import", "receipt"):
        return False
    return _LOT_OBJECT.match(s.text, hit.end - s.start) is not None


def _named_for_generic(items: list[ItemHit], listed: list[ItemHit], trigger: int) -> list[ItemHit]:
    """ "delivered combat drones. The shipment included Mohajer-6 and Shahed models": the systems
    listed name what the generic word only sorted, so the word gives way to them (unless it
    carries a count the names do not)."""
    named = {it.category for it in listed if it.entity is not None}
    return [
        it
        for it in items
        if not (it.trigger == trigger and it.entity is None and it.quantity is None and it.category in named)
    ]


_SERIES_NAME = re.compile(r"^(.*?[A-Za-z])[\s-](\d{1,4})$")


_SERIES_MORE = re.compile(r"(?:,\s*|\s+and\s+|\s+or\s+|\s*/\s*)[-–]?(\d{1,4})\b(?![-.,]?\d)")


def elided_series(items: list[ItemHit], text: str, gazetteer: Gazetteer) -> list[ItemHit]:
    """ "Shahed 191 and 129 drones", "Mohajer-4, 6": the later numbers name the sibling models
    (the series name left out), when the gazetteer knows them."""
    out = list(items)
    for it in items:
        if it.entity is None:
            continue
        m = _SERIES_NAME.match(text[it.start : it.end])
        if m is None:
            continue
        pos, last = it.end, None
        while (more := _SERIES_MORE.match(text, pos)) is not None:
            sibling = None
            for sep in (" ", "-"):
                sibling = sibling or gazetteer.by_name(f"{m.group(1)}{sep}{more.group(1)}")
            if sibling is None or sibling.type != "weapon-system" or sibling.id == it.entity.id:
                break
            start, end = more.start(1), more.end(1)
            if any(o.start < end and start < o.end for o in out):
                break
            pos, last = more.end(), ItemHit(start, end, sibling.category or it.category, sibling)
            out.append(last)
        if last is not None:  # "... and 129 drones": the generic noun is the last sibling's head, no item of its own
            noun = next((o for o in out if o.entity is None and 0 < o.start - pos <= 1), None)
            if noun is not None:
                last.end = noun.end
                out.remove(noun)
    return sorted(out, key=lambda i: i.start)


_BATTERY_OF = ("missile", "air-defence", "rocket-launcher", "other")


# "two batteries", "four more systems", "the first three regiment sets": of the system named
_OF_THE_LAST = ("batteries", "battery", "systems", "sets", "set")


def battery_systems(items: list[ItemHit], text: str, last: str | None) -> str | None:
    """ "the first two batteries" after BrahMos, HIMARS or Patriot were named: batteries of that
    system's kind (air defence when none was named). Returns the latest named system's category."""
    for it in items:
        if it.entity is not None and it.entity.category:
            last = it.entity.category
        elif (text[it.start : it.end].lower().split() or [""])[-1] in _OF_THE_LAST and last in _BATTERY_OF:
            it.category = last
    return last


# verbs of using or attacking: a date on them is when the goods were used, not moved
_USE_VERBS = {"fire", "use", "launch", "deploy", "field", "operate", "hit", "strike", "shoot", "employ", "attack",
              "target", "invade", "bomb", "shell", "kill", "down", "intercept"}  # fmt: skip


def without_use_dates(dates: list[DateMention], doc: Any, tok_at: list[int], trig_tokens: dict[int, int]) -> list[Any]:
    """ "the missiles, which have been fired at Kyiv since late December", "since the group began
    attacking ships in November": a date in a clause of use that holds no trigger is no transfer's."""
    out = []
    for d in dates:
        i = tok_at[d.end - 1] if d.end - 1 < len(tok_at) else -1
        if i < 0 or tok_at[d.start] < 0:
            out.append(d)
            continue
        head = head_of(doc, tok_at[d.start], i)
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            head = head.head
        verb = head.head
        using = verb.lemma_.lower() in _USE_VERBS or any(
            c.dep_ == "xcomp" and c.lemma_.lower() in _USE_VERBS for c in verb.children
        )
        top = verb
        while top.dep_ in ("xcomp", "conj") and top.head.i != top.i:
            top = top.head  # "since the group began attacking ships in November"
        clause = top.dep_ in ("relcl", "advcl", "acl", "pcomp", "ccomp") or any(c.dep_ == "mark" for c in top.children)
        if using and clause and not any(t.i in trig_tokens for t in top.subtree):
            continue
        out.append(d)
    return out


def home_suppliers(sentences: list[Sentence], gazetteer: Gazetteer) -> None:
    """ "Warsaw signed for 250 Abrams tanks", "Tehran had ordered Su-35 fighters": an act with a
    recipient and no supplier, whose named systems all come from one country that the text has just
    named as a party (the United States, Russia), is that country's supply. A maker's country
    named nowhere near is left alone."""
    for n, s in enumerate(sentences):
        near = {a.entity.id for t in sentences[max(0, n - 3) : n + 1] for a in t.parties if a.entity is not None}
        for ti, hit in enumerate(s.triggers):
            if hit.trigger.direction not in ("receive", "give", "move") or hit.status == "denied":
                continue
            mine = [a for a in s.parties if a.trigger == ti and a.entity is not None]
            sup_cases, rec_cases = _cases(hit, _SUPPLIER_CASES), _cases(hit, _RECIPIENT_CASES)
            if any(a.case in sup_cases or a.case == "origin" for a in mine):
                continue
            if not any(a.case in rec_cases for a in mine):
                continue
            if _giver_of_light_verb(s, ti, sup_cases):
                continue
            goods = [it for it in s.items if it.trigger == ti]
            named = [it for it in goods if it.entity is not None]
            if not named or any(it.origin is not None for it in goods):
                continue
            if _passed_on(s, ti, goods):
                continue
            homes = [
                gazetteer.country(it.entity.country) if it.entity is not None and it.entity.country else None
                for it in named
            ]
            home = homes[0] if len({h.id if h is not None else None for h in homes}) == 1 else None
            if (
                home is None
                or home.id not in near
                or any(a.entity is not None and a.entity.id == home.id for a in mine)
            ):
                continue
            case = sup_cases[-1] if hit.passive else sup_cases[0]
            if hit.trigger.direction == "move":
                case = "source"
            buyer = _buyer_from(s, ti, home)
            if buyer is not None:
                # "The Patriot batteries, which Germany bought from the United States, will be handed to
                # Ukraine": goods a party bought from their maker's state are the buyer's to hand on
                s.parties.append(dataclasses.replace(buyer, case=case, trigger=ti, direct=True))
                m = buyer.trigger
                if m is not None:
                    s.items += [dataclasses.replace(it, trigger=m, quantity=None) for it in goods]
                continue
            first = min(named, key=lambda it: it.start)
            s.parties.append(Arg(first.start, first.start, home, case, ti))


def _buyer_from(s: Sentence, ti: int, home: Entity) -> Arg | None:
    """The state another act of the sentence tells buying goods from `home`, named there ("which Germany
    bought from the United States"), other than act `ti`'s own receivers."""
    takers = {a.entity.id for a in s.parties if a.trigger == ti and a.entity is not None}
    for m, other in enumerate(s.triggers):
        if m == ti or other.nominal or other.trigger.direction != "receive":
            continue
        if any(it.trigger == m for it in s.items):
            continue  # (a purchase of goods of its own: "Burkina Faso received TB2s, and Niger ordered six")
        mine = [a for a in s.parties if a.trigger == m and a.entity is not None]
        # (a seller the text names there, not one lent by the make of the goods)
        if not any(a.case == "source" and a.start < a.end and a.entity and a.entity.id == home.id for a in mine):
            continue
        buyers = [a for a in mine if a.case == "subj" and a.entity is not None and a.entity.id not in takers]
        if len(buyers) == 1 and buyers[0].entity is not None and buyers[0].entity.type in ("country", "armed-group"):
            return buyers[0] if buyers[0].entity.id != home.id else None
    return None


# between a verb of promising or planning and the act it takes: "promised to send", "pledged to quickly hand over"
_TO_THE_ACT = re.compile(r"\s+to\s+(?:[a-z]+ly\s+)?$")


def _giver_of_light_verb(s: Sentence, ti: int, sup_cases: tuple[str, ...]) -> bool:
    """ "The United States is a key ally. Belgium promised to send F-16 fighters to Ukraine": the act an
    infinitive names after a verb of promising has that verb's subject for its giver, however the
    parse leaves it on the first verb; the maker's state named before gives nothing."""
    hit = s.triggers[ti]
    for a in s.parties:
        if a.entity is None or a.trigger is None or a.trigger == ti or a.case not in sup_cases:
            continue
        if not 0 <= a.trigger < len(s.triggers):
            continue
        before = s.triggers[a.trigger]
        if before.end <= hit.start and _TO_THE_ACT.fullmatch(s.text, before.end - s.start, hit.start - s.start):
            return True
    return False


def _passed_on(s: Sentence, ti: int, goods: list[ItemHit]) -> bool:
    """ "Poland bought K9s from South Korea and delivered them to Ukraine": goods an earlier receipt
    in the sentence brought to a recipient (the same words, told again by "them") are passed on by that
    recipient, whose subject the parse gives the first verb only; their maker's state is no giver."""
    spans = {(it.start, it.end) for it in goods}
    if s.triggers[ti].trigger.direction not in ("give", "move"):
        return False
    for tj, other in enumerate(s.triggers[:ti]):
        if other.trigger.direction != "receive" or not any(
            (it.start, it.end) in spans for it in s.items if it.trigger == tj
        ):
            continue
        rec_cases = _cases(other, _RECIPIENT_CASES)
        if any(a.trigger == tj and a.entity is not None and a.case in rec_cases for a in s.parties):
            return True
    return False


def lend_parties(sentences: list[Sentence], links: list[tuple[int, int, ItemHit]]) -> None:
    """A batch told in a relative clause on goods ("two of which arrived") is between the parties of
    the act that names the goods: each role it leaves open takes theirs."""
    for si, ti, whole in links:
        s = sentences[si]
        outer = whole.trigger
        if outer is None or outer == ti or outer >= len(s.triggers) or ti >= len(s.triggers):
            continue
        o_hit, hit = s.triggers[outer], s.triggers[ti]
        mine = [a for a in s.parties if a.trigger == ti and a.entity is not None]
        for roles in (_SUPPLIER_CASES, _RECIPIENT_CASES):
            if any(a.case in _cases(hit, roles) for a in mine):
                continue
            theirs = next((a for a in s.parties if a.trigger == outer and a.case in _cases(o_hit, roles)), None)
            cases = _cases(hit, roles)
            if theirs is not None and cases:
                case = "source" if roles is _SUPPLIER_CASES and hit.trigger.direction == "move" else cases[0]
                s.parties.append(dataclasses.replace(theirs, case=case, trigger=ti, direct=True))


def signing_sellers(sentences: list[Sentence], gazetteer: Gazetteer) -> None:
    """ "Paris signed a contract for 36 CAESAR howitzers": a signer whose country makes every system
    the contract names is the seller, not the buyer (the buyer is told around it)."""
    for s in sentences:
        for ti, hit in enumerate(s.triggers):
            if hit.trigger.lemma != "sign":
                continue
            home = _home_of_named(s, ti, gazetteer)
            if home is None:
                continue
            mine = [a for a in s.parties if a.trigger == ti and a.entity is not None]
            seller = next((a for a in mine if a.case == "subj" and a.entity and a.entity.id == home.id), None)
            if seller is None:
                continue
            seller.case = "source"
            # "South Korea signed a contract with Poland for 180 K2 tanks": the one it signed with buys
            for a in mine:
                if a is not seller and a.case == "source" and a.entity is not None and a.entity.id != home.id:
                    a.case = "goal"


def _home_of_named(s: Sentence, ti: int, gazetteer: Gazetteer) -> Entity | None:
    """The one country making every named system of act `ti` ("36 CAESAR howitzers" -> France), or
    None when no system is named or they are of several makes."""
    homes = {it.entity.country for it in s.items if it.trigger == ti and it.entity is not None}
    if len(homes) != 1 or None in homes:
        return None
    return gazetteer.country(str(homes.pop()))


def co_subject_sellers(sentences: list[Sentence], gazetteer: Gazetteer) -> None:
    """ "Egypt and France agreed on the sale of 30 Rafale jets": two states told together as the
    subject of a sale noun, with no receiver told, are its two sides; the one whose country makes
    every system named sells, the other buys. With no make told (or a make of neither), nothing is
    decided here."""
    for s in sentences:
        for ti, hit in enumerate(s.triggers):
            if hit.trigger.direction != "give" or not hit.nominal or hit.passive:
                continue
            mine = [a for a in s.parties if a.trigger == ti and a.entity is not None]
            subjects = [a for a in mine if a.case == "subj"]
            if len(subjects) < 2 or any(a.case == "goal" for a in mine):
                continue
            home = _home_of_named(s, ti, gazetteer)
            if home is None or sum(a.entity is not None and a.entity.id == home.id for a in subjects) != 1:
                continue
            for a in subjects:
                if a.entity is not None and a.entity.id != home.id:
                    a.case = "goal"
