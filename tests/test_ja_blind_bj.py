"""Japanese constructions a blind batch of web reposts and commentary (5ch threads, blogs quoting a
paper, news summaries) showed mishandled: an act said only to be possible (「…を譲渡することも将来的
には「あり得る」」「追加輸出については、今後あり得る」), a headline's penalty whose grounds are an act
noun before で (「英政府、露軍向け部品供給でトルコ企業など制裁」), a span opened by a part of a year
(「2023年半ばから昨年にかけて」), goods of the firm told before (「中国のメーカーと、同社製のエンジンを
転売した…商社」), parts for a weapon written with 向け (「無人機向けエンジン」), a request that names
neither goods nor giver after the act it asks for (「…移転する方向で検討している。…側は昨年末に提供を
要請していた」), and an act whose decision is said not to be made (「判断は下されていない」)."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records, transfers, via

PUB = "2025-06-20"

_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)
_run = partial(transfers, lang="ja", published=PUB)


# an act said only to be possible may come: no transfer


def test_act_said_possible_in_future_is_no_transfer() -> None:
    text = "専門家の間では、退役した哨戒艇をベトナムに譲渡することも将来的には「あり得る」との見方が出ている。"
    assert _pairs(text) == set()


def test_act_said_possible_with_mo_is_no_transfer() -> None:
    assert _pairs("政府高官は、ポーランドがウクライナに戦闘機を送ることもあり得ると述べた。") == set()
    assert _pairs("フランスがインドに潜水艦を売却することは十分ありうるとの見方もある。") == set()


def test_act_noun_said_possible_is_no_transfer() -> None:
    text = "英国からポーランドへの戦車の追加供与については、今後あり得るという程度の話にとどまっている。"
    assert _pairs(text) == set()


def test_past_act_said_possible_stays_a_claim() -> None:
    # (a past act's possibility is a hedged deed, not one that may come)
    got = _records("シリアがヒズボラに対戦車ミサイルを供与した可能性もあり得る。")
    assert [(s, r, st) for s, r, _d, st in got] == [("Syria", "Hezbollah", "alleged")]


# a headline's penalty whose grounds are an act noun before で: the firms punished gave


def test_headline_penalty_grounds_noun_charges_the_firms() -> None:
    got = _records("英政府、露軍向け無人機部品供給でトルコ企業など制裁")
    assert [(s, r, st) for s, r, _d, st in got] == [("Turkey", "Russia", "alleged")]


def test_headline_penalty_topic_is_listed_with_no_receiver() -> None:
    got = _records("米商務省、ロシアへの半導体輸出で香港の商社3社を禁輸リストに追加")
    assert [(s, r, st) for s, r, _d, st in got] == [("Hong Kong", "Russia", "alleged")]
    # (the same with the charge told by として: the punisher is no co-receiver)
    assert _pairs("米商務省、ロシアに半導体を輸出したとして香港の商社3社を禁輸リストに追加") == {
        ("Hong Kong", "Russia")
    }


def test_penalty_grounds_noun_in_a_sentence() -> None:
    got = _records("米商務省は、ロシアへの電子部品輸出で香港の商社2社を禁輸リストに追加した。")
    assert [(s, r, st) for s, r, _d, st in got] == [("Hong Kong", "Russia", "alleged")]


def test_state_blamed_over_an_arms_trade_is_no_giver() -> None:
    # (only firms are charged by the grounds; a state blamed over another's trade gives nothing)
    assert ("Russia", "Iran") not in _pairs("米国務省は、北朝鮮の武器輸出でロシアを非難した。")


# a span opened by a part of a year starts in that year


def test_span_from_the_middle_of_a_year_starts_in_it() -> None:
    text = (
        "同省によると、トルコ製の電子部品は2023年半ばから昨年にかけて、カザフスタン経由でロシアの企業に届けられていた。"
    )
    assert [d for _s, _r, d, _st in _records(text)] == ["2023"]


def test_span_from_late_in_a_month_starts_in_it() -> None:
    text = (
        "同省によると、トルコ製の電子部品は昨年3月下旬から今年にかけて、"
        "カザフスタン経由でロシアの企業に届けられていた。"
    )
    assert [d for _s, _r, d, _st in _records(text)] == ["2024-03"]


# goods of the firm told before are of its state's make


def test_goods_of_the_firm_told_before_take_its_state() -> None:
    text = (
        "米財務省は12日、ロシアの無人機生産に協力したとして、台湾の電子部品メーカー1社と、"
        "同社製の半導体をロシア側に転売したアルメニアの商社を制裁対象に指定した。"
    )
    got = _run(text)
    assert [(t.supplier.entity.name if t.supplier and t.supplier.entity else None) for t in got] == ["Taiwan"]
    assert via(got[0]) == {"Armenia"}


# parts for a weapon written with 向け are parts, not the weapon


def test_parts_for_a_weapon_with_muke_are_parts() -> None:
    got = _run("米財務省、露の偵察型ドローン向けエンジン供給で中国メーカーなど制裁。同社はロシアに部品を送っていた。")
    cats = {it.category for t in got for it in t.items}
    assert "drone" not in cats
    assert "components" in cats


# a request naming neither goods nor giver after the act it asks for is a claim of its own


def test_request_after_a_plan_is_its_own_claim() -> None:
    text = (
        "韓国政府は、退役したフリゲート艦2隻をフィリピン海軍に譲渡する方向で検討している。"
        "フィリピン側は今年初めに正式に提供を要請していた。"
    )
    got = _records(text)
    assert ("South Korea", "Philippines", None, "planned") in got
    assert ("South Korea", "Philippines", "2025", "requested") in got


def test_request_after_a_plan_told_through_the_paper() -> None:
    text = (
        "毎日新聞によると、政府は中古の護衛艦3隻をインドネシア海軍に移転する方向で調整している。"
        "同紙は、インドネシア側が昨年秋に提供を求めていたとも伝えた。"
    )
    got = _records(text)
    assert {st for _s, r, _d, st in got if r == "Indonesia"} == {"planned", "requested"}


def test_request_needs_the_act_asked_for() -> None:
    # (a request for something else, no act of giving named, takes no goods of the act before)
    text = (
        "日本政府は、護衛艦2隻をフィリピン海軍に移転する方向で検討している。"
        "フィリピン側は共同訓練の拡大を要請していた。"
    )
    assert {st for _s, _r, _d, st in _records(text)} == {"planned"}


# an act whose decision is said not to be made is no act


def test_act_whose_decision_is_not_made_is_no_transfer() -> None:
    text = (
        "イランはフーシ派に対艦ミサイルを供与するかどうかを検討しているという。"
        "イランのミサイル供与について、当局者は「最終的な判断は下されていない」と述べた。"
    )
    assert [st for _s, _r, _d, st in _records(text)] == ["planned"]
