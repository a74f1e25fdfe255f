"""One record per distinct claim: a deal the headline, the lead and the body each tell is one
transfer with each telling as evidence.

Two tellings are one when they name the same parties, goods and time and make the same kind of
statement; a pledge and its delivery, two batches, or two sources' differing figures stay apart.
"""

from __future__ import annotations

import re

from materiel.model import Claim, Entity, Item, Party, Quantity, Span, Transfer


def same_party(a: Party | None, b: Party | None) -> bool:
    return (
        a is not None and b is not None and a.entity is not None and b.entity is not None and a.entity.id == b.entity.id
    )


_FACT = frozenset({"reported", "alleged", "confirmed"})
_TOLD = frozenset({"reported", "alleged"})


def _same_filler(a: Party | None, b: Party | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if a.entity is not None or b.entity is not None:
        return same_party(a, b)
    return (a.description or "") == (b.description or "")


def _same_goods(a: Item, b: Item) -> bool:
    """The same goods told twice: one system, a bare word (drones) beside a named one, or the
    same word (「無人機」 and 「自爆型無人機」); two different words (chips, engine parts) are two."""
    if a.entity is not None and b.entity is not None:
        # (a family and one of its models: 'Leopard tanks' in the headline, 'Leopard 1 tanks' below)
        return a.entity.id == b.entity.id or b.entity.id == a.entity.parent or a.entity.id == b.entity.parent
    if (a.entity is None) != (b.entity is None):
        named, bare = (a, b) if a.entity is not None else (b, a)
        if bare.quantity is None and len(_word(bare)) > 2 and _word(bare) in named.text.casefold():
            # ("shipped 170mm Koksan self-propelled guns ... a considerable number of the guns": the word
            # the named goods were told with, whatever the bare word means alone)
            return True
    if a.category != b.category:
        return False
    if a.entity is not None or b.entity is not None:
        named, bare = (a, b) if a.entity is not None else (b, a)
        # (a bare word with its own count, 「早期警戒機2機」, is a lot of its own kind; 'the vehicles' is any)
        if named.entity is None:
            return True
        if bare.quantity is None:
            return _kind_agrees(named.text, named.entity, _word(bare))
        return _may_name(named.text, named.entity, _word(bare))
    x, y = _word(a), _word(b)
    if x in y or y in x:
        return True
    # (「ミサイル部品」 in the headline is the body's 「巡航ミサイルの部品」: the genitive is no other word)
    x, y = _GENITIVE_NO.sub("", x), _GENITIVE_NO.sub("", y)
    return len(min(x, y, key=len)) > 2 and (x in y or y in x)


# 「…ミサイルの部品」: the genitive between a Japanese word and its head
_GENITIVE_NO = re.compile(r"(?<=[\u30a0-\u30ff\u4e00-\u9fff])の(?=[\u30a0-\u30ff\u4e00-\u9fff])")


# 「陸路でも」「オマーン経由でも」: goods told as moved by another way too
_ALSO_WAY = re.compile(r"(?:陸路|海路|空路|ルート|経路|航路|経由)で?も")


def _another_way(t: Transfer, text: str) -> bool:
    """Whether a telling of `t` gives its way as one more beside another (「陸路でも運び込んでいる」)."""
    return any(_ALSO_WAY.search(text, ev.start, ev.end) is not None for ev in t.evidence)


def _may_name(words: str, system: Entity, word: str) -> bool:
    """Whether a bare word may stand for a named system told in `words`: 「無人機」 for 「シャヘド136」,
    but not 「早期警戒機」 for 「グリペン戦闘機」, whose own words say it is another kind of aircraft."""
    text = words.casefold()
    if word in text:
        return True
    # (the shortest of its names the words hold: 「グリペン」 of 「グリペン戦闘機」 leaves the kind, 戦闘機)
    names = sorted((n.casefold() for ns in system.names.values() for n in ns), key=len)
    name = next((n for n in names if len(n) >= 2 and n in text), None)
    if name is None:
        return True
    kind = re.sub(r"[\W\d_]+", "", text.replace(name, ""))
    return len(kind) < 2 or kind.rstrip("s") in word


# Japanese words for a craft of any kind, which stand for any named one: 「最初の機体」「同艦」
_ANY_CRAFT = frozenset({"機体", "艦艇", "艦船", "艦", "船舶", "船", "車両", "車輌", "航空機", "装備", "システム"})


def _kind_agrees(words: str, system: Entity, word: str) -> bool:
    """Whether a bare Japanese word of no count may stand for a named system: 「護衛艦」 or 「機体」 for
    「あぶくま型護衛艦」, but not 「高速警備艇」, whose last word names another kind of craft
    ('the vehicles' in English stands for any)."""
    if not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", word) or word in _ANY_CRAFT:
        return True
    text = words.casefold()
    names = sorted((n.casefold() for ns in system.names.values() for n in ns), key=len)
    name = next((n for n in names if len(n) >= 2 and n in text), None)
    for alias, usual in _SYNONYMS:  # (「自爆型ドローン」 and 「無人機」: two words for one kind, as in `_word`)
        text = text.replace(alias, usual)
    kind = re.sub(r"[\W\d_]+", "", text.replace(name, "")) if name is not None else ""
    # (「ミサイル」 for 「ミサイル発射装置「イスカンデル」」: the launcher of a named missile system is the system)
    if system.category in _LAUNCHED:
        kind = _LAUNCHER.sub("", kind)
    # (「攻撃ヘリ」 for 「攻撃ヘリコプター」: a short form of the same word)
    return len(kind) < 2 or kind[-1] == word[-1] or kind in word or word in kind


# the launcher a named missile system is told by: 「発射装置「イスカンデル」」「「S400」の発射機」
_LAUNCHER = re.compile(r"の?(?:移動式)?(?:発射装置|発射機|発射台|ランチャー)$")
_LAUNCHED = frozenset({"missile", "air-defence", "rocket-launcher", "anti-tank"})


# 「自爆型ドローン」 in the headline is the body's 「自爆型無人機」: two words for one kind of goods
_SYNONYMS = (("ドローン", "無人機"),)


def _word(it: Item) -> str:
    word = (it.name or it.text).casefold().rstrip("s")
    for alias, usual in _SYNONYMS:
        word = word.replace(alias, usual)
    return word


def _amount(q: Quantity | None) -> float | None:
    return None if q is None else (q.value if q.value is not None else q.min)


def _conflict(a: Item, b: Item) -> bool:
    """Two figures for the same goods: different batches, or different sources' counts."""
    x, y = _amount(a.quantity), _amount(b.quantity)
    return x is not None and y is not None and x != y


def _same_figure(t: Transfer, u: Transfer) -> bool:
    """Whether the two records share a figure for some of their goods."""
    told = {_amount(i.quantity) for i in t.items} - {None}
    return bool(told & {_amount(i.quantity) for i in u.items})


def _umbrella(it: Item) -> bool:
    """A word for goods of any kind with no figure: 'arms', 「武器」, 'military equipment'."""
    return it.umbrella and it.entity is None and it.quantity is None


# a figure the goods are told by, a sum or a share: "weapons worth $400 million", "$2 billion in arms",
# "60% of its arms imports", 「5億ドル相当の武器」「輸入兵器の約7割」
_FIGURE_AFTER = re.compile(
    r"\s+(?:worth|valued\s+at|totall?ing)\b|の(?:約|およそ)?[0-9０-９一二三四五六七八九十]+(?:割|%|％)"
)
_FIGURE_BEFORE = re.compile(
    r"(?:[$€£][\d.,]+\s*(?:million|billion|bn|m)?\s+(?:worth\s+of|in|of)\s+"
    r"|(?:%|percent|per\s+cent|thirds?|half|quarter)\s+of\s+(?:its|their|the)\s+(?:\w+\s+)?"
    r"|(?:ドル|円|ユーロ)(?:相当|規模|分)?の)$",
    re.I,
)
# a telling added to those before by its opening: 「さらに、」「このほか、」「なお、」, "In addition,", "Separately,"
_ADDED = re.compile(
    r"\s*(?:さらに|更に|また|このほか|他方|なお)[、，]|\s*(?:In addition|Additionally|Separately|Also)\b", re.I
)


def _figured(it: Item, text: str) -> bool:
    """Whether the goods are told with a figure of their own ("weapons worth $400 million", 「輸入兵器の
    約7割」)."""
    return bool(_FIGURE_AFTER.match(text, it.end) or _FIGURE_BEFORE.search(text, max(0, it.start - 24), it.start))


def _umbrella_retold(general: Transfer, specific: Transfer, text: str) -> bool:
    """Whether `general` tells the deal `specific` names the goods of again, with nothing of its own:
    only a word for arms of no count or sum ("weapons", 「武器」), no date but the deal's, no route or
    go-between of its own, and the same status. "North Korea sent over a million shells to Russia",
    then in the background "Washington said Pyongyang had begun supplying weapons to Moscow" is that
    deal summed up. A claim apart: "will send more weapons" (a pledge), "is believed to be trying to
    move weapons" (another certainty, an attempt of its own), "weapons worth $400 million" or 「輸入兵器
    の約7割」 (a figure of its own), "sent arms in 2019" (a date of its own), a telling added to those
    before (「さらに、別の空港でも武器が…」), or a supplier's standing (kept by `_standing`)."""
    if not general.items or not all(_umbrella(i) and not _figured(i, text) for i in general.items):
        return False
    if all(_umbrella(i) for i in specific.items) or _ADDED.match(general.evidence[0].text):
        return False
    # (a summary sums up what the body told before it: a lead's arms in general, told first, may be a
    # trend of several deals, 「サヘル諸国は兵器購入を増やしている」)
    told = general.evidence[0].start
    if not any(e.end <= told and not in_headline(e, text) for e in specific.evidence):
        return False
    dated = general.date is None or (specific.date is not None and specific.date.startswith(general.date))
    via = {p.entity.id for p in general.intermediaries if p.entity}
    via_told = {p.entity.id for p in specific.intermediaries if p.entity}
    return general.status == specific.status and dated and not _own_places(general, specific) and via <= via_told


def _own_places(general: Transfer, specific: Transfer) -> bool:
    """Whether the route `general` tells has a place of its own: not the parties (or a capital standing
    for one, "supplying weapons to Moscow") nor a place of the route `specific` told."""
    known = {p.entity.id for p in (specific.supplier, specific.recipient) if p is not None and p.entity is not None}
    known |= {e.id for leg in specific.route for e in (leg.origin, leg.destination, leg.via) if e is not None}
    places = [e for leg in general.route for e in (leg.origin, leg.destination, leg.via) if e is not None]
    return any(e.id not in known and (e.stands_for or e.id) not in known for e in places)


def _covered(small: list[Item], large: list[Item]) -> bool:
    """Whether the goods of `small` are among those of `large`; 'arms' is among any goods."""
    return all(any(_same_goods(i, j) and not _conflict(i, j) for j in large) for i in small)


def _sources(t: Transfer, claims: list[Claim]) -> set[str]:
    out = set()
    for c in claims:
        if c.target == t.id and c.stance != "denies":
            # only named sources tell apart (an unnamed "official" may be the one named before),
            # and a spokesman is his state (Kirby and "the United States" are one source)
            out |= {
                p.entity.stands_for or p.entity.id
                for p in (c.speaker, c.outlet)
                if p is not None and p.entity is not None
            }
    return out


# 「この兵器引き渡しは」「その武器供与は」: the act told before, pointed back to
_POINTED_BACK = re.compile(r"(?:この|その|今回の)$")


def _points_back(u: Transfer, text: str) -> bool:
    """「K2戦車10両が到着した。この兵器引き渡しは7月の契約に基づく」: a telling whose only goods are a
    word for arms, pointed back to with この, is the act told before, not another."""
    return bool(u.items) and all(
        _umbrella(i) and _POINTED_BACK.search(text, max(0, i.start - 3), i.start) is not None for i in u.items
    )


# 「この高官によると」「同関係者は」: an unnamed speaker told as the one named just before
_SAME_SPEAKER = re.compile(r"(?:この|その|同)(?:高官|当局者|関係者|報道官|政府筋|情報筋|消息筋|筋|氏)$")


def _hedged_by_source(t: Transfer, u: Transfer, claims: list[Claim], text: str) -> bool:
    """ "North Korea is sending shells to Russia, the White House said", then "Kirby said US
    intelligence indicates the North is sending them": one source telling its claim as fact, then
    as the assessment it rests on, makes an allegation (the hedged telling says how sure it is)."""
    hedged = u if u.status == "alleged" else t
    return (
        {t.status, u.status} == _TOLD
        and not _named_act(hedged, text)
        and (bool(_sources(t, claims) & _sources(u, claims)) or _speaker_again(u, claims))
    )


# an act told as a noun, what is said of it hedging the saying, not the act: 「イラン製ドローンの
# ロシアへの供与は決議に違反する可能性がある」, "the transfer of the drones may breach the resolution"
_NOUN_AFTER = re.compile(r"(?:の|は|が|を|も|\s+(?:of|to)\b)")
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|that|such)\s+$|['’]s\s+$", re.I)


def _named_act(t: Transfer, text: str) -> bool:
    """Whether the act is told as a noun (「…への供与は」, "the transfer of"), not as a deed done."""
    if t.trigger is None:
        return False
    start, end = t.trigger.start, t.trigger.end
    return bool(_NOUN_AFTER.match(text, end) or _NOUN_BEFORE.search(text, max(0, start - 8), start))


def _speaker_again(u: Transfer, claims: list[Claim]) -> bool:
    """「米政権高官が明らかにした。…この高官によると、…と分析」: whether every claim on `u` is by a
    speaker told as one named before (one source telling more, not a second claim)."""
    own = [c for c in claims if c.target == u.id and c.stance != "denies"]
    return bool(own) and all(
        c.speaker is not None
        and c.speaker.entity is None
        and _SAME_SPEAKER.search(c.speaker.description or "") is not None
        for c in own
    )


# 「インドはこれまでに、ピナカや対戦車ミサイルをアルメニアに供給してきた」: acts told as a tally up
# to now, of no one time
_SO_FAR = re.compile(r"(?:これまでに|これまでも|これまで(?=[、，,])|長年(?:に(?:わた|亘)って)?)[、，,]?")


def told_so_far(sentence: str, before: int) -> bool:
    """「インドはこれまでに、ピナカをアルメニアに供給してきた」: whether the sentence, before offset
    `before` (its act's word), tells its acts as a tally up to now (no date of the story's)."""
    return _SO_FAR.search(sentence, 0, max(before, 0)) is not None


def _so_far(t: Transfer) -> bool:
    """Whether the record's sentence tells its act as a tally up to now (「これまでに…供給してきた」)."""
    return t.trigger is not None and told_so_far(t.evidence[0].text, t.trigger.start - t.evidence[0].start)


# 「…国軍に引き渡される予定だ」: goods to be handed over, in the passive, as what comes next
_HANDED_OVER_NEXT = re.compile(r"(?:引き?渡|引渡)(?:さ|し)?れる(?:見通し|予定|見込み|ことになっ)")


def _handed_over_on(t: Transfer, u: Transfer, text: str) -> bool:
    """「ロシアから戦車を積んだ貨物船がミャンマーに到着した。戦車は国軍に引き渡される予定だ」: goods
    told as come, then as to be handed over to the taker, by no giver named again and at no time of
    its own, are the one delivery told to its end, not a plan of its own."""
    if t.status not in _FACT or u.status != "planned" or u.trigger is None:
        return False
    if u.date:
        return False  # (「来月、セルビア軍に引き渡される」「年内に引き渡される」: a time of its own, a plan)
    if not _HANDED_OVER_NEXT.match(text, u.trigger.start):
        return False
    ev = u.evidence[0]
    if u.supplier is not None and u.supplier.span is not None and ev.start <= u.supplier.span.start < ev.end:
        return False
    return any(_same_goods(i, j) for i in t.items for j in u.items)


def _group_in_host(a: Party | None, b: Party | None) -> bool:
    """Whether `a` names the state an armed group `b` fights in: a headline's "bound for Yemen" over
    the body's "Yemen's Houthi rebels"."""
    return (
        a is not None
        and b is not None
        and a.entity is not None
        and b.entity is not None
        and a.entity.type == "country"
        and b.entity.type == "armed-group"
        and a.entity.country is not None
        and a.entity.country == b.entity.country
    )


def _headline_host(t: Transfer, u: Transfer, text: str) -> bool:
    """Whether headline record `t` names the host state where body record `u` names the armed group
    receiving the goods, the supplier being the same (or untold in both)."""
    return (
        in_headline(t.evidence[0], text)
        and not in_headline(u.evidence[0], text)
        and _same_filler(t.supplier, u.supplier)
        and _group_in_host(t.recipient, u.recipient)
    )


# 「…を輸出したとして制裁対象に指定した」「…を供給したとして資産を凍結」「…として起訴した」: an act told
# as the grounds of a penalty
_PENALTY_GROUNDS = re.compile(
    r"(?:た|る)として[、，]?[^。]{0,40}?(?:制裁|指定|凍結|起訴|逮捕|罰金|輸出禁止|取引禁止|リストに(?:加え|追加))"
)


def _penalty_grounds(t: Transfer, text: str) -> bool:
    """Whether a telling of `t` gives it as the grounds of a penalty."""
    return any(_PENALTY_GROUNDS.search(text, ev.start, ev.end) is not None for ev in t.evidence)


def _restates(t: Transfer, u: Transfer, claims: list[Claim], text: str) -> bool:
    """Whether `u` tells again the deal `t` told: the same parties, goods and time, and the same
    kind of statement (a pledge and its delivery, two batches, or two sources' figures stay apart)."""
    if _headline_host(t, u, text) and t.status == u.status and any(_same_goods(i, j) for i in t.items for j in u.items):
        return True  # "Dhow with rifles bound for Yemen seized" over "destined for Yemen's Houthi rebels"
    if not (_same_filler(t.supplier, u.supplier) and _same_filler(t.recipient, u.recipient)):
        return False
    # one act the front end split into parts (batches with their own dates or counts, 'for 218 in
    # November 2022 and for 72 more in April 2024') is not told twice
    if t.trigger is not None and t.trigger == u.trigger and t.evidence[0] == u.evidence[0]:
        return False
    if _set_beside(t, u, text):
        return False  # "signed a letter of intent to buy ..., while the Pentagon notified a sale": two acts
    if _turns_of_a_sentence(t, u, text):
        return False  # "The first batch crossed by rail; the second was carried by ship": two lots
    # ("sent a million shells", then "Washington said it had begun supplying weapons": the deal summed up)
    summed = _umbrella_retold(u, t, text) or _umbrella_retold(t, u, text)
    # two sources telling the same figures are one claim with both sources on it (the White
    # House and its spokesman, an intelligence service and the lawmaker it briefed); their
    # differing figures are kept apart below
    # a hedged headline and the sourced report under it are one claim; a pledge and a delivery,
    # or a request and a plan, are two
    # and so are a report and a later mention of its goods (「受領したエーブラムスの数」); but goods
    # added in the body with another certainty (「弾薬や軍用車両も運ばれたとみられる」) are a claim
    # of their own
    unsourced = not (t.claims and u.claims)
    mention = (
        _covered(u.items, t.items)
        or in_headline(t.evidence[0], text)
        or in_headline(u.evidence[0], text)
        or _points_back(u, text)
    )
    # one source telling it first as fact, then as its intelligence's assessment ("according to the
    # White House", then "Kirby said US intelligence indicates"), is one claim (an allegation: see `_hedged_by_source`)
    # (「…と米政権高官が明らかにした。この高官によると…と分析」: the same unnamed speaker)
    one_source = (bool(_sources(t, claims) & _sources(u, claims)) or _speaker_again(u, claims)) and {
        t.status,
        u.status,
    } <= _TOLD
    # (a party owning up to an act is a claim of its own beside others' reports of it: "Tehran has
    # acknowledged sending a small number of drones" after the intelligence count of 400)
    admitted = _admitted(t, text) or _admitted(u, text)
    # a penalty's grounds, 「…を迂回輸出したとして制裁対象に指定した」, and what is then stated as fact,
    # 「同省によると、…に転送していた」, are two claims (the charge and the finding) however they are sourced
    if t.status != u.status and _penalty_grounds(t, text) != _penalty_grounds(u, text):
        return False
    if (
        t.status != u.status
        # (a headline with its own teller, "..., navy says", is still the desk's shorthand of the lead it
        # has not met yet)
        and not (
            (unsourced or all(in_headline(e, text) for e in t.evidence))
            and mention
            and {t.status, u.status} <= _FACT
            and not admitted
        )
        and not _first_time(u, text)
        and not one_source
        and not _notified_request(t, u)
        and not _handed_over_on(t, u, text)
        and not _headline_purchase(t, u, text)
    ):
        return False
    # (「この兵器引き渡しは2022年の契約に基づく」: the act pointed back to is the one told, whatever date
    # its clause gives)
    if t.date and u.date and not (t.date.startswith(u.date) or u.date.startswith(t.date)) and not _points_back(u, text):
        return False
    # two named sources, neither among the other's, only one of them giving a figure: two claims
    # ("Blinken said Russia has received the missiles. The Wall Street Journal reported more than 200")
    told_by, retold_by = _sources(t, claims), _sources(u, claims)
    counted = any(i.quantity for i in t.items), any(i.quantity for i in u.items)
    if told_by and retold_by and not told_by & retold_by and counted[0] != counted[1] and not summed:
        return False
    # a figure told by no one, then a source's own other figure with another certainty: two claims
    # (「…計200万発以上の砲弾やロケット弾を調達した可能性がある」, then 「米軍関係者の話として、…約60発の
    # ロケット弾も供与したという」; "may have sent two million shells", then "a US officer said 60 rockets")
    if retold_by and not told_by and t.status != u.status and all(counted) and not _same_figure(t, u):
        return False
    # 「…2020～24年の比率は43％」 then 「これまでに、ピナカなどを供給してきた」: goods told up to now
    # beside a dated figure are a claim of their own
    if (t.date is None) != (u.date is None) and (_so_far(t) or _so_far(u)):
        return False
    if _standing(t, u, text) or _standing(u, t, text):
        return False  # "has become Russia's main supplier of munitions" beside a dated shipment
    if _dated_part(t, u, text) or _dated_part(u, t, text):
        return False  # 「最初の10機が2026年に引き渡される」 after the sale: a batch of the deal, not the deal again
    if _lot_of_whole(u, t, text):
        return False  # "sent 50 guns in two shipments", then "The first batch crossed by rail": a lot of its own
    if _seized_lot(u, t, text) or _seized_lot(t, u, text):
        return False  # "parts were bought in China and moved to Russia", then "customs seized 200 engines last month"
    if _other_turn(t, u, text):
        return False  # 「2回目の納入」 then 「最初のバッチは昨年6月に」: two lots, not one told twice
    if t.date != u.date and (_another_occasion(u, text) or _another_occasion(t, text)):
        return False  # 「…を供与することになった」 then 「昨年末にも…の供与が決まっていて」: an earlier deal
    if _another_lot(u, text) and not in_headline(t.evidence[0], text):
        return False  # 「別のバッチの…移送」「さらに4機を引き渡す」 after a deal: a lot of its own
    if _other_deal(t, text) != _other_deal(u, text):
        return False  # "the original contract" beside "under the expanded agreement": two deals
    via_t = {p.entity.id for p in t.intermediaries if p.entity}
    via_u = {p.entity.id for p in u.intermediaries if p.entity}
    if via_t and via_u and via_t != via_u:
        return False
    if via_t != via_u and (_another_way(t, text) or _another_way(u, text)):
        return False  # 「…を押収した」 then 「オマーンを経由する陸路でも運び込んでいる」: a way of its own
    if any(_same_goods(i, j) and _conflict(i, j) for i in t.items for j in u.items):
        return False
    if _adds_beside_told(t, u, text) or _adds_beside_told(u, t, text):
        return False
    if _covered(u.items, t.items) or _covered(t.items, u.items) or (t.items and _points_back(u, text)) or summed:
        return True
    if _handed_over_on(t, u, text):
        return True
    # 'Iran caught smuggling arms to Hezbollah' over the body's machine guns and rockets: a headline's
    # word for goods of any kind stands for the goods the body names
    headline = t if in_headline(t.evidence[0], text) else u if in_headline(u.evidence[0], text) else None
    if headline is None or not headline.items:
        return False
    other = u if headline is t else t
    section = in_section_heading(headline.evidence[0], text)
    return all(_umbrella(i) or (section and _kind_named_below(i, other)) for i in headline.items)


def _headline_words_dropped(t: Transfer, u: Transfer, text: str) -> tuple[list[Item], list[Item]]:
    """The goods of `t` and `u` to merge, less a headline's bare words for a kind the body's record
    names ("patrol plane" over "maritime patrol aircraft": the body's goods stand for both)."""
    if in_section_heading(t.evidence[0], text) and not in_headline(u.evidence[0], text):
        return [i for i in t.items if not _kind_named_below(i, u)], u.items
    if in_section_heading(u.evidence[0], text) and not in_headline(t.evidence[0], text):
        return t.items, [i for i in u.items if not _kind_named_below(i, t)]
    return t.items, u.items


def _kind_named_below(it: Item, other: Transfer) -> bool:
    """ "Sri Lanka navy gets Indian patrol plane" over "took delivery of a Dornier 228 maritime patrol
    aircraft": a headline's bare word, with no figure, for goods of a kind the body's record names."""
    return it.entity is None and it.quantity is None and any(j.category == it.category for j in other.items)


# a sale notice's approval ("approving a possible Foreign Military Sale") and the buyer's request it
# lists the goods of ("The Government of Poland has requested to buy ...")
_SALE_NOTICE = re.compile(r"\bForeign Military Sale\b|\bFMS\b")
_REQUEST_TO_BUY = re.compile(r"\bha(?:s|ve) requested to (?:buy|purchase)\b")


# a clause of another act set beside the one before it in the same sentence: ", while", ", whereas"
_BESIDE_CLAUSE = re.compile(r",\s+(?:while|whereas|whilst)\s", re.I)


def _set_beside(t: Transfer, u: Transfer, text: str) -> bool:
    """Whether `t` and `u` are the acts of one sentence's two clauses, the second set beside the first
    ("Qatar signed a letter of intent to buy MQ-9B drones, while the Pentagon notified Congress of a
    possible sale of the drones in March"): two acts, not one told twice."""
    if t.trigger is None or u.trigger is None or t.evidence[0] != u.evidence[0]:
        return False
    first, second = sorted((t.trigger, u.trigger), key=lambda x: x.start)
    return _BESIDE_CLAUSE.search(text, first.end, second.start) is not None


# a clause's lot by its turn, before the clause's verb: "The first batch crossed", "the second was
# carried", "later deliveries went"
_CLAUSE_TURN = re.compile(r"\b(first|second|third|fourth|final|last|later|remaining|rest)\b", re.I)
# where a clause of a sentence starts: after a semicolon or a comma with "and"
_CLAUSE_START = re.compile(r";|,\s+(?:and|while|whereas)\s", re.I)


def _clause_turn(trig: Span, ev: Span, text: str) -> str | None:
    """The turn the clause of the trigger `trig` gives its lot ("the second was carried by ship" →
    "second"), None where it gives none."""
    start = ev.start
    for m in _CLAUSE_START.finditer(text, ev.start, trig.start):
        start = m.end()
    found = [m.group(1).lower() for m in _CLAUSE_TURN.finditer(text, start, trig.start)]
    return found[-1] if found else None


def _turns_of_a_sentence(t: Transfer, u: Transfer, text: str) -> bool:
    """Whether `t` and `u` are the lots of one sentence told by their turns, each in a clause of its
    own ("The first batch crossed into Russia by rail; the second was carried by ship to Vladivostok"):
    two lots, not one told twice."""
    if t.trigger is None or u.trigger is None or t.evidence[0] != u.evidence[0] or t.trigger == u.trigger:
        return False
    ev = t.evidence[0]
    first, second = sorted((t.trigger, u.trigger), key=lambda x: x.start)
    if _CLAUSE_START.search(text, first.end, second.start) is None:
        return False  # ("the first 38 of the tanks that Taiwan ordered arrived": one clause's lot)
    a, b = _clause_turn(first, ev, text), _clause_turn(second, ev, text)
    return a is not None and b is not None and a != b


def _notified_request(t: Transfer, u: Transfer) -> bool:
    """ "The State Department has made a determination approving a possible Foreign Military Sale to
    Poland of ...", then "The Government of Poland has requested to buy 48 launchers": the request a
    sale notice tells is the notified deal's list of goods, no request of its own."""
    return (
        t.status == "planned"
        and u.status == "requested"
        and any(_SALE_NOTICE.search(e.text) for e in t.evidence)
        and bool(_REQUEST_TO_BUY.search(u.evidence[0].text))
    )


# 「砲弾のほか、」「無人機に加え」: goods named as those told before, beside the ones a sentence adds
_BESIDE_TOLD = re.compile(r"(?:など)?(?:のほか|の他に|の他、|に加え|に加えて|以外にも|とは別に)")


def _adds_beside_told(t: Transfer, u: Transfer, text: str) -> bool:
    """Whether `u` names goods told before only as what it adds to (「北朝鮮は砲弾のほか、KN23も
    ロシアに供与したとみられる」 after the shells): the added goods are a claim of their own."""
    told = [j for j in u.items if _BESIDE_TOLD.match(text, j.end)]
    own = [j for j in u.items if not any(j is k for k in told)]
    return bool(told and own) and _covered(told, t.items) and not _covered(own, t.items)


# a batch of a deal told by its place among the batches: 「最初の10機」「2基目」「第2陣」「残りの」,
# "the first 10 jets", "a second batch", "the remaining 18", "the first pair"
_PART = re.compile(
    r"最初の|初回|第[0-9０-９一二三四五六七八九十]+(?:陣|弾|次)|[0-9０-９一二三四五六七八九十]+(?:基|機|両|隻|発|門)目|残りの|残り[0-9０-９]"
    r"|\b(?:first|second|third|fourth|fifth|final|last|remaining|initial|next)\s+(?:batch|batches|shipment|tranche|"
    r"delivery|deliveries|consignment|lot|instalment|installment|\d+|two|three|four|five|six|eight|ten|dozen|"
    r"pair|couple|trio)\b"
    # "the first tanks", "the remaining Abrams tanks": the goods of a lot (not "the first months of")
    r"|\b[Tt]he\s+(?:first|final|last|remaining)\s+(?!(?:months|weeks|days|years|decades|times|hours)\b)"
    r"(?:[A-Z][\w-]*\s+)?[a-z]+s\b",
    re.I,
)


# "the third Patriot", "a second HIMARS": one more unit of a named system
_NTH_SYSTEM = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+[A-Z][\w-]*")


# a lot told as one more beside those told before: 「別のバッチ」「さらに4機」「新たに10両」, the count
# before the word as well (「2機が新たに到着」「50両を追加で送った」), more after the lot told (「その後
# も」), "another batch", "another 12", "eight more" (not 「追加の」, "additional": more than the
# recipient had, which the body of a story often details)
_ANOTHER = re.compile(
    r"別の(?:バッチ|ロット|便|陣|一団)"
    # (「その後も同型のミサイル数十発が引き渡された」「それ以降も」: more after the lot told before)
    r"|(?:その後|それ以降|それ以後)(?:も|、?さらに|、?更に)"
    r"|(?:さらに|更に|新たに)[ 　]*(?:[0-9０-９]|XNUMX|[一二三四五六七八九十数]+[^ぁ-ん])"
    r"|(?:[0-9０-９]|XNUMX)[^\s、。0-9０-９ぁ-ん]{1,2}(?:が|を)?[ 　]*(?:さらに|更に|新たに|追加で)"
    r"|\b(?:another|a further)\s+(?:batch|shipment|tranche|consignment|lot|delivery|pair|\d+|two|three|four"
    r"|five|six|seven|eight|nine|ten|dozen|several)\b"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozen|several|few)\s+more\b(?!\s+than)",
    re.I,
)
# a deal told as one beside a first: "under the expanded agreement", "a follow-on contract"
_OTHER_DEAL = re.compile(
    r"\b(?:expanded|extended|follow-on|follow-up|supplementary|additional)\s+(?:agreement|deal|contract|order)\b", re.I
)


