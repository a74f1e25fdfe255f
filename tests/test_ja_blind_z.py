"""Japanese editions of foreign outlets (blind batch z): a hedge word that a denial uses to name the
claim (「根拠のない憶測だ」) hedges nothing; a topic set off by a comma before the が-subject of a
first act tells both coordinated acts, the second sharing the first's subject; a future date in an
act's own clause (「来年初めに引き渡す日程」) makes it a plan whatever else the sentence dates; and a
wire story's teller named in the next sentence (「…到着した。国防省が17日、明らかにした。」) speaks
for the act told before it."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name as _name
from tests.parties import records, transfers

PUB = "2025-07-15"

_run = partial(transfers, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


@pytest.mark.parametrize(
    "text",
    [
        "ペスコフ大統領報道官は、ロシアが北朝鮮に武器を供与しているとする西側メディアの報道について、「根拠のない憶測だ」と一蹴した。",
        "中国外交部の報道官は、中国がロシアに無人機の部品を輸出したとの報道について「単なる憶測にすぎない」と否定した。",
    ],
)
def test_a_hedge_word_naming_the_denied_claim_leaves_the_denial(text: str) -> None:
    [t] = _run(text)
    assert t.status == "denied"


def test_a_hedge_outside_the_denial_still_hedges() -> None:
    [t] = _run("米政府高官は、イランがロシアに弾道ミサイルを送った可能性があるとの見方を示した。")
    assert t.status == "alleged"


@pytest.mark.parametrize(
    "text",
    [
        "国家情報院は、ロシアが北朝鮮に防空システムを移転した可能性があり、電子戦装備も提供したとみられると報告した。",
        "韓国の国家情報院（国情院）は5日、国会の懇談会で、ロシアが北朝鮮にヘリコプターを渡した可能性があり、対空ミサイルも提供したとみられると報告した。",
    ],
)
def test_a_teller_topic_before_the_first_subject_lends_no_supplier_to_the_second_act(text: str) -> None:
    out = _run(text)
    assert len(out) == 2
    assert {(_name(t.supplier), _name(t.recipient)) for t in out} == {("Russia", "North Korea")}
    assert {t.status for t in out} == {"alleged"}


def test_a_second_act_with_its_own_subject_keeps_it() -> None:
    out = _run("米国務省は、イランがロシアに無人機を送り、北朝鮮も砲弾を提供したと発表した。")
    assert {(_name(t.supplier), _name(t.recipient)) for t in out} == {("Iran", "Russia"), ("North Korea", "Russia")}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "ハンファエアロスペースは先月、ルーマニアと2023年に結んだK9自走砲54門の契約のうち、最初の18門を来年初めに引き渡す日程を確定したと明らかにした。",
            "2026",
        ),
        (
            "ロシアのシュガエフ局長は、インドにS-400の残りを2026年に引き渡すと述べ、2018年の契約は順調だと強調した。",
            "2026",
        ),
    ],
)
def test_a_future_date_in_the_acts_own_clause_makes_it_a_plan(text: str, date: str) -> None:
    [t] = [t for t in _run(text) if t.date == date]
    assert t.status == "planned"


def test_a_past_date_in_the_acts_own_clause_leaves_a_deed() -> None:
    [t] = _run("ドイツ政府は、2023年に契約した戦車のうち10両を今年3月にウクライナに引き渡したと発表した。")
    assert (_name(t.supplier), _name(t.recipient), t.status) == ("Germany", "Ukraine", "confirmed")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("米国はウクライナにエイブラムス戦車31両を引き渡した。米国防総省が10日、明らかにした。", "confirmed"),
        (
            "ドイツのIRIS-T防空システムの第2陣がウクライナに到着した。ウクライナ国防省が10日、テレグラムで明らかにした。",
            "confirmed",
        ),
        ("北朝鮮がロシアに砲弾を追加で送った。韓国国防省が10日、発表した。", "reported"),
    ],
)
def test_a_teller_named_in_the_next_sentence_speaks_for_the_act(text: str, status: str) -> None:
    [t] = _run(text)
    assert t.status == status
    assert t.date == "2025-07"


def test_a_teller_of_a_new_paragraph_speaks_for_nothing_before_it() -> None:
    [t] = _run("米国はウクライナにエイブラムス戦車31両を引き渡した。\n\nロシア国防省が10日、発表した。")
    assert t.status == "reported"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("ベラルーシ国防省は、同国空軍がロシアからSu-30SM2戦闘機の新たなバッチ4機を受領したと発表した。", 4),
        ("セルビア国防省は、中国から無人機CH-92Aの次のバッチ6機を受け取ったと発表した。", 6),
    ],
)
def test_a_count_after_a_batch_told_by_the_loanword_is_the_goods(text: str, count: int) -> None:
    [t] = _run(text)
    assert t.items[0].quantity is not None and t.items[0].quantity.value == count
    assert t.status == "confirmed"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("イランの複数のメディアは、ロシアからSu-35戦闘機を受け取ったと伝えた。", "reported"),
        # (the state's own television is the state's voice: a party telling it, FORMAT.md's confirmed)
        ("イランの国営テレビは、ロシアから練習機Yak-130を受領したと報じた。", "confirmed"),
    ],
)
def test_a_states_own_outlets_tell_its_receiving(text: str, status: str) -> None:
    [t] = _run(text)
    assert (_name(t.supplier), _name(t.recipient)) == ("Russia", "Iran")
    assert t.status == status


def test_foreign_outlets_lend_no_taker_to_an_act_with_its_own() -> None:
    [t] = _run("米国のメディアは、イランがロシアからSu-35戦闘機を受け取ったと伝えた。")
    assert (_name(t.supplier), _name(t.recipient)) == ("Russia", "Iran")


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("インドは2018年10月、S-400を5連隊分調達する契約をロシアと結び、これまでに3連隊分を受け取っている。", [5, 3]),
        ("ドイツ政府は、ウクライナにパトリオット2個大隊を追加で供与すると発表した。", [2]),
    ],
)
def test_air_defence_counted_in_regiments_or_battalions(text: str, counts: list[int]) -> None:
    out = _run(text)
    assert [t.items[0].quantity.value if t.items[0].quantity else None for t in out] == counts


@pytest.mark.parametrize(
    "text",
    [
        "米国はウクライナ軍の第47機械化旅団にエイブラムス戦車を引き渡した。",
        "ポーランドは、ウクライナの第5旅団にレオパルト2戦車を送った。",
    ],
)
def test_a_unit_of_a_states_forces_receives_for_the_state_and_its_number_is_no_count(text: str) -> None:
    [t] = _run(text)
    assert _name(t.recipient) == "Ukraine"
    assert t.items[0].quantity is None


def test_a_unit_of_a_states_forces_using_goods_is_no_transfer() -> None:
    assert _run("ロシア軍の第3師団がウクライナ東部で戦車を使用した。") == []


def test_the_craft_goods_are_loaded_into_is_no_goods() -> None:
    out = _run(
        "イスラエルがアゼルバイジャンへの武器の空輸を続けている。"
        "同紙によると、これらの輸送機にはイスラエル製の無人機や弾薬が積み込まれていたとみられる。"
    )
    [t] = [t for t in out if t.status == "alleged"]
    assert [it.text for it in t.items] == ["無人機", "弾薬"]
    assert (_name(t.supplier), _name(t.recipient)) == ("Israel", "Azerbaijan")


def test_transport_aircraft_given_are_goods() -> None:
    [t] = _run("米国はウクライナに輸送機2機を供与した。")
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 2


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("米国は台湾に、AESAレーダーを搭載したF-16V戦闘機66機を売却する。", ["F-16V戦闘機"]),
        ("ドイツは機関砲を備えた装甲車をウクライナに送った。", ["装甲車"]),
    ],
)
def test_a_part_the_goods_are_fitted_with_is_no_goods_of_its_own(text: str, goods: list[str]) -> None:
    [t] = _run(text)
    assert [it.text for it in t.items] == goods


def test_a_fitted_part_alone_makes_no_record() -> None:
    assert (
        _run(
            "韓国航空宇宙産業によると、今回輸出されるのは新型レーダーを備えた改良型で、2030年までに全機を引き渡す計画だという。"
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("日本はフィリピンに護衛艦1隻を譲渡した。フィリピン側は同型艦の追加譲渡も求めている。", "同型艦"),
        ("韓国はペルーに哨戒艦1隻を無償で譲渡しており、ペルー側は同級艦の追加譲渡も求めている。", "同級艦"),
        ("米国はアルゼンチンにF-16戦闘機を売却した。アルゼンチン側は同型機の追加購入も要請している。", "同型機"),
    ],
)
def test_a_ship_or_plane_of_the_same_class_told_back_is_goods_asked_for(text: str, word: str) -> None:
    asked = [t for t in _run(text) if t.status == "requested"]
    assert [it.text for t in asked for it in t.items] == [word]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "アゼルバイジャンは昨年、パキスタンとJF-17戦闘機の調達契約を結んでおり、今年に入って最初の機体がバクーに到着した。",
            ("Pakistan", "Azerbaijan"),
        ),
        (
            "エジプトは2021年にフランスとラファール戦闘機30機の購入契約を結び、初号機が今年到着した。",
            ("France", "Egypt"),
        ),
    ],
)
def test_the_first_lot_arriving_after_a_deal_is_a_delivery_of_its_own(text: str, pair: tuple[str, str]) -> None:
    out = _run(text)
    assert [(_name(t.supplier), _name(t.recipient)) for t in out] == [pair, pair]
    assert [t.status for t in out] == ["planned", "reported"]
    assert [t.date for t in out][1] == "2025"


def test_goods_of_another_kind_arriving_after_a_deal_are_not_its_lot() -> None:
    out = _run("ポーランドは韓国とK2戦車の購入契約を結び、米国のアパッチ攻撃ヘリの初号機も到着した。")
    assert ("South Korea", "Poland", "reported") not in [(_name(t.supplier), _name(t.recipient), t.status) for t in out]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("中国がパキスタン向けに建造している潜水艦の4番艦が武漢で進水した。", ("China", "Pakistan")),
        ("中国はタイ向けの潜水艦を建造中だ。", ("China", "Thailand")),
        ("ドイツはウクライナ向けに防空システムの製造を進めている。", ("Germany", "Ukraine")),
    ],
)
def test_goods_being_made_for_a_buyer_are_planned(text: str, pair: tuple[str, str]) -> None:
    [t] = _run(text)
    assert ((_name(t.supplier), _name(t.recipient)), t.status) == (pair, "planned")


def test_goods_made_for_a_buyer_and_handed_over_are_delivered() -> None:
    [t] = _run("中国はパキスタン向けに建造した潜水艦を引き渡した。")
    assert t.status == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "韓国は、2019年に退役した哨戒艦をフィリピン海軍に無償で譲渡した。",
        "米国は1980年代に製造されたF-16戦闘機をヨルダンに売却した。",
    ],
)
def test_a_date_of_the_goods_own_history_dates_no_act(text: str) -> None:
    [t] = _run(text)
    assert t.date is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("韓国は2019年に哨戒艦をフィリピン海軍に譲渡した。", "2019"),
        ("日本は米国に2024年、ライセンス生産したミサイルを輸出した。", "2024"),
    ],
)
def test_a_date_of_the_act_itself_stays(text: str, date: str) -> None:
    [t] = _run(text)
    assert t.date == date
