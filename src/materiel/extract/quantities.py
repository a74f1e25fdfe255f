"""Quantity expressions: '2基', '数百機', '約1万6千個', '30万発余り', 'more than 300,000', 'hundreds of'.

A quantity keeps its surface words; vague ones ('数百', 'hundreds of') get a range and no value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from materiel.extract.numbers import JA_NUMBER, parse_en_number, parse_ja_number
from materiel.model import Quantity

JA_COUNTERS = (
    "基", "機", "隻", "両", "輌", "門", "発", "丁", "挺", "個", "台", "艘", "セット", "システム", "箱", "トン",
    "t", "つ", "本", "組", "式", "基分", "機分", "発分", "ユニット", "部隊", "コンテナ", "個分",
    # air defence told in units of its fielding: 「S-400の5連隊分」「パトリオット2個大隊」 (never the bare
    # 大隊, which names a unit: 「第3大隊」)
    "連隊分", "個連隊", "個連隊分", "個大隊", "個大隊分", "個中隊", "個中隊分",
    # (「S400の5個部隊分」: a system's fielding units counted with 個, as 個中隊 is)
    "個部隊", "個部隊分", "部隊分",
    # parts and dual-use goods counted as articles: 「電子部品3000点」「電源モジュール数万点」
    "点",
)  # fmt: skip
_JA_COUNTER = "|".join(sorted(map(re.escape, JA_COUNTERS), key=len, reverse=True))
# (web copy often spaces a number from its counter and prefix: 「およそ 1,500 挺」「×21 挺」)
_JA_PREFIX = r"(?:(?P<pre>約|およそ|少なくとも|最大|最大で|計|合計|総計|推定|最低|最低でも|×)[ \u3000]?)?"
_JA_SUFFIX = r"(?P<post>余り|あまり|以上|超|強|弱|近く|程度|ほど|前後|規模|余)?"
_JA_VAGUE = r"(?P<vague>数|十数|数十|数百|数千|数万|数十万|数百万)"
# 「100～150機」「2〜3隻」: a range told by its two ends, the lower one before a wave dash
_JA_RANGE_LOW = rf"(?:(?P<low>{JA_NUMBER})[ \u3000]?[～〜~][ \u3000]?)?"
_JA_QUANTITY = re.compile(
    rf"{_JA_PREFIX}(?:{_JA_RANGE_LOW}(?P<num>{JA_NUMBER}|XNUMX)|{_JA_VAGUE}(?P<vunit>[十百千万]?))"
    rf"[ \u3000]?(?P<counter>{_JA_COUNTER}){_JA_SUFFIX}"
)
_VAGUE_RANGES = {
    "数": (2, 9), "十数": (11, 19), "数十": (20, 90), "数百": (200, 900), "数千": (2000, 9000),
    "数万": (20_000, 90_000), "数十万": (200_000, 900_000), "数百万": (2_000_000, 9_000_000),
}  # fmt: skip
_VAGUE_UNIT = {"": 1, "十": 10, "百": 100, "千": 1000, "万": 10_000}

_EN_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_EN_BELOW_100 = (
    rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-{_EN_UNITS})?"
    rf"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|{_EN_UNITS})"
)
_EN_NUM = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:million|billion|thousand))?"
    # "one hundred twenty-three", "a hundred and fifty": the tens and units after a hundred belong to it
    rf"|(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a|several)"
    rf"[\s-]+)?(?:hundred|thousand|million)(?:(?:\s+and)?[\s-]+{_EN_BELOW_100}\b(?![\s-]+(?:hundred|thousand)|-))?"
    r"|(?:a|two|three|four|five|six|half a)\s+dozen"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|a couple of|a pair of|a single|XNUMX"
)
_EN_QUANTITY = re.compile(
    r"\b(?P<pre>(?:no|not) (?:fewer|less|more) than|more than|over|some|about|around|approximately|at least|"
    r"nearly|almost|up to|roughly|an estimated|fewer than|less than|as many as)?\s*"
    # ("USD1.96 billion": the figures after a number's point are no number of their own)
    rf"(?<!\d[.,])(?P<num>{_EN_NUM})\b",
    re.I,
)
_EN_VAGUE = re.compile(
    # ('"hundreds of thousands" of shells': a figure quoted from a source keeps its goods)
    r"\b(?P<vague>hundreds of thousands|tens of thousands|hundreds|thousands|millions|dozens|scores|tens)"
    r"(?:\s+of\b|(?=[\"”’']\s+of\b))"
    r"|\b(?P<several>several|a few|a number of|a significant number of|a large number of)\b",
    re.I,
)
_EN_VAGUE_RANGES = {
    "dozens": (24, 99), "scores": (40, 99), "tens": (20, 90), "hundreds": (200, 900), "thousands": (2000, 9000),
    "tens of thousands": (20_000, 90_000), "hundreds of thousands": (200_000, 900_000),
    "millions": (2_000_000, 9_000_000),
}  # fmt: skip


@dataclass(frozen=True)
class QuantityMention:
    start: int
    end: int
    quantity: Quantity


def _ja_quantity(m: re.Match[str]) -> Quantity:
    text = m.group()
    counter = m["counter"]
    pre, post = m["pre"] or "", m["post"] or ""
    if m["num"]:
        if m["num"] == "XNUMX":
            return Quantity(None, text, unit=counter)
        value = parse_ja_number(m["num"])
        if value is None:
            return Quantity(None, text, unit=counter)
        low = parse_ja_number(m["low"]) if m["low"] else None
        if low is not None and low < value:
            return Quantity(None, text, min=low, max=value, unit=counter)
        if post in ("以上", "超", "余り", "あまり", "強", "余") or pre in ("少なくとも", "最低", "最低でも"):
            return Quantity(value, text, min=value, unit=counter)
        if pre == "最大":
            return Quantity(value, text, max=value, unit=counter)
        return Quantity(value, text, unit=counter)
    low, high = _VAGUE_RANGES[m["vague"]]
    scale = _VAGUE_UNIT.get(m["vunit"] or "", 1)
    return Quantity(None, text, min=low * scale, max=high * scale, unit=counter)


def _en_quantity(m: re.Match[str]) -> Quantity | None:
    text = m.group().strip()
    num = m["num"]
    if num.upper() == "XNUMX":
        return Quantity(None, text)
    words = re.sub(
        r"^(a couple of|a pair of|a single|half a dozen)$",
        lambda w: {"a couple of": "two", "a pair of": "two", "half a dozen": "six"}.get(w.group().lower(), "one"),
        num,
        flags=re.I,
    )
    if words.lower().startswith("several "):
        base = parse_en_number(words.split(None, 1)[1]) or 1
        return Quantity(None, text, min=2 * base, max=9 * base)
    value = parse_en_number(words)
    if value is None:
        return None
    pre = (m["pre"] or "").lower()
    if pre.startswith(("no ", "not ")):
        # "no fewer than 20" is at least 20; "no more than 20" at most 20
        return Quantity(value, text, max=value) if pre.endswith("more than") else Quantity(value, text, min=value)
    if pre in ("more than", "over", "at least", "as many as"):
        return Quantity(value, text, min=value)
    if pre in ("up to", "fewer than", "less than"):
        return Quantity(value, text, max=value)
    return Quantity(value, text)


# a weight or volume after a figure ("approximately 400 kg of carbon fibre", "750 tonnes of
# weapons"): a measure of the load, no count of goods
_EN_MEASURE_AFTER = re.compile(
    r"\s*(?:kg|kgs|kilo(?:gram|gramme)?s?|tonnes?|tons?|metric tons?|lbs?|litres?|liters?)\b", re.I
)
_PARTICLE_OVER = re.compile(r"\b(?:hand|turn|sign)(?:s|ed|ing)?\s+$", re.I)


def find_quantities(text: str, lang: str) -> list[QuantityMention]:
    out: list[QuantityMention] = []
    if lang == "ja":
        for m in _JA_QUANTITY.finditer(text):
            out.append(QuantityMention(m.start(), m.end(), _ja_quantity(m)))
        return out
    for m in _EN_QUANTITY.finditer(text):
        q = _en_quantity(m)
        if q is None or _EN_MEASURE_AFTER.match(text, m.end()):
            continue
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        if (m["pre"] or "").lower() == "over" and _PARTICLE_OVER.search(text, max(0, m.start() - 12), m.start()):
            # "handed over two corvettes": the verb's particle, no bound on the count
            bare = _EN_QUANTITY.match(text, m.start("num"))
            q = _en_quantity(bare) if bare is not None else None
            if q is None:
                continue
            start = m.start("num")
        out.append(QuantityMention(start, m.end(), q))
    for m in _EN_VAGUE.finditer(text):
        if m["vague"]:
            low, high = _EN_VAGUE_RANGES[m["vague"].lower()]
            out.append(QuantityMention(m.start(), m.end(), Quantity(None, m.group(), min=low, max=high)))
        else:
            out.append(QuantityMention(m.start(), m.end(), Quantity(None, m.group())))
    out.sort(key=lambda q: q.start)
    return out
