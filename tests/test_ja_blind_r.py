"""Japanese constructions a blind batch of machine-translated reports (Ukrainian, Korean, Arabic,
Russian and Persian sources) showed mishandled: the outlet named after the quoting 「と、」 that
tells the act (「…と、独立系メディアが伝えている」), signs and traces as hedges (兆候, 形跡), a
stance 「に対しては慎重な立場」, a tally of a state's exports, goods bought and delivered in the
passive to the announcing state, a passive non-past told as a report (「引き渡されるという報道」),
batches of a deal told in one sentence, a heading clause under a hedge (「向かっていたとされる武器」)
and the date of a report."""

from __future__ import annotations

from functools import partial

from tests.parties import name as _name
from tests.parties import one, records, transfers

from materiel.pipeline import analyze_text

PUB = "2025-10-14"


_run = partial(transfers, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


def test_outlet_after_the_quoting_to_tells_the_act_not_the_topic() -> None:
    # (the topic receives; the outlet named after 「と、」 is who tells it: a report, not a confirmation)
    t = _one("スーダン国軍はイランから無人機を受け取っていると、英国の調査報道グループが伝えている。", "Iran", "Sudan")
    assert t.status == "reported"
    t = _one(
        "ベネズエラ政府は、ロシアから戦闘機の引き渡しを受けたと、地元の独立系メディア「エル・ピタソ」が伝えた。",
        "Russia",
        "Venezuela",
    )
    assert t.status == "reported"
    # (a party telling its own deed still confirms it)
    t = _one("ロシア国防省は、ベラルーシにS-400を引き渡したとタス通信に語った。", "Russia", "Belarus")
    assert t.status == "confirmed"


def test_signs_of_an_act_are_a_hedge_and_no_trace_of_it_no_report() -> None:
    t = _one(
        "国連の報告書は、ヒズボラがイラクの民兵組織に対戦車ミサイルを渡し始めた兆候があると指摘した。",
        "Hezbollah",
        "Iraq",
    )
    assert t.status == "alleged"
    got = _records("専門家によると、ロシアが北朝鮮に戦闘機を供与した形跡はない。")
    assert all(status != "reported" for *_, status in got)


def test_a_stance_taken_on_an_act_is_no_act() -> None:
    assert not _run("ドイツ政府はイスラエルへの武器輸出に対しては慎重な立場を崩していない。")
    assert not _run("韓国政府はウクライナへの殺傷兵器の直接支援に対し、慎重な姿勢を示している。")
    # (an act told beside 「に対し」 is still told)
    assert ("Japan", "Philippines") in {r[:2] for r in _records("日本政府は、フィリピンに対し巡視船5隻を供与した。")}


def test_a_tally_of_a_states_exports_names_no_deal() -> None:
    got = _records(
        "フランス国防省によると、同国はインドにラファール戦闘機26機を引き渡す。フランスの兵器輸出の受注残高は過去最高に達している。"
    )
    assert len(got) == 1
    assert got[0][:2] == ("France", "India")


def test_goods_delivered_in_the_passive_go_to_the_announcing_state() -> None:
    text = "フィリピンのテオドロ国防相は、韓国から購入したFA50軽戦闘機12機が来年までに引き渡されると述べた。"
    assert ("South Korea", "Philippines", "2026", "planned") in _records(text)
    text = "ポーランドは、米国から購入したアパッチ攻撃ヘリ96機が2028年までに引き渡されると発表した。"
    assert ("United States", "Poland", "2028", "planned") in _records(text)
    # (goods given to someone named go there, whoever speaks)
    text = "ドイツのピストリウス国防相は、米国から購入されたパトリオットがウクライナに引き渡されると述べた。"
    assert ("Germany", "Ukraine") not in {r[:2] for r in _records(text)}


def test_a_passive_non_past_told_as_a_report_is_a_plan() -> None:
    text = "中国のJ-10C戦闘機がエジプトに引き渡されるという一部の報道について、中国国防省はコメントを控えた。"
    assert ("China", "Egypt", None, "planned") in _records(text)
    text = "ロシアのSu-35戦闘機がイランに送られるとの報道があるが、両国とも確認していない。"
    assert any(r[:2] == ("Russia", "Iran") and r[3] == "planned" for r in _records(text))


def test_batches_of_a_deal_told_in_one_sentence_are_one_act_each() -> None:
    text = "エジプトは2019年にロシアからSu-35を24機発注し、最初の5機は2020年に、次の5機は昨年に納入されていた。"
    got = _records(text)
    assert ("Russia", "Egypt", "2019", "planned") in got
    assert ("Russia", "Egypt", "2020", "reported") in got
    assert ("Russia", "Egypt", "2024", "reported") in got
    # (each batch counted by its opener, the order by its own count)
    counts = {t.date: [i.quantity.value for i in t.items if i.quantity] for t in _run(text)}
    assert counts == {"2019": [24], "2020": [5], "2024": [5]}
    text = "韓国はポーランドにK9自走砲を売却し、第1陣は2022年に、第2陣は昨年に引き渡された。"
    dates = {r[2] for r in _records(text) if r[:2] == ("South Korea", "Poland")}
    assert {"2022", "2024"} <= dates


def test_a_heading_clause_under_a_hedge_tells_the_seized_shipment() -> None:
    text = "米海軍は先月、アラビア海でイランからフーシ派に向かっていたとされる武器を積んだダウ船を拿捕したと発表した。"
    assert ("Iran", "Houthis", "2025-09", "alleged") in _records(text)


def test_the_date_of_a_report_dates_no_act_it_tells() -> None:
    text = (
        "国連の専門家パネルは今年3月の報告書で、北朝鮮がイエメンのフーシ派に対戦車ミサイルを提供したとの見方を示した。"
    )
    assert ("North Korea", "Houthis", None, "alleged") in _records(text)
    text = "国連の専門家パネルは今年3月の報告書で、北朝鮮が昨年9月にフーシ派に対戦車ミサイルを提供したと指摘した。"
    assert ("North Korea", "Houthis", "2024-09") in {r[:3] for r in _records(text)}


def test_russias_state_arms_exporters_speak_for_russia() -> None:
    # (ロステク without the small ッ; its head telling the sale confirms it)
    t = _one("ロステクのチェメゾフ社長は、インドにT-90戦車10両を先月引き渡したと明らかにした。", "Russia", "India")
    assert (t.date, t.status) == ("2025-09", "confirmed")
    t = _one("ロスオボロンエクスポルトは、アルジェリアにSu-30戦闘機を引き渡したと発表した。", "Russia", "Algeria")
    assert t.status == "confirmed"
    # (a maker's head is no party to the sale)
    t = _one(
        "韓国ハンファ・エアロスペースの社長は、ポーランドにK9自走砲を引き渡したと述べた。", "South Korea", "Poland"
    )
    assert t.status == "reported"


def test_a_region_the_gazetteer_does_not_know_stands_with_its_state() -> None:
    text = (
        "当局者によると、無人機はイラン北部の港から貨物船でカスピ海を渡り、"
        "ロシア南部ダゲスタン共和国の港に先月陸揚げされたという。"
    )
    assert ("Iran", "Russia", "2025-09") in {r[:3] for r in _records(text)}
    text = "情報筋によれば、砲弾は北朝鮮からロシア南部チェチェン共和国に運ばれた。"
    assert {r[:2] for r in _records(text)} == {("North Korea", "Russia")}


def test_propellant_chemicals_are_dual_use_goods() -> None:
    t = _one("貨物船は中国の港から過塩素酸アンモニウム1000トンをイランに運んだ。", "China", "Iran")
    assert [(i.category, i.text) for i in t.items] == [("dual-use", "過塩素酸アンモニウム")]


def test_goods_that_sailed_are_under_way_whenever_they_arrive() -> None:
    text = (
        "イラン船籍の貨物船が中国の港から過塩素酸ナトリウムを積んで先月出港し、"
        "来週にもイランのバンダルアッバース港に到着する見込みだ。"
    )
    assert ("China", "Iran", "2025-09", "reported") in _records(text)
    # (goods only expected to arrive, with no sailing told, are still expected)
    got = _records("中国の過塩素酸ナトリウムが来月、イランのバンダルアッバース港に到着する見込みだ。")
    assert got
    assert all(status == "planned" for *_, status in got)


def test_weapons_striking_a_craft_that_arrived_are_no_shipment() -> None:
    assert not _run("ウクライナの無人機はロシア南部の港に到着した貨物船を攻撃した。")
    assert not _run("ロシア軍はオデーサ港に入港した穀物運搬船をミサイルで攻撃した。")
    # (goods that arrived and were then struck are still goods that arrived)
    assert ("Iran", "Houthis") in {r[:2] for r in _records("米軍は、イランからフーシ派に到着した無人機を迎撃した。")}


def test_a_class_word_after_the_listed_goods_adds_no_goods() -> None:
    t = _one("イランはエンジンや誘導装置など無人機の部品をロシアに供給し続けている。", "Iran", "Russia")
    assert [i.text for i in t.items] == ["エンジン", "誘導装置"]
    t = _one("中国の企業は工作機械など軍民両用品をロシアに輸出した。", "China", "Russia")
    assert [i.text for i in t.items] == ["工作機械"]
    # (a class of another kind is goods of its own)
    t = _one("米国はウクライナにジャベリンなど弾薬を送った。", "United States", "Ukraine")
    assert [i.text for i in t.items] == ["ジャベリン", "弾薬"]


def test_a_report_joined_by_teori_to_its_denial_stays_the_reporters() -> None:
    text = (
        "米国務省は昨年9月、イランがロシアに弾道ミサイル200発以上を移転したと発表しており、"
        "イラン外務省はこれを「根拠のない主張」として否定していた。"
    )
    a = analyze_text(text, lang="ja", published=PUB)
    [t] = a.transfers
    assert (_name(t.supplier), _name(t.recipient), t.date, t.status) == ("Iran", "Russia", "2024-09", "reported")
    stances = {(c.stance, c.speaker.entity.name if c.speaker and c.speaker.entity else None) for c in a.claims}
    assert ("asserts", "United States") in stances
    assert ("denies", "Iran") in stances


def test_an_assessment_is_a_hedge() -> None:
    text = "韓国軍は、北朝鮮が昨年からロシアに供与した砲弾が1000万発を超えるとの評価を示した。"
    assert ("North Korea", "Russia", "2024", "alleged") in _records(text)


def test_a_running_total_told_of_the_goods_counts_them() -> None:
    t = _one("北朝鮮がロシアに供与した砲弾は累計1200万発以上に達する。", "North Korea", "Russia")
    assert [i.quantity.value if i.quantity else None for i in t.items] == [12000000]
    t = _one("北朝鮮がロシアに供与した砲弾の数は約600万発に上る。", "North Korea", "Russia")
    assert [i.quantity.value if i.quantity else None for i in t.items] == [6000000]
