"""English goods: which item words are goods of a transfer (not qualifiers, glosses, carriers),
and which numbers count them (not model designators, calibres, sums of money, events).
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
import re
from typing import Any

from materiel.extract.en_cases import (
    CARRIERS,
    CARRY,
)
from materiel.extract.en_gapping import another_act
from materiel.extract.en_using import USING
from materiel.extract.frame import Arg, ItemHit, Sentence, TriggerHit
from materiel.extract.quantities import QuantityMention
from materiel.lexicon import Trigger
from materiel.model import TRADE_GOODS, Quantity

# the words before "trainers" that make them men who train, no trainer aircraft: "military trainers",
# "foreign trainers", "Wagner trainers", "trainers and advisers"
_PEOPLE_TRAINERS_BEFORE = re.compile(
    r"\b(?:military|foreign|army|police|security|special[- ]forces|civilian|defence|defense|mercenary|"
    r"instructors|advisers|advisors|soldiers|personnel|troops)\s+(?:and\s+)?$",
    re.I,
)
# the words after "trainers" that make them men: "trainers and advisers", "trainers who ...", "trainers to train"
_PEOPLE_TRAINERS_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:and\s+(?:military\s+)?(?:advisers|advisors|instructors|troops|soldiers|personnel)|who\b|to\s+train\b)",
    re.I,
)


# the words before bare "fighters" that make them combatants, no aircraft: "rebel fighters", "militia
# fighters", "in the hands of fighters", "reaching fighters in Darfur"
_PEOPLE_FIGHTERS_BEFORE = re.compile(
    r"\b(?:rebel|rebels'|militia|militiamen|islamist|jihadist|insurgent|paramilitary|tribal|armed|opposition|"
    r"foreign|volunteer|guerrilla|separatist|resistance|allied|proxy|local|ethnic|hands\s+of|reach(?:es|ed|ing)?|"
    r"arm(?:s|ed|ing)?|equip(?:s|ped|ping)?)\s+(?:the\s+|its\s+|their\s+)?$",
    re.I,
)
# the words after bare "fighters" that make them men: "fighters who", "fighters loyal to", "fighters and
# their families"
_PEOPLE_FIGHTERS_AFTER = re.compile(r"\s*(?:,\s*)?(?:who\b|loyal\s+to\b|and\s+(?:civilians|commanders|their)\b)", re.I)


def are_people_fighters(text: str, start: int, end: int) -> bool:
    """Whether the bare word "fighters" at text[start:end] names combatants, not fighter aircraft.

    "arms are reaching fighters in Darfur", "rifles in the hands of militia fighters" (men); "Cairo
    ordered 30 more fighters from Paris" (aircraft)."""
    if text[start:end].lower() != "fighters":
        return False
    return bool(_PEOPLE_FIGHTERS_BEFORE.search(text, max(0, start - 40), start)) or bool(
        _PEOPLE_FIGHTERS_AFTER.match(text, end, min(len(text), end + 40))
    )


# know-how for goods: "technology for satellites and submarines", "expertise on building drones"
_KNOW_HOW_FOR = re.compile(
    r"\b(?:technolog(?:y|ies)|know-how|expertise|technical\s+(?:assistance|help|support)|designs?|blueprints?)"
    r"\s+(?:for|on|to\s+build|to\s+make)\s+(?:(?:its|their|the|his|her|building|making|producing|developing)\s+)?"
    r"(?:[\w-]+(?:\s+[\w-]+){0,2},?\s+(?:and|or)\s+)?$",
    re.I,
)


def know_how_for(text: str, start: int) -> bool:
    """Whether the goods at `start` are told only as what know-how is for: "Russia may be providing
    Pyongyang with technology for satellites and submarines", "expertise on building drones" (know-how
    is no transfer, and the goods it serves are none either)."""
    return _KNOW_HOW_FOR.search(text, max(0, start - 80), start) is not None


def are_people_trainers(text: str, start: int, end: int) -> bool:
    """Whether the bare word "trainers" at text[start:end] names men who train, not trainer aircraft.

    "Washington sent military trainers to Niger" (men); "trainers who will teach Malian pilots" (men);
    "Vietnam took delivery of six trainers from Russia" (aircraft).
    """
    if text[start:end].lower() != "trainers":
        return False
    return bool(_PEOPLE_TRAINERS_BEFORE.search(text, max(0, start - 40), start)) or bool(
        _PEOPLE_TRAINERS_AFTER.match(text, end, min(len(text), end + 40))
    )


# verbs telling what a load came to, and the loads: "The haul amounted to 750 tonnes, including ..."
_TOTALLING = {"amount", "total", "number", "comprise", "consist", "reach", "exceed", "weigh"}
_LOADS = {"haul", "cargo", "shipment", "consignment", "seizure", "load", "delivery", "package", "batch"}


def load_totalled(head: Any, trig_tokens: dict[int, int]) -> int | None:
    """ "The haul, the largest seizure of Iranian weapons bound for the Houthis, amounted to 750 tonnes of
    cargo, including missiles and drone engines": goods listed in what a load came to are that load's,
    so they go to the one act told on the load (here "bound for"); None when there is no such act."""
    t, listed = head, False
    for _ in range(10):
        if t.head.i == t.i or (t.pos_ in ("VERB", "AUX") and t.dep_ != "prep"):
            break  # ("including" may be tagged a verb)
        listed = listed or (t.dep_ == "prep" and t.lower_ in ("including", "like"))
        t = t.head
    if not listed or t.lemma_.lower() not in _TOTALLING:
        return None
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _LOADS:
        return None
    acts = [trig_tokens[c.i] for c in subj.subtree if c.i in trig_tokens]
    return acts[0] if len(acts) == 1 else None


# what makes bare "kits" no parts of arms: "medical kits", "first-aid kits", "hygiene kits"
_CIVIL_KITS_BEFORE = re.compile(
    r"\b(?:medical|first[- ]aid|hygiene|sanitary|survival|test|testing|school|relief|emergency|repair|tool|"
    r"winter|sewing|cooking|trauma|food|baby)\s+$",
    re.I,
)


def civil_kits(text: str, start: int, end: int) -> bool:
    """Whether the bare word "kits" at text[start:end] names kits of no arms: "sent medical kits and
    blankets" (relief goods); "kits to assemble Shahed drones", "400 kits for the drones" (parts)."""
    return text[start:end].lower() == "kits" and bool(_CIVIL_KITS_BEFORE.search(text, max(0, start - 16), start))


# goods or people a "transports" noun carries, so that it names the convoys, not transport aircraft:
# "weapons transports to Hezbollah", "troop transports"
_LOADS_BEFORE_TRANSPORTS = {"weapon", "weapons", "arms", "ammunition", "munition", "munitions", "troop", "troops",
                            "fuel", "grain", "cargo", "prisoner", "prisoners"}  # fmt: skip


