"""Japanese acts whose doing a party is weighing now: 「供与するかどうかを検討している」 is a plan under
way, as 「供与を検討している」 is and as English "is considering whether to send" is read; whether it
will happen, asked about or said undecided (「かどうかについて…決まっていない」), stays open."""

from __future__ import annotations

from functools import partial

from tests.parties import records

PUB = "2025-03-10"

_records = partial(records, lang="ja", published=PUB)


def _statuses(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, r, st) for s, r, _d, st in _records(text)}


def test_whether_to_supply_under_study_is_planned() -> None:
    text = "スウェーデン政府は、ウクライナに早期警戒機を供与するかどうかを検討している。"
    assert _statuses(text) == {("Sweden", "Ukraine", "planned")}


def test_whether_to_export_under_study_as_a_noun_is_planned() -> None:
    text = "日本政府は、オーストラリアに新型護衛艦を輸出するかどうか検討中だ。"
    assert _statuses(text) == {("Japan", "Australia", "planned")}


def test_whether_left_undecided_is_no_transfer() -> None:
    text = "フランスがウクライナに戦闘機を追加で送るかどうかについて、国防省は「決まっていない」と述べた。"
    assert _statuses(text) == set()


def test_whether_not_under_study_is_no_transfer() -> None:
    text = "韓国政府は、ウクライナに砲弾を直接供与するかどうかを検討していないと説明した。"
    assert _statuses(text) == set()
