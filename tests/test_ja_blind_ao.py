"""Japanese constructions a blind batch of machine-translated foreign reports (Korean, Persian,
Ukrainian, Russian, Arabic and Chinese outlets on drones, missiles, North Korea and Russia, Chinese
parts, Myanmar and Sudan) showed mishandled: North Korea written 北韓 as Korean outlets do
(「北韓が…ロシアに搬出した」), unnamed speakers with a plural suffix (「当局者らは」), an act supposed
with とすれば (「もし中国が…を渡すとすれば」), goods for a kind of weapon with their origin between
(「FPVドローン用の中国製カメラ」), a generic goods word written on to another
(「熱画像カメラモジュール」), a count after a span of time (「昨年だけで約12万個」), a finding closed by
としている, a press office speaking for the forces (「イラン軍の広報部は」), a firm whose name ends in
its trade (「…航空エンジン社」), a weapon that raw material is for (「…の原料となる過塩素酸ナトリウム」),
technology 「に関連した」, a report called made up (「…という西側の報道は「でっち上げだ」」), an envoy
the gazetteer does not know speaking for the state before the name (「ロシアのマツェゴラ駐北朝鮮大使は」),
a craft of a state whose name is glossed in brackets (「アラブ首長国連邦（UAE）の貨物機が」), an act timed against the
war rather than by the date of its telling (「昨年11月、戦争開始の数カ月前に…渡したことを認めた」),
a body of no state telling of goods used (「国連の専門家パネルは、…部品を使って組み立てられている
との見方を示した」), the place goods were made told before the act (「中国で製造され、ロシアに送られ
ている」) and air-defence equipment named by its general word (「防空装備」)."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pairs, records, transfers, via

PUB = "2025-02-14"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


def _goods(t: object) -> list[tuple[str, str, float | None]]:
    """Each of a transfer's goods: (text, category, count)."""
    return [
        (it.text, it.category, it.quantity.value if it.quantity else None)
        for it in t.items  # type: ignore[attr-defined]
    ]


# 北韓: North Korea as Korean outlets write it


def test_pukhan_is_north_korea() -> None:
    assert _pairs("国防部は、北韓がロシアに自走砲を追加で搬出したと明らかにした。") == {("North Korea", "Russia")}


def test_namhan_is_south_korea() -> None:
    assert _pairs("朝鮮中央通信は、米国が南韓に戦闘機を売却したと非難した。") == {("United States", "South Korea")}


def test_han_alone_stays_south_korea() -> None:
    assert _pairs("米国は韓に戦闘機を売却した。") == {("United States", "South Korea")}


# an unnamed speaker with a plural suffix


def test_plural_officials_tell_both_clauses_of_their_claim() -> None:
    text = (
        "ウクライナの当局者らは、イランがロシアに無人機を数千機送っていて、ロシアがそれを攻撃に使っていると主張した。"
    )
    assert _records(text) == [("Iran", "Russia", None, "alleged")]


def test_plural_officials_as_a_fronted_source_keep_the_report() -> None:
    assert _records("米当局者らによると、イランはロシアに無人機を送った。") == [("Iran", "Russia", None, "reported")]


# an act supposed with とすれば


def test_act_supposed_with_to_sureba_is_no_transfer() -> None:
    text = "米国務省の報道官は、もし中国がロシアに殺傷能力のある兵器を渡すとすれば深刻な結果を招くと警告した。"
    assert _pairs(text) == set()


def test_act_supposed_with_to_suruto_is_no_transfer() -> None:
    assert _pairs("中国がロシアに兵器を供与したとすると、重大な結果を招く。") == set()


def test_act_asserted_with_to_after_it_stays() -> None:
    # (と closing a quote, no supposition: the claim stands)
    assert _pairs("米国は、中国がロシアに兵器を渡したと主張した。") == {("China", "Russia")}


# goods for a kind of weapon, with their origin between


def test_goods_for_drones_with_their_origin_between_are_one_item() -> None:
    t = _one("FPVドローン用の中国製熱画像カメラがロシアに渡った。", "China", "Russia")
    assert _goods(t) == [("FPVドローン用の中国製熱画像カメラ", "components", None)]


# a generic goods word written on to another


def test_goods_word_written_on_to_another_is_one_compound() -> None:
    t = _one("中国製の熱画像カメラモジュールがロシアに渡った。", "China", "Russia")
    assert [it.text for it in t.items] == ["熱画像カメラモジュール"]


def test_goods_words_joined_by_a_particle_stay_two() -> None:
    t = _one("北朝鮮はロシアに砲弾とミサイルを送った。", "North Korea", "Russia")
    assert len(t.items) == 2


# a count after a span of time


def test_count_after_a_span_of_time_is_the_goods() -> None:
    t = _one("中国製の熱画像カメラが昨年だけで約12万個、ロシア軍の手に渡った。", "China", "Russia")
    assert _goods(t) == [("熱画像カメラ", "components", 120000)]


# a finding closed by としている


def test_finding_closed_by_to_shite_iru_names_its_teller_no_party() -> None:
    text = "情報総局は、中国製の熱画像カメラが昨年、キルギスの商社を通じてロシア軍の手に渡ったとしている。"
    t = _one(text, "China", "Russia")
    assert via(t) == {"Kyrgyzstan"}


