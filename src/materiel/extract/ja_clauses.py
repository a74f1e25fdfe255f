"""Japanese constructions of wire and newspaper copy that bend the plain case frame: an act's
noun the tagger took for a name, 対 before a state, goods paid for in return, a destination told
beside another act, a pledge in a clause on goods that arrived."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable

from materiel.extract.frame import Arg, Sentence
from materiel.extract.ja_case import STATES_COUNT
from materiel.gazetteer import Gazetteer
from materiel.lexicon import Lexicon
from materiel.model import Entity, Mention

# 「ロシアに派兵したほか、」「ロシアに兵士を送ったうえ、」: one act told beside the next
_BESIDE_ACT = re.compile(r"[^、。]{0,20}?(?:した|する|し)(?:ほか|うえ|上|のに加え|ことに加え)(?:で|て|に)?、[^。]*?も")


def goal_shared_on(text: str, sentence: Sentence) -> None:
    """「北朝鮮は、ロシアに派兵したほか、砲弾も供与している」: the destination of an act that is no
    transfer, told beside a transfer with も and no destination of its own, is that transfer's."""
    for ti, hit in enumerate(sentence.triggers):
        if hit.trigger.direction not in ("give", "move"):
            continue
        if any(a.trigger == ti and a.direct and a.case in ("goal", "goal-gen") for a in sentence.parties):
            continue
        for a in sentence.parties:
            if not (a.foreign and a.case == "goal" and a.end <= hit.start):
                continue
            beside = _BESIDE_ACT.match(text, a.end, hit.start)
            if beside is not None and text.startswith("に", a.end):
                a.trigger, a.direct, a.foreign = ti, True, False
                break


# 「…を転売した疑いが持たれている」「…を輸出した疑いがかかっている」: an act a suspicion is held on
_SUSPECTED = re.compile(
    r"[ぁ-ん]{0,6}(?:との|という)?(?:疑い|容疑)(?:が|を)?(?:持たれ|もたれ|かけられ|かか|浮上|強ま|向けられ)"
)
# 「タジキスタンの物流会社にも、」「同社には、」: the one the suspicion is held on, opening the sentence
_SUSPECT = re.compile(r"(?:の[^、。をがはに]{0,10}?)?に(?:は|も)、")


def suspect_does_act(text: str, sentence: Sentence) -> None:
    """「タジキスタンの物流会社にも、ドイツ製の工作機械をロシアの企業に転売した疑いが持たれている」:
    the party a suspicion of an act is held on (Xには…した疑いが持たれている) did the act; it is
    not where the goods went."""
    for ti, hit in enumerate(sentence.triggers):
        if not _SUSPECTED.match(text, hit.end):
            continue
        if any(a.trigger == ti and a.case in ("topic", "subj") for a in sentence.parties):
            continue
        before = sorted((a for a in sentence.parties if a.end <= hit.start), key=lambda a: a.start)
        if before and before[0].case == "goal" and _SUSPECT.match(text, before[0].end):
            before[0].case, before[0].trigger, before[0].direct = "subj", ti, True


# 「…を受け取る代わりに」「…の受け取りの見返りに」: what one side gets for the goods it gives
_IN_RETURN = re.compile(r"[ぁ-ん]{0,3}(?:の)?(?:代わりに|見返りに|見返りとして|引き換えに)")


def paid_in_return(text: str, sentence: Sentence) -> None:
    """「北朝鮮は、ロシアから原油を受け取る代わりに、砲弾を輸出している」: a receipt of goods that are
    no arms, told as the price of a later act of giving, is no transfer; the side it is received
    from is where the arms go."""
    hits = sentence.triggers
    for ti, tj in itertools.pairwise(range(len(hits))):
        paid, act = hits[ti], hits[tj]
        if paid.trigger.direction != "receive" or act.trigger.direction != "give":
            continue
        if not _IN_RETURN.match(text, paid.end):
            continue
        # (goods of the clause of receipt are arms received: both acts stand)
        clause = max(sentence.start, text.rfind("、", sentence.start, paid.start) + 1)
        if any(clause <= it.start and it.end <= paid.start for it in sentence.items):
            _swapped_sides(sentence, ti, tj)
            continue
        for a in sentence.parties:
            if a.trigger != ti:
                continue
            a.trigger = tj
            if a.case == "source":
                a.case, a.direct = "goal", True


def _swapped_sides(sentence: Sentence, ti: int, tj: int) -> None:
    """「イランは、ロシアから戦闘機を受け取る見返りに、弾道ミサイルを供与した」: arms taken in
    return for arms go the other way between the same two sides; the giver receives the first
    act's goods, and the side they come from receives the second's."""
    own = [a for a in sentence.parties if a.trigger == ti]
    givers = [a for a in sentence.parties if a.trigger == tj and a.case in ("topic", "subj")]
    if any(a.case in ("goal", "goal-gen") for a in sentence.parties if a.trigger == tj):
        return
    sources = [a for a in own if a.case == "source"]
    if len(sources) != 1 or len(givers) != 1 or any(a.case in ("topic", "subj") for a in own):
        return
    sentence.parties.append(dataclasses.replace(givers[0], trigger=ti, case="subj", direct=True))
    sentence.parties.append(dataclasses.replace(sources[0], trigger=tj, case="goal", direct=True))


