"""Japanese: an act noun joined to a word of approving or deciding, with its receiver told right
before it (「米、台湾に武器売却承認」「独、ウクライナへの戦車供与決定」), is the act planned; an export
permit system, or a permit taken back, is none."""

from __future__ import annotations

from functools import partial

from tests.parties import records

_records = partial(records, lang="ja", published="2025-03-10")


def test_a_sale_approved_for_a_named_receiver_is_planned() -> None:
    assert [(r[0], r[1], r[3]) for r in _records("米、台湾に武器売却承認　総額20億ドル")] == [
        ("United States", "Taiwan", "planned")
    ]


def test_a_supply_decided_for_a_named_receiver_is_planned() -> None:
    assert [(r[0], r[1], r[3]) for r in _records("独、ウクライナへの戦車供与決定")] == [
        ("Germany", "Ukraine", "planned")
    ]


def test_a_permit_system_or_a_permit_taken_back_is_no_transfer() -> None:
    assert _records("経産省は輸出許可制度を見直した。") == []
    assert _records("政府はロシアへの輸出許可を取り消した。") == []
