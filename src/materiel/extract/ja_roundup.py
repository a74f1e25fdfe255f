"""Japanese roundups with one verb for several acts: 「英国がチャレンジャー2を、カナダがレオパルト2を
4両、スペインが6両を送った」「米国からHIMARS、英国からストームシャドーが届いている」「米国はチェコに
砲弾を、スロバキアに戦車を送った」, or a later giver told with も that hands over the same goods
(「デンマークはウクライナにF16を供与しており、オランダも5月に引き渡しを終えた」), or with no verb at
all, a tally of buyers after the word for where the goods went (「TB2の主な輸出先は、ポーランドが24機、
クウェートが18機」)."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Mapping
from typing import Any

from materiel.extract.frame import Arg, ItemHit, Sentence, TriggerHit
from materiel.extract.ja_case import DEAL_PARTNER
from materiel.gazetteer import Gazetteer
from materiel.lexicon import Trigger

# 「6両を」「4基が」: a count standing for the goods
_BARE_COUNT = re.compile(r"(?:を|が|は|も)")
# what closes one act of the list before the next opens: 「…を、」「…4両、」「…ストームシャドー、」
_CLOSE = re.compile(r"(?:を|が|も|経由で)?、\s*$")


# 「オマーン経由でフーシ派に、エジプト経由でハマスに」: the way told before the receiver opens its stretch
_WAY_BEFORE = re.compile(r"(?:経由で|を経由して|を通じて|を経て)、?")


def _stretch_start(a: Arg, vias: list[Arg], text: str) -> int:
    """Where the stretch a receiver opens starts: at the way told right before it, if any."""
    way = next((v for v in vias if v.end <= a.start and _WAY_BEFORE.fullmatch(text, v.end, a.start)), None)
    return way.start if way is not None else a.start


# 「ロシア軍はイランの無人機を使用しており、」「北朝鮮は派兵し、」: a stretch closed by a verb of its own
# (a て or continuative form) is a clause of its own, not one act of a list gapped on the last verb
_VERB_CLOSE = re.compile(r"(?:ており|ていて|ていたが|(?<!対)(?<!通)(?<!関)して|[^をがもで]し|たが|るが)、\s*$")


def _segments(text: str, openers: list[Arg], end: int, vias: list[Arg] = []) -> list[tuple[int, int]] | None:  # noqa: B006
    bounds = [_stretch_start(a, vias, text) for a in openers]
    if bounds[0] == openers[0].start:  # (「ヒズボラにはシリア経由で、フーシ派には…」: the way after)
        bounds = [a.start for a in openers]
    bounds += [end]
    spans = list(itertools.pairwise(bounds))
    for _s, e in spans[:-1]:
        if not _CLOSE.search(text, _s, e) or _VERB_CLOSE.search(text, _s, e):
            return None
    return spans


# 「砲弾を北朝鮮から、」「砲弾は北朝鮮から、無人機の一部はイランから」: goods (を, or は/も when
# contrasted, a share of them: の一部) then the source that closes their stretch (から, and a comma
# before the next stretch)
_GOODS_MARK = re.compile(r"(?:の(?:一部|多く|大半|大部分))?(?:を|は|も)\s*")
_SOURCE_CLOSE = re.compile(r"(?:から|より)(、)?")
_GOAL_CLOSE = re.compile(r"(?:に|へ)(、)?")


def _goods_first_spans(
    text: str,
    items: list[ItemHit],
    openers: list[Arg],
    joined: list[Arg] = [],  # noqa: B006
) -> list[tuple[int, int]] | None:
    """「ロシアは砲弾を北朝鮮から、無人機をイランから調達した」「砲弾は北朝鮮から、無人機はイランから
    受け取った」「戦車をポーランドに、自走砲をルーマニアに」: stretches that name their goods first
    and close on their source; each runs from its goods to its source. None unless every stretch
    has goods right before its source and all but the last close with a comma."""
    # (「イスラエルは防空システムをドイツに、レーダーをアゼルバイジャンに売却した」: the same with the
    # one given to closing each stretch)
    closing = {"source": _SOURCE_CLOSE, "goal": _GOAL_CLOSE}.get(openers[0].case)
    if closing is None:
        return None
    spans: list[tuple[int, int]] = []
    start = 0
    for k, opener in enumerate(openers):
        # (「…をルーマニアとエストニアに」: the stretch closes after the last of the parties joined)
        upto = openers[k + 1].start if k + 1 < len(openers) else len(text)
        end = max([opener.end, *(a.end for a in joined if opener.end <= a.start < upto)])
        close = closing.match(text, end)
        if close is None or bool(close.group(1)) != (k < len(openers) - 1):
            return None
        lo = openers[k - 1].end if k else 0
        goods = [it for it in items if lo <= it.start and _GOODS_MARK.fullmatch(text, it.end, opener.start)]
        if not goods:
            return None
        start = goods[0].start if k == 0 else lo
        spans.append((start, end))
    return spans


def _goods_told_once(sentence: Sentence, openers: list[Arg], spans: list[tuple[int, int]]) -> list[ItemHit]:
    """「米国はイスラエルに、イランはヒズボラに武器を供与している」: each stretch names its own pair of
    parties and only the last names the goods, which are every stretch's. Empty unless so."""
    last_start, last_end = spans[-1]
    last = [it for it in sentence.items if last_start <= it.start < last_end]
    if not last or any(it.start < last_start for it in sentence.items):
        return []
    for opener, (s, e) in zip(openers, spans, strict=True):
        partners = [a for a in sentence.parties if s <= a.start < e and a is not opener and a.entity is not None]
        if not partners or any(a.case == opener.case for a in partners):
            return []
    return last


