"""Benchmark: characters per second of the full pipeline against the parser alone, side by side.

    python benchmarks/bench_pipeline.py [--lang ja|en|both] [--repeat 2]

Runs over the development corpus texts (corpus/<lang>/*.txt). For each language it times, in the
same process and on the same texts: the spaCy/GiNZA parse alone (as the pipeline calls it), and
the whole `analyze` (parse + recognize + extract + assemble), then prints both rates and the
share our stages add to the parse; first, how long the gazetteer takes to load. Not a test:
figures depend on the machine.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from materiel.gazetteer import load_gazetteer
from materiel.model import Document
from materiel.nlp import parse
from materiel.pipeline import analyze_document, default_gazetteer, default_lexicon
from materiel.recognize import forget_fuzzy_answers

ROOT = Path(__file__).resolve().parents[1]


def texts(lang: str) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / lang).glob("*.txt"))]


def bench(lang: str, repeat: int) -> None:
    docs = texts(lang)
    chars = sum(len(t) for t in docs)
    default_gazetteer()
    default_lexicon(lang)
    parse(docs[0], lang)  # load the model before timing
    analyze_document(Document(text=docs[0], language=lang))
    # interleaved text by text, so that load from elsewhere on the machine hits both alike
    parse_times, full_times = [], []
    for _ in range(repeat):
        forget_fuzzy_answers()  # each run cold: only names repeated across its own texts are looked up once
        p_total = f_total = 0.0
        for t in docs:
            t0 = time.perf_counter()
            parse(t, lang)
            t1 = time.perf_counter()
            analyze_document(Document(text=t, language=lang, published="2024-01-01"))
            t2 = time.perf_counter()
            p_total += t1 - t0
            f_total += t2 - t1
        parse_times.append(p_total)
        full_times.append(f_total)
    p, f = statistics.median(parse_times), statistics.median(full_times)
    print(f"{lang}: {len(docs)} texts, {chars:,} characters, median of {repeat} runs")
    print(f"  parse alone    {chars / p:10,.0f} chars/s  ({p:.2f} s)")
    print(f"  full pipeline  {chars / f:10,.0f} chars/s  ({f:.2f} s)")
    print(f"  our stages add {100 * (f - p) / p:.1f}% to the parse")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--lang", choices=["ja", "en", "both"], default="both")
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    t0 = time.perf_counter()
    load_gazetteer()  # what every process pays once before its first article
    print(f"gazetteer loads in {time.perf_counter() - t0:.2f} s")
    for lang in ["ja", "en"] if args.lang == "both" else [args.lang]:
        bench(lang, args.repeat)


if __name__ == "__main__":
    main()
