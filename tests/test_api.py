"""The JSON API and the server-rendered page, in-process through an ASGI transport on a fixture store."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, get_args

import httpx
import pytest
from markupsafe import Markup

from conftest_web import HOSTILE_NAME, Fixture, build_store
from materiel import model
from materiel.model import Analysis, Document, Entity, Mention
from materiel.store import Store
from materiel.store._engine import sqlite_url
from materiel.web import create_app, pages
from materiel.web.highlight import Mark, highlight
from materiel.web.params import Category, EntityType, Stance, Status, check_partial_date

pytestmark = pytest.mark.anyio
TOKEN = "s3cret-token"
HOSTILE_MARKUP = ("<script>window.__pwned", "<img src=x", "<svg onload", "</textarea><textarea>")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
def fixture(tmp_path_factory: pytest.TempPathFactory) -> Fixture:
    return build_store(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def store(fixture: Fixture) -> Iterator[Store]:
    with Store(fixture.url) as opened:
        yield opened


@pytest.fixture
async def client(store: Store) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(store)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
        yield c


async def get_json(client: httpx.AsyncClient, url: str, status: int = 200) -> Any:
    response = await client.get(url)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


class _ElementText(HTMLParser):
    def __init__(self, element_id: str) -> None:
        super().__init__(convert_charrefs=True)
        self.element_id, self.depth, self.found = element_id, 0, ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth or ("id", self.element_id) in attrs:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.found += data


def element_text(page: str, element_id: str) -> str:
    """The text inside the element with this id (the page's spans and divs are all closed)."""
    parser = _ElementText(element_id)
    parser.feed(page)
    return parser.found


def ids(items: list[dict[str, Any]]) -> list[str]:
    return [str(i["id"]) for i in items]


# --- parameters ----------------------------------------------------------------------------------


def test_enums_agree_with_the_model() -> None:
    assert get_args(Category) == model.CATEGORIES
    assert get_args(Status) == model.STATUSES
    assert get_args(Stance) == model.STANCES
    assert get_args(EntityType) == model.ENTITY_TYPES


@pytest.mark.parametrize("value", ["2023", "2023-05", "2023-05-31", "2024-02-29"])
def test_partial_dates_accepted(value: str) -> None:
    assert check_partial_date(value) == value


@pytest.mark.parametrize("value", ["23", "2023-5", "2023/05", "2023-13", "2023-00", "2023-02-29", "2023-04-31", "x"])
def test_partial_dates_refused(value: str) -> None:
    with pytest.raises(ValueError):
        check_partial_date(value)


# --- documents -----------------------------------------------------------------------------------


async def test_stats(client: httpx.AsyncClient) -> None:
    stats = await get_json(client, "/api/stats")
    assert stats["documents"] == 5
    assert stats["transfers"] == 6
    assert stats["claims"] == 4


async def test_documents_list_paginated(client: httpx.AsyncClient, fixture: Fixture) -> None:
    first = await get_json(client, "/api/documents?limit=3")
    rest = await get_json(client, "/api/documents?limit=3&offset=3")
    assert first["total"] == rest["total"] == 5
    assert (len(first["items"]), len(rest["items"])) == (3, 2)
    assert sorted(ids(first["items"]) + ids(rest["items"])) == sorted(fixture.documents.values())
    assert all("transfer_count" in d for d in first["items"])


@pytest.mark.parametrize(
    ("q", "expected"),
    [("無人機", ["ja"]), ("カスピ海", ["ja"]), ("Shahed drones", ["second"]), ("Astrakhan", ["militia"])],
)
async def test_documents_search_by_text(
    client: httpx.AsyncClient, fixture: Fixture, q: str, expected: list[str]
) -> None:
    found = await get_json(client, f"/api/documents?q={q}")
    assert ids(found["items"]) == [fixture.documents[k] for k in expected]
    assert found["total"] == len(expected)
    assert q.split()[0] in found["items"][0]["snippet"]


async def test_document_with_its_facts(client: httpx.AsyncClient, fixture: Fixture) -> None:
    doc_id = fixture.documents["ja"]
    doc = await get_json(client, f"/api/documents/{doc_id}")
    assert doc["document"]["id"] == doc_id
    assert doc["text"].startswith("イランは2023年5月")
    assert [t["id"] for t in doc["transfers"]] == [fixture.transfer_id("ja")]
    assert {c["stance"] for c in doc["claims"]} == {"alleges", "denies"}
    assert "Q794" in {e["id"] for e in doc["entities"]}
    evidence = doc["transfers"][0]["evidence"][0]
    assert doc["text"][evidence["start"] : evidence["end"]] == evidence["text"]
    by_prefix = await get_json(client, f"/api/documents/{doc_id[:10]}")
    assert by_prefix["document"]["id"] == doc_id


@pytest.mark.parametrize("key", ["0000000000", "not-an-id", "abc"])
async def test_unknown_document_is_404(client: httpx.AsyncClient, key: str) -> None:
    error = await get_json(client, f"/api/documents/{key}", 404)
    assert error["message"] == f"no document {key!r}"


# --- entities ------------------------------------------------------------------------------------


async def test_entities_by_type(client: httpx.AsyncClient) -> None:
    ports = await get_json(client, "/api/entities?type=port")
    assert sorted(e["name"] for e in ports["items"]) == ["Astrakhan", "Bandar Anzali", "Rajin"]
    assert ports["total"] == 3
    page = await get_json(client, "/api/entities?type=port&limit=1&offset=1")
    assert len(page["items"]) == 1 and page["total"] == 3


@pytest.mark.parametrize(
    ("q", "name"), [("イラン", "Iran"), ("iran", "Iran"), ("アストラハン", "Astrakhan"), ("DPRK", "North Korea")]
)
async def test_entities_by_name_in_any_language(client: httpx.AsyncClient, q: str, name: str) -> None:
    found = await get_json(client, f"/api/entities?q={q}")
    assert name in [e["name"] for e in found["items"]]


async def test_entity_with_mentions_and_transfers(client: httpx.AsyncClient, fixture: Fixture) -> None:
    iran = await get_json(client, "/api/entities/Q794")
    assert iran["names"]["ja"] == ["イラン"]
    assert {m["document_id"] for m in iran["mentions"]} == {fixture.documents[k] for k in ("ja", "militia", "second")}
    assert sorted(ids(iran["transfers"])) == sorted(
        [fixture.transfer_id("ja"), fixture.transfer_id("militia"), fixture.transfer_id("second")]
    )


async def test_unknown_entity_is_404(client: httpx.AsyncClient) -> None:
    error = await get_json(client, "/api/entities/Q0", 404)
    assert "Q0" in error["message"]


async def test_bad_entity_type_is_422(client: httpx.AsyncClient) -> None:
    error = await get_json(client, "/api/entities?type=planet", 422)
    assert error["message"].startswith("invalid request: type:")
    assert error["detail"][0]["loc"] == ["query", "type"]


# --- transfers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("supplier=Iran", ["ja", "second"]),
        ("supplier=イラン", ["ja", "second"]),
        ("supplier=Q794&status=denied", ["ja"]),
        ("recipient=Russia", ["ja", "nk", "militia", "second", "second/t1", "hostile"]),
        ("intermediary=Iran", ["militia"]),
        ("item=Shahed-136", ["ja", "second"]),
        ("category=drone", ["ja", "second"]),
        ("category=air-defence", ["second/t1"]),
        ("status=requested", ["second/t1"]),
        ("date_from=2024", ["nk", "hostile"]),
        ("date_from=2023-05&date_to=2023-05", ["ja", "militia"]),
        ("date_from=2023-06-01&date_to=2023-12-31", ["militia", "second"]),
        ("supplier=Nobody", []),
    ],
)
async def test_transfer_filters(client: httpx.AsyncClient, fixture: Fixture, query: str, expected: list[str]) -> None:
    found = await get_json(client, f"/api/transfers?{query}")
    wanted = [fixture.transfer_id(*key.split("/")) for key in expected]
    assert sorted(ids(found["items"])) == sorted(wanted)
    assert found["total"] == len(wanted)


