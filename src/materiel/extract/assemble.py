"""Shared assembler: turn front-end Sentences into Transfers and Claims.

Roles come from the trigger's direction and voice and each argument's case:

    direction  voice    subj       agent/source  goal       obj
    give       active   supplier   supplier      recipient  (item)
    give       passive  recipient  supplier      recipient  -
    receive    active   recipient  supplier      recipient  -
    request    active   recipient  supplier      supplier   -
    move       any      supplier*  supplier      recipient  -       (*active only)

Moves chained in one sentence (into Iran, then on to Russia) become one transfer whose earlier
stops are intermediaries and route legs.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from materiel.extract.claims import confirmed_by_a_party, default_outlet, denials, fill_claim, ident
from materiel.extract.common import FRONT_AFTER, UNDER_WAY, same_kind_word
from materiel.extract.dates import PENALTY_TOLD, DateMention
from materiel.extract.discourse import (
    bought_from_home_makers,
    buyer_of_named_make,
    continue_journeys,
    copy_party,
    headline_parties,
    homeless_maker_supplier,
    hosted_group_supplier,
    inherit_dates,
    inherit_parties,
    landed_on_the_way,
    maker_supplier,
    named_after,
    pledged_to_the_story,
    same_system_supplier,
    scheme_supplier,
    sole_supplier,
)
from materiel.extract.frame import ARRIVALS, Arg, ItemHit, Sentence, TriggerHit, register_weapons
from materiel.extract.restate import (
    headline_follows_body,
    in_headline,
    merge_restated,
    same_party,
    standing_word,
    told_so_far,
)
from materiel.gazetteer import is_former_state
from materiel.model import TRADE_GOODS, Claim, Entity, Item, Party, Quantity, RouteLeg, Span, Transfer
from materiel.recognize import JA_FIRM_KINDS, en_firm_place

_STATUS_ORDER = ("requested", "planned", "alleged", "confirmed", "reported")
_STANCE = {"alleged": "alleges", "reported": "asserts", "confirmed": "confirms", "denied": "denies",
           "planned": "asserts", "requested": "asserts"}  # fmt: skip


@dataclass
class _Draft:
    sentence: Sentence
    trigger: TriggerHit
    supplier: Arg | None = None
    recipient: Arg | None = None
    intermediaries: list[Arg] = field(default_factory=list)
    items: list[ItemHit] = field(default_factory=list)
    legs: list[RouteLeg] = field(default_factory=list)
    tis: list[int] = field(default_factory=list)
    exchange: bool = False
    open_origin: bool = False  # goods of no state's make passed on: no supplier to carry over
    context_dates: list[DateMention] = field(default_factory=list)
    # a later leg of the journey folded in is hedged ("exports to Kyrgyzstan rose, and the goods appear to
    # have been re-exported to Russia"): that the goods reached the receiver is only alleged
    hedged_leg: bool = False
    # the state whose own office tells a giving to no one named (「ウクライナ国防省は、米国が戦車を
    # 供与したと述べた」): the recipient when the context gives none (see _speakers_own_state)
    own_state: Arg | None = None
    # the date told right before this party of a dated list (「2023年にクウェート、24年にイラクへ」)
    list_date: DateMention | None = None


# 「アルメニアの武器輸入」「インドの輸入」: a state's genitive right before a noun of receiving, with
# at most a word for arms between (not 「中国の無人機の購入」, whose genitive is the goods')
_IMPORTER_GEN = re.compile(r"の(?:武器|兵器|防衛装備品?)?")


def _role(direction: str, passive: bool, case: str) -> str | None:
    if case == "topic":
        case = "subj"
    if case == "goal-gen":
        case = "goal"
    if case == "agent" and passive and direction in ("receive", "request"):
        return "recipient"  # "drones bought by Russia", 「ロシアによって購入された」
    if passive and direction == "request" and case == "subj":
        return "supplier"  # 「日本は…の提供を要請されている」, "Japan was asked to send": the one asked gives
    if case in ("agent", "source"):
        return "supplier"
    if case == "goal":
        return "supplier" if direction == "request" else "recipient"
    if case == "subj":
        if direction == "give":
            return "recipient" if passive else "supplier"
        if direction in ("receive", "request"):
            return "recipient"
        if direction == "move":
            return None if passive else "supplier"
    if case == "helper":
        return "intermediary"
    if case == "via":
        return "intermediary"
    return None


def _of_a_state(entity: Entity) -> bool:
    """Whether a speaker may be a party: any but a body of no state (the UN, its panels of experts)."""
    return entity.type != "state-body" or entity.country is not None


def _in_speaker(a: Arg, s: Sentence) -> bool:
    """Whether `a` is a name within the speaker or outlet of the sentence's attribution (a source,
    no party), unless it is the speaker told as using the goods (who got them) or as doing the act."""
    att = s.attribution
    if att is None or a.user or a.doer:
        return False
    return any(sp is not None and sp.start <= a.start and a.end <= sp.end for sp in (att.speaker, att.outlet))


# 「…を受け取ったとインド国防省が」「…を受領した、と国防省が」: a quote closed right before its speaker
_QUOTE_CLOSED_BEFORE = re.compile(r"(?:た|ました|ている|ていた)、?と、?$")
# 「…が発表した」「…は確認した」: a speaker announcing its own news (not one pointing at others',
# 「…と米国防総省が指摘した」)
# (「ギリシャ政府が」「ポーランド国防省は」: the state's own body may follow its name; not an
# official, 「米政府高官が」)
_OWN_NEWS_TOLD = re.compile(
    r"(?:政府|国防省|国防部|外務省|軍|空軍|海軍|陸軍)?(?:が|は)、?(?:[^、。]{0,6}?日、?)?(?:発表|確認|公表|明らかに|認め)"
)


def _receipt_quoted_before(s: Sentence, trig: TriggerHit, speaker: Arg) -> bool:
    """「フランスから戦闘機を受け取ったとエジプト国防省が確認した」: a receipt quoted before its
    speaker, with no taker of its own, is the speaker's (told after the act, as Japanese puts it);
    not where an official tells it (「…を受け取ったと米政府高官が明らかにした」: of others' goods
    as often as of its own)."""
    if speaker.start < trig.end or speaker.description is not None:
        return False
    between = s.text[trig.end - s.start : speaker.start - s.start]
    if len(between) > 8 or "。" in between or _QUOTE_CLOSED_BEFORE.search(between) is None:
        return False
    return _OWN_NEWS_TOLD.match(s.text, speaker.end - s.start) is not None


def _describes_source(trig: TriggerHit, s: Sentence) -> bool:
    """「輸送に関わった情報筋によると」: an act in the clause naming the source, before the speaker
    of a fronted attribution and with no comma in between, describes who speaks."""
    att = s.attribution
    source = att.speaker or att.outlet if att is not None else None
    if att is None or source is None or not att.fronted or not (trig.end <= source.start and source.end <= att.start):
        return False
    return not re.search(r"[、,，。]", s.text[trig.start - s.start : att.start - s.start])


# an office owning up to a delivery it took: "Poland's defence ministry confirmed the delivery of"
_OWNED_DELIVERY = re.compile(
    r"^\s+(?:has\s+|had\s+)?(?:confirmed|announced|welcomed|acknowledged|hailed)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?$"
)


def _sender_told_by_office(d: _Draft, trig: TriggerHit, args: list[Arg], speaker: Arg) -> Arg | None:
    """The sender of a delivery that a state's own office owns up to, named by its noun, from a named
    sender to no one named: "Poland's defence ministry confirmed the delivery of the K2 tanks from
    South Korea" tells of goods reaching the office's own state, as "the tanks had arrived from South
    Korea" does (the office is not the sender the parse makes of the subject of "confirmed"). Only
    an office that confirms or announces it: "Kyiv said the deliveries of shells from North Korea had
    grown" tells of another's deliveries."""
    if not (trig.nominal and trig.trigger.direction == "give" and d.recipient is None):
        return None
    s = d.sentence
    said = s.text[speaker.start - s.start : speaker.end - s.start]
    if _OWN_OFFICE.search(speaker.description or said) is None:
        return None
    if _OWNED_DELIVERY.match(s.text[speaker.end - s.start : trig.start - s.start]) is None:
        return None
    senders = [a for a in args if a.case == "source" and a.entity is not None and not _same(a, speaker)]
    if not senders or (d.supplier is not None and not _same(d.supplier, speaker) and d.supplier not in senders):
        return None
    return senders[0]


# a teller keeping back who supplied the goods: "without naming the country that made them", "did not
# say where the drones came from", "declined to identify the supplier"
_WITHHOLDING = (
    r"\b(?:without\s+(?:naming|identifying|saying|specifying|disclosing)"
    r"|(?:did|does|do|would|could)\s+not\s+(?:name|identify|say|specify|disclose|reveal)"
    r"|(?:declined|refused|would\s+not)\s+to\s+(?:name|identify|say|specify|disclose|reveal))\s+"
)
_WITHHELD = re.compile(
    _WITHHOLDING + r"(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:country|countries|supplier|suppliers|seller|source|origin|maker|manufacturer)\b"
    r"|" + _WITHHOLDING + r"(?:where\b[^.;]{0,50}?\b(?:came|come|comes|originated|were\s+made)\b"
    r"|who\b[^.;]{0,30}?\b(?:supplied|sent|made|provided|delivered|sold)\b|(?:which|what)\s+country)",
    re.I,
)


def _supplier_withheld(d: _Draft) -> bool:
    """Whether the sentence says it leaves the goods' supplier unnamed ("received a new batch of
    drones, without naming the country that made them"): none is to be taken from the context (nor
    from the sentences before: "300 more drones" need not come from the last ones' supplier)."""
    s = d.sentence
    own = d.supplier is not None and s.start <= d.supplier.start < s.end
    return not own and _WITHHELD.search(s.text) is not None


# a lot told as one of a series of deliveries: "the first F-16s", "the last batch of Abrams tanks"
_LOT_IN_SERIES = re.compile(
    r"\b(?:first|second|third|fourth|fifth|last|latest|final|next|new|remaining)\s+(?:[\w-]+\s+){0,3}$", re.I
)


def _speakers_home(d: _Draft) -> Arg | None:
    """The state whose people tell of a lot of goods arriving from another with no destination
    named: "Ukrainian officials said the first F-16s had arrived from Denmark" tells of Ukraine's own
    jets, counted lot by lot as a receiver counts them. Only a fallback: the story may say where such
    goods went ("US officials said the first drones had arrived from Iran", in a story of Russia's
    drones), so it is read after the context; goods told as no lot ("US officials said the drones had
    arrived from Iran") are as often another's as the speakers' own."""
    s0 = d.sentence.start
    if not any(_LOT_IN_SERIES.search(d.sentence.text, 0, it.start - s0) for it in d.items):
        return None
    att = d.sentence.attribution
    speaker = att.speaker if att is not None else None
    if speaker is None or speaker.entity is None or speaker.entity.type != "country" or speaker.description is None:
        return None
    if d.trigger.trigger.direction != "move" or d.recipient is not None or d.supplier is None:
        return None
    if d.supplier.entity is None or d.supplier.entity.type != "country" or _same(d.supplier, speaker):
        return None
    if _embargoed_giver(d):
        return None  # ("US officials said the first drones had arrived from Iran": not in the US)
    s = d.sentence
    told = [a for a in (*s.parties, *s.places) if a.trigger is not None and s.triggers[a.trigger] is d.trigger]
    if any(a.case in ("goal", "goal-gen", "other", "via") for a in told):
        return None  # "had arrived from Denmark at a base in Romania": the goods went where the text says
    return next((a for a in s.parties if a.start == speaker.start and a.case == "subj"), None)


def _office_of_a_state(s: Sentence, speaker: Arg) -> bool:
    """Whether `speaker` is an organ of a state speaking for it (「ウクライナ国防省」「ポーランド政府」
    「フィリピン大統領」, "Ukraine's defence ministry"), not the state's bare name nor a body of no state."""
    if speaker.entity is None or speaker.entity.type not in ("country", "state-body"):
        return False
    if speaker.entity.type == "state-body" and speaker.entity.country is None:
        return False
    said = s.text[speaker.start - s.start : speaker.end - s.start]
    return (
        _OWN_OFFICE.search(speaker.description or said) is not None
        or _OFFICE_AFTER.match(s.text, speaker.end - s.start) is not None
    )


# states whose arms exports the UN Security Council bars (North Korea, resolution 1718; Iran, 2231
# and its 2025 snapback): a state's office tells their deliveries as intelligence on others, never
# as its own receipt
_EMBARGOED_EXPORTERS = frozenset({"Q423", "Q794"})


def _embargoed_giver(d: _Draft) -> bool:
    """Whether the giver is a state under a UN embargo on its arms exports (「英国防省によると、イランは
    弾道ミサイルを供与した」): the speaking office's own state is then no recipient it can mean."""
    return d.supplier is not None and d.supplier.entity is not None and d.supplier.entity.id in _EMBARGOED_EXPORTERS


def _third_state_named(d: _Draft, sentences: list[Sentence]) -> bool:
    """Whether the paragraph so far names a state besides the giver and the speaking office's own
    (「ロシア軍は砲弾不足に直面している。英国防省は、北朝鮮が砲弾を供与したと述べた」): the office may be
    telling a third state's receipt, so its own state is no sure recipient."""
    own = {a.entity.id for a in (d.own_state, d.supplier) if a is not None and a.entity is not None}
    return any(
        a.entity is not None and a.entity.type == "country" and a.entity.id not in own
        for x in sentences
        for a in x.parties
    )


def _tells_own_receipt(s: Sentence, trig: TriggerHit, speaker: Arg) -> bool:
    """Whether a state's office may be telling a giving to its own state, the recipient left unsaid
    (「ウクライナ国防省は、米国が戦車を供与したと述べた」): a plain statement of the giver's deed, not
    an assessment (「…が供与されたとの分析を示した」: what others got), nor one the office tells as well
    as others (「日本政府も」), nor deliveries it talks about as a noun ("the deliveries from North Korea
    had grown")."""
    if trig.nominal or trig.passive or "alleged" in s.statuses:
        return False
    # (the giving is what is told, not a clause on goods: 「英国が供与したミサイルで…攻撃された」)
    if _TOLD_ACT.match(s.text, trig.end - s.start) is None:
        return False
    return _office_of_a_state(s, speaker) and _SAYS_TOO.match(s.text, speaker.end - s.start) is None


def _office_source_of_receipt(d: _Draft, speaker: Arg, party_speaker: Arg) -> bool:
    """Whether a state's office named as the source the sentence opens on (「ウクライナ国防省によると、
    ドイツは戦車を引き渡した」「ウクライナ国防省の発表では、戦車が届いた」) tells a giving or an arrival
    to no one named, which went to its own state as much as one it tells with 「…と発表した」 does (see
    _tells_own_receipt). The source is no side of the act it tells, so it gives nothing."""
    s, trig = d.sentence, d.trigger
    att = s.attribution
    if att is None or not att.fronted or party_speaker.case not in ("agent", "gen"):
        return False
    if trig.trigger.direction not in ("give", "move") or trig.nominal or trig.passive or "alleged" in s.statuses:
        return False
    if d.recipient is not None or _same(party_speaker, d.supplier):
        return False
    # (the giving is what is told, not a clause on goods: 「フランスが供与したミサイルで…攻撃が行われた」)
    if _ACT_ITSELF_TOLD.match(s.text, trig.end - s.start) is None:
        return False
    return _office_of_a_state(s, speaker) and _SAYS_TOO.match(s.text, speaker.end - s.start) is None


# the end of an act told for itself: its clause closes (「送った。」「送り、」「届いたという」「渡していたこと」)
_ACT_ITSELF_TOLD = re.compile(r"[ぁ-ゖ]{0,12}?(?:[。、」]|と|こと|$)")
# a speaker told with も: 「日本政府も、」「韓国も」
_SAYS_TOO = re.compile(r"の?[一-龯ァ-ヶー・]{0,8}?も")
# the act's own ending, then the words that tell it: 「供与したと述べた」「引き渡したことを明らかにした」
_TOLD_ACT = re.compile(
    r"[ぁ-ゖ]{0,10}?(?:と|ことを)、?[^、。]{0,8}?(?:述べ|発表|明らかに|語|説明|話|強調|表明|公表|報告|確認|認め)"
)


# an office named right after its state's name, which the name alone covers: 「ポーランド政府は」
# 「ウクライナの国防省は」「フィリピンのマルコス大統領は」
_OFFICE_AFTER = re.compile(r"の?[一-龯ァ-ヶー・]{0,8}?(?:省|政府|大統領|首相|軍|国防相|外相|報道官)(?=[はがも、])")


def _made_elsewhere(d: _Draft, trig: TriggerHit, speaker: Arg) -> bool:
    """Whether an act named by a noun carries goods of another state's make than the speaker's: "the
    panel said the shipments of Iranian missiles to the Houthis violated the embargo" speaks of an act
    the goods' maker did; the speaker only talks about it (the origin supplies, not the speaker). Only
    goods after the noun, in its own phrase ("of Iranian missiles"): goods told before it, as in a
    headline 「…にトルコ製無人機　…、UAEはRSF支援を否定」, are another act's."""
    return trig.nominal and any(
        it.origin is not None
        and speaker.entity is not None
        and it.origin.id != speaker.entity.id
        and it.start >= trig.end
        and it.start - trig.end <= 40
        for it in d.items
    )


def _arrival_of_bought(d: _Draft, topic: Arg) -> bool:
    """「インドネシアはフランスからラファール42機を購入しており、最初の3機が今年1月に到着した」: goods
    arriving in the clause after the topic's own purchase arrive at the topic, who bought them (not
    the sender)."""
    s, trig = d.sentence, d.trigger
    if trig.trigger.lemma not in ARRIVALS or d.supplier is not None or d.recipient is not None:
        return False
    return any(
        h.end <= trig.start
        and h.trigger.direction == "receive"
        and any(a is topic for a in s.parties if a.trigger == k)
        for k, h in enumerate(s.triggers)
    )


def _group_at_home(recipient: Arg, place: Arg) -> bool:
    """「イランからフーシ派への武器がイエメンに持ち込まれる」: a group's own state, named as where its goods
    are brought, is where it receives them, no stop on the way past it."""
    group, state = recipient.entity, place.entity
    return (
        group is not None
        and state is not None
        and group.type != "country"
        and state.type == "country"
        and group.country is not None
        and group.country == state.country
    )


def _home_state_left(d: _Draft, args: list[Arg], direction: str) -> None:
    """「ハシド・シャアビは、ロケット弾をイラクからシリアへ運んだ」: goods a group moves out of its own
    state come from the group; the state is only where the journey starts (its route keeps it)."""
    src = d.supplier
    if (
        direction not in ("give", "move")
        or d.trigger.passive
        or src is None
        or src.case != "source"
        or src.entity is None
        or src.entity.type != "country"
    ):
        return
    home = src.entity.country
    movers = [a for a in args if a.case in ("subj", "topic") and a.direct and a.end <= d.trigger.start]
    for a in movers:
        if home is not None and a.entity is not None and a.entity.type != "country" and a.entity.country == home:
            d.supplier = a
            return


def _giver_from_a_stop(d: _Draft, args: list[Arg]) -> None:
    """「イランはオマーンから陸路でフーシ派に武器を送った」, "Iran sent rifles to the Houthis from Oman":
    the subject of an active act of giving gives; a state the goods set out from is a stop on their
    way (a go-between), not the giver. So does a state told carrying goods (「北朝鮮は中国の港から船で
    ロシアに砲弾を運んだ」). (Not goods moved on from where they were held, 「北朝鮮はロシアから砲弾を
    シリアに移した」: they were that state's.)"""
    src = d.supplier
    if d.trigger.trigger.direction not in ("give", "move") or d.trigger.trigger.kind == "transfer" or d.trigger.passive:
        return
    if d.recipient is None:
        return
    if src is None or src.case != "source" or src.entity is None or src.entity.type != "country":
        return
    giver = next(
        (
            a
            for a in args
            if a.case in ("subj", "topic") and a.direct and a.end <= d.trigger.start and a.entity is not None
        ),
        None,
    )
    if giver is None or _same(giver, src) or _same(giver, d.recipient):
        return
    d.intermediaries.append(src)
    d.supplier = giver


# 「…の供与について説明を求めた」「…の輸出に関して懸念を伝えた」: an act named as what is spoken about
_MATTER_OF_TALK = re.compile(
    r"(?:など)?(?:について|に関して|に関する|に関し|をめぐって|をめぐり|をめぐる|を巡って|を巡り|を巡る)"
)
# the one spoken to: 「イランに対し、」「中国に対して」
_SPOKEN_TO = re.compile(r"(?:政府|当局|側)?に対し(?:て)?、?")
# the one accused or punished over an act told before it: 「…をめぐり、米国はイランを非難した」
_ACCUSED = re.compile(r"(?:政府|当局|側)?(?:を(?:強く)?(?:非難|批判|追及)|に(?:強く)?抗議|に(?:対し)?(?:て)?制裁)")


def _addressee_acts(d: _Draft) -> None:
    """「米国はイランに対し、ロシアへのミサイル供与について説明を求めた」: an act named as what the
    speaker takes another up on is the one spoken to's (Iran's supply), not the speaker's (with no one
    spoken to, 「日本はフィリピンへの護衛艦の輸出について協議を始めた」, the speaker's own)."""
    s = d.sentence
    if d.trigger.trigger.direction not in ("give", "move"):
        return
    for a in s.parties:
        if a.entity is None or _same(a, d.recipient) or _same(a, d.supplier):
            continue
        told_to = a.case == "goal" and a.end <= d.trigger.start and _SPOKEN_TO.match(s.text, a.end - s.start)
        accused = a.start >= d.trigger.end and _ACCUSED.match(s.text, a.end - s.start)
        if told_to or accused:
            d.supplier = Arg(a.start, a.end, a.entity, "source", a.trigger, a.description, a.direct)
            return


def _goods_between(s: Sentence, first: Arg, later: Arg) -> bool:
    """Whether goods are named between two destinations (「ヨルダンに持ち込んだ武器をハマスに」): the
    first is where a clause on the goods took them."""
    return any(first.end <= it.start and it.end <= later.start for it in s.items)


# 「イランによる対ロシア無人機」: による and a compound noun with no particle of its own, up to an act noun
_AGENT_OF_NOUN = re.compile(r"による[^、。をがはにへでとやも「」]{1,16}")


# verbs of goods that go of themselves (「部品がロシアに流れた」「砲弾も前線に届いた」): the goods are their subject
_GOODS_GO = frozenset({"流れる", "流れ込む", "流入", "渡る", "届く", "到着"})


def _goods_go_of_themselves(d: _Draft) -> bool:
    """Whether the act is goods going of themselves, told with the goods as its subject: in 「北朝鮮は
    ロシアに砲弾を供与し、中国製の部品もロシアに流れている」 the topic gave the shells, not the parts."""
    return d.trigger.trigger.lemma in _GOODS_GO and any(it.case == "subj" for it in d.items)


# 「トルコを中継地とした部品のロシアへの迂回輸出」「中国を経由した…輸出」: a way told in a clause on the
# noun of the act, with no clause's subject, topic or comma between
_WAY_OF_NOUN = re.compile(r"[^、。,はが\sA-Za-z]{1,40}")


