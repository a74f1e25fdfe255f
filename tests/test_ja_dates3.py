"""Japanese dates and statuses real reports tell in ways the corpus lacked: a month still ahead in a
plan (「9月に送る計画だ」 told in March is this year's), 翌月 and 翌年 opening a paragraph, 「同じ日」
after a season told since the day, a fiscal year told from the publication date (「来年度」 told in
March starts in April), a state's own press telling that goods reached it (「国軍系メディアは…到着
したと伝えた」: the party's word), an act the clause is only measured against (「他国への納入より
優先して」), and goods told as arrived and then as to be handed over to the taker's forces (one
delivery, not a plan of its own)."""

from __future__ import annotations

from functools import partial

from tests.parties import records

PUB = "2025-03-10"

_records = partial(records, lang="ja", published=PUB)


# a bare month in a plan, later in the year than the publication month, is still ahead


def test_month_ahead_in_a_plan_is_this_year() -> None:
    assert _records("北朝鮮は9月、ロシアに砲弾を送る計画だ。") == [("North Korea", "Russia", "2025-09", "planned")]


def test_month_ahead_in_a_scheduled_hand_over_is_this_year() -> None:
    text = "米国は11月に台湾に戦闘機F16を引き渡す予定だという。"
    assert _records(text) == [("United States", "Taiwan", "2025-11", "planned")]


def test_month_ahead_in_a_plan_told_as_past_is_last_year() -> None:
    # (「予定だった」: the plan was for a month already gone)
    text = "米国は11月に台湾に戦闘機F16を引き渡す予定だったが、遅れている。"
    assert [r[2] for r in _records(text)] == ["2024-11"]


def test_month_ahead_in_a_done_act_is_last_year() -> None:
    assert [r[2] for r in _records("ロシアは10月、北朝鮮に防空システムを送ったとみられる。")] == ["2024-10"]
    assert [r[2] for r in _records("北朝鮮は9月までにロシアに砲弾を送った。")] == ["2024-09"]


# 翌月 and 翌年 count from the time written before, across a paragraph too


def test_next_month_opening_a_paragraph() -> None:
    text = "ドイツは2024年10月に戦車の供与を発表した。\n翌月、ドイツはウクライナに戦車10両を引き渡した。"
    assert _records(text, published="2025-06-03") == [
        ("Germany", "Ukraine", "2024-10", "planned"),
        ("Germany", "Ukraine", "2024-11", "reported"),
    ]


def test_next_year_opening_a_paragraph() -> None:
    text = "韓国は2022年にポーランドと戦車の輸出契約を結んだ。\n翌年、韓国はポーランドに戦車10両を引き渡した。"
    assert [r[2:] for r in _records(text)] == [("2022", "planned"), ("2023", "reported")]


# 「同じ日」「同日」: the very day told last, past a season told since


def test_same_day_after_a_season_is_the_day_told() -> None:
    text = (
        "ブリンケン国務長官は10日、戦闘機の移送が始まったと述べた。今夏中にも運用が始まる見通しだという。\n"
        "同じ日、米国はウクライナに迎撃ミサイルを送った。"
    )
    assert _records(text, published="2024-07-11") == [("United States", "Ukraine", "2024-07-10", "reported")]


# a fiscal year runs from April: told from January to March, 今年度 began the calendar year before


def test_next_fiscal_year_told_in_march() -> None:
    text = "政府は来年度、フィリピンに巡視船を引き渡す方針だ。"
    assert _records(text) == [("Japan", "Philippines", "2025", "planned")]


def test_last_fiscal_year_told_in_february() -> None:
    text = "韓国は昨年度、ポーランドに自走砲146門を納めた。"
    assert [r[2] for r in _records(text, published="2025-02-10")] == ["2023"]
    assert [r[2] for r in _records(text, published="2025-06-10")] == ["2024"]


def test_within_this_fiscal_year_told_in_march_is_this_year() -> None:
    # (what is left of the fiscal year lies in the months ahead)
    text = "政府は今年度中に、フィリピンに巡視船を引き渡す方針だ。"
    assert [r[2] for r in _records(text)] == ["2025"]


def test_end_of_this_fiscal_year_is_its_march() -> None:
    text = "政府は今年度末までに、フィリピンに巡視船を引き渡す方針だ。"
    assert [r[2] for r in _records(text, published="2025-02-10")] == ["2025-03"]
    assert [r[2] for r in _records(text, published="2025-06-10")] == ["2026-03"]


