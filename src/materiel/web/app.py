"""The FastAPI application: the JSON API, the page, their error responses and security headers.

`create_app(store)` serves one `Store`, read-only unless the operator gives a write token.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from materiel.model import Analysis, Document
from materiel.store import Store, StoreError
from materiel.web import api, pages

STATIC_DIR = Path(__file__).resolve().parent / "static"

# The page loads nothing from elsewhere, runs no inline script and no inline style attribute:
# even a document that slipped past escaping could not run script.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def _default_analyze(document: Document) -> Analysis:
    # Imported when first used: the language pipeline loads spaCy models (seconds).
    from materiel.pipeline import analyze_document

    return analyze_document(document)


def create_app(
    store: Store,
    *,
    write_token: str | None = None,
    analyze: Callable[[Document], Analysis] | None = None,
) -> FastAPI:
    """The application over `store`. Writing routes need `Authorization: Bearer <write_token>`
    and are refused while `write_token` is None; `analyze` turns a posted text into an Analysis
    (the language pipeline by default)."""
    app = FastAPI(
        title="materiel",
        summary="Sourced records of arms transfers and sanctions evasion, read from news reports",
        version="0.1.0",
        # Swagger UI and ReDoc load their scripts from a CDN; the page must work offline.
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.write_token = write_token or None
    app.state.analyze = analyze or _default_analyze
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StoreError, _store_error)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def _error(request: Request, status: int, message: str, detail: Any = None, headers: Any = None) -> Response:
    if _wants_json(request):
        body = {"detail": message if detail is None else detail, "message": message}
        return JSONResponse(jsonable_encoder(body), status_code=status, headers=headers)
    return pages.error_page(request, status, message)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    message = str(exc.detail)
    if exc.status_code == 404 and request.url.path.startswith("/static/vendor/"):
        message = "this front-end library is not built: run scripts/build-web.sh"
    elif exc.status_code == 404 and message == "Not Found":
        message = f"nothing at {request.url.path}"
    return _error(request, exc.status_code, message, headers=getattr(exc, "headers", None))


def _describe(error: dict[str, Any]) -> str:
    where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body"))
    return f"{where or 'request'}: {error.get('msg', 'invalid')}"


def _plain(error: Any) -> dict[str, Any]:
    """A validation error as JSON: the message without pydantic's "Value error, " prefix, and the
    exception object in `ctx` (not JSON) as its text."""
    out = dict(error)
    out["msg"] = str(out.get("msg", "invalid")).removeprefix("Value error, ")
    if isinstance(out.get("ctx"), dict):
        out["ctx"] = {k: v if isinstance(v, str | int | float | bool) else str(v) for k, v in out["ctx"].items()}
    return out


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = [_plain(e) for e in exc.errors()]
    message = "invalid request: " + "; ".join(_describe(e) for e in errors)
    return _error(request, 422, message, detail=errors)


async def _store_error(request: Request, exc: Exception) -> Response:
    return _error(request, 400, str(exc))
