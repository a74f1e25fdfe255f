"""Goods that serve a system, named with it (「F16戦闘機の関連部品」, "munitions for Patriot",
"parts for ballistic missiles"): the parts or rounds are what changes hands, one item of their own
kind that keeps the system's name in its words; the system itself is no item of the deal."""

from __future__ import annotations

import pytest
from tests.parties import only

from materiel.model import Item


def _items(text: str, lang: str) -> list[Item]:
    return only(text, lang, "2024-06-20").items


@pytest.mark.parametrize(
    ("text", "lang", "words", "category"),
    [
        ("米政府は台湾にF16戦闘機の関連部品を売却することを承認した。", "ja", "F16戦闘機の関連部品", "components"),
        ("北朝鮮はロシアに多連装ロケット砲の砲弾を送った。", "ja", "多連装ロケット砲の砲弾", "artillery-ammunition"),
        (
            "The United States will send Ukraine munitions for Patriot systems.",
            "en",
            "munitions for Patriot",
            "ammunition",
        ),
        ("The US will send missiles for F-16 jets to Ukraine.", "en", "missiles for F-16 jets", "missile"),
    ],
)
def test_parts_named_with_their_system_are_one_item_of_the_parts_kind(
    text: str, lang: str, words: str, category: str
) -> None:
    [item] = _items(text, lang)
    assert (item.text, item.category) == (words, category)


def test_a_system_and_rounds_for_it_both_handed_over_stay_two_items() -> None:
    items = _items("Germany sent Ukraine two Gepard tanks and 10,000 rounds of Gepard ammunition.", "en")
    assert len(items) == 2
    assert {i.category for i in items} == {"air-defence", "ammunition"}


def test_what_the_goods_are_made_into_is_no_item() -> None:
    [item] = _items("砲弾や固体燃料の原料となるニトロセルロースが中国からロシアに輸出された。", "ja")
    assert item.text == "ニトロセルロース"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("FK-3は中国空軍のY20輸送機6機によって空輸され、中国はセルビアにFK-3を引き渡した。", "FK-3"),
        ("ロシアはイランの輸送機で無人機を受け取った。", "無人機"),
        ("ポーランドは韓国のK2戦車を次期主力戦車として180両購入した。", "K2戦車"),
    ],
)
def test_a_carrier_or_a_role_named_beside_the_goods_is_no_item(text: str, words: str) -> None:
    assert [i.text for i in _items(text, "ja")] == [words]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("North Korea has sent 20,000 containers of munitions to Russia.", "en"),
        ("北朝鮮はロシアに2万個のコンテナ分の弾薬を送った。", "ja"),
    ],
)
def test_a_count_of_containers_is_no_count_of_the_goods(text: str, lang: str) -> None:
    [item] = _items(text, lang)
    assert item.quantity is None


def test_a_count_after_the_goods_and_their_no_is_theirs_but_not_a_rank() -> None:
    [item] = _items("英国はチャレンジャー2戦車の14両をウクライナに渡すと発表した。", "ja")
    assert item.quantity is not None and item.quantity.value == 14
    [item] = _items("イタリアはウクライナにSAMP/Tの2基目を送る。", "ja")
    assert item.quantity is None


@pytest.mark.parametrize(
    ("text", "lang", "words", "quantity"),
    [
        ("北朝鮮は「コクサン」170mm自走榴弾砲をロシアに引き渡した。", "ja", "「コクサン」170mm自走榴弾砲", None),
        ("Sweden will donate two ASC 890 airborne early warning planes to Ukraine.", "en",
         "ASC 890 airborne early warning planes", 2),
        ("Taiwan will receive eight F-16V Block 70 jets from the United States.", "en", "F-16V Block 70 jets", 8),
    ],
)  # fmt: skip
def test_a_named_system_and_its_head_noun_are_one_item(text: str, lang: str, words: str, quantity: int | None) -> None:
    [item] = _items(text, lang)
    assert item.text == words
    assert item.entity is not None or item.name is not None
    assert (item.quantity.value if item.quantity else None) == quantity


def test_a_named_system_and_other_goods_of_its_kind_stay_two_items() -> None:
    items = _items("The United States sent Patriot and other air defence systems to Ukraine.", "en")
    assert [i.text for i in items] == ["Patriot", "air defence systems"]


def test_a_slash_after_a_model_number_breaks_nothing() -> None:
    # (an elided series '70/72' with no sibling the gazetteer knows once left an item of no words)
    items = _items("The US approved the sale of 20 F-16 Block 70/72 jets and equipment to the Philippines.", "en")
    assert items[0].text == "F-16 Block 70/72 jets"
    assert all(i.text.strip() and i.start < i.end for i in items)
