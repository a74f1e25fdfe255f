"""Trigger, item and cue lexicons per language (`lang/<code>/*.yaml`), validated when loaded."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from materiel.model import CATEGORIES, STATUSES

LANGUAGES = ("ja", "en")
DIRECTIONS = ("give", "receive", "request", "move")
CUE_KEYS = (
    "alleged",
    "planned",
    "requested",
    "denied",
    "confirmed",
    "attribution",
    "sources",
    "hedge_final",
    "not_transfer",
    "interdicted",
    "unchecked",
    "umbrella",
)

DENYING_VERBS_EN = frozenset({"deny", "dismiss", "reject", "refute", "rebut", "disavow"})
"""English verbs of denying, by lemma ("Iran denies sending drones", "Beijing rejected the claims"):
the status stage reads a transfer under one as denied, and the parser repair in `materiel.nlp` mends
the report noun a denial takes ("rejects US claims that ...")."""


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Trigger:
    lemma: str
    kind: str
    direction: str
    status: str | None = None
    noun: bool = False
    weak: bool = False
    particle: str | None = None
    # passes on goods bought or made elsewhere (re-export, 転売): their maker's state supplies them
    onward: bool = False


@dataclass
class Lexicon:
    lang: str
    triggers: dict[str, list[Trigger]] = field(default_factory=dict)
    items: dict[str, str] = field(default_factory=dict)  # term -> category
    cues: dict[str, list[str]] = field(default_factory=dict)

    def cue(self, key: str) -> list[str]:
        return self.cues.get(key, [])


def _read_yaml(path: Path | Any, name: str) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise LexiconError(f"{name}: not valid YAML: {e}") from e


def _load_triggers(data: Any, name: str, lex: Lexicon) -> None:
    if not isinstance(data, list):
        raise LexiconError(f"{name}: expected a list of triggers")
    for i, entry in enumerate(data):
        where = f"{name}: entry {i + 1}"
        if not isinstance(entry, dict) or not entry.get("lemma") or not entry.get("kind"):
            raise LexiconError(f"{where}: a trigger needs `lemma` and `kind` ({entry!r})")
        unknown = set(entry) - {"lemma", "kind", "direction", "status", "noun", "weak", "particle", "onward"}
        if unknown:
            raise LexiconError(f"{where} ({entry['lemma']}): unknown keys {sorted(unknown)}")
        if entry.get("direction", "give") not in DIRECTIONS:
            raise LexiconError(f"{where} ({entry['lemma']}): direction must be one of {DIRECTIONS}")
        if entry.get("status") is not None and entry["status"] not in STATUSES:
            raise LexiconError(f"{where} ({entry['lemma']}): status must be one of {STATUSES}")
        particle = entry.get("particle")
        if particle is not None and not (isinstance(particle, str) and particle):
            raise LexiconError(
                f'{where} ({entry["lemma"]}): `particle` must be a word, got {particle!r} (quote it: particle: "on")'
            )
        trig = Trigger(
            lemma=str(entry["lemma"]),
            kind=str(entry["kind"]),
            direction=str(entry.get("direction", "give")),
            status=entry.get("status"),
            noun=bool(entry.get("noun", False)),
            weak=bool(entry.get("weak", False)),
            particle=particle,
            onward=bool(entry.get("onward", False)),
        )
        lex.triggers.setdefault(trig.lemma.lower(), []).append(trig)


def _load_items(data: Any, name: str, lex: Lexicon) -> None:
    if not isinstance(data, list):
        raise LexiconError(f"{name}: expected a list of {{category, terms}}")
    for i, entry in enumerate(data):
        where = f"{name}: entry {i + 1}"
        if not isinstance(entry, dict) or entry.get("category") not in CATEGORIES:
            raise LexiconError(f"{where}: category must be one of {CATEGORIES} ({entry!r})")
        terms = entry.get("terms")
        if not isinstance(terms, list) or not all(isinstance(t, str) and t for t in terms):
            raise LexiconError(f"{where} ({entry['category']}): `terms` must be a list of words")
        for t in terms:
            lex.items[t] = entry["category"]


def _load_cues(data: Any, name: str, lex: Lexicon) -> None:
    if not isinstance(data, dict):
        raise LexiconError(f"{name}: expected a mapping of cue lists")
    for key, words in data.items():
        if key not in CUE_KEYS:
            raise LexiconError(f"{name}: entry {key!r}: unknown cue list (known: {', '.join(CUE_KEYS)})")
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise LexiconError(f"{name}: entry {key!r}: must be a list of words")
        lex.cues.setdefault(key, []).extend(words)


_LOADERS = {"triggers.yaml": _load_triggers, "items.yaml": _load_items, "cues.yaml": _load_cues}


def load_lexicon(lang: str, extra: Sequence[Path] = ()) -> Lexicon:
    """The packaged lexicon of `lang`, extended by user folders holding files of the same names."""
    if lang not in LANGUAGES:
        raise LexiconError(f"no lexicon for language {lang!r} (known: {', '.join(LANGUAGES)})")
    lex = Lexicon(lang)
    folder = resources.files("materiel") / "lang" / lang
    for fname, loader in _LOADERS.items():
        loader(_read_yaml(folder / fname, f"lang/{lang}/{fname}"), f"lang/{lang}/{fname}", lex)
    for user_dir in extra:
        for fname, loader in _LOADERS.items():
            path = Path(user_dir) / lang / fname
            if path.exists():
                loader(_read_yaml(path, str(path)), str(path), lex)
    return lex


@functools.cache
def default_lexicon(lang: str) -> Lexicon:
    return load_lexicon(lang)
