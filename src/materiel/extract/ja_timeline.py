"""Japanese timelines of one pair: a batch told with no party at all is between the parties the
story has just been about (「ゲパルトの最初の15両は7月下旬に届いた。自走榴弾砲は6月、7両が引き渡された」)."""

from __future__ import annotations

import dataclasses
import itertools
import re
import unicodedata
from typing import Any

from materiel.extract.dates import DateMention
from materiel.extract.frame import Arg, Attribution, ItemHit, Sentence, TriggerHit
from materiel.extract.ja_items import BATCH_WORD
from materiel.lexicon import Trigger
from materiel.model import Quantity
from materiel.recognize import JA_FIRM_KINDS

# how far back a batch looks for the story's parties: a few sentences of the same stretch of text
_LOOK_BACK = 4
_REACH = 600
_SUPPLYING = frozenset({"source", "origin"})
_RECEIVING = frozenset({"goal", "goal-gen"})
_TAKES_A_SIDE = frozenset({"subj", "topic", "agent", "conj", "helper", "via"}) | _SUPPLYING | _RECEIVING


def _side(hit: TriggerHit, case: str) -> str | None:
    """Which end of the act `hit` tells a party of `case` stands at."""
    direction = hit.trigger.direction
    if case in _SUPPLYING or (case == "agent" and not (hit.passive and direction == "receive")):
        return "supplier"
    if case in _RECEIVING:
        return "recipient"
    if case in ("subj", "topic"):
        if direction == "give":
            return "recipient" if hit.passive else "supplier"
        if direction == "receive":
            return "recipient"
        if direction == "move" and not hit.passive:
            return "supplier"
    return None


def _telling(s: Sentence, a: Arg) -> bool:
    """Whether `a` is (within) the speaker or outlet a sentence is told by (「国防部によると」)."""
    att = s.attribution
    if att is None or a.case != "agent":
        return False
    return any(sp is not None and sp.start <= a.start and a.end <= sp.end for sp in (att.speaker, att.outlet))


def _pair_of(s: Sentence) -> dict[str, dict[str, Arg]]:
    """The suppliers and recipients of the acts a sentence tells, by entity."""
    seen: dict[str, dict[str, Arg]] = {"supplier": {}, "recipient": {}}
    for a in _speaking_givers(s):
        seen["supplier"].setdefault(a.entity.id if a.entity is not None else "", a)
    for a in s.parties:
        if a.entity is None or a.trigger is None or a.foreign or a.speech_topic or _telling(s, a):
            continue
        if not 0 <= a.trigger < len(s.triggers) or s.triggers[a.trigger].trigger.direction == "request":
            continue
        side = _side(s.triggers[a.trigger], a.case)
        if side is None or (a.case == "origin" and _giver_named(s, a.trigger)):
            continue
        if _spoken_over(s, a, side):
            continue
        seen[side].setdefault(a.entity.id, a)
    return seen


def _of_speaker(s: Sentence, a: Arg, sp: Arg) -> bool:
    """Whether `a` is the speaker `sp`, within it, or the state owning it (「ウクライナ国防省の情報総局」)."""
    if sp.start <= a.start and a.end <= sp.end:
        return True
    between = s.text[a.end - s.start : sp.start - s.start]
    return (
        a.end <= sp.start
        and 0 < len(between) <= 12
        and between.startswith("の")
        and not re.search(r"[、。はがをに]", between)
    )


def _spoken_over(s: Sentence, a: Arg, side: str) -> bool:
    """「ウクライナ国防省の情報総局は、ロシア軍が…を受け取ったと明らかにした」: the speaker, left on the
    act by order, takes no side that a party of the act's own clause already takes (the assembler
    leaves it out the same way)."""
    att = s.attribution
    if att is None or not any(sp is not None and _of_speaker(s, a, sp) for sp in (att.speaker, att.outlet)):
        return False
    hit = s.triggers[a.trigger] if a.trigger is not None else None
    return hit is not None and any(
        b is not a and b.trigger == a.trigger and b.entity is not None and _side(hit, b.case) == side
        for b in s.parties
        if not (b.foreign or b.speech_topic)
    )


def _speaking_givers(s: Sentence) -> list[Arg]:
    """「オーストラリア政府は16日、…をウクライナに供与すると発表した」: a topic set aside as the
    speaker of an act of giving that names no giver of its own gives (as the assembler reads it)."""
    out: list[Arg] = []
    for a in s.parties:
        if not a.speech_topic or a.entity is None or a.entity.type not in ("country", "armed-group"):
            continue
        ti = next((i for i, h in enumerate(s.triggers) if h.start > a.end), None)
        if ti is None:
            continue
        hit = s.triggers[ti]
        if hit.trigger.direction != "give" or hit.passive or hit.negated or _giver_named(s, ti, own_only=True):
            continue
        out.append(dataclasses.replace(a, case="subj", trigger=ti, speech_topic=False, foreign=False))
    return out


def _giver_named(s: Sentence, ti: int, own_only: bool = False) -> bool:
    """Whether act `ti` names who gives, so that a maker told with the goods (「オーストラリア政府は
    …米国製の戦車をウクライナに供与する」: 米国製) is no supplier of the story."""
    hit = s.triggers[ti]
    if not own_only and any(a.trigger == ti for a in _speaking_givers(s)):
        return True
    return any(
        a.trigger == ti and a.entity is not None and a.case != "origin" and _side(hit, a.case) == "supplier"
        for a in s.parties
        if not (a.foreign or a.speech_topic)
    )