def _draft(s: Sentence, ti: int) -> _Draft | None:
    trig = s.triggers[ti]
    if _describes_source(trig, s):
        return None
    d = _Draft(s, trig, tis=[ti])
    direction = trig.trigger.direction
    args = [a for a in s.parties if a.trigger == ti and not _in_speaker(a, s)]
    if trig.nominal:
        # 「イランのロシアへの供与」: a genitive before a nominal trigger is its agent
        for a in args:
            if a.case == "gen" and a.end <= trig.start and direction in ("give", "move"):
                a.case = "subj"
            elif (
                a.case in ("gen", "origin")
                and direction == "receive"
                and _IMPORTER_GEN.fullmatch(s.text, a.end - s.start, trig.start - s.start)
            ):
                a.case = "subj"  # 「アルメニアの武器輸入」: the state whose imports they are receives
            elif a.case == "agent" and direction == "receive" and a.end <= trig.start:
                a.case = "subj"  # 「トルコによるF35の購入」: who does the buying receives
    if trig.nominal:
        # a noun (供与, "delivery") takes arguments the parse hangs on it, or ones right before it
        # (「イランによる対ロシア無人機供与」: the agent of the noun, however long the compound after it)
        args = [
            a
            for a in args
            if a.direct
            or 0 <= trig.start - a.end <= 8
            or (a.case == "agent" and _AGENT_OF_NOUN.fullmatch(s.text, a.end - s.start, trig.start - s.start))
            or (a.case == "via" and _WAY_OF_NOUN.fullmatch(s.text, a.end - s.start, trig.start - s.start))
        ]
    # the parse's own arguments first; among subjects the embedded が before the topic は,
    # and a country owning the destination (goal-gen) only when nothing else is the goal
    rank = {"subj": 0, "topic": 1, "goal-gen": 3}
    if trig.passive:
        rank["goal"] = -1  # 「Aが対象で、Aにはレーダーが引き渡される」: the passive's に receives
    args = sorted(args, key=lambda a: (rank.get(a.case, 0), not a.direct, a.start))
    for a in args:
        role = _role(direction, trig.passive, a.case)
        if role == "supplier" and d.supplier is None:
            d.supplier = a
        elif role == "recipient" and d.recipient is None:
            d.recipient = a
        elif role == "recipient" and a.case == "goal" and _home_of(d.recipient, a):
            d.recipient = a  # "smuggled into Yemen for the Houthis": the group its own country holds receives
        elif (
            role == "recipient"
            and d.recipient is not None
            and a.case == "goal"
            # (「イラクからヨルダンに持ち込んだ武器をハマスに流していた」: an onward act's goods brought
            # to a first stop by the clause on them, the goods between the two)
            and (
                direction == "move"
                or (direction == "give" and trig.trigger.onward and _goods_between(s, d.recipient, a))
            )
        ):
            if _same(a, d.recipient) or any(_same(a, g) for g in _coordinated(s, d.recipient)):
                continue  # ("intended for Hamas and Islamic Jihad cells": two ends, split below, no stop)
            if _group_at_home(d.recipient, a):
                continue
            if a.start > d.recipient.start:  # the last stop named is where the goods end up
                # (「セルビアに対し、同国経由で…ウクライナに渡っている」: a stop named twice is one stop)
                if not any(_same(d.recipient, b) for b in d.intermediaries):
                    d.intermediaries.append(d.recipient)
                d.recipient = a
            else:
                d.intermediaries.append(a)
        elif role == "intermediary" and not any(_same(a, b) for b in d.intermediaries):
            d.intermediaries.append(a)  # (「アラブ首長国連邦(UAE)」: a name and its gloss are one)
    _home_state_left(d, args, direction)
    _group_arms_at_home(d)
    _giver_from_a_stop(d, args)
    if direction == "move" and d.supplier is not None and d.supplier.case == "topic" and _same(d.supplier, d.recipient):
        # 「アルメニアは…、インド製の自走砲が先月、同国に到着した」: goods arriving at the topic's own
        # state come to it; it is no mover of them
        d.supplier = None
    d.items = [it for it in s.items if it.trigger == ti]
    if any(it.direct for it in d.items):
        d.items = [it for it in d.items if it.direct]
    if not d.items:
        # items the parse hung elsewhere (on a verb with no parties of its own) still belong here
        with_parties = {a.trigger for a in s.parties}
        # (not goods put to another use, 「国内で武器を生産」, whose trigger the front end marks -1)
        d.items = [it for it in s.items if it.trigger is None or (it.trigger not in with_parties and it.trigger >= 0)]
    # 「Xは、Aを売却して以来、Bを送った」: the sentence's topic is the subject of each predicate
    topics = [
        a
        for a in s.parties
        if a.case == "topic"
        and a.start < trig.start
        and not _in_speaker(a, s)
        and not a.speech_topic
        and not a.foreign
        and not trig.class_doer
    ]
    if topics:
        topic = topics[-1]
        if _arrival_of_bought(d, topic):
            d.recipient = topic
        elif (
            direction in ("give", "move")
            and not trig.passive
            and d.supplier is None
            and not _same(topic, d.recipient)
            and not _goods_go_of_themselves(d)
        ):
            d.supplier = topic
        elif direction in ("receive", "request") and d.recipient is None and not _same(topic, d.supplier):
            d.recipient = topic
    # 「武器と引き換えに食料を提供」: what is sought in exchange goes the other way, and is sought
    if d.items and all(it.reverse for it in d.items):
        d.supplier, d.recipient = d.recipient, d.supplier
        d.exchange = True
    else:
        d.items = [it for it in d.items if not it.reverse]
    # 「XはYに…を提供すると述べた」: the speaking topic is the act's elided subject
    att = s.attribution
    speaker = att.speaker if att is not None else None
    if speaker is not None and speaker.entity is not None and speaker.entity.type != "media":
        party_speaker = next((a for a in s.parties if a.start == speaker.start), None)
        # (one denying an act named before it speaks of its own act: 「ロシアへの砲弾供与について、北朝鮮は否定」)
        told_after = s.denial and trig.nominal
        # ("Ukraine's defence minister said the jets had arrived": the state owning its speaking office)
        office = speaker.description is not None and _OWN_OFFICE.search(speaker.description) is not None
        if (
            party_speaker is not None
            # (「米財務省は、…を供給したとして…企業を制裁対象に指定したと発表した」: who punishes the act)
            and not trig.charged
            and not trig.firm_subject
            and not trig.class_doer
            and (party_speaker.case in ("topic", "subj") or (party_speaker.case == "gen" and office))
            and (
                party_speaker.start < trig.start
                or told_after
                or (office and direction == "move")
                or (direction == "receive" and _receipt_quoted_before(s, trig, speaker))
            )
        ):
            if (
                direction == "give"
                and not trig.passive
                and d.supplier is None
                and not _same(party_speaker, d.recipient)
                # (「…スホイ35の供与はその見返りだとみている」: an act the speaker talks about as a
                # topic of its own is not the speaker's doing)
                and not (trig.nominal and s.text[trig.end - s.start : trig.end - s.start + 1] in ("は", "が"))
                and not _made_elsewhere(d, trig, party_speaker)
                # ("the UN Panel of Experts said the drones were of Iranian origin and shipped to Yemen": a
                # body of no state gives nothing)
                and _of_a_state(speaker.entity)
            ):
                d.supplier = party_speaker
            elif (sender := _sender_told_by_office(d, trig, args, speaker)) is not None:
                d.supplier, d.recipient = sender, party_speaker
            elif direction == "give" and not _same(party_speaker, d.supplier) and _tells_own_receipt(s, trig, speaker):
                d.own_state = party_speaker
            # the destination speaks: 「ウクライナは…が到着したと発表」, "Ukraine's defence ministry said the
            # tanks had arrived"; people of a state ("US officials said the drones had arrived from
            # Iran") tell of others' goods as often as of their own
            elif direction == "request" and d.recipient is None and not _same(party_speaker, d.supplier):
                d.recipient = party_speaker
            elif direction == "receive" and d.recipient is None and not _same(party_speaker, d.supplier):
                # (a described speaker who is the act's own subject receives: "Ukraine's defence
                # minister thanked Germany for delivering ...")
                own = party_speaker.trigger is not None and s.triggers[party_speaker.trigger] is trig
                if speaker.description is None or own:
                    d.recipient = party_speaker
            elif (
                direction == "move"
                and d.recipient is None
                and d.supplier is not None
                and not _same(party_speaker, d.supplier)
                # (a state's own office speaks for it: "Ukraine's defence minister said the jets had arrived")
                and (speaker.description is None or office)
                # ("UN sanctions monitors said flights carried weapons": a body of no state receives nothing)
                and _of_a_state(speaker.entity)
            ):
                d.recipient = party_speaker
        elif party_speaker is not None and _office_source_of_receipt(d, speaker, party_speaker):
            d.own_state = party_speaker
    # an origin (イラン製, "Iranian-made") supplies when nothing else does
    # (a maker is no supplier: "Texas Instruments-made chips" name a company, not a party)
    # (nor a state that no longer exists: a Soviet-made jet reaching Ukraine now comes from someone)
    if d.supplier is None:
        for it in d.items:
            if it.origin is not None and it.origin.type != "company" and not is_former_state(it.origin):
                d.supplier = _joint_maker(s, it) or Arg(it.start, it.start, it.origin, "origin")
                break
    if d.supplier is None and trig.trigger.direction in ("give", "move"):
        origins = [
            a
            for a in args
            if a.case == "origin" and not (a.entity and (a.entity.type == "company" or is_former_state(a.entity)))
        ]
        if origins:
            d.supplier = origins[0]
    if trig.nominal and _MATTER_OF_TALK.match(s.text, trig.end - s.start):
        _addressee_acts(d)
    return d


# ("to Russia and to the Houthis": the preposition said again before the second party)
_CONJ = re.compile(
    r"^\s*(?:と|や|、|・|および|及び|ならびに|のほか、?|のほかに、?|,|and|, and|as well as)(?:\s+to)?(?:\s+the)?\s*$",
    re.I,
)
_SUBJECTS = frozenset({"subj", "topic"})


def _joint_maker(s: Sentence, it: ItemHit) -> Arg | None:
    """ "Franco-Italian SAMP/T systems", "German-Norwegian submarines", "German and French tanks": the
    goods' state of make told joined by a hyphen or a conjunction to another's, as its own party
    (split with the other by `_coordinated`), or None."""
    said = next((a for a in s.parties if a.case == "origin" and a.entity is it.origin and a.end <= it.start), None)
    if said is None:
        return None
    if any(_joint_make(a, said, s) or _joint_make(said, a, s) for a in s.parties):
        return said
    group = _coordinated(s, said)
    return said if len(group) > 1 and all(a.case == "origin" for a in group) else None


def _joint_make(a: Arg, b: Arg, s: Sentence) -> bool:
    """Whether states of make `a` and `b` are written as one joint make ("Anglo-French")."""
    between = s.text[a.end - s.start : b.start - s.start]
    return a.case == b.case == "origin" and a.entity is not b.entity and between == "-"


def _joinable(a: Arg, b: Arg) -> bool:
    """A party after 'and' that is the subject of a clause of its own joins no party before it
    that is not a subject: 'handed over … to Ukraine, and Spain said it would send …'; nor does a
    party another act holds ('tanks from Poland and Czech-made launchers from the Czech Republic')."""
    if a.trigger is not None and b.trigger is not None and a.trigger != b.trigger:
        return False
    # (a party set apart from every act, as a headline's 「米国、…企業を制裁」 sanctioning, joins none)
    if any(x.case == "other" and x.trigger is None for x in (a, b)):
        return False
    return not (b.case in _SUBJECTS and a.case not in _SUBJECTS)


def _fused(a: Arg, b: Arg, between: str) -> bool:
    """「米英両国」「日米」: one-kanji state abbreviations written together are coordinated."""
    return not between and a.end - a.start == 1 and b.end - b.start == 1


def _told_apart(between: str, s: Sentence, later: Arg) -> bool:
    """「ベトナムのほか、インドネシアへの…供与も決まった」: a party before のほか, with the later one's act
    told with も (also), was told apart; 「ウクライナのほか、エチオピアに輸出された」 lists both, and so
    does a も on the later party itself (「フィリピンのほか、ベトナムにも巡視船を供与した」: to both)."""
    tail = s.text[later.end - s.start : later.end - s.start + 20]
    return "ほか" in between and "も" in tail and _PARTY_ALSO.match(tail) is None


# 「ベトナムにも」「ポーランドやモロッコなどにも」: also said of the party (and those listed with it)
_PARTY_ALSO = re.compile(r"(?:(?:や|と|、|・)[^、。をがはにへも]{1,12}?)*(?:など|等)?(?:に|へ|から|が|は)?も")


def _set_beside_also(between: str, s: Sentence, first: Arg, later: Arg) -> bool:
    """「FA50は、ポーランドのほかマレーシアも導入を決めた」: a party set beside (のほか) the subject of the
    act, which also (も) does it, does it too, though the front end takes it for no subject."""
    if "ほか" not in between or first.case != "other" or first.trigger != later.trigger:
        return False
    return _PARTY_ALSO.match(s.text[later.end - s.start : later.end - s.start + 20]) is not None


def _apposed_owner(between: str, first: Arg, later: Arg) -> bool:
    """ "for the Africa Corps, the defence ministry's successor to Wagner": a possessor after a bare
    comma owns the noun of an apposition on the party before; it is no second party."""
    return later.case == "gen" and first.case != "gen" and between.strip().startswith(",") and "and" not in between


def _owner_start(s: Sentence, a: Arg) -> int:
    """Where a party starts with the state owning it named before (「レバノンのヒズボラ」)."""
    owner = next((p for p in s.places if p.end + 1 == a.start and s.text[p.end - s.start] == "の"), None)
    return owner.start if owner is not None and owner.entity is not None and owner.entity.type == "country" else a.start


# 「ドイツはデンマークと共同で、」「米国はドイツとともに」: the topic, then the partner it acts with
_JOINT_PARTNER = re.compile(r"と(?:共同で|ともに|共に|協力して|連携して|一緒に)")
_JOINT_BETWEEN = re.compile(r"(?:は|が)、?")


def _joint_partner(s: Sentence, first: Arg, later: Arg, between: str) -> bool:
    """「ドイツはデンマークと共同で、戦車を供与している」: a partner the front end made a doer beside the
    topic (the same case, on the same act) is coordinated with it."""
    return (
        _JOINT_BETWEEN.fullmatch(between) is not None
        and first.case == later.case
        and first.trigger == later.trigger
        and _JOINT_PARTNER.match(s.text, later.end - s.start) is not None
    )


# a share's runners-up: "the United States accounted for 45 percent of Ukraine's imports, followed by
# Germany (12 percent) and Poland (11 percent)" ("followed by" before the first, a share and "and"
# between the next)
_RUNNER_UP_FIRST = re.compile(r",?\s+followed\s+(?:closely\s+)?by\s+(?:the\s+)?$")
_RUNNER_UP_NEXT = re.compile(
    r"\s*(?:\(\s*[\d.,]+\s*(?:percent|per\s+cent|%)\s*\)|with\s+[\d.,]+\s*(?:percent|per\s+cent|%))?"
    r"\s*(?:,\s*|\s+and\s+|,\s*and\s+)(?:the\s+)?"
)


def _runners_up(s: Sentence, last: Arg, ordered: list[Arg]) -> list[Arg]:
    """The parties ranked after `last` on the same act in the same place ("..., followed by Germany
    with 12 percent and Poland with 11 percent"): each holds its own share of the trade."""
    out: list[Arg] = []
    for a in ordered:
        if a.start <= last.end or a.entity is None or a.trigger != last.trigger or a.case != last.case:
            continue
        ranked = (
            _RUNNER_UP_NEXT.fullmatch(s.text, out[-1].end - s.start, a.start - s.start)
            if out
            else _RUNNER_UP_FIRST.search(s.text, 0, a.start - s.start)
        )
        if ranked is not None:
            out.append(a)
        elif out:
            break
    return out


# 「2023年にクウェート、」「同年12月には」: what stands between a date and the party it dates in a list
_DATE_TO_PARTY = re.compile(r"(?:に|には|、)?")
_PARTY_TO_DATE = re.compile(r"(?:に|へ|には)?、")


def _date_right_before(s: Sentence, a: Arg) -> DateMention | None:
    """The date told right before party `a` (「24年にイラク」), if any."""
    for x in s.dates:
        if not x.iso or x.statement or x.end > a.start:
            continue
        if _DATE_TO_PARTY.fullmatch(s.text, x.end - s.start, a.start - s.start):
            return x
    return None


def _dated_list(s: Sentence, a: Arg, b: Arg) -> bool:
    """「トルコはTB2を2023年にクウェート、24年にイラクへ輸出した」: parties each after a date of its
    own, listed on one act, are coordinated (each with its own date)."""
    x = _date_right_before(s, b)
    if x is None or x.start < a.end or _date_right_before(s, a) is None:
        return False
    return _PARTY_TO_DATE.fullmatch(s.text, a.end - s.start, x.start - s.start) is not None


def _coordinated(s: Sentence, first: Arg) -> list[Arg]:
    """The parties coordinated with `first` (「デンマークとオランダが」, "the Netherlands and Denmark")."""
    group = [first]
    ordered = sorted(s.parties, key=lambda a: a.start)
    for a in ordered:
        if a.start <= group[-1].start or a.entity is None:
            continue
        between = s.text[group[-1].end - s.start : _owner_start(s, a) - s.start]
        joined = _CONJ.match(between) or _fused(group[-1], a, between) or _joint_make(group[-1], a, s)
        joined = joined or _joint_partner(s, group[-1], a, between) or _dated_list(s, group[-1], a)
        if joined and (_told_apart(between, s, a) or _apposed_owner(between, group[-1], a)):
            joined = False
        if joined and _joinable(group[-1], a) and not any(_same(a, g) for g in group):
            group.append(a)
        elif a.start > group[-1].end + 8:
            break
    group += [a for a in _runners_up(s, group[-1], ordered) if not any(_same(a, g) for g in group)]
    # and backwards: the role went to the last conjunct
    for a in reversed(ordered):
        if a.end > group[0].start or a.entity is None:
            continue
        between = s.text[a.end - s.start : _owner_start(s, group[0]) - s.start]
        joined = _CONJ.match(between) or _fused(a, group[0], between) or _joint_make(a, group[0], s)
        joined = joined or _dated_list(s, a, group[0])
        if joined and _told_apart(between, s, group[0]):
            joined = False
        # ("delivered helicopters to Mali and Niger bought drones": Niger's own clause joins no Mali)
        joinable = _joinable(a, group[0]) or (joined and _set_beside_also(between, s, a, group[0]))
        if joined and joinable and not any(_same(a, g) for g in group):
            group.insert(0, a)
        else:
            break
    return group


def _clone(d: _Draft, **changes: Any) -> _Draft:
    """A copy of a draft with its own lists (its dates and marks kept), with `changes` set."""
    copy = replace(d, intermediaries=list(d.intermediaries), items=list(d.items), legs=list(d.legs), tis=list(d.tis))
    for name, value in changes.items():
        setattr(copy, name, value)
    return copy


def _split_coordinated(d: _Draft, roles: tuple[str, ...] = ("supplier", "recipient")) -> list[_Draft]:
    """Coordinated suppliers (or recipients) make one transfer each, as analysts count them (both
    sides coordinated, 「マリとニジェールはトルコとロシアから兵器を購入した」, make one for each pair)."""
    for k, role in enumerate(roles):
        arg = getattr(d, role)
        if arg is None or arg.entity is None or not arg.end > arg.start:
            continue
        group = _coordinated(d.sentence, arg)
        if len(group) > 1:
            out = []
            dated = all(_dated_list(d.sentence, x, y) for x, y in itertools.pairwise(group))
            for a in group[:6]:
                clone = _clone(d, **{role: a})
                if dated:
                    clone.list_date = _date_right_before(d.sentence, a)
                if not (_same(clone.supplier, clone.recipient) or any(_same(a, i) for i in clone.intermediaries)):
                    out += _split_coordinated(clone, roles[k + 1 :])
            if role == "supplier":
                _goods_by_make(out)
            return out or [d]
    return [d]


def _goods_by_make(drafts: list[_Draft]) -> None:
    """ "Germany and the United States sent Marder and Bradley fighting vehicles": coordinated
    suppliers and named systems each of one supplier's make give each supplier its own make (goods
    with no make stay with all). Where a make is no supplier's, or a supplier has none of its own
    ("Germany and Norway sent Leopard tanks"), all goods stay with all."""
    makes = [d.supplier.entity.country if d.supplier and d.supplier.entity else None for d in drafts]
    named = [it for it in drafts[0].items if it.entity is not None] if drafts else []
    if len(drafts) < 2 or None in makes or len(set(makes)) < len(makes) or not named:
        return
    if any(it.entity is None or it.entity.country not in makes for it in named):
        return
    if any(not any(it.entity is not None and it.entity.country == m for it in named) for m in makes):
        return
    for d, make in zip(drafts, makes, strict=True):
        d.items = [it for it in d.items if it.entity is None or it.entity.country == make]


# a state's own office, which tells of goods reaching that state (not "officials" or "intelligence",
# who tell as often of others' goods): "Ukraine's defence minister", 「ウクライナ国防省」
_OWN_OFFICE = re.compile(
    r"(?:minist(?:er|ry)|president|presidency|prime minister|premier|government|spokes(?:man|woman|person)"
    r"|air force|navy|army|armed forces|military|defen[cs]e (?:department|agency)|大臣|省|大統領|首相|政府|報道官)$",
    re.I,
)


# goods made in a part of the world, not a state: 「欧米製の」「西側の」, "Western-made", "European"
_REGION_MADE = re.compile(
    r"(?:(?:欧米|西側|西欧|欧州|ヨーロッパ|日米欧|先進国)(?:諸国)?(?:製|産|企業製)?の?"
    r"|\b(?:Western|European|EU)(?:-(?:made|manufactured|produced|sourced|origin|branded|brand|designed))? )$"
)


# "chips designed in the United States and Europe", 「欧米で製造された」: made in a part of the world
_REGION_MADE_AFTER = re.compile(
    r"\s+(?:designed|made|manufactured|produced|built)\s+(?:in|by)\s+[^,.;]{0,40}?"
    r"\b(?:Europe|European|the West|Western)\b",
    re.I,
)


def _region_made(it: ItemHit, text: str) -> bool:
    return bool(_REGION_MADE.search(text, max(0, it.start - 24), it.start) or _REGION_MADE_AFTER.match(text, it.end))


# the words of handing goods on from one's own stocks besides a sale: "passed them on", 「横流し」
_HANDS_ON = frozenset({"pass", "横流し"})


def _sells_on(t: TriggerHit) -> bool:
    """Whether an onward act hands the goods on (re-export, resell, 転売, "passed them on",
    「横流し」), not only moves them through (中継, transship, reroute, 迂回輸出: a detour, nor goods
    that only came handed on: 「イランから届いたロケット弾を…に引き渡した」)."""
    lemma = t.trigger.lemma
    return (t.trigger.kind in ("sale", "export") or lemma in _HANDS_ON) and not lemma.startswith("迂回")


# "Swiss-made ", "Chinese-origin ": a state's make told right before the goods' words
_MADE_ON_GAP = re.compile(r"-(?:made|manufactured|produced|built|origin)\s+(?:[\w-]+\s+){0,2}")


def _made_on(a: Arg, it: ItemHit, text: str) -> bool:
    """Whether the origin party is told on the goods themselves: "Swiss-made navigation modules"."""
    return a.end <= it.start and _MADE_ON_GAP.fullmatch(text, a.end, it.start) is not None


def _onward_origin(d: _Draft, text: str) -> None:
    """Goods of one state's make passed on by another (re-exported, resold, diverted) come, as
    sanctions analysts count them, from the state of make, and the one passing them on goes between:
    'a Kyrgyz firm re-exported Chinese-made chips to Russia' is China to Russia via Kyrgyzstan. Parts
    and dual-use goods are counted so whatever the verb ('a Hong Kong firm sent US-made chips'), and so
    are weapons a firm ships ('a UAE-based broker shipped Iranian rockets to Russia': the firm goes
    between); a state handing over or re-exporting weapons of another's make supplies them itself."""
    if (d.supplier is not None and d.supplier.case == "origin") or not d.items:
        return
    trade_goods = all(it.category in TRADE_GOODS for it in d.items)
    # (a firm's weapons only where the act names where they go: the make of goods with no goal told
    # may be that of their user, 「ロシア軍の無人機向けに」)
    firm_ships = d.supplier is not None and d.recipient is not None and _a_firm(d.supplier, text)
    if not d.trigger.trigger.onward and not trade_goods and not firm_ships:
        return
    if d.supplier is None:
        # ("Microchips designed in the United States and Europe flow into Russia": no one state's
        # make, and no supplier for the story to lend them; nor goods a broker passed on,
        # 「シンガポールの企業が…を仲介」, whose make is not told, nor those firms in third states are
        # punished for supplying, 「…を供給したとして、キルギスに拠点を置く企業を制裁対象に指定」, nor
        # those they got for another, 「…に登記された企業が、国軍向けに部品を調達」)
        for_others = d.trigger.trigger.kind == "brokerage" or d.trigger.charged or d.trigger.for_another
        brokered = for_others and bool(d.intermediaries)
        d.open_origin = brokered or all(it.origin is None and _region_made(it, text) for it in d.items)
        return
    weapons = register_weapons(d.items, text)
    if weapons and _sells_on(d.trigger) and not _a_firm(d.supplier, text):
        # ("The UAE re-exported Chinese-made bombs to the RSF", 「ドイツによる対空砲弾の再輸出」:
        # a state selling on weapons of another's make supplies them, as arms registers count it;
        # one relaying or transshipping them (中継, transship) goes between)
        return
    made = {
        it.origin.id: (it, it.origin)
        for it in d.items
        if it.origin is not None and it.origin.type == "country" and not is_former_state(it.origin)
    }
    region = all(_region_made(it, text) for it in d.items)
    # (a journey the text already tells, 'bought chips from China and re-exported them to Russia',
    # keeps the state the goods were bought from)
    bought_from = bool(d.intermediaries) and not any(_same(d.supplier, i) for i in d.intermediaries)
    passed_on = d.trigger.trigger.onward and all(it.category in TRADE_GOODS for it in d.items) and not bought_from
    # ("shipped US-made parts to Iran ... At least 14 shipments were then re-exported to Iran": a
    # supplier the story lends from an earlier sentence is no one this sentence tells passing them on)
    passed_on = passed_on and d.sentence.start <= d.supplier.start < d.sentence.end
    if not made and (region or passed_on):
        # 「欧米製の電子部品がトルコからロシアに」, "Western-made chips", "firms in Armenia re-exported
        # chips to Russia": made in no one state, or in none the text names, the goods have no
        # supplier to name, and the one passing them on still goes between
        if not any(_same(d.supplier, i) for i in d.intermediaries):
            d.intermediaries.append(d.supplier)
        d.supplier, d.open_origin = None, True
        return
    if not made and all(it.category in TRADE_GOODS for it in d.items):
        # 「キルギスからロシアへの工作機械の輸出の多くは、中国製の機器だとみられる」, "Kyrgyz exports of
        # machine tools ... consist largely of Chinese-made equipment": the sentence tells the
        # goods' make on another word; the exporter passes them on (so does "Swiss-made modules were
        # found to have been shipped from Lithuania", whose make the parse left off the act)
        told = {
            a.entity.id: (d.items[0], a.entity)
            for a in d.sentence.parties
            if a.case == "origin" and a.entity is not None and a.entity.type == "country"
            and (a.start > d.supplier.end or _made_on(a, d.items[0], text)) and not is_former_state(a.entity)
            # (not the make of another act's goods: 「イランから部品を入手したほか、北朝鮮製のロケットも入手」)
            and not (a.trigger is not None and a.trigger >= 0 and a.trigger not in d.tis)
        }  # fmt: skip
        made = told if len(told) == 1 else made
    if len(made) != 1:
        return
    item, origin = next(iter(made.values()))
    maker = Arg(item.start, item.start, origin, "origin")
    if _same(maker, d.supplier) or _same(maker, d.recipient):
        return
    if not any(_same(d.supplier, i) for i in d.intermediaries):
        d.intermediaries.append(d.supplier)
    d.supplier = maker


