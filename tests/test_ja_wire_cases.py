"""Japanese wire and report copy: a state whose war dates the act is no party to it, an act charged
in a clause of として belongs to the one punished, a dateline's city does not speak, a report named
as the source makes hearsay sourced, and goods bought from no one named and sold on keep their
go-between."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name as _name
from tests.parties import pair_list, transfers

PUB = "2024-12-04"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pair_list, lang="ja", published=PUB)


@pytest.mark.parametrize(
    "text",
    [
        "ドイツはロシアの侵攻後、ウクライナに戦車10両の供与を約束した。",
        "英国はロシアによる侵略開始以降、ウクライナに対戦車ミサイルを送ってきた。",
        "ロシアによるウクライナ侵攻以降、イランはロシアに無人機を送ってきた。",
        "北朝鮮はロシアがウクライナに侵攻して以来、ロシアに砲弾を送っている。",
    ],
)
def test_the_state_whose_war_dates_the_act_is_no_party_to_it(text: str) -> None:
    [(supplier, recipient)] = _pairs(text)
    assert (supplier, recipient) in {
        ("Germany", "Ukraine"),
        ("United Kingdom", "Ukraine"),
        ("Iran", "Russia"),
        ("North Korea", "Russia"),
    }


@pytest.mark.parametrize(
    ("text", "supplier"),
    [
        ("EUは先月、ロシアに無人機の部品を輸出したとして、中国企業を制裁対象に加えた。", "China"),
        ("米財務省は、ロシアに武器を供給したとして、北朝鮮の企業3社を制裁対象に指定した。", "North Korea"),
        ("日本政府は、ロシアに半導体を輸出したとして、香港の企業など3社に資産凍結の措置をとった。", "Hong Kong"),
        ("ロシアは、ウクライナに武器を供与しているとして米国を批判した。", "United States"),
    ],
)
def test_an_act_charged_with_toshite_is_the_act_of_the_one_punished(text: str, supplier: str) -> None:
    [t] = _run(text)
    assert _name(t.supplier) == supplier
    assert t.status == "alleged"


def test_hanshutsu_carries_goods_out_to_the_receiver() -> None:
    [t] = _run("北朝鮮は昨年8月以降、砲弾をロシアに搬出してきた。")
    assert (_name(t.supplier), _name(t.recipient), t.date) == ("North Korea", "Russia", "2023-08")


def test_a_particle_set_apart_after_the_receivers_firm_still_gives_the_receiver() -> None:
    assert _pairs("米国製の半導体が ロシアの軍需企業 に 届いていた。") == [("United States", "Russia")]


def test_a_datelines_city_is_not_the_speaker_and_a_states_non_profit_does_not_confirm() -> None:
    text = (
        "ワシントン、10月1日 - 米国の非営利団体は1日に公表した報告書で、"
        "米国製の半導体がトルコの企業を通じてロシアの軍需企業に届いていたと述べた。"
    )
    [t] = _run(text)
    assert (_name(t.supplier), _name(t.recipient)) == ("United States", "Russia")
    assert t.status == "reported"


def test_goods_bought_from_no_one_named_and_sold_on_keep_the_go_between() -> None:
    [t] = _run(
        "報告書によれば、香港のペーパーカンパニーが10万ドル相当の部品を調達して、モスクワの企業へ転売したという。"
    )
    assert t.supplier is None
    assert _name(t.recipient) == "Russia"
    assert [_name(p) for p in t.intermediaries] == ["Hong Kong"]
    assert t.status == "reported"  # the report is named as the source: its hearsay is sourced


def test_hearsay_with_no_source_stays_alleged() -> None:
    [t] = _run("北朝鮮はロシアに砲弾を送ったという。")
    assert t.status == "alleged"


@pytest.mark.parametrize(
    "text",
    [
        "米国製の半導体が、ロシアの巡航ミサイル「カリブル」を製造する軍需企業に届いていた。",
        "日本製の工作機械が、ロシアの戦車を生産する工場へ輸出された。",
    ],
)
def test_the_firm_making_a_states_arms_receives_for_that_state_and_its_make_is_no_goods(text: str) -> None:
    [t] = _run(text)
    assert _name(t.recipient) == "Russia"
    assert len(t.items) == 1 and t.items[0].category in ("components", "dual-use")


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("アルメニアのロシア向け半導体輸出は、2023年に約15倍に急増した。", [("Armenia", "Russia")]),
        ("イランのフーシ派向け武器がオマーン沖で押収された。", [("Iran", "Houthis")]),
        ("スーダンのRSF向けの武器が押収された。", [(None, "Rapid Support Forces")]),
        ("イエメンのフーシ派への武器供与が続いている。", []),
    ],
)
def test_a_state_before_the_receiver_marked_with_muke_exports_unless_it_only_places_its_own_group(
    text: str, pairs: list[tuple[str | None, str]]
) -> None:
    assert _pairs(text) == pairs