def _one_pair(seen: dict[str, dict[str, Arg]]) -> dict[str, Arg] | None:
    if len(seen["supplier"]) != 1 or len(seen["recipient"]) != 1:
        return None
    found = {side: next(iter(args.values())) for side, args in seen.items()}
    if found["supplier"].entity is found["recipient"].entity:
        return None
    return found


def _story_parties(earlier: list[Sentence], start: int, speaker: Arg | None = None) -> dict[str, Arg] | None:
    """The one supplier and the one recipient the last sentences told acts between; where they
    name several, the pair the sentence's speaker is a side of (「米国防総省によると、…を引き渡す
    予定だ」), or, where one giver is told, its nearest pair; else None."""
    near: list[Sentence] = []
    for s in reversed(earlier[-_LOOK_BACK:]):
        if start - s.end > _REACH:
            break
        near.append(s)
    seen: dict[str, dict[str, Arg]] = {"supplier": {}, "recipient": {}}
    for s in near:
        for side, args in _pair_of(s).items():
            for key, a in args.items():
                seen[side].setdefault(key, a)
    whole = _one_pair(seen)
    if whole is not None:
        return whole
    pairs = [p for s in near if (p := _one_pair(_pair_of(s))) is not None]
    if speaker is not None and speaker.entity is not None:
        sid = speaker.entity.id
        own = [p for p in pairs if any(a.entity is not None and a.entity.id == sid for a in p.values())]
        if own:
            return own[0]
    # (a roundup of several givers is no story of one pair; one giver's acts for several
    # recipients go on with the nearest: 「…フィリピンに…。マレーシアには…。2025年度には
    # フィリピンに…。2026年度には無人機も供与する」)
    givers = _sides(near, "supplier")
    if givers is None or len({a.entity.id for a in givers if a.entity is not None}) != 1:
        return None
    # (「日本は米国に迎撃ミサイルを輸出した。ウクライナに対しては…支援してきた。…ヘルメットを提供
    # している」: a sentence nearer than the last pair that turns to a recipient alone turns the story)
    turned = _recipient_turned_to(near)
    if turned is not None and turned.entity is not givers[0].entity:
        return {"supplier": givers[0], "recipient": turned}
    if pairs:
        return pairs[0]
    # (「ショルツ首相は米国が戦車を出すことを条件とし、…の供与を決断した。…18両はウクライナに到着
    # した。パトリオットの1基目は4月に届き」: the recipient the nearest sentence naming one names)
    takers = _sides(near, "recipient")
    if not takers or takers[0].entity is givers[0].entity:
        return None
    return {"supplier": givers[0], "recipient": takers[0]}


def _recipient_turned_to(near: list[Sentence]) -> Arg | None:
    """The one recipient the nearest sentence naming any party names, where it names no supplier
    (「ウクライナに対しては、殺傷能力のない装備に限って支援してきた」); else None."""
    for s in near:
        seen = _pair_of(s)
        if not seen["supplier"] and not seen["recipient"]:
            continue
        if seen["supplier"] or len(seen["recipient"]) != 1:
            return None
        return next(iter(seen["recipient"].values()))
    return None


def _sides(near: list[Sentence], side: str) -> list[Arg] | None:
    """The party each sentence (nearest first) names on `side`: its one party there, or of
    several its one topic (「ショルツ首相は米国が…」: the topic, not the subject of a clause
    within); None where a sentence names several and no one topic."""
    out: list[Arg] = []
    for s in near:
        args = list(_pair_of(s)[side].values())
        if len(args) > 1:
            args = [a for a in args if a.case == "topic"]
            if len(args) != 1:
                return None
        out += args[:1]
    return out


# verbs of carrying goods, which one may do for another's giving: 輸送, 空輸, 運搬 (not 搬入 or
# 持ち込む, told of whoever brings goods in)
_CARRYING = frozenset({"輸送", "空輸", "陸送", "海上輸送", "運搬", "搬送", "運ぶ"})


def carriers_of_story(sentences: list[Sentence]) -> None:
    """「英国はウクライナに戦車14両を供与する。第1陣はドイツが輸送した」: a state or firm that only
    carries goods of the story's one giving, told just before by another giver, takes no side in it (the
    goods are still the giver's, to the same receiver); it is left as no party, and the batch is the
    story's (see story_parties). A carrier told with no giver before it (「ドイツが戦車を輸送した」),
    or carrying to a place of its own (「…をポーランドまで輸送した」), is left as it is."""
    for k, s in enumerate(sentences):
        if k == 0 or s.denial:
            continue
        for ti, hit in enumerate(s.triggers):
            if hit.trigger.lemma not in _CARRYING or hit.negated or hit.passive:
                continue
            own = [a for a in s.parties if a.trigger == ti and not _telling(s, a)]
            carriers = [a for a in own if a.case in ("subj", "topic", "agent") and a.entity is not None]
            if len(carriers) != 1 or len(own) != 1:
                continue
            found = _story_parties(sentences[:k], s.start)
            carrier = carriers[0].entity
            if found is None or any(a.entity is carrier for a in found.values()):
                continue
            carriers[0].case, carriers[0].trigger = "other", None


