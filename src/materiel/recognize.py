"""Recognize stage: link names in the text to gazetteer entities, with offsets into the text.

Exact and alias names are found by a character trie over a folded copy of the text (folding maps
every character to zero or more characters and keeps a map back to the original offsets), so
Japanese names inside unsegmented text (イラン製, 露朝) are found whatever the tokenizer did.
Garbled machine-translated names ("ashd al-shaabi", シャへド) are matched by fuzzy comparison
with a score; names the gazetteer lacks come from the parser's NER as provisional entities.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from materiel.gazetteer import Gazetteer
from materiel.model import Entity, MatchKind, Mention

_DROP = set(" \t\u3000・･-‐‑–—_'’.·ー〜")
_KANA_FIX = str.maketrans({"ヴ": "ブ", "ヰ": "イ", "ヱ": "エ", "ヂ": "ジ", "ヅ": "ズ"})
# A single-kanji country abbreviation (露, 米, 朝) counts only beside another one (露朝, 日米) or
# in these frames; alone, 中 or 米 are far more often ordinary words (中旬, 米国産の米).
_ABBREV_BEFORE = set("対訪親反在駐来離")
# 「米、宇に長射程ミサイル」「米国がポーランド経由で宇に砲弾」: a headline's one-kanji state, after the
# subject's particle, a comma or 経由で, as where goods go or come from (not 「…、中には」, "among them";
# nor 中 and 日 at all, everyday words there: 「箱は中に」 "inside", 「…は日に3回」 "a day")
_ABBREV_AS_END = re.compile(r"[、がはで][^中日](?:に|へ|から)(?!は)")
_ABBREV_AFTER = (
    "軍", "空軍", "海軍", "陸軍", "海兵隊", "政府", "側", "製", "紙", "国防", "外務", "外相", "首脳", "大統領", "首相",
    "当局", "間", "両国", "関係",
    "大使", "企業", "高官", "当局者", "・", "、", "議会", "国務", "財務", "商務", "情報", "空母", "艦", "産",
)  # fmt: skip


@functools.cache  # one character folds the same way every time; a text repeats few characters
def fold_char(ch: str) -> str:
    """How one character compares: width, case and kana variants folded; separators dropped."""
    if ch in _DROP:
        return ""
    out = unicodedata.normalize("NFKC", ch).casefold()
    if len(out) == 1 and "ぁ" <= out <= "ゖ":
        out = chr(ord(out) + 0x60)  # hiragana typed for katakana (シャへド)
    return out.translate(_KANA_FIX)


def fold(s: str) -> str:
    return "".join(fold_char(c) for c in s)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, the offset of its original character."""
    table = {ord(ch): fold_char(ch) for ch in set(text)}
    if all(len(f) <= 1 for f in table.values()):
        # each character folds to one character or none (nearly every text): one C pass each
        dropped = {chr(o) for o, f in table.items() if not f}
        return text.translate(table), [i for i, ch in enumerate(text) if ch not in dropped]
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        f = table[ord(ch)]
        chars.append(f)
        origin.extend([i] * len(f))
    return "".join(chars), origin


_LATIN_WORD = re.compile(r"[\x00-\u024f]*[a-z0-9][\x00-\u024f]*")


def _is_latin(s: str) -> bool:
    """Latin-script text (below U+0250) with a lower-case letter or a digit: a folded Latin name."""
    return _LATIN_WORD.fullmatch(s) is not None


def _is_katakana(c: str) -> bool:
    return "ァ" <= c <= "ヺ"


@dataclass
class _Key:
    entity_id: str
    form: str
    lang: str
    surface: str


@dataclass
class NameIndex:
    """A trie over folded names, and the lists the fuzzy matcher compares against."""

    trie: dict[str, Any] = field(default_factory=dict)
    latin_keys: dict[str, _Key] = field(default_factory=dict)
    kana_keys: dict[str, _Key] = field(default_factory=dict)
    abbreviations: set[str] = field(default_factory=set)

    def add(self, surface: str, key: _Key) -> None:
        k = fold(surface)
        if not k:
            return
        node = self.trie
        for ch in k:
            node = node.setdefault(ch, {})
        node.setdefault("", []).append(key)
        if key.form != "adjective" and len(k) >= 5:
            if _is_latin(k):
                self.latin_keys.setdefault(k, key)
            elif all(_is_katakana(c) for c in k):
                self.kana_keys.setdefault(k, key)


_TYPE_PRIORITY = {"country": 0, "armed-group": 1, "state-body": 2, "weapon-system": 3, "media": 4}


@functools.lru_cache(maxsize=4)
def build_index(gazetteer: Gazetteer) -> NameIndex:
    index = NameIndex()
    for surface, entity_id, lang, form in gazetteer.names():
        index.add(surface, _Key(entity_id, form, lang, surface))
    index.abbreviations = {k.surface for k in _single_char_keys(index)}
    return index


def _hiragana_class(key: _Key, written: str, gazetteer: Gazetteer) -> bool:
    """「もがみ型護衛艦」「あぶくま型」: a weapon system whose name is written in hiragana, found
    as written (a state's hiragana alias, わが国, stays out: it is the speaker's own state)."""
    ent = gazetteer.get(key.entity_id)
    return ent is not None and ent.type == "weapon-system" and key.surface == written


def _choose(keys: list[_Key], gazetteer: Gazetteer) -> _Key:
    def rank(k: _Key) -> tuple[int, int]:
        ent = gazetteer.get(k.entity_id)
        return (_TYPE_PRIORITY.get(ent.type if ent else "", 9), 0 if k.form == "name" else 1)

    return min(keys, key=rank)


# how far back a country named before a body's name still tells which state's body is meant
_NAMESAKE_REACH = 300


def _lookup(index: NameIndex, surface: str) -> list[_Key]:
    """The keys a whole surface names in the index (none where it names nothing)."""
    node = index.trie
    for ch in fold(surface):
        if ch not in node:
            return []
        node = node[ch]
    return list(node.get("", []))


def _body_of_state_named(
    key: _Key, written: str, gazetteer: Gazetteer, index: NameIndex, found: list[Mention], start: int
) -> _Key | None:
    """A body's name that another state's body also bears, joined to that state's name, is that
    state's body where that state is the one named last before it: 「リビアの国民統一政府」 and
    「首都トリポリの国民統一政府」 are Libya's government (リビア国民統一政府), not Myanmar's NUG."""
    if _is_latin(fold(written)):
        return None  # (a Latin name bears its state in the name: "Libya's Government of National Unity")
    ent = gazetteer.get(key.entity_id)
    if ent is None or ent.country is None or ent.type not in ("state-body", "armed-group", "military-unit"):
        return None
    if ent.country == "JPN":
        return None  # (the Japanese press's bare 国家安全保障会議 is its home's, whoever it named before)
    for m in reversed(found):
        if start - m.end > _NAMESAKE_REACH:
            return None
        near = gazetteer.get(m.entity_id)
        if near is None or near.country is None:
            continue
        if near.country == ent.country:
            return None
        state = gazetteer.country(near.country)
        if state is None:
            return None
        for name in gazetteer.surfaces_of(state.id):
            other = [k for k in _lookup(index, name + written) if k.entity_id != key.entity_id]
            if other:
                return other[0]
        return None
    return None


# the state's adjective a combining form ("Franco-", "Anglo-") is joined to: "Franco-Italian",
# "Anglo-French", "Italo-Turkish" (not "Anglo-Saxon", a people)
_JOINED_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ish|ese|ch|ic|i)\b")


def _boundary_ok(text: str, start: int, end: int, key: str, surface: str) -> bool:
    before = text[start - 1] if start > 0 else " "
    if not _is_latin(key):
        while end < len(text) and text[end] == "ー" and _is_katakana(text[end - 1]):
            end += 1  # the long-vowel mark folds away but ends the name (ロイターは, ゼレンスキー(…))
    after = text[end] if end < len(text) else " "
    if _is_latin(key):
        if (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()):
            return False
        if surface.endswith("-") and not (after in "-‐‑" and _JOINED_DEMONYM.match(text, end + 1)):
            return False  # ("Franco-" names France only joined to another make: "Franco-Italian", not "General Franco")
        if before in "'’" and start > 1 and text[start - 2].isalnum() and text[start] in "sS":
            return False  # the "s" of a possessive: "South Korea's Korea Aerospace" holds no "S. Korea"
        # A capitalized name must be capitalized in the text ("Turkey", not "turkey"); an
        # all-capitals abbreviation must be all capitals ("US", not "us").
        written = text[start:end]
        if surface.isupper() and len(surface) <= 5 and written != written.upper():
            return False
        return not (surface[:1].isupper() and written[:1].islower() and len(surface) <= 6)
    # a katakana name inside a longer katakana word is another word (イラン in イランイラン);
    # the neighbours are read unfolded, so a hiragana particle (が, に) is a boundary
    if _is_katakana(key[0]) and (_is_katakana(before) or before == "ー"):
        return False
    return not (_is_katakana(key[-1]) and (_is_katakana(after) or after == "ー"))