def _other_deal(t: Transfer, text: str) -> bool:
    """Whether the sentence telling `t` tells it under a deal beside a first one ("Under the expanded
    agreement, Israel is to supply Germany with more launchers"): not the first deal told again."""
    ev = t.evidence[0]
    return _OTHER_DEAL.search(text, ev.start, ev.end) is not None


# 「…を輸出するのは戦後初めて」「…が供与されるのは初めてだ」, "It is the first time Japan has exported":
# a remark on an act told before, not one of its own
# (not "admitted for the first time that it supplied": an act told, first or not)
_FIRST_TIME = re.compile(
    r"のは(?:[^。、]{0,6})?初めて|\b(?:is|was|marks|marked|be|it's) (?:the|its) first time\b", re.I
)


# a headline's present-tense purchase: "Saudi Arabia buys Korean air defence", "Manila orders BrahMos"
_HEADLINE_BUYING = re.compile(r"(?:buys|orders|purchases|acquires|inks|signs|seals|clinches)\b", re.I)


def _headline_purchase(t: Transfer, u: Transfer, text: str) -> bool:
    """Whether `t` is a headline's present-tense purchase ("Saudi Arabia buys South Korean air defence
    systems in $3.2bn deal") that the body's deal `u` tells ("has agreed to buy ten batteries"): the
    desk's present is the deal, so the headline and the lead are one planned act."""
    if t.trigger is None or u.status != "planned" or t.status != "reported" or not in_headline(t.evidence[0], text):
        return False
    return _HEADLINE_BUYING.fullmatch(t.trigger.text) is not None and not in_headline(u.evidence[0], text)


