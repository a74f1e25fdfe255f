"""Numbers as news writes them: Arabic, full-width, kanji (三千, 1万6千), English words, 'XNUMX'."""

from __future__ import annotations

import re
import unicodedata

KANJI_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "両": 2,
}
KANJI_SMALL = {"十": 10, "百": 100, "千": 1000}
KANJI_LARGE = {"万": 10_000, "億": 100_000_000, "兆": 1_000_000_000_000}
EN_UNITS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "couple": 2, "pair": 2,
}  # fmt: skip
EN_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}

# A Japanese number: digits (with separators and decimals) or kanji numerals, with 万/億 groups.
JA_NUMBER = (
    r"(?:[0-9０-９]+(?:[,，.．][0-9０-９]+)*[十百千]?|[〇零一二三四五六七八九十百千両]+)"
    r"(?:[万億兆](?:[0-9０-９〇一二三四五六七八九十百千]+)?)*"
)
_JA_NUMBER_RE = re.compile(JA_NUMBER)


def _to_ascii_digits(s: str) -> str:
    return unicodedata.normalize("NFKC", s).replace(",", "")


def _kanji_block(s: str) -> int | None:
    """Value of a kanji numeral below 10,000 (三千五百, 十二, 二十)."""
    total, current = 0, 0
    for ch in unicodedata.normalize("NFKC", s):
        if ch.isdigit() and ch.isascii():
            current = current * 10 + int(ch)
        elif ch in KANJI_DIGITS:
            current = current * 10 + KANJI_DIGITS[ch] if current else KANJI_DIGITS[ch]
        elif ch in KANJI_SMALL:
            total += (current or 1) * KANJI_SMALL[ch]
            current = 0
        else:
            return None
    return total + current


def _block_value(s: str) -> float | None:
    if not s:
        return None
    ascii_s = _to_ascii_digits(s)
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", ascii_s):
        return float(ascii_s)
    return None if (v := _kanji_block(s)) is None else float(v)


def parse_ja_number(s: str) -> float | None:
    """Parse '1万6千', '30万', '１２', '三千', '2.5万' into a number; None when it is not one."""
    s = s.strip()
    if not s or not _JA_NUMBER_RE.fullmatch(s):
        return None
    total = 0.0
    rest = s
    for unit, scale in sorted(KANJI_LARGE.items(), key=lambda kv: -kv[1]):
        if unit in rest:
            head, rest = rest.split(unit, 1)
            value = _block_value(head) if head else 1.0
            if value is None:
                return None
            total += value * scale
    if rest:
        value = _block_value(rest)
        if value is None:
            return None
        total += value
    return total


# a count written with points between groups of three digits: "4.000", "12.500", "1.200.000"
_THOUSANDS_POINT = re.compile(r"\d{1,3}(?:\.\d{3})+")


def parse_en_number(words: str) -> float | None:
    """Parse '300,000', '1.5 million', 'two', 'twenty-four', 'a dozen', 'three hundred', and '4.000', a
    count with the thousands point of a text translated from German or French (a point before three
    digits and no scale word: '1.5 million' and '2.25' keep their decimals)."""
    s = words.strip().lower().replace("-", " ")
    s = re.sub(r"(?<=\d),(?=\d{3})", "", s)
    if _THOUSANDS_POINT.fullmatch(s):
        s = s.replace(".", "")
    if not s:
        return None
    total, current = 0.0, 0.0
    seen = False
    for tok in s.split():
        if re.fullmatch(r"\d+(?:\.\d+)?", tok):
            current += float(tok)
        elif tok in EN_UNITS:
            current += EN_UNITS[tok]
        elif tok in EN_SCALES:
            scale = EN_SCALES[tok]
            if scale >= 1000:
                total += (current or 1) * scale
                current = 0
            else:
                current = (current or 1) * scale
        elif tok == "and":
            continue
        else:
            return None
        seen = True
    return total + current if seen else None
