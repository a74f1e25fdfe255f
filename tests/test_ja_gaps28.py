"""Japanese go-betweens a sweep of sanctions-evasion phrasings showed mishandled: a firm buying goods
bound for another party (「中国の輸入業者が、ロシア向けに韓国製の半導体を買い付けていた」) goes
between, the goods going to the party they are bound for."""

from __future__ import annotations

from functools import partial

from tests.parties import pair, transfers, via

PUB = "2025-06-10"

_run = partial(transfers, lang="ja", published=PUB)


def _routes(text: str) -> set[tuple[str | None, str | None, frozenset[str | None], str]]:
    return {(*pair(t), frozenset(via(t)), t.status) for t in _run(text)}


# a firm buying goods bound for another party goes between


def test_importer_buying_for_another_state_goes_between() -> None:
    text = "中国の輸入業者が、ロシア向けに韓国製の半導体を買い付けていた。"
    assert _routes(text) == {("South Korea", "Russia", frozenset({"China"}), "reported")}


def test_trader_topic_buying_goods_bound_for_another_goes_between() -> None:
    text = "トルコの仲介業者は、ロシア向けの日本製の工作機械を輸入していた。"
    assert _routes(text) == {("Japan", "Russia", frozenset({"Turkey"}), "reported")}


def test_firm_buying_for_an_army_goes_between() -> None:
    text = "税関記録によると、アルメニアの輸入業者が、ロシア軍向けにドイツ製の電子部品を購入していた。"
    assert _routes(text) == {("Germany", "Russia", frozenset({"Armenia"}), "reported")}


def test_firm_buying_for_its_own_state_goes_nowhere_between() -> None:
    # (a firm buying for its own side is the receiver's own: no go-between)
    text = "ロシアの企業はロシア軍向けに中国製の部品を輸入した。"
    assert _routes(text) == {("China", "Russia", frozenset(), "reported")}


# goods bought, then told passed on in the next sentence: one journey through the buyer


def test_firm_import_then_resold_next_sentence_goes_between() -> None:
    text = "カザフスタンの商社は昨年、中国から無人機の部品を輸入していた。その後、部品はロシアに転売された。"
    assert _routes(text) == {("China", "Russia", frozenset({"Kazakhstan"}), "reported")}


def test_state_import_of_parts_then_resold_hedged_goes_between() -> None:
    text = "キルギスは昨年、ドイツから前年の10倍の電子部品を輸入した。その多くはロシアに転売されたとみられる。"
    assert _routes(text) == {("Germany", "Russia", frozenset({"Kyrgyzstan"}), "alleged")}


def test_made_goods_bought_by_trader_then_reexported() -> None:
    text = "UAEの企業は日本製の工作機械を輸入した。工作機械はその後、ロシアに再輸出された。"
    assert _routes(text) == {("Japan", "Russia", frozenset({"United Arab Emirates"}), "reported")}


def test_weapons_a_state_bought_then_passed_on_are_its_own_supply() -> None:
    text = "アルメニアは昨年、フランスから装甲車を購入した。その一部はロシアに転売されたとみられる。"
    assert _routes(text) == {
        ("France", "Armenia", frozenset(), "reported"),
        ("Armenia", "Russia", frozenset(), "alleged"),
    }


# states joined by と as the subject after the goods' topic each gave them: no deal's two sides


def test_goods_topic_then_two_givers_each_give() -> None:
    text = "ドイツは今年、ウクライナに防空システム「IRIS-T」を供与した。パトリオットは米国とオランダが提供している。"
    assert _routes(text) == {
        ("Germany", "Ukraine", frozenset(), "reported"),
        ("United States", "Ukraine", frozenset(), "reported"),
        ("Netherlands", "Ukraine", frozenset(), "reported"),
    }


def test_two_states_agreeing_on_a_sale_are_still_its_two_sides() -> None:
    assert _routes("韓国とポーランドは、K9自走砲の輸出で合意した。") == {
        ("South Korea", "Poland", frozenset(), "planned")
    }


# states abbreviated one character each, run together, share the particle


def test_three_abbreviated_states_all_give() -> None:
    assert _routes("米英独はウクライナに戦車を供与した。") == {
        ("United States", "Ukraine", frozenset(), "reported"),
        ("United Kingdom", "Ukraine", frozenset(), "reported"),
        ("Germany", "Ukraine", frozenset(), "reported"),
    }
    assert {r[0] for r in _routes("日米豪はフィリピンに巡視船を供与した。")} == {"Japan", "United States", "Australia"}


# goods named for the strike they make are no strike on the party before them; 認可 approves ahead


def test_sale_of_attack_helicopters_to_a_state_approved() -> None:
    text = "米国務省は、ポーランドへの攻撃ヘリ「アパッチ」96機の売却を認可した。"
    assert _routes(text) == {("United States", "Poland", frozenset(), "planned")}


def test_strike_on_a_state_is_still_no_goal() -> None:
    text = "イランはウクライナへの攻撃用にロシアに無人機を供与した。"
    assert _routes(text) == {("Iran", "Russia", frozenset(), "reported")}


# an act readied (「…の供与を準備している」) is planned, and who readies it does it


def test_act_readied_is_planned_by_who_readies_it() -> None:
    text = "ロイター通信は、イランがロシアへの弾道ミサイルの供与を準備していると伝えた。"
    assert _routes(text) == {("Iran", "Russia", frozenset(), "planned")}
