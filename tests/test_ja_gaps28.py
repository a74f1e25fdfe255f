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