def _the_act(sentence: Sentence) -> int | None:
    """The one act a list can be gapped on: the sentence's only act, or its only verb where the
    other acts are nouns that set the scene before it (「ウクライナへの戦車供与では、ドイツが14両、
    オランダが18両を提供する」)."""
    verbs = [i for i, h in enumerate(sentence.triggers) if not h.nominal]
    if len(sentence.triggers) == 1 or len(verbs) == 1:
        ti = verbs[0] if verbs else 0
        hit = sentence.triggers[ti]
        if not hit.nominal and not hit.negated:
            return ti
    return None


def _count_stands_for(text: str, q: Any, spans: list[tuple[int, int]], k: int) -> bool:
    """Whether count `q` of stretch `k` stands for the goods: 「14両を」, a count that closes a
    stretch before the last, 「米国が31両、ドイツが18両の戦車を」, or one right before the act's word
    that closes the last (「TB2をポーランドに24機、クウェートに18機輸出した」)."""
    return (
        bool(_BARE_COUNT.match(text, q.end))
        or (k < len(spans) - 1 and text.startswith("、", q.end) and q.end + 1 == spans[k + 1][0])
        or (k == len(spans) - 1 and q.end == spans[k][1])
    )


def _one_kind(items: list[ItemHit]) -> ItemHit | None:
    return items[0] if len(items) == 1 else None


def _once_each(named: list[Arg]) -> list[Arg]:
    """The parties of one case, each state once: 「ベネズエラのマドゥロ政権は」 names one requester
    twice, not a list of two."""
    seen: set[str] = set()
    once: list[Arg] = []
    for a in named:
        if a.entity is not None and a.entity.id not in seen:
            seen.add(a.entity.id)
            once.append(a)
    return once if len(once) > 1 else named[:1]


# parties joined as one side of a stretch: 「マレーシアとタイに」「英国、フランスが」
_JOINED = re.compile(r"\s*(?:と|や|・|、|及び|および)\s*")


def _first_of_each_group(text: str, named: list[Arg]) -> tuple[list[Arg], list[Arg]]:
    """「ベトナムに巡視船、マレーシアとタイに沿岸監視レーダーを供与」: parties joined by と (や, ・)
    open one stretch together; the first of each group opens it, the rest are joined to it."""
    openers: list[Arg] = []
    joined: list[Arg] = []
    for prev, a in zip([None, *named], named, strict=False):
        if prev is not None and _JOINED.fullmatch(text, prev.end, a.start):
            joined.append(a)
        else:
            openers.append(a)
    return openers, joined


