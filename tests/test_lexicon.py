"""Lexicons are data: validated at load with errors naming the file and the entry; extendable."""

from __future__ import annotations

from pathlib import Path

import pytest

from materiel.lexicon import LexiconError, load_lexicon
from materiel.model import CATEGORIES


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_packaged_lexicons_load(lang: str) -> None:
    lex = load_lexicon(lang)
    assert len(lex.triggers) > 40 and len(lex.items) > 150
    assert set(lex.items.values()) <= set(CATEGORIES)
    assert lex.cue("denied") and lex.cue("attribution")


def test_bad_trigger_names_file_and_entry(tmp_path: Path) -> None:
    (tmp_path / "ja").mkdir()
    bad = tmp_path / "ja" / "triggers.yaml"
    bad.write_text(
        "- {lemma: 供与, kind: supply}\n- {lemma: 譲る, kind: supply, direction: sideways}\n", encoding="utf-8"
    )
    with pytest.raises(LexiconError) as err:
        load_lexicon("ja", [tmp_path])
    assert str(bad) in str(err.value) and "entry 2" in str(err.value) and "譲る" in str(err.value)


def test_unquoted_particle_that_yaml_reads_as_boolean_is_refused(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    bad = tmp_path / "en" / "triggers.yaml"
    bad.write_text("- {lemma: supply, kind: supply}\n- {lemma: pass, kind: transfer, particle: on}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_lexicon("en", [tmp_path])
    msg = str(err.value)
    assert str(bad) in msg and "entry 2" in msg and "pass" in msg and "particle" in msg


def test_bad_category_is_refused(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "items.yaml").write_text("- {category: lasers, terms: [laser]}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="entry 1"):
        load_lexicon("en", [tmp_path])


def test_user_lexicon_extends_the_packaged_one(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "triggers.yaml").write_text(
        "- {lemma: bequeath, kind: donation, direction: give}\n", encoding="utf-8"
    )
    lex = load_lexicon("en", [tmp_path])
    assert lex.triggers["bequeath"][0].kind == "donation"
    assert "supply" in lex.triggers


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Drones, a drone engine and cruise missiles, not dronesque missilery, nor the anti-tank-maker."),
        ("ja", "自爆型無人機と無人機のエンジン、巡航ミサイルや弾道ミサイル、砲弾100万発を送った。"),
    ],
)
def test_the_goods_pattern_finds_what_trying_every_word_longest_first_finds(lang: str, text: str) -> None:
    import re

    from materiel.extract.common import item_term_pattern
    from materiel.pipeline import default_lexicon

    lexicon = default_lexicon(lang)
    body = "|".join(re.escape(t) for t in sorted(lexicon.items, key=len, reverse=True))
    naive = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I) if lang == "en" else re.compile(body)
    found = [m.span() for m in item_term_pattern(lexicon).finditer(text)]
    assert found == [m.span() for m in naive.finditer(text)]
    assert len(found) >= 3
