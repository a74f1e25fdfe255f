"""Japanese front end: triggers, arguments with their case, items, cues, from a GiNZA parse.

Case is read from the particles that follow a mention in the text (イランが, ロシアに, 北朝鮮から,
イラン製), which holds even where machine translation garbles the parse; which trigger an
argument belongs to is read from GiNZA's dependency tree (head chains), falling back to order.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import Any

from materiel.extract.common import attach_quantities, find_items, is_place, item_term_pattern, resolve_party
from materiel.extract.dates import find_dates
from materiel.extract.frame import Arg, Attribution, ItemHit, Sentence, TriggerHit
from materiel.extract.quantities import find_quantities
from materiel.gazetteer import Gazetteer
from materiel.lexicon import Lexicon, Trigger
from materiel.model import Entity, Mention

# What may sit between a name and its particle: イラン政府が, ロシア側に, 北朝鮮当局は.
_SUFFIX = (
    r"(?:[米露中韓朝英仏独日宇台比])?"
    r"(?:[東西南北]{1,2}部|中部|沿岸部?)?"  # 「北朝鮮北東部の港から」: a part of the country
    r"(?:空軍|海軍|陸軍|海兵隊|政府|当局|側|軍|自身|国防省|国営企業|企業|指導部|首脳|政権|両国|など|等|の部隊"
    r"|港|国境検問所|検問所|空港|基地|州|地域|大統領|首相|外相|国防相|防衛相|国務長官|国防長官|長官|報道官|補佐官"
    r"|氏|総書記|主席|国家主席|・?グループ"
    # 「カービー戦略広報調整官は」「申国家安保室長が」: a name with its title, which the particle follows
    r"|[一-龯ァ-ヺー]{1,10}?(?:官|室長|局長|部長|長|相|大臣|委員|議員|大使)(?:氏)?)?"
    # 「カタイブ・ヒズボラなどの民兵組織が」「人民動員隊傘下の民兵組織に」: the group it heads
    r"(?:(?:など|等)?の?(?:傘下の?)?(?:民兵組織|武装組織|民兵|組織|勢力|武装勢力|部隊))?"
)
_CASES: list[tuple[str, str]] = [
    (
        r"(?:を起源と|が起源|由来の|から流出した|製|産|製の|製造の|が保有する|が保有していた|が所有する|の保有する|が持つ|が保管する)",
        "origin",
    ),
    (r"(?:を経由して|を経由し|経由で|経由の|経由|を通じて|を通して|を介して|を経て)", "via"),
    (r"(?:によって|により|による|によると)", "agent"),
    (r"(?:からの|から|より)", "source"),
    (
        r"(?:にある|にいる|に位置する|に拠点|にあった|を拠点|に本部|に近い|に隣接|に面した|と共同|と協力|と連携|と共に|とともに)",
        "other",
    ),
    (r"(?:への|に対する|を)(?:攻撃|侵攻|空爆|砲撃|進攻|派兵|派遣|爆撃|ミサイル攻撃)", "other"),
    (
        r"(?:に対して|に対し|の(?:元|もと|手元)(?:へ|に)|向けに|向けの|向け|に向けて|へと|への|へも|へは|へ|にも|には|まで|に)",
        "goal",
    ),
    (r"(?:では|は)", "topic"),
    (r"(?:が|も)", "subj"),
    (r"(?:を渡|を横断|を通過|を航行|を抜け)", "via"),
    (r"(?:を)", "obj"),
    (r"(?:の)", "gen"),
    (r"(?:と|や|、|・|および|及び|ならびに)", "conj"),
]
_CASE_RE = [(re.compile(_SUFFIX + pat), case) for pat, case in _CASES]
_VESSELS = re.compile(
    r"(?:[0-9０-９]+|[一二三四五六七八九十数]+)隻の[^、。\\s]{0,8}?(?:貨物船|輸送船|タンカー|船舶|船|ダウ船)"
    r"|(?:貨物船|輸送船|タンカー|船|ダウ船)「[^」]{1,30}」"
)
_DESIGN_RE = re.compile(r"^(?:が|の)(?:設計|開発|考案)")
_HELP_RE = re.compile(r"(?:助け|手助け|支援し|協力し|仲介|手を貸)")
_PASSIVE = {"れる", "られる"}
_NEGATION = {"ない", "ぬ", "ず", "ん"}
_COREF = {
    "同国": ("country",), "同国軍": ("country",), "同政府": ("country",), "同政権": ("country",),
    "同軍": ("country", "armed-group"),
    # machine translation's 「共和国国防省」 ("the Republic's defence ministry"): the state last named
    "共和国国防省": ("country",), "共和国政府": ("country",), "共和国軍": ("country",), "同国国防省": ("country",),
    "同国外務省": ("country",),
    "同社": ("company",), "同組織": ("armed-group", "state-body", "company"), "同派": ("armed-group",),
    "同グループ": ("armed-group", "company"), "同機関": ("state-body",), "同省": ("state-body",),
}  # fmt: skip
_COREF_RE = re.compile("|".join(sorted(_COREF, key=len, reverse=True)))
_MODES = [
    ("sea", re.compile(r"海路|船|海上|港|カスピ海|航路|貨物船|タンカー|艦")),
    ("air", re.compile(r"空路|航空機で|輸送機|空輸|空港|便で")),
    ("rail", re.compile(r"鉄道|列車|貨車")),
    ("land", re.compile(r"陸路|国境検問所|トラック|陸上|国境を越え")),
]


# 「ロシアのプーチン大統領は」「米国の国防総省が」: the state speaks or acts through its office
_GEN_TITLE = re.compile(
    r"の[^、。のはがをに]{0,12}?(?:大統領|首相|外相|国防相|防衛相|国防長官|国務長官|長官|報道官|政府|当局|国防省|外務省|国務省"
    r"|軍|首脳|高官|大使|政権|指導者|総書記)(?:氏)?(?P<p>は|が|も)"
)


# 「フーシ (Houthi) の」「カービー(John Kirby)氏は」: a gloss in brackets between a name and its particle
_GLOSS = re.compile(r"[ \u3000]?[(（][^()（）、。]{1,40}[)）][ \u3000]?")


def case_of(text: str, end: int) -> str:
    while end < len(text) and text[end] in '」』”"）)':
        end += 1  # 「ワグネル」に: the particle follows the closing quote
    gloss = _GLOSS.match(text, end)
    if gloss is not None:
        end = gloss.end()
    m = _GEN_TITLE.match(text, end)
    if m:
        return "topic" if m["p"] == "は" else "subj"
    tail = text[end : end + 12]
    for pattern, case in _CASE_RE:
        if pattern.match(tail):
            return case
    return "other"


def _token_index(doc: Any) -> list[int]:
    """For each character of a sentence Doc, the index of its token."""
    index = [-1] * (len(doc.text) + 1)
    for tok in doc:
        for c in range(tok.idx, tok.idx + len(tok.text)):
            index[c] = tok.i
    return index


def _tok(tok_at: list[int], off: int, char: int) -> int:
    i = char - off
    return tok_at[i] if 0 <= i < len(tok_at) else -1


_GODAN_I = str.maketrans("うくぐすつぬぶむる", "いきぎしちにびみり")
# 運び出す, 送り届ける, 売り渡す: a trigger verb's stem compounded with a verb of direction
_COMPOUND_TAILS = ("出す", "込む", "入れる", "届ける", "渡す", "付ける", "戻す")


def _compound_entries(lemma: str, lexicon: Lexicon) -> Any:
    for tail in _COMPOUND_TAILS:
        if len(lemma) > len(tail) + 1 and lemma.endswith(tail):
            head = lemma[: -len(tail)]
            for base, entries in lexicon.triggers.items():
                if len(base) >= 2 and base[-1] in "うくぐすつぬぶむる":
                    stems = {base[:-1] + base[-1].translate(_GODAN_I)} | ({base[:-1]} if base[-1] == "る" else set())
                    if head in stems and entries[0].direction != "request":
                        return entries
    return None


_BLOCKING_VERBS = {
    "管理", "規制", "禁止", "停止", "制限", "防ぐ", "防止", "阻止", "食い止める", "取り締まる", "中止",
    "見送る", "断念", "拒否", "拒む", "否決", "凍結", "保留", "撤回",
}  # fmt: skip
_OFFERS = {"申し出", "申し入れ", "提案", "オファー", "打診"}
_DEAL_NOUNS = {"契約", "合意", "取引", "商談"}
_SIGN_VERBS = {"結ぶ", "締結", "交わす", "調印", "署名", "合意", "成立"}
_CALL_OFF = ("破棄", "解除", "キャンセル", "取り消す", "取り消し", "打ち切る", "破談", "白紙")


def _called_off(deal: Any) -> bool:
    """「購入契約を破棄した」「売却合意が白紙に」: a deal undone agrees to no transfer."""
    verb = deal.head if deal.head.i != deal.i else deal
    return any(verb.lemma_.endswith(w) for w in _CALL_OFF + tuple(_BLOCKING_VERBS)) or any(
        c.lemma_ in _CALL_OFF for c in verb.children
    )


def _seller_named(sent: Any) -> bool:
    return any(
        t.pos_ == "PROPN" and t.ent_type_ and t.i + 1 < len(sent) and sent[t.i + 1].text in ("と", "から") for t in sent
    )


# 「Bと…の購入契約を結んだ」: the other side of a deal, by the act's direction
_PARTNER_CASE = {"give": "goal", "receive": "source", "request": "goal"}
_PARTNER = re.compile(r"(?:政府|側|当局|国防省)?と(?:の間で|の間に|の間の|の)?")
# 「三菱電機はフィリピン空軍から警戒管制レーダーを受注した」: who orders from the maker is the buyer
_ORDER_TAKEN = {"受注"}


def _trigger_hits(
    sent: Any, off: int, lexicon: Lexicon, blocked: list[tuple[int, int]]
) -> list[tuple[TriggerHit, int]]:
    hits: list[tuple[TriggerHit, int]] = []
    for tok in sent:
        start = off + tok.idx
        entries = lexicon.triggers.get(tok.lemma_) or lexicon.triggers.get(tok.text)
        if not entries and tok.pos_ == "VERB":
            entries = _compound_entries(tok.lemma_, lexicon)
        if not entries:
            continue
        if any(s < start + len(tok.text) and start < e for s, e in blocked):
            continue  # part of an item word (輸送機) or a name
        nominal = tok.pos_ in ("NOUN", "PROPN")
        # 密輸ネットワーク, 輸送能力: a trigger noun that only modifies another noun is no event
        if nominal and tok.dep_ == "compound" and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
            head_entries = lexicon.triggers.get(tok.head.lemma_)
            # 「購入契約を結んだ」「売却合意」: a deal for the act is the act agreed (unless called off)
            if not head_entries and (tok.head.lemma_ not in _DEAL_NOUNS or _called_off(tok.head)):
                continue
            # a purchase deal counts only with the seller named (「韓国と」「米国から」): one with a
            # maker at home is procurement
            if not head_entries and entries[0].direction == "receive" and not _seller_named(sent):
                continue
        # 「輸出を厳しく管理」「部品の流入を防ぐ」: an act controlled, banned or prevented is no transfer
        blocking = tok.head.lemma_.endswith(tuple(_BLOCKING_VERBS))  # 一時停止, 全面禁止
        if nominal and tok.head.i != tok.i and blocking and tok.dep_ in ("obj", "nsubj"):
            continue
        following = list(sent[tok.i + 1 : tok.i + 6])
        direction_override = None
        # 「配達を受けた」「供与を受ける」: a give-noun received is a receipt
        if (
            nominal
            and len(following) >= 2
            and following[0].text == "を"
            and following[1].lemma_ in ("受ける", "受け取る")
        ):
            direction_override = "receive"
        # 「売却の申し出を受けた」「供与の提案を受けた」: an offer received is a receipt offered
        elif (
            nominal
            and len(following) >= 4
            and following[0].text == "の"
            and following[1].lemma_ in _OFFERS
            and following[2].text == "を"
            and following[3].lemma_ in ("受ける", "受け取る", "受け入れる")
        ):
            direction_override = "receive"
            following = [following[0], following[3], *following[4:]]
        passive = False
        negated = False
        for t in following:
            if t.pos_ in ("NOUN", "PROPN", "PUNCT") and t.lemma_ not in ("よう", "こと"):
                break
            if t.text in ("と", "て", "で", "が", "から", "ば"):
                break  # 「引き渡したとされ」: the passive of the hedge is not the act's
            if t.lemma_ in _PASSIVE:
                passive = True
            if t.lemma_ in _NEGATION and t.pos_ == "AUX":
                negated = True
        trig = entries[0]
        if direction_override and trig.direction == "give":
            trig = dataclasses.replace(trig, direction=direction_override)
            # the receiving verb carries the clause's arguments: attach them through it
            hits.append((TriggerHit(start, start + len(tok.text), trig, passive=passive, negated=negated), tok.i))
            hits.append((hits[-1][0], following[1].i))
            continue
        hit = TriggerHit(start, start + len(tok.text), trig, passive=passive, negated=negated, nominal=nominal)
        hits.append((hit, tok.i))
    # a weak trigger (支援) yields to a strong one in the same sentence
    if any(not h.trigger.weak for h, _ in hits):
        hits = [(h, i) for h, i in hits if not h.trigger.weak]
    # 「パトリオットの供与を要請した」: the act asked for is the request's, not one of its own;
    # its token then leads to the request, so the goods attach there
    requests = {i: h for h, i in hits if h.trigger.direction == "request"}
    out: list[tuple[TriggerHit, int]] = []
    for h, i in hits:
        head = sent[i].head.i
        if h.nominal and h.trigger.direction != "request" and head in requests and sent[i].dep_ in ("obj", "nmod"):
            out.append((requests[head], i))
            continue
        out.append((h, i))
    return out


_SPEECH_VERBS = {
    "述べる",
    "語る",
    "主張",
    "分析",
    "発表",
    "報じる",
    "明らかにする",
    "指摘",
    "説明",
    "伝える",
    "非難",
    "批判",
    "否定",
    "強調",
    "話す",
    "認める",
    "表明",
    "証言",
    "警告",
    "示す",
}
_LIGHT_VERBS = {
    "表明",
    "決定",
    "決める",
    "発表",
    "約束",
    "承認",
    "開始",
    "実施",
    "検討",
    "計画",
    "行う",
    "進める",
    "明らかにする",
    "打ち出す",
    "確認",
    "再開",
    "拡大",
    "強化",
    "継続",
    "続ける",
    "急ぐ",
    "活発化",
    "加速",
    "増やす",
    "増強",
}
_NOT_TRANSFER_VERBS = {
    "科す",
    "科する",
    "課す",
    "課する",
    "押収",
    "拿捕",
    "差し押さえる",
    "阻止",
    "摘発",
    "攻撃",
    "空爆",
    "爆撃",
    "砲撃",
    "発射",
    "使用",
    "生産",
    "製造",
    "開発",
    "撃墜",
    "迎撃",
    "配置",
    "展開",
    "保管",
    "運用",
    "検査",
    "制裁",
    "指定",
}
OTHER_PREDICATE = -1


def _is_topic(doc: Any, tok_i: int) -> bool:
    """Is the token's phrase marked with は (the topic)?"""
    for t in doc[tok_i + 1 : tok_i + 4]:
        if t.pos_ == "ADP":
            return bool(t.text == "は")
        if t.pos_ not in ("NOUN", "PROPN", "SUFFIX", "PUNCT"):
            return False
    return False  # the argument belongs to a predicate that is no trigger (侵攻する, 設計した)


