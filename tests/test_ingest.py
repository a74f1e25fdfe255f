"""Tests of the ingest stage: every input is made here, in tmp_path, and every outcome is exact."""

from __future__ import annotations

import codecs
import io
import json
import os
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from materiel.fetch import FetchError, fetch_url
from materiel.ingest import (
    DecodeError,
    ReadError,
    decode_bytes,
    normalize_date,
    read_bytes,
    read_sources,
    remove_boilerplate,
)
from materiel.model import Document

JA = (
    "ウクライナの情報機関は、イランがロシアに防空システム「バーヴァル373」を供与したと発表した。"
    "ジョージア政府はこれを根拠がないと否定した。"
)
EN = "Iraqi militia weapons were moved through the Salamja crossing into Iran and shipped across the Caspian."
ARTICLE = f"{JA}\n\n{EN}\n"


def read_one(*sources: str, **options: object) -> Document | ReadError:
    results = list(read_sources(list(sources), **options))  # type: ignore[arg-type]
    assert len(results) == 1, results
    return results[0]


def write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


# ---------------------------------------------------------------------------------------------
# Encodings

ENCODINGS = {
    "utf-8": lambda s: s.encode("utf-8"),
    "utf-8 with BOM": lambda s: s.encode("utf-8-sig"),
    "utf-16-le with BOM": lambda s: b"\xff\xfe" + s.encode("utf-16-le"),
    "utf-16-be with BOM": lambda s: b"\xfe\xff" + s.encode("utf-16-be"),
    "shift_jis": lambda s: s.encode("shift_jis"),
    "cp932": lambda s: s.encode("cp932"),
    "euc-jp": lambda s: s.encode("euc_jp"),
    "iso-2022-jp": lambda s: s.encode("iso2022_jp"),
}


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_each_encoding_decodes_to_the_original(tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path / "article.txt", ENCODINGS[encoding](ARTICLE))
    doc = read_one(path, published="2024-03-05")
    assert isinstance(doc, Document)
    assert doc.text == ARTICLE
    assert (doc.source, doc.published, doc.title) == (path, "2024-03-05", None)


@pytest.mark.parametrize("encoding", ["shift_jis", "euc_jp", "iso2022_jp", "cp932"])
@pytest.mark.parametrize(
    "sentence",
    ["イランは供与した。", "ジョージアは否定した", "、港", "日本政府", "弾薬。", "あ"],
)
def test_short_japanese_decodes_right(encoding: str, sentence: str) -> None:
    assert decode_bytes(sentence.encode(encoding)) == sentence


def test_line_ends_unified_bom_stripped_nothing_else_touched() -> None:
    text = "ＡＢＣ　全角\r\nｶﾀｶﾅ\rline\n"
    assert decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8")) == "ＡＢＣ　全角\nｶﾀｶﾅ\nline\n"


def test_windows_1252_english() -> None:
    assert decode_bytes("“Groundless,” said the café’s owner.".encode("cp1252")) == (
        "“Groundless,” said the café’s owner."
    )


# ---------------------------------------------------------------------------------------------
# HTML

PAGE = """<!DOCTYPE html>
<html lang="ja"><head>
<meta charset="{charset}">
<title>見出し | 例示ニュース</title>
<meta property="og:title" content="イラン、ロシアに防空システム供与">
<meta property="article:published_time" content="2024-03-05T09:30:00+09:00">
<link rel="canonical" href="https://news.example/a/1">
</head><body>
<header><nav><a href="/">ホーム</a> <a href="/world">国際</a> <a href="/biz">経済</a></nav></header>
<article>
<p>ウクライナの情報機関は、イランがロシアに防空システムを供与したと発表した。</p>
<p>ジョージア政府はこれを根拠がないと否定した。</p>
<p>続きを読む</p>
<p>The ministry said it was groundless.</p>
<p><a href="/more">Continue reading</a></p>
</article>
<aside><h2>関連記事</h2><ul><li><a href="/x">別の記事A</a></li><li><a href="/y">別の記事B</a></li></ul></aside>
<footer><p>Copyright 2024 Example News. All rights reserved.</p><p>この記事を印刷する</p></footer>
</body></html>
"""
PAGE_TEXT = (
    "ウクライナの情報機関は、イランがロシアに防空システムを供与したと発表した。\n"
    "ジョージア政府はこれを根拠がないと否定した。\n"
    "The ministry said it was groundless."
)


