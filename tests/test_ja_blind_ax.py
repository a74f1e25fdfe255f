"""Japanese constructions a blind batch in the style of national papers and wires (North Korean and
Iranian arms for Russia, seizures bound for the Houthis, dual-use goods through Central Asian and
Hong Kong fronts, Japan's OSA grants and equipment exports, South Korean sales to Poland) showed
mishandled: a maker told by 手がける in a clause on the goods (「三菱重工業が手がける護衛艦を採用」),
goods integrated into others (「米国製レーダーなどの統合が遅れ」), goods told by the weapons they go
into (「無人機に搭載する熱画像カメラ」), states told as the target of a scheme before its act
(「マレーシアも対象国で、救難艇が届く」「対象国は、A、Bの2カ国で、」), states listed and then counted
before their particle (「フィリピンとマレーシアの2カ国に」「英国とドイツの両国に」), a front firm's kind
the tagger took with 経由 for a name (「カザフスタンのダミー会社経由で」) and 同社 meaning the firm the
story is about, not the front, an act named by its noun that the punished took part in
(「ロシアへの部品供給に関わったとして、中国などの企業を制裁対象に加えた」), a cargo listed after a
seizure with the seizer's word on its make (「積み荷には…が含まれていて、部隊は「イランで製造された
ものだ」としている」), a craft reaching a port (「…を積んだ貨物船がアストラハン港に着いた」), and the user
of goods told with what it put them to (「フーシ派が攻撃に使った無人機の多くは、…イランから持ち込まれた」)."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pairs, transfers

PUB = "2025-08-06"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


def _goods(t: object) -> list[tuple[str, str]]:
    """The text and category of each of a transfer's goods."""
    return [(it.text, it.category) for it in t.items]  # type: ignore[attr-defined]


# a maker told by 手がける in a clause on the goods


def test_maker_told_by_tegakeru_is_the_goods_make() -> None:
    text = "ニュージーランド政府は、三菱重工業が手がける護衛艦を採用すると発表した。"
    assert _pairs(text) == {("Japan", "New Zealand")}


def test_firm_tegakeru_a_plan_is_no_make() -> None:
    # (the firm's own undertaking, told by 計画, is no clause on goods)
    assert _pairs("三菱重工業が手がける計画は遅れている。") == set()


# goods integrated into others


def test_goods_integrated_into_jets_are_not_what_arrives() -> None:
    text = (
        "韓国はポーランドに軽攻撃機を売却する契約を結んだ。"
        "改良型の軽攻撃機は、米国製の電子機器などの統合が遅れ、初号機の到着が来年にずれ込む見通しだ。"
    )
    assert _pairs(text) == {("South Korea", "Poland")}


def test_goods_serviced_are_not_what_is_sold() -> None:
    text = "ドイツ製エンジンの整備が遅れたが、中国はタイに潜水艦を引き渡した。"
    assert _pairs(text) == {("China", "Thailand")}


def test_goods_sent_for_integration_are_still_sent() -> None:
    # (goods that are the object of the act itself stay its goods)
    t = _one("米国はポーランドにレーダーを送った。", "United States", "Poland")
    assert [c for _, c in _goods(t)] == ["air-defence"]


# goods told by the weapon they go into


def test_camera_fitted_to_drones_is_one_goods_word() -> None:
    t = _one("中国の企業が、無人機に搭載する熱画像カメラをロシアに輸出した。", "China", "Russia")
    assert [c for _, c in _goods(t)] == ["components"]


def test_parts_used_in_listed_weapons_are_the_only_goods() -> None:
    t = _one("トルコの商社は、巡航ミサイルや無人機に使われる電子部品をロシアに送った。", "Turkey", "Russia")
    assert _goods(t) == [("電子部品", "components")]


def test_weapons_listed_before_a_comma_stay_goods_of_their_own() -> None:
    # (a comma parts the drones sent from the drones the parts go into)
    t = _one("イランはロシアに無人機や、無人機に使われる部品を送った。", "Iran", "Russia")
    assert sorted(c for _, c in _goods(t)) == ["components", "drone"]


def test_drones_and_parts_listed_stay_two_goods() -> None:
    t = _one("イランはロシアに無人機と電子部品を送った。", "Iran", "Russia")
    assert sorted(c for _, c in _goods(t)) == ["components", "drone"]


# states told as the target of a scheme before its act


def test_target_states_receive_the_boats_that_arrive() -> None:
    text = (
        "日本政府はフィリピン海軍に巡視艇を提供する。"
        "マレーシアとベトナムも今年度の対象国で、救難艇や警備艇が来年までに届く見通しだ。"
    )
    assert _pairs(text) == {("Japan", "Philippines"), ("Japan", "Malaysia"), ("Japan", "Vietnam")}


def test_one_target_state_receives_the_act_after_it() -> None:
    text = "日本は比海軍に巡視艇を供与した。スリランカも供与先の一つで、警備艇が年内に届く予定だ。"
    assert ("Japan", "Sri Lanka") in _pairs(text)
    assert all(s != "Sri Lanka" for s, _ in _pairs(text))