# a party named as the owner of the port goods leave from: "from the Iranian port of Bandar Abbas",
# "from Iran's Bandar Abbas port" (after the name), "from the port of Conakry in Guinea" (before it)
_PORT_OWNER_AFTER = re.compile(r"(?:'s)?\s+(?:[A-Z][\w-]*\s+){0,3}(?:port|harbou?r|seaport)\b")
_PORT_OWNER_BEFORE = re.compile(
    r"\b(?:port|harbou?r|seaport)\s+of\s+[A-Z][\w' -]{0,30}?,?\s+in\s+(?:neighbou?ring\s+)?$"
)


# verbs of goods on their way through a state: 'crossed into Syria from Iraq', 'flown from Belarus',
# 'driven from Conakry to Bamako'
_ON_THE_WAY = {
    *("cross", "fly", "truck", "transport", "ferry", "move", "carry", "route", "drive"),
    # (「イラン製の無人機がベラルーシからロシアに運び込まれた」)
    *("輸送", "運搬", "運ぶ", "移送", "運び込む", "搬入", "空輸", "陸送"),
}


def _departure_port_of_foreign_goods(d: _Draft, text: str) -> None:
    """ "Indian-made Pinaka launchers were trucked to Armenia from the Iranian port of Bandar Abbas",
    "a convoy carrying Iranian rockets crossed into Syria from Iraq": goods of one state's make leaving
    another state's port, or moved on from another state, come from their maker's state; the state
    they left goes between (India to Armenia via Iran)."""
    sup = d.supplier
    if sup is None or sup.case != "source" or sup.entity is None or not d.items:
        return
    # (not goods that arrive or come from a state, 'US-made jets arrived from Denmark', which are that
    # state's own, nor goods told in an earlier sentence)
    moved = d.trigger.trigger.lemma in _ON_THE_WAY and all(d.sentence.start <= it.start for it in d.items)
    if not (
        moved
        or _PORT_OWNER_AFTER.match(text, sup.end)
        or _PORT_OWNER_BEFORE.search(text, max(0, sup.start - 60), sup.start)
    ):
        return
    made = {it.origin.id: it.origin for it in d.items if it.origin is not None and it.origin.type == "country"}
    if len(made) != 1:
        return
    origin = next(iter(made.values()))
    maker = Arg(d.items[0].start, d.items[0].start, origin, "origin")
    if _same(maker, sup) or _same(maker, d.recipient):
        return
    d.intermediaries.append(sup)
    d.supplier = maker


def _one_journey(a: _Draft, b: _Draft) -> bool:
    """Whether drafts `a` and `b`, split from one act, carry goods of the same make (or of no told
    make) through different go-betweens to the same recipient."""
    if a.trigger is not b.trigger or not _same(a.recipient, b.recipient):
        return False
    if a.open_origin and b.open_origin:
        return True
    made = a.supplier is not None and a.supplier.case == "origin" and _same(a.supplier, b.supplier)
    return made and bool(a.intermediaries) and bool(b.intermediaries)


def _go_betweens_joined(drafts: list[_Draft]) -> list[_Draft]:
    """ "Firms in Kazakhstan and Armenia re-exported chips to Russia": the go-betweens of goods of
    no told origin, split as coordinated suppliers, are one act's (and so are those of goods of one
    told make: 「カザフスタンやキルギスの企業が米国製の部品をロシアに再輸出」 is one journey from the
    United States through both)."""
    out: list[_Draft] = []
    for d in drafts:
        first = next((o for o in out if _one_journey(o, d)), None)
        if first is not None:
            first.intermediaries += [a for a in d.intermediaries if not any(_same(a, b) for b in first.intermediaries)]
            continue
        out.append(d)
    return out


def _split_origins(d: _Draft) -> list[_Draft]:
    """'Russia received Iranian drones and North Korean shells': when the text names no supplier
    but the goods' countries of origin, goods of different origins come from each. (So do parts
    passed on by a go-between, 「トルコの業者が米国製の半導体や中国製の部品をロシアに再輸出した」:
    each make is a journey of its own through the one passing them on.)"""
    if d.supplier is None:
        return [d]
    passer = None
    if d.supplier.case != "origin":
        if not all(it.category in TRADE_GOODS for it in d.items):
            return [d]
        passer = d.supplier
    groups: dict[str, list[ItemHit]] = {}
    for it in d.items:
        if it.origin is not None and it.origin.type != "company":
            groups.setdefault(it.origin.id, []).append(it)
    loose = [it for it in d.items if it.origin is None or it.origin.type == "company"]
    foreign = _foreign_made(loose, groups) if passer is None else []
    if len(groups) + bool(foreign) < 2:
        return [d]
    loose = [it for it in loose if it not in foreign]
    out = [_clone(d, supplier=None, items=foreign)] if foreign else []
    for n, items in enumerate(groups.values()):
        origin = items[0].origin
        assert origin is not None
        said = (
            a for a in d.sentence.parties if a.case == "origin" and a.entity is not None and a.entity.id == origin.id
        )
        supplier = next(said, None) or Arg(items[0].start, items[0].start, origin, "origin")
        if _same(supplier, d.recipient):
            continue
        # (the passer's own make it supplies itself)
        vias = [passer] if passer is not None and not _same(supplier, passer) else []
        supplier = passer if passer is not None and vias == [] else supplier
        changes = {"intermediaries": d.intermediaries + vias} if vias else {}
        out.append(_clone(d, supplier=supplier, items=items + (loose if n == 0 else []), **changes))
    return out or [d]


def _distinct_drafts(drafts: list[_Draft]) -> list[_Draft]:
    """「トルコは、カタールとオマーンが保有する戦闘機を購入した」: coordinated holders make a draft
    each, and each draft parts the goods by the same two makes again; the same act from a giver
    that is the goods' make to the same party over the same goods, reached twice, is told once."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    for d in drafts:
        # (lots of one act told with their own dates, 「1隻目が24年5月に、2隻目が25年1月に」, stay apart)
        told = tuple((x.start, x.iso) for x in [*(d.trigger.dates or []), *d.context_dates])
        goods = tuple((it.start, it.end) for it in d.items)
        key = (id(d.trigger), told, _arg_id(d.supplier), _arg_id(d.recipient), goods)
        if d.supplier is None or d.supplier.case != "origin" or key not in seen:
            seen.add(key)
            out.append(d)
    return out


def _foreign_made(loose: list[ItemHit], groups: dict[str, list[ItemHit]]) -> list[ItemHit]:
    """ "Colombia picks Gripen and Peru eyes Korean tanks": a named system with no origin told whose
    make is no state the other goods come from is no goods of theirs; it forms a group of its own,
    with no supplier (makers are not suppliers)."""
    makes = {items[0].origin.country for items in groups.values() if items[0].origin is not None}
    makes |= _FORMER_STATES
    return [
        it for it in loose if it.entity is not None and it.entity.country is not None and it.entity.country not in makes
    ]


# states gone whose makes their successors pass on: "Russian Su-30 jets and S-300 systems" (Soviet-made)
_FORMER_STATES = frozenset({"SUN", "CSK", "YUG"})


# a state's word on the craft carrying the goods ("a Russian cargo ship", 「ロシアの貨物船」): the
# craft's flag, no end of the journey
_ON_CRAFT = re.compile(
    r"(?:[- ](?:flagged|registered|owned|operated))?\s+(?:(?:cargo|container|transport|naval|military)\s+)?"
    r"(?:ship|vessel|freighter|tanker|plane|aircraft|airliner|dhow|trawler|train)s?\b"
    r"|の(?:大型)?(?:輸送機|貨物機|輸送船|貨物船|輸送艦|貨物列車|船舶|タンカー|軍用機)"
)


def _flag_of_craft(d: _Draft) -> bool:
    """「ロシアの貨物船が羅津からボストーチヌイへ弾薬を運んだ」, "a Russian cargo ship carried munitions from
    Rajin to Vostochny": the giver the parse found is the state of the craft, while the journey starts
    at a port of another state; that port tells where the goods come from, the flag only carries them."""
    sup, s = d.supplier, d.sentence
    if sup is None or sup.entity is None or sup.case not in ("origin", "subj", "topic", "gen") or sup.end <= s.start:
        return False
    if not _ON_CRAFT.match(s.text, sup.end - s.start):
        return False
    return any(
        leg.origin is not None
        and leg.origin.type != "country"
        and (home := leg.origin.country) is not None
        and home != sup.entity.country
        for leg in d.legs
    )


def _places_to_parties(d: _Draft, country_of: Callable[[Entity], Entity | None]) -> None:
    """A destination port or base stands for its country when no recipient is named
    (グディニャ港に到着 -> Poland), and a port of departure for the supplier's."""
    if _flag_of_craft(d):
        d.supplier = None
    for leg in d.legs:
        if d.recipient is None and leg.destination is not None:
            c = leg.destination if leg.destination.type == "country" else country_of(leg.destination)
            if c is not None and not (d.supplier and d.supplier.entity and d.supplier.entity.id == c.id):
                d.recipient = Arg(0, 0, c, "goal")
        if d.supplier is None and leg.origin is not None and leg.origin.type != "country":
            c = country_of(leg.origin)
            # (not a state the goods went through: "arrived in Bamako after being unloaded at Conakry
            # in Guinea" leaves Guinea a go-between)
            port_state = Arg(0, 0, c, "source") if c is not None else None
            if (
                port_state is not None
                and not _same(port_state, d.recipient)
                and not any(_same(port_state, i) for i in d.intermediaries)
            ):
                d.supplier = port_state
    if d.recipient is None and d.supplier is not None and d.supplier.case in ("source", "origin"):
        # 「ロシア極東の港に北朝鮮から…が到着」「北朝鮮の砲弾はロシア極東の港に到着」: the region owning
        # the destination stands for its country
        for p in d.sentence.places:
            if p.trigger not in d.tis or p.case != "goal-gen" or p.entity is None:
                continue
            c = p.entity if p.entity.type == "country" else country_of(p.entity)
            if c is not None and not _same(Arg(0, 0, c, "goal"), d.supplier):
                d.recipient = Arg(p.start, p.end, c, "goal")
                break


def _transit_place_states(d: _Draft, country_of: Callable[[Entity], Entity | None]) -> None:
    """ "The drones were flown from Iran via Dubai to Russia", "shipped to Russia through Istanbul":
    the state of a town or port the goods went through goes between, as a state named so does
    (not the supplier's or the receiver's own: "via Bandar Abbas" for Iran's drones, nor the home state
    of a party that is no state, nor the state a leg set out from: 「イラクから…国境検問所を経由してイランへ」
    for an Iraqi militia's arms leaves Iraq where they started)."""
    homes = [
        a.entity if a.entity.type == "country" else country_of(a.entity)
        for a in (d.supplier, d.recipient)
        if a is not None and a.entity is not None
    ]
    for p in d.sentence.places:
        if p.trigger not in d.tis or p.case != "via" or p.entity is None or p.entity.type == "country":
            continue
        c = country_of(p.entity)
        if c is None or any(h is not None and h.id == c.id for h in homes):
            continue
        if any(
            leg.via is not None and leg.via.id == p.entity.id and leg.origin is not None and leg.origin.id == c.id
            for leg in d.legs
        ):
            continue
        state = Arg(p.start, p.end, c, "via")
        if not any(_same(state, i) for i in d.intermediaries):
            d.intermediaries.append(state)


def _same(a: Arg | None, b: Arg | None) -> bool:
    return (
        a is not None and b is not None and a.entity is not None and b.entity is not None and a.entity.id == b.entity.id
    )


def _mode_near(s: Sentence, start: int, end: int) -> str | None:
    modes = [m for a, b, m in s.modes if start <= a and b <= end]
    if modes:
        return modes[-1]
    distinct = {m for _, _, m in s.modes}
    return distinct.pop() if len(distinct) == 1 else None


def _legs(d: _Draft, country_of: Callable[[Entity], Entity | None]) -> None:
    """Route legs from the places the sentence gives, in the order it gives them."""
    s = d.sentence
    stops = sorted(
        (p for p in s.places if p.trigger in d.tis and p.case in ("source", "goal", "via")), key=lambda p: p.start
    )
    stops = [
        p
        for p in stops
        if not (
            p.entity and p.entity.type == "country" and p.case == "via" and any(_same(p, a) for a in d.intermediaries)
        )
    ] or stops
    # a party is not a stop on its own way (a parse that reads the supplier as a via)
    stops = [p for p in stops if not (p.case == "via" and (_same(p, d.supplier) or _same(p, d.recipient)))]
    if not stops or (
        not any(p.entity and p.entity.type != "country" for p in stops) and len(stops) < 2 and not d.intermediaries
    ):
        return
    current: Entity | None = None
    if d.supplier is not None and d.supplier.entity is not None:
        current = d.supplier.entity if d.supplier.entity.type == "country" else country_of(d.supplier.entity)
    vias: list[Arg] = []
    prev = s.start
    evidence = [Span(s.start, s.end, s.text)]
    vessels = [v for _, _, v in s.vessels]
    for p in stops:
        if p.case == "source" and _told_after_its_goal(d.legs):
            d.legs[0].origin = p.entity  # "delivered the vehicles to Tobruk from Novorossiysk"
            continue
        if p.case == "source":
            current, prev = p.entity, p.end
            continue
        if p.case == "via":
            vias.append(p)
            continue
        if current is not None and p.entity is not None and current.id == p.entity.id:
            continue
        mode = _mode_near(s, prev, p.end + 4)
        if mode is None and any(v.entity and v.entity.type == "border-crossing" for v in vias):
            mode = "land"
        via = vias[0].entity if vias else None
        d.legs.append(
            RouteLeg(current, p.entity, mode, via=via, vessels=vessels if mode == "sea" else [], evidence=evidence)
        )
        current, prev, vias = p.entity, p.end, []
    if vias and not d.legs:
        d.legs.append(RouteLeg(current, None, _mode_near(s, s.start, s.end), via=vias[0].entity, evidence=evidence))


def _told_after_its_goal(legs: list[RouteLeg]) -> bool:
    """Whether a place of departure comes after the one leg told so far, which has no start ("offloaded
    the vehicles at Tobruk after loading them at Novorossiysk"): it is where that leg set out."""
    return len(legs) == 1 and legs[0].origin is None and legs[0].via is None


def _shares_later_recipient(prev: _Draft, d: _Draft) -> bool:
    """Two acts of giving in one sentence, each with its own giver and goods, the receiver named
    only in the second: the first gives to it too."""
    return (
        prev.sentence is d.sentence
        and prev.recipient is None
        and d.recipient is not None
        and prev.supplier is not None
        and d.supplier is not None
        and not _same(prev.supplier, d.supplier)
        and not _same(prev.supplier, d.recipient)
        and bool(prev.items)
        and bool(d.items)
        and prev.trigger.trigger.direction == "give"
        and d.trigger.trigger.direction in ("give", "move")
        and not prev.trigger.passive
        and prev.trigger.end <= d.recipient.start
    )


def _date_from_leg(prev: _Draft, d: _Draft) -> None:
    """A purchase the sentence's one date does not date takes the date of the leg that took the goods
    on ("bought chips from China and had them shipped to Russia in 2024")."""
    if prev.trigger.dates == [] and d.trigger.dates != []:
        prev.trigger.dates = d.trigger.dates


def _pledge_and_delivery(a: _Draft, b: _Draft) -> bool:
    """ "The Leopards that Spain pledged last year arrived this week", 「スペインが供与を約束した戦車が
    到着した」: the pledge and the delivery of the same goods are two acts, not one journey."""
    x, y = _status(a), _status(b)
    return x != y and "planned" in (x, y)


# 「…が供与を約束していた」「…が昨年供与を表明した」: the words closing a pledge told by its noun in a
# clause on the goods right after it (「防空システム2基が届いた」)
_PLEDGE_ON_GOODS = re.compile(r"を(?:約束|確約|表明|決定|決め|承認)(?:し)?(?:てい)?た")
# (what may stand between the clause and the goods' name: a make, 「米国製の」, an opening quote)
_BEFORE_GOODS = re.compile(r"[^、。がはをにでと]{0,10}")


def _pledged_in_clause_on_goods(prev: _Draft, d: _Draft, text: str) -> bool:
    """「ドイツが供与を約束していたIRIS-T2基がウクライナに届いた」: a pledge told only in a clause on the
    goods that then arrive is how the delivery is told, not a record of its own ahead of it."""
    if prev.sentence is not d.sentence or not prev.trigger.nominal or d.trigger.start <= prev.trigger.end:
        return False
    if _status(prev) != "planned" or _status(d) == "planned":
        return False
    m = _PLEDGE_ON_GOODS.match(text, prev.trigger.end)
    if m is None:
        return False
    # (「スペインが3月に供与を約束した戦車が16日に到着した」: a pledge dated in its own clause is a
    # telling of its own, of its own time)
    giver = prev.supplier or d.supplier
    lo = giver.end if giver is not None and giver.end <= prev.trigger.start else prev.trigger.start - 12
    if any(x.iso and not x.statement and lo <= x.start < m.end() for x in prev.sentence.dates):
        return False
    goods = d.items or prev.items
    # (「オランダが供与を約束したF16戦闘機24機のうち、一部が到着」: a part of the goods pledged arrives,
    # the pledge of the whole is a record of its own)
    return any(
        m.end() <= it.start < d.trigger.start
        and _BEFORE_GOODS.fullmatch(text, m.end(), it.start)
        and _PART_OF.match(text, it.end) is None
        for it in goods
    )


_PART_OF = re.compile(r"[^、。がはを]{0,8}?のうち")


def _bought_goods(prev: _Draft, d: _Draft) -> bool:
    """「中国から輸入した電子部品をロシアに転売した」, "chips it imported from China": the goods
    passed on are the ones the clause before them says were bought (each predicate holds its own
    hit of the noun); so are goods of a told make that both acts hold ('bought US-made chips and
    shipped them to Moscow')."""
    spans = {(it.start, it.end) for it in prev.items}
    t = prev.trigger
    if _parts_of_one_make(prev, d) and all((it.start, it.end) in spans for it in d.items):
        return True
    s0 = d.sentence.start
    if all(
        (it.start, it.end) in spans
        and (
            0 <= it.start - t.end <= 4
            or 0 <= t.start - it.end <= 2
            or _MAKE_AFTER_VERB.fullmatch(d.sentence.text, t.end - s0, it.start - s0) is not None
        )
        for it in d.items
    ):
        return True
    # 「中国から輸入したリチウム電池やカメラを」: goods listed right after the clause's verb, the first
    # next to it, are all the bought goods
    listed = sorted(d.items, key=lambda it: it.start)
    if not listed or not all((it.start, it.end) in spans for it in listed) or not 0 <= listed[0].start - t.end <= 4:
        return False
    s0, text = d.sentence.start, d.sentence.text
    return all(_LISTING_GAP.fullmatch(text, a.end - s0, b.start - s0) for a, b in itertools.pairwise(listed))


# 「輸入した中国製の小型無人機」: the goods' make told between the clause's verb and the goods
_MAKE_AFTER_VERB = re.compile(r"(?:し|され)?た[^、。がはを]{1,8}?(?:製|産)の?[^、。がはを]{0,3}")
# what joins goods in one list: 「電池やカメラ」「部品と弾薬」「部品、エンジン」
_LISTING_GAP = re.compile(r"[ \u3000]?(?:や|と|及び|および|、|・|,)[ \u3000]?")


def _parts_of_one_make(prev: _Draft, d: _Draft) -> bool:
    """Whether two acts pass on parts or dual-use goods whose one state of make (an origin, not a
    party) stands as the giver of both ('bought US-made chips and shipped them to Moscow'). Weapons
    bought and sent on make two transfers, as arms registers count them."""
    a, b = d.supplier, prev.supplier
    return (
        a is not None
        and b is not None
        and a.case == "origin"
        and b.case == "origin"
        and _same(a, b)
        and bool(d.items)
        and all(it.category in TRADE_GOODS for it in d.items)
    )


_IN_RETURN = re.compile(r"見返り|引き換え|代わりに|\bin (?:return|exchange)\b", re.I)


def _at(it: ItemHit) -> tuple[int, int]:
    return it.start, it.end


def _passer_told_elsewhere(drafts: list[_Draft], text: str) -> None:
    """Weapons told as going to a party through a state ("Chinese bombs reached the RSF via the
    UAE") come from that state where the story tells it, elsewhere, giving or handing on weapons of
    that make to the same party ("Chinese-made bombs were re-exported by the UAE to the RSF", 「UAEは
    中国製の攻撃型無人機をRSFに供給」): the two tell one act, the state's own supply (arms registers count
    weapons a state hands on as its own). Goods the story only ever tells going through the state
    keep their maker (see `_onward_origin`)."""
    passers = [
        e
        for e in drafts
        if e.supplier is not None
        and e.supplier.entity is not None
        and e.supplier.entity.type == "country"
        and e.supplier.case != "origin"
        and e.recipient is not None
        and e.trigger.trigger.direction == "give"
        and e.items
        and register_weapons(e.items, text)
        and not _a_firm(e.supplier, text)
    ]
    for d in drafts:
        # (only a maker told on the goods: 'Iran sent rockets to Hezbollah via Syria' tells Iran's act)
        if d.supplier is None or d.supplier.case != "origin" or d.recipient is None or not d.items:
            continue
        maker = d.supplier.entity
        for e in passers:
            via = next((i for i in d.intermediaries if _same(i, e.supplier)), None)
            if via is None or e is d or not _same(e.recipient, d.recipient) or maker is None:
                continue
            # (the same make and kind: the passer's goods are told as the supplier's)
            if not any(it.origin is not None and it.origin.id == maker.id for it in e.items):
                continue
            if not {it.category for it in d.items} & {it.category for it in e.items}:
                continue
            d.intermediaries = [i for i in d.intermediaries if i is not via]
            d.supplier = e.supplier
            break


def _state_passes_on_weapons(prev: _Draft, d: _Draft, text: str) -> bool:
    """Whether act `d` hands on weapons (not parts or dual-use goods, which are counted from
    their maker) that a state, no firm, bought in act `prev` from a named seller."""
    buyer, goods = prev.recipient, d.items or prev.items
    return (
        buyer is not None
        and buyer.entity is not None
        and buyer.entity.type == "country"
        and prev.supplier is not None
        and prev.supplier.case != "origin"
        and not _a_firm(buyer, text)
        and bool(goods)
        and register_weapons(goods, text)
    )


