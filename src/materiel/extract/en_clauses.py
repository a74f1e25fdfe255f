"""English front end, clause-level helpers: arguments a sentence gives a trigger outside its own phrase.

- a pronoun subject in what a party says ("Iran said it had sent") is that party;
- goods handed "to the armed forces", "to units at the front" with no state named go to the
  speaker's own army: a domestic delivery, no transfer;
- "Russia fired Iranian-supplied drones": whoever uses goods that someone supplied received them;
- "the ammunition is of South Korean and Turkish origin": the makers' countries supplied it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from materiel.extract.en_cases import SPEECH, governing
from materiel.extract.frame import Arg, Sentence, TriggerHit
from materiel.lexicon import Trigger
from materiel.model import Entity

_PRONOUNS = {"it", "they", "we", "he", "she"}
_FIRST_PERSON_OBJECTS = {"us", "me"}
_OWN_FORCES = {"force", "forces", "army", "unit", "units", "troops", "military", "brigade", "brigades", "front",
               "frontline", "soldier", "soldiers", "division", "divisions", "battalion", "battalions",
               "regiment", "regiments", "servicemen", "fighters", "navy", "defenders"}  # fmt: skip
# verbs of using goods: their subject holds what it uses
_USE = {"fire", "use", "launch", "deploy", "field", "operate", "fly", "hit", "strike", "shoot", "employ", "test"}


def _subject_of(tok: Any) -> Any | None:
    """The subject of a verb, through the control verbs above it ("had agreed to send")."""
    t = tok
    for _ in range(4):
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            return None
        t = t.head
    return None


def pronoun_subjects(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, side_of: Callable[[Entity], Entity | None]
) -> None:
    """ "Iran's foreign minister said they had sent drones": the pronoun is the speaker's state."""
    att = sentence.attribution
    speaker = att.speaker if att is not None else None
    if speaker is None or speaker.entity is None or speaker.entity.type == "media":
        return
    side = side_of(speaker.entity) or speaker.entity  # a leader speaks for the state
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal or hit.passive:
            continue
        chain = governing(tok)
        spoken = chain[-1].lemma_.lower() in SPEECH and chain[-1].i != tok.i
        if spoken and hit.trigger.direction == "give":
            # "Russia will supply us with planes", "they sent them to us": the speaker's side receives
            for c in tok.children:
                obj = c if c.dep_ in ("dobj", "dative") else None
                if c.dep_ == "prep" and c.lower_ == "to":
                    obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is None or obj.lower_ not in _FIRST_PERSON_OBJECTS:
                    continue
                if not any(a.start == obj.idx for a in sentence.parties):
                    sentence.parties.append(Arg(obj.idx, obj.idx + len(obj.text), side, "goal", n))
        subj = _subject_of(tok)
        if subj is None or subj.lower_ not in _PRONOUNS:
            continue
        if not spoken:
            continue
        start, end = subj.idx, subj.idx + len(subj.text)
        if any(a.start == start for a in sentence.parties):
            continue
        sentence.parties.append(Arg(start, end, side, "subj", n))


def domestic(tok: Any, party_starts: set[int]) -> bool:
    """ "handed over drones to the armed forces", "to units fighting in the east": no state
    receives them, the supplier's own army does."""
    for c in tok.children:
        if c.dep_ == "dative" or (c.dep_ == "prep" and c.text.lower() == "to"):
            obj = c if c.dep_ == "dative" else next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is None or (obj.lemma_.lower() not in _OWN_FORCES and obj.text.lower() not in _OWN_FORCES):
                continue
            if not any(t.idx in party_starts for t in obj.subtree):
                return True
    return False


