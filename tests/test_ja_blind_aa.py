"""Japanese constructions a blind batch of machine-translated wire copy (Red Sea interdictions, Sudan,
Myanmar's suppliers, re-exports through Central Asia and the Caucasus, North Korean shells) showed
mishandled: a speaker whose topic carries the day it spoke before the comma (「合同参謀本部は先月、
北朝鮮は…と述べた」), a count told as a bound before the goods (「1,200万発を超える砲弾」) or as the
part of a whole (「6機の…のうち最後の2機」), and a seized cargo's further goods told in the next
sentence (「押収品の中には…も含まれていた」)."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pairs, transfers

PUB = "2025-08-22"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


def _count(t: object, word: str) -> float | None:
    """The count of the goods of a transfer whose text is `word`."""
    [it] = [it for it in t.items if it.text == word]  # type: ignore[attr-defined]
    return it.quantity.value if it.quantity is not None else None


# a speaker's topic with the day it spoke, then the act's own topic


def test_dated_speaker_topic_before_the_acts_own_topic_only_speaks() -> None:
    assert _pairs("韓国国防省は先月、北朝鮮はロシアに170ミリ自走砲を数十門送ったと分析していると述べた。") == {
        ("North Korea", "Russia")
    }
    t = _one("米国防総省は17日、イランはロシアに短距離弾道ミサイルを200発以上送ったと述べた。", "Iran", "Russia")
    assert t.status == "reported"
    assert _pairs("英国防省は今月3日、ベラルーシはロシアに戦車を引き渡したと明らかにした。") == {("Belarus", "Russia")}


def test_dated_topic_that_acts_itself_still_gives() -> None:
    # (no second topic: the dated topic is the act's own subject)
    t = _one("フィリピンは2024年4月、インドから超音速巡航ミサイル「ブラモス」を受け取った。", "India", "Philippines")
    assert t.date == "2024-04"


# counts: a bound before the goods, the part of a whole


def test_count_told_as_a_bound_before_the_goods() -> None:
    t = _one("北朝鮮はロシアに900万発を超える砲弾を送った。", "North Korea", "Russia")
    assert _count(t, "砲弾") == 9_000_000
    t = _one("ロシアはミャンマーに10機を上回る戦闘機を引き渡した。", "Russia", "Myanmar")
    assert _count(t, "戦闘機") == 10


def test_part_of_a_whole_counted_before_the_goods() -> None:
    t = _one("ロシアは昨年12月、ミャンマーに対し6機のSu-30SME戦闘機のうち最後の2機を引き渡した。", "Russia", "Myanmar")
    assert t.date == "2024-12" and _count(t, "Su-30SME戦闘機") == 2
    t = _one("ドイツは18両のレオパルト2戦車のうち最初の4両をウクライナに送った。", "Germany", "Ukraine")
    assert t.items and t.items[0].quantity is not None and t.items[0].quantity.value == 4


# a seized cargo's further goods, told in the sentence after


def test_further_goods_of_a_seized_cargo_join_the_seizure() -> None:
    ts = _run(
        "米海軍は5日、アデン湾で小型船を拿捕し、フーシ派向けのミサイル部品を押収したと発表した。"
        "押収品の中には約50個の無人機用エンジンも含まれていた。"
    )
    [t] = ts
    assert t.status == "alleged"
    assert {it.text for it in t.items} == {"ミサイル部品", "無人機用エンジン"}
    assert _count(t, "無人機用エンジン") == 50


def test_further_goods_of_a_cargo_keep_the_hedge_of_their_sentence() -> None:
    [t] = _run("ロシアはイランから無人機を受け取った。積み荷の中には約30発の弾道ミサイルも含まれていたとされる。")
    assert {it.text for it in t.items} == {"無人機", "弾道ミサイル"}
    assert t.status == "alleged"


def test_a_cargo_sentence_with_parties_of_its_own_stays_apart() -> None:
    # (a new shipment's cargo, with its own parties, is no further goods of the one before)
    ps = _pairs(
        "北朝鮮はロシアに砲弾を送った。一方、ロシア船籍の貨物船が羅津港で積み込んだ積み荷には弾薬が含まれている可能性が高い。"
    )
    assert ("Russia", "North Korea") not in ps


# the second half of a year


def test_second_half_of_a_year_dates_from_its_first_month() -> None:
    t = _one("英情報筋によると、イランは昨年後半、カスピ海経由でロシアに砲弾を約10万発送った。", "Iran", "Russia")
    assert t.date == "2024-07"
    t = _one("北朝鮮は2023年後半にロシアへ短距離弾道ミサイルを送ったとされる。", "North Korea", "Russia")
    assert t.date == "2023-07"


# a claim named as such is an allegation


def test_a_claim_told_as_a_noun_is_an_allegation() -> None:
    t = _one(
        "国連の専門家パネルは、アラブ首長国連邦がスーダンの即応支援部隊（RSF）にチャド経由で武器を供給したとの"
        "主張は信頼できるとする報告書をまとめた。",
        "United Arab Emirates",
        "Rapid Support Forces",
    )
    assert t.status == "alleged"


# a go-between denying the passage charged to it


def test_a_go_between_denying_its_passage_denies_the_act() -> None:
    t = _one("トルコ外務省は、トルコ経由でイランからロシアに武器が送られたとの報道を否定した。", "Iran", "Russia")
    assert t.status == "denied"
    t = _one(
        "アルメニア政府は、アルメニアを経由して欧州製の電子部品がロシアに再輸出されているとの指摘を否定した。",
        None,
        "Russia",
    )
    assert t.status == "denied"
    # (a named outlet's report, denied by the go-between, stays a report)
    t = _one(
        "カザフスタン貿易統合省は、同国の企業がドイツ製の工作機械をロシアに再輸出していたとする独紙ハンデルスブラット"
        "の報道について、「税関記録と一致しない」と否定した。",
        "Germany",
        "Russia",
    )
    assert t.status == "reported"


# parts named by what they do; trade goods listed beside parts


def test_parts_named_by_their_function_are_components() -> None:
    [t] = _run("財務省によると、中国の企業がフーシ派に弾道ミサイル用の誘導部品を売却した。")
    assert [(it.text, it.category) for it in t.items] == [("弾道ミサイル用の誘導部品", "components")]
    [t] = _run("中国の企業はロシアに巡航ミサイルの推進装置を輸出した。")
    assert [it.category for it in t.items] == ["components"]


def test_trade_goods_before_parts_for_a_weapon_are_goods_of_their_own() -> None:
    [t] = _run("カザフスタンの企業がドイツ製の工作機械とドローン用の電子部品をロシアに再輸出した。")
    assert [(it.text, it.category) for it in t.items] == [
        ("工作機械", "dual-use"),
        ("ドローン用の電子部品", "components"),
    ]
    # (two weapons before their parts still make one item)
    [t] = _run("イランはロシアに弾道ミサイルや巡航ミサイルの部品を送った。")
    assert [it.text for it in t.items] == ["弾道ミサイルや巡航ミサイルの部品"]


# the firms of a state a relative clause of passing on qualifies


def test_firms_of_a_state_are_the_subject_of_their_relative_clause() -> None:
    t = _one(
        "米商務省は、ロシアに米国製の半導体を転売したトルコの会社3社を輸出管理の対象に加えた。",
        "United States",
        "Russia",
    )
    assert {i.entity.name for i in t.intermediaries if i.entity} == {"Turkey"}
    t = _one(
        "財務省は、去年から米国製の集積回路をロシアへ再輸出したキルギス企業を制裁対象に指定した。",
        "United States",
        "Russia",
    )
    assert {i.entity.name for i in t.intermediaries if i.entity} == {"Kyrgyzstan"}


def test_a_headline_sanctioner_takes_no_part_in_the_firms_act() -> None:
    assert _pairs("米財務省、ロシアに電子部品を再輸出したキルギス企業など制裁") == {(None, "Russia")}


# a document named after the quote tells it


def test_a_report_named_after_the_quote_tells_the_act() -> None:
    # (「…と報告書は述べた」: the giver is the topic of the quote, not the one telling it)
    t = _one("中国はミャンマーにFTC-2000G練習攻撃機を移転したと報告書は述べた。", "China", "Myanmar")
    assert t.status == "reported"
    t = _one("イランはロシアに無人機を送ったと、声明は指摘した。", "Iran", "Russia")
    assert t.status == "reported"
    # (the giver telling its own act still confirms it)
    t = _one("ロシア国防省は、ミャンマーに戦闘機を引き渡したと述べた。", "Russia", "Myanmar")
    assert t.status == "confirmed"


# a document tells the act, a party does not confirm it


def test_an_act_a_document_records_stays_reported_when_a_party_will_not_confirm() -> None:
    t = _one(
        "報告書には、インドの国営企業がミャンマーに沿岸監視レーダーを提供したと記されているが、インド政府は確認していない。",
        "India",
        "Myanmar",
    )
    assert t.status == "reported"
    # (told by no one, unconfirmed by the parties: an allegation)
    t = _one("インドがミャンマーにレーダーを提供したとの情報が流れたが、両国政府は確認していない。", "India", "Myanmar")
    assert t.status == "alleged"
