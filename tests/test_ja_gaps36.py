"""Diverted parts of no told make take no supplier from another act of the story; a count of firms
(「3社は」) points back to the firms a sanction named, whose state goes between."""

from __future__ import annotations

from tests.parties import pair, transfers, via

PUB = "2024-05-20"


def _got(text: str) -> list[tuple[tuple[str | None, str | None], set[str | None]]]:
    return [(pair(t), via(t)) for t in transfers(text, "ja", PUB)]


def test_diverted_parts_of_no_told_make_borrow_no_later_supplier() -> None:
    text = (
        "制裁で輸出が禁じられた電子部品や工作機械が、ウズベキスタンやアルメニアを経由してロシアに流入している。\n"
        "米商務省は今年3月、アルメニアの商社2社を輸出管理の対象に加えた。同省によると、2社は米国製の集積回路を"
        "ロシアの防衛企業に販売していた。\n北朝鮮もロシアに砲弾を送っている。"
    )
    got = _got(text)
    assert (((None, "Russia")), {"Uzbekistan", "Armenia"}) in got
    assert all(p != ("United States", "Russia") or v for p, v in got)


def test_a_count_of_firms_points_back_to_the_firms_named_before() -> None:
    text = (
        "英政府は2月、トルコの貿易会社4社に資産凍結の制裁を科した。"
        "英外務省によると、4社は日本製の工作機械をロシアの兵器工場に納入していた。"
    )
    assert _got(text) == [(("Japan", "Russia"), {"Turkey"})]


def test_a_count_of_firms_with_its_pointer() -> None:
    text = "米財務省は昨年、カザフスタンの企業2社を制裁対象に指定した。同2社は電子部品をロシア軍に供給していた。"
    assert _got(text) == [(("Kazakhstan", "Russia"), set())]


def test_a_counted_firm_told_fresh_is_no_pointer() -> None:
    # (「…の企業3社が」 is the firms themselves, told with their state)
    text = "米財務省は、キルギスの企業3社が電子部品をロシアの軍需企業に納入していたと発表した。"
    assert _got(text) == [(("Kyrgyzstan", "Russia"), set())]