def not_transport_aircraft(head: Any, text: str, it: ItemHit) -> bool:
    """Whether the bare word "transports" is no transport aircraft: "Canada has sent two transports to
    Ukraine" (aircraft); "Turkey transports drones to Libya" (the verb), "weapons transports to
    Hezbollah" (convoys of goods)."""
    if text[it.start : it.end].lower() != "transports":
        return False
    if head.pos_ != "NOUN" or (head.dep_ in ("ROOT", "conj") and any(c.dep_ == "dobj" for c in head.children)):
        return True
    return any(c.dep_ in ("compound", "amod") and c.lower_ in _LOADS_BEFORE_TRANSPORTS for c in head.children)


# nouns that count the goods word before them: "five radar units", "two Patriot sets"
_COUNTING_NOUNS = {"unit", "set", "piece"}
# of them, those that only ever count goods, with a number or without: "many artillery pieces"
_PIECES = {"piece", "set"}


# nouns of an undertaking, which a system before them names without being goods: "Iran's Shahed
# program", "the F-35 programme", "the Geran production line"
# ("a role in the K2 supply chain": the makers' chain, no goods)
UNDERTAKINGS = {"program", "programme", "project", "production", "line", "factory", "plant", "chain"}


def is_qualifier(head: Any, it: ItemHit, item_heads: set[int], trig_tokens: dict[int, int]) -> bool:
    if (
        head.dep_ in ("compound", "amod", "nmod")
        and head.head.lemma_.lower() in UNDERTAKINGS
        and head.head.i not in item_heads
    ):
        return True  # "engines reached Iran's Shahed program": the program, no goods
    if it.entity is not None:
        return False
    t = head
    while t.dep_ == "conj" and t.head.i != t.i and t.head.dep_ in ("compound", "nmod"):
        t = t.head  # "drone and missile programmes": the second conjunct qualifies too
    if (
        t.dep_ == "compound"
        and t.head.lemma_.lower() in _COUNTING_NOUNS
        and any(c.dep_ == "nummod" for c in t.head.children)
    ):
        return False  # "provide five radar units": the goods, counted by units ("a drone unit" is troops)
    if t.dep_ == "compound" and (
        t.head.lemma_.lower() in _PIECES or (t.head.lemma_.lower() == "system" and t.head.tag_ == "NNS")
    ):
        return False  # "sent many self-propelled artillery pieces", "artillery systems": goods however counted
    if t.dep_ == "compound" and t.head.lemma_.lower() == "system" and _one_system(t.head):
        return False  # "will provide a coastal radar system": one unit of the goods, however told
    return t.dep_ in ("compound", "nmod") and t.head.i not in item_heads and t.head.i not in trig_tokens


def _one_system(noun: Any) -> bool:
    """Whether "system" is told as one unit handed over: "a radar system", "one missile system", "another
    air-defence system" (not "the country's missile system", a network it has)."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another", "1") for c in noun.children)


def is_purpose(head: Any, it: ItemHit, outer_of: dict[int, ItemHit]) -> bool:
    """ "launchers for the missiles", "spare parts for F-16 fighters": goods named after "for" on
    other goods say what those are for; they are not goods of their own (a system a munition is
    for, "munitions for Patriot", names the goods and is kept). A conjunct of the same noun shares
    the first one's "for": "parts for Quds cruise missiles and Sayyad-2 missiles" hands over parts
    only, and so does a conjunct naming a system ("parts for Toufan missiles and Samad drones"; but
    "ammunition for HIMARS launchers and spare parts" lists parts beside the ammunition)."""
    if _for_use_in(head) or _owned_platform(head) or _fitted_to(head):
        return True
    while (
        head.dep_ == "conj"
        and head.head.i != head.i
        and (head.head.lemma_.lower() == head.lemma_.lower() or _named_system(head))
    ):
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ != "for":
        return False
    prep = head.head
    while prep.dep_ == "conj" and prep.head.lower_ == "for" and prep.head.i != prep.i:
        prep = prep.head  # ("parts for the K-8s and for drones": the second "for" joined to the first)
    owner = prep.head
    if owner.i not in outer_of:
        # ("had also provided launchers for the missiles": the parse hangs the "for" on the verb)
        verb = owner
        owner = next((c for c in verb.children if c.dep_ == "dobj" and c.i in outer_of and c.i < head.i), None)
        if owner is None or verb.pos_ != "VERB":
            return False
    return it.entity is None or outer_of[owner.i].category == "components"


def _named_system(noun: Any) -> bool:
    """Whether a common noun of goods carries a system's name before it: "Samad drones"."""
    return any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in noun.children)


def _owned_platform(head: Any) -> bool:
    """ "the sale of AMRAAM missiles for Thailand's F-16s": goods a party already owns, after "for",
    are what the goods sold serve (the "for" may hang on the act noun)."""
    return (
        head.dep_ == "pobj"
        and head.head.lower_ == "for"
        and head.head.head.pos_ == "NOUN"  # ("opted for South Korea's FA-50s": the goods chosen)
        and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in head.children)
    )


# nouns of the goods a party already holds, named by their type: "its F-16 fleet"
_HOLDINGS = {"fleet", "fleets", "inventory", "inventories", "arsenal", "arsenals"}


def is_owned_fleet(head: Any) -> bool:
    """ "requested the missiles to arm its F-35A and F-16 fleets", "for the air force's Gripen fleet":
    a type of goods naming a fleet a party owns (a possessive on the fleet) is no goods of the act."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    fleet = head.head
    return (
        head.dep_ in ("compound", "nmod", "amod", "nummod")
        and fleet.i != head.i
        and fleet.lower_ in _HOLDINGS
        and any(c.dep_ == "poss" for c in fleet.children)
    )


# participles on parts that say what the parts go into: "engines fitted to the drones"
_FITTING = {"fit", "install", "mount", "integrate", "use"}


def _fitted_to(head: Any) -> bool:
    """ "engines and navigation modules fitted to the Geran-2 drones were bought in China", "chips
    installed in the missiles": goods after a participle of fitting on other goods are what those are
    fitted to, not goods of their own."""
    prep = head.head
    part = prep.head
    return (
        head.dep_ == "pobj"
        and prep.lower_ in ("to", "in", "on", "into", "aboard")
        and part.tag_ == "VBN"
        and part.dep_ == "acl"
        and part.lemma_.lower() in _FITTING
    )


def _for_use_in(head: Any) -> bool:
    """ "re-exported thermal cameras to Russia, probably for use in Lancet loitering munitions": goods
    named as what the goods handed over are to be used in."""
    prep = head.head
    use = prep.head
    return (
        head.dep_ == "pobj"
        and prep.lower_ in ("in", "on", "aboard")
        and use.lemma_.lower() == "use"
        and use.dep_ == "pobj"
        and use.head.lower_ == "for"
    )


# nouns of those who make goods: "manufacturers of Lancet drones", "a producer of missiles"
_MAKERS = {"manufacturer", "maker", "producer", "developer", "builder", "designer", "assembler"}


def is_makers_line(head: Any) -> bool:
    """ "delivered navigation modules to Russian manufacturers of Orlan-10 and Lancet drones": goods
    named after "of" on a maker say what the receiver makes; they are not goods handed over."""
    for _ in range(4):
        if head.dep_ not in ("conj", "compound", "nmod") or head.head.i == head.i:
            break
        head = head.head  # ("of Lancet and Orlan-10 drones": a system naming the noun, or its conjunct)
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _MAKERS


def serves_makers(tok: Any, party_starts: set[int]) -> bool:
    """ "shipped chips to a Moscow distributor that supplies the maker of the Orlan-10": a relative
    clause telling that a party supplies makers no party word places is its trade, no act of its own
    ("a Kazakh firm that supplies Russian drone makers" names who is supplied, and stays)."""
    if tok.dep_ != "relcl" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        o.lemma_.lower() in _MAKERS
        and not any(t.idx in party_starts for t in o.subtree if t.i < o.i or t.dep_ == "poss")
        for o in objects
    )


# prepositions naming what the goods of a verb of use are aimed at: "fired missiles at US warships"
_AIMED = {"at", "against"}


def is_target(head: Any, trig_tokens: dict[int, int]) -> bool:
    """ "The Houthis fired Iranian missiles at U.S. Navy warships and tankers": what a verb of use
    aims its goods at is the target, not goods handed over."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in _AIMED:
        return False
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # ("used missiles against tanks")
    return verb.i in trig_tokens and verb.lemma_.lower() in USING


