"""Load check: a bounded number of requests from several clients to `materiel serve` on loopback.

    python benchmarks/load_serve.py [--clients 8] [--requests 2000] [--db URL]

Starts `materiel serve` on 127.0.0.1 on a free port, over the store at `--db` or over a new store
filled by `materiel ingest` with the development corpus and the samples (about a minute), sends
`--requests` GETs from `--clients` concurrent asyncio clients over a mix of API routes and pages,
then prints throughput, p50/p90/p99 latency per route and overall, and the errors. Stops by
itself (after the requests, or after `--timeout` seconds) and stops the server. Not a test: the
figures depend on the machine, and the clients share its CPUs with the server.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import itertools
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
CLI = "from materiel.cli import app; app()"
# Words to look for in documents and in entity names, in both languages.
DOCUMENT_QUERIES = ["Russia", "drones", "ロシア", "北朝鮮", "Iran shipped"]
ENTITY_QUERIES = ["ira", "rus", "ロシ", "korea", "ship"]


def default_articles() -> list[Path]:
    """The corpus texts (not the gold annotations beside them) and the bundled samples."""
    found = sorted((ROOT / "corpus").glob("*/*.txt")) + sorted((ROOT / "samples").glob("*.jsonl"))
    if not found:
        raise SystemExit("no articles under corpus/ or samples/: give --db or --articles")
    return found


def loopback(host: str) -> str:
    try:
        if ipaddress.ip_address(host).is_loopback:
            return host
    except ValueError:
        pass
    raise SystemExit(f"--host {host!r}: only loopback addresses (127.0.0.1, ::1)")


def free_port(host: str) -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def fill(url: str, articles: list[Path]) -> None:
    print(f"filling {url} from {len(articles)} files (materiel ingest) ...", flush=True)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CLI, "ingest", *map(str, articles), "--db", url],
        capture_output=True,
        text=True,
        timeout=900,
    )
    summary = next((line for line in done.stderr.splitlines() if line.startswith("stored ")), done.stderr.strip())
    print(f"  {summary}  [{time.perf_counter() - started:.1f} s]")
    if done.returncode not in (0, 1):  # 1: some inputs failed, the rest is stored
        raise SystemExit(f"ingest failed ({done.returncode}):\n{done.stderr[-2000:]}")


@contextmanager
def server(url: str, host: str, port: int, log: Path) -> Iterator[str]:
    """`materiel serve` running until the block ends; yields its base URL once it answers."""
    env = {k: v for k, v in os.environ.items() if k != "MATERIEL_WRITE_TOKEN"}  # read-only
    base = f"http://{host if ':' not in host else f'[{host}]'}:{port}"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-c", CLI, "serve", "--db", url, "--host", host, "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                if proc.poll() is not None:
                    raise SystemExit(f"materiel serve exited ({proc.returncode}):\n{log.read_text()[-2000:]}")
                try:
                    if httpx.get(f"{base}/api/stats", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise SystemExit("materiel serve did not answer within 60 s")
                time.sleep(0.2)
            yield base
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def routes(base: str) -> list[tuple[str, str]]:
    """(label, path) pairs: the mix the clients cycle through, with ids taken from the store."""
    docs = httpx.get(f"{base}/api/documents", params={"limit": 20}, timeout=30).json()["items"]
    ids = [d["id"] for d in docs] or ["0000"]
    mix = [("/api/transfers", "/api/transfers"), ("/api/transfers", "/api/transfers?supplier=Iran&limit=20")]
    mix += [("/api/network", "/api/network")]
    mix += [("/api/documents?q=", f"/api/documents?q={q}") for q in DOCUMENT_QUERIES]
    mix += [("/api/entities?q=", f"/api/entities?q={q}") for q in ENTITY_QUERIES]
    mix += [("/documents/{id} page", f"/documents/{doc_id}") for doc_id in ids[:5]]
    mix += [("/api/documents/{id}", f"/api/documents/{doc_id}") for doc_id in ids[5:8]]
    return mix


@dataclass
class Results:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: Counter[str] = field(default_factory=Counter)
    elapsed: float = 0.0


async def load(base: str, mix: list[tuple[str, str]], clients: int, requests: int) -> Results:
    results = Results()
    counter = itertools.count()  # shared by the clients: one event loop, so no lock is needed

    async def client() -> None:
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)  # one connection per client
        async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as http:
            while (i := next(counter)) < requests:
                label, path = mix[i % len(mix)]
                started = time.perf_counter()
                try:
                    response = await http.get(path)
                    await response.aread()
                except httpx.HTTPError as exc:
                    results.errors[f"{label}: {type(exc).__name__}"] += 1
                    continue
                results.latencies[label].append(time.perf_counter() - started)
                if response.status_code != 200:
                    results.errors[f"{label}: HTTP {response.status_code}"] += 1

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    results.elapsed = time.perf_counter() - started
    return results


def percentiles(values: list[float]) -> tuple[float, float, float]:
    if len(values) < 2:
        v = values[0] if values else float("nan")
        return v, v, v
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return cuts[49], cuts[89], cuts[98]


def report(results: Results, clients: int, requests: int) -> None:
    done = sum(len(v) for v in results.latencies.values())
    errors = sum(results.errors.values())
    print(f"\n{requests} requests from {clients} clients in {results.elapsed:.2f} s")
    print(f"throughput  {done / results.elapsed:8.1f} requests/s  ({done} answered, {errors} errors)")
    print(f"{'route':24} {'n':>6} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for label, values in [
        *sorted(results.latencies.items()),
        ("all", list(itertools.chain(*results.latencies.values()))),
    ]:
        p50, p90, p99 = percentiles(values)
        print(f"{label:24} {len(values):6} {p50 * 1e3:8.1f} {p90 * 1e3:8.1f} {p99 * 1e3:8.1f} {max(values) * 1e3:8.1f}")
    print(f"errors      {errors}")
    for what, n in results.errors.most_common():
        print(f"  {n:6}  {what}")


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--clients", type=int, default=8, help="concurrent clients (default 8)")
    ap.add_argument("--requests", type=int, default=2000, help="requests in all (default 2000)")
    ap.add_argument("--db", help="serve this store as it is (default: a new SQLite store, filled)")
    ap.add_argument("--articles", nargs="*", type=Path, help="files to fill the new store with")
    ap.add_argument("--host", default="127.0.0.1", help="loopback address to serve on (default 127.0.0.1)")
    ap.add_argument("--timeout", type=float, default=600, help="give up after this many seconds of load")
    args = ap.parse_args()
    if args.clients < 1 or args.requests < 1:
        raise SystemExit("--clients and --requests must be at least 1")
    host = loopback(args.host)
    with tempfile.TemporaryDirectory(prefix="materiel-load-") as tmp:
        url = args.db
        if url is None:
            url = f"sqlite:///{Path(tmp) / 'load.db'}"
            fill(url, args.articles or default_articles())
        port = free_port(host)
        with server(url, host, port, Path(tmp) / "serve.log") as base:
            stats = httpx.get(f"{base}/api/stats", timeout=30).json()
            print(f"serving {url} at {base}: {stats}")
            mix = routes(base)
            asyncio.run(load(base, mix, 1, len(mix)))  # warm-up: each route once, not counted
            try:
                results = asyncio.run(
                    asyncio.wait_for(load(base, mix, args.clients, args.requests), timeout=args.timeout)
                )
            except TimeoutError:
                raise SystemExit(f"the load did not finish within {args.timeout:.0f} s") from None
        report(results, args.clients, args.requests)


if __name__ == "__main__":
    main()