# 「…を送り、ロシアは見返りに」「…を供与し、その見返りとして」: a later clause told as the return for an act
_RETURN_CLAUSE = re.compile(r"[^、。]{0,4}、[^。、]*?(?:見返り|引き換え|代わり|対価|お返し)(?:に|として)、?")


def given_in_return(text: str, sentence: Sentence) -> None:
    """「北朝鮮は砲弾を送り、ロシアは見返りに戦闘機を提供した」「イランは無人機を供与し、見返りにロシア
    から原油を受け取った」: a giving that names no receiver, followed by a clause told as its return,
    went to the one who gives back (or whom the return is received from); goods given back go to
    the first giver. (A return of goods of no transfer, 技術 or 食料, may leave no act of its own:
    the one it comes from still receives the first act's goods.)"""
    hits = sentence.triggers
    for ti, act in enumerate(hits):
        tj = ti + 1 if ti + 1 < len(hits) else None
        back = hits[tj] if tj is not None else None
        end = back.end if back is not None else sentence.end
        clause = _RETURN_CLAUSE.match(text, act.end, end)
        if act.trigger.direction != "give" or act.passive or clause is None:
            continue
        if back is not None and (back.passive or back.trigger.direction not in ("give", "receive")):
            continue
        own = [a for a in sentence.parties if a.trigger == ti and a.end <= act.start]
        givers = [a for a in own if a.case in ("topic", "subj")]
        told = [a for a in sentence.parties if act.end <= a.start and a.end <= end]
        goals = [a for a in sentence.parties if a.trigger == ti and a.case in ("goal", "goal-gen")]
        if len(givers) == 1 and len(goals) == 1 and back is not None and back.trigger.direction == "receive":
            if not told and not _same_party(givers[0], goals[0]):
                _received_back(sentence, givers[0], goals[0], tj)
            continue
        if len(givers) != 1 or goals:
            continue
        # (「…ロシアはその見返りにイランに戦闘機を引き渡す」: the return may name the first giver as its taker)
        if any(a.case in ("goal", "goal-gen") and not _same_party(a, givers[0]) for a in told):
            continue
        others = [a for a in told if a.case in ("topic", "subj", "source")]
        if len(others) != 1 or _same_party(others[0], givers[0]):
            continue
        other = others[0]
        if back is None:
            other.trigger, other.case, other.direct = ti, "goal", True
            continue
        sentence.parties.append(dataclasses.replace(other, trigger=ti, case="goal", direct=True))
        if back.trigger.direction == "give" and not any(a.case in ("goal", "goal-gen") for a in told):
            sentence.parties.append(dataclasses.replace(givers[0], trigger=tj, case="goal", direct=True))


def _received_back(sentence: Sentence, giver: Arg, taker: Arg, tj: int | None) -> None:
    """「北朝鮮はロシアに自走砲を送り、見返りに防空システムを受け取った」: a return received with no
    source or getter of its own told comes from the one the first act gave to, and goes to its giver."""
    sentence.parties.append(dataclasses.replace(taker, trigger=tj, case="source", direct=True))
    if not any(a.trigger == tj and a.case in ("topic", "subj") for a in sentence.parties):
        sentence.parties.append(dataclasses.replace(giver, trigger=tj, case="subj", direct=True))


def _same_party(a: Arg, b: Arg) -> bool:
    return a.entity is not None and b.entity is not None and a.entity.id == b.entity.id


_RECEIVED = re.compile(r"を受け")
_GIVERS_OWN = re.compile(r"(?:政府|側|軍)?の(?:軍事|武器|兵器)?")


# 「イランの支援を受けて」「中国の協力を得て」: help received from a party, told before an act of getting
_HELPED_BY = re.compile(
    r"(?:政府|側|軍)?の(?:軍事的な?|技術的な?|全面的な?)?(?:支援|援助|協力|手助け|後押し)を(?:受け|得)(?:て|、)"
)


def giver_of_received_act(text: str, sentence: Sentence) -> None:
    """「ロシア軍は北朝鮮の支援を受けて砲弾を確保した」: the one whose act of giving is received
    (Xの支援を受ける, Xの供与を受けた) gives; it is where the goods come from. So does the one whose
    help an act of getting is done with (「フーシ派はイランの支援を受けてミサイルを入手した」)."""
    for ti, hit in enumerate(sentence.triggers):
        if hit.trigger.direction != "receive":
            continue
        if any(a.trigger == ti and a.case == "source" for a in sentence.parties):
            continue
        received = _RECEIVED.match(text, hit.end) is not None
        for a in sentence.parties:
            if a.case != "gen" or a.end > hit.start:
                continue
            if (received and _GIVERS_OWN.fullmatch(text, a.end, hit.start)) or _HELPED_BY.match(text, a.end):
                a.case, a.trigger, a.direct = "source", ti, True
                break