# a leg told after the act it preceded: "arrived in Bamako after being unloaded at Conakry"
_AFTER_LEG = re.compile(r"\bafter\s+(?:being|having(?:\s+been)?)\s+(?:\w+ly\s+)?$", re.I)
# ... or in a "where" clause on the place the goods came from: "reached Bamako after a drive from
# Guinea, where the equipment had been unloaded at Conakry"
_WHERE_LEG = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z][\w'’\- ]{0,40},\s+where\s+[^,.;]{0,50}$")


def _bought_to_hand_on(prev: _Draft, d: _Draft, text: str) -> bool:
    """Whether act `d`, told with no giver of its own, hands on to another the weapons a state (no
    firm) bought in the same sentence's act `prev` from no one named (「…を共同で調達し、ウクライナに
    送る」). (With a seller named, the buying is a transfer before the handing on: see
    `_state_passes_on_weapons`.)"""
    buyer = prev.recipient
    return (
        prev.sentence is d.sentence
        and prev.trigger.trigger.direction == "receive"
        and d.trigger.trigger.direction in ("move", "give")
        and not d.trigger.trigger.onward
        and not d.trigger.passive
        and prev.supplier is None
        and buyer is not None
        and (d.supplier is None or _same(d.supplier, buyer))
        and buyer.entity is not None
        and buyer.entity.type == "country"
        and not _a_firm(buyer, text)
        and d.recipient is not None
        and not _same(d.recipient, buyer)
        and not _battlefield(d.recipient, text)
        and (not d.items or {id(i) for i in d.items} <= {id(i) for i in prev.items} or _bought_goods(prev, d))
        and register_weapons(d.items or prev.items, text)
    )


def _parts_got_to_send_on(prev: _Draft, d: _Draft) -> bool:
    """Whether act `d` sends on, by no other giver, the parts or dual-use goods its sentence's act
    `prev` got from no one named (「イランは部品を調達し、ロシアに送った」): they count from their
    unnamed make, and the one who got them goes between, as a firm that buys to sell on does."""
    goods = d.items or prev.items
    return (
        prev.sentence is d.sentence
        and prev.recipient is not None
        and not d.trigger.passive
        and (d.supplier is None or _same(d.supplier, prev.recipient))
        and bool(goods)
        and all(it.category in TRADE_GOODS for it in goods)
    )


def _delivery_of_pledged_goods(prev: _Draft, d: _Draft, text: str) -> bool:
    """Whether act `d`, by the giver of the same sentence's act `prev` to no receiver of its own,
    delivers the goods `prev` pledged, named again by the same words (or the other way round)."""
    if prev.sentence is not d.sentence or d.recipient is not None or prev.recipient is None:
        return False
    if not _same(d.supplier, prev.supplier) or not d.items:
        return False
    said = {_said(x, text) for x in prev.items}
    return all(_said(it, text) in said for it in d.items) and _pledge_and_delivery(prev, d)


# 「同社」「同商社」「同業者」, "the company", "the firm": the firm just named, told again
_FIRM_AGAIN = re.compile(r"同(?:社|商社|業者|企業|会社)|the\s+(?:company|firm|trader|supplier)\b", re.I)


def _firm_told_again(a: Arg, text: str) -> bool:
    """Whether a party is a firm named before told again by a word for it (「同社」, "the company"):
    a state told again ("Tehran sells them on") may give goods of its own."""
    return _FIRM_AGAIN.fullmatch(text, a.start, a.end) is not None


def _exported_then_sold_on(prev: _Draft, d: _Draft, text: str) -> bool:
    """Whether act `d` sells on (再輸出, 転売) to another the goods the same sentence's act `prev` gave
    to a go-between: 「中国の企業はカザフスタンの企業に電子部品を輸出し、その後それらの部品はロシアに
    再輸出された」 (the goods told again as the same, or by a pronoun), passed on by no one named, by
    the one who got them, or by the first giver told again."""
    if prev.sentence is not d.sentence or prev.trigger.trigger.direction != "give":
        return False
    if prev.supplier is None or prev.recipient is None or d.recipient is None or d.trigger.part:
        return False
    if _same(d.recipient, prev.recipient) or _same(d.recipient, prev.supplier):
        return False
    passer = d.supplier
    # (「…キルギスの会社に販売し、同社がロシアの企業に納入した」: the one who got them delivers on,
    # naming no goods of its own, which passes on what it got whatever the verb)
    hands_on = not d.items and passer is not None and _same(passer, prev.recipient) and _firm_told_again(passer, text)
    if not (d.trigger.trigger.onward or (hands_on and d.trigger.trigger.direction == "give")):
        return False
    told = passer is None or passer.case == "origin" or _same(passer, prev.recipient) or _same(passer, prev.supplier)
    if not told:
        return False
    # (「…を中国の商社に販売し、同商社がロシアに転売していた」: the one who got them sells on, naming
    # no goods of its own: it sells on what it got)
    resold = not d.items and passer is not None and _same(passer, prev.recipient)
    # (「ミサイルはフランスがカタールへ輸出したもので、カタールからリビアに再輸出された」: goods told
    # once, as the topic both acts tell, by the one who got them passing them on)
    once = not prev.items and bool(d.items) and passer is not None and _same(passer, prev.recipient)
    return (
        resold
        or once
        or _same_goods_told(d, text)
        or bool(d.items and {id(i) for i in d.items} <= {id(i) for i in prev.items})
    )


# a clause that takes the goods on from the last stop: "to Oman, from where they were smuggled",
# "whence they went", "and from there were trucked"
_FROM_THERE = re.compile(r"\b(?:from\s+where|whence|from\s+there|thence)\b", re.I)


def _leg_from_there(prev: _Draft, d: _Draft, text: str) -> bool:
    """Whether act `d` carries on from where the same sentence's act `prev` took the goods ("were
    shipped from Iran to Oman, from where they were smuggled overland to the Houthis"): one journey,
    the first stop a go-between. ("He flew to Cairo, from where he went on" moves no goods: the
    first act must have some.)"""
    if prev.sentence is not d.sentence or d.trigger.start <= prev.trigger.end or prev.recipient is None:
        return False
    if not prev.items or d.recipient is None or _same(d.recipient, prev.recipient):
        return False
    between = text[prev.trigger.end : d.trigger.start]
    return _FROM_THERE.search(between) is not None and not re.search(r"[.;]", between)


def _hedged(d: _Draft) -> bool:
    """Whether the act is told with a hedge, its own or, where it has no status of its own, its
    sentence's (「…中国から輸入した部品はフーシ派に運ばれたとみられる」: the carrying is hedged)."""
    return d.trigger.status == "alleged" or (d.trigger.status is None and "alleged" in d.sentence.statuses)


def _earlier_leg(prev: _Draft, d: _Draft, text: str) -> bool:
    """Whether the second move of a sentence is told in an "after" clause and so came first: "the
    vehicles arrived in Bamako after being unloaded at the port of Conakry in Guinea" goes to Mali
    through Guinea, not the other way."""
    if d.trigger.start <= prev.trigger.end:
        return False
    return bool(_AFTER_LEG.search(text, max(prev.trigger.end, d.trigger.start - 40), d.trigger.start)) or bool(
        _WHERE_LEG.search(text, max(prev.trigger.end, d.trigger.start - 110), d.trigger.start)
    )


# 「…に引き渡したほか、」: a clause told as one act beside another, not as the next leg of its goods
_BESIDE_ACT = re.compile(r"ほか[、，]|他[、，]")


def _act_beside(prev: _Draft, d: _Draft, text: str) -> bool:
    """「フィリピン軍に救難艇を引き渡したほか、モンゴル軍に資機材を送った」: a second act joined by
    ほか (besides) to a party of its own is another act, even where its own goods are not recognised;
    its goal is no next stop of the first act's goods. So is a giving told in a headline's next
    segment, set apart by a blank (「ブラモス第2陣、フィリピンに到着　インドネシアへの売却も交渉大詰め」).
    (One naming no party of its own, 「北朝鮮に石油を
    供給したほか、防空装備を提供した」, still shares the first act's parties.)"""
    if d.trigger.start <= prev.trigger.end or d.recipient is None or prev.recipient is None:
        return False
    if _same(d.recipient, prev.recipient):
        return False
    if d.trigger.trigger.direction in ("give", "move") and _next_headline_segment(prev, d, text):
        return True
    return _BESIDE_ACT.search(text, prev.trigger.end, d.trigger.start) is not None


_KANA = re.compile(r"[ぁ-ん]")


def _passed_on_from(prev: _Draft, d: _Draft) -> bool:
    """「ドイツから輸入された工作機械が、カザフスタンからロシアに再輸出されていた」: goods a clause tells
    bought (in the passive, by no one named) from one state, then passed on from another state: the
    second state is the one they were bought into, which sends them on."""
    return (
        d.trigger.trigger.onward
        and _KANA.search(d.sentence.text) is not None  # (a Japanese construction)
        and prev.trigger.passive
        and prev.recipient is None
        and prev.supplier is not None
        and d.supplier is not None
        and d.supplier.case == "source"
        and d.supplier.entity is not None
        and d.supplier.entity.type == "country"
        and not _same(d.supplier, prev.supplier)
        and bool(d.items)
        and all(0 <= it.start - prev.trigger.end <= 4 for it in d.items[:1])
    )


def _chain(drafts: list[_Draft], text: str) -> list[_Draft]:
    """Moves in one sentence that carry the same goods are one journey; a second predicate with
    its own goods but no parties (「XはYにAを寄付し、Bも返した」) shares the first one's parties."""
    out: list[_Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if prev is not None and _shares_later_recipient(prev, d):
            # 「ドイツがIRIS-Tを供与したほか、米国もパトリオットをウクライナに送った」, "Germany supplied
            # IRIS-T, and the US sent Patriots to Ukraine": two givers, one receiver told once, last
            prev.recipient = d.recipient
        if (
            prev is not None
            and d.items
            and prev.items
            and d.supplier is None
            and d.recipient is None
            and (prev.supplier or prev.recipient)
            and not set(map(id, d.items)) & set(map(id, prev.items))
        ):
            d.supplier, d.recipient = prev.supplier, prev.recipient
            s0 = d.sentence.start
            if _IN_RETURN.search(d.sentence.text, prev.trigger.end - s0, d.trigger.end - s0 + 15) or (
                prev.trigger.trigger.direction in ("give", "move")
                and d.trigger.trigger.lemma in ("receive", "get", "obtain", "gain")
                and not d.trigger.nominal
                and prev.sentence is d.sentence
            ):
                # 「…の提供を受け、スホイ35の供与はその見返りだ」, "sent shells to Russia and received air
                # defense systems in return": what is given in return goes back, and the giver who
                # then receives is the other end of the second act
                d.supplier, d.recipient = prev.recipient, prev.supplier
            out.append(d)
            continue
        if prev is not None and _arrival_of_bought_goods(prev, d, text):
            # "Malaysia ordered three Anka drones from Turkey in 2023, which arrived last month": the
            # order and the arrival of its goods are two acts of the same parties
            d.supplier, d.recipient, d.items = prev.supplier, prev.recipient, list(prev.items)
            out.append(d)
            continue
        if prev is not None and _order_of_handed_goods(prev, d, text):
            # the goods ordered are those handed over, counted as a whole (not "the last two")
            d.supplier, d.items = prev.supplier, [replace(it, quantity=None) for it in prev.items]
            if d.trigger.dates is None:
                d.trigger.dates = [x for x in d.sentence.dates if x.start > d.trigger.start]
            if prev.trigger.dates is None:
                # (the order's date is not the handing over's)
                prev.trigger.dates = [x for x in d.sentence.dates if x not in d.trigger.dates]
            out.append(d)
            continue
        if prev is not None and _leg_of_received_goods(prev, d, text):
            # "The Houthis have received Iranian missiles that were shipped to Oman": the relative
            # clause holds the goods and their way; the one receiving them is where they went
            if d.recipient is not None and not (
                _home_of(d.recipient, prev.recipient) or _same(d.recipient, prev.recipient)
            ):
                d.intermediaries.append(d.recipient)
            d.recipient = prev.recipient
            d.items = d.items + [it for it in prev.items if it not in d.items]  # ("drones and bombs that were")
            d.tis = prev.tis + d.tis
            out[-1] = d
            continue
        if (
            prev is not None
            and prev.sentence is d.sentence
            and prev.trigger.trigger.direction == "receive"
            and d.trigger.trigger.direction in ("move", "give")
            and d.supplier is None
            and not d.items
            and d.recipient is not None
            and _same(d.recipient, prev.recipient)
        ):
            # "an Iranian agent bought modules in Turkey and had them shipped to Iran in 2024": the buyer's
            # goods brought home are the purchase's journey, dated by the leg that brought them
            prev.tis += d.tis
            _date_from_leg(prev, d)
            continue
        if (
            prev is not None
            and prev.sentence is d.sentence
            and prev.trigger.trigger.direction == "receive"
            and d.trigger.trigger.onward
            and _same(d.supplier, prev.supplier)
            and any(_same(prev.recipient, i) for i in d.intermediaries)
        ):
            # 'Armenia bought chips from China and re-exported them to Russia': the front end told
            # the whole journey on the onward act; the purchase is its first leg (weapons a state
            # sells on are its own supply: 'the UAE bought howitzers from China and re-exported them')
            if _state_passes_on_weapons(prev, d, text):
                d.supplier = prev.recipient
                d.intermediaries = [a for a in d.intermediaries if not _same(a, prev.recipient)]
                # (the front end moved the goods onto the onward act: the purchase holds them too)
                prev.items = prev.items or d.items
                out.append(d)
                continue
            out[-1] = d
            d.tis = prev.tis + d.tis
            continue
        if (
            prev is not None
            and prev.sentence is d.sentence
            and prev.trigger.trigger.direction == "receive"
            and d.trigger.trigger.direction in ("move", "give")
            # (「香港の企業が部品を調達して、モスクワの企業へ転売した」: bought from no one named to
            # be sold on, still a go-between's journey)
            and (
                prev.supplier is not None
                or (d.trigger.trigger.onward and prev.recipient is not None)
                or _parts_got_to_send_on(prev, d)
            )
            and d.recipient is not None
            and not _same(d.recipient, prev.recipient)
            and (
                d.supplier is None
                or _same(d.supplier, prev.recipient)
                or _parts_of_one_make(prev, d)
                or _passed_on_from(prev, d)
            )
            and (
                not d.items
                or {id(i) for i in d.items} <= {id(i) for i in prev.items}
                or _bought_goods(prev, d)
                or _passed_on_from(prev, d)
            )
        ):
            if _passed_on_from(prev, d):
                # 「ドイツから輸入された工作機械が、カザフスタンからロシアに再輸出されていた」: the state
                # they were sent on from goes between
                assert d.supplier is not None
                prev.intermediaries.append(d.supplier)
                prev.items = prev.items or d.items
                d.supplier = None
            if _state_passes_on_weapons(prev, d, text):
                # "Poland bought T-72 tanks from Germany and sent them to Ukraine": a state handing
                # on weapons it bought supplies them itself, as arms registers count it; two transfers
                d.supplier = prev.recipient
                d.items = d.items or prev.items
                out.append(d)
                continue
            # 「AはBから部品を輸入し、Cに転売した」: bought to sell on, A is the go-between
            # (「フーシ派が使う部品は中国から購入され、イエメンに密輸された」: but a group's own
            # country is only where the goods reach it)
            if prev.recipient is not None and not _home_of(d.recipient, prev.recipient):
                # (「カザフスタンやキルギスの企業が」: the buyers listed with it go between too)
                prev.intermediaries += _coordinated(prev.sentence, prev.recipient)
                prev.recipient = d.recipient
            prev.recipient = prev.recipient or d.recipient
            # (「中国の企業から購入され、オマーンを経由してイエメンに密輸された」: and the way it went on)
            known = (*prev.intermediaries, prev.supplier, prev.recipient)
            prev.intermediaries += [a for a in d.intermediaries if not any(_same(a, b) for b in known)]
            prev.tis += d.tis
            prev.hedged_leg = prev.hedged_leg or _hedged(d)
            _date_from_leg(prev, d)
            continue
        if prev is not None and _bought_to_hand_on(prev, d, text):
            # 「チェコは砲弾を調達し、ウクライナに送った」, "Prague bought shells and sent them to Kyiv":
            # a state buying from no one named hands the goods on itself; the buying only tells how it
            # got them, no transfer of its own
            d.supplier = prev.recipient
            d.items = d.items or prev.items
            d.tis = prev.tis + d.tis
            out[-1] = d
            continue
        if prev is not None and _delivery_of_pledged_goods(prev, d, text):
            # 「ドイツはウクライナに戦車を供与することを決めていて、先月、戦車の引き渡し式が行われた」:
            # the pledge and the delivery of the goods it names again are two acts of the same parties
            d.recipient = prev.recipient
            out.append(d)
            continue
        if prev is not None and _exported_then_sold_on(prev, d, text):
            if _state_passes_on_weapons(prev, d, text):
                # 「北朝鮮はイランにミサイルを輸出し、イランはそれをシリアに再輸出した」: two transfers
                d.supplier = d.supplier if d.supplier is not None and d.supplier.case != "origin" else prev.recipient
                d.items = d.items or prev.items
                # (「ミサイルは北朝鮮がイランへ輸出したもので、イランからシリアに再輸出された」: the
                # goods, the topic of both, are the sale's too)
                prev.items = prev.items or d.items
                if d.trigger.dates is None and prev.sentence is d.sentence:
                    # (the sale's date, told before its act, is not the selling on's)
                    d.trigger.dates = [x for x in d.sentence.dates if x.start > prev.trigger.end]
                out.append(d)
                continue
            # 「中国の企業はカザフスタンの企業に部品を輸出し、その後それらの部品はロシアに再輸出された」
            assert prev.recipient is not None
            prev.intermediaries.append(prev.recipient)
            prev.recipient = d.recipient
            prev.items = prev.items or d.items
            prev.tis += d.tis
            prev.hedged_leg = prev.hedged_leg or _hedged(d)
            _date_from_leg(prev, d)
            continue
        if (
            prev is not None
            and prev.sentence is d.sentence
            and d.trigger.trigger.direction in ("move", "give")
            and prev.trigger.trigger.direction in ("move", "give")
            and (
                not d.items
                or not prev.items
                or {id(i) for i in d.items} <= {id(i) for i in prev.items}
                # (parts of a told make, the same words told again by a pronoun: "sold to distributors
                # in Singapore, which shipped them on to importers in Iran")
                or (_parts_of_one_make(prev, d) and {_at(i) for i in d.items} <= {_at(i) for i in prev.items})
                # ("flew the rifles to Chad and then trucked them to the RSF": goods carried on)
                # (not two batches told by one word: "the second arrived in 2023, and the third in autumn")
                or (
                    d.trigger.trigger.direction == "move"
                    and d.trigger.start != prev.trigger.start
                    and {_at(i) for i in d.items} <= {_at(i) for i in prev.items}
                )
                # ("reached Bamako after a drive from Guinea, where the equipment had been unloaded":
                # the goods of an earlier leg told again by a word of their own)
                or (d.trigger.trigger.direction == "move" and _earlier_leg(prev, d, text))
                # ("shipped to Oman, from where they were smuggled to the Houthis": the next leg)
                or _leg_from_there(prev, d, text)
            )
            and not (d.supplier and prev.supplier and not _same(d.supplier, prev.supplier))
            # ("flew two launchers to Libya, and one of them was later flown on to Mali": two acts)
            and not d.trigger.part
            and not _act_beside(prev, d, text)
        ):
            if _pledged_in_clause_on_goods(prev, d, text):
                # the delivery alone, with the parties and goods the pledge's clause names
                d.supplier, d.recipient = d.supplier or prev.supplier, d.recipient or prev.recipient
                d.items = d.items or prev.items
                d.tis = prev.tis + d.tis
                out[-1] = d
                continue
            if _pledge_and_delivery(prev, d):
                # two acts of one journey's parties: each takes the party the other names
                prev.supplier, d.supplier = prev.supplier or d.supplier, d.supplier or prev.supplier
                prev.recipient, d.recipient = prev.recipient or d.recipient, d.recipient or prev.recipient
                prev.items, d.items = prev.items or d.items, d.items or prev.items
                out.append(d)
                continue
            if d.recipient is not None and prev.recipient is not None and not _same(d.recipient, prev.recipient):
                if _earlier_leg(prev, d, text):
                    if not any(_same(d.recipient, i) for i in prev.intermediaries):
                        prev.intermediaries.append(d.recipient)
                    # (the goods a later sentence lists for the leg are the journey's: "... where the
                    # equipment had been unloaded. The shipment included BTR-70s")
                    prev.items += [i for i in d.items if all(i is not j for j in prev.items)]
                elif _home_of(d.recipient, prev.recipient):
                    pass  # ("shipped to the Houthis, smuggled into Yemen": the group's country is its way in)
                else:
                    prev.intermediaries.append(prev.recipient)
                    prev.recipient = d.recipient
                prev.hedged_leg = prev.hedged_leg or _hedged(d)
            prev.recipient = prev.recipient or d.recipient
            prev.supplier = prev.supplier or d.supplier
            prev.items = prev.items or d.items
            # (「オマーンから密輸されたイランの武器がフーシ派に渡った」: the way the first act took)
            known = (*prev.intermediaries, prev.supplier, prev.recipient)
            prev.intermediaries += [a for a in d.intermediaries if not any(_same(a, b) for b in known)]
            prev.tis += d.tis
            continue
        if prev is not None and not d.items and _act_beside(prev, d, text) and _next_headline_segment(prev, d, text):
            # 「ブラモス第2陣、フィリピンに到着　インドネシアへの売却も交渉大詰め」: a headline's next act
            # told with no goods of its own (its も: the same goods, to one more party) takes the goods
            # of the segment before
            d.items = list(prev.items)
        out.append(d)
    return out


def _next_headline_segment(prev: _Draft, d: _Draft, text: str) -> bool:
    """Whether act `d` follows act `prev` in a headline's next segment, set apart by a blank."""
    return prev.sentence is d.sentence and "\u3000" in text[prev.trigger.end : d.trigger.start]


# 「…供与したとの報道を否定」「…との指摘について「根拠がない」と反論」: the report told is the one
# denied, its hedge no claim of the sentence's own (「…供与に関する疑惑を否定」: a report on the act too)
# (「…という西側の報道は「完全なでっち上げだ」と述べた」: whose report it is may stand between, and the
# report may be called made up)
_DENIED_REPORT = re.compile(
    r"(?:との|という|をめぐる|を巡る|に関する)(?:[^、。「」]{1,8}?の)?(?:報道|指摘|疑惑|疑い|主張|見方|情報|報告|非難|批判)"
    r"(?:を|について|に対し(?:て)?|は|に)[^。]{0,30}?"
    r"(?:否定|否認|根拠|事実無根|事実では|事実でな|反論|一蹴|でっち上げ|捏造|ねつ造|虚偽)"
)
# 「北朝鮮は、ロシアへの武器提供を否定し、「謀略だ」と主張している」: the party denying the act goes on
# to insist, its own words no hedge on the act
_DENIER_INSISTS = re.compile(r"(?:否定|否認)(?:し|して|しており|しつつ)、?[^。]{0,40}?(?:と主張|と強調|と反論)")

# 「米紙は…と報じたが、イラン外務省はこれを否定した」: a report told whole, then denied by another
# clause: the report stands, the denial is a claim on it (broadcast copy's polite 「…と伝えましたが」 too)
# (「米国務省は…移転したと発表しており、イラン外務省はこれを否定していた」: a clause joined by ており)
# (「…を供与したと米国務省は昨年9月に発表しており、」: the teller named between と and its verb)
_TOLD_THEN_DENIED = re.compile(
    r"(?:と(?:[^、。「」]{1,24}?(?:は|も|が)[^、。「」]{0,12}?)?(?:報じ|伝え|指摘し|発表し|明らかにし|述べ|主張し|報告し)"
    # (「…と指摘した、がUAEは否定した」: machine translation sets a comma before the が)
    # (「…と米紙が報じ、イラン政府はこれを否定した」: or joins the denial by the verb's own comma)
    # (not 「…と述べ、供与を否定した」: the teller denying, with no denier of its own)
    r"(?:(?:た|ている|ていた|ました|ています|ていました)[、,]?(?:が|ものの|一方)|ており|ていて"
    r"|[、,](?=[^、。]{1,20}?(?:は|も|が)))"
    # (「…輸出されていたことが分かり、キルギス政府は関与を否定した」: a finding told as fact)
    r"|ことが(?:(?:分か|わか|明らかにな)(?:り|ったが|ったものの)|判明し(?:、|たが|たものの))"
    r")[、,]?[^。]*?"
    r"(?:否定|否認|根拠|事実無根|反論|一蹴)"
)


def _told_then_denied(d: _Draft) -> bool:
    """Whether the act is told by one and denied by another in the same sentence (「…と米紙が報じたが、
    イランは否定している」): the denier, whom the sentence may take for its speaker, does not tell it."""
    return d.sentence.denial and _TOLD_THEN_DENIED.search(d.sentence.text) is not None


def _denier_as_speaker(d: _Draft) -> bool:
    """Whether the speaker the sentence gives is the one told after the act, past a comma, denying it
    (「…と米紙が報じたが、イランは否定している」), not its teller (「米国務省は…と発表しており、…否定
    していた」「…と米国務省は先月発表しており、…」 keep the State Department)."""
    s = d.sentence
    speaker = s.attribution.speaker if s.attribution else None
    if speaker is None or speaker.start <= d.trigger.end or not _told_then_denied(d):
        return False
    return "、" in s.text[d.trigger.end - s.start : speaker.start - s.start]


def _denial_of_another(d: _Draft) -> bool:
    """Whether the sentence's denial is of another of its acts, the one the front end marked denied
    ("Beijing denies supplying weapons to Russia, but Washington says Chinese firms sent engines")."""
    s = d.sentence
    return (
        s.denial and d.trigger.status is None and any(h is not d.trigger and h.status == "denied" for h in s.triggers)
    )


# 「…、イラン側は…も求めている」: a comma, then a new topic or subject: a clause of its own
_LATER_CLAUSE = re.compile(r"、[^、。]{0,15}?(?:は|が)")


def _asked_in_later_clause(d: _Draft) -> bool:
    """「ロシアは…をイランに渡した可能性があり、イラン側はSu-35の引き渡しも求めている」: every ask
    of the sentence is a later clause's, with a topic of its own, so the act before it is not
    what is asked for."""
    s = d.sentence
    asks = [(start, end) for start, end, status in s.cue_spans if status == "requested"]
    if not asks or d.trigger.trigger.direction == "request":
        return False
    return all(
        start > d.trigger.end and _LATER_CLAUSE.search(s.text, d.trigger.end - s.start, start - s.start)
        for start, _end in asks
    )


# a clause of its own after the act: 「、オランダも」「、米国は」 (a party named again with a particle)
_NEXT_CLAUSE = re.compile(r"、[^、。]{1,15}?(?:は|が|も)")
# 「…への護衛艦の移転について、両国が合意した」: an act named as the matter a deal after it settles
_MATTER_OF = re.compile(r"(?:について|に関して|に関し|をめぐって|をめぐり|を巡って|を巡り)、")
_DEAL_STRUCK = re.compile(r"合意|署名|締結|調印|契約")


def _cue_in_next_clause(d: _Draft, cue_start: int) -> bool:
    """A plan cue after the act, past a clause with a topic of its own, is that clause's plan, not
    the act's: 「F16はデンマークが供与しており、オランダも約束した24機を引き渡した」 tells Denmark's
    supply as done; 約束 is the Netherlands' pledge."""
    s = d.sentence
    end = _parallel_end(d.trigger, s)
    if (
        d.trigger.nominal
        and _MATTER_OF.match(s.text, end - s.start)
        and _DEAL_STRUCK.match(s.text, cue_start - s.start)
    ):
        return False  # (the deal the clause after strikes on the act is the act's plan, not 「懸念を表明」)
    return cue_start > end and _NEXT_CLAUSE.search(s.text, end - s.start, cue_start - s.start) is not None


def _status(d: _Draft) -> str:
    s = d.sentence
    if d.exchange:
        return "requested"
    if d.trigger.status or d.trigger.trigger.status:
        own = str(d.trigger.status or d.trigger.trigger.status)
        # (a leg of the journey told with a hedge hedges a journey told as fact)
        return "alleged" if d.hedged_leg and own == "reported" else own
    # a party to the transfer speaking confirms it, or denies it when the sentence is a denial;
    # a denial beside a third party's assertion ("officials said, an accusation Tehran dismissed")
    # leaves the assertion standing, the denial becomes a claim on it
    speaker = s.attribution.speaker if s.attribution else None
    # (a leader or spokesperson speaks for their state: Zelensky announcing a delivery confirms it)
    stands = speaker.entity.stands_for if speaker is not None and speaker.entity is not None else None
    # (the state of make of goods passed on through a go-between takes no part in the deal: "Turkish
    # firms re-exported US-made chips to Russia, US Treasury officials say")
    # (nor where the one who passes them on goes unnamed: 「同省は、これらの企業が米国製の半導体を
    # ロシアに流していたと説明した」)
    # (nor the state of make of parts and dual-use goods, whose own export agency tells of their
    # diversion: "BIS added firms to the Entity List for supplying U.S.-origin chips to Russia")
    maker_only = (
        d.supplier is not None
        and d.supplier.case == "origin"
        and (
            bool(d.intermediaries)
            or d.trigger.trigger.onward
            or bool(d.items and all(it.category in TRADE_GOODS for it in d.items))
        )
    )
    giver = None if maker_only else d.supplier
    party_speaks = speaker is not None and (
        _same(speaker, giver)
        or _same(speaker, d.recipient)
        or (
            stands is not None
            and any(a is not None and a.entity is not None and a.entity.id == stands for a in (giver, d.recipient))
        )
    )
    party_speaks = party_speaks or _party_witnesses(d, giver)
    told_then_denied = _told_then_denied(d)
    # ("Beijing denies supplying weapons to Russia, but Washington says Chinese firms sent engines":
    # the denial is another act's of the sentence, the one it denies; this one is told by another)
    told_then_denied = told_then_denied or _denial_of_another(d)
    if told_then_denied:
        party_speaks = False  # the party speaks only to deny what another told
    # (a go-between denying the passage it is charged with denies the act too: 「アゼルバイジャン外務省は、
    # 同国の領土がイランからロシアへの武器輸送に使われているとの指摘を否定した」)
    denier_party = party_speaks or (not told_then_denied and any(_same(speaker, v) for v in d.intermediaries))
    if d.trigger.negated or (
        s.denial
        and (
            "alleged" not in s.statuses
            or (denier_party and (_DENIED_REPORT.search(s.text) or _DENIER_INSISTS.search(s.text)))
        )
        and not told_then_denied
        and s.attribution is not None
        # an outlet's report with a denial beside it ("the Journal reported, a claim Tehran denied")
        # stays a report; the denial becomes a claim on it
        and (denier_party or (speaker is None and s.attribution.outlet is None))
    ):
        return "denied"
    statuses = set(s.statuses)
    # a plan is said of the act itself: 「供与する方針」「売却を承認」「供与へ」, or "plans to supply"
    window = (d.trigger.start - 12, _parallel_end(d.trigger, s) + 14)
    for start, end, status in s.cue_spans:
        if status == "planned" and (window[0] <= start < window[1]) and not _cue_in_next_clause(d, start):
            if end - start == 1 and not (start == d.trigger.end and s.text[start - s.start :].startswith("へ")):
                continue  # 「へ」 alone marks a plan only right after the trigger (headline 「供与へ」)
            statuses.add("planned")
    if _announced_ahead(s.text, d.trigger.end - s.start) or _joined_to_announced(d):
        statuses.add("planned")  # 「供与すると発表」「送る方針」: an act announced, not done
    if "planned" in statuses and _past_fact(s, d.trigger):
        statuses.discard("planned")
    if "confirmed" in statuses and not party_speaks:
        statuses.discard("confirmed")
    if speaker is not None and _REPORT_OWNED.search(s.text):
        # 「…が届いたとの報道を確認した」: one named owning up to the report states it (a party confirms it)
        statuses.discard("alleged")
    if "requested" in statuses and _asked_in_later_clause(d):
        statuses.discard("requested")
    if d.hedged_leg:
        statuses.add("alleged")
    for st in _STATUS_ORDER:
        if st in statuses:
            return st
    return "confirmed" if party_speaks else "reported"


# a party's own official seeing the goods handed over, or attending their handing over: 「…を視察した」
# 「…を空軍基地で視察した」「…の引き渡し式に出席した」
_WITNESSED = re.compile(
    r"(?:を[^、。を]{0,14}?(?:視察|見学)|(?:引き渡し|引渡し|受領|到着|配備)(?:式典?|セレモニー)に(?:出席|参加))(?:した|し、|しました|している)"
)


def _party_witnesses(d: _Draft, giver: Arg | None) -> bool:
    """Whether the sentence's topic, a party to the act (or one standing for it), goes to see the goods
    it tells handed over, as 「中谷防衛相は、日本が輸出したレーダーを視察した」 or 「ゼレンスキー大統領は
    ドイツから届いた戦車を視察した」: the party's own act tells the handing over happened."""
    s = d.sentence
    if _WITNESSED.search(s.text, max(0, d.trigger.end - s.start)) is None:
        return False
    for a in s.parties:
        if a.case != "topic" or a.start > d.trigger.start or a.entity is None:
            continue
        own = {a.entity.id, a.entity.stands_for}
        if any(p is not None and p.entity is not None and p.entity.id in own for p in (giver, d.recipient)):
            return True
    return False


def _parallel_end(trig: TriggerHit, s: Sentence) -> int:
    """Where the run of act nouns listed with `trig` ends: 「Aへの救難艇の供与、Bへの警備艇の供与も
    決まった」 tells both acts with the predicate after the last."""
    end = trig.end
    for nxt in s.triggers:
        if nxt.start < end or not (trig.nominal and nxt.nominal):
            continue
        between = s.text[end - s.start : nxt.start - s.start]
        if nxt.start - end > 30 or not _LISTED_ACT.fullmatch(between):
            break
        end = nxt.end
    return end


# 「供与、Bへの…の」「供与や…の」: what may stand between two act nouns told side by side
# (「Aに対する…の売却と、Bに対する…の売却を承認した」: a comma may follow the joining word)
_LISTED_ACT = re.compile(r"(?:、|(?:や|と|及び|および|ならびに)、?)(?:に対する|[^、。「」しすさ]){0,28}")


# (「譲渡することを発表した」「供与することを表明」: an act to come announced, as 「供与すると発表」)
_FUTURE = re.compile(
    r"を(?:発表|表明|約束|決定|決め|承認|打ち出)|(?:を)?(?:する|します|すると|させる|される|れる)?(?:と(?:発表|公表|表明|明らか|述べ|約束|決め|決定|発言)|方針|計画|予定"
    r"|考え|意向|見通し|準備|ことで合意|ことを決め|ことを承認|ことを約束|ことを(?:発表|公表|表明|明らかに)"
    r"|へ[。、　\s]|へと)"
)
# 「提供される予定だった」: goods that were to be handed over (a seized cargo's end, as its seizer
# infers it), no act announced now
_WAS_TO_BE = re.compile(r"(?:される|れる)(?:予定|計画|見通し)(?:だった|であった)")


def _announced_ahead(text: str, at: int) -> bool:
    """Whether the words right after an act announce it as to come (「供与すると発表」「引き渡される
    見通し」), not as what was to have been (「提供される予定だった」)."""
    return _FUTURE.match(text, at) is not None and _WAS_TO_BE.match(text, at) is None


_PAST = re.compile(
    r"^(?:を|が)?(?:し|さ|され|させ)?(?:た|ていた|ました|ている|てきた|られた|れた)"
    # 「引き渡しを始めた」「納入を開始した」「引き渡しが始まった」: an act begun or done is under way
    r"|^(?:を|が)(?:始め|開始し|開始され|始まっ|完了し|終え)(?:た|ている|ていた|ました|ています)"
    # 「引き渡し式が行われた」: its ceremony held
    r"|^(?:式典?|セレモニー)(?:が|を)(?:行われ|開かれ|開催され|行っ|開い|開催し)(?:た|ました)"
)


# 「…が届いたとの報道を確認した」「…との報道を認めた」: a report its teller owns up to (not 「確認していない」)
_REPORT_OWNED = re.compile(
    r"との(?:報道|報告|情報)(?:について|を)?[、]?(?:事実と)?(?:確認|認め)(?:し|た|る|ました)(?!てい?ない|ませ)"
)


# 「供与し、」「引き渡して、」: an act in the connective form, joined to the clause after it
_JOINED_ON = re.compile(r"(?:し|して)、")
# 「すでに」「これまでに」: an act told as done before now
_ALREADY = re.compile(r"すでに|既に|これまでに|今までに")


def _joined_to_announced(d: _Draft) -> bool:
    """「米国は戦車31両を供与し、ドイツも14両を供与すると発表した」: an act in the connective form
    takes the tense of the act its clause is joined to; that one announced to come (「…すると発表」
    「…する方針」), the first is a plan too, unless told as done already (「すでに供与し、」)."""
    s, trig = d.sentence, d.trigger
    if trig.nominal or not _JOINED_ON.match(s.text, trig.end - s.start) or _done_already(s, trig):
        return False
    nxt = next((h for h in s.triggers if h.start >= trig.end), None)
    if nxt is None or nxt.nominal or _FUTURE.match(s.text, nxt.end - s.start) is None:
        return False
    # (「2023年に12機を納入し、残る36機は来年から引き渡す予定だ」: an act dated in its own clause before
    # every date of the act announced after it is told as done, not as part of that plan)
    own = [x.iso for x in trig.dates or [] if x.iso and not x.statement]
    later = [x.iso for x in nxt.dates or [] if x.iso and not x.statement]
    return not (own and later and max(own) < min(x[: len(max(own))] for x in later))


def _done_already(s: Sentence, trig: TriggerHit) -> bool:
    """「英国は戦車14両をすでに供与し、…」: an act of the connective form told, in its own clause, as
    done already."""
    if not _JOINED_ON.match(s.text, trig.end - s.start):
        return False
    opened = max(s.text.rfind("、", 0, trig.start - s.start), 0)
    return _ALREADY.search(s.text, opened, trig.start - s.start) is not None


def _past_fact(s: Sentence, trig: TriggerHit) -> bool:
    """「供与した」「送られた」「すでに供与し、」: a done deed is no plan, whatever the sentence says
    around it."""
    tail = s.text[trig.end - s.start : trig.end - s.start + 8]
    if _done_already(s, trig):
        return True
    return bool(_PAST.match(tail)) and not re.match(r"^(?:する|します|し)?(?:計画|予定|方針)", tail)


def _own_dates(d: _Draft, otherwise: list[DateMention]) -> list[DateMention]:
    """The dates the front end gave the act's trigger; none given (None), the sentence's; an empty
    list is an act the sentence's one date does not date (it is another clause's)."""
    if d.list_date is not None:
        return [d.list_date]
    return d.trigger.dates if d.trigger.dates is not None else otherwise


def _penalty_after(d: _Draft) -> bool:
    """Whether the act is told as what a penalty named after it in its sentence is for (「…を輸出した
    として…判決を言い渡した」「…疑いで逮捕した」)."""
    s = d.sentence
    return PENALTY_TOLD.search(s.text, d.trigger.end - s.start) is not None


def _ahead_of(date: str | None, published: str | None) -> bool:
    """Whether an act's date ("2029", "2026-03") lies after the publication date, at the date's own
    precision (a date of the month the story is told in is not ahead of it)."""
    return bool(date and published and len(published) >= len(date) and date > published[: len(date)])


def _date(d: _Draft, status: str) -> str | None:
    # (a denial takes no time from the sentence before: "Pyongyang shipped shells early this month.
    # Iran denies sending drones to Russia")
    context = d.context_dates if status != "denied" else []
    all_dates = [x for x in _own_dates(d, d.sentence.dates or context) if x.iso]
    dates = [x for x in all_dates if not x.statement]
    if not dates:
        # only the day it was said: a plan or deal is of that day (the day it was announced),
        # a deed of that month at the latest
        said = [x.iso for x in all_dates if x.iso]
        # (「北朝鮮外務省は26日、…供与をめぐる報道を否定した」: the day of a denial dates the denial only;
        # the act denied is of no time the text tells; 「財務省は25日、…を供給したとして制裁を科した」: nor
        # is the act a notice of a penalty charges, which the notice's day dates no more)
        # (nor 「地裁は6日、…を輸出したとして…判決を言い渡した」: the day of a court's sentence on the act)
        if not said or status == "denied" or d.trigger.charged or _penalty_after(d):
            return None
        return said[0] if status in ("planned", "requested") else said[0][:7]
    starts = [x for x in dates if x.range_start]
    if starts:
        return starts[0].iso
    if status in ("planned", "requested"):
        plan_told = _PLAN_TOLD.match(d.sentence.text, d.trigger.end - d.sentence.start) is not None
        dates = _decision_dates(dates, d.sentence, plan_told)
    # the date nearest the trigger
    return min(dates, key=lambda x: abs(x.start - d.trigger.start)).iso


# a date the goods are due by (「今年3月末までに」, "by 2026") and one a deal was struck on
# ("approved in 2020", "a contract signed last June", 「2022年に契約」)
_DEADLINE_AFTER = re.compile(r"\s*(?:まで|以内)")
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|through|before)\s+(?:the\s+end\s+of\s+|early\s+|mid-?|late\s+)?$", re.I)
_DECIDED_BEFORE = re.compile(
    r"\b(?:approved|signed|agreed|announced|ordered|cleared|awarded|placed|concluded|notified|decided)"
    r"(?:\s+(?:it|the\s+\w+))?\s+(?:on\s+|in\s+|last\s+|this\s+|earlier\s+)?$",
    re.I,
)
# 「…する計画を正式に表明した」「…する方針を明らかにした」: after the act, a plan the sentence announces
_PLAN_TOLD = re.compile(
    r"[^。]{0,12}?(?:計画|方針|意向|考え|約束)(?:を|だと|であると)?(?:正式に|改めて)?(?:表明|発表|明らかに|示し|決定|決め)"
)
_DECIDED_AFTER = re.compile(r"(?:に|、)?(?:契約|合意|承認|決定|発表|署名|締結|調印|表明)")


def _decision_dates(dates: list[DateMention], s: Sentence, plan_told: bool = False) -> list[DateMention]:
    """A plan told with two dates is of the day it was decided, not of the day its goods are due:
    "four MQ-9Bs, approved in 2020, to arrive in 2026" is a 2020 plan, and so is 「昨年3月、今年3月末
    までに100万発を供給する目標を掲げた」 a plan of last March."""

    def before(x: DateMention) -> str:
        return s.text[max(0, x.start - s.start - 40) : x.start - s.start]

    def due(x: DateMention) -> bool:
        return bool(_DEADLINE_AFTER.match(s.text, x.end - s.start) or _DEADLINE_BEFORE.search(before(x)))

    if all(due(x) for x in dates):
        # the front end dates the act by when it is due; the plan itself was made on the
        # sentence's other date (「昨年3月、…までに…供給する目標を掲げた」)
        held = [x for h in s.triggers for x in h.dates or []]  # (another batch's: 「第1弾は来年に、残りは…までに」)
        other = [x for x in s.dates if x.iso and not x.statement and x not in held and not due(x)]
        # (「首相は28日、2028年までに30機を供与する計画を表明した」: with no other date, a plan announced
        # was made the day it was told; a delivery expected by then, 「…までに完了させる見込み」, is due)
        said = [x for x in s.dates if x.iso and x.statement] if plan_told else []
        dates = dates + (other or said)
    if len(dates) < 2:
        return dates
    decided = [x for x in dates if _DECIDED_BEFORE.search(before(x)) or _DECIDED_AFTER.match(s.text, x.end - s.start)]
    if decided:
        return decided
    return [x for x in dates if not due(x)] or dates


def _party(a: Arg | None) -> Party | None:
    if a is None:
        return None
    return Party(a.entity, a.description, Span(a.start, a.end, "") if a.end > a.start else None)


def _told_before(d: _Draft, transfers: list[Transfer], text: str) -> Transfer | None:
    """A deal told over two sentences: 「米国はウクライナへの追加支援を発表した。HIMARS4基を新たに
    供与する。」 The goods and the act with no party at all, right after a transfer, are that
    transfer's parties' doing; past a paragraph break ("The first radar was delivered in 2023."),
    the goods must be of a kind the deal named."""
    if d.supplier or d.recipient or d.intermediaries or not d.items or not transfers:
        return None
    if (
        d.trigger.negated
        # only words for arms at large (「武器」, "weapons"): talk; goods of a kind of their own
        # (「防弾チョッキ」, "howitzers") go on with the deal
        or all(it.umbrella for it in d.items)
    ):
        return None
    # a party the parse left unattached (a subject it could not place) may be this act's, unless
    # it is one of the deal's own parties ("crossed into Russia aboard Russian cargo ships")
    loose = {
        a.entity.id
        for a in d.sentence.parties
        if a.entity is not None and a.trigger is None and not _in_speaker(a, d.sentence)
    }

    def fits(t: Transfer) -> bool:
        return loose <= {i for i in (_party_id(t.supplier), _party_id(t.recipient)) if i is not None}

    kinds = {it.category for it in d.items} - {"other"}
    bare = [text[it.start : it.end] for it in d.items if it.entity is None]
    for prior in reversed(transfers[-4:]):
        gap = text[prior.evidence[0].end : d.sentence.start]
        if len(gap) > 400 or gap.count("\n") > 2:
            break
        # "Nigeria got two T129 helicopters from Turkey. It flies JF-17 jets bought from Pakistan. The
        # remaining four helicopters ...": the goods' own word says whose deal they are of
        if (
            prior.supplier
            and prior.recipient
            and fits(prior)
            and any(same_kind_word(w, it.text) for w in bare for it in prior.items)
        ):
            return prior
    for prior in reversed(transfers[-4:]):
        gap = text[prior.evidence[0].end : d.sentence.start]
        if len(gap) > 400 or gap.count("\n") > 2:
            break
        named = {it.category for it in prior.items}
        if prior.supplier and prior.recipient and (kinds & named or named == {"other"}) and fits(prior):
            return prior
    prior = transfers[-1]
    gap = text[prior.evidence[0].end : d.sentence.start]
    if prior.supplier is None or prior.recipient is None or not fits(prior):
        return None
    if kinds and prior.items and not kinds & {it.category for it in prior.items}:
        # (「…Su-35の購入を計画している。…ミサイルの到着によりロシアは…」: goods of another kind than the
        # last act's are those of the act before it that told their kind, where the story told one)
        for earlier in reversed(transfers[:-1]):
            if d.sentence.start - earlier.evidence[0].end > 1500:
                break
            if (
                earlier.supplier
                and earlier.recipient
                and fits(earlier)
                and kinds & {it.category for it in earlier.items}
            ):
                return earlier
    if len(gap) > 200 or gap.count("\n") > 1:
        # a story of one pair so far ("The latest batch, which arrived last week, contained ...")
        pairs = {(_party_id(t.supplier), _party_id(t.recipient)) for t in transfers}
        return prior if len(pairs) == 1 and len(transfers) > 1 and None not in next(iter(pairs)) else None
    return prior


def _goods_told_before(d: _Draft, transfers: list[Transfer], text: str) -> list[ItemHit]:
    """ "Egypt ordered 24 Rafale jets from France. France delivered the first of them in 2016",
    「…を受け取った。そのうち6機は…」: an act between two parties with its goods only as a pronoun is
    of the goods the last act between them told. Goods passed on by the one the last act gave them to
    (「韓国は米国に砲弾を輸出し、米国はそれをウクライナに供与した」) are those goods too."""
    if _THEM.search(text, d.sentence.start, d.sentence.end) is None:
        return []
    giver = _party_id(_party(d.supplier))
    for t in reversed(transfers[-4:]):
        if len(text[t.evidence[0].end : d.sentence.start]) > 600:
            break
        ends = {_party_id(t.supplier), _party_id(t.recipient)}
        passed_on = _party_id(t.recipient) == giver and _party_id(t.supplier) != _party_id(_party(d.recipient))
        if t.items and (ends == {giver, _party_id(_party(d.recipient))} or passed_on):
            return [ItemHit(i.start, i.end, i.category, entity=i.entity, name=i.name) for i in t.items]
    return []


# 「…の提供を要請」「供与を求めていた」: a request whose object is the act of giving itself, its goods unsaid
_ASKED_FOR_THE_ACT = re.compile(
    r"(?:提供|供与|売却|移転|譲渡|輸出|引き渡し|納入)を(?:[^、。「」]{0,6}?)(?:要請|要求|求め|打診|依頼)"
)


def _asked_for_goods_told_before(d: _Draft, transfers: list[Transfer], text: str) -> Transfer | None:
    """「日本政府は護衛艦6隻をフィリピンに移転する方向で検討している。フィリピン側は昨年末に正式に
    提供を要請していた」: a request by the taker of the act told right before, naming neither goods
    nor giver, asks for that act's goods: a claim of its own (a request and a plan are two), not the
    act's date. The giver is the act's (carried by the discourse)."""
    if d.trigger.trigger.direction != "request" or d.supplier is not None or d.recipient is None or not transfers:
        return None
    t = transfers[-1]
    # (the giver is the act's: an act with no giver told lends its goods to no request)
    if t.status == "requested" or not t.items or t.supplier is None or t.recipient is None or not t.evidence:
        return None
    if _party_id(_party(d.recipient)) != _party_id(t.recipient):
        return None
    gap = text[t.evidence[-1].end : d.sentence.start]
    if "\n\n" in gap or len(gap) > 40 or d.sentence.start < t.evidence[0].end:
        return None
    if _ASKED_FOR_THE_ACT.search(text, d.sentence.start, d.sentence.end) is None:
        return None
    return t


# the goods of the clause before, taken up as the subject of an arrival: ", which arrived", "and they
# arrived", "; they were delivered"
_GOODS_TAKEN_UP = re.compile(
    r"(?:,\s*(?:which|that)|(?:\band|;|,)\s+(?:they|these|those))\s+(?:have\s+|had\s+|were\s+|have\s+been\s+)?"
    r"(?:all\s+|since\s+|now\s+|already\s+|finally\s+)?$"
)


def _arrival_of_bought_goods(prev: _Draft, d: _Draft, text: str) -> bool:
    """ "Malaysia ordered three Anka drones from Turkey in 2023, and they arrived last month": an
    arrival whose subject takes up the goods a purchase told before it, in the same sentence."""
    return (
        prev.sentence is d.sentence
        and prev.trigger.trigger.kind == "purchase"
        and bool(prev.items)
        and prev.supplier is not None
        and prev.recipient is not None
        and d.trigger.trigger.direction == "move"
        and not d.items
        and (d.recipient is None or _same(d.recipient, prev.recipient))
        and (d.supplier is None or _same(d.supplier, prev.recipient) or _same(d.supplier, prev.supplier))
        and d.trigger.start > prev.trigger.end
        and bool(_GOODS_TAKEN_UP.search(text, max(0, d.trigger.start - 40), d.trigger.start))
    )


# a relative clause on goods naming their buyer, right before its verb: "fighters the junta",
# ", which Tehran has", "that Argentina had", " to Iran, which Tehran has"
_BUYER_RELATIVE = re.compile(
    # the opening: ", which" after the goods' goal ("to Iran, which"), or "that", "which" or none
    r"^(?:\s+(?:to|for)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*,\s*which\s+|\s*(?:,\s*)?(?:that\s+|which\s+)?)"
    # the buyer: "the junta", "the Myanmar junta", "Tehran", "Abu Dhabi"
    r"(?:the\s+(?:[A-Z][\w.'’-]*\s+)?[a-z]+|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"(?:\s+(?:has|had|have)(?:\s+long)?)?\s+$"
)


def _order_of_handed_goods(prev: _Draft, d: _Draft, text: str) -> bool:
    """ "Russia handed over the last four of the six Su-30 fighters the junta ordered in 2018",
    "deliveries of Su-35 fighters to Iran, which Tehran has sought since 2021": a relative clause on
    the goods an act hands over, telling their buyer's own order or request, is an act of its own
    between the same parties (the one handing the goods over sold them), with its own date."""
    if not (
        prev.sentence is d.sentence
        and prev.supplier is not None
        and prev.recipient is not None
        and prev.trigger.trigger.direction in ("give", "move")
        and d.trigger.trigger.direction in ("receive", "request")
        and d.supplier is None
        and d.recipient is not None
        and _same(d.recipient, prev.recipient)
        and not d.trigger.nominal
        and d.trigger.start > prev.trigger.end
        # (an order or a request: "the K2 tanks that Poland bought in 2022" tells the delivered goods' deal,
        # of one act with their delivery)
        and _status(d) in ("planned", "requested")
    ):
        return False
    return any(it.end <= d.trigger.start and _BUYER_RELATIVE.match(text[it.end : d.trigger.start]) for it in prev.items)


# a relative clause on goods, right before its verb: "missiles that were shipped", "which had been flown"
_GOODS_RELATIVE = re.compile(r"\b(?:that|which)\s+(?:had\s+been|have\s+been|has\s+been|were|was)\s+(?:\w+ly\s+)?$")


def _leg_of_received_goods(prev: _Draft, d: _Draft, text: str) -> bool:
    """ "The Houthis have received Iranian missiles that were shipped to Oman and then smuggled into
    Yemen": a passive relative clause on the goods a party received (the front end gives it the
    goods, the receipt keeps its receiver) tells the way they took to it, not a sale on."""
    return (
        prev.sentence is d.sentence
        and prev.trigger.trigger.direction == "receive"
        and prev.recipient is not None
        and (prev.supplier is None or _same(prev.supplier, d.supplier))
        and d.trigger.trigger.direction in ("move", "give")
        and d.trigger.passive
        and d.trigger.start > prev.trigger.end
        and bool(_GOODS_RELATIVE.search(text, max(0, d.trigger.start - 30), d.trigger.start))
    )


def _group_arms_at_home(d: _Draft) -> None:
    """ "fuel cells recovered from Houthi drones were shipped to Yemen": goods sent to the country of
    an armed group whose own arms the sentence names them serving go to that group, not the state."""
    if d.recipient is None or d.recipient.case != "goal":
        return
    owner = next(
        (
            a
            for a in d.sentence.parties
            if a.case == "origin" and a.trigger is None and _home_of(d.recipient, a) and not _in_speaker(a, d.sentence)
        ),
        None,
    )
    if owner is not None:
        d.recipient = replace(owner, case="goal")


def _home_of(place: Arg | Party | None, group: Arg | Party | None) -> bool:
    """Whether `place` is the country an armed group is of: Yemen for the Houthis."""
    if place is None or group is None or place.entity is None or group.entity is None:
        return False
    return (
        group.entity.type == "armed-group"
        and place.entity.type == "country"
        and group.entity.country is not None
        and group.entity.country == place.entity.country
    )


# 「売却にはまた、…が含まれ」「供与には…も含まれる」: what the act told as the topic covers
_ACT_CONTAINS = re.compile(
    r"(?:に|には|では)(?:また|さらに|このほか|ほかに)?、?[^。]*?(?:が|も)含まれ(?!(?:てい)?な|ず)"
)


def _package_status(d: _Draft, transfers: list[Transfer]) -> str | None:
    """Goods a deal told just before also includes, with no word of their own on whether they went,
    share the deal's status: 「…戦車を年内に引き渡す。パッケージにはこのほか、砲弾も含まれる」 is the
    shells planned with the tanks."""
    # (「…の売却を承認した。売却にはまた、…ミサイルが含まれ」: the act noun told again as the topic
    # whose contents are listed is that deal)
    h, s0 = d.trigger, d.sentence.start
    contents = h.nominal and _ACT_CONTAINS.match(d.sentence.text, h.end - s0) is not None
    if (h.trigger.lemma != "含む" and not contents) or h.status or d.sentence.statuses or not transfers:
        return None
    last = transfers[-1]
    same = _party_id(last.supplier) == _arg_id(d.supplier) and _party_id(last.recipient) == _arg_id(d.recipient)
    return last.status if same and last.status == "planned" else None


def _arg_id(a: Arg | None) -> str | None:
    return a.entity.id if a is not None and a.entity is not None else None


def _party_id(p: Party | None) -> str | None:
    return p.entity.id if p is not None and p.entity is not None else None


def _seller_not_buyer(transfers: list[Transfer]) -> list[Transfer]:
    """ "India and France signed a deal for 26 Rafale-M jets": split as coordinated buyers, the one
    that the same act names as the seller (here the jets' maker) is no buyer of its own goods."""
    sellers = {(t.trigger.start, sid) for t in transfers if t.trigger is not None and (sid := _party_id(t.supplier))}
    return [
        t
        for t in transfers
        if not (t.supplier is None and t.trigger is not None and (t.trigger.start, _party_id(t.recipient)) in sellers)
    ]


# acts that only station weapons somewhere: they tell where the weapons stand (「日本の領土に配備
# される」「陸上自衛隊への配備」: a state's own forces; 「ロシアの戦術核兵器のベラルーシへの配備」
# 「米国はドイツに中距離ミサイルを配備する」: a state's own weapons on an ally's soil), not a transfer
_STATIONING = frozenset({"配備"})


# 「米陸軍は…同国北部へ持ち込んだ」: carrying goods in, which a state's own force does with its weapons
_BROUGHT_IN = frozenset({"持ち込む", "運び込む", "搬入"})
# 「米陸軍」「ロシア軍」「米海兵隊」: a state's own armed force named
_FORCE_NAME = re.compile(r"(?:軍|海兵隊|部隊)$")
# 「同国北部へ」「フィリピン国内に」: a part of a state's ground, not the state as a party
_GROUND_OF = re.compile(r"の?(?:[北南][東西]?部|[東西中]部|国内|領内|領土内?|各地|沿岸部?|離島)(?:に|へ)")


def _stationing(d: _Draft) -> bool:
    """「ロシアはベラルーシに戦術核兵器を配備した」「米国の中距離ミサイルのドイツへの配備」: a state that
    stations its own weapons abroad keeps them (its make, 「ロシアの」, is no giver either); only goods
    that came from a giver (「イランから届いた無人機を配備」, a source case) or passed a go-between
    tell a transfer. So does a state's own force carrying its weapons onto ground no party is told
    receiving them on (「米陸軍は昨年、同国北部へ中距離ミサイルを持ち込んだ」)."""
    if d.intermediaries:
        return False
    if d.trigger.trigger.lemma in _STATIONING:
        return d.supplier is None or d.supplier.case != "source"
    s0 = d.sentence.start
    force = d.supplier is not None and _FORCE_NAME.search(d.sentence.text, 0, d.supplier.end - s0) is not None
    ground = d.recipient is None or _GROUND_OF.match(d.sentence.text, d.recipient.end - s0) is not None
    return d.trigger.trigger.lemma in _BROUGHT_IN and force and ground


# 「防衛装備の移転に乗り出した」「武器輸出を拡大する」: a drive to sell or give arms at large
_POLICY_DRIVE = re.compile(r"(?:に|へ)(?:乗り出|踏み出|着手)|を(?:本格化|推進|拡大|強化|加速|促進)")


def _policy_drive(d: _Draft, generic: bool) -> bool:
    """「日本も防衛装備の移転に乗り出した」: arms at large, an act noun a policy drives and no one to
    receive them tells a policy, not a transfer (no recipient for the story to lend it)."""
    s = d.sentence
    return (
        generic
        and d.recipient is None
        and d.trigger.nominal
        and _POLICY_DRIVE.match(s.text, d.trigger.end - s.start) is not None
    )


# a question's close: the mark, or the Japanese 「…のか。」「…のでしょうか。」 with none
_QUESTION_ENDS = ("？", "?", "のか。", "のか", "のでしょうか。", "のですか。")


def _asked_before(text: str, at: int) -> bool:
    """Whether the text before `at` ends with a question, as an explainer's or interview's line
    before its answer does (a Japanese one may close on 「のか。」 with no mark: 「ドイツはウクライナに
    何を送るのか。」)."""
    return text[max(0, at - 8) : at].rstrip().rstrip("」）)").endswith(_QUESTION_ENDS)


def _recipient_asked(drafts: list[_Draft], question: Sentence | None) -> None:
    """「ドイツはウクライナにどんな兵器を？」「ドイツは戦車を送ってきた」: a question line that tells no
    act names whom its answer's giver gives to; the answer's act with no receiver goes to that one."""
    if question is None or question.triggers:
        return
    givers = [a for a in question.parties if a.case in ("topic", "subj") and a.entity is not None]
    takers = [a for a in question.parties if a.case == "goal" and a.entity is not None]
    if len(takers) != 1:
        return
    for d in drafts:
        if d.recipient is not None or d.supplier is None or not d.items or d.trigger.trigger.direction == "receive":
            continue
        if not givers or any(_same(g, d.supplier) for g in givers):
            d.recipient = takers[0]


def _recipient_told_before(drafts: list[_Draft], before: list[_Draft]) -> None:
    """ "Germany is Ukraine's largest donor in Europe. It has delivered tanks": the sentence before
    tells who a supplier supplies but no goods (no act of its own); the supplier's next act with no
    recipient goes to that one."""
    told = [b for b in before if not b.items and b.supplier is not None and b.recipient is not None]
    for d in drafts:
        if d.recipient is not None or d.supplier is None or d.supplier.entity is None or not d.items:
            continue
        pair = next((b for b in told if _same(b.supplier, d.supplier)), None)
        if pair is not None:
            d.recipient = pair.recipient


# parties that can want goods for their own forces: states and armed groups
_ACTORS = ("country", "armed-group")


def _owner_of_goods(a: Arg, s: Sentence) -> bool:
    """ "Ukraine's air defences": a state in the possessive on goods owns them (no make: "US-made")."""
    return a.case == "origin" and s.text[a.end - s.start : a.end - s.start + 2] in ("'s", "’s")


def _need_told_before(drafts: list[_Draft], before: Sentence | None) -> None:
    """ "Ukraine's air defences are stretched thin. Germany has promised more Patriot systems": the
    sentence before tells no act, only one state's want of goods of a kind (its subject, and goods
    of that kind); a giver's act right after, of goods of the same kind to no one named, goes to it."""
    if before is None or before.triggers:
        return
    needy = {
        a.entity.id: a
        for a in before.parties
        if a.entity is not None and a.entity.type in _ACTORS and (a.case == "subj" or _owner_of_goods(a, before))
    }
    if len(needy) != 1:
        return
    (state,) = needy.values()
    wanted = {it.category for it in before.items}
    for d in drafts:
        if d.recipient is not None or d.supplier is None or d.supplier.entity is None or d.trigger.negated:
            continue
        if d.trigger.trigger.direction != "give" or _same(d.supplier, state):
            continue
        if wanted & {it.category for it in d.items}:
            d.recipient = state


# money spent on goods ("Nigeria spent $300 million on Chinese drones") buys them only from a
# supplier named; with none it is a budget, mostly for a state's own forces ("spent billions on
# Patriot systems for its own army")
_SPENDING = {"spend"}


def _valid(d: _Draft, language: str = "und") -> bool:
    if not d.items or (d.supplier is None and d.recipient is None):
        return False
    if d.trigger.trigger.lemma in _SPENDING and d.supplier is None:
        return False
    if _stationing(d):
        return False
    if _same(d.supplier, d.recipient):
        return False
    generic = all(it.category == "other" and it.entity is None for it in d.items)
    if _policy_drive(d, generic):
        return False
    # 「ロシアへの部品供給に関与した第三国企業への制裁を強めている」: an act named by its noun as what
    # unnamed firms a penalty strikes took part in, with no giver, go-between, system or count, tells
    # the policy of the penalty, not a shipment
    if (
        language == "ja"
        and d.trigger.nominal
        and d.trigger.charged
        and d.supplier is None
        and not d.intermediaries
        and all(it.entity is None and it.quantity is None for it in d.items)
    ):
        return False
    if d.trigger.negated and d.recipient is None:
        return False  # 「兵器を提供したことはない」: a denial, kept as a claim, not a transfer
    # "weapons reaching Russia" with nobody supplying them: talk, not a transfer
    # ("weapons from Iran flow to the Houthis": a weak verb between two named parties tells the act)
    # (「米軍はフーシ派向けの兵器を押収した」: and arms seized on their way are a shipment, with or
    # without a sender told)
    weak = d.trigger.trigger.weak and not (d.supplier is not None and d.recipient is not None) and not d.trigger.seized
    # (「ポーランドへの自走榴弾砲の引き渡しが完了した」: goods of no category of their own that are
    # no umbrella word are goods all the same; only 「武器の引き渡し」 with nobody giving tells no act;
    # English keeps its own reading, where such bare goods often belong to another act)
    vague = generic and (language != "ja" or all(it.umbrella for it in d.items)) and not d.trigger.seized
    return not ((generic and weak) or (vague and d.supplier is None and not d.intermediaries))


def _attach_route(d: _Draft, transfers: list[Transfer], country_of: Callable[[Entity], Entity | None]) -> None:
    """A journey told apart from its goods (ships crossing the Caspian) joins the transfer it
    continues: the latest one whose parties include the countries at both ends."""
    ends = [e for leg in d.legs for e in (leg.origin, leg.destination) if e is not None]
    countries = {c.id for e in ends if (c := (e if e.type == "country" else country_of(e))) is not None}
    for t in reversed(transfers[-12:]):
        parties = {p.entity.id for p in (t.supplier, t.recipient, *t.intermediaries) if p and p.entity}
        if countries and countries <= parties:
            t.route.extend(d.legs)
            t.evidence.extend(leg_ev for leg in d.legs for leg_ev in leg.evidence[:1] if leg_ev not in t.evidence)
            return


# 「貨物は今月上旬にコナクリ港で陸揚げされた」「関係者によると、積み荷は…」: a sentence whose topic is
# the shipment itself goes on with the act told before it, even on a line of its own (wire copy sets
# each sentence apart)
_CARGO_GOES_ON = re.compile(
    r"(?:[^、。]{0,24}?(?:によると|によれば|によりますと)[^、。]{0,2}[、，]\s*)?"
    r"(?:貨物|積み荷|積荷|荷物|これらの[^、。はが]{1,8}|同船|同機)(?:は|が)"
)


def _date_after(d: _Draft, t: Transfer, text: str, said_only: bool = False) -> None:
    """「…を提供したとみられる。昨年末までに一部が搬入されたという」: the next sentence of the
    same paragraph goes on with the deal without naming its goods; its date is the deal's (and
    beats the day the deal was announced: 「…は7日、…引き渡されたと明らかにした。先月下旬に…」)."""
    if (t.date is not None and not said_only) or d.sentence.start < t.evidence[0].end:
        return
    # 「…の引き渡しを承認したと7日に発表した。第1陣は今週初めに到着した」: a plan is of the day it was
    # announced (see _date); the arrival told next is its own act, not the plan's date
    if t.date is not None and t.status in ("planned", "requested"):
        return
    gap = text[t.evidence[0].end : d.sentence.start]
    if ("\n" in gap and not _CARGO_GOES_ON.match(d.sentence.text)) or len(gap) > 20:
        return
    if (_conflicts(d.supplier, t.supplier) and not _go_between_again(d.supplier, t)) or _conflicts(
        d.recipient, t.recipient
    ):
        return
    # (a verb naming nobody at all, 「先月下旬に陸揚げされたという」, goes on with a deal dated only by
    # the day it was told; a noun, 「昨年秋以降は鉄道輸送も増えている」, tells a trend of its own)
    nobody = not any(a.entity is not None for a in d.sentence.parties)
    if d.supplier is None and d.recipient is None and not (nobody and said_only and not d.trigger.nominal):
        return
    dates = [x for x in _own_dates(d, d.sentence.dates) if x.iso and not x.statement]
    if len(dates) == 1:
        t.date = dates[0].iso
        t.evidence.append(Span(d.sentence.start, d.sentence.end, d.sentence.text))


def _go_between_again(a: Arg | None, t: Transfer) -> bool:
    """Whether the sender a sentence names is the deal's go-between told again: "A Turkish firm
    exported Japanese-made lathes to Russia. Between May and July, the firm sent nine such machines"
    (the firm passing on the maker's goods tells the same journey, not a supply of its own)."""
    return a is not None and a.entity is not None and any(p.entity is a.entity for p in t.intermediaries)


def _conflicts(a: Arg | None, p: Party | None) -> bool:
    """Whether a party the sentence names differs from the one the deal has (none is no conflict)."""
    if a is None or p is None or a.entity is None or p.entity is None:
        return False
    return a.entity.id != p.entity.id


def _origin_told_before(d: _Draft, before: list[Sentence], text: str) -> None:
    """「残骸からは米国製の電子部品が見つかった。部品は第三国を経由して北朝鮮に渡った」: goods of no
    told supplier or origin, named again after the sentence that gave their country of origin
    (the same word, or a shorter one for the same kind of goods), come from that country."""
    if d.supplier is not None or not d.items or any(it.origin is not None for it in d.items):
        return
    origins: dict[str, Entity] = {}
    for s in before[-2:]:
        for it in s.items:
            o = it.origin
            if o is None or o.type != "country" or is_former_state(o):
                continue
            word = text[it.start : it.end]
            if any(x.category == it.category and text[x.start : x.end] in word for x in d.items):
                origins[o.id] = o
    if len(origins) == 1 and not (d.recipient is not None and _same(d.recipient, _as_arg(*origins.values()))):
        (origin,) = origins.values()
        d.supplier = Arg(d.items[0].start, d.items[0].start, origin, "origin")


def _origin_in_headline(d: _Draft, headline: Sentence | None, text: str) -> None:
    """「中国製ドローン部品、ロシアへ」 over 「ロシアの軍需企業が昨年、無人機用のモーターやカメラを大量に
    入手していた」: goods of no told supplier or origin, received at the top of the body by the party
    the headline names as their taker, come from the one state the headline gives as the make of the
    same kind of goods."""
    if headline is None or d.supplier is not None or d.recipient is None or d.recipient.entity is None:
        return
    if not d.items or any(it.origin is not None for it in d.items) or d.sentence.start <= headline.end:
        return
    made = [
        it
        for it in headline.items
        if it.origin is not None and it.origin.type == "country" and not is_former_state(it.origin)
    ]
    origins = {it.origin.id: it.origin for it in made if it.origin is not None}
    if len(origins) != 1 or not any(x.category == it.category for x in made for it in d.items):
        return
    taker = d.recipient.entity
    if not any(
        a.entity is not None and (a.entity.id == taker.id or a.entity.country == taker.country)
        for a in headline.parties
    ):
        return
    (origin,) = origins.values()
    if origin.id == taker.id:
        return
    d.supplier = Arg(d.items[0].start, d.items[0].start, origin, "origin")


# 「これらの無人機」「この新型ミサイル」「同ミサイル」: goods pointed back to by the word for them
_GOODS_AGAIN = re.compile(r"(?:これらの|この|その|同)(?:新型|新たな)?$")
# 「…新型無人機を公開した」「…ミサイルを開発した」: goods a party shows, makes or holds
_HELD = re.compile(
    r"[」』]?(?:など|計[^、。をが]{0,8}?)?を、?(?:[^、。をがは]{0,12}?)"
    r"(?:公開|披露|開発|製造|生産|量産|保有|試験|発射実験|展示)(?:し|する|した|している|していた)"
)


def _holder_told_before(d: _Draft, before: list[Sentence], text: str) -> None:
    """「イランの革命防衛隊は新型無人機を公開した。…これらの無人機はすでにロシアに送られた」: goods
    of no told supplier, pointed back to (これらの, この, 同) right after the sentence in which one state,
    its topic or subject, showed, made or held them and gave them to no one, come from that state."""
    if d.supplier is not None or d.recipient is None or not d.items or not before:
        return
    prev = before[-1]
    if prev.triggers:
        return
    s0 = d.sentence.start
    pointed = [it for it in d.items if _GOODS_AGAIN.search(text[max(s0, it.start - 6) : it.start])]
    if not pointed:
        return
    held = [x for x in prev.items if _HELD.match(text, x.end) and any(x.category == it.category for it in pointed)]
    if not held:
        return
    first = min(x.start for x in held)
    holders = {
        a.entity.id: a.entity
        for a in prev.parties
        if a.entity is not None and a.case in ("topic", "subj") and a.start < first and a.entity.type == "country"
    }
    if len(holders) != 1 or _same(d.recipient, _as_arg(*holders.values())):
        return
    (holder,) = holders.values()
    d.supplier = Arg(pointed[0].start, pointed[0].start, holder, "origin")


def _journey_goes_on(d: _Draft, before: list[_Draft], text: str) -> bool:
    """「イランは武器をシリアに空輸した。武器はシリアから陸路でヒズボラに運ばれた」, "From Syria the
    weapons were trucked to Hezbollah": goods moved on from where the sentence before took them
    make one journey, the first stop a go-between. Folds `d` into that act and says whether it did."""
    # (goods of no told origin passed on have their passer as the go-between already)
    passer = d.intermediaries[0] if d.open_origin and d.intermediaries else d.supplier
    last_stop = _stop_passing_on(d, before) if passer is None else None
    passer = passer or last_stop
    if passer is None or d.recipient is None or _battlefield(d.recipient, text):
        return False
    moved_on = d.trigger.trigger.direction == "move" and _from_place(passer, text)
    # 「UAEの業者が部品をロシアに転送している」「カザフスタンの企業はそれをロシアに再輸出した」「その
    # 武器をシリアに送っている」: a firm of the last stop, an onward act, or the goods told as the same
    passed_on = d.trigger.trigger.onward or _a_firm(passer, text) or _same_goods_told(d, text)
    if not (moved_on or (passed_on and d.trigger.trigger.direction in ("move", "give"))):
        return False
    if not d.items and not _same_goods_told(d, text):
        return False
    for p in before:
        if p.trigger.trigger.direction not in ("move", "give") or not _same(p.recipient, passer):
            continue
        if (p.supplier is None and not _bought_before(p, before)) or _same(p.supplier, d.recipient) or not p.items:
            continue
        if all(any(x.category == it.category and _said(it, text) in _said(x, text) for x in p.items) for it in d.items):
            if not moved_on and passer in (d.supplier, last_stop) and _state_passes_on_weapons(p, d, text):
                # 「中国はセルビアに防空システムを売却した。セルビアはそれをボスニアに転売した」: a state
                # selling on weapons it bought from a named seller supplies them itself; two transfers
                # ("The rifles were later re-exported to Sudan": the one that got them sells them on)
                if d.supplier is None and last_stop is not None:
                    d.supplier = replace(last_stop, case="subj")
                return False
            assert p.recipient is not None
            p.intermediaries.append(p.recipient)
            p.recipient = d.recipient
            p.legs += [leg for leg in d.legs if leg not in p.legs]
            p.hedged_leg = p.hedged_leg or _hedged(d)
            return True
    return False


def _bought_before(p: _Draft, before: list[_Draft]) -> bool:
    """ "bought chips from U.S. distributors and shipped them to a firm in Yerevan": a shipment whose
    sender is no party, of goods an act of the same sentence bought, is the buyers' journey (its
    supplier the seller, where one is told)."""
    return any(
        q is not p
        and q.sentence is p.sentence
        and q.trigger.trigger.direction == "receive"
        and q.recipient is None
        and _same_kinds(p, q)
        for q in before
    )


def _stop_passing_on(d: _Draft, before: list[_Draft]) -> Arg | None:
    """ "Turkey shipped microchips to Kazakhstan. The items were then forwarded to Russia": an onward
    act told in the passive with no party of its own passes on the goods from where the act before
    took them; that act's receiver is the passer. None when the act has a party of its own or no
    act before took goods elsewhere."""
    if not d.trigger.trigger.onward or d.intermediaries or d.recipient is None:
        return None
    stops = [p.recipient for p in before if p.recipient is not None and p.items and not _same(p.recipient, d.recipient)]
    return stops[0] if len(stops) == 1 else None


def _same_kinds(d: _Draft, p: _Draft) -> bool:
    """Whether every good of `d` is of a kind `p` moves."""
    return all(any(x.category == it.category for x in p.items) for it in d.items)


# 「中国の企業からも」「トルコの業者よりも」: a source told as one more besides those before
_ALSO_FROM = re.compile(r"[^、。がはを]{0,12}?(?:から|より)も")


def _passed_on_by(d: _Draft, before: list[_Draft], text: str) -> bool:
    """「米国製の電子部品がロシアのミサイルから見つかった。部品はトルコの業者が送っていた」, "US-made
    chips were found in Russian drones. A firm in Turkey had shipped the parts": the party the next
    sentence says sent the same goods of a told make to the same receiver passed them on; it is
    the made-in journey's go-between, not a supplier of its own. Folds `d` in and says whether it did."""
    if d.supplier is None or d.supplier.case == "origin" or not d.items or d.trigger.trigger.direction == "take":
        return False
    if not _a_firm(d.supplier, text):
        return False  # (a state giving goods of another's make is their supplier: 「米国製F16はデンマークが供与」)
    if _ALSO_FROM.match(text, d.supplier.end):
        return False  # (「ロシアは中国の企業からも部品を購入した」: a source besides the one told, its own)
    for p in before:
        if p.supplier is None or not _made_in(p.supplier, text) or not p.items or _same(p.supplier, d.supplier):
            continue
        if d.recipient is not None and not _same(p.recipient, d.recipient):
            continue
        if any(_same(d.supplier, i) for i in p.intermediaries) and _same_kinds(d, p):
            # 「キルギスの業者が米国製の半導体をロシアに再輸出した。ビシュケクの2社は集積回路約12万個を
            # ロシアに送った」: a firm of the stop the goods went through tells that journey again
            d.intermediaries.insert(0, d.supplier)
            d.supplier = replace(p.supplier)
            return False
        if _same(d.supplier, p.recipient) or any(_same(d.supplier, i) for i in p.intermediaries):
            continue
        if all(any(x.category == it.category and _said(it, text) in _said(x, text) for x in p.items) for it in d.items):
            # (with the stops of its own way: 「…から購入し、カザフスタンを通るトラックで運んだ」)
            for stop in [d.supplier, *d.intermediaries]:
                if not any(_same(stop, i) for i in p.intermediaries):
                    p.intermediaries.append(stop)
            p.legs += [leg for leg in d.legs if leg not in p.legs]
            return True
    return False


# a firm told again by a word pointing back to it: 「同社は」「この企業が」「その業者も」, "the company"
_FIRM_TAKEN_UP = re.compile(
    r"(?:同社|同企業|(?:この|その|当該)(?:企業|会社|業者|商社))(?:は|が|も)"
    r"|\b(?:the|that|this) (?:same )?(?:company|firm|trader|exporter|distributor)\b",
    re.I,
)


def _bought_by_the_passer(d: _Draft, before: list[_Draft], text: str) -> bool:
    """「キルギスの企業は米国製の集積回路をロシアに再輸出した。同社は香港の業者から部品を購入していた」:
    the go-between of goods of a told make, told again buying goods of the same kind from a firm of
    another place, bought them on that journey; the seller's place is one more go-between of it (the
    goods are still the maker's), no supplier of its own ("The company bought the chips from a supplier
    in Hong Kong"). (Not a buyer of its own: 「ロシアは中国の企業からも部品を購入した」.) Folds `d` in
    and says whether it did."""
    seller = d.supplier
    if seller is None or seller.case != "source" or d.trigger.trigger.direction != "receive" or not d.items:
        return False
    if not _a_firm(seller, text) or any(it.origin is not None for it in d.items):
        return False
    for p in before:
        if p.supplier is None or not _made_in(p.supplier, text) or not p.intermediaries or not p.items:
            continue
        if _same(seller, p.supplier) or _same(seller, p.recipient) or not _same_kinds(d, p):
            continue
        by_passer = d.recipient is not None and any(_same(d.recipient, i) for i in p.intermediaries)
        taken_up = (d.recipient is None or _same(d.recipient, p.recipient)) and bool(
            _FIRM_TAKEN_UP.search(text, d.sentence.start, seller.start)
        )
        if not (by_passer or taken_up):
            continue
        # (and the stops of its own way on: 「…を購入し、カザフスタンを通るトラックでモスクワに運んだ」)
        for stop in [seller, *d.intermediaries]:
            if not any(_same(stop, i) for i in p.intermediaries):
                p.intermediaries.append(stop)
        p.legs += [leg for leg in d.legs if leg not in p.legs]
        return True
    return False


def _leg_from_a_stop(d: _Draft, before: list[_Draft], text: str) -> bool:
    """「ワグネルはRSFに地対空ミサイルを供給した。ミサイルはリビアの基地から輸送機で運ばれた」, "Russia
    sent missiles to the RSF. The missiles were flown from a base in Libya": the goods the sentence
    before gave, told again as moved from a place to the same receiver (or to none told), are that
    gift's journey; the place they left is a stop on its way (a go-between), not a supplier of its
    own. Folds `d` into that act and says whether it did."""
    src = d.supplier
    if src is None or src.case != "source" or src.entity is None or d.trigger.trigger.direction != "move":
        return False
    # (「…から届いた」 of a giver told before is its own delivery: 「最初の装甲車はカナダとオーストラリアから届いた」)
    if not d.items or any(_same(src, p.supplier) for p in before):
        return False
    for p in before:
        if p.trigger.trigger.direction not in ("move", "give") or p.supplier is None:
            continue
        if p.recipient is None and d.recipient is None:
            continue
        if not p.items or _same(src, p.recipient) or _home_of(src, p.recipient) or _pledge_and_delivery(p, d):
            continue
        if (
            d.recipient is not None
            and p.recipient is not None
            and not (_same(d.recipient, p.recipient) or _home_of(d.recipient, p.recipient))
        ):
            continue
        # (the bare head of the word told before, whatever kind the longer word is: 「地対空ミサイル」
        # then 「ミサイル」)
        if all(any(_said(x, text).endswith(_said(it, text)) for x in p.items) for it in d.items):
            # (the giver's own country is where the goods set out, no stop: 「ロシア南部の基地から」)
            home = p.supplier.entity is not None and p.supplier.entity.country == src.entity.country
            if not home and not any(_same(src, i) for i in p.intermediaries):
                p.intermediaries.append(src)
            p.recipient = p.recipient or d.recipient  # (the receiver the gift's own parse missed)
            p.hedged_leg = p.hedged_leg or _hedged(d)
            p.legs += [leg for leg in d.legs if leg not in p.legs]
            return True
    return False


# a sentence taking up the goods just told (「これらの多くは」「その大半は」「うち」) to say their make
_GOODS_TAKEN_UP_JA = re.compile(r"[\s「]*(?:また、|ただ、|しかし、)?(?:これら|それら|その|うち)")
# the make said of them as the predicate: 「米国製だった」「中国製とみられる」「日本製で、」
_MADE_SAID = re.compile(r"(?:製|産)(?:で、|だ|である|であり|でした|とみられ|とされ)")


def _make_told_after(s: Sentence, before: list[_Draft], text: str) -> None:
    """「アルメニアからロシアへの半導体の輸出が急増した。これらの多くは米国製だったという」: parts or
    dual-use goods a state or firm sent, whose one state of make the next sentence tells of them, come
    from that state; the sender passes them on (United States to Russia via Armenia), as the goods'
    own make in the same sentence would (see `_onward_origin`)."""
    if not _GOODS_TAKEN_UP_JA.match(s.text):
        return
    made = [
        a
        for a in s.parties
        if a.case == "origin"
        and a.entity is not None
        and a.entity.type == "country"
        and not is_former_state(a.entity)
        and _MADE_SAID.match(text, a.end)
    ]
    if len({a.entity.id for a in made if a.entity is not None}) != 1:
        return
    maker = made[0]
    for p in before:
        sup = p.supplier
        if sup is None or sup.case == "origin" or p.open_origin or not p.items or p.trigger.trigger.direction != "give":
            continue
        if any(it.origin is not None for it in p.items) or not all(it.category in TRADE_GOODS for it in p.items):
            continue
        if _same(maker, sup) or _same(maker, p.recipient):
            continue
        p.intermediaries.append(sup)
        p.supplier = Arg(maker.start, maker.end, maker.entity, "origin")
        return


# goods told as those just spoken of: 「その武器」「これらの部品」「それを」, "the same weapons"
_THE_SAME_GOODS = re.compile(r"(?:その|これらの|それらの|同)$|\b(?:those|these|the same)\s+$", re.I)
_THEM = re.compile(r"(?:それ|これ|これら|それら)を|\b(?:them|those|these)\b", re.I)


def _same_goods_told(d: _Draft, text: str) -> bool:
    """Whether the act's goods are told as the ones just spoken of, or only by a pronoun."""
    if d.items:
        return all(_THE_SAME_GOODS.search(text, max(0, it.start - 10), it.start) for it in d.items)
    s = d.sentence
    return _THEM.search(text, s.start, d.trigger.start) is not None


# a firm of a place: 「トルコの業者」「香港のフロント企業」, "a firm in Turkey", "UAE-based traders"
# (「ビシュケクの2社」「香港の1社」: firms told by their count)
_JA_FIRM_AFTER = re.compile(r"(?:の|系|籍)?(?:" + JA_FIRM_KINDS + r"|[0-9０-９一二三四五六七八九十数複]{1,3}社)")


_MADE_AFTER = re.compile(r"製|産|-(?:made|manufactured|built|produced)\b")


def _made_in(a: Arg, text: str) -> bool:
    """Whether the party is told as the make of the goods (「中国製の」, "Chinese-made")."""
    return a.case == "origin" or _MADE_AFTER.match(text, a.end) is not None


def _a_firm(a: Arg, text: str) -> bool:
    """Whether the party acts as a firm or a firm of its place, not as a state."""
    if a.entity is not None and a.entity.type == "company":
        return True
    return bool(_JA_FIRM_AFTER.match(text, a.end)) or en_firm_place(text, a.start, a.end)


# "to the front in Ukraine" (「ウクライナの前線に」): where the carrier's own forces use the goods
_FRONT_BEFORE = re.compile(r"\b(?:front|front ?lines?|frontlines?|battlefields?) in (?:the )?$", re.I)


def _battlefield(a: Arg, text: str) -> bool:
    return bool(FRONT_AFTER.match(text, a.end) or _FRONT_BEFORE.search(text[max(0, a.start - 30) : a.start]))


def _said(it: ItemHit, text: str) -> str:
    return text[it.start : it.end]


def _from_place(a: Arg, text: str) -> bool:
    """Whether the party is told as where goods leave from (「シリアから」, "from Syria")."""
    return text.startswith("から", a.end) or text[max(0, a.start - 5) : a.start].lower() == "from "


def _as_arg(e: Entity) -> Arg:
    return Arg(0, 0, e, "origin")


def _reverses(d: _Draft, dated: _Draft) -> bool:
    """Whether `d` is the dated act's way back (「北朝鮮は8月以降ロシアに砲弾を送った。ロシアは見返りに
    北朝鮮に燃料を提供した」): the payment is of no date the sentence before gave its goods."""
    return _same(d.supplier, dated.recipient) and _same(d.recipient, dated.supplier)


def _awaited(d: _Draft) -> bool:
    """ "Two Yak-130s arrived in September 2023. Tehran is still awaiting the Su-35s.": goods still
    awaited have not come, so the paragraph's date of what came is not theirs; nor have goods still
    on the road ("Turkey sent drones in March. Another lot is on its way to Niamey.")."""
    return d.trigger.trigger.lemma == "await" or UNDER_WAY.search(d.sentence.text) is not None


# 「その後、」「のちに」: a sentence told as coming after what the paragraph dated
_LATER_ON = re.compile(r"[\s「]*(?:その後|そののち|その後に|のちに|後に)[、，,]?")


def _told_so_far(d: _Draft) -> bool:
    """「SIPRIによると、2020～24年の…比率は43％に達した。インドはこれまでに、ピナカなどをアルメニア
    に供給してきた」: a sender and receiver told together with acts up to now are not of the
    date of the sentence before."""
    if d.supplier is None or d.recipient is None:
        return False
    return told_so_far(d.sentence.text, d.trigger.start - d.sentence.start)


# an English act in the present perfect: "Iran has supplied", "has also been shipping"
_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have)(?:\s+(?:also|already|now|long|reportedly|repeatedly|\w+ly))*\s+(?:been\s+)?$", re.I
)


