"""Japanese: goods another state gave, fronted before the one using them (「米国が供与したATACMSを、
ウクライナ軍は…使用した」「英国が供与したミサイルで、ウクライナ軍は…攻撃した」), and goods whose giving is
told under a hedge (「北朝鮮が供与したとみられるミサイル」), went to their user."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import records

_records = partial(records, lang="ja", published="2025-03-10")


@pytest.mark.parametrize(
    ("text", "record"),
    [
        (
            "米国が供与した長射程ミサイルを、ウクライナ軍はブリャンスク州への攻撃に使用した。",
            ("United States", "Ukraine", None, "reported"),
        ),
        (
            "ドイツから届いた自走対空砲を、ウクライナ軍は首都の防空に投入した。",
            ("Germany", "Ukraine", None, "reported"),
        ),
        (
            "フランスが供与した巡航ミサイル「スカルプ」で、ウクライナ軍はクリミアの港を攻撃した。",
            ("France", "Ukraine", None, "reported"),
        ),
        (
            "イランが提供した無人機で、ロシア軍はオデーサを攻撃したと、ウクライナ空軍は発表した。",
            ("Iran", "Russia", None, "reported"),
        ),
    ],
)
def test_fronted_goods_go_to_the_one_using_them(text: str, record: tuple[str, str, None, str]) -> None:
    assert _records(text) == [record]


@pytest.mark.parametrize(
    "text",
    [
        "ロシア軍は北朝鮮が供与したとみられる弾道ミサイルでザポリージャを攻撃した。",
        "北朝鮮が供与したとされる弾道ミサイルで、ロシア軍がキーウを攻撃した。",
        "ロシア軍は、北朝鮮が提供したといわれる多連装ロケット砲を前線に投入している。",
    ],
)
def test_goods_given_under_a_hedge_went_to_their_user_as_alleged(text: str) -> None:
    assert _records(text) == [("North Korea", "Russia", None, "alleged")]


@pytest.mark.parametrize(
    "text",
    [
        "ロシア国防省は、英国が供与したミサイルで攻撃されたと発表した。",
        "米国が供与した防空システムを、ウクライナは国内で修理する方針だ。",
    ],
)
def test_goods_used_on_someone_or_only_kept_are_no_new_receipt(text: str) -> None:
    """The target of an attack is no user; goods only repaired are no use (the gift itself may still
    be told, but not to the one attacked)."""
    assert all(r[1] != "Russia" for r in _records(text))


@pytest.mark.parametrize(
    "text",
    [
        "ロシアはイランから購入した無人機をベラルーシ経由で前線に送った。",
        "ロシアはイランから調達した弾道ミサイルを、南部の部隊に移送したという。",
    ],
)
def test_goods_got_and_moved_to_ones_own_forces_are_the_getting(text: str) -> None:
    """The getting is the transfer; moving the goods on to no other party is none."""
    assert [r[:2] for r in _records(text)] == [("Iran", "Russia")]
