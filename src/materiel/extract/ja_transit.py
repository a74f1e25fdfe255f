"""Japanese go-betweens told only as the place goods left from: 「イラン製の武器がシリアからヒズボラに
送られた」 carries Iran's weapons through Syria, not Syria's own; the state the goods are of
(イラン製, イランの) supplies and the state they left from goes between. So do the firms that buy
goods and pass them on in the same sentence (「香港の企業は、欧米製のマイクロチップを調達し、ロシア
企業に販売していた」), while a state buying arms and handing them on makes two transfers."""

from __future__ import annotations

import dataclasses
import re

from materiel.extract.common import FRONT_AFTER
from materiel.extract.frame import Arg, ItemHit, Sentence
from materiel.recognize import JA_FIRM_KINDS

# acts that carry goods along (passive or intransitive), not a giver's own handing over:
# 「…から送られた」「…から密輸された」「…から渡った」「…から運ばれた」
_CARRYING = frozenset({"送る", "届ける", "運ぶ", "渡る", "密輸", "輸送", "流入", "持ち込む", "搬入", "移送", "流れる"})
_SIDES = ("topic", "subj", "agent")


def _country(a: Arg) -> bool:
    return a.entity is not None and a.entity.type in ("country", "region")


def _made_in(sentence: Sentence, a: Arg) -> bool:
    """Whether state `a` is told as the goods' own (イラン製の, 北朝鮮の砲弾), not as their designer
    (「ブラジルが設計した」 names no state the goods are of)."""
    after = sentence.text[a.end - sentence.start : a.end - sentence.start + 1]
    return _country(a) and after in ("製", "産", "の")


def _carried_through(sentence: Sentence, ti: int) -> Arg | None:
    """The one state the goods of act `ti` left from, when the goods are said to be another
    state's and no one is told as doing the act."""
    hit = sentence.triggers[ti]
    if hit.trigger.lemma not in _CARRYING or not (hit.passive or hit.trigger.direction == "move"):
        return None
    own = [a for a in sentence.parties if a.trigger == ti]
    if any(a.case in _SIDES for a in own):
        return None
    sources = [a for a in own if a.case == "source" and _country(a)]
    origins = {a.entity.id for a in own if a.case == "origin" and a.entity is not None and _made_in(sentence, a)}
    if len(sources) != 1 or len(origins) != 1 or sources[0].entity is None:
        return None
    return None if sources[0].entity.id in origins else sources[0]


def sources_in_transit(sentence: Sentence) -> None:
    """Mark the state goods of another state's make left from as a go-between of the act:
    「オマーンから密輸されたイランの武器がフーシ派に渡った」 is Iran to the Houthis via Oman."""
    for ti in range(len(sentence.triggers)):
        source = _carried_through(sentence, ti)
        if source is None:
            continue
        source.case = "via"
        for p in sentence.places:
            if p.start == source.start and p.case == "source":
                p.case = "via"


def _buyer(sentence: Sentence, ti: int) -> Arg | None:
    """The one told as taking the goods in a passive act of receipt `ti` (「UAEの会社によって購入
    され」), when it names no one it takes them from. (An active buyer, 「AはBから購入し、Cに転売
    した」, is the subject of the act of passing on as well, and is read there.)"""
    hit = sentence.triggers[ti]
    own = [a for a in sentence.parties if a.trigger == ti]
    if hit.trigger.direction != "receive" or not hit.passive or any(a.case == "source" for a in own):
        return None
    takers = [a for a in own if a.case == "agent"]
    return takers[0] if len(takers) == 1 and takers[0].entity is not None else None


def bought_to_sell_on(sentence: Sentence) -> None:
    """「部品はUAEの会社によって購入され、ロシアの軍需企業に再販された」: goods bought to be passed on
    (転売, 再販, 再輸出) by one who does not give them of its own go through the buyer; the act of
    passing on carries the goods, and the buyer is its go-between."""
    for ti, tj in zip(range(len(sentence.triggers)), range(1, len(sentence.triggers)), strict=False):
        onward = sentence.triggers[tj]
        if not onward.trigger.onward or onward.trigger.direction != "give":
            continue
        if any(a.trigger == tj and a.case in _SIDES for a in sentence.parties):
            continue
        buyer = _buyer(sentence, ti)
        if buyer is None:
            continue
        buyer.trigger, buyer.case, buyer.direct = tj, "via", True
        for it in sentence.items:
            if it.trigger == ti:
                it.trigger = tj


