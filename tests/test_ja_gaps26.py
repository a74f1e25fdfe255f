"""Japanese constructions where a supplier was missed or taken from the wrong party: one verb shared
by a list whose stretches each name their own receiver, some joined by と (「ベトナムに巡視船、マレーシア
とタイにレーダーを供与」); a request put to several givers by a requester named twice (「ベネズエラの
マドゥロ政権は、中国に…を、イランには…を要請」), where the place a giver is named at stays with its own
act; a sale whose two sides are told as the ones it is made between (「ベトナムとイスラエルの間で…の
売却契約が結ばれた」); and firms told by their count alone as based in a third state
(「シンガポールに登記された十数社が」), which go between."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pair_list, pairs, transfers, via

PUB = "2025-03-10"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_list = partial(pair_list, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


def _goods(t: object) -> set[str]:
    return {it.text for it in t.items}  # type: ignore[attr-defined]


# a list of stretches sharing one verb, a stretch's receivers joined by と


def test_receivers_joined_by_to_open_one_stretch() -> None:
    text = "日本政府は、ベトナムに巡視船、マレーシアとタイに沿岸監視レーダーを供与することを決めた。"
    assert _pairs(text) == {("Japan", "Vietnam"), ("Japan", "Malaysia"), ("Japan", "Thailand")}
    assert _goods(_one(text, "Japan", "Vietnam")) == {"巡視船"}
    assert _goods(_one(text, "Japan", "Thailand")) == {"沿岸監視レーダー"}


def test_joined_receivers_in_the_first_stretch() -> None:
    text = "韓国は、ポーランドとルーマニアに自走砲を、エストニアに多連装ロケット砲を輸出した。"
    assert _pairs(text) == {("South Korea", "Poland"), ("South Korea", "Romania"), ("South Korea", "Estonia")}
    assert _goods(_one(text, "South Korea", "Estonia")) == {"多連装ロケット砲"}


def test_joined_receivers_with_ya() -> None:
    text = "米国は、ラトビアやリトアニアに防空ミサイルを、ポーランドに戦車を送った。"
    assert _pairs(text) == {
        ("United States", "Latvia"),
        ("United States", "Lithuania"),
        ("United States", "Poland"),
    }
    assert _goods(_one(text, "United States", "Poland")) == {"戦車"}


def test_receivers_joined_with_no_list_stay_one_act() -> None:
    # (no stretch of its own: the goods go to both)
    text = "日本政府は、マレーシアとタイに沿岸監視レーダーを供与することを決めた。"
    assert _list(text) == [("Japan", "Malaysia"), ("Japan", "Thailand")]
    assert all(_goods(t) == {"沿岸監視レーダー"} for t in _run(text))


def test_one_receiver_one_list_of_goods_is_not_split() -> None:
    # (「戦車、装甲車」 is a list of goods, not of stretches)
    text = "ドイツは、ウクライナに戦車、装甲車、自走砲を供与した。"
    assert _list(text) == [("Germany", "Ukraine")]


# a request put to several givers by a requester named twice


def test_request_to_two_givers_by_a_leader_named_with_his_state() -> None:
    text = "ベネズエラのマドゥロ政権は、中国にも防空レーダーの早期納入を、イランには無人機と電波妨害装置を要請した。"
    assert _pairs(text) == {("China", "Venezuela"), ("Iran", "Venezuela")}
    assert _goods(_one(text, "China", "Venezuela")) == {"防空レーダー"}
    assert _goods(_one(text, "Iran", "Venezuela")) == {"無人機", "電波妨害装置"}


def test_request_to_two_givers_told_with_motomeru() -> None:
    text = "ウクライナのゼレンスキー政権は、ドイツにも戦車の追加供与を、フランスには防空ミサイルを求めた。"
    assert _pairs(text) == {("Germany", "Ukraine"), ("France", "Ukraine")}


def test_request_of_a_bare_regime_after_its_leader_asked_before() -> None:
    # (the requester of the second sentence is the one who asked just before; the givers are not
    # each other's recipients)
    text = (
        "ベネズエラのマドゥロ大統領は先月、ロシアにミサイルの供与を求めた。"
        "政権は中国にも防空レーダーの早期納入を、イランには無人機を要請したという。"
    )
    got = _pairs(text)
    assert got == {("Russia", "Venezuela"), ("China", "Venezuela"), ("Iran", "Venezuela")}
    assert ("China", "Iran") not in got


def test_gift_to_two_receivers_keeps_no_route_between_them() -> None:
    text = "米国はチェコに砲弾を、スロバキアに戦車を送った。"
    assert _pairs(text) == {("United States", "Czech Republic"), ("United States", "Slovakia")}
    assert all(not t.route for t in _run(text))


# a sale made between two states


def test_sale_made_between_a_buyer_and_an_arms_maker() -> None:
    text = "ベトナムとイスラエルの間で昨年、防空システムの売却契約が結ばれた。"
    assert _pairs(text) == {("Israel", "Vietnam")}
    assert _run(text)[0].status == "planned"


def test_sale_made_between_told_with_no_no() -> None:
    text = "フィリピンとインドの間で、対艦ミサイルの売却契約が結ばれた。"
    assert _pairs(text) == {("India", "Philippines")}


def test_export_made_between_with_goods_of_one_side() -> None:
    text = "韓国とポーランドの間で昨年、K2戦車180両の輸出契約が結ばれた。"
    assert _pairs(text) == {("South Korea", "Poland")}


def test_sale_signed_by_both_sides_as_before() -> None:
    text = "ベトナムとインドは昨年、巡視艇12隻の売却契約に署名した。"
    assert _pairs(text) == {("India", "Vietnam")}


def test_sale_made_between_two_arms_makers_names_no_seller() -> None:
    assert _pairs("英国とフランスの間で、戦闘機の売却契約が結ばれた。") == set()


def test_talks_between_two_states_are_no_sides_of_another_act() -> None:
    text = "米国と中国の間で貿易協議が続くなか、日本はフィリピンにレーダーを輸出した。"
    assert _pairs(text) == {("Japan", "Philippines")}


def test_a_meeting_between_two_states_is_no_sale() -> None:
    assert _pairs("ベトナムとイスラエルの間で昨年、国防相会談が開かれた。") == set()


# firms told by their count as based in a third state


def test_firms_counted_and_registered_in_a_state_go_between() -> None:
    text = "シンガポールに登記された十数社が、ミャンマー国軍に航空機の部品を仲介した。"
    [t] = _run(text)
    assert t.recipient is not None and t.recipient.entity is not None
    assert t.recipient.entity.name == "Myanmar"
    assert via(t) == {"Singapore"}
    assert t.supplier is None


def test_firms_counted_and_based_in_a_state_resell_made_goods() -> None:
    text = "香港に拠点を置く3社が、米国製の半導体をロシアの軍需企業に転売していた。"
    [t] = _run(text)
    assert (t.supplier and t.supplier.entity and t.supplier.entity.name) == "United States"
    assert via(t) == {"Hong Kong"}


def test_firms_counted_and_registered_in_a_state_buy_for_another() -> None:
    text = "報告書は、シンガポールに登録された数社が、ミャンマー国軍向けに電子部品を調達していたと指摘した。"
    assert all(via(t) == {"Singapore"} for t in _run(text))


def test_counted_firms_of_a_state_without_a_base_stay_its_own() -> None:
    # (「北朝鮮の企業3社が」 names firms of the state, not based there as a go-between)
    text = "北朝鮮の企業3社が、ロシアに砲弾を供給していた。"
    assert _pairs(text) == {("North Korea", "Russia")}


# a firm based in a third state that gets goods for another


def test_based_firms_buying_for_an_army_take_no_supplier_from_before() -> None:
    text = (
        "報告書によると、ロシアは戦闘機を、中国は艦艇の部品をミャンマー国軍に供給した。"
        "また、シンガポールに登記された十数社が、国軍の兵器工場向けに工作機械や電子部品を調達していた。"
    )
    assert (None, "Myanmar") in _pairs(text)
    [t] = [t for t in _run(text) if t.supplier is None]
    assert via(t) == {"Singapore"}
    assert _goods(t) == {"工作機械", "電子部品"}


def test_based_firm_buying_for_a_factory_after_a_sale() -> None:
    text = (
        "中国はロシアに電子部品を輸出した。"
        "キルギスに拠点を置く商社が、ロシアの軍需工場向けに電子部品を調達する窓口となっていた。"
    )
    [t] = [t for t in _run(text) if via(t) == {"Kyrgyzstan"}]
    assert t.supplier is None


def test_based_firm_buying_from_a_named_seller_keeps_it() -> None:
    text = "キルギスに拠点を置く商社が、ロシアの軍需工場向けに中国から電子部品を調達していた。"
    assert ("China", "Russia") in _pairs(text)


def test_a_state_buying_for_its_own_army_is_no_go_between() -> None:
    # (the buyer is no firm based elsewhere: the goods came from the state named before)
    text = "中国はロシアに無人機の部品を輸出した。ロシア国防省は、軍需工場向けに無人機の部品を調達した。"
    assert _pairs(text) == {("China", "Russia")}