def story_parties(sentences: list[Sentence]) -> None:
    """A sentence telling an act on named goods with no party at all (「自走榴弾砲PzH2000は6月、7両
    が引き渡された」「第1陣の11基は昨年11月に到着している」) is a batch of the story of one supplier
    and one recipient told just before: it takes them."""
    for k, s in enumerate(sentences):
        # (a party only qualifying something else, 「首都キーウの防空」, takes no side in the act;
        # nor does a topic left with no act, 「…供与される予定で、政府は…を急ぐ」; a speaker may be the
        # act's subject, 「英国は…を送ると表明」)
        # the source a sentence is told by, 「台湾国防部によると」, takes none either
        sides = [
            a
            for a in s.parties
            if a.case in _TAKES_A_SIDE and (a.trigger is not None or a.speech_topic) and not _telling(s, a)
        ]
        if k == 0 or not s.triggers or s.denial or sides:
            continue
        # (goods of their own kind, 自走榴弾砲 or ヘルメット, not a word for arms at large, 武器)
        goods = [it for it in s.items if it.entity is not None or not it.umbrella]
        if not goods:
            continue
        speaker = s.attribution.speaker if s.attribution is not None else None
        # (each act on goods of its own: 「2基目は2024年に引き渡され、残る2基も2025年までに届く」)
        first = goods[0].trigger if goods[0].trigger is not None else 0
        acts = sorted({first} | {it.trigger for it in goods if it.trigger is not None and it.direct})
        for ti in acts:
            hit = s.triggers[ti]
            if hit.negated or hit.trigger.direction == "request" or (hit.trigger.weak and not _bought_by_plan(s, hit)):
                continue
            found = _story_parties(sentences[:k], s.start, speaker)
            if found is None:
                taker = _story_taker(sentences[:k], s.start)
                if taker is not None:
                    s.parties.append(dataclasses.replace(taker, case="goal", trigger=ti, direct=True))
                continue
            s.parties.append(dataclasses.replace(found["supplier"], case="source", trigger=ti, direct=True))
            s.parties.append(dataclasses.replace(found["recipient"], case="goal", trigger=ti, direct=True))
            if hit.trigger.lemma == "含む" and not s.dates:
                s.dates = _shipment_dates(sentences[:k], s.start)


# 「…8隻を導入する計画が進む」「…の導入を計画している」: a weak word of acquiring told as a plan
_PLANNED = re.compile(r"(?:する|を)(?:計画|方針|予定)")


def _bought_by_plan(s: Sentence, hit: TriggerHit) -> bool:
    """「さらに、潜水艦8隻を導入する計画が進む」: a word of acquiring that may only mean fielding (導入)
    is a purchase where it is planned, in a story of one seller's goods for one buyer."""
    return hit.trigger.direction == "receive" and _PLANNED.match(s.text, hit.end - s.start) is not None


def _story_taker(earlier: list[Sentence], start: int) -> Arg | None:
    """The one recipient of a story whose last sentences name no supplier at all (「台湾陸軍が発注した
    M1A2T戦車108両のうち、最初の38両が到着した。残りの70両は来年届く」: the giver is only the goods'
    make); the supplier is left to the act told just before (see `discourse.inherit_parties`)."""
    near = [s for s in reversed(earlier[-_LOOK_BACK:]) if start - s.end <= _REACH]
    seen: dict[str, dict[str, Arg]] = {"supplier": {}, "recipient": {}}
    for s in near:
        for side, args in _pair_of(s).items():
            seen[side].update(args)
        # (「ポーランド陸軍が発注した…」: who orders or asks for the goods is their recipient)
        for a in s.parties:
            if a.entity is None or a.trigger is None or not 0 <= a.trigger < len(s.triggers) or a.foreign:
                continue
            if s.triggers[a.trigger].trigger.direction == "request" and a.case in ("subj", "topic"):
                seen["recipient"].setdefault(a.entity.id, a)
    if seen["supplier"] or len(seen["recipient"]) != 1:
        return None
    return next(iter(seen["recipient"].values()))


def _shipment_dates(earlier: list[Sentence], start: int) -> list[DateMention]:
    """The dates of the shipment a cargo list goes with: 「イランは今月初めにロシアに無人機を送った。
    積荷には砲弾も含まれていた」 (the shells went then too): those of the nearest act told before."""
    for s in reversed(earlier[-_LOOK_BACK:]):
        if start - s.end > _REACH:
            break
        if s.triggers and s.dates:
            return list(s.dates)
    return []


def bought_from(sentence: Sentence, doc: Any, off: int, trig_tokens: dict[int, int]) -> None:
    """「米国から購入したハイマースが台湾に到着した」: the goods the main clause moves were bought (or
    given) in a relative clause on them; the party the clause names as their source supplies the
    main act too."""
    for tok_i, ti in trig_tokens.items():
        tok, hit = doc[tok_i], sentence.triggers[ti]
        if tok.dep_ != "acl" or hit.negated or hit.trigger.direction not in ("receive", "give"):
            continue
        head = off + tok.head.idx
        goods = next((it for it in sentence.items if it.start <= head < it.end and it.trigger not in (None, ti)), None)
        if goods is None or goods.trigger is None:
            continue
        main = goods.trigger
        if any(a.trigger == main and a.case in _SUPPLYING | {"agent", "subj", "topic"} for a in sentence.parties):
            continue
        supplying = ("source", "agent") if hit.trigger.direction == "receive" or hit.passive else ("subj",)
        sources = [a for a in sentence.parties if a.trigger == ti and a.case in supplying and a.entity is not None]
        if len(sources) == 1:
            sentence.parties.append(dataclasses.replace(sources[0], case="source", trigger=main, direct=True))