def _first_time(t: Transfer, text: str) -> bool:
    """Whether the sentence telling `t` only remarks that the act told before is a first (its status
    is the act's own: 「護衛艦を完成品として輸出するのは初めてとなる」 after the deal to come)."""
    ev = t.evidence[0]
    return _FIRST_TIME.search(text, ev.start, ev.end) is not None


# a party owning up to an act: "has acknowledged sending", "admitted buying", "conceded that"
_ADMITTING = re.compile(r"\b(?:acknowledg(?:e|ed|es|ing)|admit(?:s|ted|ting)?|conced(?:e|ed|es|ing))\b", re.I)


def _admitted(t: Transfer, text: str) -> bool:
    """Whether `t` is confirmed by the sentence that owns up to it ("Tehran acknowledged sending")."""
    ev = t.evidence[0]
    return t.status == "confirmed" and _ADMITTING.search(text, ev.start, ev.end) is not None


def _another_lot(t: Transfer, text: str) -> bool:
    """Whether the sentence telling `t` tells one more lot beside those told before (「さらに4機」,
    "eight more")."""
    ev = t.evidence[0]
    return _ANOTHER.search(text, ev.start, ev.end) is not None


# 「昨年末にも」「去年3月にも」「2023年にも」「先月も」: a time told with も, "also then": the act it
# tells is another occasion than the one told beside it (not 「これまでにも」, so far at large)
_ALSO_THEN = re.compile(
    r"(?:昨年|去年|前年|一昨年|おととし|先月|先々月|[0-9０-９]{4}年|(?:令和|平成)[0-9０-９元]+年)"
    r"(?:度)?(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?(?:末|初め|初頭|上旬|中旬|下旬|前半|後半)?(?:に|の時点で)?も(?![のっ])"
)