def _perfect_after_an_event(d: _Draft, dated: list[DateMention]) -> bool:
    """ "OFAC today sanctioned six firms. Iran has supplied hundreds of drones to Russia": an act
    told in the present perfect, between parties, is of no one time, not of the day of the event
    told before (the day a dateline gives the report still dates it: "ANKARA, March 10 - Turkey has
    delivered six TB2s to Kenya")."""
    if d.supplier is None or d.recipient is None or all(x.statement for x in dated):
        return False
    before = d.trigger.start - d.sentence.start
    return _PERFECT_BEFORE.search(d.sentence.text, 0, max(before, 0)) is not None


def _told_later(s: Sentence) -> bool:
    """「…を引き渡すと昨年3月に約束した。その後、最初の1基が届いた」: what came after the dated
    act is not of its date."""
    return _LATER_ON.match(s.text) is not None


def _plan_after_deeds(d: _Draft, dated: list[_Draft], language: str) -> bool:
    """ "Poland received 24 K2 tanks in March. Seoul will deliver 20 more.", "... China has also
    offered its L-15s to Hanoi": an act still ahead (a plan, an offer) told after deeds done is not
    of the date they were done."""
    ahead = ("planned", "requested")
    if language != "en":
        return False  # (kept to English: measured on the Japanese corpus it cost a pair)
    return _status(d) in ahead and bool(dated) and all(_status(p) not in ahead for p in dated)