_PAYMENT_NOUNS = {"exchange", "return", "payment", "lieu"}


def is_payment(head: Any, trig_tokens: dict[int, int]) -> bool:
    """ "provided air defence in exchange for artillery shells": goods given back for an act are not
    its goods (they go the other way); nor are goods something else is counted by ("per drone")."""
    if head.dep_ == "pobj" and head.head.lower_ == "per":
        return True  # "sent three officers per drone": the goods are the measure of what is sent
    t = head
    for _ in range(4):
        if t.head.i == t.i or t.i in trig_tokens:
            return False
        if t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lower_ in _PAYMENT_NOUNS:
            return True
        t = t.head
    return False


# the nouns of what is left of a weapon, and the verbs of finding goods in it: "found in the wreckage
# of Kh-101 missiles", "recovered from the debris of drones", "discovered inside Iskander missiles"
_WRECKAGE = {"wreckage", "wreck", "wrecks", "debris", "remains", "remnants", "fragments", "fragment"}
_FINDING = {"find", "recover", "discover", "identify", "retrieve", "locate"}
_INSIDE = {"in", "inside", "from", "within", "among", "aboard"}


def is_wreckage(head: Any, trig_tokens: dict[int, int]) -> bool:
    """ "The chips were later found in the wreckage of Kh-101 cruise missiles", "parts recovered from
    downed Shahed drones": the weapons other goods were found in are where the parts ended up (fired,
    shot down), not goods handed over. Weapons an act of their own tells of stay goods ("found in
    drones that Iran supplied")."""
    if any(c.i in trig_tokens for c in head.children):
        return False
    t = head
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in _WRECKAGE:
        return True
    if t.dep_ != "pobj" or t.head.lower_ not in _INSIDE:
        return False
    verb = t.head.head
    return verb.lemma_.lower() in _FINDING and verb.i not in trig_tokens


def found_in_weapons(sentence: Sentence, doc: Any, tok_at: list[int]) -> None:
    """ "US-made chips were found in the wreckage of North Korean missiles", "Investigators found
    Japanese components inside Russian drones": parts found in a state's or a group's weapons reached
    it (as ja_items.found_inside reads 「北朝鮮製ミサイルの残骸から米国製の部品が見つかった」); their
    supplier is the parts' own origin where the text gives one ("US-made", "of Iranian manufacture"),
    else unknown. Only in a sentence telling no act of its own ("found in drones that Iran supplied"
    is that act's)."""
    if sentence.triggers:
        return
    named = [a for a in sentence.parties if a.entity is not None]
    for it in sentence.items:
        if it.category not in TRADE_GOODS or tok_at[it.end - 1] < 0:
            continue
        goods = doc[tok_at[it.end - 1]]
        verb = _finding_verb(goods)
        found = _weapons_found_in(verb, goods) if verb is not None else []
        owner = next(
            (a for w in found for a in named if w.left_edge.idx <= a.start < w.idx
             and a.entity is not None and a.entity.type in ("country", "armed-group")),
            None,
        )  # fmt: skip
        if verb is None or owner is None:
            continue
        spans = [(w.left_edge.idx, w.idx + len(w)) for w in found]
        sentence.items = [i for i in sentence.items if not any(a <= i.start < b for a, b in spans)]
        trig = Trigger(lemma=verb.lemma_.lower(), kind="delivery", direction="move")
        sentence.triggers.append(TriggerHit(verb.idx, verb.idx + len(verb), trig, passive=verb.tag_ == "VBN"))
        for i in sentence.items:
            i.trigger, i.direct = (0, True) if i.category in TRADE_GOODS else (None, i.direct)
            if i.trigger == 0 and i.origin is None and tok_at[i.end - 1] >= 0:
                i.origin = _origin_told_on(doc[tok_at[i.end - 1]], named, owner)
        sentence.parties = [a for a in sentence.parties if a.start != owner.start] + [
            dataclasses.replace(owner, case="goal", trigger=0, direct=True)
        ]
        return