# 「部品の多くは中国製であり」「砲弾は北朝鮮製だった」: goods said, as the clause's predicate, to be of a state
# (「輸入した兵器の8割は中国製だ」「約6割が」: a share of them, as arms-trade tallies tell it)
_MADE_PREDICATE = re.compile(
    r"(?:の(?:多く|一部|大半|大部分|ほとんど|殆ど|半数|約半数))?(?:は|も)"
    r"|の(?:約|およそ|ほぼ)?[0-9０-９一二三四五六七八九十.．]+(?:割|％|%)(?:以上|近く|超|強|弱)?(?:は|も|が)"
)
_MADE_AFTER = re.compile(r"(?:製|産)(?:だ|で|であ|とみられ|と見られ|とされ|の)")


# 「…兵器を輸入し、その約8割が中国製だった」: a share of the goods just told, by a pronoun
_SHARE_OF_THEM = re.compile(
    r"その(?:うち)?(?:約|およそ|ほぼ)?(?:[0-9０-９一二三四五六七八九十.．]+(?:割|％|%)(?:以上|近く|超|強|弱)?"
    r"|多く|大半|大部分|ほとんど|半数)(?:は|が)$"
)


def origin_told_of(text: str, sentence: Sentence) -> None:
    """The state goods are said to be of, told after them as the clause's predicate, is their
    origin: 「ドローンの部品の多くは中国製であり、ポーランドの業者を通じて調達されている」 (so is one a
    share of them, told by a pronoun, is said to be of: 「兵器を輸入し、その約8割が中国製だった」)."""
    for a in sentence.parties:
        if a.entity is None or not _MADE_AFTER.match(text, a.end):
            continue
        share = _SHARE_OF_THEM.search(text, max(sentence.start, a.start - 16), a.start)
        goods = [it for it in sentence.items if share is not None and it.end <= share.start()]
        if goods and goods[-1].origin is None:
            goods[-1].origin = a.entity
            for b in sentence.parties:  # (the parse may have read the name as a subject too)
                if b.start == a.start:
                    b.case = "origin"
    for it in sentence.items:
        if it.origin is not None:
            continue
        topic = _MADE_PREDICATE.match(text, it.end)
        if topic is None:
            continue
        for a in sentence.parties:
            if a.start == topic.end() and a.entity is not None and _MADE_AFTER.match(text, a.end):
                it.origin = a.entity
                a.case = "origin"


# 「米国製やドイツ製の」「日本製と韓国製の」: makes set side by side before one word for the goods
_MAKES_JOINED = re.compile(r"(?:製|産)?(?:や|と|、|・)")


def made_in_each(text: str, items: list[ItemHit], parties: list[Arg]) -> list[ItemHit]:
    """The goods of each make told side by side (「米国製やドイツ製の電子部品」 are US-made parts and
    German-made parts): one more item, of that make, per make before the one the goods took."""
    out: list[ItemHit] = []
    for it in items:
        if it.origin is None:
            continue
        makes = sorted((a for a in parties if a.case == "origin" and a.end <= it.start), key=lambda a: a.start)
        made = it.origin.id
        last = next((a for a in reversed(makes) if a.entity is not None and a.entity.id == made), None)
        if last is None:
            continue
        joined = last
        for a in reversed(makes[: makes.index(last)]):
            if a.entity is None or a.entity.id == made or not _MAKES_JOINED.fullmatch(text, a.end, joined.start):
                break
            out.append(dataclasses.replace(it, origin=a.entity))
            joined = a
    return out


def front_of_the_war(text: str, sentence: Sentence) -> None:
    """「北朝鮮の砲弾は、ロシア極東の港に到着した後、鉄道でウクライナの前線に運ばれた」: goods that
    reached one state and then go on to a front named after another state go to the war there,
    not to that state; the front names no receiver."""
    for a in sentence.parties:
        if a.case != "goal-gen" or a.trigger is None or a.entity is None or not FRONT_AFTER.match(text, a.end):
            continue
        earlier = [
            b
            for b in [*sentence.parties, *sentence.places]
            if b.case in ("goal", "goal-gen")
            and b.end <= a.start
            and b.entity is not None
            and b.entity.id != a.entity.id
            and b.trigger is not None
            and b.trigger != a.trigger
        ]
        if earlier:
            a.case = "other"


_ARRIVED_FROM = frozenset({"届く", "受け取る", "受領", "入手", "到着"})
# acts by which the one passing the goods on took them as its own
_ACQUIRED = frozenset({"受け取る", "受領", "入手"})


