"""Deals between two named parties whose wording leaves open who sells (the maker of the named
systems does), buyers of goods told "for" another party, shares of another's imports, and how a
Japanese passive in the non-past reads (a plan only with something ahead in time)."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name as _name
from tests.parties import pairs, transfers

PUB = "2025-01-10"


_run = partial(transfers, published=PUB)
_pairs = partial(pairs, published=PUB)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ポーランドは2022年、韓国とK2戦車180両の売買契約を締結した。", "ja"),
        ("韓国はポーランドとK2戦車180両の売買契約を締結した。", "ja"),
        ("South Korea signed a contract with Poland for 180 K2 tanks in 2022.", "en"),
        ("Poland signed a contract with South Korea for 180 K2 tanks in 2022.", "en"),
        ("Seoul finalised a deal for 180 K2 tanks for Poland in August.", "en"),
    ],
)
def test_the_state_making_the_systems_of_a_deal_sells_them(text: str, lang: str) -> None:
    [t] = _run(text, lang)
    assert (_name(t.supplier), _name(t.recipient)) == ("South Korea", "Poland")
    assert t.status == "planned"
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 180


def test_a_deal_to_transfer_goes_from_the_maker_whichever_party_is_the_topic() -> None:
    assert _pairs("フィリピンは日本とTC90練習機5機の移転で合意した。", "ja") == {("Japan", "Philippines")}
    assert _pairs("日本はフィリピンとTC90練習機5機の移転で合意した。", "ja") == {("Japan", "Philippines")}
    # a buyer named with a purchase keeps buying from the partner, maker or not
    assert _pairs("インドネシアはフランスとラファール戦闘機42機の購入契約を締結した。", "ja") == {
        ("France", "Indonesia")
    }


def test_a_buyer_of_goods_for_another_party_supplies_it() -> None:
    assert _pairs("The Netherlands purchased 100 air defence missiles for Ukraine.", "en") == {
        ("Netherlands", "Ukraine")
    }
    # its own army is no other party; the seller stays the seller
    assert _pairs("Poland bought 48 K9 howitzers for its army from South Korea.", "en") == {("South Korea", "Poland")}


def test_firms_of_a_nationality_supplying_a_share_of_imports_supply_for_their_state() -> None:
    [t] = _run("Chinese companies supplied 90 percent of Russia's imports of machine tools last year.", "en")
    assert (_name(t.supplier), _name(t.recipient)) == ("China", "Russia")
    assert t.items[0].text == "machine tools"


@pytest.mark.parametrize(
    "text",
    ["ロシアの兵器は、カスピ海を経由してイランに送られる。", "主力戦車はドイツからウクライナに引き渡される。"],
)
def test_a_passive_non_past_with_nothing_ahead_tells_how_goods_go(text: str) -> None:
    [t] = _run(text, "ja")
    assert t.status == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "F16戦闘機は来年、デンマークからウクライナに引き渡される。",
        "残りの戦車は年内にドイツからウクライナに引き渡される予定だ。",
    ],
)
def test_a_passive_non_past_with_a_time_ahead_is_planned(text: str) -> None:
    [t] = _run(text, "ja")
    assert t.status == "planned"
    assert _name(t.recipient) == "Ukraine"


def test_goods_told_as_the_topic_take_the_count_after_a_time_word() -> None:
    [t] = _run("ルーマニアは韓国からK9自走榴弾砲を購入する。契約では、K9自走榴弾砲は当初54両を輸入する計画だ。", "ja")
    assert (_name(t.supplier), _name(t.recipient)) == ("South Korea", "Romania")
    assert [(it.quantity.value if it.quantity else None) for it in t.items] == [54]


def test_an_act_joined_to_a_clause_ending_in_a_plan_is_planned() -> None:
    [t] = _run("ルーマニアは韓国からK9自走榴弾砲を購入し、残りは国内で生産する計画だ。", "ja")
    assert t.status == "planned"
    # a clause telling a deed done leaves the act done
    [u] = _run("ルーマニアは韓国からK9自走榴弾砲を購入し、国内で配備した。", "ja")
    assert u.status == "reported"