def _origin_told_on(goods: Any, named: list[Arg], owner: Arg) -> Any:
    """The state the goods' own words make them of: "US-made chips", "gyroscopes of Iranian
    manufacture" (not the owner of the weapons they were found in)."""
    lo = goods.left_edge.idx
    of = next((c for c in goods.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    hi = of.right_edge.idx + len(of.right_edge) if of is not None else goods.idx
    return next(
        (a.entity for a in named if a is not owner and lo <= a.start < hi and a.entity is not None
         and a.entity.type == "country"),
        None,
    )  # fmt: skip


def _finding_verb(head: Any) -> Any | None:
    """The verb of finding whose goods `head` are ("chips were found", "found Japanese components")."""
    t = head
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ in ("nsubjpass", "dobj") and t.head.lemma_.lower() in _FINDING:
        return t.head
    return None


def _weapons_found_in(verb: Any, goods: Any) -> list[Any]:
    """The weapons a verb of finding found its goods in: "in the wreckage of North Korean missiles",
    "inside Russian drones" (which the parse may hang on the goods), "from Russian drone wreckage"."""
    for prep in [*verb.children, *goods.children]:
        if prep.dep_ != "prep" or prep.lower_ not in _INSIDE:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        if obj.lower_ in _WRECKAGE:
            of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            weapon = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if weapon is None:
                return [obj]
            obj = weapon
        found = [obj, *(c for c in obj.children if c.dep_ == "conj")]
        return found if all(w.lower_ in _WRECKAGE or w.lemma_.lower() in _WEAPON_NOUNS for w in found) else []
    return []


# the heads of weapons parts are found in ("Russian drones", "North Korean KN-23 missiles"); not
# "Iranian designs", "Russian factories"
_WEAPON_NOUNS = {"missile", "drone", "uav", "rocket", "shell", "bomb", "munition", "weapon", "warhead", "tank",
                 "vehicle", "aircraft", "jet", "fighter", "helicopter", "launcher", "system", "torpedo",
                 "mine"}  # fmt: skip


# verbs telling what goods can take along or fire: "can carry bombs", "able to launch missiles"
_PAYLOAD_VERBS = {"carry", "fire", "launch", "mount", "hold"}
_ABLE = {"can", "could", "able", "capable", "designed", "equipped"}
# relative pronouns opening a clause on what goods can do, and the entity types of a place the parse
# may hang that clause on instead ("to Belarus, which can carry")
_RELATIVE = {"which", "that"}
_PLACE_ENTS = {"GPE", "LOC", "NORP", "FAC"}


def is_payload(head: Any, item_heads: set[int]) -> bool:
    """ "the drones Iran sent can carry bombs", "the Mohajer-6 is able to launch missiles": what goods
    can carry is how they are built, not more goods handed over."""
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in _PAYLOAD_VERBS:
        return False
    holder = verb.head if verb.dep_ in ("xcomp", "acomp") else verb
    able = (
        any(c.lower_ in _ABLE for c in (*verb.children, *holder.children))
        or holder.lemma_.lower() in _ABLE
        or holder.lower_ in _ABLE
    )
    subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    shared = holder
    while not subjects and shared.dep_ == "conj" and shared.head.i != shared.i:
        # ("the drones fly low and are equipped to carry bombs": the subject of the first verb)
        shared = shared.head
        subjects = [c for c in shared.children if c.dep_ in ("nsubj", "nsubjpass")]
    # ("the drones Iran sent can carry": the parse makes the relative clause the subject; "drones that
    # can carry": the relative clause's noun)
    subjects += [g for c in holder.children if c.dep_ == "csubj" for g in c.children if g.dep_ == "nsubj"]
    if holder.dep_ == "relcl":
        subjects.append(holder.head)
        # ("moved launchers to Belarus, which can carry warheads": the parse hangs the clause on the
        # nearest noun, a place; what "which" can carry is said of the goods all the same)
        if holder.head.ent_type_ in _PLACE_ENTS and any(s.lower_ in _RELATIVE for s in subjects):
            return able
    return able and any(s.i in item_heads for s in subjects)


def is_in_gloss(head: Any, item_heads: set[int], trig_tokens: dict[int, int]) -> bool:
    """ "nitrocellulose, a key ingredient in artillery propellant": goods named inside an apposition
    that explains other goods describe them, they are not more goods (a named system there, as in
    "drones, some of them Shahed-136s", says which goods they are, and is kept)."""
    if head.dep_ == "appos" and head.head.i in item_heads and head.left_edge.lower_ in ("a", "an"):
        return True  # "the S-300, an air defence system": the class of the goods just named
    t = head
    for _ in range(6):
        if t.head.i == t.i or t.i in trig_tokens:
            return False
        if t.dep_ == "appos" and t.i not in item_heads and _glosses(t, item_heads):
            return True
        t = t.head
    return False


def _glosses(appos: Any, item_heads: set[int]) -> bool:
    """Whether an apposition explains goods: it hangs on them, or (the parse giving it to the trigger
    noun above, "exports of nitrocellulose, a key ingredient in") it follows them after a comma."""
    if appos.head.i in item_heads:
        return True
    first = appos.left_edge.i
    return first >= 2 and appos.doc[first - 1].text == "," and first - 2 in item_heads


# a system's designation the gazetteer lacks, right before its goods word: letters, a hyphen or
# more letters, then digits ("AH-4 ", "CH-95 ", "GB50A ", "Mi-171Sh "); no lone letter on digits
# ("G7", "P5") nor a longer word ("COVID-19")
_DESIGNATION_BEFORE = re.compile(r"(?<![\w.-])[A-Z](?:[A-Za-z]{0,3}-|[A-Za-z]{1,3})\d{1,4}[A-Za-z]{0,3}\s$")


def designated_goods(items: list[ItemHit], text: str) -> list[ItemHit]:
    """ "Beijing has sold 36 AH-4 howitzers", "CH-95 drones": a generic goods word right after a
    designation the gazetteer does not know names that system (the name stays with the item)."""
    for it in items:
        if it.entity is not None or it.name is not None or it.umbrella:
            continue
        m = _DESIGNATION_BEFORE.search(text, max(0, it.start - 12), it.start)
        if m is not None and m.end() == it.start:
            it.start, it.name = m.start(), m.group().strip()
    return items


# bare charges listed right after shells or rounds: "shells and charges", "rounds, fuzes and charges"
_CHARGES_AFTER = re.compile(r"(?:(?:,\s*|\s+and\s+)[\w-]+){0,3}?(?:,\s*|,?\s+and\s+)(charges)\b")


def charges_beside_shells(items: list[ItemHit], text: str) -> list[ItemHit]:
    """ "Serbia sold shells and charges to a US broker": bare "charges" listed with artillery rounds are
    their propellant charges (elsewhere the word is mostly a court's: "faces charges")."""
    out = list(items)
    for it in items:
        if it.category != "artillery-ammunition":
            continue
        m = _CHARGES_AFTER.match(text, it.end)
        if m is not None and not any(o.start <= m.start(1) < o.end for o in out):
            out.append(ItemHit(m.start(1), m.end(1), "artillery-ammunition"))
    return sorted(out, key=lambda i: i.start)


# a standard or variant code written unhyphenated after a system's name: "Rafale F4", "Rafale F3R",
# "Mirage 2000 D5" (no system of its own, though "F4" spells the F-4's name without its hyphen)
_VARIANT_CODE = re.compile(r" [A-Z]{1,2}\d{1,2}[A-Z]?\b")


def variant_codes(items: list[ItemHit], text: str) -> list[ItemHit]:
    """ "80 Rafale F4 jets": a bare letter-and-digit code right after a named system is that system's
    standard, not a second system (the F-4); the two are one item, the first system's."""
    out: list[ItemHit] = []
    for it in items:
        prev = out[-1] if out else None
        if prev is not None and prev.entity is not None and it.entity is not None and prev.entity.id != it.entity.id:
            code = _VARIANT_CODE.match(text, prev.end)
            if code is not None and code.end() > it.start >= prev.end and it.start == prev.end + 1:
                prev.end = it.end
                prev.quantity = prev.quantity or it.quantity
                continue
        out.append(it)
    return out


_DESIGNATOR_BEFORE = re.compile(r"(?:[A-Za-z0-9][-/]|\bBlock\s|\bBlk\s|\btype\s|\bType\s)$")


# a capitalised word that a determiner or a count opens, right before a figure: the maker of a type
# its model number follows ("two Bell 412 helicopters", "a second Dornier 228"); a verb before the
# name keeps the figure a count ("sent Russia 200 drones")
_MAKER_BEFORE = re.compile(
    r"\b(?:an?|the|its|their|another|more|new|first|second|third|fourth|fifth|last|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|twelve|\d+) [A-Z][a-z]+ $"
)


def designator_number(text: str, start: int, end: int) -> bool:
    """The digits of a model name are no count: "C-802 anti-ship missile", "L-39 trainers",
    "AN/TPS-77 radars", "F-16V Block 70 jets", "Mi-24P" (a number glued to letters), "a Dornier 228
    patrol plane" (a maker's model number)."""
    s = text[max(0, start - 6) : start]
    span = text[start:end]
    if span[:1].isdigit() and _DESIGNATOR_BEFORE.search(s):
        return True
    if span.isdigit() and _MAKER_BEFORE.search(text, max(0, start - 30), start):
        return True
    return bool(span[-1:].isdigit() and end < len(text) and text[end].isalpha())


# "155 mm and 105 mm rounds", "152-millimetre shells": a calibre is no count
CALIBRE = re.compile(r"\s?-?(?:mm|millimet(?:re|er)s?|cm|calibre|caliber)\b", re.I)


_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥]|\b(?:US|USD|EUR|A|C)\$?)\s?$")


