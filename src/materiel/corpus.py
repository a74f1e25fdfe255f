"""Check an annotated corpus file (corpus/FORMAT.md): JSON lines parse, every quoted span exists.

python -m materiel.corpus check corpus/ja/gold.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from materiel.model import CATEGORIES, MODES, STATUSES


def _quoted(row: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for n, t in enumerate(row.get("transfers") or []):
        for it in t.get("items") or []:
            if it.get("text"):
                yield f"transfer {n + 1} item", it["text"]
        for ev in t.get("evidence") or []:
            if ev.get("text"):
                yield f"transfer {n + 1} evidence", ev["text"]
        for a in t.get("attributed_to") or []:
            yield f"transfer {n + 1} attributed_to", a


def check_file(gold: Path) -> list[str]:
    problems: list[str] = []
    ids: set[str] = set()
    for lineno, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{gold}:{lineno}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{where}: invalid JSON ({e})")
            continue
        doc_id = row.get("id")
        if not doc_id or doc_id in ids:
            problems.append(f"{where}: missing or duplicate id {doc_id!r}")
            continue
        ids.add(doc_id)
        path = gold.parent / (row.get("file") or f"{doc_id}.txt")
        if not path.exists():
            problems.append(f"{where} ({doc_id}): no article file {path.name}")
            continue
        text = path.read_text(encoding="utf-8")
        for label, quoted in _quoted(row):
            if quoted not in text:
                problems.append(f"{where} ({doc_id}): {label} {quoted!r} is not in the text")
        for n, t in enumerate(row.get("transfers") or []):
            if t.get("status") not in STATUSES:
                problems.append(f"{where} ({doc_id}): transfer {n + 1} status {t.get('status')!r}")
            for it in t.get("items") or []:
                if it.get("category") not in CATEGORIES:
                    problems.append(f"{where} ({doc_id}): transfer {n + 1} category {it.get('category')!r}")
            for leg in t.get("route") or []:
                if leg.get("mode") not in (*MODES, None):
                    problems.append(f"{where} ({doc_id}): transfer {n + 1} route mode {leg.get('mode')!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m materiel.corpus")
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("check", help="check gold files")
    c.add_argument("files", nargs="+", type=Path)
    args = ap.parse_args(argv)
    problems = [p for f in args.files for p in check_file(f)]
    for p in problems:
        print(p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
