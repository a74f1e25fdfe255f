"""Japanese magazine analyses (a blind batch): a part of a decade dates by the year it begins,
a span of years 「2020～24年の」 is a time, an act said to be not possible is a rule and no
transfer, a state's share of another's imports names its supplier, goods told as supplied up to
now are not of the date of the figure before, and a purchase whose first lot arrives is a plan
beside the delivery of that lot."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name as _name
from tests.parties import transfers

from materiel.extract.dates import find_dates

PUB = "2025-09-18"

_run = partial(transfers, lang="ja", published=PUB)


def _pair(t: object) -> tuple[str | None, str | None]:
    return (_name(t.supplier), _name(t.recipient))  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("カタールは2010年代後半、フランスからラファール戦闘機を導入した。", "2015"),
        ("エジプトは1990年代半ばに米国から戦車を購入した。", "1993"),
        ("ベトナムは2000年代にロシアから潜水艦を購入した。", "2000"),
    ],
)
def test_a_part_of_a_decade_dates_by_the_year_it_begins(text: str, iso: str) -> None:
    [t] = _run(text)
    assert t.date == iso


def test_a_decade_needs_a_year_ending_in_zero() -> None:
    assert [d.iso for d in find_dates("2023年代", "ja", PUB)] == ["2023"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("SIPRIによると、2019～23年の中国の武器輸出の6割がパキスタン向けだった。", "2019"),
        ("SIPRIによると、2020～24年のイスラエルの武器輸出の約15％がインド向けだった。", "2020"),
    ],
)
def test_a_span_of_years_before_no_is_a_time(text: str, iso: str) -> None:
    [t] = _run(text)
    assert t.date == iso
    assert t.status == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "韓国政府は、ウクライナへの殺傷兵器の供与は現行法上できないとの立場を崩していない。",
        "防衛省は、ベトナムへの護衛艦の輸出は現在の運用指針では認められないと説明した。",
        "スイス政府は、ドイツが保有するスイス製弾薬のウクライナへの再輸出は中立法上許されないと回答した。",
    ],
)
def test_an_act_said_to_be_not_possible_is_no_transfer(text: str) -> None:
    assert _run(text) == []


def test_an_act_that_cannot_be_confirmed_is_still_told() -> None:
    [t] = _run("米国防総省は、イランによるロシアへの弾道ミサイルの供与は確認できないと述べた。")
    assert _pair(t) == ("Iran", "Russia")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("SIPRIによると、2020～24年のセルビアの武器輸入に占める中国の比率は57％に達した。", ("China", "Serbia")),
        ("SIPRIの集計では、2019～23年のインドの武器輸入に占めるロシアの割合は36％だった。", ("Russia", "India")),
    ],
)
def test_a_share_of_a_states_imports_names_the_supplier(text: str, pair: tuple[str, str]) -> None:
    [t] = _run(text)
    assert _pair(t) == pair
    assert t.status == "reported"
    assert t.date is not None and t.date[:4] in ("2019", "2020")


def test_a_genitive_of_the_goods_is_no_importer() -> None:
    assert all(_name(t.recipient) != "China" for t in _run("エジプトは中国の無人機の購入を決めた。"))


def test_goods_supplied_up_to_now_are_not_of_the_figure_s_date() -> None:
    text = (
        "SIPRIによると、2020～24年のセルビアの武器輸入に占める中国の比率は57％に達した。"
        "中国はこれまでに、地対空ミサイル「FK3」や攻撃型無人機をセルビアに供給してきた。"
    )
    share, goods = _run(text)
    assert _pair(share) == _pair(goods) == ("China", "Serbia")
    assert share.date == "2020"
    assert goods.date is None
    assert goods.items


@pytest.mark.parametrize(
    ("text", "pair", "whole", "lot", "iso"),
    [
        (
            "ルーマニアは米国からF35戦闘機32機を購入し、最初の4機が今年3月に到着した。",
            ("United States", "Romania"),
            32,
            4,
            "2025-03",
        ),
        (
            "エジプトはフランスからラファール戦闘機30機を調達しており、最初の6機が昨年11月に国内の空軍基地に到着した。",
            ("France", "Egypt"),
            30,
            6,
            "2024-11",
        ),
    ],
)
def test_a_purchase_whose_first_lot_arrives_is_a_plan_beside_the_delivery(
    text: str, pair: tuple[str, str], whole: int, lot: int, iso: str
) -> None:
    order, delivery = _run(text)
    assert _pair(order) == _pair(delivery) == pair
    assert order.status == "planned" and order.date is None
    assert [i.quantity.value for i in order.items if i.quantity] == [whole]
    assert delivery.status == "reported" and delivery.date == iso
    assert [i.quantity.value for i in delivery.items if i.quantity] == [lot]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("トルコは2023年、サウジアラビアに無人機「アキンジ」を輸出する契約を結んだ。", "Bayraktar Akinci"),
        ("インドは昨年、アルメニアに防空システム「アカシュ」を引き渡した。", "Akash"),
        ("カタールは米国から無人機「MQ9B」を調達する意向書に署名した。", "MQ-9B"),
    ],
)
def test_japanese_spellings_of_systems(text: str, name: str) -> None:
    [t] = _run(text)
    assert [i.entity.name for i in t.items if i.entity] == [name]


def test_a_system_told_from_its_maker_goes_to_another_buyer_from_it_too() -> None:
    text = (
        "ポーランドは米国からF35戦闘機32機を購入した。"
        "同国は2022年、韓国から自走砲「K9」を購入する契約も結んだ。"
        "「K9」はルーマニアも導入を決めており、韓国の業界関係者は「欧州は有望な市場だ」と話す。"
    )
    jets, guns, again = _run(text)
    assert _pair(jets) == ("United States", "Poland")
    assert _pair(guns) == ("South Korea", "Poland")
    assert _pair(again) == ("South Korea", "Romania")
    assert again.status == "planned"


def test_a_system_from_a_state_not_its_maker_is_not_carried() -> None:
    text = "ウクライナはポーランドからMiG29戦闘機を受け取った。MiG29はスロバキアからも届いた。"
    assert sorted(_pair(t) for t in _run(text)) == [("Poland", "Ukraine"), ("Slovakia", "Ukraine")]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("インドは長年、ロシア製の戦闘機や潜水艦に頼ってきた。", ("Russia", "India")),
        ("エジプトは兵器の多くを米国に頼ってきた。", ("United States", "Egypt")),
    ],
)
def test_relying_on_a_supplier_is_no_request(text: str, pair: tuple[str, str]) -> None:
    [t] = _run(text)
    assert _pair(t) == pair
    assert t.status == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "ウクライナは英国に長射程ミサイルの追加供与を頼んだ。",
        "ゼレンスキー大統領は英国に長射程ミサイルを送るよう頼んだ。",
    ],
)
def test_asking_with_tanomu_is_a_request(text: str) -> None:
    [t] = _run(text)
    assert _pair(t) == ("United Kingdom", "Ukraine")
    assert t.status == "requested"
