"""Japanese attribution: who says what a sentence reports, and the unnamed sources that speak."""

from __future__ import annotations

import functools
import re

from materiel.extract.frame import Arg, Attribution, Sentence
from materiel.extract.ja_case import case_of
from materiel.lexicon import Lexicon

_SPEECH_END = re.compile(
    r"(?:非難|述べ|語っ|語り|語る|主張|発表|公表|報じ|明らかに(?!な)|指摘|説明|伝え|批判|否定|否認|強調|証言|話し|分析|推定|推計|認め|確認|"
    r"警告|結論|見方を示|言及|反論|一蹴|退け|投稿"
    # (「…ロシア軍の手に渡ったとしています」: a finding closed by とする after a clause's end)
    r"|(?<=[たるいだ])とし(?=てい))[^。]{0,14}[。」]?\s*$"
)
_PARTICLES = "とはがをにへもでや"
# a statement closing the sentence that only denies (「…、イラン側はこれを否定した」)
_DENIAL_WORD = re.compile(r"否定|否認|反論|一蹴|退け")
# 「…を供与したと米国務省は昨年9月に発表しており、」: a telling with its teller between と and the verb,
# joined to a clause after it
_TOLD_INVERTED = re.compile(
    r"と(?P<teller>[^、。「」と]{1,24}?)(?:は|も|が)[^、。「」]{0,12}?(?P<verb>発表し|述べ|明らかにし|報じ|伝え|指摘し|主張し)"
    # (「…と指摘した、がUAEは否定した」: machine translation sets the comma before the が)
    r"(?:ており|ていて|ていた|ている|た|ました)(?:(?:が|ものの)?、|、(?:が|しかし)、?)"
)
# 「…と、国連の専門家パネルの報告書は述べている」: the body whose report or statement says it speaks
_PAPER_SPEAKS = re.compile(
    r"[ \u3000]?の[ \u3000]?(?:最新の|年次)?(?:報告書|声明|報告|文書|談話|調査報告)[ \u3000]?(?:は|が|で|に)"
)
# (「…受け取った戦闘機が確認されている」: goods seen, by nobody named; the topic is the act's)
_PASSIVE_SPEECH = re.compile(r"と?(?:伝えられ|報じられ|言われ|指摘され|伝わっ|確認され)")
# (「…と、英国の調査報道グループが伝えている」「…と、独立系メディア「イラワジ」が伝えた」: the one named
# after the quoting 「と、」 tells it, not the sentence's topic; a quoted name may follow the description)
# (「…と米国防総省が18日発表した」「…と韓国軍が今月分析した」: the day it spoke may stand between)
_SUBJ_SPEAKS = re.compile(
    r"(?:「[^」。]{1,12}」)?[^、。]{0,4}?(?:が|は)[ \u3000]?"
    r"(?:(?:先月|今月|先週|今週|昨年|去年|今年|同日|前日|昨日|[0-9０-９]{1,4}[年月日])+(?:に|、)?)?"
    r"(?:分析|発表|明らかに|指摘|報じ|述べ|主張|確認|公表|伝え|語っ|報告"
    # (「…引き渡し　米国務長官が非難」: a headline's accuser after the act speaks, not its topic)
    r"|非難|批判)"
)
# 「ロシアの企業が…を輸入していたことも明らかにした」: an act told as a fact (こと) before the verb of
# telling; a が-subject on it does the act, and who tells it is elided (or a topic)
_ACT_AS_A_FACT = re.compile(r"こと(?:を|も)$")
# 「…は」「…は７日、」: a name set as the sentence's topic
_TOPIC_WA = re.compile(r"[ \u3000]?は(?!ず)")
# (報道官 is a spokesperson and 報道陣 the press corps: who speaks or listens, not an outlet)
_OUTLET_WORDS = re.compile(r"(?:メディア|紙|通信社|新聞|テレビ|放送局|報道(?!官|陣))")
# 「ベラルーシの独立系監視団体」「イランの反体制派」「ロシアの専門家」: a body outside the state (or
# against it) that a country qualifies speaks for itself, not for that state
_OUTSIDE_STATE = re.compile(
    r"(?:団体|非政府組織|NGO|シンクタンク|研究所|研究機関|研究者|専門家|アナリスト|反体制派|野党|活動家|グループ|メディア)$"
)