def _place_follows(sentence: Sentence, a: Arg, ti: int) -> None:
    """The place told by a party's very words belongs to the party's act: 「中国に…を、イランに…を
    要請」 does not send the goods asked of China on to Iran."""
    for p in sentence.places:
        if (p.start, p.end) == (a.start, a.end):
            p.trigger = ti


def split_gapped(text: str, sentence: Sentence, quantities: list[Any]) -> None:
    """One act per party that opens a stretch of the list, with the goods (or the count) of that
    stretch; the parties outside the list (a recipient named once) go with every act. A stretch
    with only a count counts the goods of the stretch before, else of the last stretch (「米国が
    31両、ドイツが18両の戦車を」), else the goods the sentence named before the list."""
    hit_i = _the_act(sentence)
    if hit_i is None:
        return
    hit = sentence.triggers[hit_i]
    before = [h for h in sentence.triggers if h is not hit]
    openers: list[Arg] = []
    joined: list[Arg] = []
    # (「米国はウクライナに戦車を、ポーランドに自走砲を供与した」: one giver, a recipient per stretch)
    for case in ("source", "subj", "topic", "goal"):
        named = sorted(
            (
                a
                for a in sentence.parties
                if a.case == case and a.entity is not None and a.end <= hit.start and (not before or a.trigger == hit_i)
            ),
            key=lambda a: a.start,
        )
        openers, joined = _first_of_each_group(text, _once_each(named))
        if len(openers) >= 2:
            break
    if len(openers) < 2 or any(h.end > openers[0].start for h in before):
        return
    vias = [a for a in sentence.parties if a.case == "via"] if openers[0].case == "goal" else []
    spans = _segments(text, openers, hit.start, vias) or _goods_first_spans(text, sentence.items, openers, joined)
    if spans is None:
        return
    goods: list[list[ItemHit]] = []
    told_once = _goods_told_once(sentence, openers, spans)
    last = _one_kind([it for it in sentence.items if spans[-1][0] <= it.start < spans[-1][1]])
    ahead = _one_kind(list({(it.start, it.end): it for it in sentence.items if it.end <= openers[0].start}.values()))
    counted_ahead = False
    for k, (s, e) in enumerate(spans):
        own = [it for it in sentence.items if s <= it.start < e]
        if not own and told_once:
            own = [dataclasses.replace(it, quantity=None) for it in told_once]
        elif not own:
            counts = [q for q in quantities if s <= q.start < e and _count_stands_for(text, q, spans, k)]
            like = goods[-1][0] if goods and len(goods[-1]) == 1 else (last or ahead)
            if len(counts) != 1 or like is None:
                return
            counted_ahead = counted_ahead or like is ahead
            own = [dataclasses.replace(like, start=counts[0].start, end=counts[0].end,
                                       quantity=counts[0].quantity, entity=like.entity)]  # fmt: skip
        goods.append(own)
    shared = [
        a for a in sentence.parties if not any(a is o for o in openers) and not spans[0][0] <= a.start < hit.start
    ]
    if before:  # (the scene's act is the one split: its parties are every act's)
        for a in shared:
            a.trigger = hit_i if a.trigger is not None and sentence.triggers[a.trigger] in before else a.trigger
        sentence.triggers = [dataclasses.replace(hit) if h in before else h for h in sentence.triggers]
    if before or counted_ahead:
        # (the goods named ahead are counted in the stretches: not an act's goods of their own)
        sentence.items = [it for it in sentence.items if it.start >= openers[0].start]
    for k, (opener, own) in enumerate(zip(openers, goods, strict=True)):
        ti = hit_i
        if k > 0:
            ti = len(sentence.triggers)
            sentence.triggers.append(dataclasses.replace(hit))
            sentence.parties += [dataclasses.replace(a, trigger=ti) for a in shared]
            if told_once:  # (the stretch's own receiver and go-between are its act's)
                s, e = spans[k]
                for a in [*sentence.parties, *sentence.places]:
                    if s <= a.start < e and a is not opener:
                        a.trigger = ti
        # (「マレーシアとタイに」: the parties joined to the opener share its act)
        for a in [opener, *(a for a in joined if spans[k][0] <= a.start < spans[k][1])]:
            a.trigger, a.direct = ti, True
            _place_follows(sentence, a, ti)
        for it in own:
            it.trigger, it.direct = ti, True
            if not any(it is x for x in sentence.items):
                sentence.items.append(it)