def _attach(tok_i: int, doc: Any, trigger_tokens: dict[int, int], goods: frozenset[int] = frozenset()) -> int | None:
    """The trigger an argument depends on: follow heads until a trigger; an argument of another
    verb on the way (a relative clause, a quote's frame) is OTHER_PREDICATE; no verb at all, None.
    `goods` are the tokens of item words, which the parser sometimes takes for verbs (無人機)."""
    tok = doc[tok_i]
    for _ in range(8):
        if tok.i in trigger_tokens:
            return trigger_tokens[tok.i]
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.i in trigger_tokens:
            return trigger_tokens[tok.i]
        if tok.i in goods:
            continue
        if tok.lemma_ in _NOT_TRANSFER_VERBS and not (tok.dep_ == "acl" and not _owned_by_clause(tok, doc, tok_i)):
            return OTHER_PREDICATE  # the one who seizes, attacks or builds is no party to a transfer
        if tok.lemma_ in _SPEECH_VERBS or _speech_light(tok):
            # the topic of 「…と述べた」 speaks; it is no party to the transfer; 「Xから説明があった」
            # 「記者団に対し述べた」: who informs or is told is no party either
            arg_case = _particle(doc, tok_i)
            if doc[tok_i].dep_ in ("nsubj", "obl") and _is_topic(doc, tok_i):
                return OTHER_PREDICATE
            return OTHER_PREDICATE if doc[tok_i].dep_ == "obl" and arg_case in ("から", "に対し", "に対して") else None
        if tok.pos_ == "VERB" and tok.lemma_ not in ("する", "よる", "ある", "いる", "なる"):
            if tok.dep_ == "acl" and not _owned_by_clause(tok, doc, tok_i):
                continue  # 「イランがロシアに…使用する無人機を供与」: the clause only qualifies the goods
            return OTHER_PREDICATE if tok.dep_ == "acl" else None
    return None


