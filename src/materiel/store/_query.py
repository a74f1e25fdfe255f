"""Reading the store: transfers by party, item, status and date; entities, documents, claims, search.

Every function takes an open connection and returns plain dicts in the JSON shapes of
`materiel.model` (`Transfer.to_dict()`, `Analysis.to_dict()`), plus the ids of where they came from.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from materiel.store._engine import StoreError
from materiel.store.schema import (
    claims,
    documents,
    entities,
    entity_names,
    failures,
    mentions,
    normalize_name,
    route_legs,
    transfer_items,
    transfer_parties,
    transfers,
)

MIN_PREFIX = 4
SNIPPET_CONTEXT = 40
# The trigram tokenizer cannot match a term shorter than three characters (二文字の語 such as 中国).
FTS_MIN_TERM = 3


# --- name matching -------------------------------------------------------------------------------


def matching_entity_ids(q: str) -> sa.Select[tuple[str]]:
    """Ids of the entities `q` names: by id (any case) or by any of their names, and the entities
    that stand for one of them (a capital standing for its country)."""
    direct = sa.union(
        sa.select(entity_names.c.entity_id).where(entity_names.c.norm == normalize_name(q)),
        sa.select(entities.c.id).where(sa.func.lower(entities.c.id) == q.strip().lower()),
    ).subquery()
    return sa.select(entities.c.id).where(
        sa.or_(entities.c.id.in_(sa.select(direct.c[0])), entities.c.stands_for.in_(sa.select(direct.c[0])))
    )


def _party_filter(role: str, q: str) -> sa.ColumnElement[bool]:
    tp = transfer_parties
    return sa.exists().where(
        tp.c.transfer_id == transfers.c.id,
        tp.c.role == role,
        sa.or_(tp.c.entity_id.in_(matching_entity_ids(q)), tp.c.norm == normalize_name(q)),
    )


def _item_filter(q: str) -> sa.ColumnElement[bool]:
    ti = transfer_items
    return sa.exists().where(
        ti.c.transfer_id == transfers.c.id,
        sa.or_(ti.c.entity_id.in_(matching_entity_ids(q)), ti.c.norm == normalize_name(q)),
    )


def _involving(entity_id: str) -> sa.ColumnElement[bool]:
    """Transfers where the entity is a party, an item or a place on the route."""
    return sa.or_(
        sa.exists().where(transfer_parties.c.transfer_id == transfers.c.id, transfer_parties.c.entity_id == entity_id),
        sa.exists().where(transfer_items.c.transfer_id == transfers.c.id, transfer_items.c.entity_id == entity_id),
        sa.exists().where(
            route_legs.c.transfer_id == transfers.c.id,
            sa.or_(
                route_legs.c.from_id == entity_id, route_legs.c.to_id == entity_id, route_legs.c.via_id == entity_id
            ),
        ),
    )


# --- transfers -----------------------------------------------------------------------------------


def query_transfers(
    conn: Connection,
    *,
    supplier: str | None = None,
    recipient: str | None = None,
    item: str | None = None,
    intermediary: str | None = None,
    category: str | None = None,
    status: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    document_id: str | None = None,
    entity_id: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    t = transfers.c
    conditions: list[sa.ColumnElement[bool]] = []
    for role, q in (("supplier", supplier), ("recipient", recipient), ("intermediary", intermediary)):
        if q:
            conditions.append(_party_filter(role, q))
    if item:
        conditions.append(_item_filter(item))
    if category:
        conditions.append(
            sa.exists().where(transfer_items.c.transfer_id == t.id, transfer_items.c.category == category)
        )
    if status:
        conditions.append(t.status == status)
    # Dates are ISO partial strings: a transfer dated "2023" overlaps a range from "2023-05",
    # and one dated "2023-06-15" lies within a range up to "2023-06".
    if date_from:
        conditions.append(sa.or_(t.date >= date_from, sa.literal(date_from).startswith(t.date)))
    if date_to:
        conditions.append(sa.or_(t.date <= date_to, t.date.startswith(date_to, autoescape=True)))
    if document_id:
        conditions.append(_id_matches(t.document_id, document_id))
    if entity_id:
        conditions.append(_involving(entity_id))
    stmt = (
        sa.select(t.data, t.document_id)
        .where(*conditions)
        .order_by(t.date.is_(None), t.date, t.document_id, t.seq)
        .offset(offset)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return [{**row.data, "document_id": row.document_id} for row in conn.execute(stmt)]


def _id_matches(column: sa.ColumnElement[str], value: str) -> sa.ColumnElement[bool]:
    if len(value) >= 64:
        return column == value
    return column.startswith(value.lower(), autoescape=True)


# --- entities ------------------------------------------------------------------------------------


def entity_dict(row: Mapping[Any, Any], full: bool = False) -> dict[str, Any]:
    """An entity row in the shape of `Entity.to_dict()`; `full` adds its names and links."""
    out: dict[str, Any] = {"id": row["id"], "name": row["name"], "type": row["type"], "country": row["country"]}
    if row["category"]:
        out["category"] = row["category"]
    if row["lat"] is not None and row["lon"] is not None:
        out["coordinates"] = [row["lat"], row["lon"]]
    if row["provisional"]:
        out["provisional"] = True
    if full:
        out["names"] = row["names"] or {}
        out["parent"] = row["parent"]
        out["stands_for"] = row["stands_for"]
    return out


def query_entities(conn: Connection, type: str | None = None, q: str | None = None) -> list[dict[str, Any]]:
    counts = (
        sa.select(
            mentions.c.entity_id,
            sa.func.count().label("n"),
            sa.func.count(sa.distinct(mentions.c.document_id)).label("docs"),
        )
        .group_by(mentions.c.entity_id)
        .subquery()
    )
    n = sa.func.coalesce(counts.c.n, 0)
    stmt = sa.select(entities, n.label("mention_count"), sa.func.coalesce(counts.c.docs, 0).label("document_count"))
    stmt = stmt.outerjoin(counts, counts.c.entity_id == entities.c.id)
    if type:
        stmt = stmt.where(entities.c.type == type)
    if q:
        stmt = stmt.where(
            sa.or_(
                sa.func.lower(entities.c.id) == q.strip().lower(),
                sa.exists().where(
                    entity_names.c.entity_id == entities.c.id,
                    entity_names.c.norm.contains(normalize_name(q), autoescape=True),
                ),
            )
        )
    stmt = stmt.order_by(n.desc(), entities.c.name, entities.c.id)
    out = []
    for row in conn.execute(stmt).mappings():
        d = entity_dict(row, full=True)
        d["mention_count"] = row["mention_count"]
        d["document_count"] = row["document_count"]
        out.append(d)
    return out


def resolve_entity_id(conn: Connection, key: str) -> str | None:
    """An entity id from its id (any case) or, failing that, a name only one entity has."""
    exact = conn.execute(sa.select(entities.c.id).where(entities.c.id == key)).scalar()
    if exact is not None:
        return str(exact)
    found = list(
        conn.execute(sa.select(entities.c.id).where(sa.func.lower(entities.c.id) == key.strip().lower())).scalars()
    )
    if not found:
        found = list(
            conn.execute(
                sa.select(entity_names.c.entity_id).where(entity_names.c.norm == normalize_name(key)).distinct()
            ).scalars()
        )
    if len(found) > 1:
        raise StoreError(f"{key!r} names several entities: {', '.join(sorted(found))}")
    return str(found[0]) if found else None


def query_entity(conn: Connection, key: str) -> dict[str, Any] | None:
    eid = resolve_entity_id(conn, key)
    if eid is None:
        return None
    row = conn.execute(sa.select(entities).where(entities.c.id == eid)).mappings().one()
    out = entity_dict(row, full=True)
    m = mentions.c
    out["mentions"] = [
        {
            "document_id": r.document_id,
            "start": r.start,
            "end": r.end,
            "text": r.text,
            "match": r.match,
            "score": r.score,
        }
        for r in conn.execute(
            sa.select(m.document_id, m.start, m.end, m.text, m.match, m.score)
            .where(m.entity_id == eid)
            .order_by(m.document_id, m.start)
        )
    ]
    out["transfers"] = query_transfers(conn, entity_id=eid)
    return out


# --- documents -----------------------------------------------------------------------------------


def _document_dict(row: Mapping[Any, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "language": row["language"],
        "published": row["published"],
        "title": row["title"],
        "url": row["url"],
        "source": row["source"],
        "text_length": row["text_length"],
        "ingested_at": row["ingested_at"],
    }


_DOCUMENT_COLUMNS = (
    documents.c.id,
    documents.c.language,
    documents.c.published,
    documents.c.title,
    documents.c.url,
    documents.c.source,
    documents.c.ingested_at,
    sa.func.length(documents.c.text).label("text_length"),
)


def resolve_document_id(conn: Connection, key: str) -> str | None:
    """A document id from the full id or a unique prefix of at least four hex digits (like git)."""
    key = key.strip().lower()
    if not re.fullmatch(r"[0-9a-f]+", key) or len(key) < MIN_PREFIX:
        return None
    found = list(conn.execute(sa.select(documents.c.id).where(_id_matches(documents.c.id, key)).limit(6)).scalars())
    if len(found) > 1:
        shown = ", ".join(f[:12] for f in found[:5])
        raise StoreError(f"document prefix {key!r} is ambiguous: {shown}{', ...' if len(found) > 5 else ''}")
    return str(found[0]) if found else None


def query_document(conn: Connection, key: str) -> dict[str, Any] | None:
    doc_id = resolve_document_id(conn, key)
    if doc_id is None:
        return None
    row = conn.execute(sa.select(*_DOCUMENT_COLUMNS, documents.c.text).where(documents.c.id == doc_id)).mappings().one()
    by_entity: dict[str, list[dict[str, Any]]] = {}
    m = mentions.c
    stmt = sa.select(m.entity_id, m.start, m.end, m.text, m.match, m.score).where(m.document_id == doc_id)
    for r in conn.execute(stmt.order_by(m.start, m.end)):
        by_entity.setdefault(r.entity_id, []).append(
            {"start": r.start, "end": r.end, "text": r.text, "match": r.match, "score": round(r.score, 3)}
        )
    found = []
    if by_entity:
        for erow in conn.execute(sa.select(entities).where(entities.c.id.in_(list(by_entity)))).mappings():
            d = entity_dict(erow)
            d["mentions"] = by_entity[erow["id"]]
            found.append(d)
    found.sort(key=lambda d: (d["mentions"][0]["start"], d["id"]))
    transfer_rows = conn.execute(
        sa.select(transfers.c.data).where(transfers.c.document_id == doc_id).order_by(transfers.c.seq)
    ).scalars()
    claim_rows = conn.execute(
        sa.select(claims.c.data).where(claims.c.document_id == doc_id).order_by(claims.c.seq)
    ).scalars()
    return {
        "document": _document_dict(row),
        "entities": found,
        "transfers": list(transfer_rows),
        "claims": list(claim_rows),
        "text": row["text"],
    }


def query_documents(
    conn: Connection, q: str | None = None, limit: int | None = 50, offset: int = 0
) -> list[dict[str, Any]]:
    n_transfers = (
        sa.select(sa.func.count())
        .where(transfers.c.document_id == documents.c.id)
        .scalar_subquery()
        .label("transfer_count")
    )
    stmt = sa.select(*_DOCUMENT_COLUMNS, n_transfers)
    if q:
        stmt = stmt.where(
            sa.or_(*(c.icontains(q, autoescape=True) for c in (documents.c.title, documents.c.url, documents.c.source)))
        )
    stmt = stmt.order_by(documents.c.ingested_at.desc(), documents.c.id).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [{**_document_dict(r), "transfer_count": r["transfer_count"]} for r in conn.execute(stmt).mappings()]


def search_documents(conn: Connection, q: str, limit: int | None = 50) -> list[dict[str, Any]]:
    """Documents whose title or text holds every word of `q` (case-insensitive), with a snippet."""
    terms = q.split()
    if not terms:
        return []
    if conn.dialect.name == "sqlite" and all(len(term) >= FTS_MIN_TERM for term in terms):
        fts = sa.table("documents_fts", sa.column("document_id"), sa.column("rank"))
        # Each term quoted as an FTS5 string, so that user input is never read as query syntax.
        match = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
        hits = (
            sa.select(fts.c.document_id, fts.c.rank)
            .where(sa.text("documents_fts MATCH :match").bindparams(match=match))
            .subquery()
        )
        stmt = sa.select(*_DOCUMENT_COLUMNS, documents.c.text).join(hits, hits.c.document_id == documents.c.id)
        stmt = stmt.order_by(hits.c.rank, documents.c.id)
    else:
        stmt = sa.select(*_DOCUMENT_COLUMNS, documents.c.text).where(
            *(
                sa.or_(
                    documents.c.text.icontains(term, autoescape=True),
                    documents.c.title.icontains(term, autoescape=True),
                )
                for term in terms
            )
        )
        stmt = stmt.order_by(documents.c.ingested_at.desc(), documents.c.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [{**_document_dict(r), "snippet": snippet(r["text"], terms)} for r in conn.execute(stmt).mappings()]


def snippet(text: str, terms: list[str]) -> str:
    folded = text.casefold()
    positions = [p for p in (folded.find(t.casefold()) for t in terms) if p >= 0]
    if not positions:
        return text[: 2 * SNIPPET_CONTEXT].strip()
    at = min(positions)
    start, end = max(0, at - SNIPPET_CONTEXT), at + SNIPPET_CONTEXT
    return ("…" if start else "") + " ".join(text[start:end].split()) + ("…" if end < len(text) else "")


# --- claims, failures, counts ----------------------------------------------------------------------


def query_claims(conn: Connection, target: str | None = None) -> list[dict[str, Any]]:
    stmt = sa.select(claims.c.data, claims.c.document_id)
    if target:
        stmt = stmt.where(claims.c.target == target)
    stmt = stmt.order_by(claims.c.document_id, claims.c.seq)
    return [{**row.data, "document_id": row.document_id} for row in conn.execute(stmt)]


def query_failures(conn: Connection) -> list[dict[str, Any]]:
    stmt = sa.select(failures).order_by(failures.c.at.desc(), failures.c.source)
    return [dict(row) for row in conn.execute(stmt).mappings()]


def query_counts(conn: Connection) -> dict[str, int]:
    tables = {"documents": documents, "entities": entities, "mentions": mentions, "transfers": transfers}
    tables |= {"claims": claims, "failures": failures}
    return {
        name: int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()) for name, t in tables.items()
    }
