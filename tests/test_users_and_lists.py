"""The speaker who says it used goods a clause tells given is who got them, in both languages; and a
list of recipients closed by a count of states (「モロッコなど30カ国以上に」) receives."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name as _name
from tests.parties import transfers

PUB = "2025-10-10"


_run = partial(transfers, published=PUB)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        (
            "ロシア国防省は、北朝鮮から供給された多連装ロケット砲を前線に投入したと明らかにした。",
            "ja",
            ("North Korea", "Russia"),
        ),
        (
            "ウクライナ軍は、フランスが供与した巡航ミサイルで黒海艦隊の拠点を攻撃したと発表した。",
            "ja",
            ("France", "Ukraine"),
        ),
        ("Ukraine's navy said it struck a landing ship with drones supplied by Denmark.", "en", ("Denmark", "Ukraine")),
        ("The Houthis said they launched missiles supplied by Iran at a cargo ship.", "en", ("Iran", "Houthis")),
    ],
)
def test_a_speaker_using_goods_told_given_got_them(text: str, lang: str, pair: tuple[str, str]) -> None:
    [t] = _run(text, lang)
    assert (_name(t.supplier), _name(t.recipient)) == pair
    assert t.status == "confirmed"  # (the one who got them says so)


def test_a_subject_of_the_use_inside_the_speech_is_the_user_not_the_speaker() -> None:
    text = (
        "米国防総省は、イラクの民兵組織カタイブ・ヒズボラがイランから供与された無人機を使い、"
        "米軍基地を攻撃したと分析する。"
    )
    [t] = _run(text, "ja")
    assert (_name(t.supplier), _name(t.recipient)) == ("Iran", "Kataib Hezbollah")


@pytest.mark.parametrize(
    ("text", "supplier", "recipients"),
    [
        (
            "トルコは無人機をウクライナ、ポーランド、モロッコなど30カ国以上に輸出した。",
            "Turkey",
            ["Ukraine", "Poland", "Morocco"],
        ),
        ("韓国はK9自走砲をノルウェーやエストニアなど10カ国に輸出している。", "South Korea", ["Norway", "Estonia"]),
    ],
)
def test_a_list_closed_by_a_count_of_states_receives(text: str, supplier: str, recipients: list[str]) -> None:
    transfers = _run(text, "ja")
    assert {_name(t.supplier) for t in transfers} == {supplier}
    assert [_name(t.recipient) for t in transfers] == recipients


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Slovakia has not yet delivered the helicopters it promised Ukraine.", "en"),
        ("Ukraine has yet to receive the Gripen jets pledged by Sweden.", "en"),
        ("Sweden is still to deliver the first Gripen jets to Ukraine.", "en"),
        ("ウクライナはスウェーデンが約束したグリペン戦闘機をまだ受け取っていない。", "ja"),
        ("ウクライナにはスウェーデンからグリペン戦闘機がいまだ届いていない。", "ja"),
    ],
)
def test_an_act_not_yet_done_is_still_to_come_not_denied(text: str, lang: str) -> None:
    [t] = _run(text, lang)
    assert _name(t.recipient) == "Ukraine"
    assert t.status == "planned"


def test_a_plain_negation_is_still_a_denial() -> None:
    [t] = _run("イランはロシアに弾道ミサイルを供与していないと述べた。", "ja")
    assert t.status == "denied"


def test_the_one_goods_were_promised_to_receives_them() -> None:
    [t] = _run("スロバキアはウクライナに約束したミグ29戦闘機を引き渡した。", "ja")
    assert (_name(t.supplier), _name(t.recipient)) == ("Slovakia", "Ukraine")
    assert t.status == "reported"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Czech-made mortar rounds have ended up in Sudan through third countries.", ("Czech Republic", "Sudan")),
        ("Bosnia sold ammunition to brokers, and the rounds ended up in Yemen.", ("Bosnia and Herzegovina", "Yemen")),
        ("Bulgarian grenades found their way to Ukraine via Poland.", ("Bulgaria", "Ukraine")),
        ("Iranian rifles made their way to the Houthis.", ("Iran", "Houthis")),
    ],
)
def test_goods_that_end_up_with_a_party_reached_it(text: str, pair: tuple[str, str]) -> None:
    transfers = _run(text, "en")
    assert {(_name(t.supplier), _name(t.recipient)) for t in transfers} == {pair}
    assert {t.status for t in transfers} == {"reported"}  # ("found their way" tells no finding by anyone)


@pytest.mark.parametrize(
    "text",
    [
        "The firms sold electronic components that could end up in Russian drones.",
        "The talks ended up in Geneva.",
        "The delegation made its way to Moscow.",
    ],
)
def test_a_risk_of_ending_up_somewhere_or_people_on_their_way_is_no_transfer(text: str) -> None:
    assert _run(text, "en") == []


def test_an_act_that_what_was_refused_is_for_is_no_transfer() -> None:
    text = "オーストリアはウクライナへの武器輸送のために領空を通過させることを拒否している。"
    assert _run(text, "ja") == []


def test_a_pronoun_opening_a_sentence_with_a_trailing_speaker_is_who_was_spoken_of_before() -> None:
    text = (
        "Belarus shipped tank shells to Russia in 2023. "
        "It has also provided rocket launchers, Lithuania's intelligence service said.\n"
    )
    assert {(_name(t.supplier), _name(t.recipient)) for t in _run(text, "en")} == {("Belarus", "Russia")}
