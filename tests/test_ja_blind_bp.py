"""Japanese constructions a blind batch of TV-news style articles (ja-bp) showed mishandled, each
tested on sentences of our own: goods a state buys for another (「ウクライナ向けに…を調達する」), with
coordinated buyers and a topic that also tells it; an earlier deal told with 「にも」 on its time
(「去年3月にも…の供与が決まっていて」), no retelling of the new one; the signing told on the next line
dating the plan before it (「…で7日、交換公文に署名しました」); the weapon or plant parts are told as going
into (「生産ラインに、…調達された電子部品が使われている」「…無人機に中国製エンジン」) is no goods; the
destination before a clause of the goods' retirement (「インドネシアに退役した護衛艦を輸出する」) is the act's."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records, transfers

PUB = "2025-06-12"

_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)
_run = partial(transfers, lang="ja", published=PUB)


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


# a deal told with 「…にも」 on an earlier time is another deal, not the new one told again


def test_earlier_deal_told_with_also_then_stays_apart() -> None:
    text = (
        "政府は、ベトナム海軍に巡視艇を追加で供与することになりました。\n"
        "ベトナムに対しては去年3月にも、巡視艇4隻の供与が決まっていて、今回はそれに続くものです。\n"
    )
    assert sorted(_records(text), key=lambda r: str(r[2])) == [
        ("Japan", "Vietnam", "2024-03", "planned"),
        ("Japan", "Vietnam", None, "planned"),
    ]


# the signing on the next line dates the plan a broadcaster's story tells on the line before


def test_signing_on_the_next_line_dates_the_plan() -> None:
    text = (
        "政府は、スリランカ海軍に沿岸監視レーダーを無償で供与することになりました。\n"
        "コロンボで7日、両国の政府代表が交換公文に署名しました。\n"
    )
    assert _records(text) == [("Japan", "Sri Lanka", "2025-06-07", "planned")]


# the weapon or plant parts go into (に, then the parts and a verb of use) is no goods of the act


def _items(text: str) -> set[tuple[str, str]]:
    return {(i.category, i.text) for t in _run(text) for i in t.items}


def test_plant_the_parts_go_into_is_no_goods() -> None:
    text = (
        "また、ロシア軍がウクライナへの攻撃に使っている無人機「シャヘド」は、当初、イランから輸入されていました。\n"
        "現在はロシア中部のアラブガにある工場で生産されています。\n"
        "イギリスのシンクタンクは報告書で、この工場の生産ラインに、中国から第三国を通じて調達された電子部品が"
        "使われていると指摘しています。\n"
    )
    china = [t for t in _run(text) if t.supplier and t.supplier.entity and t.supplier.entity.name == "China"]
    assert china and all(i.category == "components" for t in china for i in t.items)


def test_weapon_in_a_headline_the_parts_go_into_is_no_goods() -> None:
    text = "ロシア軍が使う巡航ミサイルに北朝鮮製部品 中国経由で調達か\n"
    assert {cat for cat, _ in _items(text)} == {"components"}


# the destination told before a clause of the goods' retirement is the act's


def test_destination_before_retired_goods_receives() -> None:
    assert _records("政府は、マレーシアに退役した護衛艦を輸出する方針を固めました。") == [
        ("Japan", "Malaysia", None, "planned")
    ]


def test_destination_before_goods_retired_from_a_force_receives() -> None:
    assert _pairs("オランダは、ウクライナに、空軍で退役したF16戦闘機を引き渡した。") == {("Netherlands", "Ukraine")}
