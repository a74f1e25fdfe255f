"""Japanese gaps found in round 12: goods exported to a go-between and then sold on make one
journey (「…に輸出し、その後それらの部品はロシアに再輸出された」), and goods a state bought and had
carried on are its own purchase and its own delivery; a supplier told as the predicate of the word
for supplier (「供給元は中国だ」) or as the make of a share of the imports (「輸入した兵器の8割は中国製」);
a party a sentence opens on (「イランに関しても、」) gives in an act told by its noun; a decision and a
delivery begun or celebrated in one sentence are two records; a state's warship calling at a port is
no delivery; 同国 taking goods is no source of a shifted supply; a question line names the receiver
of its answer's act."""

from __future__ import annotations

from functools import partial

from tests.parties import pair, pairs, records, transfers, via

PUB = "2026-11-28"

_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)
_transfers = partial(transfers, lang="ja", published=PUB)


def _routes(text: str) -> list[tuple[str | None, str | None, set[str | None]]]:
    return [(*pair(t), via(t)) for t in _transfers(text)]


# 1. a two-leg re-export told as two acts


def test_exported_then_reexported_is_one_journey() -> None:
    text = "中国の企業はカザフスタンの企業に電子部品を輸出し、その後それらの部品はロシアの軍事企業に再輸出された。"
    assert _routes(text) == [("China", "Russia", {"Kazakhstan"})]


def test_goods_told_by_a_pronoun_sold_on_by_the_firm_that_got_them() -> None:
    text = "中国の企業はカザフスタンの企業に部品を輸出し、カザフスタンの企業はそれをロシアに再輸出した。"
    assert _routes(text) == [("China", "Russia", {"Kazakhstan"})]


def test_exported_chips_resold_a_year_later_keep_the_hedge() -> None:
    text = "米国の企業は2022年にアルメニアへ半導体を輸出し、その半導体は翌年ロシアに再輸出されたという。"
    assert _routes(text) == [("United States", "Russia", {"Armenia"})]


def test_weapons_a_state_sells_on_stay_two_transfers() -> None:
    text = "北朝鮮はイランに弾道ミサイルを輸出し、イランはそれをシリアに再輸出した。"
    assert _pairs(text) == {("North Korea", "Iran"), ("Iran", "Syria")}


def test_another_exporter_of_other_goods_is_no_journey() -> None:
    text = "中国はパキスタンに戦闘機を輸出し、トルコはロシアに部品を再輸出した。"
    assert ("China", "Russia") not in _pairs(text)
    assert ("China", "Pakistan") in _pairs(text)


def test_shells_bought_then_carried_to_another_state_are_two_transfers() -> None:
    text = "ロシアが北朝鮮から購入した砲弾は、ベラルーシに運ばれた。"
    assert _pairs(text) == {("North Korea", "Russia"), ("Russia", "Belarus")}


def test_parts_bought_then_carried_to_a_group_keep_the_hedge() -> None:
    text = "イランが中国から輸入した部品はイエメンのフーシ派に運ばれたとみられる。"
    [t] = _transfers(text)
    assert (*pair(t), via(t), t.status) == ("China", "Houthis", {"Iran"}, "alleged")


def test_goods_bought_and_carried_through_a_stop_stay_the_buyers() -> None:
    text = "ロシアが北朝鮮から取得したミサイルは、ベラルーシを経由して運ばれた。"
    assert _routes(text) == [("North Korea", "Russia", {"Belarus"})]


# 2. a supplier named as a predicate noun or as the make of a share


def test_supplier_named_as_the_predicate_of_supply_source() -> None:
    assert _pairs("ロシアへのミサイル部品の供給元は中国だ。") == {("China", "Russia")}


def test_each_supplier_listed_as_the_predicate() -> None:
    text = "ミャンマー軍への戦闘機の主な供給国はロシアと中国である。"
    assert _pairs(text) == {("Russia", "Myanmar"), ("China", "Myanmar")}


def test_supplier_word_after_an_act_of_its_own_names_that_acts_source() -> None:
    text = "インドが輸入する兵器の最大の調達先はロシアで、全体の4割を占める。"
    assert _pairs(text) == {("Russia", "India")}


def test_make_of_a_share_of_imports_supplies_them() -> None:
    assert _pairs("パキスタンが輸入した兵器の8割は中国製だ。") == {("China", "Pakistan")}
    assert _pairs("インドが輸入した兵器の約36％がロシア製だった。") == {("Russia", "India")}


def test_make_of_a_share_told_by_a_pronoun_supplies_the_goods_before() -> None:
    text = "パキスタンは2019年から2023年にかけて兵器を輸入し、その約8割が中国製だった。"
    assert _records(text) == [("China", "Pakistan", "2019", "reported")]


def test_share_of_imports_over_a_period_is_dated_by_its_start() -> None:
    text = "2019年から2023年にかけてパキスタンが輸入した兵器の大半は中国製だった。"
    assert _records(text) == [("China", "Pakistan", "2019", "reported")]


def test_state_named_before_a_later_clauses_source_does_not_speak() -> None:
    text = (
        "中国はパキスタンにとって最大の兵器供給国であり、SIPRIによると、パキスタンが輸入した兵器の約8割が中国製だった。"
    )
    assert [st for *_, st in _records(text)] == ["reported"]