def _speech_light(verb: Any) -> bool:
    """「説明があった」「報告を受けた」: a light verb whose noun is an act of speech."""
    return verb.lemma_ in ("ある", "する", "受ける", "行う") and any(
        c.dep_ in ("nsubj", "obj") and (c.lemma_ in _SPEECH_VERBS or c.lemma_ in _SPEECH_NOUNS) for c in verb.children
    )


_SPEECH_NOUNS = {"報告", "連絡", "通知", "ブリーフィング"}


def _owned_by_clause(verb: Any, doc: Any, tok_i: int) -> bool:
    """Is the argument a relative clause's own? Only one right on it is (ウクライナに侵攻するロシア):
    a が-subject or an oblique further before a relative clause is as often the main clause's."""
    inner = doc[tok_i].dep_ in ("obl", "obj", "iobj")
    return bool(verb.i - tok_i <= 3 and inner)


def _particle(doc: Any, tok_i: int) -> str:
    """The particle (or particles: に対し) that closes the phrase a token heads."""
    out = ""
    for t in doc[tok_i + 1 : tok_i + 5]:
        if t.pos_ in ("ADP", "VERB") and t.text in ("から", "に", "対し", "対して", "より"):
            out += t.text
            continue
        if out or t.pos_ not in ("NOUN", "PROPN", "SUFFIX", "PUNCT"):
            break
    return out


def _ga_subject(doc: Any, tok: Any) -> bool:
    """Is the token the head of a が-phrase (「貨物便が」)?"""
    for t in doc[tok.i + 1 : tok.i + 4]:
        if t.pos_ == "ADP":
            return bool(t.text == "が")
        if t.pos_ not in ("NOUN", "PROPN", "SUFFIX"):
            return False
    return False


def _own_subjects(
    sentence: Sentence, doc: Any, off: int, tok_at: list[int], trig_tokens: dict[int, int], goods: frozenset[int]
) -> list[Arg]:
    """「XはYの貨物便がZ向けの兵器を運び込んでいるとして、…空爆した」: a trigger with a が-subject of
    its own is that subject's act; a topic before it belongs to the main clause (the accuser, the
    one who strikes), and a state owning the subject (Yの貨物便が) acts through it."""
    displaced: list[Arg] = []
    for tok_i, ti in trig_tokens.items():
        subjects = [c for c in doc[tok_i].children if c.dep_ == "nsubj" and _ga_subject(doc, c)]
        subjects += [
            doc[k]
            for a in sentence.parties
            if a.trigger == ti and a.case == "subj" and (k := _tok(tok_at, off, a.end - 1)) >= 0
        ]
        if not subjects:
            continue
        first = min(off + t.idx for t in subjects)
        for a in sentence.parties:
            if a.trigger == ti and a.case == "topic" and a.end <= first:
                a.trigger = OTHER_PREDICATE
                displaced.append(a)
        for a in sentence.parties:
            k = _tok(tok_at, off, a.end - 1)
            if a.case != "gen" or k < 0:
                continue
            head = doc[k]
            for _ in range(4):
                if head.dep_ != "nmod" or head.head.i == head.i:
                    break
                head = head.head
            # 「ロシアの民間軍事会社ワグネル・グループが」: a named party in between is the subject
            named = any(a.end <= b.start <= off + head.idx + len(head.text) for b in sentence.parties if b is not a)
            # (「イランの無人機が届けられた」: goods as the subject belong to their maker, who does not act)
            if head.i != k and head in subjects and head.head.i == tok_i and not named and head.i not in goods:
                a.case, a.trigger, a.direct = "subj", ti, True
    return displaced


