"""A state's office telling a giving to no one named speaks of its own receipt (「ウクライナ国防省に
よると、ドイツは戦車を送った」 is Germany to Ukraine), except when the giver is a state whose arms
exports the UN bars (North Korea, Iran): a defence ministry tells those deliveries as intelligence
on others, and its own state is no recipient (「英国防省によると、イランは弾道ミサイルを供与した」)."""

from __future__ import annotations

import pytest
from tests.parties import pairs

PUB = "2025-03-14"


@pytest.mark.parametrize(
    "text",
    [
        "英国防省によると、イランは弾道ミサイルを供与した。",
        "英国防省は、イランが弾道ミサイルを供与したと発表した。",
        "韓国国防省によると、北朝鮮は新たに砲弾を送った。",
        "日本の防衛省は、北朝鮮が短距離弾道ミサイルを引き渡したと説明した。",
    ],
)
def test_ja_office_is_no_recipient_of_an_embargoed_states_deliveries(text: str) -> None:
    assert all(recipient not in ("United Kingdom", "South Korea", "Japan") for _s, recipient in pairs(text, "ja", PUB))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ウクライナ国防省によると、ドイツは戦車を送った。", ("Germany", "Ukraine")),
        ("ポーランド国防省は、米国が防空システムを引き渡したと発表した。", ("United States", "Poland")),
    ],
)
def test_ja_office_still_receives_from_other_givers(text: str, expected: tuple[str, str]) -> None:
    assert pairs(text, "ja", PUB) == {expected}