# 「その後は小型ドローンや防弾チョッキも加わった」: goods that joined the deliveries told before
# (「…売却する。ハープーン100基が含まれる」: goods the act told before includes)
_ADDED = re.compile(r"も(?:新たに|順次)?(?:加わっ|加わり|加わる|追加され)|(?:が|も)含まれ")


def goods_added(sentence: Sentence, text: str) -> None:
    """A sentence with no act word that tells goods joining (も加わった) is a new batch of the
    deliveries told before; story_parties gives it their supplier and recipient. A state named
    only as the goods' make (「パッケージにはこのほか、米国製の地対空ミサイルも含まれる」) is no party of
    its own: makers are not suppliers."""
    if sentence.triggers or not sentence.items or any(a.case != "origin" for a in sentence.parties):
        return
    m = _ADDED.search(text, sentence.start, sentence.end)
    if m is None or not any(it.end <= m.start() for it in sentence.items):
        return
    # (「含む」: the goods were part of the shipment told before, so of its time too; see story_parties)
    lemma = "含む" if m.group().endswith("含まれ") else "加わる"
    trig = Trigger(lemma=lemma, kind="delivery", direction="give")
    sentence.triggers.append(TriggerHit(m.start() + 1, m.end(), trig))
    for it in sentence.items:
        if it.end <= m.start():
            it.trigger, it.direct = 0, True


# a noun's は that marks a topic (not には, では, とは, からは, へは, までは, のは)
# (「昨年は」「3月は」「当初は」: a time set as the topic frames the act, it does not do it)
_OWN_TOPIC = re.compile(
    r"(?<!年)(?<!月)(?<!週)(?<!当初)(?<!上旬)(?<!中旬)(?<!下旬)"
    r"(?<![0-9０-９]日)(?<!昨日)(?<!今日)(?<!前日)(?<!同日)(?<![春夏秋冬])"
    r"(?<=[一-龯々ァ-ヺーA-Za-z0-9])は"
)
# 「香港を拠点とする企業がロシアに半導体を供給した」: an unnamed firm is the act's own subject
_FIRM_SUBJECT = re.compile(JA_FIRM_KINDS + r"(?:[0-9０-９]+社|数社|各社|複数社)?(?:が|は|も)")
_GIVER_CASES = frozenset({"subj", "topic", "source", "agent", "origin"})
_TOPIC_REACH = 200
# a deal struck, after its act noun: 「(購入)契約を結び」「契約を締結した」「覚書を交わした」
# (「無人機12機の購入も決めている」「導入を決定した」: so is an act decided on, told by its noun)
_STRUCK = re.compile(r"(?:契約|合意|覚書)?を(?:結|締結|交わ)|(?:を|も)(?:決め|決定し|決定す)")


def topic_gives(sentences: list[Sentence]) -> None:
    """「ドイツは当初、慎重だった。1月には、ウクライナにヘルメット5000個を送った」: an act of giving
    that names where the goods go but no giver, in a sentence with no subject or speaker of its
    own, has the topic of the sentence before for its elided subject."""
    for k, s in enumerate(sentences):
        topics = _elided_topic(sentences, k)
        if not topics:
            continue
        for ti, hit in enumerate(s.triggers):
            # (「…をめぐっては、22年にフィリピンと契約を結び」: a deal struck with a partner is a verb's act)
            verbal = not hit.nominal or _STRUCK.match(s.text, hit.end - s.start) is not None
            if hit.trigger.direction != "give" or hit.passive or hit.negated or not verbal or hit.trigger.weak:
                continue
            # (a topic of its own, named or not, 「中国のような他の国々は…届ける」, is the subject)
            if _OWN_TOPIC.search(s.text, 0, hit.start - s.start):
                continue
            if _FIRM_SUBJECT.search(s.text, 0, hit.start - s.start):
                continue
            own = [a for a in s.parties if a.trigger == ti]
            goals = [a for a in own if a.case in ("goal", "goal-gen")]
            if not own and not s.parties:
                goals = _goal_before(sentences[k - 1], topics[0], ti)
                s.parties.extend(goals)
            if not goals or any(a.case in _GIVER_CASES for a in own):
                continue
            if any(it.trigger == ti and it.origin is not None for it in s.items):
                continue
            if any(
                g.entity is not None and topics[0].entity is not None and g.entity.id == topics[0].entity.id
                for g in goals
            ):
                continue
            # (the elided topic stays the topic, for the sentence after: 「…フィリピンに…。
            # マレーシアには…を提供する。2025年度にはフィリピンに…」)
            s.parties.append(dataclasses.replace(topics[0], case="topic", trigger=ti, direct=True, speech_topic=False))


# 「ロシアとの軍事協力を強化している」「パキスタンとの関係を深める」: a tie the topic deepens with a partner
_TIE_DEEPENED = re.compile(
    r"との(?:間の)?(?:軍事|安全保障|防衛|戦略的|軍事的な)?(?:協力関係|協力|関係|連携|結びつき|結び付き|同盟関係)"
    r"(?:を|も)(?:一段と|さらに|急速に|一層)?(?:強化|深め|深化|拡大|緊密化|強め)"
)