def _nearest_following(pos: int, hits: list[TriggerHit]) -> int | None:
    after = [i for i, h in enumerate(hits) if h.start >= pos]
    if after:
        return after[0]
    before = [i for i, h in enumerate(hits) if h.end <= pos]
    return before[-1] if before else None


def _resolve_coref(
    text: str, mentions: list[Mention], entities: dict[str, Entity], gazetteer: Gazetteer
) -> list[Mention]:
    """同国, 同社, 同組織: the latest entity of a fitting type before it, preferring one that was a
    subject or topic (a name qualifying a speaker, ウクライナ当局者, is rarely what 同国 means)."""
    out: list[Mention] = []
    ordered = sorted(mentions, key=lambda m: m.start)
    for m in _COREF_RE.finditer(text):
        types = _COREF[m.group()]
        latest: Entity | None = None
        latest_end = 0
        subject: Entity | None = None
        for prev in ordered:
            if prev.end > m.start():
                break
            ent = entities.get(prev.entity_id)
            party = resolve_party(ent, gazetteer) if ent else None
            # 同省 after 米財務省 is that ministry (which acts for its state), not the last body named
            if ent is not None and party is not None and party.type not in types and ent.type in types:
                party = ent
            if party is not None and party.type in types:
                latest = party
                latest_end = prev.end
                if case_of(text, prev.end) in ("topic", "subj"):
                    subject = party
        # a candidate in the same sentence is the one meant; else the last subject or topic
        same_sentence = latest is not None and "。" not in text[latest_end : m.start()]
        prior = latest if same_sentence else subject or latest
        # 同組織 is first of all an armed group: one of the word's first type nearby wins over others
        if len(types) > 1 and prior is not None and prior.type != types[0]:
            near = [p for p in ordered if m.start() - 300 <= p.start and p.end <= m.start() and p.entity_id in entities]
            first = [
                e for p in near for e in [resolve_party(entities[p.entity_id], gazetteer)] if e and e.type == types[0]
            ]
            if first:
                prior = first[-1]
        if prior is not None:
            entities.setdefault(prior.id, prior)
            out.append(Mention(prior.id, m.start(), m.end(), m.group(), "alias", 0.7, form="coref"))
    return out


# 「北は」「北が」: North Korea once named; 「わが国」: the Japanese press speaking of Japan
_SHORT_FORMS = [
    # (a particle may precede it: 「男は北が」; a kanji or katakana one makes another word: 東北, 南北)
    (re.compile(r"(?<![一-龯々ァ-ヺ])北(?=が|は|も|から|との|側|に(?![0-9０-９約向位あ進]))"), "Q423", "Q423"),
    (re.compile(r"わが国|我が国"), "Q17", None),
    # 「政府は…輸出することを決めた」: a bare 政府 in a text that speaks of Japan is Japan's
    (re.compile(r"(?<![一-龯々ァ-ヺA-Za-zＡ-Ｚａ-ｚの・])政府(?=は|が|も|として)"), "Q17", "Q17"),
]


def _short_forms(
    text: str, mentions: list[Mention], entities: dict[str, Entity], gazetteer: Gazetteer
) -> list[Mention]:
    out: list[Mention] = []
    for rx, eid, needs in _SHORT_FORMS:
        ent = gazetteer.get(eid)
        if ent is None:
            continue
        for m in rx.finditer(text):
            if any(x.start < m.end() and m.start() < x.end for x in mentions):
                continue
            if needs is not None and not any(x.entity_id == needs and x.end <= m.start() for x in mentions):
                continue
            entities.setdefault(ent.id, ent)
            out.append(Mention(ent.id, m.start(), m.end(), m.group(), "alias", 0.7, form="coref"))
    return out


_SPEECH_END = re.compile(
    r"(?:非難|述べ|語っ|語り|語る|主張|発表|報じ|明らかに|指摘|説明|伝え|批判|否定|否認|強調|証言|話し|分析|推定|認め|確認|"
    r"警告|結論|見方を示|言及)[^。]{0,14}[。」]?\s*$"
)
_PARTICLES = "とはがをにへもでや"
_PASSIVE_SPEECH = re.compile(r"と?(?:伝えられ|報じられ|言われ|指摘され|伝わっ)")
_SUBJ_SPEAKS = re.compile(r"[^、。]{0,4}?(?:が|は)(?:分析|発表|明らかに|指摘|報じ|述べ|主張|確認|公表)")
_OUTLET_WORDS = re.compile(r"(?:メディア|紙|通信社|新聞|テレビ|放送局|報道)")


