"""A firm that got goods and hands them on, told again as the firm (「同社」) and naming no goods
of its own, passes on what it got whatever the verb:
「中国の企業がキルギスの会社に電子部品を販売し、同社がロシアの軍需企業に納入した」 is China to Russia
through Kyrgyzstan, as 転売 already was. A state told again ("drones that Tehran sells to Russia")
may sell goods of its own, and a second giver naming goods of its own
(「ポーランドはウクライナに旧式の戦車を供与した」) gives them: two transfers stand."""

from __future__ import annotations

import pytest
from tests.parties import pair, transfers, via

PUB = "2025-03-14"


@pytest.mark.parametrize(
    ("text", "supplier", "recipient", "through"),
    [
        (
            "中国の企業がキルギスの会社に電子部品を販売し、同社がロシアの軍需企業に納入した。",
            "China",
            "Russia",
            "Kyrgyzstan",
        ),
        (
            "ドイツの業者はトルコの商社に工作機械を売り、同商社がロシアの工場に引き渡していた。",
            "Germany",
            "Russia",
            "Turkey",
        ),
        (
            "米国の企業が香港の会社に半導体を販売し、同社がロシアの企業に納入したという。",
            "United States",
            "Russia",
            "Hong Kong",
        ),
    ],
)
def test_ja_firm_handing_on_what_it_got_goes_between(text: str, supplier: str, recipient: str, through: str) -> None:
    [t] = transfers(text, "ja", PUB)
    assert pair(t) == (supplier, recipient)
    assert via(t) == {through}


def test_ja_second_giver_naming_its_own_goods_gives_them() -> None:
    text = "米国はポーランドに戦車を売却し、ポーランドはウクライナに旧式の戦車を供与した。"
    assert {pair(t) for t in transfers(text, "ja", PUB)} == {("United States", "Poland"), ("Poland", "Ukraine")}


def test_en_state_selling_goods_of_its_own_is_no_go_between() -> None:
    text = "Two traders were charged with sending US-made chips to Iran for use in drones that Tehran sells to Russia."
    assert {pair(t) for t in transfers(text, "en", PUB)} == {("United States", "Iran")}
