"""Japanese constructions a blind batch of business and regional reporting on export control (court
cases on illegal exports, shell firms in Hong Kong, re-exports through Central Asia and the Caucasus,
Japan's patrol boats and radars) showed mishandled: parts named by what they are (電源モジュール,
リチウム電池) and counted in 点, goods addressed to a party (「…の企業あてに輸出」), a firm told by the
place it is of and then by its own quoted name (「横浜市の貿易会社「…」」), and a firm's trade words that
are no goods (「電子部品商社」)."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pairs, transfers, via

PUB = "2026-06-18"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


def _texts(t: object) -> list[str]:
    """The item words of a transfer, in order."""
    return [it.text for it in t.items]  # type: ignore[attr-defined]


# parts and dual-use goods the lexicon lacked, and goods counted in 点


def test_parts_named_by_what_they_are() -> None:
    t = _one("中国製のリチウムイオン電池がキルギスを経由してロシアに輸出されていた。", "China", "Russia")
    assert _texts(t) == ["リチウムイオン電池"] and t.items[0].category == "components"
    t = _one("台湾製の電源モジュールとコネクターが香港経由でロシアに渡っていた。", "Taiwan", "Russia")
    assert _texts(t) == ["電源モジュール", "コネクター"]
    t = _one("東京の商社は、炭素繊維をロシアに輸出した。", "Japan", "Russia")
    assert _texts(t) == ["炭素繊維"] and t.items[0].category == "dual-use"


def test_goods_counted_in_articles() -> None:
    t = _one("米国製の半導体3000点がカザフスタン経由でロシアに渡った。", "United States", "Russia")
    q = t.items[0].quantity
    assert q is not None and q.value == 3000


def test_a_firms_trade_is_no_goods() -> None:
    t = _one("大阪市の電子部品商社は昨年、半導体製造装置の部品をアルメニア経由でロシアに輸出した。", "Japan", "Russia")
    assert _texts(t) == ["半導体製造装置の部品"] and via(t) == {"Armenia"}


# goods addressed to a party


def test_goods_addressed_to_a_firm_go_to_its_state() -> None:
    t = _one(
        "神戸市の会社は2024年3月、中古のマシニングセンター4台をウズベキスタンの企業あてに輸出した。",
        "Japan",
        "Uzbekistan",
    )
    assert t.date == "2024-03" and t.items[0].quantity is not None and t.items[0].quantity.value == 4
    assert _pairs("フィンランドの税関は、ロシア宛ての無人機部品を押収した。") == {(None, "Russia")}


def test_relying_on_a_party_is_no_address() -> None:
    assert _run("同社は米国をあてにしている。") == []


# a firm of a place, then its own name


def test_a_named_firm_of_a_place_stands_for_its_state() -> None:
    assert _pairs("キルギスの貿易会社「アルタイ・トレード」は昨年、工作機械をロシアに輸出した。") == {
        ("Kyrgyzstan", "Russia")
    }
    text = (
        "名古屋市の機械商社「中部精機」の社長が起訴された。"
        "同社は2024年秋、無人機の部品に使える小型モーターをUAE経由でロシアに送った疑いがある。"
    )
    t = _one(text, "Japan", "Russia")
    assert t.status == "alleged" and via(t) == {"United Arab Emirates"}


def test_the_licensing_minister_is_no_firm() -> None:
    text = (
        "札幌市の貿易会社「北斗物産」は、経済産業相の許可を得ずに、工作機械をロシアに輸出した。"
        "同社は翌月にも、光学機器をアルメニア経由でロシアに送っていた。"
    )
    assert {t.supplier.entity.name for t in _run(text) if t.supplier and t.supplier.entity} == {"Japan"}


# a flow asked to be stopped is no request for goods


def test_asking_to_stop_a_supply_asks_for_nothing() -> None:
    assert _run("日本政府は各国に対し、スーダン国軍への武器供給を止めるよう求めた。") == []
    assert _run("G7外相はイランに、ロシアへの弾道ミサイルの移転を止めるよう要求した。") == []
    t = _one("ウクライナはドイツに、巡航ミサイルを供与するよう求めた。", "Germany", "Ukraine")
    assert t.status == "requested"


def test_taking_a_supply_seriously_stops_nothing() -> None:
    t = _one("北朝鮮がロシアに砲弾を供与したことを、政府は重く受け止めている。", "North Korea", "Russia")
    assert t.status == "reported"


# court and police reporting: a conviction finds the charge; who arrests or tries is no party


def test_a_conviction_finds_the_charge() -> None:
    t = _one(
        "福岡市の商社は2023年、工作機械をトルコ経由でロシアに輸出したとして、昨年、罰金刑を受けた。", "Japan", "Russia"
    )
    assert t.status == "reported" and t.date == "2023" and via(t) == {"Turkey"}
    [t] = _run("大阪地裁は、無人機の部品をロシアに輸出したとして、社長に懲役1年6月の判決を言い渡した。")
    assert t.status == "reported"


def test_an_arrest_or_an_acquittal_leaves_a_charge() -> None:
    [t] = _run("警視庁は、炭素繊維を中国経由でロシアに輸出したとして、貿易会社の社長を逮捕した。")
    assert t.status == "alleged" and t.supplier is None
    [t] = _run("東京地裁は、工作機械をロシアに輸出したとして起訴された社長に無罪判決を言い渡した。")
    assert t.status == "alleged"


def test_a_season_of_the_year_just_told() -> None:
    text = "同社は2024年5月、工作機械をロシアに輸出した。同社は同じ年の秋にも、光学機器をロシアに送っていた。"
    assert [t.date for t in _run(text)] == ["2024-05", "2024"]


# a state's coast guard, and the state's government as the partner of the deal


def test_a_states_coast_guard_receives_for_it() -> None:
    t = _one("政府は、ベトナム海上警察に中古の巡視船3隻を供与した。", "Japan", "Vietnam")
    assert t.items and t.items[0].category == "naval"
    assert _pairs("政府は、スリランカ沿岸警備隊に高速巡視艇2隻を供与する方針だ。") == {("Japan", "Sri Lanka")}


def test_the_same_states_government_is_that_state() -> None:
    text = "政府は3日、インドネシア海軍に警戒監視用の無人機4機を供与するため、同国政府と書簡を交換した。"
    t = _one(text, "Japan", "Indonesia")
    assert t.status == "planned" and t.date == "2026-06-03"


# goods found among an arriving cargo: the destination tells the act


def test_goods_bound_for_a_party_found_in_an_arriving_cargo() -> None:
    text = (
        "アゼルバイジャンの税関は5月、イランから陸路で到着した貨物のうち、"
        "ロシア向けとみられる中国製の無人機部品約800個を押収した。"
    )
    t = _one(text, "China", "Russia")
    assert t.status == "alleged" and t.date == "2026-05"
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 800


# goods bought in a clause, listed, then sold on


def test_listed_goods_bought_then_sold_on_make_one_journey() -> None:
    t = _one(
        "カザフスタンの商社は、中国から輸入したベアリングや無線機を、ロシアの企業に転売していた。", "China", "Russia"
    )
    assert via(t) == {"Kazakhstan"} and _texts(t) == ["ベアリング", "無線機"]
    assert _pairs("カザフスタンの商社は、中国から輸入したベアリングや無線機を、ロシアの企業に転売していた。") == {
        ("China", "Russia")
    }


# the report of an examination tells its findings; an assessment stays one


def test_a_report_of_an_examination_tells_a_finding() -> None:
    text = (
        "英国の調査団体は、回収された部品を分析した報告書を公表し、"
        "中国製の半導体がカザフスタンを経由してロシアに送られていたことが分かったと発表した。"
    )
    t = _one(text, "China", "Russia")
    assert t.status == "reported" and via(t) == {"Kazakhstan"}
    t = _one("米当局は、イランがロシアに無人機を送ったと分析している。", "Iran", "Russia")
    assert t.status == "alleged"


# a loophole through third countries makes the topic's state no conduit


def test_a_loophole_through_third_countries_keeps_the_maker() -> None:
    text = (
        "香港の企業を通じて、日本製のコネクター数万点がロシアに渡っていた。"
        "日本政府は輸出を禁じているが、第三国を経由した「抜け穴」が問題になっている。"
    )
    assert _pairs(text) == {("Japan", "Russia")}
    text = "キルギスは中継地になっている。キルギスの企業は、工作機械をロシアに輸出した。"
    t = _one(text, None, "Russia")
    assert via(t) == {"Kyrgyzstan"}


def test_the_same_span_told_again_starts_where_it_started() -> None:
    text = (
        "香港の8社は2025年4～6月、米国製のFPGAをロシアに出荷していた。"
        "同じ期間に、台湾製の電源装置もロシアに渡っていた。"
    )
    t = _one(text, "Taiwan", "Russia")
    assert t.date == "2025-04"
