"""Goods named the short way: a sibling model's number after a system named with its series number
("Shahed-131 and -136", 「シャヘド131と136」, "KN-23, -24"), a gun by its calibre (「122ミリ砲」), and
goods something else is counted by ("two officers per drone"), which are no goods sent."""

from __future__ import annotations

import pytest
from tests.parties import only, transfers

PUB = "2023-10-02"


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("Iran sent Shahed-131 and -136 drones to Russia.", "en", ["Shahed-131", "Shahed-136"]),
        (
            "Iran has supplied Russia with Shahed-131 and -136 drones, officials say.",
            "en",
            ["Shahed-131", "Shahed-136"],
        ),
        ("North Korea sent KN-23, -24 and -25 missiles to Russia.", "en", ["KN-23", "KN-24", "KN-25"]),
        ("イランはシャヘド131と136をロシアに送った。", "ja", ["Shahed-131", "Shahed-136"]),
        ("北朝鮮はKN-23、-24をロシアに供与したとされる。", "ja", ["KN-23", "KN-24"]),
    ],
)
def test_a_sibling_number_names_the_sibling_model(text: str, lang: str, names: list[str]) -> None:
    t = only(text, lang=lang, published=PUB)
    assert [i.entity.name if i.entity else None for i in t.items] == names


def test_a_number_after_another_kind_of_goods_names_nothing() -> None:
    # (「と」 then a count of other goods is no sibling model)
    t = only("北朝鮮はKN-23と砲弾100万発をロシアに送った。", lang="ja", published=PUB)
    assert sorted(i.category for i in t.items) == ["artillery-ammunition", "missile"]


@pytest.mark.parametrize(
    "text", ["北朝鮮は122ミリ砲をロシアに送った。", "北朝鮮は砲弾100万発と152ミリ砲をロシアに送った。"]
)
def test_a_gun_named_by_its_calibre_is_goods(text: str) -> None:
    t = only(text, lang="ja", published=PUB)
    guns = [i for i in t.items if i.category == "other"]
    assert len(guns) == 1 and guns[0].quantity is None


@pytest.mark.parametrize(
    "text",
    [
        "Iran also sent two officers per drone to Russia to help integrate the craft.",
        "Belarus sends one technician per missile battery to Russia.",
    ],
)
def test_goods_something_is_counted_by_are_not_sent(text: str) -> None:
    assert transfers(text, lang="en", published=PUB) == []
