"""Japanese constructions a sweep of go-betweens, parties with no role and givers told after the goods
showed mishandled: a state's official punished for its state's act (「…を供与したとして、北朝鮮の国防相に
制裁を科した」), a maker told by two steps of making (「イランが設計・製造し、」), a giver listed with the
kind of states it stands among (「南アフリカなど第三国から」), and a brokering told before the act it serves,
by its noun (「チェコの仲介で、」) or in a clause of its own (「チェコが仲介し、」)."""

from __future__ import annotations

from functools import partial

from tests.parties import records, transfers, via

PUB = "2025-06-15"

_records = partial(records, lang="ja", published=PUB)
_run = partial(transfers, lang="ja", published=PUB)


# a state's official punished for an act: the official's state did it, not the state punishing


def test_official_punished_gives_for_the_state() -> None:
    text = "英国政府は、ロシアに兵器を供与したとして、北朝鮮の国防相に制裁を科した。"
    assert _records(text) == [("North Korea", "Russia", None, "alleged")]


def test_official_punished_with_others() -> None:
    text = "豪政府は、ロシアに弾道ミサイルを移転したとして、北朝鮮の国防相ら個人3人と企業2社に制裁を科した。"
    assert _records(text) == [("North Korea", "Russia", None, "alleged")]


# two steps of making told as one: the maker's state is the goods' make


def test_maker_by_two_steps_of_making() -> None:
    text = "フーシ派が発射した巡航ミサイルは、イランが設計・製造し、オマーン経由で密輸されたものだ。"
    [t] = _run(text)
    assert (t.supplier.entity.name, t.recipient.entity.name, via(t)) == ("Iran", "Houthis", {"Oman"})


# a giver named with the kind of states it stands among


def test_giver_among_third_states() -> None:
    assert _records("ウクライナ向けの砲弾は、南アフリカなど第三国から調達された。") == [
        ("South Africa", "Ukraine", None, "reported")
    ]


def test_giver_among_friendly_states() -> None:
    assert _records("ロシアは、北朝鮮など友好国から砲弾を調達した。") == [("North Korea", "Russia", None, "reported")]


# a brokering told before the act it serves: the broker goes between, the topic gets the goods


def test_brokering_by_its_noun_before_a_purchase() -> None:
    [t] = _run("ウクライナは、チェコの仲介で、南アフリカから砲弾を調達した。")
    assert (t.supplier.entity.name, t.recipient.entity.name, via(t)) == ("South Africa", "Ukraine", {"Czech Republic"})


def test_brokering_in_a_clause_before_a_passive_purchase() -> None:
    [t] = _run("ウクライナ向けの砲弾は、チェコが仲介し、南アフリカから調達された。")
    assert (t.supplier.entity.name, t.recipient.entity.name, via(t)) == ("South Africa", "Ukraine", {"Czech Republic"})


def test_brokering_clause_of_no_goods_gives_nothing() -> None:
    assert _run("トルコが仲介して、ロシアとウクライナは捕虜を交換した。") == []


# a state's broker or agent the goods pass through goes between, the て of を通じて dropped or not


def test_broker_firm_of_a_state_goes_between() -> None:
    [t] = _run("ロシアは、香港のブローカーを通じて、米国製の半導体を調達していた。")
    assert (t.supplier.entity.name, t.recipient.entity.name, via(t)) == ("United States", "Russia", {"Hong Kong"})


def test_agent_firm_through_without_te() -> None:
    [t] = _run("ロシアは、香港の代理店を通じ、米国製の電子部品を入手していた。")
    assert (t.supplier.entity.name, t.recipient.entity.name, via(t)) == ("United States", "Russia", {"Hong Kong"})


# a firm that bought goods told flowing on to another in a clause on them goes between


def test_firm_imported_goods_that_flowed_to_another() -> None:
    [t] = _run("ロシアの軍需企業に流れた中国製の工作機械は、キルギスの貿易会社が輸入したものだった。")
    assert (t.supplier.entity.name, t.recipient.entity.name, via(t)) == ("China", "Russia", {"Kyrgyzstan"})


def test_firm_bought_goods_carried_on() -> None:
    [t] = _run("ロシアに渡った日本製の部品は、UAEの商社が購入したものだった。")
    assert (t.supplier.entity.name, t.recipient.entity.name, via(t)) == ("Japan", "Russia", {"United Arab Emirates"})


# the getter in a clause on goods of a told make: the make gives in the act the goods are told in


def test_buyer_clause_on_goods_of_a_make_before_a_delivery() -> None:
    assert _records("インドが購入した米国製の無人機31機の引き渡しが始まった。") == [
        ("United States", "India", None, "reported")
    ]


def test_buyer_clause_on_goods_of_a_make_before_a_planned_delivery() -> None:
    assert _records("インドが購入する米国製の無人機の引き渡しは、2029年に始まる。") == [
        ("United States", "India", "2029", "planned")
    ]


def test_bought_goods_of_a_make_arrive() -> None:
    assert _records("ポーランドが購入した韓国製の戦車が到着した。") == [("South Korea", "Poland", None, "reported")]


def test_received_goods_of_a_make_carried() -> None:
    assert _records("ロシアが受領したイラン製の弾道ミサイルは、カスピ海経由で運ばれた。") == [
        ("Iran", "Russia", None, "reported")
    ]


def test_received_goods_told_of_their_make_and_way() -> None:
    [t] = _run("ウクライナが受け取った砲弾の一部は韓国製で、米国経由で届いたものだった。")
    assert (t.supplier.entity.name, t.recipient.entity.name, via(t)) == ("South Korea", "Ukraine", {"United States"})


# an act told unlikely to come is no transfer


def test_act_told_unlikely_is_none() -> None:
    assert _run("ドイツ政府は、ウクライナに巡航ミサイル「タウルス」を供与する可能性は低いと述べた。") == []


# goods told by who used them, then said to be what a giver gave: the user got them


def test_user_of_goods_told_first_receives() -> None:
    assert _records("ロシア軍が使った無人機は、イランが供与したものだ。") == [("Iran", "Russia", None, "reported")]


def test_user_by_its_fighters_receives_the_smuggled_goods() -> None:
    text = "ハマスの戦闘員が使った対戦車ロケットは、イランがシリアを経由して密輸したものだとイスラエル軍はみている。"
    [t] = _run(text)
    got = (t.supplier.entity.name, t.recipient.entity.name, via(t), t.status)
    assert got == ("Iran", "Hamas", {"Syria"}, "alleged")


def test_user_of_goods_given_to_another_is_no_recipient() -> None:
    assert _records("ロシア軍が使った無人機は、イランがベラルーシに供与したものだ。") == [
        ("Iran", "Belarus", None, "reported")
    ]
