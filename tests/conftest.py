"""Shared fixtures: paths into ../shared (read at run time, skipped when absent) and spans checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_e82d4acdeb528f3c.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("../shared/seed is not here")
    return SEED.read_text(encoding="utf-8")


def iter_spans(out: dict[str, Any]) -> list[dict[str, Any]]:
    """Every object in an `analyze --json` result that carries start/end/text."""
    spans: list[dict[str, Any]] = []

    def walk(x: Any) -> None:
        if isinstance(x, dict):
            if {"start", "end", "text"} <= x.keys() and isinstance(x["start"], int):
                spans.append(x)
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk({k: v for k, v in out.items() if k != "document"})
    return spans


def assert_spans_hold(text: str, out: dict[str, Any]) -> None:
    spans = iter_spans(out)
    assert spans, "no spans at all"
    for s in spans:
        assert text[s["start"] : s["end"]] == s["text"], s
