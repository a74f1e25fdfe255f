"""English front end, clause-level helpers: arguments a sentence gives a trigger outside its own phrase.

- a pronoun subject in what a party says ("Iran said it had sent") is that party;
- goods handed "to the armed forces", "to units at the front" with no state named go to the
  speaker's own army: a domestic delivery, no transfer;
- "Russia fired Iranian-supplied drones": whoever uses goods that someone supplied received them;
- "the ammunition is of South Korean and Turkish origin": the makers' countries supplied it;
- "seized rifles along with fuses being smuggled from Iran": goods seized together travel together;
- "from Iran to Yemen", where the text names "the Iran-backed Houthis": the backed group receives;
- "an Iran-to-Hezbollah route": the pair names where the goods of the first party go;
- "bolster Ukraine's air defences with IRIS-T": the owner of what is strengthened receives;
- "supplied the drones that Russia launched": the user in a relative clause on the goods received;
- "received vehicles transferred to it by Sweden": the participle's agent supplied the receipt;
- "European allies will send", "asked Western partners for": an unnamed group fills the role;
- "obtained chips, much of it funneled through Hong Kong": the go-betweens route the goods before;
- "China has become Russia's main supplier of drones": an agent noun said of a party is a supply;
- "Britain became the first country to send": the copula's subject does the infinitive's deed;
- "were trucked across Iraq and then driven to Hezbollah depots": joined verbs go on with the journey;
- "supplied machine tools for making drones to Russia": a "to" after a verb of making is the giver's;
- "sent missiles to bolster Ukraine's air defences", "to help Kyiv": the owner of what the purpose
  strengthens, or the one it helps, receives;
- "China sold howitzers to the UAE, which re-exported them to Sudan": a state selling on weapons it
  bought from a named seller supplies them itself (two sales, not one journey).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from materiel.extract.dates import DateMention
from materiel.extract.en_cases import (
    FIRMS,
    LIGHT,
    OBJ_CONTROL,
    PLAN_NOUNS,
    SPEECH,
    STANDS_FOR_STATE,
    governing,
    reduced_relative,
    sent_tokens,
    setting_out,
)
from materiel.extract.en_holders import HOLDING, holder
from materiel.extract.frame import Arg, ItemHit, Sentence, TriggerHit, register_weapons
from materiel.lexicon import Trigger
from materiel.model import TRADE_GOODS, Entity, Mention
from materiel.recognize import en_firm_place

_PRONOUNS = {"it", "they", "we", "he", "she"}
_FIRST_PERSON_OBJECTS = {"us", "me"}
_OWN_FORCES = {"force", "forces", "army", "unit", "units", "troops", "military", "brigade", "brigades", "front",
               "frontline", "soldier", "soldiers", "division", "divisions", "battalion", "battalions",
               "regiment", "regiments", "servicemen", "fighters", "navy", "defenders"}  # fmt: skip
# verbs of using goods: their subject holds what it uses
_USE = {"fire", "use", "launch", "deploy", "field", "operate", "fly", "hit", "strike", "shoot", "employ", "test",
        "induct", "commission", "parade", "display", "showcase"}  # fmt: skip
# verbs of a deal on the goods: "Russia delivered the fighters that Myanmar ordered in 2018", "the
# tanks Ukraine had requested", "weapons that Armenia had paid for": the one who ordered, asked for or paid
# for goods another gives receives them
_DEALT = {"order", "buy", "purchase", "acquire", "procure", "request", "contract", "pay"}
# verbs of striking whose instrument ("destroyed a radar with U.S.-supplied missiles") the subject used
_STRIKE = {"destroy", "attack", "target", "bomb", "shell", "down", "intercept", "sink", "repel", "kill", "damage"}


def _subject_of(tok: Any) -> Any | None:
    """The subject of a verb, through the control verbs above it ("had agreed to send"). Of two, the
    nearer: "JAKARTA — The Indonesian Navy commissioned" (the parse takes the dateline for one too)."""
    t = tok
    for _ in range(4):
        subjs = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjs:
            return subjs[-1]
        if t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            return None
        t = t.head
    return None


def pronoun_subjects(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, side_of: Callable[[Entity], Entity | None]
) -> None:
    """ "Iran's foreign minister said they had sent drones": the pronoun is the speaker's state (and
    that of a state telling no claim, "Tehran did not say how many drones it sent to Russia")."""
    att = sentence.attribution
    speaker = att.speaker if att is not None else None
    sentence_side: Entity | None = None
    if speaker is not None and speaker.entity is not None and speaker.entity.type != "media":
        if speaker.entity.type == "person" and side_of(speaker.entity) is None:
            return  # "Kessler admitted that he exported oscilloscopes": a private person speaks for no state
        sentence_side = side_of(speaker.entity) or speaker.entity  # a leader speaks for the state
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.passive or (hit.nominal and _own_deed_done(tok) is None):
            continue
        chain = governing(_act_over_relative(tok) or tok)
        spoken = chain[-1].lemma_.lower() in SPEECH and chain[-1].i != tok.i
        own = _own_speaker(chain[-1], sentence.parties) if spoken else None
        side = (side_of(own) or own) if own is not None else sentence_side
        if side is None:
            continue
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
        subj = _subject_of(_own_deed_done(tok) or tok)
        if subj is None or (subj.lower_ not in _PRONOUNS and not _first_person(subj) and not _third_person(subj)):
            continue
        if not spoken:
            continue
        if subj.i < chain[-1].i and tok.i < chain[-1].i and not _first_person(subj):
            # "It has also sent missiles, Seoul's spy agency said", "In addition, it sent missiles, Seoul
            # said": a speaker told after the act is not the "it" that did it, who was spoken of before
            continue
        if any(c.dep_ == "mark" and c.lower_ in _CONCEDING for t in chain[:-1] for c in t.children):
            # "Beijing sent Moscow engines, US officials say, though it denies supplying lethal aid": a
            # clause conceding a point hung on the speech is no part of what is said; "it" is spoken of
            continue
        start, end = subj.idx, subj.idx + len(subj.text)
        if any(a.start == start for a in sentence.parties):
            continue
        sentence.parties.append(Arg(start, end, side, "subj", n))
        if (
            own is not None
            and sentence_side is not None
            and side.id != sentence_side.id
            and hit.status is None
            and hit.trigger.status is None
        ):
            hit.status = "confirmed"  # (the second speaker tells its own act: `trigger_status` may say more)


# nouns a speaker names its own side by: "our country has delivered", "our government sent"
_OWN_SIDE = {"country", "nation", "government", "state", "army", "military", "forces", "ministry"}


def _first_person(subj: Any) -> bool:
    """Whether a subject is the speaker's own side in the first person ("We have sent 40 tanks to
    Ukraine, Poland's prime minister said", "Our country has delivered ..."): the speaker, wherever
    the speech is told, unlike an "it" told before a later speaker, who is spoken of."""
    if subj.lower_ == "we":
        return True
    return subj.lower_ in _OWN_SIDE and any(c.dep_ == "poss" and c.lower_ == "our" for c in subj.children)


def _third_person(subj: Any) -> bool:
    """ "Iran's defence minister said his country had supplied drones": the speaker's side named by
    a possessive of the third person, read like a pronoun (only where the speech is told first)."""
    return subj.lower_ in ("country", "nation", "government") and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her") for c in subj.children
    )


# the marks of a clause conceding a point against what is said ("though it denies ...")
_CONCEDING = {"though", "although", "while", "whereas"}
# verbs of export whose doer a state telling of them is: "Serbia said the shells had been exported"
_EXPORTS = {"export", "re-export"}
# telling, as a government answers an inquiry: "informed the Panel that", "notified the Committee that"
_ANSWERING = SPEECH | {"inform", "notify"}


def exporting_speakers(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any) -> None:
    """ "The Government of Serbia informed the Panel that the lot had been exported in 2020 to the
    United Arab Emirates": a state telling that goods were exported, by no one named, tells of its own
    exports (which it licenses), and so supplied them."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if not hit.passive or tok.lemma_.lower() not in _EXPORTS or any(c.dep_ == "agent" for c in tok.children):
            continue
        if any(a.trigger == n and a.case in ("subj", "agent", "source", "origin", "gen") for a in sentence.parties):
            continue
        teller = _teller_of(governing(tok))
        if teller is None:
            continue
        own = _own_speaker(teller, sentence.parties)
        if own is not None and own.type == "country":
            subj = next(c for c in teller.children if c.dep_ == "nsubj")
            lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
            sentence.parties.append(Arg(lo, hi, own, "agent", n, doer=True))


def _teller_of(chain: list[Any]) -> Any | None:
    """The verb of telling over the clause a chain of governing words climbs from: "said (that) the lot
    had been exported", also where the parse hangs the clause on the one told as a relative clause
    ("informed the Panel that the lot had been exported"); None where no telling governs it."""
    top = chain[-1]
    if len(chain) > 1 and top.lemma_.lower() in _ANSWERING and chain[-2].dep_ == "ccomp":
        return top
    if top.dep_ == "relcl" and top.head.dep_ == "dobj" and top.head.head.lemma_.lower() in _ANSWERING:
        return top.head.head
    return None


def _own_deed_done(tok: Any) -> Any | None:
    """The verb doing a deed noun the doer owns ("it had completed its F-16 deliveries", "they began
    their shipments"), whose subject is the deed's doer; None for any other noun."""
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in tok.children)
    return tok.head if owned else None


