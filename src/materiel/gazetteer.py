"""The gazetteer: known entities and every name they go by, loaded from validated data files.

Countries are generated from pycountry and CLDR (babel), so no country table is typed by hand:
`data/gazetteer/countries.yaml` only adds what those lack (Wikidata ids, centroids, press
abbreviations such as 露 or 米, demonyms). Every other entity (places, armed groups, state bodies,
media, weapon systems) lives in the other YAML files of `data/gazetteer/`, one list of entries
per file. Users extend the gazetteer with their own files of the same shape, passed as `extra`;
an entry `{extend: <id>, names: ..., aliases: ...}` in such a file adds names to a known entity.

Each name has a kind: "name" (canonical and official names), "alias" (abbreviations, old names)
or "adjective" (demonyms such as "Iranian", which the English recognizer needs for
"Iranian-made drones").
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Literal

import babel
import pycountry
import yaml

from materiel.model import CATEGORIES, ENTITY_TYPES, Entity

__all__ = [
    "Gazetteer",
    "GazetteerError",
    "NameKind",
    "default_gazetteer",
    "load_gazetteer",
    "normalize_name",
]

NameKind = Literal["name", "alias", "adjective"]
NAME_KINDS: tuple[NameKind, ...] = ("name", "alias", "adjective")
COUNTRY_FILE = "countries.yaml"

_ID_RE = re.compile(r"Q[1-9][0-9]*|mat:[a-z0-9]+(?:[-.][a-z0-9]+)*")
_LANG_RE = re.compile(r"[a-z]{2,3}")
_ALPHA3_RE = re.compile(r"[A-Z]{3}")
_ALPHA2_RE = re.compile(r"[A-Z]{2}")
# Spaces, middle dots and hyphens (and the katakana double hyphen and "=" used as one) vary freely
# between writers of the same name: ハシュド・アル・シャアビ / ハシュドアルシャアビ, S-300 / S300.
# The katakana prolonged sound mark ー is not among them: it changes the word.
_IGNORED_IN_NAMES = re.compile(r"[\s\u00b7\u2027\u2e31\u30fb\u002d\u2010-\u2015\u2212\u30a0=]+")

_ENTRY_FIELDS = frozenset(
    {
        "id",
        "type",
        "name",
        "names",
        "aliases",
        "adjectives",
        "country",
        "category",
        "coordinates",
        "parent",
        "stands_for",
    }
)
_EXTEND_FIELDS = frozenset({"extend", "names", "aliases", "adjectives"})
_COUNTRY_FIELDS = frozenset({"alpha3", "alpha2", "id", "name", "centroid", "names", "aliases", "adjectives"})
_KIND_FIELDS: dict[str, NameKind] = {"names": "name", "aliases": "alias", "adjectives": "adjective"}
_TYPE_RANK = {"country": 0, "armed-group": 1}
_KIND_RANK = {"name": 0, "alias": 1, "adjective": 2}

Rank = tuple[int, int, int, int]


@functools.lru_cache(maxsize=1 << 16)
def normalize_name(name: str) -> str:
    """The key names are compared by: NFKC, casefolded, without spaces, middle dots or hyphens."""
    return _IGNORED_IN_NAMES.sub("", unicodedata.normalize("NFKC", name).casefold())


class GazetteerError(ValueError):
    """A gazetteer file is wrong; the message names the file, the line and entry, and why."""

    def __init__(
        self, source: str, reason: str, index: int | None = None, entry_id: str | None = None, line: int | None = None
    ) -> None:
        self.source = source
        self.reason = reason
        self.index = index
        self.entry_id = entry_id
        self.line = line
        where = f"{source}:{line}" if line else source
        entry = ""
        if index is not None:
            entry = f" entry {index}" + (f" (id {entry_id!r})" if entry_id else "") + ":"
        super().__init__(f"{where}:{entry} {reason}")

    def __reduce__(self) -> tuple[type[GazetteerError], tuple[str, str, int | None, str | None, int | None]]:
        # Rebuilt from its fields, not its message, so that it survives pickling (worker processes).
        return type(self), (self.source, self.reason, self.index, self.entry_id, self.line)


class Gazetteer:
    """Entities by id, and an index from every normalized name to the entities that bear it.

    Not a dataclass on purpose: it hashes by identity, so caches keyed on a gazetteer work.
    """

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        # entity id -> (lang, surface, is_adjective) -> kind: a surface is a noun (name, or alias if
        # not also a name) and may also be an adjective ("U.S." in "the U.S. said" and "U.S.-made").
        self._surfaces: dict[str, dict[tuple[str, str, bool], NameKind]] = {}
        self._index: dict[str, list[tuple[Rank, str]]] = {}
        self._by_alpha3: dict[str, str] = {}
        self._order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.entities)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self.entities

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def by_name(self, name: str) -> Entity | None:
        """The entity a name (in any language, any kind) denotes; countries first, then armed groups."""
        found = self._index.get(normalize_name(name))
        return self.entities[min(found)[1]] if found else None

    def candidates(self, name: str) -> list[Entity]:
        """Every entity bearing `name`, the one `by_name` picks first."""
        return [self.entities[eid] for _, eid in sorted(self._index.get(normalize_name(name), ()))]

    def country(self, alpha3: str) -> Entity | None:
        """The country entity for an ISO 3166 alpha-3 code (as in `Entity.country`)."""
        eid = self._by_alpha3.get(alpha3.upper())
        return self.entities[eid] if eid else None

    def surfaces_of(self, entity_id: str) -> list[str]:
        """Every way the gazetteer writes one entity: names, aliases and adjectives, all languages."""
        return [surface for (_, surface, _) in self._surfaces.get(entity_id, {})]

    def names(self) -> Iterator[tuple[str, str, str, str]]:
        """Every (surface, entity_id, lang, kind); kind is "name", "alias" or "adjective"."""
        for eid, surfaces in self._surfaces.items():
            for (lang, surface, _), kind in surfaces.items():
                yield surface, eid, lang, kind

    def add(self, entity: Entity) -> Entity:
        """Add an entity (typically provisional); its canonical name and `names` become kind "name"."""
        lang_of_name = next((lang for lang, ss in entity.names.items() if entity.name in ss), "en")
        surfaces: list[tuple[str, str, NameKind]] = [(lang_of_name, entity.name, "name")]
        surfaces += [(lang, s, "name") for lang, ss in entity.names.items() for s in ss]
        self._add(entity, surfaces)
        return entity

    def copy(self) -> Gazetteer:
        """A gazetteer to `add` to without changing this one (entities themselves are shared)."""
        new = Gazetteer()
        new.entities = dict(self.entities)
        new._surfaces = {eid: dict(s) for eid, s in self._surfaces.items()}
        new._index = {k: list(v) for k, v in self._index.items()}
        new._by_alpha3 = dict(self._by_alpha3)
        new._order = dict(self._order)
        return new

    def _add(self, entity: Entity, surfaces: Iterable[tuple[str, str, NameKind]]) -> None:
        if entity.id in self.entities:
            raise ValueError(f"entity id {entity.id!r} is already in the gazetteer")
        self.entities[entity.id] = entity
        self._order[entity.id] = len(self._order)
        self._surfaces[entity.id] = {}
        if entity.type == "country" and entity.country:
            self._by_alpha3.setdefault(entity.country, entity.id)
        self._add_names(entity, surfaces)

    def _add_names(self, entity: Entity, surfaces: Iterable[tuple[str, str, NameKind]]) -> None:
        known = self._surfaces[entity.id]
        order = self._order[entity.id]
        for lang, surface, kind in surfaces:
            slot = (lang, surface, kind == "adjective")
            previous = known.get(slot)
            if previous is not None and _KIND_RANK[previous] <= _KIND_RANK[kind]:
                continue
            known[slot] = kind
            if kind != "adjective" and surface not in entity.names.get(lang, ()):
                entity.names.setdefault(lang, []).append(surface)
            rank = (int(entity.provisional), _TYPE_RANK.get(entity.type, 2), _KIND_RANK[kind], order)
            bucket = self._index.setdefault(normalize_name(surface), [])
            bucket[:] = [c for c in bucket if c[1] != entity.id or c[0] < rank]
            if not any(c[1] == entity.id for c in bucket):
                bucket.append((rank, entity.id))


# --- loading ---------------------------------------------------------------------------------


@dataclass
class _Source:
    """One data file: its label for messages and its text, to find an entry's line on error."""

    label: str
    text: str

    def error(self, reason: str, index: int | None = None, entry_id: str | None = None) -> GazetteerError:
        return GazetteerError(self.label, reason, None if index is None else index + 1, entry_id, self._line(index))

    def _line(self, index: int | None) -> int | None:
        if index is None:
            return None
        try:
            node = yaml.compose(self.text, Loader=_Loader)
        except yaml.YAMLError:
            return None
        if isinstance(node, yaml.SequenceNode) and 0 <= index < len(node.value):
            return int(node.value[index].start_mark.line) + 1
        return None


