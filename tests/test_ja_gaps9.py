"""Japanese constructions of real reporting found missing: goods whose name begins with 警戒 after
「Xへの」; a body's name that another state's body bears joined to its state's name (国民統一政府,
リビア国民統一政府) is that body where that state is named before it;
a party's own official inspecting the goods handed over confirms the act; a request put to givers
left unnamed (「西側に」) takes no supplier from the state named next; a seizure naming only where its
goods were made, after that state was told sending goods to an armed group, is a shipment of it."""

from __future__ import annotations

from functools import partial

from tests.parties import name, pair, records, transfers

PUB = "2026-11-20"


_records = partial(records, lang="ja", published=PUB)
_transfers = partial(transfers, lang="ja", published=PUB)


def test_goods_named_with_keikai_after_e_no_go_to_that_state() -> None:
    # (「フィリピンへの警戒」 would be wariness of the state; 警戒管制レーダー is goods)
    (t,) = _transfers("防衛装備庁によると、フィリピンへの警戒管制レーダーの引き渡しが完了した。")
    assert name(t.recipient) == "Philippines"
    assert [i.text for i in t.items] == ["警戒管制レーダー"]
    assert t.status == "reported"
    (t,) = _transfers("日本政府は、フィリピンへの警戒監視レーダーの引き渡しを完了したと明らかにした。")
    assert pair(t) == ("Japan", "Philippines")
    assert t.status == "confirmed"
    # (wariness of a state told beside an act leaves the state out of it)
    (t,) = _transfers("中国への警戒が強まる中、日本はベトナムに巡視船を引き渡した。")
    assert pair(t) == ("Japan", "Vietnam")


def test_a_shared_body_name_follows_the_state_named_before_it() -> None:
    (t,) = _transfers("トルコはリビアの国民統一政府に武装無人機を供与した。")
    assert pair(t) == ("Turkey", "Libya")
    assert t.status == "reported"
    text = "リビアでは東西の勢力が対立している。首都トリポリの国民統一政府には、トルコが軍事顧問と無人機を送った。"
    assert {pair(t) for t in _transfers(text)} == {("Turkey", "Libya")}
    # (Myanmar's, where Myanmar is the state named, or none is)
    (t,) = _transfers("ミャンマーの国民統一政府は、タイ経由で小銃を調達したと発表した。")
    assert name(t.recipient) == "National Unity Government of Myanmar"
    (t,) = _transfers("国民統一政府は、タイ経由で武器を調達した。")
    assert name(t.recipient) == "National Unity Government of Myanmar"


def test_a_partys_official_inspecting_the_goods_handed_over_confirms_the_act() -> None:
    text = "フィリピンを訪れた中谷防衛相は5日、日本が輸出した警戒管制レーダーを空軍基地で視察した。"
    (t,) = _transfers(text)
    assert pair(t) == ("Japan", "Philippines")
    assert t.status == "confirmed"
    text = "リトアニアを訪れたドイツのピストリウス国防相は、ドイツが輸出した自走榴弾砲を視察した。"
    assert [(pair(t), t.status) for t in _transfers(text)] == [(("Germany", "Lithuania"), "confirmed")]
    text = "韓国の尹錫悦大統領は、ポーランドに輸出したK2戦車の引き渡し式典に出席した。"
    assert _records(text) == [("South Korea", "Poland", None, "confirmed")]
    # (a third state's minister seeing what one state sent another confirms nothing)
    text = "米国のオースティン国防長官は、北朝鮮がロシアに送ったミサイルの残骸を視察した。"
    assert _records(text) == [("North Korea", "Russia", None, "reported")]
    # (nor does a party using the goods, which is no inspecting)
    text = "ロシア軍は、北朝鮮が供与したミサイルを攻撃に使用した。"
    assert [t.status for t in _transfers(text)] == ["reported"]


def test_a_request_to_givers_left_unnamed_takes_no_supplier_named_next() -> None:
    text = "ウクライナのゼレンスキー大統領は西側に戦闘機を求めている。ノルウェーとベルギーはF16の供与で合意した。"
    got = {(pair(t), t.status) for t in _transfers(text)}
    assert ((None, "Ukraine"), "requested") in got
    assert (("Norway", "Ukraine"), "planned") in got
    assert (("Belgium", "Ukraine"), "planned") in got
    assert not any(p[0] is not None and st == "requested" for p, st in got)
    # (a request put to one state still is that state's)
    text = "ウクライナはドイツに戦車を求めている。ドイツはレオパルト2の供与を決めた。"
    got = {(pair(t), t.status) for t in _transfers(text)}
    assert (("Germany", "Ukraine"), "requested") in got


def test_a_seizure_of_goods_of_a_told_make_is_a_shipment_of_the_traffic_told_before() -> None:
    text = "イランはフーシ派に武器を送っている。紅海では先月、イラン製とみられる巡航ミサイルの部品が押収された。"
    got = _transfers(text)
    seized = [t for t in got if t.items and t.items[0].text.endswith("部品")]
    assert [(pair(t), t.status) for t in seized] == [(("Iran", "Houthis"), "alleged")]
    # (with no traffic told before, a seizure naming only the make tells no transfer)
    assert _transfers("ウクライナ東部の前線で、イラン製とみられる部品が押収された。") == []
    # (goods of a state's make seized after its open supply of a state are not that supply)
    text = "米国はウクライナに砲弾を送っている。ポーランドの税関は、米国製の電子部品を押収した。"
    assert [pair(t) for t in _transfers(text)] == [("United States", "Ukraine")]


def test_givers_right_after_a_state_taking_or_asking_for_help_give_to_it() -> None:
    text = "ウクライナは欧州各国から支援を受けている。ノルウェーとベルギーはF16の供与で合意した。"
    assert {(pair(t), t.status) for t in _transfers(text)} == {
        (("Norway", "Ukraine"), "planned"),
        (("Belgium", "Ukraine"), "planned"),
    }
    text = "モルドバは各国に支援を求めてきた。ルーマニアは装甲車を供与すると発表した。"
    assert [(pair(t), t.status) for t in _transfers(text)] == [(("Romania", "Moldova"), "planned")]
    # (two parties before, one helping the other: no one recipient framed)
    assert _transfers("ロシアは北朝鮮から支援を受けている。中国は工作機械を輸出した。") == []
    # (with nothing before, the act names no recipient and tells no transfer)
    assert _transfers("ノルウェーとベルギーはF16の供与で合意した。") == []