# a state's own press telling the goods reached it (or that it sent them) is the party's word


def test_army_press_telling_an_arrival_confirms_it() -> None:
    text = (
        "ロシアと中国は、ミャンマー国軍に戦闘機を供給しているとされる。"
        "国軍系メディアは今年1月、ロシアから戦闘機「スホイ30」2機が新たに到着したと伝えた。"
    )
    rec = _records(text)
    assert ("Russia", "Myanmar", "2025-01", "confirmed") in rec


def test_state_media_naming_the_recipient_confirms() -> None:
    text = "北朝鮮の国営メディアは、ロシアから防空システムを受け取ったと報じた。"
    assert _records(text) == [("Russia", "North Korea", None, "confirmed")]


def test_state_media_of_the_supplier_confirms() -> None:
    text = "ロシアの国営メディアによると、ロシアはミャンマーに戦闘機2機を引き渡した。"
    assert _records(text) == [("Russia", "Myanmar", None, "confirmed")]


def test_state_media_of_a_third_state_only_reports() -> None:
    text = "イランの国営テレビは、北朝鮮がロシアに砲弾を送ったと報じた。"
    assert _records(text) == [("North Korea", "Russia", None, "reported")]


def test_an_outlet_of_no_state_only_reports() -> None:
    text = "ロイター通信によると、ロシアから戦闘機2機がミャンマーに到着した。"
    assert _records(text) == [("Russia", "Myanmar", None, "reported")]


# an act the clause is measured against (より) is another's, no act told


def test_act_measured_against_is_no_act() -> None:
    text = "バイデン大統領は会談で、迎撃ミサイルを他国への納入より優先してウクライナ側に回す方針を伝えた。"
    assert _records(text, published="2024-07-11") == [("United States", "Ukraine", None, "planned")]


def test_act_before_another_still_told() -> None:
    # (「引き渡しより前に」 is a time: the hand-over is told)
    text = "ドイツは戦車の引き渡しより前に、ウクライナに装甲車を送った。"
    assert ("Germany", "Ukraine") in {r[:2] for r in _records(text)}


# goods told as arrived, then as to be handed over to the taker's forces: one delivery


def test_arrival_then_hand_over_to_the_army_is_one_delivery() -> None:
    text = "ロシアから戦車を積んだ貨物船がミャンマーに到着した。戦車は国軍に引き渡される予定だ。"
    assert _records(text) == [("Russia", "Myanmar", None, "reported")]


def test_other_goods_to_be_handed_over_stay_a_plan() -> None:
    text = "ロシアから戦車を積んだ貨物船がミャンマーに到着した。戦闘機も国軍に引き渡される予定だ。"
    assert [r[3] for r in _records(text)] == ["reported", "planned"]


def test_hand_over_at_a_time_of_its_own_stays_a_plan() -> None:
    text = "中国製の無人機がセルビアに到着した。無人機は来月、セルビア軍に引き渡される見通しだ。"
    assert [r[2:] for r in _records(text)] == [(None, "reported"), ("2025-04", "planned")]


def test_hand_over_within_the_year_stays_a_plan() -> None:
    text = "ロシア製の戦闘機の初号機がイランに到着した。計24機が年内に引き渡される予定だという。"
    assert [r[2:] for r in _records(text)] == [(None, "reported"), ("2025", "planned")]


def test_giver_promising_more_stays_a_plan() -> None:
    text = "ロシアから戦車がミャンマーに到着した。ロシアはさらに戦車を国軍に引き渡す予定だ。"
    assert [r[3] for r in _records(text)] == ["reported", "planned"]


# a deal struck on an act named as its matter (「…の移転について、両国が合意した」) makes it a plan,
# though a clause with a topic of its own stands between


def test_deal_on_an_act_named_as_its_matter_is_a_plan() -> None:
    text = "防衛省は、フィリピンへの護衛艦の移転について、両国が合意したと発表した。"
    assert _records(text) == [("Japan", "Philippines", None, "planned")]


def test_signing_on_an_act_named_as_its_matter_is_a_plan() -> None:
    text = "防衛省は、フィリピンへの護衛艦の輸出について、両国政府が正式に署名したと発表した。"
    assert [r[3] for r in _records(text)] == ["planned"]


