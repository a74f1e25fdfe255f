"""Machine translation into Japanese sets spaces between words: a name and its particle
(「ロシア へ」), a title and its particle (「米政府 は」), a verb and its ending. The cases read
from the particle all the same."""

from __future__ import annotations

import pytest
from tests.parties import pair, transfers


def _records(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(*pair(t), t.status) for t in transfers(text, "ja", "2024-06-20")]


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮がロシア へ 砲弾を 送った。",
        "北朝鮮 は ロシア に 砲弾 を 送った。",
        "ロシア は 北朝鮮 から 砲弾 を 受け取った。",
    ],
)
def test_a_particle_set_apart_from_a_name_still_gives_its_case(text: str) -> None:
    assert _records(text) == [("North Korea", "Russia", "reported")]


def test_a_third_party_speaking_with_spaces_reports_and_does_not_confirm() -> None:
    text = "イラン は ロシア に 無人機 を 供与した と 、 米政府 は 述べた 。"
    assert _records(text) == [("Iran", "Russia", "reported")]