async def test_transfers_paginated(client: httpx.AsyncClient) -> None:
    pages_seen = [await get_json(client, f"/api/transfers?limit=4&offset={o}") for o in (0, 4)]
    assert [p["total"] for p in pages_seen] == [6, 6]
    assert [len(p["items"]) for p in pages_seen] == [4, 2]
    assert len(set(ids(pages_seen[0]["items"]) + ids(pages_seen[1]["items"]))) == 6
    assert pages_seen[1]["offset"] == 4 and pages_seen[1]["limit"] == 4


@pytest.mark.parametrize(
    ("query", "where", "says"),
    [
        ("date_from=2023-13", "date_from", "month must be 01 to 12"),
        ("date_from=2023-02-30", "date_from", "not a day of that month"),
        ("date_to=23", "date_to", "YYYY, YYYY-MM or YYYY-MM-DD"),
        ("date_to=2023/05", "date_to", "YYYY, YYYY-MM or YYYY-MM-DD"),
        ("date_from=2024&date_to=2023-12", "date_to", "is before date_from"),
        ("category=nukes", "category", "Input should be"),
        ("status=rumoured", "status", "Input should be"),
        ("limit=0", "limit", "greater than or equal to 1"),
        ("limit=5000", "limit", "less than or equal to 1000"),
        ("offset=-1", "offset", "greater than or equal to 0"),
        ("limit=many", "limit", "valid integer"),
    ],
)
async def test_bad_transfer_parameters_are_422(client: httpx.AsyncClient, query: str, where: str, says: str) -> None:
    error = await get_json(client, f"/api/transfers?{query}", 422)
    assert error["message"].startswith(f"invalid request: {where}: ")
    assert says in error["message"]
    assert error["detail"][0]["loc"] == ["query", where]


