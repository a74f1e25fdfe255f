"""Failures kept for retry: `materiel failures` lists what could not be ingested, a later ingest clears it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from materiel.cli import app
from materiel.store import Store

runner = CliRunner()

ARTICLE = "Iran supplied Russia with 120 Shahed-136 drones in March 2023, U.S. officials said on Tuesday.\n"
LINES = [
    {"title": "Shells", "text": "North Korea shipped 5,000 artillery shells to Russia by rail in May 2024."},
    {"title": "Air defence", "text": "Serbia received air defence systems from China in April 2022, Reuters said."},
]


@pytest.fixture()
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.db'}"


def squeezed(text: str) -> str:
    """The output without whitespace: rich wraps long lines (and long paths) at the terminal width."""
    return "".join(text.split())


def failures_json(db: str) -> list[dict[str, str]]:
    result = runner.invoke(app, ["failures", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_an_empty_file_is_listed_then_cleared_once_fixed(tmp_path: Path, db: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text("", encoding="utf-8")
    first = runner.invoke(app, ["ingest", str(path), "--db", db])
    assert first.exit_code == 1
    assert squeezed(f"{path}: empty") in squeezed(first.output)

    (failure,) = failures_json(db)
    assert (failure["source"], failure["reason"]) == (str(path), "empty")
    assert failure["at"][:4].isdigit() and "T" in failure["at"]
    table = runner.invoke(app, ["failures", "--db", db])
    assert table.exit_code == 0
    assert "article.txt" in squeezed(table.stdout) and "empty" in table.stdout and "when" in table.stdout

    path.write_text(ARTICLE, encoding="utf-8")
    again = runner.invoke(app, ["ingest", str(path), "--db", db])
    assert again.exit_code == 0, again.output
    assert "stored 1 new" in again.output
    assert failures_json(db) == []
    assert "(nothing found)" in runner.invoke(app, ["failures", "--db", db]).stdout


def test_a_fixed_source_whose_text_is_already_stored_is_cleared_too(tmp_path: Path, db: str) -> None:
    (tmp_path / "first.txt").write_text(ARTICLE, encoding="utf-8")
    mirror = tmp_path / "mirror.txt"
    mirror.write_bytes(b"\x00\x01\x02" * 40)
    result = runner.invoke(app, ["ingest", str(tmp_path / "first.txt"), str(mirror), "--db", db])
    assert result.exit_code == 1
    assert [f["source"] for f in failures_json(db)] == [str(mirror)]

    mirror.write_text(ARTICLE, encoding="utf-8")  # the same article, already stored from first.txt
    again = runner.invoke(app, ["ingest", str(mirror), "--db", db])
    assert again.exit_code == 0, again.output
    assert "stored 0 new, 1 already stored" in again.output
    assert failures_json(db) == []


def test_a_bad_json_line_names_the_file_and_line_and_the_rest_is_stored(tmp_path: Path, db: str) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    batch = folder / "feed.jsonl"
    good = [json.dumps(line) for line in LINES]
    batch.write_text(f'{good[0]}\n{{"title": "broken", "text": "no end\n{good[1]}\n', encoding="utf-8")
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")

    result = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert result.exit_code == 1
    out = squeezed(result.output)
    assert squeezed(f"{batch}:2: invalid JSON") in out
    assert "stored 3 new, 0 already stored, 1 failed" in result.output
    with Store(db) as store:
        stored = {d["title"] for d in store.documents()}
        assert {"Shells", "Air defence"} <= stored and store.counts()["documents"] == 3
        assert {d["source"] for d in store.documents()} >= {f"{batch}:1", f"{batch}:3"}
    assert [(f["source"], f["reason"][:12]) for f in failures_json(db)] == [(f"{batch}:2", "invalid JSON")]

    fixed = json.dumps({"title": "Fixed", "text": "Belarus sent tanks to Russia in 2023, the ministry said."})
    batch.write_text(f"{good[0]}\n{fixed}\n{good[1]}\n", encoding="utf-8")
    again = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert again.exit_code == 0, again.output
    assert "stored 1 new, 3 already stored, 0 failed" in again.output
    assert failures_json(db) == []


def test_retry_failures_reads_the_failed_sources_again(tmp_path: Path, db: str) -> None:
    folder = tmp_path / "retry"
    folder.mkdir()
    empty = folder / "later.txt"
    empty.write_text("", encoding="utf-8")
    (folder / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    first = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert first.exit_code == 1
    assert [f["source"] for f in failures_json(db)] == [str(empty)]

    nothing = runner.invoke(app, ["ingest", "--db", db])
    assert nothing.exit_code == 2 and "nothing to ingest" in nothing.output

    still = runner.invoke(app, ["ingest", "--retry-failures", "--db", db])
    assert still.exit_code == 1 and "stored 0 new" in still.output
    assert [f["source"] for f in failures_json(db)] == [str(empty)]

    empty.write_text("Belarus sent tanks to Russia in 2023, the ministry said.\n", encoding="utf-8")
    retried = runner.invoke(app, ["ingest", "--retry-failures", "--db", db])
    assert retried.exit_code == 0, retried.output
    assert "stored 1 new" in retried.output
    assert failures_json(db) == []
