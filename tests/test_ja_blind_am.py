"""Japanese constructions a blind batch in the style of newspaper and magazine analyses (Japan's
equipment transfers and OSA, arms sales in Asia, re-exports through Central Asia and the Caucasus)
showed mishandled: a state spoken of (「インドネシアについては、」) that buys, or whose agency of no
name receives (「海上保安機構（バカムラ）に高速艇を供与する」), an act settled on by an agreement
across a comma (「移転することで、両政府が覚書を交わした」), a demand that weapons be taken away
(「撤去を求め続けている」), the state an export is weighed for (「中国にとっては同機の初の輸出だった」),
a sale decided on told in a relative clause on its goods (「2019年に売却が決まったF16V66機は」),
goods set as the topic, then counted as the subject of their act (「ハイマースは…最初の11基が届き」),
goods of one state's make bought from another state's trader and sent on (「UAEの卸から仕入れ、
ロシアに送った」), exports to third countries at large told as one word (「完成品の第三国輸出を認める」), an act
told by its noun said never to have taken place (「再輸出が行われた事実は確認されていない」),
and goods of another state's design (「トルコ設計のコルベット」)."""

from __future__ import annotations

from functools import partial

from tests.parties import pair, pairs, records, transfers, via

PUB = "2025-03-10"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


def _counts(text: str) -> list[dict[str, str | None]]:
    """The count words of each transfer's goods, by the goods' text."""
    return [{it.text: (it.quantity.text if it.quantity else None) for it in t.items} for t in _run(text)]


# a state spoken of (Xについては) in an act that names no party of its own for its place


def test_state_spoken_of_buys_what_it_decided_to_buy() -> None:
    text = "インドはフィリピンに巡航ミサイルを輸出した。マレーシアについては、同じミサイルの購入を決めた。"
    assert _pairs(text) == {("India", "Philippines"), ("India", "Malaysia")}


def test_state_spoken_of_receives_through_its_agency_of_no_name() -> None:
    text = "日本はベトナムに巡視艇を供与した。タイについては、海上警察庁に高速艇を供与する方向だ。"
    assert _pairs(text) == {("Japan", "Vietnam"), ("Japan", "Thailand")}


def test_state_spoken_of_still_gives_where_the_act_names_no_one() -> None:
    # (with no receiver of its own, the state spoken of is the giver)
    text = "米国はウクライナに戦車を供与した。英国については、長距離ミサイルの供与を決めた。"
    assert _pairs(text) == {("United States", "Ukraine"), ("United Kingdom", "Ukraine")}


def test_state_spoken_of_with_a_named_buyer_is_no_buyer() -> None:
    text = "イランについては、ロシアがイランから無人機を購入したと報じられた。"
    assert _pairs(text) == {("Iran", "Russia")}


# an act that an agreement settles on, told before a comma


def test_act_agreed_on_across_a_comma_is_planned() -> None:
    text = "通信アンテナをインドに移転することで、日印両政府が昨年11月に覚書を交わした。"
    assert [(r[1], r[3]) for r in _records(text)] == [("India", "planned")]


def test_act_done_as_a_means_is_no_agreement() -> None:
    # (「することで」 as the means of another result: the act is told as done)
    text = "ロシアは北朝鮮に砲弾を供与することで、両国は関係を深めることで一致した。"
    assert [r[3] for r in _records(text)] == ["reported"]


# a demand that weapons already in place be taken away


def test_demand_to_remove_a_deployed_system_is_no_request() -> None:
    text = "このミサイルは米軍が昨年4月からルソン島に置いているもので、中国は撤去を求め続けている。"
    assert _pairs(text) == set()


def test_request_for_more_weapons_stays_a_request() -> None:
    assert [r[3] for r in _records("ウクライナは米国にパトリオットの追加を求めた。")] == ["requested"]


# the state an export is weighed for (にとって)


