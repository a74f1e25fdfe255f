"""Classes of goods by the words reports use for them, as the annotation habits want them: an
anti-tank grenade or its launcher (「対戦車擲弾」) is anti-tank, not the tank its prefix names; a
plain grenade launcher (「擲弾発射機」, "grenade launchers") is a small arm; a mine keeps its whole
word (「対戦車地雷」) and is ammunition; anti-aircraft guns (「高射砲」) are air defence; thermal
sights and cameras are components, as sights and sensors already were."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import only

PUB = "2025-03-14"

_ja = partial(only, lang="ja", published=PUB)
_en = partial(only, lang="en", published=PUB)


@pytest.mark.parametrize(
    ("goods", "category"),
    [
        ("対戦車擲弾", "anti-tank"),
        ("対戦車擲弾発射機", "anti-tank"),
        ("対戦車ロケット弾", "anti-tank"),
        ("擲弾発射機", "small-arms"),
        ("対戦車地雷", "ammunition"),
        ("対人地雷", "ammunition"),
        ("高射砲", "air-defence"),
        ("対空機関砲", "air-defence"),
    ],
)
def test_ja_goods_word_gives_its_class(goods: str, category: str) -> None:
    t = _ja(f"ベラルーシは昨年、ロシア軍に{goods}を引き渡した。")
    assert [(i.text, i.category) for i in t.items] == [(goods, category)]


@pytest.mark.parametrize(
    ("goods", "category"),
    [
        ("thermal imaging sights", "components"),
        ("thermal cameras", "components"),
        ("infrared cameras", "components"),
        ("grenade launchers", "small-arms"),
    ],
)
def test_en_goods_word_gives_its_class(goods: str, category: str) -> None:
    t = _en(f"Belarus handed {goods} to the Russian army last year, the report said.")
    assert [(i.text, i.category) for i in t.items] == [(goods, category)]


def test_ja_tank_inside_an_anti_tank_word_is_no_tank() -> None:
    t = _ja("スロバキアはウクライナに対戦車擲弾発射機と戦車を供与した。")
    assert [(i.text, i.category) for i in t.items] == [
        ("対戦車擲弾発射機", "anti-tank"),
        ("戦車", "armoured-vehicle"),
    ]
