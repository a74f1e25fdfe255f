"""Japanese articles with several suppliers: who gives in a sentence that restates a party (同国),
leaves it out, gives only the goods' origin, or names a state the goods only pass through."""

from __future__ import annotations

from functools import partial

from tests.parties import Route, checked_transfers, routes

run = partial(checked_transfers, lang="ja", published="2026-11-20")


def records(text: str) -> set[Route]:
    """(supplier, recipient, go-betweens) of each transfer."""
    return routes(run(text))


def test_doukoku_after_another_subject_is_the_state_named_before() -> None:
    text = "イスラエルはアゼルバイジャンに無人機を輸出している。トルコも同国に攻撃型ドローン「TB2」を売却した。"
    assert records(text) == {("Israel", "Azerbaijan", ()), ("Turkey", "Azerbaijan", ())}


def test_dougun_after_another_subject_is_the_force_named_before() -> None:
    text = "国連によると、ロシアはスーダン軍に戦闘機を引き渡した。中国も同軍に無人機を供与した。"
    assert ("China", "Sudan", ()) in records(text)


def test_goods_of_one_state_sent_from_another_pass_through_it() -> None:
    assert records("イラン製の武器がシリアからヒズボラに送られた。") == {("Iran", "Hezbollah", ("Syria",))}
    assert records("北朝鮮の砲弾がベラルーシからロシアに運ばれたとみられる。") == {
        ("North Korea", "Russia", ("Belarus",))
    }


def test_a_state_giving_weapons_of_another_make_still_supplies_them() -> None:
    assert records("ポーランドはドイツ製の戦車をウクライナに供与した。") == {("Poland", "Ukraine", ())}


def test_relaying_passes_on_goods_made_elsewhere() -> None:
    assert records("ベラルーシは北朝鮮製の砲弾をロシアに中継した。") == {("North Korea", "Russia", ("Belarus",))}


def test_pairs_of_givers_and_receivers_with_the_goods_told_once() -> None:
    text = "米国は台湾に、ロシアはベネズエラに武器を売却している。"
    assert records(text) == {("United States", "Taiwan", ()), ("Russia", "Venezuela", ())}


def test_one_giver_two_receivers_each_by_its_own_route() -> None:
    text = "イランはヒズボラにはシリア経由で、フーシ派にはオマーン経由で武器を送っている。"
    assert records(text) == {("Iran", "Hezbollah", ("Syria",)), ("Iran", "Houthis", ("Oman",))}


def test_arms_given_in_return_for_arms_go_back_to_the_first_giver() -> None:
    text = "北朝鮮は、ロシアから防空システムを受け取る見返りに、砲弾を供与した。"
    assert records(text) == {("Russia", "North Korea", ()), ("North Korea", "Russia", ())}


def test_states_agreeing_on_an_act_of_aid_give_to_the_state_aided() -> None:
    text = "ウクライナ支援をめぐり、ノルウェーとベルギーは戦闘機の供与で合意した。"
    assert records(text) == {("Norway", "Ukraine", ()), ("Belgium", "Ukraine", ())}


def test_a_roundups_lead_gives_its_receiver_to_each_giver_after_it() -> None:
    text = (
        "各国がウクライナへの軍事支援を相次いで表明した。"
        "カナダは装甲車50両を供与すると発表した。スウェーデンは戦闘車両を引き渡した。"
        "オランダも戦車を送る方針だ。"
    )
    assert records(text) == {
        ("Canada", "Ukraine", ()),
        ("Sweden", "Ukraine", ()),
        ("Netherlands", "Ukraine", ()),
    }


def test_a_roundups_receiver_stops_at_an_act_to_another() -> None:
    text = (
        "各国がウクライナへの軍事支援を表明した。カナダは装甲車を供与した。"
        "一方、イランはロシアに無人機を送った。北朝鮮も砲弾を送った。"
    )
    found = records(text)
    assert ("North Korea", "Ukraine", ()) not in found
    assert ("Canada", "Ukraine", ()) in found


def test_a_designer_is_no_state_the_goods_are_of() -> None:
    assert records("フランスが設計した無人機がトルコからウクライナに送られた。") == {("Turkey", "Ukraine", ())}


def test_obtained_from_two_states() -> None:
    assert records("エチオピア政府は、トルコとイランから無人機を得た。") == {
        ("Turkey", "Ethiopia", ()),
        ("Iran", "Ethiopia", ()),
    }


def test_bought_by_one_and_resold_to_another_goes_through_the_buyer() -> None:
    text = (
        "日本製の工作機械が中国の業者に輸出された。"
        "この工作機械はその後、キルギスの会社によって購入され、ロシアの兵器工場に再販された。"
    )
    assert ("Japan", "Russia", ("Kyrgyzstan",)) in records(text)


def test_goods_said_to_be_of_a_state_after_them_come_from_it() -> None:
    text = "ミャンマー軍が使う無人機の部品の大半は中国製であり、タイの業者を通じて調達されている。"
    assert records(text) == {("China", "Myanmar", ("Thailand",))}