@dataclass
class _Pending:
    """An entity read from a file, with its names and where it came from, before references resolve."""

    entity: Entity
    surfaces: list[tuple[str, str, NameKind]]
    source: _Source
    index: int | None


@dataclass
class _Extension:
    target: str
    surfaces: list[tuple[str, str, NameKind]]
    source: _Source
    index: int


@dataclass
class _Loaded:
    pending: list[_Pending] = field(default_factory=list)
    extensions: list[_Extension] = field(default_factory=list)


_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse(source: _Source) -> list[Any]:
    """The file's list of entries. Parsed once per text: callers must not change what it returns."""
    return _parse_text(source.label, source.text)


@functools.lru_cache(maxsize=32)
def _parse_text(label: str, text: str) -> list[Any]:
    source = _Source(label, text)
    try:
        data = yaml.load(source.text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        raise GazetteerError(source.label, f"not valid YAML: {exc.problem or exc}", line=line) from None
    except yaml.YAMLError as exc:
        raise GazetteerError(source.label, f"not valid YAML: {exc}") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise GazetteerError(source.label, "a gazetteer file is a YAML list of entries")
    return data


def _name_lists(
    entry: Mapping[str, Any], source: _Source, index: int, eid: str | None, fields: Iterable[str] = _KIND_FIELDS
) -> list[tuple[str, str, NameKind]]:
    out: list[tuple[str, str, NameKind]] = []
    for key in fields:
        value = entry.get(key)
        if value is None:
            continue
        if not isinstance(value, Mapping):
            raise source.error(
                f"`{key}` maps a language code to a list of names, e.g. {{en: [...], ja: [...]}}", index, eid
            )
        for lang, names in value.items():
            if not isinstance(lang, str) or not _LANG_RE.fullmatch(lang):
                raise source.error(f"`{key}`: {lang!r} is not a language code such as en or ja", index, eid)
            if isinstance(names, str):
                names = [names]
            if not isinstance(names, list):
                raise source.error(f"`{key}.{lang}` is a list of names", index, eid)
            for name in names:
                if not isinstance(name, str) or not normalize_name(name):
                    raise source.error(
                        f"`{key}.{lang}`: {name!r} is not a name (quote it if YAML read it as a number or a boolean)",
                        index,
                        eid,
                    )
                out.append((lang, name.strip(), _KIND_FIELDS[key]))
    return out


def _coordinates(value: Any, source: _Source, index: int, eid: str | None, key: str) -> tuple[float, float]:
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
    ):
        raise source.error(f"`{key}` is [lat, lon] in degrees, got {value!r}", index, eid)
    lat, lon = float(value[0]), float(value[1])
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise source.error(f"`{key}` {value!r} is out of range (lat -90..90, lon -180..180)", index, eid)
    return lat, lon


