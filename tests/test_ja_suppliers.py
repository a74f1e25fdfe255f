"""Japanese sentences that name the supplier of their own goods in a form the rules did not read, so
that a supplier carried over from another act, or the go-between, filled the slot: an origin told as
a source (「中国を出どころとする部品」), the wreckage the goods were found in taken for goods
(「…が供給した米国製の部品が、ミサイルの残骸から見つかった」), a go-between buying the goods it passes
on (「同社は香港の業者から部品を購入し」), the road through a state (「カザフスタンを通るトラックで」), and
firms based in third states charged with supplying (「…を供給したとして、キルギスに拠点を置く企業を
制裁対象に指定した」), whose states go between and whose punisher supplies nothing."""

from __future__ import annotations

from functools import partial

from tests.parties import name, pairs, transfers

PUB = "2025-03-10"

_pairs = partial(pairs, lang="ja", published=PUB)


def _routes(text: str) -> set[tuple[str | None, str | None, frozenset[str | None]]]:
    """(supplier, recipient, go-betweens) of each transfer the text tells."""
    return {
        (name(t.supplier), name(t.recipient), frozenset(name(i) for i in t.intermediaries))
        for t in transfers(text, "ja", PUB)
    }


# an origin told as where the goods come from: 「…を出どころとする」「…が出所の」


def test_origin_as_source_of_goods_beats_the_carried_supplier() -> None:
    text = "北朝鮮はロシアに弾薬を送った。さらに、中国を出どころとする半導体もロシアに流れ込んでいる。"
    assert _pairs(text) == {("North Korea", "Russia"), ("China", "Russia")}


def test_origin_told_with_ga_deshodokoro_names_the_supplier() -> None:
    text = "イランはロシアに無人機を供与した。トルコが出所の電子部品もロシアに渡っていた。"
    assert _pairs(text) == {("Iran", "Russia"), ("Turkey", "Russia")}


def test_goods_of_no_told_origin_still_take_the_supplier_before() -> None:
    # (the carry-over stands where the sentence names no origin of its own)
    text = "北朝鮮はロシアに砲弾を送った。弾薬はその後も鉄道でロシアに運ばれた。"
    assert ("North Korea", "Russia") in _pairs(text)
    assert ("China", "Russia") not in _pairs(text)


def test_goods_flowing_of_themselves_in_a_later_clause_are_not_the_topics() -> None:
    # (the topic gave in the first clause; the parts of another make flow as their own subject)
    text = "イランはロシアに無人機を供与し、日本製の工作機械もロシアに流れ込んでいる。"
    assert _routes(text) == {("Iran", "Russia", frozenset()), ("Japan", "Russia", frozenset())}


def test_goods_of_no_make_reaching_in_a_later_clause_keep_the_topics_supply() -> None:
    assert _pairs("イランはロシアに無人機を供与し、弾薬もロシアに届いた。") == {("Iran", "Russia")}


# the wreckage the goods were found in is no goods of the act


def test_wreckage_of_a_weapon_is_no_goods_of_the_supply() -> None:
    text = "トルコの業者がロシアに納入した日本製の電子部品が、無人機の残骸から見つかった。"
    assert _routes(text) == {("Japan", "Russia", frozenset({"Turkey"}))}


def test_parts_found_in_a_states_missile_still_reach_that_state() -> None:
    # (a bare finding keeps the weapon: its owner is where the parts went)
    text = "北朝鮮製ミサイルの残骸から米国製の部品が見つかった。"
    assert _pairs(text) == {("United States", "North Korea")}


def test_parts_of_a_missile_given_are_still_goods() -> None:
    text = "イランはロシアにミサイルの部品を供与した。"
    [t] = transfers(text, "ja", PUB)
    assert (name(t.supplier), name(t.recipient)) == ("Iran", "Russia")
    assert t.items


# a go-between told again buying the goods it passes on


def test_go_between_buying_from_a_firm_adds_a_go_between() -> None:
    text = "アルメニアの企業は米国製の半導体をロシアに再輸出した。同社はシンガポールの業者から半導体を調達していた。"
    assert _routes(text) == {("United States", "Russia", frozenset({"Armenia", "Singapore"}))}


def test_go_between_bought_from_a_supplier_firm_and_carried_on() -> None:
    text = (
        "キルギスの商社は台湾製の工作機械をロシアに転売した。この商社は香港の供給業者から工作機械を購入し、"
        "カザフスタンを通るトラックでモスクワに運んだ。"
    )
    assert _routes(text) == {("Taiwan", "Russia", frozenset({"Kyrgyzstan", "Hong Kong", "Kazakhstan"}))}


def test_buyer_from_another_firm_as_well_is_a_supplier_of_its_own() -> None:
    # (「…からも」: one more source, not a stop on the told journey)
    text = "キルギスの企業は米国製の半導体をロシアに再輸出した。ロシアは中国の企業からも半導体を購入した。"
    routes = _routes(text)
    assert ("United States", "Russia", frozenset({"Kyrgyzstan"})) in routes
    assert ("China", "Russia", frozenset()) in routes


def test_recipient_buying_from_a_state_is_no_go_between() -> None:
    text = "キルギスの企業は米国製の半導体をロシアに再輸出した。ロシアは中国からも半導体を輸入した。"
    assert ("China", "Russia", frozenset()) in _routes(text)