def _attribution(
    text: str, s0: int, s1: int, parties: list[Arg], speakers: list[Arg], media: list[Arg], lexicon: Lexicon
) -> Attribution | None:
    """Who says what the sentence reports: 「Xによると」, 「Xが引用した」, 「…とXは述べた」."""
    segment = text[s0:s1]
    marker = None
    cues = lexicon.cue("attribution")
    fronted_cues = [c for c in cues if "によ" in c or "の話" in c]
    for cue in fronted_cues or cues:  # 「Xが引用した情報筋によると」: the source is who speaks
        i = segment.find(cue)
        if i >= 0 and (marker is None or i < marker[0]):
            marker = (i, i + len(cue), cue)
    if marker is None:
        for cue in cues:
            i = segment.find(cue)
            if i >= 0 and (marker is None or i < marker[0]):
                marker = (i, i + len(cue), cue)
    if marker is None:
        m = _SPEECH_END.search(segment)
        if m is None:
            return None
        marker = (m.start(), m.end(), m.group())
    if _PASSIVE_SPEECH.match(segment, marker[0]):
        return None  # 「…と伝えられている」: it is said, by nobody named; the topic is the act's
    a_start, a_end = s0 + marker[0], s0 + marker[1]
    fronted = any(k in marker[2] for k in ("によ", "の話", "引用"))
    region_end = a_end if fronted else s1
    speaker = None
    outlet_desc: Arg | None = None
    if fronted:
        before = sorted((a for a in speakers + parties if a.end <= a_start), key=lambda a: a.end)
        # 「情報筋を引用している英国のメディアによると」: the media relays, the source speaks
        m = _OUTLET_WORDS.search(text, max(s0, a_start - 6), a_start)
        if m is not None:
            q = re.search(rf"[^、。「」\s{_PARTICLES}]{{0,8}}の?$", text[max(s0, m.start() - 9) : m.start()])
            o_start = max(s0, m.start() - 9) + (q.start() if q else 9)
            outlet_desc = Arg(o_start, m.end(), None, "other", description=text[o_start : m.end()])
            before = [a for a in before if a.end <= o_start]
        speaker = before[-1] if before else None
    else:
        # 「Xは…と述べた」: the topic speaks; when the topic is a news outlet, it only relays
        pool = sorted((a for a in speakers + parties + media if s0 <= a.start < region_end), key=lambda a: a.start)
        topics = (
            [a for a in pool if a.case in ("subj", "topic") and _SUBJ_SPEAKS.match(text, a.end)]
            or [a for a in pool if a.case == "topic"]
            or [a for a in pool if a.case in ("subj", "agent") and (a.trigger is None or not a.direct)]
        )
        # the last topic before 「…と述べた」 speaks (「北朝鮮は…とされ、当局者は…と述べた」)
        if topics and not (topics[-1].entity is not None and topics[-1].entity.type == "media"):
            speaker = topics[-1]
    outlets = [a for a in media if s0 <= a.start < region_end]
    outlet = outlets[0] if outlets else outlet_desc
    if speaker is not None and outlet is not None and speaker.start <= outlet.start < speaker.end:
        speaker = None
    if speaker is None and outlet is None:
        return None
    return Attribution(speaker, outlet, a_start, a_end)


def _speakers(
    text: str, s0: int, s1: int, lexicon: Lexicon, taken: list[tuple[int, int]], parties: list[Arg]
) -> list[Arg]:
    """Unnamed speakers: 情報筋, 関係者, 米当局者, with the party that qualifies them."""
    out: list[Arg] = []
    qualifier_re = re.compile(rf"(?:[^、。「」\s{_PARTICLES}]{{1,10}}の)?[^、。「」\s{_PARTICLES}]{{0,6}}$")
    for word in sorted(lexicon.cue("sources"), key=len, reverse=True):
        for m in re.finditer(re.escape(word), text[s0:s1]):
            start, end = s0 + m.start(), s0 + m.end()
            if any(s < end and start < e for s, e in taken):
                continue
            window = text[max(s0, start - 16) : start]
            pm = qualifier_re.search(window)
            q0 = max(s0, start - 16) + pm.start() if pm else start
            qualifier = next((p.entity for p in parties if q0 <= p.start < start and p.entity), None)
            out.append(Arg(q0, end, qualifier, case_of(text, end), description=text[q0:end]))
            taken.append((q0, end))
    return out


_GEN_PLACE = (
    r"(?:[東西南北]{1,2}部|中部|沿岸部?)?の[^、。にへがはをのとかで]{0,14}"
    r"(?:港|基地|空港|拠点|施設|庫|部隊|前線|国境|メーカー|企業|会社|工場|業者|軍|空軍|海軍|陸軍|勢力|組織)"
)
_GEN_GOAL = re.compile(_GEN_PLACE + r"(?:に|へ|まで)(?!ある|よる|対し|関)")
_GEN_SOURCE = re.compile(_GEN_PLACE + r"(?:から|より)")
_CIVILIAN = re.compile(r"(?:民間|民生用?の?|民需用?の?|旅客)$")
_NOT_ITEM = re.compile(
    r"(?:に関する|関連の|の|に関わる)?(?:技術|ノウハウ|製造技術|製造ライン|開発|生産)"
    r"|(?:庫|倉庫|工場|製造工場|施設|貯蔵施設|産業|メーカー)"  # 弾薬庫, 砲弾工場: a place, not goods
    r"|(?:を)?(?:搭載|装備)(?:可能|でき|型)"  # 核兵器を搭載可能な: what the goods can carry
)
_PARTS = re.compile(
    r"(?:のの?|用の|向けの|用)?(?:予備|修理|交換|補修)?"
    r"(?:部品|構成品|部材|エンジン|電子部品|誘導装置|組み立てキット|キット|誘導システム)"
    r"(?:(?:及び|および|や|と)(?:予備|修理|交換|補修)部品)?"  # 「予備部品及び修理部品」: spare and repair parts
)
_MORE_PARTS = re.compile(r"(?:及び|および|や|と)(?:予備|修理|交換|補修)部品")
_ITEM_COREF = re.compile(r"同(?:ミサイル|機|戦車|システム|無人機|ドローン|艦|砲|兵器)")


def _parts_and_references(
    text: str, items: list[ItemHit], weapon_mentions: list[tuple[Mention, Entity]], entities: dict[str, Entity]
) -> list[ItemHit]:
    """「弾道ミサイルや巡航ミサイルの部品」 are parts (one item); 「同ミサイル」 is the system named before."""
    out: list[ItemHit] = []
    for it in items:
        m = _PARTS.match(text, it.end)
        if m is not None and it.category != "components":
            it.end, it.category, it.entity = m.end(), "components", None
            # the parts word itself was found as an item of its own: it is this one
            out = [o for o in out if not (o.start >= it.start and o.end <= it.end)]
            # 「XやYの部品」: X is part of the same phrase
            # (not across 、: 「ロケット弾や対戦車ミサイル、無人機の部品」 lists two arms and one part)
            while out and text[out[-1].end : it.start] in ("や", "と", "及び", "および") and out[-1].entity is None:
                prev = out.pop()
                it.start = prev.start
            out.append(it)
            continue
        if out and out[-1].start <= it.start and it.end <= out[-1].end:
            continue
        if it.category == "components" and (more := _MORE_PARTS.match(text, it.end)) is not None:
            it.end = more.end()
        if it.entity is None and _ITEM_COREF.fullmatch(text[it.start : it.end]):
            earlier = [e for mm, e in weapon_mentions if mm.end <= it.start]
            if earlier:
                it.entity, it.category = earlier[-1], earlier[-1].category or it.category
        out.append(it)
    return out


def _deal_partners(text: str, sentence: Sentence, hits: list[TriggerHit], seg: str) -> None:
    """「ポーランドは韓国とK2戦車の購入契約を結んだ」: the party a deal is made with (と) is the other
    side of the act; 「…から受注した」: who places the order with the maker buys."""
    if not hits:
        return
    deal = any(n in seg for n in _DEAL_NOUNS)
    for a in sentence.parties:
        ti = a.trigger if a.trigger is not None and a.trigger >= 0 else _nearest_following(a.start, hits)
        if ti is None:
            continue
        trig = hits[ti].trigger
        if a.case == "conj" and deal and _PARTNER.match(text, a.end) and trig.direction in _PARTNER_CASE:
            a.case = _PARTNER_CASE[trig.direction]
        elif a.case == "source" and trig.lemma in _ORDER_TAKEN and a.start < hits[ti].start:
            a.case = "goal"


