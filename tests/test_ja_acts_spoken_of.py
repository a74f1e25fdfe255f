"""Japanese: an act named as what a speaker takes another up on (「Xに対し、…の供与について説明を
求めた」) is the one spoken to's, not the speaker's; with no one spoken to, the speaker's own act
(「…の輸出について協議を始めた」) stays the speaker's."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import pair_list

_pairs = partial(pair_list, lang="ja", published="2025-05-01")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("米国はイランに対し、ロシアへのミサイル供与について説明を求めた。", ("Iran", "Russia")),
        ("欧州連合は中国に対し、ロシアへの無人機部品の輸出について懸念を伝えた。", ("China", "Russia")),
        ("日本政府はベラルーシ政府に対して、ロシアへの弾薬の輸送について抗議した。", ("Belarus", "Russia")),
    ],
)
def test_an_act_taken_up_with_another_is_that_other_s(text: str, pair: tuple[str, str]) -> None:
    assert _pairs(text) == [pair]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("日本はフィリピンへの護衛艦の輸出について協議を始めた。", ("Japan", "Philippines")),
        ("韓国政府は、ウクライナへの武器供与について検討していると明らかにした。", ("South Korea", "Ukraine")),
        ("ウクライナは米国に対し、パトリオットの追加供与について要請した。", ("United States", "Ukraine")),
    ],
)
def test_with_no_one_else_spoken_to_the_act_keeps_its_doer(text: str, pair: tuple[str, str]) -> None:
    assert _pairs(text) == [pair]
