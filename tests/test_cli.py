"""The command line end to end on a temporary SQLite store: analyze, ingest, query, show."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import assert_spans_hold
from typer.testing import CliRunner

from materiel.cli import app

runner = CliRunner()

ARTICLE_JA = "北朝鮮が昨年8月以降、ロシアに砲弾100万発以上を送ったと韓国国防省が明らかにした。\n"
ARTICLE_EN = "Iran has supplied Russia with hundreds of Shahed-136 drones, U.S. officials said on Tuesday.\n"


@pytest.fixture()
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.db'}"


def test_analyze_json_contract(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE_JA, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(path), "--published", "2024-05-20", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert set(out) >= {"document", "entities", "transfers", "claims"}
    assert out["document"]["language"] == "ja" and out["document"]["published"] == "2024-05-20"
    (t,) = out["transfers"]
    assert t["supplier"]["name"] == "North Korea" and t["recipient"]["name"] == "Russia"
    assert t["date"] == "2023-08"
    for key in ("id", "intermediaries", "items", "route", "status", "claims", "evidence"):
        assert key in t
    for e in out["entities"]:
        assert {"id", "name", "type", "mentions"} <= e.keys()
    assert_spans_hold(ARTICLE_JA, out)


def test_analyze_reads_stdin_and_prints_a_summary() -> None:
    result = runner.invoke(app, ["analyze", "-", "--published", "2024-05-20"], input=ARTICLE_JA)
    assert result.exit_code == 0, result.output
    assert "North Korea" in result.stdout and "Russia" in result.stdout


def test_analyze_refuses_an_unknown_language(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text(
        "Le gouvernement a annoncé de nouvelles mesures pour les agriculteurs cette semaine.", encoding="utf-8"
    )
    result = runner.invoke(app, ["analyze", str(path), "--json"])
    assert result.exit_code == 2
    assert "fr.txt" in result.output and "not supported" in result.output


def test_ingest_query_show_round_trip(tmp_path: Path, db: str) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ja.txt").write_text(ARTICLE_JA, encoding="utf-8")
    (folder / "en.txt").write_text(ARTICLE_EN, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(folder), "--db", db, "--published", "2024-05-20"])
    assert result.exit_code == 0, result.output
    assert "stored 2 new" in result.output
    again = runner.invoke(app, ["ingest", str(folder), "--db", db, "--published", "2024-05-20"])
    assert "stored 0 new, 2 already stored" in again.output

    rows = runner.invoke(app, ["transfers", "--db", db, "--supplier", "北朝鮮", "--format", "json"])
    lines = [json.loads(x) for x in rows.stdout.splitlines()]
    assert len(lines) == 1 and lines[0]["recipient"]["name"] == "Russia"
    by_id = runner.invoke(app, ["transfers", "--db", db, "--recipient", "Q159", "--format", "csv"])
    assert by_id.stdout.splitlines()[0].startswith("supplier,recipient")
    assert len(by_id.stdout.splitlines()) >= 2

    ents = runner.invoke(app, ["entities", "--db", db, "--type", "country", "--format", "json"])
    countries = {json.loads(x)["name"] for x in ents.stdout.splitlines()}
    assert {"North Korea", "Russia", "South Korea"} <= countries

    doc_id = lines[0]["document_id"]
    show = runner.invoke(app, ["show", doc_id[:10], "--db", db, "--json"])
    assert show.exit_code == 0, show.output
    doc = json.loads(show.stdout)
    assert doc["text"] == ARTICLE_JA
    assert_spans_hold(doc["text"], {k: v for k, v in doc.items() if k != "text"})
    human = runner.invoke(app, ["show", doc_id, "--db", db])
    assert "North Korea" in human.stdout


def test_ingest_reports_a_broken_file_and_goes_on(tmp_path: Path, db: str) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE_JA, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    result = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert result.exit_code == 1
    assert "stored 1 new" in result.output
    assert "empty.txt" in result.output and "binary.txt" in result.output