def test_a_firm_based_in_a_state_passes_goods_through_it() -> None:
    text = "シンガポールを拠点とするフロント企業が日本製の電子部品をロシアに供給した。"
    assert records(text) == {("Japan", "Russia", ("Singapore",))}
    text = "UAEに拠点を置く商社を通じて、イランはロシアに無人機の部品を送った。"
    assert records(text) == {("Iran", "Russia", ("United Arab Emirates",))}


def test_goods_moved_onto_another_carrier_in_a_states_port_pass_through_it() -> None:
    text = "ギリシャの港で積み替えられたイラン製の弾薬がスーダンに届いた。"
    assert records(text) == {("Iran", "Sudan", ("Greece",))}


def test_brokers_of_a_state_and_others_go_between() -> None:
    text = "チェコの砲弾はスロバキアなどの仲介業者を通じてウクライナに渡った。"
    assert records(text) == {("Czech Republic", "Ukraine", ("Slovakia",))}


def test_parts_through_a_hub_after_another_states_arms_have_no_supplier() -> None:
    text = "北朝鮮はロシアに砲弾を送った。一方、ロシアには欧州製の部品もトルコ経由で流入している。"
    assert records(text) == {("North Korea", "Russia", ()), (None, "Russia", ("Turkey",))}
    text = "イランはロシアに無人機を送った。ロシアはアルメニア経由で半導体も入手した。"
    assert records(text) == {("Iran", "Russia", ()), (None, "Russia", ("Armenia",))}


def test_an_unnamed_firm_is_the_subject_not_the_topic_before() -> None:
    text = "北朝鮮はロシアに砲弾を送った。香港を拠点とする企業もロシアに半導体を供給した。"
    assert records(text) == {("North Korea", "Russia", ()), (None, "Russia", ("Hong Kong",))}


def test_weapons_sent_on_through_a_transit_state_keep_the_giver() -> None:
    text = (
        "米当局者によると、イランはオマーン経由でフーシ派に対艦ミサイルを送った。"
        "また、イラクを経由してヒズボラに誘導ロケットを送ったとみられる。"
    )
    assert ("Iran", "Hezbollah", ("Iraq",)) in records(text)


def test_a_state_letting_a_shipment_pass_is_no_party_to_it() -> None:
    text = "ロシアは北朝鮮に戦闘機を送った。イランはロシア製の武器の輸送を黙認しているとの見方もある。"
    assert all(supplier != "Iran" for supplier, _, _ in records(text))


def test_aid_told_with_no_act_leads_a_roundup() -> None:
    text = (
        "ウクライナへの軍事支援を巡り、欧州各国が足並みをそろえつつある。"
        "ベルギーは防空システムの追加供与を発表した。ノルウェーも装甲車を送る計画だ。"
    )
    assert records(text) == {("Belgium", "Ukraine", ()), ("Norway", "Ukraine", ())}


def test_a_named_firm_with_sha_is_the_subject() -> None:
    text = "英国はウクライナに砲弾を送った。独ラインメタル社もウクライナに砲弾を供給した。"
    assert records(text) == {("United Kingdom", "Ukraine", ()), ("Germany", "Ukraine", ())}


def test_a_states_group_of_firms_gives_for_it() -> None:
    text = "英国はウクライナに戦車を供与した。チェコの企業連合は、ウクライナに砲弾を送った。"
    assert records(text) == {("United Kingdom", "Ukraine", ()), ("Czech Republic", "Ukraine", ())}


def test_goods_of_doukoku_make_bought_by_another_subject() -> None:
    text = "イスラエルはインドに無人機を売却した。モロッコも同国製の無人機を購入した。"
    assert ("Israel", "Morocco", ()) in records(text)


def test_a_part_of_goods_received_passed_on() -> None:
    text = "ドイツはチェコに戦車を売却した。チェコは、その一部をウクライナに送ることを検討している。"
    assert records(text) == {("Germany", "Czech Republic", ()), ("Czech Republic", "Ukraine", ())}


def test_the_state_whose_aid_is_received_gives() -> None:
    text = "米国はウクライナに砲弾を送った。ロシア軍はイランの支援を受けて無人機を確保した。"
    assert records(text) == {("United States", "Ukraine", ()), ("Iran", "Russia", ())}


def test_goods_of_two_makes_told_side_by_side_come_from_each() -> None:
    text = "台湾製や韓国製の半導体がロシアに流入している。"
    assert {s for s, _, _ in records(text)} == {"Taiwan", "South Korea"}


def test_passing_through_a_states_ground_goes_between() -> None:
    text = "ポーランド領内を通って、ドイツの戦車がウクライナに運ばれた。"
    assert records(text) == {("Germany", "Ukraine", ("Poland",))}


def test_a_front_named_after_a_state_is_no_receiver_after_goods_reached_another() -> None:
    text = "イランの無人機は、ロシアの港に到着した後、鉄道でウクライナの前線に運ばれた。"
    assert records(text) == {("Iran", "Russia", ())}


def test_weapons_come_from_one_state_handed_on_by_another_go_through_it() -> None:
    text = "イラクは、イランから届いたロケット弾をシリアの民兵に引き渡していた。"
    assert records(text) == {("Iran", "Syria", ("Iraq",))}
