"""Goods of real reports the extractor lost or added: a word for arms as a whole listed side by
side with other goods (「武器や弾薬」, "weapons and ammunition") is goods of its own, while one that
sums up the goods before it ("drones and other weapons", 「砲弾などの武器」) adds nothing; goods a
clause of including names (「戦車やミサイルを含む武器」) go with the goods it qualifies, and a generic
word that only names the kind of a named system included in it (「S400を含む防空システム」) gives way
to the system; classes of goods the lexicons lacked (air defence weapons, infantry rockets, sights
and sensors); and what goods are equipped to carry, told by a verb coordinated with another one
("the drones fly low and are equipped to carry bombs"), is how they are built, not more goods. A
bomb keeps its weight class ("2,000-pound bombs", 「2000ポンド爆弾」), which counts nothing."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import pair, transfers

from materiel.model import Transfer

PUB = "2025-03-14"

_ja = partial(transfers, lang="ja", published=PUB)
_en = partial(transfers, lang="en", published=PUB)


def _goods(t: Transfer) -> list[str]:
    """The words of a transfer's goods, in order: ["weapons", "ammunition"]."""
    return [i.text for i in t.items]


@pytest.mark.parametrize(
    ("text", "expected", "goods"),
    [
        ("エジプトはリビア東部の武装勢力に武器や弾薬を送っていたとされる。", ("Egypt", None), ["武器", "弾薬"]),
        ("イランはイエメンのフーシ派に小型の無人機や武器を供与している。", ("Iran", "Houthis"), ["無人機", "武器"]),
        ("ベラルーシはロシアに兵器、砲弾を引き渡した。", ("Belarus", "Russia"), ["兵器", "砲弾"]),
        ("イランはヒズボラに武器・弾薬を密輸していた。", ("Iran", "Hezbollah"), ["武器", "弾薬"]),
    ],
)
def test_ja_an_umbrella_listed_beside_other_goods_is_kept(
    text: str, expected: tuple[str | None, str | None], goods: list[str]
) -> None:
    [t] = _ja(text)
    assert pair(t)[0] == expected[0]
    if expected[1] is not None:
        assert pair(t)[1] == expected[1]
    assert _goods(t) == goods


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("Iran supplied Hezbollah with weapons, ammunition and drones in 2023.", ["weapons", "ammunition", "drones"]),
        ("Belarus sent arms and artillery shells to Russia last autumn.", ["arms", "artillery shells"]),
    ],
)
def test_en_an_umbrella_listed_beside_other_goods_is_kept(text: str, goods: list[str]) -> None:
    [t] = _en(text)
    assert _goods(t) == goods


@pytest.mark.parametrize(
    ("text", "lang", "goods"),
    [
        ("North Korea shipped artillery shells and other weapons to Russia.", "en", ["artillery shells"]),
        ("Russia delivered drones and other weapons to Mali last year.", "en", ["drones"]),
        ("北朝鮮はロシアに砲弾などの武器を送った。", "ja", ["砲弾"]),
    ],
)
def test_an_umbrella_that_sums_up_the_goods_adds_nothing(text: str, lang: str, goods: list[str]) -> None:
    [t] = transfers(text, lang=lang, published=PUB)
    assert _goods(t) == goods


def test_ja_goods_a_clause_of_including_names_go_with_the_goods_it_qualifies() -> None:
    [t] = _ja("米国はイスラエルに2000ポンド爆弾を含む大量の弾薬を供与してきた。")
    assert pair(t) == ("United States", "Israel")
    assert [(i.text, i.category) for i in t.items] == [
        ("2000ポンド爆弾", "ammunition"),
        ("弾薬", "ammunition"),
    ]
    [t] = _ja("フランスはウクライナに戦車やミサイルを含む武器を送った。")
    assert pair(t) == ("France", "Ukraine")
    assert _goods(t) == ["戦車", "ミサイル"]  # (the umbrella that sums them up adds nothing)


@pytest.mark.parametrize(
    ("text", "expected", "name"),
    [
        ("ロシアは北朝鮮にS-400を含む防空システムを提供したとされる。", ("Russia", "North Korea"), "S-400"),
        ("米国は台湾に「ハープーン」を含む対艦ミサイルを売却する。", ("United States", "Taiwan"), "Harpoon"),
    ],
)
def test_ja_a_generic_word_naming_the_kind_of_an_included_system_gives_way(
    text: str, expected: tuple[str, str], name: str
) -> None:
    [t] = _ja(text)
    assert pair(t) == expected
    [item] = t.items
    assert item.entity is not None and name in item.entity.name


@pytest.mark.parametrize(
    ("text", "word", "category"),
    [
        (
            "Russia will supply Belarus with planes and its most modern air defence weapons, Lukashenko said.",
            "air defence weapons",
            "air-defence",
        ),
        ("Germany sent Ukraine anti-aircraft weapons in May.", "anti-aircraft weapons", "air-defence"),
        (
            "China shipped Russia infrared search and track systems for its fighters.",
            "infrared search and track systems",
            "components",
        ),
    ],
)
def test_en_classes_of_goods_the_lexicon_lacked(text: str, word: str, category: str) -> None:
    [t] = _en(text)
    assert any(i.text == word and i.category == category for i in t.items)


@pytest.mark.parametrize(
    ("text", "expected", "word", "category"),
    [
        (
            "北朝鮮はワグネルに歩兵用ロケットやミサイルを引き渡した。",
            ("North Korea", "Wagner Group"),
            "歩兵用ロケット",
            "anti-tank",
        ),
        (
            "中国はロシアに熱画像照準器や赤外線捜索追尾システムを輸出した。",
            ("China", "Russia"),
            "熱画像照準器",
            "components",
        ),
        ("イランはシリアに暗視照準器を送ったとされる。", ("Iran", "Syria"), "暗視照準器", "components"),
    ],
)
def test_ja_classes_of_goods_the_lexicon_lacked(text: str, expected: tuple[str, str], word: str, category: str) -> None:
    [t] = _ja(text)
    assert pair(t) == expected
    assert any(i.text == word and i.category == category for i in t.items)


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        (
            "Iran delivered drones to Russia in 2022. The drones can fly six hours and are equipped to carry bombs.",
            ["drones"],
        ),
        (
            "Iran sent Shahed drones to Russia last year. The Shahed drones fly low and can carry 50kg warheads.",
            ["Shahed drones"],
        ),
    ],
)
def test_en_what_goods_carry_told_by_a_coordinated_verb_is_no_goods(text: str, goods: list[str]) -> None:
    [t] = _en(text)
    assert pair(t) == ("Iran", "Russia")
    assert _goods(t) == goods


@pytest.mark.parametrize(
    ("text", "lang", "goods"),
    [
        (
            "The United States has delivered 2,000-pound bombs and 500 lb bombs to Israel.",
            "en",
            ["2,000-pound bombs", "500 lb bombs"],
        ),
        ("Russia sent Syria 500kg bombs in 2016.", "en", ["500kg bombs"]),
        ("米国はイスラエルに2000ポンド爆弾1800発を引き渡した。", "ja", ["2000ポンド爆弾"]),
    ],
)
def test_a_bomb_keeps_its_weight_class(text: str, lang: str, goods: list[str]) -> None:
    [t] = transfers(text, lang=lang, published=PUB)
    assert _goods(t) == goods


def test_a_bomb_weight_class_is_no_count() -> None:
    [t] = _en("The United States sent Israel 1,800 2,000-pound bombs last year.")
    [item] = t.items
    assert item.text == "2,000-pound bombs"
    assert item.quantity is not None and item.quantity.value == 1800