def _deed_after_plans(d: _Draft, dated: list[_Draft]) -> bool:
    """ "Norway said in March it would send two NASAMS launchers. The launchers have arrived.": a deed
    told after acts still ahead is not of the date they were promised."""
    ahead = ("planned", "requested")
    # ("The sale, Israel's largest, needed Washington's approval": the deal named again is the one promised)
    if d.trigger.nominal:
        return False
    return bool(dated) and _status(d) not in ahead and all(_status(p) in ahead for p in dated)


def _claim_of_its_own(d: _Draft, dated: list[_Draft]) -> bool:
    """「北朝鮮は2023年8月以降、ロシアに砲弾を供与した。北朝鮮はKN23も供与したとみられる」: goods of
    other kinds told only as a belief after a told fact are a claim of their own, not of the
    paragraph's date."""
    if not dated or not d.items:
        return False
    kinds = {it.category for it in d.items}
    if _status(d) != "alleged":
        return False
    return all(_status(p) in ("reported", "confirmed") and not kinds & {it.category for it in p.items} for p in dated)


# 「報告書によると、」「…と報告書は記す」「報告書はまた、」: a sentence telling a report's findings
_REPORT_CITED = re.compile(r"報告書(?:によると|によれば|では|は)")
# 「2021年2月のクーデター以降」: a period begun by an event of that date
_SINCE_EVENT = re.compile(r"の[^、。]{1,12}?(?:以降|以来)")
# 「…10億ドル相当の武器を輸入した――。特別報告者は報告書でこう指摘した」: the report's words told first
_QUOTED_BEFORE = re.compile(r"こう(?:指摘|述べ|記し|結論)")


