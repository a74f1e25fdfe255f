"""The analysis pipeline: a Document in, an Analysis (entities, mentions, transfers, claims) out.

language pipeline (spaCy/GiNZA) -> recognize (gazetteer) -> extract (front end + assembler).
Every stage is a pure function of the text, the publication date and the loaded data.
"""

from __future__ import annotations

import functools
from pathlib import Path

from materiel.extract.assemble import assemble
from materiel.extract.claims import wire_relays
from materiel.extract.en_dates import DATELINE_LINE
from materiel.gazetteer import Gazetteer, load_gazetteer
from materiel.ingest import header_date
from materiel.lexicon import Lexicon, load_lexicon
from materiel.model import Analysis, Document, Entity, Mention, Party, Span
from materiel.nlp import detect_language, parse
from materiel.recognize import recognize
from materiel.settings import get_setting


def _paths(setting: str) -> list[Path]:
    import os

    value = get_setting(setting)
    return [Path(p) for p in value.split(os.pathsep) if p]


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return load_gazetteer(_paths("gazetteer"))


@functools.cache
def default_lexicon(lang: str) -> Lexicon:
    return load_lexicon(lang, _paths("lexicon"))


@functools.cache
def reserved_words(lang: str) -> frozenset[str]:
    return frozenset(t.lower() for t in default_lexicon(lang).items)


@functools.lru_cache(maxsize=1)
def _name_words(gazetteer: Gazetteer) -> frozenset[str]:
    """The capitalized words of the gazetteer's English names ("Turkey", "Russian", "Black"), which
    a title-case headline keeps capitalized for the parser."""
    return frozenset(
        w
        for surface, _eid, lang, _kind in gazetteer.names()
        if lang == "en"
        for w in surface.split()
        if w[:1].isupper()
    )


def analyze_document(document: Document) -> Analysis:
    """Analyze one document; its `language` may be 'auto' (or 'und') to detect it."""
    if document.language in ("auto", "und", ""):
        document.language = detect_language(document.text)
    lang = document.language
    gazetteer = default_gazetteer()
    lexicon = default_lexicon(lang)
    parsed = parse(document.text, lang, _name_words(gazetteer) if lang == "en" else frozenset())
    ents = [(off + e.start_char, off + e.end_char, e.label_) for off, doc in parsed for e in doc.ents]
    found = recognize(document.text, lang, gazetteer, ents, reserved_words(lang))
    entities = dict(found.entities)
    mentions = list(found.mentions)
    # with no publication date, the date the first lines give ("date 2024-05-03", 「2024年5月3日
    # 12:00」, "MOSCOW, March 3, 2024 (Reuters) -") stands for it
    published = document.published or header_date(document.text)
    if lang == "ja":
        from materiel.extract.ja import analyze_ja

        sentences = analyze_ja(parsed, document.text, mentions, entities, lexicon, gazetteer, published)
    else:
        from materiel.extract.en import analyze_en

        sentences = analyze_en(parsed[0][1], document.text, mentions, entities, lexicon, gazetteer, published)

    def country_of(entity: Entity) -> Entity | None:
        return gazetteer.country(entity.country) if entity.country else None

    # where the text names a firm, and the state it is of (a story of a state's own makers)
    firm_states = {
        m.start: ent.country
        for m in mentions
        if (ent := entities.get(m.entity_id)) is not None and ent.type == "company" and ent.country
    }
    transfers, claims = assemble(sentences, document.text, document.id, country_of, lang, firm_states, published)
    if lang == "en":
        wire_relays(claims, dateline_agency(document.text, mentions, entities))
    used = {p.entity.id for t in transfers for p in (t.supplier, t.recipient, *t.intermediaries) if p and p.entity}
    for eid in used:
        if eid not in entities:
            ent = gazetteer.get(eid)
            if ent is not None:
                entities[eid] = ent
    return Analysis(document, entities, mentions, transfers, claims)


def dateline_agency(text: str, mentions: list[Mention], entities: dict[str, Entity]) -> Party | None:
    """The agency an English wire dateline names: "SEOUL, March 4 (Reuters) -", "WASHINGTON (AP) —"."""
    lines = [(m.start(), m.end()) for m in DATELINE_LINE.finditer(text)]
    wire = next(
        (m for m in mentions if entities[m.entity_id].type == "media" and any(a <= m.start < b for a, b in lines)),
        None,
    )
    return None if wire is None else Party(entities[wire.entity_id], None, Span.of(text, wire.start, wire.end))


def analyze_text(text: str, *, lang: str = "auto", published: str | None = None, title: str | None = None) -> Analysis:
    return analyze_document(Document(text=text, language=lang, published=published, title=title))