# 「インドの経済紙エコノミック・タイムズによれば」「韓国紙ハンギョレによると」: an outlet's kind, then a
# name the gazetteer may not know, right before the cue
_NAME_AFTER_OUTLET = re.compile(r"[ァ-ヺー・A-Za-zＡ-Ｚａ-ｚ0-9０-９一-龯々]{2,16}")
_OUTLET_KIND_NAMED = re.compile(r"(?:紙|誌|通信社|メディア|テレビ)(?=[ァ-ヺA-Za-zＡ-Ｚａ-ｚ])")


def _named_outlet(text: str, s0: int, cue_start: int) -> re.Match[str] | None:
    """The word of an outlet's kind whose name, in katakana or Latin letters, runs up to the cue
    (「インドの経済紙エコノミック・タイムズによれば」): the state before it is the outlet's home, not who
    speaks."""
    for m in _OUTLET_KIND_NAMED.finditer(text, max(s0, cue_start - 24), cue_start):
        if _NAME_AFTER_OUTLET.fullmatch(text, m.end(), cue_start):
            return m
    return None


# 「国軍系メディアは」「北朝鮮の国営メディアが」「ロシア国営テレビは」: a state's own press, of no name the
# gazetteer knows, set as the topic that tells the sentence
_STATE_PRESS_TOPIC = re.compile(
    r"(?P<state>[一-龯ァ-ヺー・]{1,8}?の?)?(?P<press>(?:国営|国軍系|軍系|政府系|官営|官製)"
    r"(?:メディア|紙|通信社?|新聞|テレビ|放送局?|報道機関))(?:各社)?(?:は|が|も)"
)


def _state_press_topic(text: str, s0: int, end: int) -> Arg | None:
    """「国軍系メディアは今年1月、…が到着したと伝えた」: a state's own outlet, named by its words only,
    that opens the sentence as its topic relays it. The state it names (「北朝鮮の国営メディアは」) stays
    out of its span, free to take part in the act, but is kept in its description."""
    m = _STATE_PRESS_TOPIC.search(text, s0, end)
    if m is None or text[s0 : m.start()].strip(" \u3000「『【") != "":
        return None
    return Arg(m.start("press"), m.end("press"), None, "other", description=(m["state"] or "") + m["press"])


# 「ワシントン、10月1日 - 」: a dateline's city (a translated wire story) is where, not who, speaks
# (「キーウ – 」「ロンドン（ロイター） - 」: a city opening a line before a dash, and the agency in brackets)
_DATELINE = re.compile(
    r"[、,][ \u3000]?[0-9０-９]{1,2}月[0-9０-９]{1,2}日[ \u3000]*[-－–—‐―]"
    r"|[ \u3000]*(?:[（(][^（）()、。]{1,12}[）)])?[ \u3000]*[-－–—‐―][ \u3000]"
)


def _dateline(text: str, a: Arg) -> bool:
    """Whether the name `a` is a dateline's city: 「…10月1日 - 」 after it, or a dash after it where it
    opens a line (「キーウ – ウクライナのメディアによると、…」)."""
    m = _DATELINE.match(text, a.end)
    if m is None or not m.group():
        return False
    return m.group()[0] in "、," or a.start == 0 or text[a.start - 1] == "\n"


_GAP = "[ \u3000]?"


@functools.lru_cache(maxsize=1024)
def _spaced_cue(cue: str) -> re.Pattern[str]:
    return re.compile(_GAP.join(re.escape(ch) for ch in cue))


def find_cue(segment: str, cue: str) -> tuple[int, int] | None:
    """Where `cue` first occurs in `segment`, also where a machine translation set spaces between
    its characters (「報告書 は 述べています」 for 「は述べています」); None if nowhere."""
    i = segment.find(cue)
    if i >= 0:
        return i, i + len(cue)
    if " " not in segment and "\u3000" not in segment:
        return None
    m = _spaced_cue(cue).search(segment)
    return (m.start(), m.end()) if m is not None else None


