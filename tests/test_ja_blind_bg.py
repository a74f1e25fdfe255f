"""Japanese constructions a blind batch of analysis columns and NHK-style web copy (ja-bg) showed
mishandled: Japan's aid scheme written in full-width letters (「ＯＳＡ」) taken for the Osa missile
system, a headline's accuser after the act (「…引き渡し　米国務長官が非難」) taken for none, so the
headline stood apart from the sourced lead below it, a headline's 「ミサイル部品」 not seen as the
body's 「…ミサイルの部品」, the seized lot listed with が (「押収品には…などが含まれていた」) taken for
a seizure of its own, know-how got from a state (「米企業から技術を導入し、」) lending that state to the
export after it, and a go-between told in a clause on the way (「オマーンを経由する陸路で」)."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records, transfers, via

PUB = "2025-06-18"

_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)
_run = partial(transfers, lang="ja", published=PUB)


# full-width 「ＯＳＡ」 is Japan's aid scheme, no weapon


def test_full_width_aid_scheme_is_no_item() -> None:
    text = "政府は、ＯＳＡの枠組みで、ベトナム海軍に沿岸監視レーダーと警備艇を供与する方針を固めた。"
    got = _run(text)
    assert {(t.supplier.entity.name if t.supplier and t.supplier.entity else None) for t in got} == {"Japan"}
    items = [it.text for t in got for it in t.items]
    assert "ＯＳＡ" not in items
    assert any("レーダー" in i for i in items)


def test_full_width_aid_scheme_names_the_giver() -> None:
    text = "ＯＳＡによる支援は３年目に入り、政府はマレーシア軍に警戒監視用の無人機を無償で供与する。"
    assert _pairs(text) == {("Japan", "Malaysia")}


# a headline's accuser after the act speaks; the headline is the lead's act


def test_headline_accuser_joins_the_sourced_lead() -> None:
    text = (
        "北朝鮮、露に多連装ロケット砲引き渡し　米国防長官が非難\n"
        "米国のヘグセス国防長官は８日、記者会見し、北朝鮮がロシアに240ミリ多連装ロケット砲を引き渡したと"
        "明らかにした。\n"
    )
    got = _records(text)
    assert got == [("North Korea", "Russia", "2025-06", "reported")]


# a headline's compound goods word is the body's genitive phrase


def test_headline_parts_are_the_body_parts_of_a_genitive() -> None:
    text = (
        "韓国軍、北朝鮮向け中国製ミサイル部品を押収　黄海で\n"
        "韓国軍合同参謀本部は１２日、黄海で３日に貨物船を臨検し、中国製の弾道ミサイルの部品を押収したと発表した。"
        "同本部は、押収品は北朝鮮に向けたものだったとみている。\n"
    )
    got = [t for t in _run(text) if t.recipient is not None]
    assert len(got) == 1
    assert (got[0].supplier.entity.name, got[0].recipient.entity.name) == ("China", "North Korea")


# the seized lot listed with が is the lot just told


def test_seized_lot_listed_with_ga_joins_the_seizure() -> None:
    text = (
        "英海軍は２０日、オマーン湾で１４日に小型船を臨検し、フーシ派向けのイラン製の巡航ミサイルの部品を押収したと発表した。"
        "押収品にはエンジンや誘導装置などが含まれていた。"
    )
    got = _run(text)
    assert len(got) == 1
    assert (got[0].supplier.entity.name, got[0].recipient.entity.name) == ("Iran", "Houthis")
    assert got[0].status == "alleged"
    assert {it.text for it in got[0].items} >= {"誘導装置"}


# know-how got from a state lends that state to no act


def test_know_how_got_from_a_firm_is_no_go_between() -> None:
    text = "オーストラリアは、ドイツの企業から技術を導入し、装甲車をウクライナに輸出することを決めた。"
    got = _run(text)
    assert len(got) == 1
    assert (got[0].supplier.entity.name, got[0].recipient.entity.name) == ("Australia", "Ukraine")
    assert via(got[0]) == set()


def test_know_how_got_from_a_state_lends_it_no_export() -> None:
    text = "韓国は、米国からノウハウを導入して、自走砲をポーランドに輸出した。"
    assert _pairs(text) == {("South Korea", "Poland")}


# a go-between told in a clause on the way


def test_go_between_in_a_clause_on_the_land_route() -> None:
    got = _run("専門家の間では、イランがイラクを経由する陸路でヒズボラに武器を送っているとの見方がある。")
    assert len(got) == 1
    assert (got[0].supplier.entity.name, got[0].recipient.entity.name) == ("Iran", "Hezbollah")
    assert via(got[0]) == {"Iraq"}
    assert got[0].status == "alleged"


def test_another_way_told_too_is_a_claim_of_its_own() -> None:
    text = (
        "米海軍は１０日、アラビア海で小型船を臨検し、フーシ派向けのイラン製の無人機の部品を押収したと発表した。"
        "専門家の間では、イランがオマーンを経由する陸路でも部品を運び込んでいるとの見方がある。"
    )
    got = [t for t in _run(text) if t.supplier and t.recipient]
    assert len(got) == 2
    assert sorted(tuple(sorted(n or "" for n in via(t))) for t in got) == [(), ("Oman",)]


# an act named as one side of a trade-off is no act


def test_act_weighed_against_own_stocks_is_no_act() -> None:
    text = "アナリストは「台湾への供与と自国の備蓄の間で、対戦車ミサイルの取り合いになる」と話している。"
    assert _run(text) == []


def test_act_beside_a_trade_off_still_told() -> None:
    text = "ドイツはウクライナに戦車を供与し、自国の備蓄とのバランスを課題に挙げた。"
    assert _pairs(text) == {("Germany", "Ukraine")}


# a system's Japanese name with its own name in brackets is one item, counted after the bracket


def test_system_named_twice_with_brackets_keeps_its_count() -> None:
    text = (
        "米国務省は５日、ポーランドに対し、高機動ロケット砲システム「HIMARS」48基や"
        "地対地ミサイル「ATACMS」90発などの売却を承認した。"
    )
    got = _run(text)
    assert len(got) == 1
    counts = {it.text: (it.quantity.value if it.quantity else None) for it in got[0].items}
    assert counts.get("高機動ロケット砲システム「HIMARS」") == 48
    assert got[0].status == "planned"
