"""Writing an `Analysis` into the tables: rows for everything found in one document.

All functions take a connection that is already inside the caller's transaction; none commits.
Stored transfer and claim ids are global: the extractor's id prefixed with the first 16 hex
digits of the document id (unless it already starts with them), so they are stable across runs
and unique across documents; references between them (`Transfer.claims`, `Claim.target`) are
rewritten to the stored ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from materiel.model import Analysis, Claim, Entity, Party, Span, Transfer
from materiel.store._engine import StoreError
from materiel.store.schema import (
    claims,
    documents,
    entities,
    entity_names,
    evidence,
    failures,
    mentions,
    normalize_name,
    route_legs,
    transfer_items,
    transfer_parties,
    transfers,
)

ID_PREFIX = 16
_HEX_RUN = re.compile(r"[0-9a-f]+")
_ENTITY_FIELDS = ("type", "name", "country", "category", "lat", "lon", "parent", "stands_for")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def insert_stmt(conn: Connection, table: sa.Table) -> Any:
    """The dialect's INSERT, which has `on_conflict_do_nothing/update` on SQLite and PostgreSQL."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def save_analysis(conn: Connection, analysis: Analysis) -> bool:
    """Store the document and everything found in it; False (and nothing else written) if already
    stored. Either way the failure recorded for its source or URL is cleared."""
    doc = analysis.document
    _check(analysis)
    inserted = conn.execute(
        insert_stmt(conn, documents)
        .values(
            id=doc.id,
            url=doc.url,
            title=doc.title,
            published=doc.published,
            language=doc.language,
            text=doc.text,
            source=doc.source,
            ingested_at=now(),
        )
        .on_conflict_do_nothing(index_elements=["id"])
    )
    # The source was read and analysed: whether or not its text was stored before, its failure is over.
    sources = [s for s in (doc.source, doc.url) if s]
    if sources:
        conn.execute(sa.delete(failures).where(failures.c.source.in_(sources)))
    if inserted.rowcount == 0:
        return False
    upsert_entities(conn, collect_entities(analysis))
    _insert_mentions(conn, analysis)
    ids = stored_ids(analysis)
    _insert_transfers(conn, analysis, ids)
    _insert_claims(conn, analysis, ids)
    return True


def record_failure(conn: Connection, source: str, reason: str) -> None:
    stmt = insert_stmt(conn, failures).values(source=source, reason=reason, at=now())
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=["source"], set_={"reason": stmt.excluded.reason, "at": stmt.excluded.at}
        )
    )


def _check(analysis: Analysis) -> None:
    where = f"document {analysis.document.id[:12]}"
    for m in analysis.mentions:
        if m.entity_id not in analysis.entities:
            raise StoreError(f"{where}: mention {m.text!r} of unknown entity {m.entity_id!r}")
    # Claims and transfers refer to each other by id: two with one id would make those references
    # ambiguous (and break the primary key half-way through the insert).
    for kind, found in (("transfer", analysis.transfers), ("claim", analysis.claims)):
        seen: set[str] = set()
        for x in found:
            if x.id and x.id in seen:
                raise StoreError(f"{where}: two {kind}s have the id {x.id!r}")
            seen.add(x.id)


# --- ids ---------------------------------------------------------------------------------------


def stored_id(document_id: str, local_id: str, fallback: str) -> str:
    prefix = document_id[:ID_PREFIX]
    local = local_id or fallback
    run = _HEX_RUN.match(local)
    if run and len(run.group()) >= 8 and document_id.startswith(run.group()):
        return local  # already global
    return f"{prefix}-{local}"


def stored_ids(analysis: Analysis) -> dict[str, str]:
    """Extractor id -> stored id for the transfers and claims of one analysis."""
    doc_id = analysis.document.id
    ids: dict[str, str] = {}
    for i, t in enumerate(analysis.transfers):
        ids.setdefault(t.id, stored_id(doc_id, t.id, f"t{i}"))
    for i, c in enumerate(analysis.claims):
        ids.setdefault(c.id, stored_id(doc_id, c.id, f"c{i}"))
    return ids


def _ids_of(analysis: Analysis, items: Sequence[Transfer | Claim], kind: str) -> list[str]:
    doc_id = analysis.document.id
    return [stored_id(doc_id, x.id, f"{kind}{i}") for i, x in enumerate(items)]


# --- entities ----------------------------------------------------------------------------------