def _goal_before(prev: Sentence, topic: Arg, ti: int) -> list[Arg]:
    """「北朝鮮は昨年10月、ロシアに兵士を派遣した。11月には砲弾を大量に送った」: an act of giving with
    no party at all, after a sentence whose topic sends to one state or group, goes there too; the
    goal is carried over (as an Arg of the later sentence's act), else none.
    So does one after a sentence whose topic deepens its tie with one partner (「北朝鮮はロシアとの
    軍事協力を強化している。昨年秋には砲弾を供与した」): the partner is who the goods go to (the tie
    alone is no transfer)."""
    goals = [
        a
        for a in prev.parties
        if (a.case in ("goal", "goal-gen") or _TIE_DEEPENED.match(prev.text, a.end - prev.start) is not None)
        and a.entity is not None
        and a.entity.type in ("country", "armed-group")
        and topic.entity is not None
        and a.entity.id != topic.entity.id
    ]
    if len({a.entity.id for a in goals if a.entity is not None}) != 1:
        return []
    return [dataclasses.replace(goals[0], case="goal", trigger=ti, direct=True, speech_topic=False, foreign=False)]


def _elided_topic(sentences: list[Sentence], k: int, back: int = 1) -> list[Arg]:
    """The topic of the sentence before sentence `k` (named there, or carried there from the one
    before it), where `k` has no subject, topic or named speaker of its own (see
    `_speaks_for_topic`) and follows close after;
    the one state or group it names, as Args, else none. A sentence before with no doer of its own
    at all (「ウクライナにはT72戦車が供与された」, goods given in the passive) passes on the topic of
    the one before it: 「ポーランドは国防費を増やしている。ウクライナにはT72戦車が供与された。韓国
    からはK2戦車を購入した」 buys for Poland, not for the receiver of the gift."""
    s = sentences[k]
    if k == 0 or s.start - sentences[k - 1].end > _TOPIC_REACH or s.denial:
        return []
    if any(a.case in ("subj", "topic") for a in s.parties):
        return []
    topics = [
        a
        for a in sentences[k - 1].parties
        if a.case == "topic" and a.entity is not None and a.entity.type in ("country", "armed-group")
    ]
    if not topics and back > 0 and _no_doer(sentences[k - 1]):
        topics = _elided_topic(sentences, k - 1, back - 1)
    if len({a.entity.id for a in topics if a.entity is not None}) != 1:
        return []
    return topics if _speaks_for_topic(s.attribution, topics[0]) else []


def _no_doer(s: Sentence) -> bool:
    """Whether a sentence names no doer of any kind (no subject, topic, agent, giver or speaker):
    goods told given in the passive (「ウクライナにはT72戦車が供与された」)."""
    if s.attribution is not None or s.denial:
        return False
    return not any(a.case in ("subj", "topic", "agent", "source", "origin") for a in s.parties)


def _speaks_for_topic(said: Attribution | None, topic: Arg) -> bool:
    """Whether a sentence's source leaves the topic before it its elided subject: none, an unnamed
    one (「関係者によると、…に…を供与する方向で調整している」), or the topic's own office."""
    if said is None:
        return True
    if said.outlet is not None:
        return False
    speaker = said.speaker
    return (
        speaker is None or speaker.entity is None or (topic.entity is not None and speaker.entity.id == topic.entity.id)
    )


def topic_receives(sentences: list[Sentence]) -> None:
    """「台湾は米国以外からの調達の道が限られる。1991年にフランスからフリゲート6隻を購入した」: an act
    of buying or receiving that names where the goods come from but no taker, in a sentence with no
    subject or speaker of its own, has the topic of the sentence before for its elided subject."""
    for k, s in enumerate(sentences):
        topics = _elided_topic(sentences, k)
        if not topics:
            continue
        taker = topics[0]
        for ti, hit in enumerate(s.triggers):
            # (「22年に韓国と180両の購入契約を結んだ」: a deal struck is a verb's act)
            verbal = not hit.nominal or _STRUCK.match(s.text, hit.end - s.start) is not None
            if hit.trigger.direction != "receive" or hit.passive or hit.negated or not verbal:
                continue
            if _OWN_TOPIC.search(s.text, 0, hit.start - s.start) or _FIRM_SUBJECT.search(
                s.text, 0, hit.start - s.start
            ):
                continue
            own = [a for a in s.parties if a.trigger == ti]
            sources = [a for a in own if a.case == "source" and a.entity is not None]
            if not sources or any(a.case in ("goal", "goal-gen", "subj", "topic", "agent") for a in own):
                continue
            if any(
                taker.entity is not None and a.entity is not None and a.entity.id == taker.entity.id for a in sources
            ):
                continue
            if hit.nominal:
                # (「韓国からは…哨戒艦2隻の購入も決めている」: the source told before the act's noun is its own)
                for a in sources:
                    if a.end <= hit.start:
                        a.direct = True
            s.parties.append(dataclasses.replace(taker, case="topic", trigger=ti, direct=True, speech_topic=False))


# a batch opening its stretch of a list of batches: 「第1弾は」「残りは」「2基目は」「最初の5両は」, and
# one told with its kind: 「固定式の1機目が」; a turn or the rest with its count: 「第2陣の42両は」「残りの28両は」,
# or told by a verb before its count: 「続く18両は」「残る170両は」
_BATCH_OPENER = re.compile(
    r"(?:^|(?<=[、\s　の]))(?:(?:(?:最初|次|後続|"
    + BATCH_WORD
    + r")の|続く|残る)(?P<count>[0-9０-９]+(?:基|機|両|隻|門|発))|"
    + BATCH_WORD
    + r"|[0-9０-９]+(?:基|機|両|隻|門|発)目)(?:は|が|も)"
)
# an act that orders or buys goods whose batches a later verb of the sentence delivers
_DEAL_DIRECTIONS = frozenset({"receive", "request", "give"})


