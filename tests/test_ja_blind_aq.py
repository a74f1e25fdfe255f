"""Japanese constructions a blind batch in the style of magazines, think-tank explainers and wire
flashes (Turkey's Gulf sales, China and Pakistan, the Houthis and Hezbollah, Israel's exports,
Belarus, Russia in the Sahel) showed mishandled: a bare month after a past story has come back to the
present (「…昨年4月に進水し、来年にも引き渡される。…6月、」), a new year still ahead told in autumn
(「年明けにも引き渡される見通し」), a subject that uses another as its go-between
(「イランがイラクの民兵組織を仲介役にして」), cooperation obtained (「中国の技術協力を得て国産化した」),
a deal for goods frozen (「武器購入の新規契約を凍結」), a plan said not to exist in a quote on the act
(「売却について「新たな計画はない」」), holders of second-hand goods, each (「カタールとオマーンが
それぞれ保有する戦闘機」, told once each), 同国 after a state named as a sentence's predicate (「最大の顧客はサウジ
アラビアだ。同国は…」), goods that came shown by who holds them (「中国から到着した戦闘機6機を披露した」),
and the words 小型武器 and 迎撃システム."""

from __future__ import annotations

from functools import partial

from tests.parties import only, pair_list, pairs, transfers, via

PUB = "2025-10-20"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_only = partial(only, lang="ja", published=PUB)


# a bare month after a past story that has come back to the present


def test_bare_month_after_a_year_ahead_is_of_this_year() -> None:
    text = (
        "最初の潜水艦は昨年5月に進水し、来年にも引き渡される見通しだ。"
        "英紙は8月、エジプトが中国から戦闘機20機を購入すると報じた。"
    )
    t = _only(text)
    assert t.date == "2025-08"


def test_bare_month_in_a_past_story_keeps_its_year() -> None:
    # (no year of now between: the month goes on with the story of 2023)
    text = "ロシアは2023年3月、イランと戦闘機の購入で合意した。8月には最初の2機がイランに届いた。"
    dates = {t.date for t in _run(text)}
    assert "2023-08" in dates


# a new year told in autumn of an act still ahead


def test_new_year_ahead_told_in_autumn_is_next_january() -> None:
    t = _only("カタールはトルコに戦闘機を年明けにも引き渡す見通しだ。")
    assert t.date == "2026-01"


def test_new_year_of_a_done_act_is_this_january() -> None:
    t = _only("カタールは年明けに戦闘機をトルコに引き渡した。")
    assert t.date == "2025-01"


def test_new_year_ahead_told_in_winter_is_this_january() -> None:
    t = only("カタールはトルコに戦闘機を年明けにも引き渡す見通しだ。", lang="ja", published="2025-01-05")
    assert t.date == "2025-01"


# a subject that uses another as its go-between is no go-between


def test_subject_using_a_broker_still_supplies() -> None:
    text = (
        "イランは昨年、シリア経由で無人機の部品をヒズボラに送った。"
        "専門家は、イランがイエメンの武装組織を仲介役にして補給を続ける可能性があると指摘する。"
    )
    t = _only(text)
    assert (t.supplier.entity.name if t.supplier and t.supplier.entity else None) == "Iran"
    assert "Iran" not in via(t)


def test_state_told_as_the_way_through_still_goes_between() -> None:
    # (「アルメニアは抜け道になった」: the state itself is the way)
    text = "アルメニアはロシア向け電子部品の抜け道となった。アルメニアは昨年、電子部品をロシアに輸出した。"
    t = _only(text)
    assert "Armenia" in via(t)


# cooperation or backing obtained is no goods


def test_cooperation_obtained_for_home_production_is_no_transfer() -> None:
    text = "ベラルーシが中国の技術協力を得て国産化した多連装ロケット砲の輸出動向を注視する。"
    assert _pairs(text) == set()


def test_goods_obtained_after_cooperation_still_count() -> None:
    text = "ミャンマー軍は中国の協力を得て、ロシアから戦闘機を得た。"
    assert _pairs(text) == {("Russia", "Myanmar")}


# a deal for goods frozen or called off


def test_frozen_deal_for_a_purchase_is_no_transfer() -> None:
    text = "スペイン政府はイスラエルからの武器購入の新規契約を凍結している。"
    assert _pairs(text) == set()


def test_new_deal_for_a_purchase_is_planned() -> None:
    t = _only("スペイン政府はイスラエルからの武器購入の新規契約を結んだ。")
    assert (t.status, t.supplier.entity.name if t.supplier and t.supplier.entity else None) == ("planned", "Israel")


# a plan said not to exist, quoted on the act


def test_no_plan_quoted_about_a_sale_is_no_transfer() -> None:
    text = "国防総省の報道官は、サウジアラビアへの追加の迎撃ミサイル売却について「現時点で計画はない」と述べた。"
    assert _pairs(text) == set()


def test_date_quoted_about_a_sale_is_a_plan() -> None:
    text = "国防総省の報道官は、サウジアラビアへの迎撃ミサイル売却について「来月に実施する」と述べた。"
    assert _pairs(text) == {("United States", "Saudi Arabia")}


# holders of second-hand goods, each


def test_each_holder_of_bought_goods_supplies() -> None:
    text = "エジプトは、カタールとオマーンがそれぞれ保有する戦闘機を購入することで合意した。"
    assert _pairs(text) == {("Qatar", "Egypt"), ("Oman", "Egypt")}


def test_two_holders_of_bought_goods_make_one_record_each() -> None:
    # (each holder's draft parts the goods by both makes again: the same record is told once)
    text = "エジプトは、カタールとオマーンが保有する戦闘機20機を購入した。"
    assert sorted(pair_list(text, lang="ja", published=PUB)) == [("Oman", "Egypt"), ("Qatar", "Egypt")]


def test_goods_of_two_makes_still_part_by_make() -> None:
    text = "ロシアはイラン製の無人機と北朝鮮製の砲弾を受け取った。"
    assert sorted(pair_list(text, lang="ja", published=PUB)) == [("Iran", "Russia"), ("North Korea", "Russia")]


# 同国 after a state named as what the topic is


def test_same_state_after_a_state_named_as_predicate() -> None:
    text = (
        "米政府はトルコへの無人機売却を長く拒んできた。"
        "トルコ製無人機の最大の顧客はカタールだ。同国は昨年、無人機を購入する契約をトルコと結んだ。"
    )
    assert ("Turkey", "Qatar") in _pairs(text)


# goods that came, shown by the one who holds them


def test_goods_that_came_shown_by_their_holder_are_received() -> None:
    text = "エジプト空軍は3月、フランスから到着した戦闘機4機を基地で披露した。"
    assert _pairs(text) == {("France", "Egypt")}


def test_goods_shown_with_no_act_of_coming_are_no_transfer() -> None:
    # (use or show alone names no giver: 「中国製の」 is only the make)
    assert _pairs("エジプト空軍は3月、中国製の無人機を基地で披露した。") == set()


# 小型武器 and 迎撃システム


def test_small_arms_word() -> None:
    t = _only("フーシ派はアルシャバーブに小型武器を渡している。")
    assert [it.category for it in t.items] == ["small-arms"]


def test_interceptor_system_word() -> None:
    t = _only("イスラエルはフィンランドに弾道ミサイル迎撃システムを輸出した。")
    assert [it.category for it in t.items] == ["air-defence"]