@pytest.mark.parametrize("route", ["/api/network", "/api/routes", "/api/timeline"])
async def test_drawn_data_validates_dates(client: httpx.AsyncClient, route: str) -> None:
    error = await get_json(client, f"{route}?date_to=2023-99", 422)
    assert "date_to" in error["message"]


async def test_one_transfer_with_its_claims(client: httpx.AsyncClient, fixture: Fixture) -> None:
    tid = fixture.transfer_id("ja")
    transfer = await get_json(client, f"/api/transfers/{tid}")
    assert transfer["id"] == tid
    assert transfer["document_id"] == fixture.documents["ja"]
    assert sorted(c["stance"] for c in transfer["claims_made"]) == ["alleges", "denies"]
    await get_json(client, "/api/transfers/0123456789abcdef-t9", 404)
    await get_json(client, "/api/transfers/nonsense", 404)


async def test_claims(client: httpx.AsyncClient, fixture: Fixture) -> None:
    every = await get_json(client, "/api/claims")
    assert every["total"] == 4
    denials = await get_json(client, "/api/claims?stance=denies")
    assert [c["speaker"]["name"] for c in denials["items"]] == ["Moscow"]
    on_militia = await get_json(client, f"/api/claims?target={fixture.transfer_id('militia')}")
    assert [c["speaker"]["name"] for c in on_militia["items"]] == ["a militia commander"]
    await get_json(client, "/api/claims?stance=shrugs", 422)


# --- network, routes, timeline, search -----------------------------------------------------------


async def test_network(client: httpx.AsyncClient, fixture: Fixture) -> None:
    net = await get_json(client, "/api/network")
    nodes = {n["id"]: n for n in net["nodes"]}
    assert {"Q794", "Q159", "Q148", "Q423", "mat:iraqi-militias", "mat:hostile-group"} == set(nodes)
    assert nodes["Q794"]["roles"] == ["supplier", "intermediary"] or set(nodes["Q794"]["roles"]) == {
        "supplier",
        "intermediary",
    }
    assert nodes["mat:iraqi-militias"]["type"] == "armed-group"
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    assert set(edges) == {
        ("Q794", "Q159"),
        ("mat:iraqi-militias", "Q794"),
        ("Q423", "Q159"),
        ("Q148", "Q159"),
        ("mat:hostile-group", "Q159"),
    }
    iran_russia = edges[("Q794", "Q159")]
    # The drones (two documents) and the militia rockets through Iran (a third).
    assert iran_russia["weight"] == 3
    assert iran_russia["transfer_count"] == 3
    assert iran_russia["contested"] is True
    assert sorted(iran_russia["documents"]) == sorted(fixture.documents[k] for k in ("ja", "militia", "second"))
    assert edges[("Q148", "Q159")]["status"] == "requested"
    drones = await get_json(client, "/api/network?category=drone")
    assert [(e["source"], e["target"], e["weight"]) for e in drones["edges"]] == [("Q794", "Q159", 2)]