def collect_entities(analysis: Analysis) -> list[Entity]:
    """Every entity the analysis refers to: its entity table, parties, items and route places."""
    found: dict[str, Entity] = dict(analysis.entities)

    def add(e: Entity | None) -> None:
        if e is not None and (e.id not in found or (found[e.id].provisional and not e.provisional)):
            found[e.id] = e

    def add_party(p: Party | None) -> None:
        add(p.entity if p else None)

    for t in analysis.transfers:
        add_party(t.supplier)
        add_party(t.recipient)
        for p in t.intermediaries:
            add_party(p)
        for item in t.items:
            add(item.entity)
        for leg in t.route:
            add(leg.origin)
            add(leg.destination)
            add(leg.via)
    for c in analysis.claims:
        add_party(c.speaker)
        add_party(c.outlet)
    return list(found.values())


def _entity_row(e: Entity) -> dict[str, Any]:
    lat, lon = e.coordinates if e.coordinates else (None, None)
    return {
        "id": e.id,
        "type": e.type,
        "name": e.name,
        "country": e.country,
        "category": e.category,
        "lat": lat,
        "lon": lon,
        "parent": e.parent,
        "stands_for": e.stands_for,
        "provisional": e.provisional,
        "names": {lang: list(ns) for lang, ns in e.names.items()},
    }


