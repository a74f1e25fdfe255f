"""Japanese constructions a blind batch of police, customs and sanctions news on illegal exports and
of Japan's defence-equipment transfers showed mishandled: a firm's officer charged told by sex and
age (「…商社「A」と同社の男性社長（58）を書類送検した」), the police's te-form hedge (「…送っていたとみて
調べている」), goods told by the function of the weapon they serve (「無人機の飛行制御に使われる
フライトコントローラー」), the day of an administrative penalty dating the notice, not the act
(「経産省は17日、…を輸出したとして…行政処分を出した」), and a penalty on firms that took part in an act
named by its noun (「…への部品供給に関与した第三国企業への制裁を強めており、日本も足並みをそろえる」)."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records, transfers

PUB = "2025-03-10"

_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)
_run = partial(transfers, lang="ja", published=PUB)


# a firm's officer charged, told by sex and age: the firm's home state exports


def test_officer_told_by_sex_and_age_charged_with_firm() -> None:
    text = (
        "軍事転用可能な通信機器を中国経由でロシアに不正に輸出したとして、大阪府警は4日、大阪市北区の"
        "電子部品商社「三星テック」と同社の女性社長（49）を外為法違反の疑いで書類送検した。"
    )
    got = _run(text)
    assert {(t.supplier.entity.name if t.supplier else None, t.recipient.entity.name) for t in got} == {
        ("Japan", "Russia")
    }
    assert got[0].status == "alleged"


# the police's te-form hedge: 「…とみて調べている」


def test_police_te_form_hedge_is_alleged() -> None:
    text = "県警は、同社が昨年春にもトルコ経由で無人機用のモーターをロシアに送っていたとみて、捜査している。"
    assert {st for _s, _r, _d, st in _records(text)} == {"alleged"}


# goods told by the function of the weapon they serve are those goods only


def test_weapon_whose_function_goods_serve_is_no_item() -> None:
    text = "財務省によると、同社はミサイルの誘導に使われるジャイロスコープ約50個をロシアに輸出した。"
    got = _run(text)
    assert [it.category for t in got for it in t.items] == ["components"]


def test_flight_controller_is_a_component() -> None:
    text = "同社は無人機用のフライトコントローラー200個をキルギス経由でロシアに輸出していた。"
    got = _run(text)
    assert [(it.category, it.quantity.value if it.quantity else None) for t in got for it in t.items] == [
        ("components", 200)
    ]


# the day an administrative penalty is announced dates the notice, not the act it is for


def test_administrative_penalty_day_does_not_date_the_act() -> None:
    text = (
        "経済産業省は6日、許可を得ずに工作機械をロシアに輸出したとして、神戸市の機械商社に対し、"
        "6か月間の輸出を禁じる行政処分を出した。"
    )
    assert {(s, r, d) for s, r, d, _st in _records(text)} == {("Japan", "Russia", None)}


# a penalty on firms that took part in an act named by its noun


def test_penalty_on_unnamed_firms_involved_in_supply_is_no_transfer() -> None:
    text = (
        "英国とカナダは、ロシアの兵器産業への電子部品供給に関与した第三国企業への制裁を拡大しており、"
        "豪州も足並みをそろえた。"
    )
    assert _run(text) == []


def test_penalty_on_firms_of_a_state_involved_in_supply() -> None:
    text = "EUは8日、ロシアへの弾薬供与に関与した北朝鮮の個人と団体に制裁を科した。"
    assert _statuses_of(text) == {("North Korea", "Russia", "alleged")}


def _statuses_of(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, r, st) for s, r, _d, st in _records(text)}


# an act named by its noun said only to become possible is none


def test_act_that_would_become_possible_is_no_transfer() -> None:
    text = "規制が緩和されれば、台湾への対艦ミサイル輸出なども制度上は可能になる。"
    assert _run(text) == []


def test_export_that_became_possible_is_no_transfer() -> None:
    assert _run("閣議決定により、オーストラリアへの護衛艦の輸出が可能になった。") == []


# the firms punished, told by their state before the clause of charge, did the act


def test_state_firms_told_before_the_charge_supply() -> None:
    text = "米財務省は同日、イランの会社2社も、ロシアの工場に無人機用の部品を供給したとして制裁対象に指定した。"
    assert _statuses_of(text) == {("Iran", "Russia", "alleged")}


# a translation's charge without its で, and the month of an arrest dating the arrest alone


def test_charge_without_de_and_month_of_arrest() -> None:
    text = (
        "福岡県警は先月、経済産業相の許可なしで、弾道ミサイルの発射台に転用可能なクレーンの部品を"
        "北朝鮮に輸出した疑い、福岡市の貿易会社の社長を逮捕した。"
    )
    got = _run(text)
    assert [(t.supplier.entity.name if t.supplier else None, t.recipient.entity.name, t.date) for t in got] == [
        ("Japan", "North Korea", None)
    ]
    assert [it.category for it in got[0].items] == ["components"]


# goods told as made by a state's makers come from that state


def test_goods_of_a_states_makers_come_from_it() -> None:
    text = "昨年、米国メーカー製の工作機械20台が、アルメニアの商社を経由してロシアに輸入されていた。"
    got = _run(text)
    assert {(t.supplier.entity.name if t.supplier else None, t.recipient.entity.name) for t in got} == {
        ("United States", "Russia")
    }


# a firm placed only by its city (「東京都内の」「大阪府内の」) stands for the city's state


def test_firm_placed_by_its_city_is_charged() -> None:
    text = (
        "無人機の部品をロシアに不正に輸出したとして、警視庁は10日、東京都内の電子部品商社の元役員を"
        "外為法違反の疑いで逮捕した。"
    )
    assert _statuses_of(text) == {("Japan", "Russia", "alleged")}
