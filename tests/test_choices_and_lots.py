"""A buyer's choice in a competition (the winner's maker sells, what it was chosen over takes no
part), one more lot told after a deal (its own record), and a remark that an act is a first (no
record of its own)."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name as _name
from tests.parties import pair_list, transfers

PUB = "2025-08-10"


_run = partial(transfers, published=PUB)
_pairs = partial(pair_list, published=PUB)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        # a firm named as the maker in a clause on the goods stands for its state
        (
            "ニュージーランド政府は3日、三菱重工業が建造する「もがみ」型護衛艦の改良型を採用すると発表した。",
            "ja",
            ("Japan", "New Zealand"),
        ),
        ("チェコ政府は、次期戦闘機として米国製のF35Aを選定した。", "ja", ("United States", "Czech Republic")),
        ("Canada selected Saab's GlobalEye airborne early-warning aircraft on Thursday.", "en", ("Sweden", "Canada")),
        ("Switzerland chose the American F-35A as its next fighter jet.", "en", ("United States", "Switzerland")),
        (
            "The Philippines has opted for South Korea's FA-50 light combat aircraft.",
            "en",
            ("South Korea", "Philippines"),
        ),
    ],
)
def test_a_choice_of_goods_of_a_told_make_is_a_purchase_to_come(text: str, lang: str, pair: tuple[str, str]) -> None:
    [t] = _run(text, lang)
    assert (_name(t.supplier), _name(t.recipient)) == pair
    assert t.status == "planned"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("陸上自衛隊は国産の12式地対艦誘導弾を採用した。", "ja"),
        ("防衛省は三菱重工業が開発した新型ミサイルを採用した。", "ja"),
        ("Russia chose Belarus as a staging ground for the exercise.", "en"),
        ("The army selected a new rifle made at home.", "en"),
        ("Ukraine chose to keep the drones near the front.", "en"),
    ],
)
def test_a_choice_of_a_place_an_act_or_home_made_goods_is_no_transfer(text: str, lang: str) -> None:
    assert _run(text, lang) == []


@pytest.mark.parametrize(
    ("text", "pair", "left_out"),
    [
        ("Vietnam picked Indian BrahMos missiles over Russian ones, officials said.", ("India", "Vietnam"), "Russia"),
        ("Greece bought French Rafale jets instead of more American F-16s.", ("France", "Greece"), "United States"),
        ("Slovakia bought Swedish CV90 vehicles rather than German Lynx.", ("Sweden", "Slovakia"), "Germany"),
    ],
)
def test_what_a_buyer_chose_against_takes_no_part(text: str, pair: tuple[str, str], left_out: str) -> None:
    pairs = _pairs(text, "en")
    assert pairs == [pair]
    assert all(left_out not in p for p in pairs)


def test_the_role_a_choice_fills_is_no_goods() -> None:
    [t] = _run("韓国、次期哨戒機に米ボーイング製P8Aを選定", "ja")
    assert [i.text for i in t.items] == ["P8A"]


@pytest.mark.parametrize(
    "text",
    [
        "チェコ政府は戦車20両をウクライナに送ると発表した。チェコ大統領はまた、別のバッチの戦車の移送も発表した。",
        "チェコ政府は戦車XNUMX両をウクライナに送ると発表した。大統領はまた、さらにXNUMX両の戦車を引き渡す準備があると述べた。",
        "The Czech government will send 20 tanks to Ukraine, it said. "
        "The president added that another batch of tanks would follow.",
    ],
)
def test_one_more_lot_after_a_deal_is_a_record_of_its_own(text: str) -> None:
    lang = "en" if text.isascii() else "ja"
    assert _pairs(text, lang) == [("Czech Republic", "Ukraine")] * 2


def test_a_headline_lot_and_its_body_stay_one_record() -> None:
    text = "米、ウクライナに新たに砲弾10万発\n米国防総省は3日、ウクライナに新たに砲弾10万発を供与すると発表した。\n"
    assert _pairs(text, "ja") == [("United States", "Ukraine")]


@pytest.mark.parametrize(
    "text",
    [
        "トルコの防衛大手は8日、マレーシア政府と無人機12機を輸出する契約を結んだ。トルコが無人機をマレーシアに輸出するのは初めてとなる。",
        "ニュージーランド政府は3日、日本の「もがみ」型護衛艦の改良型を採用すると発表した。日本が護衛艦を完成品で輸出するのは戦後初めてだ。",
    ],
)
def test_a_remark_that_an_act_is_a_first_adds_no_record(text: str) -> None:
    [t] = _run(text, "ja")
    assert t.status == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "インドネシアには韓国製哨戒艇の1隻目が24年5月に、2隻目が25年1月に引き渡された。",
        "韓国から計3隻の哨戒艇を輸出する契約で、1隻目が24年5月、2隻目が25年1月にインドネシアに引き渡された。",
    ],
)
def test_batches_listed_with_their_dates_are_one_record_each(text: str) -> None:
    delivered = [t for t in _run(text, "ja") if t.status != "planned"]
    assert [(_name(t.supplier), _name(t.recipient), t.date) for t in delivered] == [
        ("South Korea", "Indonesia", "2024-05"),
        ("South Korea", "Indonesia", "2025-01"),
    ]


def test_the_deal_before_a_list_of_batches_keeps_no_batch_date() -> None:
    text = "韓国から計3隻の哨戒艇を輸出する契約で、1隻目が24年5月、2隻目が25年1月にインドネシアに引き渡された。"
    [deal] = [t for t in _run(text, "ja") if t.status == "planned"]
    assert deal.date is None
    assert deal.items[0].quantity is not None and deal.items[0].quantity.value == 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Iran caught smuggling arms to Hezbollah through Iraq\n"
            "Iraqi officials said Iran tried to smuggle rifles, mortars and rockets to Hezbollah through Iraq.\n",
            "en",
        ),
        ("北朝鮮、ロシアに武器供与\n北朝鮮はロシアに砲弾と弾道ミサイルを供与した。\n", "ja"),
    ],
)
def test_a_headline_word_for_goods_of_any_kind_stands_for_the_goods_the_body_names(text: str, lang: str) -> None:
    [t] = _run(text, lang)
    assert len(t.items) >= 2 and not {i.text for i in t.items} & {"arms", "武器"}


def test_one_source_telling_a_claim_as_fact_then_as_an_assessment_is_one_record() -> None:
    text = (
        "Belarus is supplying tank shells to Russia, according to the White House. "
        "White House spokesman John Kirby said on Tuesday that US intelligence indicates Belarus "
        "is covertly supplying Russia with tank shells.\n"
    )
    [t] = _run(text, "en")
    assert (_name(t.supplier), _name(t.recipient)) == ("Belarus", "Russia")


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("The Mohajer-6 drones Iran sent to Russia can carry bombs weighing 40kg.", ["Mohajer-6 drones"]),
        ("Iran sent Russia drones that can carry bombs.", ["drones"]),
    ],
)
def test_what_goods_can_carry_is_no_goods_of_their_own(text: str, goods: list[str]) -> None:
    [t] = _run(text, "en")
    assert [i.text for i in t.items] == goods


@pytest.mark.parametrize(
    "text",
    [
        "The drones are equipped to carry bombs weighing at least 40kg, the Guardian reported.",
        "Russia now fields drones equipped with thermal cameras.",
    ],
)
def test_goods_fitted_with_goods_is_no_transfer(text: str) -> None:
    assert _run(text, "en") == []


def test_an_act_admitted_for_the_first_time_is_a_claim_of_its_own() -> None:
    text = (
        "A plane said to carry Iranian drones landed in Moscow on Thursday, Ukrainian officials alleged. "
        "On Saturday, Iran admitted for the first time that it had supplied Russia with drones.\n"
    )
    assert sorted(t.status for t in _run(text, "en")) == ["alleged", "confirmed"]


def test_a_state_making_goods_told_in_a_clause_is_no_supplier_of_them() -> None:
    text = "ウクライナで回収された北朝鮮製ミサイルから、米国や日本が製造した部品が見つかった。"
    assert all(_name(t.supplier) != "Japan" for t in _run(text, "ja"))
