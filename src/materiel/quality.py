"""Quality gate: extraction figures on the development corpus must stay above their floors.

`python -m materiel.quality check` scores each (language, split) of `corpus/` and fails when a
figure falls below its floor in `quality/baseline.json`, or when the corpus no longer matches the
digest recorded beside the floors (a changed corpus needs a deliberate re-baseline).
`python -m materiel.quality update [--allow-lower --reason "..."]` records the current figures;
lowering a floor needs both flags, and the reason is kept in the file's history. Without them, an
update where a figure fell below its floor writes nothing and names the figure, so a re-baseline never
records floors that `check` then fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

GATED = ("pair_f1", "item_f1", "date_accuracy")
ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
BASELINE = ROOT / "quality" / "baseline.json"
SLACK = 0.02  # floors sit a little under the measured figure, so unrelated noise does not fail CI


def corpus_digest(corpus: Path = CORPUS) -> str:
    h = hashlib.sha256()
    for path in sorted(corpus.rglob("*")):
        if path.is_file() and path.suffix in (".txt", ".jsonl"):
            h.update(str(path.relative_to(corpus)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def measure(corpus: Path = CORPUS) -> dict[str, dict[str, Any]]:
    from materiel.evaluate import evaluate_files

    out: dict[str, dict[str, Any]] = {}
    for lang in ("ja", "en"):
        gold = corpus / lang / "gold.jsonl"
        if not gold.exists():
            continue
        for split in ("dev", "heldout"):
            out[f"{lang}/{split}"] = evaluate_files([gold], split=split).figures()
    return out


def check(baseline_path: Path = BASELINE) -> int:
    baseline = json.loads(baseline_path.read_text(encoding="utf-8"))
    digest = corpus_digest()
    problems: list[str] = []
    if baseline.get("corpus_digest") != digest:
        problems.append(
            f"corpus changed (digest {digest[:12]} != {str(baseline.get('corpus_digest'))[:12]}): "
            "re-baseline deliberately with `python -m materiel.quality update`"
        )
    figures = measure()
    for part, floors in baseline["floors"].items():
        got = figures.get(part)
        if got is None:
            problems.append(f"{part}: no articles to measure")
            continue
        for name, floor in floors.items():
            value = got.get(name)
            shown = "n/a" if value is None else f"{value:.3f}"
            ok = value is not None and value >= floor
            print(f"{part:12} {name:24} {shown:>7}  floor {floor:.3f}  {'ok' if ok else 'BELOW'}")
            if not ok:
                problems.append(f"{part} {name} {shown} is below its floor {floor:.3f}")
        # (an article the pipeline fails on drops out of every figure, so a crash could hide
        # behind floors that still hold)
        for name in got.get("failed") or []:
            problems.append(f"{part}: the pipeline failed on {name}")
        negatives_false = got.get("negative_false_transfers", 0)
        allowed = baseline.get("negative_false_max", {}).get(part, 0)
        print(f"{part:12} {'negative_false_transfers':24} {negatives_false:>7}  max   {allowed}")
        if negatives_false > allowed:
            problems.append(f"{part}: {negatives_false} false transfers in no-transfer articles (max {allowed})")
    for p in problems:
        print(f"FAIL: {p}", file=sys.stderr)
    return 1 if problems else 0


def update(baseline_path: Path = BASELINE, *, allow_lower: bool = False, reason: str | None = None) -> int:
    old = json.loads(baseline_path.read_text(encoding="utf-8")) if baseline_path.exists() else {"floors": {}}
    figures = measure()
    failed = [f"{part}: {name}" for part, got in figures.items() for name in got.get("failed") or []]
    if failed:
        print("the pipeline failed on articles; fix it before re-baselining:", *failed, sep="\n  ", file=sys.stderr)
        return 3
    floors: dict[str, dict[str, float]] = {}
    lowered: list[str] = []
    fell: list[str] = []
    false_max: dict[str, int] = {}
    for part, got in figures.items():
        # (more false transfers in no-transfer articles than allowed is a floor lowered too)
        false_now = int(got.get("negative_false_transfers", 0))
        false_before = old.get("negative_false_max", {}).get(part)
        false_max[part] = false_now
        if false_before is not None and false_now > false_before:
            if allow_lower:
                lowered.append(f"{part} negative_false_max {false_before} -> {false_now}")
            else:
                fell.append(f"{part} negative_false_transfers {false_now} is above its allowance {false_before}")
        floors[part] = {}
        for name in GATED:
            if got.get(name) is None:
                continue
            new = round(max(0.0, float(got[name]) - SLACK), 3)
            prev = old.get("floors", {}).get(part, {}).get(name)
            # (a floor goes down only where the figure itself fell below it, and only when allowed;
            # the others keep their height or rise)
            if prev is not None and new < prev:
                if float(got[name]) >= prev:
                    new = prev
                elif allow_lower:
                    lowered.append(f"{part} {name} {prev} -> {new}")
                else:
                    fell.append(f"{part} {name} {float(got[name]):.3f} is below its floor {prev:.3f}")
            floors[part][name] = new
    if fell:
        # (keeping the old floor would write a baseline that `check` fails at once: say so now)
        head = "figures fell below their floors; nothing written (fix it, or lower them with --allow-lower --reason):"
        print(head, *fell, sep="\n  ", file=sys.stderr)
        return 4
    if lowered and not reason:
        print("lowering a floor needs --reason", file=sys.stderr)
        return 2
    history = old.get("history", [])
    history.append({"date": dt.date.today().isoformat(), "figures": figures, "lowered": lowered, "reason": reason})
    data = {
        "corpus_digest": corpus_digest(),
        "floors": floors,
        "negative_false_max": false_max,
        "history": history[-20:],
    }
    baseline_path.parent.mkdir(parents=True, exist_ok=True)
    baseline_path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(floors, indent=1))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m materiel.quality", description=__doc__.splitlines()[0] if __doc__ else None
    )
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("check", help="fail when a figure falls below its floor")
    up = sub.add_parser("update", help="record the current figures as floors")
    up.add_argument("--allow-lower", action="store_true", help="allow a floor to go down")
    up.add_argument("--reason", help="why a floor goes down (kept in the history)")
    args = ap.parse_args(argv)
    if args.cmd == "check":
        return check()
    return update(allow_lower=args.allow_lower, reason=args.reason)


if __name__ == "__main__":
    sys.exit(main())
