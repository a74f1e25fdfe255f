"""Japanese background transfers and paired references: goods another state gave, used in the main
clause, went to their user; 両国 stands for the two states just spoken of."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from materiel.extract.frame import Arg, Sentence, TriggerHit
from materiel.model import Entity, Mention

# 「…ミサイルで攻撃した」「…戦車を前線に投入した」「…を使ってロシア軍を砲撃した」: goods put to use
# (「中国から到着した最初の6機を基地で披露した」: or shown by the one who now holds them)
_USED = re.compile(
    r"^[」』]?(?:で(?!は|も|の)|[をも](?:[^、。をがは]{0,12}?)(?:使っ|使い|使う|使用|用い|駆使|多用|投入|運用|発射|配備|披露|公開))"
)


# 「…ミサイルでクルスク州が攻撃された」「…で攻撃が行われた」「…で攻撃を受けた」: goods used on someone, in
# the passive; the main clause's topic (「ロシア国防省は」, who says so) is the target, not the user
# (nor where goods are made of them, 「…部品でミサイルが組み立てられた」: the passive names no maker)
_USED_ON = re.compile(r"^[」』]?で[^、。をは]{0,20}?(?:され|られ|を受け|が行われ|が実施され)")


# 「…から供与された弾道ミサイルをロシア軍が使用した」「米国が供与したATACMSを、ウクライナ軍は…攻撃に
# 使用した」: the user named after the goods, as the subject or topic of the use
_USED_BY = re.compile(
    r"^[」』]?を、?(?P<user>[^、。をがは]{1,24}?)(?:が|は、?)(?:[^、。をがは]{0,12}?)"
    r"(?:使っ|使い|使う|使用|用い|駆使|多用|投入|運用|発射|配備)"
)


# 「英国が供与した巡航ミサイルで、ウクライナ軍は…を攻撃した」: goods put to use, fronted, and the one
# using them the topic or subject after them
_USED_THEN_USER = re.compile(r"^[」』]?で、(?P<user>[^、。をがは]{1,24}?)(?:は|が)")


# 「…戦車を視察した」「…戦闘機を出迎えた」: goods someone goes to see or meets on arrival
_INSPECTED = re.compile(r"^[」』]?を、?(?:[^、。をがは]{0,12}?)(?:視察|見学|査閲|検分|出迎え|出迎|見て回)")


# 「ゼレンスキー大統領は」「ポーランドのカミシュ国防相が」: a head of state or government, or a
# minister, as the topic or subject (not its forces' commanders, spokesmen or envoys)
_LEADER = re.compile(
    r"[^、。はがを]{0,24}?(?:大統領|首相|国家主席|総書記|国王|国防長官|国務長官|[一-龯]{1,3}相|[一-龯]{1,3}大臣)"
    r"(?:氏)?(?:は|が|も)"
)


def _inspecting_leader(sentence: Sentence, user: Arg | None) -> bool:
    """「ゼレンスキー大統領は、ドイツから届いた戦車を視察した」: a leader or minister of a state seeing
    goods that came is that state receiving them; a commander or an expert seeing them is not."""
    if user is None or user.entity is None or user.entity.type != "country":
        return False
    return _LEADER.match(sentence.text, user.start - sentence.start) is not None


def users_receive(
    sentence: Sentence, doc: Any, off: int, hits: list[TriggerHit], trig_tokens: dict[int, int]
) -> list[tuple[int, int, int]]:
    """「ウクライナ軍は英国が供与した巡航ミサイルで…を攻撃した」「…ドイツから届いた自走対空砲を前線に
    配備した」: an act of giving (or goods arriving) told in passing in a
    relative clause on goods the main clause uses names the giver only; the one using the goods
    (the main clause's subject or topic) is who got them. Use alone (イラン製無人機で) is no
    transfer: the rule needs an act of giving. Returns, for each such clause, its act, where the
    goods it is told on end and where its giver starts (see `goods_of_the_clauses`)."""
    used: list[tuple[int, int, int]] = []
    for tok_i, ti in trig_tokens.items():
        tok, hit = doc[tok_i], hits[ti]
        link = _clause_link(tok)
        if link is None or hit.trigger.direction not in ("give", "move") or hit.negated or link.head.i <= tok_i:
            continue
        own = [a for a in sentence.parties if a.trigger == ti]
        # the clause names the giver (が, or から/によって in the passive) and no one it gave to;
        # goods that came (「ドイツから届いた自走対空砲を前線に配備した」) name where they came from
        giver = ("source",) if hit.trigger.direction == "move" else ("source", "agent") if hit.passive else ("subj",)
        if any(a.case == "goal" for a in own) or not any(a.case in giver for a in own):
            continue
        goods_end = _phrase_end(sentence, off, doc[link.head.i])
        rest = _last_conjunct_end(sentence, goods_end)
        after = _USED_BY.match(sentence.text[rest - sentence.start :])
        # 「ロシア軍が北朝鮮が供与したミサイルも使って」: the parse may hang both subjects on the clause;
        # the giver is the one next to the verb, the one before it uses the goods
        subjects = sorted((a for a in own if a.case == "subj" and a.entity is not None), key=lambda a: a.start)
        if after is not None:
            user = _user_after(sentence, rest + after.start("user"), rest + after.end("user"), own)
        elif _USED_ON.match(sentence.text[rest - sentence.start :]):
            continue  # 「ロシア国防省は、英国が供与したミサイルで攻撃されたと発表した」: used on the speaker
        elif _USED.match(sentence.text[rest - sentence.start :]):
            # (「民兵組織がイランから供与された無人機を使い」: the passive's が is the one using them)
            user = (
                subjects[0]
                if (len(subjects) > 1 and not hit.passive) or (len(subjects) == 1 and hit.passive)
                else _user(sentence, off, tok, own)
            )
            then = _USED_THEN_USER.match(sentence.text[rest - sentence.start :])
            if user is None and then is not None:
                user = _user_after(sentence, rest + then.start("user"), rest + then.end("user"), own)
        elif _INSPECTED.match(sentence.text[rest - sentence.start :]):
            user = _user(sentence, off, tok, own)
            # (「韓国国防相は、韓国が輸出した戦車を視察した」: the giver's own minister sees them abroad)
            if not _inspecting_leader(sentence, user) or any(
                user is not None and a.entity is not None and user.entity is not None and a.entity.id == user.entity.id
                for a in own
            ):
                continue
        else:
            continue
        giver_at = max((a.start for a in own if a.case in giver), default=None)
        if user is not None and giver_at is not None:
            used.append((ti, rest, giver_at))
        if user is not None and any(user is o for o in own):
            user.case = "goal"  # 「ロシア軍が北朝鮮が供与したミサイルも使って」: the user was read as a giver
        elif user is not None:
            sentence.parties.append(
                dataclasses.replace(
                    user, case="goal", trigger=ti, direct=True, foreign=False, speech_topic=False, user=True
                )
            )
    return used


# 「北朝鮮が供与したとみられるミサイル」「…とされる」「…といわれる」: a hedge between the act and the goods
_HEDGE_LINKS = {"みる", "見る", "する", "いう", "言う", "推定"}


def _clause_link(tok: Any) -> Any:
    """The word that ties an act to the goods it is told on: the act itself (「供与したミサイル」), or the
    hedge it is quoted in (「供与したとみられるミサイル」); None where the act is no clause on goods."""
    head = tok.head
    # (the parse may call a clause on a noun an adverbial one: 「供与した巡航ミサイル「スカルプ」で」)
    if tok.dep_ == "acl" or (tok.dep_ == "advcl" and head.pos_ in ("NOUN", "PROPN") and head.i > tok.i):
        return tok
    hedged = tok.dep_ in ("advcl", "ccomp") and head.dep_ == "acl" and head.lemma_ in _HEDGE_LINKS
    if hedged and head.i > tok.i and any(c.lemma_ == "と" and c.dep_ in ("case", "mark") for c in tok.children):
        return head
    return None


# 「ウクライナに約束した戦闘機」「韓国に確約した砲弾」: a pledge told in a clause on the goods
_PLEDGES = {"約束", "確約", "公約", "約す"}


def pledged_to(sentence: Sentence, doc: Any, off: int, hits: list[TriggerHit], trig_tokens: dict[int, int]) -> None:
    """「ノルウェーはウクライナに約束した戦闘機を引き渡した」: the one the goods were promised to, told in
    a clause on the goods, is who the act of giving them (naming no receiver) gives them to; so too for
    an act told by its noun, the clause on it or on its goods (「ウクライナに約束したF16の引き渡しを終えた」)."""
    for tok_i, ti in trig_tokens.items():
        tok, hit = doc[tok_i], hits[ti]
        if hit.trigger.direction != "give" or hit.passive:
            continue
        if any(a.trigger == ti and a.case in ("goal", "goal-gen") for a in sentence.parties):
            continue
        # (「約束したF16戦闘機の6機の引き渡し」: the goods may qualify the count that qualifies the act,
        # and the clause may hang on the first word of the goods' compound name, 「約束したCV90歩兵戦闘車」)
        near = [c for c in tok.children if c.dep_ == "nmod"]
        near += [g for c in near for g in c.children if g.dep_ == "nmod"]
        near += [g for c in near for g in c.children if g.dep_ == "compound"]
        pledged = [tok, *near] if hit.nominal else []
        for goods in pledged or (c for c in tok.children if c.dep_ == "obj"):
            for clause in (c for c in goods.children if c.dep_ == "acl" and c.lemma_ in _PLEDGES):
                lo, hi = off + clause.left_edge.idx, off + clause.idx
                promised = [a for a in sentence.parties if a.case == "goal" and lo <= a.start < hi and a.entity]
                if len(promised) == 1:
                    promised[0].trigger, promised[0].direct, promised[0].foreign = ti, True, False


def goods_of_the_clauses(sentence: Sentence, used: list[tuple[int, int, int]]) -> None:
    """「ロシア軍がミサイルとともにイランが供与した無人機も使って」: the goods a clause of giving is
    told on are its goods; goods named before its giver are the user's, not given in it."""
    for ti, goods_end, giver in used:
        # (the goods joined to them too: 「供与された無人機やロケット弾を使い」)
        head = [it for it in sentence.items if sentence.triggers[ti].end <= it.start and it.end <= goods_end]
        for it in head:
            it.trigger, it.direct = ti, True
        for it in sentence.items:
            if head and it.trigger == ti and it.end <= giver and all(it is not h for h in head):
                it.direct = False


def _phrase_end(sentence: Sentence, off: int, head: Any) -> int:
    """Where the goods' phrase ends: the end of the goods word (a name in brackets after the word
    goes with it: 巡航ミサイル「ストームシャドー」で)."""
    at = off + head.idx
    ends = [it.end for it in sentence.items if it.start <= at < it.end]
    end = max(ends) if ends else at + len(head.text)
    # 「自爆型の無人機」: the clause hangs on a word that qualifies the goods named after の
    later = [it.end for it in sentence.items if it.start == end + 1 and sentence.text[end - sentence.start] == "の"]
    return max(later) if later else end


# 「…無人機と北朝鮮の提供したミサイルを」: goods joined to more goods (with a clause of their own)
_AND_MORE = re.compile(r"(?:と|や|、|及び|および)")


def _last_conjunct_end(sentence: Sentence, end: int) -> int:
    """「イランの提供した無人機と北朝鮮の提供したミサイルを使用している」: goods joined to others share
    their use; the end of the last goods joined to them."""
    for _ in range(4):
        if not _AND_MORE.match(sentence.text, end - sentence.start):
            break
        later = sorted((it for it in sentence.items if end < it.start <= end + 30), key=lambda it: it.start)
        gap = sentence.text[end + 1 - sentence.start : later[0].start - sentence.start] if later else "、"
        if re.search(r"[、。をはで]", gap):
            break
        end = max(it.end for it in sentence.items if it.start == later[0].start)
    return end


def _subject_of_clause_before(sentence: Sentence, a: Arg, clause_start: int) -> bool:
    """Whether `a` is the subject of an act told after it and before `clause_start`."""
    ti = a.trigger
    return (
        a.direct
        and ti is not None
        and 0 <= ti < len(sentence.triggers)
        and (a.end <= sentence.triggers[ti].start <= clause_start)
    )


def _user(sentence: Sentence, off: int, clause: Any, own: list[Arg]) -> Arg | None:
    """The main clause's subject or topic, named before the relative clause and not its own (nor
    the subject of another clause before it, 「イランの提供した無人機と北朝鮮の提供した…」)."""
    # (a topic the parse hangs on the clause, 「ロシア軍は北朝鮮が供与したとみられる…」, is the main clause's)
    topics = {t.i for c in clause.children if c.dep_ == "dislocated" for t in c.subtree}
    clause_start = off + min((t.idx for t in clause.subtree if t.i not in topics), default=clause.idx)
    before = [
        a
        for a in sentence.parties
        if a.end <= clause_start and a.case in ("topic", "subj") and all(a is not o for o in own) and a.entity
        if not _subject_of_clause_before(sentence, a, clause_start) and not _body_of_no_state(a)
    ]
    return before[-1] if before else None


def _body_of_no_state(a: Arg) -> bool:
    """「国連の専門家パネルも…イランから密輸された部品を使って組み立てられているとの見方を示した」: a
    body of no state (a UN panel, the IAEA) tells of goods used; it holds no arms to use."""
    return a.entity is not None and a.entity.type == "state-body" and a.entity.country is None


def _user_after(sentence: Sentence, start: int, end: int, own: list[Arg]) -> Arg | None:
    """The one party named as the subject of the use, after the goods."""
    named = [
        a for a in sentence.parties if start <= a.start and a.end <= end and a.entity and all(a is not o for o in own)
    ]
    return named[-1] if len({a.entity.id for a in named if a.entity is not None}) == 1 else None


# 「両国は…契約を結んだ」: the two states of the sentence before; 「日韓両国」 names its own
# (「両政府は…契約に署名していた」: so do their two governments)
_BOTH = re.compile(r"(?<![一-龯々ァ-ヺA-Za-z])(?:両国|両政府)(?!間|民|関係)")
BOTH_FORM = "both"


def both_states(
    text: str, mentions: list[Mention], entities: dict[str, Entity], country: Any, starts: list[int]
) -> list[Mention]:
    """両国 stands for the two states the sentence before names (the nearest sentence naming two):
    one mention for each, at the same span, marked so that the sentence can share out the roles."""
    out: list[Mention] = []
    for m in _BOTH.finditer(text):
        here = max((s for s in starts if s <= m.start()), default=0)
        earlier = sorted({s for s in starts if s < here} | {0}, reverse=True)
        for k, s0 in enumerate(earlier[:3]):
            s1 = here if k == 0 else earlier[k - 1]
            states: list[Entity] = []
            for x in sorted(mentions, key=lambda x: x.start):
                ent = entities.get(x.entity_id)
                c = country(ent) if ent is not None else None
                if s0 <= x.start < s1 and c is not None and all(c.id != e.id for e in states):
                    states.append(c)
            if len(states) == 2:
                for e in states:
                    entities.setdefault(e.id, e)
                    out.append(Mention(e.id, m.start(), m.end(), m.group(), "alias", 0.7, form=BOTH_FORM))
                break
            if len(states) > 2:
                break
    return out


def share_roles(sentence: Sentence, hits: list[TriggerHit], earlier: list[Sentence], both: list[Arg]) -> None:
    """The two states of 両国, subject of an act, are its two sides: the one that gave in the acts
    told before supplies, the other receives. Not placed on an act, they are left out."""
    if len(both) != 2:
        return
    sentence.parties = [a for a in sentence.parties if all(a is not b for b in both)]
    sentence.places = [a for a in sentence.places if all(a.start != b.start for b in both)]
    a, b = both
    ti = a.trigger
    if ti is None or ti < 0 or a.case not in ("subj", "topic", "gen") or a.entity is None or b.entity is None:
        return
    giver = _giver(earlier, a.entity.id, b.entity.id)
    if giver is None:
        return
    sup, rec = (a, b) if giver == a.entity.id else (b, a)
    hit = hits[ti]
    active_give = hit.trigger.direction in ("give", "move") and not hit.passive
    sup_case, rec_case = ("subj", "goal") if active_give else ("source", "subj")
    # (the subject of the sentence, it is the act's even where the parse hangs it elsewhere)
    sentence.parties.append(dataclasses.replace(sup, case=sup_case, direct=True))
    sentence.parties.append(dataclasses.replace(rec, case=rec_case, direct=True))


def _giver(earlier: list[Sentence], x: str, y: str) -> str | None:
    """Which of two states gave in the acts told before: the one in a supplier's place."""
    for s in reversed(earlier):
        for a in s.parties:
            if a.entity is None or a.entity.id not in (x, y) or a.trigger is None or a.trigger >= len(s.triggers):
                continue
            hit = s.triggers[a.trigger]
            direction = hit.trigger.direction
            if a.case == "origin" or (a.case in ("source", "agent") and direction != "request"):
                return a.entity.id
            if direction in ("give", "move") and not hit.passive and a.case in ("subj", "topic"):
                return a.entity.id
            other = y if a.entity.id == x else x
            if a.case in ("goal", "goal-gen") and direction != "request":
                return other
            if direction == "receive" and a.case in ("subj", "topic"):
                return other
        for it in s.items:
            if it.origin is not None and it.origin.id in (x, y):
                return it.origin.id
    return None


# 「ヒズボラが保有するロケット弾」「ハマスが使用する武器の一部は」: goods named by who holds or uses them
_HELD_BY = re.compile(
    r"(?:空軍|海軍|陸軍|国軍|軍|側)?(?:が|の)"
    # (「フーシ派が攻撃に使った無人機」「ロシア軍が使う無人機」: what they are put to may come between)
    r"(?:[^、。がはをに]{1,8}に)?"
    r"(?:(?:保有|所有|使用|運用)(?:する|している|してきた|した)|(?:使っ|持っ)(?:ている|てきた|た)|使う|持つ)"
)


# 「アゼルバイジャン軍の無人機の多くは」: the owner of goods that are the topic
_OWNED_TOPIC = re.compile(
    r"(?:軍|側|国軍|空軍|海軍|陸軍)?の(?=[^、。がはをに]{1,16}?(?:は|の多く|の一部|の大半|の大部分))"
)


def holders_receive(text: str, sentence: Sentence) -> None:
    """「ヒズボラが保有するロケット弾の多くはイランから供給されたものだ」: goods named by who holds or
    uses them, said to have come from another side, came to the holder (and so did goods of an
    owner, bought from another: 「アゼルバイジャン軍の無人機の多くは、イスラエルから購入したものだ」)."""
    for ti, hit in enumerate(sentence.triggers):
        if hit.trigger.direction not in ("give", "move", "receive") or hit.negated:
            continue
        receiving = hit.trigger.direction == "receive" and not hit.passive
        if hit.trigger.direction == "give" and not hit.passive:
            continue
        own = [a for a in sentence.parties if a.trigger == ti]
        if any(a.case in (("subj", "topic") if receiving else ("goal", "goal-gen")) for a in own):
            continue
        givers = [a for a in own if a.case in ("source", "agent", "origin") and not _HELD_BY.match(text, a.end)]
        if not givers or (receiving and not any(a.case == "source" for a in givers)):
            continue
        for a in sentence.parties:
            held = (_OWNED_TOPIC if receiving else _HELD_BY).match(text, a.end)
            if held is None or a.end > givers[0].start or a.entity is None or a.entity.type == "company":
                continue
            if not any(held.end() <= it.start < givers[0].start for it in sentence.items):
                continue
            a.case, a.trigger, a.direct, a.foreign = ("subj" if receiving else "goal"), ti, True, False
            break


def holders_no_givers(text: str, sentence: Sentence) -> None:
    """「RSFが使った中国製の迫撃砲が、チャドを経由してRSFに渡った」: who uses or holds the goods, named
    in a clause on them before an act of their coming (or of their being given), is no giver of
    them; the giver is where they came from or the maker's state. Goods with no one they came to
    are left to `holders_receive`, which makes the holder the receiver."""
    for ti, hit in enumerate(sentence.triggers):
        if hit.trigger.direction not in ("give", "move") or hit.negated:
            continue
        if hit.trigger.direction == "give" and not hit.passive:
            continue
        for a in sentence.parties:
            if a.trigger != ti or a.case not in ("subj", "topic") or a.entity is None or a.end > hit.start:
                continue
            held = _HELD_BY.match(text, a.end)
            if held is None or not any(held.end() <= it.start < hit.start for it in sentence.items):
                continue
            a.case, a.trigger, a.direct = "other", None, False


def holders_given_to(text: str, sentence: Sentence) -> None:
    """「米国はウクライナ軍が運用するパトリオットの部品を供与する」: goods named by who holds or uses
    them, given by another party named before the holder with no recipient told, go to the holder."""
    for ti, hit in enumerate(sentence.triggers):
        if hit.trigger.direction != "give" or hit.passive or hit.negated:
            continue
        own = [a for a in sentence.parties if a.trigger == ti]
        if any(a.case in ("goal", "goal-gen") for a in own):
            continue
        for a in sentence.parties:
            held = _HELD_BY.match(text, a.end)
            if held is None or a.end > hit.start or a.entity is None or a.entity.type == "company":
                continue
            if not any(held.end() <= it.start < hit.start for it in sentence.items):
                continue
            # (the giver may be a topic the parse left unattached: 「フランスは、インド空軍が運用する…」)
            givers = [
                b
                for b in sentence.parties
                if b.trigger in (ti, None)
                and b.case in ("subj", "topic")
                and b.end <= a.start
                and b.entity is not None
                and b.entity != a.entity
            ]
            if givers:
                a.case, a.trigger, a.direct, a.foreign = "goal", ti, True, False
                break


# 「ロシア軍が使った無人機は、」「ハマスの戦闘員が発射したロケットは、」: goods told by who used them, the
# topic of the sentence (the user, maybe its fighters or units, before the clause of use)
_USER_CLAUSE_TOPIC = re.compile(
    r"(?P<user>[^、。をがは]{1,24}?)(?:の[^、。をがはの]{1,8}?)?が(?:[^、。をがは]{0,8}?)"
    r"(?:使っ|使用し|運用し|発射し|投入し|用い|撃っ)(?:た|ている|ていた|てきた)"
    r"[^、。をがは]{1,24}?(?:は|も)、?"
)


def user_of_goods_given(sentence: Sentence, hits: list[TriggerHit]) -> None:
    """「ロシア軍が使った無人機は、イランが供与したものだ」「ハマスの戦闘員が使った対戦車ロケットは、イランが
    密輸したものだ」: goods told by the one who used them, then said to be what a giver gave (to no one
    told), went to their user: the user receives in the act of giving."""
    text, s0 = sentence.text, sentence.start
    m = _USER_CLAUSE_TOPIC.match(text)
    if m is None:
        return
    users = [
        a
        for a in sentence.parties
        if a.entity is not None and s0 + m.start("user") <= a.start and a.end <= s0 + m.end("user")
    ]
    if len(users) != 1 or users[0].entity is None:
        return
    user, uid = users[0], users[0].entity.id
    for ti, hit in enumerate(hits):
        if hit.start < s0 + m.end() or hit.trigger.direction != "give" or hit.passive or hit.negated:
            continue
        own = [a for a in sentence.parties if a.trigger == ti and a is not user]
        givers = [a for a in own if a.case in ("subj", "topic") and a.start >= s0 + m.end()]
        if not givers or any(a.case in ("goal", "goal-gen") for a in own):
            return
        if any(g.entity is not None and g.entity.id == uid for g in givers):
            return
        user.case, user.trigger, user.direct, user.foreign, user.user = "goal", ti, True, False, True
        return
