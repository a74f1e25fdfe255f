"""Machine-translated Japanese reports (a blind batch): a body glossed with its abbreviation or
qualifying a named spokesman tells the news and takes no side in it, a named source's 「と言われて
います」 is that source's word, 「と付け加えました」 is speech, and the cargo list of a shipment keeps
the shipment's time."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name as _name
from tests.parties import pair_list, transfers

PUB = "2025-03-14"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pair_list, lang="ja", published=PUB)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("ウクライナ国防省情報総局(GUR)によると、イランは先月ロシアに弾道ミサイルを引き渡した。", ("Iran", "Russia")),
        ("米中央軍（CENTCOM）によれば、イランはフーシ派に対艦ミサイルの部品を送った。", ("Iran", "Houthis")),
        ("韓国国家情報院(国情院)によると、北朝鮮は今月ロシアに砲弾を追加で送った。", ("North Korea", "Russia")),
    ],
)
def test_a_body_glossed_with_its_abbreviation_is_the_source_not_the_supplier(text: str, pair: tuple[str, str]) -> None:
    [t] = _run(text)
    assert (_name(t.supplier), _name(t.recipient)) == pair
    assert t.status == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "米国防総省のライダー報道官によると、弾薬はイランから船でロシアに運ばれた。",
        "情報総局の代表者ユーソフ氏によれば、無人機はイランのアミラバード港からロシアのマハチカラ港に運ばれたという。",
    ],
)
def test_the_body_of_a_named_spokesman_does_not_carry_the_goods(text: str) -> None:
    assert _pairs(text) == [("Iran", "Russia")]


def test_a_named_sources_said_calque_is_reported_and_an_unsourced_one_alleged() -> None:
    [sourced] = _run("英国防省によると、イランはロシアに短距離弾道ミサイルを引き渡したと言われています。")
    assert sourced.status == "reported"
    [rumour] = _run("イランはロシアに短距離弾道ミサイルを引き渡したと言われています。")
    assert rumour.status == "alleged"


def test_a_hedged_cargo_list_added_by_the_speaker_is_its_own_claim_of_the_shipments_month() -> None:
    text = (
        "イラン、カスピ海経由でロシアに無人機を輸送\n\n"
        "ウクライナ国防省情報総局(GUR)によると、イランは今月初めにカスピ海を通じてロシアに無人機を輸送した。"
        "同氏は、積荷には152mm砲弾と短距離弾道ミサイルの発射機がが含まれていた可能性が高いと付け加えました。"
    )
    ts = _run(text)
    assert {(_name(t.supplier), _name(t.recipient)) for t in ts} == {("Iran", "Russia")}
    hedged = [t for t in ts if t.status == "alleged"]
    told = [t for t in ts if t.status == "reported"]
    assert len(hedged) == 1 and len(told) == 1
    assert {it.category for it in hedged[0].items} >= {"artillery-ammunition", "missile"}
    assert hedged[0].date == "2025-03" and told[0].date == "2025-03"


@pytest.mark.parametrize(
    "text",
    [
        "米陸軍は演習のため中距離ミサイルシステム「タイフォン」を沖縄に展開した。同システムが日本の領土に配備されるのは初めてだ。",
        "三菱重工業は長射程の12式地対艦誘導弾の量産を始めており、陸上自衛隊への配備は来年度に始まる予定です。",
    ],
)
def test_weapons_stationed_with_no_giver_are_no_transfer(text: str) -> None:
    assert _run(text, published="2025-09-16") == []


def test_stationing_goods_a_named_state_gave_still_tells_the_transfer() -> None:
    [t] = _run("ロシアは北朝鮮から供与された自走砲をクルスク州の前線に配備した。", published="2025-09-16")
    assert (_name(t.supplier), _name(t.recipient)) == ("North Korea", "Russia")


@pytest.mark.parametrize(
    "text",
    [
        "韓国政府はウクライナへの殺傷兵器の直接支援について、あらゆる可能性を排除しないとの立場を維持しています。",
        "日本政府はウクライナへの武器供与に関して慎重な姿勢を崩していない。",
    ],
)
def test_a_stance_on_an_act_that_may_come_is_no_transfer(text: str) -> None:
    assert _run(text, published="2025-09-16") == []


def test_an_act_considered_stays_a_plan() -> None:
    [t] = _run("韓国政府はウクライナへの殺傷兵器の供与について検討していると述べた。", published="2025-09-16")
    assert (_name(t.supplier), _name(t.recipient), t.status) == ("South Korea", "Ukraine", "planned")


@pytest.mark.parametrize(
    ("text", "via"),
    [
        (
            "米国製の半導体は、香港とトルコに登録されたフロント企業を通じてロシアに再輸出された。",
            {"Hong Kong", "Turkey"},
        ),
        ("米国製の電子部品は、アラブ首長国連邦で設立された企業を通じてロシアに流れた。", {"United Arab Emirates"}),
    ],
)
def test_the_state_a_front_firm_is_registered_in_goes_between(text: str, via: set[str]) -> None:
    [t] = _run(text, published="2024-06-12")
    assert (_name(t.supplier), _name(t.recipient)) == ("United States", "Russia")
    assert {_name(p) for p in t.intermediaries} == via


def test_an_act_paid_for_is_planned() -> None:
    ts = _run(
        "ドイツは米国からパトリオットシステム2基を購入し、ウクライナに供与するために10億ドルを支払う。",
        published="2025-08-04",
    )
    # (weapons a state buys to hand on are two transfers: the purchase and its own supply)
    assert {(_name(t.supplier), _name(t.recipient)) for t in ts} == {
        ("United States", "Germany"),
        ("Germany", "Ukraine"),
    }
    assert all(t.status == "planned" for t in ts)


def test_an_act_done_for_a_use_stays_told() -> None:
    [t] = _run("ロシアは戦争で使用するために、イランから無人機を購入した。", published="2025-08-04")
    assert (_name(t.supplier), _name(t.recipient), t.status) == ("Iran", "Russia", "reported")


def test_an_unknown_town_owning_the_air_base_is_no_supplier() -> None:
    text = "報道によると、砲弾はラワルピンディの空軍基地から輸送機でルーマニアを経由してウクライナに運ばれた。"
    ts = _run(text, published="2023-12-05")
    assert ts, "the delivery to Ukraine is still told"
    for t in ts:
        assert t.supplier is None or _name(t.supplier) != "ラワルピンディ"
        assert _name(t.recipient) == "Ukraine"


def test_a_lender_of_money_is_no_supplier_of_the_goods() -> None:
    text = "パキスタンはウクライナに砲弾を売却し、その見返りにIMFからの融資を確保したという。"
    pairs = _pairs(text)
    assert ("Pakistan", "Ukraine") in pairs
    assert all(s != "IMF" for s, _r in pairs)


def test_a_hedge_after_a_report_joined_by_a_comma_is_not_the_reports() -> None:
    text = "米紙は、北朝鮮がロシアに砲弾を送ったと報じていた、その見返りは主に食料だったとされています。"
    [t] = _run(text, published="2023-12-05")
    assert (_name(t.supplier), _name(t.recipient), t.status) == ("North Korea", "Russia", "reported")


def test_the_seized_goods_listed_after_the_source_go_where_the_seized_ship_was_bound() -> None:
    text = (
        "米海軍は先月、アラビア海でフーシ派に向かっていた小型船を臨検し、積荷を押収したと発表した。"
        "声明によると、押収物には対艦ミサイルの部品や無人機のエンジンが含まれており、いずれもイラン製とみられる。"
    )
    ts = [t for t in _run(text, published="2025-07-17") if t.items and t.items[0].category == "components"]
    assert ts
    t = ts[0]
    assert (_name(t.supplier), _name(t.recipient)) == ("Iran", "Houthis")
    assert t.status == "alleged"
    assert t.date == "2025-06"


@pytest.mark.parametrize(
    ("text", "pair", "via"),
    [
        (
            "無人機の部品は中国の企業から購入され、オマーンを経由してフーシ派に密輸された。",
            ("China", "Houthis"),
            {"Oman"},
        ),
        (
            "キルギスの企業は中国から半導体を輸入し、カザフスタンを経由してロシアに転売した。",
            ("China", "Russia"),
            {"Kyrgyzstan", "Kazakhstan"},
        ),
    ],
)
def test_goods_bought_then_sent_on_keep_the_way_they_went(text: str, pair: tuple[str, str], via: set[str]) -> None:
    [t] = _run(text, published="2025-07-17")
    assert (_name(t.supplier), _name(t.recipient)) == pair
    assert {_name(p) for p in t.intermediaries} == via


def test_a_spokesmans_state_speaking_of_others_supplies_is_no_supplier() -> None:
    text = (
        "英国はウクライナに長距離ミサイルを追加で供与すると発表した。"
        "ロシア外務省のザハロワ報道官は、西側の兵器の供給は戦争を長引かせるだけだと述べた。"
    )
    assert ("Russia", "Ukraine") not in _pairs(text)
    assert ("United Kingdom", "Ukraine") in _pairs(text)


def test_a_ministers_state_still_pledges_the_act_he_announces() -> None:
    [t] = _run("英国のシャップス国防相は、ウクライナへの長距離ミサイルの供与を発表した。", published="2025-08-04")
    assert (_name(t.supplier), _name(t.recipient), t.status) == ("United Kingdom", "Ukraine", "planned")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("ゼレンスキー大統領は7月、ドイツにパトリオットシステムを提供するよう求めた。", ("Germany", "Ukraine")),
        ("ウクライナは、ドイツに対し、タウルス巡航ミサイルを供与するよう改めて求めた。", ("Germany", "Ukraine")),
        ("ゼレンスキー大統領は、パートナーにさらに10基のパトリオットを提供するよう求めました。", (None, "Ukraine")),
        ("米国は日本に、ウクライナに155ミリ砲弾を送るよう求めた。", ("Japan", "Ukraine")),
        ("米国はウクライナに155ミリ砲弾を送るよう韓国に要請した。", ("South Korea", "Ukraine")),
    ],
)
def test_who_asks_another_to_give_receives_and_the_one_asked_gives(text: str, pair: tuple[str | None, str]) -> None:
    [t] = _run(text, published="2025-08-04")
    assert (_name(t.supplier), _name(t.recipient)) == pair
    assert t.status == "requested"


def test_asking_another_not_to_give_is_no_request() -> None:
    assert _run("米国は中国に、ロシアに武器を供与しないよう求めた。", published="2025-08-04") == []


def test_a_groups_own_country_is_where_goods_bought_for_it_reach_it() -> None:
    text = "ヒズボラはイランから武器を購入し、シリアを経由してレバノンに運んだ。"
    [t] = _run(text, published="2025-07-17")
    assert (_name(t.supplier), _name(t.recipient)) == ("Iran", "Hezbollah")
    assert [_name(p) for p in t.intermediaries] == ["Syria"]


def test_an_act_named_only_as_what_a_permit_is_needed_for_is_no_act() -> None:
    text = "残る戦闘機は、同盟国の譲渡に必要な許可が得られれば、ウクライナに譲渡される予定です。"
    statuses = [t.status for t in _run(text, published="2023-04-20")]
    assert "reported" not in statuses


def test_a_plain_non_past_joined_to_the_next_clause_by_a_comma_is_a_plan() -> None:
    [t] = _run("ポーランドはウクライナに戦車をさらに引き渡す、と大統領は述べた。", published="2025-08-04")
    assert (_name(t.supplier), _name(t.recipient), t.status) == ("Poland", "Ukraine", "planned")
    ts = _run("ドイツはウクライナに戦車を送り、ポーランドも装甲車を送った。", published="2025-08-04")
    assert {t.status for t in ts} == {"reported"}
