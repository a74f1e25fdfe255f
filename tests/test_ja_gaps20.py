"""Japanese facts of one transfer told in the sentence after its act: who tells it or how it is weighed
(「…を供与した。米政府関係者はそう説明している」「…専門家はカスピ海経由とみている」), where a seized load was
going (「…を押収した。積み荷はフーシ派に向かっていたとみられる」), a deal's first lot told by its turn
(「1番艦は」「最初の部隊分は」), the partner of a tie the topic deepens as the recipient (「北朝鮮はロシアとの
軍事協力を強化している。昨年秋には砲弾を供与した」), and the date the act told again gives (「引き渡されたの
は今年1月だった」「供与は昨年12月。」)."""

from __future__ import annotations

from functools import partial

from tests.parties import find, one, pairs, records, transfers

from materiel.pipeline import analyze_text

PUB = "2025-03-10"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


def _told_by(text: str, supplier: str, recipient: str) -> tuple[str, set[str]]:
    """The status of the one transfer from `supplier` to `recipient`, and the words naming who tells it."""
    a = analyze_text(text, lang="ja", published=PUB)
    t = find(a, supplier, recipient)
    claims = [c for c in a.claims if c.id in t.claims]
    return t.status, {c.speaker.span.text for c in claims if c.speaker is not None and c.speaker.span is not None}


# 1. a sentence with no act of its own that only tells or weighs the act before


def test_teller_of_the_act_before_in_a_sentence_of_its_own() -> None:
    text = "イランはフーシ派に対艦ミサイルを供与した。米政府関係者はそう説明している。"
    assert _told_by(text, "Iran", "Houthis") == ("reported", {"米政府関係者"})
    text = "北朝鮮はロシアに短距離弾道ミサイルを供与した。韓国国防省が確認したと説明している。"
    assert _told_by(text, "North Korea", "Russia") == ("reported", {"韓国国防省"})
    text = "北朝鮮はロシアに砲弾を送った。韓国の情報機関が確認したと国会で説明した。"
    assert _told_by(text, "North Korea", "Russia") == ("reported", {"韓国の情報機関"})


def test_party_owning_up_to_the_act_before_confirms_it() -> None:
    text = "北朝鮮はロシアに砲弾を供与した。ロシア国防省が確認したと説明している。"
    assert _told_by(text, "North Korea", "Russia")[0] == "confirmed"


def test_act_weighed_in_the_next_sentence_is_alleged() -> None:
    text = "イランはロシアに無人機を供与した。専門家はカスピ海経由とみている。"
    assert _one(text, "Iran", "Russia").status == "alleged"
    text = "イランはロシアに弾道ミサイルを引き渡した。米当局者は、カスピ海を経由したと分析している。"
    assert _told_by(text, "Iran", "Russia") == ("alleged", {"米当局者"})
    text = "イランはロシアに弾道ミサイルを引き渡した。西側の情報機関はそうみている。"
    assert _one(text, "Iran", "Russia").status == "alleged"
    assert _one("北朝鮮はロシアに砲弾を供与した。鉄道経由とみられる。", "North Korea", "Russia").status == "alleged"


def test_hedge_about_another_matter_leaves_the_act_as_told() -> None:
    text = "イランはロシアに無人機を供与した。専門家は戦況は長期化するとみている。"
    assert _one(text, "Iran", "Russia").status == "reported"
    assert _one("イランはロシアに無人機を供与した。戦況は悪化したとみられる。", "Iran", "Russia").status == "reported"
    text = "ドイツはウクライナに戦車を送った。専門家は攻勢が来年に始まるとみている。"
    assert _one(text, "Germany", "Ukraine").status == "reported"


def test_next_sentence_with_an_act_of_its_own_keeps_its_own_status() -> None:
    text = "北朝鮮はロシアに砲弾を送った。韓国国防省は、北朝鮮がロシアに兵士も派遣したと説明している。"
    assert _told_by(text, "North Korea", "Russia") == ("reported", set())
    text = "北朝鮮はロシアに砲弾を送った。米当局者は、北朝鮮がロシアにミサイルも送ったとみている。"
    assert [r[3] for r in _records(text)] == ["reported", "alleged"]


def test_act_already_sourced_keeps_its_source() -> None:
    text = "米当局者によると、イランはロシアに無人機を供与した。専門家はカスピ海経由とみている。"
    assert _told_by(text, "Iran", "Russia") == ("reported", {"米当局者"})


# 2. where a seized load was going, told in the next sentence


def test_seized_load_heading_for_a_party() -> None:
    text = "米海軍は密輸船を拿捕し、対戦車ミサイルなどを押収した。積み荷はフーシ派に向かっていたとみられる。"
    assert _records(text) == [(None, "Houthis", None, "alleged")]
    text = (
        "インド海軍は2月、ソマリア沖で不審船を臨検し、ロケット弾200発を押収した。当局は、積み荷はスーダンの"
        "即応支援部隊に向かっていたと説明している。"
    )
    assert _records(text) == [(None, "Rapid Support Forces", "2025-02", "alleged")]