def test_concern_over_an_act_is_no_plan() -> None:
    text = "北朝鮮によるロシアへの砲弾の供与について、米政府は懸念を表明した。"
    assert _records(text) == [("North Korea", "Russia", None, "reported")]


def test_sanctions_over_an_act_are_no_plan() -> None:
    text = "イランによるロシアへのミサイルの供与について、米政府は制裁を決めた。"
    assert [r[3] for r in _records(text)] == ["reported"]


# a date in a translation's or a blog's foreign form


def test_month_day_comma_year_of_a_translation() -> None:
    text = "ロシアは9月9日、2024年に北朝鮮に防空システムを送った。"
    assert [r[2] for r in _records(text)] == ["2024-09-09"]


def test_slashed_and_dotted_dates() -> None:
    assert [r[2] for r in _records("ロシアは2024/9/9、北朝鮮に防空システムを送った。")] == ["2024-09-09"]
    assert [r[2] for r in _records("ロシアは2024.9.9、北朝鮮に防空システムを送った。")] == ["2024-09-09"]
    assert [r[2] for r in _records("ロシアは2024/9、北朝鮮に防空システムを送った。")] == ["2024-09"]


def test_a_decimal_figure_is_no_date() -> None:
    text = "ロシアは北朝鮮に防空システムを送った。輸出額は2023.5億ドルだった。"
    assert [r[2] for r in _records(text)] == [None]


# an act in the connective form (「供与し、」) takes the tense of the act its clause is joined to


def test_first_of_two_acts_announced_to_come_is_a_plan() -> None:
    text = "米国はウクライナに戦車31両を供与し、ドイツも14両を供与すると発表した。"
    assert [r[3] for r in _records(text)] == ["planned", "planned"]


def test_first_act_told_done_already_stays_done() -> None:
    text = "英国は戦車14両をすでにウクライナに供与し、ドイツも戦車を供与する方針だ。"
    assert _records(text) == [
        ("United Kingdom", "Ukraine", None, "reported"),
        ("Germany", "Ukraine", None, "planned"),
    ]


def test_first_act_joined_to_a_done_act_stays_done() -> None:
    text = "ドイツはウクライナに戦車を供与し、ポーランドも装甲車を送った。"
    assert [r[3] for r in _records(text)] == ["reported", "reported"]


# goods to be handed over, in the passive, told by the one announcing it: a plan (「…引き渡されると
# 明らかにした」), and 「月内」 is this month


def test_passive_hand_over_announced_is_a_plan_within_the_month() -> None:
    text = "ドイツ国防省は、戦車は月内にもウクライナに引き渡されると明らかにした。"
    assert [r[1:] for r in _records(text)] == [("Ukraine", "2025-03", "planned")]


def test_passive_hand_over_told_done_stays_done() -> None:
    text = "ドイツ国防省は、戦車がウクライナに引き渡されたと明らかにした。"
    assert [r[3] for r in _records(text)] == ["reported"]


# one named owning up to a report (「…との報道を確認した」) states it: a party confirms it, a third
# state's official reports it; not confirming it leaves it alleged


def test_party_owning_up_to_a_report_confirms_it() -> None:
    text = "ゼレンスキー大統領は、米国から戦車が届いたとの報道を確認した。"
    assert _records(text) == [("United States", "Ukraine", None, "confirmed")]


def test_third_state_owning_up_to_a_report_reports_it() -> None:
    text = "中谷防衛相は、北朝鮮がロシアに砲弾を送ったとの報道を確認した。"
    assert _records(text) == [("North Korea", "Russia", None, "reported")]


def test_report_not_confirmed_stays_alleged() -> None:
    text = "ウクライナ国防省は、ドイツから戦車を受け取ったとの報道について確認していない。"
    assert [r[3] for r in _records(text)] == ["alleged"]


# goods that were to be handed over (a seized cargo's inferred end) are no plan announced


def test_a_seized_cargo_that_was_to_be_handed_over_stays_alleged() -> None:
    text = "押収された武器はイラン製で、フーシ派に提供される予定だったとみられている。"
    assert [r[3] for r in _records(text)] == ["alleged"]


def test_a_passive_hand_over_ahead_is_still_planned() -> None:
    assert [r[3] for r in _records("戦車は来月、ウクライナに引き渡される予定だ。")] == ["planned"]