_CURRENCY_AFTER = re.compile(
    r"^\s*(?:(?:million|billion|bn|m)\b\s*)?(?:dollars|euros|pounds|yuan|rubles|roubles|USD|EUR)\b"
)


def counts_events(doc: Any, tok_at: list[int], start: int, end: int, hits_tok: list[tuple[TriggerHit, int]]) -> bool:
    """ "at least ten arms transfers", "three weapons shipments": a number on a transfer noun counts the
    deliveries, not the goods."""
    i = tok_at[end - 1] if end - 1 < len(tok_at) else -1
    if i < 0:
        return False
    tok = doc[i]
    nominal = {tok_i for hit, tok_i in hits_tok if hit.nominal}
    return tok.dep_ in ("nummod", "quantmod", "amod") and tok.head.i in nominal


_DIGITS_GLOSS = re.compile(r"\(\s*(\d[\d,]*)\s*\)")


def glossed_numbers(text: str, quantities: list[QuantityMention]) -> list[QuantityMention]:
    """ "three (3) fire units", "one hundred twenty-three (123) missiles": the legal and notice style
    that spells a number and repeats it in digits is one count, the digits' value, so the words
    before the parenthesis stay next to the goods they count."""
    if "(" not in text:
        return quantities
    out = list(quantities)
    for m in _DIGITS_GLOSS.finditer(text):
        inner = [q for q in out if m.start() < q.start and q.end < m.end()]
        words: list[QuantityMention] = []
        edge = m.start()
        for q in sorted((q for q in out if q.end <= m.start()), key=lambda q: -q.end):
            if text[q.end : edge].strip(" -") != "" or not q.quantity.text[:1].isalpha():
                break
            words.append(q)
            edge = q.start
        if not inner or not words:
            continue
        value = float(m.group(1).replace(",", ""))
        merged = QuantityMention(edge, m.end(), Quantity(value, text[edge : m.end()]))
        out = [q for q in out if q not in inner and q not in words] + [merged]
    return sorted(out, key=lambda q: q.start)


_RANGE_JOIN = re.compile(r"\s*(?:and|to|or|-|–)\s*$")
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.I)


def number_ranges(text: str, quantities: list[QuantityMention]) -> list[QuantityMention]:
    """ "between six and ten F-16s", "from 20 to 30 tanks", "10-12 launchers": one count, a range
    (its bounds, no single value), not two numbers of which the goods take the nearer."""
    out: list[QuantityMention] = []
    n = 0
    while n < len(quantities):
        q = quantities[n]
        nxt = quantities[n + 1] if n + 1 < len(quantities) else None
        low = q.quantity.value
        high = nxt.quantity.value if nxt is not None else None
        if nxt is not None and low is not None and high is not None:
            join = _RANGE_JOIN.match(text, q.end, nxt.start)
            between = _BETWEEN.search(text, max(0, q.start - 9), q.start)
            word = join.group().strip() if join else ""
            years = all(1900 <= v <= 2100 for v in (low, high)) and "," not in q.quantity.text + nxt.quantity.text
            if join is not None and (between is not None or word not in ("and", "or")) and low < high and not years:
                start = between.start() if between is not None else q.start
                quantity = Quantity(None, text[start : nxt.end], min=low, max=high)
                out.append(QuantityMention(start, nxt.end, quantity))
                n += 2
                continue
        out.append(q)
        n += 1
    return out


# "the final two of six jets", "the first 10 of 48 tanks", "the second of three batteries": the count
# before "of" is the goods told of
_PART_OF = re.compile(
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|first|last|final"
    r"|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"\s+of\s+(?:the\s+)?$",
    re.I,
)


def is_whole_of_part(text: str, start: int) -> bool:
    """A total that a count before it takes a part of ("two of six"): the part is what moves."""
    return bool(_PART_OF.search(text[max(0, start - 24) : start]))


def whole_deal_goods(
    sentence: Sentence,
    quantities: list[QuantityMention],
    text: str,
    item_tok: dict[int, Any],
    trig_tokens: dict[int, int],
) -> list[ItemHit]:
    """ "The first 38 of the 108 M1A2T tanks that Taiwan ordered from the United States arrived": the
    whole ("108") counts the goods of the deal told in the clause on them, with a seller of its own;
    gives those goods for that deal's act (the part, "38", stays with the act that moves it)."""
    items = sentence.items
    sellers = {a.trigger for a in sentence.parties if a.case in ("source", "agent") and a.entity is not None}
    # ("18 of the 24 IRIS-T systems it has pledged to Ukraine": a pledge is a deal of its own)
    sellers |= {
        n for n, h in enumerate(sentence.triggers) if h.trigger.status == "planned" and h.trigger.direction == "give"
    }
    out: list[ItemHit] = []
    for it in items:
        head = item_tok.get(id(it))
        if head is None or it.trigger is None:
            continue
        whole = next(
            (q for q in quantities if is_whole_of_part(text, q.start) and not text[q.end : it.start].strip()), None
        )
        if whole is None:
            continue
        noun = head.head if head.dep_ == "compound" else head  # ("the 24 IRIS-T systems it pledged": the noun's)
        for c in noun.children:
            n = trig_tokens.get(c.i) if c.dep_ in ("relcl", "acl") else None
            if n is None or n == it.trigger or n not in sellers or any(o.trigger == n for o in items + out):
                continue
            twin = copy.copy(it)
            twin.trigger, twin.quantity, twin.direct = n, whole.quantity, True
            out.append(twin)
    return out


def is_money(text: str, start: int, end: int) -> bool:
    """ "$5.9 million", "300 million euros": a sum of money is no count of goods."""
    return bool(_CURRENCY_BEFORE.search(text[max(0, start - 4) : start]) or _CURRENCY_AFTER.match(text[end : end + 24]))


_ABOARD = {"on", "aboard", "onboard", "by", "via", "in"}


# verbs of a carrier making its own journey: "transport planes flew from Hmeimim to al-Khadim"
_JOURNEYING = {"fly", "land", "arrive", "sail", "dock", "depart", "leave", "travel", "head", "touch"}
# words that make a plane or ship a freighter: it carries goods, it is none ("Il-76 transport planes")
_FREIGHT = {"cargo", "transport", "freight", "supply"}