# 「これらの武器」「こうした兵器」: the goods just listed, told again as a whole
_ANAPHOR = re.compile(r"(?:これら|それら|こうした|これらの|それらの|上記の)(?:大量の|多数の|多くの|全ての|すべての)?$")
_UMBRELLA_WORDS = frozenset(
    {"武器", "兵器", "武器類", "兵器類", "軍事装備", "軍事装備品", "装備品", "軍事物資", "軍需物資", "武器弾薬"}
)


def _refer_back(text: str, items: list[ItemHit], earlier: list[Sentence]) -> list[ItemHit]:
    """「…ライフル1500丁、機関銃20丁といった武器が見つかった。これらの武器は…へ送られる予定だった」:
    a word for arms as a whole, pointed back with これら, stands for the goods listed before; they
    take its place in the act it belongs to."""
    out: list[ItemHit] = []
    for it in items:
        word = text[it.start : it.end]
        listed = _listed_before(text, word, earlier) if word in _UMBRELLA_WORDS and it.entity is None else []
        if listed and _ANAPHOR.search(text, max(0, it.start - 10), it.start):
            out += [
                dataclasses.replace(x, trigger=it.trigger, direct=it.direct, case=it.case, reverse=it.reverse)
                for x in listed
            ]
            continue
        out.append(it)
    return out


def _listed_before(text: str, word: str, earlier: list[Sentence]) -> list[ItemHit]:
    """The goods a word for arms points back to: those listed before the same word in a recent
    sentence (「A、Bといった武器」), else those of the sentence right before."""
    for sentence in reversed(earlier):
        echo = [k for k, x in enumerate(sentence.items) if text[x.start : x.end] == word and x.entity is None]
        if echo:
            return [x for x in sentence.items[: echo[-1]] if text[x.start : x.end] not in _UMBRELLA_WORDS]
    if not earlier:
        return []
    return [x for x in earlier[-1].items if x.entity is not None or text[x.start : x.end] not in _UMBRELLA_WORDS]


# 「対象は…など」「内訳は…」「…が含まれる」: a sentence that lists what a deal covers
_LISTING = re.compile(r"(?:対象|内訳|中身|内容|品目)(?:は|には)|含まれ|含む")


def _goods_listed_after(text: str, sentences: list[Sentence]) -> None:
    """「米国は台湾への武器売却を承認した。対象は対艦ミサイル100基など。」: goods listed in a
    sentence that names no party are those of the act just told, when that act named its parties
    but no goods of its own (or only a word for arms as a whole)."""
    for prev, cur in itertools.pairwise(sentences):
        if not cur.items or cur.parties or not prev.triggers or not _LISTING.search(cur.text):
            continue
        if "\n\n" in text[prev.end : cur.start] or any(
            it.entity is not None or text[it.start : it.end] not in _UMBRELLA_WORDS for it in prev.items
        ):
            continue
        acts = [a.trigger for a in prev.parties if a.trigger is not None and a.direct]
        if not acts:
            continue
        ti = acts[0]
        if cur.triggers and any(it.trigger is not None for it in cur.items):
            cur.triggers = []  # 「HIMARS4基を新たに供与する」: the act told again, its goods now the deal's
        moved = [dataclasses.replace(it, trigger=ti, direct=True) for it in cur.items]
        prev.items = [it for it in prev.items if text[it.start : it.end] not in _UMBRELLA_WORDS] + moved
        cur.items = []


def _date_anchor(tok_i: int, doc: Any, trig_tokens: dict[int, int]) -> int | None:
    """The predicate a date modifies: the first trigger or other verb up its head chain."""
    tok = doc[tok_i]
    for _ in range(8):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.i in trig_tokens:
            return trig_tokens[tok.i]
        if tok.pos_ == "VERB" and tok.lemma_ not in ("する", "ある", "いる", "なる", "よる"):
            return OTHER_PREDICATE
    return None


def _trigger_dates(
    sentence: Sentence, doc: Any, off: int, tok_at: list[int], trig_tokens: dict[int, int], hits: list[TriggerHit]
) -> None:
    """「2022年7月に契約を結び、同年12月に到着した」: each trigger takes the dates the parse hangs on
    it; one with none takes those no other trigger holds (a statement's day, a frame's date)."""
    if len(sentence.dates) < 2 or len(hits) < 1:
        return
    anchors: list[tuple[Any, int | None]] = []
    for d in sentence.dates:
        tok_i = _tok(tok_at, off, d.end - 1)
        anchors.append((d, _date_anchor(tok_i, doc, trig_tokens) if tok_i >= 0 else None))
    if not any(a is not None and a >= 0 for _d, a in anchors):
        return
    for ti, hit in enumerate(hits):
        own = [d for d, a in anchors if a == ti]
        if not own:
            own = [d for d, a in anchors if a is None or a < 0]
        hit.dates = own or None


_PLAIN_FUTURE = re.compile(
    # 「追加支援を行うと発表した」: a light verb in the non-past announces the act, not its doing
    r"を(?:行う|実施する|開始する|始める)(?=と|」|』|。|$)"
    r"|(?:する|します|させる)?(?=」|』|。|$)"
)
_GEN_SAME = re.compile(r"の[^、。はがをにへとでもや「」]{0,14}")
_EXCHANGE = re.compile(
    r"(?:など)?(?:と引き換えに|と引き換え|の見返りに|の見返りとして|と交換に|の対価として|の代わりに)"
)
# a headline's 「…鉄道輸送か　監視団体」: a question mark after a noun or verb, then a break
_HEADLINE_HEDGE = re.compile(r"[一-龯々ァ-ヺー）)」]か(?=[\s　、]|$)")
_HEARSAY = {"という。", "といい", "伝えられ"}
_SEIZURE = re.compile(r"押収|拿捕|差し押さえ|阻止|摘発|臨検")
_HELP_SENT = re.compile(r"助け|手助け|支援し|協力し|仲介|手を貸|便宜")


_WEAPON_CATEGORIES = {"missile", "drone", "air-defence", "armoured-vehicle", "aircraft", "naval", "rocket-launcher"}


_USED_BY = re.compile(r"が(?:使用|使っ|使う|運用|発射|投入)[^、。がをに]{0,8}")
_FOUND_IN = re.compile(r"見つか|発見さ|発見し|確認さ|使われ|使用さ|搭載さ|組み込まれ|含まれ|検出さ")