def _batches_of_the_deal(sentence: Sentence, k: int, first_opener: int) -> None:
    """「エジプトはロシアからSu-35を24機発注し、最初の5機は2020年に、次の5機は昨年に納入された」: the
    delivering verb after a list of batches, with no party or goods of its own, delivers the goods
    of the deal told before the batches, between the deal's parties (not its count, the whole
    order's)."""
    hit = sentence.triggers[k]
    # (「…108両の購入を決め、去年12月に最初の38両を、…を受け取った」: the buyer receives its lots)
    receipt = hit.trigger.direction == "receive" and not hit.passive
    if (hit.trigger.direction != "give" and not receipt) or any(a.trigger == k for a in sentence.parties):
        return
    if any(it.trigger == k for it in sentence.items):
        return
    deals = [i for i, h in enumerate(sentence.triggers[:k]) if h.end <= first_opener]
    if not deals or sentence.triggers[deals[-1]].trigger.direction not in _DEAL_DIRECTIONS:
        return
    i = deals[-1]
    deal = sentence.triggers[i]
    seller = "source" if hit.passive or receipt else "subj"
    buyer = "subj" if receipt else "goal"
    if deal.trigger.direction == "give":
        cases = {"subj": seller, "topic": seller, "goal": buyer}
    else:
        cases = {"source": seller, "subj": buyer, "topic": buyer}
    for a in [a for a in sentence.parties if a.trigger == i and a.case in cases]:
        sentence.parties.append(dataclasses.replace(a, trigger=k, case=cases[a.case], direct=True))
    for it in [it for it in sentence.items if it.trigger == i]:
        sentence.items.append(dataclasses.replace(it, trigger=k, quantity=None))


def split_batches(sentence: Sentence) -> None:
    """「第1弾は年内に、残りは来年前半までに送られる」「2基目は4月に、3基目は来年に届く」: one verb
    for several batches, each opening its own stretch with its own date, tells one act per batch;
    each takes the dates of its stretch. (An act before the batches, the deal they deliver, may
    precede the verb: see `_batches_of_the_deal`.)"""
    if not sentence.triggers:
        return
    k = len(sentence.triggers) - 1
    hit = sentence.triggers[k]
    if hit.negated or hit.trigger.direction == "request":
        return
    openers = [m for m in _BATCH_OPENER.finditer(sentence.text) if sentence.start + m.end() <= hit.start]
    if len(openers) < 2:
        return
    if any(h.end > sentence.start + openers[0].start() for h in sentence.triggers[:k]):
        return  # (another act among the batches)
    if k:
        _batches_of_the_deal(sentence, k, sentence.start + openers[0].start())
    bounds = [sentence.start + m.start() for m in openers] + [hit.start]
    stretches = list(itertools.pairwise(bounds))
    dated = [[d for d in sentence.dates if a <= d.start < b and d.iso and not d.statement] for a, b in stretches]
    # (each stretch dated, and closed by a comma: a list of batches, not one batch and its parts)
    closed = all("、" in sentence.text[a - sentence.start : b - sentence.start] for a, b in stretches[:-1])
    if not all(dated) or not closed:
        return
    goods = [it for it in sentence.items if it.trigger == k]
    first = sentence.start + openers[0].start()
    deals = [i for i, h in enumerate(sentence.triggers[:k]) if h.end <= first]
    if not goods and len(deals) == 1:  # (「4基を納入する契約で、1基目が…」: each batch is of the deal's goods)
        goods = [dataclasses.replace(it, trigger=k, quantity=None) for it in sentence.items if it.trigger == deals[0]]
        sentence.items += goods
    if not goods:
        return
    for i in deals:  # (the deal is dated by what is told before the list, not by its batches)
        sentence.triggers[i].dates = [d for d in sentence.dates if d.start < first]
    counts = [_batch_count(m) for m in openers]
    if counts[0] is not None:
        sentence.items = [
            dataclasses.replace(it, quantity=counts[0]) if any(it is g for g in goods) else it for it in sentence.items
        ]
    hit.dates = dated[0]
    for dates, count in zip(dated[1:], counts[1:], strict=True):
        ti = len(sentence.triggers)
        sentence.triggers.append(dataclasses.replace(hit, dates=dates))
        sentence.parties += [dataclasses.replace(a, trigger=ti) for a in sentence.parties if a.trigger == k]
        sentence.items += [dataclasses.replace(it, trigger=ti, quantity=count) for it in goods]


def _batch_count(opener: re.Match[str]) -> Quantity | None:
    """「最初の5機は」「次の18両は」: the count a batch opener gives its batch (「2機目は」 gives none)."""
    count = opener["count"]
    if not count:
        return None
    digits = unicodedata.normalize("NFKC", count[:-1])
    return Quantity(float(digits), count)