def _state_acquired(sentence: Sentence, arrival: str, tj: int) -> bool:
    """「ロシアは北朝鮮から入手した砲弾をベラルーシに送った」: a state that got the goods (入手, 受け取る)
    and gives them on makes two transfers, NK to Russia and Russia to Belarus; goods that only came
    (届いた) or a firm's buy re-sold (dual-use parts through a go-between) stay one journey."""
    givers = [a for a in sentence.parties if a.trigger == tj and a.case in _SIDES]
    return arrival in _ACQUIRED and bool(givers) and all(_country(a) for a in givers)


def passed_on_after_arrival(text: str, sentence: Sentence) -> None:
    """「シリアは、イランから届いた武器をヒズボラに引き渡していた」: goods described as come from
    one state and handed on by another go from the first through the second (as 横流し does)."""
    for tj, hit in enumerate(sentence.triggers):
        if hit.trigger.direction != "give" or hit.passive or hit.trigger.onward:
            continue
        goods = [it for it in sentence.items if it.trigger == tj and it.start < hit.start and it.origin is None]
        for ti in range(tj):
            arrival = sentence.triggers[ti]
            if arrival.trigger.lemma not in _ARRIVED_FROM or not goods:
                continue
            if _state_acquired(sentence, arrival.trigger.lemma, tj):
                break
            if not 0 < goods[0].start - arrival.end <= 3 or "、" in text[arrival.end : goods[0].start]:
                continue
            own = [a for a in sentence.parties if a.trigger == ti]
            sources = [a for a in own if a.case == "source" and _country(a)]
            if len(sources) != 1 or any(a.case in ("goal", "goal-gen") for a in own) or sources[0].entity is None:
                continue
            for it in goods:
                it.origin = sources[0].entity
            sentence.triggers[tj] = dataclasses.replace(hit, trigger=dataclasses.replace(hit.trigger, onward=True))
            break


# 「米国からのエイブラムス戦車」: a source told in the noun phrase of the goods
_FROM_BEFORE_GOODS = re.compile(r"(?:から|より)の")


def sources_per_goods(text: str, sentence: Sentence) -> None:
    """「ウクライナは米国からのエイブラムス戦車とドイツからのレオパルト2戦車を受け取った」: goods
    each told with their own source (からの) come from that source, each; the sources are read as
    the goods' makes, which the assembler splits one act per make."""
    for ti in range(len(sentence.triggers)):
        told: list[tuple[Arg, ItemHit]] = []
        for a in sentence.parties:
            if a.trigger != ti or a.case != "source" or a.entity is None:
                continue
            m = _FROM_BEFORE_GOODS.match(text, a.end)
            goods = m and next((it for it in sentence.items if it.trigger == ti and 0 <= it.start - m.end() <= 6), None)
            if goods:
                told.append((a, goods))
        if len({a.entity.id for a, _ in told if a.entity is not None}) < 2:
            continue
        for a, goods in told:
            a.case, goods.origin = "origin", a.entity


def _trader(text: str, a: Arg) -> bool:
    """Whether party `a` is told as a firm of its state (「香港の企業は」「トルコの商社が」) or as the
    firm told before (同社), not as the state acting itself."""
    return bool(_FIRM_OF.match(text, a.end)) or text.startswith("同社", a.start)


def _same_goods(text: str, sentence: Sentence, ti: int, tj: int) -> bool:
    """Whether act `tj` names no goods but those of act `ti` (told again by the same words)."""
    bought = {text[it.start : it.end] for it in sentence.items if it.trigger == ti}
    return bool(bought) and all(text[it.start : it.end] in bought for it in sentence.items if it.trigger == tj)


def traders_sell_on(text: str, sentence: Sentence) -> None:
    """「香港の企業は、欧米製のマイクロチップを調達し、ロシア企業に販売していた」: a firm that buys
    goods and, in the same sentence, sells or sends the same goods on to another passes them on
    (as 転売 does); it goes between, and the goods go to the one it passes them to. (A state
    buying arms for its own forces and handing some on makes two transfers: 「ロシアは北朝鮮から
    入手した砲弾をベラルーシに送った」, see `_state_acquired`.)"""
    for tj in range(1, len(sentence.triggers)):
        hit, bought = sentence.triggers[tj], sentence.triggers[tj - 1]
        if hit.trigger.direction != "give" or hit.passive or hit.negated or hit.trigger.onward:
            continue
        if bought.trigger.direction != "receive" or bought.passive or bought.negated:
            continue
        buyers = [a for a in sentence.parties if a.trigger == tj - 1 and a.case in ("subj", "topic")]
        if not buyers or not all(_trader(text, a) and a.entity is not None for a in buyers):
            continue
        own = [a for a in sentence.parties if a.trigger == tj]
        ids = {a.entity.id for a in buyers if a.entity is not None}
        # (an active act's giver is its subject or topic; 「…によると」 is who tells it)
        if any(a.case in ("subj", "topic") and (a.entity is None or a.entity.id not in ids) for a in own):
            continue
        if not any(a.case in ("goal", "goal-gen") for a in own) or not _same_goods(text, sentence, tj - 1, tj):
            continue
        sentence.triggers[tj] = dataclasses.replace(hit, trigger=dataclasses.replace(hit.trigger, onward=True))


