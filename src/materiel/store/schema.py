"""The store's tables as SQLAlchemy Core metadata; the Alembic revisions create the same schema.

Strings are `Text` throughout (the same in SQLite and PostgreSQL). Dates are ISO strings: a
transfer's date is partial (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) and compares as text. Columns named
`norm` hold `normalize_name()` of a name so that name filters are an indexed equality.
The SQLite full-text table `documents_fts` is not declared here: it is a virtual table that only
the migration knows how to create (see `migrations/versions/0001_initial.py`).
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# JSONB on PostgreSQL so that it can be indexed later; JSON text on SQLite.
Json = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _document_fk() -> sa.ForeignKey:
    return sa.ForeignKey("documents.id", ondelete="CASCADE")


def _entity_fk() -> sa.ForeignKey:
    return sa.ForeignKey("entities.id")


def _transfer_fk() -> sa.ForeignKey:
    return sa.ForeignKey("transfers.id", ondelete="CASCADE")


documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.Text, primary_key=True),  # sha256 of the normalized text
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.Text),
    sa.Column("language", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("source", sa.Text),
    sa.Column("ingested_at", sa.Text, nullable=False),
    sa.Index(None, "ingested_at"),
    sa.Index(None, "published"),
)

entities = sa.Table(
    "entities",
    metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("type", sa.Text, nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("country", sa.Text),
    sa.Column("category", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("parent", sa.Text),
    sa.Column("stands_for", sa.Text),
    sa.Column("provisional", sa.Boolean, nullable=False),
    sa.Column("names", Json, nullable=False),  # {language: [names]}
    sa.Index(None, "type"),
    sa.Index(None, "stands_for"),
)

# Every name of an entity (canonical name and the names per language), normalized, so that
# `--supplier イラン` and `--supplier iran` are one indexed lookup each.
entity_names = sa.Table(
    "entity_names",
    metadata,
    sa.Column("entity_id", sa.Text, sa.ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("norm", sa.Text, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("lang", sa.Text),
    sa.Index(None, "norm"),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_id", sa.Text, _document_fk(), nullable=False),
    sa.Column("entity_id", sa.Text, _entity_fk(), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("match", sa.Text, nullable=False),
    sa.Column("score", sa.Float, nullable=False),
    sa.UniqueConstraint("document_id", "start", "end", "entity_id"),
    sa.Index(None, "entity_id"),
)

transfers = sa.Table(
    "transfers",
    metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("document_id", sa.Text, _document_fk(), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),  # position in the document's list
    sa.Column("supplier_id", sa.Text, _entity_fk()),
    sa.Column("supplier_name", sa.Text),
    sa.Column("recipient_id", sa.Text, _entity_fk()),
    sa.Column("recipient_name", sa.Text),
    sa.Column("date", sa.Text),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("background", sa.Boolean, nullable=False),
    sa.Column("data", Json, nullable=False),  # Transfer.to_dict() with stored ids
    sa.Index(None, "document_id"),
    sa.Index(None, "supplier_id"),
    sa.Index(None, "recipient_id"),
    sa.Index(None, "date"),
    sa.Index(None, "status"),
)

transfer_items = sa.Table(
    "transfer_items",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("transfer_id", sa.Text, _transfer_fk(), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("entity_id", sa.Text, _entity_fk()),
    sa.Column("name", sa.Text),
    sa.Column("norm", sa.Text),
    sa.Column("category", sa.Text, nullable=False),
    sa.Column("quantity_value", sa.Float),
    sa.Column("quantity_min", sa.Float),
    sa.Column("quantity_max", sa.Float),
    sa.Column("quantity_text", sa.Text),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Index(None, "transfer_id"),
    sa.Index(None, "entity_id"),
    sa.Index(None, "norm"),
    sa.Index(None, "category"),
)

transfer_parties = sa.Table(
    "transfer_parties",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("transfer_id", sa.Text, _transfer_fk(), nullable=False),
    sa.Column("role", sa.Text, nullable=False),  # supplier | recipient | intermediary
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("entity_id", sa.Text, _entity_fk()),
    sa.Column("name", sa.Text),  # the entity's name, or the description of an unnamed party
    sa.Column("norm", sa.Text),
    sa.Column("start", sa.Integer),
    sa.Column("end", sa.Integer),
    sa.Index(None, "transfer_id"),
    sa.Index(None, "entity_id", "role"),
    sa.Index(None, "norm"),
)

route_legs = sa.Table(
    "route_legs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("transfer_id", sa.Text, _transfer_fk(), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("from_id", sa.Text, _entity_fk()),
    sa.Column("to_id", sa.Text, _entity_fk()),
    sa.Column("via_id", sa.Text, _entity_fk()),
    sa.Column("mode", sa.Text),
    sa.Column("vessels", Json, nullable=False),
    sa.Index(None, "transfer_id"),
    sa.Index(None, "from_id"),
    sa.Index(None, "to_id"),
)

# Spans of text that support a transfer, its trigger, a route leg (owner "<transfer id>/<seq>")
# or a claim.
evidence = sa.Table(
    "evidence",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("owner_id", sa.Text, nullable=False),
    sa.Column("owner_kind", sa.Text, nullable=False),  # transfer | trigger | route | claim
    sa.Column("document_id", sa.Text, _document_fk(), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Index(None, "owner_kind", "owner_id"),
    sa.Index(None, "document_id"),
)

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("document_id", sa.Text, _document_fk(), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("speaker_id", sa.Text, _entity_fk()),
    sa.Column("speaker_name", sa.Text),
    sa.Column("outlet_id", sa.Text, _entity_fk()),
    sa.Column("outlet_name", sa.Text),
    sa.Column("stance", sa.Text, nullable=False),
    sa.Column("target", sa.Text, nullable=False),
    sa.Column("data", Json, nullable=False),  # Claim.to_dict() with stored ids
    sa.Index(None, "document_id"),
    sa.Index(None, "target"),
    sa.Index(None, "speaker_id"),
)

# Sources that could not be ingested or analyzed; a later success for the same source clears its row.
failures = sa.Table(
    "failures",
    metadata,
    sa.Column("source", sa.Text, primary_key=True),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("at", sa.Text, nullable=False),
)


def normalize_name(name: str) -> str:
    """The form names are compared in: NFKC (full-width to half-width), case-folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())
