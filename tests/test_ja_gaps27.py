"""Japanese constructions a sweep of wire phrasings showed mishandled: a junta or government named
after its state as the receiver (「マリ軍政に」「ニジェールの軍事政府に」), a clause with a verb of its
own taken for one stretch of a list gapped on the last verb (「ロシア軍は…を使用しており、イランは
ロシアに数千機を供与した」), parts a state got from no one named and sent on (「イランは部品を調達し、
ロシアに送った」), goods a clause says someone got, then sent on to another (「中国の企業が調達した部品は
ロシアの軍需工場に届けられた」), an act a party only does not rule out (「供与する可能性を排除しない」),
and 公表 as a telling (「…を引き渡したことを公表した」 by a party, 「…を供与すると公表した」 ahead)."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records, transfers, via

PUB = "2025-03-10"

_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)
_run = partial(transfers, lang="ja", published=PUB)


def _statuses(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, r, st) for s, r, _d, st in _records(text)}


# a junta or government named after its state receives for it


def test_junta_named_after_its_state_receives() -> None:
    assert _pairs("ロシアはマリ軍政に装甲車両を引き渡した。") == {("Russia", "Mali")}


def test_junta_named_after_its_state_receives_through_a_transit_state() -> None:
    text = "仏紙によると、ロシアはアルジェリアを経由してギニア軍政に装甲車両を引き渡した。"
    got = _run(text)
    assert {(t.supplier.entity.name, t.recipient.entity.name) for t in got if t.supplier and t.recipient} == {
        ("Russia", "Guinea")
    }
    assert via(got[0]) == {"Algeria"}


def test_military_government_of_a_state_receives() -> None:
    assert _pairs("ロシアはニジェールの軍事政府に防空システムを届けた。") == {("Russia", "Niger")}
    assert _pairs("ロシアはブルキナファソ軍事政府に攻撃ヘリコプターを引き渡した。") == {("Russia", "Burkina Faso")}


def test_government_of_a_state_after_its_genitive_receives() -> None:
    assert _pairs("中国はミャンマーの暫定政府に戦闘機を売却した。") == {("China", "Myanmar")}


def test_state_government_still_gives() -> None:
    # (a state's own government before the act is still its giver)
    assert _pairs("イラン政府はロシアに無人機を送った。") == {("Iran", "Russia")}


# a clause with a verb of its own is no stretch of a gapped list


def test_clause_with_its_own_verb_is_no_gapped_stretch() -> None:
    text = (
        "トルコはウクライナに無人機を輸出した。"
        "一方、ロシア軍はイランの無人機を使用しており、イランはロシアに数千機を供与した。"
    )
    assert _pairs(text) == {("Turkey", "Ukraine"), ("Iran", "Russia")}


def test_clause_closed_by_its_verb_lends_no_receiver() -> None:
    text = "米国はイスラエルに爆弾を供与した。ウクライナ軍は反撃を続けており、ドイツはウクライナに自走砲を供与した。"
    assert _pairs(text) == {("United States", "Israel"), ("Germany", "Ukraine")}


def test_gapped_list_still_splits() -> None:
    assert _pairs("ロシアはインドに、フランスはインドネシアに、それぞれ戦闘機を売却した。") == {
        ("Russia", "India"),
        ("France", "Indonesia"),
    }
    assert _pairs("米国はチェコに砲弾を、スロバキアに戦車を送った。") == {
        ("United States", "Czech Republic"),
        ("United States", "Slovakia"),
    }


# parts a state got from no one named and sent on


def test_parts_a_state_procured_and_sent_on_go_through_it() -> None:
    got = _run("イランは部品を調達し、ロシアに送った。")
    assert [(t.supplier, t.recipient.entity.name if t.recipient and t.recipient.entity else None) for t in got] == [
        (None, "Russia")
    ]
    assert via(got[0]) == {"Iran"}


def test_parts_procured_and_sent_through_a_transit_state() -> None:
    got = _run("北朝鮮がミサイル部品を調達し、イランを経由してロシアに送ったとみられる。")
    assert len(got) == 1 and got[0].supplier is None
    assert got[0].recipient is not None and got[0].recipient.entity is not None
    assert got[0].recipient.entity.name == "Russia"
    assert via(got[0]) == {"North Korea", "Iran"}


def test_electronics_bought_and_sold_on_by_a_state() -> None:
    got = _run("カザフスタンは電子部品を購入し、ロシアに売却した。")
    assert [t.recipient.entity.name for t in got if t.recipient and t.recipient.entity] == ["Russia"]
    assert via(got[0]) == {"Kazakhstan"}


def test_weapons_a_state_procured_and_sent_are_its_own_supply() -> None:
    # (weapons are counted as the state's own supply, as before)
    assert _pairs("チェコは砲弾を調達し、ウクライナに送った。") == {("Czech Republic", "Ukraine")}


# goods a clause says someone got, sent on to a destination of their own


def test_goods_a_firm_got_then_delivered_elsewhere_come_from_it() -> None:
    assert _pairs("中国の企業が調達した部品はロシアの軍需工場に届けられた。") == {("China", "Russia")}


def test_goods_got_then_delivered_through_a_transit_state() -> None:
    text = "中国の企業が調達した部品はカザフスタンを経由し、最終的にロシアの軍需工場に届けられたとみられる。"
    got = _run(text)
    assert _pairs(text) == {("China", "Russia")}
    assert via(got[0]) == {"Kazakhstan"}


def test_goods_a_state_bought_then_sent_on_are_handed_on() -> None:
    assert _pairs("ウクライナが購入した戦闘機はポーランドに送られた。") == {("Ukraine", "Poland")}


def test_goods_received_by_the_clause_subject_still_go_to_it() -> None:
    # (no destination of the later act's own: the clause's getter is where the goods go)
    assert _pairs("ロシアが受け取る戦車を米国が供与した。") == {("United States", "Russia")}


# an act a party only does not rule out


def test_not_ruling_out_a_supply_is_no_transfer() -> None:
    assert _pairs("スウェーデンは、ウクライナにグリペン戦闘機を供与する可能性を排除しないと述べた。") == set()
    assert _pairs("米国はウクライナにトマホークを送る選択肢も否定しなかった。") == set()


def test_not_ruling_out_a_noun_act_is_no_transfer() -> None:
    assert _pairs("ドイツはウクライナへのタウルス供与の可能性を排除しなかった。") == set()


def test_possibility_of_a_past_act_stays_a_hedged_claim() -> None:
    assert _statuses("北朝鮮がロシアに兵器を送った可能性は排除できない。") == {("North Korea", "Russia", "alleged")}


# 公表 as a telling


def test_party_making_public_its_delivery_confirms_it() -> None:
    assert _statuses("ドイツ政府は、ウクライナに自走砲を引き渡したことを公表した。") == {
        ("Germany", "Ukraine", "confirmed")
    }


def test_making_public_a_supply_to_come_is_a_plan() -> None:
    assert _statuses("日本政府は、フィリピンにレーダーを供与すると公表した。") == {("Japan", "Philippines", "planned")}
    assert _statuses("英国政府は、ウクライナに防空ミサイルを供与することを公表した。") == {
        ("United Kingdom", "Ukraine", "planned")
    }


def test_third_party_making_public_stays_reported() -> None:
    assert _statuses("韓国国防省は、北朝鮮がロシアに砲弾を送ったと公表した。") == {
        ("North Korea", "Russia", "reported")
    }
