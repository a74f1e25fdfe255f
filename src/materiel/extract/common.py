"""Helpers both language front ends share: item terms, quantities on items, entity roles."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from materiel.extract.frame import Arg, ItemHit
from materiel.extract.quantities import QuantityMention
from materiel.gazetteer import Gazetteer
from materiel.lexicon import Lexicon
from materiel.model import PARTY_TYPES, PLACE_TYPES, Entity, Mention

PARTY_OR_METONYM = PARTY_TYPES


def resolve_party(entity: Entity, gazetteer: Gazetteer) -> Entity | None:
    """The party an entity stands for in a transfer role: the state a capital, leader, ministry or
    national company acts for (transfers are between states and groups; makers are no suppliers),
    else the armed group or international body itself."""
    if entity.stands_for:
        state = gazetteer.get(entity.stands_for)
        if state is not None:
            return state
    if entity.type in ("state-body", "military-unit", "company") and entity.country:
        state = gazetteer.country(entity.country)
        if state is not None:
            return state
    return entity if entity.type in PARTY_TYPES else None


def is_place(entity: Entity) -> bool:
    return entity.type in PLACE_TYPES and entity.type != "country" and not entity.stands_for


def item_term_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """One pattern for every goods word of the lexicon, the longest first where several start at
    one place (English words whole, case aside)."""
    if lexicon.lang == "en":
        terms = {unhyphenated(t.lower()) for t in lexicon.items}
        return re.compile(rf"(?<![\w-]){_trie_pattern(terms, spaced=True)}(?![\w-])", re.I)
    return re.compile(_trie_pattern(set(lexicon.items)))


def unhyphenated(word: str) -> str:
    """An English goods word with its hyphens read as spaces ("fast-attack craft" -> "fast attack
    craft"): writers hyphen a modifier or not, and the lexicon keeps one spelling."""
    return word.replace("-", " ")


def _trie_pattern(terms: set[str], *, spaced: bool = False) -> str:
    """The terms as nested groups sharing their prefixes ("drone(?:s)?"): the engine reads each
    character once instead of trying hundreds of alternatives at every place of the text. A term
    that goes on is tried before the term it extends, so the longest one that fits is matched.
    `spaced`: a space in a term also matches a hyphen ("long range" finds "long-range")."""
    trie: dict[str, Any] = {}
    for t in terms:
        node = trie
        for ch in t:
            node = node.setdefault(ch, {})
        node[""] = {}

    def body(node: dict[str, Any]) -> str:
        branches = [
            ("[ -]" if spaced and ch == " " else re.escape(ch)) + body(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a term ends here: going on is optional, and tried first
            return "(?:" + group + ")?"
        return group

    return "(?:" + body(trie) + ")"


_WORDS: dict[int, tuple[Lexicon, dict[str, str], frozenset[str]]] = {}


def item_words(lexicon: Lexicon) -> tuple[dict[str, str], frozenset[str]]:
    """The lexicon's item words with their categories, and its words for goods of any kind
    (`umbrella`), keyed as they are matched (English case-insensitively), built once per lexicon."""
    entry = _WORDS.get(id(lexicon))
    if entry is None or entry[0] is not lexicon:
        key = str.lower if lexicon.lang == "en" else str
        table = {key(k): v for k, v in lexicon.items.items()}
        if lexicon.lang == "en":  # "fast-attack craft" is found as "fast attack craft" is written
            for k, v in lexicon.items.items():
                table.setdefault(unhyphenated(k.lower()), v)
        entry = _WORDS[id(lexicon)] = (lexicon, table, frozenset(key(w) for w in lexicon.cue("umbrella")))
    return entry[1], entry[2]


# between a named system and a generic word, these end the one and start another item
_JOINERS = frozenset({"や", "と", "、", ",", "，", "。", "・", "及", "や、", "/"})


# "K9 guns", "Koksan guns", "M777 guns": after a named system, "guns" is that system's guns (howitzers),
# not the small arms the word means alone
_BARE_GUNS = frozenset({"gun", "guns"})
# an artillery calibre right before "guns": "170mm guns", "152-mm guns", "155 mm guns"
_GUN_CALIBRE = re.compile(r"\b(?:[4-9]\d|[1-4]\d\d)[ -]?mm\s+$")
# artillery named in the same stretch of text: "how many howitzers ..., but the contract covers 84 guns"
_ARTILLERY_NEAR = re.compile(r"\b(?:howitzers?|artillery|self-propelled)\b", re.I)
# the weight class right before a bomb: "2,000-pound bombs", "500kg bombs", 「2000ポンド爆弾」「250キロ爆弾」
_BOMB_WEIGHT = re.compile(
    r"(?<![\d,.])[0-9０-９][0-9０-９,]*[ -]?(?:pound|pounds|lb|lbs|kg|kilogram|ポンド|キロ|キログラム)[ -]?$",
    re.IGNORECASE,
)
_BOMBS = frozenset({"bomb", "bombs", "aerial bombs", "glide bombs", "guided bombs", "爆弾", "誘導爆弾", "滑空爆弾"})
# a gun or mortar calibre written apart before rounds: "155 mm rounds", "152-mm ammunition",
# "122-millimetre rounds" (the run-together "155mm rounds" is a lexicon word); small-arms and cannon
# calibres ("7.62 mm rounds", "30mm rounds") stay ammunition
_SHELL_CALIBRE = re.compile(r"(?<![\d.,])(?:[6-9]\d|[1-4]\d\d)(?:[ -]mm|[ -]millimet(?:re|er)s?)[ -]$")


def find_items(
    text: str,
    start: int,
    end: int,
    pattern: re.Pattern[str],
    lexicon: Lexicon,
    weapon_mentions: Sequence[tuple[Mention, Entity]],
    blocked: Sequence[tuple[int, int]],
) -> list[ItemHit]:
    """Items in text[start:end]: named systems (gazetteer) and generic words (lexicon).

    A named system directly followed by a generic word (Astros IIロケット発射システム,
    "Shahed-136 drones") is one item spanning both.
    """
    items: list[ItemHit] = []
    for mention, ent in weapon_mentions:
        # 「K9 155mm自走榴弾砲」: a bare calibre the model took for a name only qualifies the item
        if start <= mention.start < end and not (ent.provisional and _CALIBRE.fullmatch(mention.text)):
            items.append(ItemHit(mention.start, mention.end, ent.category or "other", entity=ent))
    lowered, umbrellas = item_words(lexicon)
    for m in pattern.finditer(text, start, end):
        s, e = m.start(), m.end()
        if any(bs < e and s < be for bs, be in blocked):
            continue
        word = m.group().lower() if lexicon.lang == "en" else m.group()
        category = lowered.get(word) or lowered.get(unhyphenated(word), "other")
        if word in _BARE_GUNS and (
            _GUN_CALIBRE.search(text, max(start, s - 12), s) or _ARTILLERY_NEAR.search(text, start, end)
        ):
            category = "other"  # "170mm guns", "155-mm guns", guns beside howitzers: artillery pieces
        named = next((it for it in items if it.entity and _qualifies(text, it.end, s)), None)
        if named is not None:
            if text[named.end : s] == "用":
                # 「HIMARS用ロケット弾」: goods for a system are those goods, not the system
                named.entity, named.category = None, category
            named.end = e
            if part_kind(named.category, category):
                named.category = category  # "F-16 spare parts", "Shahed engines": parts of the system
            elif named.category == "other" and category != "other" and word not in _BARE_GUNS:
                named.category = category
            continue
        if any(it.start < e and s < it.end for it in items):
            continue
        s = _with_bomb_weight(text, start, s, word)
        if category == "ammunition" and (calibre := _SHELL_CALIBRE.search(text, max(start, s - 18), s)):
            category, s = "artillery-ammunition", calibre.start()
        if lexicon.lang == "ja":
            s = _with_calibre(text, start, s)
        items.append(ItemHit(s, e, category, umbrella=category == "other" and word in umbrellas))
    items.sort(key=lambda it: it.start)
    return _merge_generic_with_name(text, items)


# 「170ミリ」「155mm」: a calibre written right before a Japanese goods word
_CALIBRE_BEFORE = re.compile(r"[0-9０-９]{2,3}(?:ミリ|mm|ｍｍ)$")


def _with_calibre(text: str, start: int, s: int) -> int:
    """Where a Japanese goods word starts, its calibre included: 「170ミリ自走砲」「155mm榴弾砲」 (the
    calibre tells which guns; it counts nothing)."""
    m = _CALIBRE_BEFORE.search(text, max(start, s - 6), s)
    return m.start() if m is not None else s


def _with_bomb_weight(text: str, start: int, s: int, word: str) -> int:
    """Where a bomb word starts, its weight class included: "2,000-pound bombs", 「2000ポンド爆弾」
    (the class names the bomb; it counts nothing)."""
    if word not in _BOMBS:
        return s
    m = _BOMB_WEIGHT.search(text, max(start, s - 16), s)
    return m.start() if m is not None else s


# platforms whose rounds are goods of their own kind: "F-16 munitions", and the loose rockets of a
# launcher, "Grad rockets", "HIMARS rounds" ("Excalibur shells" are named by their system's own kind)
_PLATFORMS = {"aircraft", "drone", "armoured-vehicle", "naval", "rocket-launcher"}


def part_kind(system: str, word: str) -> bool:
    """Whether a generic word after a named system names parts or rounds of it, not the system:
    "F-16 spare parts", "Shahed engines" (components), "F-16 munitions", "Grad rockets" (ammunition;
    "Grad launchers" stay the launcher)."""
    if word == "components":
        return system not in ("components", "dual-use")
    return word in ("ammunition", "artillery-ammunition") and system in _PLATFORMS


_CALIBRE = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?[ \u3000]?(?:mm|ｍｍ|ミリ|ミリ口径|口径)")
# 「「もがみ」型護衛艦」「「あぶくま」級」「“あぶくま”型」: a class told by its bracketed or quoted name and 型 or 級
_CLASS_GAP = re.compile(r"[」』”’\"][ \u3000]?(?:型|級)")
_KATAKANA = re.compile(r"[ァ-ヺー]")


def _qualifies(text: str, name_end: int, word_start: int) -> bool:
    """Does the generic word at word_start name the kind of the system ending at name_end?
    (Astros IIロケット発射システム, 「K9 155mm自走榴弾砲」, 「パトリオット・ミサイル」: a katakana
    name and word joined by ・ transcribe one English compound, where 「戦車・装甲車」 lists two.)"""
    if word_start < name_end:
        return False
    gap = text[name_end:word_start]
    if gap == "・":
        return bool(_KATAKANA.fullmatch(text, name_end - 1, name_end) and _KATAKANA.match(text, word_start))
    if len(gap) <= 1:
        return gap not in _JOINERS
    return _CALIBRE.fullmatch(gap.strip(" \u3000")) is not None or _CLASS_GAP.fullmatch(gap) is not None


_GLOSS_OPEN = ("(", "（", " (", " （")
# 「多連装ロケットシステム(MLRS)」: an abbreviation in brackets that names no system of its own
_LATIN_GLOSS = re.compile(r" ?[(（][A-Z][A-Za-z0-9\-]{1,9}[)）]")


def _merge_glosses(text: str, items: list[ItemHit]) -> list[ItemHit]:
    """「高機動ロケット砲システム(HIMARS)」「エーブラムス(Abrams)」「無人航空機(ドローン)」: a name or
    word in brackets right after an item glosses it; the two are one item, named by the gloss when
    the first is only a word."""
    out: list[ItemHit] = []
    for it in items:
        prev = out[-1] if out else None
        if (
            prev is not None
            and (prev.entity is None or (it.entity is not None and prev.entity.id == it.entity.id))
            and (it.entity is not None or prev.category == it.category)
            and text[prev.end : it.start] in _GLOSS_OPEN
            and text[it.end : it.end + 1] in (")", "）")
        ):
            prev.end = it.end + 1
            if prev.entity is None and it.entity is not None:
                prev.entity = it.entity
                prev.category = it.category if it.category != "other" else prev.category
            continue
        out.append(it)
    for it in out:
        gloss = _LATIN_GLOSS.match(text, it.end) if it.entity is None else None
        if gloss is not None and not any(it.end <= o.start < gloss.end() for o in out):
            it.end = gloss.end()
    return out


def _merge_generic_with_name(text: str, items: list[ItemHit]) -> list[ItemHit]:
    """「自爆型ドローン「シャヘド136」」, "the drone 'Shahed-136'": a generic word naming the
    system that follows in brackets is one item, spanning both."""
    out: list[ItemHit] = []
    for it in _merge_glosses(text, items):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.entity is None
            and it.entity is not None
            and text[prev.end : it.start] in _OPENING
            and (text[prev.end : it.start] == "" or text[it.end : it.end + 1] in '」』”" ')
        ):
            # (machine translation doubles quotes: 防空システム""パンツィリS1"")
            opened = len(text[prev.end : it.start].strip())
            closing = next((n for n in range(opened, 0, -1) if _closes(text[it.end : it.end + n])), 0)
            merged = ItemHit(
                prev.start, it.end + closing, it.category if it.category != "other" else prev.category, entity=it.entity
            )
            out[-1] = merged
            continue
        out.append(it)
    for it in out:
        # 「戦闘機「J10C」」, 「戦闘機J35」: a designation the gazetteer lacks still names the system
        if it.entity is None and it.name is None:
            m = _DESIGNATION.match(text, it.end)
            if m is not None:
                it.name = (m["name"] or m["code"]).strip()
                it.end = m.end()
    return out


def _closes(s: str) -> bool:
    return bool(s) and all(c in '」』”"' for c in s)


_OPENING = ("「", "『", "“", '"', '""', " ", "")
_DESIGNATION = re.compile(
    r"[「『“\"](?P<name>[A-Za-z0-9ァ-ヺー・\- ]{2,24})[」』”\"]"  # any name in brackets
    r"|\s?(?P<code>[A-Z][A-Za-z]{0,4}[-‐]?[0-9][A-Za-z0-9\-]*)(?![A-Za-z0-9])"  # a bare designation: J35
)


# what may stand between goods and their count told after them: 「を」「が」「を追加で」「も新たに」「計」
# (「砲弾は累計1200万発に達する」「砲弾の数は約600万発に上る」: a running total told of the goods; the
# count may take the 計 of 累計 as its own)
# 「砲弾は昨年、100万発以上が届いた」「ミサイルも同じ航路で200発が」「戦車は、これまでに30両が」:
# goods set up as the topic (は, も), then a time or way, then their count as the subject (が)
_JA_TOPIC_COUNT = re.compile(r"(?:は|も)、?(?:[^、。をがはもにへ「」]{1,10}?(?:で|に|には|まで|までに|、))?、?")
_JA_COUNT_AFTER = re.compile(
    # (「K9自走砲は当初54両を輸入し」: a time word between the goods and their count)
    # (「「TB2」など少なくとも8機」: a count closing a list headed by the goods is theirs)
    # (「護衛艦(基準排水量2,000トン)全6隻」: a gloss in brackets after the goods, then the whole count)
    r"(?:[（(][^（）()、。]{1,30}[）)])?"
    r"(?:など|等)?(?:を|が|も|は|の|の(?:総)?数(?:は|が))?、?"
    # (「砲弾は合計で600万発に上る」: a total told with で; 「ミサイルの数は、これまでに100発を」: so far)
    # (「カメラが昨年だけで約12万個」: the span of time the count is of)
    r"(?:(?:[0-9０-９]{4}年|昨年|去年|今年|前年|同年|先月|今月|この[0-9０-９一二三四五六七八九十]+年間?)(?:だけ|のみ)?で"
    r"|これまでに|今までに|現在までに|追加で|新たに|さらに|更に|合わせて|あわせて|合計で|総計で|計|約|合計|総計|累計|累|通算|最大|当初|まず|最初に|初めに|今回|少なくとも|最低"
    r"|全部で|全"
    # (「「M1A2T」の第2陣38両」: the batch the count is of)
    r"|第[0-9０-９一二三四五六七八九十]+(?:陣|弾|便)"
    # (「Su-30SM2の新たなバッチ4機を」: a batch told by the loanword)
    r"|(?:新たな|新しい|追加の|次の|最初の|第[0-9０-９一二三四五六七八九十]+)?バッチ"
    # (「K9自走砲の最初の6門を」: the lot the count is of, by its turn)
    r"|(?:最初|初回|最後)の"
    # (「Su-30SME戦闘機6機のうち最後の2機」「6機の戦闘機のうち2機を」: the part the act is of)
    r"|うち[、，]?)*"
)
# 「1,200万発を超える砲弾」「100両を上回る戦車」: a count told as a bound, right before its goods
_JA_COUNT_BOUND = re.compile(r"(?:を(?:超える|超す|上回る)|に(?:上る|のぼる|達する))の?")
# 「K2戦車計180両のうち約130両を受け取った」「砲弾300万発中100万発が」: the count of a whole, then
# that of the part of it the act is of (「116両のうち、第1陣の14両が」「108両のうち、最初の38両が」: a
# part told by its turn)
_JA_PART_OF_WHOLE = re.compile(
    r"の?(?:うち|中)[、，]?"
    r"(?:(?:最初|初回|最後|次|残り|第[0-9０-９一二三四五六七八九十]+(?:陣|弾|便|次分))の|残る)?"
    r"(?:約|計|およそ|少なくとも)?"
)


# words telling goods are still on the road: "is on its way to", "en route to", "in transit to"
UNDER_WAY = re.compile(r"\b(?:on\s+(?:its|their)\s+way|en\s+route|in\s+transit|bound\s+for)\b", re.I)


# 「ウクライナの前線に」: the front a war is fought on, named after a state, is no receiver
FRONT_AFTER = re.compile(r"の(?:前線|最前線|戦場|戦線)")


# what goods are packed or carried in, or the lots they come in ("one batch of voltage regulators"):
# a count of them is no count of the goods
_PACKAGES = re.compile(
    r"\b(?:containers?|crates?|boxes|pallets?|truckloads?|trucks?|lorries|wagons?|rail ?cars?|railcars?|carriages?"
    r"|shipments?|consignments?|planeloads?|flights?|cargoes|trains?|batch(?:es)?|tranches?)\b"
    r"|コンテナ|箱|貨車|トラック|便|列車",
    re.I,
)


# what may stand between an English count and its goods: "two Patriot systems", "20 of the tanks",
# "the first 38 of the 108 M1A2T tanks" (a whole after "of" is the deal's, see en_items.is_whole_of_part),
# '"hundreds of thousands" of shells' (a quoted figure), "12 Gripen E/F fighters", a calibre between
# ("20 240mm multiple rocket launchers", "50 155 mm howitzers", "50 domestically produced 170mm guns")
_EN_COUNT_GAP = re.compile(
    r"[\"”’']?(?:\s+(?:of\s+(?:the\s+)?(?:\d[\d,]*\s+)?|the\s+)?(?:(?:[A-Za-z][\w/-]*\s+){0,2}\d{2,3}[ -]?mm\s+)?"
    # ("two Bell 412 helicopters": a maker's word with its model number)
    r"(?:[A-Za-z][\w/-]*(?:\s+\d{2,4}(?=\s))?\s+){0,3})?\s*"
)


def attach_quantities(text: str, items: list[ItemHit], quantities: Sequence[QuantityMention], lang: str) -> None:
    """Give each item the quantity written right before it ("3隻の", "two") or right after it ("数百機")."""
    used: set[int] = set()
    for it in items:
        best: tuple[int, int] | None = None
        for qi, q in enumerate(quantities):
            if qi in used or (q.start < it.end and it.start < q.end):
                continue
            if q.start >= it.end:
                gap = text[it.end : q.start].lstrip("」』）)").strip(" \u3000")  # 「小銃 2,000 丁」
                # 「戦車を追加で30両」「弾薬も計」「戦車の14両」 (not a rank: 「SAMP/Tの2基目」)
                if lang == "ja" and _JA_COUNT_AFTER.fullmatch(gap) and not text.startswith("目", q.end):
                    if _tally_of_list(text, it, items, gap):
                        break
                    best = (_part_of_whole(text, quantities, qi), 0)
                    break
                if lang == "ja" and _JA_TOPIC_COUNT.fullmatch(gap) and text.startswith("が", q.end):
                    best = (qi, 0)
                    break
                continue
            gap = text[q.end : it.start]
            if lang == "ja":
                ok = gap == "" or gap in ("の",) or (gap.startswith("の") and len(gap) <= 25 and "、" not in gap)
                ok = ok or bool(_JA_COUNT_BOUND.fullmatch(gap))
            else:
                # ("the first 38 of the 108 tanks": the part counts the goods, the whole is the deal's)
                ok = bool(_EN_COUNT_GAP.fullmatch(gap))
            ok = ok and not _PACKAGES.search(gap)  # "20,000 containers of munitions": a count of boxes
            if ok and not any(o.start < it.start and o.start >= q.end for o in items if o is not it):
                dist = len(gap)
                if best is None or dist < best[1]:
                    best = (qi, dist)
        if best is not None:
            q = quantities[best[0]]
            used.add(best[0])
            it.quantity = q.quantity


# 「AやBなど」「A、Bなど」: the words joining goods in a list
_LIST_JOIN = re.compile(r"[」』]?(?:や|、|と|・|及び|および)")


def _tally_of_list(text: str, it: ItemHit, items: list[ItemHit], gap: str) -> bool:
    """「巡航ミサイルの部品や無人機の誘導装置など計約80点」: a count after the など closing a list of goods
    tallies the whole list, not its last goods (one goods word before など keeps it: 「「TB2」など8機」)."""
    if not gap.startswith(("など", "等")):
        return False
    return any(o.end <= it.start and _LIST_JOIN.fullmatch(text[o.end : it.start]) for o in items if o is not it)


def _part_of_whole(text: str, quantities: Sequence[QuantityMention], qi: int) -> int:
    """The count the goods take where `qi` counts a whole the next count is part of: 「K2戦車計180両
    のうち約130両」 gives the goods 130, not 180."""
    q = quantities[qi]
    for k in range(qi + 1, len(quantities)):
        if quantities[k].start >= q.end:
            return k if _JA_PART_OF_WHOLE.fullmatch(text, q.end, quantities[k].start) else qi
    return qi


def dedupe_args(args: list[Arg]) -> list[Arg]:
    seen: set[tuple[int, int]] = set()
    out = []
    for a in args:
        if (a.start, a.end) not in seen:
            seen.add((a.start, a.end))
            out.append(a)
    return out


# a word of Latin letters: the last one of an English name of goods is their kind
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def goods_word(surface: str) -> str:
    """The word naming goods' kind: an English name's last word, singular ("T129 ATAK attack
    helicopters" -> "helicopter"); a Japanese name whole (its kind is the end it shares)."""
    words: list[str] = _LATIN_WORD.findall(surface)
    if words and surface.isascii():
        return words[-1].lower().removesuffix("s")
    return surface


def same_kind_word(bare: str, named: str) -> bool:
    """Whether goods named `named` end in the word `bare` ("helicopters" of "T129 helicopters",
    「戦闘機」 of 「MiG-29戦闘機」)."""
    return goods_word(named).endswith(goods_word(bare)) and len(goods_word(bare)) > 1
