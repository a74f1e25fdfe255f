"""Japanese constructions found missing: a deal of sale or purchase struck 「…と…の間で」 (the goods'
make tells who sells), two states as the topic of talks or a deal on a sale or purchase with no
make to tell their parts (no half records of each side), and an act told as done before 「以来」,
which the hearsay ending the later clause does not hedge."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records

PUB = "2026-11-20"


_records = partial(records, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)


def test_a_deal_struck_between_two_states_is_sold_by_the_goods_maker() -> None:
    text = "韓国とノルウェーの間で、K9自走砲の売却契約が結ばれた。"
    assert _records(text) == [("South Korea", "Norway", None, "planned")]
    text = "インドとフランスの間で、ラファール戦闘機の購入契約が結ばれた。"
    assert _records(text) == [("France", "India", None, "planned")]
    text = "エジプトとロシアの間では、S-400の購入で合意した。"
    assert _pairs(text) == {("Russia", "Egypt")}
    # (with no make to tell who sells, the one side that makes arms sells, as in 「ベトナムとインドは…の
    # 売却契約に署名した」; a truce agreed between two tells no sides)
    assert _pairs("ベトナムとイスラエルの間で、戦闘機の売却契約が結ばれた。") == {("Israel", "Vietnam")}
    assert _pairs("英国とフランスの間で、戦闘機の売却契約が結ばれた。") == set()
    text = "アルメニアとアゼルバイジャンの間で停戦合意が結ばれたが、インドはアルメニアに榴弾砲を売却した。"
    assert _pairs(text) == {("India", "Armenia")}


def test_two_states_in_talks_on_a_purchase_of_no_known_make_are_no_half_records() -> None:
    assert _pairs("エジプトとイタリアは戦闘機の購入をめぐる交渉を続けている。") == set()
    # (a sale signed by two sides, one of which makes arms and the other not, is the arms maker's)
    assert _pairs("ベトナムとインドは、フリゲート艦の売却契約に署名した。") == {("India", "Vietnam")}
    assert _pairs("サウジアラビアと英国は、戦闘機の購入契約に署名した。") == set()
    # (the make tells the seller; 「…による購入」 names the buyer)
    text = "トルコと米国はF-16戦闘機の購入をめぐる協議を続けている。"
    assert _records(text) == [("United States", "Turkey", None, "planned")]
    text = "エジプトとイタリアは、エジプトによる戦闘機の購入をめぐる交渉を続けている。"
    assert _pairs(text) == {(None, "Egypt")}
    # (two states buying together, or buying with no talks between them, both receive)
    text = "ポーランドとルーマニアはパトリオットの共同購入をめぐる協議を進めている。"
    assert _pairs(text) == {(None, "Poland"), (None, "Romania")}
    assert _pairs("チェコとスロバキアはレオパルト2戦車を購入した。") == {(None, "Czech Republic"), (None, "Slovakia")}


def test_an_act_told_as_done_before_since_is_not_hedged_by_the_later_hearsay() -> None:
    text = "イランは、2023年にロシアに無人機を売却して以来、数千機のドローンを送ったという。"
    assert _records(text)[0] == ("Iran", "Russia", "2023", "reported")
    text = "ロシアは北朝鮮から砲弾を購入して以来、ミサイルも入手したという。"
    assert _records(text) == [("North Korea", "Russia", None, "reported"), ("North Korea", "Russia", None, "alleged")]
    # (a hedge of the act itself still holds: 「…を売却したという」 with no later clause)
    assert _records("イランはロシアに無人機を売却したという。") == [("Iran", "Russia", None, "alleged")]
