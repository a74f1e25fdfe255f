"""The ingest stage: files, folders, stdin, JSON lines and URLs in, `Document`s (or `ReadError`s) out.

Bytes are decoded with charset-normalizer (plus a fixed-order fallback for short Japanese texts,
see `_detect`), HTML goes through trafilatura, and boilerplate lines such as 続きを読む are
dropped. The text kept is otherwise the text as found: offsets computed later point into it.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import functools
import json
import os
import re
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from materiel.fetch import MAX_BYTES, FetchError, fetch_url, too_large
from materiel.model import Document

__all__ = [
    "BOILERPLATE_LINES",
    "EXTENSIONS",
    "LIST_HEADINGS",
    "MAX_BYTES",
    "DecodeError",
    "ReadError",
    "decode_bytes",
    "normalize_date",
    "read_bytes",
    "read_sources",
    "remove_boilerplate",
]

Kind = Literal["text", "html", "json", "jsonl"]
EXTENSIONS: dict[str, Kind] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}

# Lines that are page furniture, not article text, matched as whole lines (case-folded, with the
# arrows, brackets and dots that decorate them stripped). "読み続ける" is what machine translation
# makes of "Continue reading" at the foot of translated pages.
BOILERPLATE_LINES = frozenset(
    line.casefold()
    for line in (
        "続きを読む",
        "続きをみる",
        "続きを見る",
        "読み続ける",
        "全文を読む",
        "全文を表示",
        "記事を読む",
        "もっと見る",
        "もっと読む",
        "関連記事",
        "関連ニュース",
        "関連リンク",
        "おすすめ記事",
        "この記事を印刷する",
        "印刷する",
        "広告",
        "スポンサーリンク",
        "Continue reading",
        "Continue reading the main story",
        "Read more",
        "Read the full story",
        "Read the full article",
        "Related",
        "Related articles",
        "Related stories",
        "Related content",
        "Advertisement",
        "Skip advertisement",
        "Story continues below advertisement",
        "Print this article",
        "Share this article",
        "Skip to content",
        "Listen to this article",
    )
)
# Headings over a list of other stories: the lines under them that read as headlines go too.
LIST_HEADINGS = frozenset(
    line.casefold()
    for line in (
        "関連記事",
        "関連ニュース",
        "関連リンク",
        "関連トピックス",
        "おすすめ記事",
        "あわせて読みたい",
        "合わせて読みたい",
        "あわせて読む",
        "次に読む",
        "最新記事",
        "新着記事",
        "よく読まれている記事",
        "こちらもおすすめ",
        "こちらもオススメ",
        "人気記事",
        "注目記事",
        "アクセスランキング",
        "この記事を読んだ人におすすめ",
        "Read more",
        "Read next",
        "More to read",
        "Further reading",
        "Related reading",
        "Latest news",
        "More news",
        "Related",
        "Related articles",
        "Related stories",
        "Related content",
        "Related news",
        "Related coverage",
        "Related topics",
        "More on this story",
        "More stories",
        "More from this section",
        "Recommended",
        "Recommended stories",
        "Most read",
        "Most popular",
        "Trending",
        "Trending now",
        "You may also like",
        "You might also like",
        "Also read",
        "Read also",
        "See also",
        "Top stories",
        "Editor's picks",
    )
)
# a listed story: a line with no closing stop (a headline), at most 120 characters
_LISTED_HEADLINE = re.compile(r"[^\n]{1,120}(?<![。.!?！？」”\"'’])")
# a link to another story set in the text: "ALSO READ | …", "Read more: …", 「【関連記事】…」
_LINKED_STORY = re.compile(
    r"[\s>»›→▶►▸・•*-]*(?:【\s*関連(?:記事|ニュース)?\s*】|(?:関連記事|関連ニュース|あわせて読みたい)\s*[:：｜|]"
    r"|(?:also read|read also|read more|see also|related|more on this)\s*[:：｜|])",
    re.I,
)
_DECORATION = " \t\u3000>»›→▶►▸…・.:：|[]【】「」『』()（）<«‹←-—"

_BINARY = "not text (binary data)"
_CONTROL_EXEMPT = frozenset("\t\n\r\f\v")


@dataclass(frozen=True)
class ReadError:
    """An input that gave no document, and why; `line` is set for one line of a JSON lines file."""

    source: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.reason}"


class DecodeError(ValueError):
    """Bytes that are not text: binary data, or no supported encoding decodes them."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Rejected(Exception):
    """An input given up on for `reason` (too large, empty, unreadable ...), turned into a ReadError."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# ---------------------------------------------------------------------------------------------
# Decoding

# Unicode signatures are declarations, not guesses: they decide before any detection.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The encodings this corpus comes in. Left free to choose among all its code pages,
# charset-normalizer calls short Japanese texts Big5, CP949 or EBCDIC; restricted to these it
# ranks the plausible ones only. Everything else is still tried when none of these fits.
_CORPUS_ENCODINGS = ["utf_8", "iso2022_jp", "cp932", "euc_jp", "cp1252"]
_JAPANESE_8BIT = frozenset({"cp932", "shift_jis", "shift_jis_2004", "euc_jp", "euc_jis_2004"})
# Strict decodes tried, in this order, when charset-normalizer finds nothing or something
# implausible (a one-line Shift_JIS sentence, or ISO-2022-JP read as UTF-8 with its escapes).
# The order goes from the codec least likely to accept foreign bytes to the most: UTF-8's
# sequences are self-checking, ISO-2022-JP is 7-bit with escapes, EUC-JP wants both bytes of a
# pair in A1-FE, while CP932 accepts much of EUC-JP (as half-width katakana). The first result
# that is valid Japanese text wins.
_JAPANESE_FALLBACK = ("utf_8", "iso2022_jp", "euc_jp", "cp932")
# Labels browsers treat as another encoding (WHATWG Encoding): Shift_JIS means Windows-31J,
# Latin-1 and ASCII mean windows-1252, and a UTF-16 label on bytes without a BOM means UTF-8.
_LABELS = {
    "windows-31j": "cp932",
    "x-sjis": "cp932",
    "shift_jis": "cp932",
    "x-euc-jp": "euc_jp",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "utf-16": "utf-8",
    "utf-16-le": "utf-8",
    "utf-16-be": "utf-8",
}
# How much messier (charset-normalizer's mess ratio) the declared decoding must be than the
# detected one before the detection wins.
_MESS_MARGIN = 0.2


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode `data` to text with line ends unified to \\n and any BOM removed.

    `declared` is a charset named by the source (an HTML meta tag, an HTTP header): it is tried
    strictly and kept unless it fails or charset-normalizer finds a much better reading.
    Raises `DecodeError` for binary data and for bytes no encoding fits; nothing else.
    """
    if not data:
        return ""
    text = _decode_bom(data)
    if text is None:
        if _raw_looks_binary(data):
            raise DecodeError(_BINARY)
        found = _decode_declared(data, declared) if declared else None
        text = found if found is not None else _detect(data)
    if text is None:
        raise DecodeError("undecodable bytes (no supported encoding fits)")
    if _control_share(text) > 0.05:
        raise DecodeError(_BINARY)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _decode_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding)
            if text is not None:
                return text.removeprefix("\ufeff")
    return None


