"""English parsing by lines: a wire's dateline or a headline's label is parsed apart from the
clause it heads, so it never becomes that clause's subject."""

from __future__ import annotations

import pytest

from materiel.nlp import parse


@pytest.mark.parametrize(
    "label",
    ["SEOUL, Feb 27 (Reuters) - ", "KYIV, Ukraine (AP) — ", "WASHINGTON (Reuters) -- ", "Ukraine war: "],
)
def test_a_dateline_or_label_is_parsed_apart_from_its_clause(label: str) -> None:
    text = label + "North Korea has shipped artillery shells to Russia, officials said.\n"
    (off, doc), *_ = parse(text, "en")
    cut = len(label)
    for tok in doc:
        inside = off + tok.idx < cut
        assert (off + tok.head.idx < cut) == inside, (tok.text, tok.head.text)


def test_a_plain_first_line_is_parsed_whole() -> None:
    text = "The drones (Shahed) - were shipped to Russia, officials said.\n"
    (_off, doc), *_ = parse(text, "en")
    assert len({tok.sent.start for tok in doc if tok.text.strip()}) == 1