def _found_inside(sentence: Sentence, text: str) -> None:
    """「北朝鮮製ミサイルの残骸から米国製の部品が見つかった」: parts found in a state's weapon reached
    that state; their supplier is the parts' own origin when the text gives one (else unknown)."""
    found = _FOUND_IN.search(sentence.text)
    if found is None:
        return
    cue = (sentence.start + found.start(), sentence.start + found.end())
    parts = [it for it in sentence.items if it.category in ("components", "dual-use")]
    weapons = [it for it in sentence.items if it.category in _WEAPON_CATEGORIES]
    owner: Arg | None = None
    for weapon in weapons:
        for a in sentence.parties:
            if a.end > weapon.start:
                continue
            # 「北朝鮮製ミサイル」「ロシア軍の無人機」, or 「ロシア軍が使用したミサイル」: whose weapon it is
            if (a.case == "origin" and a.entity is weapon.origin) or _USED_BY.fullmatch(text, a.end, weapon.start):
                owner = a
        if owner is not None:
            break
    if not parts:
        return
    if owner is None or owner.entity is None or owner.entity.type != "country":
        return
    parts = [it for it in parts if it.origin is None or it.origin.id != owner.entity.id]
    if not parts:
        return
    trig = Trigger(lemma=text[cue[0] : cue[1]], kind="delivery", direction="move")
    sentence.triggers.append(TriggerHit(cue[0], cue[1], trig))
    for it in sentence.items:
        it.trigger = 0 if it in parts else None
        it.direct = True
    sentence.parties.append(dataclasses.replace(owner, case="goal", trigger=0, direct=True, foreign=False))