def _act_over_relative(tok: Any) -> Any | None:
    """ "Norway said it had delivered the first of the six jets it pledged": the verb whose goods a
    relative clause on a pronoun subject describes, so that the speaker over that verb is "it"."""
    if tok.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in tok.children):
        return None
    t = tok.head
    for _ in range(4):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _own_speaker(verb: Any, parties: list[Arg]) -> Entity | None:
    """ "Poland sent tanks, its government said, and Sweden said it had delivered a jet": the state
    that is the subject of the speech verb over the act speaks for "it", not the sentence's first
    speaker."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _PRONOUNS:
        return None
    lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
    return next(
        (a.entity for a in parties if a.entity is not None and a.entity.type != "media" and lo <= a.start < hi),
        None,
    )


def clause_pronoun_subjects(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "Seoul has refused to send weapons, although it lent shells to Washington": "it" or "they"
    as the subject of an act in a clause hung on another names the subject of the clause above."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal:
            continue
        if hit.passive:
            _speaker_uses_given_goods(sentence, tok, n)
            continue
        subj = _subject_of(tok)
        if subj is None or subj.lower_ not in ("it", "they") or any(a.start == subj.idx for a in sentence.parties):
            continue
        t = subj.head
        on_goods = False  # (a verb whose object the clause is on tells no speech: "showed drones it had received")
        while t.dep_ in ("xcomp", "conj", "advcl", "ccomp", "relcl") and t.head.i != t.i:
            if t.dep_ == "relcl":
                t, on_goods = _verb_over_goods(t), True
                if t is None or any(a.trigger == n and a.case in ("subj", "agent") for a in sentence.parties):
                    break
            else:
                t = t.head
            above = next((c for c in t.children if c.dep_ == "nsubj" and c.i != subj.i), None)
            if above is None or above.lower_ == subj.lower_:
                continue  # ("drones it said it had received": the same "it" telling of its own act)
            party = party_heads.get(above.i) or _state_behind(above, party_heads)
            if (
                party is not None
                and party.entity is not None
                and (on_goods or t.lemma_.lower() not in SPEECH - {"refuse", "decline"})
            ):
                sentence.parties.append(Arg(subj.idx, subj.idx + len(subj.text), party.entity, "subj", n))
            break


def _verb_over_goods(clause: Any) -> Any | None:
    """ "Mali's junta showed drones it said it had received": the verb whose object the relative
    clause `clause` hangs on (None where the clause is on no object); also through the noun of a
    verb phrase the parse makes the goods hang on ("put on display two drones it acquired from
    Turkey": the goods in apposition to, or the object of, "display")."""
    noun = clause.head
    for _ in range(3):
        if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
            return noun.head
        if noun.dep_ not in ("appos", "dobj") or noun.head.pos_ != "NOUN":
            return None
        noun = noun.head
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
            return noun.head.head
    return None


def _state_behind(noun: Any, party_heads: dict[int, Arg]) -> Arg | None:
    """ "Mali's junta", "the Malian army": the state behind a noun that stands for one, else None."""
    if noun.lemma_.lower() not in STANDS_FOR_STATE:
        return None
    return next(
        (party_heads[c.i] for c in noun.children if c.dep_ in ("poss", "amod", "compound") and c.i in party_heads),
        None,
    )


# participles telling where firms are seated: "Shenzhen-based companies", "UAE-registered traders"
_SEATED = {"based", "registered", "headquartered", "incorporated"}


def _seat_of_firms(noun: Any, party_heads: dict[int, Arg], placed: bool = False) -> Arg | None:
    """ "three Shenzhen-based companies that had sold engines", "companies in China that shipped": the
    place firms are seated in, which they act for, else None."""
    if noun.lower_ not in FIRMS:
        return None
    seats = [c for c in noun.children if c.dep_ == "amod" and c.lower_ in _SEATED]
    # "six companies in China that it accused of supplying": the place the firms are in, where a charge
    # names them the doers (`placed`; a dealer in Georgia "which passed them on", a firm in Hong Kong
    # "that bought" parts, is a stop on the goods' way)
    places = [c for c in noun.children if placed and c.dep_ == "prep" and c.lower_ == "in" and c.i > noun.i]
    places += [
        p
        for c in noun.children
        if placed and c.dep_ == "acl" and c.lower_ in _SEATED
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "in"
    ]
    return next((party_heads[g.i] for c in seats + places for g in c.children if g.i in party_heads), None)


def _speaker_uses_given_goods(sentence: Sentence, tok: Any, n: int) -> None:
    """ "Kyiv said it struck the bridge with missiles supplied by Britain": "it", the speaker, uses
    the goods the passive participle `tok` tells given, and so got them."""
    if tok.dep_ != "acl" or any(a.trigger == n and a.case == "goal" for a in sentence.parties):
        return
    verb = tok.head  # (up from the goods, through "with" and an object the parse hangs it on)
    while verb.dep_ in ("pobj", "dobj", "prep") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ccomp":
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ("it", "they"):
        return
    speaker = _own_speaker(verb.head, sentence.parties)
    if speaker is not None and verb.head.lemma_.lower() in SPEECH:
        sentence.parties.append(Arg(subj.idx, subj.idx + len(subj.text), speaker, "goal", n))


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


# where a state's own forces are stationed: "from its bases in Syria"
_STATIONS = {"base", "bases", "garrison", "garrisons", "position", "positions", "outpost", "outposts"}
# verbs of moving one's own things about
_RELOCATING = {"move", "relocate", "redeploy", "shift", "withdraw", "pull"}


def redeployed(tok: Any) -> bool:
    """ "Russia has moved air defence systems from its bases in Syria to Libya", "radars were moved
    from Russia's Hmeimim base to Libya": a state moving its own equipment between its own stations
    keeps it (no transfer)."""
    if tok.lemma_.lower() not in _RELOCATING:
        return False
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ != "from":
            continue
        obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if (
            obj is not None
            and obj.lower_ in _STATIONS
            # ("from Russia's Hmeimim base": a base told by its owner's name is as much its own)
            and any(g.dep_ == "poss" and (g.lower_ in ("its", "their") or g.pos_ == "PROPN") for g in obj.children)
        ):
            return True
    return False


# drills a force takes its own gear to: "flew its Typhon launcher to Japan for the Resolute Dragon
# exercise", "will be returned when the drills end"
_DRILLS = {"exercise", "exercises", "drill", "drills", "manoeuvre", "manoeuvres", "maneuver", "maneuvers",
           "wargame", "wargames"}  # fmt: skip
_DRILL_TIMES = {"for", "after", "during", "at", "before"}


def for_drills(tok: Any) -> bool:
    """ "The U.S. Army flew its Typhon launcher to a base in Japan for the Resolute Dragon exercise",
    "the launcher will be returned when the drills end": gear a force takes to drills (or brings back
    from them) stays its own (no transfer). ("after the exercise season" names no drills.)"""
    # ("to a base in Yamaguchi prefecture for the exercise": the parse hangs the "for" on the place)
    places = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    for c in [*tok.children, *(k for p in places for k in p.subtree if k.dep_ == "prep" and k.head.pos_ != "VERB")]:
        if c.dep_ == "prep" and c.lower_ in _DRILL_TIMES:
            heads = [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX"):
            heads = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        else:
            continue
        if any(h.lower_ in _DRILLS for g in heads for h in (g, *g.conjuncts)):
            return True
    return False


# a lot's place in a running count: "the 60th package", "the seventy-first tranche", "its third drawdown"
_ORDINAL = re.compile(
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|(?:four|fif|six|seven|eigh|nin|ten|twelf)th|\w+-(?:first|second|third))$"
)
# the subjects that point back to the act told before: "This authorization is ...", "It is ..."
_POINTING = {"this", "that", "it"}


def counted_in_series(tok: Any) -> bool:
    """ "This authorization is the seventy-first tranche of equipment to be provided for Ukraine since
    August 2021", "It is the 60th package of weapons sent to Kyiv": the act told before, numbered in
    a running series (no act of its own; its "since" dates the series)."""
    if tok.dep_ not in ("acl", "relcl") or tok.tag_ != "VBN":
        return False
    lot = tok.head
    if lot.dep_ == "pobj" and lot.head.lower_ == "of":
        lot = lot.head.head  # "the 60th package of weapons provided"
    if lot.dep_ != "attr" or lot.head.lemma_.lower() != "be":
        return False
    if not any(c.dep_ == "amod" and _ORDINAL.search(c.lower_) for c in lot.children):
        return False
    subj = next((c for c in lot.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and (
        subj.lower_ in _POINTING or any(c.dep_ == "det" and c.lower_ in _POINTING for c in subj.children)
    )


# verbs of making whose "by" agent is the goods' maker: "Akash systems built by Bharat Dynamics"
_BUILT = {"make", "build", "produce", "manufacture", "assemble", "develop"}


def home_built(parties: list[Arg], n: int, tok_of: dict[int, Any]) -> bool:
    """ "The Indian Army inducted Akash-NG systems built by Bharat Dynamics": goods a party takes in
    that a maker of its own state built cross no border (domestic procurement)."""
    takers = {a.entity.id for a in parties if a.trigger == n and a.case == "subj" and a.entity is not None}
    for a in parties:
        if a.case != "agent" or a.entity is None or a.entity.id not in takers or a.trigger not in (None, n):
            continue
        t = tok_of.get(a.start)
        for _ in range(3):  # up the maker's words: "state-owned" -> "Bharat" -> "Dynamics"
            if t is None or t.dep_ not in ("compound", "amod", "nmod") or t.head.i == t.i:
                break
            t = t.head
        verb = t.head.head if t is not None and t.dep_ == "pobj" and t.head.dep_ == "agent" else None
        if verb is not None and verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.lemma_.lower() in _BUILT:
            return True
    return False


# "received 10 jets from its own industry", "bought from domestic manufacturers": the maker at home
_HOME_MAKERS = {"industry", "industries", "factory", "factories", "plant", "plants", "manufacturer",
                "manufacturers", "producer", "producers", "maker", "makers", "shipyard", "shipyards",
                "arsenal", "arsenals", "sector", "base"}  # fmt: skip
_HOME = {"own", "domestic", "local", "national", "home", "homegrown", "indigenous", "in-house"}


def home_source(tok: Any, party_starts: set[int]) -> bool:
    """ "Russia confirmed receiving 10 Su-30 fighters from its own industry", "buys its drones from
    local manufacturers": goods a party gets from its own makers cross no border."""
    for c in tok.subtree:
        if c.dep_ != "prep" or c.lower_ != "from" or (c.head.i != tok.i and c.head.head.i != tok.i):
            continue
        obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if obj is None:
            continue
        maker = next((g for g in obj.children if g.dep_ == "appos" and g.lemma_.lower() in _HOME_MAKERS), None)
        if maker is not None and any(g.lower_ in _HOME for g in maker.children if g.dep_ in ("amod", "compound")):
            return True  # "from Solar Industries, a domestic maker"
        if obj.lemma_.lower() not in _HOME_MAKERS and obj.lower_ not in _HOME_MAKERS:
            continue
        if any(t.idx in party_starts for t in obj.subtree):
            continue
        if any(g.lower_ in _HOME for g in obj.children if g.dep_ in ("amod", "poss", "compound", "det")) or any(
            g.dep_ == "poss" and any(h.lower_ == "own" for h in g.children) for g in obj.children
        ):
            return True
    return False


def bought_for_own_forces(tok: Any, sentence: Sentence, n: int) -> bool:
    """ "South Korea orders more shells for its army": goods a state buys "for its (own) army" with no
    seller or make told come from its own makers (domestic procurement, no transfer); "Poland orders
    K2 tanks from South Korea for its army" names the seller, "Japan ordered Tomahawks for its navy"
    goods of a foreign make, and both stay transfers."""
    mine = [a for a in sentence.parties if a.trigger == n]
    if any(a.case in ("source", "origin", "gen", "agent") for a in mine):
        return False
    homes = {a.entity.country for a in mine if a.case == "subj" and a.entity is not None}
    makes = {i.entity.country for i in sentence.items if i.trigger == n and i.entity is not None and i.entity.country}
    if makes - homes:
        return False
    goods = [c for c in tok.children if c.dep_ == "dobj"]
    for c in (g for h in [tok, *goods] for g in h.children):
        if c.dep_ != "prep" or c.lower_ != "for":
            continue
        obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if obj is None or obj.lower_ not in _OWN_FORCES:
            continue
        if any(
            (g.dep_ == "poss" and g.lower_ in ("its", "their")) or (g.dep_ == "amod" and g.lower_ == "own")
            for g in obj.children
        ):
            return True
    return False


def home_firms(parties: list[Arg], n: int, tok_of: dict[int, Any]) -> bool:
    """ "signed contracts with Indian companies for howitzers to be delivered to the Indian army":
    firms or makers named by the state the goods go to supply its own forces (domestic procurement)."""
    ends = [a for a in parties if a.trigger == n and a.case == "goal" and a.entity is not None]
    goals = {a.entity.id for a in ends if a.entity is not None}
    for a in parties:  # (the firms may be told on the deal the delivery is part of)
        t = tok_of.get(a.start)
        if (
            a.case in ("subj", "agent", "source")
            and a.trigger is not None
            and not any(g.start == a.start for g in ends)  # ("for Russian arms factories": the end user)
            and a.entity is not None
            and a.entity.id in goals
            and t is not None
            and t.dep_ in ("amod", "compound")
            and (t.head.lower_ in FIRMS or t.head.lower_ in _HOME_MAKERS)
        ):
            return True
    return False


# the plants and works a state's defence ministry buys from at home
_WORKS = {"plant", "plants", "factory", "factories", "works", "shipyard", "shipyards", "arsenal", "arsenals"}
# states that build Soviet designs at home
_SOVIET_HEIRS = {"RUS", "UKR", "BLR", "KAZ", "UZB", "ARM", "AZE", "GEO"}
# a state's own buyers of arms: "to the Russian Ministry of Defense", "to the Ukrainian army"
_OWN_BUYERS = {"ministry", "army", "military", "forces", "navy", "troops"}


def plant_to_own_ministry(sentence: Sentence, n: int, tok_of: dict[int, Any]) -> bool:
    """ "the Votkinsk plant delivers the missiles directly to the Russian Ministry of Defense": a plant
    of no told home delivering to a state's ministry or forces is that state's own industry (domestic
    procurement, no transfer), unless the goods are another state's make ("BMP-3 vehicles")."""
    mine = [a for a in sentence.parties if a.trigger == n and a.entity is not None]
    ends = [a for a in mine if a.case == "goal"]
    homes = {a.entity.country for a in ends if a.entity is not None}
    buyer = any((t := tok_of.get(a.start)) is not None and t.lower_ in _OWN_BUYERS for a in ends)
    if not buyer or len(homes) != 1 or any(a.case in ("gen", "origin") for a in mine):
        return False
    makes = {e.country for it in sentence.items for e in (it.entity, it.origin) if e is not None and e.country}
    if homes <= _SOVIET_HEIRS:
        makes.discard("SUN")  # (a Soviet design is built at home by more than one successor state)
    if makes - homes:
        return False
    # (a plant may be named by its firm or by its town: "the Kazan helicopter plant")
    givers = [a for a in sentence.parties + sentence.places if a.trigger == n and a.case in ("subj", "agent")]
    if not givers:
        return False
    for a in givers:
        t = tok_of.get(a.start)
        if a.entity is None or t is None or a.entity.country not in (None, *homes):
            return False
        if a.entity.type not in ("company", "city") or not (
            t.lower_ in _WORKS or (t.dep_ == "compound" and t.head.lower_ in _WORKS)
        ):
            return False
    return True


# a state's own forces that take in goods made at home: "the Turkish Air Force", "the Gendarmerie"
_HOME_TAKERS = _OWN_FORCES | _OWN_BUYERS | {"gendarmerie", "guard", "corps", "marines"}


def plant_output_at_home(verb: Any, sentence: Sentence, n: int, tok_of: dict[int, Any]) -> bool:
    """ "The ammunition plant in Kragujevac will supply shells to the Serbian armed forces", "Rheinmetall's
    new plant in Ukraine will supply shells to the Ukrainian army": a plant's output going to the forces
    of the state it stands in, or of no told home, crosses no border (domestic production, no transfer);
    a plant in another state ("a plant in Turkey will supply drones to the Ukrainian army") exports."""
    works = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if works is None or works.lower_ not in _WORKS:
        return False
    mine = [a for a in sentence.parties if a.trigger == n and a.entity is not None]
    goals = [a for a in mine if a.case == "goal"]
    homes = {a.entity.country for a in goals if a.entity is not None}
    if len(homes) != 1 or None in homes:
        return False
    units = {a.start for a in goals if a.entity is not None and a.entity.type == "military-unit"}  # ("the Bundeswehr")
    if not all(_forces_of(tok_of.get(a.start)) or a.start in units for a in goals):
        return False  # ("will supply shells to Ukraine": the state at large may be abroad)
    lo, hi = works.left_edge.idx, works.right_edge.idx + len(works.right_edge.text)
    sites = [a for a in sentence.parties + sentence.places if lo <= a.start < hi and a.entity is not None]
    placed = {a.entity.country for a in sites if a.entity and _placed_in(tok_of.get(a.start), works)} - {None}
    if placed - homes:
        return False  # (a plant abroad exports)
    givers = [a for a in mine if a.case in ("subj", "agent", "source", "origin") and not (lo <= a.start < hi)]
    if givers:
        return False  # (another giver told beside the plant)
    if not placed and any(a.entity is not None and a.entity.country not in (None, *homes) for a in sites):
        return False  # ("a Czech plant will supply shells to Ukraine": a plant of another state)
    makes = {e.country for it in sentence.items for e in (it.entity, it.origin) if e is not None and e.country}
    return not (makes - homes)


def _forces_of(tok: Any | None) -> bool:
    """Whether a receiving party's word names a state's forces: "the Serbian armed forces", "Ukraine's army"."""
    if tok is None:
        return False
    return tok.lower_ in _HOME_TAKERS or (
        tok.dep_ in ("amod", "poss", "compound") and tok.head.lemma_.lower() in _HOME_TAKERS
    )


def _placed_in(tok: Any | None, works: Any) -> bool:
    """Whether a place's word tells where the plant stands: "the plant in Kragujevac"."""
    return (
        tok is not None
        and tok.dep_ == "pobj"
        and tok.head.lower_ in ("in", "at", "near")
        and tok.head.head.i == works.i
    )


_BUILDING = {"make", "produce", "build", "manufacture", "assemble"}


def built_at_home_for_own_forces(verb: Any, sentence: Sentence, n: int, tok_of: dict[int, Any]) -> bool:
    """ "The drones are assembled at the company's facility outside Istanbul and delivered to the
    Turkish Air Force": goods built at a site in the state whose own forces they are delivered to
    cross no border (domestic procurement), when no one else is told giving them."""
    if verb.dep_ != "conj" or verb.head.lemma_.lower() not in _BUILDING:
        return False
    mine = [a for a in sentence.parties if a.trigger == n]
    if any(a.case in ("subj", "agent", "source", "origin", "gen") for a in mine):
        return False
    ends = [a for a in mine if a.case == "goal" and a.entity is not None]
    homes = {a.entity.country for a in ends if a.entity is not None}
    if len(homes) != 1 or None in homes:
        return False
    forces = [t for a in ends if (t := tok_of.get(a.start)) is not None]
    if not any(t.lower_ in _HOME_TAKERS or t.head.lower_ in _HOME_TAKERS for t in forces):
        return False
    built = verb.head
    span = (built.left_edge.idx, verb.idx)
    sites = [p for p in sentence.places if p.entity is not None and span[0] <= p.start < span[1]]
    return bool(sites) and all(p.entity is not None and p.entity.country in homes for p in sites)


def own_make_for_own_forces(sentence: Sentence, n: int, tok_of: dict[int, Any]) -> bool:
    """ "the French Army is to receive 109 CAESAR Mark II howitzers", "the Indian Navy took delivery of
    its third Kalvari submarine": a state's own forces getting systems of that state's make, from no
    one the text names, get them from their own industry (domestic procurement, no transfer)."""
    mine = [a for a in sentence.parties if a.trigger == n]
    if any(a.case in ("source", "origin", "gen", "agent") for a in mine):
        return False
    takers = [a for a in mine if a.case == "subj" and a.entity is not None]
    homes = {a.entity.country for a in takers if a.entity is not None}
    if len(homes) != 1 or None in homes:
        return False
    forces = [t for a in takers if (t := tok_of.get(a.start)) is not None]
    if not any(t.head.lower_ in _HOME_TAKERS for t in forces if t.dep_ in ("amod", "compound")):
        return False  # ("France is to receive": the state, which may buy abroad; "the French Army": its forces)
    # (a generic word beside the system is its kind: "CAESAR Mark II howitzers" read as two goods)
    named = [i.entity.country for i in sentence.items if i.trigger == n and i.entity is not None]
    return bool(named) and all(c in homes for c in named)


def _passive_user(verb: Any) -> Any | None:
    """The user a passive verb of use names by "by" ("were used by Russia" → "Russia"), if any."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None


def _glossed_object(goods: Any) -> Any:
    """The object a phrase of goods glosses in apposition: "commissioned KRI Brawijaya, the first of
    two ships bought from Italy", "flies the Su-35, a jet supplied by Russia" (the ship, the jet), else
    the goods themselves."""
    t = goods
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "appos":
        t = t.head.head  # "the first of two ships"
    return t.head if t.dep_ == "appos" and t.head.dep_ == "dobj" else goods


def user_recipients(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]) -> None:
    """ "Hezbollah hit a warship with an Iranian-supplied missile", "Russia has used drones that Iran
    provided in 2022": the user received the goods."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        reduced = reduced_relative(tok)
        relative = not hit.nominal and (_giving_relative(tok, hit) or _passive_relative(tok, hit))
        if not relative and (hit.nominal or not hit.passive or (tok.dep_ not in ("amod", "acl") and not reduced)):
            continue
        if any(a.trigger == n and a.case == "goal" for a in sentence.parties):
            continue
        goods = tok.head
        # ("flies F-14s and F-4s bought before 1979": the goods just before it; "The drones, supplied by
        # Iran, were used": an aside set off by a comma hangs on its goods)
        if reduced and not doc[tok.i - 1].is_punct:
            goods = doc[tok.i - 1]
            while goods.dep_ == "conj" and goods.head.i < goods.i:
                goods = goods.head
        if goods.dep_ == "pobj" and goods.head.text.lower() == "of" and goods.head.head.dep_ == "dobj":
            goods = goods.head.head  # "used dozens of TB2s bought from Turkey": the measure is the object
        goods = _glossed_object(goods)
        verb = goods.head
        instrument = goods.dep_ == "pobj" and verb.dep_ == "prep" and verb.text.lower() == "with"
        # ("The drones, supplied by Iran, were used by Russia": the passive's "by" names the user)
        passive_use = goods.dep_ == "nsubjpass" and verb.lemma_.lower() in _USE
        if instrument:
            verb = verb.head
        elif goods.dep_ == "nsubj" and verb.lemma_.lower() in _LANDING:
            _landed_in_a_state(sentence, verb, n, party_heads)
            continue
        elif goods.dep_ != "dobj" and not passive_use:
            continue
        if not instrument and _bought_goods_received(sentence, hits_tok, n, verb):
            continue
        used = verb.lemma_.lower() in _USE or (instrument and verb.lemma_.lower() in _STRIKE) or _shown_off(verb)
        if not used:
            continue
        if not instrument and _targeted(verb):
            continue  # "Russia struck a US-supplied Patriot battery", "shot down Iranian-supplied drones"
        subj = _passive_user(verb) if passive_use else _subject_of(verb)
        user = party_heads.get(subj.i) if subj is not None else None
        if user is None and subj is not None and {subj.lemma_.lower(), subj.lower_} & (_OWN_FORCES | {"crew", "crews"}):
            # "Ukrainian brigades operate vehicles sent by Germany": the state whose forces use them
            user = next(
                (party_heads[c.i] for c in subj.children if c.dep_ in ("amod", "poss") and c.i in party_heads), None
            )
        if user is not None and user.entity is not None:
            sentence.parties.append(Arg(user.start, user.end, user.entity, "goal", n, direct=True))


def _shown_off(verb: Any) -> bool:
    """Whether a verb shows off goods ("Mali's army showed off Turkish-supplied Akinci drones"): a party
    displays goods it holds."""
    return verb.lemma_.lower() == "show" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


# verbs of goods coming down or in somewhere: "French-supplied Mirage jets landed in Ukraine"
_LANDING = {"land", "arrive", "touch"}


def _landed_in_a_state(sentence: Sentence, verb: Any, n: int, party_heads: dict[int, Arg]) -> None:
    """ "French-supplied Mirage jets landed in Ukraine": the state where goods that the participle
    says a party supplied came in received them (a place in it, "landed at an airbase near Lviv",
    names no receiver)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
            continue
        for g in prep.children:
            taker = party_heads.get(g.i) if g.dep_ == "pobj" else None
            if taker is not None and taker.entity is not None and taker.entity.type == "country":
                sentence.parties.append(Arg(taker.start, taker.end, taker.entity, "goal", n, direct=True))


def _bought_goods_received(sentence: Sentence, hits_tok: list[tuple[Any, int]], n: int, verb: Any) -> bool:
    """ "Nigeria received two patrol boats bought from China": the seller of goods a clause on them says
    were bought gives them in the act of receiving them (one record, not a purchase of no buyer beside a
    receipt of no giver). Whether `verb` was such a receipt, whose giver is now told."""
    m = next((k for k, (h, i) in enumerate(hits_tok) if i == verb.i and k != n), None)
    if m is None or hits_tok[m][0].trigger.direction != "receive" or hits_tok[m][0].passive:
        return False
    if any(a.trigger == m and a.case in ("source", "agent") for a in sentence.parties):
        return False
    told = [a for a in sentence.parties if a.trigger == n and a.case in ("source", "via") and a.entity is not None]
    for a in told:  # (and the way they came: "purchased from India via Georgia")
        sentence.parties.append(Arg(a.start, a.end, a.entity, a.case, m, direct=True))
    return any(a.case == "source" for a in told)


def _giving_relative(tok: Any, hit: TriggerHit) -> bool:
    """Whether `tok` gives the goods its relative clause is on, with a giver of its own ("drones that
    Iran provided", "the shells which Pyongyang sent")."""
    return (
        tok.dep_ == "relcl"
        and hit.trigger.direction == "give"
        and any(c.dep_ == "nsubj" for c in tok.children)
        and all(c.dep_ != "dobj" or c.lower_ in ("that", "which") for c in tok.children)
    )


def _passive_relative(tok: Any, hit: TriggerHit) -> bool:
    """Whether `tok` is a passive of giving in a relative clause on the goods, told with its giver
    ("boats that had been delivered by Iran", "tanks which were supplied by Russia")."""
    return (
        tok.dep_ == "relcl"
        and hit.passive
        and hit.trigger.direction == "give"
        and any(c.dep_ == "nsubjpass" and c.lower_ in ("that", "which") for c in tok.children)
        and any(c.dep_ == "agent" for c in tok.children)
    )


# verbs of use whose object is the target, not the goods used: "hit German-supplied tanks"
_TARGETING = {"hit", "strike"}


def _targeted(verb: Any) -> bool:
    """ "Russia struck a US-supplied Patriot battery", "Ukraine shot down 30 Iranian-supplied drones": the
    object of the strike is what was hit, which its striker did not receive."""
    lemma = verb.lemma_.lower()
    return lemma in _TARGETING or (
        lemma == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    )


def relative_users(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], party_heads: dict[int, Arg], goods: list[tuple[Any, Any]]
) -> None:
    """ "Iran supplied the drones that Russia has launched at Kyiv", "the missiles the Houthis fired
    were supplied by Iran": the party using the goods in a relative clause on them received them; so
    did the one who ordered them ("Russia delivered the fighters that Myanmar ordered in 2018")."""
    for n, (hit, _tok_i) in enumerate(hits_tok):
        if hit.trigger.direction != "give" or any(
            a.trigger == n and a.case == "goal" for a in sentence.parties + sentence.places
        ):
            continue
        for it, head in goods:
            if it.trigger != n:
                continue
            for clause in head.subtree:
                if clause.dep_ != "relcl" or clause.lemma_.lower() not in _USE | _DEALT:
                    continue
                if not (
                    it.start <= clause.head.idx < it.end or clause.head.i == head.i or _on_worth(clause.head, head)
                ):
                    continue  # a clause on the goods themselves (or their system's noun), not on a noun inside
                subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                user = party_heads.get(subj.i) if subj is not None else None
                if user is None or user.entity is None:
                    continue
                _bind(sentence, user, n, "goal")
                if clause.lemma_.lower() in _DEALT:
                    _undate_deal(sentence, hit, clause, head)
                break


def _on_worth(noun: Any, goods: Any) -> bool:
    """ "weapons worth $400 million that Armenia had paid for": the parse hangs a relative clause on the
    goods' value, which is said of the goods all the same."""
    t = noun
    for _ in range(4):
        if t.head.i == t.i:
            return False
        if t.lower_ == "worth":
            return bool(t.head.i == goods.i)
        t = t.head
    return False


def _undate_deal(sentence: Sentence, hit: TriggerHit, clause: Any, goods: Any) -> None:
    """ "Russia delivered the fighters that Myanmar ordered in 2018": the year in the clause of the
    deal dates the order, not the delivery (which keeps an undated mention when nothing else dates it,
    so that the sentence's date is not read for it)."""
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
    kept = [d for d in (hit.dates or sentence.dates) if not lo <= d.start < hi]
    hit.dates = kept or [DateMention(goods.idx, goods.idx, "", None)]


def _bind(sentence: Sentence, party: Arg, n: int, case: str) -> None:
    """Give `party` the role `case` in act `n`: itself when it holds no act directly yet, else a copy."""
    if party.trigger is None or not party.direct:
        party.trigger, party.case, party.direct = n, case, True
    else:
        sentence.parties.append(Arg(party.start, party.end, party.entity, case, n))


def received_from_agent(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, goods: list[tuple[Any, Any]]
) -> None:
    """ "Ukraine received the vehicles transferred to it by Sweden": the agent of a passive participle
    on goods another trigger receives is the supplier of that receipt."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        while tok.dep_ == "conj" and tok.head.i != tok.i:  # "refurbished in Germany and handed over by Denmark"
            tok = tok.head
        if hit.nominal or not hit.passive or hit.trigger.direction != "give" or tok.dep_ not in ("acl", "amod"):
            continue
        owners = {it.trigger for it, head in goods if head.i == tok.head.i and it.trigger not in (None, n)}
        for m in owners:
            if m is None or hits_tok[m][0].trigger.direction != "receive":
                continue
            if any(a.trigger == m and a.case in ("source", "agent") for a in sentence.parties):
                continue
            for a in [a for a in sentence.parties if a.trigger == n and a.case == "agent"]:
                sentence.parties.append(Arg(a.start, a.end, a.entity, "source", m))


ORIGIN = Trigger("origin", "supply", "give")


# nouns of where goods come from: "of Iranian origin", "of Chinese manufacture", "of Russian make"
_ORIGIN_NOUNS = {"origin", "manufacture", "make", "provenance"}


def origin_hits(sent: Any) -> list[tuple[TriggerHit, int]]:
    """ "Much of the ammunition is (likely) of South Korean origin", "the fuel cells were of Chinese
    manufacture": the noun acts as a give-trigger whose adjectives are the suppliers and whose
    copula's subject is the goods."""
    out: list[tuple[TriggerHit, int]] = []
    for tok in sent_tokens(sent):
        if tok.lemma_.lower() not in _ORIGIN_NOUNS or tok.dep_ != "pobj" or tok.head.text.lower() != "of":
            continue
        gov = tok.head.head
        while gov.dep_ in ("acomp", "advmod") and gov.head.i != gov.i:
            gov = gov.head  # "is likely of"
        if gov.lemma_.lower() != "be" or not any(c.dep_ in ("amod", "compound") for c in tok.children):
            continue
        out.append((TriggerHit(tok.idx, tok.idx + len(tok.text), ORIGIN), tok.i))
    return out


SUPPLIER_NOUN = Trigger("supplier", "supply", "give")
# the agent nouns of supplying: "X is Y's main supplier of Z", "X, the largest exporter of Z to Y",
# "Germany is Ukraine's largest donor in Europe"
_SUPPLIER_NOUNS = {"supplier", "exporter", "provider", "source", "seller", "vendor", "donor"}
_COPULAS = {"be", "become", "remain", "emerge", "stay"}


def supplier_noun_hits(sent: Any) -> list[tuple[TriggerHit, int]]:
    """ "China has become the main source of machine tools for Russia", "Iran, Russia's largest supplier
    of drones": an agent noun said of a party (after a copula, or in apposition) tells that the
    party supplies; the noun acts as a give-trigger (see `supplier_noun_roles` for its parties)."""
    out: list[tuple[TriggerHit, int]] = []
    for tok in sent_tokens(sent):
        if tok.lemma_.lower() not in _SUPPLIER_NOUNS or tok.pos_ != "NOUN" or _world_rank(tok):
            continue
        said_of = (
            (tok.dep_ == "attr" and tok.head.lemma_.lower() in _COPULAS)
            or (tok.dep_ == "appos" and tok.head.pos_ == "PROPN")
            or _as_role(tok) is not None
            or _loose_apposition(tok) is not None
        )
        if said_of:
            hit = TriggerHit(tok.idx, tok.idx + len(tok.text), SUPPLIER_NOUN)
            if _loose_apposition(tok) is not None:
                # ("..., two officials said, as it shifts away from Russia, its traditional arms supplier":
                # a habit the outlet tells in passing, undated, whoever speaks in the sentence)
                hit.status, hit.dates, hit.aside = "reported", [], True
            out.append((hit, tok.i))
    return out


# owners and modifiers that make a supplier noun a world ranking: "the world's tenth-largest arms exporter"
_WORLD = {"world", "globe", "global", "worldwide"}


def _world_rank(tok: Any) -> bool:
    """ "South Korea ranked as the world's tenth-largest arms exporter", "a top global arms supplier":
    a rank among all exporters names no one supplied (unless a "to" names who is: "the world's
    largest supplier of drones to Ukraine")."""
    if not any(c.lemma_.lower() in _WORLD and c.dep_ in ("poss", "amod", "compound") for c in tok.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in tok.children)


def _loose_apposition(tok: Any) -> Any | None:
    """The name a supplier noun stands in apposition to when the parse made it a conjunct of the verb
    ("shifting away from Russia, its traditional arms supplier"): the name right before its comma."""
    first = tok.left_edge.i
    if tok.dep_ != "conj" or tok.head.pos_ not in ("VERB", "AUX") or first < 2 or tok.doc[first - 1].text != ",":
        return None
    name = tok.doc[first - 2]
    return name if name.pos_ == "PROPN" and name.dep_ == "pobj" else None


def _as_role(tok: Any) -> Any | None:
    """The verb whose subject a role noun after "as" is said of ("France overtook Russia as India's
    second-largest arms supplier", "China emerged as Serbia's main supplier"), or one of a set the
    subject is said to be in ("Israel remains one of Azerbaijan's biggest arms suppliers", "Turkey is
    among Ukraine's main suppliers"), or None."""
    prep = tok.head
    if tok.dep_ != "pobj":
        return None
    if prep.lower_ == "as" and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    if prep.lower_ == "among" and prep.head.lemma_.lower() in _COPULAS:
        return prep.head
    one = prep.head
    if prep.lower_ == "of" and one.lower_ == "one" and one.dep_ == "attr" and one.head.lemma_.lower() in _COPULAS:
        return one.head
    return None


def supplier_noun_roles(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """The party an agent noun is said of supplies; the owner of the noun ("Russia's supplier")
    is who is supplied, not who supplies as with a deed noun ("Iran's delivery")."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        if hit.trigger is not SUPPLIER_NOUN:
            continue
        tok = doc[tok_i]
        verb = _as_role(tok) or tok.head
        owner = tok.head if tok.dep_ == "appos" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
        loose = _loose_apposition(tok)
        if loose is not None:
            owner, verb = loose, loose.head
        for head_i, arg in party_heads.items():
            t = doc[head_i]
            if t.dep_ == "poss" and t.head.i == tok.i and arg.trigger == n:
                arg.case = "goal"
        said_of = party_heads.get(owner.i) if owner is not None else None
        if said_of is not None and said_of.entity is not None:
            _bind(sentence, said_of, n, "subj")
            taker = _pronoun_owner(tok, party_heads, said_of)
            if taker is not None and not any(a.trigger == n and a.case == "goal" for a in sentence.parties):
                if taker.trigger == n:
                    taker.case = "goal"  # (the clause's subject, given to the noun by order)
                else:
                    _bind(sentence, taker, n, "goal")
            if tok.dep_ == "appos":
                _supplied_by_apposition(sentence, hits_tok, n, said_of)
            inner = _imports_of(tok, hits_tok)
            if inner is not None:
                _bind(sentence, said_of, inner, "source")
            if tok.dep_ == "attr":
                _goods_of_the_supplying(sentence, hits_tok, doc, n, verb)


def _goods_of_the_supplying(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, n: int, verb: Any) -> None:
    """ "Israel was Azerbaijan's largest arms supplier, providing Harop drones and Barak-8 systems": a
    giving participle on the copula names the goods the supplier noun's act gives (no act of its own)."""
    for m, (hit, tok_i) in enumerate(hits_tok):
        part = doc[tok_i]
        if m == n or hit.nominal or hit.trigger.direction != "give" or part.tag_ != "VBG":
            continue
        if part.dep_ != "advcl" or part.head.i != verb.i or any(a.trigger == m for a in sentence.parties):
            continue
        for it in sentence.items:
            if it.trigger == m:
                it.trigger = n


def _pronoun_owner(tok: Any, party_heads: dict[int, Arg], giver: Arg) -> Arg | None:
    """ "Armenia is turning away from Russia, its traditional arms supplier": the party an "its" on the
    supplier noun stands for, the subject of the clause the apposition is in (None: no "its")."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
        return None
    verb = tok.head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    taker = party_heads.get(subject.i) if subject is not None else None
    if taker is None or taker.entity is None or taker.entity is giver.entity:
        return None
    return taker


def _supplied_by_apposition(sentence: Sentence, hits_tok: list[tuple[Any, int]], n: int, giver: Arg) -> None:
    """ "Tehran, Moscow's main drone supplier, has begun shipping missiles": the one an apposition
    says the subject supplies receives what the subject's verb gives, when it names no receiver."""
    takers = [a for a in sentence.parties if a.trigger == n and a.case == "goal" and a.entity is not None]
    if len(takers) != 1:
        return
    for m, (hit, _i) in enumerate(hits_tok):
        if m == n or hit.nominal or hit.trigger.direction != "give":
            continue
        mine = [a for a in sentence.parties if a.trigger == m]
        if any(a.case == "goal" for a in mine) or not any(a.case == "subj" and a.start == giver.start for a in mine):
            continue
        sentence.parties.append(dataclasses.replace(takers[0], trigger=m, direct=True))


def _imports_of(tok: Any, hits_tok: list[tuple[Any, int]]) -> int | None:
    """The receipt told by the noun after a source noun's "of" ("China was the main source of
    Pakistan's arms imports": China is where the imports come from), as an act index, or None."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            for m, (hit, i) in enumerate(hits_tok):
                if i == obj.i and hit.nominal and hit.trigger.direction == "receive":
                    return m
    return None


def copula_subjects(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]) -> None:
    """ "Britain became the first country to send missiles", "France was the first to deliver": an
    infinitive on what the copula says of its subject has that subject as its own."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal or hit.passive or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        copula = tok.head
        if tok.dep_ in ("relcl", "acl") and copula.dep_ == "attr":
            copula = copula.head
        elif tok.dep_ == "advcl" and not any(c.dep_ == "attr" for c in copula.children):
            continue  # ("became the second NATO member to buy": the parse may hang it on the copula)
        elif tok.dep_ not in ("xcomp", "advcl"):
            continue
        if copula.lemma_.lower() not in _COPULAS or any(
            a.trigger == n and a.case in ("subj", "agent") for a in sentence.parties
        ):
            continue
        subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        party = party_heads.get(subject.i) if subject is not None else None
        if party is not None and party.entity is not None:
            _bind(sentence, party, n, "subj")


# verbs that list the members of a class: "Countries that have bought the JF-17 include Nigeria"
_LISTING_MEMBERS = {"include", "comprise"}


def class_members(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]) -> None:
    """ "Nigeria and Myanmar are among the countries that have bought the JF-17", "Among the states that
    received Leopard tanks are Poland and Norway", "Countries that have bought the JF-17 include
    Nigeria": a relative clause on a class whose members the sentence names tells each member's act;
    the members are its subjects."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal or tok.dep_ != "relcl":
            continue
        rel = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if rel is None or rel.lower_ not in ("that", "which", "who") or hit.passive:
            continue
        if any(a.trigger == n and a.case in ("subj", "agent") for a in sentence.parties):
            continue
        cls = tok.head
        if cls.tag_ not in ("NNS", "DT") or cls.i in party_heads:
            continue  # (a plural class: "the countries that", "those that")
        verb = cls.head
        members: list[Any] = []
        if cls.dep_ == "pobj" and verb.lower_ == "among" and verb.head.lemma_.lower() in _COPULAS:
            subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "attr") and c.i != cls.i), None)
            if subject is not None:
                members = [subject, *subject.conjuncts]
        elif cls.dep_ == "nsubj" and verb.lemma_.lower() in _LISTING_MEMBERS:
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is not None:
                members = [obj, *obj.conjuncts]
        for m in members:
            party = party_heads.get(m.i)
            if party is not None and party.entity is not None:
                _bind(sentence, party, n, "subj")


_PASSING = {"enter", "cross", "transit", "traverse"}


def journey_continued(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "weapons were trucked across Iraq, entered Syria and were then driven to Hezbollah depots":
    verbs joined to a moving of goods that have no subject of their own tell the rest of the same
    journey; where they go "to" is the goods' destination, what they "enter" or "cross" is passed.
    So does a clause going on from the last stop: "were shipped to Oman, from where they were
    carried by boat to the Houthis" (whence, from there)."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal or not (hit.trigger.direction == "move" or hit.passive):
            continue
        for verb in [c for c in tok.subtree if c.pos_ == "VERB" and (c.dep_ == "conj" or _from_there(c))]:
            if any(c.dep_ in ("nsubj", "expl") for c in verb.children) or verb.i in {i for _h, i in hits_tok}:
                continue
            for head_i, party in party_heads.items():
                t = doc[head_i]
                if party.trigger is not None and party.direct:
                    continue
                if t.dep_ in ("compound", "poss"):
                    t = t.head  # "driven to Hezbollah depots", "to Russia's army"
                if t.dep_ == "pobj" and t.head.head.i == verb.i and t.head.lower_ in ("to", "into"):
                    if _from_there(verb):
                        _stops_before(sentence, n, party)
                    _bind(sentence, party, n, "goal")
                elif t.dep_ == "dobj" and t.head.i == verb.i and verb.lemma_.lower() in _PASSING:
                    _bind(sentence, party, n, "via")


def _stops_before(sentence: Sentence, n: int, goal: Arg) -> None:
    """The places act `n` reached before the leg to `goal` are stops on the way ("to Oman, from
    where they were smuggled to the Houthis": Oman is passed)."""
    for x in (*sentence.parties, *sentence.places):
        if x.trigger == n and x.case in ("goal", "goal-gen") and x.entity != goal.entity:
            x.case = "via"


def _from_there(verb: Any) -> bool:
    """Whether `verb` heads a clause going on from the place just named: "from where they were
    smuggled", "whence they went", "from there they were trucked"."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "from" and any(c.lower_ == "where" for c in verb.children):
        return True
    return any(
        c.lower_ in ("whence", "thence") or (c.lower_ == "from" and any(g.lower_ == "there" for g in c.children))
        for c in verb.children
    )


# the edge of a state a leg ends at: "trucked north to the Armenian border"
_BORDER_NOUNS = {"border", "borders", "frontier", "frontiers"}


def border_goals(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any) -> None:
    """ "The crates were shipped to Bandar Abbas and trucked north to the Armenian border": a later leg
    that ends at a state's border takes the goods on to that state, its goal; the first leg's end is
    then a stop on the way. A leg told alone ("moved missiles to the Finnish border") is left as it is:
    a state's own forces come up to another's border without handing anything over."""
    at = {tok_i: n for n, (_h, tok_i) in enumerate(hits_tok)}
    for b, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal or hit.trigger.direction not in ("give", "move") or tok.dep_ != "conj" or tok.head.i not in at:
            continue
        if any(x.trigger == b and x.case in ("goal", "goal-gen") for x in sentence.parties):
            continue
        for x in sentence.parties:
            span = doc.char_span(x.start, x.end, alignment_mode="expand")
            if x.trigger != b or x.case != "other" or x.entity is None or span is None:
                continue
            head = span.root
            edge = head.head
            if (
                head.dep_ in ("amod", "compound", "poss")
                and edge.lower_ in _BORDER_NOUNS
                and edge.dep_ == "pobj"
                and edge.head.lower_ in ("to", "into", "toward", "towards")
                and edge.head.head.i == tok.i
            ):
                x.case = "goal"


def traders_passing_on(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any) -> None:
    """ "The chips were bought from U.S. distributors by a shell company in Hong Kong, re-exported to
    Turkey and then flown on to Moscow": a firm that buys goods and sends them on is a go-between of
    one transfer from the seller to where the last leg ends, not the recipient of a sale of its own.
    Only a buyer told as a firm, or parts and dual-use goods, pass so ("Egypt bought Rafales from
    France and then sent two to Sudan" tells a sale and a re-export of Egypt's own)."""
    at = {tok_i: n for n, (_h, tok_i) in enumerate(hits_tok)}
    for b, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal or hit.trigger.direction not in ("give", "move") or not _next_verb(tok):
            continue
        if not any(x.trigger == b and x.case == "goal" and x.entity is not None for x in sentence.parties):
            continue
        if any(it.trigger == b for it in sentence.items) or any(
            c.dep_ == "dobj" and c.lower_ not in ("them", "it") for c in tok.children
        ):
            continue  # goods of its own: another act
        first = _buying_leg(tok, hits_tok, at)
        if first is None:
            continue
        buyers = [
            x for x in sentence.parties if x.trigger == first and x.case in ("subj", "agent") and x.entity is not None
        ]
        goods = [it for it in sentence.items if it.trigger == first]
        if not buyers or _taken_home(sentence, b, buyers) or not _passed_on(doc, buyers, goods):
            continue
        told = {x.entity.id for x in buyers if x.entity is not None}
        sentence.parties = [
            x
            for x in sentence.parties
            if not (x.trigger == b and x.case in ("subj", "agent") and x.entity is not None and x.entity.id in told)
        ]  # (the subject the next verb shares with the buyer's: the buyer again)
        for x in buyers:
            x.trigger, x.case = b, "via"
        for x in sentence.parties:
            if x.trigger == first and x.case in ("source", "origin"):
                x.trigger = b
        for it in goods:
            it.trigger = b


def _buying_leg(tok: Any, hits_tok: list[tuple[Any, int]], at: dict[int, int]) -> int | None:
    """The purchase the verbs before the leg `tok` go back to ("bought ..., re-exported to Turkey and
    then flown on"), or None."""
    first = tok.head
    while _next_verb(first) and not (first.i in at and hits_tok[at[first.i]][0].trigger.direction == "receive"):
        first = first.head
    n = at.get(first.i)
    if n is None or hits_tok[n][0].nominal or hits_tok[n][0].trigger.direction != "receive":
        return None
    return n


def _taken_home(sentence: Sentence, b: int, buyers: list[Arg]) -> bool:
    """Whether the leg `b` takes the goods to the buyers' own home: "the Houthis had been sourcing
    components and trucking them into Yemen" (they received them)."""
    homes = {x.entity.country for x in sentence.parties if x.trigger == b and x.case == "goal" and x.entity}
    return any(x.entity is not None and x.entity.country in homes - {None} for x in buyers)


def _passed_on(doc: Any, buyers: list[Arg], goods: list[ItemHit]) -> bool:
    """Whether goods bought are passed on through the buyer: parts and dual-use goods, or any goods of
    a buyer told as a firm ("Russia bought Iranian drones and sent them to Belarus" is two acts)."""
    return (bool(goods) and all(it.category in TRADE_GOODS for it in goods)) or all(
        _a_firms_seat(doc, x) for x in buyers
    )


def _next_verb(tok: Any) -> bool:
    """Whether the verb `tok` tells the next step of the clause before it, sharing its subject: "and
    shipped to Russia", ", re-exported to Turkey" (a participle clause with no subject of its own)."""
    if tok.dep_ == "conj":
        return bool(tok.head.i != tok.i)
    return bool(
        tok.dep_ == "advcl"
        and tok.tag_ == "VBN"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)
    )


def _a_firms_seat(doc: Any, party: Arg) -> bool:
    """Whether `party` is where a firm sits: "a shell company in Hong Kong", "traders based in Dubai"."""
    span = doc.char_span(party.start, party.end, alignment_mode="expand")
    if span is None:
        return False
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ != "in":
        return False
    holder_tok = prep.head
    if holder_tok.tag_ == "VBN" and holder_tok.dep_ == "acl":
        holder_tok = holder_tok.head  # "traders based in Dubai"
    return holder_tok.lemma_.lower() in FIRMS or holder_tok.lower_ in FIRMS


# a first leg told before the next: "Once the chips arrived in Hong Kong, they were shipped to Russia",
# "flown to Armenia and then trucked into Russia"
_FIRST_LEG_MARKS = {"once", "after", "when"}
_NEXT_LEG_ADVERBS = {"then", "later", "subsequently", "onward", "onwards", "thereafter"}


def staged_stops(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, text: str, told_before: list[ItemHit]
) -> None:
    """ "Once the chips arrived in Hong Kong, they were relabeled and shipped to Russia", "the drones
    were flown to Armenia and then trucked into Russia": where a first leg took the goods is a stop
    on their way to where the next leg takes them, one transfer through a go-between, not two (unless
    a state sells on weapons it bought: see `_state_sells_on_weapons`)."""
    at = {tok_i: n for n, (_h, tok_i) in enumerate(hits_tok)}
    for b, (hit, tok_i) in enumerate(hits_tok):
        if hit.nominal or hit.trigger.direction not in ("give", "move"):
            continue
        tok = doc[tok_i]
        goal = next(
            (x for x in sentence.parties if x.trigger == b and x.case in ("goal", "goal-gen") and x.entity is not None),
            None,
        )
        if goal is None:
            continue
        first = _first_leg(tok, at)
        if first is None and _then_leg(tok):
            # ("flown to Armenia and then trucked": a first verb the lexicon does not count as an act)
            lo, hi = tok.head.left_edge.idx, tok.idx
            stops = [
                x
                for x in sentence.parties
                if x.trigger is None and x.case == "goal" and x.entity is not None and lo <= x.start < hi
            ]
        elif (
            first is None or hits_tok[first][0].nominal or hits_tok[first][0].trigger.direction not in ("give", "move")
        ):
            continue
        else:
            stops = [x for x in sentence.parties if x.trigger == first and x.case == "goal" and x.entity is not None]
        towns = [x for x in sentence.places if first is not None and x.trigger == first and x.case == "goal"]
        if not (stops or towns) or any(x.entity == goal.entity for x in stops):
            continue
        own = {t.idx for t in tok.subtree}
        if first is not None and doc[hits_tok[first][1]].idx in own:  # (the time clause inside it)
            own -= {t.idx for t in doc[hits_tok[first][1]].subtree}
        if any(it.trigger == b and it.start in own for it in sentence.items) or any(
            c.dep_ == "dobj" and c.lower_ not in ("them", "it") for c in tok.children
        ):
            continue  # "sent tanks to Poland and then howitzers to Ukraine": goods of its own, another act
        if first is not None and part_goes_on(tok):
            _lend_first_leg(sentence, first, b, stops)  # "and one of them was later flown on to Mali"
            continue
        if first is not None and _sold_on_by_a_buyer(sentence, (first, b), hits_tok, stops, text, told_before):
            continue  # "China sold guns to the UAE, and the UAE later re-exported them": two sales
        for x in stops:
            x.trigger, x.case, x.direct = b, "via", True
        if first is None:
            continue
        for x in towns:
            x.trigger, x.case = b, "via"  # ("arrived in Istanbul or Hong Kong": the town a stop too)
        for x in sentence.parties:
            if x.trigger == first and x.case in ("subj", "agent", "source", "origin"):
                x.trigger = b
                if x.case in ("subj", "agent"):  # ("China shipped them to Kazakhstan, and then they were trucked")
                    x.case = "agent" if hit.passive else "subj"
        for it in sentence.items:
            if it.trigger == first:
                it.trigger = b


# a last leg told with no verb of its own: "to a firm in Kazakhstan, and then onward to Russia", "to the
# UAE and then on to Iran", "to Armenia and from there to Russia", "to Poland before the final leg by
# road to Ukraine", "and then by truck into Russia" (a marker of the next leg is needed: "to Poland
# and to Ukraine" names two receivers)
_ONWARD_TO = re.compile(
    r"(?:(?:,|\band)\s+(?:(?:then|from there|thence|finally|ultimately|eventually)\s+(?:on(?:wards?)?\s+)?"
    r"|on(?:wards?)?\s+)"
    r"|\b(?:before|on|for)\s+(?:the|a|its)\s+(?:final|last|onward)\s+(?:leg|stretch|stage)\s+"
    r"(?:of\s+(?:the|its)\s+(?:journey|route|trip)\s+)?)(?:(?:by|over)\s+\w+\s+|overland\s+)?"
    # ("and then overland across Iran to": the land crossed on the way)
    r"(?:(?:across|through|via)\s+(?:[A-Z][\w'-]*\s+){1,3})?(?:to|into)\s+(?:the\s+)?$"
)


# a last leg told after a goal: "to Poland before the final leg by road"
_FINAL_LEG_AFTER = re.compile(
    r",?\s+(?:before|ahead of)\s+(?:the|a|its)\s+(?:final|last|onward)\s+(?:leg|stretch|stage)\b"
)


# a next leg told after a goal with no verb of its own: "to Iran's Bandar Abbas and then overland across
# Iran to the border crossing at Agarak" (the goal a stop, whatever the leg's end names)
_THEN_LEG_AFTER = re.compile(
    r"(?:['’]s(?:\s+[A-Z][\w-]*){1,3})?(?:\s+(?:port|harbou?r))?,?\s+and\s+then\s+(?:on(?:wards?)?\s+)?"
    r"(?:(?:by|over)\s+\w+\s+|overland\s+)?(?:(?:across|through|via)\s+(?:[A-Z][\w'-]*\s+){1,3})?(?:to|into)\b"
)


def onward_goals(sentence: Sentence, text: str) -> None:
    """ "were shipped from Lithuania to a trading firm in Kazakhstan, and then onward to Russia": the
    goal after "and then onward to" is where the goods end up; the goals before it on the same act
    are stops on the way (one transfer through go-betweens, not one to the first stop). A goal before
    "the final leg" is a stop even where the leg's end is left untold ("carried by rail to Poland
    before the final leg by road": the story tells where the goods went)."""
    if not any(w in sentence.text for w in (" on", " then", " there", " leg", " stretch", " stage")):
        return  # (a cheap test first)
    for last in sentence.parties:
        if last.entity is None or last.case not in ("goal", "other") or last.trigger is None:
            continue
        if not _ONWARD_TO.search(text, max(sentence.start, last.start - 70), last.start):
            continue
        stops = [
            a
            for a in sentence.parties
            if a.case == "goal" and a.entity is not None and a.end <= last.start and a.entity != last.entity
            and a.trigger == last.trigger
        ]  # fmt: skip
        if not stops:
            continue
        last.case = "goal"
        for a in stops:
            a.case = "via"
    for place in sentence.places:
        # ("went by sea to Iran's Bandar Abbas and then overland ... to the border": a port on the way)
        # (only where the next leg crosses a land: "across Iran"; "to Vostochny and then by rail to the
        # front" stays in the port's state)
        if place.case == "goal" and place.trigger is not None and _THEN_LEG_AFTER.match(text, place.end):
            later = [a for a in sentence.parties if a.start > place.end and a.trigger in (place.trigger, None)]
            if not any(a.case == "goal" for a in later) and any(a.case == "via" for a in later):
                place.case = "via"
    for stop in sentence.parties:
        if stop.case != "goal" or stop.trigger is None:
            continue
        if not (_FINAL_LEG_AFTER.match(text, stop.end) or _THEN_LEG_AFTER.match(text, stop.end)):
            continue
        later = [a for a in sentence.parties if a.trigger == stop.trigger and a.start > stop.end]
        if not any(a.case in ("goal", "other") for a in later):
            stop.case = "via"  # "to Poland before the final leg by road": the end is told elsewhere
            for p in sentence.places:
                if p.start == stop.start and p.case == "goal":
                    p.case = "via"  # (nor is the place the leg's end)


# the words for a part of the goods told before: "one of them", "some of which", "part of the shipment"
_PARTS_OF_GOODS = {"one", "some", "part", "several", "many", "most", "half", "few", "two", "three", "dozens"}


def part_goes_on(tok: Any) -> bool:
    """Whether the onward verb `tok` takes only a part of the goods the first leg moved on ("one of them
    was later flown on to Mali", "some of which were passed on to Cuba"): the first leg then is an
    act of its own, with all its goods, beside the onward one."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        subj is not None
        and subj.lower_ in _PARTS_OF_GOODS
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children)
    )


def _lend_first_leg(sentence: Sentence, first: int, b: int, stops: list[Arg]) -> None:
    """Give the onward act `b` copies of the giver and goods of the first leg `first`, through the
    first leg's end (`stops`), which keeps them all (a part went on; see `part_goes_on`)."""
    hit = sentence.triggers[b]
    hit.part = True
    givers = ("subj", "agent", "source", "origin")
    if not any(x.trigger == b and x.case in givers for x in sentence.parties):
        for x in [x for x in sentence.parties if x.trigger == first and x.case in givers]:
            case = x.case if x.case in ("source", "origin") else "agent" if hit.passive else "subj"
            sentence.parties.append(Arg(x.start, x.end, x.entity, case, b))
    sentence.parties += [Arg(x.start, x.end, x.entity, "via", b) for x in stops]
    if not any(it.trigger == b for it in sentence.items):
        goods = [it for it in sentence.items if it.trigger == first]
        sentence.items += [dataclasses.replace(it, trigger=b, quantity=None) for it in goods]


def _first_leg(tok: Any, at: dict[int, int]) -> int | None:
    """The act told as the leg before the act `tok`: a time clause on it or on the verb it is joined to
    ("Once they arrived in Hong Kong, they were relabeled and shipped"), or the verb it follows with
    "then" ("flown to Armenia and then trucked")."""
    verbs = [tok, tok.head] if tok.dep_ == "conj" else [tok]
    for v in verbs:
        for c in v.children:
            if (
                c.dep_ == "advcl"
                and c.i in at
                and any(m.dep_ == "mark" and m.lower_ in _FIRST_LEG_MARKS for m in c.children)
            ):
                return at[c.i]
    if tok.head.i in at and _then_leg(tok):
        return at[tok.head.i]
    for first in (_relative_leg(tok), known_leg(tok)):
        if first is not None and first.i in at:
            return at[first.i]
    before = _before_leg(tok)
    if before is not None and before.i in at:
        return at[before.i]
    return None


def _before_leg(tok: Any) -> Any | None:
    """The verb a "before" clause on the act `tok` hangs on: "were exported to Kyrgyzstan before being
    forwarded to Russia", "shipped the chips to Armenia before they were re-exported" (that verb's act
    is the leg before), else None."""
    if tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "before" for m in tok.children):
        return tok.head
    if tok.dep_ == "pcomp" and tok.head.lower_ == "before" and tok.head.head.i != tok.head.i:
        return tok.head.head
    return None


def _relative_leg(tok: Any) -> Any | None:
    """The verb whose goal a relative clause of the next leg hangs on: "sold to a buyer in Kazakhstan,
    which then sent them on to Russia" ("sold"), else None. "Then" or "on" must mark the clause as
    the next leg ("to Armenia, which sent troops" tells an act of Armenia's own)."""
    if tok.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE for c in tok.children):
        return None
    if not any(
        (c.dep_ == "advmod" and c.lower_ in _NEXT_LEG_ADVERBS) or (c.dep_ == "prt" and c.lower_ == "on")
        for c in tok.children
    ):
        return None
    t = tok.head
    for _ in range(4):  # "to a buyer in Kazakhstan": up through the nouns and prepositions to the verb
        if t.dep_ not in ("pobj", "prep") or t.head.i == t.i:
            break
        t = t.head
    return t if t.pos_ in ("VERB", "AUX") and t.i != tok.head.i else None


# verbs of knowing where goods went on to: "knowing they would be forwarded to Russia"
_KNOWING = {"know", "understand", "realize", "realise"}


def known_leg(tok: Any) -> Any | None:
    """The deed done that a participle of knowing hangs on, the act `tok` being the next leg known to
    follow: "exported the scopes to a firm in Hong Kong, knowing they would be forwarded to Russia"
    ("exported"), else None."""
    knowing = tok.head
    if tok.dep_ != "ccomp" or knowing.lemma_.lower() not in _KNOWING or knowing.tag_ != "VBG":
        return None
    if knowing.dep_ != "advcl" or knowing.head.tag_ not in ("VBD", "VBN", "VBG"):
        return None
    return knowing.head


def _then_leg(tok: Any) -> bool:
    """Whether the verb `tok` is joined to the one before with "then" or "from there" ("and then
    trucked into Russia", "and from there forwarded to Russia", which the parse may hang on the verb
    before as a clause)."""
    return tok.dep_ in ("conj", "advcl") and any(
        (c.dep_ == "advmod" and c.lower_ in _NEXT_LEG_ADVERBS)
        or (c.dep_ == "prep" and c.lower_ == "from" and any(g.lower_ == "there" for g in c.children))
        for c in tok.children
    )


def leg_before(tok: Any) -> Any | None:
    """The verb of the leg before the act `tok` when `tok` tells where the goods went next ("shipped to
    a firm in Kyrgyzstan and then forwarded to Russia", "to a buyer in Kazakhstan, which then sent them
    on", "knowing they would be forwarded"), else None. A verb with goods of its own tells its own act
    ("sent tanks to Poland and then howitzers to Ukraine")."""
    if any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in tok.children):
        return None
    if _then_leg(tok):
        return tok.head
    return _relative_leg(tok) or known_leg(tok)


_RELATIVE = {"which", "who", "that", "whom"}


def _deal_in_relative(tok: Any) -> bool:
    """Whether a nominal trigger is the object of a light verb that heads a relative clause: "which
    placed an order for", "which signed a contract for"."""
    return tok.dep_ == "dobj" and tok.head.dep_ == "relcl" and tok.head.lemma_.lower() in LIGHT


def relative_subjects(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "Armenia, which received howitzers from France": a relative pronoun subject is the noun
    the clause hangs on; an active trigger in such a clause takes that party as its subject."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        clause = holder = tok
        if tok.dep_ == "ccomp" and tok.head.dep_ == "relcl" and tok.head.lemma_.lower() in SPEECH:
            clause = tok.head  # "firms that the EU said had sold drone engines": the relative said-clause
        elif tok.dep_ == "xcomp" and tok.head.dep_ == "relcl":
            # "the UAE, which has denied supplying the RSF", "Japan, which agreed to send": the
            # relative's subject is the subject of the act it governs
            clause = holder = tok.head
        elif tok.dep_ == "acl" and tok.head.lemma_.lower() in PLAN_NOUNS and tok.head.dep_ == "dobj":
            # "Egypt, which signed a deal to buy Rafales": the relative's subject signed for the act
            # the deal is for
            clause = holder = tok.head.head
        elif (
            tok.dep_ == "advcl"
            and tok.head.dep_ == "relcl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and any(c.dep_ == "dobj" and c.lemma_.lower() in PLAN_NOUNS for c in tok.head.children)
        ):
            # ("which signed a contract in 2023 to buy": the parse hangs the infinitive on the verb)
            clause = holder = tok.head
        accused_doer = (
            tok.dep_ == "pcomp"
            and tok.head.lower_ in ("of", "with")
            and tok.head.head.dep_ == "relcl"
            and tok.head.head.lemma_.lower() in OBJ_CONTROL
        )
        if accused_doer:
            # "six companies in China that it accused of supplying engines": the one the relative's
            # verb of accusing takes as its object did the act
            clause = holder = tok.head.head
        light_deal = hit.nominal and _deal_in_relative(tok)
        if light_deal:
            # "the UAE, which placed an order for 80 Rafales with France": the relative's subject
            # placed the order the noun names
            clause = holder = tok.head
        if (hit.nominal and not light_deal) or hit.passive or clause.dep_ != "relcl":
            continue
        relative_dep = ("dobj", "nsubjpass") if accused_doer else ("nsubj",)
        if not any(c.dep_ in relative_dep and c.lower_ in _RELATIVE for c in holder.children):
            continue
        if any(a.trigger == n and a.case in ("subj", "agent") for a in sentence.parties):
            continue
        tok = clause
        # ("Mali's junta, which took delivery", "the Malian army, which received": the state behind it)
        party = (
            party_heads.get(tok.head.i)
            or _state_behind(tok.head, party_heads)
            or _seat_of_firms(tok.head, party_heads, accused_doer)
        )
        if party is None or party.entity is None:
            continue
        _bind(sentence, party, n, "subj")


# verbs that move goods a party has bought or received on to a third: "passed on", "re-exported"
_ONWARD = {"pass", "re-export", "reexport", "resell", "transship", "tranship", "divert", "forward"}
_SUPPLIER_CASE = {"give": ("subj", "agent", "origin"), "move": ("subj", "agent", "source", "origin"),
                  "receive": ("source",)}  # fmt: skip
_RECIPIENT_CASE = {"give": ("goal",), "move": ("goal",), "receive": ("subj",)}


_TO_THE = re.compile(r"\bto\s+(?:the\s+)?$")


def _sold_goods_passed_on(sold: Any, onward: Any) -> bool:
    """Whether the first act is a participle on the goods the onward verb passes on ("bombs sold to the
    UAE in 2020 were re-exported to the RSF": "sold" hangs on "bombs", the subject of "re-exported")."""
    return bool(
        sold.dep_ == "acl"
        and sold.tag_ == "VBN"
        and sold.head.dep_ in ("nsubjpass", "nsubj")
        and sold.head.head.i == onward.i
    )


def _make_of_passive_goods(sentence: Sentence) -> Arg | None:
    """The one party the sentence tells as the goods' make, bound to no act ("Shells made by Indian
    firms were sold to buyers in Italy": India), where a passive first act names no supplier."""
    makes = [a for a in sentence.parties if a.trigger is None and a.case == "origin" and a.entity is not None]
    return makes[0] if len({a.entity.id for a in makes if a.entity is not None}) == 1 else None


def _state_sells_on_weapons(
    sentence: Sentence, acts: tuple[int, int], middles: list[Arg], text: str, told_before: list[ItemHit]
) -> bool:
    """Whether the goods passed on are weapons (no parts, dual-use goods or civilian drones) and those who pass
    them on are states, not firms of theirs: "China sold howitzers to the UAE, which re-exported them
    to Sudan" is two sales, as arms registers count them, the UAE supplying Sudan itself. Goods the
    sentence names only by a pronoun ("China sold both systems to the Emirates") are those the
    sentence before told."""
    goods = [it for it in sentence.items if it.trigger in acts] or told_before
    # (joined buyers, "sold shells to Spain and the United States, which re-exported them", stay go-betweens)
    return (
        len(middles) == 1
        and bool(goods)
        and register_weapons(goods, text)
        and all(m.entity is not None and m.entity.type == "country" for m in middles)
        and not any(en_firm_place(text, m.start, m.end) for m in middles)
    )


def _sold_on_by_a_buyer(
    sentence: Sentence,
    acts: tuple[int, int],
    hits_tok: list[tuple[Any, int]],
    stops: list[Arg],
    text: str,
    told_before: list[ItemHit],
) -> bool:
    """Whether the next leg sells on, with a subject of its own among the stops, weapons a state bought
    in the first leg from a giver the sentence names."""
    first, b = acts
    (hit, _tok), (first_hit, _ftok) = hits_tok[b], hits_tok[first]
    if not hit.trigger.onward or first_hit.passive:
        return False
    seller = [a for a in sentence.parties if a.trigger == first and a.case == "subj" and a.entity is not None]
    passer = [a for a in sentence.parties if a.trigger == b and a.case == "subj" and a.entity is not None]
    return (
        bool(seller)
        and any(a.entity == x.entity for a in passer for x in stops)
        and _state_sells_on_weapons(sentence, acts, stops, text, told_before)
    )


def onward_chains(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, text: str, told_before: list[ItemHit]
) -> None:
    """ "Kazakhstan's purchase of drones from China was passed on to Russia", "Armenia bought chips
    from China and re-exported them to Russia": one transfer from the first supplier to the last
    recipient through the party in between, not two (unless a state sells on weapons: see
    `_state_sells_on_weapons`)."""
    for b, (hit, tok_i) in enumerate(hits_tok):
        onward = doc[tok_i].lemma_.lower() in _ONWARD or hit.trigger.onward  # ("sent them on to Kyiv")
        if hit.nominal or not onward or hit.trigger.direction not in ("give", "move"):
            continue
        own = [a for a in sentence.parties if a.trigger == b and a.entity is not None]
        goal = next((a for a in own if a.case == "goal"), None)
        if goal is None:
            continue
        for n, (first, _tok) in enumerate(hits_tok[:b]):
            direction = first.trigger.direction
            if direction not in _RECIPIENT_CASE or (first.passive and direction == "receive"):
                continue
            args = [a for a in sentence.parties if a.trigger == n and a.entity is not None]
            # ("sold shells to brokers in the Czech Republic and the United States, which re-exported
            # them": a relative on the last of joined recipients is about all of them)
            middles = [a for a in args if a.case in _RECIPIENT_CASE[direction]]
            origin = next((a for a in args if a.case in _SUPPLIER_CASE[direction]), None)
            if origin is None and first.passive:
                origin = _make_of_passive_goods(sentence)  # "shells made by Indian firms were sold to ..."
            # (a passive first act may name no supplier: "Chips were sold to traders in Kazakhstan, which
            # re-exported them to Russia" is one transfer to Russia through Kazakhstan all the same)
            if not middles or (origin is None and not first.passive) or any(m.entity == goal.entity for m in middles):
                continue
            makes = [a for a in own if a.case == "origin"]
            make = origin or (makes[0] if len({a.entity.id for a in makes if a.entity}) == 1 else None)
            if (
                make is not None
                and first.passive
                and hit.trigger.onward
                and not any(a.case in ("subj", "agent", "source") for a in own)
                and _sold_goods_passed_on(doc[hits_tok[n][1]], doc[tok_i])
                # (a state told as the buyer itself, not "buyers in Italy", who go between)
                and all(_TO_THE.search(text, max(0, m.start - 12), m.start) for m in middles)
                and _state_sells_on_weapons(sentence, (n, b), middles, text, told_before)
            ):
                # "Chinese-made bombs sold to the UAE in 2020 were re-exported to the RSF": the sale of
                # goods of a told make to a state, and that state's own sale of them on (two transfers)
                sentence.parties.append(Arg(make.start, make.end, make.entity, "agent", n))
                for m in middles:
                    sentence.parties.append(Arg(m.start, m.end, m.entity, "agent" if hit.passive else "subj", b))
                break
            if any(it.trigger == b for it in sentence.items) and any(it.trigger == n for it in sentence.items):
                continue  # "sent tanks to Poland and then forwarded howitzers to Ukraine": another act
            if (
                origin is not None
                and not first.passive
                and _state_sells_on_weapons(sentence, (n, b), middles, text, told_before)
            ):
                # (a sale to the state that sells on is told: "shells made in India were sold to
                # buyers in Italy, which sent them on" tells none, and stays one transfer from the make)
                if not any(a.case in ("subj", "agent", "source") for a in own):
                    # "China sold howitzers to the UAE, some of which were passed on to Sudan": the
                    # state the weapons were sold to hands them on itself
                    case = "agent" if hit.passive else "subj"
                    sentence.parties += [Arg(m.start, m.end, m.entity, case, b) for m in middles]
                    if not any(it.trigger == n for it in sentence.items):  # (the sale moved them too)
                        goods = [it for it in sentence.items if it.trigger == b]
                        sentence.items += [dataclasses.replace(it, trigger=n) for it in goods]
                    break
                continue
            suppliers = [a for a in own if a.case in ("subj", "agent", "origin", "source")]
            if any(all(a.entity != m.entity for m in middles) for a in suppliers):
                continue  # the onward verb names a supplier of its own
            if part_goes_on(doc[tok_i]):
                for a in suppliers:
                    sentence.parties.remove(a)
                _lend_first_leg(sentence, n, b, middles)  # "drones, some of which were passed on to Cuba"
                break
            for a in suppliers:
                a.case = "via"
            for m in middles:
                if all(a.entity != m.entity for a in suppliers):
                    sentence.parties.append(Arg(m.start, m.end, m.entity, "via", b))
            if origin is not None:
                case = "agent" if hit.passive else "subj"
                sentence.parties.append(Arg(origin.start, origin.end, origin.entity, case, b))
            for it in sentence.items:
                if it.trigger == n:
                    it.trigger = b
            break


_BACKED = r"(?:backed|supported|sponsored|funded|armed|aligned|allied)"
_BACKED_BEFORE = re.compile(rf"^[-\s]{{0,2}}{_BACKED}\s+(?:[A-Za-z][\w'-]*\s+){{0,3}}$")
_BACKED_AFTER = re.compile(rf"^,?\s+(?:(?:rebels|militants|militia|movement|fighters|group)\s+)?{_BACKED}\s+by\s+$")


def backed_groups(
    text: str, mentions: list[Mention], entities: dict[str, Entity], side_of: Callable[[Entity], Entity | None]
) -> dict[tuple[str, str], Entity]:
    """Armed groups the text calls backed by a state ("the Iran-backed Huthi rebels", "Hezbollah,
    backed by Iran"), keyed by (backer id, the group's country)."""
    states = [(m, side_of(entities[m.entity_id])) for m in mentions if entities[m.entity_id].type == "country"]
    out: dict[tuple[str, str], Entity] = {}
    for g in mentions:
        group = entities[g.entity_id]
        if group.type != "armed-group" or not group.country:
            continue
        for m, state in states:
            if state is None or state.country == group.country:
                continue
            before = 0 <= g.start - m.end <= 40 and _BACKED_BEFORE.match(text[m.end : g.start])
            after = 0 <= m.start - g.end <= 40 and _BACKED_AFTER.match(text[g.end : m.start])
            if before or after:
                out.setdefault((state.id, group.country), group)
    return out


def backed_recipients(sentences: list[Sentence], groups: dict[tuple[str, str], Entity]) -> None:
    """ "smuggled from Iran to Yemen", where the text speaks of "the Iran-backed Houthis": goods a
    backer sends to the group's country go to the group it backs."""
    if not groups:
        return
    for s in sentences:
        for n, hit in enumerate(s.triggers):
            if hit.trigger.direction not in ("give", "move"):
                continue
            own = [a for a in s.parties if a.trigger == n and a.entity is not None]
            suppliers = {
                a.entity.id for a in own if a.entity is not None and a.case in ("subj", "agent", "source", "origin")
            }
            for a in own:
                ent = a.entity
                if a.case != "goal" or ent is None or ent.type != "country" or not ent.country:
                    continue
                group = next((groups[k] for k in ((sid, ent.country) for sid in suppliers) if k in groups), None)
                if group is not None:
                    a.entity = group


def users_named_on_goods(sentence: Sentence, doc: Any, tok_of: dict[int, Any]) -> None:
    """ "parts for Houthi drones were shipped to Yemen": a group named as the user of the goods ("for
    Houthi drones") whose land the goods go to receives them (the land is only where it is), and is no
    make of them."""
    for g in sentence.parties:
        t = tok_of.get(g.start)
        ent = g.entity
        if t is None or ent is None or ent.type != "armed-group" or not ent.country or g.case != "origin":
            continue
        noun = t.head
        if t.dep_ not in ("amod", "compound") or noun.dep_ != "pobj" or noun.head.lower_ != "for":
            continue
        for a in sentence.parties:
            if a.case != "goal" or a.entity is None or a.entity.type != "country" or a.entity.country != ent.country:
                continue
            a.entity = ent
            g.trigger, g.case = None, "other"


def hyphen_routes(sentence: Sentence, text: str) -> None:
    """ "smuggled Iranian weapons ... an Iran-to-Hezbollah route": a pair written "X-to-Y" names
    where the goods of X that the sentence sends nowhere go."""
    parties = sorted((a for a in sentence.parties if a.entity is not None), key=lambda a: a.start)
    pairs = [
        (a, b)
        for a in parties
        for b in parties
        if b.start > a.end and text[a.end : b.start].lower() in ("-to-", "–to–") and a.entity != b.entity
    ]
    for a, b in pairs:
        for n, hit in enumerate(sentence.triggers):
            if hit.trigger.direction not in ("give", "move"):
                continue
            own = [x for x in sentence.parties if x.trigger == n and x.entity is not None]
            if any(x.case == "goal" for x in own):
                continue
            cases = ("agent", "source", "origin") if hit.passive else ("subj", "agent", "source", "origin")
            senders = {x.entity.id for x in own if x.entity is not None and x.case in cases}
            senders |= {it.origin.id for it in sentence.items if it.trigger == n and it.origin is not None}
            if a.entity is not None and a.entity.id in senders:
                sentence.parties.append(Arg(b.start, b.end, b.entity, "goal", n))


_SEIZE = {"seize", "intercept", "interdict", "confiscate", "impound", "capture", "find", "discover", "uncover",
          "detect", "catch", "stop", "halt", "recover"}  # fmt: skip


# (the verbs of seizing, for other modules)
SEIZE_VERBS = frozenset(_SEIZE)

_ON_GOODS = {"acl", "relcl", "xcomp", "conj", "pobj", "prep", "dobj", "appos", "amod"}


def seized_for(head: Any, hits_tok: list[tuple[TriggerHit, int]]) -> int | None:
    """The transfer trigger that a seizure verb governing the goods governs too ("seized rifles
    ... being smuggled from Iran"): the goods' journey, whatever the parse made of the clause between."""
    t = head
    for _ in range(8):  # (a long list of conjuncts climbs one goods word at a time)
        if t.head.i == t.i:
            return None
        t = t.head
        # ("seized weapons bound for the Houthis, including cruise missiles": the list is on the goods)
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "prep":
            break
    if t.lemma_.lower() not in _SEIZE:
        return None
    for n, (hit, tok_i) in enumerate(hits_tok):
        journey = hit.passive or hit.trigger.direction == "move"  # "being smuggled", "bound for"
        # ("seized rifles on their way to Yemen": the way's noun tells the journey)
        way = hit.nominal and head.doc[tok_i].lower_ in ("way", "route")
        if tok_i <= t.i or hit.trigger.direction not in ("give", "move") or (hit.nominal and not way) or not journey:
            continue
        u = head.doc[tok_i]
        for _ in range(6):  # up to the seizure through phrases on the goods, no clause of its own
            if (
                u.dep_ == "ccomp"
                and u.head.dep_ == "relcl"
                and u.head.lemma_.lower() in SPEECH
                and u.head.head.i != u.i
            ):
                u = u.head.head  # "parts, which CENTCOM said were being smuggled": the said clause is on the goods
                continue
            if u.dep_ == "advcl" and u.head.i == t.i and hit.passive:
                u = t  # "seized rifles and missiles being smuggled": the parse hangs the clause on the verb
                break
            if u.i == t.i or u.dep_ not in _ON_GOODS or u.head.i == u.i:
                break
            u = u.head
        if u.i == t.i:
            return n
    return None


def strengthened(
    items: list[ItemHit],
    item_tok: dict[int, Any],
    hits_tok: list[tuple[TriggerHit, int]],
    doc: Any,
    args: list[Arg],
    tok_of: dict[int, Any],
) -> list[ItemHit]:
    """ "bolster Ukraine's air defences with IRIS-T systems": what is strengthened is the recipient's
    own (its owner receives), the goods come "with"."""
    owned: set[int] = set()
    for n, (hit, tok_i) in enumerate(hits_tok):
        if hit.trigger.particle != "with" or hit.nominal:
            continue
        for obj in doc[tok_i].children:
            if obj.dep_ != "dobj":
                continue
            owned.add(obj.i)
            for a in args:
                t = tok_of.get(a.start)
                if t is not None and t.head.i == obj.i and t.dep_ in ("poss", "amod", "compound") and a.trigger == n:
                    a.case = "goal"
    return [it for it in items if item_tok.get(id(it)) is None or item_tok[id(it)].i not in owned]


# nouns of an unnamed group of states: "European allies", "Western partners", "other donors"
_UNNAMED = {"ally", "allies", "partner", "partners", "donor", "donors", "nation", "nations", "country", "countries"}


# alliances whose "allies" or "partners" are its members, no party by itself
_ALLIANCES = {"NATO", "European Union", "CSTO", "African Union", "ASEAN", "Quad", "AUKUS", "G7"}


def _bare_plural_asked(noun: Any, hit: TriggerHit) -> bool:
    """ "asked allies for at least 10 more Patriot systems", "urged partners to send": a bare plural
    asked for goods, with no article to point back, is an unnamed group of its own."""
    return (
        hit.trigger.direction == "request"
        and noun.tag_ == "NNS"
        and not any(c.dep_ in ("det", "nummod") for c in noun.children)
    )


def unnamed_parties(sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, text: str) -> None:
    """ "European allies would strengthen Ukraine's air defence with four more systems", "asked
    Western partners for": an unnamed group acts; it fills the role (no one else's party is borrowed)."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal or hit.passive:
            continue
        want = {"give": ("nsubj",), "request": ("dobj", "dative")}.get(hit.trigger.direction)
        if want is None:
            continue
        case = "subj" if hit.trigger.direction == "give" else "source"
        noun = next((c for c in tok.children if c.dep_ in want and c.lower_ in _UNNAMED), None)
        if noun is None and hit.trigger.direction == "give" and tok.dep_ == "xcomp":
            noun = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.lower_ in _UNNAMED), None)
        if noun is None and hit.trigger.direction == "request":  # "requested from its allies"
            noun = next(
                (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                 for g in c.children if g.dep_ == "pobj" and g.lower_ in _UNNAMED),
                None,
            )  # fmt: skip
        if noun is None:
            continue
        # "its partners", "their allies": the party's own partners, unnamed
        mods = [c for c in noun.lefts if c.dep_ in ("amod", "compound", "poss")]
        if not mods and not _bare_plural_asked(noun, hit):
            continue  # "allies" alone says nothing ("the allies" may be those just named)
        start, end = (mods[0] if mods else noun).idx, noun.idx + len(noun.text)
        inside = [a for a in sentence.parties if start <= a.start < end or a.start <= noun.idx < a.end]
        if any(a.entity is None or a.entity.name not in _ALLIANCES for a in inside):
            continue  # "Polish partners" names Poland
        if any(a.trigger == n and a.case == case and a not in inside for a in sentence.parties):
            continue  # the role is filled by a party named elsewhere
        for a in inside:
            a.case = "gen"  # "its NATO allies": the alliance's members ask or give, not the alliance
        sentence.parties.append(Arg(start, end, None, case, n, description=text[start:end]))


# a buyer the seller will not name: "to an undisclosed Asian customer", "to a customer it did not identify"
_BUYERS = {"customer", "customers", "buyer", "buyers", "client", "clients", "country", "nation", "operator", "user"}
_UNDISCLOSED = {"undisclosed", "unnamed", "unidentified", "unspecified", "anonymous", "unknown"}
_NAMING = {"identify", "name", "disclose", "reveal", "specify"}


def undisclosed_buyers(sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, text: str) -> None:
    """ "Elbit won a contract to supply PULS launchers to a customer in Asia that it did not identify",
    "to an undisclosed Asian customer": a buyer the seller keeps unnamed is the recipient, left empty
    (not a party carried from the sentences before)."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        if hit.nominal or hit.trigger.direction != "give":
            continue
        if any(a.trigger == n and a.case in ("goal", "goal-gen") for a in sentence.parties):
            continue
        for prep in doc[tok_i].children:
            buyer = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep.lower_ == "to" else None
            if buyer is None or buyer.lemma_.lower() not in _BUYERS or not _kept_unnamed(buyer):
                continue
            start, end = buyer.left_edge.idx, buyer.idx + len(buyer.text)
            for a in sentence.parties:
                if start <= a.start < end:
                    a.case = "gen"  # "an undisclosed Asian customer": the region's state does not buy
            sentence.parties.append(Arg(start, end, None, "goal", n, description=text[start:end]))


def _kept_unnamed(buyer: Any) -> bool:
    """Whether the buyer noun is told as not named: "an undisclosed customer", "a customer that it
    did not identify"."""
    if any(c.dep_ == "amod" and c.lower_ in _UNDISCLOSED for c in buyer.children):
        return True
    return any(
        c.dep_ == "relcl" and c.lemma_.lower() in _NAMING and any(g.dep_ == "neg" for g in c.children)
        for c in buyer.children
    )


def routes_of_the_goods_before(sentence: Sentence) -> None:
    """ "Russia obtained chips, much of it funneled through firms in Hong Kong and Turkey": a trigger with
    no goods of its own whose only parties are go-betweens routes the goods of the trigger before it."""
    for n in range(1, len(sentence.triggers)):
        mine = [a for a in sentence.parties if a.trigger == n]
        if not mine or any(a.case != "via" for a in mine) or any(it.trigger == n for it in sentence.items):
            continue
        before = next((m for m in range(n - 1, -1, -1) if any(it.trigger == m for it in sentence.items)), None)
        if before is None:
            continue
        for a in mine:
            sentence.parties.append(Arg(a.start, a.end, a.entity, "via", before, direct=a.direct))


_HOLDERS = {"junta", "government", "regime", "military", "army", "leadership", "administration", "authorities"}


def sentence_subject(sent: Any, party_at: dict[int, Entity]) -> Entity | None:
    """The party a sentence is about: its main verb's subject ("Beijing has been generous"), or the
    state owning a subject that stands for it ("Myanmar's junta leans on Moscow")."""
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.i in party_at:
        return party_at[subj.i]
    if subj.lower_ in _HOLDERS:
        poss = next((c for c in subj.children if c.dep_ == "poss"), None)
        if poss is not None:
            return party_at.get(poss.i)
    return None


def object_pronoun_receivers(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, before: Entity | None
) -> None:
    """ "The Sudanese army has its own foreign backers. Iran has supplied it with drones", "Hanoi wants
    more jets; Moscow sold it six last year": "it" receiving from a named giver is the party the
    sentence before was about (not a receiver borrowed from further back)."""
    if before is None:
        return
    for n, (hit, tok_i) in enumerate(hits_tok):
        if hit.nominal or hit.passive or hit.trigger.direction != "give":
            continue
        tok = doc[tok_i]
        supplied_with = any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
        pron = next(
            (
                c
                for c in tok.children
                if c.lower_ == "it" and (c.dep_ == "dative" or (c.dep_ == "dobj" and supplied_with))
            ),
            None,
        )
        if pron is None or any(a.start == pron.idx for a in sentence.parties):
            continue
        mine = [a for a in sentence.parties if a.trigger == n]
        if any(a.case == "goal" for a in mine) or not any(a.case == "subj" and a.entity is not None for a in mine):
            continue
        if any(a.entity is not None and a.entity.id == before.id for a in mine):
            continue  # ("Iran built a drone and supplied it with engines": the giver's own)
        sentence.parties.append(Arg(pron.idx, pron.idx + len(pron.text), before, "goal", n))


def _own_forces_do(opening: Any, tok: Any, hit: TriggerHit) -> bool:
    """Whether an opening "its" owns the forces that are the active subject of the trigger `tok`:
    "Its air force inducted", "Its own armed forces took delivery of"."""
    forces = opening.head
    if hit.nominal or hit.passive or opening.dep_ != "poss" or forces.lemma_.lower() not in STANDS_FOR_STATE:
        return False
    subj = _subject_of(tok)
    return subj is not None and subj.i == forces.i and subj.dep_ == "nsubj"


def opening_pronoun_subjects(
    sentence: Sentence,
    hits_tok: list[tuple[Any, int]],
    doc: Any,
    sent: Any,
    before: Entity | None,
    party_heads: dict[int, Arg],
) -> None:
    """ "Myanmar's junta leans on Moscow. It received two jets from China": a sentence opening on "it"
    or "they" as the doer goes on about the party the sentence before was about; so does one holding
    goods ("It has flown three JF-17s bought from Pakistan"), whose holder `holders_of_bought_goods` finds,
    and one opening on "its" or "their" owning an act noun ("Its exports of chips to Russia rose"), or
    on "it" after a time or place put first ("In August 2024 it signed a contract with France")."""
    if before is None:
        return
    opening = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if opening is not None and opening.lower_ not in ("it", "they", "its", "their"):
        opening = _subject_after_fronted_modifier(sent)
    if opening is None or opening.lower_ not in ("it", "they", "its", "their"):
        return
    if any(a.start == opening.idx for a in sentence.parties):
        return
    if opening.lower_ in ("its", "their"):
        for n, (hit, tok_i) in enumerate(hits_tok):
            if hit.nominal and opening.dep_ == "poss" and opening.head.i == tok_i:
                sentence.parties.append(Arg(opening.idx, opening.idx + len(opening.text), before, "subj", n))
            elif _own_forces_do(opening, doc[tok_i], hit):
                # "Nigeria was the first African operator. Its air force inducted three JF-17s": the
                # forces an opening "its" owns are those of the party the sentence before was about
                sentence.parties.append(Arg(opening.idx, opening.idx + len(opening.text), before, "subj", n))
        return
    for n, (hit, tok_i) in enumerate(hits_tok):
        if hit.nominal or hit.passive:
            continue
        subj = _subject_of(doc[tok_i])
        if subj is not None and subj.i == opening.i and subj.dep_ != "nsubjpass":
            # ("They were unloaded in Astrakhan and sent on": the passive's subject is the goods)
            sentence.parties.append(Arg(opening.idx, opening.idx + len(opening.text), before, "subj", n))
            return
        if (
            subj is not None
            and subj.lower_ == opening.lower_
            and subj.dep_ == "nsubj"
            and opening.dep_ == "nsubj"
            and opening.head in doc[tok_i].ancestors
            and not any(a.start == subj.idx for a in sentence.parties)
        ):
            # "It has denied reports that it is supplying weapons to the rebels": the pronoun said again
            # in the clause under the opening one's verb is the same party
            sentence.parties.append(Arg(subj.idx, subj.idx + len(subj.text), before, "subj", n))
            return
    if opening.dep_ == "nsubj" and opening.head.lemma_.lower() in HOLDING:
        arg = Arg(opening.idx, opening.idx + len(opening.text), before, "subj")
        sentence.parties.append(arg)
        party_heads[opening.i] = arg


# what a clause may put before its subject without naming anyone: "In August 2024 it", "Last year, they"
_FRONTED = {"prep", "advmod", "npadvmod", "punct"}

# a state's forces told by their arm alone: "the air force", "the navy", "its armed forces"
_ARMS_OF_FORCES = {"force", "forces", "navy", "army", "military"}


def bare_forces_receivers(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, before: Entity | None) -> None:
    """ "Myanmar's military leans on its air force. In December, the air force took delivery of two
    Su-30s ordered from Russia": forces told bare ("the air force", "the navy", "its army") receiving
    goods are those of the party the sentence before was about, unless that party has a part in the
    act already (as its giver: "Russia leans on India. The navy bought two frigates from Moscow")."""
    if before is None or any(a.entity is not None and a.entity.id == before.id for a in sentence.parties):
        return
    for n, (hit, tok_i) in enumerate(hits_tok):
        if hit.nominal or hit.passive or hit.trigger.direction != "receive":
            continue
        subj = _subject_of(doc[tok_i])
        if subj is None or subj.dep_ != "nsubj" or subj.lemma_.lower() not in _ARMS_OF_FORCES:
            continue
        owners = [c for c in subj.children if c.dep_ in ("det", "poss")]
        if len(owners) != 1 or owners[0].lower_ not in ("the", "its", "their"):
            continue  # ("Myanmar's air force": told with its state)
        if any(c.ent_type_ in ("NORP", "GPE") for c in subj.children):
            continue  # ("the Russian navy": a state of its own)
        start, end = subj.left_edge.idx, subj.idx + len(subj.text)
        if any(a.start < end and start < a.end for a in sentence.parties):
            continue
        sentence.parties.append(Arg(start, end, before, "subj", n))


# a state's formations told bare ("the unit", "the brigade") as the ones receiving
_BARE_UNITS = _ARMS_OF_FORCES | {"unit", "brigade", "battalion", "regiment", "division", "crew", "crews", "troops"}


def speakers_own_unit(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any) -> None:
    """ "A spokesman for Ukraine's 47th Mechanized Brigade said the unit had received Bradley vehicles
    from the United States": a formation told bare ("the unit", "the brigade") receiving goods in what a
    state's own speaker says is that speaker's state's."""
    att = sentence.attribution
    speaker = att.speaker if att is not None else None
    if speaker is None or speaker.entity is None or speaker.entity.type != "country":
        return
    if any(
        a.entity is not None and a.entity.id == speaker.entity.id and a.trigger is not None for a in sentence.parties
    ):
        return
    for n, (hit, tok_i) in enumerate(hits_tok):
        if hit.nominal or hit.passive or hit.trigger.direction != "receive":
            continue
        subj = _subject_of(doc[tok_i])
        if subj is None or subj.dep_ != "nsubj" or subj.lemma_.lower() not in _BARE_UNITS:
            continue
        owners = [c for c in subj.children if c.dep_ in ("det", "poss")]
        if len(owners) != 1 or owners[0].lower_ not in ("the", "its", "our"):
            continue
        start, end = subj.left_edge.idx, subj.idx + len(subj.text)
        if any(a.start < end and start < a.end for a in sentence.parties) or speaker.end > start:
            continue  # (told before the speaker: the speaker's clause comes first, "X said the unit ...")
        sentence.parties.append(Arg(start, end, speaker.entity, "subj", n))


def _subject_after_fronted_modifier(sent: Any) -> Any | None:
    """The pronoun subject "it" or "they" of a sentence whose main verb has only a time, place or
    manner put before it: "In August 2024 it signed ...", "Last year, they bought ..." (None otherwise)."""
    root = sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ("it", "they") or subj.i == sent.start:
        return None
    fronted = [c for c in root.children if c.i < subj.i]
    if not fronted or any(c.dep_ not in _FRONTED for c in fronted):
        return None
    return subj if all(c.right_edge.i < subj.i for c in fronted) else None


_FITTING = {"equip", "arm"}


def goods_fitting_units(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, item_heads: set[int]
) -> set[int]:
    """ "the howitzers, delivered by Seoul, now equip three brigades": goods that equip a unit are in
    service; the verb tells no handover (the index of each such trigger is returned), and its goods go
    to a trigger on them ("delivered by Seoul")."""
    out: set[int] = set()
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal or hit.passive or tok.lemma_.lower() not in _FITTING:
            continue
        goods = next((c for c in tok.children if c.dep_ == "nsubj" and c.i in item_heads), None)
        if goods is None:
            continue
        out.add(n)
        on_goods = next((m for m, (_h, i) in enumerate(hits_tok) if m != n and doc[i].head.i == goods.i), None)
        for it in sentence.items:
            if it.trigger == n and on_goods is not None:
                it.trigger = on_goods
    return out


def owners_of_delivered_goods(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "Poland's howitzers, delivered by South Korea": the owner of goods handed over by another
    received them; so did the holder of goods ("Kyiv now has 12 batteries, most of them donated by
    Germany"), and of goods a relative clause says another gave ("Kyiv now fields Leopards, which
    Germany agreed to send last year")."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.trigger.direction != "give" or hit.nominal:
            continue
        clause = _object_gap(tok) if not hit.passive else None
        if clause is None:
            if not ((hit.passive and tok.dep_ == "acl") or (tok.dep_ == "relcl" and tok.tag_ == "VBN")):
                continue
            if not any(c.dep_ == "agent" or _from_a_party(c, party_heads) for c in tok.children):
                continue  # (a giver: "donated by Germany"; or a source: "cruise missiles smuggled from Iran")
            clause = tok
        if any(a.trigger == n and a.case == "goal" for a in sentence.parties + sentence.places):
            continue
        goods = clause.head
        owner = next((party_heads[c.i] for c in goods.children if c.dep_ == "poss" and c.i in party_heads), None)
        if owner is None:
            owner = holder(goods, party_heads)
        if owner is None or owner.entity is None:
            continue
        if owner.trigger in (n, None) or not owner.direct:
            owner.trigger, owner.case, owner.direct = n, "goal", True
        else:
            sentence.parties.append(Arg(owner.start, owner.end, owner.entity, "goal", n))


def _from_a_party(prep: Any, party_heads: dict[int, Arg]) -> bool:
    """Whether a word is a "from" naming a party: "missiles smuggled from Iran"."""
    return prep.dep_ == "prep" and prep.lower_ == "from" and any(g.i in party_heads for g in prep.children)


# participles on goods that name who held them: "Patriot systems retired by Israel", "jets owned by Jordan"
_HELD_BY = {"retire", "decommission", "own", "operate", "withdraw", "mothball", "store", "stockpile", "hold",
            "phase", "replace", "discard", "field"}  # fmt: skip


def holders_of_moved_goods(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "Eight Patriot systems retired by Israel were shipped back to the United States", "tanks
    decommissioned by Spain were sent to Ukraine": goods a participle says a state held, sent on with
    no giver told, go from that holder."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.trigger.direction not in ("give", "move") or hit.nominal:
            continue
        if any(a.trigger == n and a.case in ("subj", "agent", "source") for a in sentence.parties):
            continue
        goods = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj", "dobj")), None)
        if goods is None:
            continue
        for acl in goods.children:
            if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in _HELD_BY:
                continue
            agent = next((c for c in acl.children if c.dep_ == "agent"), None)
            owner = next((party_heads[o.i] for o in agent.children if o.i in party_heads), None) if agent else None
            if owner is None or owner.entity is None or owner.entity.type not in ("country", "armed-group"):
                continue
            if any(a.trigger == n and a.case == "goal" and a.entity is owner.entity for a in sentence.parties):
                continue
            owner.trigger, owner.case, owner.direct = n, "source", True
            break


def _object_gap(tok: Any) -> Any | None:
    """The relative clause on goods whose object `tok`, an active giving verb, leaves to the relative
    ("Leopards, which Germany agreed to send", "the jets Norway delivered"), with a subject of its own."""
    clause = tok
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head  # "which Germany agreed to send": the clause is the control verb's
    if clause.dep_ != "relcl":
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _RELATIVE:
        return None
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if any(o.lower_ not in _RELATIVE for o in objects):
        return None
    return clause


# verbs of making that take no receiver: a "to" after them is the giving verb's
_MAKING = {"make", "produce", "build", "manufacture", "assemble", "repair", "develop"}


# the nouns of a maker whose place a participle of making names: "produced by a firm in Ningbo"
_MAKERS = {"firm", "company", "manufacturer", "maker", "factory", "plant", "producer", "workshop"}


def made_in(tok: Any, item_heads: set[int]) -> int | None:
    """ "36 engines produced in China", "drones manufactured in Iran", "shipped lathes, originally
    made in Taiwan, to Russia", "engines produced by a firm in Ningbo": the place a participle of
    making on goods puts their making (or their maker) in is their state of make. The goods' head
    (None where `tok` names no such place)."""
    if tok.dep_ == "appos" and tok.head.dep_ == "pobj":
        tok = tok.head  # "made by a manufacturer in Chongqing, China": the place's state
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in":
        return None
    verb = prep.head
    if verb.lemma_.lower() in _MAKERS and verb.dep_ == "pobj" and verb.head.dep_ == "agent":
        verb = verb.head.head  # "engines produced by a firm in Ningbo": the firm's place is the make's
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in _MAKING - {"repair", "develop"}:
        return None
    if verb.dep_ == "acl":
        return verb.head.i if verb.head.i in item_heads else None
    # "The engines were made in China and exported to a firm in the UAE": the goods the making's subject
    made = next((c.i for c in verb.children if c.dep_ == "nsubjpass" and c.i in item_heads), None)
    if made is not None:
        return int(made)
    # "shipped 30 lathes, originally manufactured in Taiwan, to Russia": the parse hangs the set-off
    # participle on the act whose goods it tells of
    if verb.dep_ != "advcl" or verb.left_edge.i == 0 or verb.doc[verb.left_edge.i - 1].text != ",":
        return None
    return next((c.i for c in verb.head.children if c.dep_ == "dobj" and c.i in item_heads), None)


def of_origin(tok: Any, item_heads: set[int]) -> int | None:
    """ "drone engines of Chinese origin", "rifles of Chinese make", "shells originating from North
    Korea": the state the goods are told to come from by a word of origin on them is their state of
    make (as "Chinese-made"). The goods' head (None where `tok` names no such origin)."""
    head = tok.head
    if tok.dep_ in ("amod", "compound", "nmod") and head.lemma_.lower() in _ORIGIN_NOUNS:
        prep = head.head
        if head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i in item_heads:
            return int(prep.head.i)
    if tok.dep_ == "pobj" and head.lower_ in ("from", "in"):
        verb = head.head
        if verb.lemma_.lower() == "originate" and verb.dep_ == "acl" and verb.head.i in item_heads:
            return int(verb.head.i)
    return None


def made_by_state(tok: Any, item_heads: set[int]) -> int | None:
    """ "regulators made by US company Analog Devices", "rifles produced by Russia's Kalashnikov",
    "chips made by American firms": the state of the maker a participle of making on goods names is
    their state of make. The goods' head (None where `tok` names no such maker)."""
    for _ in range(3):  # up the maker's words: "US" -> "company" -> "Analog Devices"
        if tok.dep_ not in ("compound", "amod", "poss", "nmod") or tok.head.i == tok.i:
            break
        tok = tok.head
    agent = tok.head
    if tok.dep_ != "pobj" or agent.dep_ != "agent":
        return None
    verb = agent.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in _MAKING - {"repair"}:
        return verb.head.i if verb.head.i in item_heads else None
    return None


def purpose_goals(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, by_head: dict[int, Arg]
) -> None:
    """ "China supplied machine tools for making drones to Russia": the parse hangs the "to" on the
    purpose's verb of making, which takes no receiver; the party receives what the giving verb gives."""
    if " for " not in sentence.text:
        return  # (a cheap test first)
    for n, (hit, tok_i) in enumerate(hits_tok):
        verb = doc[tok_i]
        if hit.nominal or hit.trigger.direction != "give":
            continue
        # the "for" on the verb, or on its goods ("sold equipment for producing shells to North Korea")
        owners = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        fors = [p for o in owners for p in o.children if p.dep_ == "prep" and p.lower_ == "for"]
        for making in (m for p in fors for m in p.children if m.dep_ == "pcomp" and m.lemma_.lower() in _MAKING):
            if any(b.trigger == n and b.case == "goal" for b in sentence.parties):
                break
            for prep in (c for c in making.children if c.dep_ == "prep" and c.lower_ in ("to", "into")):
                for obj in (g for g in prep.children if g.dep_ == "pobj"):
                    a = by_head.get(obj.i)
                    if a is not None and a.entity is not None:
                        a.trigger, a.case, a.direct = n, "goal", True


# verbs of a purpose that strengthens what a party owns: "sent missiles to bolster Ukraine's air
# defences" (the owner receives; "bolster ... with" is a trigger of its own, see `strengthened`)
_STRENGTHENING = {"bolster", "strengthen", "reinforce", "boost", "shore", "enhance", "improve", "replenish",
                  "rebuild", "restock", "upgrade", "modernize", "modernise", "protect", "defend"}  # fmt: skip


def strengthened_owners(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, by_head: dict[int, Arg]
) -> None:
    """ "Washington pledged to send Patriot missiles to bolster Ukraine's air defences", "sent IRIS-T
    systems to strengthen the air defences of Ukraine": a giving act with no receiver, done to
    strengthen what a party owns, goes to that owner."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        verb = doc[tok_i]
        if hit.nominal or hit.trigger.direction != "give":
            continue
        if any(b.trigger == n and b.case == "goal" for b in sentence.parties):
            continue
        for purpose in verb.children:
            lemma = purpose.lemma_.lower()
            if purpose.dep_ not in ("advcl", "xcomp") or (lemma not in _STRENGTHENING and lemma != "help"):
                continue
            if not any(a.dep_ == "aux" and a.lower_ == "to" for a in purpose.children):
                continue
            owner = (_helped(purpose, by_head) if lemma == "help" else None) or _owner_of_object(purpose, by_head)
            if owner is not None and owner.trigger is None:
                owner.trigger, owner.case, owner.direct = n, "goal", True
                break


def _helped(help_verb: Any, by_head: dict[int, Arg]) -> Arg | None:
    """The party a verb of helping helps: "to help Ukraine defend its cities", "to help Kyiv"."""
    for c in help_verb.children:
        held = [c] if c.dep_ == "dobj" else []
        if c.dep_ in ("ccomp", "xcomp"):
            held = [g for g in c.children if g.dep_ == "nsubj"]  # "help Ukraine defend": the helped one acts
        for t in held:
            a = by_head.get(t.i)
            if a is not None and a.entity is not None and a.entity.type in ("country", "armed-group"):
                return a
    return None


def _owner_of_object(verb: Any, by_head: dict[int, Arg]) -> Arg | None:
    """The party owning a verb's object: "Ukraine's air defences", "the air defences of Ukraine"."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for c in obj.children:
            held = [c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"] if c.lower_ == "of" else []
            for t in held:
                a = by_head.get(t.i)
                if a is not None and a.entity is not None and a.entity.type in ("country", "armed-group"):
                    return a
    return None


def voyage_start(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, tok_of: dict[int, Any]) -> None:
    """ "A cargo ship sailed from Rajin with containers of munitions and docked at Vostochny", "the ship
    left Rajin loaded with shells and docked at Dunai": the port the voyage set out from is where the
    goods the landing brings come from (its load is taken up by `voyage_goods`)."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        voyage = setting_out(doc[tok_i]) if not hit.nominal and hit.trigger.direction == "move" else None
        if voyage is None:
            continue
        for a in sentence.places + sentence.parties:
            t = tok_of.get(a.start)
            if t is None or (a.trigger is not None and a.direct):
                continue
            left = t.dep_ == "dobj" and t.head.i == voyage.i
            sailed_from = t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.head.i == voyage.i
            if left or sailed_from:
                a.trigger, a.case, a.direct = n, "source", True


# verbs of putting goods on a carrier: "loaded onto the Angara", "put aboard a cargo plane"
_LOADING = {"load", "put", "place", "stow", "pack", "reload", "transfer"}


def loaded_goods(head: Any, trig_tokens: dict[int, int], doc: Any) -> int | None:
    """The delivery told on the loading of the goods `head` ("North Korean shells were loaded onto the
    Angara for delivery to Russia", "drones were put aboard a cargo plane bound for Moscow", "crates of
    drone parts were loaded onto a freighter destined for Iran"): the goods loaded are what the carrier
    takes there, or None."""
    t = head
    while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i != t.head.i:
        t = t.head.head  # ("crates of drone parts": the crates are loaded)
    verb = t.head
    if t.dep_ not in ("nsubjpass", "dobj") or verb.lemma_.lower() not in _LOADING:
        return None
    for c in verb.subtree:
        if c.i in trig_tokens and not (t.left_edge.i <= c.i <= t.right_edge.i) and c.i != verb.i:
            return trig_tokens[c.i]
    return None


def voyage_goods(head: Any, hits_tok: list[tuple[Any, int]], doc: Any) -> int | None:
    """The landing whose voyage's first verb holds the goods `head` ("sailed from Rajin with containers of
    munitions and docked at Vostochny": the munitions are what docked), or None."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        voyage = setting_out(doc[tok_i]) if not hit.nominal and hit.trigger.direction == "move" else None
        landing = doc[tok_i]
        if voyage is None or landing.left_edge.i <= head.i <= landing.right_edge.i:
            continue
        if voyage.left_edge.i <= head.i <= voyage.right_edge.i:
            return n
    return None
