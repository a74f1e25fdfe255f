"""Japanese constructions a blind batch of machine-translated foreign reports and Japanese wire copy
on sanctions evasion (re-exports through Central Asia and the Caucasus, front companies in Hong
Kong, the UAE and Turkey, North Korean shells by rail, Iranian parts through Oman) showed
mishandled: an act told as a condition or a concession (「仮に…渡れば」「…供与した場合」), a claim told
as some outlet's report with the outlet named between (「…とする英紙の報道」「…との一部西側メディア報道」),
the party named as where goods were bound in the end (「最終目的地はフーシ派だった」), a buyer moving
where it buys from (「調達先をロシアからインドに移した」), a ban said with 認めない, goods bound for a
state's firm (「ロシアの企業向けに中継した」), a buyer named as the customer of a supplier's exports
(「中国の武器輸出の主要な顧客」), and the cargo of the act before told on a line of its own
(「貨物は今月上旬にコナクリ港で陸揚げされた」)."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pairs, records, transfers, via

PUB = "2025-05-22"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


# an act told as a condition or a concession


def test_act_in_a_condition_is_supposed() -> None:
    assert _run("仮に中国がロシアに殺傷兵器を供与すれば、重大な結果を招くと米国は警告した。") == []
    assert _run("もし北朝鮮がロシアに弾道ミサイルを送れば、制裁を強化する。") == []
    assert _run("北朝鮮がロシアに戦闘機を引き渡した場合、地域の安定が損なわれる。") == []
    assert _run("ロシアが北朝鮮に戦闘機を提供したら、大きな問題になる。") == []
    assert _run("イランがロシアにミサイルを送ったとしても、戦況は変わらない。") == []
    assert _run("北朝鮮がロシアに砲弾を送れば送るほど、戦争は長引く。") == []


def test_doer_named_after_a_supposed_act_is_no_act() -> None:
    text = "当局者は「仮に日本製の部品が第三国経由でロシア軍に渡れば、輸出した企業の責任も問われる」と話した。"
    assert _run(text) == []


def test_acts_beside_a_condition_stand() -> None:
    # (「によれば」 is no condition; an act just done is done; a real act after a supposed one stands)
    assert _pairs("米当局によれば、イランはロシアに弾道ミサイルを送った。") == {("Iran", "Russia")}
    assert _pairs("イランはロシアに弾道ミサイルを送ったばかりだ。") == {("Iran", "Russia")}
    text = "もし北朝鮮がロシアに弾道ミサイルを送れば、制裁を強化する。イランは昨年ロシアにミサイルを送った。"
    assert _records(text) == [("Iran", "Russia", "2024", "reported")]


def test_act_a_state_will_not_allow_is_no_transfer() -> None:
    assert _run("政府は、ウクライナへのミサイルの移転は認めない方針だ。") == []


# a claim told as some outlet's report


def test_report_with_its_outlet_named_between_is_alleged() -> None:
    t = _one("北朝鮮がロシアに砲弾を送ったとする英紙の報道が波紋を広げている。", "North Korea", "Russia")
    assert t.status == "alleged"
    text = (
        "中国外務省の報道官は、中国企業がロシアへ無人機部品を輸出しているとの一部西側メディア報道について、"
        "「中国は致死性武器を提供したことはない」と述べた。"
    )
    assert _one(text, "China", "Russia").status == "alleged"  # (the speaker is a party, but confirms nothing)


def test_report_only_rejected_stays_denied() -> None:
    text = (
        "ロシアの報道官は、ロシアが北朝鮮に武器を供与しているとする西側メディアの報道について、"
        "「根拠のない憶測だ」と一蹴した。"
    )
    assert _one(text, "Russia", "North Korea").status == "denied"


# where the goods were bound in the end


def test_final_destination_receives_the_goods() -> None:
    text = (
        "軍報道官によれば、部品はイランから海路でオマーンに運ばれ、その後陸路でイエメンに持ち込まれており、"
        "最終目的地はサヌアのフーシ派であったと見られる。"
    )
    t = _one(text, "Iran", "Houthis")
    assert "Oman" in via(t)
    assert ("Iran", "Yemen") not in _pairs(text)


# a buyer moving where it buys from


def test_shift_of_source_is_no_transfer() -> None:
    assert _run("アルメニアは兵器の調達先をロシアからインドなどに移している。") == []
    # (「移す」 of goods is still a transfer)
    assert _pairs("ポーランドはウクライナに戦車を移しました。") == {("Poland", "Ukraine")}


# goods bound for a state's firm, relayed by a go-between


def test_relay_to_a_states_firm() -> None:
    text = "ジョージアの物流会社は中国製の熱画像スコープ約3000台をロシアの企業向けに中継した。"
    t = _one(text, "China", "Russia")
    assert via(t) == {"Georgia"}
    assert [(it.category, it.quantity.value if it.quantity else None) for it in t.items] == [("components", 3000)]


# a buyer named as a customer of a supplier's exports


def test_customer_of_exports_is_an_epithet() -> None:
    text = (
        "パキスタン空軍は中国から輸入したJ-10C戦闘機を20機以上配備しているとされ、"
        "中国の武器輸出の主要な顧客となっている。"
    )
    assert _records(text) == [("China", "Pakistan", None, "alleged")]
    assert _run("インドはロシア製兵器の最大の輸入国で、ロシアの武器輸出の最大の顧客だ。") == []


# the cargo of the act before, told on a line of its own


def test_cargo_on_its_own_line_dates_the_act_before() -> None:
    text = (
        "ロシアはマリに装甲車両を引き渡した。\n"
        "関係者によると、貨物は今月上旬にギニアのコナクリ港で陸揚げされた後、バマコまで陸送された。\n"
    )
    assert _records(text) == [("Russia", "Mali", "2025-05", "reported")]


def test_a_line_on_something_else_does_not_date_the_act_before() -> None:
    text = "ロシアはマリに装甲車両を引き渡した。\n両国の首脳は今月上旬にモスクワで会談した。\n"
    assert _records(text) == [("Russia", "Mali", None, "reported")]


# the day of a telling that closes the sentence


def test_day_before_the_closing_verb_of_telling_dates_the_telling() -> None:
    t = _one("北朝鮮が鉄道でロシアに砲弾を輸送していると、韓国政府消息筋が11日明らかにした。", "North Korea", "Russia")
    assert t.date != "2025-05-11"
    t = _one("イランがロシアにミサイルを送ったと、米国務省が3日発表した。", "Iran", "Russia")
    assert t.date != "2025-05-03"
    # (a day that dates the act itself stays)
    assert _records("イランは3日、ロシアにミサイルを送った。") == [("Iran", "Russia", "2025-05-03", "reported")]


def test_day_of_a_regular_press_conference_dates_no_act() -> None:
    text = (
        "中国外務省の報道官は7日の定例記者会見で、中国企業がロシアへ無人機部品を輸出しているとの報道について"
        "「事実無根だ」と述べた。"
    )
    assert _one(text, "China", "Russia").date != "2025-05-07"


# a lead's flow and a next sentence naming several makes


def test_several_makes_next_lend_no_supplier_to_the_lead() -> None:
    text = (
        "欧米が禁じた電子部品が中央アジアを経由してロシアに流れ込んでいる。"
        "カザフスタンの貿易会社は2023年、ドイツ製とフランス製の無線通信機器を輸入し、ロシアの国防関連企業へ転売していた。"
    )
    ts = _run(text)
    assert ts[0].supplier is None
    assert {("Germany", "Russia"), ("France", "Russia")} <= _pairs(text)
    assert {it.category for t in ts[1:] for it in t.items} == {"dual-use"}  # (無線通信機器)


def test_one_make_next_still_lends_its_supplier() -> None:
    text = (
        "電子部品がロシアに流れ込んでいる。"
        "カザフスタンの貿易会社は2023年、ドイツ製の無線通信機器を輸入し、ロシアの国防関連企業へ転売していた。"
    )
    assert _pairs(text) == {("Germany", "Russia")}


# a counted firm of the stop the goods went through tells that journey again


def test_counted_firms_of_the_stop_pass_the_goods_on() -> None:
    text = (
        "キルギスでは、米国製の半導体をロシアに再輸出する取引が今年に入り急増した。"
        "資料は、ビシュケクの2社が今年1月から6月までに集積回路約12万個をロシア側に送ったと指摘している。"
    )
    assert _pairs(text) == {("United States", "Russia")}
    assert all(via(t) == {"Kyrgyzstan"} for t in _run(text))


def test_a_state_of_the_stop_acting_itself_supplies() -> None:
    text = "キルギスの業者は米国製の半導体をロシアに再輸出した。キルギス政府はロシアに集積回路を送った。"
    assert ("Kyrgyzstan", "Russia") in _pairs(text)


def test_goods_for_drones_are_the_cable_not_a_drone() -> None:
    text = "深圳の企業はキルギスの仲介業者を経由して、ロシアの軍需企業にドローン用の光ファイバーケーブルを輸出した。"
    t = _one(text, "China", "Russia")
    assert {it.category for it in t.items} == {"components"}


# a firm whose name the goods travel under, and one more firm of a city


def test_goods_under_a_firms_name_go_through_its_state() -> None:
    text = "中国製のエンジン数百基が香港のペーパー会社名義で、ロシアのドローン製造業者に輸出された。"
    assert via(_one(text, "China", "Russia")) == {"Hong Kong"}
    assert via(_one("中国製のエンジンが香港企業の名義でロシアに輸出された。", "China", "Russia")) == {"Hong Kong"}


def test_another_firm_of_a_city_passes_the_goods_on() -> None:
    text = "ドバイの別の会社は、フランス製のエンジン部品を輸入したうえで、ロシアに送っていた疑いがある。"
    t = _one(text, "France", "Russia")
    assert via(t) == {"United Arab Emirates"}
    assert t.status == "alleged"