def _abbrev_ok(text: str, start: int, end: int, abbrevs: set[str]) -> bool:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before.isdigit():
        return False
    if before in abbrevs or after in abbrevs or before in _ABBREV_BEFORE:
        return True
    if "\u4e00" <= before <= "\u9fff":
        return False  # the end of a word (追加軍, 全米, 欧米): no country of its own
    as_end = start > 0 and _ABBREV_AS_END.match(text, start - 1, end + 3) is not None
    return text.startswith(_ABBREV_AFTER, end) or as_end


_OFFICE_TYPES = frozenset({"state-body", "military-unit"})


def _merge_after_country(
    mentions: list[Mention], gazetteer: Gazetteer, join: Callable[[Mention, Entity, Mention, Entity], Mention | None]
) -> list[Mention]:
    """The mentions, each that `join` makes one with the country mention right before it merged into
    one mention (`join` gives the merged mention, or None where the two stay apart)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        ent = gazetteer.get(m.entity_id)
        prev_ent = gazetteer.get(prev.entity_id) if prev else None
        if prev is not None and prev_ent is not None and ent is not None and prev_ent.type == "country":
            merged = join(prev, prev_ent, m, ent)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(m)
    return out


def _merge_state_offices(mentions: list[Mention], gazetteer: Gazetteer, text: str) -> list[Mention]:
    """「北朝鮮外務省」「UAEの外務省」: a bare office name (外務省 is Japan's) right after a country
    name, or after the country and の, is that country's office, so the pair is one mention of
    the country."""

    def join(prev: Mention, prev_ent: Entity, m: Mention, ent: Entity) -> Mention | None:
        adjoining = prev.end == m.start or (prev.end + 1 == m.start and text[prev.end] == "の")
        if not adjoining or ent.type not in _OFFICE_TYPES or ent.country == prev_ent.country:
            return None
        return Mention(prev.entity_id, prev.start, m.end, text[prev.start : m.end], "alias", 1.0, form=prev.form)

    return _merge_after_country(mentions, gazetteer, join)


# what a Japanese outlet's home is told with before its name: 「英紙」「米誌」「独誌」「韓国紙」
_JA_PRESS_KIND = re.compile(r"(?:紙|誌)")


def _merge_outlet_homes(mentions: list[Mention], gazetteer: Gazetteer, text: str) -> list[Mention]:
    """「英紙ガーディアン」「米誌フォーブス」「韓国紙中央日報」: a state told with 紙 or 誌 right before an
    outlet's name is where the outlet is based, not a party that speaks or acts: the three are one
    mention of the outlet."""

    def join(prev: Mention, prev_ent: Entity, m: Mention, ent: Entity) -> Mention | None:
        if ent.type != "media" or _JA_PRESS_KIND.fullmatch(text, prev.end, m.start) is None:
            return None
        return Mention(m.entity_id, prev.start, m.end, text[prev.start : m.end], "alias", 1.0, form=m.form)

    return _merge_after_country(mentions, gazetteer, join)


@dataclass
class Recognized:
    mentions: list[Mention]
    entities: dict[str, Entity]


def _exact(text: str, gazetteer: Gazetteer, index: NameIndex) -> list[Mention]:
    folded, origin = fold_with_map(text)
    abbrevs = index.abbreviations
    found: list[Mention] = []
    i = 0
    n = len(folded)
    while i < n:
        o = origin[i]
        if o and text[o].isascii() and text[o].isalpha() and text[o - 1].isascii() and text[o - 1].isalpha():
            i += 1  # (inside a Latin word: no name starts there, see _boundary_ok)
            continue
        node = index.trie
        j = i
        best: tuple[int, list[_Key]] | None = None
        while j < n and folded[j] in node:
            node = node[folded[j]]
            j += 1
            if "" in node:
                start, end = origin[i], origin[j - 1] + 1
                keys = [k for k in node[""] if _boundary_ok(text, start, end, folded[i:j], k.surface)]
                # a katakana name must be written in katakana at its edges (タイ, not たい), unless the
                # name is itself written in hiragana, as Japanese ship classes are (もがみ型)
                if keys and (
                    (_is_katakana(folded[i]) and not _is_katakana(text[start]))
                    or (_is_katakana(folded[j - 1]) and not _is_katakana(text[end - 1]))
                ):
                    keys = [k for k in keys if _hiragana_class(k, text[start:end], gazetteer)]
                if end - start == 1 and keys and not _is_latin(folded[i:j]):
                    keys = keys if _abbrev_ok(text, start, end, abbrevs) else []
                if keys:
                    best = (j, keys)
        if best is None:
            i += 1
            continue
        j, keys = best
        key = _choose(keys, gazetteer)
        start, end = origin[i], origin[j - 1] + 1
        while end < len(text) and text[end] == "ー" and _is_katakana(text[end - 1]):
            end += 1  # the long-vowel mark folds away but belongs to the name (ロイター)
        written = text[start:end]
        key = _body_of_state_named(key, written, gazetteer, index, found, start) or key
        match: MatchKind = "exact" if written == key.surface else "alias"
        found.append(Mention(key.entity_id, start, end, written, match, 1.0, form=key.form))
        i = j
    return found


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][a-z]+){1,5}")


def _own_acronyms(mentions: list[Mention], text: str, gazetteer: Gazetteer) -> list[Mention]:
    """An acronym the story spells out for something else is not the gazetteer's: "CAR says" after
    "Conflict Armament Research" is that group, not the Central African Republic."""
    spelled: set[str] = set()
    for m in _CAPITALISED.finditer(text):
        words = [w for w in m.group().split() if w not in ("of", "for", "and")]
        spelled |= {"".join(w[0] for w in words[i:]) for i in range(len(words) - 1)}
    if not spelled:
        return mentions

    def foreign(m: Mention) -> bool:
        if not _ACRONYM.fullmatch(m.text) or m.text not in spelled:
            return False
        ent = gazetteer.get(m.entity_id)
        names = [ent.name, *ent.names.get("en", [])] if ent is not None else []
        return not any(n in text for n in names if n != m.text and len(n) > len(m.text))

    return [m for m in mentions if not foreign(m)]


# a state's forces or office spelled out with the acronym the story then uses: "The Brazilian Air Force
# (FAB)", "the Turkish Ministry of National Defence (MSB)"
_DEFINED_ACRONYM = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){0,5}"
    r"(?:Air\s+Force|Navy|Army|Armed\s+Forces|Forces|Guard|Ministry[\w\s]{0,30}?|Agency|Corps))"
    r"\s*\((?P<acr>[A-Z]{2,6})\)"
)


def _defined_acronyms(mentions: list[Mention], entities: dict[str, Entity], text: str) -> list[Mention]:
    """ "FAB receives two more Gripen fighters ... The Brazilian Air Force (FAB) received": an acronym the
    story defines in brackets after a state's forces or office is that state wherever it stands, the
    headline above the definition included, whatever else the gazetteer knows by the letters (FAB, a
    Russian bomb)."""
    defined: dict[str, str] = {}
    for d in _DEFINED_ACRONYM.finditer(text):
        states = [
            m.entity_id
            for m in mentions
            if d.start("name") <= m.start < d.end("name")
            and (e := entities.get(m.entity_id)) is not None
            and e.type == "country"
        ]
        if len(set(states)) == 1:
            defined.setdefault(d["acr"], states[0])
    if not defined:
        return mentions
    return [
        dataclasses.replace(m, entity_id=defined[m.text], form="name") if m.text in defined else m for m in mentions
    ]


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _spelled_acronyms(mentions: list[Mention], entities: dict[str, Entity]) -> list[Mention]:
    """ "Conflict Armament Research (CAR) ... CAR said": an acronym the parser proposes as a name of
    its own is the named body the story spells it out for, when the story names that body."""
    spelled = {
        _initials(m.text): m.entity_id
        for m in mentions
        if (e := entities.get(m.entity_id)) is not None and not e.provisional and len(m.text.split()) >= 2
    }
    out, moved = [], set()
    for m in mentions:
        e = entities.get(m.entity_id)
        if e is not None and e.provisional and _ACRONYM.fullmatch(m.text) and m.text in spelled:
            moved.add(m.entity_id)
            m = dataclasses.replace(m, entity_id=spelled[m.text])
        out.append(m)
    used = {m.entity_id for m in out}
    for eid in moved - used:
        del entities[eid]
    return out


def _single_char_keys(index: NameIndex) -> tuple[_Key, ...]:
    return tuple(k for ch, node in index.trie.items() if ch and "" in node for k in node[""] if len(k.surface) == 1)


# (letters glued to digits close a designator, "AIM-9M", "MiG-29K", and start no run: "M missiles" is
# not a garbled "SM-6")
_LATIN_RUN = re.compile(r"(?<![0-9A-Za-z])[A-Za-z][A-Za-z'’\-]*(?:[ \-][A-Za-z][A-Za-z'’\-]*){0,3}")
# katakana words, letting a stray hiragana stand inside one (シャへド), never at its edges
_KANA_RUN = re.compile(r"[ァ-ヺ][ァ-ヺー・]*(?:[ぁ-ゖ][ァ-ヺー・]+)*")


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


_FIT: dict[int, tuple[dict[str, _Key], int, dict[tuple[int, float], list[str]]]] = {}


def _length_fit(keys: dict[str, _Key], size: int, cutoff: float) -> list[str]:
    """The names long enough and short enough to reach `cutoff` against a query of `size` characters
    (fuzz.ratio is at most 200 * shorter / (both lengths)), in the index's order: comparing a query
    with every name of the gazetteer was most of the recognizer's time."""
    entry = _FIT.get(id(keys))
    if entry is None or entry[0] is not keys or entry[1] != len(keys):
        entry = _FIT[id(keys)] = (keys, len(keys), {})
    fit = entry[2].get((size, cutoff))
    if fit is None:
        fit = entry[2][(size, cutoff)] = [
            k for k in keys if 200.0 * min(size, len(k)) / (size + len(k)) >= cutoff - 1e-9
        ]
    return fit


# English words that begin or end no name (sentence-initial capitals, dates): comparing spans
# that start or end with them against the gazetteer was most of the fuzzy matcher's work
_EN_COMMON = frozenset({
    "the", "a", "an", "in", "on", "at", "of", "for", "to", "by", "with", "from", "and", "or", "but", "as",
    "this", "that", "these", "those", "it", "its", "their", "his", "her", "our", "we", "they", "he", "she",
    "there", "then", "also", "after", "before", "during", "since", "under", "over", "while", "when",
    "where", "which", "who", "what", "some", "many", "most", "more", "all", "first", "last", "next", "new",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"
})  # fmt: skip


def _fuzzy(text: str, lang: str, index: NameIndex, taken: list[tuple[int, int]]) -> list[Mention]:
    """Garbled names: compare uncovered Latin word runs and katakana runs with the gazetteer."""
    out: list[Mention] = []
    covered = bytearray(len(text))  # 1 where a name is already found: a span touching one is taken
    for start, end in taken:
        covered[start:end] = b"\x01" * (end - start)
    candidates = [c for c in _fuzzy_candidates(text, lang, index) if 1 not in covered[c[0] : c[1]]]
    queries = {(start, end): fold(text[start:end]) for start, end, _, _ in candidates}
    best = _best_names([(queries[(s, e)], keys, cutoff) for s, e, keys, cutoff in candidates])
    for start, end, keys, cutoff in candidates:
        hit = best.get((queries[(start, end)], id(keys), cutoff))
        if hit is None or 1 in covered[start:end]:
            continue  # no name close enough, or one found earlier in this pass covers the span
        key = keys[hit[0]]
        if _part_of(text[start:end], key.surface):
            continue  # "Air Force" is not the "US Air Force": a name short of a word is another's
        if lang == "en" and fold(key.surface)[1:] == queries[(start, end)]:
            continue  # "the 3rd Assault Brigade" is no "Dassault": a word that a name holds past its first letter
        out.append(Mention(key.entity_id, start, end, text[start:end], "fuzzy", hit[1] / 100.0, form=key.form))
        taken.append((start, end))
        covered[start:end] = b"\x01" * (end - start)
    return out


def _fuzzy_candidates(text: str, lang: str, index: NameIndex) -> list[tuple[int, int, dict[str, _Key], float]]:
    """The spans worth comparing with the gazetteer, longest first at each start."""
    candidates: list[tuple[int, int, dict[str, _Key], float]] = []
    for m in _LATIN_RUN.finditer(text):
        words = list(re.finditer(r"[A-Za-z][A-Za-z'’\-]*", m.group()))
        if lang == "en" and not any(w.group()[0].isupper() for w in words) and "-" not in m.group():
            continue
        for a in range(len(words)):
            if lang == "en" and not words[a].group()[0].isupper():
                continue  # in English a name starts with a capital; lower case is a common word
            if lang == "en" and words[a].group().lower() in _EN_COMMON:
                continue  # "The first", "Its foreign ministry", "Tuesday": the name, if any, starts later
            for b in range(len(words), a, -1):
                if b - 1 > a and words[b - 1].group().lower() in _EN_COMMON:
                    continue  # "Ministry of": a name ends on a word of its own
                start, end = m.start() + words[a].start(), m.start() + words[b - 1].end()
                candidates.append((start, end, index.latin_keys, 88.0))
    for m in _KANA_RUN.finditer(text):
        candidates.append((m.start(), m.end(), index.kana_keys, 85.0))
    return sorted(candidates, key=lambda c: (c[0], -(c[1] - c[0])))


def _best_names(
    queries: list[tuple[str, dict[str, _Key], float]],
) -> dict[tuple[str, int, float], tuple[str, float]]:
    """The closest gazetteer name at or above the cutoff for each query, each query asked once
    (a story repeats its names, and its capitalised common words, many times)."""
    best: dict[tuple[str, int, float], tuple[str, float]] = {}
    asked: set[tuple[str, int, float]] = set()
    for query, keys, cutoff in queries:
        ask = (query, id(keys), cutoff)
        if len(query) < 5 or ask in asked:
            continue
        asked.add(ask)
        # (articles of a batch share their names and capitalised words: each is compared once)
        answers = _answers_for(keys)
        if (query, cutoff) in answers:
            hit = answers[(query, cutoff)]
        else:
            fit = _length_fit(keys, len(query), cutoff)
            hit = answers[(query, cutoff)] = process.extractOne(query, fit, scorer=fuzz.ratio, score_cutoff=cutoff)
        if hit is not None:
            best[ask] = (hit[0], hit[1])
    return best


# the closest names already looked up in one index's names, by query and cutoff (None: no name
# close enough); each entry holds its names so that their id stays theirs
_ANSWERED: dict[int, tuple[dict[str, _Key], int, dict[tuple[str, float], Any]]] = {}
_ANSWERED_MAX = 100_000


def _answers_for(keys: dict[str, _Key]) -> dict[tuple[str, float], Any]:
    entry = _ANSWERED.get(id(keys))
    if entry is None or entry[0] is not keys or entry[1] != len(keys) or len(entry[2]) > _ANSWERED_MAX:
        entry = _ANSWERED[id(keys)] = (keys, len(keys), {})
    return entry[2]


def forget_fuzzy_answers() -> None:
    """Forget the names looked up so far (the benchmark starts each run cold)."""
    _ANSWERED.clear()


def _words(s: str) -> set[str]:
    return {w for w in re.split(r"[\s\-.'’]+", s.casefold()) if w}


def _part_of(query: str, surface: str) -> bool:
    """Whether `query` is `surface` less one of its words ("Military" of "U.S. Military")."""
    return _words(query) < _words(surface)


_JA_NER_TYPES = {
    "Company": "company", "Company_Group": "company", "Military": "military-unit",
    "Political_Organization_Other": "state-body", "Government": "state-body",
    "International_Organization": "state-body",
    "Person": "person", "City": "city", "Province": "region", "Country": "country", "Weapon": "weapon-system",
    "Ship": "vessel", "Port": "port",
}  # fmt: skip
_EN_NER_TYPES = {"ORG": "company", "PERSON": "person", "GPE": "city", "LOC": "region"}
_STATE_WORDS = re.compile(r"ministry|agency|council|department|office|government|省|庁|局|委員会|政府", re.I)


# a name followed by an age, as court filings and wire copy give a person's: "Ilya Sokolov, 41, of
# Moscow", "Arslan, 52,"
_EN_AGE_AFTER = re.compile(r",\s*\d{2},")


_DEAL_NAME = re.compile(
    r"\b(?:sales?|deals?|deliver(?:y|ies)|transfers?|packages?|programmes?|programs?|initiative|agreements?"
    r"|contracts?|financing)$",
    re.I,
)
# a deal word right after a name the model read: "the Mirage deal", "the KAAN contract"
_EN_DEAL_AFTER = re.compile(r" (?:deal|contract|purchase|order|sale)s?\b")
# a service named by its common noun alone, capitalised in a headline or as a title ("Navy inducts
# first submarine", "the Army said"): the service of a state the text names elsewhere, no name of its own
_EN_BARE_SERVICE = re.compile(r"(?:the\s+)?(?:Navy|Army|Air\s+Force|Marine\s+Corps|Marines|Coast\s+Guard)", re.I)


# a named base or airfield the gazetteer lacks ("Isa Air Base", "Tartus Naval Base"): NER reads it as
# a firm or a town, but it is a place the goods are taken to
_EN_FACILITY_NAME = re.compile(
    r"\b(?:Air\s?base|Naval\s+(?:Base|Station)|Air\s?field|Air\s+Station|Airport|(?:Army\s+)?Depot|Arsenal)$", re.I
)
# a unit named by its number ("the 584th Armored Brigade", "47th Mechanized Brigade"): a state's own
# unit, where goods are taken; the state whose army it is is named on its own
_EN_NUMBERED_UNIT = re.compile(
    r"(?:the\s+)?\d+(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Brigade|Division|Regiment|Battalion|Squadron|Wing|Flotilla|Fleet|Corps)",
)
# a ship by its navy's prefix ("BRP Diego Silang", "HMS Richmond", "USS Mellon"): goods, no party
_EN_SHIP_NAME = re.compile(
    r"(?:the\s+)?(?:BRP|HMS|USS|USNS|USCGC|INS|HMAS|HMCS|HMNZS|KRI|TCG|ROKS|ARA|BAP|BNS|PNS|HTMS|KD|RSS|ORP|NRP"
    r"|FGS|ENS|SPS|ESPS|HNLMS|HDMS|HNoMS|HSwMS|ITS|CNS|LÉ|RFS)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}"
)
# "reach Holzdorf air base", "landed at Baranovichi airfield": the facility word after a name the
# parser read alone
_EN_FACILITY_AFTER = re.compile(r"\s+(?:air\s?base|naval\s+(?:base|station)|air\s?field|air\s+station|airport)\b")
# a name right before the works it names: "Hyundai Rotem's Changwon plant", "the Izhevsk factory" (a
# town where goods are made, which NER may read as a firm; the works' owner is named on its own). A
# shipyard is a firm that sells ships ("China's Hudong-Zhonghua shipyard") and keeps its name.
_EN_WORKS_AFTER = re.compile(r" (?:plant|factory|assembly plant|production plant)s?\b")
# a unit named for the base it holds: "the 584th Armored Brigade's base in Hukou" (where goods are
# taken, no party; the state whose army it is is named on its own)
# a state owning the formation named next: "Ukraine's 47th Brigade", "the Ukrainian 3rd Assault Brigade"
_EN_OWNER_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:['’]s|(?:an|ian|ese|ish|ean))\s+$")
_EN_UNIT_BASE_AFTER = re.compile(r"(?:['’]s)? (?:base|depot|garrison|barracks)\b")


# the capitalised common nouns legal and official prose defines a party by ("Asia Tech Trans LLC
# ("the Company")", "the Defendants", "the Consignee"): a stand-in, not a name of its own
_EN_DEFINED_TERM = re.compile(
    r"(?:the\s+)?(?:Compan(?:y|ies)|Firms?|Defendants?|Consignees?|Buyers?|Sellers?|Entit(?:y|ies)|Network)",
    re.I,
)
_JA_COUNTED = re.compile(
    r"(?:数|XNUMX|[0-9０-９][0-9０-９,，.]*|[一二三四五六七八九十百千]+)(?:万|千|百|億)*"
    r"(?:発|機|両|輌|隻|基|門|丁|挺|個|台|着|トン|セット)(?:以上|余り|超|強|分)?$"
)
_JA_MONEY = re.compile(r"[0-9０-９].*(?:ドル|円|ユーロ|ポンド|ウォン|ルーブル)")
# a kind of firm, no firm's name: 「貿易会社」「フロント企業」「ペーパーカンパニー」 (the state before its の acts)
JA_FIRM_KINDS = (
    # (「香港の供給業者」「販売会社」: a firm told by its trade)
    r"(?:(?:貿易|商|輸出入|輸入|輸出|物流|運送|海運|防衛|軍需|ダミー|フロント|ペーパー|関連|民間|国営|国有|大手|中小|仲介|中継|現地"
    r"|供給|販売|調達)?"
    # (「香港のブローカー」「UAEの代理店」: a broker or agent trades for others)
    # (「UAEの取引先を経由して」: or by its dealings with the one who ships)
    r"(?:会社|企業|商社|業者|メーカー|カンパニー|サプライヤー|ブローカー|代理店|ディーラー|取引先|取引相手)"
    # (「電子部品商社」「工作機械の輸入業者」: a trader told by the goods it trades; not a maker, who makes them)
    # (「電子部品販売会社」: or by the goods it sells)
    r"|(?:電子部品|半導体|電子機器|工作機械|機械|精密機器)の?(?:(?:輸入|輸出|販売)?(?:商社|業者)|(?:輸入|輸出|販売)会社)"
    # (「電池販売会社」「化学品輸出業者」「繊維商社」: any goods a trader deals in, told right before the
    # kind of trader)
    r"|[一-龯ァ-ヶー]{1,6}?(?:(?:輸入|輸出|販売)(?:会社|業者|商社)|商社))"
)
# a firm of a place, no firm's name: "a firm in Turkey", "front companies in Dubai", "UAE-based traders"
_EN_FIRMS = r"(?:firms?|compan(?:y|ies)|traders?|suppliers?|exporters?|brokers?|distributors?)"
# ("trading companies in Dubai and Istanbul", "firms in Hong Kong, Dubai and Istanbul": each place listed)
_EN_FIRM_BEFORE = re.compile(
    rf"\b(?:{_EN_FIRMS}|middlem[ae]n|intermediar(?:y|ies)) (?:(?:based|registered) )?(?:in|from) (?:the )?"
    r"(?:[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}(?:,| and|, and) (?:the )?){0,3}$",
    re.I,
)
_EN_FIRM_AFTER = re.compile(rf"(?:-based|-registered)? (?:\w+ )?{_EN_FIRMS}\b", re.I)
# a sentence opening on where its subject works from: "Operating from Shenzhen, the company ..."
_EN_BASE_OPENING = re.compile(r"(?:^|[.!?\n]\s*)(?:Operating|Based|Headquartered) (?:out of|from|in) (?:the )?$")


def en_firm_place(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] tells where a firm is: "a firm in Turkey", "traders in
    Dubai", "a Dubai-based company", "UAE-based Gulf Horizon Logistics", "Operating from Shenzhen,
    the company" (the firm acts for that place's state)."""
    if _EN_BASE_OPENING.search(text[max(0, start - 40) : start]) and text[end : end + 1] == ",":
        return True
    if _EN_FIRM_AFTER.match(text, end) or _EN_SEATED_NAME.match(text, end):
        return True
    return _EN_FIRM_BEFORE.search(text[max(0, start - 80) : start]) is not None


# (「ダミー会社経由で」: the tagger may take the way word after the kind into the name; a headline
# that drops the particle, 「ペーパー会社介しロシアへ」, the verb of the way too)
_JA_FIRM_KIND = re.compile(JA_FIRM_KINDS + r"(?:数社|各社|複数社|[0-9０-９]+社)?(?:経由|介し|通じ|使い)?(?:て)?")
_JA_FACILITY = re.compile(
    r"(?:空軍|海軍|陸軍|軍|軍事|航空|補給|前線|秘密|地下|物流|兵站)*(?:基地|駐屯地|港|空港|飛行場|施設|倉庫|弾薬庫|拠点|工場)"
)
# 「ラワルピンディのヌール・カーン空軍基地から」: a name the gazetteer lacks that a base, port or
# airport belongs to is a town (every state is in the gazetteer)
_JA_FACILITY_OF = re.compile(r"の[^、。のはがをにへ]{0,12}?" + _JA_FACILITY.pattern)
# 「新型艦」「次期戦闘機」「最新鋭機」: a kind of craft by its generation, which GiNZA may tag a firm; no
# party is named so (a firm's name is not all kanji of this shape)
_JA_GOODS_GENERATION = re.compile(r"(?:新型|次期|最新鋭?|新鋭|旧型|同型|改良型)[一-龯]{1,4}")
_JA_TITLE = re.compile(r"(?:官|室長|局長|部長|課長|議長|委員長|社長|会長|大臣|議員|委員|大使|報道官)$")


def _slug(name: str) -> str:
    s = re.sub(r"[^\w]+", "-", unicodedata.normalize("NFKC", name).casefold()).strip("-")
    return s[:60] or "unnamed"


# 「日本とフィリピン両政府は」「両国政府は」: a pair word for the two states named just before or
# in the sentence before, no name of its own
_JA_PAIR_WORD = re.compile(r"両(?:国)?政府")


# the one or two words after a name, where a goods word may go on: "GNSS| modules"
_EN_NEXT_WORDS = re.compile(r"[ -]([\w-]+)(?: ([\w-]+))?")


# a count right before a name: "four Defence and Intervention Frigates" (a firm is not counted:
# "Hongda Electronics, a distributor")
_COUNT_BEFORE = re.compile(
    r"(?:\b\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|dozen|several|additional|more))\s+(?:\(\d+\)\s+)?$",
    re.I,
)
# plural goods words a maker's name does not end in ("Airbus Helicopters", "Rolls-Royce Engines" do)
_FIRM_GOODS_PLURALS = frozenset({"helicopters", "engines", "weapons", "arms", "systems", "industries"})


def _goods_titled(name: str, text: str, start: int, reserved: frozenset[str]) -> bool:
    """Whether a name the model took for a firm is a description of goods written in capitals, as
    notices and trade copy write them: "four Defence and Intervention Frigates", "400 Advanced
    Medium-Range Air-to-Air Missiles" (several words ending in a plural goods word of the lexicon, after
    a count)."""
    words = name.split()
    last = words[-1].lower() if words else ""
    return (
        len(words) >= 2
        and last.endswith("s")
        and last in reserved
        and last not in _FIRM_GOODS_PLURALS
        and _COUNT_BEFORE.search(text, max(0, start - 30), start) is not None
    )


def _part_of_goods_word(name: str, text: str, end: int, reserved: frozenset[str]) -> bool:
    """Whether the name the model read is the first word of a goods word of the lexicon: "RF" of
    "RF modules", "GNSS" of "GNSS receivers" (a lower-cased item term, see `reserved`)."""
    m = _EN_NEXT_WORDS.match(text, end)
    if m is None:
        return False
    one = f"{name} {m.group(1)}".lower()
    return one in reserved or (m.group(2) is not None and f"{one} {m.group(2)}".lower() in reserved)


@functools.lru_cache(maxsize=4)
def _system_heads(gazetteer: Gazetteer) -> frozenset[str]:
    """The first words of the curated weapon systems' English names, folded: "mirage" of "Mirage
    2000", "leopard" of "Leopard 2" (their plurals name goods, see `_plural_of_system`)."""
    heads = set()
    for surface, entity_id, lang, _ in gazetteer.names():
        entity = gazetteer.get(entity_id)
        if lang == "en" and entity is not None and entity.type == "weapon-system" and " " in surface:
            heads.add(surface.split()[0].casefold())
    return frozenset(heads)


def _plural_of_system(name: str, text: str, start: int, gazetteer: Gazetteer) -> bool:
    """Whether the name the model read is the plural of a system's first word whose full name the
    text gave before: "the first Mirage 2000-5F jets ... Macron pledged the Mirages in June" (the
    goods, which the parser may take for a firm; "the Greens" with no Green Pine before stays)."""
    single = name[:-1]
    return (
        name.endswith("s")
        and " " not in name
        and single.casefold() in _system_heads(gazetteer)
        and re.search(rf"\b{re.escape(single)}[ -]", text[:start]) is not None
    )


def _provisional(
    ents: Iterable[tuple[int, int, str]],
    text: str,
    lang: str,
    taken: list[tuple[int, int]],
    gazetteer: Gazetteer,
    reserved: frozenset[str],
) -> tuple[list[Mention], dict[str, Entity]]:
    table = _JA_NER_TYPES if lang == "ja" else _EN_NER_TYPES
    mentions: list[Mention] = []
    new: dict[str, Entity] = {}
    for start, end, label in ents:
        etype = table.get(label)
        if etype is None or _covered(taken, start, end):
            continue
        name = text[start:end].strip()
        if len(name) < 2 or not any(c.isalpha() for c in name) or name.lower() in reserved:
            continue  # generic item words (弾道ミサイル) are the extractor's, not names
        # GiNZA tags many kanji common nouns as places (組織内); a foreign place name is
        # written in katakana or Latin letters, a Japanese one is in the gazetteer
        if lang == "ja" and etype in ("city", "region", "country") and not re.search(r"[ァ-ヺA-Za-z]", name):
            continue
        # a system's name has letters, digits or katakana (ガルピヤ3); 「核兵器」「対艦ミサイルシステム」
        # are descriptions, which the item lexicon reads
        if etype == "weapon-system" and (
            not re.search(r"[ァ-ヺA-Za-z0-9]", name) or any(name.lower().endswith(w) for w in reserved if len(w) > 1)
        ):
            continue
        if lang == "ja" and (_JA_COUNTED.search(name) or _JA_MONEY.search(name)):
            continue  # 「砲弾300万発」「ミサイル約400発」「4億ドル相当」: goods or sums with their figures
        if lang == "ja" and etype != "person" and any(name.lower().endswith(w) for w in reserved if len(w) > 1):
            continue  # 「歩兵用ロケット弾」「Y20輸送機」 taken for an organization: goods the item lexicon reads
        if lang == "ja" and etype != "person" and _JA_GOODS_GENERATION.fullmatch(name):
            continue  # 「豪州の新型艦に」: the goods' kind, whose owner before の is the party
        if lang == "ja" and _JA_PAIR_WORD.fullmatch(name):
            continue  # 「日本とフィリピン両政府は」: the two states named before it, no third party
        if lang == "ja" and (_JA_FACILITY.fullmatch(name) or _JA_FIRM_KIND.fullmatch(name)):
            continue  # 「空軍基地」「貿易会社」: a kind of place or firm (the owner before its の is the party)
        if lang == "en" and etype == "person" and not any(c.isupper() for c in name):
            continue  # "120mm mortar bombs": the parser took "mm mortar" for a person; a person's name has a capital
        if lang == "en" and _DEAL_NAME.search(name):
            continue  # "Foreign Military Sale", "the Wisla programme": a kind of deal, no party
        if lang == "en" and etype != "person" and _EN_DEAL_AFTER.match(text, end):
            continue  # "as the Mirage deal stays shelved": the goods a deal is named for, no party
        if lang == "en" and _part_of_goods_word(name, text, end, reserved):
            continue  # "GNSS modules", "RF modules": an acronym that begins a goods word, no firm
        if lang == "en" and _plural_of_system(name, text, start, gazetteer):
            continue  # "Macron pledged the Mirages": the goods by their family's plural, no firm
        if lang == "en" and _EN_DEFINED_TERM.fullmatch(name):
            continue  # "the Company", "the Defendants": a press release's defined term, no name
        if lang == "en" and _EN_BARE_SERVICE.fullmatch(name):
            continue  # "Navy inducts first submarine": a service of a state named elsewhere
        if lang == "en" and _EN_SHIP_NAME.fullmatch(name):
            continue  # "BRP Diego Silang was handed over": the ship is the goods, not a party (nor a person)
        if lang == "en" and etype == "company" and _goods_titled(name, text, start, reserved):
            continue  # "Defence and Intervention Frigates", "Air-to-Air Missiles": goods in capitals, no firm
        if lang == "ja" and etype == "country" and _JA_FACILITY_OF.match(text, end):
            etype = "city"
        if lang == "en" and etype in ("company", "city", "region") and _EN_FACILITY_NAME.search(name):
            etype = "port"  # "Isa Air Base", "Hmeimim Airbase": a base or an airport, where goods go, no party
        if lang == "en" and etype in ("company", "city", "region") and _EN_FACILITY_AFTER.match(text, end):
            etype = "port"  # "reach Holzdorf air base": the name of a base the parser read without its noun
        if lang == "en" and etype == "company" and _EN_WORKS_AFTER.match(text, end):
            etype = "city"  # "the Changwon plant": where the goods are made, no party
        if (
            lang == "en"
            and _EN_NUMBERED_UNIT.fullmatch(name)
            and _EN_OWNER_BEFORE.search(text, max(0, start - 40), start)
        ):
            continue  # "Ukraine's 47th Mechanized Brigade received": the state through its own formation
        if lang == "en" and etype in ("company", "city", "region") and _EN_NUMBERED_UNIT.fullmatch(name):
            etype = "port"  # "trucked to the 584th Armored Brigade": a state's own unit, where goods go, no party
        if lang == "en" and etype == "company" and _EN_UNIT_BASE_AFTER.match(text, end):
            etype = "port"  # "the 584th Armored Brigade's base": where the goods go, no party
        if etype == "company" and _STATE_WORDS.search(name):
            etype = "state-body"
        if lang == "en" and etype in ("company", "city") and _EN_AGE_AFTER.match(text, end):
            etype = "person"  # the parser took a defendant's name for a firm or a town
        # 「国家安保室長」「戦略広報調整官」: NER takes an office holder's title for the office
        if lang == "ja" and etype in ("state-body", "company", "military-unit") and _JA_TITLE.search(name):
            etype = "person"
        eid = f"mat:{_slug(name)}"
        curated = gazetteer.get(eid)
        if curated is not None and not _names_it(curated, name):
            # a curated entity whose id spells this name but which deliberately lacks it ("Wisla"
            # alone is no name of the Wisła air-defence system): a name of its own
            eid, curated = f"mat:new-{_slug(name)}", None
        ent = curated or gazetteer.get(eid) or new.get(eid)
        if ent is None:
            ent = Entity(
                eid,
                etype,
                name,
                names={lang: [name]},
                category="other" if etype == "weapon-system" else None,
                provisional=True,
            )
            new[eid] = ent
        mentions.append(Mention(eid, start, end, text[start:end], "model", 0.5))
        taken.append((start, end))
    return mentions, new


# an armed movement named by its people, region or cause: "Tuareg separatists", "Syrian rebels",
# "Russian-backed separatists", "Baloch insurgents" (a name no gazetteer lists; its state is no party)
_EN_INSURGENTS = re.compile(
    r"\b(?:[A-Z][a-z]+(?:-[a-z]+)?\s+){1,2}(?:separatists|rebels|insurgents|militants|militias|guerrillas)\b"
)


def _insurgents(mentions: list[Mention], entities: dict[str, Entity], text: str) -> list[Mention]:
    """Give an armed movement named by its people or region ("Tuareg separatists") a provisional
    entity of its own, in place of the state its adjective names ("Syrian" in "Syrian rebels"), unless
    the gazetteer knows the whole name ("Houthi rebels")."""
    out = mentions
    for m in _EN_INSURGENTS.finditer(text):
        start, end = m.span()
        first = text[start : text.find(" ", start)].lower()
        if first in _EN_COMMON:
            continue  # "The rebels", "Many militants": no name
        inside = [x for x in out if start <= x.start and x.end <= end]
        if any(x.start < end and start < x.end for x in out if x not in inside):
            continue
        if any(entities.get(x.entity_id) and entities[x.entity_id].type == "armed-group" for x in inside):
            continue  # (a group the gazetteer knows: "Houthi rebels", "M23 rebels")
        name = m.group()
        eid = f"mat:{_slug(name)}"
        ent = entities.get(eid) or Entity(eid, "armed-group", name, names={"en": [name]}, provisional=True)
        entities[eid] = ent
        out = [x for x in out if x not in inside] + [Mention(eid, start, end, name, "model", 0.5)]
    return sorted(out, key=lambda x: x.start)


# "Korea", "Korean" written alone (not "North Korea", covered by its own name), and not the war or the
# peninsula ("Korean War-era rifles" name no state)
_EN_BARE_KOREA = re.compile(r"\b(Korean?)\b(?!\s+(?:War|war|Peninsula|peninsula)\b)")
# how far (in characters, either way) the North's name makes a bare "Korea" the North's
_KOREA_REACH = 400
_SOUTH_KOREA, _NORTH_KOREA = "Q884", "Q423"
# the North told without a name of the gazetteer's: "the North", "Kim Jong Un"
_EN_THE_NORTH = re.compile(r"\bthe North\b|\bKim Jong[ -]Un\b")


def _bare_korea(mentions: list[Mention], entities: dict[str, Entity], text: str, gazetteer: Gazetteer) -> list[Mention]:
    """ "Poland bought tanks from Korea", "180 Korean K2s": arms-trade copy writes the South, the
    seller, as plain "Korea"; the North is meant where it is told nearby ("North Korea", "Pyongyang",
    "DPRK", "the North"), as in "Russia got shells from North Korea ... the Korean rounds"."""
    # (the parser's guess at a name of its own, "Korea" as a new entity, gives way)
    guessed = [x for x in mentions if x.match == "model" and _EN_BARE_KOREA.fullmatch(x.text)]
    found = [x for x in mentions if x not in guessed]
    bare = [m for m in _EN_BARE_KOREA.finditer(text) if not _covered([(x.start, x.end) for x in found], *m.span(1))]
    if not bare:
        return mentions
    for x in guessed:
        if not any(y.entity_id == x.entity_id for y in found):
            entities.pop(x.entity_id, None)
    north = [x.start for x in found if (e := entities.get(x.entity_id)) is not None and e.country == "PRK"]
    north += [m.start() for m in _EN_THE_NORTH.finditer(text)]
    for m in bare:
        start, end = m.span(1)
        meant = _NORTH_KOREA if any(abs(at - start) <= _KOREA_REACH for at in north) else _SOUTH_KOREA
        ent = gazetteer.get(meant)
        if ent is None:
            continue
        entities.setdefault(meant, ent)
        form = "adjective" if m.group(1).endswith("n") else "name"
        found.append(Mention(meant, start, end, m.group(1), "alias", 1.0, form=form))
    return sorted(found, key=lambda x: x.start)


def _names_it(ent: Entity, name: str) -> bool:
    """Whether `name` is one of the names (any language) the entity is known by."""
    key = fold(name)
    return ent.provisional or key == fold(ent.name) or any(key == fold(n) for ns in ent.names.values() for n in ns)


# "Poland's ", "Germany’s ": a possessive right before a name (the firm that follows belongs there)
_EN_POSSESSIVE_GAP = re.compile(r"['’]s\s+")


# "Dubai-based ", "Hong Kong-registered ": a place's adjective of seat right before a name
_EN_SEAT_GAP = re.compile(r"-(?:based|registered|headquartered|incorporated)\s+")


# a firm's name right after a place's adjective of seat: "Istanbul-based Deniz Makina Ticaret",
# "Shenzhen-based Tordan Electronics", "UAE-based Gulf Horizon General Trading FZE" (capitalised
# words; a headline's "Moscow-Based Firm" is not lower-case "based" and stays out)
_EN_SEATED_NAME = re.compile(
    r"-(?:based|registered|headquartered|incorporated)\s+"
    r"(?!(?:The|A|An|Its|Their)\b)([A-Z][\w&'’-]*(?:\.(?=\s+[A-Z]))?(?:\s+[A-Z][\w&'’-]*\.?){0,5})"
)
_SEAT_OWNERS = ("country", "city", "region", "port")


def _seated_firms(mentions: list[Mention], entities: dict[str, Entity], text: str) -> list[Mention]:
    """Take the capitalised words after "<place>-based" for a firm of that place's state, whatever
    the parser made of them: "Istanbul-based Deniz Makina Ticaret" (which NER may split into a town
    and a person) or "Almaty-based Steppe Trading" (which it may miss) is a Turkish or Kazakh firm,
    and "Electronics" in "Shenzhen-based Tordan Electronics" is its name, not goods."""
    out = list(mentions)
    for m in mentions:
        owner = entities.get(m.entity_id)
        if owner is None or owner.type not in _SEAT_OWNERS or not owner.country:
            continue
        hit = _EN_SEATED_NAME.match(text, m.end)
        if hit is None:
            continue
        start, end = hit.start(1), hit.end(1)
        if text[end - 1] == "." and not re.search(r"\b(?:Co|Ltd|Inc|Corp|S\.A|L\.L\.C)\.$", text[start:end]):
            end -= 1  # the sentence's full stop, not an abbreviation's
        # (a firm the gazetteer knows, "Moscow-based Rostec", stays itself)
        out = _as_provisional_firm(out, entities, text, start, end, owner.country)
    out.sort(key=lambda x: x.start)
    return out


# a facility named after a person: "Aden Adde International Airport", "Jomo Kenyatta Air Base"
_EN_PERSON_FACILITY = re.compile(
    r" ((?:[A-Z][\w'’-]+ ){1,3})(?:International |Military |Regional |Domestic )?"
    r"(?:Airport|Air ?[Bb]ase|Airbase|Airfield|Air Field|Naval Base|Military Base|Barracks"
    r"|Stadium|University|Hospital)\b"
)
# words of a facility's kind that may stand between a town's name and the facility ("Dubai Air Base")
_EN_FACILITY_WORDS = frozenset({"International", "Military", "Regional", "Domestic", "Air", "Naval", "Army", "Airport"})


def _named_facilities(mentions: list[Mention], text: str) -> list[Mention]:
    """ "landed at Aden Adde International Airport": a place's name that is only the first word of a
    facility's longer proper name, with a further name word of its own ("Adde"), names a person the
    facility is called after, not the place ("Dubai International Airport" keeps Dubai)."""
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        hit = _EN_PERSON_FACILITY.match(text, m.end)
        if hit is not None and text[m.start : m.start + 1].isupper():
            words = hit.group(1).split()
            first = m.end + 1
            if first not in starts and any(w not in _EN_FACILITY_WORDS for w in words):
                continue
        out.append(m)
    return out


def _as_provisional_firm(
    out: list[Mention],
    entities: dict[str, Entity],
    text: str,
    start: int,
    end: int,
    country: str,
    keep: Mention | None = None,
) -> list[Mention]:
    """The mentions with `text[start:end]` read as one provisional firm of `country` in place of those
    it covers (but `keep`); unchanged where a firm or system the gazetteer knows is among them."""
    inside = [o for o in out if o.start < end and o.end > start and o is not keep]
    known = (entities.get(o.entity_id) for o in inside)
    if any(k is not None and not k.provisional and k.type in ("company", "weapon-system") for k in known):
        return out
    name = text[start:end]
    eid = f"mat:{_slug(name)}"
    ent = entities.get(eid)
    if ent is None or not ent.provisional:
        ent = Entity(eid, "company", name, names={"en": [name]}, provisional=True)
        entities[eid] = ent
    ent.type, ent.country = "company", country
    return [*(o for o in out if o not in inside), Mention(eid, start, end, name, "model", 0.5)]


# a firm's name that opens on its city and closes on a company suffix: "Shenzhen Hongda Electronics Co.,
# Ltd.", "Beijing Yunze Technology Co., Limited", "Hong Kong Sky Trading Limited" (the words after the city)
_EN_CITY_FIRM_REST = re.compile(
    r"(?:\s+[A-Z][\w&'’-]*){1,5},?\s+(?:Co\.,?\s+(?:Ltd\.|Limited)|Company\s+Limited|Co\.|Ltd\.|Limited|LLC|Inc\.|FZE|FZCO)"
)


def _city_named_firms(mentions: list[Mention], entities: dict[str, Entity], text: str) -> list[Mention]:
    """Read a firm's name that opens on its city and closes on a company suffix as one firm of that
    city's state: "Shenzhen Hongda Electronics Co., Ltd." is a Chinese firm, where the model may find
    only the city (a place, no party) and a goods word ("Electronics") in the rest."""
    out = list(mentions)
    for m in mentions:
        city = entities.get(m.entity_id)
        if city is None or city.type != "city" or not city.country:
            continue
        hit = _EN_CITY_FIRM_REST.match(text, m.end)
        if hit is None:
            continue
        firm = _as_provisional_firm(out, entities, text, m.start, hit.end(), city.country, keep=m)
        if firm is not out:  # (a firm the gazetteer knows stays itself)
            out = [o for o in firm if o is not m]
    out.sort(key=lambda x: x.start)
    return out


# 「キルギスの貿易会社「」「横浜市の商社 」: a state's or city's firm kind right before a firm's name
_JA_FIRM_OF_GAP = re.compile(r"の[ \u3000]?" + JA_FIRM_KINDS + r"[ \u3000]?[「『]?")


def _own_country_firms_ja(mentions: list[Mention], entities: dict[str, Entity], text: str) -> None:
    """Give a firm the gazetteer lacks the country of the place its kind is told of: 「横浜市の貿易会社
    「東洋テクノトレード」」 is a Japanese firm, 「キルギスの商社「アルファ」」 a Kyrgyz one (so 同社 later
    stands for that state, as the English "Dubai-based Sky Horizon Trading" does)."""
    for prev, m in itertools.pairwise(mentions):
        ent, owner = entities.get(m.entity_id), entities.get(prev.entity_id)
        if ent is None or not ent.provisional or ent.country or owner is None or not owner.country:
            continue
        if owner.type in ("country", "city", "region", "port") and _JA_FIRM_OF_GAP.fullmatch(text, prev.end, m.start):
            ent.type, ent.country = "company", owner.country


def _own_country_firms(mentions: list[Mention], entities: dict[str, Entity], text: str) -> None:
    """Give a firm the gazetteer lacks the country its possessive names: "Poland's PZL Mielec",
    "Spain's Navantia" (the firm sells for that state, as a curated firm with a country does), or
    the place of its seat: "Dubai-based Sky Horizon Trading" (a firm of the United Arab Emirates).
    A ministry or a service the gazetteer lacks takes its possessive's country too: "Russia's
    Ministry of Defense" acts for Russia."""
    for prev, m in itertools.pairwise(mentions):
        ent, owner = entities.get(m.entity_id), entities.get(prev.entity_id)
        if (
            ent is None
            or not ent.provisional
            or ent.type not in ("company", "state-body", "military-unit")
            or ent.country
            or owner is None
            or not owner.country
        ):
            continue
        owned = owner.type == "country" and _EN_POSSESSIVE_GAP.fullmatch(text, prev.end, m.start)
        # (a seat is told of firms: "Moscow-based Ministry" is no phrase)
        seated = (
            ent.type == "company"
            and owner.type in ("country", "city", "region", "port")
            and _EN_SEAT_GAP.fullmatch(text, prev.end, m.start)
        )
        if owned or seated:
            ent.country = owner.country
    for m, after in itertools.pairwise(mentions):
        ent, owner = entities.get(m.entity_id), entities.get(after.entity_id)
        if (
            ent is not None
            and ent.provisional
            and ent.type in ("state-body", "military-unit")
            and not ent.country
            and owner is not None
            and owner.type == "country"
            and owner.country
            and _EN_OF_STATE_GAP.fullmatch(text, m.end, after.start)
        ):
            # ("the Ministry of Defence of Russian Federation", "the General Staff of Ukraine": a
            # ministry or a service named with its state after "of" acts for that state)
            ent.country = owner.country
            continue
        if ent is None or not ent.provisional or ent.type != "company" or ent.country:
            continue
        # (", a Moscow company", ", a distributor based in Dubai": a city's firm is its state's too)
        if owner is None or owner.type not in ("country", "city", "region", "port") or not owner.country:
            continue
        if _described_as_firm_of(text, m.end, after):
            ent.country = owner.country


def _offices_named_in_full(entities: dict[str, Entity]) -> None:
    """ "UAC transferred to Ministry of Defence the next batch of Su-34 bombers" over "has handed over to
    the Ministry of Defence of Russian Federation": an office the text names bare, with no state, is
    the office of the same name it names in full with its state ("X of Russia"), and acts for that
    state. (Two states' offices of that name named in full leave it as it is, and so does a lone
    word, "the Department", that the text uses of itself.)"""
    full = [
        e for e in entities.values() if not e.provisional and e.type in ("state-body", "military-unit") and e.country
    ]
    for ent in entities.values():
        if not ent.provisional or ent.type not in ("state-body", "military-unit") or ent.country:
            continue
        bare = ent.name.casefold().removeprefix("the ")
        if len(bare.split()) < 2:
            continue  # ("the Department": a word alone names no office in particular)
        states = {e.country for e in full for n in e.names.get("en", []) if n.casefold().startswith(bare + " of ")}
        if len(states) == 1:
            ent.country = states.pop()


def _surnames_of_known_persons(mentions: list[Mention], entities: dict[str, Entity], text: str) -> list[Mention]:
    """ "..., Defence Minister Margarita Robles said on Wednesday. Robles told reporters that Madrid had
    delivered": a wire's second reference gives a person the gazetteer knows by the surname alone,
    after naming him or her in full; each such word later in the text is that person again (the
    parser's own guess at the word, a firm or a town, gives way)."""
    full = [
        x for x in mentions if (e := entities.get(x.entity_id)) is not None and e.type == "person" and not e.provisional
    ]
    surnames: dict[str, tuple[str, int]] = {}
    for x in full:
        words = x.text.split()
        last = words[-1] if len(words) > 1 else ""
        if len(last) >= 3 and last[0].isupper() and last.isalpha():
            surnames.setdefault(last, (x.entity_id, x.end))
    # (a surname shared by two persons named in full, or also the name of another entity, is no one's)
    taken_names = {fold(e.name) for e in entities.values() if e.type != "person"}
    surnames = {
        k: v
        for k, v in surnames.items()
        if fold(k) not in taken_names and sum(1 for x in full if x.text.split()[-1] == k and x.entity_id != v[0]) == 0
    }
    if not surnames:
        return mentions
    guessed = [x for x in mentions if x.match == "model" and x.text in surnames]
    found = [x for x in mentions if x not in guessed]
    spans = [(x.start, x.end) for x in found]
    added = False
    for word, (eid, after) in surnames.items():
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", text):
            if m.start() < after or _covered(spans, m.start(), m.end()):
                continue
            found.append(Mention(eid, m.start(), m.end(), word, "alias", 1.0))
            added = True
    if not added and not guessed:
        return mentions
    for x in guessed:
        if not any(y.entity_id == x.entity_id for y in found):
            entities.pop(x.entity_id, None)
    return sorted(found, key=lambda x: x.start)


def _surnames_of_persons(entities: dict[str, Entity]) -> None:
    """ "Aleksei Voronin pleaded guilty ... Voronin further admitted that he exported": a lone word the
    parser took for a firm or a town that is the surname of a person the text names in full is that
    person again (who acts for no state), not a party of its own."""
    surnames = {
        ent.name.split()[-1]
        for ent in entities.values()
        if ent.type == "person" and ent.provisional and len(ent.name.split()) > 1
    }
    for ent in entities.values():
        if ent.provisional and ent.type in ("company", "city", "region") and ent.name in surnames:
            ent.type = "person"


# " of the ", " of ": a ministry's state told after its name ("Ministry of Defence of Russian Federation")
_EN_OF_STATE_GAP = re.compile(r"\s+of\s+(?:the\s+)?")
# ", an Iranian manufacturer", ", a Chinese supplier of": a firm's name, then a description by its state
_EN_DESCRIPTION_GAP = re.compile(r",\s+(?:an?|the)\s+")
_EN_FIRM_DESCRIBED = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:manufacturer|maker|producer|company|firm|supplier|trader|trading company|distributor"
    r"|exporter|importer|subsidiary|front company|shell company|entity|procurement agent)s?\b"
)


# ", a distributor based in ", ", a trading company registered in the ": a firm's description ending on its seat
_EN_DESCRIPTION_SEAT_GAP = re.compile(
    r",\s+(?:an?|the)\s+"
    + _EN_FIRM_DESCRIBED.pattern
    + r"\s+(?:based|registered|headquartered|incorporated)\s+in\s+(?:the\s+)?"
)
# "-based ", "-registered ": a seat told as the adjective before a firm's description
_EN_SEAT_ADJECTIVE = re.compile(r"-(?:based|registered|headquartered|incorporated)\s+")


def _described_as_firm_of(text: str, end: int, state: Mention) -> bool:
    """Whether the firm named up to `end` is described right after by `state`'s adjective: "Paravar Pars
    Company, an Iranian manufacturer of drones", "Jiayuan, a Chinese electronics trader", or by its
    seat in that state or a city of it: "Hongda Electronics, a China-based distributor", "Hongda
    Electronics, a distributor based in China", "Kvant LLC, a Moscow company" (the firm acts for that
    state)."""
    if _EN_DESCRIPTION_SEAT_GAP.fullmatch(text, end, state.start):
        return True
    if not _EN_DESCRIPTION_GAP.fullmatch(text, end, state.start):
        return False
    seat = _EN_SEAT_ADJECTIVE.match(text, state.end)
    after = seat.end() if seat is not None else state.end + 1
    return (seat is not None or text[state.end : state.end + 1] == " ") and bool(_EN_FIRM_DESCRIBED.match(text, after))


# a state office held by a named person: 「国防相」「大統領」「外相」「大統領報道官」 (who holds it speaks
# for the state; not 議員 or 専門家, who speak for themselves)
_JA_STATE_OFFICE = r"(?:大統領|首相|国防相|防衛相|外相|国防大臣|外務大臣|国務長官|国防長官|報道官|大使|総書記|国王)"
_JA_STATE_TITLE = re.compile(_JA_STATE_OFFICE + "$")  # 「マケドンツィ国防相」: the title in the name
_JA_STATE_TITLE_AFTER = re.compile(_JA_STATE_OFFICE)  # 「エユプ・マケドンツィ」 then 「国防相」


# an office of state the gazetteer lacks: 「国防産業庁」「国防省」「参謀本部」 (not a 委員会 or 機関, which
# may be anyone's)
_JA_STATE_AGENCY = re.compile(r"(?:庁|省|国防部|参謀本部|総参謀部)$")


# 「ポーランドの」「コソボの エユプ・」: a state's の before an office holder (any given names between)
_JA_STATE_OF_GAP = re.compile(r"の[ 　]?(?:[ァ-ヺー]+[・･=＝])*")


def _other_states_title_holders(mentions: list[Mention], entities: dict[str, Entity], text: str) -> list[Mention]:
    """「韓国のシン国防相」: a surname and title the gazetteer gives a known person (India's 「シン国防相」)
    after another state's の is that state's office holder, who speaks for it, not the known person."""
    out: list[Mention] = []
    prev: Mention | None = None
    for m in mentions:
        ent = entities.get(m.entity_id)
        owner = entities.get(prev.entity_id) if prev is not None else None
        if (
            prev is not None
            and ent is not None
            and owner is not None
            and ent.type == "person"
            and not ent.provisional
            and owner.type == "country"
            and ent.country is not None
            and owner.country is not None
            and ent.country != owner.country
            and _JA_STATE_TITLE.search(m.text) is not None
            and _JA_STATE_OF_GAP.fullmatch(text, prev.end, m.start)
        ):
            eid = f"mat:new-{_slug(owner.name)}-{_slug(m.text)}"
            holder = Entity(eid, "person", m.text, names={"ja": [m.text]}, country=owner.country, provisional=True)
            holder.stands_for = owner.id
            entities.setdefault(eid, holder)
            m = Mention(eid, m.start, m.end, m.text, m.match, m.score, m.form)
        out.append(m)
        prev = m
    return out


def _own_state_officials(mentions: list[Mention], entities: dict[str, Entity], text: str) -> None:
    """Give an office holder the gazetteer lacks the state its の names: 「コソボのマケドンツィ国防相」
    「ポーランドのノヴァク国防相」 speak for Kosovo and Poland, as 「ポーランド国防相」 does (so their word
    on a delivery to their state confirms it); so does an office of state (「トルコの国防産業庁」)."""
    for prev, m in itertools.pairwise(mentions):
        ent, owner = entities.get(m.entity_id), entities.get(prev.entity_id)
        if ent is None or not ent.provisional or ent.stands_for or owner is None or owner.type != "country":
            continue
        # (「トルコの国防産業庁は」: so does an office of state the gazetteer lacks)
        office = ent.type == "state-body" and _JA_STATE_AGENCY.search(ent.name) is not None
        if not office and (
            ent.type != "person" or not (_JA_STATE_TITLE.search(ent.name) or _JA_STATE_TITLE_AFTER.match(text, m.end))
        ):
            continue
        if _JA_STATE_OF_GAP.fullmatch(text, prev.end, m.start):
            ent.country, ent.stands_for = owner.country, owner.id


def recognize(
    text: str,
    lang: str,
    gazetteer: Gazetteer,
    ents: Iterable[tuple[int, int, str]] = (),
    reserved: frozenset[str] = frozenset(),
) -> Recognized:
    """Mentions of gazetteer entities in `text`; `ents` are the parser's NER spans (start, end, label);
    `reserved` are lower-cased common words (item terms) that NER must not turn into names."""
    index = build_index(gazetteer)
    mentions = _merge_outlet_homes(
        _merge_state_offices(_exact(text, gazetteer, index), gazetteer, text), gazetteer, text
    )
    mentions = _own_acronyms(mentions, text, gazetteer)
    taken = [(m.start, m.end) for m in mentions]
    mentions += _fuzzy(text, lang, index, taken)
    model_mentions, provisional = _provisional(ents, text, lang, taken, gazetteer, reserved)
    mentions += model_mentions
    mentions.sort(key=lambda m: m.start)
    entities: dict[str, Entity] = dict(provisional)
    for m in mentions:
        if m.entity_id not in entities:
            ent = gazetteer.get(m.entity_id)
            if ent is not None:
                entities[m.entity_id] = ent
    if lang == "en":
        mentions = _defined_acronyms(mentions, entities, text)
        mentions = _spelled_acronyms(mentions, entities)
        mentions = _insurgents(mentions, entities, text)
        mentions = _seated_firms(mentions, entities, text)
        mentions = _named_facilities(mentions, text)
        mentions = _city_named_firms(mentions, entities, text)
        mentions = _bare_korea(mentions, entities, text, gazetteer)
        mentions = _surnames_of_known_persons(mentions, entities, text)
        _surnames_of_persons(entities)
        _own_country_firms(mentions, entities, text)
        _offices_named_in_full(entities)
    if lang == "ja":
        mentions = _other_states_title_holders(mentions, entities, text)
        _own_state_officials(mentions, entities, text)
        _own_country_firms_ja(mentions, entities, text)
    return Recognized(mentions, entities)
