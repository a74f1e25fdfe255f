"""Japanese: whose goods a later sentence tells. A state that sells on weapons it bought is their
supplier (「中国はセルビアに防空システムを売却した。セルビアはこれをスーダンに転売した」: two
transfers); goods of a told gift moved on from a place are that gift's journey, the place a stop on
its way (「…に地対空ミサイルを供給した。ミサイルはリビアの基地から運ばれた」: a go-between, not a
supplier of its own)."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import pair, pair_list, transfers, via

PUB = "2025-05-01"
_pairs = partial(pair_list, lang="ja", published=PUB)
_transfers = partial(transfers, lang="ja", published=PUB)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "中国はセルビアに防空システムを売却した。セルビアはこれをスーダンに転売したとされる。",
            [("China", "Serbia"), ("Serbia", "Sudan")],
        ),
        (
            "ロシアはベラルーシに戦車を売却した。ベラルーシはその戦車をスーダンに再輸出した。",
            [("Russia", "Belarus"), ("Belarus", "Sudan")],
        ),
        (
            "韓国は米国に砲弾を輸出した。米国はそれをウクライナに供与した。",
            [("South Korea", "United States"), ("United States", "Ukraine")],
        ),
    ],
)
def test_a_state_selling_on_weapons_told_before_supplies_them(text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(text) == pairs


def test_the_state_selling_on_keeps_the_goods_and_its_own_status() -> None:
    first, second = _transfers("中国はセルビアに防空システムを売却した。セルビアはこれをスーダンに転売したとされる。")
    assert [i.category for i in second.items] == ["air-defence"]
    assert (first.status, second.status) == ("reported", "alleged")


@pytest.mark.parametrize(
    ("text", "between"),
    [
        ("中国はイランに電子部品を輸出した。イランはそれをロシアに転売した。", "Iran"),
        ("中国企業は部品をカザフスタンに輸出した。カザフスタンの企業はそれをロシアに再輸出した。", "Kazakhstan"),
    ],
)
def test_parts_sold_on_in_the_next_sentence_stay_one_journey(text: str, between: str) -> None:
    (t,) = _transfers(text)
    assert (*pair(t), via(t)) == ("China", "Russia", {between})


@pytest.mark.parametrize(
    ("text", "supplier", "recipient", "between"),
    [
        (
            "ワグネルがスーダンのRSFに地対空ミサイルを供給した。"
            "ミサイルはリビアの基地から輸送機で運ばれ、RSFの拠点に届けられたという。",
            "Wagner Group",
            "Rapid Support Forces",
            {"Libya"},
        ),
        # (one sentence a line, as many sources set them)
        (
            "イランはフーシ派に対艦ミサイルを供与した。\nミサイルはオマーンから陸路でイエメンに運ばれた。",
            "Iran",
            "Houthis",
            {"Oman"},
        ),
        (
            "米国はウクライナにミサイルを供与した。ミサイルはポーランドから輸送機で運ばれた。",
            "United States",
            "Ukraine",
            {"Poland"},
        ),
        # (the giver's own country is where the goods set out, no stop)
        ("北朝鮮はロシアに砲弾を送った。砲弾は北朝鮮の港から船で運ばれた。", "North Korea", "Russia", set()),
    ],
)
def test_goods_of_a_gift_moved_on_from_a_place_are_its_journey(
    text: str, supplier: str, recipient: str, between: set[str]
) -> None:
    (t,) = _transfers(text)
    assert (*pair(t), via(t)) == (supplier, recipient, between)


def test_a_delivery_from_givers_told_before_is_their_own() -> None:
    text = "ノルウェーはウクライナに装甲車を供与すると発表した。最初の装甲車は5月にノルウェーとデンマークから届いた。"
    got = [(*pair(t), t.status) for t in _transfers(text)]
    assert got == [
        ("Norway", "Ukraine", "planned"),
        ("Norway", "Ukraine", "reported"),
        ("Denmark", "Ukraine", "reported"),
    ]


@pytest.mark.parametrize(
    ("text", "supplier", "recipient", "between"),
    [
        # (the goods brought to a first stop by the clause on them, passed on by the act)
        ("密輸網は、イラクからヨルダンに持ち込んだ武器をハマスに流していた。", "Iraq", "Hamas", {"Jordan"}),
        (
            "当局は、イラクから国境を越えてシリア領内に持ち込まれた武器を、東部のヒズボラの細胞に流していた"
            "密輸業者を拘束した。",
            "Iraq",
            "Hezbollah",
            {"Syria"},
        ),
        # (a group's cells and fighters are the group)
        ("イランはシリア経由でヒズボラの戦闘員に対戦車ミサイルを供与した。", "Iran", "Hezbollah", {"Syria"}),
    ],
)
def test_the_first_stop_of_goods_passed_on_goes_between(
    text: str, supplier: str, recipient: str, between: set[str]
) -> None:
    (t,) = _transfers(text)
    assert (*pair(t), via(t)) == (supplier, recipient, between)


def test_a_second_addressee_after_the_destination_is_no_stop() -> None:
    text = "米政府は、トルコ企業が米国製の半導体をロシアに再輸出しているとしてトルコ政府に懸念を伝えた。"
    (t,) = _transfers(text)
    assert (*pair(t), via(t)) == ("United States", "Russia", {"Turkey"})


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # (the force the subject deals with in the same sentence stands for its state)
        (
            "スーダン国軍はイランから無人機を受け取った。UAEはRSFへの関与を否定した。"
            "また、ロシアは国軍と基地建設で合意し、その見返りとして同国に攻撃ヘリコプターを供与することを約束した。",
            ("Russia", "Sudan"),
        ),
        (
            "ミャンマー国軍は中国から戦闘機を受け取った。タイ政府は国境の警備を強化した。"
            "インドは国軍と協定を結び、同国に哨戒艇を引き渡した。",
            ("India", "Myanmar"),
        ),
        # (a force named as the receiver before: 同国 in the same role is its state, not the giver)
        ("トルコはスーダン国軍に無人機を売却した。エジプトも同国に練習機を提供した。", ("Egypt", "Sudan")),
        ("中国はミャンマー軍に戦闘機を引き渡した。ロシアも同国にヘリコプターを供与した。", ("Russia", "Myanmar")),
    ],
)
def test_doukoku_after_a_force_is_the_forces_state(text: str, last: tuple[str, str]) -> None:
    assert _pairs(text)[-1] == last


@pytest.mark.parametrize(
    ("text", "supplier", "between"),
    [
        ("アルメニアは昨年、ロシアへの半導体輸出が急増した。これらの多くは米国製だったという。", "United States",
         "Armenia"),
        ("キルギスの企業はロシアに工作機械を輸出した。その大半は中国製だった。", "China", "Kyrgyzstan"),
    ],
)  # fmt: skip
def test_the_make_told_in_the_next_sentence_supplies_parts_passed_on(text: str, supplier: str, between: str) -> None:
    (t,) = _transfers(text)
    assert (*pair(t), via(t)) == (supplier, "Russia", {between})


@pytest.mark.parametrize(
    "text",
    [
        # (weapons: the state sending them supplies them, whatever their make)
        "北朝鮮はロシアに砲弾を送った。これらは旧ソ連製だった。",
        # (the sender's own make)
        "ウクライナは昨年、ドイツに無人機の部品を輸出した。これらはウクライナ製だった。",
    ],
)
def test_a_make_told_after_that_is_no_other_state_keeps_the_sender(text: str) -> None:
    (t,) = _transfers(text)
    assert via(t) == set()
    assert pair(t)[0] in ("North Korea", "Ukraine")


@pytest.mark.parametrize(
    "text",
    [
        "英国はウクライナに戦車を送った。ウクライナは同盟国に戦闘機の供与を要請した。",
        "ドイツはウクライナにIRIS-Tを供与した。ゼレンスキー大統領は、欧米諸国に防空システムの追加を求めた。",
        "ドイツはウクライナにパトリオットを引き渡した。ゼレンスキー大統領は、パートナーにさらにパトリオットシステムを提供するよう求めた。",
    ],
)
def test_a_request_put_to_unnamed_partners_takes_no_earlier_giver(text: str) -> None:
    gave, asked = _transfers(text)
    assert gave.supplier is not None
    assert (pair(asked), asked.status) == ((None, "Ukraine"), "requested")


def test_a_request_for_more_of_the_same_is_of_the_giver() -> None:
    text = "ドイツはウクライナにIRIS-Tを供与した。ウクライナはさらに同システムの追加供与を求めた。"
    assert _pairs(text) == [("Germany", "Ukraine"), ("Germany", "Ukraine")]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "報告書によると、ロシアからは戦闘機がミャンマー軍政に引き渡された。"
            "インドについては、国営企業が沿岸監視用のレーダーを納入した例が挙げられている。",
            ("India", "Myanmar"),
        ),
        (
            "北朝鮮は昨年、ロシアに砲弾を送った。イランについても、国営企業が無人機を供給したとされる。",
            ("Iran", "Russia"),
        ),
    ],
)
def test_a_state_spoken_of_whose_firm_gives_is_the_giver_not_the_one_before(text: str, second: tuple[str, str]) -> None:
    assert _pairs(text)[1] == second