def _another_occasion(t: Transfer, text: str) -> bool:
    """Whether the sentence telling `t` tells it as having happened at another time too, with
    「にも」 on its time (「フィリピンに対しては昨年末にも、レーダー5基の供与が決まっていて」)."""
    ev = t.evidence[0]
    return not in_headline(ev, text) and _ALSO_THEN.search(text, ev.start, ev.end) is not None


def _part(t: Transfer, text: str) -> bool:
    """Whether the sentence telling `t` tells a batch of a deal (the first ten, the second one)."""
    ev = t.evidence[0]
    return _PART.search(text, ev.start, ev.end) is not None or _NTH_SYSTEM.search(text, ev.start, ev.end) is not None


# a lot told by its turn among the lots: 「最初のバッチ」「初回分」「第1陣」 (the first), 「2回目の納入」
# 「第2陣」「2度目」 (a later one, by its number)
_TURN = re.compile(
    r"(?P<first>最初の(?:バッチ|ロット|陣|便|分|納入|引き渡し)|初回(?:分|の)|第一陣)"
    r"|第(?P<nth>[0-9０-９]+)(?:陣|弾|次|便)|(?P<times>[0-9０-９]+)(?:回目|度目)の(?:納入|引き渡し|輸送|供与|バッチ|ロット)"
    # "a fourth IRIS-T system", "the first one", "the second batch" (not "the first time", "first half")
    r"|\b(?P<ord>first|initial|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?!(?:time|times|half|quarter|week|month|year|day)\b)(?:(?:batch|shipment|tranche|delivery|consignment|lot|instalment|installment|one|unit|system|battery)\b"
    r"|(?-i:[A-Z])[\w-]*)",
    re.I,
)
_ORDINALS = {"first": 1, "initial": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10}  # fmt: skip