def test_state_an_export_is_weighed_for_is_its_seller() -> None:
    text = "インドは2023年にアルメニアへピナカを売った。インドにとっては同システムの初の輸出だった。"
    assert _pairs(text) == {("India", "Armenia")}


def test_state_goods_from_another_are_weighed_for_receives_them() -> None:
    assert _pairs("ロシアにとって北朝鮮からの砲弾供給は生命線だ。") == {("North Korea", "Russia")}


# a sale decided on, told in a relative clause on its goods


def test_sale_decided_on_in_a_clause_on_the_goods_is_a_plan() -> None:
    text = "米国は台湾に戦車を送った。2019年に売却が決まった新造の戦闘機66機は、納入開始が大きくずれ込んだ。"
    got = _records(text)
    assert ("United States", "Taiwan", "2019", "planned") in got


def test_sale_decided_on_that_qualifies_no_goods_is_no_act() -> None:
    assert _pairs("武器の売却が決まった理由は明らかでない。") == set()


# goods set as the topic, then counted as the subject of their act


def test_goods_topic_takes_the_count_of_its_first_lot() -> None:
    text = "米国は台湾に武器を売った。ハイマースは昨年、最初の11基が台湾に届いた。"
    assert {"ハイマース": "11基"} in _counts(text)


def test_goods_topic_takes_the_count_of_its_first_batch() -> None:
    text = "米国は台湾に武器を売った。M1A2T戦車は昨年12月、第1陣の38両が台北港に陸揚げされた。"
    assert {"M1A2T戦車": "38両"} in _counts(text)


# an act told by its noun, said never to have taken place


def test_act_noun_said_to_be_no_fact_is_denied() -> None:
    text = "カザフスタン政府は「ロシアへの無人機の再輸出が行われた事実はない」と述べた。"
    assert [r[3] for r in _records(text)] == ["denied"]


def test_act_noun_said_to_be_unfound_is_denied() -> None:
    text = "カザフスタン政府は「ロシアへの無人機の再輸出が行われた事実は確認されていない」と述べた。"
    assert [r[3] for r in _records(text)] == ["denied"]


def test_act_noun_said_to_have_taken_place_is_reported() -> None:
    text = "米国は、中国からロシアへの無人機の輸出が行われたと指摘した。"
    assert [r[3] for r in _records(text)] == ["reported"]


# goods of another state's design


def test_state_of_the_design_sells_the_goods_bought() -> None:
    text = "パキスタンは中国から潜水艦を買った。パキスタン海軍はトルコ設計のコルベット4隻を調達する契約を結んだ。"
    assert _pairs(text) == {("China", "Pakistan"), ("Turkey", "Pakistan")}


# exports to third countries at large, told as one word


def test_third_country_exports_allowed_is_no_transfer() -> None:
    text = "日本はウクライナに防弾チョッキを送った。次期戦闘機は、完成品の第三国輸出を認める閣議決定が昨年3月にされた。"
    assert [r[:2] for r in _records(text)] == [("Japan", "Ukraine")]


def test_third_country_export_to_a_named_buyer_is_an_act() -> None:
    text = "英国は、日本と共同開発した戦闘機をサウジアラビアに第三国輸出する。"
    assert _pairs(text) == {("United Kingdom", "Saudi Arabia")}


# goods of one state's make, bought from another state's trader and sent on


def test_trader_state_goods_were_bought_from_goes_between() -> None:
    text = "ジョージアの業者は、米国製の半導体をトルコの商社から仕入れ、陸路でロシアに送った。"
    got = [(pair(t), via(t)) for t in _run(text)]
    assert (("United States", "Russia"), {"Georgia", "Turkey"}) in got


def test_trader_state_of_goods_of_no_make_stays_the_seller() -> None:
    # (with no make told, the trader's state sells: no go-between of its own act)
    text = "ジョージアの業者は、半導体をトルコの商社から仕入れ、陸路でロシアに送った。"
    assert ("Turkey", "Russia") in _pairs(text)
