"""Japanese sentences that tell more than one transfer, or a transfer with a go-between: each act
keeps its own supplier (a count per giver, a broker, a relay stop, goods bought to sell on, a
source told only as a group of states, 同国 after a state's force)."""

from __future__ import annotations

from functools import partial

from tests.parties import Route, checked_transfers, routes
from tests.parties import named as _n

run = partial(checked_transfers, lang="ja", published="2026-11-20")


def records(text: str) -> set[Route]:
    """(supplier, recipient, go-betweens) of each transfer."""
    return routes(run(text))


def counts(text: str) -> dict[str | None, list[float | None]]:
    """The quantities of each supplier's goods."""
    out: dict[str | None, list[float | None]] = {}
    for t in run(text):
        out.setdefault(_n(t["supplier"]), []).extend((it.get("quantity") or {}).get("value") for it in t["items"])
    return out


def test_counts_per_giver_before_the_goods_named_once() -> None:
    text = "これまでに米国が31両、ドイツが18両の戦車をウクライナに引き渡した。"
    assert records(text) == {("United States", "Ukraine", ()), ("Germany", "Ukraine", ())}
    assert counts(text) == {"United States": [31], "Germany": [18]}


def test_counts_per_giver_after_the_act_set_as_the_scene() -> None:
    text = "ウクライナへの戦車供与では、ドイツが14両、オランダが18両、デンマークが10両をそれぞれ提供する。"
    out = run(text)
    assert {(_n(t["supplier"]), _n(t["recipient"])) for t in out} == {
        ("Germany", "Ukraine"),
        ("Netherlands", "Ukraine"),
        ("Denmark", "Ukraine"),
    }
    assert len(out) == 3 and all(t["status"] == "planned" for t in out)
    assert counts(text) == {"Germany": [14], "Netherlands": [18], "Denmark": [10]}


def test_goods_named_by_each_giver_still_split() -> None:
    text = "英国がチャレンジャー2戦車を、カナダがレオパルト2戦車を4両、スペインが6両をウクライナに送った。"
    assert records(text) == {("United Kingdom", "Ukraine", ()), ("Canada", "Ukraine", ()), ("Spain", "Ukraine", ())}


def test_a_broker_goes_between() -> None:
    assert records("デンマークが仲介し、ドイツの防空システムがウクライナに渡った。") == {
        ("Germany", "Ukraine", ("Denmark",))
    }
    assert records("カタールの仲介で、イランはフーシ派に無人機の部品を送った。") == {("Iran", "Houthis", ("Qatar",))}
    assert records("トルコが仲介役となり、ブルガリアの砲弾がウクライナに送られた。") == {
        ("Bulgaria", "Ukraine", ("Turkey",))
    }


def test_a_relay_stop_goes_between() -> None:
    assert records("イランはオマーンを中継して、フーシ派に対艦ミサイルの部品を送った。") == {
        ("Iran", "Houthis", ("Oman",))
    }
    assert records("イランはソマリアを中継地として、フーシ派へ武器を密輸しているとされる。") == {
        ("Iran", "Houthis", ("Somalia",))
    }
    # relaying goods is still an act of passing them on
    assert records("ベラルーシは北朝鮮製の砲弾をロシアに中継した。") == {("North Korea", "Russia", ("Belarus",))}


def test_a_port_or_base_of_a_state_on_the_way() -> None:
    assert records("国連専門家パネルの報告書によると、UAEはチャド東部の空港を通じてRSFに武器を送っていた。") == {
        ("United Arab Emirates", "Rapid Support Forces", ("Chad",))
    }
    assert records("米国はポーランドの拠点を通じてウクライナに武器を送っている。") == {
        ("United States", "Ukraine", ("Poland",))
    }
    assert records("米国製の兵器はポーランド南東部のジェシュフ空港で積み替えられ、陸路でウクライナに運ばれる。") == {
        ("United States", "Ukraine", ("Poland",))
    }


def test_goods_bought_in_a_clause_and_sold_on() -> None:
    assert records("ウズベキスタンの企業が、中国から輸入した無人機用エンジンをロシアのメーカーに納入した。") == {
        ("China", "Russia", ("Uzbekistan",))
    }
    assert records("中国の商社が日本から購入した工作機械を、ロシアの兵器工場へ転売していた。") == {
        ("Japan", "Russia", ("China",))
    }


def test_a_source_told_as_a_group_of_states_takes_no_other_supplier() -> None:
    text = "ロシアはイランから無人機を受け取っている一方、ウクライナは欧州諸国から防空システムを受け取っている。"
    out = run(text)
    pairs = {(_n(t["supplier"]), _n(t["recipient"])) for t in out}
    assert ("Iran", "Russia") in pairs and ("Iran", "Ukraine") not in pairs
    told = next(t for t in out if _n(t["recipient"]) == "Ukraine")
    assert told["supplier"]["name"] == "欧州諸国" and told["supplier"]["id"] is None