def _raw_looks_binary(data: bytes) -> bool:
    # NUL never occurs in 8-bit text; UTF-16/32 text (which has them) was decoded by its BOM.
    if b"\x00" in data:
        return True
    sample = data[:65536]
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in b"\t\n\r\f\v\x1b") + sample.count(0x7F)
    return controls > 0.05 * len(sample)


def _control_share(text: str) -> float:
    sample = text[:65536]
    if not sample:
        return 0.0
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in _CONTROL_EXEMPT)
    return controls / len(sample)


def _plausible(text: str) -> bool:
    """No escape sequences (an ISO-2022-JP misreading) and next to no control characters."""
    return "\x1b" not in text and _control_share(text) <= 0.01


def _is_japanese(text: str, *, need_kana: bool) -> bool:
    """Whether `text` reads as Japanese: kana or kanji present, no control, private or unassigned
    characters. With `need_kana`, full-width kana must be present: Japanese prose always has some,
    while a Western text misread as CP932 shows kanji and half-width katakana only."""
    kana = kanji = False
    for ch in text:
        code = ord(ch)
        if 0x3041 <= code <= 0x30FA:
            kana = True
        elif 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
            kanji = True
        elif unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs") and ch not in _CONTROL_EXEMPT:
            return False
    return kana or (kanji and not need_kana)


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    # Valid UTF-8 beyond ASCII is next to proof: legacy-encoded text almost never forms its
    # sequences, while charset-normalizer, on short texts of rare kanji, calls such bytes CP932.
    utf8 = _strict(data, "utf_8")
    if utf8 is not None and _plausible(utf8):
        return utf8
    best = from_bytes(data, cp_isolation=_CORPUS_ENCODINGS).best()
    picked = _strict(data, best.encoding) if best else None
    if best and picked is not None and _plausible(picked) and best.encoding == "iso2022_jp":
        return picked
    # Between the 8-bit Japanese codecs the fixed order decides (CP932 reads most EUC-JP too).
    # A plausible non-Japanese reading yields only to Japanese with kana in it.
    rival = best is not None and best.encoding not in _JAPANESE_8BIT and picked is not None and _plausible(picked)
    for encoding in _JAPANESE_FALLBACK:
        text = _strict(data, encoding)
        if text is not None and _is_japanese(text, need_kana=rival):
            return text
    if picked is not None and _plausible(picked):
        return picked
    anything = from_bytes(data).best()
    other = _strict(data, anything.encoding) if anything else None
    if other is not None and _plausible(other):
        return other
    return picked if picked is not None else other