def act_taken_for_name(surface: str, lexicon: Lexicon) -> bool:
    """「北朝鮮によるロシアへの砲弾供与」: the tagger may take goods and the act's noun run together
    (砲弾供与) for an organisation; no such name is a party."""
    return any(
        surface.endswith(lemma) and len(surface) > len(lemma) and _KANJI_WORD.fullmatch(lemma)
        for lemma in lexicon.triggers
    )


_KANJI_WORD = re.compile(r"[一-龯々]{2,}")


def aimed_at(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """「対ウクライナ支援」「英国の対イスラエル武器輸出」: 対 before a name and an act's noun after it
    make the name where the act goes (「対イラン制裁」 tells no act); so does 支援 right after it."""
    if start == 0 or text[start - 1] != "対":
        # 「ウクライナ支援の一環として」: a state run together with the word for aiding it
        return _AIDED.match(text, end) is not None
    after = _NOUN_RUN.match(text, end)
    run = after.group() if after is not None else ""
    return any(lemma in run for lemma in lexicon.triggers if _KANJI_WORD.fullmatch(lemma))


def aided_state_receives(text: str, sentence: Sentence) -> None:
    """「ウクライナ支援をめぐり、オランダとデンマークは戦闘機の供与で合意した」: the state whose aid a
    sentence opens with receives its act of giving that names no receiver of its own."""
    for a in sentence.parties:
        if a.direct or a.case != "goal" or a.trigger is None or _AIDED.match(text, a.end) is None:
            continue
        hit = sentence.triggers[a.trigger]
        own = [b for b in sentence.parties if b.trigger == a.trigger and b is not a]
        if hit.trigger.direction == "give" and not any(b.case in ("goal", "goal-gen") for b in own):
            a.direct = True


def trained_and_supplied(text: str, sentence: Sentence) -> None:
    """「米国はイラク軍を訓練し、武器を供給してきた」「ロシアはシリア軍を支援し、戦闘機を供与した」: the
    party a clause trains, backs or arms just before an act of giving that names no receiver of its
    own is the one it gives to."""
    for n, hit in enumerate(sentence.triggers):
        if hit.trigger.direction != "give":
            continue
        own = [b for b in sentence.parties if b.trigger == n]
        if any(b.case in ("goal", "goal-gen") for b in own):
            continue
        for a in sentence.parties:
            if a.end > hit.start or a.case not in ("obj", "helper") or a.trigger not in (n, None):
                continue
            between = text[a.end : hit.start]
            if _TRAINED_THEN.match(between) and not any(a.end < b.start < hit.start for b in sentence.parties):
                a.case, a.trigger, a.direct = "goal", n, True


# 「を訓練し、」「を支援して、」「を武装させ、」, then the goods (no other party) up to the act of giving
_TRAINED_THEN = re.compile(
    r"(?:を|に対し(?:て)?)(?:訓練|支援|援助|育成|指導|武装|後押し|強化)(?:し|して|させ|させて)(?:てきた|ており)?、"
    r"[^、。]{0,30}$"
)


_AIDED = re.compile(r"(?:への)?(?:軍事|武器|兵器)?(?:支援|援助)")
_NOUN_RUN = re.compile(r"(?:の)?[一-龯々ァ-ヺー]{1,10}")


# one-kanji names of states, as written together: 日米, 日米韓, 英仏
_ONE_KANJI_STATES = {
    "日": "Q17", "米": "Q30", "英": "Q145", "仏": "Q142", "独": "Q183", "露": "Q159", "中": "Q148",
    "韓": "Q884", "朝": "Q423", "豪": "Q408", "印": "Q668", "比": "Q928", "台": "Q865",
}  # fmt: skip
_FUSED = re.compile(
    r"(?<![一-龯々ァ-ヺ])[日米英仏独露中韓朝豪印比台]{2,3}(?=は|が|も|の|と|に|から|両国|両政府|3国|三国|3カ国|各国)"
)


def fused_states(
    text: str, mentions: list[Mention], entities: dict[str, Entity], gazetteer: Gazetteer
) -> list[Mention]:
    """「日米はフィリピンに巡視船を供与した」: states written together by their one-kanji names, where
    the recognizer saw one word; each kanji names its state (「日中」 is as often "in the daytime")."""
    out: list[Mention] = []
    for m in _FUSED.finditer(text):
        if m.group().startswith("日中"):
            continue
        for k, ch in enumerate(m.group()):
            at = m.start() + k
            ent = gazetteer.get(_ONE_KANJI_STATES[ch])
            if ent is None or any(x.start <= at < x.end for x in mentions):
                continue
            entities.setdefault(ent.id, ent)
            out.append(Mention(ent.id, at, at + 1, ch, "alias", 0.7))
    return out


# 「ロシア南部ダゲスタン共和国」「ロシア極東ハバロフスク地方」: a region of the state named just before,
# set off by a compass word, that the gazetteer does not know
_REGION_OF_STATE = re.compile(r"(?:北|南|東|西|中|北東|北西|南東|南西|中西)部|極東")
_REGION_NAME = re.compile(r"の?[ァ-ヺー・]{2,12}(?:共和国|自治共和国|州|地方|地域|自治区|県|省)")


def regions_of_states(text: str, mentions: list[Mention], entities: dict[str, Entity]) -> list[Mention]:
    """「無人機はロシア南部ダゲスタン共和国のマハチカラ港に陸揚げされた」: a state followed by a compass
    word and a region the gazetteer does not know (a new name, or none) stands for the whole phrase,
    so that the phrase's particle tells the state's role; a region it knows keeps its own mention."""
    out = list(mentions)
    for m in mentions:
        ent = entities.get(m.entity_id)
        if ent is None or ent.provisional:
            continue
        if ent.type == "country":
            compass = _REGION_OF_STATE.match(text, m.end)
            region = _REGION_NAME.match(text, compass.end()) if compass is not None else None
        else:
            # 「ロシア極東のハバロフスク地方に」: a region of a state the gazetteer knows, then one it does not
            region = _REGION_NAME.match(text, m.end) if ent.type == "region" and ent.country else None
        if region is None:
            continue
        inside = [x for x in out if x is not m and m.end <= x.start < region.end()]
        if any(not entities[x.entity_id].provisional for x in inside):
            out = _suffix_taken(text, out, inside, region.end())
            continue
        out = [x for x in out if x is not m and not any(x is y for y in inside)]
        out.append(dataclasses.replace(m, end=region.end(), text=text[m.start : region.end()]))
    return out


def _suffix_taken(text: str, mentions: list[Mention], inside: list[Mention], end: int) -> list[Mention]:
    """「ロシア南部のクラスノダール地方に」: a place the gazetteer knows, named with the word for its
    region (地方, 州), reaches to that word, so that the particle after it tells its role."""
    last = max(inside, key=lambda x: x.end)
    if _REGION_SUFFIX.fullmatch(text, last.end, end) is None:
        return mentions
    longer = dataclasses.replace(last, end=end, text=text[last.start : end])
    return [longer if x is last else x for x in mentions]


# 「地方」「州」: the word after a place's name that makes it the region around it
_REGION_SUFFIX = re.compile(r"(?:共和国|自治共和国|州|地方|地域|自治区|県|省)")


# one of those names alone, before its particle: 「露から戦闘機を」「米から戦車を購入」「独製の」
# (not 中, 朝, 日, 台, 比, 印: alone they are as often "inside", "morning", "day", "stand", "ratio")
# (nor after の: 「タイ産の米は」 is rice)
_LONE_KANJI = re.compile(r"(?<![一-龯々ァ-ヺーの])[米英仏独露豪韓](?=から|より|製|側|は|が|へ|に(?![0-9０-９]))")


def lone_kanji_states(
    text: str, mentions: list[Mention], entities: dict[str, Entity], gazetteer: Gazetteer
) -> list[Mention]:
    """「アサド政権は露から戦闘機を、イランから無人機を受け取った」: a state written by its one-kanji
    name alone, as headlines and wire copy do, where the recognizer saw none."""
    out: list[Mention] = []
    for m in _LONE_KANJI.finditer(text):
        ent = gazetteer.get(_ONE_KANJI_STATES[m.group()])
        if ent is None or any(x.start <= m.start() < x.end for x in mentions):
            continue
        entities.setdefault(ent.id, ent)
        out.append(Mention(ent.id, m.start(), m.end(), m.group(), "alias", 0.7))
    return out


# 「欧州諸国から」「西側各国より」「NATO加盟国から」: many givers told by a word for a group of
# states, as the act's source
_UNNAMED_SOURCE = re.compile(
    r"(?:[一-龯ァ-ヺー]{0,6}?)(?:各国|諸国|同盟国|友好国|有志国|支援国|加盟国|西側|欧米)(?:側|など|等)?(?:から|より)(?:も|は)?"
)

_NAME_GOES_ON = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ0-9０-９一-龯ァ-ヺー]")