def test_word_for_an_exporter_alone_tells_no_transfer() -> None:
    assert _transfers("世界最大の武器輸出国は米国だ。") == []


# 3. a party a sentence opens on gives in the act its noun tells


def test_state_spoken_of_gives_in_an_act_told_by_its_noun() -> None:
    text = "北朝鮮はロシアに砲弾を供与した。イランに関しても、同様にロシアへの無人機の供与が確認された。"
    assert _pairs(text) == {("North Korea", "Russia"), ("Iran", "Russia")}


def test_state_spoken_of_with_also_is_the_new_giver() -> None:
    text = "米国はウクライナに戦車を供与した。英国についても、ウクライナへの長距離ミサイルの供与が明らかになった。"
    assert _pairs(text) == {("United States", "Ukraine"), ("United Kingdom", "Ukraine")}


def test_state_spoken_of_with_a_source_named_receives() -> None:
    assert _pairs("ロシアについては、北朝鮮からの砲弾の供与が指摘されている。") == {("North Korea", "Russia")}


def test_ban_on_exports_spoken_of_is_no_transfer() -> None:
    assert _transfers("イランをめぐっては、国連が武器の輸出を禁じている。") == []


# 4. a decision and a delivery begun in one sentence


def test_decision_and_begun_delivery_are_two_records() -> None:
    text = "日本政府はパトリオットミサイルを米国に輸出することを決め、2024年度に引き渡しを始めた。"
    assert sorted(st for *_, st in _records(text)) == ["planned", "reported"]
    assert _pairs(text) == {("Japan", "United States")}


def test_agreement_and_begun_deliveries_are_two_records() -> None:
    text = "フランスはインドにラファール戦闘機を売ることで合意し、2020年に納入を開始した。"
    assert sorted(st for *_, st in _records(text)) == ["planned", "reported"]


def test_pledge_and_handover_ceremony_are_two_records() -> None:
    text = "ドイツはウクライナに戦車を供与することを決めていて、先月、戦車の引き渡し式が行われました。"
    assert sorted((s, r, st) for s, r, _d, st in _records(text)) == [
        ("Germany", "Ukraine", "planned"),
        ("Germany", "Ukraine", "reported"),
    ]


def test_handover_ceremony_to_come_is_planned() -> None:
    assert [st for *_, st in _records("ポーランド軍への戦車の引き渡し式は来月行われる予定だ。")] == ["planned"]


# 5. false records


def test_warship_calling_at_a_port_is_no_delivery() -> None:
    assert _transfers("中国海軍の駆逐艦がカンボジアの基地に到着した。") == []
    assert _transfers("ロシア海軍のフリゲート艦がキューバのハバナ港に到着した。") == []
    assert _transfers("米国の空母が日本の港に入った。") == []


def test_ship_of_a_make_or_given_arriving_at_a_port_is_a_delivery() -> None:
    assert _pairs("ドイツ製の潜水艦がシンガポールの港に到着した。") == {("Germany", "Singapore")}
    assert _pairs("韓国から購入したフリゲート艦がフィリピンの基地に到着した。") == {("South Korea", "Philippines")}


def test_maker_of_parts_in_the_goods_supplies_nothing() -> None:
    assert _pairs("中国製の部品を使った無人機をロシアがイランから調達した。") == {("Iran", "Russia")}
    assert _pairs("米国製の電子部品を搭載したミサイルを北朝鮮がロシアに供与した。") == {("North Korea", "Russia")}


# 6. 同国 taking goods after a shift of supply


def test_doukoku_taking_goods_is_the_buyer_not_its_new_source() -> None:
    text = "アルメニアは武器の調達先をロシアからインドなどに移しており、インド製の自走砲の第1陣が先月、同国に到着した。"
    assert _pairs(text) == {("India", "Armenia")}


def test_doukoku_after_a_shift_in_another_buyer() -> None:
    text = "セルビアは武器の購入先をロシアから中国に移しつつあり、中国製の地対空ミサイルが今年、同国に届いた。"
    assert _pairs(text) == {("China", "Serbia")}


# 7. a question line names the receiver of its answer's act


def test_question_line_names_the_receiver_of_the_answer() -> None:
    text = "米国はイスラエルにどんな支援を？\nバイデン政権は精密誘導爆弾や砲弾を相次いで送った。"
    assert _pairs(text) == {("United States", "Israel")}


def test_question_line_with_no_act_of_its_own() -> None:
    text = "――ドイツはウクライナにどんな兵器を？\n「ドイツは戦車や防空システムを送ってきました」"
    assert _pairs(text) == {("Germany", "Ukraine")}
    text = "イランはロシアに何を？\nイランは攻撃用の無人機を数千機送ったとされる。"
    assert _pairs(text) == {("Iran", "Russia")}


def test_answer_without_a_question_keeps_no_receiver() -> None:
    assert _transfers("米国はイスラエルを支持している。\nバイデン政権は精密誘導爆弾を送った。") == []


def test_question_of_another_giver_lends_no_receiver() -> None:
    assert _transfers("ドイツはウクライナにどんな兵器を？\nフランスは戦車を送った。") == []