# the road or carrier through a state


def test_truck_through_a_state_goes_between() -> None:
    assert _routes("イランはトルクメニスタンを通るトラックでロシアに弾薬を送った。") == {
        ("Iran", "Russia", frozenset({"Turkmenistan"}))
    }


def test_land_route_through_a_state_goes_between() -> None:
    assert _routes("イランはイラクを通る陸路でシリアに武器を運んだ。") == {("Iran", "Syria", frozenset({"Iraq"}))}


def test_transshipped_in_a_state_before_the_act_goes_between() -> None:
    text = "米国製の電子部品は、トルコで積み替えられた後、ロシアに送られた。"
    assert _routes(text) == {("United States", "Russia", frozenset({"Turkey"}))}


def test_transshipped_at_a_states_port_before_the_act_goes_between() -> None:
    text = "北朝鮮の砲弾は、中国の港で積み替えられた後、ロシアに運ばれたとみられる。"
    assert _routes(text) == {("North Korea", "Russia", frozenset({"China"}))}


# a state the goods set out from, beside the one told giving or making them


def test_goods_of_a_make_carried_in_from_a_state_come_from_their_maker() -> None:
    text = "北朝鮮製の砲弾がベラルーシからロシアに運び込まれた。"
    assert _routes(text) == {("North Korea", "Russia", frozenset({"Belarus"}))}


def test_goods_of_no_make_carried_in_from_a_state_come_from_it() -> None:
    assert _pairs("砲弾がベラルーシからロシアに運び込まれた。") == {("Belarus", "Russia")}


def test_giver_sending_from_another_state_gives() -> None:
    text = "イランはイラクから陸路でシリアの民兵組織に武器を送った。"
    assert {(s, r) for s, r, _ in _routes(text)} <= {("Iran", "Syria"), ("Iran", None)}
    assert all(v == frozenset({"Iraq"}) for _, _, v in _routes(text))


def test_receiver_from_a_state_still_takes_it_as_supplier() -> None:
    assert _routes("インドはイスラエルから無人機を受け取った。") == {("Israel", "India", frozenset())}


def test_given_to_a_state_from_another_keeps_the_giver() -> None:
    assert _routes("フィリピンは日本から巡視船を供与された。") == {("Japan", "Philippines", frozenset())}


# firms based in third states, charged with supplying


def test_firms_based_in_states_charged_go_between() -> None:
    text = "米商務省は、ロシアに電子部品を供給したとして、アルメニアやトルコに拠点を置く企業を制裁対象に指定した。"
    assert _routes(text) == {(None, "Russia", frozenset({"Armenia", "Turkey"}))}


def test_firms_based_in_a_list_ending_in_nado_go_between() -> None:
    text = (
        "英政府は5日、ロシアの軍需企業に電子部品を供給したとして、キルギス、アラブ首長国連邦などに"
        "拠点を置く企業や個人20以上を制裁対象に指定したと発表した。"
    )
    assert _routes(text) == {(None, "Russia", frozenset({"Kyrgyzstan", "United Arab Emirates"}))}


def test_based_firm_as_the_charged_clause_subject_leaves_the_punisher_out() -> None:
    text = "米財務省は、トルコに拠点を置く商社がロシアに半導体を供給したとして、同社を制裁対象に指定した。"
    assert _routes(text) == {(None, "Russia", frozenset({"Turkey"}))}


def test_firms_of_a_state_charged_still_supply() -> None:
    # (a state's own firms, not firms based in a third state: the state supplies)
    text = "米財務省は、ロシアに武器を供給したとして、北朝鮮の企業3社を制裁対象に指定した。"
    assert _pairs(text) == {("North Korea", "Russia")}


def test_maker_based_in_a_state_supplies() -> None:
    text = "中国の深圳に拠点を置くメーカーが、無人機用のモーターをロシアに出荷していた。"
    assert _pairs(text) == {("China", "Russia")}


def test_sanction_of_based_firms_with_no_act_is_no_transfer() -> None:
    text = "政府は、トルコやアルメニアに拠点を置く企業10社を新たに制裁対象に加えた。"
    assert _pairs(text) == set()


def test_charged_firms_keep_no_supplier_from_the_next_sentence() -> None:
    # (goods of no told make, passed on by firms punished for it: the make told of the next act's
    # goods is not theirs)
    text = (
        "米商務省は、ロシアに電子部品を供給したとして、アルメニアやトルコに拠点を置く企業を制裁対象に指定した。\n"
        "このうちアルメニアの企業は、米国製の半導体をロシアに再輸出していた。"
    )
    routes = _routes(text)
    assert (None, "Russia", frozenset({"Armenia", "Turkey"})) in routes
    assert ("United States", "Russia") in {(sup, rec) for sup, rec, _ in routes}


# the agent of an act noun with a compound between: 「イランによる対ロシア無人機供与」


def test_agent_before_a_compound_act_noun_supplies() -> None:
    text = "ベラルーシはロシアに砲弾を送った。イランによる対ロシア無人機供与も続いている。"
    assert _pairs(text) == {("Belarus", "Russia"), ("Iran", "Russia")}


def test_agent_of_an_attack_noun_is_no_supplier() -> None:
    text = "ロシアによる全面侵攻以降、米国はウクライナに戦車を送った。"
    assert _pairs(text) == {("United States", "Ukraine")}