# 「TB2の主な輸出先は、ポーランドが24機、クウェートが18機」「ロシア製兵器の輸出先はインド（34％）、
# 中国（21％）」: a seller's buyers tallied one by one, with no verb but the act's far side (…先)
_DESTINATIONS = re.compile(r"(?P<act>輸出|供与|売却|販売|納入)先")
# what follows a buyer of the tally: its count or share, told with が or in brackets
_TALLIED = re.compile(
    r"\s*(?:が|[（(])\s*(?:約|およそ)?[0-9０-９][0-9０-９.,．]*\s*(?P<unit>機|両|隻|基|門|発|％|%|パーセント)"
)
_SHARE_UNITS = ("％", "%", "パーセント")


def _tallied_count(text: str, taker: Arg, quantities: list[Any]) -> Any:
    """The count a tally gives the buyer `taker` (「ポーランドが24機」), None for a share (「インドが34％」)."""
    tally = _TALLIED.match(text, taker.end)
    if tally is None or tally["unit"] in _SHARE_UNITS:
        return None
    return next((q.quantity for q in quantities if taker.end < q.end <= tally.end()), None)


def destinations_tallied(
    text: str, sentence: Sentence, quantities: list[Any], triggers: Mapping[str, list[Trigger]]
) -> None:
    """One act per buyer a verbless tally names after the word for the act's far side (輸出先,
    供与先), with the seller named before that word (「ロシアの」, 「トルコ製の」) and the goods named
    there, counted by the buyer's count (a share, 34％, counts no goods)."""
    found = _DESTINATIONS.search(sentence.text)
    entries = triggers.get(found["act"]) if found is not None else None
    if sentence.triggers or found is None or not entries:
        return
    word_start, word_end = sentence.start + found.start(), sentence.start + found.end()
    takers = [
        a for a in sentence.parties if a.start >= word_end and a.entity is not None and _TALLIED.match(text, a.end)
    ]
    if len(takers) < 2 or len({a.entity.id for a in takers if a.entity is not None}) != len(takers):
        return
    givers = [
        a
        for a in sentence.parties
        if a.end <= word_start and a.entity is not None and a.case in ("gen", "origin", "topic", "subj")
    ]
    goods = [it for it in sentence.items if it.end <= word_start]
    hit = TriggerHit(word_start, word_start + len(found["act"]), entries[0], nominal=True)
    items: list[ItemHit] = []
    for ti, taker in enumerate(takers):
        sentence.triggers.append(dataclasses.replace(hit))
        taker.case, taker.trigger, taker.direct = "goal", ti, True
        sentence.parties += [dataclasses.replace(g, case="source", trigger=ti, direct=True) for g in givers[-1:]]
        quantity = _tallied_count(text, taker, quantities)
        items += [dataclasses.replace(it, trigger=ti, direct=True, quantity=quantity) for it in goods]
    sentence.parties = [a for a in sentence.parties if not any(a is g for g in givers[-1:])]
    sentence.items = [it for it in sentence.items if not any(it is g for g in goods)] + items


# 「…を供与すると発表し、フランスも同調した」「…ことを決め、豪州とNZが追随した」: more parties take
# up the act told just before (the same goods, the same recipient)
_FOLLOW = re.compile(
    r"(?:も|が)(?:これに|それに)?(?:続いた|続き|続いて|続く|追随し|追随す|同調し|同調す|倣った|ならった|足並みをそろえ)"
)