def _turns(t: Transfer, text: str) -> set[int]:
    """The turns of the lots the sentences telling `t` name: 「TB2の2回目の納入を受け取った」 → {2},
    「最初のバッチを受け取り」 → {1}."""
    out: set[int] = set()
    for ev in t.evidence:
        for m in _TURN.finditer(text, ev.start, ev.end):
            number = m.group("nth") or m.group("times")
            out.add(int(number) if number else _ORDINALS.get((m.group("ord") or "first").lower(), 1))
    return out


def _other_turn(t: Transfer, u: Transfer, text: str) -> bool:
    """Whether `t` and `u` tell lots of other turns (「2回目の納入」 in the lead, 「最初のバッチ」 in the
    background): two lots, whatever else they share."""
    told, retold = _turns(t, text), _turns(u, text)
    return bool(told and retold) and not told & retold


def _dated_part(part: Transfer, whole: Transfer, text: str) -> bool:
    """A batch with a date of its own, told after a deal with none or another (the deal agreed on
    16 October, 「第1弾は年内に」): two records, the deal and the batch."""
    return (
        whole.evidence[0].start < part.evidence[0].start
        and part.date is not None
        and part.date != whole.date
        and _part(part, text)
        and not _part(whole, text)
        and not in_headline(whole.evidence[0], text)
    )


