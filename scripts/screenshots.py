"""Take the README's screenshots of the page over a store: network, map and timeline.

    python scripts/screenshots.py --db sqlite:///materiel-demo.db --out docs/

Serves the store on a free loopback port and drives Debian's Chromium through Playwright.
"""

from __future__ import annotations

import argparse
import socket
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from materiel.store import Store
from materiel.web import create_app

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--db", required=True)
    ap.add_argument("--out", default="docs")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(Store(args.db)), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        for view in ("network", "map", "timeline"):
            page.goto(f"{base}/{view}")
            page.wait_for_selector(f"body[data-ready={view}]", timeout=20000)
            time.sleep(1.0)  # let the layout settle
            page.screenshot(path=str(out / f"{view}.png"))
            print(out / f"{view}.png")
        browser.close()
    server.should_exit = True
    thread.join(timeout=10)


if __name__ == "__main__":
    main()
