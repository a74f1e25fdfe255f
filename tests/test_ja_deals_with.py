"""Japanese: a deal a state signs with a partner (「XはYと…の契約を結び」), told with no act word of
its own. When the goods then come to it (handed over in the passive, or arriving), the topic buys
and the partner sells; a firm that signs sells. A deal alone sells goods from the side that makes
them. The one date told in the deal's clause is the deal's day, not that of what came after."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import records, transfers

_records = partial(records, lang="ja", published="2025-11-01")


def _counts(text: str) -> list[float | None]:
    """The quantity of the first item of each transfer the text tells, in order."""
    out: list[float | None] = []
    for t in transfers(text, "ja", "2025-11-01"):
        q = t.items[0].quantity if t.items else None
        out.append(q.value if q is not None else None)
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "エストニアは2023年に韓国とK9自走砲24門の契約を結び、最初の6門が今年引き渡された。",
            [("South Korea", "Estonia", "2023", "planned"), ("South Korea", "Estonia", "2025", "reported")],
        ),
        (
            "オーストラリアは米国とHIMARS42両の契約を結び、最初の2両が到着した。",
            [("United States", "Australia", None, "planned"), ("United States", "Australia", None, "reported")],
        ),
        (
            "インドは2016年にフランスとラファール36機の契約を結び、2020年に最初の5機が到着した。",
            [("France", "India", "2016", "planned"), ("France", "India", "2020", "reported")],
        ),
        (
            "フィリピンは2021年にインドとブラモス巡航ミサイルの契約を結び、今年4月に最初の部隊分が引き渡された。",
            [("India", "Philippines", "2021", "planned"), ("India", "Philippines", "2025-04", "reported")],
        ),
    ],
)
def test_a_state_that_signs_with_a_partner_and_sees_goods_come_buys(
    text: str, expected: list[tuple[str | None, str | None, str | None, str]]
) -> None:
    assert _records(text) == expected


def test_the_deal_keeps_the_whole_count_and_the_first_lot_its_own() -> None:
    text = "エストニアは2023年に韓国とK9自走砲24門の契約を結び、最初の6門が今年引き渡された。"
    assert _counts(text) == [24, 6]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a firm that signs with a state's forces sells to them
        (
            "2021年に三菱電機がタイ空軍と警戒管制レーダー2基の契約を結び、24年から順次納入されている。",
            [("Japan", "Thailand", "2021", "planned"), ("Japan", "Thailand", "2024", "reported")],
        ),
        # the maker's state as the topic, the goods arriving at the buyer
        (
            "韓国はノルウェーとK9自走砲24門の契約を結び、最初の4門が到着した。",
            [("South Korea", "Norway", None, "planned"), ("South Korea", "Norway", None, "reported")],
        ),
        # the seller as the topic handing the goods over itself
        (
            "韓国は2022年にポーランドとK2戦車180両の契約を結び、同年12月に最初の10両を引き渡した。",
            [("South Korea", "Poland", "2022", "planned"), ("South Korea", "Poland", "2022-12", "reported")],
        ),
    ],
)
def test_the_seller_stays_the_seller(text: str, expected: list[tuple[str | None, str | None, str | None, str]]) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ウクライナは2019年にトルコとTB2の契約を結び、これまでに12機を受け取った。",
            [("Turkey", "Ukraine", "2019", "planned"), ("Turkey", "Ukraine", None, "reported")],
        ),
        (
            "韓国は2022年にポーランドとK2戦車180両の契約を結び、最初の10両が到着した。",
            [("South Korea", "Poland", "2022", "planned"), ("South Korea", "Poland", None, "reported")],
        ),
        # (the act the deal is for, in a clause on it: the deal's day too)
        (
            "フィンランドは2021年にF35戦闘機64機を購入する契約を結び、最初の機体が到着した。",
            [(None, "Finland", "2021", "planned"), (None, "Finland", None, "reported")],
        ),
        # a later act telling its own date keeps it
        (
            "ウクライナは2019年にトルコとTB2の契約を結び、2021年に最初の6機を受け取った。",
            [("Turkey", "Ukraine", "2019", "planned"), ("Turkey", "Ukraine", "2021", "reported")],
        ),
    ],
)
def test_the_day_of_the_deal_does_not_date_what_came_after(
    text: str, expected: list[tuple[str | None, str | None, str | None, str]]
) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ノルウェーは2022年にドイツとレオパルト2戦車54両の契約を結んだ。", [("Germany", "Norway", "2022", "planned")]),
        ("韓国は昨年、ポーランドとK2戦車180両の契約を結んだ。", [("South Korea", "Poland", "2024", "planned")]),
        # (a date told after the deal is sealed is another event's)
        (
            "ドイツは2023年にイスラエルとアロー3の契約を結び、昨年12月に初期運用能力に達した。",
            [("Israel", "Germany", "2023", "planned")],
        ),
    ],
)
def test_a_deal_alone_sells_the_goods_from_the_side_that_makes_them(
    text: str, expected: list[tuple[str | None, str | None, str | None, str]]
) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no goods of known make: no side is told to sell
        "フィリピンはイスラエルと防空システムの契約を結んだ。",
        # no deal for goods, only a project together
        "ノルウェーはドイツと潜水艦の共同開発で合意した。",
    ],
)
def test_a_deal_that_tells_no_seller_makes_no_transfer(text: str) -> None:
    assert _records(text) == []
