"""Japanese: the one whose help an act of getting is done with gives the goods (「フーシ派はイランの支援を
受けて対艦ミサイルを入手した」); goods made at home with another's help are no transfer (「中国の支援を
受けて国内で武器を生産している」)."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import records

_records = partial(records, lang="ja", published="2025-01-20")


@pytest.mark.parametrize(
    ("text", "record"),
    [
        (
            "フーシ派は、イランの支援を受けて巡航ミサイルを入手したとみられる。",
            ("Iran", "Houthis", None, "alleged"),
        ),
        (
            "ロシア軍は北朝鮮の軍事支援を受けて大量の砲弾を確保した。",
            ("North Korea", "Russia", None, "reported"),
        ),
    ],
)
def test_help_received_names_the_giver(text: str, record: tuple[str, str, None, str]) -> None:
    assert _records(text) == [record]


@pytest.mark.parametrize(
    "text",
    [
        "ミャンマー国軍は、中国の支援を受けて国内で小銃を生産している。",
        "ロシアはイランの協力を得て、タタルスタンの工場で無人機を量産している。",
    ],
)
def test_goods_made_at_home_with_help_are_no_transfer(text: str) -> None:
    assert _records(text) == []
