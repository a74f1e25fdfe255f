"""Japanese constructions a blind batch of magazine and analysis pieces on sanctions evasion and
re-export networks showed mishandled: goods aimed at a party by a launch or strike (「…に向けて発射
した」), contrasted goods in a gapped list (「砲弾は北朝鮮から、無人機はイランから」), an indictment as
an accusation, a destination owned by a state one place further off (「ロシアの…にある工場に」), goods
got by no one named and passed on in the passive, item words of the trade (無線機器, 光学部品,
モーター), and a report's day taken for the date of the act the next sentence dates."""

from __future__ import annotations

from functools import partial

from tests.parties import name as _name
from tests.parties import one, pair_list, transfers

PUB = "2025-03-10"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pair_list, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


def test_goods_aimed_at_a_party_by_a_launch_are_no_delivery() -> None:
    assert not _run("ロシア軍は先月、イラン製の無人機を500機以上ウクライナに向けて発射した。")
    assert not _run("北朝鮮は短距離弾道ミサイル2発を日本海に向けて発射した。")
    # (goods moved toward a party are still a shipment)
    t = _one("イランは無人機をロシアに向けて輸送した。", "Iran", "Russia")
    assert t.status == "reported"


def test_contrasted_goods_in_a_gapped_list_each_have_their_source() -> None:
    text = "ロシア軍は、砲弾は北朝鮮から、自爆型ドローンの大半はイランから調達してきた。"
    assert sorted(_pairs(text)) == [("Iran", "Russia"), ("North Korea", "Russia")]
    t = _one(text, "Iran", "Russia")
    assert [i.category for i in t.items] == ["drone"]
    t = _one("ミャンマー軍は戦闘機の多くはロシアから、小銃は中国から購入してきた。", "China", "Myanmar")
    assert [i.category for i in t.items] == ["small-arms"]


def test_an_indictment_tells_an_accusation() -> None:
    t = _one(
        "米司法省の起訴状によると、被告らは米国製の電子部品を香港の会社を通じてイランに輸出していた。",
        "United States",
        "Iran",
    )
    assert t.status == "alleged"


def test_a_factory_a_state_owns_one_place_further_off_is_its_side() -> None:
    t = _one("オランダ製の光学部品がロシアのタタールスタン共和国にある工場に送られていた。", "Netherlands", "Russia")
    assert [i.category for i in t.items] == ["components"]
    # (「…の工場において」 tells where something happens, not where goods go)
    assert not _run("ロシアのアラブガ特別経済区の工場において、無人機の生産が拡大している。")


def test_goods_got_by_no_one_named_and_given_on_come_from_their_source() -> None:
    t = _one("2024年に中国から輸入した無線機器の一部がロシアに再輸出された。", "China", "Russia")
    assert t.intermediaries == []
    assert t.date == "2024"
    assert len(_run("2024年に中国から輸入した無線機器の一部がロシアに再輸出された。")) == 1
    # (a buyer named is the go-between of the one journey)
    t = _one("キルギスの商社は韓国から輸入した電子部品をロシアに再輸出した。", "South Korea", "Russia")
    assert [_name(i) for i in t.intermediaries] == ["Kyrgyzstan"]


def test_item_words_of_the_trade() -> None:
    t = _one("トルコの業者が中国製のドローン用モーターをロシアに転売していた。", "China", "Russia")
    assert [(i.text, i.category) for i in t.items] == [("ドローン用モーター", "components")]
    t = _one("アルメニアの業者は無線機器をロシアに輸出した。", "Armenia", "Russia")
    assert [i.category for i in t.items] == ["components"]
    t = _one("ロシアは見返りに電子戦装置をイランに渡したとみられる。", "Russia", "Iran")
    assert [i.category for i in t.items] == ["other"]
    assert t.status == "alleged"


def test_a_report_day_is_no_date_of_the_act_the_next_sentence_dates() -> None:
    text = (
        "英紙ガーディアンは5日、フランス企業が製造した電子部品がアルメニアを経由してロシアに送られていたと"
        "報じた。同紙によると、部品は昨年秋に少なくとも3回に分けて輸送された。"
    )
    t = _one(text, "France", "Russia")
    assert t.date == "2024"
    assert len(_run(text)) == 1
    # (with no such sentence the report's day stays)
    t = _one("英紙ガーディアンは5日、フランス製の電子部品がロシアに送られていたと報じた。", "France", "Russia")
    assert t.date == "2025-03"


def test_a_speaker_before_firms_that_pass_goods_on_is_no_go_between() -> None:
    t = _one("英財務省は、これらの商社がスイス製の工作機械をロシアに転売していたと発表した。", "Switzerland", "Russia")
    assert t.intermediaries == []
    # (firms of a named state still go between)
    t = _one("米政府は、トルコの企業が米国製の半導体をロシアに再輸出していると指摘した。", "United States", "Russia")
    assert [_name(i) for i in t.intermediaries] == ["Turkey"]


def test_parts_of_two_makes_passed_on_are_a_journey_each() -> None:
    text = "カザフスタンの業者が米国製の半導体や中国製の電子部品をロシアに再輸出していた。"
    got = sorted((_name(t.supplier), [_name(i) for i in t.intermediaries]) for t in _run(text))
    assert got == [("China", ["Kazakhstan"]), ("United States", ["Kazakhstan"])]
    # (the passer's own make it supplies itself)
    text = "トルコの業者がトルコ製の工作機械や中国製の部品をロシアに輸出していた。"
    got = sorted((_name(t.supplier), [_name(i) for i in t.intermediaries]) for t in _run(text))
    assert got == [("China", ["Turkey"]), ("Turkey", [])]


def test_an_ask_in_a_later_clause_is_not_the_earlier_acts() -> None:
    text = "ロシアは対戦車ミサイルをベラルーシに渡したとみられ、ベラルーシ側は戦闘機の引き渡しも求めている。"
    got = {t.items[0].category: t.status for t in _run(text)}
    assert got == {"anti-tank": "alleged", "aircraft": "requested"}
    # (an act asked for in the same clause is the ask's)
    t = _one("ウクライナは、ドイツが戦車を供与するよう求めた。", "Germany", "Ukraine")
    assert t.status == "requested"


def test_a_firm_of_a_city_goes_between_for_the_citys_state() -> None:
    t = _one("ドバイの商社が韓国製の工作機械をロシアに転売していた。", "South Korea", "Russia")
    assert [_name(i) for i in t.intermediaries] == ["United Arab Emirates"]
    t = _one("イスタンブールに拠点を置く業者が米国製の半導体をロシアに再輸出していた。", "United States", "Russia")
    assert [_name(i) for i in t.intermediaries] == ["Turkey"]
    # (a city's port is a place, no party)
    assert not _run("貨物船はドバイの港に到着した。")


def test_a_count_told_as_the_subject_after_goods_set_up_as_the_topic() -> None:
    t = _one("北朝鮮の砲弾は昨年、100万発以上がロシアに届いた。", "North Korea", "Russia")
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 1000000
    t = _one("イラン製の弾道ミサイルも、これまでに200発以上がロシアに引き渡された。", "Iran", "Russia")
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 200


def test_a_state_crossed_on_the_way_goes_between() -> None:
    t = _one("業者によると、イタリア製の工作機械はアルメニアを抜けてロシアに運ばれるという。", "Italy", "Russia")
    assert [_name(i) for i in t.intermediaries] == ["Armenia"]
    t = _one("チェコ製の電子部品がトルコを通過してロシアに送られていた。", "Czech Republic", "Russia")
    assert [_name(i) for i in t.intermediaries] == ["Turkey"]
