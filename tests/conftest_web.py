"""A small store for the API and browser tests: hand-made analyses of short texts written for them.

Five documents: a Japanese report of Iranian drones shipped across the Caspian (alleged by US
officials, denied by Moscow), an English one of North Korean shells sent by rail, an English one
of Iraqi militia rockets moved through Iran (an intermediary, dated only to the year), a second
English report of the Iranian drones plus a request to China, and a hostile document whose text,
title, URL and entity names try to run script. No language model is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

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
from materiel.store import Store
from materiel.store._engine import sqlite_url

IRAN = Entity("Q794", "country", "Iran", {"en": ["Iran"], "ja": ["イラン"]}, country="IRN")
RUSSIA = Entity("Q159", "country", "Russia", {"en": ["Russia"], "ja": ["ロシア"]}, country="RUS")
CHINA = Entity("Q148", "country", "China", {"en": ["China"], "ja": ["中国"]}, country="CHN")
NORTH_KOREA = Entity("Q423", "country", "North Korea", {"en": ["North Korea", "DPRK"], "ja": ["北朝鮮"]}, country="PRK")
MOSCOW = Entity(
    "Q649",
    "city",
    "Moscow",
    {"en": ["Moscow"], "ja": ["モスクワ"]},
    country="RUS",
    coordinates=(55.76, 37.62),
    stands_for="Q159",
)
CASPIAN = Entity("Q5484", "sea", "Caspian Sea", {"en": ["Caspian Sea"], "ja": ["カスピ海"]}, coordinates=(41.7, 50.6))
ANZALI = Entity(
    "mat:bandar-anzali",
    "port",
    "Bandar Anzali",
    {"en": ["Bandar Anzali"], "ja": ["バンダルアンザリ"]},
    country="IRN",
    coordinates=(37.47, 49.46),
)
ASTRAKHAN = Entity(
    "mat:astrakhan",
    "port",
    "Astrakhan",
    {"en": ["Astrakhan"], "ja": ["アストラハン"]},
    country="RUS",
    coordinates=(46.35, 48.04),
)
RAJIN = Entity(
    "mat:rajin", "port", "Rajin", {"en": ["Rajin", "Rason"], "ja": ["羅津"]}, country="PRK", coordinates=(42.24, 130.3)
)
KHASAN = Entity(
    "mat:khasan", "border-crossing", "Khasan", {"en": ["Khasan"]}, country="RUS", coordinates=(42.43, 130.65)
)
SALAMJA = Entity(
    "mat:salamja-crossing",
    "border-crossing",
    "Salamja border crossing",
    {"en": ["Salamja"]},
    country="IRQ",
    coordinates=(30.5, 48.0),
)
MILITIAS = Entity("mat:iraqi-militias", "armed-group", "Iraqi militias", {"en": ["Iraqi militias"]}, country="IRQ")
SHAHED = Entity(
    "mat:shahed-136",
    "weapon-system",
    "Shahed-136",
    {"en": ["Shahed-136", "Shahed"], "ja": ["シャヘド136"]},
    category="drone",
)
US_OFFICIALS = Entity("mat:us-officials", "state-body", "US officials", {"en": ["US officials"], "ja": ["米当局者"]})

HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">'
HOSTILE_GROUP = Entity("mat:hostile-group", "armed-group", HOSTILE_NAME, {"en": [HOSTILE_NAME]}, provisional=True)

JA_TEXT = (
    "イランは2023年5月、ロシアに無人機「シャヘド136」300機を供与したと米当局者が明らかにした。"
    "無人機はバンダルアンザリからカスピ海を船でアストラハンへ運ばれたという。"
    "モスクワはこの報道を否定した。"
)
NK_TEXT = (
    "North Korea shipped artillery shells to Russia by rail from Rajin to Khasan in March 2024, "
    "officials in Seoul said. The trains crossed the Tumen River at night."
)
MILITIA_TEXT = (
    "Iraqi militias moved Grad rockets through the Salamja crossing into Iran in 2023, and Iran shipped them "
    "from Bandar Anzali to Astrakhan for Russia, according to a militia commander."
)
SECOND_TEXT = (
    "Iran delivered more Shahed drones to Russia in August 2023, US officials said. "
    "Russia also asked China for air defence systems."
)
HOSTILE_TEXT = (
    "Report <script>window.__pwned=1</script> begins. "
    '"><img src=x onerror="window.__pwned=1"> supplied rifles to Russia in June 2024. '
    "</textarea><textarea> javascript:window.__pwned=1 {{ 7*7 }} ends."
)


def span(text: str, surface: str, after: int = 0) -> Span:
    start = text.index(surface, after)
    return Span(start, start + len(surface), surface)


def mention(text: str, entity: Entity, surface: str, after: int = 0) -> Mention:
    s = span(text, surface, after)
    return Mention(entity.id, s.start, s.end, surface)


def party(text: str, entity: Entity, surface: str, after: int = 0) -> Party:
    return Party(entity, span=span(text, surface, after))


def item(
    text: str,
    category: str,
    surface: str,
    entity: Entity | None = None,
    quantity: Quantity | None = None,
    name: str | None = None,
) -> Item:
    s = span(text, surface)
    return Item(category, s.start, s.end, s.text, entity=entity, name=name, quantity=quantity)


def japanese_report() -> Analysis:
    text = JA_TEXT
    doc = Document(
        text,
        language="ja",
        published="2023-06-01",
        title="イラン、ロシアに無人機供与",
        url="https://example.jp/news/1",
        source="ja1.html",
    )
    transfer = Transfer(
        "t0",
        supplier=party(text, IRAN, "イラン"),
        recipient=party(text, RUSSIA, "ロシア"),
        items=[item(text, "drone", "無人機「シャヘド136」300機", SHAHED, Quantity(300, "300機"))],
        date="2023-05",
        route=[
            RouteLeg(
                ANZALI,
                ASTRAKHAN,
                mode="sea",
                via=CASPIAN,
                evidence=[span(text, "バンダルアンザリからカスピ海を船でアストラハンへ運ばれた")],
            ),
        ],
        status="denied",
        trigger=span(text, "供与"),
        claims=["c0", "c1"],
        evidence=[span(text, "イランは2023年5月、ロシアに無人機「シャヘド136」300機を供与した")],
    )
    claims = [
        Claim(
            "c0",
            Party(US_OFFICIALS, span=span(text, "米当局者")),
            None,
            "alleges",
            "t0",
            evidence=[span(text, "米当局者が明らかにした")],
        ),
        Claim("c1", party(text, MOSCOW, "モスクワ"), None, "denies", "t0", evidence=[span(text, "この報道を否定した")]),
    ]
    mentions = [
        mention(text, IRAN, "イラン"),
        mention(text, RUSSIA, "ロシア"),
        mention(text, SHAHED, "シャヘド136"),
        mention(text, US_OFFICIALS, "米当局者"),
        mention(text, ANZALI, "バンダルアンザリ"),
        mention(text, CASPIAN, "カスピ海"),
        mention(text, ASTRAKHAN, "アストラハン"),
        mention(text, MOSCOW, "モスクワ"),
    ]
    entities = {e.id: e for e in (IRAN, RUSSIA, SHAHED, US_OFFICIALS, ANZALI, CASPIAN, ASTRAKHAN, MOSCOW)}
    return Analysis(doc, entities, mentions, [transfer], claims)


def north_korean_report() -> Analysis:
    text = NK_TEXT
    doc = Document(text, language="en", published="2024-04-02", title="Shells by rail", source="en1.txt")
    transfer = Transfer(
        "t0",
        supplier=party(text, NORTH_KOREA, "North Korea"),
        recipient=party(text, RUSSIA, "Russia"),
        items=[item(text, "artillery-ammunition", "artillery shells", name="artillery shells")],
        date="2024-03",
        route=[RouteLeg(RAJIN, KHASAN, mode="rail", evidence=[span(text, "by rail from Rajin to Khasan")])],
        status="reported",
        trigger=span(text, "shipped"),
        evidence=[
            span(text, "North Korea shipped artillery shells to Russia by rail from Rajin to Khasan in March 2024")
        ],
    )
    mentions = [
        mention(text, NORTH_KOREA, "North Korea"),
        mention(text, RUSSIA, "Russia"),
        mention(text, RAJIN, "Rajin"),
        mention(text, KHASAN, "Khasan"),
    ]
    return Analysis(doc, {e.id: e for e in (NORTH_KOREA, RUSSIA, RAJIN, KHASAN)}, mentions, [transfer], [])


def militia_report() -> Analysis:
    text = MILITIA_TEXT
    doc = Document(
        text,
        language="en",
        published="2024-01-10",
        title="Rockets through Iran",
        url="https://example.com/rockets",
        source="en2.txt",
    )
    transfer = Transfer(
        "t0",
        supplier=party(text, MILITIAS, "Iraqi militias"),
        recipient=party(text, RUSSIA, "Russia"),
        intermediaries=[party(text, IRAN, "Iran")],
        items=[item(text, "rocket-launcher", "Grad rockets", name="Grad rockets")],
        date="2023",
        route=[
            RouteLeg(SALAMJA, IRAN, mode="land", evidence=[span(text, "through the Salamja crossing into Iran")]),
            RouteLeg(ANZALI, ASTRAKHAN, mode="sea", evidence=[span(text, "from Bandar Anzali to Astrakhan")]),
        ],
        status="alleged",
        trigger=span(text, "moved"),
        claims=["c0"],
        evidence=[span(text, MILITIA_TEXT.split(", according")[0])],
    )
    commander = Party(None, description="a militia commander", span=span(text, "a militia commander"))
    claims = [Claim("c0", commander, None, "alleges", "t0", evidence=[span(text, "according to a militia commander")])]
    mentions = [
        mention(text, MILITIAS, "Iraqi militias"),
        mention(text, SALAMJA, "Salamja"),
        mention(text, IRAN, "Iran"),
        mention(text, IRAN, "Iran", text.index("Iran") + 4),
        mention(text, ANZALI, "Bandar Anzali"),
        mention(text, ASTRAKHAN, "Astrakhan"),
        mention(text, RUSSIA, "Russia"),
    ]
    entities = {e.id: e for e in (MILITIAS, SALAMJA, IRAN, ANZALI, ASTRAKHAN, RUSSIA)}
    return Analysis(doc, entities, mentions, [transfer], claims)


def second_report() -> Analysis:
    text = SECOND_TEXT
    doc = Document(text, language="en", published="2023-09-01", title="More drones", source="en3.txt")
    drones = Transfer(
        "t0",
        supplier=party(text, IRAN, "Iran"),
        recipient=party(text, RUSSIA, "Russia"),
        items=[item(text, "drone", "Shahed drones", SHAHED)],
        date="2023-08",
        status="reported",
        trigger=span(text, "delivered"),
        claims=["c0"],
        evidence=[span(text, "Iran delivered more Shahed drones to Russia in August 2023")],
    )
    second_russia = text.index("Russia also")
    request = Transfer(
        "t1",
        supplier=party(text, CHINA, "China"),
        recipient=party(text, RUSSIA, "Russia", second_russia),
        items=[item(text, "air-defence", "air defence systems", name="air defence systems")],
        status="requested",
        trigger=span(text, "asked"),
        evidence=[span(text, "Russia also asked China for air defence systems")],
    )
    claims = [
        Claim(
            "c0",
            Party(US_OFFICIALS, span=span(text, "US officials")),
            None,
            "asserts",
            "t0",
            evidence=[span(text, "US officials said")],
        )
    ]
    mentions = [
        mention(text, IRAN, "Iran"),
        mention(text, SHAHED, "Shahed"),
        mention(text, RUSSIA, "Russia"),
        mention(text, US_OFFICIALS, "US officials"),
        mention(text, RUSSIA, "Russia", second_russia),
        mention(text, CHINA, "China"),
    ]
    entities = {e.id: e for e in (IRAN, SHAHED, RUSSIA, US_OFFICIALS, CHINA)}
    return Analysis(doc, entities, mentions, [drones, request], claims)


def hostile_report() -> Analysis:
    text = HOSTILE_TEXT
    doc = Document(
        text,
        language="en",
        published="2024-07-01",
        title="<script>window.__pwned=1</script> Hostile </title>",
        url="javascript:window.__pwned=1",
        source='"><svg onload="window.__pwned=1">',
    )
    surface = '"><img src=x onerror="window.__pwned=1">'
    transfer = Transfer(
        "t0",
        supplier=Party(HOSTILE_GROUP, span=span(text, surface)),
        recipient=party(text, RUSSIA, "Russia"),
        items=[item(text, "small-arms", "rifles", name='rifles"><script>window.__pwned=1</script>')],
        date="2024-06",
        status="reported",
        evidence=[span(text, '"><img src=x onerror="window.__pwned=1"> supplied rifles to Russia in June 2024')],
    )
    mentions = [mention(text, HOSTILE_GROUP, surface), mention(text, RUSSIA, "Russia")]
    return Analysis(doc, {e.id: e for e in (HOSTILE_GROUP, RUSSIA)}, mentions, [transfer], [])


@dataclass
class Fixture:
    """The fixture store's URL and the ids the tests look for."""

    url: str
    documents: dict[str, str] = field(default_factory=dict)

    def transfer_id(self, document: str, local: str = "t0") -> str:
        return f"{self.documents[document][:16]}-{local}"


def build_store(folder: Path) -> Fixture:
    """Write the five analyses into a new SQLite file in `folder`."""
    url = sqlite_url(folder / "fixture.db")
    fixture = Fixture(url)
    analyses = {
        "ja": japanese_report(),
        "nk": north_korean_report(),
        "militia": militia_report(),
        "second": second_report(),
        "hostile": hostile_report(),
    }
    with Store(url) as store:
        for key, analysis in analyses.items():
            assert store.save(analysis)
            fixture.documents[key] = analysis.document.id
    return fixture