def join_followers(text: str, sentence: Sentence) -> None:
    """One act more per party that follows (続いた, 追随した, 同調した) the act told before it in the
    sentence; its own count is not told, so the copy carries the goods without it."""
    seg = text[sentence.start : sentence.end]
    m = _FOLLOW.search(seg)
    if m is None:
        return
    verb = sentence.start + m.start()
    comma = seg.rfind("、", 0, m.start())
    if comma < 0:
        return
    clause = sentence.start + comma + 1
    acts = [i for i, h in enumerate(sentence.triggers) if h.end <= clause and h.trigger.direction != "request"]
    if not acts or any(clause <= h.start < verb for h in sentence.triggers):
        return
    ti = acts[-1]
    # (「…に関与した企業への制裁を強めており、日本も足並みをそろえる」: the followers take up the penalty,
    # not the act it is for)
    if sentence.triggers[ti].charged:
        return
    followers = [a for a in sentence.parties if a.entity is not None and clause <= a.start and a.end <= verb]
    if not followers:
        return
    hit = sentence.triggers[ti]
    for a in followers:
        a.trigger, a.case = None, "other"
    # the party that told the act (「英国政府は…発表し」) is its subject once the followers are out
    if not any(a.trigger == ti and a.case in ("subj", "topic", "source") for a in sentence.parties):
        lead = [
            a for a in sentence.parties if a.entity is not None and a.case in ("subj", "topic") and a.end <= hit.start
        ]
        if lead:
            lead[0].trigger, lead[0].direct, lead[0].speech_topic = ti, True, False
    shared = [a for a in sentence.parties if a.trigger == ti and a.case not in ("subj", "topic", "source", "agent")]
    goods = [it for it in sentence.items if it.trigger == ti]
    for a in followers:
        k = len(sentence.triggers)
        sentence.triggers.append(dataclasses.replace(hit))
        sentence.parties.append(dataclasses.replace(a, trigger=k, case="subj", direct=True))
        sentence.parties += [dataclasses.replace(b, trigger=k) for b in shared]
        sentence.items += [dataclasses.replace(it, trigger=k, quantity=None) for it in goods]


# 「英国に続いて、フランスも…」「米独に続き」: the ones named before 「に続いて」 led the act that follows
_LED = re.compile(r"に(?:続いて|続き|続く形で|倣って|ならって|追随して)[、，]?")
_AND = re.compile(r"\s*(?:や|と|、|・|及び|および)\s*")


def join_leaders(text: str, sentence: Sentence) -> None:
    """「英国に続いて、フランスもウクライナに巡航ミサイルを供与した」: the party the act follows did it
    first; one act more for it (and each party joined to it), with the act's receiver and goods."""
    seg = text[sentence.start : sentence.end]
    m = _LED.search(seg)
    if m is None:
        return
    at, after = sentence.start + m.start(), sentence.start + m.end()
    acts = [i for i, h in enumerate(sentence.triggers) if h.start >= after and h.trigger.direction != "request"]
    if not acts:
        return
    leaders: list[Arg] = []
    end = at
    for a in sorted((a for a in sentence.parties if a.entity is not None and a.end <= at), key=lambda a: -a.end):
        if a.end == end or _AND.fullmatch(text, a.end, end):
            leaders.insert(0, a)
            end = a.start
    if not leaders:
        return
    ti = acts[0]
    hit = sentence.triggers[ti]
    spans = {(a.start, a.end) for a in leaders}
    # (a leader keeps its part in an act told of it before: 「ロシアに無人機を提供しているイランに続き」)
    sentence.parties = [
        a
        for a in sentence.parties
        if (a.start, a.end) not in spans
        or (
            a.trigger is not None and a.trigger < len(sentence.triggers) and sentence.triggers[a.trigger].end <= a.start
        )
    ]
    sentence.places = [a for a in sentence.places if (a.start, a.end) not in spans]
    shared = [
        a
        for a in sentence.parties
        if a.trigger == ti and a.case not in ("subj", "topic", "source", "agent") and a.start >= after
    ]
    goods = [it for it in sentence.items if it.trigger == ti]
    # one copy of the act for the leaders together: the assembler splits 「米国やドイツ」 as it does
    # any coordinated subject
    k = len(sentence.triggers)
    sentence.triggers.append(dataclasses.replace(hit))
    sentence.parties += [dataclasses.replace(b, trigger=k, case="subj", direct=True) for b in leaders]
    sentence.parties += [dataclasses.replace(b, trigger=k) for b in shared]
    sentence.items += [dataclasses.replace(it, trigger=k, quantity=None) for it in goods]


