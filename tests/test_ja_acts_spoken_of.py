"""Japanese: an act named as what a speaker takes another up on (「Xに対し、…の供与について説明を
求めた」) is the one spoken to's, not the speaker's; with no one spoken to, the speaker's own act
(「…の輸出について協議を始めた」) stays the speaker's."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import pair as pair_of
from tests.parties import pair_list, transfers

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


@pytest.mark.parametrize(
    ("text", "pair", "status"),
    [
        ("ロシアへの弾道ミサイルの供与をめぐり、米国はイランを非難した。", ("Iran", "Russia"), "alleged"),
        ("英国はイラン政府に対し、ロシアへの弾道ミサイルの移送を巡って説明を求めた。", ("Iran", "Russia"), None),
        ("北朝鮮によるロシアへの砲弾輸出をめぐって、EUは北朝鮮の企業に制裁を科した。", ("North Korea", "Russia"), None),
    ],
)
def test_an_act_a_party_is_accused_or_punished_over_is_the_accused_s(
    text: str, pair: tuple[str, str], status: str | None
) -> None:
    [t] = transfers(text, lang="ja", published="2025-05-01")
    assert pair_of(t) == pair
    assert status is None or t.status == status


@pytest.mark.parametrize(
    "text", ["戦車の供与をめぐる議論が続いている。", "ウクライナへの戦車供与をめぐり、ドイツ政府内で議論が続いた。"]
)
def test_a_debate_over_an_act_tells_no_act(text: str) -> None:
    assert _pairs(text) == []
