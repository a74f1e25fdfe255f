"""The `materiel` command line: a thin layer over the library (analyze, ingest, query, serve)."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(
    help="Sourced records of arms transfers from Japanese and English news.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
console = Console()
err = Console(stderr=True)


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class Lang(StrEnum):
    auto = "auto"
    ja = "ja"
    en = "en"


DbOption = Annotated[
    str | None, typer.Option("--db", help="SQLAlchemy URL of the store (default: SQLite in the user data dir)")
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="table, json (one object per line) or csv")]


def _open_store(db: str | None) -> Any:
    from materiel.store import Store

    return Store(db)


def _name(ref: dict[str, Any] | None) -> str:
    if not ref:
        return "?"
    return str(ref.get("name") or ref.get("text") or "?")


def _items_text(items: list[dict[str, Any]]) -> str:
    parts = []
    for it in items:
        label = it.get("name") or it.get("category") or "?"
        q = it.get("quantity")
        if q and q.get("text"):
            label += f" ({q['text']})"
        parts.append(label)
    return ", ".join(parts)


def _transfer_row(t: dict[str, Any]) -> dict[str, Any]:
    return {
        "supplier": _name(t.get("supplier")),
        "recipient": _name(t.get("recipient")),
        "via": ", ".join(_name(p) for p in t.get("intermediaries") or []),
        "items": _items_text(t.get("items") or []),
        "date": t.get("date") or "",
        "status": t.get("status"),
        "document": (t.get("document_id") or "")[:12],
    }


def emit(
    rows: list[dict[str, Any]], fmt: Format, *, title: str | None = None, flat: list[dict[str, Any]] | None = None
) -> None:
    """Print rows as a table, JSON lines (the full records) or CSV (the flat columns)."""
    flat = flat if flat is not None else rows
    if fmt is Format.json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    if fmt is Format.csv:
        if flat:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(flat[0]))
            writer.writeheader()
            writer.writerows(flat)
        return
    table = Table(title=title, show_lines=False)
    if not flat:
        console.print("(nothing found)")
        return
    for col in flat[0]:
        table.add_column(col)
    for row in flat:
        table.add_row(*(str(v) for v in row.values()))
    console.print(table)


def _read_one(path: str, published: str | None, lang: str) -> Any:
    from materiel.ingest import ReadError, read_sources

    for item in read_sources([path], published=published):
        if isinstance(item, ReadError):
            err.print(f"[red]error[/red] {item}")
            raise typer.Exit(2)
        if published:
            item.published = published
        item.language = lang
        return item
    err.print(f"[red]error[/red] {path}: nothing to read")
    raise typer.Exit(2)


def _print_summary(analysis: Any) -> None:
    d = analysis.to_dict()
    doc = d["document"]
    console.print(
        f"[bold]{doc['id'][:12]}[/bold]  {doc['language']}  published {doc['published'] or '?'}  "
        f"{doc['text_length']} characters, {len(d['entities'])} entities"
    )
    rows = [_transfer_row(t) for t in d["transfers"]]
    for r in rows:
        r.pop("document")
    emit(rows, Format.table, title="Transfers")
    claims = {c["id"]: c for c in d["claims"]}
    for t in d["transfers"]:
        for cid in t["claims"]:
            c = claims[cid]
            who = _name(c["speaker"]) if c["speaker"] else ""
            via = f" via {_name(c['outlet'])}" if c["outlet"] else ""
            console.print(f"  {c['stance']}: {who}{via} -> {_name(t['supplier'])} -> {_name(t['recipient'])}")
        for ev in t["evidence"]:
            console.print(f"  [dim]「{ev['text'].strip()[:110]}」[{ev['start']}:{ev['end']}][/dim]")


@app.command()
def analyze(
    path: Annotated[str, typer.Argument(help="an article file (text, HTML), or - for stdin")],
    published: Annotated[
        str | None, typer.Option(help="publication date YYYY-MM-DD (relative dates resolve against it)")
    ] = None,
    lang: Annotated[Lang, typer.Option(help="language of the text")] = Lang.auto,
    as_json: Annotated[bool, typer.Option("--json", help="print one JSON object")] = False,
) -> None:
    """Analyze one article and print what it reports (transfers, claims, entities)."""
    from materiel.nlp import LanguageError
    from materiel.pipeline import analyze_document

    document = _read_one(path, published, lang.value)
    try:
        analysis = analyze_document(document)
    except LanguageError as e:
        err.print(f"[red]error[/red] {path}: {e}")
        raise typer.Exit(2) from e
    if as_json:
        sys.stdout.write(json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n")
    else:
        _print_summary(analysis)


@app.command()
def ingest(
    paths: Annotated[
        list[str] | None, typer.Argument(help="files, folders (walked), - for stdin, or URLs with --allow-urls")
    ] = None,
    db: DbOption = None,
    published: Annotated[str | None, typer.Option(help="publication date for texts that carry none")] = None,
    lang: Annotated[Lang, typer.Option(help="language of the texts")] = Lang.auto,
    allow_urls: Annotated[bool, typer.Option(help="fetch http(s) URLs given as paths")] = False,
    allow_private: Annotated[bool, typer.Option(help="allow URLs on private or loopback addresses")] = False,
    retry_failures: Annotated[bool, typer.Option(help="read again every source that failed before")] = False,
) -> None:
    """Analyze articles and store documents, entities, mentions, transfers and claims."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from materiel.ingest import ReadError, read_sources
    from materiel.pipeline import analyze_document

    store = _open_store(db)
    sources = list(paths or [])
    if retry_failures:
        sources += _failed_sources(store, allow_urls)
    if not sources:
        err.print("[red]error[/red] nothing to ingest: give paths, or --retry-failures with failures recorded")
        raise typer.Exit(2)
    for source in dict.fromkeys(sources):
        if source != "-":
            store.clear_failures(source)  # read again now: its old failures no longer stand
    items = list(read_sources(sources, allow_urls=allow_urls, allow_private=allow_private, published=published))
    stored = skipped = 0
    failures: list[str] = []
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=len(items) < 3 or not err.is_terminal,
    ) as progress:
        task = progress.add_task("analyzing", total=len(items))
        for item in items:
            if isinstance(item, ReadError):
                failures.append(str(item))
                store.record_failure(item.source + (f":{item.line}" if item.line else ""), item.reason)
                progress.advance(task)
                continue
            if item.language in ("und", ""):
                item.language = lang.value
            try:
                analysis = analyze_document(item)
                if store.save(analysis):
                    stored += 1
                else:
                    skipped += 1
            except Exception as e:  # one broken document never stops the batch
                reason = f"{type(e).__name__}: {e}"
                failures.append(f"{item.source}: {reason}")
                store.record_failure(item.source or item.id, reason)
            progress.advance(task)
    err.print(f"stored {stored} new, {skipped} already stored, {len(failures)} failed  ({store!r})")
    for f in failures:
        err.print(f"  [red]failed[/red] {f}")
    if failures:
        raise typer.Exit(1)