def test_seized_load_sent_on_to_a_party_with_no_make_told() -> None:
    text = (
        "米海軍は密輸船を拿捕し、対戦車ミサイルなどを押収した。同軍は、積み荷がフーシ派に送られる途中だったとみている。"
    )
    assert _records(text) == [(None, "Houthis", None, "alleged")]


def test_seized_load_with_its_leg_from_the_giver() -> None:
    text = (
        "沿岸警備隊は漁船を拿捕し、ロケット弾を押収した。貨物はイランから運ばれ、フーシ派に届けられる予定だったという。"
    )
    assert _records(text) == [("Iran", "Houthis", None, "alleged")]


def test_seized_load_of_a_told_make_heading_for_a_party() -> None:
    text = (
        "米中央軍は先月、アラビア海でダウ船を拿捕し、イラン製の巡航ミサイル部品を押収した。積み荷はイエメンの"
        "フーシ派に向かっていたとみられる。"
    )
    assert _records(text) == [("Iran", "Houthis", "2025-02", "alleged")]


def test_seized_goods_that_are_no_arms_go_nowhere() -> None:
    assert _pairs("海軍は密輸船を拿捕し、大量の麻薬を押収した。積み荷はソマリアに向かっていたとみられる。") == set()
    assert _pairs("ロシアの貨物はカザフスタンに向かった。") == set()


# 3. a deal's first lot told by its turn, one or two sentences after the deal


def test_first_lot_by_its_turn_after_a_deal() -> None:
    text = (
        "フィリピンはインドから超音速巡航ミサイル「ブラモス」を購入する契約を結んだ。総額は約3億7500万ドルに"
        "上る。最初の部隊分は2024年4月に引き渡された。"
    )
    assert ("India", "Philippines", "2024-04", "reported") in _records(text)
    text = "ドイツはエジプトとフリゲート艦の売却で合意した。1番艦は2026年に引き渡される見通しだ。"
    assert _records(text) == [("Germany", "Egypt", "2026", "planned")]
    text = "ルーマニアはトルコから哨戒艦2隻を購入する契約を結んだ。最初の艦は来年引き渡される。"
    assert ("Turkey", "Romania", "2026", "planned") in _records(text)


# 4. the partner of a tie the topic deepens, the recipient of its acts told next


def test_partner_of_a_deepened_tie_receives_the_goods() -> None:
    text = "北朝鮮はロシアとの軍事協力を強化している。昨年秋には砲弾数百万発を供与した。"
    assert _records(text) == [("North Korea", "Russia", "2024", "reported")]
    text = "中国はパキスタンとの軍事協力を拡大している。昨年は新型のフリゲート艦2隻を引き渡した。"
    assert _records(text) == [("China", "Pakistan", "2024", "reported")]
    text = "イランはロシアとの関係を深めている。これまでに自爆型無人機「シャヘド136」を数千機供与したとされる。"
    assert _records(text) == [("Iran", "Russia", None, "alleged")]


def test_a_deepened_tie_alone_is_no_transfer() -> None:
    assert _pairs("北朝鮮はロシアとの軍事協力を強化している。") == set()
    assert _pairs("北朝鮮はロシアとの軍事協力を強化している。金正恩総書記は先月、プーチン大統領と会談した。") == set()
    text = "ベラルーシはロシアとの関係を深めている。ロシアは昨年、ベラルーシに戦術核兵器を配備した。"
    assert _pairs(text) == set()


# 5. the date told in the next sentence, of the act named again


def test_date_of_the_act_named_again_in_the_next_sentence() -> None:
    base = "ドイツはウクライナに自走砲を供与した。"
    assert _records(base + "引き渡されたのは今年1月だった。") == [("Germany", "Ukraine", "2025-01", "reported")]
    assert _records(base + "供与が行われたのは昨年12月だった。") == [("Germany", "Ukraine", "2024-12", "reported")]
    assert _records(base + "供与は昨年12月。") == [("Germany", "Ukraine", "2024-12", "reported")]
    assert _records(base + "引き渡しは昨年12月に始まった。") == [("Germany", "Ukraine", "2024-12", "reported")]
    assert _records(base + "実際の引き渡しは3月に行われたという。")[0][2] == "2025-03"


def test_a_next_sentence_on_another_matter_gives_no_date() -> None:
    base = "ドイツはウクライナに自走砲を供与した。"
    assert _records(base + "供与は昨年12月に発表された計画に基づく。")[0][2] is None
    assert _records(base + "次の供与は来年3月の予定だ。")[0][2] is None