# 「…を送った（韓国国防省発表）」「…を受け取った＝国防省発表」「（国防部発表）」: a wire story's tag
# closing the sentence (or standing as one of its own) names who tells it
TELLER_TAG = re.compile(
    r"(?:[（(](?P<bracketed>[^（）()、。]{1,24}?)|＝(?P<signed>[^＝（）()、。]{1,24}?))"
    r"の?(?:発表|調べ|公表|まとめ)(?(bracketed)[）)])[。．]?\s*$"
)


def _tagged_teller(text: str, s0: int, s1: int, speakers: list[Arg], media: list[Arg]) -> Attribution | None:
    """Who the tag closing the sentence names as telling it (「（韓国国防省発表）」): a name inside it,
    or else the words it names the teller with (「国防部」)."""
    tag = TELLER_TAG.search(text, s0, s1)
    if tag is None:
        return None
    who = "bracketed" if tag["bracketed"] is not None else "signed"
    w0, w1 = tag.start(who), tag.end(who)
    inside = [a for a in speakers if w0 <= a.start and a.end <= w1]
    outlets = [a for a in media if w0 <= a.start and a.end <= w1]
    speaker = inside[-1] if inside else None
    if speaker is None and not outlets:
        speaker = Arg(w0, w1, None, "other", description=text[w0:w1])
    return Attribution(speaker, outlets[0] if outlets else None, tag.start(), tag.end(), True)


# 「Xによると」「Xの話では」「Xの話を総合すると」「Xの分析では」「Xの見立てでは」「Xの推計では」「Xの調べ
# では」「Xの発表では」「Xの説明では」: the source named first, whose marker closes it, tells the rest of the
# sentence (an assessment, 分析, 見立て, 見方, 推計, 試算, makes it alleged; 話, 調べ, 発表 and 説明, what
# sources, an inquiry or an office found, do not)
_FRONTED_MARKS = (
    "によ",
    "の話",
    "の分析",
    "の見立て",
    "の見方では",
    "の推計",
    "の試算",
    "の調べ",
    "の発表では",
    "の説明では",
)


# 「報告書はまた、北朝鮮の企業が…を輸出したと結論づけた」: a topic the gazetteer does not know (a
# report, a statement) opens the sentence and tells it; a subject after it is the told clause's
# (「一方、英紙タイムズは、イランが…と報じた」: past a connective that turns to it)
# (「国連人権理事会の特別報告者は19日、」: a long title, and the day it spoke before the comma)
_UNNAMED_TOPIC = re.compile(
    r"\s*(?:一方|他方|また|さらに|このほか|これに対し|ただ|しかし)?、?[^、。「」\s]{1,20}?は(?:また|さらに|一方|同時に)?"
    r"(?:(?:現地時間)?(?:先月|今月|昨年|去年|今年)?(?:[0-9０-９]{1,4}[年月日]){1,3}|先週|今週|同日|前日|昨日|本日|先日)?、"
)


def _topic_doing_told_act(doer: Arg, teller: Arg) -> bool:
    """Whether `doer`, a topic after the topic `teller` who tells the sentence, is hung by the parse
    on the act told, as its own doer, not as one who speaks."""
    return (
        doer.case == "topic"
        and teller.start < doer.start
        and not doer.speech_topic
        and doer.direct
        and doer.trigger is not None
        and doer.trigger >= 0
        and not (doer.entity is not None and teller.entity is not None and doer.entity.id == teller.entity.id)
    )