def _failed_sources(store: Any, allow_urls: bool) -> list[str]:
    """The files (and URLs) behind the recorded failures: `feed.jsonl:3` is read as `feed.jsonl`."""
    import re

    out: list[str] = []
    for f in store.failures():
        source = str(f["source"])
        if source.startswith(("http://", "https://")):
            if allow_urls:
                out.append(source)
            continue
        base = re.sub(r"(?::\d+|\[\d+\])$", "", source)
        if Path(base).exists():
            out.append(base)
    return list(dict.fromkeys(out))


@app.command()
def transfers(
    supplier: Annotated[str | None, typer.Option(help="name (any language) or id")] = None,
    recipient: Annotated[str | None, typer.Option(help="name (any language) or id")] = None,
    item: Annotated[str | None, typer.Option(help="weapon system name or id")] = None,
    intermediary: Annotated[str | None, typer.Option(help="go-between name or id")] = None,
    category: Annotated[str | None, typer.Option(help="item category, e.g. drone")] = None,
    status: Annotated[str | None, typer.Option(help="reported, alleged, confirmed, denied, planned, requested")] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List stored transfers."""
    store = _open_store(db)
    rows = store.transfers(
        supplier=supplier, recipient=recipient, item=item, intermediary=intermediary, category=category, status=status
    )
    emit(rows, fmt, title="Transfers", flat=[_transfer_row(t) for t in rows])


@app.command()
def entities(
    type: Annotated[str | None, typer.Option("--type", help="country, armed-group, weapon-system, ...")] = None,
    q: Annotated[str | None, typer.Option("--q", help="name contains (any language)")] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List stored entities with their mention counts."""
    store = _open_store(db)
    rows = store.entities(type=type, q=q)
    flat = [
        {
            "id": r["id"],
            "name": r["name"],
            "type": r["type"],
            "country": r.get("country") or "",
            "mentions": r.get("mention_count", 0),
            "documents": r.get("document_count", 0),
        }
        for r in rows
    ]
    emit(rows, fmt, title="Entities", flat=flat)


@app.command()
def show(
    document_id: Annotated[str, typer.Argument(help="document id (or a unique prefix)")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="print one JSON object")] = False,
) -> None:
    """Print a stored document with its transfers, claims and evidence."""
    store = _open_store(db)
    doc = store.document(document_id)
    if doc is None:
        err.print(f"[red]error[/red] no document {document_id!r}")
        raise typer.Exit(1)
    if as_json:
        sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
        return
    meta = doc["document"]
    console.print(
        f"[bold]{meta['id']}[/bold]  {meta.get('language')}  published {meta.get('published') or '?'}  "
        f"{meta.get('source') or meta.get('url') or ''}"
    )
    console.print(doc.get("text", "").strip()[:600] + ("…" if len(doc.get("text", "")) > 600 else ""))
    emit([_transfer_row(t) for t in doc["transfers"]], Format.table, title="Transfers")
    for t in doc["transfers"]:
        for leg in t.get("route") or []:
            via = f" via {_name(leg['via'])}" if leg.get("via") else ""
            console.print(
                f"  route {_name(t['supplier'])} -> {_name(t['recipient'])}: {_name(leg.get('from'))} -> "
                f"{_name(leg.get('to'))}{via} ({leg.get('mode') or 'mode unknown'})"
            )
        for ev in t.get("evidence") or []:
            console.print(
                f"  [dim]{_name(t['supplier'])} -> {_name(t['recipient'])}: 「{ev['text'].strip()[:120]}」 "
                f"[{ev['start']}:{ev['end']}][/dim]"
            )
    for c in doc["claims"]:
        console.print(
            f"  claim {c['stance']}: {_name(c['speaker']) if c['speaker'] else '-'}"
            f"{' via ' + _name(c['outlet']) if c['outlet'] else ''} -> {c['target']}"
        )


