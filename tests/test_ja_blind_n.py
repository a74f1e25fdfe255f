"""Japanese constructions a blind batch of wire, analysis and magazine pieces showed missed: goods
listed before each source (「砲弾を北朝鮮から、無人機をイランから」), a state leaned on (への依存),
同国 in a sentence that opens on the state it speaks of, a speaker's が before the act's own, a
recipient set as the topic of what follows, goods named by the force using them, states listed
before the region they go through, a list no headline topic opens, third countries at large, a
buyer that follows others (Xも…の購入契約), and a story's one supplier so far."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name as _name
from tests.parties import one, pairs, transfers

PUB = "2025-06-09"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ベラルーシは戦闘機をロシアから、装甲車を中国から購入してきた。",
            {("Russia", "Belarus", "戦闘機"), ("China", "Belarus", "装甲車")},
        ),
        (
            "インドは戦闘機をフランスから、防空システムをロシアから購入した。",
            {("France", "India", "戦闘機"), ("Russia", "India", "防空システム")},
        ),
        # (a state leaned on in a later clause is no recipient: 「中国への依存」)
        (
            "ロシアは砲弾を北朝鮮から、無人機をイランから調達しているが、半導体では中国への依存が強い。",
            {("North Korea", "Russia", "砲弾"), ("Iran", "Russia", "無人機")},
        ),
    ],
)
def test_goods_told_before_each_source_are_that_sources(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = {(_name(t.supplier), _name(t.recipient), it.text) for t in _run(text) for it in t.items}
    assert got == expected


def test_dosei_in_a_sentence_opening_on_a_state_is_that_state() -> None:
    t = _one(
        "北朝鮮については、韓国国防省が先月、同国がロシアに砲弾を追加で送ったとの分析を示した。",
        "North Korea",
        "Russia",
    )
    assert t.status == "alleged"
    assert t.date == "2025-05"
    assert _pairs("イランをめぐっては、米政府が昨年9月、同国がロシアに弾道ミサイルを引き渡したと発表した。") == {
        ("Iran", "Russia")
    }


@pytest.mark.parametrize(
    ("text", "supplier"),
    [
        ("英国防省が先週、北朝鮮がロシアに多連装ロケット砲を送ったと明らかにした。", "North Korea"),
        ("米国務省が10日、イランがロシアに短距離弾道ミサイルを引き渡したと発表した。", "Iran"),
    ],
)
def test_a_speakers_ga_before_the_acts_own_subject_does_not_give(text: str, supplier: str) -> None:
    assert _pairs(text) == {(supplier, "Russia")}


@pytest.mark.parametrize(
    ("text", "supplier", "recipient", "date"),
    [
        # a sentence with no party at all goes on with the recipient the story turned to
        (
            "日本は米国に迎撃ミサイルを輸出した。ウクライナに対しては、殺傷能力を持たない装備に限って支援してきた。"
            "2023年には防弾チョッキやヘルメットを提供している。",
            "Japan",
            "Ukraine",
            "2023",
        ),
        # and so does one naming only the giver
        (
            "日本はマレーシアに警戒監視用の無人機を供与した。フィリピンに対しては、海洋監視の強化を後押ししてきた。"
            "政府は昨年、自衛隊の救難艇を届けた。",
            "Japan",
            "Philippines",
            "2024",
        ),
    ],
)
def test_a_recipient_set_as_the_topic_takes_the_goods_told_next(
    text: str, supplier: str, recipient: str, date: str
) -> None:
    last = _run(text)[-1]
    assert (_name(last.supplier), _name(last.recipient)) == (supplier, recipient)
    assert last.date == date
    assert ("Japan", "United States" if "米国" in text else "Malaysia") in _pairs(text)


@pytest.mark.parametrize(
    ("text", "supplier", "recipient"),
    [
        ("フランスは、インド空軍が運用するラファール戦闘機の交換部品を追加で供与する。", "France", "India"),
        ("米国は、台湾軍が保有するF16戦闘機の部品を売却する。", "United States", "Taiwan"),
    ],
)
def test_goods_named_by_the_force_using_them_go_to_it(text: str, supplier: str, recipient: str) -> None:
    [t] = _run(text)
    assert (_name(t.supplier), _name(t.recipient)) == (supplier, recipient)
    assert t.status == "planned"


@pytest.mark.parametrize(
    ("text", "vias"),
    [
        (
            "欧米製の電子部品が、アルメニアやジョージアといった近隣諸国を経由してロシアに流入している。",
            ["Armenia", "Georgia"],
        ),
        ("工作機械は、トルコなどの第三国を経由してロシアに輸出された。", ["Turkey"]),
    ],
)
def test_states_listed_before_the_region_goods_pass_through_go_between(text: str, vias: list[str]) -> None:
    [t] = _run(text)
    assert _name(t.recipient) == "Russia"
    assert [_name(p) for p in t.intermediaries] == vias


def test_a_listed_state_opening_a_sentence_is_no_headline_topic() -> None:
    text = (
        "豪州は日本から護衛艦を購入する。英国、イタリアと共同開発する次期戦闘機をめぐっては、"
        "第三国への輸出を解禁する閣議決定が行われた。"
    )
    assert [(_name(t.supplier), _name(t.recipient), t.items[0].text) for t in _run(text)] == [
        ("Japan", "Australia", "護衛艦")
    ]
    # (a headline's topic with its deal partner stays the headline's topic)
    assert ("South Korea", "Poland") in _pairs("韓国、ポーランドとK2戦車180両の輸出契約\n\n両国が契約に署名した。")


def test_a_buyer_following_others_buys_from_the_storys_seller() -> None:
    text = "韓国はポーランドに戦車を、エジプトに自走砲を輸出した。ルーマニアも昨年、K9自走砲の購入契約を結んだ。"
    t = _one(text, "South Korea", "Romania")
    assert t.status == "planned"
    assert t.date == "2024"
    # a buyer's own procurement, with no seller and no one it follows, is none
    assert _run("ルーマニアは昨年、K9自走砲の購入契約を結んだ。") == []


def test_an_act_with_no_supplier_is_the_storys_one_supplier_so_far() -> None:
    text = (
        "日本は昨年、豪州に護衛艦を輸出することを決めた。フィリピンには2023年、日本製のレーダーが引き渡された。"
        "米国には2024年、ライセンス生産した迎撃ミサイルを輸出し、米軍の在庫を補った。"
        "一方、豪州は米国から潜水艦を取得する。"
    )
    assert [(_name(t.supplier), _name(t.recipient), t.date) for t in _run(text)] == [
        ("Japan", "Australia", "2024"),
        ("Japan", "Philippines", "2023"),
        ("Japan", "United States", "2024"),
        ("United States", "Australia", None),
    ]


def test_an_act_told_again_as_a_noun_dates_the_act_before_by_its_start() -> None:
    text = "海自はこれまでに、TC90練習機5機をマレーシア海軍に引き渡している。2019年に始まった移転は翌年に完了した。"
    [t] = _run(text)
    assert (_name(t.supplier), _name(t.recipient), t.date) == ("Japan", "Malaysia", "2019")


def test_firms_pointed_back_to_pass_the_goods_on_for_their_states() -> None:
    text = (
        "EUは先月、トルコやカザフスタンの商社など8社を制裁対象に加え、"
        "これらの商社が中国製の電子部品をロシアに転売していたと指摘した。"
    )
    got = {(_name(t.supplier), _name(t.recipient), _name(v)) for t in _run(text) for v in t.intermediaries}
    assert got == {("China", "Russia", "Turkey"), ("China", "Russia", "Kazakhstan")}


@pytest.mark.parametrize(
    "text",
    [
        "韓国は2023年、米国に155ミリ砲弾約50万発を貸与した。これらが米国を経由してウクライナに渡ったとの見方は根強い。",
        "韓国は2023年、米国に155ミリ砲弾約50万発を貸与した。これらが米国を経由してウクライナに回ったとの見方は根強い。",
    ],
)
def test_goods_pointed_back_with_korera_move_on(text: str) -> None:
    onward = _one(text, "South Korea", "Ukraine")
    assert [_name(v) for v in onward.intermediaries] == ["United States"]
    assert [it.text for it in onward.items] == ["155ミリ砲弾"]
    assert onward.status == "alleged"


def test_mawaru_moves_goods_only_after_ni() -> None:
    assert _run("ウクライナ軍は砲弾不足で守勢に回った。") == []


def test_the_launchers_of_a_named_system_are_that_system() -> None:
    [t] = _run("米国はウクライナに地対空ミサイル「パトリオット」の発射機1基を供与した。")
    [item] = t.items
    assert item.text == "地対空ミサイル「パトリオット」の発射機"
    assert item.entity is not None and item.entity.name == "Patriot"
    assert item.category == "air-defence"
    assert item.quantity is not None and item.quantity.value == 1


def test_goods_totalled_for_the_act_are_all_its_goods() -> None:
    [t] = _run("北朝鮮がロシアに自走砲「コクサン」と多連装ロケット砲を合わせて200門以上供与した。")
    assert (_name(t.supplier), _name(t.recipient)) == ("North Korea", "Russia")
    assert [it.category for it in t.items] == ["other", "rocket-launcher"]
    # (goods listed before the last one go with it)
    [t] = _run("イランが昨年、ロシアに弾道ミサイルと自爆型無人機を合わせて300発以上引き渡した。")
    assert [it.category for it in t.items] == ["missile", "drone"]


@pytest.mark.parametrize(
    ("text", "supplier", "recipient"),
    [
        ("フィリピン空軍は、韓国のFA50軽攻撃機を追加で導入する。", "South Korea", "Philippines"),
        ("ニュージーランド政府は、日本の「もがみ」型護衛艦の能力向上型を採用すると発表した。", "Japan", "New Zealand"),
    ],
)
def test_another_states_goods_taken_into_service_come_from_it(text: str, supplier: str, recipient: str) -> None:
    [t] = _run(text)
    assert (_name(t.supplier), _name(t.recipient), t.status) == (supplier, recipient, "planned")


@pytest.mark.parametrize(
    "text",
    [
        "陸上自衛隊は国産の新型ミサイルを採用した。",
        "韓国陸軍は、国産のK2戦車を新たに導入した。",
    ],
)
def test_goods_of_ones_own_make_taken_into_service_move_nowhere(text: str) -> None:
    assert _run(text) == []


def test_a_further_deal_buys_again_the_goods_told_before() -> None:
    text = "エジプトは2022年、韓国とK9自走砲200門の購入契約を結んだ。同国は今年3月、第2次契約（100門）にも署名した。"
    first, second = _run(text)
    assert (_name(second.supplier), _name(second.recipient)) == ("South Korea", "Egypt")
    assert (second.status, second.date) == ("planned", "2025-03")
    assert [it.entity.name if it.entity else None for it in second.items] == ["K9 Thunder"]
    assert first.date == "2022"
