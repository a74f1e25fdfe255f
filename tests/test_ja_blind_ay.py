"""Japanese constructions a blind batch in the style of machine-translated foreign outlets (ParsToday,
Ukrinform, Sputnik, RFI, Yonhap: aid to Ukraine, Hezbollah's supplies, Myanmar's and Sudan's
purchases, Venezuela's and Belarus's deals) showed mishandled: Israel told only as 「シオニスト政権」,
a state's ground crossed (「シリア領を経由して」), a supplier hung by the parse on a passive verb of
hearsay (「中国からも、…が引き渡されたと伝えられる」), an act whose weighing is said not to go on
(「供与する案については「検討していない」」), the が-subject of an act told beside the transfer in a
quote (「…企業が修理を請け負っているほか、照準器をロシアへ送っていると主張した」), fast attack boats
(「高速攻撃艇」), a state's town named in katakana alone as the end of the goods' way
(「ベネズエラのプエルトカベジョへ運ばれた」), parts for the craft of a state's forces
(「ベネズエラ空軍の戦闘機の修理用の部品を納入した」), goods got hold of (「手に入れた」), the sum of all
imports since an event (「クーデター以降、10億ドル相当の武器を輸入した」), goods unloaded where a craft
lands (「無人機を降ろした」), Ukrinform's 「ゼレンシキー」, and an act told in a clause on the doers a
penalty falls on (「ロシアに無人機を供給した個人と団体を制裁リストに載せた」)."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, transfers, via

PUB = "2025-03-10"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)


# Israel named as 「シオニスト政権」 by Iranian outlets


def test_zionist_regime_is_israel() -> None:
    text = "アメリカは昨年、シオニスト政権に爆弾およそ１万発を引き渡しました。"
    assert _pairs(text) == {("United States", "Israel")}


def test_zionist_regime_army_speaks_for_israel() -> None:
    text = "シオニスト政権軍は、イランがヒズボッラーに対戦車ミサイルを送っていると主張しました。"
    assert _pairs(text) == {("Iran", "Hezbollah")}


# a state's ground crossed on the way


def test_state_ground_crossed_goes_between() -> None:
    text = "イランはシリア領を経由してヒズボラにロケット弾を送っている。"
    (t,) = _run(text)
    assert via(t) == {"Syria"}


def test_state_ground_reached_is_no_go_between() -> None:
    # (goods brought to a state's ground, not through it)
    text = "ロシアはベラルーシ領に戦術核兵器を配備した。イランはロシアに無人機を送った。"
    assert all(not via(t) for t in _run(text))


# a supplier hung on a passive verb of hearsay


def test_source_on_hearsay_verb_supplies_the_act() -> None:
    text = "ミャンマー軍は、ロシアから戦闘機２機を受領した。中国からも、軽攻撃機が引き渡されたと伝えられる。"
    assert ("China", "Myanmar") in _pairs(text)


def test_source_on_hearsay_verb_keeps_the_hedge() -> None:
    text = "ミャンマー軍は、ロシアから戦闘機２機を受領した。中国からも、軽攻撃機が引き渡されたと伝えられる。"
    (t,) = [t for t in _run(text) if t.supplier is not None and t.supplier.entity.name == "China"]
    assert t.status == "alleged"


def test_teller_of_hearsay_is_no_supplier() -> None:
    # (a person the news came from is no source of the goods)
    text = "ロシア軍は砲弾を受け取った。政府関係者から、ロシアが無人機も受け取ったと伝えられた。"
    assert all(t.supplier is None for t in _run(text))


# an act whose weighing is said not to go on


def test_supply_said_not_under_review_is_no_transfer() -> None:
    text = "韓国政府は、ウクライナに殺傷兵器を直接供与する案については「現時点で検討していない」と述べた。"
    assert _pairs(text) == set()


def test_supply_not_weighed_told_plainly_is_no_transfer() -> None:
    assert _pairs("日本政府はウクライナに戦車を送ることは考えていない。") == set()


def test_supply_under_review_stays_planned() -> None:
    (t,) = _run("韓国政府は、ウクライナに砲弾を供与する案を検討している。")
    assert t.status == "planned"


def test_act_done_beside_one_not_weighed_stays() -> None:
    text = "ドイツは戦車をウクライナに供与したが、戦闘機の供与は検討していない。"
    assert _pairs(text) == {("Germany", "Ukraine")}


# the が-subject of an act told beside the transfer, in a quote


def test_subject_of_side_act_in_quote_supplies() -> None:
    text = "ウクライナ情報総局は、ベラルーシの企業が戦車の修理を請け負うほか、照準器をロシアへ送っていると主張した。"
    assert _pairs(text) == {("Belarus", "Russia")}


def test_subject_of_side_act_outside_quote_does_not_supply() -> None:
    # (outside a quote, the topic does the transfer)
    text = "ロシアは、ベラルーシ軍が演習を行ったほか、イランに戦闘機を供与した。"
    assert _pairs(text) == {("Russia", "Iran")}


def test_transfer_with_own_subject_keeps_it() -> None:
    text = "米政府は、ベラルーシ軍が演習を行ったほか、ロシアがイランに戦闘機を供与したと指摘した。"
    assert _pairs(text) == {("Russia", "Iran")}


# fast attack boats


def test_fast_attack_boats_are_naval() -> None:
    (t,) = _run("ベネズエラはイランから高速攻撃艇を導入した。")
    assert [it.category for it in t.items] == ["naval"]


# a state's town named in katakana alone


def test_town_of_state_is_where_goods_go() -> None:
    text = "高速攻撃艇が昨年、イランからベネズエラのプエルトカベジョへ運ばれた。"
    assert _pairs(text) == {("Iran", "Venezuela")}


def test_town_with_no_source_of_goods_is_no_destination() -> None:
    # (read so only of goods that come from somewhere: a state's own arms moved at home go nowhere)
    assert _pairs("ロシア軍は戦車をロシアのクルスクへ運んだ。") == set()


# parts for the craft of a state's forces


def test_parts_for_forces_craft_go_to_the_state() -> None:
    text = "ロシアは今年３月、ベネズエラ空軍の戦闘機の修理用の部品とエンジンを納入した。"
    assert _pairs(text) == {("Russia", "Venezuela")}


def test_parts_for_forces_craft_with_a_receiver_named() -> None:
    # (where the act names its receiver, the forces only own the craft)
    text = "ロシアはインド空軍の戦闘機の部品をイランに売った。"
    assert _pairs(text) == {("Russia", "Iran")}


def test_parts_made_for_forces_are_no_transfer() -> None:
    assert _pairs("ロシアはインド空軍の戦闘機の部品を生産している。") == set()


def test_repair_parts_of_a_craft_are_one_item() -> None:
    (t,) = _run("ロシアは今年３月、ベネズエラに戦闘機の修理用の部品を納入した。")
    assert [it.category for it in t.items] == ["components"]


# goods got hold of


def test_goods_got_hold_of_are_received() -> None:
    assert _pairs("スーダン国軍はイランから無人機を手に入れた。") == {("Iran", "Sudan")}


def test_goods_put_in_a_box_are_no_transfer() -> None:
    assert _pairs("ロシア軍の兵士は北朝鮮製の砲弾を箱に入れた。") == set()


# the sum of all imports over a period


def test_sum_of_imports_since_an_event_has_no_supplier() -> None:
    text = (
        "ミャンマー軍は、ロシアから戦闘機２機を受領した。"
        "国連によると、２０２１年２月のクーデター以降、ミャンマー軍は少なくとも１０億ドル相当の武器や関連物資を輸入した。"
    )
    assert {(s, r) for s, r in _pairs(text)} == {("Russia", "Myanmar"), (None, "Myanmar")}


def test_further_import_after_a_sellers_lot_keeps_the_seller() -> None:
    text = "ミャンマー軍は、ロシアから戦闘機２機を受領した。ミャンマー軍は同じ月、ヘリコプター４機も輸入した。"
    assert _pairs(text) == {("Russia", "Myanmar")}


# goods unloaded where a craft lands


def test_goods_unloaded_at_a_port_are_delivered_there() -> None:
    text = "イランの貨物機がポートスーダンに着陸し、無人機とその部品を降ろした。"
    assert _pairs(text) == {("Iran", "Sudan")}


def test_troops_unloaded_are_no_transfer() -> None:
    assert _pairs("ロシア軍は前線で兵士をトラックから降ろした。") == set()


# Ukrinform's spelling of the Ukrainian president


def test_zelenskyy_in_ukrinform_spelling_speaks_for_ukraine() -> None:
    text = "ゼレンシキー大統領は、ドイツから防空システム「IRIS-T」を受け取ったと明らかにした。"
    assert _pairs(text) == {("Germany", "Ukraine")}


# an act told in a clause on the doers a penalty falls on


def test_punisher_of_doers_is_no_supplier() -> None:
    text = "ＥＵは、ロシアに無人機を供給した企業を制裁対象に指定した。"
    assert _pairs(text) == {(None, "Russia")}


def test_act_of_punished_doers_is_alleged() -> None:
    (t,) = _run("英国は、ロシアに部品を輸出した業者１０社に制裁を科した。")
    assert t.status == "alleged"


def test_state_of_punished_firm_still_supplies() -> None:
    text = "ＥＵは、ロシアに無人機を供給したイランの企業を制裁対象に指定した。"
    assert _pairs(text) == {("Iran", "Russia")}


# a denial with the い of the aspect dropped


def test_denial_with_contracted_aspect() -> None:
    (t,) = _run("ＵＡＥはＲＳＦに武器を送ってないと主張している。")
    assert t.status == "denied"


def test_denial_with_contracted_polite_aspect() -> None:
    (t,) = _run("ロシアは北朝鮮から砲弾を受け取ってませんと述べた。")
    assert t.status == "denied"


def test_contracted_affirmative_aspect_is_no_denial() -> None:
    (t,) = _run("ＵＡＥはＲＳＦに武器を送ってますと述べた。")
    assert t.status != "denied"


# Venezuela by its formal name


def test_venezuela_formal_name() -> None:
    assert _pairs("ロシアは、ベネズエラ・ボリバル共和国に戦闘機２４機を引き渡した。") == {("Russia", "Venezuela")}


# a denier insisting after its denial


def test_denier_insisting_keeps_the_denial() -> None:
    (t,) = _run("北朝鮮は、ロシアへの武器提供を否定し、「謀略だ」と主張している。")
    assert t.status == "denied"


def test_accusation_then_insisting_denier_stays_alleged() -> None:
    text = "米国は、北朝鮮がロシアに砲弾を提供したと主張したが、北朝鮮は否定し、「謀略だ」と主張している。"
    (t,) = _run(text)
    assert t.status == "alleged"


# money listed first with goods


def test_money_listed_before_arms_leaves_the_source() -> None:
    assert _pairs("ハマスはイランから資金や武器を受け取っている。") == {("Iran", "Hamas")}


def test_money_from_a_state_is_no_source_of_goods() -> None:
    text = "ウクライナは米国からの資金と欧州からの資金で、チェコから砲弾を購入した。"
    assert _pairs(text) == {("Czech Republic", "Ukraine")}