def _report_period(s: Sentence, before: Sentence | None, text: str) -> list[DateMention]:
    """The period a report is told to cover, for the findings told after it: 「特別報告者は17日、
    2021年2月のクーデター以降、国軍が10億ドル相当の武器を輸入したとする報告書を公表した」 (from
    February 2021); none where the sentence names no report, or no period (a day or a year alone
    dates one finding, not all the report tells)."""
    if "報告書" not in s.text:
        return []
    told = before if not s.dates and before is not None and _QUOTED_BEFORE.search(s.text) else s
    return [d for d in told.dates if d.iso and not d.statement and (d.range_start or _SINCE_EVENT.match(text, d.end))]


def _of_the_report(d: _Draft, report_told: bool) -> bool:
    """Whether an act is a finding of the report told before, dated by its period: a deed told in
    a sentence citing the report (「報告書によると、最大の供給元はロシアで、…を送っていた」) or in those
    going on with its findings, line after line (「中国からも…を供給した」), until one gives a date of
    its own or a blank line ends the account."""
    return report_told and _status(d) not in ("planned", "requested")


# a verb of telling right before a date: "Amnesty said last month that ...", "reported in May"
_SAYING_BEFORE = re.compile(
    r"\b(?:said|says|reported|announced|told|wrote|stated|claimed|disclosed|revealed)\s+(?:on\s+|in\s+|earlier\s+)?$",
    re.I,
)


def _date_of_saying(x: DateMention, text: str) -> bool:
    """Whether a date dates the telling ("Amnesty said last month that it had found Chinese bombs"):
    told in a sentence of no transfer, it dates no act the next sentences tell."""
    return _SAYING_BEFORE.search(text, max(0, x.start - 40), x.start) is not None


def _no_country(_e: Entity) -> Entity | None:
    return None


def assemble(
    sentences: list[Sentence],
    text: str,
    doc_id: str,
    country_of: Callable[[Entity], Entity | None] = _no_country,
    language: str = "und",
    firm_states: dict[int, str] | None = None,
    published: str | None = None,
) -> tuple[list[Transfer], list[Claim]]:
    drafts: list[_Draft] = []
    para_dates: list[DateMention] = []  # the dates the paragraph gave last, for sentences giving none
    para_drafts: list[_Draft] = []  # the acts those dates dated
    para_sentences: list[Sentence] = []  # the paragraph's sentences so far
    last_drafts: list[_Draft] = []  # the acts of the paragraph's sentence before
    # the acts of the sentence before across a bare line break (sources set one sentence a line),
    # cleared at a blank line: the goods a next line tells moved on are still of that act
    line_before: list[_Draft] = []
    # the period of the report the text told last, and whether the sentences are telling its findings
    report_period: list[DateMention] = []
    report_told = False
    prev_end = 0
    # the headline: a first line with no full stop, over a body
    headline = sentences[0] if sentences and in_headline(Span(sentences[0].start, sentences[0].end, ""), text) else None
    for n, s in enumerate(sentences):
        # (「米国はイスラエルにどんな支援を？」: a question line's parties are its answer's)
        question = para_sentences[-1] if para_sentences and _asked_before(text, s.start) else None
        asked = last_drafts if question is not None else []
        if "\n" in text[prev_end : s.start]:
            para_dates, para_drafts, para_sentences, last_drafts = [], [], [], []
            if "\n\n" in text[prev_end : s.start].replace(" ", "").replace("\u3000", ""):
                line_before, report_told = [], False
        prev_end = s.end
        sent_drafts = [d for ti in range(len(s.triggers)) if (d := _draft(s, ti)) is not None]
        for d in sent_drafts:
            if d.own_state is not None and (_third_state_named(d, [*para_sentences, s]) or _embargoed_giver(d)):
                d.own_state = None
        _recipient_told_before(sent_drafts, last_drafts or asked)
        _recipient_asked(sent_drafts, question)
        if language == "en":  # (Japanese tells a state's want by its topic: see ja_context)
            _need_told_before(sent_drafts, para_sentences[-1] if para_sentences else None)
        if not any(x.iso for x in s.dates):
            report_told = report_told or bool(report_period and _REPORT_CITED.search(s.text))
            for d in sent_drafts:
                if _of_the_report(d, report_told):
                    d.context_dates = report_period
                elif (
                    not any(_reverses(d, p) for p in para_drafts)
                    and not _awaited(d)
                    and not _told_later(s)
                    and not _told_so_far(d)
                    and not _perfect_after_an_event(d, para_dates)
                    # ("Russia sells the fighters": a supplier's standing, of no one date)
                    and not standing_word(text[d.trigger.start : d.trigger.end])
                    and not _claim_of_its_own(d, para_drafts)
                    and not _plan_after_deeds(d, para_drafts, language)
                    and not (_deed_after_plans(d, para_drafts) and not any(x.range_start for x in para_dates))
                ):
                    d.context_dates = para_dates
        else:
            # a month or a day dates the news the next sentences go on telling, and so does the
            # start of a period (「2023年秋以降」, "since 2023"); a bare year ('the 1979 revolution')
            # is background
            para_dates = [
                x
                for x in s.dates
                if x.iso and (len(x.iso) >= 7 or x.range_start) and (sent_drafts or not _date_of_saying(x, text))
            ]
            para_drafts = sent_drafts
            report_told = False
        report_period = _report_period(s, sentences[n - 1] if n else None, text) or report_period
        sent_drafts = _chain(sent_drafts, text)
        sent_drafts = [c for d in sent_drafts for c in _split_coordinated(d)]
        sent_drafts = _distinct_drafts([c for d in sent_drafts for c in _split_origins(d)])
        for d in sent_drafts:
            _onward_origin(d, text)
            _departure_port_of_foreign_goods(d, text)
        sent_drafts = _go_betweens_joined(sent_drafts)
        for d in sent_drafts:
            _legs(d, country_of)
            _places_to_parties(d, country_of)
            _transit_place_states(d, country_of)
            _origin_told_before(d, para_sentences, text)
            if language == "ja":  # (Japanese pointers and headlines; English is not checked for them)
                _holder_told_before(d, para_sentences, text)
                if n <= 3:  # (the top of the body, under the headline)
                    _origin_in_headline(d, headline, text)
        sent_drafts = [
            d
            for d in sent_drafts
            if not (
                _journey_goes_on(d, last_drafts, text)
                or _passed_on_by(d, last_drafts, text)
                or _bought_by_the_passer(d, line_before, text)
                or _leg_from_a_stop(d, line_before, text)
            )
        ]
        if not sent_drafts:
            _make_told_after(s, last_drafts, text)
        drafts += sent_drafts
        last_drafts = sent_drafts or last_drafts
        line_before = sent_drafts or line_before
        para_sentences.append(s)
    _passer_told_elsewhere(drafts, text)
    transfers: list[Transfer] = []
    claims: list[Claim] = []
    said_only: set[str] = set()
    open_origin: set[str] = set()
    speakers_home: dict[str, Arg] = {}  # see _speakers_home
    own_state: dict[str, Party] = {}
    for d in drafts:
        if not d.items and d.supplier is not None and d.recipient is not None:
            d.items = _goods_told_before(d, transfers, text)
        if not d.items and (asked_for := _asked_for_goods_told_before(d, transfers, text)) is not None:
            d.items = [ItemHit(i.start, i.end, i.category, entity=i.entity, name=i.name) for i in asked_for.items]
        prior = _told_before(d, transfers, text)
        if not _valid(d, language) and prior is None:
            if d.legs and not d.items:
                _attach_route(d, transfers, country_of)
            # (「兵器は1月上旬に…陸揚げされ」: goods told by a word for arms at large are those told before)
            if all(it.umbrella for it in d.items) and transfers:
                _date_after(d, transfers[-1], text, transfers[-1].id in said_only)
            continue
        s = d.sentence
        status = _package_status(d, transfers) or _status(d)
        t = Transfer(
            id=ident(doc_id, "transfer", len(transfers)),
            supplier=_party(d.supplier) if prior is None else copy_party(prior.supplier),
            recipient=_party(d.recipient) if prior is None else copy_party(prior.recipient),
            intermediaries=[p for a in d.intermediaries if (p := _party(a)) is not None],
            items=[_item(it, text) for it in _specific(d.items, text, language)],
            date=_date(d, status),
            route=d.legs,
            status=status,
            kind=d.trigger.trigger.kind,
            trigger=Span(d.trigger.start, d.trigger.end, text[d.trigger.start : d.trigger.end]),
            evidence=[Span(s.start, s.end, s.text)],
        )
        if (
            _ahead_of(t.date, published)
            and status in ("reported", "confirmed", "alleged")
            # (told in the act's own sentence, not lent by the one before or after)
            and any(x.iso == t.date and s.start <= x.start < s.end for x in s.dates)
        ):
            # ("Turkey has sold 48 KAAN jets to Indonesia, with deliveries starting in 2029"): an act
            # of a time after the telling has not happened; it is planned
            t.status = status = "planned"
        _fill_spans(t, text)
        transfers.append(t)
        if (d.open_origin or _supplier_withheld(d)) and prior is None:
            open_origin.add(t.id)
        if prior is None and (home := _speakers_home(d)) is not None:
            speakers_home[t.id] = home
        if d.own_state is not None and prior is None:
            own_state[t.id] = Party(d.own_state.entity, None, Span.of(text, d.own_state.start, d.own_state.end))
        if t.date is not None and not any(x.iso and not x.statement for x in _own_dates(d, s.dates)):
            said_only.add(t.id)  # dated only by the day it was told
        if s.attribution is not None and not d.trigger.aside:
            c = Claim(
                ident(doc_id, "claim", len(claims)),
                # (the one denying another act of the sentence does not tell this one)
                None if _denial_of_another(d) or _denier_as_speaker(d) else _party(s.attribution.speaker),
                _party(s.attribution.outlet),
                _STANCE.get(status, "asserts"),
                t.id,
                evidence=[Span(s.start, s.end, s.text)],
            )
            fill_claim(c, text)
            claims.append(c)
            t.claims.append(c.id)
    continue_journeys(transfers)
    landed_on_the_way(transfers, text)
    _hubs_pass_on(transfers, open_origin)
    _conduits_pass_on(transfers, sentences, text, open_origin)
    # the entities the story names, as parties or as speakers ("the German defence minister said")
    named = {a.entity.id for s in sentences for a in s.parties if a.entity is not None}
    # the states the story makes parties or speakers ("the German defence minister said"), not
    # those it names only in passing or as the make of goods (「旧ソ連製の戦闘機」 names no supplier)
    actors = {p.entity.id for t in transfers for p in (t.supplier, t.recipient) if p is not None and p.entity} | {
        s.attribution.speaker.entity.id
        for s in sentences
        if s.attribution is not None and s.attribution.speaker is not None and s.attribution.speaker.entity is not None
    }
    # (a Japanese interview's or explainer's questions part the answers: see discourse._asked_between)
    inherit_parties(transfers, country_of, actors, text if language == "ja" else "")
    same_system_supplier(transfers, country_of)
    named_after(transfers, text, country_of)
    headline_parties(transfers, text, country_of)
    _speakers_own_state(transfers, own_state, country_of)
    if language == "en":  # (Japanese stories carry their recipient by the topic: see ja_context)
        pledged_to_the_story(transfers)
    scheme_supplier(transfers, [s.scheme for s in sentences if s.scheme is not None], country_of, named)
    sole_supplier(transfers, country_of, actors)
    maker_supplier(transfers, country_of, named)
    buyer_of_named_make(transfers, country_of, named, actors)
    homeless_maker_supplier(transfers, country_of, named)
    transfers = bought_from_home_makers(transfers, firm_states or {}, country_of)
    hosted_group_supplier(transfers, text)
    for t in transfers:  # goods come to the speaking state when the context has not said where
        if t.recipient is None and t.id in speakers_home:
            t.recipient = _party(speakers_home[t.id])
            _fill_spans(t, text)
    transfers = _seller_not_buyer(transfers)
    transfers = _home_delivery(transfers, [g for s in sentences for g in s.home_goods], country_of)
    inherit_dates(transfers, text)
    for t in transfers:  # (another deal's supplier is no origin for goods the text leaves unsourced)
        if t.id in open_origin:
            t.supplier = None
    for t in transfers:  # a party is not a go-between on its own way
        t.intermediaries = [
            p for p in t.intermediaries if not (same_party(p, t.supplier) or same_party(p, t.recipient))
        ]
    # A transfer goes to someone: with no recipient even after the context is read, or from a
    # party to itself (a maker delivering to its own army), it is no transfer between parties.
    kept = [t for t in transfers if t.recipient is not None and not same_party(t.supplier, t.recipient)]
    kept = [t for t in kept if not _leg_between_go_betweens(t, kept)]
    # a denial of what the text asserts elsewhere is a claim on that transfer, not a transfer of
    # its own: the assertion keeps its status and the denial points at it (see _denials)
    asserted = [t for t in kept if t.status != "denied"]
    # (the first assertion of the act, the one the story tells it by)
    denied_again = {
        t.id: a
        for t in kept
        if t.status == "denied"
        for a in reversed(asserted)
        if same_party(t.supplier, a.supplier) and same_party(t.recipient, a.recipient) and not _other_goods(t, a)
    }
    kept = [
        t
        for t in kept
        if t.status != "denied"
        or (
            t.id not in denied_again
            and not any(
                a.supplier is not None and same_party(t.recipient, a.recipient) and t.supplier is None for a in asserted
            )
            # (「キルギス外務省は「自国企業がロシアに輸出した事実はない」と反論」: the go-between of
            # an asserted journey denying its part denies that journey)
            and not any(
                same_party(t.recipient, a.recipient) and any(same_party(t.supplier, i) for i in a.intermediaries)
                for a in asserted
            )
            # ("Iran said it had sent no arms to Yemen", after arms for the Houthis: the group's
            # country stands for the group the assertion names)
            and not any(same_party(t.supplier, a.supplier) and _home_of(t.recipient, a.recipient) for a in asserted)
        )
    ]
    dropped = {t.id for t in transfers} - {t.id for t in kept}
    transfers[:] = kept
    _denial_to_assertion(claims, denied_again)
    claims = [c for c in claims if c.target not in dropped]
    merge_restated(transfers, claims, text)
    claims = _givers_named_next(transfers, claims, text)
    confirmed_by_a_party(transfers, claims, text)
    headline_follows_body(transfers, text)
    default_outlet(claims)
    claims += denials(sentences, transfers, claims, text, doc_id)
    return transfers, claims