def _named_supplier(sentence: Sentence, ti: int) -> bool:
    """Whether act `ti` names its supplier: 「イランから」, or the subject of an active giving."""
    hit = sentence.triggers[ti]
    giving = hit.trigger.direction in ("give", "move") and not hit.passive
    cases = ("source", "agent", "subj", "topic") if giving else ("source", "agent")
    return any(a.trigger == ti and a.entity is not None and a.case in cases for a in sentence.parties)


def unnamed_sources(text: str, sentence: Sentence) -> None:
    """「ロシアはイランから無人機を受け取り、ウクライナは欧州諸国から防空システムを受け取った」:
    a source told only as a group of states is the act's source all the same, described and not
    named; it keeps the act from taking the other act's supplier. (Alone in its sentence,
    「欧米から供与された戦闘機を公開した」, such an act is mostly the lead of acts told after it, by
    name, and is left to them.)"""
    for m in _UNNAMED_SOURCE.finditer(text, sentence.start, sentence.end):
        if any(a.start < m.end() and m.start() < a.end for a in sentence.parties) or _NAME_GOES_ON.match(
            text, m.start() - 1
        ):
            continue  # (「NATO加盟国から」: the organisation named is the source)
        ti = next((i for i, h in enumerate(sentence.triggers) if h.start >= m.end()), None)
        if ti is None or re.search(r"[、。]", text[m.end() : sentence.triggers[ti].start]):
            continue
        hit = sentence.triggers[ti]
        if hit.trigger.direction != "receive" and not (hit.trigger.direction in ("give", "move") and hit.passive):
            continue
        others = [tj for tj in range(len(sentence.triggers)) if tj != ti and sentence.triggers[tj].start != hit.start]
        if _named_supplier(sentence, ti) or not any(_named_supplier(sentence, tj) for tj in others):
            continue
        end = m.end() - len(re.search(r"(?:から|より)(?:も|は)?$", m.group()).group())  # type: ignore[union-attr]
        sentence.parties.append(Arg(m.start(), end, None, "source", ti, description=text[m.start() : end]))


