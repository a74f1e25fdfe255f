"""The JSON API and the web page over a store: `create_app(store)` and `serve(...)` for `materiel serve`.

The page's front-end libraries are built into `static/vendor/` by `scripts/build-web.sh`.
"""

from __future__ import annotations

import sys

from materiel.web.app import create_app

__all__ = ["create_app", "serve"]


def serve(db_url: str | None, host: str, port: int, write_token: str | None) -> None:
    """Serve the store at `db_url` (the default store when None) on http://host:port/ until stopped.

    Read-only unless `write_token` is given: then `POST /api/documents` with
    `Authorization: Bearer <write_token>` analyzes and stores a text.
    """
    import uvicorn

    from materiel.store import Store
    from materiel.web.pages import missing_vendor

    missing = missing_vendor()
    if missing:
        print(
            f"materiel serve: the page's front-end libraries are missing ({', '.join(missing)}): "
            "run scripts/build-web.sh; the JSON API works without them",
            file=sys.stderr,
        )
    with Store(db_url) as store:
        uvicorn.run(create_app(store, write_token=write_token), host=host, port=port, log_level="info")
