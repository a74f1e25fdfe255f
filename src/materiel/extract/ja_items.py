"""Japanese goods: parts, references back to goods listed before, listing sentences, parts found inside weapons."""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import Any

from materiel.extract.frame import Arg, ItemHit, Sentence, TriggerHit
from materiel.extract.quantities import QuantityMention
from materiel.gazetteer import Gazetteer
from materiel.lexicon import Trigger
from materiel.model import TRADE_GOODS, Entity, Mention, Quantity

CIVILIAN = re.compile(r"(?:民間|民生用?の?|民需用?の?|旅客)$")
NOT_ITEM = re.compile(
    # (「原子力潜水艦に関連した技術」: a translation's 関連した for 関連の)
    # (「原子力潜水艦の関連技術」「潜水艦関連技術」: know-how told as related to the goods)
    r"(?:に関する|関連の|の関連|関連|の|に関わる|に関連した|に関連する)?(?:技術|ノウハウ|製造技術|製造ライン|開発|生産)"
    r"|(?:の)?分野"  # 「宇宙・ミサイル分野の技術支援」: a field of know-how, not goods
    r"|の(?:対価|見返り|代金|代償)"  # 「兵器の対価として技術を受け取る」: goods paid for, not the act's
    # 無人機の情報, 船舶の位置情報: knowledge about goods, not goods
    r"|(?:に関する|関連の|の|に関わる)(?:位置|標的|目標|機密|技術)?(?:情報|データ|設計図)"
    r"|(?:庫|倉庫|工場|製造工場|施設|貯蔵施設|産業|メーカー)"  # 弾薬庫, 砲弾工場: a place, not goods
    r"|(?:製造)?(?:商社|専門商社|業者|販売会社|会社|企業)"  # 電子部品商社, ミサイル製造企業: a firm named by its trade
    r"|(?:社|公司)(?![会説員長])"  # 「厦門リンバッハ航空エンジン社は」: the firm's own name ends in its trade
    # 「弾道ミサイルの固体推進剤の原料となる過塩素酸ナトリウム」: what the goods are raw material for
    r"|の(?:[一-龯ァ-ヺー]{1,8}の)?(?:原料|原材料|材料)と(?:なる|なり|される)"
    r"|(?:を)?(?:搭載|装備)(?:可能|でき|型)"  # 核兵器を搭載可能な: what the goods can carry
    r"|移転(?:三|3|３)原則"  # 防衛装備移転三原則: the name of the export rules, not goods
    r"|以外"  # 「戦車以外にも戦闘機を購入する」: goods set aside, not the act's goods
    r"|禁輸(?!品)"  # 「武器禁輸監視作戦」: an embargo on the goods, not goods
    # 「検査したが、武器は見つからず」: goods a search did not find
    r"|(?:は|も)(?:一切|何も)?(?:見つから(?:ず|なかった|ない)|発見され(?:ず|なかった)|積まれていなかった)"
    # 「ロシアのミサイル・ドローン攻撃」: goods compounded with a strike name it (fired, not handed over;
    # 「供与された無人機で攻撃」 keeps its goods)
    r"|(?:・(?:ミサイル|ドローン|無人機|ロケット))?(?:攻撃|空爆|爆撃|襲撃)(?![ヘ機型用])"
)
_PARTS = re.compile(
    # (「Su30戦闘機の修理用の部品」: parts named by the work they serve)
    r"(?:のの?|用の|向けの|向け|用)?(?:(?:予備|修理|交換|補修|整備)(?:用の?)?)?"
    r"(?:部品|構成部品|構成品|部材|エンジン|電子部品|誘導装置|組み立てキット|キット|誘導システム"
    # (「弾道ミサイル用の誘導部品」「巡航ミサイルの推進装置」: parts named by what they do)
    r"|(?:誘導|制御|航法|推進)(?:部品|装置)"
    # (「弾道ミサイル関連の物資」: material for a weapon, not the weapon)
    r"|関連の?(?:物資|資材|機材|物品|品目))"
    r"(?:(?:及び|および|や|と)(?:予備|修理|交換|補修)部品)?"  # 「予備部品及び修理部品」: spare and repair parts
)
# 「ドローン部品」「ミサイル部品」: a parts word written straight on to its weapon, with no の or 用
_GLUED_PARTS = re.compile(r"(?:予備|修理|交換|補修)?(?:部品|構成部品|構成品|部材|電子部品)")
_MORE_PARTS = re.compile(r"(?:及び|および|や|と)(?:予備|修理|交換|補修)部品")
# (「FPVドローン用の中国製カメラ」: the goods' origin may stand between)
# (「ドローン用の光学センサー」: or a word of its kind written on to the goods word)
_FOR_SYSTEM = re.compile(r"[」』]?用の?(?:[一-龯ァ-ヺー]{1,8}製の?)?(?:[一-龯ァ-ヺー]{1,4})?")
_FOR_KIND = re.compile(r"用の?(?:[一-龯ァ-ヺー]{1,8}製の?)?(?:[一-龯ァ-ヺー]{1,4})?")
# 「無人機に搭載する熱画像カメラ」「ミサイルや無人機に使われる部品」: goods told by the weapons they go
# into, which are no goods of the act
# (「無人機の飛行制御に使われる」「ミサイルの運搬車両に転用可能な」「無人機の動力に転用できる」: or the
# function or part of them the goods serve)
_USED_IN = re.compile(
    r"[」』]?(?:の[一-龯ァ-ヺー]{1,8})?"
    # (「無人機転用可能なエンジン」: a headline drops the に before 転用)
    r"(?:に|(?=転用))(?:転用(?:できる|可能な|が可能な|される|された)|(?:搭載|使用|装着)(?:する|される|された|されている|している)|使(?:う|われる|われた|われている)"
    r"|用い(?:る|られる|られた|られている)|組み込(?:む|まれる|まれた|まれている))"
    # (「…に転用可能な大型トレーラーの部品」: the goods' make or the thing they are parts of may stand between)
    # (「…に転用可能な小型エンジン」「中古の」: so may a word of their size, grade or wear)
    r"(?:[一-龯ァ-ヺー]{1,8}製の?|[一-龯ァ-ヺー]{1,8}の|(?:小型|大型|超小型|高性能|高出力|中古)(?:の|な)?)?"
)
# (「弾道ミサイルの発射台に転用可能な」: or the weapon the platform is of)
_PLATFORMS_LISTED = re.compile(r"[」』]?(?:や|と|・|の)")
# 「「IRIS-T SLM」の発射機」「パトリオットの発射台」: a launcher told as a named system's
_OF_SYSTEM = re.compile(r"[」』]?の")
_LAUNCHERS = frozenset({"発射機", "発射台", "発射装置", "ランチャー", "ミサイル発射機", "移動式発射台"})
_ITEM_COREF = re.compile(r"同(?:ミサイル|機|戦車|システム|無人機|ドローン|艦|砲|兵器)")