def user_recipients(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]) -> None:
    """ "Hezbollah hit a warship with an Iranian-supplied missile": the user received the goods."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal or not hit.passive or tok.dep_ not in ("amod", "acl"):
            continue
        if any(a.trigger == n and a.case == "goal" for a in sentence.parties):
            continue
        goods = tok.head
        if goods.dep_ == "pobj" and goods.head.text.lower() == "of" and goods.head.head.dep_ == "dobj":
            goods = goods.head.head  # "used dozens of TB2s bought from Turkey": the measure is the object
        verb = goods.head
        if goods.dep_ == "pobj" and verb.dep_ == "prep" and verb.text.lower() == "with":
            verb = verb.head
        elif goods.dep_ != "dobj":
            continue
        if verb.lemma_.lower() not in _USE:
            continue
        subj = _subject_of(verb)
        user = party_heads.get(subj.i) if subj is not None else None
        if user is not None and user.entity is not None:
            sentence.parties.append(Arg(user.start, user.end, user.entity, "goal", n, direct=True))


ORIGIN = Trigger("origin", "supply", "give")


def origin_hits(sent: Any) -> list[tuple[TriggerHit, int]]:
    """ "Much of the ammunition is (likely) of South Korean origin": the noun acts as a give-trigger
    whose adjectives are the suppliers and whose copula's subject is the goods."""
    out: list[tuple[TriggerHit, int]] = []
    for tok in sent:
        if tok.lemma_.lower() != "origin" or tok.dep_ != "pobj" or tok.head.text.lower() != "of":
            continue
        gov = tok.head.head
        while gov.dep_ in ("acomp", "advmod") and gov.head.i != gov.i:
            gov = gov.head  # "is likely of"
        if gov.lemma_.lower() != "be" or not any(c.dep_ in ("amod", "compound") for c in tok.children):
            continue
        out.append((TriggerHit(tok.idx, tok.idx + len(tok.text), ORIGIN), tok.i))
    return out


_RELATIVE = {"which", "who", "that", "whom"}


def relative_subjects(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "Armenia, which received howitzers from France": a relative pronoun subject is the noun
    the clause hangs on; an active trigger in such a clause takes that party as its subject."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal or hit.passive or tok.dep_ != "relcl":
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE for c in tok.children):
            continue
        if any(a.trigger == n and a.case in ("subj", "agent") for a in sentence.parties):
            continue
        party = party_heads.get(tok.head.i)
        if party is None or party.entity is None:
            continue
        if party.trigger is None or not party.direct:
            party.trigger, party.case, party.direct = n, "subj", True
        else:
            sentence.parties.append(Arg(party.start, party.end, party.entity, "subj", n))


# verbs that move goods a party has bought or received on to a third: "passed on", "re-exported"
_ONWARD = {"pass", "re-export", "reexport", "resell", "transship", "tranship", "divert", "forward"}
_SUPPLIER_CASE = {"give": ("subj", "agent", "origin"), "move": ("subj", "agent", "source", "origin"),
                  "receive": ("source",)}  # fmt: skip
_RECIPIENT_CASE = {"give": ("goal",), "move": ("goal",), "receive": ("subj",)}


def onward_chains(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any) -> None:
    """ "Kazakhstan's purchase of drones from China was passed on to Russia", "Armenia bought chips
    from China and re-exported them to Russia": one transfer from the first supplier to the last
    recipient through the party in between, not two."""
    for b, (hit, tok_i) in enumerate(hits_tok):
        if hit.nominal or doc[tok_i].lemma_.lower() not in _ONWARD or hit.trigger.direction not in ("give", "move"):
            continue
        own = [a for a in sentence.parties if a.trigger == b and a.entity is not None]
        goal = next((a for a in own if a.case == "goal"), None)
        if goal is None:
            continue
        for n, (first, _tok) in enumerate(hits_tok[:b]):
            direction = first.trigger.direction
            if direction not in _RECIPIENT_CASE or first.passive:
                continue
            args = [a for a in sentence.parties if a.trigger == n and a.entity is not None]
            middle = next((a for a in args if a.case in _RECIPIENT_CASE[direction]), None)
            origin = next((a for a in args if a.case in _SUPPLIER_CASE[direction]), None)
            if middle is None or origin is None or middle.entity == goal.entity:
                continue
            suppliers = [a for a in own if a.case in ("subj", "agent", "origin", "source")]
            if any(a.entity != middle.entity for a in suppliers):
                continue  # the onward verb names a supplier of its own
            for a in suppliers:
                a.case = "via"
            if not suppliers:
                sentence.parties.append(Arg(middle.start, middle.end, middle.entity, "via", b))
            sentence.parties.append(Arg(origin.start, origin.end, origin.entity, "agent" if hit.passive else "subj", b))
            for it in sentence.items:
                if it.trigger == n:
                    it.trigger = b
            break