async def test_routes(client: httpx.AsyncClient) -> None:
    routes = await get_json(client, "/api/routes")
    assert routes["unplaced"] == 0
    legs = {(leg["from"]["name"], leg["to"]["name"], leg["mode"]) for leg in routes["legs"]}
    assert legs == {
        ("Bandar Anzali", "Astrakhan", "sea"),
        ("Rajin", "Khasan", "rail"),
        ("Salamja border crossing", "Iran", "land"),
    }
    into_iran = next(leg for leg in routes["legs"] if leg["to"]["name"] == "Iran")
    # Iran was stored without coordinates: the gazetteer's centroid stands in.
    assert into_iran["to"]["precision"] == "centroid"
    lat, lon = into_iran["to"]["coordinates"]
    assert 25 < lat < 40 and 44 < lon < 63
    caspian = next(leg for leg in routes["legs"] if leg["via"])
    assert caspian["via"]["name"] == "Caspian Sea" and caspian["via"]["precision"] == "exact"
    assert caspian["from"]["coordinates"] == [37.47, 49.46]
    rail = await get_json(client, "/api/routes?supplier=North Korea")
    assert [leg["mode"] for leg in rail["legs"]] == ["rail"]


async def test_timeline(client: httpx.AsyncClient) -> None:
    timeline = await get_json(client, "/api/timeline")
    months = [m["month"] for m in timeline["months"]]
    assert months[0] == "2023-05" and months[-1] == "2024-06"
    assert len(months) == 14  # every month in between, empty ones included
    by_month = {m["month"]: m["counts"] for m in timeline["months"]}
    assert by_month["2023-05"] == {"drone": 1}
    assert by_month["2024-03"] == {"artillery-ammunition": 1}
    assert by_month["2023-06"] == {}
    assert timeline["year_only"] == [{"year": "2023", "counts": {"rocket-launcher": 1}, "total": 1}]
    assert timeline["undated"] == 1
    assert "air-defence" in timeline["categories"]
    drones = await get_json(client, "/api/timeline?category=drone")
    assert [m["month"] for m in drones["months"]] == ["2023-05", "2023-06", "2023-07", "2023-08"]


async def test_search_across_documents_and_entities(client: httpx.AsyncClient, fixture: Fixture) -> None:
    found = await get_json(client, "/api/search?q=イラン")
    assert [e["id"] for e in found["entities"]] == ["Q794"]
    assert ids(found["documents"]) == [fixture.documents["ja"]]
    english = await get_json(client, "/api/search?q=Rajin")
    assert [e["name"] for e in english["entities"]] == ["Rajin"]
    assert ids(english["documents"]) == [fixture.documents["nk"]]
    error = await get_json(client, "/api/search", 422)
    assert error["message"] == "invalid request: q: Field required"


async def test_openapi(client: httpx.AsyncClient) -> None:
    spec = await get_json(client, "/openapi.json")
    for path in (
        "/api/documents",
        "/api/documents/{document_id}",
        "/api/entities",
        "/api/entities/{entity_id}",
        "/api/transfers",
        "/api/claims",
        "/api/network",
        "/api/routes",
        "/api/timeline",
        "/api/search",
    ):
        assert path in spec["paths"], path
    params = {p["name"]: p for p in spec["paths"]["/api/transfers"]["get"]["parameters"]}
    assert {
        "supplier",
        "recipient",
        "intermediary",
        "item",
        "category",
        "status",
        "date_from",
        "date_to",
        "limit",
        "offset",
    } <= set(params)
    assert "YYYY-MM-DD" in params["date_from"]["description"]
    assert not any(p.startswith(("/network", "/documents", "/static")) for p in spec["paths"])


async def test_unknown_api_route_is_json_404(client: httpx.AsyncClient) -> None:
    error = await get_json(client, "/api/nothing", 404)
    assert error["message"] == "nothing at /api/nothing"


# --- writing -------------------------------------------------------------------------------------


def fake_analyze(document: Document) -> Analysis:
    """Stands in for the language pipeline: finds Iran wherever its name occurs."""
    iran = Entity("Q794", "country", "Iran", {"en": ["Iran"]}, country="IRN")
    mentions = [Mention("Q794", m.start(), m.end(), "Iran") for m in re.finditer("Iran", document.text)]
    if document.language == "auto":
        document.language = "en"
    return Analysis(document, {"Q794": iran}, mentions)


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    with Store(sqlite_url(tmp_path / "empty.db")) as opened:
        yield opened


def writer(store: Store, token: str | None) -> httpx.AsyncClient:
    app = create_app(store, write_token=token, analyze=fake_analyze)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")


NEW = {"text": "Iran sent drones.", "title": "New", "published": "2024-05"}


