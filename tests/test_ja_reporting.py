"""Japanese reporting habits: a supplier told away from the verb, years counted back, spaced speech."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import checked
from tests.parties import json_pairs as pairs

from materiel.extract.ja_context import find_cue
from materiel.extract.ja_dates import find_dates_ja

run = partial(checked, lang="ja", published="2024-05-20")


def test_a_headline_force_before_its_comma_is_the_topic() -> None:
    out = run("ミャンマー空軍、ロシアからSu-30戦闘機を受領")
    assert pairs(out) == {("Russia", "Myanmar")}


@pytest.mark.parametrize(
    "text",
    [
        "北マケドニア国防省は21日、旧ソ連製のスホイ25攻撃機4機のウクライナへの移送を完了したと発表した。",
        "北マケドニア国防省は21日、スホイ25攻撃機4機のウクライナへの輸送を開始したと発表した。",
        "以前、北マケドニアの大統領は攻撃機10機の別のバッチのウクライナへの移送を発表した。",
    ],
)
def test_a_state_announcing_a_move_it_carries_out_supplies(text: str) -> None:
    assert pairs(run(text)) == {("North Macedonia", "Ukraine")}


def test_a_state_announcing_a_move_it_only_saw_does_not_supply() -> None:
    out = run("米国防総省は、北朝鮮の砲弾のロシアへの輸送を確認したと発表した。")
    assert ("United States", "Russia") not in pairs(out)


def test_a_state_that_no_longer_exists_made_the_goods_but_supplies_nothing() -> None:
    out = run("ウクライナは旧ソ連製のミグ29戦闘機を受け取った。")
    assert all(t["supplier"] is None or t["supplier"]["name"] != "Soviet Union" for t in out["transfers"])


def test_goods_passed_to_a_side_are_a_planned_transfer() -> None:
    (t,) = run("オランダ政府は、保有するF16戦闘機のうち24機をウクライナ側に回す方針を固めた。")["transfers"]
    assert (t["supplier"]["name"], t["recipient"]["name"]) == ("Netherlands", "Ukraine")
    assert t["status"] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "ロシアを敵に回すことは避けたいとの声が強い。",
        "侵攻が長期化する中、与党内には殺傷能力のある武器の輸出を広く認めるべきだとの意見が強い。",
        "専門家は、日本もウクライナに砲弾を供与すべきだと述べた。",
    ],
)
def test_no_transfer_in_an_enemy_made_or_an_opinion(text: str) -> None:
    assert run(text)["transfers"] == []


def test_the_speakers_state_takes_no_side_in_the_next_sentences_story() -> None:
    text = (
        "ウクライナ国防省の情報総局は、ロシア軍が先月、北朝鮮から多連装ロケット砲およそ50両を受け取ったと"
        "明らかにしました。情報総局によりますと、ロケット砲は鉄道でロシア極東から西部の前線に運ばれたということです。"
    )
    assert pairs(run(text, published="2024-12-12")) == {("North Korea", "Russia")}


def test_years_counted_back_date_the_act() -> None:
    (t,) = run("フーシ派は3年前からイランから無人機の部品を受け取っている。", published="2024-02-10")["transfers"]
    assert t["date"] == "2021"


@pytest.mark.parametrize(
    ("text", "iso", "since"),
    [
        ("3年前から", "2021", True),
        ("2カ月前に", "2023-12", False),
        ("十年前", "2014", False),
        ("3 年前 から", "2021", True),
    ],
)
def test_time_counted_back_from_publication(text: str, iso: str, since: bool) -> None:
    (d,) = find_dates_ja(text, "2024-02-10")
    assert (d.iso, d.range_start) == (iso, since)


def test_a_report_that_says_it_speaks_and_the_recipient_topic_does_not_confirm() -> None:
    text = (
        "イエメンのフーシ派は 3年前 から イランから無人機の部品を 受け取っている と、"
        " 国連の専門家パネル の 報告書 は 述べています。"
    )
    (t,) = run(text, published="2024-02-10")["transfers"]
    assert (t["supplier"]["name"], t["recipient"]["name"], t["status"]) == ("Iran", "Houthis", "reported")


def test_a_cue_is_found_across_a_translations_spaces() -> None:
    assert find_cue("報告書 は 述べています。", "は述べて") == (4, 9)
    assert find_cue("報告書は述べた。", "は述べた") == (3, 7)
    assert find_cue("報告書は語った。", "は述べた") is None


def test_a_works_of_a_state_group_that_built_the_goods_supplies() -> None:
    out = run("中国船舶集団傘下の造船所が建造したフリゲートが、パキスタン海軍に引き渡された。")
    assert pairs(out) == {("China", "Pakistan")}


def test_hearsay_after_a_sourced_sentence_is_that_sources_report() -> None:
    text = "韓国国防省によると、北朝鮮はロシアに砲弾を送った。砲弾の一部はイランにも渡ったという。"
    statuses = {(t["recipient"]["name"], t["status"]) for t in run(text)["transfers"]}
    assert ("Iran", "reported") in statuses


def test_hearsay_in_a_new_paragraph_stays_unsourced() -> None:
    text = "韓国国防省によると、北朝鮮はロシアに砲弾を送った。\n砲弾の一部はイランにも渡ったという。"
    statuses = {(t["recipient"]["name"], t["status"]) for t in run(text)["transfers"]}
    assert ("Iran", "alleged") in statuses


@pytest.mark.parametrize(
    ("text", "iso"),
    [("TC-90は2017年に貸与され、翌年には無償譲渡された。", "2018"), ("2020年に契約し、その2年後に納入した。", "2022")],
)
def test_a_year_counted_on_from_the_year_before(text: str, iso: str) -> None:
    assert find_dates_ja(text, "2024-06-15")[-1].iso == iso


def test_a_year_counted_on_from_nothing_is_no_date() -> None:
    assert find_dates_ja("翌年に納入する。", "2024-06-15") == []