# 「パキスタンの最大の武器供給国」「インドの主要な調達先」: a state named as another's supplier
_SUPPLIER_OF = re.compile(
    r"の(?:最大|主要|第[0-9０-９一二三]+位?|有数)?(?:の|な)?(?:武器|兵器|防衛装備品?)?(?:供給国|供給元|調達先|輸入元)"
)


# 「アルメニアの武器輸入に占めるインドの比率は43％」: the state whose share of another's imports is told
_SHARE_OF_IMPORTS = re.compile(r"(?:全体)?に占める")
_SHARE_NOUN = re.compile(r"の(?:比率|割合|シェア)")
# 「インドの武器輸入のうち、約36％を」「ベトナムの武器輸入の8割近くを」: a share of the imports, then
# the state that takes it (「ロシア製が占めた」「ロシアが占める」)
_SHARE_TAKEN = re.compile(
    r"(?:のうち、?|の)(?:約|およそ|ほぼ)?[0-9０-９.．一二三四五六七八九十]+(?:％|%|割)[^、。をがは]{0,6}を"
)
_TAKEN_BY = re.compile(r"(?:製|産)?(?:が|だけで)占め")
# 「ロシアが輸入した品目は…で、このうち8割強を中国からの出荷が占めた」: the share told after the
# imports, then the state whose shipments take it (a gloss may follow the state: 中国（香港を含む）)
_SHARE_AFTER = re.compile(
    r"(?:この)?うち、?(?:約|およそ|ほぼ)?[0-9０-９.．一二三四五六七八九十]+(?:％|%|割)[^、。をがは]{0,6}を"
)
_SHIPPED_TAKE = re.compile(
    r"(?:[(（][^()（）、。]{1,20}[)）])?(?:からの(?:出荷|輸入|供給|調達|輸出)|製|産)?(?:が|だけで)占め"
)


def import_share_source(text: str, sentence: Sentence) -> None:
    """「2020～24年のアルメニアの武器輸入に占めるインドの比率は43％に達した」「インドの武器輸入の
    36％をロシアが占めた」: the state whose share of an import is given supplies those imports."""
    for ti, hit in enumerate(sentence.triggers):
        if hit.trigger.direction != "receive":
            continue
        m = _SHARE_OF_IMPORTS.match(text, hit.end)
        # (「インドの武器輸入の36％をロシアが占めた」: the state that takes a share of them)
        taken = _SHARE_TAKEN.match(text, hit.end) if m is None else None
        if m is None and taken is None:
            # (「…輸入した品目は約70億ドル相当で、このうち8割強を中国からの出荷が占めた」: told further on)
            later = _share_told_after(text, sentence, hit.end)
            if later is not None:
                later.case, later.trigger, later.direct, later.foreign = "source", ti, True, False
            continue
        # (「中国はパキスタンの武器輸入の約8割を占める」: the topic takes the share)
        by_topic = taken is not None and text.startswith("占め", taken.end())
        for a in sentence.parties:
            if a.entity is None:
                continue
            if (
                (m is not None and a.start == m.end() and _SHARE_NOUN.match(text, a.end))
                or (taken is not None and a.start == taken.end() and _TAKEN_BY.match(text, a.end))
                or (by_topic and a.case == "topic" and a.end <= hit.start)
            ):
                a.case, a.trigger, a.direct, a.foreign = "source", ti, True, False


