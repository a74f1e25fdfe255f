"""Japanese constructions found missing: a two-digit year of the 1900s, a receipt confirmed (確認)
by the recipient's own ministry or told before its announcing speaker, talks held on a purchase,
the buyer of a purchase told with による, a parallel act (「…も」) that only counts the goods told
before, and a supplier told as the predicate of a word for supplier (「最大の供給元はロシアで」)."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pairs, records, transfers

PUB = "2026-11-20"


_records = partial(records, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_run = partial(transfers, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


def test_a_two_digit_year_after_one_of_the_1900s_is_of_the_1900s() -> None:
    text = "フィリピンは1991年に韓国から練習機を購入した。94年には米国から輸送機を購入した。"
    assert _records(text) == [
        ("South Korea", "Philippines", "1991", "reported"),
        ("United States", "Philippines", "1994", "reported"),
    ]
    # (with a month, a two-digit year past publication is of the 1900s even alone)
    assert _records("ペルーは98年3月にロシアから戦闘機を購入した。") == [("Russia", "Peru", "1998-03", "reported")]
    # (a two-digit year up to publication stays of the 2000s)
    assert _records("インドは22年にフランスからラファール戦闘機を受け取った。") == [
        ("France", "India", "2022", "reported")
    ]


def test_a_two_digit_year_past_publication_alone_is_no_year() -> None:
    # (with no year of the 1900s written before, 「60年に」 may count years: no date is read)
    got = _records("ペルーは60年にロシアから戦闘機を購入した。")
    assert got == [("Russia", "Peru", None, "reported")]


def test_a_receipt_the_recipients_ministry_confirms_is_the_recipients() -> None:
    text = "インド国防省は、フランスからラファール戦闘機を受け取ったと確認した。"
    assert _records(text) == [("France", "India", None, "confirmed")]
    text = "カタール政府は、米国からF15戦闘機を受領したことを確認した。"
    assert _records(text) == [("United States", "Qatar", None, "confirmed")]


def test_a_receipt_quoted_before_its_announcing_speaker_is_the_speakers() -> None:
    text = "ドイツからパトリオットを受け取ったとポーランド国防省が発表した。"
    assert _records(text) == [("Germany", "Poland", None, "confirmed")]
    text = "フランスから戦闘機を受け取った、とギリシャ政府が確認した。"
    assert _pairs(text) == {("France", "Greece")}
    # (one pointing at others' goods, 指摘, tells no receipt of its own)
    assert _run("ロシアからミサイルを受け取ったと米国防総省が指摘した。") == []
    # (nor does an official, who tells of others' goods as often as of his state's)
    assert _run("ロシアからミサイルを受け取ったと米政府高官が明らかにした。") == []


def test_goods_seen_confirmed_in_the_passive_keep_their_receiver() -> None:
    text = "ミャンマー国軍は空爆を続けている。国軍が昨年受け取った中国製の戦闘機が確認されている。"
    assert _pairs(text) == {("China", "Myanmar")}


def test_talks_held_on_a_purchase_are_a_planned_purchase() -> None:
    text = "米国とトルコはF16戦闘機の売却に関する協議を行った。"
    assert _records(text) == [("United States", "Turkey", None, "planned")]
    text = "トルコは米国からのF35戦闘機の購入をめぐる協議を進めている。"
    assert _records(text) == [("United States", "Turkey", None, "planned")]
    text = "トルコは米国とF35の購入について協議している。"
    assert _records(text) == [("United States", "Turkey", None, "planned")]
    # (a debate on a purchase is no talks of the parties: nothing is told done or planned)
    assert _run("インドネシアによるラファール戦闘機の購入をめぐる議論が続いている。") == []
    # (talks held before an act told done leave it done)
    text = "ドイツはフランスと協議したうえで、ウクライナに戦車を供与した。"
    assert _records(text) == [("Germany", "Ukraine", None, "reported")]


def test_the_one_a_purchase_is_by_receives() -> None:
    text = "トルコによる米国からのF35戦闘機の購入が報じられた。"
    assert _pairs(text) == {("United States", "Turkey")}


def test_a_parallel_act_counting_the_goods_told_before_hands_them_over_anew() -> None:
    text = "ポーランドはウクライナにMiG29戦闘機を供与した。スロバキアも13機の引き渡しを進めている。"
    t = _one(text, "Slovakia", "Ukraine")
    assert [i.text for i in t.items] == ["MiG29戦闘機"]
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 13
    text = "ドイツはウクライナにレオパルト2戦車を供与した。デンマークも10両の引き渡しを決めた。"
    t = _one(text, "Denmark", "Ukraine")
    assert t.status == "planned"
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 10


def test_a_supplier_told_as_the_predicate_of_a_receipt_supplies_it() -> None:
    text = "ベトナム軍の兵器調達で最大の供給元はロシアで、戦車など5億ドル以上に達した。"
    assert _records(text) == [("Russia", "Vietnam", None, "reported")]
    assert _pairs("インドの武器輸入の主な調達先はロシアである。") == {("Russia", "India")}
    # (a supplier named with no act of receiving tells no transfer)
    assert _run("ロシアは重要な供給元だ。") == []