def test_html_main_text_title_date_and_no_boilerplate(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", PAGE.format(charset="utf-8").encode("utf-8"))
    doc = read_one(path, published="2020-01-01")
    assert isinstance(doc, Document)
    assert doc.text == PAGE_TEXT
    assert doc.title == "イラン、ロシアに防空システム供与"
    assert doc.published == "2024-03-05"
    assert doc.url == "https://news.example/a/1"
    assert doc.language == "ja"


@pytest.mark.parametrize(
    ("declared", "actual"),
    [
        ("shift_jis", "utf-8"),
        ("utf-8", "euc_jp"),
        ("euc-jp", "cp932"),
        ("iso-8859-1", "utf-8"),
        ("shift_jis", "euc_jp"),
    ],
)
def test_html_wrong_meta_charset_loses_to_the_bytes(tmp_path: Path, declared: str, actual: str) -> None:
    path = write(tmp_path / "page.htm", PAGE.format(charset=declared).encode(actual))
    doc = read_one(path)
    assert isinstance(doc, Document)
    assert doc.text == PAGE_TEXT


def test_html_right_meta_charset_is_used(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", PAGE.format(charset="Shift_JIS").encode("cp932"))
    doc = read_one(path)
    assert isinstance(doc, Document) and doc.text == PAGE_TEXT


def test_html_short_page_in_declared_charset() -> None:
    html = '<html><head><meta charset="euc-jp"></head><body><p>イランは否定した。</p></body></html>'
    [doc] = read_bytes(html.encode("euc_jp"), "short.html", kind="html")
    assert isinstance(doc, Document) and doc.text == "イランは否定した。"


def test_html_time_element_date_and_title_tag() -> None:
    html = (
        "<html><head><title>Iran supplies air defence</title></head><body><article>"
        '<time datetime="2024-02-10T08:00:00Z">Feb 10</time>'
        "<p>Iran has supplied Russia with an air defence system, Ukrainian intelligence said.</p>"
        "<p>Georgia called the accusation groundless.</p></article></body></html>"
    )
    [doc] = read_bytes(html.encode(), "t.html", kind="html")
    assert isinstance(doc, Document)
    assert doc.published == "2024-02-10"
    assert doc.title == "Iran supplies air defence"
    assert doc.text == (
        "Iran has supplied Russia with an air defence system, Ukrainian intelligence said.\n"
        "Georgia called the accusation groundless."
    )


def test_broken_html_still_gives_its_text() -> None:
    html = "<html><body><p>未閉じの段落でイランについて書く<div>イランはロシアに防空システムを供与した。"
    html += "<b>太字</i></table>"
    [doc] = read_bytes(html.encode(), "broken.html", kind="html")
    assert isinstance(doc, Document)
    assert doc.text == "未閉じの段落でイランについて書く\nイランはロシアに防空システムを供与した。太字"


def test_layout_table_text_kept_data_table_left_out() -> None:
    prose = "イランはロシアに防空システムを供与したと、ウクライナの情報機関が発表した。" * 2
    layout = f"<html><body><table><tr><td>{prose}</td></tr><tr><td>Georgia denied it.</td></tr></table></body></html>"
    [doc] = read_bytes(layout.encode(), "layout.html", kind="html")
    assert isinstance(doc, Document) and doc.text == f"{prose}\nGeorgia denied it."
    data = f"<html><body><p>{prose}</p><table><tr><td>S-300</td><td>4</td></tr></table></body></html>"
    [doc] = read_bytes(data.encode(), "data.html", kind="html")
    assert isinstance(doc, Document) and doc.text == prose


def test_html_trafilatura_rejects_falls_back_to_text_dump(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *args, **kwargs: None)
    html = (
        "<html><head><style>p {}</style></head><body><nav>ホーム</nav><h1>見出し</h1>"
        "<div>イランは<b>供与</b>した。<br>ジョージアは否定した。</div><script>x()</script></body></html>"
    )
    [doc] = read_bytes(html.encode(), "p.html", kind="html")
    assert isinstance(doc, Document) and doc.text == "見出し\nイランは供与した。\nジョージアは否定した。"


def test_html_without_text() -> None:
    [error] = read_bytes(b"<html><body><script>var x = 1;</script></body></html>", "s.html", kind="html")
    assert error == ReadError("s.html", None, "no text")


# ---------------------------------------------------------------------------------------------
# Boilerplate


def test_boilerplate_lines_removed_from_plain_text(tmp_path: Path) -> None:
    text = "イランは供与した。\n続きを読む\n【関連記事】\nRead more »\nAdvertisement\n否定した。\n読み続ける\n"
    doc = read_one(write(tmp_path / "mt.txt", text.encode()))
    assert isinstance(doc, Document) and doc.text == "イランは供与した。\n否定した。\n"


def test_boilerplate_only_whole_lines() -> None:
    text = "記事の続きを読むには登録が必要だ。\nRead more about it below."
    assert remove_boilerplate(text) == text


# ---------------------------------------------------------------------------------------------
# JSON


def test_json_lines_with_one_bad_line(tmp_path: Path) -> None:
    lines = [
        {"url": "https://a.example/1", "title": "一", "published": "2024年3月5日", "text": "イランは供与した。"},
        "this is not json",
        {"text": "Georgia denied it.", "published": "2024-03-06T10:00:00+04:00"},
    ]
    raw = "\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines)
    path = write(tmp_path / "feed.jsonl", raw.encode())
    first, error, third = read_sources([path], published="2000-01-01")
    assert first == Document(
        text="イランは供与した。",
        published="2024-03-05",
        title="一",
        url="https://a.example/1",
        source=f"{path}:1",
    )
    assert error == ReadError(path, 2, "invalid JSON (Expecting value at column 1)")
    assert str(error) == f"{path}:2: invalid JSON (Expecting value at column 1)"
    assert third == Document(text="Georgia denied it.", published="2024-03-06", source=f"{path}:3")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"title": "x"}', 'no "text" field'),
        ('["text"]', "not a JSON object"),
        ('{"text": 5}', '"text" is not a string'),
        ('{"text": "ok", "published": "someday"}', "invalid published date ('someday')"),
        ('{"text": "   "}', "empty"),
        ('{"text": "12:30 -- 99%"}', "no text"),
    ],
)
def test_json_line_errors(tmp_path: Path, line: str, reason: str) -> None:
    path = write(tmp_path / "feed.ndjson", f'{{"text": "fine"}}\n\n{line}\n'.encode())
    ok, error = read_sources([path])
    assert isinstance(ok, Document) and ok.source == f"{path}:1"
    assert error == ReadError(path, 3, reason)


