"""Japanese wire and NHK stories (blind batch y): a recipient set as the topic before a comma
(「ベトナムには、…の供与が決まっている」) receives the act its noun names; a request told in the
passive or as what came (「…から…を要請されている」「…から…の要請があった」) is asked by its から;
the rules on an act (「武器輸出の規制緩和」) and asking a partner to join in making goods
(「共同生産への参加を求める」) tell no transfer; 「…との情報もあり」 and a check under way hedge;
brokering (仲介) passes on goods made elsewhere, also to a state's firm told by 向けに; and a
headline's later segment that speaks of another state's goods lends it no part in the act."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name as _name
from tests.parties import pair_list, records, transfers, via

PUB = "2025-10-08"

_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pair_list, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


@pytest.mark.parametrize(
    "text",
    [
        "政府はOSAでマレーシア海軍に無人機を供与する。ベトナムには、昨年度の枠組みで巡視艇5隻の供与が決まっている。",
        "政府はOSAでマレーシア海軍に無人機を供与する。このうちベトナムには、巡視艇5隻の引き渡しが始まった。",
    ],
)
def test_a_recipient_set_as_topic_before_a_comma_receives_the_act_its_noun_names(text: str) -> None:
    out = _run(text)
    assert [(_name(t.supplier), _name(t.recipient)) for t in out] == [("Japan", "Malaysia"), ("Japan", "Vietnam")]
    assert out[1].items[0].quantity is not None and out[1].items[0].quantity.value == 5


@pytest.mark.parametrize(
    "text",
    [
        "日本は、フィリピンから中古の護衛艦の譲渡を要請されている。",
        "日本はフィリピンに無人機を供与した。フィリピン側からは、中古の護衛艦の譲渡も打診されているという。",
        "日本はフィリピンに無人機を供与した。フィリピン政府からは、中古の護衛艦の譲渡を求められている。",
    ],
)
def test_a_passive_request_is_asked_by_its_kara(text: str) -> None:
    [t] = [t for t in _run(text) if t.status == "requested"]
    assert (_name(t.supplier), _name(t.recipient)) == ("Japan", "Philippines")


def test_a_request_told_as_what_came_is_asked_by_its_kara() -> None:
    [t] = _run("防衛省によると、ウクライナからは、地雷除去機の提供の要請があった。")
    assert _name(t.recipient) == "Ukraine"
    assert t.status == "requested"


@pytest.mark.parametrize(
    "text",
    [
        "中国外務省の報道官は「日本は武器輸出の規制緩和を進めている」と批判した。",
        "韓国政府は、防衛装備品の輸出管理を強化すると発表した。",
        "政府は、防衛装備移転三原則の運用指針を見直す方針だ。",
    ],
)
def test_the_rules_on_an_act_tell_no_transfer(text: str) -> None:
    assert _run(text) == []


def test_rules_eased_beside_an_export_keep_only_the_export() -> None:
    out = _run("ドイツ政府は、イスラエルへの武器輸出の制限を緩和し、戦車の部品を輸出する方針だ。")
    assert [(_name(t.supplier), _name(t.recipient), t.status) for t in out] == [("Germany", "Israel", "planned")]


@pytest.mark.parametrize(
    "text",
    [
        "米政府は、迎撃ミサイル「SM3」の共同生産への参加を日本に求めている。",
        "英国は、次期戦闘機のエンジンの共同開発についても日本側に協力を求めた。",
    ],
)
def test_asking_a_partner_to_join_in_making_goods_asks_for_no_goods(text: str) -> None:
    assert _run(text) == []


def test_a_request_for_goods_beside_joint_making_is_still_a_request() -> None:
    out = _run("ウクライナは、砲弾の生産で協力している日本に、防空システムの供与を求めた。")
    assert [(_name(t.supplier), _name(t.recipient), t.status) for t in out] == [("Japan", "Ukraine", "requested")]


@pytest.mark.parametrize(
    "text",
    [
        "ロシアが先月、北朝鮮に戦闘機を引き渡したとの情報もあり、韓国政府が確認を急いでいる。",
        "北朝鮮は先月、ロシアから防空システムを受け取ったとみられ、韓国軍が確認を進めている。",
    ],
)
def test_information_said_to_exist_or_under_check_is_alleged(text: str) -> None:
    [t] = _run(text)
    assert (_name(t.supplier), _name(t.recipient)) == ("Russia", "North Korea")
    assert (t.date, t.status) == ("2025-09", "alleged")


@pytest.mark.parametrize(
    ("text", "pair", "between"),
    [
        ("トルコの商社が、米国製の半導体をロシアに仲介していたと報じられた。", ("United States", "Russia"), {"Turkey"}),
        (
            "香港の企業が、日本製の工作機械をロシアの兵器工場向けに仲介していたとされる。",
            ("Japan", "Russia"),
            {"Hong Kong"},
        ),
    ],
)
def test_brokering_passes_on_goods_made_elsewhere(text: str, pair: tuple[str, str], between: set[str]) -> None:
    [t] = _run(text)
    assert (_name(t.supplier), _name(t.recipient)) == pair
    assert via(t) == between


@pytest.mark.parametrize(
    "text",
    [
        "ブルガリアの業者が、155ミリ砲弾をウクライナに仲介した。",
        "ミャンマー軍政への兵器流入続く　国連報告、タイ企業が仲介",
    ],
)
def test_a_broker_of_weapons_of_no_told_make_goes_between(text: str) -> None:
    [t] = _run(text)
    assert _name(t.supplier) is None
    assert _name(t.recipient) in ("Ukraine", "Myanmar")
    assert via(t) <= {"Bulgaria", "Thailand"} and len(via(t)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "トルコの仲介で、ロシアとウクライナは捕虜交換に合意した。",
        "カタールが仲介した停戦合意で、イスラエルは戦闘を停止した。",
    ],
)
def test_brokering_a_deal_of_no_goods_is_no_transfer(text: str) -> None:
    assert _run(text) == []


def test_goods_bound_for_a_states_firm_go_to_the_state() -> None:
    [t] = _run("アラブ首長国連邦の商社が、米国製の電子部品をイランの無人機メーカー向けに輸出していたとされる。")
    assert (_name(t.supplier), _name(t.recipient)) == ("United States", "Iran")
    assert via(t) == {"United Arab Emirates"}


@pytest.mark.parametrize(
    ("text", "pair", "kinds"),
    [
        (
            "中国、ロシアに無人機部品を大量供給か　米高官、イランのミサイルにも言及",
            ("China", "Russia"),
            ["components"],
        ),
        (
            "北朝鮮、ロシアに砲弾を追加供与か　韓国軍、イランの無人機にも懸念",
            ("North Korea", "Russia"),
            ["artillery-ammunition"],
        ),
    ],
)
def test_a_later_headline_segment_on_another_states_goods_lends_it_no_part(
    text: str, pair: tuple[str, str], kinds: list[str]
) -> None:
    [t] = _run(text)
    assert (_name(t.supplier), _name(t.recipient)) == pair
    assert [it.category for it in t.items] == kinds
    assert t.status == "alleged"


def test_goods_bound_for_a_plant_of_a_states_forces_go_to_the_state() -> None:
    [t] = _run("ドイツ製の工作機械が、キルギスの商社を通じてロシア軍の修理工場向けに輸出されていた。")
    assert (_name(t.supplier), _name(t.recipient)) == ("Germany", "Russia")


@pytest.mark.parametrize(
    "text",
    [
        "日本政府は、米国が日本製の砲弾を第三国に移すには日本の事前同意が必要だとしている。",
        "ウクライナに戦闘機を供与するには、パイロットの訓練に半年かかるという。",
        "ドイツが巡航ミサイルを送るには、連邦議会の承認が必要だ。",
    ],
)
def test_an_act_a_condition_or_cost_serves_is_no_transfer(text: str) -> None:
    assert _run(text) == []


def test_what_a_supply_includes_is_still_told() -> None:
    out = _run("米国は先月、ウクライナにパトリオットを供与した。供与には迎撃ミサイル30発が含まれる。")
    assert [(_name(t.supplier), _name(t.recipient), t.date) for t in out] == [("United States", "Ukraine", "2025-09")]


def test_a_buyer_adopting_a_named_system_of_a_named_states_make_buys_from_that_state() -> None:
    text = (
        "米国は昨年、ポーランドにパトリオットを引き渡した。韓国も同国にK2戦車を輸出した。"
        "フィンランド政府は、陸軍の新型自走砲としてK9自走砲を採用すると決めた。"
    )
    out = _run(text)
    assert [(_name(t.supplier), _name(t.recipient)) for t in out] == [
        ("United States", "Poland"),
        ("South Korea", "Poland"),
        ("South Korea", "Finland"),
    ]
    assert out[2].status == "planned"


def test_a_class_told_by_its_bracketed_name_and_kata_is_one_item() -> None:
    [t] = _run("ドイツは、エジプトに「MEKO A-200」型フリゲートを引き渡した。")
    assert [(it.category, it.entity.name if it.entity else None) for it in t.items] == [("naval", "MEKO A-200")]
    assert t.items[0].text == "「MEKO A-200」型フリゲート"


def test_a_state_adopting_its_own_make_takes_in_nothing() -> None:
    assert _run("陸上自衛隊は、国産の12式地対艦誘導弾を採用した。") == []


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("日本はウクライナにドローン探知レーダーを供与した。", [("ドローン探知レーダー", "air-defence")]),
        ("ドイツはウクライナに対ドローン兵器を供与した。", [("対ドローン兵器", "air-defence")]),
        ("米国はウクライナに無人機妨害装置を送った。", [("無人機妨害装置", "air-defence")]),
        ("日本はウクライナに無人機迎撃用のミサイルを供与した。", [("無人機迎撃用のミサイル", "missile")]),
    ],
)
def test_goods_made_against_a_threat_are_not_the_threat(text: str, goods: list[tuple[str, str]]) -> None:
    [t] = _run(text)
    assert [(it.text, it.category) for it in t.items] == goods


def test_drones_and_a_radar_listed_apart_stay_two_items() -> None:
    [t] = _run("トルコはウクライナに無人機とレーダーを供与した。")
    assert [it.category for it in t.items] == ["drone", "air-defence"]


def test_goods_told_again_with_their_count_in_a_list_are_the_acts_goods() -> None:
    text = (
        "政府はOSAで、ベトナム海軍に巡視艇を供与することになり、10日、ハノイで書簡を交わしました。"
        "供与額はおよそ8億円で、巡視艇3隻と関連機材が含まれるということです。"
    )
    [t] = _run(text)
    assert (_name(t.supplier), _name(t.recipient), t.status, t.date) == ("Japan", "Vietnam", "planned", "2025-09-10")
    assert [(it.category, it.quantity.value if it.quantity else None) for it in t.items] == [("naval", 3)]


def test_the_sum_of_a_sale_told_before_is_no_sale_of_its_own() -> None:
    out = _run("米国務省は、台湾へのミサイル売却を承認した。売却額は約20億ドルにのぼる。")
    assert [(_name(t.supplier), _name(t.recipient), t.status) for t in out] == [("United States", "Taiwan", "planned")]


def test_goods_a_broker_passed_on_with_no_told_make_take_no_supplier_from_the_story() -> None:
    text = (
        "報告書によると、中国からは無人機がミャンマー軍に引き渡された。"
        "また、シンガポールの企業が、欧州製の工作機械や電子部品をミャンマー軍向けに仲介していたとされる。"
    )
    out = _run(text)
    assert [(_name(t.supplier), _name(t.recipient)) for t in out] == [("China", "Myanmar"), (None, "Myanmar")]
    assert via(out[1]) == {"Singapore"}
    assert out[1].status == "alleged"