async def test_writing_is_disabled_without_a_token(empty_store: Store) -> None:
    async with writer(empty_store, None) as c:
        response = await c.post("/api/documents", json=NEW, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 403
    assert "without a write token" in response.json()["message"]
    assert empty_store.counts()["documents"] == 0


@pytest.mark.parametrize(
    ("headers", "status"),
    [({}, 401), ({"Authorization": "Basic czNjcmV0"}, 401), ({"Authorization": "Bearer wrong"}, 403)],
)
async def test_writing_needs_the_right_token(empty_store: Store, headers: dict[str, str], status: int) -> None:
    async with writer(empty_store, TOKEN) as c:
        response = await c.post("/api/documents", json=NEW, headers=headers)
        invalid_body = await c.post("/api/documents", json={"title": "no text"}, headers=headers)
    assert response.status_code == status, response.text
    assert invalid_body.status_code == status  # refused before the body is even looked at
    if status == 401:
        assert response.headers["www-authenticate"] == "Bearer"
        assert "Authorization: Bearer" in response.json()["message"]
    assert empty_store.counts()["documents"] == 0


async def test_writing_with_the_token(empty_store: Store) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    async with writer(empty_store, TOKEN) as c:
        created = await c.post("/api/documents", json=NEW, headers=auth)
        again = await c.post("/api/documents", json=NEW, headers=auth)
        bad = await c.post("/api/documents", json={"text": "", "published": "2024-13"}, headers=auth)
        stored = (await c.get(f"/api/documents/{created.json()['id']}")).json()
    assert created.status_code == 201, created.text
    assert created.json()["stored"] is True and created.json()["mentions"] == 1
    assert again.status_code == 200 and again.json()["stored"] is False
    assert bad.status_code == 422
    assert "text:" in bad.json()["message"] and "published:" in bad.json()["message"]
    assert stored["document"]["title"] == "New" and stored["document"]["published"] == "2024-05"
    assert empty_store.counts()["documents"] == 1


async def test_reading_routes_do_not_write(client: httpx.AsyncClient) -> None:
    for method in ("PUT", "DELETE", "PATCH"):
        response = await client.request(method, "/api/documents")
        assert response.status_code == 405


# --- the page ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/network", "/map", "/timeline", "/transfers", "/documents", "/search?q=Iran", "/entities/Q794", "/search"]
)
async def test_pages_render(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "<script>" not in response.text  # no inline script anywhere
    for src in re.findall(r'(?:src|href)="([^"]+)"', response.text):
        assert src.startswith(("/", "#", "?")), f"{path} loads {src} from elsewhere"


async def test_home_goes_to_the_network(client: httpx.AsyncClient) -> None:
    response = await client.get("/")
    assert response.status_code == 307 and response.headers["location"] == "/network"


async def test_evidence_page_anchors_each_transfer(client: httpx.AsyncClient, fixture: Fixture) -> None:
    tid = fixture.transfer_id("ja")
    page = (await client.get(f"/documents/{fixture.documents['ja']}")).text
    # The element the links point at holds exactly the transfer's evidence.
    assert element_text(page, f"t-{tid}") == "イランは2023年5月、ロシアに無人機「シャヘド136」300機を供与した"
    assert element_text(page, "m-0-3") == "イラン"
    assert 'lang="ja"' in page
    assert 'data-href="/entities/Q794"' in page
    assert "Claim: Moscow denies: Transfer Iran → Russia" in page
    redirect = await client.get(f"/transfers/{tid}")
    assert redirect.status_code == 307
    assert redirect.headers["location"] == f"/documents/{fixture.documents['ja']}#t-{tid}"
    prefix = await client.get(f"/documents/{fixture.documents['ja'][:8]}")
    assert prefix.status_code == 307 and prefix.headers["location"] == f"/documents/{fixture.documents['ja']}"


async def test_transfer_rows_link_to_their_evidence(client: httpx.AsyncClient, fixture: Fixture) -> None:
    page = (await client.get("/transfers?supplier=North Korea")).text
    assert f'href="/documents/{fixture.documents["nk"]}#t-{fixture.transfer_id("nk")}"' in page
    assert "Rajin → Khasan (rail)" in page


async def test_page_errors(client: httpx.AsyncClient) -> None:
    missing = await client.get("/documents/ffffffffff")
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]
    assert "no document &#39;ffffffffff&#39;" in missing.text
    bad = await client.get("/network?date_from=May")
    assert bad.status_code == 422 and "date_from" in bad.text and "YYYY" in bad.text
    nowhere = await client.get("/nowhere")
    assert nowhere.status_code == 404 and "nothing at /nowhere" in nowhere.text


