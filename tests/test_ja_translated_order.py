"""Japanese as machine translation writes it: a source kept in the original's word order at the end
(「…を受け取った、ロイター通信によると。」) is only what stands after the last comma, not a party of
the act; a state's forces written apart (「ロシアの軍隊のための部品」) stand for the state."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import pair_list

_pairs = partial(pair_list, lang="ja", published="2024-11-05")


@pytest.mark.parametrize(
    "text",
    [
        "ロシアは北朝鮮から砲弾を受け取った、ロイター通信によると。",
        "ロシアは北朝鮮から弾道ミサイルを受け取った、韓国の情報機関によると。",
    ],
)
def test_a_trailing_source_is_no_party(text: str) -> None:
    assert _pairs(text) == [("North Korea", "Russia")]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("中国の企業は、ロシアの軍隊のための電子部品を出荷した。", ("China", "Russia")),
        ("北朝鮮はロシアの軍に多連装ロケット砲を送った。", ("North Korea", "Russia")),
    ],
)
def test_a_states_forces_written_apart_stand_for_it(text: str, pair: tuple[str, str]) -> None:
    assert _pairs(text) == [pair]