def attribution(
    text: str,
    s0: int,
    s1: int,
    parties: list[Arg],
    speakers: list[Arg],
    media: list[Arg],
    lexicon: Lexicon,
    until: int | None = None,
) -> Attribution | None:
    """Who says what the sentence reports: 「Xによると」, 「Xが引用した」, 「…とXは述べた」.
    `until`: where the statement telling the act ends (a translation may join the next with a comma)."""
    tagged = _tagged_teller(text, s0, s1, speakers + parties, media)
    if tagged is not None:
        return tagged
    segment = text[s0:s1]
    marker = None
    teller: tuple[int, int] | None = None  # where the teller of an act denied after it is named
    cues = lexicon.cue("attribution")
    fronted_cues = [c for c in cues if any(k in c for k in _FRONTED_MARKS)]
    for cue in fronted_cues or cues:  # 「Xが引用した情報筋によると」: the source is who speaks
        found = find_cue(segment, cue)
        if found is not None and (marker is None or found[0] < marker[0]):
            marker = (*found, cue)
    if marker is None:
        for cue in cues:
            found = find_cue(segment, cue)
            if found is not None and (marker is None or found[0] < marker[0]):
                marker = (*found, cue)
    if marker is None:
        m = _SPEECH_END.search(segment)
        if m is None:
            return None
        marker = (m.start(), m.end(), m.group())
        # (the statement's words may begin with the telling itself: 「指摘したが、UAEは否定した」)
        denial = _DENIAL_WORD.search(segment, m.start())
        told = _TOLD_INVERTED.search(segment, 0, denial.start()) if denial is not None else None
        if told is not None:
            # the teller of the act speaks for it, not the one denying it after
            marker, until = (told.start("verb"), told.end("verb"), told.group("verb")), s0 + told.end("verb")
            teller = (s0 + told.start("teller"), s0 + told.end("teller"))
    if _PASSIVE_SPEECH.match(segment, marker[0]):
        return None  # 「…と伝えられている」: it is said, by nobody named; the topic is the act's
    a_start, a_end = s0 + marker[0], s0 + marker[1]
    fronted = any(k in marker[2] for k in (*_FRONTED_MARKS, "引用"))
    region_end = a_end if fronted else min(s1, until or s1)
    speaker = None
    outlet_desc: Arg | None = None
    if fronted:
        ahead = [a for a in speakers + parties if a.end <= a_start and not _dateline(text, a)]
        before = sorted(ahead, key=lambda a: a.end)
        # 「情報筋を引用している英国のメディアによると」: the media relays, the source speaks
        m = _OUTLET_WORDS.search(text, max(s0, a_start - 6), a_start) or _named_outlet(text, s0, a_start)
        if m is not None:
            q = re.search(rf"[^、。「」\s{_PARTICLES}]{{0,8}}の?$", text[max(s0, m.start() - 9) : m.start()])
            o_start = max(s0, m.start() - 9) + (q.start() if q else 9)
            o_end = a_start if m.end() < a_start and _NAME_AFTER_OUTLET.fullmatch(text, m.end(), a_start) else m.end()
            outlet_desc = Arg(o_start, o_end, None, "other", description=text[o_start:o_end])
            before = [a for a in before if a.end <= o_start]
        # 「…を受け取った、ロイター通信によると。」: a translation keeping the source's word order
        # ends on it; the source is only what stands after the last comma (and so is it where the
        # cue opens a clause after another: 「中国はパキスタンにとって最大の供給国であり、SIPRIに
        # よると」 has no Pakistan speak)
        comma = text.rfind("、", s0, a_start)
        before = [a for a in before if a.start > comma]
        speaker = before[-1] if before else None
    else:
        # 「Xは…と述べた」: the topic speaks; when the topic is a news outlet, it only relays
        pool = sorted(
            (a for a in speakers + parties + media if s0 <= a.start < region_end and not _dateline(text, a)),
            key=lambda a: a.start,
        )
        # 「米国務省は…と発表しており、イラン外務省はこれを否定していた」: the one telling the quote
        # closed by 「と発表し」 comes before it, not the one who speaks next
        if marker[2].startswith("と") and any(a.start < a_start for a in pool):
            pool = [a for a in pool if a.start < a_start]
        if teller is not None:
            # (「…送っていると国連報告書が指摘したが、UAEは否定した」: the act's own topic does not
            # tell it; a teller the gazetteer lacks is told by its words)
            pool = [a for a in pool if a.start >= teller[0]] or [
                Arg(teller[0], teller[1], None, "subj", description=text[teller[0] : teller[1]])
            ]
        topics = (
            [a for a in pool if _PAPER_SPEAKS.match(text, a.end)]
            or [a for a in pool if _subject_case(text, a) and _SUBJ_SPEAKS.match(text, a.end)]
            or [a for a in pool if a.case == "topic"]
            # (「アムネスティ・インターナショナルは、RSFが…を使用していると報告した」: an outlet or
            # research body as the topic tells it; the act's own subject after it does not speak)
            or [a for a in pool if a.entity is not None and a.entity.type == "media" and _TOPIC_WA.match(text, a.end)]
            or [
                a
                for a in pool
                if a.case in ("subj", "agent")
                and (a.trigger is None or not a.direct)
                and not _UNNAMED_TOPIC.match(text, s0, a.start)
                and not (a.trigger is not None and _ACT_AS_A_FACT.search(text, s0, a_start))
            ]
        )
        # (「韓国の国防相は4日、北朝鮮は…ロシアに送ったと明らかにした」: a topic that does the act told,
        # after a topic that opens the sentence as who tells it, does not speak)
        tellers = [a for a in topics if a.speech_topic and a.case == "topic"]
        if tellers and _topic_doing_told_act(topics[-1], tellers[-1]):
            topics = [a for a in topics if a.start <= tellers[-1].start]
        # the last topic before 「…と述べた」 speaks (「北朝鮮は…とされ、当局者は…と述べた」)
        topics = _quote_opener(text, topics)
        if topics and not (topics[-1].entity is not None and topics[-1].entity.type == "media"):
            speaker = topics[-1]
    outlets = [a for a in media if s0 <= a.start < region_end]
    outlet = outlets[0] if outlets else outlet_desc
    if speaker is None and outlet is None and not fronted:
        outlet = _state_press_topic(text, s0, a_start)
    if speaker is not None and outlet is not None and speaker.start <= outlet.start < speaker.end:
        speaker = None
    if speaker is None and outlet is None:
        return None
    return Attribution(speaker, outlet, a_start, a_end, fronted)


