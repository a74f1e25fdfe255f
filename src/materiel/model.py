"""The data model every stage shares: documents, entities, mentions, transfers and claims.

Plain dataclasses with `to_dict()` giving the JSON contract of `materiel analyze --json`.
Offsets are always character offsets into `Document.text` as ingested.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

ENTITY_TYPES = (
    "country",
    "armed-group",
    "state-body",
    "military-unit",
    "company",
    "person",
    "media",
    "vessel",
    "port",
    "border-crossing",
    "city",
    "region",
    "sea",
    "weapon-system",
)
PARTY_TYPES = frozenset({"country", "armed-group", "state-body", "military-unit", "company"})
PLACE_TYPES = frozenset({"country", "port", "border-crossing", "city", "region", "sea"})
CATEGORIES = (
    "drone",
    "missile",
    "air-defence",
    "artillery-ammunition",
    "small-arms",
    "rocket-launcher",
    "anti-tank",
    "armoured-vehicle",
    "aircraft",
    "naval",
    "components",
    "dual-use",
    "ammunition",
    "other",
)
# parts and dual-use goods: what sanctions evasion passes on, counted from their state of make
TRADE_GOODS = frozenset({"components", "dual-use"})
STATUSES = ("reported", "alleged", "confirmed", "denied", "planned", "requested")
STANCES = ("asserts", "alleges", "denies", "confirms")
MODES = ("land", "sea", "air", "rail")
MatchKind = Literal["exact", "alias", "fuzzy", "model"]


def document_id(text: str) -> str:
    """A document's id: sha256 of its NFC-normalized text with line ends unified."""
    norm = unicodedata.normalize("NFC", text).replace("\r\n", "\n").strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Document:
    text: str
    language: str = "und"
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = document_id(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "language": self.language,
            "published": self.published,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "text_length": len(self.text),
        }


@dataclass
class Entity:
    """A gazetteer entry or a provisional entity proposed by NER (`provisional=True`)."""

    id: str
    type: str
    name: str
    names: dict[str, list[str]] = field(default_factory=dict)
    country: str | None = None
    category: str | None = None
    coordinates: tuple[float, float] | None = None
    parent: str | None = None
    stands_for: str | None = None
    provisional: bool = False

    def ref(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type}

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "name": self.name, "type": self.type, "country": self.country}
        if self.category:
            out["category"] = self.category
        if self.coordinates:
            out["coordinates"] = list(self.coordinates)
        if self.provisional:
            out["provisional"] = True
        return out


@dataclass
class Mention:
    entity_id: str
    start: int
    end: int
    text: str
    match: MatchKind = "exact"
    score: float = 1.0
    form: str = "name"  # name, alias or adjective ("Iranian"): the extractor reads an adjective as an origin

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "match": self.match,
            "score": round(self.score, 3),
        }


@dataclass
class Quantity:
    value: float | None
    text: str
    min: float | None = None
    max: float | None = None
    unit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        def num(x: float | None) -> float | int | None:
            return int(x) if x is not None and float(x).is_integer() else x

        return {
            "value": num(self.value),
            "min": num(self.min),
            "max": num(self.max),
            "unit": self.unit,
            "text": self.text,
        }


@dataclass
class Item:
    category: str
    start: int
    end: int
    text: str
    entity: Entity | None = None
    name: str | None = None
    quantity: Quantity | None = None
    # a word for goods of any kind ('arms', 「武器」), which other goods of the deal make redundant;
    # known while a document is read, not stored
    umbrella: bool = field(default=False, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.entity.id if self.entity else None,
            "name": self.entity.name if self.entity else self.name,
            "category": self.category,
            "quantity": self.quantity.to_dict() if self.quantity else None,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


def _ref(e: Entity | None) -> dict[str, Any] | None:
    return e.ref() if e else None


@dataclass
class RouteLeg:
    origin: Entity | None
    destination: Entity | None
    mode: str | None = None
    via: Entity | None = None
    vessels: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "from": _ref(self.origin),
            "to": _ref(self.destination),
            "via": _ref(self.via),
            "mode": self.mode,
            "vessels": list(self.vessels),
            "evidence": [s.to_dict() for s in self.evidence],
        }


@dataclass
class Party:
    """A role filler: an entity, or a description (\"a militia commander\") with no entity."""

    entity: Entity | None
    description: str | None = None
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = self.entity.ref() if self.entity else {"id": None, "name": self.description, "type": None}
        if self.entity and self.description:
            out["description"] = self.description  # "ウクライナの諜報機関" speaking for Ukraine
        if self.span:
            out["start"], out["end"], out["text"] = self.span.start, self.span.end, self.span.text
        return out


@dataclass
class Transfer:
    id: str
    supplier: Party | None
    recipient: Party | None
    intermediaries: list[Party] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    date: str | None = None
    route: list[RouteLeg] = field(default_factory=list)
    status: str = "reported"
    kind: str = "supply"
    trigger: Span | None = None
    claims: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    background: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "supplier": self.supplier.to_dict() if self.supplier else None,
            "recipient": self.recipient.to_dict() if self.recipient else None,
            "intermediaries": [p.to_dict() for p in self.intermediaries],
            "items": [i.to_dict() for i in self.items],
            "date": self.date,
            "route": [leg.to_dict() for leg in self.route],
            "status": self.status,
            "kind": self.kind,
            "trigger": self.trigger.to_dict() if self.trigger else None,
            "background": self.background,
            "claims": list(self.claims),
            "evidence": [s.to_dict() for s in self.evidence],
        }


@dataclass
class Claim:
    id: str
    speaker: Party | None
    outlet: Party | None
    stance: str
    target: str
    evidence: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "outlet": self.outlet.to_dict() if self.outlet else None,
            "stance": self.stance,
            "target": self.target,
            "evidence": [s.to_dict() for s in self.evidence],
        }


@dataclass
class Analysis:
    """Everything the pipeline found in one document."""

    document: Document
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    transfers: list[Transfer] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        by_entity: dict[str, list[Mention]] = {}
        for m in self.mentions:
            by_entity.setdefault(m.entity_id, []).append(m)
        entities = []
        for eid, ms in by_entity.items():
            ent = self.entities[eid]
            d = ent.to_dict()
            d["mentions"] = [m.to_dict() for m in sorted(ms, key=lambda m: m.start)]
            entities.append(d)
        entities.sort(key=lambda d: d["mentions"][0]["start"])
        return {
            "document": self.document.to_dict(),
            "entities": entities,
            "transfers": [t.to_dict() for t in self.transfers],
            "claims": [c.to_dict() for c in self.claims],
        }
