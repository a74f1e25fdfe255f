"""What a language front end hands to the shared assembler: sentences with triggers and arguments.

A front end (Japanese or English) finds, in each sentence, the transfer triggers and the
arguments around them, each argument with a grammatical *case* that is language-neutral:

    subj     the subject or topic (が/は; nsubj)
    agent    the agent of a passive (によって; "by")
    obj      the direct object (を; dobj, "of" after a nominalization)
    goal     where it goes (に/へ/向け; "to", "into", "for")
    source   where it comes from (から/より; "from")
    via      through which (経由; "via", "through")
    origin   the maker's country (イラン製; "Iranian-made", "Iranian")
    gen      a genitive modifier (の; possessive)
    helper   a party said to help the act (手助け; "helped")
    other    anything else

and the trigger each argument attaches to (by the dependency parse where it is clear).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from materiel.extract.dates import DateMention
from materiel.lexicon import Trigger
from materiel.model import TRADE_GOODS, Entity, Quantity

# verbs of goods arriving, whose subject is the goods (「最初の3機が到着した」): shared by the Japanese
# front end and the assembler
ARRIVALS = frozenset({"到着", "届く"})


@dataclass
class TriggerHit:
    start: int
    end: int
    trigger: Trigger
    passive: bool = False
    negated: bool = False
    nominal: bool = False
    status: str | None = None  # set by a front end from the words governing this trigger
    dates: list[DateMention] | None = None  # the dates the parse attaches to this trigger (None: unknown)
    aside: bool = False  # told in passing by the outlet ("Russia, its traditional supplier"): no speaker's claim
    part: bool = False  # moves on a part of what an act before it moved ("one of them was flown on"): an act of its own
    charged: bool = (
        False  # the act a punishment is for (「…を供給したとして制裁」): who punishes is no party, speaking or not
    )
    seized: bool = False  # goods taken on their way there (「フーシ派向けの兵器を押収」): a shipment, not talk
    firm_subject: bool = False  # a firm's deed ("Treasury said the company shipped"): the speaker did not do it
    class_doer: bool = False  # done by states or firms at large (「…を購入する国に対する制裁」): no one named
    # goods a firm based in a third state got for another (「…に登記された企業が、国軍向けに部品を調達」):
    # the seller is left untold, not lent by the acts around it
    for_another: bool = False


@dataclass
class Arg:
    start: int
    end: int
    entity: Entity | None
    case: str
    trigger: int | None = None  # index into Sentence.triggers
    description: str | None = None
    direct: bool = True  # attached by the parse (False: only by order, the nearest trigger)
    foreign: bool = False  # the parse gives it to a predicate that is no trigger (科す, 押収, 侵攻する)
    speech_topic: bool = False  # a topic whose clause is 「…と述べた」: the speaker, unless another is
    user: bool = False  # the one using goods a clause tells given (「ロシア軍は…供給された砲を投入したと述べた」)
    doer: bool = False  # the speaker told as doing the act it tells ("Serbia said the lot had been exported")


@dataclass
class ItemHit:
    start: int
    end: int
    category: str
    entity: Entity | None = None
    quantity: Quantity | None = None
    trigger: int | None = None
    origin: Entity | None = None
    case: str = "obj"
    direct: bool = True
    reverse: bool = False  # goods given in exchange: they flow from recipient to supplier
    name: str | None = None  # a system named in the text that the gazetteer does not know (「J10C」)
    umbrella: bool = False  # a word for goods of any kind ('arms', 「武器」): see the lexicon's cue list


@dataclass
class Attribution:
    speaker: Arg | None = None
    outlet: Arg | None = None
    start: int = 0
    end: int = 0
    fronted: bool = False  # the source comes first and its marker closes it (「Xによると、」)


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    triggers: list[TriggerHit] = field(default_factory=list)
    parties: list[Arg] = field(default_factory=list)
    places: list[Arg] = field(default_factory=list)
    items: list[ItemHit] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    statuses: set[str] = field(default_factory=set)
    cue_spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, status) of cues
    attribution: Attribution | None = None
    denial: bool = False
    modes: list[tuple[int, int, str]] = field(default_factory=list)  # where the text names a mode
    vessels: list[tuple[int, int, str]] = field(default_factory=list)
    # the giving state whose own aid scheme the sentence names (「OSA」: Japan's), which gives the
    # story's grants told with no giver (see discourse.scheme_supplier)
    scheme: Entity | None = None
    # goods a state's own ministry or makers hand to its own forces (domestic supply, no transfer),
    # with that state: a telling of the same count elsewhere that names no giver is the same
    # delivery ("Ukraine's army received 200,000 drones" over the ministry's own delivery)
    home_goods: list[tuple[Entity, ItemHit]] = field(default_factory=list)


# drones told as weapons of war: 「攻撃型無人機」「自爆型ドローン」, "attack drones", "armed UAVs"
_WAR_DRONE = re.compile(
    r"攻撃|自爆|軍用|戦闘|偵察攻撃|徘徊|\b(?:attack|armed|combat|military|kamikaze|loitering|strike|one-way)\b|UCAV",
    re.I,
)
# named drones made for hobby or trade (whoever passes them on, their make supplies them)
_CIVIL_MAKES = ("mat:dji-mavic",)


def _war_drone(it: ItemHit, text: str) -> bool:
    """Whether a drone is told as a weapon of war: a named military system (Wing Loong, Shahed,
    Bayraktar), or one the words on it call so ("attack drones", 「攻撃型無人機」)."""
    if it.entity is not None:
        return it.entity.id not in _CIVIL_MAKES
    return _WAR_DRONE.search(text, max(0, it.start - 14), it.end) is not None


def register_weapons(items: list[ItemHit], text: str) -> bool:
    """Whether goods are weapons as arms registers count them: no parts, dual-use goods or drones of
    no told use, which sanctions reporting counts from their state of make whoever passes them on
    ("Kazakhstan re-exported Chinese drones to Russia"). Drones told as weapons of war are weapons: a
    state handing on Chinese-made Wing Loong drones supplies them itself."""
    return not any(it.category in TRADE_GOODS or (it.category == "drone" and not _war_drone(it, text)) for it in items)
