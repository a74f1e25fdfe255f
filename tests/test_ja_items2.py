"""Japanese goods the item stage missed or split: kanji modifiers listed with 中黒 before one goods word
(「対艦・対空ミサイル」 is one item, not 対空ミサイル alone), and a plain word for goods listed beside
goods (「兵器と装備」「武器や関連物資」「生産設備や部品」), which alone is too vague to be goods."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import pair, pairs, transfers

PUB = "2025-03-10"

_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)


def _goods(text: str) -> list[tuple[str, str]]:
    """The goods of the one transfer a text tells, as (text, category)."""
    [t] = _run(text)
    return [(it.text, it.category) for it in t.items]


# kanji modifiers listed with 中黒 share the goods word after them


@pytest.mark.parametrize(
    ("text", "expected", "goods"),
    [
        (
            "米国はサウジアラビアに防空・ミサイル防衛システムを売却する方針だ。",
            ("United States", "Saudi Arabia"),
            [("防空・ミサイル防衛システム", "air-defence")],
        ),
        (
            "イランはフーシ派に地対空・地対艦ミサイルを送ったとされる。",
            ("Iran", "Houthis"),
            [("地対空・地対艦ミサイル", "missile")],
        ),
        (
            "国連の報告書によると、イランはフーシ派に対艦・対空ミサイルやレーダーを供与した。",
            ("Iran", "Houthis"),
            [("対艦・対空ミサイル", "air-defence"), ("レーダー", "air-defence")],
        ),
        (
            "ロシアは北朝鮮に短・中距離ミサイルを渡したとみられる。",
            ("Russia", "North Korea"),
            [("短・中距離ミサイル", "missile")],
        ),
    ],
)
def test_ja_modifiers_listed_with_a_dot_are_one_item(
    text: str, expected: tuple[str, str], goods: list[tuple[str, str]]
) -> None:
    [t] = _run(text)
    assert pair(t) == expected
    assert [(it.text, it.category) for it in t.items] == goods


def test_ja_a_dot_between_two_names_takes_no_goods_word() -> None:
    # (「ロシア・ウクライナ」 names two states, not a modifier of the goods)
    [t] = _run("北朝鮮はロシアに砲弾を送った。ロシア・ウクライナ戦争は長期化している。")
    assert [(it.text, it.category) for it in t.items] == [("砲弾", "artillery-ammunition")]


def test_ja_a_dot_after_goods_of_their_own_leaves_both() -> None:
    # (「戦車・装甲車」: two goods words, each an item)
    [t] = _run("ポーランドはウクライナに戦車・装甲車を送った。")
    assert pair(t) == ("Poland", "Ukraine")
    assert [it.text for it in t.items] == ["戦車", "装甲車"]


# a plain word for goods listed beside goods is goods


@pytest.mark.parametrize(
    ("text", "expected", "goods"),
    [
        (
            "スーダン政府との協定で、ロシアは同国軍に兵器と装備を供与することになった。",
            ("Russia", "Sudan"),
            [("兵器", "other"), ("装備", "other")],
        ),
        (
            "国連の特別報告者によると、中国の企業から武器や関連物資がミャンマー国軍に流れ込んだ。",
            ("China", "Myanmar"),
            [("武器", "other"), ("関連物資", "other")],
        ),
        (
            "米政府は、イランがロシアの無人機工場に生産設備や部品を送っていると分析している。",
            ("Iran", "Russia"),
            [("生産設備", "dual-use"), ("部品", "components")],
        ),
        (
            "ベラルーシはロシアに弾薬及び物資を送ったと伝えられる。",
            ("Belarus", "Russia"),
            [("弾薬", "ammunition"), ("物資", "other")],
        ),
    ],
)
def test_ja_a_plain_goods_word_listed_with_goods_is_an_item(
    text: str, expected: tuple[str, str], goods: list[tuple[str, str]]
) -> None:
    [t] = _run(text)
    assert pair(t) == expected
    assert [(it.text, it.category) for it in t.items] == goods


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # alone, the word is too vague to be goods
        ("ロシアは北朝鮮に戦闘機を供与し、北朝鮮は装備を強化した。", ["戦闘機"]),
        # 装備 of the receiving army, after the act's clause
        ("米国は台湾に戦車を売却し、台湾軍の装備を更新する。", ["戦車"]),
        # the plant's machinery named as where goods are made, not listed with goods
        ("イランはロシアに無人機を送り、ロシアは生産設備を国内に新設した。", ["無人機"]),
    ],
)
def test_ja_a_plain_goods_word_not_listed_with_goods_is_no_item(text: str, goods: list[str]) -> None:
    assert [it.text for t in _run(text) for it in t.items] == goods