def _share_told_after(text: str, sentence: Sentence, after: int) -> Arg | None:
    """「ロシアが輸入したCHPL品目は約70億ドル相当で、このうち8割強を中国（香港を含む）からの出荷が
    占めた」: the state whose shipments take a share of the imports told before it, in the same
    sentence, supplies them."""
    share = _SHARE_AFTER.search(text, after, sentence.end)
    if share is None:
        return None
    for a in sentence.parties:
        if a.entity is not None and a.start == share.end() and _SHIPPED_TAKE.match(text, a.end):
            return a
    return None


# 「調達先をロシアからインドに切り替え」「輸入元を米国から韓国へ移し」「ロシア製から欧州製への転換を
# 進める」: a change of supplier, from the state after から to the one before に or へ
_SWITCH = re.compile(
    r"(?:製|産|など|等)?から[^、。をがは]{0,16}?(?:製|産|など|等)?(?:へ|に)(?:の)?"
    r"(?:切り替|切替|切り換|移し|移す|移行|変更|転換|シフト|乗り換|乗り替|多角化)"
)


def switched_supplier_out(text: str, sentence: Sentence) -> None:
    """「インドは調達先をロシアからフランスに切り替えており、同国から戦闘機を購入した」: the states a
    change of supplier is told between are no parties of the act in the clause: the one switched
    from is a former supplier, and the one switched to is named again (同国) where it supplies."""
    for a in sentence.parties:
        m = _SWITCH.match(text, a.end) if a.entity is not None else None
        if m is None:
            continue
        for b in sentence.parties:
            if a.start <= b.start < m.end() and b.case in ("source", "goal", "origin"):
                b.case, b.trigger, b.direct = "other", None, False


# 「…の兵器調達で最大の供給元はロシアで、」「武器輸入の主な調達先は中国だ」: a supplier told as the
# predicate of a word for supplier (the name follows 「…は」 and is closed by で or だ)
_SUPPLIER_IS = re.compile(r"(?:供給元|供給国|調達先|輸入元|輸入先)は$")
_PREDICATE_END = re.compile(r"(?:で、|で[^きす]|だ|である|となっ|とな)")


def supplier_predicate(text: str, sentence: Sentence) -> None:
    """「ベトナム軍の兵器調達で最大の供給元はロシアで、戦車など5億ドルに達した」: the state named as the
    supplier of an act of receiving told before supplies it, unless the act names its own; 「最大の
    供給元はロシアで、戦闘機や攻撃ヘリを国軍に送っていた」: it is the subject of an act of giving that
    follows with no giver of its own."""
    for a in sentence.parties:
        if a.entity is None or a.case == "source" or not _SUPPLIER_IS.search(text, max(0, a.start - 6), a.start):
            continue
        if not _PREDICATE_END.match(text, _listed_from(text, sentence, a)[-1].end):
            continue
        if _side_noun_gives(text, sentence, a):
            continue
        acts = [
            ti
            for ti, hit in enumerate(sentence.triggers)
            if hit.end <= a.start and hit.trigger.direction == "receive" and not (hit.negated or hit.passive)
        ]
        if not acts:
            _supplier_gives_after(text, sentence, a)
            continue
        if any(b.trigger == acts[-1] and b.case in ("source", "agent") for b in sentence.parties):
            continue
        a.case, a.trigger, a.direct, a.foreign = "source", acts[-1], True, False


# 「供給元は」「調達先は」: an act's word made a word for one of its sides
_SIDE_WORD = re.compile(r"(?:元|国|先)は")
# 「供給元は」「供給国は」: the act's word made a word for its giver
_GIVER_NOUN = re.compile(r"(?:元|国)は")


def _side_noun_gives(text: str, sentence: Sentence, a: Arg) -> bool:
    """「ロシアへのミサイル部品の供給元は中国だ」: the state named as the predicate of an act of giving
    made a word for its giver (供給元, 供給国) gives in that act, where it names no giver of its own.
    Whether it did."""
    ti = next(
        (
            i
            for i, h in enumerate(sentence.triggers)
            if h.trigger.direction == "give" and _GIVER_NOUN.match(text, h.end) and h.end < a.start
        ),
        None,
    )
    if ti is None or any(b.trigger == ti and b.case in ("subj", "topic", "source", "agent") for b in sentence.parties):
        return False
    # (「主な供給国はロシアと中国である」: each state listed gives)
    for b in _listed_from(text, sentence, a):
        b.case, b.trigger, b.direct, b.foreign = "subj", ti, True, False
    return True


_LISTED = re.compile(r"(?:と|や|、|・|および|及び)")


