"""Japanese constructions a blind batch of machine-translated foreign outlets' Japanese pages (arms
exports of China, Russia and South Korea; Iran and the Houthis) showed mishandled: an act told in a
clause on states or firms at large that another predicate governs (「ロシアの武器を購入する国に対する
制裁」), whose doer is that class and not who warns of or sanctions it; a deal's act told as written
into it (「枠組み協定には…の導入が盛り込まれている」); an export variant's name (Su-57E)."""

from __future__ import annotations

from functools import partial

from tests.parties import pair, pairs, records, transfers

PUB = "2024-05-20"

_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


def _statuses(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, r, st) for s, r, _d, st in _records(text)}


# an act told in a clause on states or firms at large: who warns of or sanctions them is none of them


def test_buyers_at_large_warned_of_are_not_the_warner() -> None:
    text = "英外務省は、北朝鮮の弾薬を購入する国に対する制裁の可能性を警告した。"
    assert ("North Korea", "United Kingdom") not in _pairs(text)


def test_buyers_at_large_to_be_sanctioned_are_not_the_sanctioner() -> None:
    assert ("Iran", "United States") not in _pairs("米政府は、イラン製の無人機を購入した国を制裁すると表明した。")


def test_buyers_at_large_after_a_comma_are_not_the_topic() -> None:
    text = "欧州連合（EU）は、中国から攻撃型無人機を輸入した国に対して追加の措置を検討している。"
    assert ("China", "European Union") not in _pairs(text)


def test_suppliers_at_large_are_not_the_sanctioner() -> None:
    got = _pairs("米商務省はロシアに工作機械を供給する企業を輸出規制の対象に加えた。")
    assert ("United States", "Russia") not in got


def test_named_buyer_of_its_own_clause_still_buys() -> None:
    # (a state named as the topic of its own act, or said to be one of the buyers, still buys)
    assert _pairs("ベトナムはロシアから戦闘機を購入した。") == {("Russia", "Vietnam")}
    assert ("Russia", "India") in _pairs("インドはロシアの武器を購入する国の一つだ。")


# an act written into a deal is planned


def test_act_written_into_a_framework_agreement_is_planned() -> None:
    text = "2023年3月にインドネシアとフランスが結んだ覚書には、戦闘機「ラファール」18機の追加購入が盛り込まれた。"
    assert _records(text) == [("France", "Indonesia", "2023-03", "planned")]


def test_act_written_into_an_agreement_with_items_listed_is_planned() -> None:
    text = "2022年7月に韓国とポーランドが締結した枠組み協定には、K2戦車1000両とK9自走砲672門の導入が盛り込まれている。"
    assert _statuses(text) == {("South Korea", "Poland", "planned")}


# an export variant's name is the system's


def test_export_variant_of_a_fighter_is_the_fighter() -> None:
    got = transfers("アルジェリアは、ロシアから戦闘機Su-57Eを12機購入する契約を結んだ。", lang="ja", published=PUB)
    assert [(pair(t), [i.entity.name if i.entity else None for i in t.items]) for t in got] == [
        (("Russia", "Algeria"), ["Su-57"])
    ]