def _codec_for_label(label: str) -> str | None:
    name = _LABELS.get(label.strip().lower(), label.strip())
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return _LABELS.get(codec, codec)


def _decode_declared(data: bytes, declared: str) -> str | None:
    """The declared charset's reading, unless it fails or detection finds a much better one."""
    from charset_normalizer.md import mess_ratio

    codec = _codec_for_label(declared)
    text = _strict(data, codec) if codec else None
    if text is None:
        return None
    detected = _detect(data)
    if detected is None or detected == text:
        return text
    if not _plausible(text) and _plausible(detected):
        return None
    if not data.isascii() and _strict(data, "utf_8") == detected:  # valid UTF-8: see _detect
        return None
    if mess_ratio(text, 1.0) - mess_ratio(detected, 1.0) >= _MESS_MARGIN:
        return None
    return text


_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def _html_declared_charset(data: bytes) -> str | None:
    head = data[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii") if match else None


# ---------------------------------------------------------------------------------------------
# Cleaning


def remove_boilerplate(text: str) -> str:
    """Drop whole lines that are page furniture (`BOILERPLATE_LINES`), and the other stories a
    page lists under a heading (関連記事, "Related stories", `LIST_HEADINGS`) or links inline
    ("ALSO READ | …", 「【関連記事】…」): their headlines are not this article's news. Everything
    else is kept as is."""
    lines = text.split("\n")
    kept: list[str] = []
    in_list = False
    for line in lines:
        bare = line.strip(_DECORATION).casefold()
        if bare in LIST_HEADINGS:
            in_list = True
            continue
        if in_list and (not bare or _LISTED_HEADLINE.fullmatch(line.strip())):
            continue  # a listed story's headline, or the blank line between two
        in_list = False
        if bare in BOILERPLATE_LINES or _LINKED_STORY.match(line):
            continue
        kept.append(line)
    return text if len(kept) == len(lines) else "\n".join(kept)


def _checked_text(text: str) -> str:
    if not text.strip():
        raise _Rejected("empty")
    text = remove_boilerplate(text)
    if not any(ch.isalpha() for ch in text):
        raise _Rejected("no text")
    return text


_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
_YMD = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:日|[T\s]|$)")
_ERA_YMD = re.compile(r"(令和|平成|昭和)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YM = re.compile(r"(\d{4})\s*[-/年]\s*(\d{1,2})\s*月?$")
_ENGLISH_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%b. %d, %Y")


def normalize_date(value: str) -> str | None:
    """A publication date as `YYYY-MM-DD` (or `YYYY-MM`, `YYYY` when only those are given),
    from ISO 8601, `2024/3/5`, `2024年3月5日`, `令和6年3月5日`, RFC 2822 or `March 5, 2024`;
    None when `value` is none of these. The date is the one written, in the writer's time zone."""
    value = value.strip()
    try:
        if match := _YMD.match(value):
            year, month, day = (int(g) for g in match.groups())
            return dt.date(year, month, day).isoformat()
        if match := _ERA_YMD.match(value):
            era, in_era, era_month, era_day = match.groups()
            era_year = _ERAS[era] + (1 if in_era == "元" else int(in_era))
            return dt.date(era_year, int(era_month), int(era_day)).isoformat()
        if match := _YM.match(value):
            year, month = int(match.group(1)), int(match.group(2))
            return dt.date(year, month, 1).isoformat()[:7]
        if re.fullmatch(r"\d{4}", value):
            return value
    except ValueError:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _ENGLISH_FORMATS:
        try:
            return dt.datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


# the date an article's first lines give it: "date 2024-05-03", "Published: 21 Aug 2023 14:37",
# 「配信日時：2024年5月3日」, a line of a date alone (「2024年5月3日 12:00」, "August 29, 2022") or a
# dateline with its year ("MOSCOW, March 3, 2024 (Reuters) -")
_HEADER_LABEL = re.compile(
    r"^(?:date|published|updated|posted|配信日時?|公開日時?|更新日時?|掲載日時?|投稿日時?)\s*(?:on\s*)?[:：]?\s*", re.I
)
_HEADER_DATE = re.compile(
    r"(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?"
    r"|(?:令和|平成)\s*(?:\d{1,2}|元)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})"
)
# what may follow a date alone on its line: a weekday, a time (「19時05分」), a time zone
_HEADER_REST = re.compile(
    r"\s*(?:[(（][^)）]{1,4}[)）])?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?|JST|UTC|GMT|ET)?"
    r"|\d{1,2}時\d{1,2}分)?\s*$"
)
_HEADER_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{1,40},(?:\s+[A-Za-z .'-]{1,30},)?\s+(?=[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})"
)
# a forum post's head, its date after the poster's name: 「1 名前：… ★：2024/06/20(木) 12:03:41.55 ID:…」
_HEADER_POST = re.compile(r"^\d{1,4}\s*[:：]?\s*名前\s*[:：][^\n]{0,80}?[:：]\s*(?=\d{4}/\d{1,2}/\d{1,2})")
_HEADER_LINES = 3


def header_date(text: str) -> str | None:
    """The publication date the first lines of a plain-text article give (see `_HEADER_DATE`), as
    `YYYY-MM-DD`; None where they give none."""
    lines = [line.strip() for line in text[:600].splitlines() if line.strip()][:_HEADER_LINES]
    for line in lines:
        labelled = _HEADER_LABEL.match(line)
        opening = _HEADER_DATELINE.match(line) or _HEADER_POST.match(line)
        at = labelled.end() if labelled else (opening.end() if opening else 0)
        found = _HEADER_DATE.match(line, at)
        if found is None:
            continue
        # (a date alone on its line, or after a label or a dateline: 「2024年5月3日、北朝鮮が…」 is news)
        if labelled or at or _HEADER_REST.match(line, found.end()):
            value = re.sub(r"\s+", " ", found.group())
            return normalize_date(value.replace(".", "").replace("Sept ", "Sep ") if value[0].isalpha() else value)
    return None


# ---------------------------------------------------------------------------------------------
# HTML


@dataclass(frozen=True)
class _Article:
    text: str
    title: str | None
    published: str | None
    url: str | None
    language: str | None


def _html_article(html: str) -> _Article:
    import lxml.html
    import trafilatura
    from lxml import etree

    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)  # lxml refuses str input with an encoding declaration
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        tree = None
    body = html
    if tree is not None and _unwrap_layout_tables(tree):
        body = lxml.html.tostring(tree, encoding="unicode")
    # The pages are hostile input to third-party parsers: any failure there falls back to the plain
    # text dump (or no metadata) rather than ending a run over thousands of files.
    try:
        # Recall over precision: a short sentence dropped (often the denial) costs more than a stray line.
        text = trafilatura.extract(
            body,
            favor_precision=False,
            favor_recall=True,
            include_comments=False,
            include_tables=False,
            config=_trafilatura_config(),
        )
    except Exception:
        text = None
    if not text and tree is not None:
        text = _html_text_dump(tree)
    try:
        metadata = trafilatura.extract_metadata(html, extensive=False)
        title, date, canonical = metadata.title, metadata.date, metadata.url
    except Exception:
        title = date = canonical = None
    published = normalize_date(date) if date else None
    language = None
    if tree is not None and (match := re.match(r"[A-Za-z]{2,3}\b", tree.get("lang") or "")):
        language = match.group(0).lower()
    return _Article(text or "", title or None, published, canonical or None, language)


@functools.cache
def _trafilatura_config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    # Short wire items are normal news: below the default floor (250 characters) trafilatura hands
    # a page to its baseline extractor, which runs the paragraphs into one line.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "25")
    return config


def _unwrap_layout_tables(tree: Any) -> bool:
    """Turn tables into plain blocks when a cell holds prose (a page laid out with tables), so
    that their text is kept as paragraphs; tables of data stay tables, which are left out."""
    if not any(
        cell.find(".//table") is None and sum(ch.isalpha() for ch in cell.text_content()) >= 80
        for cell in tree.iter("td", "th")
    ):
        return False
    for node in tree.iter("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"):
        node.tag = "div"
    return True


_BLOCKS = (
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
    "section", "article", "blockquote", "pre", "dd", "dt", "table", "ul", "ol",
)  # fmt: skip


def _html_text_dump(tree: Any) -> str:
    """All visible text, a line per block, for pages trafilatura rejects."""
    for node in tree.xpath("//script|//style|//noscript|//template|//head|//nav|//header|//footer|//aside|//form"):
        node.drop_tree()
    for node in tree.iter(*_BLOCKS):
        node.tail = "\n" + (node.tail or "")
        node.text = "\n" + (node.text or "")
    lines = (re.sub(r"[ \t\r\f]+", " ", line).strip() for line in tree.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


# ---------------------------------------------------------------------------------------------
# JSON


def _json_documents(text: str, source: str, published: str | None) -> Iterator[Document | ReadError]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # several values: JSON lines in a .json file
            yield from _jsonl_documents(text, source, published)
        else:
            yield ReadError(source, exc.lineno, f"invalid JSON ({exc.msg} at column {exc.colno})")
        return
    items = value if isinstance(value, list) else [value]
    for index, item in enumerate(items):
        where = source if not isinstance(value, list) else f"{source}[{index}]"
        try:
            yield _json_document(item, where, published)
        except _Rejected as exc:
            yield ReadError(where, None, exc.reason)


def _jsonl_documents(text: str, source: str, published: str | None) -> Iterator[Document | ReadError]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(source, number, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield _json_document(item, f"{source}:{number}", published)
        except _Rejected as exc:
            yield ReadError(source, number, exc.reason)


def _json_document(item: object, source: str, published: str | None) -> Document:
    if not isinstance(item, dict):
        raise _Rejected("not a JSON object")
    if "text" not in item:
        raise _Rejected('no "text" field')
    fields: dict[str, str | None] = {}
    for key in ("text", "title", "url", "published", "language"):
        value = item.get(key)
        if value is not None and not isinstance(value, str):
            raise _Rejected(f'"{key}" is not a string')
        fields[key] = value
    date = fields["published"]
    if date is not None and date.strip():
        date = normalize_date(date)
        if date is None:
            raise _Rejected(f"invalid published date ({fields['published']!r})")
    text = (fields["text"] or "").replace("\r\n", "\n").replace("\r", "\n")
    return Document(
        text=_checked_text(text),
        language=fields["language"] or "und",
        published=date or published,
        title=fields["title"] or None,
        url=fields["url"] or None,
        source=source,
    )


# ---------------------------------------------------------------------------------------------
# Reading


def read_bytes(
    data: bytes,
    source: str,
    *,
    kind: Kind | None = None,
    charset: str | None = None,
    published: str | None = None,
    url: str | None = None,
) -> Iterator[Document | ReadError]:
    """The documents in `data` read from `source`: one, or one per JSON line. `kind` is sniffed
    from the content when not given; `charset` is a charset the transport declared."""
    try:
        if not data.strip():
            raise _Rejected("empty")
        if kind is None:
            kind = _sniff_bytes(data)
        if kind == "html":
            declared = charset or _html_declared_charset(data)
            yield _html_document(decode_bytes(data, declared), source, published, url)
            return
        text = decode_bytes(data, charset)
        if kind is None:
            kind = _sniff_text(text)
        if kind == "html":
            yield _html_document(text, source, published, url)
        elif kind == "jsonl":
            yield from _jsonl_documents(text, source, published)
        elif kind == "json":
            yield from _json_documents(text, source, published)
        else:
            checked = _checked_text(text)
            yield Document(text=checked, published=published or header_date(checked), url=url, source=source)
    except (DecodeError, _Rejected) as exc:
        yield ReadError(source, None, exc.reason)


def _html_document(html: str, source: str, published: str | None, url: str | None) -> Document:
    if not html.strip():
        raise _Rejected("empty")
    article = _html_article(html)
    if not article.text.strip():
        raise _Rejected("no text")
    return Document(
        text=_checked_text(article.text),
        language=article.language or "und",
        published=article.published or published,
        title=article.title,
        url=url or article.url,
        source=source,
    )


_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)


def _sniff_bytes(data: bytes) -> Kind | None:
    return "html" if _HTML_START.match(data.removeprefix(codecs.BOM_UTF8)[:4096]) else None


def _sniff_text(text: str) -> Kind:
    start = text.lstrip()[:4096]
    if _HTML_START.match(start.encode("utf-8", "replace")):
        return "html"
    if start.startswith("["):
        return "json"
    if start.startswith("{"):
        first = start.split("\n", 1)[0]
        try:
            json.loads(first)
        except json.JSONDecodeError:
            return "json"
        return "jsonl"
    return "text"


def _kind_for_content_type(content_type: str) -> Kind | None:
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime in ("text/html", "application/xhtml+xml"):
        return "html"
    if mime in ("application/x-ndjson", "application/jsonl", "application/x-jsonlines"):
        return "jsonl"
    if mime == "application/json":
        return "json"
    if mime in ("text/plain", "text/markdown"):
        return "text"
    return None


def _read_file(path: Path, max_bytes: int) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
            if len(data) > max_bytes:
                size = os.fstat(handle.fileno()).st_size
                raise _Rejected(too_large(size if size > max_bytes else None, max_bytes))
            return data
    except OSError as exc:
        raise _Rejected(exc.strerror or str(exc)) from None


def _walk(root: Path) -> list[Path | ReadError]:
    """The readable files under `root` sorted by path, hidden ones skipped, and folders that could
    not be listed."""
    found: list[tuple[tuple[str, ...], Path | ReadError]] = []

    def unlisted(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else root
        found.append((where.relative_to(root).parts, ReadError(str(where), None, exc.strerror or str(exc))))

    for folder, subfolders, files in os.walk(root, onerror=unlisted):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        for name in files:
            path = Path(folder, name)
            # regular files only: a FIFO or socket in a folder would block the walk
            if not name.startswith(".") and path.suffix.lower() in EXTENSIONS and path.is_file():
                found.append((path.relative_to(root).parts, path))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def read_sources(
    sources: Sequence[str],
    *,
    allow_urls: bool = False,
    allow_private: bool = False,
    published: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Document | ReadError]:
    """Every document in `sources` (file paths, folders, `-` for stdin, http(s) URLs when
    `allow_urls`), in order, with a `ReadError` in place of each input that gave none.

    `published` is the publication date for documents that do not carry one. A broken input
    never stops the iteration.
    """
    default_date = None
    if published is not None:
        default_date = normalize_date(published)
        if default_date is None:
            raise ValueError(f"published: not a date: {published!r}")
    return _read_all(sources, allow_urls, allow_private, default_date, max_bytes)


def _read_all(
    sources: Sequence[str], allow_urls: bool, allow_private: bool, published: str | None, max_bytes: int
) -> Iterator[Document | ReadError]:
    for source in sources:
        if source == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
            if len(data) > max_bytes:
                yield ReadError("<stdin>", None, too_large(None, max_bytes))
            else:
                yield from read_bytes(data, "<stdin>", published=published)
        elif _URL.match(source):
            yield from _read_url(source, allow_urls, allow_private, published, max_bytes)
        elif Path(source).is_dir():
            yield from _read_folder(Path(source), published, max_bytes)
        else:
            yield from _read_path(Path(source), source, None, published, max_bytes)


def _read_path(
    path: Path, source: str, kind: Kind | None, published: str | None, max_bytes: int
) -> Iterator[Document | ReadError]:
    try:
        data = _read_file(path, max_bytes)
    except _Rejected as exc:
        yield ReadError(source, None, exc.reason)
        return
    yield from read_bytes(data, source, kind=kind or EXTENSIONS.get(path.suffix.lower()), published=published)


def _read_folder(root: Path, published: str | None, max_bytes: int) -> Iterator[Document | ReadError]:
    entries = _walk(root)
    if not entries:
        yield ReadError(str(root), None, f"no readable files ({', '.join(EXTENSIONS)})")
    for entry in entries:
        if isinstance(entry, ReadError):
            yield entry
        else:
            yield from _read_path(entry, str(entry), None, published, max_bytes)


def _read_url(
    url: str, allow_urls: bool, allow_private: bool, published: str | None, max_bytes: int
) -> Iterator[Document | ReadError]:
    if not allow_urls:
        yield ReadError(url, None, "URL not read: reading URLs is off (allow_urls)")
        return
    try:
        data, headers = fetch_url(url, allow_private=allow_private, max_bytes=max_bytes)
    except FetchError as exc:
        yield ReadError(url, None, str(exc))
        return
    content_type = headers.get("content-type", "")
    match = _HEADER_CHARSET.search(content_type)
    yield from read_bytes(
        data,
        url,
        kind=_kind_for_content_type(content_type),
        charset=match.group(1) if match else None,
        published=published,
        url=url,
    )