def test_party_saying_it_will_supply_with_to_shite_iru_plans() -> None:
    assert _records("ドイツは戦車をウクライナに送るとしている。") == [("Germany", "Ukraine", None, "planned")]


# a press office speaking for the forces


def test_press_office_of_the_forces_speaks_for_the_buyer() -> None:
    text = "イラン軍の広報部は2日、ロシアから購入された練習機が空軍基地に到着したと発表した。"
    assert _records(text) == [("Russia", "Iran", "2025-02", "confirmed")]


# a firm whose name ends in its trade, and goods named by what they are raw material for


def test_firm_named_by_its_trade_is_no_goods() -> None:
    text = "中国の厦門リンバッハ航空エンジン社は、ピストンエンジンを少なくとも3,000基、ロシアに出荷した。"
    [t] = _run(text)
    assert _goods(t) == [("エンジン", "components", 3000)]


def test_weapon_raw_material_is_for_is_no_goods() -> None:
    text = "イランの貨物船は、弾道ミサイルの固体推進剤の原料となる過塩素酸ナトリウムを中国から運んだ。"
    [t] = _run(text)
    assert [(it.text, it.category) for it in t.items] == [("過塩素酸ナトリウム", "dual-use")]


def test_technology_related_to_a_weapon_is_no_goods() -> None:
    text = "北韓は、偵察衛星と原子力潜水艦に関連した技術をロシア側に要求しているものとみられる。"
    assert _pairs(text) == set()


# a report called made up


def test_report_called_made_up_by_the_receiver_is_a_denial() -> None:
    text = "ロシアの大使は、ロシアが北朝鮮から砲弾を受け取っているとの報道は「でっち上げだ」と述べた。"
    assert _records(text) == [("North Korea", "Russia", None, "denied")]


def test_report_of_an_outlet_called_made_up_is_a_denial() -> None:
    text = "ロシアの大使は、ロシアが北朝鮮から砲弾を受け取っているという西側の報道は「完全なでっち上げだ」と述べた。"
    assert _records(text) == [("North Korea", "Russia", None, "denied")]


def test_outlet_report_with_a_denial_after_stays_reported() -> None:
    text = "米紙は、ロシアが北朝鮮から砲弾を受け取っていると報じたが、ロシアの大使は「でっち上げだ」と述べた。"
    assert _records(text) == [("North Korea", "Russia", None, "reported")]


# an envoy the gazetteer does not know


def test_unknown_envoy_speaks_for_the_state_before_the_name() -> None:
    text = (
        "ロシアのマツェゴラ駐北朝鮮大使は、ロシアが北朝鮮から砲弾を受け取っているという報道は「でっち上げだ」と述べた。"
    )
    assert _records(text) == [("North Korea", "Russia", None, "denied")]


def test_unknown_envoy_telling_a_receipt_confirms_it() -> None:
    text = "ロシアのマツェゴラ大使は、ロシアが北朝鮮から砲弾を受け取ったと述べた。"
    assert _records(text) == [("North Korea", "Russia", None, "confirmed")]


# a craft of a state, its name glossed in brackets


def test_craft_of_a_glossed_state_carries_for_it() -> None:
    text = "アラブ首長国連邦（UAE）の貨物機がクフラを経由してRSFに武器を運んでいる。"
    assert _pairs(text) == {("United Arab Emirates", "Rapid Support Forces")}


def test_place_in_a_state_on_the_way_makes_it_a_go_between() -> None:
    t = _one("UAEはリビア東部のクフラを経由してRSFに武器を運んでいる。", "United Arab Emirates", "Rapid Support Forces")
    assert via(t) == {"Libya"}


# an act timed against an event


def test_act_timed_against_the_war_takes_no_date_of_its_telling() -> None:
    text = "イランの外相は昨年11月、戦争開始の数カ月前に少数の無人機をロシアに渡したことを認めた。"
    assert [r[2] for r in _records(text)] == [None]


def test_act_told_on_its_date_keeps_it() -> None:
    assert [r[2] for r in _records("イランは昨年11月、少数の無人機をロシアに渡した。")] == ["2024-11"]


# a body of no state telling of goods used


def test_un_panel_telling_of_parts_used_is_no_receiver() -> None:
    text = (
        "国連の専門家パネルは、フーシ派のミサイルはイランから密輸された部品を使って組み立てられているとの見方を示した。"
    )
    assert all(r != "UN Panel of Experts" for _s, r, _d, _st in _records(text))


def test_state_ministry_using_goods_still_receives_them() -> None:
    text = "ウクライナ国防省は、英国が供与した巡航ミサイルを使って攻撃したと発表した。"
    assert _pairs(text) == {("United Kingdom", "Ukraine")}


# where goods were made, told in the clause before the act


def test_place_of_make_before_the_act_is_the_origin() -> None:
    assert _pairs("部品は中国で製造され、ロシアに送られている。") == {("China", "Russia")}


def test_place_of_make_before_use_is_no_transfer() -> None:
    assert _pairs("部品は中国で製造され、ロシア軍が使っている。") == set()


# air-defence equipment told by its general word


def test_air_defence_equipment_is_goods() -> None:
    t = _one("ロシアは北朝鮮に防空装備を提供した。", "Russia", "North Korea")
    assert [(it.text, it.category) for it in t.items] == [("防空装備", "air-defence")]
