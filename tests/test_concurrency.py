"""Concurrent use: while `materiel ingest` writes in another process, readers of the store and of the API
(with a second writer posting documents) keep working, with no error and no "database is locked".
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from conftest_web import build_store
from generated_articles import write_articles
from materiel.model import Analysis, Document
from materiel.store import Store
from materiel.web import create_app

pytestmark = pytest.mark.anyio

ARTICLES = 40
DEADLINE = 75.0  # seconds for the whole exercise; the ingest alone takes about 10
MAX_ROUNDS = 3000  # per worker, so that the request count is bounded too
MIN_ROUNDS = 5
POST_EVERY = 4
TOKEN = "concurrency-token"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def posted_analysis(document: Document) -> Analysis:
    """Stands in for the language pipeline on the writing route: no model to load."""
    document.language = "en"
    return Analysis(document)


class Workers:
    """What the readers saw: errors, and the document counts over time."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.stop = threading.Event()
        self.errors: list[str] = []
        self.seen: list[int] = []
        self.rounds: dict[str, int] = {}
        self.lock = threading.Lock()

    def failed(self, who: str, what: str) -> None:
        with self.lock:
            self.errors.append(f"{who}: {what}")

    def keep_going(self, who: str) -> bool:
        n = self.rounds.get(who, 0)
        if n >= MAX_ROUNDS or time.monotonic() > self.deadline:
            return False
        return n < MIN_ROUNDS or not self.stop.is_set()


def read_store(url: str, who: str, workers: Workers, doc_id: str) -> None:
    queries: list[Callable[[Store], Any]] = [
        lambda s: s.transfers(),
        lambda s: s.transfers(supplier="Iran", date_from="2021"),
        lambda s: s.documents(),
        lambda s: s.documents(q="txt"),
        lambda s: s.search_documents("Russia drones"),
        lambda s: s.search_documents("ロシア"),
        lambda s: s.entities(q="ru"),
        lambda s: s.document(doc_id),
    ]
    try:
        with Store(url) as store:
            while workers.keep_going(who):
                for query in queries:
                    query(store)
                workers.seen.append(store.counts()["documents"])
                workers.rounds[who] = workers.rounds.get(who, 0) + 1
    except Exception as exc:  # reported by the test: a thread's exception is otherwise lost
        workers.failed(who, repr(exc))


async def call_api(client: httpx.AsyncClient, who: str, workers: Workers, doc_id: str) -> int:
    """GET the API's routes and the page in a loop, POSTing a new document every few rounds; the posts made."""
    routes = [
        "/api/transfers",
        "/api/transfers?supplier=Iran&date_from=2021",
        "/api/network",
        "/api/documents",
        "/api/documents?q=Russia",
        "/api/entities?q=ira",
        "/api/search?q=ロシア",
        f"/api/documents/{doc_id}",
        f"/documents/{doc_id}",
        "/transfers",
    ]
    posted = 0
    while workers.keep_going(who):
        n = workers.rounds.get(who, 0)
        for route in routes:
            try:
                response = await client.get(route)
            except Exception as exc:
                workers.failed(who, f"GET {route}: {exc!r}")
                continue
            if response.status_code != 200:
                workers.failed(who, f"GET {route}: {response.status_code} {response.text[:200]}")
        if n % POST_EVERY == 0:
            body = {"text": f"Posted report {who} {n}: Iran sent drones to Russia.", "source": f"api-{who}-{n}"}
            response = await client.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
            if response.status_code == 201:
                posted += 1
            else:
                workers.failed(who, f"POST: {response.status_code} {response.text[:200]}")
        stats = await client.get("/api/stats")
        if stats.status_code == 200:
            workers.seen.append(stats.json()["documents"])
        else:
            workers.failed(who, f"GET /api/stats: {stats.status_code} {stats.text[:200]}")
        workers.rounds[who] = n + 1
    return posted


async def test_reads_and_the_api_keep_working_while_an_ingest_writes(tmp_path: Path) -> None:
    fixture = build_store(tmp_path)  # five documents, so that every query has something to find
    doc_id = fixture.documents["ja"]
    folder = tmp_path / "articles"
    write_articles(folder, ARTICLES)
    workers = Workers(time.monotonic() + DEADLINE)
    log = tmp_path / "ingest.log"

    with log.open("wb") as out, Store(fixture.url) as api_store:
        ingest = subprocess.Popen(
            [sys.executable, "-c", "from materiel.cli import app; app()", "ingest", str(folder), "--db", fixture.url],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        readers = [
            threading.Thread(target=read_store, args=(fixture.url, f"reader{i}", workers, doc_id)) for i in range(2)
        ]
        for thread in readers:
            thread.start()

        async def watch_ingest() -> None:
            while ingest.poll() is None and time.monotonic() < workers.deadline:
                await asyncio.sleep(0.05)
            workers.stop.set()

        app = create_app(api_store, write_token=TOKEN, analyze=posted_analysis)
        transport = httpx.ASGITransport(app=app)
        try:
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
                results = await asyncio.gather(
                    watch_ingest(), *(call_api(client, f"api{i}", workers, doc_id) for i in range(3))
                )
        finally:
            workers.stop.set()
            for thread in readers:
                thread.join(timeout=DEADLINE)
            if ingest.poll() is None:
                ingest.kill()
            ingest.wait(timeout=10)

    output = log.read_text(encoding="utf-8", errors="replace")
    assert ingest.returncode == 0, output
    assert "locked" not in output.lower()
    assert f"stored {ARTICLES} new, 0 already stored, 0 failed" in " ".join(output.split())
    assert workers.errors == []
    assert min(workers.rounds.values()) >= MIN_ROUNDS and len(workers.rounds) == 5
    posted = sum(n for n in results if n is not None)
    assert posted > 0
    final = len(fixture.documents) + ARTICLES + posted
    assert any(len(fixture.documents) < n < final for n in workers.seen), "no read overlapped the ingest"
    with Store(fixture.url) as store:
        counts = store.counts()
    assert counts["documents"] == final and counts["failures"] == 0
