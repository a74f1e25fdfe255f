"""Japanese goods told as what other goods are made against: 「航空機や弾道ミサイルを探知するレーダー」
names a radar; the craft and missiles it finds are no goods sent."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import transfers

_run = partial(transfers, lang="ja", published="2025-03-10")


def _goods(text: str) -> list[list[str]]:
    return [[it.text for it in t.items] for t in _run(text)]


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("日本はフィリピン空軍に、航空機や弾道ミサイルを探知するレーダー4基を引き渡した。", [["レーダー"]]),
        ("米国はウクライナに無人機を迎撃できる防空システムを供与した。", [["防空システム"]]),
        ("ドイツは、戦車を撃破できるミサイルをウクライナに送ったと発表した。", [["ミサイル"]]),
        # (the radar finds them, the next sentence's bare count takes the radar alone)
        (
            "フィリピンを訪れた防衛相は、日本が輸出した警戒管制レーダーを視察した。"
            "戦闘機やミサイルを感知するレーダーで、日本からは計4基を納入する契約だ。",
            [["警戒管制レーダー"], ["レーダー"]],
        ),
    ],
)
def test_what_goods_are_made_to_find_or_defeat_is_no_goods(text: str, goods: list[list[str]]) -> None:
    assert _goods(text) == goods


def test_goods_sent_beside_goods_made_against_them_stay() -> None:
    # (the first tanks are sent; the tanks the missiles defeat are not)
    assert _goods("米国はウクライナに戦車と、敵の戦車を撃破できるミサイルを供与した。") == [["戦車", "ミサイル"]]
    # (missiles sent and launched are goods: no relative clause on other goods)
    assert _goods("北朝鮮はロシアに弾道ミサイルを送り、ロシア軍はそれを発射した。") == [["弾道ミサイル"]]
