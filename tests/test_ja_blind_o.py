"""Japanese magazine and TV reporting (a blind batch): fire aimed at a party is no delivery, a ship
class written in hiragana is a named system and 「新型艦」 no party, a buyer choosing (選ぶ) another
state's ship plans to buy it, goods funnelled on with 「XにYを流す」 go to X, knowledge about a
weapon is not the weapon, 「との報告」 hedges, a group's goods brought into its own state go to the
group, a seized load told as bound for a party is a shipment, a bare word naming another kind of
craft is another deal, and a plan told with its due date only is of the day it was told or
decided."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name as _name
from tests.parties import pair, transfers, via

PUB = "2025-10-20"

_run = partial(transfers, lang="ja", published=PUB)


@pytest.mark.parametrize(
    "text",
    [
        "ロシア軍がハルキウに向けて撃ち込んだ弾道ミサイルの破片から、欧州製の半導体が見つかった。",
        "ロシアがキーウに向けて打ち込む巡航ミサイルは、この冬も増え続けている。",
    ],
)
def test_fire_aimed_at_a_party_is_no_delivery_to_it(text: str) -> None:
    assert _run(text) == []


def test_a_ship_class_in_hiragana_is_the_named_system_chosen_by_the_buyer() -> None:
    text = "ニュージーランド政府は7日、海軍の次期フリゲートとして、日本の「もがみ型」護衛艦の改良型を選んだと発表した。"
    [t] = _run(text)
    assert pair(t) == ("Japan", "New Zealand")
    assert t.status == "planned"
    assert t.date == "2025-10-07"
    assert [it.entity.name for it in t.items if it.entity is not None] == ["Mogami-class frigate"]


def test_an_older_hiragana_class_handed_over_is_named() -> None:
    [t] = _run("日本政府は、退役するあぶくま型護衛艦2隻をフィリピンに譲渡する方針を固めた。")
    assert pair(t) == ("Japan", "Philippines")
    assert t.status == "planned"
    [item] = t.items
    assert item.entity is not None and item.entity.name == "Abukuma-class destroyer escort"
    assert item.quantity is not None and item.quantity.value == 2


def test_a_new_model_of_craft_is_no_party() -> None:
    found = _run("カナダの新型艦に韓国製の潜水艦　政府が採用を決定")
    assert all(_name(t.recipient) != "新型艦" and _name(t.supplier) != "新型艦" for t in found)


def test_goods_funnelled_on_to_a_group_named_before_them() -> None:
    [t] = _run("国連の報告書によると、フーシ派はソマリアのアルシャバブに自動小銃などの武器を流している。")
    assert pair(t) == ("Houthis", "al-Shabaab")


@pytest.mark.parametrize(
    "text",
    [
        "ロシアはフーシ派に巡航ミサイルの標的情報を流していたとされる。",
        "中国はロシアに無人機の設計図を流した疑いがある。",
    ],
)
def test_knowledge_about_a_weapon_is_not_the_weapon(text: str) -> None:
    assert _run(text) == []


def test_a_report_that_a_transfer_happened_is_alleged() -> None:
    [t] = _run("ワグネルがスーダンの準軍事組織RSFに地対空ミサイルを送ったとの報告もある。")
    assert pair(t) == ("Wagner Group", "Rapid Support Forces")
    assert t.status == "alleged"


@pytest.mark.parametrize(
    ("text", "group", "between"),
    [
        (
            "国連の専門家は、イランからヒズボラへの武器がシリアを経由してレバノンに運び込まれていると指摘した。",
            "Hezbollah",
            {"Syria"},
        ),
        ("イランからフーシ派への弾薬は、オマーン経由で陸路イエメンに持ち込まれている。", "Houthis", {"Oman"}),
    ],
)
def test_a_groups_goods_brought_into_its_own_state_go_to_the_group(text: str, group: str, between: set[str]) -> None:
    [t] = _run(text)
    assert pair(t) == ("Iran", group)
    assert via(t) == between


def test_a_bare_word_for_another_kind_of_craft_is_another_deal() -> None:
    text = (
        "防衛省は、あぶくま型護衛艦をフィリピンに移転する方針を発表した。"
        "政府は同時に、同国の沿岸警備隊向けに小型巡視艇の供与も決めた。"
    )
    found = _run(text)
    assert len(found) == 2
    assert {it.text for t in found for it in t.items} >= {"あぶくま型護衛艦", "巡視艇"}


def test_a_plan_decided_in_one_month_with_a_deal_due_later_is_of_the_decision() -> None:
    text = (
        "ニュージーランド政府は8月、海軍の次期フリゲートとして日本の「もがみ型」護衛艦を採用すると決めており、"
        "両国は来年にも契約を結ぶ見通しだ。"
    )
    [t] = transfers(text, lang="ja", published="2025-12-05")
    assert pair(t) == ("Japan", "New Zealand")
    assert t.date == "2025-08"


def test_a_plan_told_with_only_its_due_date_is_of_the_day_it_was_told() -> None:
    text = "オランダのルッテ首相は12日、2026年までにF16戦闘機24機をウクライナに供与する計画を明らかにした。"
    [t] = transfers(text, lang="ja", published="2024-03-15")
    assert pair(t) == ("Netherlands", "Ukraine")
    assert t.status == "planned"
    assert t.date == "2024-03-12"


def test_a_seized_load_told_as_bound_for_a_party_is_an_alleged_shipment() -> None:
    text = (
        "海上保安当局は、巡航ミサイルの誘導装置を積んだダウ船を拿捕し、"
        "積み荷はイランからフーシ派に向かうものだったと発表した。"
    )
    [t] = _run(text)
    assert pair(t) == ("Iran", "Houthis")
    assert t.status == "alleged"
    assert [it.category for it in t.items] == ["components"]


def test_a_named_drone_and_its_journey_told_after_are_one_record() -> None:
    """「ドローン」 and 「無人機」 are two words for one kind: the journey told of the bare word is the named
    drones' sale told again."""
    text = (
        "英紙によると、イランはロシアに自爆型ドローン「シャヘド136」を数百機売却した。"
        "関係者によると、ドローンはイラン北部の港からカスピ海を渡ってアストラハンに輸送された。"
    )
    assert [pair(t) for t in transfers(text, "ja", "2022-11-20")] == [("Iran", "Russia")]


def test_a_class_in_curly_quotes_is_one_item_with_its_count() -> None:
    """A translation may quote a class name with “ ” rather than 「」: the class and the generic word
    after it are one item, with the count."""
    (t,) = transfers("政府は“あぶくま”型護衛艦の全6隻をフィリピン海軍に譲渡する方針だ。", "ja", "2024-05-12")
    assert [(i.entity and i.entity.name, i.quantity.value if i.quantity else None) for i in t.items] == [
        ("Abukuma-class destroyer escort", 6)
    ]
