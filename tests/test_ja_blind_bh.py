"""Japanese constructions a blind batch of machine-translated foreign-outlet articles (Yonhap, People's
Daily, Sputnik, Ukrinform style) showed mishandled: a state announcing that its own handing over is
done or begun (「…への…の引き渡しが完了したと発表」), the goods promised told two genitives away from
the act noun (「…に約束したF16戦闘機の6機の引き渡し」), and a delivery dated in its own clause before
the story, joined to a later clause's plan (「2023年に12機を納入し、残りは来年から引き渡す予定だ」)."""

from __future__ import annotations

from functools import partial

from tests.parties import records

PUB = "2025-06-04"

_records = partial(records, lang="ja", published=PUB)


# a state announcing its own handing over done or begun is its giver


def test_ministry_announcing_its_handover_done_is_the_giver() -> None:
    text = "デンマーク国防省は2日、ウクライナへのF16戦闘機8機の引き渡しが完了したと発表した。"
    assert _records(text) == [("Denmark", "Ukraine", "2025-06", "confirmed")]


def test_ministry_announcing_its_deliveries_begun_is_the_giver() -> None:
    text = "韓国の防衛事業庁は、フィリピンへのFA50軽戦闘機の納入を開始したと明らかにした。"
    assert [r[:2] for r in _records(text)] == [("South Korea", "Philippines")]


def test_handover_with_its_giver_named_keeps_that_giver() -> None:
    text = "米国務省は、ドイツによるウクライナへの戦車の引き渡しが完了したと発表した。"
    assert [r[:2] for r in _records(text)] == [("Germany", "Ukraine")]


def test_handover_a_ministry_condemns_is_not_its_own() -> None:
    text = "ロシア外務省は、ウクライナへの戦車の引き渡しが始まったと非難した。"
    assert all(r[0] != "Russia" for r in _records(text))


# goods promised, told two genitives away from the act noun


def test_goods_promised_behind_a_count_give_the_recipient() -> None:
    text = "スウェーデン国防省は、ウクライナに約束していたCV90歩兵戦闘車の20両の引き渡しが完了したと発表した。"
    assert [r[:2] for r in _records(text)] == [("Sweden", "Ukraine")]


# a delivery dated before the story, joined to a later clause's plan, is done


def test_dated_delivery_joined_to_a_later_plan_is_done() -> None:
    text = "フランスは2023年にインドにラファール戦闘機12機を納入し、残る24機も来年から引き渡される予定だ。"
    assert sorted(_records(text)) == [
        ("France", "India", "2023", "reported"),
        ("France", "India", "2026", "planned"),
    ]


def test_undated_act_joined_to_a_plan_stays_planned() -> None:
    text = "トルコはカタールに装甲車50両を引き渡し、残りの30両は来年から納入する計画だ。"
    assert {r[3] for r in _records(text)} == {"planned"}


# goods a clause tells given, which another is condemned for using in attacks: the giving is known


def test_giving_in_a_clause_on_goods_condemned_for_use_is_reported() -> None:
    text = (
        "ロシア外務省は、米国が供与した多連装ロケット砲「ハイマース」を、"
        "ウクライナ軍が民間施設への砲撃に使用したと非難した。"
    )
    assert _records(text) == [("United States", "Ukraine", None, "reported")]


def test_giving_itself_condemned_stays_alleged() -> None:
    text = "ロシア外務省は、米国がウクライナに多連装ロケット砲を供与したと非難した。"
    assert _records(text) == [("United States", "Ukraine", None, "alleged")]


# a state's arms trade in general, condemned, is no act that takes parties from the story


def test_arms_exports_in_general_condemned_take_no_recipient_from_context() -> None:
    text = (
        "チェコは昨年、韓国からK9自走砲48門を購入する契約を結んだ。"
        "ロシア外務省の報道官は、韓国の兵器輸出について「紛争を長引かせる行為だ」と批判した。"
    )
    got = _records(text)
    assert got == [("South Korea", "Czech Republic", "2024", "planned")]


def test_arms_supply_to_a_named_state_condemned_is_still_told() -> None:
    text = "ロシア外務省は、英国のウクライナへの兵器供与を非難した。"
    assert [r[:2] for r in _records(text)] == [("United Kingdom", "Ukraine")]
