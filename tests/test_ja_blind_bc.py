"""Japanese constructions a blind batch in the style of business papers and weeklies (export-control
court cases, trade statistics of dual-use goods, arms makers' order books) showed mishandled: talks on
a sale suspended with their reason told in between (「…の売却をめぐる協議は、条件が折り合わず中断したままだ」),
a maker handing goods to its own state's ministry (「神戸工場で造った潜水艦は3月に防衛省に引き渡され」,
「防衛省から…の量産を受注した」), 同国 as the partner of a firm's deal (「現代ロテムは同国と…契約を結んだ」),
a kind of firm with the way verb a headline glues to it (「ペーパー会社介しロシアへ」), and the state
whose make takes a share of imports told before it (「…輸入した半導体のうち、8割強を中国製が占めた」)."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, transfers

from materiel.pipeline import analyze_text

PUB = "2025-06-20"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)


# talks on a sale suspended, their reason told before the word that ends them


def test_talks_suspended_after_their_reason_are_no_transfer() -> None:
    text = "日本とUAEが進めていた輸送機C2の売却をめぐる協議は、価格や性能の条件が折り合わず中断したままだ。"
    assert _pairs(text) == set()


def test_talks_taken_up_again_after_their_reason_still_plan() -> None:
    # (talks suspended and taken up again still plan the sale)
    text = "日本とUAEが進めていた輸送機C2の売却をめぐる協議は、条件が折り合わず中断していたが、今月再開した。"
    assert ("Japan", "United Arab Emirates") in _pairs(text)


# a maker delivering to its own state's ministry or force


def test_maker_hands_a_submarine_to_its_own_ministry() -> None:
    text = "同社は三菱重工業と交互に潜水艦を建造しており、神戸工場で造った新型潜水艦は昨年3月に防衛省に引き渡された。"
    assert _pairs(text) == set()


def test_order_from_own_ministry_with_the_maker_told_before() -> None:
    # (the firm the sentence before names is the one that takes the order)
    text = "三菱重工業が発表した決算で、防衛部門の受注が膨らんだ。防衛省から「12式地対艦誘導弾」の量産を受注した。"
    assert _pairs(text) == set()


def test_foreign_maker_delivering_to_a_ministry_is_a_transfer() -> None:
    text = "ロッキード・マーチンは昨年、F35戦闘機6機を防衛省に引き渡した。"
    assert ("United States", "Japan") in _pairs(text) or (None, "Japan") in _pairs(text)


def test_home_maker_delivering_to_a_foreign_force_is_a_transfer() -> None:
    text = "三菱電機は昨年、警戒管制レーダー1基をフィリピン空軍に納入した。"
    assert any(r == "Philippines" for _s, r in _pairs(text))


# 同国 as the partner of a deal a firm strikes


def test_same_state_as_a_firms_deal_partner_is_the_state_told_before() -> None:
    text = "韓国の防衛産業が好調だ。けん引役はポーランドだ。現代ロテムは1日、同国とK2戦車180両を納める契約を結んだ。"
    assert ("South Korea", "Poland") in _pairs(text)
    assert all(r != "South Korea" for _s, r in _pairs(text))


# a kind of firm with the way verb a headline glues to it


def test_shell_firm_with_its_way_verb_is_no_party() -> None:
    analysis = analyze_text("香港のペーパー会社介しイランへ部品　元社長に有罪判決", lang="ja", published=PUB)
    assert not any("会社" in e.name for e in analysis.entities.values())


def test_named_firm_before_its_way_verb_stays_a_party() -> None:
    # (a firm's own name is no kind of firm: the headline's party stays)
    analysis = analyze_text("香港の東方貿易通じイランへ部品", lang="ja", published=PUB)
    assert {"Hong Kong", "Iran"} <= {e.name for e in analysis.entities.values()}


# the state whose goods take a share of imports told after them


def test_state_whose_make_takes_a_share_after_the_imports_supplies_them() -> None:
    assert _pairs("2024年にロシアが輸入した半導体のうち、8割強を中国製が占めた。") == {("China", "Russia")}


def test_share_with_no_state_names_no_supplier() -> None:
    # (a share taken by a kind of goods, not a state, names no supplier)
    text = "ロシアが輸入した軍民両用品のうち、8割強を半導体が占めた。"
    assert all(s is None for s, _r in _pairs(text))