# English words of goods caught on their way: "seized", "intercepted"
_SEIZING = re.compile(r"\b(?:seiz|intercept|confiscat|impound)\w*", re.I)


def _seized_lot(lot: Transfer, flow: Transfer, text: str) -> bool:
    """A shipment caught on its way, with a date of its own, beside goods told flowing between the same
    parties with no such date ("the engines were bought in China and moved to Russia through fronts",
    then "last month customs officers seized 200 Chinese-made engines headed for Russia"): the lot
    seized is a record of its own, not the flow told again."""
    ev, other = lot.evidence[0], flow.evidence[0]
    return (
        lot.date is not None
        and lot.date != flow.date
        and _SEIZING.search(text, ev.start, ev.end) is not None
        and not any(_SEIZING.search(text, e.start, e.end) for e in flow.evidence)
        and not in_headline(other, text)
    )


# a telling that is itself of one lot: "its first IRIS-T unit", "a new batch", "the latest shipment",
# 「初の」「新たに」
_LOT_TOLD = re.compile(r"\b(?:first|initial|latest|new batch|another)\b|初|新た", re.I)


def _lot_of_whole(part: Transfer, whole: Transfer, text: str) -> bool:
    """A lot told by its turn in the body ("The first batch crossed into Russia by rail", "The first
    46 were flown in August 2022") after the whole it is part of ("has sent 50 guns in two shipments
    since October", "has delivered 400 drones since August 2022"): a record of its own even with no
    date or the whole's. (Not after a telling of one lot itself, "received its first IRIS-T unit":
    then both tell that lot.)"""
    w, p = whole.evidence[0], part.evidence[0]
    # (the lot is the act's subject or object: "The first batch crossed", "received the first
    # consignment", not "shell firms registered weeks before their first shipment")
    trig = part.trigger
    lot = _PART.search(text, p.start, min(p.end, p.start + 24)) or (
        trig is not None and _PART.search(text, trig.end, min(p.end, trig.end + 16)) is not None
    )
    return (
        w.start < p.start
        and bool(lot)
        and not _part(whole, text)
        and _LOT_TOLD.search(text, w.start, w.end) is None
        and not in_headline(w, text)
    )


# a supplier told by its standing, not by one act: "has become the main supplier of munitions to",
# "Yerevan's largest source of weapons", and the habitual present "Russia sells the fighters"
_STANDING_WORD = re.compile(r"(?:supplier|source|provider|exporter|seller)s?|sells|supplies|provides", re.I)


def standing_word(word: str) -> bool:
    """Whether an act's word tells a supplier's standing ("supplier", "source", "sells")."""
    return _STANDING_WORD.fullmatch(word) is not None


def told_standing(t: Transfer, text: str) -> bool:
    """Whether `t` tells, in the body, a supplier's standing rather than one act: "North Korea has become
    the most important supplier of munitions to Russia", "Russia sells the fighters and helicopters"."""
    if t.trigger is None or not standing_word(t.trigger.text) or in_headline(t.evidence[0], text):
        return False
    # (a lead tells its news in the present too: "North Korea secretly supplies Russia with shells")
    return _STANDING_VERB.fullmatch(t.trigger.text) is None or not _in_lead(t.evidence[0], text)


# the habitual present of giving ("Russia sells the fighters"), which a lead also uses for its news
_STANDING_VERB = re.compile(r"sells|supplies|provides", re.I)


def _in_lead(span: Span, text: str) -> bool:
    """Whether `span` lies on the first line of the text that has words (the lead, or a header line
    that runs into it)."""
    first = len(text) - len(text.lstrip())
    end = text.find("\n", first)
    return span.start < (len(text) if end < 0 else end)


def _standing(general: Transfer, dated: Transfer, text: str) -> bool:
    """Whether `general`, undated, tells a supplier's standing beside a dated act of the same pair: a
    claim of its own, not that act told again."""
    return general.date is None and dated.date is not None and told_standing(general, text)


def _named(items: list[Item], category: str) -> int:
    return sum(1 for x in items if x.entity is not None and x.category == category)