def analyze_ja(
    parsed: list[tuple[int, Any]],
    text: str,
    mentions: list[Mention],
    entities: dict[str, Entity],
    lexicon: Lexicon,
    gazetteer: Gazetteer,
    published: str | None,
) -> list[Sentence]:
    """The Japanese text, parsed sentence by sentence, as Sentences for the shared assembler."""
    # 同国軍 taken for a new name by the recognizer is the coreference it reads as
    mentions = [m for m in mentions if not (entities[m.entity_id].provisional and _COREF_RE.fullmatch(m.text))]
    mentions = mentions + _resolve_coref(text, mentions, entities, gazetteer)
    mentions = mentions + _short_forms(text, mentions, entities, gazetteer)
    mentions.sort(key=lambda m: m.start)
    pattern = item_term_pattern(lexicon)
    weapon_mentions = [(m, entities[m.entity_id]) for m in mentions if entities[m.entity_id].type == "weapon-system"]
    name_spans = [(m.start, m.end) for m in mentions if entities[m.entity_id].type != "weapon-system"]
    quantities = find_quantities(text, "ja")
    dates = find_dates(text, "ja", published)
    sentences: list[Sentence] = []
    for off, doc in parsed:
        s0, s1 = off, off + len(doc.text)
        tok_at = _token_index(doc)
        items = find_items(text, s0, s1, pattern, lexicon, weapon_mentions, name_spans)
        blocked = [(it.start, it.end) for it in items] + name_spans
        # 潜水艦に関する技術: know-how about a weapon is not the weapon
        items = [it for it in items if not _NOT_ITEM.match(text, it.end)]
        # 民間航空機, 民生用ドローン: civilian goods are no arms
        items = [it for it in items if not _CIVILIAN.search(text, max(s0, it.start - 4), it.start)]
        items = _parts_and_references(text, items, weapon_mentions, entities)
        for it in items:
            # 「コクサン」自走砲: a name in brackets joined to its generic word keeps its opening bracket
            inner = text[it.start : it.end]
            if it.start > s0 and text[it.start - 1] in "「『" and inner.count("」") + inner.count("』") == 1:
                it.start -= 1
        hits_tok = _trigger_hits(doc, off, lexicon, blocked)
        hits: list[TriggerHit] = []
        trig_tokens: dict[int, int] = {}
        index_of: dict[int, int] = {}
        for h, tok_i in sorted(hits_tok, key=lambda x: x[0].start):
            if id(h) not in index_of:
                index_of[id(h)] = len(hits)
                hits.append(h)
            trig_tokens[tok_i] = index_of[id(h)]
            # 「XはYの供与を表明/決定した」: the light verb's arguments are the act's
            head = doc[tok_i].head
            if h.nominal and doc[tok_i].dep_ == "obj" and head.lemma_ in _LIGHT_VERBS and head.i not in trig_tokens:
                trig_tokens[head.i] = index_of[id(h)]
            # 「XはYと購入契約を結んだ」: the deal and the verb that seals it carry the act's arguments
            if h.nominal and doc[tok_i].dep_ == "compound" and head.lemma_ in _DEAL_NOUNS:
                for t in (head, head.head):
                    if t.i not in trig_tokens and (t is head or t.lemma_ in _SIGN_VERBS):
                        trig_tokens[t.i] = index_of[id(h)]
        sentence = Sentence(s0, s1, text[s0:s1], triggers=hits, items=items)
        goods = frozenset(t for it in items for c in range(it.start, it.end) if (t := _tok(tok_at, off, c)) >= 0)
        seg = text[s0:s1]
        helps = bool(_HELP_SENT.search(seg))
        seizure = bool(_SEIZURE.search(seg))
        media: list[Arg] = []
        persons: list[Arg] = []
        for m in mentions:
            if not s0 <= m.start < s1:
                continue
            ent = entities[m.entity_id]
            case = case_of(text, m.end)
            if _DESIGN_RE.match(text[m.end : m.end + 6]):
                case = "designer"
            elif text.startswith("、", m.end) and not text[s0 : m.start].strip("【】[]「」 　"):
                case = "topic"  # a headline's 「北朝鮮、ロシアに砲弾供与か」 drops its は
            tok_i = _tok(tok_at, off, m.end - 1)
            attached = _attach(tok_i, doc, trig_tokens, goods) if tok_i >= 0 else None
            if ent.type == "media":
                media.append(Arg(m.start, m.end, ent, case))
                continue
            if ent.type == "weapon-system":
                continue
            if ent.type == "person":
                persons.append(Arg(m.start, m.end, ent, case, attached))
                if not ent.stands_for:
                    continue
            party = resolve_party(ent, gazetteer)
            if m.form == "adjective":
                case = "origin"
            if helps and case in ("obj", "goal") and attached is None:
                case = "helper"
            if seizure and case in ("subj", "topic") and ent.type != "armed-group":
                case = "other"  # 「米海軍が…押収した」: who seizes a shipment is no party to it
            if party is not None and not is_place(ent):
                sentence.parties.append(Arg(m.start, m.end, party, case, attached))
            if is_place(ent) or ent.type == "country":
                sentence.places.append(Arg(m.start, m.end, ent, case, attached))
        # 「ロシアに弾道ミサイルを提供している北朝鮮」: the noun a relative clause modifies is its subject
        for tok_i, ti in trig_tokens.items():
            tok = doc[tok_i]
            if tok.dep_ != "acl" or hits[ti].passive or hits[ti].trigger.direction == "request":
                continue
            head_start = off + tok.head.idx
            for a in list(sentence.parties):
                if a.start <= head_start < a.end and a.start > hits[ti].end:
                    sentence.parties.append(dataclasses.replace(a, case="subj", trigger=ti, direct=True))
                    break
        # 「ウクライナのゼレンスキー大統領は」: a state qualifying the next party (its leader, its
        # ministry) stands in that party's place, not as a genitive of the act
        named = sorted(sentence.parties + persons, key=lambda a: a.start)
        for a, b in itertools.pairwise(named):
            same = a.entity is not None and b.entity is not None and a.entity.id == b.entity.id
            if same and a.case == "gen" and b.case != "gen" and _GEN_SAME.fullmatch(text, a.end, b.start):
                a.case, a.trigger = b.case, b.trigger
        displaced = _own_subjects(sentence, doc, off, tok_at, trig_tokens, goods)
        # coordination: 「イランと北朝鮮が」 — a conjunct takes the case of the one it joins
        for group in (sentence.parties, sentence.places):
            for i in range(len(group) - 2, -1, -1):
                if group[i].case == "conj" and group[i + 1].start - group[i].end <= 4:
                    group[i].case = group[i + 1].case
                    group[i].trigger = group[i].trigger if group[i].trigger is not None else group[i + 1].trigger
        _deal_partners(text, sentence, hits, seg)
        for group in (sentence.parties, sentence.places):
            for a in group:
                if a.trigger is None and hits:
                    a.trigger = _nearest_following(a.start, hits)
                    a.direct = False
                elif a.trigger == OTHER_PREDICATE:
                    a.trigger = None
                    a.speech_topic = a.case == "topic"
                    a.foreign = True
            for a in displaced:
                a.speech_topic = False  # the main clause's topic, not a speaker standing in for the act's
            # 「同国からロシアへの工作機械の輸出」: から/への inside the noun phrase of a nominal
            # trigger are its own, wherever the parse hung them
            for a in group:
                if a.direct or a.trigger is None or a.case not in ("source", "goal") or not hits[a.trigger].nominal:
                    continue
                between = text[a.end : hits[a.trigger].start]
                if len(between) <= 20 and not re.search(r"[、。,]|[はがを](?!の)", between[2:]):
                    a.direct = True
            # 「ロシアのカスピ海にある港に」: a country owning the destination is the recipient's side
            for a in group:
                if a.case == "gen" and _GEN_GOAL.match(text, a.end):
                    a.case = "goal-gen"
                elif a.case == "gen" and _GEN_SOURCE.match(text, a.end):
                    a.case = "source"  # 「ベラルーシ軍の保管基地から」
        for it in items:
            tok_i = _tok(tok_at, off, it.end - 1)
            it.trigger = _attach(tok_i, doc, trig_tokens, goods) if tok_i >= 0 else None
            if it.trigger == OTHER_PREDICATE:
                it.trigger = None
            if it.trigger is None and hits:
                it.trigger = _nearest_following(it.start, hits)
                it.direct = False
            for a in sentence.parties:
                gap = it.start - a.end
                # イラン製の無人機, 中国の対空システム: the maker's or owner's country
                if 0 <= gap <= 8 and (a.case == "origin" or (a.case == "gen" and gap <= 1)):
                    it.origin = a.entity
                    a.case = "origin"
            it.case = case_of(text, it.end)
            # 「武器と引き換えに食料を提供」: the goods paid for go the other way
            it.reverse = bool(_EXCHANGE.match(text, it.end))
        attach_quantities(text, items, [q for q in quantities if s0 <= q.start < s1], "ja")
        sentence.items = _refer_back(text, items, sentences[-3:])
        sentence.dates = [d for d in dates if s0 <= d.start < s1]
        _trigger_dates(sentence, doc, off, tok_at, trig_tokens, hits)
        hearsay_only = True
        for status in ("alleged", "planned", "requested", "confirmed"):
            for c in lexicon.cue(status):
                for cm in re.finditer(re.escape(c), seg):
                    sentence.cue_spans.append((s0 + cm.start(), s0 + cm.end(), status))
                    if status != "planned":
                        sentence.statuses.add(status)
                    if status == "alleged" and c not in _HEARSAY:
                        hearsay_only = False
        if any(c in seg for c in lexicon.cue("hedge_final")) or _HEADLINE_HEDGE.search(seg):
            sentence.statuses.add("alleged")
            hearsay_only = False
        if any(c in seg for c in lexicon.cue("interdicted")):
            sentence.statuses.add("alleged")  # a seized shipment's route is the seizer's inference
            hearsay_only = False
        for h in hits:
            # 「…にミサイルを提供する」 quoted or ending the sentence: the plain non-past is a plan
            plain = _PLAIN_FUTURE.match(text, h.end)
            if plain is not None:
                sentence.cue_spans.append((plain.start(), plain.end(), "planned"))
        if "ようとして" in seg or "しようと" in seg:
            sentence.statuses.add("planned")
        if seizure and hits:
            # a seized shipment 「…へ提供される予定だった」 was sent, not planned: it never arrived
            sentence.cue_spans = [c for c in sentence.cue_spans if c[2] != "planned"]
            sentence.statuses.discard("planned")
        sentence.denial = any(c in seg for c in lexicon.cue("denied"))
        taken = [(m.start, m.end) for m in mentions]
        speakers = _speakers(text, s0, s1, lexicon, taken, sentence.parties) + persons
        sentence.attribution = _attribution(text, s0, s1, sentence.parties, speakers, media, lexicon)
        if hearsay_only and sentence.attribution is not None and not sentence.statuses & {"requested"}:
            sentence.statuses.discard("alleged")  # 「関係者の話として…という」: sourced, so reported
        # a topic set aside as a speaker (「Xは…と述べた」) that turns out not to be the one
        # speaking is the act's subject after all
        att_speaker = sentence.attribution.speaker if sentence.attribution else None
        for a in sentence.parties:
            if a.speech_topic and (att_speaker is None or a.start != att_speaker.start) and hits:
                a.trigger, a.direct = _nearest_following(a.start, hits), False
        if not hits:
            _found_inside(sentence, text)
        sentence.modes = [(s0 + m.start(), s0 + m.end(), mode) for mode, rx in _MODES for m in rx.finditer(seg)]
        sentence.vessels = [(s0 + m.start(), s0 + m.end(), m.group()) for m in _VESSELS.finditer(seg)]
        sentences.append(sentence)
    _goods_listed_after(text, sentences)
    return sentences
