"""The JSON API under /api/: documents, entities, transfers, claims, and the network, map and timeline data.

Every route reads the `Store` on `app.state`; the one writing route needs the operator's token.
Lists come in one envelope, `{"total", "limit", "offset", "items"}`.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from materiel.model import Analysis, Document
from materiel.store import Store
from materiel.web import graph
from materiel.web.params import (
    EntityType,
    Limit,
    Offset,
    PartialDate,
    Stance,
    TransferFilters,
    transfer_filters,
)

router = APIRouter(prefix="/api", tags=["api"])
bearer = HTTPBearer(auto_error=False, description="the operator's write token (see `materiel serve`)")
Filters = Annotated[TransferFilters, Depends(transfer_filters)]
STORED_ID_PREFIX = 16


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]


def page(items: Sequence[dict[str, Any]], total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": list(items)}


def not_found(what: str, key: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no {what} {key!r}")


# --- documents -----------------------------------------------------------------------------------


@router.get("/stats", summary="How many documents, entities, mentions, transfers, claims and failures are stored")
def stats(store: StoreDep) -> dict[str, int]:
    return store.counts()


@router.get("/documents", summary="Documents, latest first; `q` searches their title and text")
def list_documents(
    store: StoreDep,
    q: Annotated[str | None, Query(description="words that must all occur in the text or title")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    if q and q.strip():
        found = store.search_documents(q, limit=None)
        return page(found[offset : offset + limit], len(found), limit, offset)
    return page(store.documents(limit=limit, offset=offset), store.counts()["documents"], limit, offset)


@router.get("/documents/{document_id}", summary="One document with its text, entities, transfers and claims")
def get_document(
    store: StoreDep,
    document_id: Annotated[str, Path(description="the document id, or a unique prefix of 4 or more hex digits")],
) -> dict[str, Any]:
    found = store.document(document_id)
    if found is None:
        raise not_found("document", document_id)
    return found


class NewDocument(BaseModel):
    """A text to analyze and store."""

    text: str = Field(min_length=1, max_length=2_000_000, description="the article text as published")
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: PartialDate = Field(default=None, description="publication date, YYYY[-MM[-DD]]")
    language: str = Field(default="auto", pattern="^(auto|ja|en)$", description="ja, en, or auto to detect it")


def require_write_token(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> None:
    """Writing needs `Authorization: Bearer <token>` equal to the token the server was started with."""
    token: str | None = request.app.state.write_token
    if not token:
        raise HTTPException(403, "writing is disabled: the server was started without a write token")
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise HTTPException(
            401, "this route writes: send the header 'Authorization: Bearer <token>'", {"WWW-Authenticate": "Bearer"}
        )
    if not hmac.compare_digest(credentials.credentials.encode(), token.encode()):
        raise HTTPException(403, "the write token is wrong")


@router.post(
    "/documents",
    summary="Analyze a text and store it (needs the write token)",
    status_code=201,
    dependencies=[Depends(require_write_token)],
)
def add_document(body: NewDocument, request: Request, response: Response, store: StoreDep) -> dict[str, Any]:
    analyze: Callable[[Document], Analysis] = request.app.state.analyze
    document = Document(
        body.text, language=body.language, published=body.published, title=body.title, url=body.url, source=body.source
    )
    analysis = analyze(document)
    stored = store.save(analysis)
    if not stored:
        response.status_code = 200
    return {
        "id": analysis.document.id,
        "stored": stored,
        "language": analysis.document.language,
        "transfers": len(analysis.transfers),
        "claims": len(analysis.claims),
        "mentions": len(analysis.mentions),
    }


# --- entities ------------------------------------------------------------------------------------


@router.get("/entities", summary="Entities, most mentioned first; `q` matches part of a name in any language")
def list_entities(
    store: StoreDep,
    type: Annotated[EntityType | None, Query(description="entity type")] = None,
    q: Annotated[str | None, Query(description="part of any of its names, or its id")] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    found = store.entities(type=type, q=q or None)
    return page(found[offset : offset + limit], len(found), limit, offset)


@router.get("/entities/{entity_id}", summary="One entity with its names, mentions and transfers")
def get_entity(
    store: StoreDep, entity_id: Annotated[str, Path(description="an entity id, or a name only one entity has")]
) -> dict[str, Any]:
    found = store.entity(entity_id)
    if found is None:
        raise not_found("entity", entity_id)
    return found


# --- transfers and claims ------------------------------------------------------------------------


@router.get("/transfers", summary="Transfers, dated ones first by date, filtered and paginated")
def list_transfers(
    store: StoreDep,
    filters: Filters,
    document: Annotated[str | None, Query(description="a document id or prefix")] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    found = filters.transfers(store, document_id=document or None)
    return page(found[offset : offset + limit], len(found), limit, offset)


def find_transfer(store: Store, transfer_id: str) -> dict[str, Any] | None:
    """A stored transfer by id: its first 16 hex digits are those of its document."""
    prefix = transfer_id.split("-", 1)[0].lower()
    if len(prefix) != STORED_ID_PREFIX or any(c not in "0123456789abcdef" for c in prefix):
        return None
    return next((t for t in store.transfers(document_id=prefix) if t["id"] == transfer_id), None)


@router.get("/transfers/{transfer_id}", summary="One transfer with the claims made about it")
def get_transfer(store: StoreDep, transfer_id: str) -> dict[str, Any]:
    found = find_transfer(store, transfer_id)
    if found is None:
        raise not_found("transfer", transfer_id)
    return {**found, "claims_made": store.claims(target=transfer_id)}


@router.get("/claims", summary="Claims (who asserts, alleges, confirms or denies what)")
def list_claims(
    store: StoreDep,
    target: Annotated[str | None, Query(description="a transfer or claim id")] = None,
    stance: Annotated[Stance | None, Query(description="the claim's stance")] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    found = [c for c in store.claims(target=target or None) if stance is None or c["stance"] == stance]
    return page(found[offset : offset + limit], len(found), limit, offset)


# --- what the page draws -------------------------------------------------------------------------


@router.get("/network", summary="Parties as nodes, transfers as edges supplier → intermediaries → recipient")
def get_network(store: StoreDep, filters: Filters) -> dict[str, Any]:
    return graph.network(filters.transfers(store))


@router.get("/routes", summary="Route legs with the coordinates of their ends, for the map")
def get_routes(store: StoreDep, filters: Filters) -> dict[str, Any]:
    entities = {e["id"]: e for e in store.entities()}
    return graph.route_legs(filters.transfers(store), entities)


@router.get("/timeline", summary="Transfers per month per item category")
def get_timeline(store: StoreDep, filters: Filters) -> dict[str, Any]:
    return graph.timeline(filters.transfers(store))


@router.get("/search", summary="Documents (by text) and entities (by name) matching `q`, in any language")
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, description="words to find")],
    limit: Limit = 20,
) -> dict[str, Any]:
    return {
        "q": q,
        "documents": store.search_documents(q, limit=limit),
        "entities": store.entities(q=q)[:limit],
    }