def _read_entries(source: _Source, alpha3: frozenset[str], loaded: _Loaded, allow_extend: bool) -> None:
    for index, entry in enumerate(_parse(source)):
        if not isinstance(entry, dict):
            raise source.error("an entry is a mapping with at least id, type and name", index)
        raw_id = entry.get("id", entry.get("extend"))
        eid = raw_id if isinstance(raw_id, str) else None
        if "extend" in entry:
            if not allow_extend:
                raise source.error("`extend` entries belong in user files", index, eid)
            unknown = sorted(set(entry) - _EXTEND_FIELDS)
            if unknown:
                raise source.error(
                    f"an `extend` entry takes only names, aliases and adjectives, not {unknown}", index, eid
                )
            if eid is None:
                raise source.error("`extend` names the id of the entity to add names to", index)
            loaded.extensions.append(_Extension(eid, _name_lists(entry, source, index, eid), source, index))
            continue
        loaded.pending.append(_read_entry(entry, source, index, eid, alpha3))


def _read_entry(
    entry: dict[str, Any], source: _Source, index: int, eid: str | None, alpha3: frozenset[str]
) -> _Pending:
    unknown = sorted(set(entry) - _ENTRY_FIELDS)
    if unknown:
        raise source.error(f"unknown field(s) {unknown}; an entry has {sorted(_ENTRY_FIELDS)}", index, eid)
    for key in ("id", "type", "name"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise source.error(f"`{key}` is required (a non-empty string)", index, eid)
    assert eid is not None
    if not _ID_RE.fullmatch(eid):
        raise source.error(
            "`id` is a Wikidata id (Q123) or mat:<slug> (lower-case letters, digits, hyphens)", index, eid
        )
    etype = entry["type"]
    if etype not in ENTITY_TYPES:
        raise source.error(f"unknown type {etype!r}; known types: {', '.join(ENTITY_TYPES)}", index, eid)
    category = entry.get("category")
    if etype == "weapon-system":
        if category not in CATEGORIES:
            what = "needs a `category`" if category is None else f"has unknown category {category!r}"
            raise source.error(f"a weapon system {what}; known: {', '.join(CATEGORIES)}", index, eid)
    elif category is not None:
        raise source.error("`category` is for weapon systems only", index, eid)
    country = entry.get("country")
    if country is not None and (not isinstance(country, str) or country not in alpha3):
        raise source.error(
            f"`country` {country!r} is not an ISO 3166 alpha-3 code the gazetteer knows (e.g. IRN)", index, eid
        )
    coordinates = None
    if entry.get("coordinates") is not None:
        coordinates = _coordinates(entry["coordinates"], source, index, eid, "coordinates")
    refs: dict[str, str | None] = {}
    for key in ("parent", "stands_for"):
        ref = entry.get(key)
        if ref is not None and (not isinstance(ref, str) or not _ID_RE.fullmatch(ref)):
            raise source.error(f"`{key}` is the id of another entity, got {ref!r}", index, eid)
        refs[key] = ref
    surfaces = [("en", entry["name"].strip(), "name"), *_name_lists(entry, source, index, eid)]
    entity = Entity(
        eid,
        etype,
        entry["name"].strip(),
        country=country,
        category=category,
        coordinates=coordinates,
        parent=refs["parent"],
        stands_for=refs["stands_for"],
    )
    return _Pending(entity, surfaces, source, index)


def _read_countries(source: _Source) -> tuple[list[_Pending], frozenset[str]]:
    """Country entities: pycountry and CLDR names, plus the facts in countries.yaml."""
    facts: dict[str, tuple[dict[str, Any], int]] = {}
    for index, entry in enumerate(_parse(source)):
        if not isinstance(entry, dict):
            raise source.error("a country entry is a mapping keyed by alpha3", index)
        code = entry.get("alpha3")
        if not isinstance(code, str) or not _ALPHA3_RE.fullmatch(code):
            raise source.error(f"`alpha3` is an upper-case ISO 3166 alpha-3 code, got {code!r}", index)
        unknown = sorted(set(entry) - _COUNTRY_FIELDS)
        if unknown:
            raise source.error(
                f"unknown field(s) {unknown}; a country entry has {sorted(_COUNTRY_FIELDS)}", index, code
            )
        if code in facts:
            raise source.error(f"{code} appears twice (first as entry {facts[code][1] + 1})", index, code)
        facts[code] = (entry, index)

    en_cldr = babel.Locale("en").territories
    ja_cldr = babel.Locale("ja").territories
    records: list[tuple[str, str | None, list[str], dict[str, Any], int | None]] = []
    for country in pycountry.countries:
        fact = facts.pop(country.alpha_3, None)
        candidates = [
            getattr(country, "common_name", None),
            en_cldr.get(country.alpha_2),
            country.name,
            getattr(country, "official_name", None),
        ]
        english = [str(n) for n in candidates if n]
        records.append((country.alpha_3, country.alpha_2, english, *(fact or ({}, None))))
    for code, (entry, pos) in facts.items():
        alpha2 = entry.get("alpha2")
        if alpha2 is not None and (not isinstance(alpha2, str) or not _ALPHA2_RE.fullmatch(alpha2)):
            raise source.error(f"`alpha2` is an upper-case ISO 3166 alpha-2 code, got {alpha2!r}", pos, code)
        if not isinstance(entry.get("name"), str):
            raise source.error(f"{code} is not an ISO 3166 country pycountry knows, so it needs a `name`", pos, code)
        english = [en_cldr[alpha2]] if alpha2 and alpha2 in en_cldr else []
        records.append((code, alpha2, english, entry, pos))

    pending: list[_Pending] = []
    for code, alpha2, english, entry, position in records:
        eid = entry.get("id", f"mat:country-{code.lower()}")
        if not isinstance(eid, str) or not _ID_RE.fullmatch(eid):
            raise source.error("`id` is a Wikidata id (Q123) or mat:<slug>", position, code)
        name = entry.get("name") or _short_name(english)
        if not isinstance(name, str) or not name.strip():
            raise source.error("`name` is a non-empty string", position, code)
        names: list[tuple[str, str, NameKind]] = [("en", name, "name")]
        for n in english:
            names += [("en", n, "name"), *(("en", short, "name") for short in _without_parenthesis(n))]
        japanese = str(ja_cldr[alpha2]) if alpha2 and alpha2 in ja_cldr else None
        if japanese:
            names += [("ja", japanese, "name"), *(("ja", short, "name") for short in _without_parenthesis(japanese))]
        centroid = None
        if position is not None:
            names += _name_lists(entry, source, position, code)
            if entry.get("centroid") is not None:
                centroid = _coordinates(entry["centroid"], source, position, code, "centroid")
        entity = Entity(eid, "country", name.strip(), country=code, coordinates=centroid)
        pending.append(_Pending(entity, names, source, position))
    return pending, frozenset(code for code, *_ in records)


def _short_name(english: Sequence[str]) -> str:
    # CLDR's short names are what news write, except its "Bosnia & Herzegovina" and "Congo - Kinshasa"
    # styles; pycountry's names ("Iran, Islamic Republic of") come after them in `english`.
    for n in english:
        if "&" not in n and " - " not in n and "," not in n and "SAR" not in n:
            return n
    return english[0]


def _without_parenthesis(name: str) -> list[str]:
    """ "Myanmar (Burma)" -> ["Myanmar"]; "コンゴ民主共和国(キンシャサ)" -> ["コンゴ民主共和国"]."""
    short = re.sub(r"\s*[(（][^)）]*[)）]\s*$", "", name)
    return [short] if short and short != name else []


def _package_files() -> list[Traversable]:
    folder = resources.files("materiel") / "data" / "gazetteer"
    return sorted((f for f in folder.iterdir() if f.name.endswith((".yaml", ".yml"))), key=lambda f: f.name)


def _resolve(loaded: _Loaded) -> Gazetteer:
    gazetteer = Gazetteer()
    origin: dict[str, _Pending] = {}
    for item in loaded.pending:
        eid = item.entity.id
        if eid in origin:
            first = origin[eid]
            where = "(a country generated from pycountry)" if first.index is None else f"entry {first.index + 1}"
            raise item.source.error(f"duplicate id, first defined in {first.source.label} {where}", item.index, eid)
        origin[eid] = item
        gazetteer._add(item.entity, item.surfaces)
    for item in loaded.pending:
        for key, ref in (("parent", item.entity.parent), ("stands_for", item.entity.stands_for)):
            if ref is not None and ref not in origin:
                raise item.source.error(
                    f"`{key}` {ref!r} is not the id of any entity in the gazetteer", item.index, item.entity.id
                )
    for ext in loaded.extensions:
        target = gazetteer.get(ext.target)
        if target is None:
            raise ext.source.error(
                f"`extend` {ext.target!r} is not the id of any entity in the gazetteer", ext.index, ext.target
            )
        gazetteer._add_names(target, ext.surfaces)
    return gazetteer


def load_gazetteer(extra: Sequence[Path] = ()) -> Gazetteer:
    """The package's gazetteer files, then the user files in `extra`, validated and indexed.

    Raises GazetteerError naming the file, line and entry at fault.
    """
    files = _package_files()
    country_file = next((f for f in files if f.name == COUNTRY_FILE), None)
    country_source = _Source(
        f"materiel/data/gazetteer/{COUNTRY_FILE}", country_file.read_text(encoding="utf-8") if country_file else ""
    )
    countries, alpha3 = _read_countries(country_source)
    loaded = _Loaded(pending=countries)
    for f in files:
        if f.name != COUNTRY_FILE:
            _read_entries(
                _Source(f"materiel/data/gazetteer/{f.name}", f.read_text(encoding="utf-8")),
                alpha3,
                loaded,
                allow_extend=False,
            )
    for path in extra:
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise GazetteerError(str(path), f"cannot be read: {exc}") from None
        _read_entries(_Source(str(path), text), alpha3, loaded, allow_extend=True)
    return _resolve(loaded)


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The package's gazetteer, loaded once. Copy it (`.copy()`) before adding provisional entities."""
    return load_gazetteer()


# states that no longer exist (ISO 3166-3): still the make of many systems, never a supplier today
_FORMER_STATES = frozenset(c.alpha_3 for c in pycountry.historic_countries)


def is_former_state(entity: Entity) -> bool:
    """The Soviet Union, Czechoslovakia, Yugoslavia: a country of origin that supplies nothing now."""
    return entity.type == "country" and entity.country in _FORMER_STATES