def _joins(o: Item, it: Item, told: list[Item], extra: list[Item]) -> bool:
    """Whether `it` (told again) is the item `o` told before."""
    if not _same_goods(o, it) or _conflict(o, it):
        return False
    if (o.entity is None) == (it.entity is None):
        return True  # one system, or the same words
    if it.entity is None:
        if it.category != o.category:
            return True  # "the guns" after "Koksan self-propelled guns" (`_same_goods`: the word they were told with)
        return _named(told, it.category) == 1  # "the drones" after "Shahed-136"
    # "drones", then "the Shahed-136"; a bare word with no count, then several systems of its kind
    # (「無人機」, then 「「モハジェル6」と「シャヘド」」): the word stood for them
    named = _named(extra, it.category)
    return _named(told, it.category) == 0 and (named == 1 or (named > 1 and o.quantity is None))


# 「ゾルファガール」など, "such as the Zolfaghar": a system named as one example of the goods
_EXAMPLE_AFTER = re.compile(r"[」』\"”]?\s*(?:[(（][^)）]{0,30}[)）])?\s*(?:など|等|といった|をはじめ)")
_EXAMPLE_BEFORE = re.compile(r"(?:such as|including|like|among them)\s+(?:the\s+)?[\"“]?$", re.I)


def _example(it: Item, text: str) -> bool:
    return bool(_EXAMPLE_AFTER.match(text, it.end) or _EXAMPLE_BEFORE.search(text, max(0, it.start - 20), it.start))


def _merge_items(items: list[Item], extra: list[Item], text: str) -> list[Item]:
    """The goods of a deal told again (`extra`) join those told before: the same system or the
    same words are one item, and a bare word (the drones) stands for the one named system of its
    kind told before; words said side by side (RPGs and anti-tank missiles) stay apart. A system
    named as an example (「ゾルファガール」など) is one of a counted lot told before (約400発の
    弾道ミサイル), not the whole lot: both are kept."""
    out = list(items)
    for it in extra:
        target = next((o for o in out if _joins(o, it, items, extra)), None)
        if (
            target is not None
            and target.entity is None
            and target.quantity is not None
            and it.entity is not None
            and it.quantity is None
            and _example(it, text)
        ):
            target = None
        if target is None:
            out.append(it)
            continue
        # the named system, or of two words the longer ('missiles', then 'short-range ballistic missiles')
        longer = it.entity is None and target.entity is None and len(_word(it)) > len(_word(target))
        model = it.entity is not None and target.entity is not None and it.entity.parent == target.entity.id
        keep = it if (it.entity is not None and target.entity is None) or longer or model else target
        other = target if keep is it else it
        if keep.quantity is None and other.quantity is not None:
            keep.quantity = other.quantity
        elif (
            keep.quantity is not None
            and other.quantity is not None
            and _amount(other.quantity) is not None
            and len(other.quantity.text) > len(keep.quantity.text)
        ):
            keep.quantity = other.quantity  # 「100万発以上」 says more than 「100万発」
        if keep is it:
            out[out.index(target)] = it
    return _without_umbrellas(out)


def _without_umbrellas(items: list[Item]) -> list[Item]:
    """'Arms' adds nothing beside the machine guns and rockets the same deal names."""
    return [it for it in items if not _umbrella(it)] or items


def in_headline(span: Span, text: str) -> bool:
    """Whether `span` is in the headline: a line with no full stop before the body's first
    sentence (after a date line, or a page's 'Latest news' above the headline), or one heading a
    section of its own (see `in_section_heading`)."""
    line, line_start, line_end = _line_of(span, text)
    if line.endswith(_FULL_STOPS):
        return False
    return _page_headline(text, line_start) or _section_heading(line, line_start, line_end, text)


def in_section_heading(span: Span, text: str) -> bool:
    """Whether `span` heads a section below the page's headline: a short line with no full stop,
    set apart by blank lines, over a paragraph (a live page's timestamped entry, a briefs column's
    item, a crosshead: "09:12 GMT - Norway to pay for more NASAMS", then the entry)."""
    line, line_start, line_end = _line_of(span, text)
    if line.endswith(_FULL_STOPS) or _page_headline(text, line_start):
        return False
    return _section_heading(line, line_start, line_end, text)


def _line_of(span: Span, text: str) -> tuple[str, int, int]:
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    return text[line_start : len(text) if line_end < 0 else line_end].strip(), line_start, line_end


def _page_headline(text: str, line_start: int) -> bool:
    before = [x.strip() for x in text[:line_start].splitlines() if x.strip()]
    return all(len(x) <= 25 and not x.endswith(_FULL_STOPS) for x in before) and len(before) <= 2


def _section_heading(line: str, line_start: int, line_end: int, text: str) -> bool:
    if line_end < 0 or len(line.split()) > _HEADING_WORDS or not text[:line_start].endswith("\n\n"):
        return False
    return text.startswith("\n\n", line_end)


_HEADING_WORDS = 16


# (a headline may end on a quote: 「…供与か　米政府「8月以降に引き渡し」」; a body sentence ends on a stop)
_FULL_STOPS = ("。", ".", "．", "!", "！", "?", "？")


def _lead_hedged_below(t: Transfer, u: Transfer, claims: list[Claim], text: str) -> bool:
    """「ロシアが中央アジアを窓口に工作機械を調達し続けている。」 then 「関係筋の話を総合すると、…転売
    していたとみられる」: the lead's first sentence, told by no one, is the story in brief; the body
    under it says how sure it is (a lead that names its source keeps its own status, and so does an
    act told as fact beside hearsay in the lead's own sentence)."""
    return (
        t.status == "reported"
        and u.status == "alleged"
        and u.evidence[0].start >= t.evidence[0].end
        and not any(c.target == t.id and c.stance != "denies" for c in claims)
        and _opens_body(t.evidence[0], text)
        and not _SOURCE_TOLD.search(t.evidence[0].text)
        and _names_a_party(u)
    )


def _names_a_party(u: Transfer) -> bool:
    """Whether the sentence telling `u` names its supplier or recipient itself: one that names
    neither (「砲弾は鉄道で運ばれたとみられる」 after the lead) only adds a hedged detail, how the goods
    went, to the act the lead told as fact, and does not tell the act again."""
    ev = u.evidence[0]
    if not re.search(r"[ぁ-ん]", ev.text):
        return True  # (English leads are not checked for it)
    return any(
        p is not None and (p.span is None or ev.start <= p.span.start < ev.end) for p in (u.supplier, u.recipient)
    )


# a source told in the lead itself, which a claim may not have been made of: "A report by the
# Guardian citing anonymous sources reported that …", 「…と米紙が報じた」 (its status is its own)
_SOURCE_TOLD = re.compile(
    r"\b(?:reported|reports|said|says|according\s+to|citing|cited|told)\b|によると|によれば|と報じ|と伝え|と述べ|と明らかにし|と発表"
)


def _opens_body(span: Span, text: str) -> bool:
    """Whether `span` is the first sentence of the body: on the first line under the headline, with
    no full stop before it on that line."""
    line_start = text.rfind("\n", 0, span.start) + 1
    before = [x.strip() for x in text[:line_start].splitlines() if x.strip()]
    heads = all(not x.endswith(_FULL_STOPS) for x in before) and len(before) <= 2
    first = not any(stop in text[line_start : span.start] for stop in _FULL_STOPS)
    return heads and first and not in_headline(span, text)


