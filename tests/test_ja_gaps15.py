"""Japanese gaps found on our own articles: a recipient told only as the one putting weapons to use in
the sentence before (「フーシ派は紅海で商船への攻撃を続けている。イランが供与したミサイルが使われている」), a
change of supplier whose states are no parties of the purchase told beside it (「調達先をロシアから
フランスに切り替えており、同国から…購入した」), a long name of the port goods were loaded at
(「…の経済特区にある羅津港で積み込み」), fronted assessments (の見立てでは, の推計では) against findings
(の調べでは), short names of states (ボスニア, 旧ザイール, 越), the date of a sending whose goods are
told as loaded in containers (「2023年8月以降、砲弾を積んだコンテナを送った」), and production goods
(生産設備, 製造装置, 製造ライン)."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records, transfers

PUB = "2025-03-10"

_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


def _goods(text: str) -> set[tuple[str, str]]:
    """(text, category) of every item of every transfer a text tells."""
    return {(it.text, it.category) for t in _run(text) for it in t.items}


# a recipient told only as the user of the weapons in the sentence before


def test_armed_group_attacking_before_receives_the_goods_used() -> None:
    text = "フーシ派は紅海で商船への攻撃を続けている。イランが供与した対艦ミサイルが使われているとみられる。"
    assert _pairs(text) == {("Iran", "Houthis")}


def test_armed_group_spoken_of_before_receives_parts_its_missiles_were_built_from() -> None:
    text = (
        "イランを巡っては、イエメンの武装組織フーシ派との関係も問題視されている。"
        "国連の専門家パネルは、紅海の商船攻撃に使われたミサイルはイランから密輸された部品で組み立てられたと結論づけた。"
    )
    assert ("Iran", "Houthis") in _pairs(text)


def test_group_firing_rockets_receives_the_smuggled_parts() -> None:
    text = (
        "ハマスは7日、イスラエル南部に大量のロケット弾を撃ち込んだ。"
        "ロケット弾の多くはイランから持ち込まれた部品で作られたとみられる。"
    )
    assert _pairs(text) == {("Iran", "Hamas")}


def test_state_attacking_before_receives_the_missiles() -> None:
    text = "ロシア軍は東部ハルキウを弾道ミサイルで攻撃した。ミサイルは北朝鮮が供与したものだと分析されている。"
    assert _pairs(text) == {("North Korea", "Russia")}


def test_target_of_the_attack_before_receives_nothing() -> None:
    text = "イスラエル軍はガザ地区のハマスの拠点を空爆した。米国が供与した爆弾が使われた。"
    assert _pairs(text) == {("United States", "Israel")}
    text = "ロシアはウクライナへの攻撃を続けている。イランが供与した無人機が使われている。"
    assert _pairs(text) == {("Iran", "Russia")}


def test_state_condemning_the_attack_before_receives_nothing() -> None:
    text = "米国務省はフーシ派の攻撃を非難した。イランが供与した無人機が使われたという。"
    assert ("Iran", "United States") not in _pairs(text)


def test_user_with_a_recipient_of_its_own_is_kept() -> None:
    text = "ロシア軍はウクライナ軍の陣地を攻撃した。ウクライナ軍は米国から供与された榴弾砲で反撃した。"
    assert _pairs(text) == {("United States", "Ukraine")}


def test_sanctioning_state_before_receives_nothing() -> None:
    assert _pairs("米国はイランへの制裁を強化した。イランが供与した無人機が使われている。") == set()


# a change of supplier told beside a purchase


def test_state_switched_to_and_named_again_supplies_the_purchase() -> None:
    text = "インドは戦闘機の調達先をロシアからフランスに切り替えており、同国からラファール36機を購入した。"
    assert _pairs(text) == {("France", "India")}


def test_state_switched_from_supplies_nothing() -> None:
    text = "フィリピンは調達先をロシアから米国へ移しており、同国から輸送機を購入した。"
    assert _pairs(text) == {("United States", "Philippines")}
    text = "エジプトは武器の輸入先を米国からロシアへ切り替え、同国から戦闘機を購入した。"
    assert _pairs(text) == {("Russia", "Egypt")}


def test_switch_to_a_list_supplies_from_its_first() -> None:
    text = "ベトナムは兵器の調達先をロシアから韓国などに切り替えつつあり、同国から自走砲を購入する。"
    assert _pairs(text) == {("South Korea", "Vietnam")}


def test_goods_moved_from_a_state_to_another_are_no_switch() -> None:
    assert ("Russia", "Syria") in _pairs("北朝鮮はロシアから砲弾をシリアに移した。")


# a long name of the port or yard goods were loaded at


def test_port_named_at_length_is_where_the_goods_came_from() -> None:
    text = "貨物船は北朝鮮北東部の羅先経済特区にある羅津港で砲弾を積み込み、ロシアに運んだ。"
    assert _pairs(text) == {("North Korea", "Russia")}


def test_port_of_a_region_of_the_state_is_where_the_goods_came_from() -> None:
    text = "ミサイルはイラン南部のバンダルアッバス港で小型船に積み込まれ、イエメンのフーシ派に運ばれた。"
    assert _pairs(text) == {("Iran", "Houthis")}


def test_pier_and_shipyard_are_loading_sites() -> None:
    text = "弾薬は北朝鮮の南浦港にある大型埠頭で積み込まれ、ロシア極東に送られた。"
    assert _pairs(text) == {("North Korea", "Russia")}
    text = "部品は中国江蘇省の造船所で貨物船に積み込まれ、ロシアに送られた。"
    assert _pairs(text) == {("China", "Russia")}


# fronted assessments and findings


def test_fronted_assessments_are_alleged() -> None:
    for frame in ("の見立てでは", "の分析では", "の見方では", "の推計では", "の試算では"):
        text = f"韓国国防省{frame}、北朝鮮はロシアに砲弾500万発を送った。"
        assert [r[3] for r in _records(text)] == ["alleged"], frame


def test_fronted_findings_are_reported() -> None:
    for frame in ("の調べでは", "の話を総合すると"):
        text = f"韓国国防省{frame}、北朝鮮はロシアに砲弾500万発を送った。"
        assert [r[3] for r in _records(text)] == ["reported"], frame


# short names of states


def test_short_names_of_states() -> None:
    assert _pairs("ボスニアの武器メーカーがウクライナに砲弾を輸出した。") == {("Bosnia and Herzegovina", "Ukraine")}
    assert _pairs("ロシアは旧ザイールに小銃を売却した。") == {("Russia", "Democratic Republic of the Congo")}
    assert _pairs("ロシアはDRコンゴに攻撃ヘリを売却した。") == {("Russia", "Democratic Republic of the Congo")}
    assert _pairs("ロシアはヴェトナムに戦闘機を売却した。") == {("Russia", "Vietnam")}
    assert _pairs("日越両政府は、日本が越に巡視船を供与することで合意した。") == {("Japan", "Vietnam")}


def test_one_kanji_vietnam_only_in_its_frames() -> None:
    from materiel.pipeline import analyze_text

    for text in ("難民は国境を越えてタイに逃れた。越境攻撃が続く。", "その差は越えられない。"):
        names = {m.text for m in analyze_text(text, lang="ja", published=PUB).mentions}
        assert "越" not in names


# the date of a sending whose goods are loaded in containers


def test_date_before_loaded_containers_dates_the_sending() -> None:
    text = (
        "韓国国防省は10日、北朝鮮が2023年8月以降、砲弾や弾道ミサイルなどを積んだコンテナ2万個余りを"
        "ロシアに送ったと明らかにした。"
    )
    assert [r[2] for r in _records(text)] == ["2023-08"]
    text = "国家情報院は23日、北朝鮮が昨年8月以降、砲弾などを積んだ貨物船をロシアに向けて派遣したと報告した。"
    assert [r[2] for r in _records(text)] == ["2024-08"]


def test_date_of_making_the_goods_does_not_date_the_sending() -> None:
    text = "韓国軍は5日、北朝鮮が昨年末に製造した砲弾をロシアに送ったと明らかにした。"
    assert [r[2] for r in _records(text)] == ["2025-03"]


# production goods


def test_production_equipment_is_dual_use() -> None:
    text = "米政府は、イランがロシアの工場向けに生産設備や部品を送っていると分析している。"
    assert ("生産設備", "dual-use") in _goods(text)
    assert _goods("北朝鮮はロシアから弾薬の生産機械を受け取った。") == {("生産機械", "dual-use")}


def test_production_line_of_drones_is_no_drone() -> None:
    assert _goods("イランはロシアに無人機の製造ラインを移転した。") == {("製造ライン", "dual-use")}


def test_know_how_of_making_is_no_goods() -> None:
    assert _pairs("ロシアは北朝鮮に戦闘機の製造技術を提供した。") == set()