def _leg_between_go_betweens(t: Transfer, transfers: list[Transfer]) -> bool:
    """ "Chips reached Russia through firms in Hong Kong, the UAE and Kyrgyzstan. A company in Bishkek
    bought the chips from a distributor in Dubai": a hand-on between two go-betweens of a journey the
    story tells is a stretch of that journey, told in detail, not a transfer of its own (the goods
    count from their state of make to their end user). Only goods of the journey's own kinds (or goods
    named by no kind of their own) are so taken in."""
    if t.supplier is None or t.status in ("denied", "planned", "requested"):
        return False
    kinds = {it.category for it in t.items}
    for u in transfers:
        if u is t or len(u.intermediaries) < 2 or u.status in ("denied", "planned", "requested"):
            continue
        if not (any(same_party(t.supplier, p) for p in u.intermediaries)):
            continue
        if not any(same_party(t.recipient, p) for p in u.intermediaries):
            continue
        if kinds <= {it.category for it in u.items}:
            return True
    return False


def _givers_named_next(transfers: list[Transfer], claims: list[Claim], text: str) -> list[Claim]:
    """ "Ukraine has received its first F-16s. The aircraft came from Denmark and the Netherlands",
    「ウクライナはF16を受け取った。これらはデンマークとオランダが供与したものだ」: a receipt told with no
    giver, then the givers of the same goods to the same receiver, several, named in the very next
    sentence: the receipt is their acts told before their givers, no act of an unknown giver beside
    them (one giver named so is taken in by the restating rules). The receipt's date and claims pass
    to them. The claims left are returned."""
    gone: dict[str, Transfer] = {}
    for t in transfers:
        if t.supplier is not None or t.recipient is None or not t.evidence or t.status in ("denied", "requested"):
            continue
        end = t.evidence[0].end
        gap = text[end : end + 3]
        after = [
            u
            for u in transfers
            if u is not t
            and u.supplier is not None
            and same_party(u.recipient, t.recipient)
            and u.evidence
            and end <= u.evidence[0].start <= end + 3
            and not gap.startswith("\n\n")
        ]
        if len(after) < 2 or len({u.evidence[0].start for u in after}) != 1:
            continue
        if len({u.supplier.entity.id for u in after if u.supplier is not None and u.supplier.entity is not None}) < 2:
            continue
        kinds = {it.category for it in t.items}
        if not kinds or not all(kinds <= {it.category for it in u.items} for u in after):
            continue
        for u in after:
            u.date = u.date or t.date
        gone[t.id] = after[0]
    if not gone:
        return claims
    transfers[:] = [t for t in transfers if t.id not in gone]
    kept: list[Claim] = []
    for c in claims:
        heir = gone.get(c.target)
        if heir is None:
            kept.append(c)
        elif not any(claims_c.target == heir.id and claims_c.stance == c.stance for claims_c in claims):
            c.target = heir.id
            heir.claims.append(c.id)
            kept.append(c)
    return kept


def _denial_to_assertion(claims: list[Claim], denied_again: dict[str, Transfer]) -> None:
    """「…イランがロシアにミサイルを引き渡した。イラン政府は、ロシアにミサイルを送ったことはないと
    主張している」: the denial of an act the text asserts is not dropped with the denied record told
    for it; it is a claim on the assertion (on the claim asserting it, where there is one)."""
    for c in claims:
        told = denied_again.get(c.target)
        if c.stance != "denies" or told is None:
            continue
        asserting = next((a for a in claims if a.target == told.id and a.stance != "denies"), None)
        c.target = asserting.id if asserting is not None else told.id
        told.claims.append(c.id)


def _speakers_own_state(
    transfers: list[Transfer], own_state: dict[str, Party], country_of: Callable[[Entity], Entity | None]
) -> None:
    """「ウクライナ国防省は、米国が戦車を供与したと述べた」: a giving told by a state's own office that
    names no recipient, and gets none from the sentences around it, went to the office's own state
    (the one left unsaid is "us"). A third state's office telling others' deals has its recipient
    from the context (「…ロシアは弾薬が不足している。英国防省は、イランが無人機を供与したと述べた」
    carries Russia), so this is the last resort."""
    for t in transfers:
        office = own_state.get(t.id)
        if t.recipient is not None or office is None or office.entity is None:
            continue
        state = office.entity if office.entity.type == "country" else country_of(office.entity)
        if state is not None and not (t.supplier is not None and t.supplier.entity is state):
            t.recipient = Party(state, office.description, office.span)


def _hubs_pass_on(transfers: list[Transfer], open_origin: set[str]) -> None:
    """'European components flow to Russia via Armenia and Kazakhstan. Armenian firms shipped $50
    million of electronics to Russia': a state the story has told as a hub for goods of no told
    origin, sending such goods on to the same receiver, passes them on; it is no supplier."""
    for n, t in enumerate(transfers):
        if t.supplier is None or t.id in open_origin:
            continue
        hub = next(
            (
                p
                for p in transfers[:n]
                if p.id in open_origin
                and same_party(p.recipient, t.recipient)
                and any(same_party(t.supplier, i) for i in p.intermediaries)
                and _kinds(t) <= _kinds(p)
            ),
            None,
        )
        if hub is not None:
            t.intermediaries.insert(0, t.supplier)
            t.supplier = None
            open_origin.add(t.id)


# a state told as a way through for others' goods, or as making none of the goods it exports
_CONDUIT = re.compile(
    r"\b(?:conduits?|transit (?:hubs?|routes?|points?|corridors?)|transshipment (?:hubs?|points?)|re-?export hubs?"
    r"|back ?doors?|loopholes?"
    r"|middlem[ae]n|go-betweens?)\b|中継地|中継拠点|抜け道|抜け穴|迂回ルート|迂回路|経由地|裏口|仲介役",
    re.I,
)
_NOT_MADE = re.compile(
    r"\b(?:neither|none)\b[^.]{0,40}\b(?:produces?|makes?|manufactures?)\b"
    r"|\b(?:does|do|did)(?: not|n't) (?:produce|make|manufacture)\b"
    r"|(?:生産|製造)(?:しておらず|していない|しない|能力(?:は|を持た)?ない)",
    re.I,
)
_NOT_SO = re.compile(r"[」』]?(?:では|じゃ)な|[」』]?でな")
# 「制裁の抜け穴が開発を支えている」「規制の抜け道」: a gap in a regime, not a state the goods pass through
_REGIME_GAP = re.compile(r"(?:制裁|規制|禁輸|輸出管理|監視)(?:措置|体制)?の$")
# 「第三国を経由した「抜け穴」」「周辺国を通じた迂回ルート」: the conduit is another state than the topic
_OTHERS_CONDUIT = re.compile(r"(?:第三国|他国|周辺国|近隣国)[^。、]{0,12}$")
# the states of the sentence before, told again: 「両国とも」, "neither country", "its exports"
_THOSE_STATES = re.compile(
    r"両国|いずれの国|\b(?:neither|both|either) (?:country|countries|state|government)s?\b|\bIts\b"
)


def _home_delivery(
    transfers: list[Transfer], home_goods: list[tuple[Entity, ItemHit]], country_of: Callable[[Entity], Entity | None]
) -> list[Transfer]:
    """ "Ukraine's army received over 200,000 FPV drones" over "The Defense Ministry delivered more
    than 200,000 drones to the brigades": goods of the same kind and count that the story says a
    state's own ministry or makers gave its own forces, told again with no giver, are that domestic
    supply, not a transfer from abroad."""

    def home(t: Transfer) -> bool:
        if t.supplier is not None or t.intermediaries or t.recipient is None or t.recipient.entity is None:
            return False
        state = country_of(t.recipient.entity) or t.recipient.entity
        counted = [
            (g.category, g.quantity.value or g.quantity.min)
            for owner, g in home_goods
            if g.quantity is not None and (country_of(owner) or owner).id == state.id
        ]
        return bool(t.items) and all(
            it.quantity is not None and (it.category, it.quantity.value or it.quantity.min) in counted for it in t.items
        )

    return [t for t in transfers if not (home_goods and home(t))]


def _conduits_pass_on(transfers: list[Transfer], sentences: list[Sentence], text: str, open_origin: set[str]) -> None:
    """'Exports of chips from Kazakhstan and Kyrgyzstan to Russia rose tenfold, even though neither
    country produces them', 「アルメニアは新たな抜け道となった」: a state the story tells as a way
    through, or as making none of the parts and dual-use goods it exports, passes them on; it goes
    between, and their maker is left untold."""
    conduits: set[str] = set()
    told_at: list[tuple[Sentence, list[Arg]]] = []  # each sentence telling conduits, and the states it tells
    for n, s in enumerate(sentences):
        conduit = _CONDUIT.search(s.text)
        told = conduit or _NOT_MADE.search(s.text)
        if told is None or _NOT_SO.match(s.text, told.end()) or in_headline(Span(s.start, s.end, s.text), text):
            continue  # (「わが国は抜け穴ではない」 denies it)
        if _OTHERS_CONDUIT.search(s.text, 0, told.start()):
            continue  # (「日本は輸出を禁じているが、第三国を経由した「抜け穴」がある」: others are the way)
        if _REGIME_GAP.search(s.text, 0, told.start()):
            continue
        if conduit is not None and s.text[max(0, told.start() - 1) : told.start()] == "を":
            continue  # (「イランがイラクの民兵組織を仲介役にして」: what the subject uses goes between, not it)
        at = s.start + told.start()
        named = {
            a.entity.id
            for a in s.parties
            if a.entity is not None and a.entity.type == "country" and a.case in ("subj", "topic") and a.end <= at
        }
        if not named and _THOSE_STATES.search(s.text):
            # the exporters this sentence or, in the same paragraph, the one before told of
            near = [s] if n == 0 or "\n" in text[sentences[n - 1].end : s.start] else [s, sentences[n - 1]]
            for x in near:
                named = named or {
                    t.supplier.entity.id
                    for t in transfers
                    if t.supplier is not None and t.supplier.entity is not None
                    and x.start <= t.evidence[0].start < x.end
                }  # fmt: skip
        conduits |= named
        told_at.append((s, [a for a in s.parties if a.entity is not None and a.entity.id in named and a.end <= at]))
    for t in transfers:
        if t.supplier is None:
            _through_the_conduit(t, told_at, text)
            continue
        if t.supplier.entity is None or t.supplier.entity.id not in conduits:
            continue
        if not t.items or not all(i.category in TRADE_GOODS for i in t.items):
            continue
        t.intermediaries.insert(0, t.supplier)
        t.supplier = None
        open_origin.add(t.id)
    # (「カザフスタンとキルギスから」: the exporters one act named together go between on one journey)
    for t in list(transfers):
        if t.id not in open_origin or t not in transfers:
            continue
        for u in [u for u in transfers if u is not t and u.id in open_origin and u.trigger == t.trigger]:
            if u.supplier is None and same_party(u.recipient, t.recipient) and u.evidence == t.evidence:
                t.intermediaries += [p for p in u.intermediaries if not any(same_party(p, q) for q in t.intermediaries)]
                transfers.remove(u)


def _through_the_conduit(t: Transfer, told_at: list[tuple[Sentence, list[Arg]]], text: str) -> None:
    """ "Turkey became a major transit hub for dual-use goods bound for Russia": goods of no told
    origin that the sentence telling a state a way through sends on go through that state."""
    if not t.items or not all(i.category in TRADE_GOODS for i in t.items):
        return
    for s, ways in told_at:
        if not s.start <= t.evidence[0].start < s.end:
            continue
        for a in ways:
            if not any(same_party(p, Party(a.entity)) for p in (t.recipient, *t.intermediaries)):
                t.intermediaries.append(Party(a.entity, None, Span.of(text, a.start, a.end)))


def _other_goods(denied: Transfer, told: Transfer) -> bool:
    """ "Pakistan received its first Chinese submarine ... Khawaja Asif dismissed reports that
    Islamabad agreed to buy 40 J-35 fighters from Beijing": a denial of named goods of a kind the
    told transfer of the pair does not move denies another deal (a word for goods of any kind told
    beside it, "China supplied 80 per cent of Pakistan's arms", makes no such deal)."""
    named = [i for i in denied.items if i.entity is not None or i.name is not None]
    if not named:
        return False
    names = {_item_name(i) for i in named}
    # goods of the same kind told by no name may be the same; goods told by another name are not
    same = [
        i
        for i in told.items
        if not i.umbrella
        and _kinds(replace(told, items=[i])) & _kinds(replace(denied, items=named))
        and ((i.entity is None and i.name is None) or _item_name(i) in names)
    ]
    return not same


def _item_name(i: Item) -> str | None:
    return i.entity.id if i.entity is not None else i.name


def _kinds(t: Transfer) -> set[str]:
    """The kinds of goods a transfer moves, parts and dual-use goods taken as one kind."""
    return {"components" if i.category in TRADE_GOODS else i.category for i in t.items}


# what joins two goods of one list: 「武器や弾薬」「武器・弾薬」, "weapons and ammunition", "arms, drones"
# (not "drones and other weapons", 「弾薬などの武器」: there the umbrella sums up the goods before it)
_LIST_JOIN = re.compile(r"\s*(?:(?:、|,|・)\s*(?:and\s+|or\s+)?|や|と|及び|および|並びに|ならびに|(?:and|or)\s+)")


def _listed_with(umbrella: ItemHit, items: list[ItemHit], text: str) -> bool:
    """「UAEはRSFに武器や弾薬を送った」, "Iran sent the Houthis weapons and ammunition": a word for
    arms as a whole listed beside other goods is goods of its own, not a gloss on them."""
    for it in items:
        if it is umbrella:
            continue
        gap = (umbrella.end, it.start) if it.start >= umbrella.end else (it.end, umbrella.start)
        if gap[0] < gap[1] and _LIST_JOIN.fullmatch(text, gap[0], gap[1]):
            return True
    return False


def _specific(items: list[ItemHit], text: str, language: str = "und") -> list[ItemHit]:
    """The most specific words for the goods: a named system makes the bare word it contains
    redundant (「K2戦車」 and 「戦車」), and 'weapons' adds nothing beside 'drones' (unless the
    two are listed side by side: "weapons and ammunition"); in English a bare word told after
    the one named system of its kind refers back to it (see `_back_references`)."""
    named = [text[it.start : it.end] for it in items if it.entity is not None]
    kept = [it for it in items if it.entity is not None or not any(text[it.start : it.end] in n for n in named)]
    if any(not it.umbrella for it in kept):
        kept = [
            it
            for it in kept
            if not it.umbrella or it.entity is not None or it.quantity is not None or _listed_with(it, kept, text)
        ]
    out = _one_per_system(_parts_with_their_system(kept, text), text)
    if language == "en":
        out = _back_references(_of_type(out, text), text)
    return out or items


# a bare word that points back to goods told before: "with the first aircraft due in 2028"
_POINTS_BACK = re.compile(r"\b(?:the|these|those|its|their)\s+(?:(?:first|last|remaining|same|new)\s+)?$", re.I)
# what stands between a named system and its own head noun told after a gloss or a shared modifier:
# "Cheongung-II (KM-SAM Block II) medium-range air defence system", "Barak MX air and missile defence system"
_GLOSSED_HEAD = re.compile(r"\s*\([^()]*\)\s*(?:[a-z][\w-]*\s+){0,3}|\s+[a-z][\w-]*\s+(?:and|or)\s+")


def _back_references(items: list[ItemHit], text: str) -> list[ItemHit]:
    """A bare word told after the one named system of its kind that names that system again, not
    goods of its own: its head noun after a gloss ("the Cheongung-II (KM-SAM Block II) air defence
    system": one item), a word pointing back ("12 Rafale fighters, with the first aircraft due in
    2028"), or its head noun with a figure ("for the Chunmoo rocket launcher, Poland signed for 218
    launchers": the figure goes with the system). Goods told beside it ("along with radar systems",
    "BRDM scout cars") and a figure other than the system's own (another lot) stay apart."""
    out = list(items)
    for bare in [it for it in items if it.entity is None and it.name is None and not it.umbrella]:
        systems = [o for o in out if o.category == bare.category and (o.entity is not None or o.name is not None)]
        if len(systems) != 1 or systems[0].end > bare.start:
            continue
        system = systems[0]
        if _figures_differ(system, bare):
            continue
        if _GLOSSED_HEAD.fullmatch(text, system.end, bare.start):
            whole = replace(system, end=bare.end, quantity=system.quantity or bare.quantity)
        elif _POINTS_BACK.search(text, max(0, bare.start - 30), bare.start) or (
            bare.quantity is not None and _own_head(bare, system, text)
        ):
            whole = replace(system, quantity=system.quantity or bare.quantity)
        else:
            continue
        out[out.index(system)] = whole
        out.remove(bare)
    return out


# a bare word glossed by the types of it named right after: "missiles of type Fateh-110 and Zolfaghar"
_OF_TYPE = re.compile(r"\s+of\s+(?:the\s+)?(?:types?|models?)\s+(?:the\s+)?", re.I)


def _of_type(items: list[ItemHit], text: str) -> list[ItemHit]:
    """ "surface-to-surface missiles of type Fateh-110 and Zolfaghar": an uncounted bare word whose
    types are named right after it stands for them, no goods of its own."""
    return [
        it
        for it in items
        if not (
            it.entity is None
            and it.name is None
            and it.quantity is None
            and any(
                o.category == it.category and o.entity is not None and _OF_TYPE.fullmatch(text, it.end, o.start)
                for o in items
            )
        )
    ]


def _figure(q: Quantity) -> float | None:
    return q.value if q.value is not None else q.min


def _figures_differ(a: ItemHit, b: ItemHit) -> bool:
    """Whether two goods words each carry a figure, and not the same one."""
    return a.quantity is not None and b.quantity is not None and _figure(a.quantity) != _figure(b.quantity)


def _own_head(bare: ItemHit, system: ItemHit, text: str) -> bool:
    """Whether the bare word is the head noun the system was named with: 'launchers' after
    'Chunmoo rocket launcher'."""
    word = text[bare.start : bare.end].casefold().rstrip("s")
    return len(word) > 2 and word in text[system.start : system.end].casefold()


def _parts_with_their_system(items: list[ItemHit], text: str) -> list[ItemHit]:
    """「F16戦闘機の関連部品」, "munitions for Patriot": the parts or rounds are the goods, named with
    the system they serve (which is not itself handed over): one item, of the parts' kind."""
    out = list(items)
    for system in items:
        part = next((p for p in out if p is not system and _serves(p, system, text)), None)
        if part is None or system not in out:
            continue
        joined = replace(
            part,
            start=min(part.start, system.start),
            end=max(part.end, system.end),
            entity=part.entity or system.entity,
            name=part.name or system.name,
            origin=part.origin or system.origin,
        )
        out[out.index(part)] = joined
        out.remove(system)
    return out


# goods that serve others: parts, rounds, missiles for a system (「F16戦闘機の関連部品」, "munitions for
# Patriot", "parts for ballistic missiles"); the system they serve is not itself handed over
_SERVING_WORDS = re.compile(
    r"(?:部品|弾薬|砲弾|弾頭|ミサイル|迎撃弾|発射装置|キット|エンジン|センサー|予備"
    r"|parts|components|munitions|ammunition|rounds|shells|missiles|interceptors|spares|engines|warheads|sensors|kits)$",
    re.I,
)
_SERVING_CATEGORIES = frozenset({"components", "ammunition", "artillery-ammunition", "dual-use"})
_OF_SYSTEM_JA = re.compile(r"[」』]?(?:用の?|の|のの)[、 \u3000]?(?:(?:関連|予備|交換用|補修用|専用)の?)?")
_FOR_SYSTEM_EN = re.compile(r"\s+(?:for|of)\s+(?:the\s+|its\s+|their\s+)?")


def _serves(part: ItemHit, system: ItemHit, text: str) -> bool:
    """Whether `part` names goods for `system` told right before (「Xの部品」) or after ('parts for X')."""
    if part.category not in _SERVING_CATEGORIES and not _SERVING_WORDS.search(text, part.start, part.end):
        return False
    if system.end <= part.start:
        return bool(_OF_SYSTEM_JA.fullmatch(text, system.end, part.start))
    return part.end <= system.start and bool(_FOR_SYSTEM_EN.fullmatch(text, part.end, system.start))


def _one_per_system(items: list[ItemHit], text: str) -> list[ItemHit]:
    """One system told twice in one deal is one item (「エーブラムス」 and later 'Abrams'), and a bare
    word set right before the one named system of its kind ('drones, including the Shahed-136')
    stands for it; a figure on either word goes with the system. (Brackets that join a word and a
    name, 主力戦車「エーブラムス」, are one item already: see common.find_items.)"""
    out: list[ItemHit] = []
    for it in sorted(items, key=lambda i: i.start):
        ident = it.entity.id if it.entity is not None else None
        # (rounds for a system, 「Xの弾薬」, are goods of their own beside it)
        same = next(
            (
                o
                for o in out
                if ident is not None and o.entity is not None and o.entity.id == ident and o.category == it.category
            ),
            None,
        )
        if same is not None and not _counted_apart(same, it, text):
            if same.quantity is None and it.quantity is not None:
                out[out.index(same)] = replace(same, quantity=it.quantity)
            continue
        out.append(it)
    for bare in [it for it in out if it.entity is None and it.name is None]:
        systems = [o for o in out if o.category == bare.category and (o.entity is not None or o.name is not None)]
        if len(systems) != 1:
            continue
        system = systems[0]
        if system.end <= bare.start and _HEAD_AFTER_NAME.fullmatch(text, system.end, bare.start):
            # 「「コクサン」170mm自走榴弾砲」, 'F-16V Block 70 jets': the bare word is the named
            # system's own head noun, one item told whole
            opened = _OPENER.get(text[system.end]) == text[system.start - 1 : system.start] if system.start else False
            whole = replace(
                system,
                start=system.start - 1 if opened else system.start,
                end=bare.end,
                quantity=system.quantity or bare.quantity,
            )
            out[out.index(system)] = whole
            out.remove(bare)
            continue
        gap = text[bare.end : system.start] if bare.end <= system.start else None
        if gap is None or not _APPOSITION.fullmatch(gap):
            continue  # 'RPGs and anti-tank missiles' are two things
        if bare.quantity is None:
            out.remove(bare)
        elif system.quantity is None and not gap.strip():
            out[out.index(system)] = replace(system, quantity=bare.quantity)
            out.remove(bare)
    return out


def _counted_apart(told: ItemHit, again: ItemHit, text: str) -> bool:
    """Two goods of one system listed side by side, each with its own figure, are two items:
    "48 Patriot launchers and 644 PAC-3 interceptors" (the launchers and the missiles of one
    system)."""
    if not _figures_differ(told, again) or told.end > again.start:
        return False
    gap = text[told.end : again.start]
    count = again.quantity.text.strip() if again.quantity is not None else ""
    if count and gap.rstrip().endswith(count):
        gap = gap.rstrip()[: -len(count)]
    return bool(_LIST_JOIN.fullmatch(gap))


# what stands between a named system and its head noun: a closing bracket, a calibre or a model
# number (「」170mm」, 'Block 70'), a few lower-case words of description ('airborne early warning'),
# or 「など(の)」 (「パトリオットなどの迎撃ミサイル」)
_HEAD_AFTER_NAME = re.compile(
    r"[」』\]]?[ \u3000]?(?:[0-9０-９.]+ ?(?:mm|ミリ|ｍｍ|口径)|[A-Za-z\-]*[0-9][A-Za-z0-9\-]*)?[ \u3000]?(?:などの?)?"
    r"|(?:/[A-Za-z0-9\-]+)?(?: (?!(?:and|or|plus|other|with|as|to|from|for|of|in|on|by|the|a|an|its|their)\b)"
    r"(?:[A-Z]?[a-z0-9][a-z0-9\-]*|[A-Z0-9][A-Z0-9\-]+)){0,4} ?"
)
_OPENER = {"」": "「", "』": "『", "]": "["}
# what stands between a bare word and the system it names: a space, or 'including'
_APPOSITION = re.compile(r"\s*|\s*[,、]?\s*(?:including|such as|notably|namely|like|特に|とりわけ)\s*(?:the\s+)?", re.I)


def _item(it: ItemHit, text: str) -> Item:
    return Item(
        it.category,
        it.start,
        it.end,
        text[it.start : it.end],
        entity=it.entity,
        name=it.name,
        quantity=it.quantity,
        umbrella=it.umbrella,
    )


def _fill_spans(t: Transfer, text: str) -> None:
    for p in [t.supplier, t.recipient, *t.intermediaries]:
        if p is not None and p.span is not None:
            p.span = Span.of(text, p.span.start, p.span.end)
