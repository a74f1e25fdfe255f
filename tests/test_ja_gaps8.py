"""Japanese constructions found missing: the rise or fall of a country's imports or exports with no
source or destination named is a trade figure, not a transfer, and goods pointed back to by a word
for wares (「こうした品目の一部は」) go on from that country to the state the next sentence names;
two givers each with their own goods before one shared verb (「AはXを、BはYを…に供給した」)."""

from __future__ import annotations

from functools import partial

from tests.parties import name, pairs, records, transfers, via

PUB = "2026-11-20"


_records = partial(records, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_transfers = partial(transfers, lang="ja", published=PUB)


def test_a_surge_in_imports_with_no_party_named_is_a_trade_figure() -> None:
    assert _pairs("ウズベキスタンでは、国内で使い道のない電子部品の輸入がこの2年で3倍に増えた。") == set()
    assert _pairs("キルギスでは工作機械の輸入が急増している。") == set()
    assert _pairs("トルコの無線機器の輸出は昨年大きく伸びた。") == set()
    # (a source or destination named still tells the trade between the two)
    assert _pairs("アルメニアからロシアへの半導体の輸出が急増した。") == {("Armenia", "Russia")}
    # (and an import taken in, not told as a figure, is still an act)
    assert _pairs("ロシアは北朝鮮からの砲弾の輸入を増やした。") == {("North Korea", "Russia")}


def test_wares_pointed_back_to_go_on_through_the_importing_country() -> None:
    text = "カザフスタンでは航空機部品の輸入が急増した。こうした品目の一部はロシアに運ばれていた。"
    (t,) = _transfers(text)
    assert (name(t.supplier), name(t.recipient)) == (None, "Russia")
    assert via(t) == {"Kazakhstan"}
    assert [i.text for i in t.items] == ["航空機部品"]
    assert t.status == "reported"
    # (told under an analysis, the route is the analyst's assessment)
    text = (
        "ウズベキスタンでは、電子部品や無線機器の輸入が急増した。"
        "専門家の分析では、これらの製品の多くが鉄道でロシアに送られていた。"
    )
    (t,) = _transfers(text)
    assert via(t) == {"Uzbekistan"}
    assert name(t.recipient) == "Russia"
    assert t.status == "alleged"


def test_two_givers_before_one_shared_verb_each_give_their_own_goods() -> None:
    text = "国連の報告書によると、ロシアは戦闘機を、中国は無人機をミャンマー国軍に供給した。"
    got = {(name(t.supplier), t.items[0].text) for t in _transfers(text)}
    assert got == {("Russia", "戦闘機"), ("China", "無人機")}
    assert {r[1:] for r in _records(text)} == {("Myanmar", None, "reported")}
    # (the army named alone takes its state from the sentence before; the report's hedge holds for both)
    text = (
        "ミャンマー国軍は2021年にクーデターで実権を握った。"
        "国連の報告書によると、ロシアは戦闘機を、中国は無人機を国軍に供給したとみられる。"
    )
    assert sorted(_records(text)) == [("China", "Myanmar", None, "alleged"), ("Russia", "Myanmar", None, "alleged")]
    assert sorted(_records("ロシアは戦闘機を、中国は装甲車をそれぞれミャンマーに売却した。")) == [
        ("China", "Myanmar", None, "reported"),
        ("Russia", "Myanmar", None, "reported"),
    ]
