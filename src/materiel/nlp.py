"""Language pipeline: tell Japanese from English, and parse with spaCy (GiNZA for Japanese).

Models load once per process, on first use (never at import time).
"""

from __future__ import annotations

import functools
import re
from typing import Any

import spacy
from spacy.language import Language

from materiel.settings import get_setting

SUPPORTED = ("ja", "en")


class LanguageError(ValueError):
    """The text is in a language materiel does not read, or has no text to read."""


_KANA = re.compile(r"[\u3040-\u30ff]")
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def detect_language(text: str) -> str:
    """'ja' or 'en' for the text, via py3langid; raises LanguageError for anything else.

    Kana settle it at once: no other language writes them, and machine-translated Japanese with
    many Latin-script names can fool a character n-gram model.
    """
    sample = text[:5000]
    letters = sum(c.isalpha() for c in sample)
    if letters == 0:
        raise LanguageError("no text to read (no letters)")
    if len(_KANA.findall(sample)) >= max(3, letters * 0.05):
        return "ja"
    import py3langid

    lang, _score = py3langid.classify(sample)
    if lang in SUPPORTED:
        return str(lang)
    if len(_CJK.findall(sample)) > letters * 0.3:
        raise LanguageError(f"language {lang!r} is not supported (materiel reads Japanese and English)")
    raise LanguageError(f"language {lang!r} is not supported (materiel reads Japanese and English)")


@functools.lru_cache(maxsize=None)
def load_pipeline(lang: str) -> Language:
    """The spaCy pipeline for `lang`, loaded once per process from an installed package."""
    if lang == "ja":
        name = str(get_setting("ja_model"))
        nlp = spacy.load(name)
    elif lang == "en":
        name = str(get_setting("en_model"))
        nlp = spacy.load(name)
    else:
        raise LanguageError(f"no pipeline for language {lang!r}")
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


def parse(text: str, lang: str) -> Any:
    """Parse `text` with the pipeline of `lang`: sentences, tokens, lemmas, dependencies, NER."""
    return load_pipeline(lang)(text)
