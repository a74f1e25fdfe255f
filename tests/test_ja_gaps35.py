"""Japanese constructions a sweep of wire phrasings showed mishandled: a pledge told only in a clause
on goods that then arrive (「ドイツが供与を約束していたIRIS-T2基がウクライナに届いた」), which is how the
delivery is told, no planned record of its own ahead of it; a list of receivers each after a date of
its own (「2023年にクウェート、24年にイラクへ輸出した」); and a party set beside (のほか) the subject of
an act that also (も) does it (「ポーランドのほかマレーシアも導入を決めた」)."""

from __future__ import annotations

from functools import partial

from tests.parties import records

PUB = "2025-06-15"

_records = partial(records, lang="ja", published=PUB)


def _pairs_status(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s, r, st) for s, r, _d, st in _records(text)]


# a pledge told in a clause on goods that arrive is the delivery's telling


def test_pledge_in_clause_on_arrived_goods_makes_no_record_of_its_own() -> None:
    text = "ドイツが供与を約束していた防空システム「IRIS-T」2基が今月、ウクライナに届いた。"
    assert _pairs_status(text) == [("Germany", "Ukraine", "reported")]


def test_pledge_in_clause_on_handed_goods_makes_no_record_of_its_own() -> None:
    assert _pairs_status("オランダが供与を表明したF16戦闘機の最初の6機がウクライナに到着した。") == [
        ("Netherlands", "Ukraine", "reported")
    ]
    assert _pairs_status("米国が供与を決めていた戦車「エイブラムス」31両がウクライナに引き渡された。") == [
        ("United States", "Ukraine", "reported")
    ]


def test_pledge_dated_in_its_clause_keeps_its_record() -> None:
    text = "オランダが昨年供与を表明したF16戦闘機の最初の6機がウクライナに到着した。"
    assert _pairs_status(text) == [("Netherlands", "Ukraine", "planned"), ("Netherlands", "Ukraine", "reported")]


def test_pledge_told_as_its_own_clause_keeps_its_record() -> None:
    text = "デンマークが戦闘機の供与を表明したのは2023年8月だが、最初の機体がウクライナに届いたのは昨年7月末だった。"
    assert [st for _s, _r, st in _pairs_status(text)] == ["planned", "reported"]


# receivers listed each after a date of its own


def test_dated_list_of_receivers() -> None:
    assert _records("トルコは無人機TB2を2023年にクウェート、24年にイラクへ輸出した。") == [
        ("Turkey", "Kuwait", "2023", "reported"),
        ("Turkey", "Iraq", "2024", "reported"),
    ]


def test_dated_list_of_receivers_with_their_particles() -> None:
    assert _records("中国は攻撃型無人機を、22年にセルビアに、23年にはアルジェリアに引き渡した。") == [
        ("China", "Serbia", "2022", "reported"),
        ("China", "Algeria", "2023", "reported"),
    ]


def test_one_date_then_two_receivers_is_no_dated_list() -> None:
    assert _records("トルコは2023年、無人機TB2をクウェートとイラクへ輸出した。") == [
        ("Turkey", "Kuwait", "2023", "reported"),
        ("Turkey", "Iraq", "2023", "reported"),
    ]


# a party set beside the subject that also does the act


def test_party_set_beside_a_subject_that_also_buys() -> None:
    assert set(_pairs_status("韓国製のFA50軽攻撃機は、ポーランドのほかマレーシアも導入を決めた。")) == {
        ("South Korea", "Poland", "planned"),
        ("South Korea", "Malaysia", "planned"),
    }


def test_party_set_beside_a_list_of_subjects_that_also_buy() -> None:
    text = "トルコ製無人機「バイラクタルTB2」は、ウクライナのほか、エチオピアやモロッコも導入している。"
    assert {(s, r) for s, r, _st in _pairs_status(text)} == {
        ("Turkey", "Ukraine"),
        ("Turkey", "Ethiopia"),
        ("Turkey", "Morocco"),
    }


def test_party_set_beside_an_act_told_apart_stays_out() -> None:
    text = "日本はフィリピンに巡視船を供与している。ベトナムのほか、インドネシアへの巡視船の供与も決まった。"
    assert {(s, r) for s, r, _st in _pairs_status(text)} == {("Japan", "Philippines"), ("Japan", "Indonesia")}


# a purchase with no buyer after a sentence with no doer at all buys for the topic before it


def test_purchase_after_a_passive_gift_buys_for_the_topic() -> None:
    text = "ポーランドは国防費を増やしている。ウクライナにはT72戦車が供与された。韓国からはK2戦車180両を購入した。"
    assert ("South Korea", "Poland", "reported") in _pairs_status(text)
    assert not any(r == "Ukraine" and s == "South Korea" for s, r, _st in _pairs_status(text))


def test_pledge_of_a_whole_whose_part_arrives_keeps_its_record() -> None:
    text = "オランダが供与を約束したF16戦闘機24機のうち、一部はすでにウクライナに到着した。"
    assert [st for _s, _r, st in _pairs_status(text)] == ["planned", "reported"]


# batches told by a verb before their count


def test_batches_told_by_a_verb_before_their_count() -> None:
    text = (
        "ポーランドは2022年、韓国とK2戦車180両の購入契約を結んだ。"
        "最初の10両は同年12月に、続く18両は翌年に引き渡された。"
    )
    assert _records(text) == [
        ("South Korea", "Poland", "2022", "planned"),
        ("South Korea", "Poland", "2022-12", "reported"),
        ("South Korea", "Poland", "2023", "reported"),
    ]


# 同国 after only a foreign force named, in a Japanese story


def test_same_state_after_a_foreign_force_is_that_forces_state() -> None:
    text = "フィリピン軍の近代化が進んでいる。日本は同国に沿岸監視レーダーを供与した。"
    assert _pairs_status(text) == [("Japan", "Philippines", "reported")]