def join_also(text: str, sentence: Sentence) -> None:
    """「デンマークはウクライナにF16を供与しており、オランダも5月に引き渡しを終えた」: an act of giving
    in a later clause whose own subject is told with も, naming no goods and no receiver, gives the
    goods of the act of giving before it to that act's receiver."""
    for tj, later in enumerate(sentence.triggers):
        if later.trigger.direction != "give" or later.passive or later.negated:
            continue
        own = [a for a in sentence.parties if a.trigger == tj]
        doers = [a for a in own if a.case == "subj" and a.entity is not None and text.startswith("も", a.end)]
        if len(doers) != 1 or any(a.case in ("goal", "goal-gen", "source") for a in own):
            continue
        if any(it.trigger == tj for it in sentence.items):
            continue
        before = [
            i
            for i, h in enumerate(sentence.triggers)
            if h.end <= doers[0].start and h.trigger.direction == "give" and not h.negated
        ]
        if not before:
            continue
        ti = before[-1]
        takers = [a for a in sentence.parties if a.trigger == ti and a.case in ("goal", "goal-gen")]
        goods = [it for it in sentence.items if it.trigger == ti]
        if not goods or any(a.entity is doers[0].entity for a in takers):
            continue
        sentence.parties += [dataclasses.replace(a, trigger=tj) for a in takers]
        sentence.items += [dataclasses.replace(it, trigger=tj, quantity=None) for it in goods]


# 「ベトナムとイスラエルの間で」: the two sides told as the ones a deal is made between
_BETWEEN_SIDES = re.compile(r"の?間で")


def _sides_between(text: str, own: list[Arg]) -> tuple[Arg, Arg] | None:
    """「ベトナムとイスラエルの間で…の売却契約が結ばれた」: two states joined by と that the deal is made
    between, whatever case the parse gave them, are its two sides as 「ベトナムとイスラエルは」 would be."""
    states = sorted((a for a in own if a.entity is not None and a.entity.type == "country"), key=lambda a: a.start)
    for first, second in itertools.pairwise(states):
        if text[first.end : second.start] == "と" and _BETWEEN_SIDES.match(text, second.end):
            return first, second
    return None


def _sides(text: str, own: list[Arg]) -> tuple[Arg, Arg] | None:
    """The two sides of a deal: two states joined by と as its subject (「韓国とポーランドは」) or as
    the ones it is made between (「韓国とポーランドの間で」), or its topic and the partner it deals
    with (「ポーランドは韓国と」)."""
    between = _sides_between(text, own)
    if between is not None and not any(a.case in ("goal", "source", "agent") for a in own):
        return between
    pair = [a for a in own if a.case in ("topic", "subj") and a.entity is not None and a.entity.type == "country"]
    if len(pair) == 2 and not any(a.case in ("goal", "source", "agent") for a in own):
        first, second = sorted(pair, key=lambda a: a.start)
        return (first, second) if text[first.end : second.start] == "と" else None
    partners = [a for a in own if a.case in ("goal", "source", "conj") and DEAL_PARTNER.match(text, a.end)]
    # (not where the act names its other side already: 「米国と欧州の当局者は、イランが…をロシアに
    # 送ったと述べた」 joins the speakers' states, the goods go to Russia)
    told = [a for a in own if a.case in ("goal", "source") and not any(a is b for b in partners)]
    if len(pair) == 1 and len(partners) == 1 and partners[0].entity is not None and not told:
        return pair[0], partners[0]
    return None


