"""Japanese constructions a blind batch of TV-news style articles (ja-bp) showed mishandled, each
tested on sentences of our own: goods a state buys for another (「ウクライナ向けに…を調達する」), with
coordinated buyers and a topic that also tells it."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records

PUB = "2025-06-12"

_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


# goods bought for another party (向けに) go to it from the buyer


def test_buyer_for_another_with_mukeni_supplies() -> None:
    text = "デンマークは、ウクライナ向けに砲弾数万発を調達すると明らかにしました。"
    assert _records(text) == [("Denmark", "Ukraine", None, "planned")]


def test_coordinated_buyers_for_another_each_supply() -> None:
    text = "オランダとベルギーは共同で資金を出し、ウクライナ向けに無人機数千機を購入する計画です。"
    assert _pairs(text) == {("Netherlands", "Ukraine"), ("Belgium", "Ukraine")}


def test_buyer_of_goods_for_another_told_adnominally_is_no_supplier() -> None:
    # (「中国向けの部品」 only says where the goods are meant for: the buyer gives nothing to China)
    assert ("Russia", "China") not in _pairs("ロシアの企業は、中国向けの部品を調達していた。")