def test_state_as_topic_of_an_arrival_with_no_target_word_stays_as_it_was() -> None:
    # (no target word: the rule leaves the clause alone)
    text = "日本は比海軍に巡視艇を供与した。マレーシアには救難艇が年内に届く予定だ。"
    assert ("Japan", "Malaysia") in _pairs(text)


# a front firm's kind with 経由, and 同社


def test_dummy_firm_with_via_is_no_party_and_dousha_is_the_maker() -> None:
    text = (
        "米商務省は、中国の企業が熱画像カメラ数千台をカザフスタンのダミー会社経由でロシア軍に納めたとして、"
        "同社など5社を禁輸リストに載せた。"
    )
    [t] = _run(text)
    assert (t.supplier.entity.name, t.recipient.entity.name) == ("China", "Russia")  # type: ignore[union-attr]
    assert {i.entity.name for i in t.intermediaries if i.entity} == {"Kazakhstan"}


# an act named by its noun that the punished took part in


def test_supply_noun_charged_to_the_firms_punished() -> None:
    text = "米財務省は30日、ロシアへの部品供給に関わったとして、中国などの企業を制裁対象に加えた。"
    assert _pairs(text) == {("China", "Russia")}


def test_supply_noun_charged_is_not_dated_by_the_listing() -> None:
    text = "米財務省は30日、ロシアへの部品供給に関与したとして、中国の企業3社を制裁対象に指定した。"
    [t] = _run(text)
    assert t.date is None
    assert t.status == "alleged"


def test_firms_and_people_counted_by_case_are_the_punished() -> None:
    text = "米財務省は30日、ロシアに部品を供給したとして、中国などの企業・個人計40件を制裁対象に加えた。"
    assert _pairs(text) == {("China", "Russia")}


def test_sanctioner_of_a_supply_noun_is_no_supplier() -> None:
    # (no firm named: the giver stays untold, never the one who punishes)
    text = "米財務省は30日、ロシアへの部品供給に関わったとして、制裁を科した。"
    assert all(s != "United States" for s, _ in _pairs(text))


# a cargo's goods listed with the seizer's word on their make


def test_cargo_listed_after_a_seizure_stays_a_claim() -> None:
    text = (
        "国民抵抗軍は16日、フーシ派に向けて密輸されようとしていた武器を押収したと発表した。"
        "積み荷には対艦ミサイルや、無人機のエンジンなどが含まれていて、部隊は「イランで製造されたものだ」としている。"
    )
    [t] = _run(text)
    assert t.status == "alleged"
    assert t.recipient is not None and t.recipient.entity is not None and t.recipient.entity.name == "Houthis"
    assert "missile" in {it.category for it in t.items}


# a craft reaching a port


def test_ship_reaching_a_port_brings_its_load() -> None:
    text = "ミサイル200発余りを積んだ貨物船が、イランのアミラバード港を出て、ロシアのアストラハン港に着いた。"
    assert _pairs(text) == {("Iran", "Russia")}


def test_taking_a_seat_at_talks_is_no_delivery() -> None:
    assert _pairs("ロシアとウクライナの代表団は、捕虜交換をめぐる交渉の席に着いた。") == set()


# states listed, then counted or summed up before the particle


def test_states_counted_before_the_goal_particle_each_receive() -> None:
    text = "日本政府は、フィリピン、マレーシア、フィジーの3カ国に警備艇を供与する。"
    assert _pairs(text) == {("Japan", "Philippines"), ("Japan", "Malaysia"), ("Japan", "Fiji")}


def test_both_states_summed_up_as_ryoukoku_each_receive() -> None:
    assert _pairs("米国は英国とドイツの両国に戦車を売却した。") == {
        ("United States", "United Kingdom"),
        ("United States", "Germany"),
    }


def test_states_counted_before_kara_each_supply() -> None:
    text = "ロシアは、北朝鮮とイランの2か国から弾薬を調達している。"
    assert _pairs(text) == {("North Korea", "Russia"), ("Iran", "Russia")}


def test_states_counted_in_a_genitive_stay_no_party() -> None:
    assert _pairs("米国と日本の両国の関係は良好だ。") == set()


def test_states_named_as_what_the_targets_are_receive() -> None:
    text = (
        "日本政府は昨年、OSAを創設した。"
        "初年度の対象国は、フィリピン、バングラデシュ、フィジーの3カ国で、警備艇や沿岸監視レーダーを供与する。"
    )
    assert _pairs(text) == {("Japan", "Philippines"), ("Japan", "Bangladesh"), ("Japan", "Fiji")}


# the user of goods, told with what it put them to, before their coming


def test_user_told_with_its_use_receives_goods_brought_in() -> None:
    text = "フーシ派が攻撃に使った無人機の多くは、オマーン経由でイランから持ち込まれたとみられる。"
    t = _one(text, "Iran", "Houthis")
    assert t.status == "alleged"


def test_user_in_the_dictionary_form_receives() -> None:
    assert _pairs("ロシア軍が使う無人機は、イランから持ち込まれたものだ。") == {("Iran", "Russia")}


def test_use_with_only_a_make_is_no_transfer() -> None:
    # (no act of coming: use and make alone)
    assert _pairs("ロシアが攻撃に使った無人機はイラン製だ。") == set()
