"""Japanese wire and magazine reports (a blind batch): an estimate (推計) is a hedge, 国軍 named
bare is the army of the state the story is set in, goods funnelled (流す) or trucked (陸送) on are
transfers, the state of make speaking of diverted parts is no party to the deal, and the cargo
seized, pointed back to (「これらの貨物が」), is the goods of the sentence before."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name as _name
from tests.parties import pair_list, transfers

PUB = "2025-09-10"
_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pair_list, lang="ja", published=PUB)


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は昨年以降、砲弾など数百万発をロシアに送ったと推計されている。",
        "韓国国防省の推計によると、北朝鮮は2023年以降、ロシアに砲弾1000万発を送った。",
    ],
)
def test_an_estimate_is_an_assessment(text: str) -> None:
    [t] = _run(text)
    assert (_name(t.supplier), _name(t.recipient)) == ("North Korea", "Russia")
    assert t.status == "alleged"


def test_the_bare_national_army_is_the_army_of_the_state_the_story_is_set_in() -> None:
    text = (
        "スーダンで続く内戦で、国軍はイランから無人機を受け取ったとされる。"
        "トルコも国軍に無人機「バイラクタルTB2」を売却したとの情報がある。"
    )
    assert _pairs(text) == [("Iran", "Sudan"), ("Turkey", "Sudan")]


def test_the_bare_national_army_after_a_coup_told_of_the_state() -> None:
    text = (
        "ミャンマーでは2021年のクーデター以降、国軍と民主派勢力の戦闘が続いている。"
        "ロシアは国軍に戦闘機Su30を6機引き渡した。"
    )
    [t] = _run(text)
    assert (_name(t.supplier), _name(t.recipient)) == ("Russia", "Myanmar")
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 6


def test_the_national_army_with_no_state_told_as_the_ground_names_no_one() -> None:
    assert _run("ロシアは国軍に戦闘機を引き渡した。") == []


def test_goods_funnelled_on_come_from_their_state_of_make() -> None:
    [t] = _run("米商務省は、香港の商社が日本製の工作機械をロシアに流していたと発表した。")
    assert (_name(t.supplier), _name(t.recipient)) == ("Japan", "Russia")
    assert [_name(p) for p in t.intermediaries] == ["Hong Kong"]
    assert t.items[0].category == "dual-use"


def test_news_put_out_is_no_transfer() -> None:
    assert _run("ロシア国営メディアは、同国がウクライナ側の情報を流していると非難した。") == []


def test_the_state_of_make_telling_of_its_diverted_parts_does_not_confirm() -> None:
    [t] = _run("米財務省によると、これらの企業は米国製の半導体をロシアの軍需企業に流していた。")
    assert (_name(t.supplier), _name(t.recipient)) == ("United States", "Russia")
    assert t.status == "reported"
    # (a state handing over its own goods still confirms its deed)
    [own] = _run("米国防総省は、米国製のF16戦闘機をウクライナに供与したと発表した。")
    assert own.status == "confirmed"


def test_arms_trucked_through_a_third_state() -> None:
    [t] = _run("イランは昨年、イラク経由でシリアに弾薬を陸送した。")
    assert (_name(t.supplier), _name(t.recipient)) == ("Iran", "Syria")
    assert [_name(p) for p in t.intermediaries] == ["Iraq"]
    assert t.date == "2024"


def test_the_cargo_seized_pointed_back_is_the_goods_of_the_sentence_before() -> None:
    text = (
        "米海軍は先週、アラビア海で小型船を臨検し、ミサイル部品などを押収した。"
        "同海軍は、これらの貨物がイランからフーシ派に送られる途中だったとみている。"
    )
    [t] = _run(text)
    assert (_name(t.supplier), _name(t.recipient)) == ("Iran", "Houthis")
    assert [it.category for it in t.items] == ["components"]
    assert t.status == "alleged"
    assert t.date == "2025-09"


def test_the_cargo_seized_was_sent_not_planned() -> None:
    text = (
        "米軍は先月、対戦車ミサイル20発を押収した。この貨物はイランからイエメンのフーシ派に届けられる予定だったという。"
    )
    [t] = _run(text)
    assert (_name(t.supplier), _name(t.recipient)) == ("Iran", "Houthis")
    assert t.status == "alleged"


@pytest.mark.parametrize(
    "text",
    [
        "国連の専門家パネルは、UAEがチャド経由でRSFに武器を送っていたとの証言は信頼できると結論づけた。",
        "米紙は、イランがロシアに無人機を送ったとの証言を報じた。",
    ],
)
def test_testimony_that_it_happened_is_an_allegation(text: str) -> None:
    [t] = _run(text)
    assert t.status == "alleged"


def test_a_day_with_its_month_after_the_speaker_is_the_day_it_was_said() -> None:
    [deed] = _run(
        "ウクライナ国防省情報総局のブダノフ局長は2月28日、イランがロシアに弾道ミサイルを供与したとの見方を示した。",
        published="2025-03-02",
    )
    assert (_name(deed.supplier), _name(deed.recipient)) == ("Iran", "Russia")
    assert deed.date == "2025-02"  # a deed of that month at the latest, as with a bare day
    [plan] = _run("米国務省は2月28日、ウクライナに砲弾を送ると発表した。", published="2025-03-02")
    assert plan.status == "planned"
    assert plan.date == "2025-02-28"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("北朝鮮の貨物船が先月、ロシアの港にコンテナを運び込んだ。積み荷は砲弾だった。", "reported"),
        ("北朝鮮の貨物船が先月、ロシアの港にコンテナを運び込んだ。積み荷は砲弾とみられる。", "alleged"),
    ],
)
def test_the_cargo_told_in_the_next_sentence_is_the_shipments(text: str, status: str) -> None:
    [t] = _run(text)
    assert (_name(t.supplier), _name(t.recipient)) == ("North Korea", "Russia")
    assert [it.category for it in t.items] == ["artillery-ammunition"]
    assert t.status == status
    assert t.date == "2025-08"


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮の羅津港を出た貨物船がロシアのボストーチヌイ港に砲弾を運び込んだ。",
        "羅津港を出港した貨物船がロシアに砲弾を運んだ。",
    ],
)
def test_the_port_the_ship_left_is_where_the_goods_came_from(text: str) -> None:
    assert _pairs(text) == [("North Korea", "Russia")]


def test_a_state_left_behind_is_no_port_of_departure() -> None:
    assert ("Ukraine", "Belarus") not in _pairs("ロシア軍はウクライナを出て、ベラルーシに戦車を移した。")


def test_right_before_an_event_is_the_events_month() -> None:
    [t] = _run("2023年9月の軍事作戦の直前にも、イスラエルからアゼルバイジャンに向けて貨物機が弾薬を運んだ。")
    assert t.date == "2023-09"
    [before] = _run("2022年2月の侵攻前に、ベラルーシはロシアに弾薬を送った。")
    assert before.date is None


def test_a_purchase_in_a_clause_of_its_own_after_another_act() -> None:
    text = "マレーシアはトルコに哨戒艦2隻を発注しており、韓国製の戦闘機FA50の導入も決めた。"
    assert _pairs(text) == [("Turkey", "Malaysia"), ("South Korea", "Malaysia")]
    [_, fa50] = _run(text)
    assert fa50.status == "planned"
    assert fa50.items[0].entity is not None and fa50.items[0].entity.name == "FA-50"


def test_taking_the_bought_goods_into_service_is_no_second_act() -> None:
    assert _pairs("ポーランドは米国から戦車を購入し、その導入を急いでいる。") == [("United States", "Poland")]


def test_an_act_not_yet_decided_on_is_no_plan() -> None:
    text = (
        "ピストリウス国防相は、巡航ミサイル「タウルス」のウクライナへの供与については"
        "「現時点で決定していない」と述べた。"
    )
    assert _run(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "フィリピンはインドからブラモスを調達した。日本も防衛装備の移転に乗り出した。",
        "フィリピンはインドからブラモスを調達した。韓国も武器の輸出を拡大している。",
    ],
)
def test_a_drive_to_export_arms_at_large_is_no_transfer(text: str) -> None:
    assert _pairs(text) == [("India", "Philippines")]


def test_the_date_after_a_clause_of_what_was_done_so_far_dates_the_further_act() -> None:
    text = "ドイツはこれまでにウクライナに戦車18両を引き渡しており、年内にさらに10両を供与する計画だ。"
    done, more = _run(text)
    assert (done.status, done.date) == ("reported", None)
    assert (more.status, more.date) == ("planned", "2025")
    assert [_name(t.supplier) for t in (done, more)] == ["Germany", "Germany"]


def test_a_littoral_mission_ship_is_a_warship() -> None:
    [t] = _run("マレーシアはトルコの造船会社に沿岸任務艦3隻を発注した。")
    assert (_name(t.supplier), _name(t.recipient)) == ("Turkey", "Malaysia")
    assert [it.category for it in t.items] == ["naval"]
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 3


def test_the_headlines_drones_are_the_bodys_unmanned_aircraft() -> None:
    text = (
        "北朝鮮、ロシアに自爆型ドローン供与か　ウクライナ情報総局\n\n"
        "ウクライナ国防省情報総局のブダノフ局長は2月28日、北朝鮮がロシアに自爆型無人機を数十機供与したとの見方を示した。"
    )
    [t] = _run(text, published="2025-03-01")
    assert (_name(t.supplier), _name(t.recipient)) == ("North Korea", "Russia")
    assert t.status == "alleged"
    assert len(t.evidence) == 2
