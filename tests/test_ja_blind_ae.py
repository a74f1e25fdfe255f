"""Japanese constructions a blind batch in the style of military blogs, weekly magazines and forum
reposts (North Korean shells listed line by line, Ukraine's air defence by country, Myanmar's
suppliers, US deliveries to Taiwan in batches) showed mishandled: goods listed in bulleted lines
under the act (「内訳は次の通り。\n・152ミリ砲弾 約…発」), a blog's 「…によると…らしい」, a finding
told as 「分析したところ…わかった」, a supplier told by a predicate before its act (「最大の供給元は
ロシアで、…を送っていた」), batches with their parties left out (「…100基も来年から納入が始まる」
「第2陣の40両は7月、残りの30両は来年に届く」「11両は納入済みで」), a whole and its first lot
(「116両のうち、第1陣の14両が」), and goods naming a strike (「ロシアのミサイル・ドローン攻撃」)."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pair_list, pairs, records, transfers

PUB = "2025-03-10"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_pair_list = partial(pair_list, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


def _counts(t: object) -> dict[str, float | None]:
    """The count of each of a transfer's goods, by the goods' text."""
    return {it.text: (it.quantity.value if it.quantity else None) for it in t.items}  # type: ignore[attr-defined]


# goods listed in bulleted lines under the act told before


def test_bulleted_goods_join_the_act_after_a_list_opener() -> None:
    text = (
        "韓国軍によると、北朝鮮は昨年秋以降、ロシアに大量の弾薬を送った。内訳は次の通り。\n"
        "・152ミリ砲弾 約500万発\n"
        "・122ミリ多連装ロケット弾 数十万発\n"
        "・短距離弾道ミサイル 数十発\n"
    )
    t = _one(text, "North Korea", "Russia")
    counts = _counts(t)
    assert counts["152ミリ砲弾"] == 5_000_000
    assert counts["短距離弾道ミサイル"] is None  # (a vague count: 数十発)
    kinds = {it.text: it.category for it in t.items}
    assert kinds["122ミリ多連装ロケット弾"] == "ammunition"  # loose rockets, not their launcher
    assert "弾薬" not in kinds  # (the word for the whole gives way to the list)
    assert t.status == "reported"


def test_bulleted_goods_right_after_the_act() -> None:
    text = "米国務省は、イランがロシアに次の兵器を送ったと発表した。\n・弾道ミサイル 200発\n・自爆型無人機 数百機\n"
    t = _one(text, "Iran", "Russia")
    assert _counts(t)["弾道ミサイル"] == 200
    assert {it.category for it in t.items} >= {"missile", "drone"}


def test_bullets_after_a_remark_with_no_act_stay_unhung() -> None:
    # (the lines follow a sentence that neither tells an act nor opens a list: no act to join)
    text = "北朝鮮はロシアに砲弾を送った。専門家は今後も増えるとみている。\n・152ミリ砲弾 約500万発\n"
    t = _one(text, "North Korea", "Russia")
    assert [it.text for it in t.items] == ["砲弾"]


# a source's hearsay and an examination's finding


def test_hearsay_of_a_named_source_is_reported() -> None:
    t = _one("米当局者によると、イランは先月、ロシアに弾道ミサイルを送ったらしい。", "Iran", "Russia")
    assert t.status == "reported"
    t = _one("イランは先月、ロシアに弾道ミサイルを送ったらしい。", "Iran", "Russia")
    assert t.status == "alleged"


def test_finding_of_an_examination_is_reported() -> None:
    text = "英紙が通関記録を分析したところ、中国製の工作機械がカザフスタン経由でロシアに流れていたことがわかった。"
    assert _one(text, "China", "Russia").status == "reported"
    text = "英紙が通関記録を分析したところ、中国製の工作機械がカザフスタン経由でロシアに流れていたとみられる。"
    assert _one(text, "China", "Russia").status == "alleged"


# a supplier told by a predicate before the act it gives in


def test_supplier_predicate_before_the_act_of_giving() -> None:
    text = (
        "ミャンマー国軍は兵器の輸入を増やしている。"
        "国連によると、最大の供給元は中国で、無人機や装甲車を国軍に送っていた。"
    )
    assert ("China", "Myanmar") in _pairs(text)
    text = "報告書によれば、最大の供給国はフランスで、戦闘機や艦艇をインドに売却してきた。"
    assert _pairs(text) == {("France", "India")}


# batches told with their parties left out


def test_batch_begun_with_named_goods_and_no_party() -> None:
    text = (
        "米国はフィリピンに哨戒機4機を売却した。"
        "「ハープーン」地対艦ミサイルシステム50基も、来年から納入が始まる計画だ。"
    )
    assert _pair_list(text) == [("United States", "Philippines")] * 2
    t = _run(text)[1]
    assert t.status == "planned" and t.date == "2026"
    assert _counts(t) == {"「ハープーン」地対艦ミサイルシステム": 50}


def test_batch_begun_with_a_count_only() -> None:
    text = "ドイツはノルウェーに潜水艦6隻を売却する契約を結んだ。最初の2隻は2029年から納入が始まる予定だ。"
    assert _records(text)[1] == ("Germany", "Norway", "2029", "planned")
    assert _counts(_run(text)[1]) == {"潜水艦": 2}
    text = "韓国はポーランドにK9自走砲212門を売却した。第1次契約分の48門は2022年12月から納入が始まっている。"
    assert _records(text)[1] == ("South Korea", "Poland", "2022-12", "reported")


def test_batches_gapped_on_one_verb() -> None:
    text = "米国はポーランドにエイブラムス戦車250両を売却した。第2陣の40両は今年7月、残りの30両は来年に届く予定だ。"
    ts = _run(text)
    lots = {(t.date, _counts(t).get("エイブラムス戦車")) for t in ts[1:]}
    assert lots == {("2025-07", 40), ("2026", 30)}
    assert all(t.status == "planned" for t in ts[1:])


def test_quarter_of_a_year_dates_the_batch() -> None:
    text = "米国は台湾にF-16V戦闘機66機を売却した。最初の10機は今年の第3四半期に届く見込みだ。"
    assert _records(text)[1][2] == "2025-07"


def test_act_told_as_done_with_zumi() -> None:
    text = (
        "米国はルーマニアにハイマース54両を売却した。"
        "このうち18両は昨年11月に納入済みで、残りの36両は来年に引き渡される見込みだ。"
    )
    ts = _run(text)
    lots = {(t.date, t.status, _counts(t).get("ハイマース")) for t in ts[1:]}
    assert ("2024-11", "reported", 18) in lots
    assert ("2026", "planned", 36) in lots


def test_story_of_one_recipient_keeps_the_givers_of_the_act_before() -> None:
    # (no giver named but by the goods' make: the batches after go between the same two)
    text = (
        "韓国製兵器の納入状況をまとめる。ポーランド陸軍が発注したK2戦車計180両のうち、最初の10両が昨年12月にグディニャ港に到着した。"
        "次にK9自走砲。こちらは24門が昨年11月に納入済みで、残りの48門は2026年に引き渡される見込みだ。"
    )
    got = _pair_list(text)
    assert got and all(p == got[0] for p in got) and len(got) >= 3


def test_one_system_written_twice_side_by_side_is_one_item() -> None:
    t = _one("米国は台湾にM1A2Tエイブラムス38両を引き渡した。", "United States", "Taiwan")
    assert _counts(t) == {"M1A2Tエイブラムス": 38}


def test_part_of_a_whole_told_by_its_turn() -> None:
    text = "チェコ国防省は12日、スウェーデンから購入したCV90歩兵戦闘車44両のうち、第1陣の6両が到着したと発表した。"
    ts = _run(text)
    assert ts and all(p == ("Sweden", "Czech Republic") for p in _pair_list(text))
    assert 6 in {_counts(t).get("CV90歩兵戦闘車") for t in ts}


# goods naming a strike


def test_goods_compounded_with_a_strike_are_no_goods() -> None:
    text = "ロシアのミサイル・ドローン攻撃が続くなか、ウクライナへの防空支援が加速している。"
    assert _pairs(text) == set()
    text = "ロシアの無人機攻撃に備え、ドイツはウクライナに防空システムを供与した。"
    assert _pairs(text) == {("Germany", "Ukraine")}
    # (goods handed over, then used in a strike, are still handed over)
    assert _pairs("フーシ派はイランから供与された無人機で攻撃を続けている。") == {("Iran", "Houthis")}


# a lot of a pledged system, and a request put to givers left unnamed


def test_lot_of_a_pledged_system_stays_with_its_giver_beside_its_maker() -> None:
    # (the maker's state is named elsewhere in the piece; the lot is still the pledger's)
    text = (
        "米国はウクライナに地対空ミサイル「パトリオット」を追加で供与すると発表した。\n\n"
        "デンマークはF-16戦闘機19機の供与を約束している。同国国防省によれば、このうち最初の6機がすでにウクライナに到着した。"
    )
    got = _records(text)
    assert ("Denmark", "Ukraine", None, "planned") in got
    assert ("Denmark", "Ukraine", None, "confirmed") in got
    assert ("United States", "Ukraine") in {r[:2] for r in got}


def test_request_to_unnamed_givers_takes_no_maker_as_giver() -> None:
    text = (
        "米国はウクライナに地対空ミサイル「パトリオット」の迎撃弾を追加で供与すると発表した。"
        "一方でゼレンスキー大統領は欧米諸国に対し、パトリオットをさらに5セット送るよう求めている。"
    )
    asked = [t for t in _run(text) if t.status == "requested"]
    assert asked and all(t.supplier is None for t in asked)


def test_seized_cargo_destined_in_the_seizers_view_after() -> None:
    text = (
        "米海軍は先月、オマーン沖で小型船を臨検し、イラン製とみられる無人機の部品を押収したと発表した。"
        "同海軍は積荷がフーシ派向けだったとみている。"
    )
    t = _one(text, "Iran", "Houthis")
    assert t.status == "alleged" and t.date == "2025-02"


def test_bulleted_lines_each_opening_on_a_giver() -> None:
    text = (
        "欧米各国は昨年、ウクライナへの主力戦車の供与を決めた。主な内訳は以下の通り。\n"
        "・ドイツ：レオパルト2A6 18両\n"
        "・英国：チャレンジャー2 14両\n"
    )
    got = {(*r[:2], r[3]) for r in _records(text)}
    assert got == {("Germany", "Ukraine", "planned"), ("United Kingdom", "Ukraine", "planned")}
    t = _one(text, "United Kingdom", "Ukraine")
    assert _counts(t) == {"チャレンジャー2": 14} and t.date == "2024"


# a forum or blog headline opened by tags


def test_headline_topic_after_forum_tags() -> None:
    assert _pairs("【悲報】ロシア、北朝鮮から砲弾50万発を追加で調達へ　米高官") == {("North Korea", "Russia")}
    assert _pairs("【速報】【独自】イラン、ロシアに弾道ミサイル供与か") == {("Iran", "Russia")}
    assert _pairs("［独自］北朝鮮、ロシアに自走砲を追加供与") == {("North Korea", "Russia")}