# 「UAEの卸から」「トルコの商社から」: the trader of a state goods are bought from
_TRADER_OF = re.compile(r"の(?:" + JA_FIRM_KINDS + r"|卸売業者|卸|問屋)(?:から|より)")


def bought_from_traders(text: str, sentence: Sentence) -> None:
    """「日本製の電子部品をUAEの卸から仕入れ、トラックでロシアに送った」: goods of one state's make,
    bought from another state's trader and sent on in the same sentence, went through that state:
    it goes between on the act that sends them on."""
    for tj in range(1, len(sentence.triggers)):
        hit, bought = sentence.triggers[tj], sentence.triggers[tj - 1]
        if hit.trigger.direction != "give" or hit.passive or hit.negated:
            continue
        if bought.trigger.direction != "receive" or bought.passive or bought.negated:
            continue
        if not any(a.trigger == tj and a.case == "goal" for a in sentence.parties):
            continue
        made = {a.entity.id for a in sentence.parties if a.trigger == tj - 1 and a.case == "origin" and a.entity}
        for a in sentence.parties:
            if a.trigger != tj - 1 or a.case != "gen" or a.entity is None or a.entity.id in made or not made:
                continue
            if _TRADER_OF.match(text, a.end):
                a.case, a.trigger, a.direct = "via", tj, True


def bought_then_passed_on(text: str, sentence: Sentence) -> None:
    """「ジョージアの企業が欧州から輸入した部品は、その後ロシアに再輸出された」「ドイツ製の工作機械は、
    トルコの商社が輸入した後、ロシアに転売された」: a firm told buying the goods that are then passed
    on (a passive 再輸出 or 転売) goes between, whichever act the parse gave it to."""
    for tj, hit in enumerate(sentence.triggers):
        if not (hit.trigger.onward and hit.trigger.direction == "give" and hit.passive):
            continue
        bought = [ti for ti in range(tj) if sentence.triggers[ti].trigger.direction == "receive"]
        if not bought or sentence.triggers[bought[-1]].passive:
            continue
        at = sentence.triggers[bought[-1]].start
        for a in sentence.parties:
            if a.trigger in (bought[-1], tj) and a.case in ("subj", "topic") and a.end <= at and _trader(text, a):
                a.case, a.trigger, a.direct = "via", tj, True


# 「これらの企業が」「こうした商社は」: firms named earlier in the sentence, pointed back to
_FIRMS_AGAIN = re.compile(
    r"(?:(?:これら|それら|こうした|これ|同)の?" + JA_FIRM_KINDS + r"|(?<![^\s、。」』）)])(?:同|この|これら)?"
    r"[0-9０-９一二三四五六七八九十]{1,3}社)(?:が|は)"
)  # (「3社は」「同3社が」: a count of the firms named before)
# 「香港やUAEの企業など十数社を」: the state a firm named in a list is of
_FIRM_OF = re.compile(r"(?:（[^）]{1,12}）|）)?(?:など|等)?の" + JA_FIRM_KINDS)
_LISTED = re.compile(r"\s*(?:や|と|、|・|及び|および)\s*")


def _firms_named(text: str, named: list[Arg]) -> list[Arg]:
    """The states of the firms named among `named` (in order), with the states listed with a firm's
    own: 「香港やUAEの企業」 names Hong Kong's firms and the UAE's."""
    named = sorted({a.start: a for a in named if a.entity is not None}.values(), key=lambda a: a.start)
    firms = [a for a in named if _FIRM_OF.match(text, a.end)]
    if not firms:
        return []
    listed = firms[:1]
    for a in reversed([a for a in named if a.end <= firms[0].start]):
        if not _LISTED.fullmatch(text, a.end, listed[0].start):
            break
        listed.insert(0, a)
    return list({a.start: a for a in listed + firms}.values())