def test_json_file_object_and_array(tmp_path: Path) -> None:
    one = write(tmp_path / "one.json", json.dumps({"text": "Iran denied it.", "title": "T"}).encode())
    many = write(tmp_path / "many.json", json.dumps([{"text": "First."}, {"nope": 1}]).encode())
    first, second, third = read_sources([one, many])
    assert first == Document(text="Iran denied it.", title="T", source=one)
    assert second == Document(text="First.", source=f"{many}[0]")
    assert third == ReadError(f"{many}[1]", None, 'no "text" field')


# ---------------------------------------------------------------------------------------------
# Folders, stdin, bad input


def test_folder_walk_order_and_skipping(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / ".git").mkdir()
    for name in ("b.txt", "a.md", "sub/c.html", "sub/a.TXT", ".hidden.txt", ".git/x.txt", "z.text"):
        (root / name).write_text(f"<p>text of {name}</p>" if name.endswith("html") else f"text of {name}")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (root / "notes.docx").write_bytes(b"PK\x03\x04")
    sources = [d.source for d in read_sources([str(root)]) if isinstance(d, Document)]
    assert sources == [str(root / n) for n in ("a.md", "b.txt", "sub/a.TXT", "sub/c.html", "z.text")]


def test_explicit_file_with_other_extension_is_read(tmp_path: Path) -> None:
    path = write(tmp_path / "article.log", b"<html><body><p>Iran denied it.</p></body></html>")
    doc = read_one(path)
    assert isinstance(doc, Document) and doc.text == "Iran denied it."