# 「Xは、」「ブダノフ局長は、」: a topic (with its title) set off by a comma opens what it says
_TOPIC_COMMA = re.compile(r"[一-龯ァ-ヺー・]{0,8}[ \u3000]?は[、，]")
# 「合同参謀本部は先月、」「国防省は11日、」: the same, with the day it spoke before the comma
_DATED_TOPIC_COMMA = re.compile(
    # (「戦争研究所（ISW）は、」: the name's gloss before the particle)
    r"[一-龯ァ-ヺー・]{0,8}(?:[(（][^()（）、。]{1,20}[)）])?[ \u3000]?は"
    r"(?:(?:現地時間)?(?:先月|今月|昨年|去年|今年)?(?:[0-9０-９]{1,4}[年月日]){0,3}|先週|今週|同日|前日|昨日|本日|先日)[、，]"
)
# 「…とされ、」「…と述べ、」「…と、」: a quote closed before the next clause begins
_QUOTE_CLOSED = re.compile(r"と[^、。「」]{0,8}[、，]")


def opens_quote(text: str, end: int, dated: bool = False) -> bool:
    """Whether the topic ending at `end` is set off by a comma (「ブダノフ局長は、」), so opening
    what it says; `dated`: also past the day it spoke (「国防省は11日、」)."""
    return (_DATED_TOPIC_COMMA if dated else _TOPIC_COMMA).match(text, end) is not None


def _quote_opener(text: str, topics: list[Arg]) -> list[Arg]:
    """The topics up to the one that opens the quote: in 「ゼレンスキー大統領は、北朝鮮はロシアに
    砲弾を送ったと述べた」 the second topic is the quoted act's own, the first one speaks. A topic
    after a quote closed (「北朝鮮は…とされ、当局者は…と述べた」) is a new speaker."""
    for k, a in enumerate(topics[:-1]):
        # (「国防総省は17日、イランは…」: the day it spoke may stand before the comma; not so a
        # title that is itself a later topic, 「トランプ米政権は7日、」)
        opener = _DATED_TOPIC_COMMA.match(text, a.end)
        if a.case != "topic" or opener is None or topics[-1].start < opener.end():
            continue
        if _QUOTE_CLOSED.search(text, a.end, topics[-1].start) is None:
            return topics[: k + 1]
    return topics


def _subject_case(text: str, a: Arg) -> bool:
    """The speaker's phrase is a subject or topic, also where a described source's name follows it in
    quotes (「独立系メディア「イラワジ」が」)."""
    return a.case in ("subj", "topic") or (a.description is not None and text.startswith("「", a.end))


# 「ウクライナの当局者らは」「関係者たちによると」: a plural suffix belongs to the speaker word, so the
# particle after it tells the speaker's case
_PLURAL = re.compile(r"(?:ら|たち|達)(?=[はがもの]|によ|に対|、)")