# the doer of an act's noun right before it: 「ドイツによる売却」「ドイツによるフリゲート艦の売却」
_DOER_OF_NOUN = re.compile(r"による(?:[^、。]{0,12}?の)?")
# a state of make right before the goods: 「ドイツ製」「ドイツ製の」
_MADE_IN = re.compile(r"製の?")


def _made_before(text: str, end: int) -> int | None:
    """Where the goods a state of make ending at `end` is told for start (「ドイツ製の」 before them)."""
    m = _MADE_IN.match(text, end)
    return m.end() if m is not None else None


@functools.lru_cache(maxsize=4)
def arms_makers(gazetteer: Gazetteer) -> frozenset[str]:
    """The states that make arms: those the gazetteer holds a weapon system of, as its home."""
    return frozenset(e.country for e in gazetteer.entities.values() if e.type == "weapon-system" and e.country)


# the acts of selling, whose seller a deal with two sides may leave to the reader
SELLING = frozenset({"sale", "export"})


def _seller_by_industry(sides: tuple[Arg, Arg], makers: frozenset[str]) -> list[Arg]:
    """「エジプトはドイツとフリゲート艦の売却で合意した」: of a sale's two sides, with nothing telling
    which sells (no make, no doer), the one state that makes arms sells, as the English "agreed with
    Germany on the sale" is read; a state making none of its own buys. Both or neither making arms,
    the text's order stands (the topic of 売却 sells; 「…の購入で合意」 tells the topic buys)."""
    return [a for a in sides if a.entity is not None and a.entity.country in makers]


# 「パトリオットは」「機体も」: the goods as the topic of the clause that names who gave them
_GOODS_TOPIC = re.compile(r"[」』]?(?:は|も)、?")


def _goods_topic_givers(text: str, sentence: Sentence, ti: int, sides: tuple[Arg, Arg]) -> bool:
    """「パトリオットは米国とオランダが提供している」「機体はデンマークとノルウェーが供与した」: two
    states joined by と as the subject (が) of an act whose goods are the topic before them gave the
    goods, each; they are no deal's two sides."""
    first, second = sorted(sides, key=lambda a: a.start)
    if not text.startswith("が", second.end) or text[first.end : second.start] != "と":
        return False
    return any(
        it.trigger == ti and it.end <= first.start and _GOODS_TOPIC.fullmatch(text, it.end, first.start)
        for it in sentence.items
    )


def partners_by_goods(text: str, sentence: Sentence, gazetteer: Gazetteer) -> None:
    """「韓国とポーランドは、K9自走砲の輸出で合意した」「フィリピンは日本とTC90練習機の移転で合意し
    た」: two states joined by と as the subject of one act, or a topic and the partner it deals with,
    are its two sides; the one whose goods they are (the system's home) supplies, the other
    receives. The make may be told as an origin (「エジプトはドイツとドイツ製フリゲート艦の売却で
    合意」); a side told as the doer of the act's noun (「ドイツによる売却」「エジプトによる購入」) says
    its part outright, before any make."""
    for ti, hit in enumerate(sentence.triggers):
        direction = hit.trigger.direction
        if direction not in ("give", "receive") or hit.negated:
            continue
        own = [a for a in sentence.parties if a.trigger == ti and a.entity is not None]
        sides = _sides(text, own)
        if sides is None or len({a.entity.id for a in sides if a.entity is not None}) != 2:
            continue
        if _goods_topic_givers(text, sentence, ti, sides):
            continue
        doers = {
            a.entity.id
            for a in own
            if a.case == "agent"
            and hit.nominal
            and a.entity is not None
            and _DOER_OF_NOUN.fullmatch(text, a.end, hit.start)
        }
        homes = {it.entity.country for it in sentence.items if it.trigger == ti and it.entity is not None}
        goods_at = {it.start for it in sentence.items if it.trigger == ti}
        homes |= {
            a.entity.country
            for a in own
            if a.case == "origin" and a.entity is not None and _made_before(text, a.end) in goods_at
        }
        named = [a for a in sides if a.entity is not None and a.entity.id in doers]
        if len(named) == 1:
            makers = named if direction == "give" else [b for b in sides if b is not named[0]]
        else:
            makers = [a for a in sides if a.entity is not None and a.entity.country in homes]
        if not makers and not named and hit.trigger.kind in SELLING and direction == "give":
            makers = _seller_by_industry(sides, arms_makers(gazetteer))
        if len(makers) != 1:
            continue
        maker = makers[0]
        other = sides[1] if maker is sides[0] else sides[0]
        maker.case, maker.direct = ("subj" if direction == "give" else "source"), True
        other.case, other.direct = ("goal" if direction == "give" else "subj"), True