def recipient_told_before(sentences: list[Sentence], text: str) -> None:
    """「ドイツ政府はウクライナ支援の方針を発表した。同政府は防空システムを4基追加で送る」: an act of
    giving with its giver and goods but no recipient goes to the one recipient that the sentences
    just before, in the same paragraph and naming that giver, gave to."""
    for k, s in enumerate(sentences):
        if k == 0 or s.denial:
            continue
        for ti, hit in enumerate(s.triggers):
            if hit.trigger.direction != "give" or hit.negated or hit.passive or hit.trigger.weak:
                continue
            own = [a for a in s.parties if a.trigger == ti]
            givers = [a for a in own if a.case in ("subj", "topic") and a.entity is not None]
            if len(givers) != 1 or any(a.case in ("goal", "goal-gen") for a in own):
                continue
            if not any(it.trigger == ti for it in s.items):
                continue
            taker = _taker_before(sentences[max(0, k - 2) : k], givers[0], s.start, text)
            if taker is not None:
                s.parties.append(dataclasses.replace(taker, case="goal", trigger=ti, direct=True, foreign=False))


# 「ウクライナに対しては、」「フィリピンには、」: a recipient set as the topic of what is told next
_RECIPIENT_TOPIC = re.compile(r"(?:に対しては|に対しても|には|へは)、")


def recipient_framed_before(sentences: list[Sentence], text: str) -> None:
    """「ウクライナに対しては、殺傷能力を持たない装備に限って支援してきた。2023年には防弾チョッキを
    届けた」: acts of giving goods that name no recipient, right after a sentence (in the same
    paragraph) that names no goods and sets its one party as the recipient it speaks of (or as the
    one taking or asking for help), go to that recipient."""
    for prev, s in itertools.pairwise(sentences):
        if prev.items or s.denial or "\n" in text[prev.end : s.start] or len(prev.parties) != 1:
            continue
        framed = prev.parties[0]
        if framed.entity is None or not (_framed_as_recipient(framed, text) or _topic_receiving(prev, framed)):
            continue
        for ti, hit in enumerate(s.triggers):
            if hit.trigger.direction != "give" or hit.passive or hit.negated:
                continue
            own = [a for a in s.parties if a.trigger == ti]
            if any(a.case in _RECEIVING for a in own) or not any(it.trigger == ti for it in s.items):
                continue
            if any(a.entity is framed.entity for a in own):
                continue
            s.parties.append(dataclasses.replace(framed, case="goal", trigger=ti, direct=True, foreign=False))


# 「…商船への攻撃を続けている。」「…ロケット弾を撃ち込んだ。」「…を空爆した。」: a sentence whose own act is
# an attack, closing on it; its subject is the one putting weapons to use
_ATTACKS = re.compile(r"(?:攻撃|空爆|砲撃|爆撃|撃ち込|発射|使用|投入|襲撃)[^、。]{0,12}。?\s*$")
# 「…商船攻撃に使われたミサイル」「…が使用されているとみられる」「…で組み立てられた」: goods told as put to use
_PUT_TO_USE = re.compile(r"使われ|使用|用いられ|投入され|組み立て")
_FIGHTERS = frozenset({"country", "armed-group", "military-unit"})


def recipient_user_before(sentences: list[Sentence], text: str) -> None:
    """「フーシ派は紅海で商船への攻撃を続けている。イランが供与した対艦ミサイルが使われているとみられる」:
    an act of giving with its giver and goods but no recipient, in a sentence that names no other
    state or group, goes to the one who puts weapons to use in the sentence just before (same
    paragraph): the subject of an attack closing that sentence, or the one armed group it is about
    where the act's own sentence tells the goods used. The target of the attack (「ハマスの拠点を」)
    and a state that only condemns it (「米国務省はフーシ派の攻撃を非難した」) are no users."""
    for prev, s in itertools.pairwise(sentences):
        if s.denial or "\n" in text[prev.end : s.start]:
            continue
        for ti, hit in enumerate(s.triggers):
            if hit.trigger.direction not in ("give", "move") or hit.negated or hit.trigger.weak:
                continue
            giver = _sole_giver(s, ti)
            if giver is None or not any(it.trigger == ti for it in s.items):
                continue
            user = _user_before(prev, s, giver)
            if user is not None:
                s.parties.append(dataclasses.replace(user, case="goal", trigger=ti, direct=True, foreign=False))


def _sole_giver(s: Sentence, ti: int) -> Arg | None:
    """The giver of act `ti` when the act names no recipient and its sentence no other state or
    group (whoever tells it aside)."""
    hit = s.triggers[ti]
    cases = ("source", "agent") if hit.passive else ("subj", "source", "agent")
    own = [a for a in s.parties if a.trigger == ti]
    givers = {a.entity.id: a for a in own if a.case in cases and a.entity is not None}
    if len(givers) != 1 or any(a.case in _RECEIVING for a in own):
        return None
    gid, giver = next(iter(givers.items()))
    speaker = s.attribution.speaker if s.attribution is not None else None
    for a in s.parties:
        if a.entity is None or a.entity.id == gid or a.entity.type not in _FIGHTERS:
            continue
        if speaker is None or a.start != speaker.start:
            return None
    return giver


def _user_before(prev: Sentence, s: Sentence, giver: Arg) -> Arg | None:
    """The one party of `prev` that puts weapons to use (see `recipient_user_before`), if any."""
    gid = giver.entity.id if giver.entity is not None else None
    attacks = _ATTACKS.search(prev.text) is not None
    used = _PUT_TO_USE.search(s.text) is not None
    users: dict[str, Arg] = {}
    for a in prev.parties:
        if a.entity is None or a.entity.id == gid or a.entity.type not in _FIGHTERS:
            continue
        attacker = a.case in ("subj", "topic") and attacks
        group_using = a.case in ("subj", "topic", "conj") and a.entity.type == "armed-group" and used
        if attacker or group_using:
            users.setdefault(a.entity.id, a)
    return next(iter(users.values())) if len(users) == 1 else None