def _listed_from(text: str, sentence: Sentence, a: Arg) -> list[Arg]:
    """Party `a` and the named parties listed right after it (「ロシアと中国」)."""
    run = [a]
    for b in sorted(sentence.parties, key=lambda p: p.start):
        if b.start > run[-1].end and b.entity is not None and _LISTED.fullmatch(text, run[-1].end, b.start):
            run.append(b)
    return run


# 「国連によると、」: the source a sentence is told by, no party to its act
_TOLD_BY = re.compile(r"(?:によると|によれば|によりますと|の話では)")


def _supplier_gives_after(text: str, sentence: Sentence, a: Arg) -> None:
    """「最大の供給元はロシアで、…を国軍に送っていた」: the supplier named by the predicate gives in
    the first act of giving after it that names no giver (and no receiver the same as it)."""
    for ti, hit in enumerate(sentence.triggers):
        if hit.start < a.end or hit.trigger.direction != "give" or hit.negated or hit.passive:
            continue
        own = [
            b
            for b in sentence.parties
            if b.trigger == ti and b is not a and b.entity is not None and not _TOLD_BY.match(text, b.end)
        ]
        if any(b.case in ("subj", "topic", "source", "agent") for b in own):
            return
        for b in own:  # (「国軍」 read as the supplier's own army: the receiver is another's)
            if b.case == "goal" and b.entity is not None and a.entity is not None and b.entity.id == a.entity.id:
                return
        a.case, a.trigger, a.direct, a.foreign = "subj", ti, True, False
        return


def _party_told_after(
    text: str, sentences: list[Sentence], named_in: Callable[[Sentence], list[Arg]], direction: str, case: str
) -> list[tuple[Sentence, Sentence, int]]:
    """The walk `supplier_told_after` and `buyer_told_after` share: a sentence with no act of its own
    that names exactly one party (`named_in`) gives it, as `case`, to the last act of `direction`
    told just before (same paragraph) that has no party in that role yet. Returns each act given a
    party (its sentence, the naming sentence, its index)."""
    given: list[tuple[Sentence, Sentence, int]] = []
    taken = {"source": ("source", "agent"), "goal": ("goal", "goal-gen")}[case]
    for prev, cur in itertools.pairwise(sentences):
        # (「供給元は中国だった」: the act the word for supplier is made of is no act of its own)
        own_acts = cur.items or any(not _SIDE_WORD.match(text, h.end) for h in cur.triggers)
        if own_acts or "\n\n" in text[prev.end : cur.start]:
            continue
        named = named_in(cur)
        acts = [
            ti
            for ti, hit in enumerate(prev.triggers)
            if hit.trigger.direction == direction and not (hit.negated or hit.passive)
        ]
        if len(named) != 1 or not acts:
            continue
        ti = acts[-1]
        if any(b.trigger == ti and b.case in taken for b in prev.parties):
            continue
        prev.parties.append(dataclasses.replace(named[0], case=case, trigger=ti, direct=True, foreign=False))
        given.append((prev, cur, ti))
    return given


def supplier_told_after(text: str, sentences: list[Sentence]) -> None:
    """「インド軍は昨年、新型の自走砲を受け取った。供給元はロシアだった」「エジプトは戦闘機を購入した。
    最大の供給国はフランスで、…」: a sentence that only names a supplier as the predicate of a word for
    supplier gives it to the act of receiving told just before with no giver of its own."""

    def named_in(cur: Sentence) -> list[Arg]:
        return [
            a
            for a in cur.parties
            if a.entity is not None
            and _SUPPLIER_IS.search(text, max(cur.start, a.start - 6), a.start)
            and _PREDICATE_END.match(text, a.end)
        ]

    _party_told_after(text, sentences, named_in, "receive", "source")


# 「船はイランのバンダルアッバスを出港していた」「積み荷はイランから積み出された」: the state a craft,
# or its load, set out from (the port it names may follow: 「…の港を出港」)
_SAILED_FROM = re.compile(r"(?:の[^、。がはを]{0,15}?)?(?:を|から)(?:出港|出航|出発|積み出)")
_CRAFT_TOLD = re.compile(r"(?:船|船舶|積み荷|積荷|貨物)(?:は|が)")


def origin_sailed_from_after(text: str, sentences: list[Sentence]) -> None:
    """「…フーシ派向けとみられる弾薬を載せたダウ船を拿捕した。当局者は、船はイランのバンダルアッバスを
    出港していたと語った」: a sentence with no act of its own that tells only the state the craft set
    out from gives it as the giver of the shipment told just before with none."""

    def named_in(cur: Sentence) -> list[Arg]:
        return [
            a
            for a in cur.parties
            if a.entity is not None
            and a.entity.type == "country"
            and _SAILED_FROM.match(text, a.end)
            and _CRAFT_TOLD.search(text, max(cur.start, a.start - 12), a.start)
        ]

    _party_told_after(text, sentences, named_in, "move", "source")