def test_a_group_of_givers_alone_in_its_sentence_is_left_to_the_acts_after_it() -> None:
    assert run("欧米から供与されたF16戦闘機を初めて公開した。") == []


def test_doukoku_after_a_force_as_topic_is_its_state() -> None:
    text = "スーダン軍はイランから無人機「モハジェル6」を入手した。同国はロシアからも戦闘機を購入している。"
    assert records(text) == {("Iran", "Sudan", ()), ("Russia", "Sudan", ())}
    text = "ミャンマー国軍は中国から戦闘機を調達した。同国はロシアからも攻撃ヘリを購入している。"
    assert records(text) == {("China", "Myanmar", ()), ("Russia", "Myanmar", ())}


def test_a_subject_inside_a_clause_of_time_is_not_the_giver() -> None:
    text = "北朝鮮は、ロシアがウクライナに侵攻した後、ロシアに大量の砲弾を送った。"
    assert records(text) == {("North Korea", "Russia", ())}


def test_goods_used_beside_another_act_are_the_clause_of_getting_s() -> None:
    text = "ロシアは、北朝鮮から入手したミサイルをウクライナで使用したほか、ベラルーシに戦闘機を供与した。"
    out = run(text)
    got = {(_n(t["supplier"]), _n(t["recipient"]), tuple(it["text"] for it in t["items"])) for t in out}
    assert got == {("North Korea", "Russia", ("ミサイル",)), ("Russia", "Belarus", ("戦闘機",))}


def test_a_destination_told_beside_the_act_is_still_shared() -> None:
    text = "ロシアは同盟国ベラルーシに戦術核兵器を配備したほか、防空システム「S400」を供与した。"
    assert records(text) == {("Russia", "Belarus", ())}


def test_no_as_the_subject_of_a_relative_clause() -> None:
    assert records("ウクライナ軍は米国の供与した戦車を東部戦線に投入した。") == {("United States", "Ukraine", ())}
    text = "ロシアはウクライナ侵攻でイランの提供した無人機と北朝鮮の提供したミサイルを使用している。"
    assert records(text) == {("Iran", "Russia", ()), ("North Korea", "Russia", ())}


def test_two_clauses_of_giving_on_joined_goods_used_by_one() -> None:
    text = "ロシア軍はイランが供与した無人機と北朝鮮が供与したミサイルで攻撃した。"
    out = run(text)
    got = {(_n(t["supplier"]), _n(t["recipient"]), tuple(it["text"] for it in t["items"])) for t in out}
    assert got == {("Iran", "Russia", ("無人機",)), ("North Korea", "Russia", ("ミサイル",))}


def test_goods_pledged_then_part_delivered_are_two_acts() -> None:
    out = run("カナダはウクライナに装甲車200両を約束し、これまでに100両を引き渡した。")
    got = {(_n(t["supplier"]), _n(t["recipient"]), t["status"], t["items"][0]["quantity"]["value"]) for t in out}
    assert got == {("Canada", "Ukraine", "planned", 200), ("Canada", "Ukraine", "reported", 100)}


def test_one_kanji_state_names_alone() -> None:
    text = "アサド政権は露から戦闘機を、イランから無人機を受け取っていた。"
    assert records(text) == {("Russia", "Syria", ()), ("Iran", "Syria", ())}
    assert records("台湾は米から戦車108両を購入し、これまでに38両を受領した。") == {("United States", "Taiwan", ())}
    # (a region written with 米 is no state)
    assert run("南米から武器が流入している。") == []


def test_where_goods_were_made_is_their_origin() -> None:
    assert records("ウクライナ海軍は、トルコの造船所で建造されたコルベット艦を受け取った。") == {
        ("Turkey", "Ukraine", ())
    }
    assert records("イラン国内で製造された無人機がロシアに送られた。") == {("Iran", "Russia", ())}


def test_each_receiver_with_its_way_told_before_it() -> None:
    text = "イランはオマーン経由でフーシ派に、エジプト経由でハマスに武器を送っている。"
    assert records(text) == {("Iran", "Houthis", ("Oman",)), ("Iran", "Hamas", ("Egypt",))}


def test_through_the_hands_of_a_state_s_smugglers() -> None:
    assert records("イランの武器がソマリアの密輸業者の手を経てフーシ派に渡っている。") == {
        ("Iran", "Houthis", ("Somalia",))
    }


def test_a_ga_subject_set_off_by_a_comma_is_the_first_act_s() -> None:
    text = "北朝鮮が、ロシアに砲弾を送った見返りに、ロシアは北朝鮮に衛星技術を提供したとみられる。"
    out = run(text)
    assert {(_n(t["supplier"]), _n(t["recipient"])) for t in out} == {("North Korea", "Russia")}
    assert out[0]["status"] == "alleged"


