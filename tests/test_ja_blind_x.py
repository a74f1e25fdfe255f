"""Japanese constructions a blind batch of machine-translated pieces (Ukrainian, Russian, Middle
Eastern and Korean outlets on North Korean and Iranian arms for Russia, Korean arms for Europe,
re-exports of parts and smuggling through Jordan) showed mishandled: a telling with its teller
between と and the verb, then denied by a party (「…を供与したと米国務省は発表しており、イラン側は
これを否定した」); a part counted out of a whole (「計180両のうち約130両」) and 「の最初の6門」; a measure
asked for (「制裁の強化を求めた」) or a flow asked to be cut (「供給網を断つよう」) taken for a request for
goods; 同国 in 「イランが同国経由で」 taken for the sender; a subject after a seizure taken for the
seizer; 「同相によると」; two leaders signing a sale to one of them; a maker based in a state
(「厦門(アモイ)に拠点を置くメーカーが」) taken for a go-between; センサー; 「分析した結果」 taken for a
hedge; an unsourced 「との指摘もある」; a bare season as a deadline (「夏までに」); and an act noun held
by a verb with its own date (「引き渡しを年内に完了させる」) dated by the statement's day."""

from __future__ import annotations

from functools import partial

from tests.parties import one
from tests.parties import transfers as _transfers

from materiel.pipeline import analyze_text