def firms_told_again(text: str, sentence: Sentence, before: list[Sentence]) -> None:
    """「米財務省は香港やUAEの企業など十数社を制裁対象に指定し、これらの企業が中国製の工作機械を
    ロシアに納入していたと指摘した」: firms pointed back to as the act's subject (これらの企業が) are
    the firms named before; their states act through them (the goods' make, if told, supplies).
    Where the sentence names no firm before the pointer, the firms are those the sentence before
    named (「…香港とUAEの企業を制裁対象に指定した。これらの企業は…転売していた」)."""
    seg = text[sentence.start : sentence.end]
    for m in _FIRMS_AGAIN.finditer(seg):
        at = sentence.start + m.start()
        ti = next((i for i, h in enumerate(sentence.triggers) if h.start >= sentence.start + m.end()), None)
        if ti is None or any(a.trigger == ti and a.case in ("subj", "topic") for a in sentence.parties):
            continue
        firms = _firms_named(text, [a for a in sentence.parties if a.end <= at])
        if firms:
            for a in firms:
                if a.case == "goal" and a.trigger is not None and a.trigger < ti:
                    # (「…を中国の商社に販売し、同商社がロシアに転売した」: the firm sold to sells on)
                    sentence.parties.append(dataclasses.replace(a, case="subj", trigger=ti, direct=True))
                    continue
                a.case, a.trigger, a.direct, a.speech_topic, a.foreign = "subj", ti, True, False, False
        elif before:
            # (told apart from their list, the firms after the first go between with it)
            sentence.parties += [
                dataclasses.replace(
                    a, case="via" if k else "subj", trigger=ti, direct=True, speech_topic=False, foreign=False
                )
                for k, a in enumerate(_firms_named(text, before[-1].parties))
            ]


# 「同社はこれを」「同社はそれらを」: the firm and the goods the sentence before told, pointed back to
_FIRM_PASSES_THEM = re.compile(r"同社(?:は|が)、?(?:[^、。]{0,8}?)(?:これ|それ)(?:ら)?を")


def resold_told_before(text: str, sentence: Sentence, before: list[Sentence]) -> bool:
    """「カザフスタンの商社は昨年、米国製の半導体を輸入した。米商務省によると、同社はこれをロシアの防衛
    企業に転売していた」: a firm that passes on (転売, 再輸出) the goods it was told buying in the sentence
    before passes on the goods of that purchase, which the act then holds (their make, told there,
    supplies them, the firm's state going between, as in one sentence); the purchase was only its
    first leg, no act of its own. True where the sentence so takes over the purchase before."""
    if not before:
        return False
    pointer = _FIRM_PASSES_THEM.search(text, sentence.start, sentence.end)
    prev = before[-1]
    if pointer is None or any(it.start >= sentence.start for it in sentence.items if it.trigger is not None):
        return False
    tj = next(
        (
            j
            for j, h in enumerate(sentence.triggers)
            if h.start >= pointer.end() and h.trigger.onward and h.trigger.direction == "give" and not h.passive
        ),
        None,
    )
    bought = [i for i, h in enumerate(prev.triggers) if h.trigger.direction == "receive" and not h.passive]
    if tj is None or len(bought) != 1:
        return False
    goods = [it for it in prev.items if it.trigger == bought[0] and it.origin is not None]
    if not goods:
        return False
    sentence.items += [dataclasses.replace(it, trigger=tj, direct=True) for it in goods]
    prev.items = [it for it in prev.items if it.trigger != bought[0]]
    for a in prev.parties:
        if a.trigger == bought[0]:
            a.trigger = None
    return True


# 「ロシア向けに」「ロシア軍向けの」: the one goods are bought for, told as where they are bound
_BOUND_FOR = re.compile(r"(?:[^、。がはをにで]{0,6}?)向け(?:に|の|と)")


# 「ロシアの軍需企業に流れた中国製の工作機械は」: where the goods went, told in a clause on them
_FLOWED_TO = re.compile(
    r"(?:の[^、。がはを]{0,8}?)?(?:に|へ)(?:流れ|渡っ|流出し|流入し|送られ|運ばれ|運び込まれ|届い)(?:た|ている|ていた)"
    r"[^、。がはを]{0,16}?(?:は|が|を)"
)