def test_goods_each_with_their_own_source() -> None:
    text = "ウクライナは、米国からのM1エイブラムス戦車とドイツからのレオパルト2戦車を受け取りました。"
    out = run(text)
    got = {(_n(t["supplier"]), _n(t["recipient"]), len(t["items"])) for t in out}
    assert got == {("United States", "Ukraine", 1), ("Germany", "Ukraine", 1)}
    # (one source told so is the source of the act, as before)
    assert records("ウクライナは米国からの戦車を受け取った。") == {("United States", "Ukraine", ())}


def test_a_maker_beside_the_firm_that_sells_on() -> None:
    text = "米国企業が製造した電子部品を、カザフスタンの会社がロシアに転売していた。"
    assert records(text) == {("United States", "Russia", ("Kazakhstan",))}
    # (with no other subject the maker still gives)
    assert records("北朝鮮が製造した砲弾をロシアに送った。") == {("North Korea", "Russia", ())}


def test_goods_of_a_state_s_firms_are_of_its_make() -> None:
    text = "日本企業の工作機械が、中国の商社を経由してロシアの軍需工場に納入された。"
    assert records(text) == {("Japan", "Russia", ("China",))}


def test_goods_a_firm_bought_are_passed_on_by_it() -> None:
    text = "カザフスタンの商社が中国から買い付けた部品がロシアに送られた。"
    assert records(text) == {("China", "Russia", ("Kazakhstan",))}
    text = "カザフスタンの商社が買い付けた日本製の部品は、ロシアに再輸出された。"
    assert ("Japan", "Russia", ("Kazakhstan",)) in records(text)


def test_doukoku_after_a_make_said_of_the_goods_and_their_owner_buys() -> None:
    text = "アゼルバイジャン軍の無人機の多くはイスラエル製で、同国から直接購入したものだ。"
    assert records(text) == {("Israel", "Azerbaijan", ())}
    # (a make qualifying goods is still no antecedent)
    assert records("台湾国防部によると、米国製のF16が同国に到着した。") == {("United States", "Taiwan", ())}


def test_spaced_translation_each_giver_by_its_own_act() -> None:
    text = "ロシア は イラン によって 供給 された 無人機 と 北朝鮮 によって 供給 された ミサイル を 使用 して います。"
    out = run(text)
    got = {(_n(t["supplier"]), _n(t["recipient"]), tuple(it["text"] for it in t["items"])) for t in out}
    assert got == {("Iran", "Russia", ("無人機",)), ("North Korea", "Russia", ("ミサイル",))}


def test_a_topic_of_the_first_act_with_another_topic_after_it() -> None:
    text = "テヘランはモスクワにドローンを供給し、その見返りに、ロシアはイランに Su-35 戦闘機を提供しています。"
    assert records(text) == {("Iran", "Russia", ()), ("Russia", "Iran", ())}


def test_a_group_named_with_its_kind_uses_the_goods() -> None:
    text = "イエメンのフーシ派反政府勢力は、テヘランから供給された弾道ミサイルを紅海の船舶に発射した。"
    assert records(text) == {("Iran", "Houthis", ())}


def test_who_pledged_the_goods_gives_them() -> None:
    out = run("フランスが約束したミラージュ戦闘機は、年内にもウクライナに引き渡される見込みだ。")
    assert [(_n(t["supplier"]), _n(t["recipient"]), t["status"]) for t in out] == [("France", "Ukraine", "planned")]
    assert records("ウクライナはスペインが供与を表明していた戦車を受け取った。") == {("Spain", "Ukraine", ())}


def test_a_state_owning_goods_counted_after_them_is_their_make() -> None:
    text = "北朝鮮の砲弾 XNUMX万発が、ロシア軍のために鉄道で輸送されました、それはウクライナの前線で使用されます。"
    assert records(text) == {("North Korea", "Russia", ())}


def test_a_state_s_troops_named_with_the_genitive_receive() -> None:
    text = "ウクライナの軍隊へ、アメリカ合衆国は、その追加の HIMARS 発射装置を、転送しました。"
    assert records(text) == {("United States", "Ukraine", ())}


def test_the_state_owning_the_craft_carries_the_goods() -> None:
    assert records("イランの貨物船は、カスピ海を渡ってロシアの港に無人機を運んだ。") == {("Iran", "Russia", ())}
    out = run("ロシア国防省の輸送機が、北朝鮮からミサイルを運んだとみられる。")
    assert [(_n(t["supplier"]), _n(t["recipient"]), t["status"]) for t in out] == [("North Korea", "Russia", "alleged")]


def test_the_state_whose_supplier_the_giver_is_said_to_be_receives() -> None:
    text = "中国はパキスタンの最大の武器供給国で、J10C戦闘機や潜水艦を輸出している。"
    assert records(text) == {("China", "Pakistan", ())}