def _freighter_flying(tok: Any) -> bool:
    """ "Six Il-76 transport planes flew from Syria to Libya", "a cargo ship docked in Tartus": a
    freighter that is the subject of its own journey carries the goods and is none of them (one told
    with its load, "cargo planes carrying drones flew", is left to the clause on it)."""
    return (
        tok.dep_ == "nsubj"
        and tok.head.lemma_.lower() in _JOURNEYING
        and any(c.dep_ in ("compound", "amod") and c.lower_ in _FREIGHT for c in tok.children)
        # ("a cargo plane linked to Wagner landed carrying rifles": a clause on who runs it tells no load)
        and not any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() not in _CRAFT_OWNING for c in tok.children)
    )


# participles on a craft telling who runs or owns it, not what it carries
_CRAFT_OWNING = {"link", "operate", "own", "charter", "register", "lease", "belong", "tie", "connect", "associate"}


# verbs whose subject stops goods: "a French frigate intercepted a dhow carrying rifles"
_STOPPING = {"seize", "intercept", "interdict", "board", "confiscate", "impound", "capture", "stop", "halt"}


def _seizing_craft(tok: Any) -> bool:
    """ "A French frigate patrolling the Arabian Sea has intercepted a dhow carrying rifles": the
    warship that stops a load is the seizer, none of the goods."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _STOPPING


def is_carrier(tok: Any) -> bool:
    """An aircraft or a ship the goods travel on ("arrived in Russia on the Il-76 plane", "flown in
    aboard Il-76s", "rifles hidden in civilian vehicles") is no part of them."""
    if _seizing_craft(tok):
        return True
    if tok.dep_ in ("compound", "nmod") and tok.head.lemma_.lower() in CARRIERS:
        tok = tok.head  # ("Il-76 and An-124 transport planes": the parse may call the first type "nmod")
    if _freighter_flying(tok):
        return True
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _ABOARD:
        return False
    if prep.head.pos_ not in ("VERB", "AUX") and tok.lemma_.lower() not in CARRIERS:
        return False
    return prep.lower_ != "in" or tok.lemma_.lower() in CARRIERS


# generic words for a ship, which name goods only where a party hands them over ("agreed to transfer
# the two ships", "will give Manila five vessels"); elsewhere they carry goods ("ships carrying rifles")
_VESSEL_WORDS = {"ship", "vessel", "boat"}
# the giving verbs that hand a vessel itself over, by kind or word ("sent a vessel to Cuba" deploys it)
_HANDING_KINDS = {"transfer", "donation", "sale", "supply", "loan"}
_HANDING_WORDS = {"deliver", "hand"}
# the receiving verbs that take a vessel itself ("received six boats", "bought two vessels")
_TAKING_KINDS = {"receipt", "purchase"}


def given_vessels(hits_tok: list[tuple[TriggerHit, int]], doc: Any, items: list[ItemHit]) -> list[ItemHit]:
    """ "China agreed to transfer the two ships to Cambodia", "Japan will hand over three vessels to
    the Philippines", "Venezuela received six boats from Iran": a ship a party gives or takes (the
    object of an active verb, the subject of a passive one, or the noun a passive participle is
    on: "four boats delivered by Iran") is the goods, no carrier; the word with its compounds is
    the item ("patrol ships")."""
    taken = {(it.start, it.end) for it in items}
    out: list[ItemHit] = []
    for n, (hit, tok_i) in enumerate(hits_tok):
        verb = doc[tok_i]
        if hit.nominal or hit.trigger.direction not in ("give", "receive"):
            continue
        # ("Venezuela received six boats from Iran", "Ghana bought two patrol vessels": a receipt too)
        taking = hit.trigger.direction == "receive" and hit.trigger.kind in _TAKING_KINDS
        if not taking and hit.trigger.kind not in _HANDING_KINDS and hit.trigger.lemma not in _HANDING_WORDS:
            continue
        role = "nsubjpass" if hit.passive else "dobj"
        told = [c for c in verb.children if c.dep_ == role]
        if hit.passive and verb.dep_ in ("acl", "relcl"):
            told.append(verb.head)  # "operates four boats (that were) delivered by Iran": a clause on them
        for goods in (_partitive_whole(c) for c in told):
            for g in (goods, *goods.conjuncts):
                if g.lemma_.lower() not in _VESSEL_WORDS or g.tag_ not in ("NN", "NNS"):
                    continue
                lo, hi = g.left_edge.idx, g.right_edge.idx + len(g.right_edge.text)
                if any(lo <= it.start < hi for it in items):
                    continue  # "ships carrying rifles were sent": a carrier of other goods
                first = min([g.i] + [c.i for c in g.lefts if c.dep_ == "compound"])
                start, end = doc[first].idx, g.idx + len(g.text)
                if not any(a < end and start < b for a, b in taken):
                    out.append(ItemHit(start, end, "naval", trigger=n))
    return out


def _partitive_whole(tok: Any) -> Any:
    """ "ordered eight of the boats": the noun a count of a part is taken from ("of the boats"), or
    the word itself."""
    if tok.tag_ != "CD" and tok.lower_ not in ("some", "all", "most", "several", "both"):
        return tok
    whole = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return whole[0] if whole else tok


_ARMING = {"arm", "rearm", "equip"}


def _trained_too(verb: Any) -> bool:
    """ "a deal to train and equip the army": the verb joined with "train" (either way round)."""
    joined = [verb.head] if verb.dep_ == "conj" else []
    joined += [c for c in verb.children if c.dep_ == "conj"]
    return any(t.lemma_.lower() == "train" for t in joined)


def arms_implied(hits_tok: list[tuple[TriggerHit, int]], doc: Any, items: list[ItemHit]) -> list[ItemHit]:
    """ "The RSF is armed by the Emirates", "Tehran denies arming the group", "Turkey continued to
    equip the Tripoli government": to arm or equip a party is to supply weapons, so the verb with no
    goods of its own names them (the span is the verb itself). A deal "to train and equip" forces
    is the idiom of a training programme, no goods told."""
    out: list[ItemHit] = []
    for n, (hit, tok_i) in enumerate(hits_tok):
        if hit.nominal or doc[tok_i].lemma_.lower() not in _ARMING or any(it.trigger == n for it in items):
            continue
        if _trained_too(doc[tok_i]) or not _party_armed(doc[tok_i]):
            continue
        out.append(ItemHit(hit.start, hit.end, "other", trigger=n))
    return out


_REFLEXIVE = {"ourselves", "itself", "themselves", "myself", "yourself", "yourselves", "himself", "herself"}


def _party_armed(verb: Any) -> bool:
    """Whether the verb names whom it arms, and that is another: "equip the army", "the RSF is armed
    by the Emirates". "We will equip ourselves" arms no one else, and "the drones … are equipped to
    carry bombs" (its subject left to an earlier verb) tells how goods are built."""
    armed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(armed) and all(a.lower_ not in _REFLEXIVE for a in armed)


def drop_carriers(
    items: list[ItemHit], item_tok: dict[int, Any], hits: list[TriggerHit], args: list[Arg], tok_of: dict[int, Any]
) -> list[ItemHit]:
    """ "Russian transport aircraft delivered Iranian drones": the subject of an active delivery
    that carries other goods is the carrier, and the state qualifying it is no supplier."""
    carriers = {t.i for t in (item_tok.get(id(it)) for it in items) if t is not None and _carrying(t, items, item_tok)}
    for it in items:
        tok = item_tok.get(id(it))
        if tok is None or it.trigger is None or tok.dep_ != "nsubj" or hits[it.trigger].passive:
            continue
        if hits[it.trigger].trigger.direction not in ("give", "move") or hits[it.trigger].nominal:
            continue
        if any(o is not it and o.trigger == it.trigger and o.case != "subj" for o in items):
            carriers.add(tok.i)
    if not carriers:
        return items
    on_carrier = [a for a in args if a.case == "origin" and _on_carrier(tok_of.get(a.start), carriers)]
    for a in on_carrier:
        if _goods_own_origin(a, args, on_carrier):
            a.case = "other"
    return [it for it in items if item_tok.get(id(it)) is None or item_tok[id(it)].i not in carriers]


# goods that can carry other goods: "a C-17 transport carrying the missiles" (a drone "carrying
# warheads" is goods all the same)
_CARRYING_KINDS = {"aircraft", "naval", "armoured-vehicle"}
# words a carrier's name may be followed by: "C-17 transport", "Il-76 cargo plane"
_CARRIER_WORDS = CARRIERS | {"transport", "freighter", "airlifter"}


def _carrying(tok: Any, items: list[ItemHit], item_tok: dict[int, Any]) -> bool:
    """ "An Indian Air Force C-17 transport carrying the missiles landed": a plane or ship told as
    carrying other goods of the sentence is their carrier, not goods (read on the words, as the
    parse of such a name often fails)."""
    item = next((it for it in items if item_tok.get(id(it)) is tok), None)
    if item is None or item.category not in _CARRYING_KINDS:
        return False
    doc, j = tok.doc, tok.i + 1
    while j < len(doc) and j - tok.i <= 2 and doc[j].lemma_.lower() in _CARRIER_WORDS:
        j += 1  # ("C-17 transport", "Il-76 cargo plane")
    if j >= len(doc) or doc[j].lemma_.lower() not in CARRY or doc[j].tag_ not in ("VBG", "VBN"):
        return False
    return any(t is not None and t.i > j for t in (item_tok.get(id(o)) for o in items if o is not item))


def _on_carrier(tok: Any | None, carriers: set[int]) -> bool:
    """Whether `tok` qualifies a carrier ("Russian" in "a Russian cargo plane")."""
    return tok is not None and (tok.head.i in carriers or tok.head.head.i in carriers)


def _goods_own_origin(arg: Arg, args: list[Arg], on_carrier: list[Arg]) -> bool:
    """Whether the goods the carrier holds have a state of their own ("Russian aircraft delivered
    Iranian drones"): then the carrier's state is no supplier. With none ("a Russian cargo plane
    landed in Niamey carrying radars") the carrier's state is where the goods come from."""
    return any(a.trigger == arg.trigger and a.case in ("origin", "source") and a not in on_carrier for a in args)


def rehome_goods(sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, drop: set[int]) -> None:
    """ "intercepted a shipment of rifles bound for the Houthis": the goods of a noun that names no
    party go with the trigger inside its own phrase; "Manila has fielded BrahMos missiles, which India
    delivered in April": goods of a dropped act that a relative clause of a kept act tells of are that
    act's."""
    at = {i: m for m, (_h, i) in enumerate(hits_tok) if m not in drop}
    for it in sentence.items:
        if it.trigger not in drop:
            continue
        span = doc.char_span(it.start, it.end, alignment_mode="expand")
        told = [at[c.i] for c in span.root.children if c.dep_ == "relcl" and c.i in at] if span is not None else []
        if told:
            it.trigger = told[0]
    for n in drop:
        hit, tok_i = hits_tok[n]
        if not hit.nominal:
            continue
        inner = {t.i for t in doc[tok_i].subtree}
        keep = next((m for m, (_h, i) in enumerate(hits_tok) if m not in drop and i in inner), None)
        if keep is None:
            continue
        for it in sentence.items:
            if it.trigger == n:
                it.trigger = keep


_AWAITING = {"wait": "for", "await": "", "expect": "", "anticipate": ""}


def awaiting_recipients(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "Ukraine is waiting for the first of 20 launchers promised by Germany", "Kyiv expects the tanks
    pledged by Berlin": who waits for goods a participle gives is their recipient."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal or not hit.passive or tok.dep_ not in ("acl", "amod") or hit.trigger.direction != "give":
            continue
        if any(a.trigger == n and a.case == "goal" for a in sentence.parties + sentence.places):
            continue
        goods = tok.head
        for _ in range(3):  # "the first of", "some of": the measure stands for the goods
            if goods.dep_ == "pobj" and goods.head.lower_ == "of" and goods.head.head.i != goods.head.i:
                goods = goods.head.head
        verb = goods.head
        if goods.dep_ == "pobj" and verb.dep_ == "prep":
            prep, verb = verb.lower_, verb.head
        elif goods.dep_ == "dobj":
            prep = ""
        else:
            continue
        if _AWAITING.get(verb.lemma_.lower()) != prep:
            continue
        t = verb
        for _ in range(4):  # "is expected to wait", "has been waiting": the subject above
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None or t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
                break
            t = t.head
        waiter = party_heads.get(subj.i) if subj is not None else None
        if waiter is not None and waiter.entity is not None:
            sentence.parties.append(Arg(waiter.start, waiter.end, waiter.entity, "goal", n, direct=True))


# words of a carrier's make or home on the carrier named ("cargo flights from the UAE", "flights by a
# Belarusian airline", "flights operated by a UAE-registered company"): how a state reaches the carrier
_CARRIER_LINKS = {"conj", "amod", "npadvmod", "compound", "pobj", "prep", "agent", "acl"}
_CARRIER_PREPS = {"from", "by"}


def _carrier_of(tok: Any) -> Any | None:
    """The carrier a state's word qualifies: "flights" for "Belarus" in "Cargo flights from the UAE and
    Belarus", for "UAE" in "flights operated by a Belarusian carrier and a UAE-registered company"."""
    t = tok
    for _ in range(7):
        if t is not tok and t.lemma_.lower() in CARRIERS:
            return t
        if t.dep_ not in _CARRIER_LINKS or t.head.i == t.i:
            return None
        if t.dep_ in ("prep", "agent") and t.lower_ not in _CARRIER_PREPS:
            return None
        if t.dep_ == "acl" and t.tag_ != "VBN":
            return None
        t = t.head
    return None


def carrier_states(sentence: Sentence, tok_of: dict[int, Any]) -> dict[str, list[Arg]]:
    """The states a sentence tells carriers come from or belong to, by the carrier's word ("Cargo
    flights from the UAE and Belarus have landed at Benina": flights -> the UAE, Belarus)."""
    out: dict[str, list[Arg]] = {}
    for a in sentence.parties:
        tok = tok_of.get(a.start)
        if a.entity is None or a.entity.type != "country" or tok is None:
            continue
        carrier = _carrier_of(tok)
        if carrier is not None and not any(b.entity is a.entity for b in out.get(carrier.lemma_.lower(), [])):
            out.setdefault(carrier.lemma_.lower(), []).append(a)
    return out


_POINTING = {"the", "these", "those"}
_GIVERS = {"subj", "agent", "source", "origin"}


def told_carriers_states(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, told: dict[str, list[Arg]]
) -> None:
    """ "Cargo flights from the UAE and Belarus landed at Benina. ... The flights likely carried
    military equipment for the LNA": carriers taken up with "the" carry goods from the states the
    sentences before told them coming from (each a supplier, as "flights from the UAE and Belarus")."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        if hit.nominal or hit.passive or hit.trigger.direction != "move":
            continue
        carrier = next((c for c in doc[tok_i].children if c.dep_ == "nsubj" and c.lemma_.lower() in CARRIERS), None)
        states = told.get(carrier.lemma_.lower(), []) if carrier is not None else []
        if carrier is None or not states or not any(c.lower_ in _POINTING for c in carrier.children):
            continue
        if any(a.trigger == n and a.case in _GIVERS for a in sentence.parties):
            continue
        others = [a for a in sentence.parties if a.trigger == n]
        goods = [it for it in sentence.items if it.trigger == n]
        sentence.parties.append(dataclasses.replace(states[0], case="source", trigger=n, direct=True))
        for state in states[1:]:  # (each state's flights an act of their own, as coordinated suppliers are)
            m = another_act(sentence, hits_tok, hit, tok_i)
            sentence.parties += [dataclasses.replace(a, trigger=m) for a in others]
            sentence.parties.append(dataclasses.replace(state, case="source", trigger=m, direct=True))
            sentence.items += [dataclasses.replace(it, trigger=m) for it in goods]


# a sentence opening on goods told before and their place of make: "The nitrocellulose was produced
# in China", "The chips were manufactured in the United States", "Most of the engines had been made
# in Germany" (the state named right after)
_MADE_TOLD_AFTER = re.compile(
    r"\s*(?:(?:The|These|Those|(?:Most|All|Some|Many) of (?:the|these|those))\s+(?P<goods>(?:[\w-]+\s+){0,2}?[\w-]+)"
    # ("Both were made in China", "All of them were produced in China": every good the sentence before told)
    r"|Both|All|They|(?:Both|All) of them)\s+"
    r"(?:was|were|had been|have been|has been)\s+(?:\w+ly\s+)?(?:produced|made|manufactured|built)\s+in\s+(?:the\s+)?"
)


def _noun_key(word: str) -> str:
    w = word.lower()
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def origins_told_after(sentences: list[Sentence], text: str) -> None:
    """ "A Hong Kong firm sold nitrocellulose to a Russian plant. The nitrocellulose was produced in
    China": the sentence after gives the goods told before their state of make (as "Chinese-made
    nitrocellulose" would), which names the supplier of goods a hub passed on."""
    for before, s in itertools.pairwise(sentences):
        m = _MADE_TOLD_AFTER.match(s.text)
        if m is None or not before.items:
            continue
        at = s.start + m.end()
        state = next((a.entity for a in s.parties if a.start == at and a.entity is not None), None)
        if state is None or state.type != "country":
            continue
        key = _noun_key(m.group("goods").split()[-1]) if m.group("goods") else ""
        for it in before.items:
            # ("microchips" told before, "The chips were ...")
            if it.origin is None and it.entity is None and _noun_key(text[it.start : it.end].split()[-1]).endswith(key):
                it.origin = state


# "Everything points to Iranian origin", "the rifles were of Chinese make": a state of make told on its own
_OF_ORIGIN = re.compile(r"\b(?:of|to)\s+(?:an?\s+)?(?P<adj>[A-Z][a-z]+)\s+(?:origin|make|manufacture)\b")
_STOPPED_LOAD = re.compile(
    r"\b(?:seiz|intercept|interdict|boarded|confiscat|impound|stopped|found|discovered|uncovered)", re.I
)
_ORIGIN_REACH = 3  # sentences back from the telling to the goods it speaks of


def origin_named_after(sentences: list[Sentence], text: str) -> None:
    """ "A frigate intercepted a dhow carrying rifles bound for the Houthis. ... 'Everything points to
    Iranian origin,' an official said": a state of make told a few sentences after goods whose giver
    no sentence names is their origin, as the text frames it (and so their supplier)."""
    for n, s in enumerate(sentences):
        if "origin" not in s.text and "make" not in s.text and "manufacture" not in s.text:
            continue
        for m in _OF_ORIGIN.finditer(s.text):
            at = s.start + m.start("adj")
            state = next((a.entity for a in s.parties if a.start == at and a.entity is not None), None)
            if state is None or state.type != "country":
                continue
            for before in sentences[max(0, n - _ORIGIN_REACH) : n]:
                if not _STOPPED_LOAD.search(before.text):
                    continue  # (only a stopped load's origin is left for a later telling)
                givers = ("subj", "agent", "source", "origin")
                if any(a.case in givers and a.entity is not None for a in before.parties):
                    continue  # (a giver or a make told with the goods: theirs stands)
                for it in before.items:
                    if it.origin is None:
                        it.origin = state


# a state named as where goods told before come from: "China serves as the origin point for many of
# these goods", "Turkey is the main source of such components" (the state named right before)
_ORIGIN_POINT_AFTER = re.compile(
    r"\s+(?:serves\s+as|served\s+as|acts\s+as|is|was|remains|has\s+been)\s+(?:the|a|an)\s+"
    r"(?:(?:main|chief|primary|principal|key|leading|largest|biggest)\s+)?(?:origin(?:\s+point)?|point\s+of\s+origin|source)"
    r"\s+(?:for|of)\s+(?:(?:many|most|much|some|all|part)\s+of\s+)?(?:these|those|such|the)\s+"
    r"(?:goods|items|products|components|parts|chips|microchips|electronics|supplies)\b",
    re.I,
)


def origin_points_told(sentences: list[Sentence], text: str) -> None:
    """ "U.S.-made chips reach Russia through Central Asia. ... China serves as the origin point for
    many of these goods": a later sentence naming the state the parts or dual-use goods told before
    set out from makes it their origin, as the text frames it (the maker's state named on the goods
    is no supplier then)."""
    for n, s in enumerate(sentences):
        if "origin" not in s.text and "source" not in s.text:
            continue  # (most sentences name none: the scan over parties is skipped)
        state = next(
            (
                a.entity
                for a in s.parties
                if a.entity is not None
                and a.entity.type == "country"
                and _ORIGIN_POINT_AFTER.match(text, a.end) is not None
            ),
            None,
        )
        if state is None:
            continue
        for before in sentences[:n]:
            for it in before.items:
                if it.category in TRADE_GOODS:
                    it.origin = state
            for a in before.parties:
                if a.case == "origin" and a.entity is not None and a.entity.id != state.id:
                    a.case = "other"  # ("U.S.-made chips": the make, no supplier now)