def test_folder_without_readable_files(tmp_path: Path) -> None:
    (tmp_path / "x.png").write_bytes(b"\x89PNG")
    error = read_one(str(tmp_path))
    assert isinstance(error, ReadError) and error.reason.startswith("no readable files (.txt, ")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \n\t\r\n  ", "empty"),
        ("\u3000\n".encode(), "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not text (binary data)"),
        (bytes(range(1, 9)) * 40, "not text (binary data)"),
        (b"12:30 -- 4,000 / 99%\n", "no text"),
    ],
)
def test_bad_files(tmp_path: Path, data: bytes, reason: str) -> None:
    path = write(tmp_path / "bad.txt", data)
    assert read_one(path) == ReadError(path, None, reason)


def test_too_large_file(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", b"Iran denied it. " * 20)
    assert str(read_one(path, max_bytes=100)) == f"{path}: too large (320 bytes > 100)"
    assert isinstance(read_one(path, max_bytes=320), Document)


def test_missing_and_unreadable_files(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    assert read_one(missing) == ReadError(missing, None, "No such file or directory")
    if os.name == "posix" and os.geteuid() != 0:
        locked = write(tmp_path / "locked.txt", b"text")
        os.chmod(locked, 0)
        assert read_one(locked) == ReadError(locked, None, "Permission denied")


def test_a_broken_item_never_stops_the_iteration(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", b"Iran denied it.")
    results = list(read_sources([str(tmp_path / "missing.txt"), write(tmp_path / "e.txt", b""), good]))
    assert [type(r) for r in results] == [ReadError, ReadError, Document]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("euc_jp"))))
    doc = read_one("-")
    assert isinstance(doc, Document) and (doc.text, doc.source) == (ARTICLE, "<stdin>")


def test_stdin_json_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    feed = '{"text": "Iran denied it."}\n{"text": "Georgia too."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(feed.encode())))
    assert [d.source for d in read_sources(["-"]) if isinstance(d, Document)] == ["<stdin>:1", "<stdin>:2"]


def test_published_argument_is_checked_and_normalized(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"Iran denied it.")
    doc = read_one(path, published="2024/3/5")
    assert isinstance(doc, Document) and doc.published == "2024-03-05"
    with pytest.raises(ValueError, match="not a date"):
        read_sources([path], published="yesterday")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T23:30:00-05:00", "2024-03-05"),
        ("2024/3/5", "2024-03-05"),
        ("2024年3月5日 10時", "2024-03-05"),
        ("２０２４年３月５日", "2024-03-05"),
        ("令和6年3月5日", "2024-03-05"),
        ("令和元年5月1日", "2019-05-01"),
        ("Tue, 05 Mar 2024 09:30:00 +0900", "2024-03-05"),
        ("March 5, 2024", "2024-03-05"),
        ("5 Mar 2024", "2024-03-05"),
        ("2024-03", "2024-03"),
        ("2024", "2024"),
        ("2024-02-30", None),
        ("someday", None),
    ],
)
def test_normalize_date(value: str, expected: str | None) -> None:
    assert normalize_date(value) == expected


