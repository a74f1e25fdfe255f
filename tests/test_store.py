"""The store: saving analyses atomically, querying them back, migrations and concurrent use of a file."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from materiel.model import (
    Analysis,
    Claim,
    Document,
    Entity,
    Item,
    Mention,
    Party,
    Quantity,
    RouteLeg,
    Span,
    Transfer,
)
from materiel.store import Store, StoreError, default_url
from materiel.store import _write as store_write
from materiel.store._engine import alembic_config, sqlite_url
from materiel.store.schema import metadata

# --- entities of the examples ----------------------------------------------------------------------

IRAN = Entity("Q794", "country", "Iran", {"en": ["Iran", "Islamic Republic of Iran"], "ja": ["イラン"]}, country="IRN")
RUSSIA = Entity("Q159", "country", "Russia", {"en": ["Russia", "Russian Federation"], "ja": ["ロシア"]}, country="RUS")
NORTH_KOREA = Entity("Q423", "country", "North Korea", {"en": ["North Korea", "DPRK"], "ja": ["北朝鮮"]}, country="PRK")
MOSCOW = Entity(
    "Q649", "city", "Moscow", {"ja": ["モスクワ"]}, country="RUS", coordinates=(55.75, 37.62), stands_for="Q159"
)
CASPIAN = Entity("Q5484", "sea", "Caspian Sea", {"ja": ["カスピ海"]})
RASON = Entity("mat:rason", "port", "Rason", {"ja": ["羅先"]}, country="PRK", coordinates=(42.25, 130.3))
SHAHED = Entity(
    "mat:shahed-136", "weapon-system", "Shahed-136", {"en": ["Shahed 136"], "ja": ["シャヘド136"]}, category="drone"
)


def span(text: str, surface: str, after: int = 0) -> Span:
    start = text.index(surface, after)
    return Span(start, start + len(surface), surface)


def mention(text: str, entity: Entity, surface: str, after: int = 0) -> Mention:
    s = span(text, surface, after)
    return Mention(entity.id, s.start, s.end, surface)


def party(text: str, entity: Entity, surface: str) -> Party:
    return Party(entity, span=span(text, surface))


# Example sentences written for these tests.
JA_TEXT = (
    "イランは2023年5月、ロシアに無人機「シャヘド136」300機を供与したと米当局者が明らかにした。"
    "無人機はカスピ海を船で運ばれたという。モスクワはこの報道を否定した。中国は関与していない。"
)
EN_TEXT = (
    "North Korea shipped artillery shells to Russia by rail through Rason in March 2024, officials in Seoul said. "
    "Moscow called the report groundless."
)


def japanese_analysis(text: str = JA_TEXT) -> Analysis:
    doc = Document(
        text,
        language="ja",
        published="2023-06-01",
        title="イランの無人機",
        url="https://example.jp/a1",
        source="a1.html",
    )
    drones = span(text, "無人機「シャヘド136」300機")
    item = Item("drone", drones.start, drones.end, drones.text, entity=SHAHED, quantity=Quantity(300, "300機"))
    transfer = Transfer(
        "t0",
        supplier=party(text, IRAN, "イラン"),
        recipient=party(text, RUSSIA, "ロシア"),
        items=[item],
        date="2023-05",
        route=[RouteLeg(IRAN, RUSSIA, mode="sea", via=CASPIAN, evidence=[span(text, "カスピ海を船で運ばれた")])],
        status="denied",
        trigger=span(text, "供与"),
        claims=["c0", "c1"],
        evidence=[span(text, "イランは2023年5月、ロシアに無人機「シャヘド136」300機を供与した")],
    )
    officials = Entity("mat:us-officials", "state-body", "US officials", {"ja": ["米当局者"]}, provisional=True)
    claims = [
        Claim("c0", Party(officials), None, "alleges", "t0", evidence=[span(text, "米当局者が明らかにした")]),
        Claim("c1", party(text, MOSCOW, "モスクワ"), None, "denies", "t0", evidence=[span(text, "この報道を否定した")]),
    ]
    mentions = [
        mention(text, IRAN, "イラン"),
        mention(text, RUSSIA, "ロシア"),
        mention(text, SHAHED, "シャヘド136"),
        mention(text, CASPIAN, "カスピ海"),
        mention(text, MOSCOW, "モスクワ"),
        mention(text, officials, "米当局者"),
    ]
    found = {e.id: e for e in (IRAN, RUSSIA, SHAHED, CASPIAN, MOSCOW, officials)}
    return Analysis(doc, found, mentions, [transfer], claims)


def english_analysis(text: str = EN_TEXT) -> Analysis:
    doc = Document(text, language="en", published="2024-04-02", title="Shells by rail", source="b2.txt")
    shells = span(text, "artillery shells")
    transfer = Transfer(
        "t0",
        supplier=party(text, NORTH_KOREA, "North Korea"),
        recipient=party(text, RUSSIA, "Russia"),
        intermediaries=[Party(None, "a shipping broker")],
        items=[Item("artillery-ammunition", shells.start, shells.end, shells.text, name="artillery shells")],
        date="2024-03",
        route=[RouteLeg(NORTH_KOREA, RUSSIA, mode="rail", via=RASON)],
        status="reported",
        trigger=span(text, "shipped"),
        evidence=[span(text, "North Korea shipped artillery shells to Russia by rail through Rason in March 2024")],
    )
    mentions = [
        mention(text, NORTH_KOREA, "North Korea"),
        mention(text, RUSSIA, "Russia"),
        mention(text, RASON, "Rason"),
        mention(text, MOSCOW, "Moscow"),
    ]
    found = {e.id: e for e in (NORTH_KOREA, RUSSIA, RASON, MOSCOW)}
    claim = Claim("c0", party(text, MOSCOW, "Moscow"), None, "denies", "t0", evidence=[span(text, "groundless")])
    return Analysis(doc, found, mentions, [transfer], [claim])


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'materiel.db'}"


@pytest.fixture
def store(db_url: str) -> Any:
    with Store(db_url) as s:
        yield s


@pytest.fixture
def filled(store: Store) -> Store:
    assert store.save(japanese_analysis())
    assert store.save(english_analysis())
    return store


def ids(rows: list[dict[str, Any]]) -> list[str]:
    return [r["id"] for r in rows]


# --- round trip ------------------------------------------------------------------------------------


def test_transfer_round_trip_keeps_the_json_shape(filled: Store) -> None:
    ja = japanese_analysis()
    prefix = ja.document.id[:16]
    (row,) = filled.transfers(document_id=ja.document.id)
    expected = ja.transfers[0].to_dict()
    expected |= {"id": f"{prefix}-t0", "claims": [f"{prefix}-c0", f"{prefix}-c1"], "document_id": ja.document.id}
    assert row == expected


@pytest.mark.parametrize("supplier", ["iran", "IRAN", "Islamic Republic of Iran", "イラン", "Q794", "q794"])
def test_supplier_filter_matches_id_and_names_in_any_language(filled: Store, supplier: str) -> None:
    rows = filled.transfers(supplier=supplier)
    assert [r["supplier"]["id"] for r in rows] == ["Q794"]


def test_recipient_filter_and_entities_standing_for_a_country(filled: Store) -> None:
    assert len(filled.transfers(recipient="ロシア")) == 2
    assert len(filled.transfers(recipient="russian federation")) == 2
    assert filled.transfers(supplier="russia") == []
    assert filled.transfers(supplier="no such country") == []


def test_item_category_intermediary_and_status_filters(filled: Store) -> None:
    assert [r["items"][0]["name"] for r in filled.transfers(item="シャヘド136")] == ["Shahed-136"]
    assert len(filled.transfers(item="shahed 136")) == 1
    assert len(filled.transfers(item="mat:shahed-136")) == 1
    assert [r["supplier"]["name"] for r in filled.transfers(item="Artillery Shells")] == ["North Korea"]
    assert [r["supplier"]["name"] for r in filled.transfers(category="artillery-ammunition")] == ["North Korea"]
    assert [r["supplier"]["name"] for r in filled.transfers(intermediary="a shipping broker")] == ["North Korea"]
    assert [r["status"] for r in filled.transfers(status="denied")] == ["denied"]
    assert filled.transfers(status="confirmed") == []


def test_date_range_is_inclusive_and_understands_partial_dates(filled: Store) -> None:
    def dates(**kw: str) -> list[str]:
        return [r["date"] for r in filled.transfers(**kw)]

    assert dates() == ["2023-05", "2024-03"]
    assert dates(date_from="2024") == ["2024-03"]
    assert dates(date_to="2023") == ["2023-05"]
    assert dates(date_from="2023-05-10", date_to="2023-05-20") == ["2023-05"]
    assert dates(date_from="2023-06", date_to="2024-02") == []
    assert dates(date_from="2023-01-01", date_to="2024-12-31") == ["2023-05", "2024-03"]


def test_limit_offset_and_hostile_input(filled: Store) -> None:
    assert len(filled.transfers(limit=1)) == 1
    assert filled.transfers(limit=1, offset=1)[0]["date"] == "2024-03"
    assert filled.transfers(supplier="' OR 1=1 --") == []
    assert filled.transfers(item="%") == []
    assert filled.search_documents('"; DROP TABLE documents; --') == []
    assert filled.counts()["documents"] == 2


def test_document_has_the_shape_of_the_analysis_plus_text(filled: Store) -> None:
    ja = japanese_analysis()
    doc = filled.document(ja.document.id)
    assert doc is not None
    expected = ja.to_dict()
    assert doc["text"] == JA_TEXT
    assert {k: v for k, v in doc["document"].items() if k != "ingested_at"} == expected["document"]
    assert doc["entities"] == expected["entities"]
    assert [t["id"] for t in doc["transfers"]] == [f"{ja.document.id[:16]}-t0"]
    assert [c["target"] for c in doc["claims"]] == [f"{ja.document.id[:16]}-t0"] * 2
    assert [c["stance"] for c in doc["claims"]] == ["alleges", "denies"]


def test_document_by_unique_prefix(filled: Store) -> None:
    doc_id = english_analysis().document.id
    for key in (doc_id, doc_id[:12], doc_id[:4].upper()):
        found = filled.document(key)
        assert found is not None and found["document"]["id"] == doc_id
    assert filled.document("0" * 64) is None
    assert filled.document("abc") is None  # too short to be a prefix
    assert filled.document("not-hex") is None


def test_ambiguous_prefix_is_an_error(store: Store) -> None:
    for n in (1, 2):
        store.save(Analysis(Document(f"text {n}", id=f"abcd{n}" + "0" * 59)))
    assert store.document("abcd1") is not None
    with pytest.raises(StoreError, match="ambiguous"):
        store.document("abcd")


def test_entities_with_counts_and_one_entity_with_mentions_and_transfers(filled: Store) -> None:
    countries = filled.entities(type="country")
    assert {e["id"]: e["mention_count"] for e in countries} == {"Q794": 1, "Q159": 2, "Q423": 1}
    assert filled.entities(q="シャヘド")[0]["id"] == "mat:shahed-136"
    assert ids(filled.entities(q="q649")) == ["Q649"]
    russia = filled.entity("Q159")
    assert russia is not None
    assert russia["names"]["ja"] == ["ロシア"]
    assert {m["document_id"] for m in russia["mentions"]} == {
        japanese_analysis().document.id,
        english_analysis().document.id,
    }
    assert len(russia["transfers"]) == 2
    caspian = filled.entity("カスピ海")  # a name only one entity has
    assert caspian is not None and caspian["id"] == "Q5484" and len(caspian["transfers"]) == 1
    assert filled.entity("nowhere") is None


def test_claims_by_target_and_counts(filled: Store) -> None:
    tid = filled.transfers(supplier="north korea")[0]["id"]
    (claim,) = filled.claims(target=tid)
    assert claim["stance"] == "denies" and claim["speaker"]["id"] == "Q649"
    assert len(filled.claims()) == 3
    assert filled.counts() == {
        "documents": 2,
        "entities": 8,
        "mentions": 10,
        "transfers": 2,
        "claims": 3,
        "failures": 0,
    }


def test_documents_listing(filled: Store) -> None:
    listed = filled.documents()
    assert {d["language"] for d in listed} == {"ja", "en"}
    assert all(d["transfer_count"] == 1 for d in listed)
    assert [d["title"] for d in filled.documents(q="BY RAIL")] == ["Shells by rail"]
    assert len(filled.documents(limit=1)) == 1


# --- search --------------------------------------------------------------------------------------


def test_full_text_search_in_japanese_and_english(filled: Store) -> None:
    ja_id, en_id = japanese_analysis().document.id, english_analysis().document.id
    assert ids(filled.search_documents("無人機")) == [ja_id]
    assert ids(filled.search_documents("カスピ海 モスクワ")) == [ja_id]
    assert ids(filled.search_documents("中国")) == [ja_id]  # two characters: below the trigram size
    assert ids(filled.search_documents("SHELLS")) == [en_id]
    assert ids(filled.search_documents("Moscow")) == [en_id]
    assert filled.search_documents("潜水艦") == []
    assert "無人機" in filled.search_documents("無人機")[0]["snippet"]


def test_search_uses_the_trigram_index(db_url: str, filled: Store) -> None:
    path = sa.make_url(db_url).database
    assert path is not None
    with sqlite3.connect(path) as raw:
        (sql,) = raw.execute("SELECT sql FROM sqlite_master WHERE name = 'documents_fts'").fetchone()
        assert "trigram" in sql
        assert raw.execute(
            "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '\"シャヘド\"'"
        ).fetchone() == (1,)


# --- saving: once, atomically, entities merged, failures cleared ----------------------------------------


def test_same_document_twice_is_stored_once(filled: Store) -> None:
    before = filled.counts()
    again = japanese_analysis()
    again.document.source = "mirror.html"
    assert filled.save(again) is False
    assert filled.counts() == before


def test_a_failure_half_way_leaves_nothing_stored(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: Any) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_write, "_insert_transfers", boom)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.save(japanese_analysis())
    assert set(store.counts().values()) == {0}
    monkeypatch.undo()
    assert store.save(japanese_analysis()) is True
    assert store.counts()["transfers"] == 1


def test_mention_of_an_unknown_entity_is_refused(store: Store) -> None:
    analysis = english_analysis()
    analysis.mentions.append(Mention("Q0", 0, 5, "North"))
    with pytest.raises(StoreError, match="unknown entity"):
        store.save(analysis)
    assert store.counts()["documents"] == 0


def test_two_claims_with_one_id_are_refused_with_a_short_reason(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    analysis = japanese_analysis()
    analysis.claims[1].id = "c0"
    with pytest.raises(StoreError, match="two claims have the id 'c0'"):
        store.save(analysis)
    assert set(store.counts().values()) == {0}
    # Were the check missed, the database's refusal is still a StoreError, short and without SQL.
    monkeypatch.setattr(store_write, "_check", lambda analysis: None)
    with pytest.raises(StoreError, match=r"not stored: UNIQUE constraint failed: claims.id$"):
        store.save(analysis)
    assert set(store.counts().values()) == {0}


def test_an_already_stored_text_clears_the_failure_of_its_source(store: Store) -> None:
    store.save(japanese_analysis())
    store.record_failure("mirror.html", "empty")
    again = japanese_analysis()
    again.document.source = "mirror.html"
    assert store.save(again) is False
    assert store.failures() == []


def test_gazetteer_entry_wins_over_provisional_and_names_are_kept(store: Store) -> None:
    def save(text: str, entity: Entity) -> None:
        store.save(Analysis(Document(text), {entity.id: entity}, [Mention(entity.id, 0, 3, text[:3])]))

    save(
        "アサド軍団が発表", Entity("mat:asad", "armed-group", "Asad Brigade", {"ja": ["アサド軍団"]}, provisional=True)
    )
    save(
        "Asad Corps statement", Entity("mat:asad", "military-unit", "Asad Corps", {"en": ["Asad Corps"]}, country="SYR")
    )
    save(
        "Asad Legion claims",
        Entity("mat:asad", "armed-group", "Asad Legion", {"en": ["Asad Legion"]}, provisional=True),
    )
    entity = store.entity("mat:asad")
    assert entity is not None
    assert (entity["name"], entity["type"], entity["country"]) == ("Asad Corps", "military-unit", "SYR")
    assert "provisional" not in entity
    assert entity["names"] == {"en": ["Asad Corps", "Asad Legion"], "ja": ["アサド軍団"]}
    assert len(entity["mentions"]) == 3
    assert store.entity("アサド軍団") is not None


def test_failures_are_recorded_and_cleared_by_success(store: Store) -> None:
    store.record_failure("a1.html", "timeout")
    store.record_failure("a1.html", "HTTP 503")
    store.record_failure("other.html", "not an article")
    assert {f["source"]: f["reason"] for f in store.failures()} == {
        "a1.html": "HTTP 503",
        "other.html": "not an article",
    }
    store.save(japanese_analysis())
    assert [f["source"] for f in store.failures()] == ["other.html"]


# --- files, migrations, concurrency ----------------------------------------------------------------


def test_migrations_create_the_schema_of_schema_py(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    Store(url).close()
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            tables = set(sa.inspect(conn).get_table_names())
            assert set(metadata.tables) <= tables
            assert "documents_fts" in tables and "alembic_version" in tables
            head = ScriptDirectory.from_config(alembic_config()).get_current_head()
            context = MigrationContext.configure(conn)
            assert context.get_current_revision() == head
            ignored = {"alembic_version", "documents_fts"}

            def include(name: str | None, kind: str, parent: Any) -> bool:
                return not (
                    kind == "table" and name is not None and (name in ignored or name.startswith("documents_fts"))
                )

            diff = compare_metadata(MigrationContext.configure(conn, opts={"include_name": include}), metadata)
            assert diff == []
    finally:
        engine.dispose()


def test_sqlite_settings(store: Store) -> None:
    with store._engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000


def test_reopening_an_existing_file(db_url: str) -> None:
    with Store(db_url) as first:
        first.save(english_analysis())
    with Store(db_url) as again:
        assert again.counts()["documents"] == 1
        assert again.transfers(supplier="DPRK")[0]["recipient"]["name"] == "Russia"


def test_two_stores_on_one_file(db_url: str) -> None:
    with Store(db_url) as writer, Store(db_url) as reader:
        assert reader.counts()["documents"] == 0
        writer.save(japanese_analysis())
        assert len(reader.transfers(supplier="イラン")) == 1
        reader.record_failure("x.html", "bad charset")
        assert [f["source"] for f in writer.failures()] == ["x.html"]


def test_concurrent_writers_from_threads(db_url: str) -> None:
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            with Store(db_url) as s:
                for i in range(5):
                    s.save(english_analysis(f"{EN_TEXT} Update {n}-{i}."))
        except BaseException as exc:  # reported below: a thread's exception is otherwise lost
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store(db_url) as s:
        assert s.counts()["documents"] == 15


def test_openers_racing_on_a_fresh_file(tmp_path: Path) -> None:
    # The first opener switches a new file to WAL; the others must wait for it, not fail.
    for trial in range(15):
        url = sqlite_url(tmp_path / f"fresh-{trial}.db")
        errors: list[BaseException] = []

        def work(url: str = url, errors: list[BaseException] = errors) -> None:
            try:
                with Store(url) as s:
                    s.counts()
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == [], f"trial {trial}"


def test_default_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MATERIEL_DB", raising=False)
    monkeypatch.setattr("platformdirs.user_data_dir", lambda app: str(tmp_path / "data" / app))
    assert default_url() == f"sqlite:///{tmp_path / 'data' / 'materiel' / 'materiel.db'}"
    assert (tmp_path / "data" / "materiel").is_dir()
    monkeypatch.setenv("MATERIEL_DB", str(tmp_path / "elsewhere.db"))
    assert default_url() == f"sqlite:///{tmp_path / 'elsewhere.db'}"
    with Store() as s:  # opens the file named by the environment
        assert s.counts()["documents"] == 0
    assert (tmp_path / "elsewhere.db").is_file()
    monkeypatch.setenv("MATERIEL_DB", "postgresql://localhost/materiel")
    assert default_url() == "postgresql://localhost/materiel"


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    (tmp_path / "notes.db").write_text("not a database " * 100)
    with pytest.raises(StoreError, match="cannot open"):
        Store(f"sqlite:///{tmp_path / 'notes.db'}")


def test_unsupported_url_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="unsupported"):
        Store("mysql://localhost/materiel")
    with pytest.raises(StoreError, match="not a database URL"):
        Store("::::")
