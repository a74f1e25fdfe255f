"""`Store`: the one object the CLI, the API and the pipeline use to write and read the record."""

from __future__ import annotations

from types import TracebackType
from typing import Any

import sqlalchemy as sa

from materiel.model import Analysis
from materiel.store import _query, _write
from materiel.store._engine import StoreError, create_engine, default_url, migrate, write_transaction


class Store:
    """A database of analysed documents, opened by URL and upgraded to the latest schema on open.

    `Store()` opens the default SQLite file (see `default_url()`); `Store("postgresql+psycopg://…")`
    opens PostgreSQL with the same schema. Several `Store` objects, in one process or several,
    may use one SQLite file at once: writes wait for each other (up to 30 s) and reads never block.
    """

    def __init__(self, url: str | None = None) -> None:
        self.url = url or default_url()
        self._engine = create_engine(self.url)
        try:
            migrate(self._engine)
        except BaseException:
            self._engine.dispose()
            raise

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self._engine.url.render_as_string()!r})"

    # --- writing ---------------------------------------------------------------------------------

    def save(self, analysis: Analysis) -> bool:
        """Store a document and everything found in it, all or nothing.

        Returns False, storing nothing, when the document (same normalized text) is already
        stored. Either way the failure recorded for its source or URL is cleared: it was read and
        analysed this time. Raises StoreError, storing nothing, for an analysis that contradicts
        itself (a mention of an entity it lacks, two transfers or claims with one id).
        """
        try:
            with write_transaction(self._engine) as conn:
                return _write.save_analysis(conn, analysis)
        except sa.exc.IntegrityError as exc:  # the analysis contradicts itself: say so without the SQL
            raise StoreError(f"document {analysis.document.id[:12]}: not stored: {exc.orig}") from exc

    def record_failure(self, source: str, reason: str) -> None:
        """Remember that `source` could not be ingested or analysed (the latest reason wins)."""
        with write_transaction(self._engine) as conn:
            _write.record_failure(conn, source, reason)

    def clear_failures(self, source: str) -> int:
        """Forget the failures of `source` and of its parts (`file:3`, `file[2]`) before it is read
        again; returns how many were forgotten."""
        with write_transaction(self._engine) as conn:
            return _write.clear_failures(conn, source)

    # --- reading ---------------------------------------------------------------------------------

    def failures(self) -> list[dict[str, Any]]:
        with self._engine.connect() as conn:
            return _query.query_failures(conn)

    def transfers(
        self,
        supplier: str | None = None,
        recipient: str | None = None,
        item: str | None = None,
        intermediary: str | None = None,
        category: str | None = None,
        status: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        document_id: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Transfers as `Transfer.to_dict()` plus `document_id`, dated ones first by date.

        `supplier`, `recipient`, `intermediary` and `item` match an entity id (any case), its
        canonical name or any of its names in any language, case-insensitively, or the
        description of an unnamed party; `date_from`/`date_to` are ISO partial dates, inclusive,
        and a partial date matches a range it overlaps; `document_id` may be a prefix.
        """
        with self._engine.connect() as conn:
            return _query.query_transfers(
                conn,
                supplier=supplier,
                recipient=recipient,
                item=item,
                intermediary=intermediary,
                category=category,
                status=status,
                date_from=date_from,
                date_to=date_to,
                document_id=document_id,
                limit=limit,
                offset=offset,
            )

    def entities(self, type: str | None = None, q: str | None = None) -> list[dict[str, Any]]:
        """Entities with `mention_count` and `document_count`, most mentioned first; `q` matches
        part of any name, or the whole id."""
        with self._engine.connect() as conn:
            return _query.query_entities(conn, type=type, q=q)

    def entity(self, id: str) -> dict[str, Any] | None:
        """One entity with its names, its `mentions` (document id and span) and its `transfers`.
        `id` may also be a name only one entity has."""
        with self._engine.connect() as conn:
            return _query.query_entity(conn, id)

    def document(self, id: str) -> dict[str, Any] | None:
        """A document in the shape of `Analysis.to_dict()` plus its `text`; `id` may be a unique
        prefix of four or more hex digits. Raises StoreError for an ambiguous prefix."""
        with self._engine.connect() as conn:
            return _query.query_document(conn, id)

    def documents(self, q: str | None = None, limit: int | None = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Documents, latest ingested first, with `transfer_count`; `q` matches title, URL or source."""
        with self._engine.connect() as conn:
            return _query.query_documents(conn, q=q, limit=limit, offset=offset)

    def search_documents(self, q: str, limit: int | None = 50) -> list[dict[str, Any]]:
        """Documents whose title or text holds every word of `q`, with a `snippet` around the first."""
        with self._engine.connect() as conn:
            return _query.search_documents(conn, q, limit=limit)

    def claims(self, target: str | None = None) -> list[dict[str, Any]]:
        """Claims as `Claim.to_dict()` plus `document_id`; `target` is a stored transfer or claim id."""
        with self._engine.connect() as conn:
            return _query.query_claims(conn, target=target)

    def counts(self) -> dict[str, int]:
        """Rows per kind: documents, entities, mentions, transfers, claims, failures."""
        with self._engine.connect() as conn:
            return _query.query_counts(conn)