PUB = "2025-11-20"
_run = partial(_transfers, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


def _stances(text: str) -> set[tuple[str | None, str]]:
    """(speaker name, stance) of each claim the text makes: {("United States", "asserts")}."""
    a = analyze_text(text, lang="ja", published=PUB)
    return {(c.speaker.entity.name if c.speaker and c.speaker.entity else None, c.stance) for c in a.claims}


def test_a_teller_named_between_to_and_its_verb_keeps_the_report_over_a_denial() -> None:
    text = "イランがロシアに短距離弾道ミサイルを供与したと米国務省は先月発表しており、イラン外務省はこれを否定した。"
    t = _one(text, "Iran", "Russia")
    assert t.status == "reported"
    assert t.date == "2025-10"
    assert {("United States", "asserts"), ("Iran", "denies")} <= _stances(text)
    text = "ロシアが北朝鮮に戦闘機を引き渡したと韓国国防省は昨年12月に明らかにしたが、ロシア側はこれを否定した。"
    t = _one(text, "Russia", "North Korea")
    assert (t.status, t.date) == ("reported", "2024-12")
    # (a party's own denial stays a denial)
    t = _one("北朝鮮外務省は、ロシアに砲弾を送ったことはないと述べ、報道を否定した。", "North Korea", "Russia")
    assert t.status == "denied"


def test_a_part_counted_out_of_a_whole_is_the_count_of_the_goods() -> None:
    t = _one("北朝鮮は砲弾500万発のうち300万発をロシアに送ったとされる。", "North Korea", "Russia")
    assert [(it.category, it.quantity.value if it.quantity else None) for it in t.items] == [
        ("artillery-ammunition", 3000000)
    ]
    assert t.status == "alleged"
    t = _one(
        "ドイツ国防省によると、ウクライナはドイツから戦車40両のうち、20両をすでに受け取った。", "Germany", "Ukraine"
    )
    assert [it.quantity.value if it.quantity else None for it in t.items] == [20]


def test_a_count_of_the_first_lot_after_the_goods_is_theirs() -> None:
    t = _one(
        "ルーマニア国防省によると、同国は先月、韓国からK9自走砲の最初の6門を受け取った。", "South Korea", "Romania"
    )
    assert [it.quantity.value if it.quantity else None for it in t.items] == [6]
    assert (t.date, t.status) == ("2025-10", "confirmed")


def test_a_measure_asked_for_or_a_flow_asked_to_be_cut_is_no_request_for_goods() -> None:
    assert _run("ウクライナのゼレンスキー大統領は、ロシアへの部品の供給を断つため各国に対し制裁の強化を求めた。") == []
    assert _run("ウクライナ外務省は、無人機の部品の供給網を断つよう各国に求めた。") == []
    assert _run("米国は、ロシアに武器を送らないよう中国に求めた。") == []
    # (goods asked for are still asked for)
    t = _one("ウクライナは、ドイツにタウルス巡航ミサイルを送るよう改めて求めた。", "Germany", "Ukraine")
    assert t.status == "requested"
    t = _one(
        "ゼレンスキー大統領は、米国に対し追加のパトリオット防空システムを提供するよう要請した。",
        "United States",
        "Ukraine",
    )
    assert t.status == "requested"


def test_a_state_sending_through_dokoku_sends_through_another_state() -> None:
    t = _one(
        "ヨルダン軍は国境の警備を強化している。イスラエル軍は、イランが同国経由で西岸のハマスに武器を送っていると主張した。",
        "Iran",
        "Hamas",
    )
    assert {i.entity.name for i in t.intermediaries if i.entity} == {"Jordan"}
    assert t.status == "alleged"


def test_a_subject_after_the_seizure_is_the_sender_not_the_seizer() -> None:
    t = _one(
        "イスラエル軍は先月、ヨルダンとの国境で拳銃を積んだ車両を押収し、イランが同国経由でハマスに武器を送り込もうとしていると主張した。",
        "Iran",
        "Hamas",
    )
    assert {i.entity.name for i in t.intermediaries if i.entity} == {"Jordan"}
    assert (t.date, t.status) == ("2025-10", "alleged")
    # (the seizer before the seizure is still no party)
    t = _one("米海軍は紅海で、イランからフーシ派に向かう武器を押収した。", "Iran", "Houthis")
    assert t.status == "alleged"


def test_the_same_minister_fronted_as_the_source_speaks_for_the_state() -> None:
    text = (
        "ポーランドのウワディスワフ・コシニャク・カミシュ国防相は2日、記者会見を開いた。"
        "同相によると、ポーランドは先月、ウクライナに戦車30両を送った。"
    )
    t = _one(text, "Poland", "Ukraine")
    assert (t.date, t.status) == ("2025-10", "confirmed")
    text = (
        "デンマークのトロエルス・ルン・ポールセン国防相は28日、F-16戦闘機の第3陣を夏までに引き渡すと述べた。"
        "同相によると、同国はこれまでに計12機をウクライナに送っている。"
    )
    assert [t.status for t in _run(text)] == ["planned", "confirmed"]


def test_of_two_leaders_signing_the_one_named_as_buyer_does_not_sell() -> None:
    text = (
        "トルコのエルドアン大統領とイギリスのスターマー首相は27日、アンカラで会談し、"
        "ユーロファイター戦闘機20機をトルコに売却する契約に署名した。"
    )
    t = _one(text, "United Kingdom", "Turkey")
    assert (t.date, t.status) == ("2025-10-27", "planned")
    assert [it.quantity.value if it.quantity else None for it in t.items] == [20]
    text = "インドのモディ首相とフランスのマクロン大統領は、ラファール戦闘機をフランスから購入することで合意した。"
    assert _one(text, "France", "India").status == "planned"
    # (two givers to a third state both give)
    assert {
        (t.supplier.entity.name, t.recipient.entity.name)
        for t in _run("ドイツとポーランドは、ウクライナに戦車を送ることで合意した。")
        if t.supplier and t.supplier.entity and t.recipient and t.recipient.entity
    } == {("Germany", "Ukraine"), ("Poland", "Ukraine")}


def test_a_maker_based_in_a_state_sends_for_that_state() -> None:
    text = (
        "ウクライナ情報総局によると、中国の厦門に拠点を置くメーカーが、ドローン用のエンジンをロシア向けに出荷していた。"
    )
    t = _one(text, "China", "Russia")
    assert not t.intermediaries
    assert [it.category for it in t.items] == ["components"]
    text = "同局によると、中国の厦門(アモイ)に拠点を置くメーカーが、無人機のエンジンをロシアに輸出していた。"
    assert not _one(text, "China", "Russia").intermediaries
    t = _one("インドに拠点を置くメーカーから、ロシアは砲弾の部品を購入している。", "India", "Russia")
    assert not t.intermediaries
    # (a trading firm based there only passes the goods on)
    t = _one(
        "米財務省によると、香港に拠点を置く商社が、米国製の半導体をロシアに送っていた。", "United States", "Russia"
    )
    assert {i.entity.name for i in t.intermediaries if i.entity} == {"Hong Kong"}


def test_sensors_found_in_wreckage_after_an_examination_are_reported_goods() -> None:
    text = (
        "ウクライナ国防省情報総局は、撃墜されたロシアの無人機の残骸を分析した結果、"
        "スイス製のセンサーが見つかったと発表した。"
    )
    t = _one(text, "Switzerland", "Russia")
    assert [it.category for it in t.items] == ["components"]
    assert t.status == "reported"
    # (an assessment stays a hedge, and a sensor used is no goods)
    assert _one("英国防省は、北朝鮮がロシアに砲弾を送ったと分析している。", "North Korea", "Russia").status == "alleged"
    assert _run("ウクライナ軍は、熱センサーで無人機を探知したと発表した。") == []


def test_a_claim_said_to_be_about_with_no_source_is_alleged() -> None:
    t = _one("北朝鮮がロシアに砲弾を送ったとの指摘が出ている。", "North Korea", "Russia")
    assert t.status == "alleged"
    t = _one("キルギスの業者が、昨年から工作機械をロシアに再輸出しているとの指摘もある。", None, "Russia")
    assert {i.entity.name for i in t.intermediaries if i.entity} == {"Kyrgyzstan"}
    assert (t.date, t.status) == ("2024", "alleged")


def test_a_bare_season_as_a_deadline_is_the_next_one_to_come() -> None:
    t = _one("ドイツ政府は、ウクライナに戦車を夏までに引き渡すと述べた。", "Germany", "Ukraine")
    assert (t.date, t.status) == ("2026", "planned")
    t = _one("ドイツ政府は、ウクライナに戦車を秋ごろに引き渡すと述べた。", "Germany", "Ukraine")
    assert t.date == "2025"
    # (a season in a name is no date)
    t = _one("アラブの春以降、ロシアはシリアに戦闘機を送った。", "Russia", "Syria")
    assert t.date is None


def test_an_act_noun_held_by_a_verb_is_dated_by_that_verbs_date_not_the_statement_day() -> None:
    text = "デンマークの国防相は28日、ウクライナへのF-16戦闘機の引き渡しを年内に完了させる見込みだと述べた。"
    t = _one(text, "Denmark", "Ukraine")
    assert (t.date, t.status) == ("2025", "planned")
    text = "デンマークの国防相は28日、ウクライナへのF-16戦闘機の第3陣の引き渡しを夏までに完了させる見込みだと述べた。"
    assert _one(text, "Denmark", "Ukraine").date == "2026"
    # (with no date of its own, the act keeps the day it was told of)
    t = _one("ドイツ国防省は3日、ウクライナへの戦車の引き渡しを完了したと発表した。", "Germany", "Ukraine")
    assert t.date == "2025-11"