def _first_telling(
    t: Transfer, kept: list[Transfer], told_in_body: set[str], text: str, sourced: bool = False, plans: bool = False
) -> Transfer | None:
    """The body's first telling, kept apart, of the act a headline's record `t` sums up: the same
    parties and goods of a kind the headline names (or arms at large), told as a fact, an
    accusation or a party's own word. 「中国、ロシアに無人機部品を大量供給か」 over the lead 「米高官は、
    中国がロシアに無人機のエンジンや光学機器を供給しているとの見方を示した」 and a later 「部品は香港
    経由で…」: the lead, not the later detail the headline's words match, says how sure the story is.
    `sourced`: only a telling a claim is made of (a source's, not a summing-up told by no one);
    `plans`: a plan too (for a headline's bare act noun, see _bare_noun_act)."""
    if t.status not in _FACT:
        return None  # (a plan, a request or a denial in the headline keeps the telling it merges with)
    kinds = _kinds(t)
    told = _FACT | {"planned"} if plans and t.status == "reported" else _FACT
    for k in kept:
        if k is t or k.id not in told_in_body:
            continue
        if not (_same_filler(t.supplier, k.supplier) and _same_filler(t.recipient, k.recipient)):
            continue
        if in_headline(k.evidence[0], text):
            return None  # (the headline's other act has the body's first telling: this is another)
        if k.status not in told or (sourced and not k.claims):
            continue
        goods = _kinds(k)
        if not goods and kinds:
            continue  # (「兵器供与が続いている」: a summing-up of arms at large, not a telling of the goods)
        if not kinds or kinds & goods:
            return k
    return None


def merge_restated(transfers: list[Transfer], claims: list[Claim], text: str) -> None:
    """One record per distinct claim: a deal the headline, the lead and the body each tell is one
    transfer with each telling as evidence, its claims gathered on it."""
    kept: list[Transfer] = []
    told_in_body: set[str] = set()
    summarized: set[str] = set()  # headline records whose body so far only sums up arms in general
    for u in transfers:
        t = next((k for k in kept if _restates(k, u, claims, text)), None)
        if t is None:
            kept.append(u)
            if not in_headline(u.evidence[0], text):
                told_in_body.add(u.id)
            continue
        if _headline_host(t, u, text):
            t.recipient = u.recipient  # (the body's group, not the headline's state it fights in)
        if t.id not in told_in_body and not in_headline(u.evidence[0], text):
            # a headline's 「…輸出か」 or bare past is the desk's shorthand: the body says how sure it is,
            # where it first tells the parties' act (see _first_telling)
            t.status = (_first_telling(t, kept, told_in_body, text, plans=_bare_noun_act(t, text)) or u).status
            told_in_body.add(t.id)
            if not u.claims and all(_umbrella(i) for i in u.items):
                summarized.add(t.id)
        elif t.id in summarized and u.claims and not in_headline(u.evidence[0], text):
            # 「北朝鮮、ロシアへの兵器供与を拡大」「北朝鮮によるロシアへの兵器供与が広がっている。国家情報院は
            # …を送ったと分析した」: the headline and a lead that sums up arms in general, told by no one,
            # are the sourced claim under them in brief; the source says how sure it is
            t.status = (_first_telling(t, kept, told_in_body, text, sourced=True) or u).status
            summarized.discard(t.id)
        elif _hedged_by_source(t, u, claims, text) or _lead_hedged_below(t, u, claims, text):
            t.status = "alleged"

        t.items = _merge_items(*_headline_words_dropped(t, u, text), text)
        if u.date and (not t.date or len(u.date) > len(t.date)):
            t.date = u.date
        known = {p.entity.id for p in t.intermediaries if p.entity}
        t.intermediaries += [p for p in u.intermediaries if p.entity and p.entity.id not in known]
        legs = {(leg.origin and leg.origin.id, leg.destination and leg.destination.id) for leg in t.route}
        t.route += [
            leg for leg in u.route if (leg.origin and leg.origin.id, leg.destination and leg.destination.id) not in legs
        ]
        t.evidence += [e for e in u.evidence if e not in t.evidence]
        t.background = t.background and u.background
        for c in claims:
            if c.target == u.id:
                c.target = t.id
                t.claims.append(c.id)
    transfers[:] = kept


def headline_follows_body(transfers: list[Transfer], text: str) -> None:
    """A headline's act the body tells again, though as a record of its own (the headline's goods
    told by another word, its date or its teller told otherwise), is still the desk's shorthand of
    the body's telling: it is as sure as the body's first telling of the same parties and goods
    (「中国企業など制裁 ロシアへ部品輸出で」 over the charge 「…輸出されているとして…制裁対象に指定した」
    is an accusation; "Navy takes delivery of BrahMos battery" over the navy's own word is confirmed).
    A plan, a request or a denial in the headline keeps its own status. A Japanese headline's act
    ending on its bare noun (「アルゼンチン、デンマークの中古F16を24機購入」) names no tense: over a body
    that first tells a contract or a pledge, it is that plan."""
    for h in transfers:
        if h.status not in _FACT or not all(in_headline(e, text) for e in h.evidence):
            continue
        bare = h.status == "reported" and _bare_noun_act(h, text)
        body = next(
            (
                u
                for u in transfers
                if u is not h
                and not in_headline(u.evidence[0], text)
                and (u.status in _FACT or (bare and u.status == "planned"))
                and _same_filler(h.supplier, u.supplier)
                and _same_filler(h.recipient, u.recipient)
                and (
                    not h.items
                    or not u.items
                    or all(_umbrella(i) for i in h.items)
                    or _covered(h.items, u.items)
                    or _covered(u.items, h.items)
                    # ("sent 200 artillery pieces" over "is believed to have sent 200 artillery guns":
                    # goods of the same kind by another word, over a headline that tells its act
                    # plainly; a charge or a plea in the headline says more than another telling)
                    or (h.status == "reported" and bool(_kinds(h) & _kinds(u)))
                )
            ),
            None,
        )
        if body is not None:
            h.status = body.status


def _kinds(t: Transfer) -> set[str]:
    """The categories of a transfer's goods other than words for arms at large."""
    return {i.category for i in t.items if not _umbrella(i)}


# what a Japanese act noun ends on when a verb's tense follows it (「供与した」「輸出を拡大」「供与へ」)
_KANA_AFTER = re.compile(r"[\u3041-\u3096ー]")


def _bare_noun_act(t: Transfer, text: str) -> bool:
    """Whether a Japanese headline tells its act by a bare noun, no tense nor particle after it
    (「…を24機購入」「戦車供与相次ぐ」), which a plan and a deed may both be told by."""
    if t.trigger is None or _DEAL_OR_DEED.search(t.trigger.text) is None:
        return False
    return _KANA_AFTER.match(text, t.trigger.end) is None


# act nouns a deal and its deed are both told by (not 「到着」「受領」「引き渡し」, which only a deed is)
_DEAL_OR_DEED = re.compile(r"(?:供与|売却|輸出|購入|調達|導入|移転|提供)$")