# ---------------------------------------------------------------------------------------------
# URLs


class _Handler(BaseHTTPRequestHandler):
    hits: ClassVar[dict[str, int]] = {}

    def do_GET(self) -> None:
        _Handler.hits[self.path] = _Handler.hits.get(self.path, 0) + 1
        if self.path == "/page":
            self._send(200, PAGE.format(charset="utf-8").encode("euc_jp"), "text/html; charset=EUC-JP")
        elif self.path == "/wrong-header":
            self._send(200, PAGE.format(charset="utf-8").encode("utf-8"), "text/html; charset=shift_jis")
        elif self.path == "/feed":
            self._send(200, b'{"text": "Iran denied it."}\n', "application/x-ndjson")
        elif self.path == "/hop":
            self._redirect("/page")
        elif self.path == "/loop":
            self._redirect("/loop")
        elif self.path == "/to-file":
            self._redirect("file:///etc/passwd")
        elif self.path == "/big":
            self._send(200, b"x" * 5000, "text/plain")
        elif self.path == "/big-unsized":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"x" * 5000)
            self.close_connection = True
        else:
            self._send(404, b"no", "text/plain")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Handler.hits = {}
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_url_refused_without_allow_private(server: str) -> None:
    error = read_one(f"{server}/page", allow_urls=True)
    assert error == ReadError(
        f"{server}/page", None, "refused: 127.0.0.1 resolves to 127.0.0.1, a loopback address (allow_private is off)"
    )
    assert _Handler.hits == {}


def test_url_read_with_allow_private_and_header_charset(server: str) -> None:
    doc = read_one(f"{server}/hop", allow_urls=True, allow_private=True)
    assert isinstance(doc, Document)
    assert (doc.text, doc.source, doc.url) == (PAGE_TEXT, f"{server}/hop", f"{server}/hop")
    assert doc.published == "2024-03-05"


def test_url_wrong_header_charset_loses_to_the_bytes(server: str) -> None:
    doc = read_one(f"{server}/wrong-header", allow_urls=True, allow_private=True)
    assert isinstance(doc, Document) and doc.text == PAGE_TEXT


def test_url_json_lines(server: str) -> None:
    doc = read_one(f"{server}/feed", allow_urls=True, allow_private=True)
    assert doc == Document(text="Iran denied it.", source=f"{server}/feed:1")


def test_urls_off_by_default(server: str) -> None:
    error = read_one(f"{server}/page")
    assert isinstance(error, ReadError) and "allow_urls" in error.reason
    assert _Handler.hits == {}


def test_redirect_loop_capped(server: str) -> None:
    with pytest.raises(FetchError, match=r"^too many redirects \(more than 5\)$"):
        fetch_url(f"{server}/loop", allow_private=True)
    assert _Handler.hits == {"/loop": 6}


def test_every_redirect_hop_is_checked(server: str) -> None:
    with pytest.raises(FetchError, match="unsupported URL scheme 'file'"):
        fetch_url(f"{server}/to-file", allow_private=True)


def test_size_cap(server: str) -> None:
    with pytest.raises(FetchError, match=r"^too large \(5,000 bytes > 1,000\)$"):
        fetch_url(f"{server}/big", allow_private=True, max_bytes=1000)
    with pytest.raises(FetchError, match=r"^too large \(more than 1,000 bytes\)$"):
        fetch_url(f"{server}/big-unsized", allow_private=True, max_bytes=1000)
    body, headers = fetch_url(f"{server}/big", allow_private=True, max_bytes=5000)
    assert (len(body), headers["content-type"]) == (5000, "text/plain")


def test_http_error_status(server: str) -> None:
    error = read_one(f"{server}/missing", allow_urls=True, allow_private=True)
    assert error == ReadError(f"{server}/missing", None, "HTTP 404 Not Found")


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("http://10.1.2.3/", "private"),
        ("http://192.168.0.1/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[::1]:8080/", "loopback"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://224.0.0.1/", "multicast"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://240.0.0.1/", "reserved"),
    ],
)
def test_non_public_addresses_refused(url: str, kind: str) -> None:
    with pytest.raises(FetchError, match=f", an? {kind} address"):
        fetch_url(url)


