"""The first schema: documents, entities and their names, mentions, transfers with their items,
parties, route legs and evidence, claims, failures; on SQLite a trigram full-text index on documents.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the column types: a revision must not change when schema.py changes later.
Json = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _pk(table: str, *columns: str) -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint(*columns, name=f"pk_{table}")


def _fk(table: str, column: str, target: str, cascade: bool = False) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=f"fk_{table}_{column}_{target}",
        ondelete="CASCADE" if cascade else None,
    )


def _indexes(table: str, *column_groups: tuple[str, ...]) -> None:
    for columns in column_groups:
        op.create_index(f"ix_{table}_{'_'.join(columns)}", table, list(columns))


def _serial() -> sa.Column[int]:
    return sa.Column("id", sa.Integer, autoincrement=True, nullable=False)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Text),
        sa.Column("language", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("source", sa.Text),
        sa.Column("ingested_at", sa.Text, nullable=False),
        _pk("documents", "id"),
    )
    _indexes("documents", ("ingested_at",), ("published",))

    op.create_table(
        "entities",
        sa.Column("id", sa.Text, nullable=False),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.Text),
        sa.Column("category", sa.Text),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("parent", sa.Text),
        sa.Column("stands_for", sa.Text),
        sa.Column("provisional", sa.Boolean, nullable=False),
        sa.Column("names", Json, nullable=False),
        _pk("entities", "id"),
    )
    _indexes("entities", ("type",), ("stands_for",))

    op.create_table(
        "entity_names",
        sa.Column("entity_id", sa.Text, nullable=False),
        sa.Column("norm", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("lang", sa.Text),
        _pk("entity_names", "entity_id", "norm"),
        _fk("entity_names", "entity_id", "entities", cascade=True),
    )
    _indexes("entity_names", ("norm",))

    op.create_table(
        "mentions",
        _serial(),
        sa.Column("document_id", sa.Text, nullable=False),
        sa.Column("entity_id", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("match", sa.Text, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        _pk("mentions", "id"),
        _fk("mentions", "document_id", "documents", cascade=True),
        _fk("mentions", "entity_id", "entities"),
        sa.UniqueConstraint(
            "document_id", "start", "end", "entity_id", name="uq_mentions_document_id_start_end_entity_id"
        ),
    )
    _indexes("mentions", ("entity_id",))

    op.create_table(
        "transfers",
        sa.Column("id", sa.Text, nullable=False),
        sa.Column("document_id", sa.Text, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("supplier_id", sa.Text),
        sa.Column("supplier_name", sa.Text),
        sa.Column("recipient_id", sa.Text),
        sa.Column("recipient_name", sa.Text),
        sa.Column("date", sa.Text),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("background", sa.Boolean, nullable=False),
        sa.Column("data", Json, nullable=False),
        _pk("transfers", "id"),
        _fk("transfers", "document_id", "documents", cascade=True),
        _fk("transfers", "supplier_id", "entities"),
        _fk("transfers", "recipient_id", "entities"),
    )
    _indexes("transfers", ("document_id",), ("supplier_id",), ("recipient_id",), ("date",), ("status",))

    op.create_table(
        "transfer_items",
        _serial(),
        sa.Column("transfer_id", sa.Text, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("entity_id", sa.Text),
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
        _pk("transfer_items", "id"),
        _fk("transfer_items", "transfer_id", "transfers", cascade=True),
        _fk("transfer_items", "entity_id", "entities"),
    )
    _indexes("transfer_items", ("transfer_id",), ("entity_id",), ("norm",), ("category",))

    op.create_table(
        "transfer_parties",
        _serial(),
        sa.Column("transfer_id", sa.Text, nullable=False),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("entity_id", sa.Text),
        sa.Column("name", sa.Text),
        sa.Column("norm", sa.Text),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        _pk("transfer_parties", "id"),
        _fk("transfer_parties", "transfer_id", "transfers", cascade=True),
        _fk("transfer_parties", "entity_id", "entities"),
    )
    _indexes("transfer_parties", ("transfer_id",), ("entity_id", "role"), ("norm",))

    op.create_table(
        "route_legs",
        _serial(),
        sa.Column("transfer_id", sa.Text, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("from_id", sa.Text),
        sa.Column("to_id", sa.Text),
        sa.Column("via_id", sa.Text),
        sa.Column("mode", sa.Text),
        sa.Column("vessels", Json, nullable=False),
        _pk("route_legs", "id"),
        _fk("route_legs", "transfer_id", "transfers", cascade=True),
        _fk("route_legs", "from_id", "entities"),
        _fk("route_legs", "to_id", "entities"),
        _fk("route_legs", "via_id", "entities"),
    )
    _indexes("route_legs", ("transfer_id",), ("from_id",), ("to_id",))

    op.create_table(
        "evidence",
        _serial(),
        sa.Column("owner_id", sa.Text, nullable=False),
        sa.Column("owner_kind", sa.Text, nullable=False),
        sa.Column("document_id", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        _pk("evidence", "id"),
        _fk("evidence", "document_id", "documents", cascade=True),
    )
    _indexes("evidence", ("owner_kind", "owner_id"), ("document_id",))

    op.create_table(
        "claims",
        sa.Column("id", sa.Text, nullable=False),
        sa.Column("document_id", sa.Text, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("speaker_id", sa.Text),
        sa.Column("speaker_name", sa.Text),
        sa.Column("outlet_id", sa.Text),
        sa.Column("outlet_name", sa.Text),
        sa.Column("stance", sa.Text, nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("data", Json, nullable=False),
        _pk("claims", "id"),
        _fk("claims", "document_id", "documents", cascade=True),
        _fk("claims", "speaker_id", "entities"),
        _fk("claims", "outlet_id", "entities"),
    )
    _indexes("claims", ("document_id",), ("target",), ("speaker_id",))

    op.create_table(
        "failures",
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("at", sa.Text, nullable=False),
        _pk("failures", "source"),
    )

    if op.get_bind().dialect.name == "sqlite":
        _create_sqlite_fts()


def _create_sqlite_fts() -> None:
    # A standalone FTS5 table kept in step by triggers rather than an external-content table:
    # documents has a text key, and the implicit rowid an external-content table would point to
    # can change on VACUUM. The trigram tokenizer indexes Japanese, which has no spaces, and
    # folds case for English.
    op.execute(
        "CREATE VIRTUAL TABLE documents_fts USING fts5(document_id UNINDEXED, title, text, tokenize = 'trigram')"
    )
    op.execute(
        "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN "
        "INSERT INTO documents_fts (document_id, title, text) VALUES (new.id, new.title, new.text); END"
    )
    op.execute(
        "CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN "
        "DELETE FROM documents_fts WHERE document_id = old.id; END"
    )
    op.execute(
        "CREATE TRIGGER documents_fts_update AFTER UPDATE OF id, title, text ON documents BEGIN "
        "DELETE FROM documents_fts WHERE document_id = old.id; "
        "INSERT INTO documents_fts (document_id, title, text) VALUES (new.id, new.title, new.text); END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("documents_fts_insert", "documents_fts_delete", "documents_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS documents_fts")
    for table in (
        "failures",
        "claims",
        "evidence",
        "route_legs",
        "transfer_parties",
        "transfer_items",
        "transfers",
        "mentions",
        "entity_names",
        "entities",
        "documents",
    ):
        op.drop_table(table)
