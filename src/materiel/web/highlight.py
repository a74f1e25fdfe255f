"""The evidence view's text: a document cut at every highlighted span into nested, escaped HTML.

The text is untrusted. It is never handed to a template or a script as markup: it is split at span
offsets here and every piece goes through `markupsafe.escape`; the only markup is the `<span>` tags
written below, whose attribute values are escaped too.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

# Outer first when two spans start and end at the same place: a mention sits inside a sentence.
KIND_ORDER = {"transfer": 0, "claim": 1, "route": 2, "item": 3, "mention": 4, "trigger": 5}


@dataclass(frozen=True)
class Mark:
    """A highlighted span: what it is (`kind`), the fact it supports (`fact`, also the element id
    of its first piece, as in `/documents/<id>#t-<transfer id>`), what hovering shows (`label`)
    and, for a mention, the entity page it links to (`href`)."""

    start: int
    end: int
    kind: str
    fact: str
    label: str
    href: str | None = None
    subtype: str | None = None


def entity_href(entity_id: str) -> str:
    return "/entities/" + quote(entity_id, safe=":")


def _party(p: Mapping[str, Any] | None) -> str:
    return str(p.get("name") or "?") if p else "?"


def transfer_label(t: Mapping[str, Any]) -> str:
    via = [str(p.get("name")) for p in t.get("intermediaries") or []]
    path = " → ".join([_party(t.get("supplier")), *via, _party(t.get("recipient"))])
    items = ", ".join(str(i.get("name") or i.get("text") or i.get("category")) for i in t.get("items") or [])
    parts = [f"Transfer {path}", items, t.get("date") or "", t.get("status") or ""]
    return " · ".join(p for p in parts if p)


def claim_label(c: Mapping[str, Any], targets: Mapping[str, str]) -> str:
    speaker = _party(c.get("speaker")) if c.get("speaker") else "unattributed"
    outlet = f" (via {_party(c.get('outlet'))})" if c.get("outlet") else ""
    target = str(c.get("target"))
    return f"Claim: {speaker}{outlet} {c.get('stance')}: {targets.get(target, target)}"


def evidence_marks(doc: Mapping[str, Any]) -> list[Mark]:
    """Every span of `Store.document()` worth highlighting: mentions, transfer and claim evidence,
    items, route evidence and trigger words."""
    marks: list[Mark] = []
    targets = {str(t["id"]): transfer_label(t) for t in doc.get("transfers") or []}
    for e in doc.get("entities") or []:
        label = f"{e['name']} · {e['type']} · {e['id']}"
        for m in e.get("mentions") or []:
            marks.append(
                Mark(
                    m["start"],
                    m["end"],
                    "mention",
                    f"m-{m['start']}-{m['end']}",
                    label,
                    entity_href(e["id"]),
                    e["type"],
                )
            )
    for t in doc.get("transfers") or []:
        fact = f"t-{t['id']}"
        label = transfer_label(t)
        for s in t.get("evidence") or []:
            marks.append(Mark(s["start"], s["end"], "transfer", fact, label, subtype=t.get("status")))
        for i, item in enumerate(t.get("items") or []):
            if item.get("end", 0) > item.get("start", 0):
                what = f"Item: {item.get('name') or item.get('text')} ({item.get('category')})"
                marks.append(Mark(item["start"], item["end"], "item", f"{fact}-i{i}", what))
        for i, leg in enumerate(t.get("route") or []):
            where = " → ".join(_party(leg.get(k)) for k in ("from", "via", "to") if leg.get(k))
            what = f"Route ({leg.get('mode') or 'mode unknown'}): {where}"
            for s in leg.get("evidence") or []:
                marks.append(Mark(s["start"], s["end"], "route", f"{fact}-r{i}", what))
        trigger = t.get("trigger")
        if trigger:
            marks.append(Mark(trigger["start"], trigger["end"], "trigger", f"{fact}-k", f"Trigger of: {label}"))
    for c in doc.get("claims") or []:
        for s in c.get("evidence") or []:
            marks.append(
                Mark(s["start"], s["end"], "claim", f"c-{c['id']}", claim_label(c, targets), subtype=c.get("stance"))
            )
    return marks


def _open_tag(mark: Mark, element_id: str | None) -> str:
    classes = f"hl hl-{mark.kind}" + (f" hl-{mark.kind}-{mark.subtype}" if mark.subtype else "")
    attrs = [("class", classes), ("data-fact", mark.fact), ("data-label", mark.label)]
    if element_id:
        attrs.insert(0, ("id", element_id))
    if mark.href:
        attrs.append(("data-href", mark.href))
    return "<span " + " ".join(f'{name}="{escape(value)}"' for name, value in attrs) + ">"


def highlight(text: str, marks: Iterable[Mark]) -> Markup:
    """`text` as HTML with each mark a `<span>`, nested; a span that crosses the end of an
    enclosing one is cut there and continued after it, and only its first piece gets the id."""
    pending: list[tuple[int, int, int, int, Mark, bool]] = []
    for seq, m in enumerate(marks):
        if 0 <= m.start < m.end <= len(text):
            pending.append((m.start, -m.end, KIND_ORDER.get(m.kind, 9), seq, m, True))
    heapq.heapify(pending)
    seq = len(pending)
    used_ids: set[str] = set()
    out: list[str] = []
    open_ends: list[int] = []
    pos = 0

    def text_to(end: int) -> None:
        nonlocal pos
        if end > pos:
            out.append(str(escape(text[pos:end])))
            pos = end

    while pending:
        start, neg_end, order, _, mark, first = heapq.heappop(pending)
        end = -neg_end
        while open_ends and open_ends[-1] <= start:
            text_to(open_ends.pop())
            out.append("</span>")
        if open_ends and end > open_ends[-1]:
            seq += 1
            heapq.heappush(pending, (open_ends[-1], -end, order, seq, mark, False))
            end = open_ends[-1]
        text_to(start)
        element_id = mark.fact if first and mark.fact not in used_ids else None
        if element_id:
            used_ids.add(element_id)
        out.append(_open_tag(mark, element_id))
        open_ends.append(end)
    while open_ends:
        text_to(open_ends.pop())
        out.append("</span>")
    text_to(len(text))
    return Markup("".join(out))