def merge_entity(old: Mapping[Any, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """The row to keep: the later entry wins unless it is provisional and the stored one is not;
    fields the winner lacks are kept from the other, and the names of both are kept."""
    if old is None:
        return new
    winner, other = (old, new) if new["provisional"] and not old["provisional"] else (new, old)
    row = {k: winner[k] if winner[k] is not None else other[k] for k in _ENTITY_FIELDS}
    names: dict[str, list[str]] = {}
    for source in (winner["names"] or {}, other["names"] or {}):
        for lang, ns in source.items():
            kept = names.setdefault(lang, [])
            kept.extend(n for n in ns if n not in kept)
    return {"id": new["id"], **row, "provisional": winner["provisional"], "names": names}


def _chunks(seq: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    for i in range(0, len(seq), size):
        yield seq[i : i + size]


def upsert_entities(conn: Connection, found: Iterable[Entity]) -> None:
    new_rows = {e.id: _entity_row(e) for e in found}
    if not new_rows:
        return
    old_rows: dict[str, Mapping[Any, Any]] = {}
    for chunk in _chunks(sorted(new_rows)):
        for stored in conn.execute(sa.select(entities).where(entities.c.id.in_(chunk))).mappings():
            old_rows[stored["id"]] = stored
    rows = [merge_entity(old_rows.get(eid), row) for eid, row in new_rows.items()]
    stmt = insert_stmt(conn, entities)
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=["id"],
            set_={c.name: stmt.excluded[c.name] for c in entities.columns if c.name != "id"},
        ),
        rows,
    )
    name_rows: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        pairs = [(None, row["name"])] + [(lang, n) for lang, ns in row["names"].items() for n in ns]
        for lang, name in pairs:
            norm = normalize_name(name)
            if norm:
                name_rows.setdefault(
                    (row["id"], norm), {"entity_id": row["id"], "norm": norm, "name": name, "lang": lang}
                )
    conn.execute(
        insert_stmt(conn, entity_names).on_conflict_do_nothing(index_elements=["entity_id", "norm"]),
        list(name_rows.values()),
    )


# --- mentions, transfers, claims ------------------------------------------------------------------


def _insert_mentions(conn: Connection, analysis: Analysis) -> None:
    rows: dict[tuple[int, int, str], dict[str, Any]] = {}
    for m in analysis.mentions:
        rows.setdefault(
            (m.start, m.end, m.entity_id),
            {
                "document_id": analysis.document.id,
                "entity_id": m.entity_id,
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "match": m.match,
                "score": m.score,
            },
        )
    if rows:
        conn.execute(sa.insert(mentions), list(rows.values()))


def _party_row(transfer_id: str, role: str, seq: int, p: Party) -> dict[str, Any]:
    name = p.entity.name if p.entity else p.description
    return {
        "transfer_id": transfer_id,
        "role": role,
        "seq": seq,
        "entity_id": p.entity.id if p.entity else None,
        "name": name,
        "norm": normalize_name(name) if name else None,
        "start": p.span.start if p.span else None,
        "end": p.span.end if p.span else None,
    }


def _party_name(p: Party | None) -> str | None:
    if p is None:
        return None
    return p.entity.name if p.entity else p.description


def _evidence_rows(owner_id: str, kind: str, document_id: str, spans: Iterable[Span]) -> list[dict[str, Any]]:
    return [
        {
            "owner_id": owner_id,
            "owner_kind": kind,
            "document_id": document_id,
            "start": s.start,
            "end": s.end,
            "text": s.text,
        }
        for s in spans
    ]


def _insert_transfers(conn: Connection, analysis: Analysis, ids: dict[str, str]) -> None:
    doc_id = analysis.document.id
    rows: list[dict[str, Any]] = []
    parties: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    legs: list[dict[str, Any]] = []
    spans: list[dict[str, Any]] = []
    for seq, (t, tid) in enumerate(zip(analysis.transfers, _ids_of(analysis, analysis.transfers, "t"), strict=True)):
        data = t.to_dict()
        data["id"] = tid
        data["claims"] = [ids.get(c, c) for c in t.claims]
        rows.append(
            {
                "id": tid,
                "document_id": doc_id,
                "seq": seq,
                "supplier_id": t.supplier.entity.id if t.supplier and t.supplier.entity else None,
                "supplier_name": _party_name(t.supplier),
                "recipient_id": t.recipient.entity.id if t.recipient and t.recipient.entity else None,
                "recipient_name": _party_name(t.recipient),
                "date": t.date,
                "status": t.status,
                "kind": t.kind,
                "background": t.background,
                "data": data,
            }
        )
        roles = [("supplier", t.supplier), ("recipient", t.recipient)] + [("intermediary", p) for p in t.intermediaries]
        parties.extend(_party_row(tid, role, i, p) for i, (role, p) in enumerate(roles) if p is not None)
        for i, item in enumerate(t.items):
            name = item.entity.name if item.entity else item.name
            q = item.quantity
            items.append(
                {
                    "transfer_id": tid,
                    "seq": i,
                    "entity_id": item.entity.id if item.entity else None,
                    "name": name,
                    "norm": normalize_name(name) if name else None,
                    "category": item.category,
                    "quantity_value": q.value if q else None,
                    "quantity_min": q.min if q else None,
                    "quantity_max": q.max if q else None,
                    "quantity_text": q.text if q else None,
                    "start": item.start,
                    "end": item.end,
                    "text": item.text,
                }
            )
        for i, leg in enumerate(t.route):
            legs.append(
                {
                    "transfer_id": tid,
                    "seq": i,
                    "from_id": leg.origin.id if leg.origin else None,
                    "to_id": leg.destination.id if leg.destination else None,
                    "via_id": leg.via.id if leg.via else None,
                    "mode": leg.mode,
                    "vessels": list(leg.vessels),
                }
            )
            spans.extend(_evidence_rows(f"{tid}/{i}", "route", doc_id, leg.evidence))
        spans.extend(_evidence_rows(tid, "transfer", doc_id, t.evidence))
        if t.trigger:
            spans.extend(_evidence_rows(tid, "trigger", doc_id, [t.trigger]))
    for table, batch in ((transfers, rows), (transfer_parties, parties), (transfer_items, items), (route_legs, legs)):
        if batch:
            conn.execute(sa.insert(table), batch)
    if spans:
        conn.execute(sa.insert(evidence), spans)


def _insert_claims(conn: Connection, analysis: Analysis, ids: dict[str, str]) -> None:
    doc_id = analysis.document.id
    rows: list[dict[str, Any]] = []
    spans: list[dict[str, Any]] = []
    for seq, (c, cid) in enumerate(zip(analysis.claims, _ids_of(analysis, analysis.claims, "c"), strict=True)):
        data = c.to_dict()
        data["id"] = cid
        data["target"] = ids.get(c.target, c.target)
        rows.append(
            {
                "id": cid,
                "document_id": doc_id,
                "seq": seq,
                "speaker_id": c.speaker.entity.id if c.speaker and c.speaker.entity else None,
                "speaker_name": _party_name(c.speaker),
                "outlet_id": c.outlet.entity.id if c.outlet and c.outlet.entity else None,
                "outlet_name": _party_name(c.outlet),
                "stance": c.stance,
                "target": data["target"],
                "data": data,
            }
        )
        spans.extend(_evidence_rows(cid, "claim", doc_id, c.evidence))
    if rows:
        conn.execute(sa.insert(claims), rows)
    if spans:
        conn.execute(sa.insert(evidence), spans)


def clear_failures(conn: sa.Connection, source: str) -> int:
    """Delete the failures recorded for `source` and for its lines or items."""
    escaped = source.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    condition = sa.or_(
        failures.c.source == source,
        failures.c.source.like(escaped + ":%", escape="\\"),
        failures.c.source.like(escaped + "[%", escape="\\"),
        failures.c.source.like(escaped.rstrip("/") + "/%", escape="\\"),  # the files of a folder
    )
    result = conn.execute(sa.delete(failures).where(condition))
    return int(result.rowcount or 0)
