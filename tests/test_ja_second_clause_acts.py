"""Japanese: a weak act (導入) in a clause of its own after a strong one (購入) is an act of its own
when it names its own giver (「中国から無人機を購入したほか、韓国からも防空システムを導入した」), not the
strong act told again (「韓国からK2戦車を購入し、今年から部隊に導入した」)."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import pair_list

_pairs = partial(pair_list, lang="ja", published="2025-02-14")


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "アラブ首長国連邦は中国から攻撃型無人機を購入したほか、フランスからも戦闘機ラファールを導入した。",
            [("China", "United Arab Emirates"), ("France", "United Arab Emirates")],
        ),
        (
            "フィリピン海軍はイスラエルから高速艇を購入し、韓国からは哨戒艦を導入する。",
            [("Israel", "Philippines"), ("South Korea", "Philippines")],
        ),
    ],
)
def test_a_weak_act_with_its_own_giver_is_an_act_of_its_own(text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "ポーランドは韓国からK2戦車を購入し、今年から部隊に導入した。",
        "ノルウェーはドイツから潜水艦を購入し、2029年から順次導入する。",
    ],
)
def test_the_same_goods_taken_into_service_are_the_same_act(text: str) -> None:
    assert len(_pairs(text)) == 1
