"""The page: server-rendered HTML views (Jinja2, autoescaped) over the same store as the API.

Network, Map and Timeline are drawn in the browser from the API by the scripts in `static/js/`;
Evidence, Transfers, Documents, Entity and Search are rendered here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode, urlsplit

import jinja2
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from materiel.model import CATEGORIES, STATUSES
from materiel.store import Store
from materiel.web.api import find_transfer, get_store
from materiel.web.graph import item_label, transfer_categories
from materiel.web.highlight import entity_href, evidence_marks, highlight
from materiel.web.params import Offset, TransferFilters, transfer_filters

HERE = Path(__file__).resolve().parent
VENDOR_DIR = HERE / "static" / "vendor"
VENDOR_FILES = ("cytoscape.min.js", "d3.min.js", "topojson-client.min.js", "countries-110m.json")
PAGE_SIZE = 50

router = APIRouter(include_in_schema=False)
# Autoescape everything, whatever the template's name: article text and names are untrusted.
templates = Jinja2Templates(env=jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True))
StoreDep = Annotated[Store, Depends(get_store)]
Filters = Annotated[TransferFilters, Depends(transfer_filters)]


def safe_url(url: str | None) -> str | None:
    """`url` if it is a web address to link to; None for javascript:, data: and anything else."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def document_href(document_id: str, fact: str | None = None) -> str:
    return f"/documents/{quote(document_id, safe='')}" + (f"#{quote(fact, safe=':-')}" if fact else "")


def transfer_href(t: dict[str, Any]) -> str:
    return document_href(str(t.get("document_id")), f"t-{t['id']}")


templates.env.filters["safe_url"] = safe_url
templates.env.filters["entity_href"] = entity_href
templates.env.filters["document_href"] = document_href
templates.env.filters["transfer_href"] = transfer_href
templates.env.filters["item_label"] = item_label
templates.env.filters["categories"] = transfer_categories
templates.env.globals["CATEGORIES"] = CATEGORIES
templates.env.globals["STATUSES"] = STATUSES


def missing_vendor() -> list[str]:
    return [name for name in VENDOR_FILES if not (VENDOR_DIR / name).is_file()]


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    store: Store = request.app.state.store
    context.setdefault("counts", store.counts())
    context.setdefault("view", name.removesuffix(".html"))
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message, "view": "error"}, status_code=status
    )


def drawn_view(request: Request, name: str, filters: TransferFilters) -> HTMLResponse:
    """Network, Map and Timeline: a filter form and a drawing the view's script fills from the API."""
    missing = missing_vendor()
    if missing:
        message = (
            f"The page's front-end libraries are missing ({', '.join(missing)}): run scripts/build-web.sh, then reload."
        )
        return error_page(request, 503, message)
    return render(request, name, filters=filters)


# --- drawn views ---------------------------------------------------------------------------------


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/network", status_code=307)


@router.get("/network", response_class=HTMLResponse)
def network_view(request: Request, filters: Filters) -> HTMLResponse:
    return drawn_view(request, "network.html", filters)


@router.get("/map", response_class=HTMLResponse)
def map_view(request: Request, filters: Filters) -> HTMLResponse:
    return drawn_view(request, "map.html", filters)


@router.get("/timeline", response_class=HTMLResponse)
def timeline_view(request: Request, filters: Filters) -> HTMLResponse:
    return drawn_view(request, "timeline.html", filters)


# --- rendered views ------------------------------------------------------------------------------


def _pager(request: Request, total: int, offset: int, limit: int = PAGE_SIZE) -> dict[str, Any]:
    params = {k: v for k, v in request.query_params.items() if k != "offset" and v}

    def at(where: int) -> str:
        return request.url.path + "?" + urlencode({**params, "offset": where})

    return {
        "total": total,
        "first": offset + 1 if total else 0,
        "last": min(offset + limit, total),
        "previous": at(max(0, offset - limit)) if offset > 0 else None,
        "next": at(offset + limit) if offset + limit < total else None,
    }


@router.get("/transfers", response_class=HTMLResponse)
def transfers_view(request: Request, store: StoreDep, filters: Filters, offset: Offset = 0) -> HTMLResponse:
    found = filters.transfers(store)
    return render(
        request,
        "transfers.html",
        filters=filters,
        transfers=found[offset : offset + PAGE_SIZE],
        paging=_pager(request, len(found), offset),
    )


@router.get("/documents", response_class=HTMLResponse)
def documents_view(
    request: Request, store: StoreDep, q: Annotated[str | None, Query()] = None, offset: Offset = 0
) -> HTMLResponse:
    if q and q.strip():
        found = store.search_documents(q, limit=None)
        shown, total = found[offset : offset + PAGE_SIZE], len(found)
    else:
        shown, total = store.documents(limit=PAGE_SIZE, offset=offset), store.counts()["documents"]
    return render(request, "documents.html", q=q or "", documents=shown, paging=_pager(request, total, offset))


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_view(request: Request, store: StoreDep, document_id: str) -> Response:
    doc = store.document(document_id)
    if doc is None:
        return error_page(request, 404, f"no document {document_id!r}")
    if doc["document"]["id"] != document_id:  # a prefix: show the one address of the document
        return RedirectResponse(document_href(doc["document"]["id"]), status_code=307)
    claims_by_target: dict[str, list[dict[str, Any]]] = {}
    for c in doc["claims"]:
        claims_by_target.setdefault(str(c["target"]), []).append(c)
    for t in doc["transfers"]:
        t["document_id"] = doc["document"]["id"]
    return render(
        request,
        "document.html",
        doc=doc,
        meta=doc["document"],
        marked_text=highlight(doc["text"], evidence_marks(doc)),
        claims_by_target=claims_by_target,
    )


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_view(request: Request, store: StoreDep, entity_id: str) -> HTMLResponse:
    entity = store.entity(entity_id)
    if entity is None:
        return error_page(request, 404, f"no entity {entity_id!r}")
    titles = {d["id"]: d for d in store.documents(limit=None)}
    by_document: dict[str, list[dict[str, Any]]] = {}
    for m in entity["mentions"]:
        by_document.setdefault(m["document_id"], []).append(m)
    return render(request, "entity.html", entity=entity, by_document=by_document, titles=titles)


@router.get("/transfers/{transfer_id}")
def transfer_redirect(request: Request, store: StoreDep, transfer_id: str) -> Response:
    """A transfer's address: its evidence in its document."""
    found = find_transfer(store, transfer_id)
    if found is None:
        return error_page(request, 404, f"no transfer {transfer_id!r}")
    return RedirectResponse(transfer_href(found), status_code=307)


@router.get("/search", response_class=HTMLResponse)
def search_view(request: Request, store: StoreDep, q: Annotated[str | None, Query()] = None) -> HTMLResponse:
    query = (q or "").strip()
    entities = store.entities(q=query)[:PAGE_SIZE] if query else []
    documents = store.search_documents(query, limit=PAGE_SIZE) if query else []
    return render(request, "search.html", q=query, entities=entities, documents=documents)
