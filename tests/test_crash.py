"""Crash safety: `materiel ingest` killed with SIGKILL part way leaves no partial document, and a rerun
stores every document exactly once, with the same rows a run that was never interrupted stores.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from generated_articles import write_articles
from materiel.ingest import ReadError, read_sources
from materiel.pipeline import analyze_document
from materiel.store import Store
from materiel.store._engine import sqlite_url

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

ARTICLES = 40
KILL_AFTER = 12  # stored documents: past the first Japanese one, so both models are loaded and writing
CLI = "from materiel.cli import app; app()"
DEADLINE = 60.0

# Rows per document, for every table that belongs to one: (table, SQL counting them per document id).
PER_DOCUMENT = {
    "mentions": "SELECT document_id, count(*) FROM mentions GROUP BY document_id",
    "transfers": "SELECT document_id, count(*) FROM transfers GROUP BY document_id",
    "claims": "SELECT document_id, count(*) FROM claims GROUP BY document_id",
    "evidence": "SELECT document_id, count(*) FROM evidence GROUP BY document_id",
    "fts": "SELECT document_id, count(*) FROM documents_fts GROUP BY document_id",
    **{
        table: f"SELECT t.document_id, count(*) FROM {table} x JOIN transfers t ON t.id = x.transfer_id "
        "GROUP BY t.document_id"
        for table in ("transfer_items", "transfer_parties", "route_legs")
    },
}
# Rows that would be left behind by a document written half-way: each query must find none.
ORPHANS = {
    "mentions without document": "SELECT id FROM mentions WHERE document_id NOT IN (SELECT id FROM documents)",
    "transfers without document": "SELECT id FROM transfers WHERE document_id NOT IN (SELECT id FROM documents)",
    "claims without document": "SELECT id FROM claims WHERE document_id NOT IN (SELECT id FROM documents)",
    **{
        f"{table} without transfer": f"SELECT id FROM {table} WHERE transfer_id NOT IN (SELECT id FROM transfers)"
        for table in ("transfer_items", "transfer_parties", "route_legs")
    },
    "evidence without owner": "SELECT id FROM evidence WHERE document_id NOT IN (SELECT id FROM documents) "
    "OR (owner_kind IN ('transfer', 'trigger') AND owner_id NOT IN (SELECT id FROM transfers)) "
    "OR (owner_kind = 'claim' AND owner_id NOT IN (SELECT id FROM claims)) "
    "OR (owner_kind = 'route' AND substr(owner_id, 1, instr(owner_id, '/') - 1) NOT IN (SELECT id FROM transfers))",
    "index rows without document": "SELECT document_id FROM documents_fts "
    "WHERE document_id NOT IN (SELECT id FROM documents)",
    "mentions of unknown entities": "SELECT id FROM mentions WHERE entity_id NOT IN (SELECT id FROM entities)",
}


def ingest_command(folder: Path, url: str) -> list[str]:
    return [sys.executable, "-c", CLI, "ingest", str(folder), "--db", url]


def rows_per_document(path: Path) -> dict[str, dict[str, int]]:
    """{document id: {table: rows}} with every table present (0 where it has none)."""
    with sqlite3.connect(path) as conn:
        found = {doc_id: dict.fromkeys(PER_DOCUMENT, 0) for (doc_id,) in conn.execute("SELECT id FROM documents")}
        for table, sql in PER_DOCUMENT.items():
            for doc_id, n in conn.execute(sql):
                found.setdefault(doc_id, dict.fromkeys(PER_DOCUMENT, 0))[table] = n
    return found


def check_consistent(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for what, sql in ORPHANS.items():
            assert conn.execute(sql).fetchall() == [], what
        (texts,) = conn.execute("SELECT count(*) - count(DISTINCT text) FROM documents").fetchone()
        assert texts == 0, "one text stored twice"
    finally:
        conn.close()


def document_view(store: Store, doc_id: str) -> dict[str, Any]:
    """What a reader sees of one document, less the time it was ingested."""
    found = store.document(doc_id)
    assert found is not None
    meta = {k: v for k, v in found["document"].items() if k != "ingested_at"}
    mentions = [(e["id"], [(m["start"], m["end"]) for m in e["mentions"]]) for e in found["entities"]]
    return {"document": meta, "mentions": mentions, **{k: found[k] for k in ("transfers", "claims", "text")}}


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crash") / "articles"
    write_articles(folder, ARTICLES)
    return folder


@pytest.fixture(scope="module")
def reference(articles: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store an uninterrupted ingest makes, written in-process the way `materiel ingest` writes it."""
    path = tmp_path_factory.mktemp("reference") / "reference.db"
    with Store(sqlite_url(path)) as store:
        for item in read_sources([str(articles)]):
            assert not isinstance(item, ReadError), item
            item.language = "auto"
            assert store.save(analyze_document(item))
    return path


def kill_part_way(articles: Path, url: str, log: Path) -> int:
    """Start an ingest, SIGKILL it once it stored KILL_AFTER documents; the documents then stored."""
    with Store(url) as store, log.open("wb") as out:
        proc = subprocess.Popen(ingest_command(articles, url), stdout=out, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + DEADLINE
            while store.counts()["documents"] < KILL_AFTER:
                assert proc.poll() is None, f"ingest ended before it was killed:\n{log.read_text()}"
                assert time.monotonic() < deadline, "ingest too slow to be killed part way"
                time.sleep(0.005)
            os.kill(proc.pid, signal.SIGKILL)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL, log.read_text()
    with Store(url) as store:
        return store.counts()["documents"]


def test_kill_9_part_way_then_rerun_stores_every_document_once(articles: Path, reference: Path, tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    url = sqlite_url(path)
    expected = rows_per_document(reference)
    assert len(expected) == ARTICLES
    assert sum(counts["transfers"] for counts in expected.values()) >= ARTICLES // 2, "too few transfers to check"

    stored = kill_part_way(articles, url, tmp_path / "killed.log")
    assert KILL_AFTER <= stored < ARTICLES
    check_consistent(path)
    after_kill = rows_per_document(path)
    assert len(after_kill) == stored
    for doc_id, counts in after_kill.items():
        assert counts == expected[doc_id], f"document {doc_id[:12]} stored in part"
    with Store(url) as store:
        assert store.counts()["failures"] == 0

    rerun = subprocess.run(ingest_command(articles, url), capture_output=True, text=True, timeout=DEADLINE)
    output = " ".join((rerun.stdout + rerun.stderr).split())
    assert rerun.returncode == 0, output
    assert f"stored {ARTICLES - stored} new, {stored} already stored, 0 failed" in output

    check_consistent(path)
    assert rows_per_document(path) == expected
    with Store(url) as store, Store(sqlite_url(reference)) as ref:
        counts = store.counts()
        assert counts == ref.counts()
        assert counts["documents"] == ARTICLES and counts["failures"] == 0
        for doc_id in expected:
            assert document_view(store, doc_id) == document_view(ref, doc_id)
        sources = Counter(d["source"] for d in store.documents(limit=None))
        assert set(sources.values()) == {1} and len(sources) == ARTICLES