# the many givers a roundup opens with: 「各国が…支援を表明」「欧米諸国は…」「同盟国が相次いで」
_AID = re.compile(r"(?:への|に対する|向けの?)(?:軍事|武器|兵器)?(?:支援|援助)")
_MANY_GIVERS = re.compile(r"各国|諸国|同盟国|友好国|有志国|支援国|加盟国|西側|欧米")


def _lead_taker(s: Sentence) -> Arg | None:
    """The one receiver of a roundup's lead: an act of giving to it whose givers are many and
    unnamed (「各国がウクライナへの軍事支援を相次いで表明した」)."""
    if _MANY_GIVERS.search(s.text) is None:
        return None
    takers: dict[str, Arg] = {}
    for a in s.parties:  # 「ウクライナへの軍事支援を巡り、欧州各国が…」: aid told with no act
        at = a.end - s.start
        if a.case == "goal" and a.trigger is None and a.entity is not None and _AID.match(s.text, at):
            takers.setdefault(a.entity.id, a)
    for ti, hit in enumerate(s.triggers):
        own = [a for a in s.parties if a.trigger == ti and a.entity is not None]
        if hit.trigger.direction != "give" or hit.negated or any(a.case in ("subj", "topic", "agent") for a in own):
            continue
        for a in own:
            if a.case == "goal" and a.entity is not None:
                takers.setdefault(a.entity.id, a)
    return next(iter(takers.values())) if len(takers) == 1 else None


def _gives_to_none(s: Sentence, ti: int) -> bool:
    """Whether act `ti` names one giver and goods, but no receiver."""
    hit = s.triggers[ti]
    if hit.trigger.direction != "give" or hit.negated or hit.passive:
        return False
    own = [a for a in s.parties if a.trigger == ti]
    givers = [a for a in own if a.case in ("subj", "topic") and a.entity is not None]
    if not own:  # 「米国は…を供与すると発表した」: the one announcing gives
        givers = [a for a in s.parties if a.speech_topic and a.entity is not None]
    if len(givers) != 1 or any(a.case in ("goal", "goal-gen") for a in own):
        return False
    return any(it.trigger == ti for it in s.items)


def _gives_elsewhere(s: Sentence, a: Arg, taker: Arg) -> bool:
    """Whether `a` receives an act of giving in `s` and is another than `taker`."""
    if a.case != "goal" or a.trigger is None or a.entity is None or taker.entity is None:
        return False
    return s.triggers[a.trigger].trigger.direction == "give" and a.entity.id != taker.entity.id


def roundup_taker(sentences: list[Sentence], text: str) -> None:
    """「各国がウクライナへの軍事支援を表明した。米国はパトリオットを供与する。ドイツは戦車を送った」:
    the acts that follow a roundup's lead, each naming only its giver, go to the lead's receiver,
    until a paragraph break or an act to another receiver."""
    taker: Arg | None = None
    last_end = 0
    for s in sentences:
        if taker is not None and "\n\n" in text[last_end : s.start]:
            taker = None
        lead = _lead_taker(s)
        if lead is not None:
            taker = lead
        elif taker is not None:
            for ti in range(len(s.triggers)):
                if _gives_to_none(s, ti):
                    s.parties.append(dataclasses.replace(taker, case="goal", trigger=ti, direct=True, foreign=False))
            if any(_gives_elsewhere(s, a, taker) for a in s.parties):
                taker = None
        last_end = s.end