def parts_and_references(
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
            # (nor goods that are trade goods themselves: 「工作機械とドローン用の電子部品」 lists two)
            # (nor goods before a parts word written on to its weapon, 「弾薬とドローン部品」: the
            # compound is one item of a list of two, where 「弾薬やドローンの部品」 shares its の)
            while (
                not _GLUED_PARTS.match(m.group())
                and out
                and text[out[-1].end : it.start] in ("や", "と", "及び", "および")
                and out[-1].entity is None
                and out[-1].category not in TRADE_GOODS
            ):
                prev = out.pop()
                it.start = prev.start
            out.append(it)
            continue
        if out and out[-1].start <= it.start and it.end <= out[-1].end:
            continue
        if (
            out
            and out[-1].entity is not None
            and text[it.start : it.end] in _LAUNCHERS
            and _OF_SYSTEM.fullmatch(text, out[-1].end, it.start)
        ):
            out[-1].end = it.end
            continue
        # 「「パトリオット」用の迎撃ミサイル」: goods made for a named system are those goods (as
        # 「HIMARS用ロケット弾」 is), also past a closing bracket or with の
        # (and so are goods for a kind of weapon: 「無人艇用の爆発物」「戦車用の砲弾」)
        if it.entity is None and _platforms_of(text, out, it):
            out.append(it)
            continue
        system = (
            out[-1]
            if out and (out[-1].entity is not None or _FOR_KIND.fullmatch(text, out[-1].end, it.start))
            else None
        )
        if system is not None and it.entity is None and _FOR_SYSTEM.fullmatch(text, system.end, it.start):
            system.end, system.category, system.entity = it.end, it.category, None
            continue
        # 「熱画像カメラモジュール」: a generic goods word written on to another is the head of one
        # compound, not a second item
        if out and out[-1].end == it.start and out[-1].entity is None and it.entity is None:
            out[-1].end, out[-1].category = it.end, it.category
            continue
        if it.category == "components" and (more := _MORE_PARTS.match(text, it.end)) is not None:
            it.end = more.end()
        if _class_of_included(text, it, out):
            continue
        if it.entity is None and _ITEM_COREF.fullmatch(text[it.start : it.end]):
            earlier = [e for mm, e in weapon_mentions if mm.end <= it.start]
            if earlier:
                it.entity, it.category = earlier[-1], earlier[-1].category or it.category
        out.append(it)
    return out


def _platforms_of(text: str, out: list[ItemHit], it: ItemHit) -> bool:
    """Drop from `out` the weapons goods `it` are told to go into (「ミサイルや無人機に使われる部品」,
    「同機に搭載するエンジン」): the goods are the parts, not the weapons; whether any were dropped."""
    if not out or out[-1].end > it.start or not _USED_IN.fullmatch(text, out[-1].end, it.start):
        return False
    last = out.pop()
    while out and out[-1].category not in TRADE_GOODS and _PLATFORMS_LISTED.fullmatch(text, out[-1].end, last.start):
        last = out.pop()
    return True


# 「ロシア軍が使う無人機に、中国製の部品が組み込まれている」「生産ラインに、…調達された電子部品が
# 使われている」: a weapon (or plant) told with に before the parts the clause says go into it
_HOST_GAP = re.compile(r"[」』]?に、?[^、。「」]{0,40}?")
_PARTS_USED = re.compile(r"(?:など)?(?:が|も|は)[^、。]{0,16}?(?:使われ|組み込まれ|搭載され|使用され|用いられ|含まれ)")
# 「露の無人機に中国製エンジン」: a headline drops the verb; the parts' make may stand between
_HOST_HEADLINE_GAP = re.compile(r"[」』]?に(?:[一-龯ァ-ヺー]{1,8}製の?)?")
_HEADLINE_BREAK = re.compile(r"[ 　]|\n|$")


def hosts_of_parts(sentence: Sentence, text: str) -> None:
    """Drop the goods parts are told as going into (「ロシア軍が使う無人機に、中国製の部品が大量に組み込まれ
    ている」, the headline's 「露の無人機に中国製エンジン」): the parts are the goods, the weapon or plant
    that holds them is none. (Run after `found_inside`, which reads whose weapon held them.)"""
    items = sorted(sentence.items, key=lambda i: i.start)
    hosts: list[ItemHit] = []
    for host, parts in itertools.pairwise(items):
        if parts.category != "components" or host.category == "components" or host.end > parts.start:
            continue
        if (_HOST_GAP.fullmatch(text, host.end, parts.start) and _PARTS_USED.match(text, parts.end)) or (
            _HOST_HEADLINE_GAP.fullmatch(text, host.end, parts.start) and _HEADLINE_BREAK.match(text, parts.end)
        ):
            hosts.append(host)
    if hosts:
        sentence.items = [it for it in sentence.items if not any(it is h for h in hosts)]


# 「S400を含む防空システム」「「シャヘド136」など自爆型無人機を含む」: a clause of including between a
# named system and the generic word for its kind
_INCLUDING = re.compile(r"[」』]?(?:など|等)?を含む(?:、)?")


def _class_of_included(text: str, it: ItemHit, before: list[ItemHit]) -> bool:
    """「ロシアは北朝鮮にS400を含む防空システムを提供した」: the generic word a named system is said to
    be part of only names its kind; the named system is the goods (as "air defence systems
    including the S-400" gives the S-400)."""
    if it.entity is not None or not before:
        return False
    named = before[-1]
    return (
        named.entity is not None
        and named.category == it.category
        and _INCLUDING.fullmatch(text, named.end, it.start) is not None
    )


# 「これらの武器」「こうした兵器」: the goods just listed, told again as a whole
_ANAPHOR = re.compile(r"(?:これら|それら|こうした|これらの|それらの|上記の)(?:大量の|多数の|多くの|全ての|すべての)?$")
_UMBRELLA_WORDS = frozenset(
    {"武器", "兵器", "武器類", "兵器類", "軍事装備", "軍事装備品", "装備品", "軍事物資", "軍需物資", "武器弾薬"}
)


def refer_back(text: str, items: list[ItemHit], earlier: list[Sentence]) -> list[ItemHit]:
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


# 「これらが」「それらの一部は」: the goods just told, as the subject of the sentence that opens on them
# (「同軍は、これらの貨物が」「押収品は」: or as the cargo seized, after the speaker's topic)
# (「軍は出所を明らかにしていないが、イスラエル軍は、これらは」「当局者によると、これらは」: after a
# clause set against it or a source)
_GOODS_PRONOUN = re.compile(
    r"(?:[^。「」]{1,40}?(?:ないが|ものの|によると|によれば)、)?"
    r"(?:[^、。「」]{1,16}は、)?\s*(?:(?:これら|それら)(?:の(?:一部|多く|大半|貨物|積み荷|荷))?"
    r"|(?:これらの|それらの|この|その)(?:貨物|積み荷)|押収(?:品|物)(?:の(?:一部|多く|大半))?)(?:は|が|も)"
)


def goods_pointed_back(sentence: Sentence, earlier: list[Sentence]) -> bool:
    """「韓国は米国に砲弾50万発を貸与した。これらが米国を経由してウクライナに渡ったとみられる」: a
    sentence that opens on これら (or on the cargo seized: 「これらの貨物は」「押収品は」) and tells an
    act with no goods of its own moves the goods of the sentence before (their count, told there, is
    not this act's). Whether it did."""
    m = _GOODS_PRONOUN.match(sentence.text)
    if m is None or sentence.items or not earlier or not earlier[-1].items:
        return False
    at = sentence.start + m.end()
    ti = next(
        (
            i
            for i, h in enumerate(sentence.triggers)
            if h.start >= at and h.trigger.direction in ("give", "move") and not h.negated
        ),
        None,
    )
    if ti is None:
        return False
    sentence.items = [
        dataclasses.replace(x, trigger=ti, direct=True, quantity=None) for x in earlier[-1].items if not x.umbrella
    ]
    return True


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


# the words for what a craft or shipment carries (both passes below that take up a load told apart)
_CARGO_NOUNS = r"積み荷|積荷|貨物"
# 「積み荷は砲弾」「コンテナには砲弾が積まれている」: what a craft told before carries
_LOAD = r"(?:" + _CARGO_NOUNS + r"|荷物|コンテナ)(?:は|には|の中身は)|積まれ|積み込まれ|積載され"
# 「押収品の中には…も含まれていた」「積み荷には…も含まれていたという」: a sentence opening on the
# cargo just told (after its source) that adds goods to it
_CARGO_ALSO = re.compile(
    r"(?:[^、。]{1,20}?(?:によると|によれば|によりますと)[、，]\s*)?"
    r"(?:(?:" + _CARGO_NOUNS + r"|押収品|押収物)(?:の中)?(?:には|に)[^。]*?も(?:また)?含まれ"
    # (「押収品には…などが含まれていた」: what was seized is the lot just told, listed whole)
    r"|(?:押収品|押収物)(?:の中)?(?:には|に)[^。]*?が含まれ)"
)
# 「対象は…など」「内訳は…」「…が含まれる」: a sentence that lists what a deal covers (「…は合意に
# 含まれていない」 says what it leaves out)
_LISTING = re.compile(
    r"(?:対象|内訳|中身|内容|品目)(?:は|には)|含まれ(?!(?:てい)?な|ておらず|ず|ません)|含む|"
    + r"(?P<cargo>"
    + _LOAD
    + ")"
)


def goods_listed_after(text: str, sentences: list[Sentence]) -> None:
    """「米国は台湾への武器売却を承認した。対象は対艦ミサイル100基など。」: goods listed in a
    sentence that names no party are those of the act just told, when that act named its parties
    but no goods of its own (or only a word for arms as a whole); 「…貨物船が港にコンテナを運び込んだ。
    積み荷は砲弾とみられる。」: a shipment's cargo guessed at makes the shipment a guess."""
    for prev, cur in itertools.pairwise(sentences):
        # (a source the sentence cites, 「国防総省によりますと」, is no party of its own)
        cited = (cur.attribution.speaker, cur.attribution.outlet) if cur.attribution else ()
        own = [a for a in cur.parties if not any(c is not None and c.start == a.start for c in cited)]
        listing = _LISTING.search(cur.text)
        if listing is not None and listing["cargo"]:
            # (「積み荷には…が含まれ、部隊は「イランで製造されたものだ」としています」: a state told as
            # the cargo's make is no party of the sentence's own)
            own = [a for a in own if not _MADE_IN_AFTER.match(text, a.end)]
        also = _CARGO_ALSO.match(cur.text) is not None
        if also:  # (the parties a cargo's sentence took from the one before are no parties of its own)
            own = [a for a in own if a.entity is None or not any(_same_party(a, b) for b in prev.parties)]
        if not cur.items or own or not prev.triggers or listing is None:
            continue
        # (「…に巡視艇を供与する。…巡視艇3隻と関連機材が含まれる」: the goods told again, now counted)
        listed = [text[it.start : it.end] for it in cur.items]
        told_again = [it for it in prev.items if _listed_again(text[it.start : it.end], listed)]
        # (「…部品を押収した。押収品の中には…エンジンも含まれていた」: a cargo's further goods join
        # those already told)
        if "\n\n" in text[prev.end : cur.start] or (
            not also
            and any(
                (it.entity is not None or text[it.start : it.end] not in _UMBRELLA_WORDS)
                and not any(it is t for t in told_again)
                for it in prev.items
            )
        ):
            continue
        acts = [a.trigger for a in prev.parties if a.trigger is not None and a.direct]
        if listing["cargo"] and not acts:  # (a craft's journey: its ends are told by order too)
            acts = [a.trigger for a in prev.parties if a.trigger is not None]
        if listing["cargo"] and not acts:  # (or by its ports alone: 「羅津港を出港し、…港に入港した」)
            acts = [p.trigger for p in prev.places if p.trigger is not None and p.case in ("source", "goal")]
        if listing["cargo"] and not acts:  # (or by the goods it moved: 「…に向けて密輸されようとしていた武器」)
            acts = [it.trigger for it in prev.items if it.trigger is not None]
        if not acts:
            continue
        ti = acts[0]
        if also:  # (the cargo's further goods go with the act that moved those told)
            ti = next((it.trigger for it in prev.items if it.trigger is not None), ti)
        if (listing["cargo"] or also) and "alleged" in cur.statuses and prev.triggers[ti].status in (None, "reported"):
            prev.triggers[ti].status = "alleged"  # (「…が積まれているとみられる」: the load is inferred)
        if cur.triggers and any(it.trigger is not None for it in cur.items):
            cur.triggers = []  # 「HIMARS4基を新たに供与する」: the act told again, its goods now the deal's
        # (a cargo's further goods stand as the goods told stand: by the parse or by order only)
        direct = not also or all(it.direct for it in prev.items if it.trigger == ti)
        moved = [dataclasses.replace(it, trigger=ti, direct=direct) for it in cur.items]
        prev.items = [
            it
            for it in prev.items
            if text[it.start : it.end] not in _UMBRELLA_WORDS and not any(it is t for t in told_again)
        ] + moved
        cur.items = []


# 「…を拿捕した。積荷の多くはイランで製造されたものとみられる」「兵器はイラン製とみられる」: the
# cargo just told (or a share of it), said in the next sentence to be made in a state
_CARGO_OPENING = re.compile(
    r"(?:[^、。]{1,20}?(?:によると|によれば)[、，]\s*)?[^。]*?"
    r"(?:その|これらの?|それらの?|" + _CARGO_NOUNS + r"|押収品|押収物|兵器|武器)"
    r"(?:の)?(?:多く|大半|大部分|一部|すべて|全て|ほとんど)?(?:は|が|も)[、，]?$"
)
_MADE_IN_AFTER = re.compile(r"(?:で(?:製造|生産|製作)(?:された|され|されて)|製|産)(?:の?もの|だ|と|で|である)?")


def made_in_told_after(text: str, sentences: list[Sentence]) -> None:
    """「米軍はフーシ派向けの兵器を積んだ船を拿捕した。その多くはイランで製造されたものとみられる」:
    goods of a seized or shipped cargo told with their receiver only, then said in the next sentence
    (on the cargo, or a share of it) to be made in one state, are of that state's make, and so are
    the goods the second sentence lists in the cargo; the state is no party of that sentence's own."""
    for prev, cur in itertools.pairwise(sentences):
        goods = [it for it in prev.items if it.trigger is not None and it.origin is None]
        if not goods or "\n\n" in text[prev.end : cur.start] or any(it.origin is not None for it in prev.items):
            continue
        acts = {it.trigger for it in goods}
        if any(a.trigger in acts and a.case in ("subj", "topic", "source", "agent") for a in prev.parties):
            continue  # (the giver is told: the make is no more than the make)
        made = [
            a
            for a in cur.parties
            if a.entity is not None
            and a.entity.type == "country"
            and _MADE_IN_AFTER.match(text, a.end)
            and _CARGO_OPENING.search(text, cur.start, a.start)
        ]
        if len({a.entity.id for a in made if a.entity is not None}) != 1:
            continue
        # (a sentence naming parties of its own tells more than the make; a source it cites,
        # 「中央軍によると」, is none)
        cited = (cur.attribution.speaker, cur.attribution.outlet) if cur.attribution else ()
        own = [a for a in cur.parties if not any(c is not None and c.start == a.start for c in cited)]
        if any(a.entity is not None and a not in made for a in own):
            continue
        for it in goods + [it for it in cur.items if it.origin is None]:
            it.origin = made[0].entity
        cur.parties = [a for a in cur.parties if a not in made]


def _same_party(a: Arg, b: Arg) -> bool:
    """Whether two arguments name one party (「フーシ派」 told again as 「フーシ」)."""
    return a.entity is not None and b.entity is not None and a.entity.id == b.entity.id


def _listed_again(word: str, listed: list[str]) -> bool:
    """「巡視艇」 listed again as 「巡視艇」 or 「高速巡視艇」 (a word of the list ending in it)."""
    return any(w == word or w.endswith(word) or word.endswith(w) for w in listed)


def _arrival_with_no_giver(s: Sentence) -> tuple[int | None, list[Arg]]:
    """The one act of a sentence with goods, one receiver and no giver (the goods' make aside), and
    its receiver: 「米国製F16戦闘機がウクライナに到着した」, or a receipt told by its taker with no
    source, 「ウクライナは先月、F16戦闘機を受け取った」."""
    acts = {it.trigger for it in s.items if it.trigger is not None}
    if len(acts) != 1:
        return None, []
    ti = next(iter(acts))
    own = [a for a in s.parties if a.trigger == ti]
    cases: tuple[str, ...] = ("goal", "goal-gen")
    hit = s.triggers[ti] if ti < len(s.triggers) else None
    if hit is not None and hit.trigger.direction == "receive" and not hit.passive and not hit.negated:
        cases = ("goal", "goal-gen", "subj", "topic")
    goals = [a for a in own if a.case in cases]
    if len(goals) != 1 or any(a.case not in (*cases, "origin") for a in own):
        return None, []
    return ti, [dataclasses.replace(goals[0], case="goal")]


def givers_told_after(text: str, sentences: list[Sentence]) -> None:
    """「F16戦闘機がウクライナに到着した。最初の機体はデンマークとオランダから届いた」: an arrival told
    with no giver (or only the goods' make, 米国製), then a sentence telling only where they came
    from: the goods and the receiver of the first are the second's, and its givers give them."""
    for k, cur in enumerate(sentences):
        if cur.items or len(cur.triggers) != 1:
            continue
        hit = cur.triggers[0]
        # (「これらはデンマークとオランダが供与したものだ」: or those who gave them, told as the doers;
        # not funders, 「ノルウェーもこのスキームに資金提供をする予定だ」: money is no goods)
        doers = ("source", "subj", "topic") if hit.trigger.direction == "give" and not hit.passive else ("source",)
        givers = [a for a in cur.parties if a.case in doers and a.direct and a.trigger == 0]
        if text[max(0, hit.start - 2) : hit.start] == "資金":
            continue
        if hit.negated or hit.trigger.direction not in ("move", "give") or not givers:
            continue
        if len(givers) != len(cur.parties):
            continue
        # (the arrival may lie two sentences back in the paragraph: 「…到着した。大統領は…と宣言した。
        # 最初の機体は…から届いた」)
        for prev in reversed(sentences[max(0, k - 2) : k]):
            ti, goals = _arrival_with_no_giver(prev)
            if ti is not None and "\n\n" not in text[prev.end : cur.start]:
                break
        else:
            continue
        cur.items = [dataclasses.replace(it, trigger=0, direct=True) for it in prev.items if it.trigger == ti]
        cur.parties.append(dataclasses.replace(goals[0], trigger=0, direct=True))
        told = prev.triggers[ti].dates
        told = prev.dates if told is None else told
        cur.dates = told + cur.dates
        hit.dates = None if hit.dates is None else told + hit.dates
        prev.items = [it for it in prev.items if it.trigger != ti]


# 「内訳はデンマーク19機、オランダ24機」「ドイツが18両、ポーランドが14両」: a state and its share, by count
_SHARE_AFTER = re.compile(r"(?:が|は|から)?[ \u3000]?(?:約|計|少なくとも)?(?=[0-9０-９一二三四五六七八九十百千万数])")
_BREAKDOWN = re.compile(r"内訳は|(?:の内訳|の配分)(?:は|では)")


def shares_by_state(text: str, sentences: list[Sentence], quantities: list[Any]) -> None:
    """「各国は戦闘機80機の供与を約束しており、内訳はデンマーク19機、オランダ24機とされる」: the
    goods of an act told without its givers, then shared out among states by count (in its own
    sentence or the next), come from each state, in its share."""
    for k, cur in enumerate(sentences):
        cue = _BREAKDOWN.search(text, cur.start, cur.end)
        if cue is None:
            continue
        shares: list[tuple[Arg, Any]] = []
        for a in cur.parties:
            if a.start < cue.end() or a.entity is None or a.entity.type != "country":
                continue
            m = _SHARE_AFTER.match(text, a.end)
            q = m and next((q for q in quantities if q.start == m.end()), None)
            if q is not None:
                shares.append((a, q))
        if len({a.entity.id for a, _ in shares if a.entity is not None}) < 2:
            continue
        # the act shared out: the sentence's own before the list, else the last of the sentence before
        target, acts = cur, [i for i, h in enumerate(cur.triggers) if h.end <= cue.start()]
        if not acts and k > 0 and "\n\n" not in text[sentences[k - 1].end : cur.start]:
            target, acts = sentences[k - 1], list(range(len(sentences[k - 1].triggers)))
        goods = [it for it in target.items if acts and it.trigger == acts[-1]]
        if not acts or not goods or target.triggers[acts[-1]].trigger.direction not in ("give", "move"):
            continue
        ti = acts[-1]
        if any(a.trigger == ti and a.case in ("subj", "topic", "source", "agent") and a.entity for a in target.parties):
            continue  # (the givers are told: the list shares out what they gave)
        one = next((it for it in goods if it.entity is not None), goods[0])  # (the named goods, if any)
        target.items = [it for it in target.items if it.trigger != ti] + [
            dataclasses.replace(one, trigger=ti, direct=True, quantity=q.quantity, origin=a.entity) for a, q in shares
        ]
        for a, _ in shares:
            if target is cur:
                a.case, a.trigger, a.direct = "origin", ti, True
            else:
                cur.parties.remove(a)
                target.parties.append(dataclasses.replace(a, case="origin", trigger=ti, direct=True))


_WEAPON_CATEGORIES = {"missile", "drone", "air-defence", "armoured-vehicle", "aircraft", "naval", "rocket-launcher"}


_USED_BY = re.compile(r"が(?:使用|使っ|使う|運用|発射|投入)[^、。がをに]{0,8}")
_FOUND_IN = re.compile(r"見つか|発見さ|発見し|確認さ|使われ|使用さ|搭載さ|組み込まれ|含まれ|検出さ")


def found_inside(sentence: Sentence, text: str) -> None:
    """「北朝鮮製ミサイルの残骸から米国製の部品が見つかった」: parts found in a state's weapon reached
    that state; their supplier is the parts' own origin when the text gives one (else unknown)."""
    found = _FOUND_IN.search(sentence.text)
    if found is None:
        return
    cue = (sentence.start + found.start(), sentence.start + found.end())
    parts = [it for it in sentence.items if it.category in TRADE_GOODS]
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


# 「3個中隊分を輸出する」「最初の10両が到着した」: a count with no goods word, as an argument
_BARE_COUNT = re.compile(r"(?:中隊分|大隊分|基分|分)?(?:を|が|は|も)")
_RANK = re.compile(r"目(?:の[^、。]{0,6}?)?(?:を|が|は|も)")
# a batch told by its turn (第1弾, 第2陣, 初回分) or as what is left (残り, 残る分), opening a clause
# (「1番艦は」「2号機は」「最初の部隊分は」: a ship, an aircraft or a unit's share told by its turn)
BATCH_WORD = (
    r"第[0-9０-９一二三四五六七八九十]+(?:弾|陣|便|次分|回分|回目)|初回分|初号機|残り(?:の分)?|残る分|残余"
    r"|[0-9０-９一二三四五六七八九十]+(?:番艦|号艦|号機)|最初の(?:艦|部隊分|中隊分|バッチ|ロット)"
)
_BATCH = re.compile(r"(?:^|(?<=[、。\s　」]))(?P<word>" + BATCH_WORD + r")(?:は|が|も)")
# a count in figures or in words (12, 数十, 十数)
_COUNT_WORD = r"(?:[0-9０-９]+|数[十百千]?|[十百千]数|[一二三四五六七八九十百千]+)"
# a lot counted with its turn: 「次の42両」「残りの28両」「第2陣の40両」「最初の数十発」 (not 「3隻の貨物船、2隻は」)
_LOT_COUNTED = re.compile(r"(?:最初|次|続く|" + BATCH_WORD + r")の?" + _COUNT_WORD + r"(?:基|機|両|輌|隻|門|発)")
# the whole of the goods told before (全車両, 全機, 全量, すべて), as an argument or an adverb
_WHOLE = re.compile(
    r"(?:^|(?<=[、。\s　」にでまは]))"
    r"(?P<word>全(?:車両|機|艦|隻|基|門|両|量|数)|(?:すべて|全て|全部)(?!の))(?:が|は|も|を)?"
)


def counted_goods(text: str, sentence: Sentence, quantities: list[Any], earlier: list[Sentence]) -> None:
    """「両国は…3個中隊分を輸出する契約を結んでいた」: an act whose goods are only counted, with no
    word for them, is of the goods told last (in the last sentences that named any); they take
    the count."""
    if sentence.items:
        _topic_counted_after(text, sentence, quantities)
        _counted_in_clause(text, sentence, quantities)
        return
    if not sentence.triggers:
        return
    counts = [
        q
        for q in quantities
        if sentence.start <= q.start < sentence.end
        and (_BARE_COUNT.match(text, q.end) or _counts_the_act(text, q.end, sentence, earlier))
    ]
    # 「2基目は昨年4月に納入された」: a batch told by its rank is of the goods told last; the rank
    # is no count of them
    ranks = [q for q in quantities if sentence.start <= q.start < sentence.end and _RANK.match(text, q.end)]
    ranked = not counts and bool(ranks)
    units = {q.quantity.unit for q in counts}
    told = _told_for(earlier, units.pop() if len(units) == 1 else None)
    goods = [it for it in told if it.entity is not None or text[it.start : it.end] not in _UMBRELLA_WORDS]
    # 「1基目は2022年10月に到着し、2基目は翌年3月に引き渡された」「第1陣は…到着し、第2陣も…」: lots told
    # by rank or turn, each with a verb of its own, are each a lot of the goods told last
    lots = [] if counts else ranks + [_batch_lot(m) for m in _BATCH.finditer(text, sentence.start, sentence.end)]
    if len(lots) > 1 and len(goods) == 1 and len(lots) == len(sentence.triggers):
        _batch_per_clause(text, sentence, sorted(lots, key=lambda q: q.start), goods[0], counted=False)
        return
    if ranked:  # (「2基目は4月に、3基目は翌年初めに」: the first rank stands for the goods)
        counts = ranks[:1]
    # 「第1弾は年内に、残りは来年前半までに送られる」: a batch named by its turn or as the rest
    # (no count at all) is of the goods told last, as a rank is
    batch = None if counts else _BATCH.search(text, sentence.start, sentence.end)
    if batch is not None:
        counts, ranked = [_batch_lot(batch)], True
    whole = None if counts else _whole_lot(text, sentence)
    if whole is not None:
        # 「全車両が引き渡された」: the whole lot told before, with the count it was told with
        quantity = told[0].quantity if len(told) == 1 else None
        counted = quantity is not None
        quantity = quantity or Quantity(None, whole["word"])
        counts, ranked = [QuantityMention(whole.start(), whole.end(), quantity)], not counted
    if len(counts) > 1 and len(goods) == 1:
        _batch_per_clause(text, sentence, counts, goods[0])
        return
    if not counts and _bare_head_noun(text, sentence, earlier):
        return
    if len(counts) != 1 or not goods:
        return
    ti = next((i for i, h in enumerate(sentence.triggers) if h.start >= counts[0].end), len(sentence.triggers) - 1)
    one = len({(it.entity.id if it.entity else it.category) for it in goods}) == 1
    sentence.items = [
        dataclasses.replace(it, trigger=ti, direct=True, quantity=counts[0].quantity if one and not ranked else None)
        for it in goods[: 1 if one else len(goods)]
    ]


# a bare head noun for a craft, a ship or a vehicle standing for the goods told before (「機体を受け取った」
# 「最初の機体は」「車両は今月到着した」「艦は来年引き渡される」), with the counter of the goods it fits
_HEAD_NOUN = re.compile(r"(?:^|(?<=[、。\s　」の]))(?P<noun>機体|艦|艇|車両)(?:は|が|も|を)")
_HEAD_UNIT = {"機体": "機", "艦": "隻", "艇": "隻", "車両": "両"}


def _bare_head_noun(text: str, sentence: Sentence, earlier: list[Sentence]) -> bool:
    """「オランダはF16を供与した。ウクライナ空軍は先月、機体を受け取った」: an act whose goods are
    only a bare 機体 (艦, 艇, 車両) is of the goods of that kind told last (the named system); none
    where the goods told before are of another kind. Whether it was."""
    m = _HEAD_NOUN.search(text, sentence.start, sentence.end)
    # (a lot naming where it came from, 「最初の機体はデンマークから届いた」, gives the arrival told
    # before its giver: see `givers_told_after`)
    if m is None or any(a.case == "source" for a in sentence.parties):
        return False
    kinds = _COUNTED_KINDS[_HEAD_UNIT[m["noun"]]]
    goods = [it for it in _told_for(earlier, _HEAD_UNIT[m["noun"]]) if it.category in kinds]
    ti = next((i for i, h in enumerate(sentence.triggers) if h.start >= m.end()), None)
    if not goods or ti is None:
        return False
    sentence.items = [dataclasses.replace(it, trigger=ti, direct=True, quantity=None) for it in goods]
    return True


# 「24機すべて」「14両全部」: a count said to be the whole of the goods
_ALL_OF_COUNT = re.compile(r"(?:すべて|全て|全部)(?=の)")


# the goods a counter counts where it counts few kinds: 両 vehicles (tanks, launchers and guns on
# wheels or tracks), 隻 ships, 機 aircraft
_VEHICLES = {"armoured-vehicle", "rocket-launcher", "other"}
_COUNTED_KINDS = {
    "両": _VEHICLES,
    "輌": _VEHICLES,
    "隻": {"naval"},
    "機": {"aircraft", "drone"},
}


# 「最終候補に残ったドイツのMEKO A200は退けられた」: goods a buyer turned down in a tender
_TURNED_DOWN = re.compile(r"退けられ|敗れ|落選|選ばれなかっ|不採用|採用されなかっ|選に漏れ")


def _told_for(earlier: list[Sentence], unit: str | None) -> list[ItemHit]:
    """The goods told last, those the counter of a bare count fits: 「レオパルト2A4十数両を送る。パッケ
    ージには砲弾も含まれる。スペインは昨年4月に最初の6両を送っている」 counts the tanks, not the shells
    told in between (the goods told last where none told before fit); not goods told as turned down
    (「…の護衛艦を選んだ。ドイツのMEKO A200は退けられた。計11隻を調達する」 counts the ones chosen)."""
    told = [s.items for s in reversed(earlier) if s.items and not _TURNED_DOWN.search(s.text)]
    kinds = _COUNTED_KINDS.get(unit or "")
    if kinds is None or not told:
        return told[0] if told else []
    return next((items for items in told[:3] if any(it.category in kinds for it in items)), told[0])


def _counts_the_act(text: str, end: int, sentence: Sentence, earlier: list[Sentence]) -> bool:
    """「ポーランドは…MiG29を供与した。スロバキアも13機の引き渡しを進めている」: a count with no goods
    word qualifying the noun of an act that another party does too (も) beside those told before
    counts the goods told before, handed over anew (a lot with no such party, 「12機の引き渡しは
    来年に終わる」, is the act told before, going on; a lot told by its turn, 「最初の12機の受領を
    終えている」, is a lot of its own)."""
    counted_end = end
    # (「24機すべての引き渡しを終えた」: the whole of the count, said after it)
    if (whole := _ALL_OF_COUNT.match(text, end)) is not None:
        end = whole.end()
    if not text.startswith("の", end):
        return False
    ti = next((k for k, h in enumerate(sentence.triggers) if h.nominal and h.start == end + 1), None)
    told = next((s for s in reversed(earlier) if s.items), None)
    if ti is None or told is None:
        return False
    if any(m.end() == counted_end for m in _LOT_COUNTED.finditer(text, sentence.start, counted_end)):
        return True
    doers = [a for a in sentence.parties if a.trigger == ti and a.case in ("subj", "topic") and a.entity is not None]
    before = {a.entity.id for a in told.parties if a.entity is not None}
    return bool(doers) and all(
        a.entity is not None and a.entity.id not in before and text.startswith("も", a.end) for a in doers
    )


def _whole_lot(text: str, sentence: Sentence) -> re.Match[str] | None:
    """「国防省によると、今月までに全車両が引き渡された」「すべて引き渡された」: the whole of the goods
    told before, named by 全 and their counter or by すべて, before the act it undergoes."""
    m = _WHOLE.search(text, sentence.start, sentence.end)
    if m is None or not any(h.start >= m.end() and h.start - m.end() <= 12 for h in sentence.triggers):
        return None
    return m


def _batch_lot(m: re.Match[str]) -> QuantityMention:
    """A lot named by its turn or as the rest (第2陣, 残り): no count of the goods."""
    return QuantityMention(m.start(), m.end(), Quantity(None, m["word"]))


def _batch_per_clause(
    text: str, sentence: Sentence, counts: list[Any], goods: ItemHit, *, counted: bool = True
) -> None:
    """「最初の6機は昨年10月に到着し、残りの5機は今月引き渡された」: batches counted each in its own
    clause, with a verb of its own, are each a lot of the goods told last (a rank or turn, not
    `counted`, gives them no count)."""
    hits = sentence.triggers
    owners = [next((i for i, h in enumerate(hits) if h.start >= q.end), None) for q in counts]
    if len(hits) == 1 and owners == [0] * len(counts) and _LOT_COUNTED.search(text, sentence.start, sentence.end):
        # 「次の42両は7月に、残りの28両は来年に届く」: batches gapped on one verb are of the goods
        # told last; `split_batches` gives each its own act, count and date
        sentence.items = [dataclasses.replace(goods, trigger=0, direct=True, quantity=None)]
        return
    if None in owners or len(set(owners)) != len(counts) or len(hits) != len(counts):
        return
    sentence.items = [
        dataclasses.replace(goods, trigger=ti, direct=True, quantity=q.quantity if counted else None)
        for q, ti in zip(counts, owners, strict=True)
    ]


# 「ハイマースは」「M1A2T戦車は」: goods set as the clause's topic
_GOODS_TOPIC = re.compile(r"[」』]?(?:は|も)、?")


def _topic_counted_after(text: str, sentence: Sentence, quantities: list[Any]) -> None:
    """「ハイマースは昨年11月までに最初の11基が台湾に届き」「M1A2T戦車は…第1陣の38両が陸揚げされ」:
    goods set as the topic, then counted as the subject of their act (its first lot, its first
    batch), take that count."""
    hits = sentence.triggers
    for n, it in enumerate(sentence.items):
        if it.quantity is not None or it.trigger is None or not _GOODS_TOPIC.match(text, it.end):
            continue
        if not 0 <= it.trigger < len(hits):
            continue  # (a negative index: goods hung on no act of this sentence)
        act = hits[it.trigger]
        if any(h.start > act.start for h in hits):
            continue  # (「…最初の11基が届き、残る18基も…」: a later act may be of another lot)
        counts = [
            q
            for q in quantities
            if it.end < q.start and q.end <= act.start and text.startswith("が", q.end)
            and not any(c in text[q.end : act.start] for c in "、。")
            and not any(o.start <= q.start < o.end for o in sentence.items)
        ]  # fmt: skip
        others = [o for o in sentence.items if o is not it and it.end <= o.start < act.start]
        if len(counts) == 1 and not others and "。" not in text[it.end : act.start]:
            sentence.items[n] = dataclasses.replace(it, quantity=counts[0].quantity)


def _counted_in_clause(text: str, sentence: Sentence, quantities: list[Any]) -> None:
    """「ロシアは2021年にS400の引き渡しを始め、インドは昨年までに3基を受け取った」: a second act of
    the sentence whose goods are only counted in its own clause is of the goods the first named."""
    hits = sentence.triggers
    for ti, hit in enumerate(hits):
        if any(it.trigger == ti for it in sentence.items):
            continue
        clause_start = max((h.end for h in hits[:ti]), default=sentence.start)
        counts = [
            q
            for q in quantities
            if clause_start <= q.start and q.end <= hit.start and _BARE_COUNT.match(text, q.end)
            and not any(it.start <= q.start < it.end or q.start <= it.start < q.end for it in sentence.items)
        ]  # fmt: skip
        goods = [it for it in sentence.items if it.trigger is not None and it.trigger != ti and it.end <= clause_start]
        kinds = {(it.entity.id if it.entity else it.category) for it in goods}
        if len(counts) != 1 or len(kinds) != 1:
            continue
        sentence.items.append(dataclasses.replace(goods[0], trigger=ti, direct=True, quantity=counts[0].quantity))


_SEIZED = re.compile(r"押収|拿捕|差し押さえ|臨検")
# 「米軍は1月にも…を積んだ小型船を拿捕していた」: another seizure of the same traffic
_AGAIN = re.compile(r"にも[、，]?|以前にも|同様に")
# (「声明によると、押収物には…」: after the source the list is told by)
_SEIZED_GOODS = re.compile(
    r"^(?:[^、。]{1,20}?(?:によると|によれば|によりますと)[、，]\s*)?"
    r"(?:押収|没収)(?:したのは|されたのは|(?:した|された)?(?:品|物)(?:は|には|の中には))"
)
_MADE_IN = re.compile(r"(?:国内)?(?:で|において)(?:製造|生産|開発|組み立て)(?:され|し)た")
_SHIPMENT_CASES = ("source", "goal", "goal-gen", "origin", "subj", "topic", "agent")


def seized_again(sentence: Sentence, text: str, earlier: list[Sentence]) -> None:
    """「1月にも巡航ミサイルの部品を積んだ小型船を拿捕していた」: a seizure told as one more of the
    kind just told names no parties; its goods went from and to those of the seizure before.
    「押収したのは、イラン製の…部品など」: the goods of the seizure just told went where it was bound."""
    cue = _SEIZED.search(sentence.text)
    if cue is None or sentence.triggers or not sentence.items:
        return
    goods_of_it = bool(_SEIZED_GOODS.match(sentence.text))
    if not goods_of_it and not _AGAIN.search(sentence.text, 0, cue.start()):
        return
    if goods_of_it:  # 「イランで製造された部品」: where the goods were made
        for a in sentence.parties:
            if a.case == "other" and _MADE_IN.match(text, a.end):
                a.case = "origin"
    own = [a for a in sentence.parties if a.case in _SHIPMENT_CASES]
    if own and not (goods_of_it and all(a.case == "origin" for a in own)):
        return
    for s in reversed(earlier[-1:] if goods_of_it else earlier):
        if not _SEIZED.search(s.text) or not s.triggers:
            continue
        roles = [a for a in s.parties if a.trigger is not None and a.case in _SHIPMENT_CASES and a.entity is not None]
        if own:  # (the goods' own origin names where they came from)
            roles = [a for a in roles if a.case in ("goal", "goal-gen")]
        if not roles:
            return
        sentence.parties = [dataclasses.replace(a, trigger=0, direct=True) if a in own else a for a in sentence.parties]
        hit = s.triggers[roles[0].trigger or 0]
        start = sentence.start + cue.start()
        # (the goods of the seizure just told are of its date, even past a paragraph break)
        dated = None if sentence.dates or not goods_of_it else [d for d in s.dates if d.iso and not d.statement]
        sentence.triggers.append(TriggerHit(start, sentence.start + cue.end(), hit.trigger, dates=dated or None))
        for it in sentence.items:
            it.trigger, it.direct = 0, True
        sentence.parties += [
            dataclasses.replace(a, trigger=0, direct=True) for a in roles if s.triggers[a.trigger or 0] is hit
        ]
        return


def seized_on_told_route(sentence: Sentence, earlier: list[Sentence]) -> None:
    """「イランはフーシ派に武器を送り続けている。アラビア海では先月、イラン製とみられるミサイル部品が
    押収された」: a seizure naming only where its goods were made, that state told just before sending
    goods to an armed group, is a shipment of that traffic, bound for that group (the seizer's
    inference, so alleged); with no such act told before it names no transfer."""
    cue = _SEIZED.search(sentence.text)
    if cue is None or sentence.triggers or not sentence.items:
        return
    own = [a for a in sentence.parties if a.case in _SHIPMENT_CASES]
    made = {it.origin.id for it in sentence.items if it.origin is not None and it.origin.type == "country"}
    if len(made) != 1 or not own or any(a.case != "origin" or a.entity is None or a.entity.id not in made for a in own):
        return
    for s in reversed(earlier):
        for ti, hit in enumerate(s.triggers):
            if hit.trigger.direction not in ("give", "move") or hit.negated or hit.status in ("planned", "requested"):
                continue
            sides = [(a, a.entity) for a in s.parties if a.trigger == ti and a.entity is not None]
            givers = [a for a, e in sides if a.case in ("subj", "topic", "source") and e.id in made]
            # (an armed group under embargo, the end of a smuggling route: a state's own buyers get
            # its goods openly, and its goods seized elsewhere are not theirs)
            goals = [a for a, e in sides if a.case == "goal" and e.type == "armed-group"]
            if len(givers) != 1 or len(goals) != 1:
                continue
            start = sentence.start + cue.start()
            sentence.triggers.append(TriggerHit(start, sentence.start + cue.end(), hit.trigger, status="alleged"))
            for it in sentence.items:
                it.trigger, it.direct = 0, True
            sentence.parties = [
                dataclasses.replace(a, trigger=0, direct=True) if a in own else a for a in sentence.parties
            ]
            sentence.parties.append(dataclasses.replace(goals[0], trigger=0, direct=True, foreign=False))
            return


# 「積み荷はフーシ派に届けられる予定だった」「押収品は…に送られるところだった」: the cargo of a
# seizure told just before, named by what it is to the seizer
# (「同軍は積荷がフーシ派向けだったとみている」: the cargo as the subject of the seizer's view)
_CARGO = re.compile(r"(?:" + _CARGO_NOUNS + r"|押収品|押収物)(?:は|が|の一部は|の多くは|には)")
_CARGO_CASES = ("subj", "topic", "source", "agent", "origin")


def cargo_of_seizure(sentence: Sentence, earlier: list[Sentence]) -> None:
    """「米軍は今月上旬、イラン製とみられるミサイル部品を押収した。積み荷はフーシ派に届けられる予定
    だった」: the cargo sent on to a party comes from where the goods seized just before were made
    (or from the giver the cargo's sentence names: 「積み荷はイランからフーシ派に送られる途中だった」);
    that seizure's goods are its goods, and its date dates it where the sentence tells none."""
    cargo = _CARGO.search(sentence.text)
    if cargo is None or not earlier or not _SEIZED.search(earlier[-1].text) or earlier[-1].triggers:
        return
    seizure = earlier[-1]
    made = {it.origin.id: it.origin for it in seizure.items if it.origin is not None and it.origin.type == "country"}
    start = sentence.start + cargo.start()
    for ti, hit in enumerate(sentence.triggers):
        own = [a for a in sentence.parties if a.trigger == ti]
        if hit.start < start or hit.trigger.direction not in ("give", "move") or hit.negated:
            continue
        if not any(a.case == "goal" for a in own):
            continue
        if any(a.case in _CARGO_CASES and a.direct for a in own):
            # (「積み荷はイランからフーシ派に送られる途中だった」: the giver told, the goods are the seizure's)
            if not any(it.trigger == ti for it in sentence.items) and seizure.items:
                _seized_goods_go(sentence, seizure, ti, hit)
                return
            continue
        # (「中央軍によれば」: the source of the news, hung on the act by order only, gives nothing)
        # (「…を押収した。積み荷はフーシ派に向かっていた」: with no make told, the giver is unknown,
        # unless a leg of the load's journey told before names it: 「イランから運ばれ、…に届けられる」)
        if not made:
            leg = _earlier_leg_from(sentence, start, ti)
            _seized_goods_go(sentence, seizure, leg, sentence.triggers[leg])
            hit.status = "alleged"  # (the leg after it is the same journey's, sent, not planned)
            return
        if len(made) != 1:
            return
        origin = next(iter(made.values()))
        told = next((a for a in seizure.parties if a.entity is not None and a.entity.id == origin.id), None)
        if told is None or any(a.entity is not None and a.entity.id == origin.id for a in own):
            return
        sentence.parties.append(dataclasses.replace(told, case="origin", trigger=ti, direct=True))
        _seized_goods_go(sentence, seizure, ti, hit)
        _date_earlier_legs(sentence, start, hit)
        return


def _date_earlier_legs(sentence: Sentence, cargo_at: int, hit: TriggerHit) -> None:
    """「積み荷はソマリア北部でいったん陸揚げされた後、フーシ派に渡る予定だった」: a leg of the load's
    journey told between the cargo and the act that takes it on is the same journey, of the seizure's
    date where it tells none of its own."""
    if not hit.dates:
        return
    for leg in sentence.triggers:
        if cargo_at <= leg.start < hit.start and leg.trigger.direction == "move" and leg.dates is None:
            leg.dates = list(hit.dates)


def _earlier_leg_from(sentence: Sentence, cargo_at: int, ti: int) -> int:
    """「積み荷はイランから運ばれ、フーシ派に届けられる予定だった」: the leg of the load's journey told
    before the act `ti` that takes it on to a party, where it names where the load came from; the
    journey is one, told from that leg (else `ti` itself)."""
    for a in sentence.parties:
        if a.trigger is None or a.trigger >= ti or a.case != "source" or not a.direct:
            continue
        leg = sentence.triggers[a.trigger]
        if leg.start >= cargo_at and leg.trigger.direction == "move":
            return a.trigger
    return ti


def _seized_goods_go(sentence: Sentence, seizure: Sentence, ti: int, hit: TriggerHit) -> None:
    """The goods and date of the seizure told before go with the act `ti` its cargo was on, an act
    the seizer infers (alleged)."""
    if not any(it.trigger == ti for it in sentence.items):
        sentence.items += [dataclasses.replace(it, trigger=ti, direct=True) for it in seizure.items]
    hit.status = "alleged"  # a seized shipment's origin and destination are the seizer's inference
    if hit.dates is None and not any(d.iso and not d.statement for d in sentence.dates):
        hit.dates = [d for d in seizure.dates if d.iso and not d.statement] or None


# 「ポーランド政府は韓国の防衛産業と枠組み契約を結んだ。対象はK2戦車…」: the goods of a deal told
# in the sentence after it
_DEAL_OBJECT = re.compile(r"^(?:[^、。]{0,12}の)?(?:対象|内訳|中身|契約内容)(?:は|となるのは|となったのは)")
_DEAL_SEALED = re.compile(r"(?:契約|合意|取引)(?:を|に)?(?:結|締結|交わ|調印|署名|合意)")
_MAKERS_OF = re.compile(r"の(?:防衛産業|防産|防衛企業|軍需企業|企業|メーカー|防衛関連企業)(?:各社)?と")


def deal_goods_after(sentence: Sentence, text: str, earlier: list[Sentence]) -> None:
    """「XはYと…契約を結んだ。対象は〈goods〉だった」: the deal, told with no act word, is a sale
    of those goods from the side that makes them (Yの防衛産業, or the goods' home) to the other."""
    if sentence.triggers or not sentence.items or not earlier or not _DEAL_OBJECT.match(sentence.text):
        return
    deal = earlier[-1]
    if deal.triggers or not _DEAL_SEALED.search(deal.text):
        return
    sides = _sides_by_make(text, deal.parties, sentence.items)
    if sides is None:
        return
    cue = _DEAL_OBJECT.match(sentence.text)
    assert cue is not None
    start = sentence.start + cue.start()
    # (dated by the deal, where the goods' sentence gives no date of its own)
    dated = sentence.dates or [d for d in deal.dates if d.iso and not d.statement] or None
    _deal_as_sale(
        sentence, TriggerHit(start, sentence.start + cue.end(), _DEAL_SALE, status="planned", dates=dated), sides
    )


# the act a deal with no act word stands for: a sale, from the side that makes the goods
_DEAL_SALE = Trigger(lemma="対象", kind="sale", direction="give")


def _sides_by_make(text: str, parties: list[Arg], items: list[ItemHit]) -> tuple[Arg, Arg] | None:
    """「XはYと…契約を結んだ」: of the topic and its partner (と), the seller (the side that makes
    the goods, or whose makers sign: Yの防衛産業と) and the buyer; none where the make tells neither."""
    states = [a for a in parties if a.entity is not None and a.entity.type == "country"]
    partners = [a for a in states if re.match(r"(?:の[^、。はがを]{1,10})?と", text[a.end : a.end + 12])]
    buyers = [a for a in states if a.case in ("topic", "subj") and all(a is not p for p in partners)]
    if len(partners) != 1 or len(buyers) != 1:
        return None
    partner, other = partners[0], buyers[0]
    home = {it.entity.country for it in items if it.entity is not None and it.entity.country}
    if _MAKERS_OF.match(text, partner.end) or (partner.entity and partner.entity.country in home):
        return partner, other
    if other.entity is not None and other.entity.country in home:
        return other, partner
    return None


def _deal_as_sale(sentence: Sentence, hit: TriggerHit, sides: tuple[Arg, Arg]) -> None:
    """The sentence's deal as a planned sale of its goods from the seller to the buyer."""
    seller, buyer = sides
    ti = len(sentence.triggers)
    sentence.triggers.append(hit)
    for it in sentence.items:
        it.trigger, it.direct = ti, True
    sentence.parties.append(dataclasses.replace(seller, case="subj", trigger=ti, direct=True, foreign=False))
    sentence.parties.append(dataclasses.replace(buyer, case="goal", trigger=ti, direct=True, foreign=False))


# 「ノルウェーは2022年にドイツとレオパルト2戦車54両の契約を結んだ」: a deal for goods named before its
# word (no act word: 購入, 売却), sealed by its verb
_GOODS_DEAL = re.compile(r"の(契約|取引)(?:を|に)(?:結|締結|交わ|調印|署名)")


def deal_of_goods(sentence: Sentence, text: str) -> None:
    """「ノルウェーは2022年にドイツとレオパルト2戦車54両の契約を結んだ」: a sentence whose only act is a
    deal between two states for goods of one side's make is a planned sale of them by that side."""
    if sentence.triggers or not sentence.items:
        return
    m = _GOODS_DEAL.search(sentence.text)
    if m is None:
        return
    at = sentence.start + m.start(1)
    goods = [it for it in sentence.items if it.end <= at]
    if len(goods) != len(sentence.items):
        return  # (goods told after the deal are no goods of it)
    sides = _sides_by_make(text, sentence.parties, goods)
    if sides is None or not (sides[0].end < at and sides[1].end < at):
        return
    # (「…の契約を結び、昨年12月に運用を始めた」: a date told after the deal is sealed is not its day)
    dated = [d for d in sentence.dates if d.start < sentence.start + m.end() and d.iso and not d.statement]
    hit = TriggerHit(at, at + len(m.group(1)), _DEAL_SALE, status="planned", nominal=True, dates=dated)
    _deal_as_sale(sentence, hit, sides)


# 「第2次契約（180両）にも署名し」「追加契約を結んだ」: a further deal of a sale told before
_NEXT_DEAL = re.compile(
    r"(?:第[0-9０-９一二三四五六七八九]+次|追加|[0-9０-９]次)(?:実行)?契約(?:[（(][^（）()、。]{1,12}[）)])?"
    r"(?:に|を)?も?(?:署名|調印|締結|結ん|結び|結ぶ|交わ)"
)


def next_deal(sentence: Sentence, text: str, earlier: list[Sentence]) -> None:
    """「ポーランドはK2戦車180両の購入契約を結んだ。…同国は今月、第2次契約（180両）にも署名した」: a
    further deal told with no act word nor goods buys again the named goods the sentences before
    told moving to the same party (its count, if told in brackets, is the new deal's)."""
    m = _NEXT_DEAL.search(text, sentence.start, sentence.end)
    if m is None or sentence.triggers or sentence.items:
        return
    takers = [
        a for a in sentence.parties if a.case in ("topic", "subj") and a.entity is not None and a.start < m.start()
    ]
    if len(takers) != 1 or takers[0].entity is None:
        return
    taker, taker_id = takers[0], takers[0].entity.id
    for before in reversed(earlier):
        named = [it for it in before.items if it.entity is not None]
        got = any(
            a.entity is not None
            and a.entity.id == taker_id
            and a.trigger is not None
            and 0 <= a.trigger < len(before.triggers)
            and (
                a.case in ("goal", "goal-gen")
                or (a.case in ("topic", "subj") and before.triggers[a.trigger].trigger.direction == "receive")
            )
            for a in before.parties
        )
        if not named or not got:
            continue
        trig = Trigger(lemma="契約", kind="purchase", direction="receive")
        sentence.triggers.append(TriggerHit(m.start(), m.end(), trig, status="planned", nominal=True))
        sentence.items = [dataclasses.replace(named[0], trigger=0, direct=True, quantity=None)]
        taker.case, taker.trigger, taker.direct = "subj", 0, True
        return


# 「ドローン探知レーダー」「無人機迎撃用のミサイル」「ドローン妨害装置」: what the goods are made to
# find, stop or jam (the threat named before the word); 「対ドローン兵器」: made against it
_COUNTER_AFTER = re.compile(r"(?:探知|検知|迎撃|対処|妨害|防御|防護|撃墜|無力化)(?:用の?|型の?)?")
_COUNTER_NOUN = re.compile(r"(?:システム|装置|兵器|機材|設備|機器)")
_THREATS = {"drone", "missile", "aircraft"}


def counter_goods(text: str, items: list[ItemHit]) -> list[ItemHit]:
    """「日本はウクライナにドローン探知レーダーを供与した」「対ドローン兵器」: a threat word qualifying
    goods made against it names no goods of its own: the goods after it (the radar) are the item, or,
    with no item word after, the counter goods themselves (air defence)."""
    out: list[ItemHit] = []
    skip: set[int] = set()
    for k, it in enumerate(items):
        if k in skip:
            continue
        if it.entity is not None or it.category not in _THREATS:
            out.append(it)
            continue
        against = it.start > 0 and text[it.start - 1] == "対"
        counter = _COUNTER_AFTER.match(text, it.end)
        if not (against or counter):
            out.append(it)
            continue
        tail = counter.end() if counter else it.end
        nxt = items[k + 1] if k + 1 < len(items) else None
        if nxt is not None and nxt.start == tail:
            skip.add(k + 1)
            start = it.start - (1 if against else 0)
            if nxt.umbrella or nxt.category == "other":  # (「対ドローン兵器」: arms against drones)
                out.append(dataclasses.replace(nxt, start=start, category="air-defence", umbrella=False))
            else:
                out.append(dataclasses.replace(nxt, start=start))
            continue
        noun = _COUNTER_NOUN.match(text, tail)
        if noun is None and not counter:
            out.append(it)
            continue
        end = noun.end() if noun else tail
        out.append(dataclasses.replace(it, start=it.start - (1 if against else 0), end=end, category="air-defence"))
    return out


# 「航空機や弾道ミサイルを探知するレーダー」「戦車を撃破できるミサイル」: the threat that goods
# are made to find or defeat, told as the object of a relative clause on them
_TARGETED = re.compile(
    r"を(?:探知|検知|感知|捕捉|追尾|迎撃|撃墜|撃破|破壊|無力化|妨害|攻撃)(?:する|できる|し得る|しうる|可能な)(?:能力を持つ|ための)?"
)
_TARGETS = {"drone", "missile", "aircraft", "armoured-vehicle", "naval"}
_LIST_JOIN = re.compile(r"(?:や|と|、|及び|および|・)")


def targets_out(text: str, items: list[ItemHit]) -> list[ItemHit]:
    """「接近する航空機や弾道ミサイルを探知するレーダーを納入した」: the craft and missiles the radar finds
    are what it is made against, not goods sent with it; only the goods the clause qualifies (the
    radar, right after it) are. The threat and the words listed before it with や/と go."""
    out = set(range(len(items)))
    for k, it in enumerate(items):
        m = _TARGETED.match(text, it.end)
        if m is None or it.category not in _TARGETS or not any(o.start == m.end() for o in items[k + 1 :]):
            continue
        j = k
        while j >= 0 and items[j].category in _TARGETS:
            out.discard(j)
            gap = _LIST_JOIN.fullmatch(text, items[j - 1].end, items[j].start) if j > 0 else None
            if gap is None:
                break
            j -= 1
    return [it for k, it in enumerate(items) if k in out]


# 「エンジンや誘導装置など無人機の部品」「半導体や工作機械などの汎用品」: the class a list is told
# as, right after its など (a qualifier of up to a few words may come between)
_LIST_CLASS = re.compile(r"[」』]?など(?:の)?(?:[^、。をがはにへ「」]{1,8}の)?$")


def list_class_out(text: str, items: list[ItemHit]) -> list[ItemHit]:
    """「イランはエンジンや誘導装置など無人機の部品をロシアに送った」「工作機械など軍民両用品」: a generic
    word naming the class (the kind) of the goods listed right before its など adds no goods of its own."""
    out: list[ItemHit] = []
    for k, it in enumerate(items):
        before = [x for x in items[:k] if x.end <= it.start]
        last = max(before, key=lambda x: x.end, default=None)
        # (of the same kind: 「戦車など兵器」 leaves the umbrella word to the assembler)
        if last is not None and it.entity is None and it.category == last.category:
            cls = _LIST_CLASS.search(text, last.end, it.start)
            if cls is not None and cls.start() == last.end:
                continue
        out.append(it)
    return out


def one_system_joined(text: str, items: list[ItemHit]) -> list[ItemHit]:
    """「M1A2Tエイブラムス」「K9サンダー」: two names of one system written side by side (its variant and
    its family name) are one item, not two; so are a system's Japanese name and its own name in
    brackets after it (「高機動ロケット砲システム「HIMARS」」), and a word for its kind joined to its
    name by の (「短距離弾道ミサイルのKN23」「地対空ミサイルのパトリオット」: the name's item)."""
    out: list[ItemHit] = []
    for it in items:
        last = out[-1] if out else None
        between = text[last.end : it.start].strip(" 　") if last is not None else ""
        bracketed = between in ("「", "『") and text[it.end : it.end + 1] in ("」", "』")
        if (
            last is not None
            and last.entity is None
            and last.name is None
            and it.entity is not None
            and between == "の"
            and last.category == it.category
        ):
            out[-1] = dataclasses.replace(it, start=last.start)
            continue
        if (
            last is not None
            and it.entity is not None
            and last.entity is not None
            and it.entity.id == last.entity.id
            and (not between or bracketed)
        ):
            out[-1] = dataclasses.replace(last, end=max(last.end, it.end + (1 if bracketed else 0)))
            continue
        out.append(it)
    return out


# 「対艦・対空ミサイル」「短・中距離ミサイル」: kanji modifiers listed with 中黒 before the head
_SHARED_HEAD_MODIFIER = re.compile(r"[一-龥]{1,5}・[一-龥]{0,4}$")


def shared_head_joined(text: str, items: list[ItemHit], blocked: list[tuple[int, int]]) -> list[ItemHit]:
    """Kanji modifiers listed with 中黒 before one goods word are part of that item: 「対艦・対空ミサイル」
    is one item (対艦 has no head of its own), as a report counts it once. A name before the dot
    (「ロシア・ウクライナ」) or an item of its own is left alone."""
    out: list[ItemHit] = []
    for it in items:
        m = _SHARED_HEAD_MODIFIER.search(text, max(0, it.start - 10), it.start)
        if (
            m is not None
            and not any(s < it.start and m.start() < e for s, e in blocked)
            and not (out and out[-1].end > m.start())
        ):
            it = dataclasses.replace(it, start=m.start())
        out.append(it)
    return out


# 「武器や関連物資」「兵器と装備」「生産設備や部品」: a plain word for goods listed with goods
_GOODS_NOUNS = "関連物資|関連資材|関連機材|装備|物資|資材|機材|生産設備|製造設備|製造装置"
_LISTED_AFTER = re.compile(rf"(?:や|と|及び|および|、)({_GOODS_NOUNS})(?![一-龥ァ-ヶ]|する|し[てた])")
_LISTED_BEFORE = re.compile(rf"(?<![一-龥ァ-ヶ])({_GOODS_NOUNS})(?:や|と|及び|および)$")
# 生産設備: machinery for making goods, dual-use like machine tools; the rest are military goods
_MACHINERY = re.compile(r".*(?:設備|装置)$")


def goods_nouns_listed(text: str, end: int, items: list[ItemHit]) -> list[ItemHit]:
    """A plain word for goods (装備, 関連物資, 生産設備) listed beside goods in text[:end] is goods too:
    「ロシアはスーダン軍に兵器と装備を供与する」 gives two items. Alone the word is too vague (「装備を
    強化する」) to be read as goods."""
    added: list[ItemHit] = []
    for it in items:
        after = _LISTED_AFTER.match(text, it.end, end)
        before = _LISTED_BEFORE.search(text, max(0, it.start - 8), it.start)
        for m in (after, before):
            if m is None or any(o.start < m.end(1) and m.start(1) < o.end for o in items + added):
                continue
            kind = "dual-use" if _MACHINERY.match(m.group(1)) else "other"
            added.append(ItemHit(m.start(1), m.end(1), kind))
    return sorted(items + added, key=lambda it: it.start)


# 「沿岸警備隊の巡視船「…」が…臨検し」: in a seizure, a warship that is the subject is the seizer's
_SEIZER_CRAFT_AFTER = re.compile(r"(?:[「『\"”“][^、。」』]{1,40}[」』\"”“]+)?(?:が|は)")


def seizers_craft_out(text: str, items: list[ItemHit]) -> list[ItemHit]:
    """Drop the naval craft that seizes a shipment (a subject of a seizure sentence): it is no goods."""
    return [it for it in items if not (it.category == "naval" and _SEIZER_CRAFT_AFTER.match(text, it.end))]


# 「Y20輸送機6機によって空輸」「輸送機で運ばれた」「輸送機を使って」: the carrier; 「次期主力戦車として
# 採用」: the role (and 「次期フリゲートに「もがみ」型を選定」, below)
_CARRIER_OR_ROLE = re.compile(
    r"(?:[0-9０-９]+(?:機|隻|両|台))?(?:によって|により|を使って|で(?:空輸|輸送|運ば|運び|運ん|届け|送ら|輸入|搬入)|として)"
)
# (「次期フリゲートに日本案を選定」: a state's offer chosen for the role names no goods of its own)
_ROLE_BEFORE_CHOICE = re.compile(r"(?:に|として)(?=(?![^。、]{0,30}?案を)[^。、]{1,30}?を(?:採用|選定|選ん|選ぶ))")
# what can carry other goods (「ロケット弾を使って攻撃」 names goods used, not a carrier)
_CARRIER_KINDS = {"aircraft", "naval", "armoured-vehicle", "other"}
# the kinds of goods that are fitted to others: radars, parts, guns, missiles and their rounds
_FITTINGS = {"air-defence", "components", "other", "missile", "ammunition"}
# 「巡航ミサイル「カリブル」を製造する軍需企業に」: what the receiving firm makes
_MADE_BY_THE_RECEIVER = re.compile(
    r"[」』]?[ \u3000]?(?:など)?を[ \u3000]?(?:製造|生産|開発|組み立て|組立)(?:する|している|してきた|した)[ \u3000]?"
    r"(?:軍需|防衛|国営|兵器)?(?:企業|工場|メーカー|会社)"
)
# 「砲弾や固体燃料の原料となるニトロセルロース」: what the goods are made into
_MADE_INTO = re.compile(r"(?:(?:や|と|、)[^、。]{0,10}?)?の(?:原料|材料|原材料|素材)")


# 「新型レーダーを備えた改良型」「AESAレーダーを搭載したF-16V」: a part the goods are fitted with
_FITTED_TO = re.compile(r"(?:など)?を(?:備え|搭載し|装備し|装着し)(?:た|ている|る)(?![とこ])")


def beside_the_goods_out(text: str, items: list[ItemHit]) -> list[ItemHit]:
    """Drop what a sentence names beside the goods but is none of them: the craft they ride in, the
    role they are taken for, what they are the raw material of (「イランの輸送機で無人機を」)."""

    def beside(it: ItemHit) -> bool:
        later = any(o.start > it.end for o in items)
        carried_in = it.category in ("aircraft", "naval") and text.startswith("で", it.end) and later
        made_by = bool(_MADE_BY_THE_RECEIVER.match(text, it.end))
        role = _CARRIER_OR_ROLE.match(text, it.end)
        return (
            (role is not None and (it.category in _CARRIER_KINDS or "を使って" not in role.group()))
            or carried_in
            or made_by
            or (bool(_MADE_INTO.match(text, it.end)) and later)
        )

    # (「次期フリゲートに…を採用」: the role names no goods even where nothing else does)
    items = [it for it in items if not _ROLE_BEFORE_CHOICE.match(text, it.end)]
    # (nor does a part the goods are fitted with: 「レーダーを備えた改良型を引き渡す」)
    items = [it for it in items if not (it.category in _FITTINGS and _FITTED_TO.match(text, it.end))]
    if len(items) < 2:
        return items
    return [it for it in items if not beside(it)] or items


# 「ミサイルの残骸から」「無人機の破片に」: the wreckage other goods were found in
_WRECKAGE_OF = re.compile(r"(?:など)?の(?:残骸|破片)")
# what joins the goods of a list: 「巡航ミサイルや無人機の残骸」
_GOODS_JOINED = re.compile(r"(?:や|と|、|および|及び|・)")


def wreckage_out(text: str, items: list[ItemHit], hits: list[TriggerHit]) -> list[ItemHit]:
    """Drop the weapons told as the wreckage that goods named after an act were found in: in
    「UAEの企業がロシアに供給した米国製の部品が、ミサイルの残骸から見つかった」 the missile is where the
    parts were found, no goods supplied. (Not the goods an act right before the wreckage names,
    「ロシアがイランから入手した無人機の残骸に」; nor, for a sentence with no act, the weapon whose
    owner the parts found in it reached: see `found_inside`.)"""
    ordered = sorted(items, key=lambda it: it.start)
    wreckage: list[ItemHit] = []
    for n, it in enumerate(ordered):
        # (the wreckage word after this weapon, or after the list it opens)
        last = n
        while last + 1 < len(ordered) and _GOODS_JOINED.fullmatch(text, ordered[last].end, ordered[last + 1].start):
            last += 1
        act = max((h.end for h in hits if h.end <= it.start), default=None)
        goods_before = act is not None and any(act <= o.start and o.end <= it.start for o in ordered[:n])
        if goods_before and _WRECKAGE_OF.match(text, ordered[last].end):
            wreckage.append(it)
    return [it for it in items if it not in wreckage] or items


# 「F16V66機」「F35A32機を購入」: a Latin system name run together with its count and counter
_GLUED_COUNT = re.compile(r"(?<![A-Za-z0-9\-])([A-Za-z][A-Za-z0-9\-]{1,10}?)([1-9][0-9]{0,3})(?=[機両基門隻発輌])")


def glued_counts(
    text: str, mentions: list[Mention], entities: dict[str, Entity], gazetteer: Gazetteer
) -> list[Mention]:
    """The system names hidden in a run of a name and its count (「F16V66機」 is F-16V, 66 of them):
    the longest head of the run that the gazetteer knows as a weapon system, the rest the count.
    A provisional name the recognizer made of the whole run goes; known entities join `entities`."""
    out = list(mentions)
    for m in _GLUED_COUNT.finditer(text):
        run_start, run_end = m.start(), m.end()
        if any(x.start <= run_start and run_end <= x.end and not entities[x.entity_id].provisional for x in out):
            continue
        run = m.group()
        for cut in range(len(run) - 1, 1, -1):
            head, count = run[:cut], run[cut:]
            if not count.isdigit() or count.startswith("0"):
                continue
            entity = gazetteer.by_name(head)
            if entity is None or entity.type != "weapon-system":
                continue
            out = [x for x in out if not (x.start < run_end and run_start < x.end)]
            out.append(Mention(entity.id, run_start, run_start + cut, head))
            entities.setdefault(entity.id, entity)
            break
    return sorted(out, key=lambda x: x.start)


# a system's name ending in its number, the series name before it: 「シャヘド131」「Shahed-131」
_SERIES_HEAD = re.compile(r"^(.*?[^\d\s-])[\s-]?(\d{1,4})$")
# a sibling's number after it, the series name left out: 「と136」「、-136」「・136」
_SERIES_NEXT = re.compile(r"(?:と|や|、|,|及び|および|・)[-－]?(\d{1,4})(?![\d.,．])")


def elided_series_ja(
    text: str, mentions: list[Mention], entities: dict[str, Entity], gazetteer: Gazetteer
) -> list[Mention]:
    """「シャヘド131と136をロシアに送った」「KN-23、-24」: a number after a system named with its series
    number names the sibling model, when the gazetteer knows it (one mention per sibling)."""
    out = list(mentions)
    for x in mentions:
        ent = entities.get(x.entity_id)
        head = _SERIES_HEAD.match(x.text) if ent is not None and ent.type == "weapon-system" else None
        pos = x.end
        while head is not None and (more := _SERIES_NEXT.match(text, pos)) is not None:
            sibling = next(
                (
                    e
                    for sep in ("", "-", " ")
                    if (e := gazetteer.by_name(head.group(1) + sep + more.group(1))) is not None
                    and e.type == "weapon-system"
                ),
                None,
            )
            start, end = more.start(1), more.end(1)
            if sibling is None or sibling.id == x.entity_id or any(o.start < end and start < o.end for o in out):
                break
            out.append(Mention(sibling.id, start, end, more.group(1)))
            entities.setdefault(sibling.id, sibling)
            pos = end
    return sorted(out, key=lambda m: m.start)


# 「その一部を」「これらの多くが」: a part of the goods just told
# (「こうした品目の一部は」「これらの製品の多くが」: the goods pointed back to by a word for wares)
_PART_OF_THEM = re.compile(
    r"(?:その|それらの|これらの|(?:こうした|これらの|それらの|その)(?:品目|製品|物品|品々|商品|輸入品|輸出品)の)"
    r"(?:一部|多く|大半|半数|残り|一部分)(?:を|が|は|も)"
)


def part_of_goods_before(text: str, sentence: Sentence, earlier: list[Sentence]) -> None:
    """「韓国はポーランドに戦車を輸出した。ポーランドは、その一部をウクライナに送ることを検討している」:
    an act with no goods of its own on a part of the goods of the sentence before passes those on."""
    if not earlier or sentence.items:
        return
    for m in _PART_OF_THEM.finditer(sentence.text):
        at = sentence.start + m.end()
        after = [ti for ti, h in enumerate(sentence.triggers) if h.start >= at]
        goods = [x for x in earlier[-1].items if x.entity is not None or text[x.start : x.end] not in _UMBRELLA_WORDS]
        if not after or not goods:
            continue
        sentence.items += [dataclasses.replace(x, trigger=after[0], direct=True, quantity=None) for x in goods]
        sentence.parties += _importer_passed_through(text, earlier[-1], after[0])
        return


# 「こうした部品は」「これらの無人機が」: goods of the sentence before, pointed back to by a word for them
_POINTED_BACK = re.compile(r"(?:こうした|これらの|それらの|この種の)$")


def made_where_told_before(text: str, sentence: Sentence, before: Sentence, makers: list[Arg]) -> None:
    """「残骸から中国の企業が製造した航法モジュールが見つかった。こうした部品はカザフスタンを通じて
    ロシアへ供給されている」: goods pointed back to (こうした部品) are goods of their kind told in the
    sentence before, and of the make told there: the one state their goods were said to be of
    (中国製の), or, where none was, the one state whose firm `makers` says made them."""
    for it in sentence.items:
        if it.origin is not None or not _POINTED_BACK.search(text, max(0, it.start - 4), it.start):
            continue
        same = [x for x in before.items if x.category == it.category]
        if not same:
            # (「北朝鮮製の対戦車ミサイルが見つかった。これらのミサイルは…」: the word pointing back is
            # part of the name of the goods before, whose kind it takes)
            same = [x for x in before.items if text[it.start : it.end] in text[x.start : x.end]]
            if len({x.category for x in same}) == 1:
                it.category = same[0].category
        states = {x.origin.id: x.origin for x in same if x.origin is not None and x.origin.type == "country"}
        if same and not states:
            states = {a.entity.id: a.entity for a in makers if a.entity is not None and a.entity.type == "country"}
        if len(states) == 1:
            it.origin = next(iter(states.values()))


# 「同社製のエンジン」「同社が製造した部品」: goods of the firm told just before
_FIRMS_MAKE = re.compile(r"(?:同社|同メーカー|この(?:メーカー|企業|会社))(?:製の?|が(?:製造|生産)した)$")
# 「中国の航空エンジンメーカー」「トルコの企業」: a firm told by its state (after the state's の)
_STATES_FIRM = re.compile(
    r"の[^、。「」をがはにへ]{0,10}?(?:メーカー|企業|会社|工場)(?:[0-9０-９一二三四五六七八九十]+社)?(?:など)?(?:が|は|と|の|、|を|に|も)"
)


def made_by_the_firm_before(text: str, sentence: Sentence, before: list[Sentence]) -> None:
    """「中国の航空エンジンメーカーと、同社製のエンジンをロシアに転売したキルギスの商社を制裁対象に
    指定した」: goods of the firm told just before (同社製) are of the make of that firm's state, the
    nearest firm told with its state, in the sentence or the one before it."""
    for it in sentence.items:
        if it.origin is not None or not _FIRMS_MAKE.search(text, max(0, it.start - 8), it.start):
            continue
        firms = [
            a
            for s in [*before[-1:], sentence]
            for a in s.parties
            if a.end <= it.start
            and a.entity is not None
            and a.entity.type == "country"
            and _STATES_FIRM.match(text, a.end)
        ]
        if firms:
            it.origin = max(firms, key=lambda a: a.end).entity


# 「カザフスタンでは」: the country a trade figure is told of, as the sentence's opening topic
_WHERE_TOLD = re.compile(r"では[、，]?")


def _importer_passed_through(text: str, before: Sentence, ti: int) -> list[Arg]:
    """「カザフスタンでは航空機部品の輸入が急増した。こうした品目の一部はロシアに運ばれていた」: the
    country whose imports a figure tells, with no act of its own, is the way its goods went on."""
    if before.triggers:
        return []
    first = min(before.parties, key=lambda a: a.start, default=None)
    if first is None or first.entity is None or first.entity.type != "country":
        return []
    if before.text[: first.start - before.start].strip() or not _WHERE_TOLD.match(text, first.end):
        return []
    return [dataclasses.replace(first, case="via", trigger=ti, direct=True)]


# 「自衛隊のトラックや資材運搬車」「軍の車両」: vehicles a force owns, listed after the force
_FORCE_VEHICLES = re.compile(
    r"(?:自衛隊|陸上自衛隊|軍|陸軍|国軍|軍隊)の"
    r"((?:トラック|車両|資材運搬車|運搬車|ジープ|トレーラー)(?:(?:や|と|、|・)(?:トラック|車両|資材運搬車|運搬車|ジープ|トレーラー))*)"
)
_VEHICLE_WORD = re.compile(r"トラック|車両|資材運搬車|運搬車|ジープ|トレーラー")
# 「高機動車やトラック」: a plain vehicle listed right after a military one
_LISTED_VEHICLE = re.compile(r"(?:や|と|、|・)(トラック|資材運搬車|運搬車|ジープ|トレーラー)(?!で)")


def force_vehicles(text: str, start: int, end: int, items: list[ItemHit]) -> list[ItemHit]:
    """「日本政府はウクライナに自衛隊のトラックや資材運搬車など約100台を提供した」: a plain truck is
    no arms, but a force's trucks, or trucks listed with military vehicles (「高機動車やトラック」),
    are military vehicles; a truck the goods ride in (「トラックで」) is still only their carrier."""
    out: list[ItemHit] = []
    for m in _FORCE_VEHICLES.finditer(text, start, end):
        if text.startswith("で", m.end(1)):
            continue
        for w in _VEHICLE_WORD.finditer(text, m.start(1), m.end(1)):
            if not any(it.start < w.end() and w.start() < it.end for it in items):
                out.append(ItemHit(w.start(), w.end(), "armoured-vehicle"))
    for it in items:
        listed = _LISTED_VEHICLE.match(text, it.end, end) if it.category == "armoured-vehicle" else None
        if listed is not None and not any(o.start == listed.start(1) for o in out):
            out.append(ItemHit(listed.start(1), listed.end(1), "armoured-vehicle"))
    return out


# a katakana name (with digits and hyphens after it, parts joined by ・ or ＝) right before goods:
# 「トゥーファン・ミサイル」「カイバル・シェカンミサイル」「アラシュ2無人機」
_KATAKANA_NAME = re.compile(
    r"(?<![ァ-ヺー・＝=])[ァ-ヺ][ァ-ヺー]+(?:[・＝=][ァ-ヺ][ァ-ヺー]+)*(?:[-‐]?[0-9０-９]+)?[・＝=]?$"
)
# loanwords that tell a kind of goods, not a name: 「ステルス戦闘機」「クルーズ・ミサイル」「カミカゼ無人機」
_KIND_LOANWORDS = frozenset(
    {
        "ステルス", "ジェット", "クルーズ", "バリスティック", "ホーミング", "カミカゼ", "スマート", "ハイテク",
        "ハイパーソニック", "スーパーソニック", "ミニ", "マイクロ", "ナノ", "スーパー", "ターボ", "レーザー",
        "ファイバー", "モバイル", "タクティカル", "プロトタイプ", "コピー", "デコイ", "ターゲット", "クラスター",
        "ロケット", "ミサイル", "ドローン", "ヘリ", "エンジン", "レーダー", "システム", "ミリ", "キロ", "トン",
        "ポンド", "メートル", "セット", "パーツ", "タイプ", "モデル", "シリーズ", "ハイブリッド", "マルチ",
        "ロイタリング", "スタンドオフ", "ステルス型", "ガイド", "ナビゲーション", "シーカー", "オート",
    }
)  # fmt: skip
_NAMED_KINDS = frozenset({"missile", "drone", "anti-tank", "air-defence", "rocket-launcher", "aircraft", "naval"})


def katakana_named(text: str, start: int, items: list[ItemHit], name_spans: list[tuple[int, int]]) -> None:
    """「イランはフーシ派にトゥーファン・ミサイルを供与した」「カイバル・シェカンミサイル」: a katakana
    name the gazetteer does not know, right before a weapon word, names that system (as 「戦闘機
    「J10C」」 does); 「ステルス戦闘機」「クルーズ・ミサイル」 tell a kind, not a name."""
    for it in items:
        if it.entity is not None or it.name is not None or it.umbrella or it.category not in _NAMED_KINDS:
            continue
        m = _KATAKANA_NAME.search(text, max(start, it.start - 24), it.start)
        if m is None or any(a < it.start and m.start() < b for a, b in name_spans):
            continue
        name = m.group().rstrip("・＝=")
        words = re.split(r"[・＝=]", re.sub(r"[-‐]?[0-9０-９]+$", "", name))
        if len(name) < 3 or any(w in _KIND_LOANWORDS for w in words):
            continue
        if any(o is not it and o.start < it.start and m.start() < o.end for o in items):
            continue
        it.start, it.name = m.start(), name


# the rest of a katakana name after what the tagger took, up to its goods word: 「・シェカン」「2」「・」
_NAME_GOES_ON = re.compile(r"(?:[・＝=]?[ァ-ヺー]+)*(?:[-‐]?[0-9０-９]+)?[・＝=]?")
_KATAKANA_RUN = re.compile(r"[ァ-ヺー・＝=]+")


def goods_taken_for_name(text: str, mention: Mention, pattern: re.Pattern[str]) -> bool:
    """「カイバル・シェカンミサイル」「クルーズ・ミサイル」: the tagger may take a katakana weapon name (or
    the name with its goods word) for a place or a person; a provisional name that runs into a goods
    word is the goods' name, no party."""
    if _KATAKANA_RUN.match(text, mention.start) is None:
        return False
    goods = pattern.search(text, mention.end, mention.end + 16)
    if goods is not None and _NAME_GOES_ON.fullmatch(text, mention.end, goods.start()):
        return _KATAKANA_RUN.fullmatch(mention.text) is not None
    inside = pattern.search(text, mention.start + 1, mention.end + 8)
    return (
        inside is not None
        and inside.start() < mention.end <= inside.end()
        and _KATAKANA_RUN.fullmatch(text, mention.start, inside.start()) is not None
    )