def unnamed_speakers(
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
            plural = _PLURAL.match(text, end, s1)
            end = plural.end() if plural is not None else end
            window = text[max(s0, start - 16) : start]
            pm = qualifier_re.search(window)
            q0 = max(s0, start - 16) + pm.start() if pm else start
            qualifier = next((p.entity for p in parties if q0 <= p.start < start and p.entity), None)
            if _OUTSIDE_STATE.search(word):
                qualifier = None
            out.append(Arg(q0, end, qualifier, case_of(text, end), description=text[q0:end]))
            taken.append((q0, end))
    for m in _DOCUMENT_TELLS.finditer(text, s0, s1):
        start, end = m.span("doc")
        if not any(s < end and start < e for s, e in taken):
            out.append(Arg(start, end, None, case_of(text, end), description=text[start:end]))
            taken.append((start, end))
    return out


# 「…移転したと報告書は述べた」「…と、声明は指摘した」: a document named after the quote tells it (a
# translation's "…, the report said"); told before it, 「報告書によると」, it is only where one reads it
_DOCUMENT_TELLS = re.compile(r"と、?(?P<doc>(?:同|その)?(?:報告書|声明|文書))は(?:述べ|指摘し|記し|結論づけ|主張し)")


# a clause told as done and closed so that another one with its own subject follows:
# 「…を受け取っており、スホイ35の導入も近いとされる」「…から購入したが、その一部は…と伝えられる」
_DONE_CLAUSE = re.compile(r"(?:を|が)?(?:し|さ|され)?(?:ており|ていて|ているが|ていたが|たが|ていたほか|たほか)、")
_OWN_SUBJECT = re.compile(r"[^、。]{1,20}?(?:は|が|も)")
# goods named by the act done to them, then said to be something, closed by だが、 so that another
# clause follows: 「イランがロシアに売却した無人機は「シャヘド136」だが、故障が多いとも言われる」
_GOODS_OF_DONE_ACT = re.compile(
    r"(?:し|さ|され)?た[^、。がはを「」]{1,12}?(?:は|が)、?[^。]{1,40}?(?:だが|であるが|ですが|だったが|いが)、"
)

# an act told as done, the start of what the sentence goes on to tell: 「…に無人機を売却して以来、弾薬も
# 送ったという」 (the later clause needs no subject of its own: what follows the act is the news hedged)
_SINCE_DONE = re.compile(r"(?:し|さ|され)て(?:以来|から)、")


def _hedged_inside(sentence: Sentence, boundary: int) -> bool:
    """Whether a source that tells the whole sentence hedges only its later clause, inside the quote,
    and is no party itself: 「ブダノフ局長は、ミサイルはすでにロシアに届いており、数週間以内に使われる
    可能性があると述べた」 (the delivery is told as done; only the use is hedged). A hedge that is the
    speaker's own verb (「…と分析した」) or a party speaking leaves the sentence as it is."""
    att = sentence.attribution
    if att is None:
        return False
    source = att.speaker or att.outlet
    hedges = [(start, end) for start, end, status in sentence.cue_spans if status == "alleged"]
    if not hedges or any(start < boundary or (not att.fronted and end > att.start) for start, end in hedges):
        return False
    if source is None or source.entity is None:
        return True
    own = {source.entity.id, source.entity.stands_for}
    return not any(a.entity is not None and a.entity.id in own and a.end > source.end for a in sentence.parties)


def hedge_of_later_clause(sentence: Sentence) -> None:
    """A hedge (とされる, と伝えられる) ending a sentence whose act was told as done in an earlier
    clause, closed by ており、 or たが、 and followed by a clause with its own subject, qualifies
    that later clause only: the act keeps the plain report (no speaker is given to confirm it).
    So does one after goods named by the act done to them and closed by だが、 (「米国が供与した戦車は
    「エーブラムス」だが、整備が難しいとも言われる」).
    So does one after an act told as the start of what follows (「…に無人機を売却して以来、弾薬も送った
    という」), whatever the later clause's subject.
    So does a source named only in the later clause (「…を供給しており、国家情報院は総数が1千万発を
    超えるとの見方を示している」): it speaks of the figure, the act is the outlet's own report."""
    if "alleged" not in sentence.statuses:
        return
    att = sentence.attribution
    source_at = -1 if att is None else min((a.start for a in (att.speaker, att.outlet) if a), default=att.start)
    for hit in sentence.triggers:
        if hit.status is not None or hit.nominal:
            continue
        rel = hit.end - sentence.start
        done = _DONE_CLAUSE.match(sentence.text, rel) or _GOODS_OF_DONE_ACT.match(sentence.text, rel)
        if done is not None and _OWN_SUBJECT.match(sentence.text, done.end()) is None:
            done = None
        done = done or _SINCE_DONE.match(sentence.text, rel)
        if done is None:
            continue
        boundary = sentence.start + done.end()
        if att is not None and (att.fronted or source_at < boundary) and not _hedged_inside(sentence, boundary):
            continue  # the source tells the act too
        # (every hedge after the boundary; any other cue before it leaves the act to the assembler)
        if any(start < boundary for start, _end, _st in sentence.cue_spans):
            continue
        if any(h is not hit and h.start < boundary for h in sentence.triggers):
            continue
        hit.status = "reported"


# the close of a sentence that only tells or weighs: 「…と説明している」「そうみている」「…と政府関係者は
# 説明した」 (the teller may stand between と and the verb), 「…とみられる」 (weighed by nobody named)
_TELLS_OR_WEIGHS = re.compile(
    r"(?P<said>[^。「」『』]*?)(?P<how>と|そう|このように)、?[^。「」『』と]{0,24}?"
    r"(?:(?P<weighs>み|見|分析し|推定し|推測し|判断し|疑っ)(?:てい(?:る|ます|た)|ており|た|ました)"
    r"|(?:説明し|述べ|語っ|話し|明らかにし|証言し|強調し|指摘し|伝え|報じ)(?:てい(?:る|ます|た)|ており|た|ました)"
    r"|(?P<weighed>(?:み|見)られ|推定され|推測され|され)(?:る|てい(?:る|ます|た)|ます|た))[。．]?\s*"
)
# 「米当局者は、」「専門家も」: the one who tells it, set first as the topic
_TELLER_FIRST = re.compile(r"[^、。はがも「」]{1,20}?(?:は|も)、?")
# 「国防省が確認した」「同国政府も認めている」: what is told is only that someone owned up to the act
_OWNED_UP = re.compile(
    r"(?:[^、。はがも「」]{1,20}?(?:が|も)、?)?[^。はがも「」]{0,10}?"
    r"(?:確認し|明らかにし|認め|把握し|公表し)(?:た|ている|ていた|ています)"
)
# 「ロシア経由」「北朝鮮製だ」「カスピ海を経由した」: a detail of the act, with no subject of its own and
# not yet to come (「戦況は長期化する」 tells of another matter)
_DETAIL_OF_ACT = re.compile(r"[^。はがも「」]{1,24}?(?:[一-龯ァ-ヺーA-Za-z0-9０-９](?:だ|である)?|した|された|ていた)")


def told_of_the_act_before(text: str, sentence: Sentence, before: Sentence) -> None:
    """「イランはロシアに無人機を供与した。米当局者はそう説明している。」「…供与した。専門家はカスピ海
    経由とみている。」: a sentence with no act of its own that only tells, or weighs, what the sentence
    before it told (the act, that a party owned up to it, or a detail of it) gives that act its teller,
    and, where it weighs it (みている, とみられる, 分析している), makes it alleged. A hedge about another
    matter (「専門家は戦況は長期化するとみている」) leaves the act as told."""
    if sentence.triggers or not before.triggers or before.attribution is not None:
        return
    if "\n" in text[before.end : sentence.start]:
        return
    close = _TELLS_OR_WEIGHS.fullmatch(sentence.text.strip())
    if close is None:
        return
    said = close["said"]
    if close["weighed"] is None:
        teller = _TELLER_FIRST.match(said)
        said = said[teller.end() :] if teller is not None else said
    if close["how"] == "と" and not (_OWNED_UP.fullmatch(said) or _DETAIL_OF_ACT.fullmatch(said)):
        return
    if close["how"] != "と" and said:
        return
    before.attribution = sentence.attribution
    if close["weighs"] is not None or close["weighed"] is not None:
        before.statuses.add("alleged")