@app.command()
def failures(db: DbOption = None, fmt: FormatOption = Format.table) -> None:
    """List the inputs that could not be ingested, latest first; ingesting one again clears it."""
    store = _open_store(db)
    rows = store.failures()
    flat = [{"source": r["source"], "reason": r["reason"], "when": r["at"]} for r in rows]
    if fmt is not Format.table or not rows:
        emit(rows, fmt, title="Failures", flat=flat)
        return
    # Folded, not cut with an ellipsis: the source is what the user needs to find and fix.
    table = Table(title="Failures")
    for col in flat[0]:
        table.add_column(col, overflow="fold")
    for row in flat:
        table.add_row(*row.values())
    console.print(table)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8000,
    write_token: Annotated[
        str | None, typer.Option(envvar="MATERIEL_WRITE_TOKEN", help="token that allows writing routes")
    ] = None,
) -> None:
    """Serve the JSON API and the web page over the store."""
    from materiel.web import serve as run

    run(db, host, port, write_token)


@app.command("eval")
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="gold.jsonl files (see corpus/FORMAT.md)")],
    split: Annotated[str | None, typer.Option(help="only articles of this split (dev or heldout)")] = None,
    lang: Annotated[str | None, typer.Option(help="only articles in this language (ja or en)")] = None,
    only: Annotated[str | None, typer.Option(help="only these article ids, comma-separated")] = None,
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="list misses and false finds per document")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="print the figures as JSON")] = False,
    why: Annotated[bool, typer.Option("--why", help="count where misses come from (no article is shown)")] = False,
) -> None:
    """Score the pipeline against an annotated corpus: precision, recall and F1."""
    from materiel.evaluate import evaluate_files, format_report

    report = evaluate_files(gold, split=split, lang=lang, only=[x for x in (only or "").split(",") if x])
    if as_json:
        sys.stdout.write(json.dumps(report.figures(), ensure_ascii=False) + "\n")
    else:
        console.print(format_report(report, verbose=verbose, why=why))


def main() -> None:  # pragma: no cover - console entry point
    app()