async def test_missing_front_end_libraries_are_explained(
    client: httpx.AsyncClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pages, "VENDOR_DIR", tmp_path)
    page = await client.get("/network")
    assert page.status_code == 503
    assert "run scripts/build-web.sh" in page.text
    library = await client.get("/static/vendor/not-there.js")
    assert library.status_code == 404 and "run scripts/build-web.sh" in library.text
    evidence_still_works = await client.get("/documents")
    assert evidence_still_works.status_code == 200


# --- hostile documents ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["document", "entity", "search", "transfers", "documents", "search-doc"])
async def test_hostile_text_is_escaped(client: httpx.AsyncClient, fixture: Fixture, kind: str) -> None:
    path = {
        "document": f"/documents/{fixture.documents['hostile']}",
        "entity": "/entities/mat:hostile-group",
        "search": "/search?q=img",
        "transfers": "/transfers",
        "documents": "/documents",
        "search-doc": "/search?q=textarea",
    }[kind]
    page = (await client.get(path)).text
    for raw in HOSTILE_MARKUP:
        assert raw not in page, f"{raw!r} reached {path} unescaped"
    assert "javascript:" not in "".join(re.findall(r'href="([^"]*)"', page))
    assert "&lt;img src=x onerror=" in page or "&lt;script&gt;window.__pwned" in page  # shown, as text
    assert page.count("<script") == page.count("<script src=")


async def test_hostile_document_in_the_api_is_data(client: httpx.AsyncClient, fixture: Fixture) -> None:
    doc = await get_json(client, f"/api/documents/{fixture.documents['hostile']}")
    assert doc["document"]["url"] == "javascript:window.__pwned=1"
    net = await get_json(client, "/api/network")
    assert HOSTILE_NAME in [n["name"] for n in net["nodes"]]


async def test_hostile_url_is_not_linked(client: httpx.AsyncClient, fixture: Fixture) -> None:
    page = (await client.get(f"/documents/{fixture.documents['hostile']}")).text
    assert '<span class="unsafe-url"' in page
    safe = (await client.get(f"/documents/{fixture.documents['ja']}")).text
    assert 'href="https://example.jp/news/1" rel="noopener noreferrer nofollow"' in safe


# --- highlighting --------------------------------------------------------------------------------


def test_highlight_nests_and_escapes() -> None:
    text = "A <b> supplied B & C."
    marks = [
        Mark(0, 20, "transfer", "t-1", 'T "1"'),
        Mark(0, 1, "mention", "m-0-1", "A", "/entities/a"),
        Mark(2, 5, "item", "t-1-i0", "<b>"),
    ]
    html = highlight(text, marks)
    assert isinstance(html, Markup)
    assert html.startswith('<span id="t-1" class="hl hl-transfer" data-fact="t-1" data-label="T &#34;1&#34;">')
    assert "&lt;b&gt;</span>" in html and "B &amp; C</span>." in html
    assert re.sub(r"<[^>]+>", "", html) == str(Markup.escape(text))


def test_highlight_cuts_crossing_spans() -> None:
    text = "one two three four"
    html = highlight(text, [Mark(0, 7, "transfer", "t-1", "x"), Mark(4, 13, "claim", "c-1", "y")])
    # The claim crosses the end of the transfer: cut there, continued after, one id only.
    assert html == (
        '<span id="t-1" class="hl hl-transfer" data-fact="t-1" data-label="x">one '
        '<span id="c-1" class="hl hl-claim" data-fact="c-1" data-label="y">two</span></span>'
        '<span class="hl hl-claim" data-fact="c-1" data-label="y"> three</span> four'
    )


def test_highlight_ignores_spans_outside_the_text() -> None:
    assert highlight("abc", [Mark(2, 9, "mention", "m", "x"), Mark(1, 1, "mention", "n", "y")]) == "abc"


async def test_an_empty_store(empty_store: Store) -> None:
    async with writer(empty_store, None) as c:
        assert (await get_json(c, "/api/network")) == {"nodes": [], "edges": []}
        assert (await get_json(c, "/api/routes")) == {"legs": [], "unplaced": 0}
        timeline = await get_json(c, "/api/timeline")
        assert timeline["months"] == [] and timeline["undated"] == 0
        assert (await get_json(c, "/api/transfers"))["total"] == 0
        for path in ("/network", "/map", "/timeline", "/transfers", "/documents", "/search?q=x"):
            assert (await c.get(path)).status_code == 200, path
