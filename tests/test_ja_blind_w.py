"""Machine-translated Japanese wire stories (blind batch w): a state stationing its own weapons on
an ally's soil (「配備」) hands nothing over, while goods that came from a giver and were then
deployed still tell the giving; lots told by their turn (「2回目の納入」, 「最初のバッチ」) stay
apart; an office holder after a state's の (「コソボのマケドンツィ国防相」) speaks for that state, and so
does 「同大統領」「同氏」 after that holder was named; and goods may land in a smaller state's
capital (プリシュティナ, カンパラ). Goods another state gave, used on the speaker in the passive
(「…で攻撃された」), do not go to the speaker; and goods given, told as what a condemned attack was
made with (「…が供与したミサイルによる攻撃を非難した」), are reported, not alleged."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name as _name
from tests.parties import pair_list, transfers

PUB = "2025-03-14"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pair_list, lang="ja", published=PUB)


@pytest.mark.parametrize(
    "text",
    [
        "リトアニア外務省は、ロシアの戦術核兵器のベラルーシ領内への配備は欧州全体への脅威だと非難しました。",
        "ロシアは昨年、同盟国ベラルーシに戦術核兵器を配備したとされています。",
        "米国の長射程ミサイルのドイツへの配備が2026年に始まる予定だと、独国防省が発表した。",
        "米陸軍は中距離ミサイルシステム「タイフォン」をフィリピン北部に配備したと伝えられています。",
    ],
)
def test_a_state_stationing_its_own_weapons_abroad_transfers_nothing(text: str) -> None:
    assert _run(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("ウクライナ軍は、ドイツから届いた自走対空砲「ゲパルト」を南部の前線に配備した。", ("Germany", "Ukraine")),
        ("ロシア軍はイランから受け取った無人機をを前線に配備したとされる。", ("Iran", "Russia")),
    ],
)
def test_goods_that_came_from_a_giver_and_were_deployed_still_tell_the_giving(text: str, pair: tuple[str, str]) -> None:
    [t] = _run(text)
    assert (_name(t.supplier), _name(t.recipient)) == pair


def test_stationing_beside_a_transfer_keeps_only_the_transfer() -> None:
    [t] = _run("ロシアはベラルーシに戦術核兵器を配備したほか、防空システム「S-400」を2基供与した。")
    assert (_name(t.supplier), _name(t.recipient)) == ("Russia", "Belarus")
    assert [it.entity.name for it in t.items if it.entity] == ["S-400"]


def test_a_second_delivery_and_the_first_batch_told_as_background_are_two_lots() -> None:
    text = (
        "モンテネグロ、トルコから新たなバイラクタルTB2を受領\n\n"
        "モンテネグロ国防省は、トルコ製の無人機「バイラクタルTB2」のの2回目の納入を受け取ったと発表した。\n\n"
        "同国は2022年9月にトルコからTB2の最初のバッチを受け取っていた。"
    )
    out = _run(text, published="2024-10-02")
    assert [(_name(t.supplier), _name(t.recipient), t.date) for t in out] == [
        ("Turkey", "Montenegro", None),
        ("Turkey", "Montenegro", "2022-09"),
    ]
    assert out[0].status == "confirmed"


@pytest.mark.parametrize(
    "text",
    [
        "ポーランドのノヴァク国防相は、韓国からK2戦車がポーランドに到着したと述べた。",
        "ポーランドのヤン・ノヴァク国防相は、韓国から届いたK2戦車がグディニャ港に到着したと述べました。",
        "ポーランドのノヴァク国防相は、韓国からK2戦車を受け取ったと述べた。",
    ],
)
def test_an_office_holder_after_a_states_no_speaks_for_that_state(text: str) -> None:
    [t] = _run(text)
    assert (_name(t.supplier), _name(t.recipient)) == ("South Korea", "Poland")
    assert t.status == "confirmed"


def test_a_third_states_spokeswoman_still_only_reports() -> None:
    [t] = _run("ロシアのマリヤ・ザハロワ報道官は、米国がウクライナに長距離ミサイルATACMSを供与したと述べた。")
    assert (_name(t.supplier), _name(t.recipient)) == ("United States", "Ukraine")
    assert t.status == "reported"


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("トルコから新たに購入した無人機XNUMX機がプリシュティナに到着したと伝えられています。", "Kosovo"),
        ("中国から調達した装甲車20両が今週、カンパラに到着した。", "Uganda"),
    ],
)
def test_goods_landing_in_a_smaller_states_capital_go_to_that_state(text: str, recipient: str) -> None:
    [t] = _run(text)
    assert _name(t.recipient) == recipient


@pytest.mark.parametrize(
    "text",
    [
        "アルメニアのパシニャン首相は3日、議会で演説した。同首相は、インドが昨年アルメニアに多連装ロケット砲「ピナカ」を引き渡したことに言及した。",
        "ポーランドのヤン・ノヴァク国防相は3日、記者会見を開いた。また、同氏は、韓国が昨年ポーランドにK2戦車を引き渡したと述べた。",
    ],
)
def test_the_same_holder_named_again_speaks_for_their_state(text: str) -> None:
    [t] = _run(text)
    assert _name(t.recipient) in ("Armenia", "Poland")
    assert t.status == "confirmed"


def test_the_same_holder_of_a_third_state_still_only_reports() -> None:
    text = "ロシアのペスコフ大統領報道官は3日、会見を開いた。同氏は、米国が昨年ウクライナにATACMSを供与したと述べた。"
    [t] = _run(text)
    assert (_name(t.supplier), _name(t.recipient)) == ("United States", "Ukraine")
    assert t.status == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "ロシア国防省は、英国が供与した巡航ミサイル「ストームシャドー」でクルスク州の変電所が攻撃されたと発表した。",
        "ロシア外務省のザハロワ報道官は、米国が供与したATACMSでセバストポリの海岸が攻撃を受けたと非難しました。",
        "ロシア国防省によると、フランスが供与したミサイルでベルゴロド州への攻撃が行われたという。",
    ],
)
def test_goods_a_state_gave_used_on_the_speaker_do_not_go_to_the_speaker(text: str) -> None:
    assert "Russia" not in {_name(t.recipient) for t in _run(text)}


def test_goods_a_state_gave_used_by_the_speaker_still_went_to_the_speaker() -> None:
    [t] = _run("ウクライナ軍は、英国が供与した巡航ミサイルでクリミアの司令部を攻撃したと発表した。")
    assert (_name(t.supplier), _name(t.recipient)) == ("United Kingdom", "Ukraine")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "ロシア外務省は、英国がウクライナに供与した巡航ミサイルによるブリャンスク州への攻撃を強く非難した。",
            ("United Kingdom", "Ukraine"),
        ),
        (
            "ウクライナ外務省は、ロシアが北朝鮮から受け取った弾道ミサイルによるキーウへの攻撃を非難しました。",
            ("North Korea", "Russia"),
        ),
    ],
)
def test_goods_given_for_a_condemned_attack_are_reported(text: str, pair: tuple[str, str]) -> None:
    [t] = _run(text)
    assert (_name(t.supplier), _name(t.recipient)) == pair
    assert t.status == "reported"


def test_condemning_the_giving_itself_still_alleges_it() -> None:
    [t] = _run("米国務省は、イランがロシアに弾道ミサイルを供与したと非難した。")
    assert (_name(t.supplier), _name(t.recipient)) == ("Iran", "Russia")
    assert t.status == "alleged"
