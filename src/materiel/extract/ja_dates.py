"""Japanese dates told apart from their act: a period given by the sentence after it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
import unicodedata

from materiel.extract.dates import DateMention, find_dates, parse_published
from materiel.extract.frame import Sentence

# 「…ロシアに運ばれているという。昨年だけで数百万個に上る」: a sentence that only counts how much
# went in a period (だけで, 規模, に上る) dates the flow told just before it
_PERIOD_COUNT = re.compile(r"だけで|の間に|規模|に上|に達|を超え|程度")
# 「…に沿岸監視レーダーを供与する。両国政府が9日、交換公文に署名した」: the day a plan was signed
_SIGNED = re.compile(r"(?:署名|調印|締結|取り交わ|交わし|交わした)")


# 「…ミサイルが到着した。昨年12月のことだ」: a sentence that only says when the act before it was
_WHEN_IT_WAS = re.compile(r"の(?:こと|出来事)(?:だ|である|です|でした|だった|であった)")


# 「…ミサイル部品を押収した。押収は今月2日だった」「引き渡しは3月に行われた」「輸送は昨年秋から冬に
# かけて行われた」: the act named again by its noun, with nothing but when it took place
# (「引き渡されたのは今年1月だった」「供与が行われたのは昨年12月だ」: or told as the one thing asked of
# it; 「引き渡しは昨年12月に始まった」「供与は昨年12月。」「…に行われたという」: begun, or a bare date)
_ACT_NOUNS = r"押収|拿捕|臨検|引き渡し|引渡し|納入|供与|輸送|移送|搬入|到着|受領|売却|出荷|移転"
_ACT_NOUN_WHEN = re.compile(
    r"^(?:その|この|今回の|実際の|最初の|初回の)?"
    r"(?:(?:" + _ACT_NOUNS + r")(?:は|が(?:行われ|実施され)たのは)"
    r"|(?:押収|拿捕|臨検|引き渡|引渡|納入|供与|輸送|移送|搬入|受領|売却|出荷|移転)(?:され|し)たのは"
    r"|(?:届い|到着し)たのは)"
    r"[^。、]*(?:だった|であった|でした|だ|です|(?:に|までに|にかけて)(?:行われ|実施され|完了し|始まっ|開始され)た"
    r"|(?:[0-9０-９]月|[0-9０-９]日|年|ごろ|頃|末|初め|上旬|中旬|下旬|春|夏|秋|冬))"
    r"(?:という|とされる)?。?$"
)
# 「…部品を押収した。船舶は今月2日に拿捕された」: the seizure told again by the taking of the ship
_SEIZED_AGAIN = re.compile(r"(?:拿捕|押収|臨検|停船)(?:され|した)")
_SEIZURE = re.compile(r"押収|拿捕|臨検")


def _when_it_took_place(prior: Sentence, nxt: Sentence) -> bool:
    """Whether a sentence naming no party nor goods only says when the act before it took place: the
    act named again by its noun (「押収は今月2日だった」) or a seizure told again by the ship it took
    (「船舶は今月2日に拿捕された」)."""
    if nxt.parties or nxt.items:
        return False
    return bool(_ACT_NOUN_WHEN.match(nxt.text) or (_SEIZED_AGAIN.search(nxt.text) and _SEIZURE.search(prior.text)))


# 「2017年に始まった移転は翌年に完了した」: the act told again as a noun, dated by when it began
_BEGAN = re.compile(r"(?:に|から)(?:始まった|始まり|始まる|開始され|開始した)")


def _begun_on(nxt: Sentence, text: str) -> list[DateMention]:
    """The date the act noun of a sentence naming no party nor goods began on (「2017年に始まった
    移転は翌年に完了した」), as the date of the act told before; else none."""
    if nxt.parties or nxt.items or not all(h.nominal for h in nxt.triggers):
        return []
    return [d for d in nxt.dates if d.iso and not d.statement and _BEGAN.match(text, d.end)][:1]


# what tells an act still ahead: 「…引き渡される見通しだ」「…に届く予定」
_AHEAD = re.compile(r"予定|計画|見通し|見込み|方針|意向|目指|(?:する|される|れる|ます)(?:という)?。?$")
# the name given after the kind of goods: 「攻撃型無人機「シャヘド136」」
_NAME_GIVEN = re.compile(r"[「『][^」』]*[」』].*$")


def _retold_on(prior: Sentence, nxt: Sentence, text: str) -> list[DateMention]:
    """The date of a sentence that tells the goods of the act before it moving again, between no
    parties but that act's, (「…電子部品がロシアに送られていたと報じた。部品は昨年春から夏にかけて
    輸送され…」), as the date of the act told before; else none. The goods may be told as handed
    on (「エンジンは2023年から…関連企業に届けられ」), and a later act of the sentence may have parties
    of its own (「…、一部はロシアに転売された」)."""
    if not nxt.items or any(h.nominal or not (h.trigger.direction == "move" or h.passive) for h in nxt.triggers):
        return []
    # (「無人機は来月、…引き渡される見通しだ」: an act still ahead is no retelling of one done)
    if _AHEAD.search(nxt.text):
        return []
    words = [text[it.start : it.end] for it in prior.items]
    # (「攻撃型無人機「シャヘド136」…。無人機は先月下旬に陸揚げされた」: the kind the name was given for)
    words += [kind for w in words if (kind := _NAME_GIVEN.sub("", w)) and kind != w]
    # (「…装甲車や大砲などを積んだ車列が到着した。兵器は1月上旬に…運ばれた」: the goods told again by
    # a word for arms as a whole)
    # (written in the sentence: 「残りは年内に引き渡される」 tells the rest, goods it only takes from before)
    again = [
        it
        for it in nxt.items
        if nxt.start <= it.start < nxt.end and (it.umbrella or any(w.endswith(text[it.start : it.end]) for w in words))
    ]
    if not again or not prior.items:
        return []
    known = {a.entity.id for a in prior.parties if a.entity is not None}
    acts = {it.trigger for it in again}
    # (「兵器はギニアの首都コナクリの港で陸揚げされ」: a state named only as where a place on the way
    # lies is no party of its own)
    if any(
        a.entity is None or (a.entity.id not in known and a.case != "gen")
        for a in nxt.parties
        if a.trigger is None or a.trigger in acts
    ):
        return []
    return [d for d in nxt.dates if d.iso and not d.statement][:1]


def _news_of_the_day(told: DateMention, prior: Sentence) -> bool:
    """Whether a date the next line tells is of the lead's news: of the month its statement was
    made in or the one before (「13日、…引き渡したと発表した」, then 「無人機は先月下旬に陸揚げされた」),
    not a history of the goods (「…2番目の部隊を受け取った」, then 「FK-3はおととし4月に空輸された」)."""
    said = [d.iso for d in prior.dates if d.statement and d.iso and len(d.iso) >= 7]
    if not said or told.iso is None:
        return False
    year, month = int(said[-1][:4]), int(said[-1][5:7])
    return told.iso[:7] >= (f"{year - 1:04d}-12" if month == 1 else f"{year:04d}-{month - 1:02d}")


def dated_by_next(sentences: list[Sentence], text: str) -> None:
    """An act told with no date of its own takes the date of the next sentence, of the same
    paragraph, where that sentence tells no act but the signing of it, or names no party and
    counts the goods of a period, or only says when it was (「それは昨年12月のことだった」「押収は今月2日だった」);
    and of the next line's, where that tells its goods moving again (「…引き渡したと発表した」, then on the
    next line 「同局によると、無人機は先月下旬に陸揚げされた」: a lead's details go on in the paragraph
    after it)."""
    for prior, nxt in itertools.pairwise(sentences):
        between = text[prior.end : nxt.start]
        if not prior.triggers or "\n\n" in between.replace(" ", "").replace("\u3000", ""):
            continue
        if any(d.iso and not d.statement for d in prior.dates):
            continue
        retold = _retold_on(prior, nxt, text) if nxt.triggers else []
        if retold and "\n" in between and not _news_of_the_day(retold[0], prior):
            retold = []
        if retold:  # (the day the report came out is no date of the act it tells)
            for hit in prior.triggers:
                hit.dates = [d for d in hit.dates or () if not d.statement] or retold
            continue
        # (「…を供与することになりました。」 then, on the next line, 「マニラで19日、両国が交換公文に署名しました。」:
        # a broadcaster's story sets each sentence on a line of its own; the signing still dates the plan)
        if "\n" in between and (nxt.triggers or not _SIGNED.search(nxt.text)):
            continue
        begun = _begun_on(nxt, text) if nxt.triggers else []
        if begun:
            for hit in prior.triggers:
                hit.dates = hit.dates or begun
            continue
        # (「引き渡されたのは今年1月だった」: the act told again names when it was, and nothing else)
        if nxt.triggers and not _when_it_took_place(prior, nxt):
            continue
        signed = bool(_SIGNED.search(nxt.text))
        dates = [d for d in nxt.dates if d.iso and (signed or not d.statement)]
        told = (_PERIOD_COUNT.search(nxt.text) or _WHEN_IT_WAS.search(nxt.text)) and not nxt.parties
        told = told or _when_it_took_place(prior, nxt)
        if len(dates) != 1 or not (signed or told):
            continue
        for hit in prior.triggers:
            if not hit.dates:
                hit.dates = dates


# 「2023 年 8 月」「8 月 15 日」: machine translation sets spaces between a figure and 年, 月 or 日
_DATE_SPACE = re.compile(
    r"(?<=[0-9０-９X])[ \u3000](?=[年月日])|(?<=[年月])[ \u3000](?=[0-9０-９])"
    r"|(?<=[はがも、])[ \u3000](?=[0-9０-９]{1,2}[ \u3000]?日)"  # 「国防省は 15 日、」: the day a speaker spoke
)


# 「3年前から」「2カ月前に」: a time counted back from the day of publication
# (「半年前」: six months back)
_AGO = re.compile(
    r"(?:(?<![0-9０-９数])(?P<n>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})[ \u3000]?(?P<unit>年|カ月|か月|ヶ月|ケ月)"
    r"|(?<![0-9０-９〇一二三四五六七八九十数])(?P<half>半年))前"
    r"(?P<since>[ \u3000]?(?:から|以降|以来))?"
)
# 「ここ数週間で」「過去数週間に」: a period starting about a month before publication
_RECENT_WEEKS = re.compile(r"(?:ここ|この|過去|最近の?)数週間")
_KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def _count(word: str) -> int:
    """「3」「３」「十二」 as a number."""
    if word.isdigit():
        return int(unicodedata.normalize("NFKC", word))
    if "十" in word:
        tens, _, ones = word.partition("十")
        return (_KANJI_DIGITS.get(tens, 1) if tens else 1) * 10 + (_KANJI_DIGITS.get(ones, 0) if ones else 0)
    return _KANJI_DIGITS.get(word, 0)


def _counted_back(text: str, published: str | None, found: list[DateMention]) -> list[DateMention]:
    """「フーシ派は3年前からイランから部品を受け取っている」: years (or months) before publication, as
    the year (or month) they point at; with から or 以降 the start of the period."""
    pub = parse_published(published)
    if pub is None:
        return []
    out: list[DateMention] = []
    for m in _AGO.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        n = 6 if m["half"] else _count(m["n"])
        if n <= 0:
            continue
        if m["unit"] == "年":
            iso = f"{pub.year - n:04d}"
        else:
            months = pub.year * 12 + pub.month - 1 - n
            iso = f"{months // 12:04d}-{months % 12 + 1:02d}"
        out.append(DateMention(m.start(), m.end(), m.group(), iso, range_start=m["since"] is not None))
    for m in _RECENT_WEEKS.finditer(text):
        if not any(d.start < m.end() and m.start() < d.end for d in found):
            iso = (pub - dt.timedelta(weeks=4)).isoformat()[:7]
            out.append(DateMention(m.start(), m.end(), m.group(), iso, range_start=True))
    return out


# 「翌年には無償譲渡に切り替えられた」「2年後に」: a year counted on from the year told before it
# (「その3カ月後」「半年後」: months counted on from the month told before)
_AFTER = re.compile(
    r"(?:その)?(?P<word>翌々年|翌年|(?P<n>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})(?P<unit>年|カ月|か月|ヶ月|ケ月)後"
    r"|(?<![0-9０-９〇一二三四五六七八九十数])(?P<half>半年)後)"
)


def _counted_on(text: str, found: list[DateMention]) -> list[DateMention]:
    """The year after (or N years after) the last year the text gave before: 「TC-90は2017年に貸与
    され、翌年には無償譲渡に切り替えられた」 dates the second act 2018."""
    out: list[DateMention] = []
    for m in _AFTER.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        before = [d for d in found if d.end <= m.start() and d.iso]
        if not before:
            continue
        last = before[-1].iso
        assert last is not None
        if m["half"] or m["unit"] not in (None, "年"):
            if len(last) < 7:
                continue  # 「2022年に…。その3カ月後」: no month to count on from
            months = int(last[:4]) * 12 + int(last[5:7]) - 1 + (6 if m["half"] else _count(m["n"]))
            out.append(DateMention(m.start(), m.end(), m.group(), f"{months // 12:04d}-{months % 12 + 1:02d}"))
            continue
        step = 2 if m["word"] == "翌々年" else 1 if m["n"] is None else _count(m["n"])
        out.append(DateMention(m.start(), m.end(), m.group(), f"{int(last[:4]) + step:04d}"))
    return out


# 「国営紙は14日、…の引き渡し式典が前日、…で行われたと報じた」: the day before or after the day told
# just before it in the same sentence
_NEXT_DAY = re.compile(r"(?:その)?(?P<word>前日|翌日)")


def _day_counted_on(text: str, found: list[DateMention]) -> list[DateMention]:
    """The day before (前日) or after (翌日) the last full date of the same sentence: 「14日、…式典が
    前日に行われた」 dates the ceremony on the 13th."""
    out: list[DateMention] = []
    for m in _NEXT_DAY.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        before = [d for d in found if d.end <= m.start() and d.iso]
        if not before or len(before[-1].iso or "") != 10 or "。" in text[before[-1].end : m.start()]:
            continue
        day = dt.date.fromisoformat(str(before[-1].iso)) + dt.timedelta(days=-1 if m["word"] == "前日" else 1)
        out.append(DateMention(m.start(), m.end(), m.group(), day.isoformat()))
    return out


def find_dates_ja(text: str, published: str | None) -> list[DateMention]:
    """The dates of a Japanese text, read also where a translation spaced their parts: the spaces
    inside a date are left out for reading, and each date points back at the original characters."""
    found = _find_spaced(text, published)
    found = sorted(found + _counted_back(text, published, found), key=lambda d: d.start)
    return sorted(found + _counted_on(text, found) + _day_counted_on(text, found), key=lambda d: d.start)


def _find_spaced(text: str, published: str | None) -> list[DateMention]:
    gaps = [m.start() for m in _DATE_SPACE.finditer(text)]
    if not gaps:
        return find_dates(text, "ja", published)
    kept = [i for i in range(len(text)) if i not in set(gaps)]
    squeezed = "".join(text[i] for i in kept)
    out: list[DateMention] = []
    for d in find_dates(squeezed, "ja", published):
        start, end = kept[d.start], kept[d.end - 1] + 1
        out.append(dataclasses.replace(d, start=start, end=end, text=text[start:end]))
    return out