def test_host_names_are_resolved_before_the_check(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def resolve(host: str, port: int, *args: object, **kwargs: object) -> list[tuple[object, ...]]:
        assert host == "news.example"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", port))]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    with pytest.raises(FetchError, match=r"news\.example resolves to 10\.0\.0\.7, a private address"):
        fetch_url("https://news.example/article")


def test_scheme_must_be_http() -> None:
    with pytest.raises(FetchError, match="unsupported URL scheme 'ftp'"):
        fetch_url("ftp://news.example/a.txt")


# ---------------------------------------------------------------------------------------------
# Properties


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_decode_bytes_never_raises_anything_else(data: bytes) -> None:
    try:
        text = decode_bytes(data)
    except DecodeError as exc:
        assert exc.reason in ("not text (binary data)", "undecodable bytes (no supported encoding fits)")
    else:
        assert isinstance(text, str) and "\r" not in text


def _encodable(ch: str) -> bool:
    try:
        return all(ch.encode(codec).decode(codec) == ch for codec in ("cp932", "euc_jp"))
    except UnicodeError:
        return False


KANA = [chr(c) for c in [*range(0x3041, 0x3097), *range(0x30A1, 0x30FB)] if _encodable(chr(c))]
KANJI = [chr(c) for c in range(0x4E00, 0x9FA6) if _encodable(chr(c))]
JAPANESE = st.sampled_from(KANA + KANJI + ["、", "。", "「", "」", "ー"])
# Japanese prose always has kana; a few characters alone (a rare kanji and one kana: four bytes)
# can be valid and meaningful in several encodings at once, which no detector can settle, so the
# texts are a short phrase at least.
JAPANESE_TEXT = st.tuples(
    st.text(JAPANESE, min_size=2, max_size=30),
    st.sampled_from(KANA),
    st.text(JAPANESE, max_size=30),
    st.sampled_from(KANA),
).map("".join)


@settings(max_examples=150, deadline=None)
@given(JAPANESE_TEXT, st.sampled_from(["utf-8", "utf-16", "cp932", "euc_jp"]))
def test_japanese_round_trip(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec)) == text


def test_stories_listed_under_a_related_heading_or_linked_inline_are_removed() -> None:
    text = (
        "ドイツ政府は3日、防空システムを追加で供与すると発表した。\n\n"
        "関連記事\n"
        "北朝鮮、ロシアに砲弾供与か　韓国軍が分析\n"
        "イラン製無人機、カスピ海経由でロシアへ\n"
        "政府は来週、詳細を公表する予定だ。\n"
        "ALSO READ | Iran ships drones to Russia across the Caspian\n"
        "【関連記事】北朝鮮、ミサイル引き渡し\n"
    )
    assert remove_boilerplate(text) == (
        "ドイツ政府は3日、防空システムを追加で供与すると発表した。\n\n政府は来週、詳細を公表する予定だ。\n"
    )


def test_a_related_heading_stops_at_the_first_line_of_prose() -> None:
    text = "Kyiv asked for more.\nRelated stories\nNorth Korea sends shells to Russia\nThe request came in June.\n"
    assert remove_boilerplate(text) == "Kyiv asked for more.\nThe request came in June.\n"


def test_a_read_more_heading_drops_the_stories_listed_under_it() -> None:
    text = (
        "North Korea shipped rocket launchers to Russia, Seoul said.\n"
        "Read more:\n"
        "Iran denies sending ballistic missiles to Russia\n"
        "Ukraine receives German air defence system\n"
        "Pyongyang has not commented.\n"
    )
    assert remove_boilerplate(text) == (
        "North Korea shipped rocket launchers to Russia, Seoul said.\nPyongyang has not commented.\n"
    )
