"""Constructions of real Japanese reports (wire copy, trade magazines, blogs) that the extractor
missed: an act said to be hard or impossible to do (「…を輸出することは困難だ」「輸出できない」) is a
constraint, not a transfer; a whole count told after a gloss in brackets (「護衛艦(基準排水量2,000トン)
全6隻」) is the goods' count; and a hedge after goods named by the act done to them and closed by
だが、 (「…が供与した戦車は「エーブラムス」だが、整備が難しいとも言われる」) qualifies only the later
clause, so the act keeps the plain report. Command and communication systems named in a deal's
list (「統合防空指揮システム」「戦術通信システム」) are goods. The one date of a sentence told after an
act's clause has closed and hung on another verb (the use of the goods, the making of the rest)
dates that verb, not the act: 「ロシアが北朝鮮から受け取ったミサイルは、1月2日に…攻撃に使われた」.
An act in 連用形 takes the tense of the verb ending the sentence, so one dated ahead is a plan.
Goods that may be handed over, as a class a rule defines (「輸出できる装備品」「供与可能な兵器」), and
transport listed among the kinds of mission the export rules allow (「救難、輸送、警戒、監視、掃海」)
tell no act."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import pair, transfers

PUB = "2025-07-10"

_run = partial(transfers, lang="ja", published=PUB)


@pytest.mark.parametrize(
    "text",
    [
        "防衛装備移転三原則の下では、日本が中古の護衛艦をベトナムに輸出することは困難とされる。",
        "韓国政府は、現行法ではポーランドに潜水艦を輸出することができないと説明した。",
        "ドイツのショルツ首相は、ウクライナに巡航ミサイル「タウルス」を供与することは難しいと述べた。",
        "スイスは中立政策のため、ドイツにゲパルト用の弾薬を再輸出できないとしている。",
        "オーストリア政府は、ウクライナへの武器の供与は難しいとの立場を示した。",
    ],
)
def test_an_act_said_to_be_hard_or_impossible_is_no_transfer(text: str) -> None:
    assert _run(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ウクライナは昨年、ドイツから主力戦車「レオパルト2」を受け取ることができた。", ("Germany", "Ukraine")),
        ("米国は、台湾に対して自走砲を売却することができると述べた。", ("United States", "Taiwan")),
    ],
)
def test_an_act_said_to_be_possible_or_done_is_kept(text: str, expected: tuple[str, str]) -> None:
    [t] = _run(text)
    assert pair(t) == expected


def test_a_deed_whose_proof_is_hard_to_find_stays_an_alleged_transfer() -> None:
    [t] = _run("北朝鮮がロシアに砲弾を供与したかどうかは確認が難しい。")
    assert pair(t) == ("North Korea", "Russia")
    assert t.status == "alleged"


@pytest.mark.parametrize(
    ("text", "expected", "count"),
    [
        ("日本政府は“あさぎり”型護衛艦(基準排水量3,500トン)全8隻をインドネシアに輸出する方向で調整している。",
         ("Japan", "Indonesia"), 8),
        ("オランダはウクライナにF-16戦闘機(退役予定)全24機を供与すると発表した。", ("Netherlands", "Ukraine"), 24),
        ("デンマーク政府は、ウクライナに自走榴弾砲「カエサル」を全部で19門送ると明らかにした。",
         ("Denmark", "Ukraine"), 19),
    ],
)  # fmt: skip
def test_a_whole_count_after_a_bracketed_gloss_counts_the_goods(
    text: str, expected: tuple[str, str], count: int
) -> None:
    [t] = _run(text)
    assert pair(t) == expected
    assert [it.quantity.value for it in t.items if it.quantity] == [count]
    assert t.status == "planned"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("イランがロシアに売却した無人機は「シャヘド136」だが、故障が多いとも言われる。", ("Iran", "Russia")),
        ("中国がセルビアに引き渡した防空システムは「FK-3」だが、性能は低いとみられる。", ("China", "Serbia")),
        ("北朝鮮がロシアに提供したミサイルは数が多いが、命中率は低いとも言われる。", ("North Korea", "Russia")),
    ],
)
def test_a_hedge_after_goods_named_by_a_done_act_and_but_leaves_the_act_reported(
    text: str, expected: tuple[str, str]
) -> None:
    [t] = _run(text)
    assert pair(t) == expected
    assert t.status == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮がロシアに供与したとされるミサイルは多いが、命中率が低いとも言われる。",
        "北朝鮮がロシアに送った砲弾は数百万発とされるが、その多くは不発弾だという。",
        "イランがロシアに売却したのは無人機だとみられる。",
    ],
)
def test_a_hedge_on_the_act_itself_still_makes_it_alleged(text: str) -> None:
    [t] = _run(text)
    assert t.status == "alleged"


@pytest.mark.parametrize(
    ("text", "expected", "word"),
    [
        ("米国務省は、台湾に「統合防空指揮システム」と「F-16用予備部品」を売却することを承認した。",
         ("United States", "Taiwan"), "指揮システム"),
        ("米国はウクライナに「統合戦術通信システム」を供与したと国防総省が発表した。",
         ("United States", "Ukraine"), "通信システム"),
        ("米国務省はポーランドへの「統合戦闘指揮システム(IBCS)」の売却を承認した。",
         ("United States", "Poland"), "指揮システム"),
        ("内訳は、空軍の「戦術データリンク」や陸軍の「M109A7自走榴弾砲」などで、米国が台湾への売却を承認した。",
         ("United States", "Taiwan"), "データリンク"),
    ],
)  # fmt: skip
def test_command_and_communication_systems_in_a_deal_are_goods(text: str, expected: tuple[str, str], word: str) -> None:
    [t] = _run(text)
    assert pair(t) == expected
    assert any(word in it.text for it in t.items)


def test_a_network_system_bought_by_a_bank_is_no_transfer() -> None:
    assert _run("同社は新しいネットワークシステムを国内の銀行に納入した。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ウクライナ空軍は、ロシアがイランから調達した無人機「シャヘド136」について、3月1日以降、120機を撃墜したと発表した。",
         ("Iran", "Russia")),
        ("ロシアが北朝鮮から受け取った弾道ミサイルは、1月2日にハルキウへの攻撃に使われた。", ("North Korea", "Russia")),
        ("ウクライナ軍は、米国が供与した「HIMARS」で5月10日、ロシア軍の弾薬庫を攻撃した。",
         ("United States", "Ukraine")),
        ("ロシアは北朝鮮から砲弾を受け取り、3月に前線に投入した。", ("North Korea", "Russia")),
    ],
)  # fmt: skip
def test_the_date_of_the_use_of_goods_does_not_date_their_transfer(text: str, expected: tuple[str, str]) -> None:
    [t] = _run(text)
    assert pair(t) == expected
    assert t.date is None
    assert t.status == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "ウクライナ軍は、ロシアがイランから調達していると指摘されている無人機「シャヘド136」について、9月13日以降、223機を撃墜したと主張した。",
        "ロシアが北朝鮮から受け取ったとされる弾道ミサイルは、1月2日にキーウへの攻撃に使われた。",
    ],
)
def test_a_hedged_act_inside_a_clause_on_used_goods_is_alleged_and_undated(text: str) -> None:
    [t] = _run(text)
    assert (t.date, t.status) == (None, "alleged")


@pytest.mark.parametrize(
    ("text", "expected", "count"),
    [
        ("契約では、ポーランドは韓国からK9自走砲を当初48両輸入し、残りは2027年頃から国内で生産する。",
         ("South Korea", "Poland"), 48),
        ("エジプトはフランスからラファール戦闘機を当初24機購入し、残りは2030年までに国内で組み立てる。",
         ("France", "Egypt"), 24),
        ("契約では、ブラジルはスウェーデンからグリペン戦闘機を当初15機輸入し、残りの21機は2027年頃から国内で生産する契約だ。",
         ("Sweden", "Brazil"), 15),
    ],
)  # fmt: skip
def test_an_import_before_home_production_dated_ahead_is_a_plan_with_no_date(
    text: str, expected: tuple[str, str], count: int
) -> None:
    [t] = _run(text)
    assert pair(t) == expected
    assert [it.quantity.value for it in t.items if it.quantity] == [count]
    assert (t.date, t.status) == (None, "planned")


@pytest.mark.parametrize(
    ("text", "expected", "date"),
    [
        ("マレーシアは韓国から軽戦闘機FA50を18機導入する契約を2023年に結んだ。", ("South Korea", "Malaysia"), "2023"),
        ("ウクライナは米国から供与されたHIMARSを6月に受け取った。", ("United States", "Ukraine"), "2025-06"),
        ("ポーランドは韓国から戦車を輸入し、12月6日に搬入を完了した。", ("South Korea", "Poland"), "2024-12-06"),
    ],
)  # fmt: skip
def test_a_date_on_the_deal_the_receipt_or_a_step_of_the_act_still_dates_it(
    text: str, expected: tuple[str, str], date: str
) -> None:
    [t] = _run(text)
    assert pair(t) == expected
    assert t.date == date


@pytest.mark.parametrize(
    "text",
    [
        "日本がフィリピンに輸出できる装備品は、救難や警戒などの5類型に限られる。",
        "ドイツがウクライナに供与可能な戦車は、現時点で20両程度にとどまる。",
    ],
)
def test_goods_that_may_be_handed_over_are_a_class_not_an_act(text: str) -> None:
    assert _run(text) == []


@pytest.mark.parametrize(
    ("text", "expected", "word"),
    [
        (
            "日本政府は護衛艦をフィリピンに輸出する方向で調整している。ただし、防衛装備移転三原則の運用指針では、"
            "輸出できる装備品を救難や輸送などに限定しており、中古の護衛艦をそのまま輸出することは難しいとされる。",
            ("Japan", "Philippines"),
            "護衛艦",
        ),
        (
            "日本政府は警戒管制レーダーをタイに輸出する方向で調整している。現行の指針は、完成品の輸出を"
            "救難・輸送・警戒・監視・掃海の5類型に限っている。",
            ("Japan", "Thailand"),
            "レーダー",
        ),
    ],
)
def test_the_rules_on_what_may_be_exported_add_nothing_to_the_plan(
    text: str, expected: tuple[str, str], word: str
) -> None:
    [t] = _run(text)
    assert pair(t) == expected
    assert t.status == "planned"
    assert [word in it.text for it in t.items] == [True]


def test_transport_of_goods_is_still_an_act() -> None:
    [t] = _run("米国は救難ヘリをウクライナに輸送した。")
    assert pair(t) == ("United States", "Ukraine")
