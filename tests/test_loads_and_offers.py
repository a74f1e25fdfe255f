"""Japanese: the whole lot of goods told before (全車両, すべて), a state's offer chosen by a buyer
(日本案, 日本が提案した護衛艦), and a craft's load told apart from its journey (the port it left,
the port it loaded at, 「コンテナには…が積まれている」)."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name, transfers

PUB = "2025-08-10"
_run = partial(transfers, lang="ja", published=PUB)


@pytest.mark.parametrize(
    "delivered",
    [
        "国防省によると、今月までに全車両が引き渡された。",
        "国防省によると、今月までにすべて引き渡された。",
        "国防省によると、同国は今月までに全車両を引き渡した。",
    ],
)
def test_the_whole_lot_delivered_after_a_pledge_is_a_record_of_its_own(delivered: str) -> None:
    text = "ドイツ政府は昨年、ウクライナにレオパルト1戦車100両を供与すると約束した。" + delivered
    pledge, delivery = _run(text)
    assert (name(pledge.supplier), name(pledge.recipient), pledge.status) == ("Germany", "Ukraine", "planned")
    assert (name(delivery.supplier), name(delivery.recipient)) == ("Germany", "Ukraine")
    assert (delivery.status, delivery.date) == ("reported", "2025-08")
    [item] = delivery.items
    assert item.quantity is not None and item.quantity.value == 100  # the count the lot was told with


def test_all_of_the_states_is_no_lot_of_goods() -> None:
    text = "ドイツ政府は昨年、ウクライナに戦車100両を供与すると約束した。国防省によると、すべての国が反対した。"
    assert [t.status for t in _run(text)] == ["planned"]


@pytest.mark.parametrize(
    ("text", "pair", "goods"),
    [
        ("オーストラリア政府は5日、次期フリゲートに日本案を選定したと発表した。", ("Japan", "Australia"), "フリゲート"),
        ("豪政府は次期フリゲート計画で、ドイツ案ではなく日本案を採用した。", ("Japan", "Australia"), "フリゲート"),
        ("フィリピン政府は、日本が提案した護衛艦を導入することを決めた。", ("Japan", "Philippines"), "護衛艦"),
        (
            "オーストラリア政府は、次期フリゲートとして日本案の「もがみ」型護衛艦を選定した。",
            ("Japan", "Australia"),
            "護衛艦",
        ),
    ],
)
def test_a_states_offer_chosen_by_a_buyer_comes_from_that_state(text: str, pair: tuple[str, str], goods: str) -> None:
    [t] = _run(text)
    assert (name(t.supplier), name(t.recipient)) == pair
    # (the goods word, alone or with the system it names: 「「もがみ」型護衛艦」)
    assert any(goods in it.text for it in t.items)


@pytest.mark.parametrize(
    "text",
    [
        "防衛省は次期装輪装甲車に国産案を採用した。",
        "安保理は日本案の決議を採択した。",
        "ロシアはウクライナ側の提案を拒否した。",
    ],
)
def test_a_home_offer_or_a_draft_resolution_is_no_transfer(text: str) -> None:
    assert _run(text) == []


def test_a_load_told_after_a_craft_sailed_between_two_states_is_what_it_carried() -> None:
    text = (
        "北朝鮮の羅津港を出港した貨物船がロシアのドゥナイ港に到着した。"
        "衛星画像によると、コンテナには砲弾が積まれていたとみられる。"
    )
    [t] = _run(text)
    assert (name(t.supplier), name(t.recipient)) == ("North Korea", "Russia")
    assert [it.text for it in t.items] == ["砲弾"]
    assert t.status == "alleged"  # the load is inferred from images


def test_a_load_told_as_fact_keeps_the_journey_reported() -> None:
    text = "北朝鮮の羅津港を出港した貨物船がロシアのドゥナイ港に到着した。積み荷は砲弾だった。"
    [t] = _run(text)
    assert (name(t.supplier), name(t.recipient), t.status) == ("North Korea", "Russia", "reported")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the port a craft loads at is where the goods set out; the craft's own flag only carries them
        ("ロシアの貨物船が北朝鮮の羅津港で砲弾入りのコンテナを積み込み、ロシアに向かった。", ("North Korea", "Russia")),
        ("イランの貨物船が北朝鮮からシリアへ武器を運んだ。", ("North Korea", "Syria")),
        ("北朝鮮の羅津港を出た貨物船が先週、ロシアの港に砲弾を運んだとみられる。", ("North Korea", "Russia")),
    ],
)
def test_where_goods_set_out_gives_them_not_the_carrier(text: str, pair: tuple[str, str]) -> None:
    [t] = _run(text)
    assert (name(t.supplier), name(t.recipient)) == pair


def test_a_ship_arriving_with_no_load_told_is_no_transfer() -> None:
    text = "北朝鮮の羅津港を出港した貨物船がロシアのドゥナイ港に到着した。ロシア外務省はコメントを控えた。"
    assert _run(text) == []


@pytest.mark.parametrize(
    ("text", "pair", "goods", "date"),
    [
        (
            "税関統計によると、中国からロシアへの半導体の輸出額は昨年、前年比で2倍に増えた。",
            ("China", "Russia"),
            "半導体",
            "2024",
        ),
        ("アルメニアからロシアへの電子部品の輸出量は2022年に急増した。", ("Armenia", "Russia"), "電子部品", "2022"),
    ],
)
def test_the_value_of_a_trade_between_two_named_states_tells_it(
    text: str, pair: tuple[str, str], goods: str, date: str
) -> None:
    [t] = _run(text)
    assert (name(t.supplier), name(t.recipient), t.date, t.status) == (*pair, date, "reported")
    assert [it.text for it in t.items] == [goods]


@pytest.mark.parametrize(
    "text",
    [
        "日本の防衛装備品の輸出額は過去最高となった。",  # one state's tally, no trade between two
        "カザフスタン向けの半導体の輸出額は昨年、前年の10倍に膨らんだ。",  # no exporter told
        "ドイツからアルメニアへの自動車の輸出額は倍増した。",  # no military or dual-use goods
    ],
)
def test_a_tally_with_one_party_or_civil_goods_is_no_transfer(text: str) -> None:
    assert _run(text) == []


def test_where_goods_told_arriving_came_from_gives_them() -> None:
    text = (
        "待望の米国製F16戦闘機がウクライナに初めて到着したのは昨年8月上旬だった。"
        "ゼレンスキー大統領は同月4日、配備された機体を前に演説した。"
        "最初の機体はデンマークとオランダから届いた。"
    )
    got = {(name(t.supplier), name(t.recipient), t.date) for t in _run(text)}
    # the givers told after, not the make (米国製), give them, on the day they arrived
    assert got == {("Denmark", "Ukraine", "2024-08"), ("Netherlands", "Ukraine", "2024-08")}


@pytest.mark.parametrize(
    "text",
    [
        "欧州各国はウクライナに戦車を供与すると約束した。内訳はドイツが18両、ポーランドが14両、ノルウェーが8両だ。",
        "欧州各国はウクライナに戦車計40両の供与を約束しており、内訳はドイツ18両、ポーランド14両、ノルウェー8両とされる。",
    ],
)
def test_goods_shared_out_among_states_by_count_come_from_each(text: str) -> None:
    got = {(name(t.supplier), name(t.recipient), t.items[0].quantity.value) for t in _run(text) if t.items[0].quantity}
    assert got == {("Germany", "Ukraine", 18), ("Poland", "Ukraine", 14), ("Norway", "Ukraine", 8)}
    assert {t.status for t in _run(text)} == {"planned"}


def test_a_breakdown_left_untold_shares_nothing_out() -> None:
    text = "ロシアはイランと北朝鮮から兵器を受け取った。内訳は明らかにしていない。"
    assert {(name(t.supplier), name(t.recipient)) for t in _run(text)} == {
        ("Iran", "Russia"),
        ("North Korea", "Russia"),
    }


def test_a_counted_lot_arriving_after_its_deal_in_one_sentence_is_a_delivery_of_its_own() -> None:
    text = "ポーランドは韓国からK2戦車180両を購入する契約を2022年に結び、最初の10両が同年12月に到着した。"
    deal, lot = _run(text)
    assert (name(deal.supplier), name(deal.recipient), deal.status) == ("South Korea", "Poland", "planned")
    assert (name(lot.supplier), name(lot.recipient), lot.status, lot.date) == (
        "South Korea",
        "Poland",
        "reported",
        "2022-12",
    )
    assert [it.quantity.value for it in lot.items if it.quantity] == [10]


def test_other_goods_sent_after_a_deal_keep_their_own_parties() -> None:
    text = "ポーランドは韓国からK2戦車を購入する契約を結び、ウクライナに自国のT72戦車を送った。"
    got = {(name(t.supplier), name(t.recipient)) for t in _run(text)}
    assert got == {("South Korea", "Poland"), ("Poland", "Ukraine")}


@pytest.mark.parametrize(
    "lots",
    [
        "1基目は2022年10月に到着し、2基目は翌年3月に引き渡された。",
        "第1陣は2022年10月に到着し、第2陣は翌年3月に引き渡された。",
    ],
)
def test_lots_told_by_rank_each_with_a_verb_of_its_own_are_each_a_delivery(lots: str) -> None:
    text = "ドイツはウクライナにIRIS-T防空システムを供与した。" + lots
    dates = sorted(t.date for t in _run(text) if t.date)
    assert dates == ["2022-10", "2023-03"]
    assert all((name(t.supplier), name(t.recipient)) == ("Germany", "Ukraine") for t in _run(text))


@pytest.mark.parametrize(
    "text",
    [
        "貨物船は羅津港を出港し、ボストーチヌイ港に入港した。コンテナには砲弾が積まれているとみられる。",
        "ロシア船籍の貨物船は羅津港を出航し、3日後にドゥナイ港に入港した。船には弾薬が積まれていたとみられる。",
    ],
)
def test_a_journey_told_by_its_ports_alone_takes_the_load_told_after(text: str) -> None:
    [t] = _run(text)
    assert (name(t.supplier), name(t.recipient), t.status) == ("North Korea", "Russia", "alleged")
    assert t.date is None  # (「3日後」 is three days on, no day of the month)


def test_a_port_sailed_from_in_a_clause_gives_the_goods_loaded() -> None:
    [t] = _run("貨物船は砲弾を積んで羅津港を出港し、ボストーチヌイ港に到着した。")
    assert (name(t.supplier), name(t.recipient)) == ("North Korea", "Russia")


def test_a_warship_putting_in_at_a_port_with_no_load_is_no_transfer() -> None:
    assert _run("米海軍の空母が横須賀に入港した。") == []


@pytest.mark.parametrize("text", ["北朝鮮は4日後にロシアに砲弾を送った。", "北朝鮮は5日前、ロシアに砲弾を送った。"])
def test_days_counted_from_another_day_date_nothing(text: str) -> None:
    [t] = _run(text)
    assert t.date is None