# 「最初の購入国はアルジェリアとみられる」「アルジェリアが最初の購入国になった」: a state named as the
# buyer (or first customer) of goods told before
_BUYER_WORD = r"(?:最初の|初の|初めての)?(?:購入国|顧客国|顧客|買い手|輸出先|導入国)"
_BUYER_IS = re.compile(_BUYER_WORD + r"(?:は|が)$")
_BECAME_BUYER = re.compile(r"(?:が|は)" + _BUYER_WORD + r"(?:に|と)な")
# 「…はアルジェリアとみられる」「…とされる」: the predicate hedged
_HEDGED_END = re.compile(r"と(?:み|見)られ|とされ")


def buyer_told_after(text: str, sentences: list[Sentence]) -> None:
    """「ロシアはSu-57Eの輸出契約に署名した。最初の購入国はアルジェリアとみられる」: a sentence that only
    names a state as the buyer of goods (as the predicate of a word for buyer, or as the one who
    became it) gives it to the act of giving told just before with no receiver of its own; a buyer
    only believed makes the act a claim (alleged)."""

    def named_in(cur: Sentence) -> list[Arg]:
        return [
            a
            for a in cur.parties
            if a.entity is not None
            and a.entity.type == "country"
            and (
                (
                    _BUYER_IS.search(text, max(cur.start, a.start - 10), a.start)
                    and (_PREDICATE_END.match(text, a.end) or _HEDGED_END.match(text, a.end))
                )
                or _BECAME_BUYER.match(text, a.end)
            )
        ]

    for prev, cur, ti in _party_told_after(text, sentences, named_in, "give", "goal"):
        if "alleged" in cur.statuses:
            prev.triggers[ti].status = "alleged"  # (the buyer is only believed: 「…との見方が強い」)


# 「マレーシアとバングラデシュも初年度の対象国で、」「インドネシアは供与先の一つで、」: states told as
# the ones a scheme or sale goes to, in a clause of its own before the act; 「対象国は、フィリピン、
# マレーシアの2カ国で、」: or named as what its targets are
_TARGET_WORD = r"(?:対象国|供与先|提供先|受益国|輸出先)"
_TARGET_STATE = re.compile(
    r"(?:も|は)[^、。「」]{0,12}?" + _TARGET_WORD + r"(?:の一つ|のひとつ)?(?:で|であり|となり)[、，]"
)
_TARGETS_ARE = re.compile(_TARGET_WORD + r"は[、，]?$")
_TARGETS_CLOSED = re.compile(r"(?:" + STATES_COUNT + r")?(?:で|であり|となり)[、，]")
_LISTED_WITH = re.compile(r"(?:と|や|、|・)")


def target_state_receives(text: str, sentence: Sentence) -> None:
    """「マレーシアとバングラデシュも初年度の対象国で、それぞれ救難艇や警備艇が届く見通しだ」「対象国は、
    フィリピン、フィジーの2カ国で、警備艇を供与する」: the states told as the target of a scheme (or a
    seller's market) in a clause before the act receive that act of giving or carrying, not give it;
    the giver is the scheme's own, told before."""
    for k, a in enumerate(sentence.parties):
        if a.entity is None or a.entity.type != "country":
            continue
        group = [a]
        for b in reversed(sentence.parties[:k]):
            if not _LISTED_WITH.fullmatch(text[b.end : group[0].start]):
                break
            group.insert(0, b)
        m = _TARGET_STATE.match(text, a.end)
        if m is None and _TARGETS_ARE.search(text, max(sentence.start, group[0].start - 8), group[0].start):
            m = _TARGETS_CLOSED.match(text, a.end)
        if m is None:
            continue
        ti = next(
            (
                i
                for i, hit in enumerate(sentence.triggers)
                if hit.start >= m.end() and hit.trigger.direction in ("give", "move") and not hit.negated
            ),
            None,
        )
        if ti is None or any(b.trigger == ti and b.case in ("goal", "goal-gen") for b in sentence.parties):
            continue
        for b in group:
            b.case, b.trigger, b.direct = "goal", ti, True


def supplied_state(text: str, sentence: Sentence) -> None:
    """「中国はパキスタンの最大の武器供給国で、戦闘機や潜水艦を輸出している」: the state whose supplier
    the subject is said to be receives the act of giving that names no receiver of its own."""
    for a in sentence.parties:
        m = _SUPPLIER_OF.match(text, a.end)
        if m is None or a.entity is None:
            continue
        for ti, hit in enumerate(sentence.triggers):
            if hit.start < m.end() or hit.trigger.direction != "give" or hit.passive or hit.negated:
                continue
            if any(b.trigger == ti and b.case in ("goal", "goal-gen") for b in sentence.parties):
                continue
            sentence.parties.append(dataclasses.replace(a, case="goal", trigger=ti, direct=True, foreign=False))
            break
