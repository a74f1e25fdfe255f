"""Japanese constructions a blind batch in the style of wire and newspaper copy (Western aid to
Ukraine, Japan's OSA, arms sales in Asia, re-exports through Central Asia) showed mishandled: a
state buying goods from no one named and handing them on in the same sentence
(「…砲弾を共同で調達し、ウクライナに送る」), a plan told by 方向だ (「…を供与する方向だ」), small craft
(小型艇) as naval goods, a deal partner named with a gloss in brackets before its と
(「韓国航空宇宙産業（KAI）との間で」), goods ordered from a maker in a clause on what is received
(「イタリアの造船大手に発注した哨戒艦…を受け取った」), goods of a refused act or of one a stance is
taken on lent to an earlier act (「…を送っているが、武器は供与しない方針だ」), a rule changed so an act
could be done (「提供できるよう運用指針の見直しを求める」), a purchase plan asked about and denied, a
state's own force carrying its weapons onto a region (「米陸軍は…同国北部へ持ち込んだ」), and reliance
on another state's arms closing a clause of contrast (「ロシア製兵器に頼ってきたが、」「…に依存してきたが、」)."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pairs, transfers

PUB = "2025-03-10"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


# a state buying from no one named and handing the goods on


def test_state_buying_to_hand_on_supplies_itself() -> None:
    assert _pairs("チェコは砲弾を調達し、ウクライナに供与した。") == {("Czech Republic", "Ukraine")}


def test_two_states_buying_jointly_to_send_each_supply() -> None:
    text = "フィンランドとデンマークの国防相は4日、砲弾およそ3万発を共同で購入し、ウクライナに送ると発表した。"
    got = {(t.supplier.entity.name if t.supplier and t.supplier.entity else None, t.status) for t in _run(text)}
    assert got == {("Finland", "planned"), ("Denmark", "planned")}


def test_state_buying_from_a_named_seller_still_makes_two_transfers() -> None:
    text = "ポーランドは韓国から戦車を購入し、ウクライナに送った。"
    assert _pairs(text) == {("South Korea", "Poland"), ("Poland", "Ukraine")}


def test_firm_buying_to_sell_on_stays_a_go_between() -> None:
    # (a firm passing goods on is the journey's go-between, not their supplier)
    text = "香港の企業は半導体を調達し、ロシアに転売した。"
    assert _pairs(text) == {(None, "Russia")}


def test_state_buying_and_sending_to_its_front_hands_on_nothing() -> None:
    assert ("Czech Republic", None) not in _pairs("チェコは砲弾を調達し、前線に送った。")
    assert all(t.supplier is None for t in _run("チェコは砲弾を調達し、前線に送った。"))


# a plan told by 方向だ


def test_plan_told_by_houkou_da_is_planned() -> None:
    t = _one("日本政府は、フィリピンに護衛艦を輸出する方向だ。", "Japan", "Philippines")
    assert t.status == "planned"


def test_gapped_plan_by_houkou_da_covers_both_recipients() -> None:
    text = "政府は方針を固めた。フィリピン海軍にはレーダーを、スリランカ海軍には小型艇4隻を、それぞれ供与する方向だ。"
    got = {(t.recipient.entity.name, t.status) for t in _run(text) if t.recipient and t.recipient.entity}
    assert got == {("Philippines", "planned"), ("Sri Lanka", "planned")}


def test_small_craft_are_naval_goods() -> None:
    t = _one("日本はスリランカに沿岸警備用の小型艇4隻を供与した。", "Japan", "Sri Lanka")
    assert [(it.text, it.category) for it in t.items] == [("小型艇", "naval")]


# a deal partner glossed in brackets


def test_deal_partner_with_a_gloss_sells() -> None:
    text = (
        "フィリピン国防省は今月5日、韓国航空宇宙産業（KAI）との間で、軽戦闘機「FA50」12機を追加購入する契約に"
        "調印したと発表した。ベトナムはチェコから練習機を購入した。"
    )
    assert _pairs(text) == {("South Korea", "Philippines"), ("Czech Republic", "Vietnam")}


def test_maker_partner_with_a_gloss_sells_alone() -> None:
    text = "マレーシアは、韓国航空宇宙産業（KAI）との間で、軽戦闘機18機を購入する契約を結んだ。"
    assert _pairs(text) == {("South Korea", "Malaysia")}


# goods ordered from a maker, then received


def test_goods_ordered_from_a_maker_are_received_from_its_state() -> None:
    text = "インドネシアは、イタリアの造船大手フィンカンティエリに発注した哨戒艦2隻のうち、1隻目を4月に受け取った。"
    t = _one(text, "Italy", "Indonesia")
    assert t.status == "reported"


def test_goods_ordered_from_a_state_are_received_from_it() -> None:
    assert _pairs("タイは、スウェーデンに発注した戦闘機を受け取った。") == {("Sweden", "Thailand")}


# goods of an act refused or a stance, no other act's


def test_goods_of_a_refused_act_go_to_no_earlier_act() -> None:
    # (the generators are no arms; the arms are those refused)
    assert _pairs("政府はウクライナに発電機を送っているが、武器は供与しない方針だ。") == set()


def test_goods_of_an_act_a_stance_is_taken_on_are_no_transfer() -> None:
    text = "政府はウクライナに発電機を送っているが、武器の供与については「行わない」との立場を変えていない。"
    assert _pairs(text) == set()


def test_goods_given_beside_a_refusal_still_given() -> None:
    text = "政府はウクライナにヘルメットを送ったが、戦車の供与については「考えていない」と述べた。"
    t = _one(text, "Japan", "Ukraine")
    assert [it.text for it in t.items] == ["ヘルメット"]


# a rule changed to allow an act, and a plan asked about and denied


def test_call_to_change_rules_to_allow_supply_is_no_transfer() -> None:
    text = "与党内には、ウクライナに砲弾を提供できるよう運用指針の見直しを求める声もある。"
    assert _pairs(text) == set()


def test_rule_revised_to_allow_export_is_no_transfer() -> None:
    assert _pairs("政府は、迎撃ミサイルを米国に輸出できるように、運用指針を改正した。") == set()


def test_arranging_so_goods_can_be_exported_stays_a_plan() -> None:
    t = _one("政府は、迎撃ミサイルを米国に輸出できるよう調整している。", "Japan", "United States")
    assert t.status == "planned"


def test_plan_asked_about_and_denied_is_no_transfer() -> None:
    text = "フィリピン国防相は、中距離ミサイルを米国から購入する計画について問われ、「現時点で予定はない」と答えた。"
    assert _pairs(text) == set()


def test_plan_asked_about_and_confirmed_stays() -> None:
    text = "フィリピン国防相は、中距離ミサイルを米国から購入する計画について問われ、「交渉を進めている」と答えた。"
    assert ("United States", "Philippines") in _pairs(text)


# a state's own force carrying its weapons onto ground


def test_force_bringing_its_weapons_into_a_region_is_no_transfer() -> None:
    assert _pairs("米陸軍は昨年4月、フィリピン北部に中距離ミサイルを持ち込んだ。") == set()


def test_state_bringing_weapons_to_a_group_is_a_transfer() -> None:
    assert _pairs("イランの革命防衛隊は、ヒズボラに武器を運び込んだ。") == {("Iran", "Hezbollah")}


# reliance on another state's arms, in a clause of contrast or as a noun


def test_reliance_before_a_contrast_is_a_transfer_of_its_own() -> None:
    text = "ベトナムは長年ロシア製兵器に頼ってきたが、チェコ製の練習機の調達に向けてチェコ側と交渉している。"
    assert _pairs(text) == {("Russia", "Vietnam"), ("Czech Republic", "Vietnam")}


def test_reliance_told_by_izon_is_a_transfer() -> None:
    text = "ベトナムは長年ロシア製兵器に依存してきたが、2024年には米国製の練習機を受領した。"
    assert _pairs(text) == {("Russia", "Vietnam"), ("United States", "Vietnam")}


def test_reliance_compounded_with_a_name_is_no_transfer_of_its_own() -> None:
    text = "ロシア依存の象徴が防空システム「S400」だ。インドは2018年にS400を購入する契約をロシアと結んだ。"
    assert len(_run(text)) == 1


def test_weak_act_before_a_plain_clause_still_yields() -> None:
    # (no contrast: the weak act tells the strong one again)
    text = "インドはロシアの支援を受け、ロシアから戦闘機を購入した。"
    assert _pairs(text) == {("Russia", "India")}
