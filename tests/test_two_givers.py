"""Two acts of giving in one sentence, each with its own giver and goods, the receiver named only in
the second: both go to it ("Germany supplied IRIS-T, and the US sent Patriots to Ukraine")."""

from __future__ import annotations

import pytest
from tests.parties import name as _name

from materiel.pipeline import analyze_text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ドイツがIRIS-Tを供与したほか、米国もパトリオットをウクライナに送った。", "ja"),
        ("ドイツがIRIS-Tを供与し、米国もパトリオットをウクライナに送った。", "ja"),
        ("Germany supplied IRIS-T, and the US sent Patriot systems to Ukraine.", "en"),
    ],
)
def test_the_receiver_told_last_receives_both(text: str, lang: str) -> None:
    pairs = {(_name(t.supplier), _name(t.recipient)) for t in analyze_text(text, lang=lang).transfers}
    assert pairs == {("Germany", "Ukraine"), ("United States", "Ukraine")}


def test_a_receiver_from_the_paragraph_before_does_not_take_the_first_gift() -> None:
    text = (
        "ロシアには北朝鮮が砲弾を提供している。\n\n"
        "ドイツがIRIS-Tを供与したほか、米国もパトリオットをウクライナに送った。"
    )
    pairs = {(_name(t.supplier), _name(t.recipient)) for t in analyze_text(text, lang="ja").transfers}
    assert ("Germany", "Russia") not in pairs
    assert ("Germany", "Ukraine") in pairs


def test_a_gift_with_its_own_receiver_keeps_it() -> None:
    text = "Germany supplied IRIS-T to Moldova, and the US sent Patriot systems to Ukraine."
    pairs = {(_name(t.supplier), _name(t.recipient)) for t in analyze_text(text, lang="en").transfers}
    assert ("Germany", "Moldova") in pairs and ("Germany", "Ukraine") not in pairs