def _framed_as_recipient(a: Arg, text: str) -> bool:
    """「ウクライナに対しては、」「フィリピンには、」: the party set as the recipient spoken of."""
    return a.case == "goal" and _RECIPIENT_TOPIC.match(text, a.end) is not None


def _topic_receiving(s: Sentence, a: Arg) -> bool:
    """「ウクライナは欧州各国から支援を受けている」「ウクライナは各国に支援を求めてきた」: the party a
    sentence is about, taking or asking for help (no goods named), is the recipient of the acts of
    giving told right after it (「オランダとデンマークはF16の供与で合意した」)."""
    if a.case != "topic" or a.trigger is None or s.denial:
        return False
    hit = s.triggers[a.trigger]
    return hit.trigger.direction in ("receive", "request") and not hit.negated


def _taker_before(near: list[Sentence], giver: Arg, start: int, text: str) -> Arg | None:
    """The one party that the nearest sentences (naming `giver`) gave to, if there is one."""
    takers: dict[str, Arg] = {}
    named = False
    gid = giver.entity.id if giver.entity is not None else None
    for s in near:
        if "\n" in text[s.end : start]:
            continue
        named = named or any(a.entity is not None and a.entity.id == gid for a in s.parties)
        for a in s.parties:
            if a.case != "goal" or a.trigger is None or a.entity is None or a.entity.id == gid:
                continue
            if s.triggers[a.trigger].trigger.direction == "give":
                takers.setdefault(a.entity.id, a)
    return next(iter(takers.values())) if named and len(takers) == 1 else None


# what closes a dated stretch of a list before the next date opens it: 「…戦車12両を、」「…38両、」
_DATED_CLOSE = re.compile(r"(?:を|が|も)?、\s*$")


def split_dated(sentence: Sentence, quantities: list[Any]) -> None:
    """「ドイツは2019年に戦車12両を、21年に装甲車30両をハンガリーに売却した」「戦車は昨年12月に38両、
    今年7月に42両が届いた」: one verb after a list whose stretches each open with a date of their own
    (「…年に」) and name goods or a count tells one act per stretch, dated by it. A stretch with only a
    count counts the goods of the stretch before, else the one kind of goods named before the list."""
    # (the list's verb may follow the deal it delivers, told as a noun: 「108両の購入を決め、去年12月に
    # 最初の38両を、ことし7月に42両を受け取った」)
    k = next((i for i, h in enumerate(sentence.triggers) if not h.nominal), None)
    if k is None:
        return
    hit = sentence.triggers[k]
    if hit.negated or hit.trigger.direction == "request":
        return
    # (acts told after the verb as nouns, 「…を購入したのが、兵器輸入の最後だ」, are no stretch of it)
    if any(not h.nominal or h.start < hit.end for h in sentence.triggers[k + 1 :]):
        return
    if k and sentence.triggers[k - 1].trigger.direction not in _DEAL_DIRECTIONS:
        return
    text, s0 = sentence.text, sentence.start
    opens = sentence.triggers[k - 1].end if k else s0
    told = [d for d in sentence.dates if opens <= d.start and d.end <= hit.start]
    dates = [d for d in told if d.iso and not d.statement]
    if len(dates) < 2 or len(dates) != len(told):
        return
    if not all(text.startswith("に", d.end - s0) for d in dates):
        return
    bounds = [d.start for d in dates] + [hit.start]
    stretches = list(itertools.pairwise(bounds))
    if not all(_DATED_CLOSE.search(text[a - s0 : b - s0]) for a, b in stretches[:-1]):
        return
    kept = list(sentence.items), list(sentence.parties)
    if k:
        _batches_of_the_deal(sentence, k, dates[0].start)
    goods_of = [it for it in sentence.items if it.trigger == k]
    ahead = [it for it in goods_of if it.end <= dates[0].start]
    goods: list[list[ItemHit]] = []
    for a, b in stretches:
        own = [it for it in goods_of if a <= it.start < b]
        if not own:
            counts = [q for q in quantities if a <= q.start < b]
            like = goods[-1] if goods and len(goods[-1]) == 1 else ahead
            if len(counts) != 1 or len(like) != 1:
                sentence.items, sentence.parties = kept
                return
            own = [dataclasses.replace(like[0], quantity=counts[0].quantity)]
        goods.append(own)
    if ahead and all(any(it.start >= dates[0].start for it in own) for own in goods):
        sentence.items, sentence.parties = kept
        return  # (goods named before the list beside goods of each stretch: no list of one kind)
    # (the goods named before the list are counted in the stretches: not goods of their own)
    sentence.items = [it for it in sentence.items if it.trigger != k]
    parties = [a for a in sentence.parties if a.trigger == k]
    for n, (date, own) in enumerate(zip(dates, goods, strict=True)):
        ti = k
        if n == 0:
            hit.dates = [date]
        else:
            ti = len(sentence.triggers)
            sentence.triggers.append(dataclasses.replace(hit, dates=[date]))
            sentence.parties += [dataclasses.replace(a, trigger=ti) for a in parties]
        sentence.items += [dataclasses.replace(it, trigger=ti) for it in own]