def bought_for_another(text: str, sentence: Sentence) -> None:
    """「中国の輸入業者が、ロシア向けに韓国製の半導体を買い付けていた」「トルコの商社は、ロシア向けの
    工作機械を輸入していた」: a firm buying goods bound for another party buys them for it; the goods
    go to the one they are bound for, and the firm (its state) goes between, as with goods it buys and
    sells on. (A state buying for another, 「ポーランドはウクライナ向けに砲弾を購入した」, is no trader:
    left as it is.)"""
    for ti, hit in enumerate(sentence.triggers):
        if hit.trigger.direction != "receive" or hit.passive or hit.negated:
            continue
        own = [a for a in sentence.parties if a.trigger == ti]
        buyers = [a for a in own if a.case in ("subj", "topic")]
        bound = [
            a
            for a in own
            if a.case == "goal"
            and a.entity is not None
            and (_BOUND_FOR.match(text, a.end) or _FLOWED_TO.match(text, a.end))
        ]
        if len(bound) != 1 or not buyers or not all(_trader(text, a) and a.entity is not None for a in buyers):
            continue
        goal = bound[0].entity
        if goal is None or any(a.entity is not None and a.entity.id == goal.id for a in buyers):
            continue
        for a in buyers:
            a.case = "via"


# goods a state may pass on as a go-between, counted from their make: parts, dual-use goods, drones
_PASSED_GOODS = frozenset({"components", "dual-use", "drone"})


def resold_later(text: str, sentence: Sentence, before: list[Sentence]) -> bool:
    """「カザフスタンの企業は中国から無人機部品を輸入していた。その後、部品はロシアに転売された」
    「キルギスはドイツから電子部品を輸入した。その多くはロシアに転売されたとみられる」: goods told
    passed on (a passive 転売, 再輸出, with no giver of its own) in the sentence after their purchase
    are the goods of that purchase; the purchase was the journey's first leg, and the buyer (a firm of
    its state, or a state buying parts, dual-use goods or drones) goes between, the goods counted from
    the state they were bought from or are of. (Weapons a state bought and handed on are its own
    supply: the state passes them on, and the purchase stays an act of its own.) True where the
    sentence so takes over the purchase before."""
    if not before:
        return False
    prev = before[-1]
    onward = [
        j
        for j, h in enumerate(sentence.triggers)
        if h.trigger.onward and h.trigger.direction == "give" and h.passive and not h.negated
    ]
    if len(onward) != 1 or any(h.trigger.direction == "receive" for h in sentence.triggers):
        return False
    tj = onward[0]
    own = [a for a in sentence.parties if a.trigger == tj]
    goals = [a for a in own if a.case in ("goal", "goal-gen") and a.entity is not None]
    if not goals or any(a.case in (*_SIDES, "source", "via") for a in own):
        return False
    bought = [i for i, h in enumerate(prev.triggers) if h.trigger.direction == "receive" and not h.passive]
    if len(bought) != 1 or prev.triggers[bought[0]].negated:
        return False
    ti = bought[0]
    theirs = [a for a in prev.parties if a.trigger == ti]
    buyers = [a for a in theirs if a.case in ("subj", "topic")]
    sources = [a for a in theirs if a.case == "source" and _country(a)]
    goods = [it for it in prev.items if it.trigger == ti]
    if len(buyers) != 1 or buyers[0].entity is None or not _country(buyers[0]) or not goods or len(sources) > 1:
        return False
    buyer = buyers[0]
    if any(a.entity is not None and buyer.entity is not None and a.entity.id == buyer.entity.id for a in goals):
        return False
    words = [text[it.start : it.end] for it in goods]
    told = [it for it in sentence.items if it.trigger == tj]
    if any(not any(w.endswith(text[it.start : it.end]) for w in words) for it in told):
        return False
    if not _trader(text, buyer) and not all(it.category in _PASSED_GOODS for it in goods):
        # (weapons a state bought and handed on: the state hands on its own, the purchase stays)
        sentence.parties.append(dataclasses.replace(buyer, case="agent", trigger=tj, direct=True, speech_topic=False))
        return False
    source = sources[0].entity if sources else None
    sentence.items = [it for it in sentence.items if it.trigger != tj]
    sentence.items += [
        dataclasses.replace(it, trigger=tj, direct=True, origin=it.origin if it.origin is not None else source)
        for it in goods
    ]
    prev.items = [it for it in prev.items if it.trigger != ti]
    for a in theirs:
        a.trigger = None
    sentence.parties.append(dataclasses.replace(buyer, case="via", trigger=tj, direct=True, speech_topic=False))
    return True
