"""Helpers the extraction tests share: a text read into transfers as of a publication day, and the
parties, pairs and records a test compares.

A test file binds its language and day once, e.g.
``_pairs = partial(pairs, lang="ja", published="2025-06-09")``, and asserts on what it gets back:
``_pairs("北朝鮮はロシアに砲弾を送った。") == {("North Korea", "Russia")}``."""

from __future__ import annotations

from typing import Any

from tests.conftest import assert_spans_hold

from materiel.model import Analysis, Party, Transfer
from materiel.pipeline import analyze_text

Pair = tuple[str | None, str | None]
"""(supplier, recipient) by the names of their entities."""

Route = tuple[str | None, str | None, tuple[str | None, ...]]
"""(supplier, recipient, go-betweens) by the names `analyze --json` gives them."""


def name(p: Party | None) -> str | None:
    """The name of the entity a party is, or None for a party left empty."""
    return p.entity.name if p is not None and p.entity is not None else None


def pair(t: Transfer) -> Pair:
    """The names of a transfer's supplier and recipient: ("Iran", "Russia")."""
    return name(t.supplier), name(t.recipient)


def via(t: Transfer) -> set[str | None]:
    """The names of a transfer's go-betweens: {"Armenia"} for goods Germany sold Russia through it."""
    return {name(i) for i in t.intermediaries}


def transfers(text: str, lang: str = "ja", published: str | None = None) -> list[Transfer]:
    """The transfers a text tells, read in `lang` as of the day `published`."""
    return analyze_text(text, lang=lang, published=published).transfers


def pairs(text: str, lang: str = "ja", published: str | None = None) -> set[Pair]:
    """The distinct (supplier, recipient) pairs a text tells: {("North Korea", "Russia")}."""
    return {pair(t) for t in transfers(text, lang, published)}


def pair_list(text: str, lang: str = "ja", published: str | None = None) -> list[Pair]:
    """The (supplier, recipient) pair of each transfer a text tells, in order and repeated."""
    return [pair(t) for t in transfers(text, lang, published)]


def records(
    text: str, lang: str = "ja", published: str | None = None
) -> list[tuple[str | None, str | None, str | None, str]]:
    """(supplier, recipient, date, status) of each transfer a text tells:
    [("Iran", "Russia", "2025-09", "reported")]."""
    return [(*pair(t), t.date, t.status) for t in transfers(text, lang, published)]


def only(text: str, lang: str = "ja", published: str | None = None) -> Transfer:
    """The one transfer a text tells (a test fails where it tells none or several)."""
    [t] = transfers(text, lang, published)
    return t


def one(
    text: str, supplier: str | None, recipient: str | None, lang: str = "ja", published: str | None = None
) -> Transfer:
    """The one transfer a text tells from `supplier` to `recipient` (others may be told besides)."""
    [t] = [t for t in transfers(text, lang, published) if pair(t) == (supplier, recipient)]
    return t


def of_pair(a: Analysis, supplier: str | None, recipient: str | None) -> list[Transfer]:
    """The transfers of an analysis from `supplier` to `recipient`, in order."""
    return [t for t in a.transfers if pair(t) == (supplier, recipient)]


def pairs_in(a: Analysis) -> set[Pair]:
    """The distinct (supplier, recipient) pairs of an analysis."""
    return {pair(t) for t in a.transfers}


def find(a: Analysis, supplier: str | None, recipient: str | None) -> Transfer:
    """The first transfer of an analysis from `supplier` to `recipient`; the failure names the pairs there are."""
    for t in a.transfers:
        if pair(t) == (supplier, recipient):
            return t
    raise AssertionError(f"no transfer {supplier} -> {recipient} in {pairs_in(a)}")


def spans_ok(a: Analysis) -> None:
    """Every span of an analysis (goods, parties, trigger, evidence, mentions) quotes its text exactly."""
    text = a.document.text
    for t in a.transfers:
        for it in t.items:
            assert text[it.start : it.end] == it.text
        for p in (t.supplier, t.recipient, *t.intermediaries):
            if p is not None and p.span is not None:
                assert text[p.span.start : p.span.end] == p.span.text
        for sp in (t.trigger, *t.evidence):
            assert text[sp.start : sp.end] == sp.text
    for m in a.mentions:
        assert text[m.start : m.end] == m.text


def checked(text: str, lang: str = "ja", published: str | None = None, *, always: bool = False) -> dict[str, Any]:
    """The analysis as `analyze --json` writes it, each span checked against the text: where it tells
    transfers, or with `always` even where it tells none (then it must hold some span)."""
    out = analyze_text(text, lang=lang, published=published).to_dict()
    if always or out["transfers"]:
        assert_spans_hold(text, out)
    return out


def named(p: dict[str, Any] | None) -> str | None:
    """The name `analyze --json` gives a party (a description where no entity is known), or None."""
    return p["name"] if p else None


def routes(ts: list[dict[str, Any]]) -> set[Route]:
    """(supplier, recipient, go-betweens) of each transfer `analyze --json` writes:
    {("Iran", "Russia", ("Armenia",))}."""
    return {(named(t["supplier"]), named(t["recipient"]), tuple(named(i) for i in t["intermediaries"])) for t in ts}


def checked_transfers(
    text: str, lang: str = "ja", published: str | None = None, *, always: bool = False
) -> list[dict[str, Any]]:
    """The transfers of `checked`: [{"supplier": {"name": "Iran", ...}, "recipient": ..., "items": [...]}]."""
    return list(checked(text, lang, published, always=always)["transfers"])


def json_pairs(out: dict[str, Any]) -> set[Pair]:
    """The distinct (supplier, recipient) pairs of an `analyze --json` result, by the names it gives."""
    return {(named(t["supplier"]), named(t["recipient"])) for t in out["transfers"]}


def between(ts: list[dict[str, Any]], supplier: str | None, recipient: str | None) -> list[dict[str, Any]]:
    """The transfers `analyze --json` writes from `supplier` to `recipient`, by the names it gives, in order."""
    return [t for t in ts if (named(t["supplier"]), named(t["recipient"])) == (supplier, recipient)]
