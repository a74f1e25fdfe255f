"""Japanese constructions found mishandled: a topic that opens a quote with another topic inside it,
a hedge inside the quote on a later clause only, a delivery told after 「その後」, a deal dated by
the day it was told and the next sentence's own date, a hedged claim of other goods in the same
briefing, a region of a state as destination, a 移転 agreed with Japan, and a force's trucks."""

from __future__ import annotations

from functools import partial

from tests.parties import name as _name
from tests.parties import pairs, records, transfers

PUB = "2025-11-20"


_run = partial(transfers, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)


def test_a_topic_opening_a_quote_speaks_and_the_quotes_topic_acts() -> None:
    # (the speaker's state, named or standing behind the speaker, is no giver)
    text = "ゼレンスキー大統領は、北朝鮮はすでにロシアに弾道ミサイルを引き渡したと述べた。"
    assert _records(text) == [("North Korea", "Russia", None, "reported")]
    text = "ウクライナのブダノフ情報総局長は、イランはロシアに無人機を送り続けていると語った。"
    assert _pairs(text) == {("Iran", "Russia")}
    # (a quote closed before the next topic: that topic is a new speaker, the first one acts)
    text = "北朝鮮はロシアに砲弾を送ったとされ、米当局者は数百万発に上ると述べた。"
    assert ("North Korea", "Russia") in _pairs(text)


def test_a_hedge_on_a_later_clause_of_the_quote_leaves_the_act_reported() -> None:
    text = "ブダノフ局長は、北朝鮮の弾道ミサイルはすでにロシアに届いており、数週間以内に使われる可能性があると述べた。"
    assert _records(text) == [("North Korea", "Russia", None, "reported")]
    text = "英国防省によると、イランはロシアに短距離弾道ミサイルを引き渡しており、今後も追加される可能性がある。"
    assert _records(text) == [("Iran", "Russia", None, "reported")]
    # (a hedge on the act itself, inside the quote, still makes it alleged)
    # (the goods' state of origin inside the quote gives; the speaker's office and state do not)
    text = (
        "ウクライナ国防省情報総局のブダノフ局長は、イランの弾道ミサイルはすでにロシアに届いており、"
        "近く使われる可能性があると述べた。"
    )
    assert _records(text) == [("Iran", "Russia", None, "reported")]
    text = "ブダノフ局長は、北朝鮮はすでにロシアに弾道ミサイルを引き渡したとみられると述べた。"
    assert _records(text) == [("North Korea", "Russia", None, "alleged")]


def test_a_delivery_told_after_sono_go_is_not_of_the_pledges_date() -> None:
    text = "ドイツはリトアニアにレオパルト2戦車を4両引き渡すと昨年3月に約束した。その後、最初の2両が届いた。"
    got = _records(text)
    assert ("Germany", "Lithuania", "2024-03", "planned") in got
    assert ("Germany", "Lithuania", None, "reported") in got


def test_a_deal_dated_by_its_telling_takes_the_next_sentences_own_date() -> None:
    text = "ノルウェー国防省は13日、ウクライナにNASAMSを引き渡したと発表した。先月下旬に陸揚げされたという。"
    assert _records(text) == [("Norway", "Ukraine", "2025-10", "confirmed")]
    # (with no sentence after it, the deed is of the month it was told)
    text = "ノルウェー国防省は13日、ウクライナにNASAMSを引き渡したと発表した。"
    assert _records(text) == [("Norway", "Ukraine", "2025-11", "confirmed")]


def test_a_hedged_claim_of_other_goods_is_a_claim_of_its_own() -> None:
    text = (
        "韓国国家情報院は、北朝鮮が2023年8月以降、ロシアに152ミリ砲弾など数百万発を供与したと明らかにした。"
        "北朝鮮はKN23短距離弾道ミサイルも供与したとみられるという。"
    )
    got = _records(text)
    assert ("North Korea", "Russia", "2023-08", "reported") in got
    assert ("North Korea", "Russia", None, "alleged") in got
    # (goods named only as those told before, 「砲弾のほか」, do not make the added goods the same claim)
    text = (
        "国情院は、北朝鮮が2023年8月以降、ロシアに152ミリ砲弾を送ったと推定されると明らかにした。"
        "国情院によると、北朝鮮は砲弾のほか、240ミリ多連装ロケット砲約200門もロシアに供与したとみられる。"
    )
    first, added = _run(text)
    assert [it.text for it in first.items] == ["152ミリ砲弾"]
    assert "240ミリ多連装ロケット砲" in [it.text for it in added.items]


def test_a_region_of_a_state_is_a_destination_in_that_state() -> None:
    text = "北朝鮮の砲弾を積んだ列車がロシア極東のハバロフスク地方に到着した。"
    assert _pairs(text) == {("North Korea", "Russia")}
    text = "イラン製の無人機がロシア南部のクラスノダール地方に届いた。"
    assert _pairs(text) == {("Iran", "Russia")}


def test_a_transfer_agreed_with_japan_is_japans_export() -> None:
    assert _records("フィリピンは日本と防空レーダーの移転で合意した。") == [("Japan", "Philippines", None, "planned")]
    assert _records("日本はベトナムと護衛艦の移転で合意した。") == [("Japan", "Vietnam", None, "planned")]
    # (a purchase agreed with another state: that state sells)
    assert ("France", "Indonesia") in _pairs("インドネシアはフランスとラファール戦闘機の購入で合意した。")


def test_a_forces_trucks_are_military_vehicles_but_a_truck_carrying_goods_is_not() -> None:
    [t] = _run("日本政府はウクライナに自衛隊のトラックや資材運搬車など約100台を提供した。")
    assert (_name(t.supplier), _name(t.recipient)) == ("Japan", "Ukraine")
    assert {it.text for it in t.items} == {"トラック", "資材運搬車"}
    assert all(it.category == "armoured-vehicle" for it in t.items)
    [t] = _run("韓国はポーランドに軍のトラック50台を売却した。")
    assert [it.text for it in t.items] == ["トラック"]
    # (trucks listed with military vehicles are military vehicles too)
    [t] = _run("防衛省はウクライナに高機動車やトラックを送った。")
    assert [it.text for it in t.items] == ["高機動車", "トラック"]
    # (the truck the goods ride in is their carrier, not goods)
    for t in _run("ロシア軍のトラックで砲弾がベラルーシに運ばれた。"):
        assert all(it.text != "トラック" for it in t.items)


def test_a_person_named_again_speaks_for_whom_they_spoke_for_first() -> None:
    text = (
        "ロシア国営企業ロステクのチェメゾフ社長は、アルジェリア空軍にSu-35戦闘機の残り4機を先週引き渡したと明らかにした。"
        "チェメゾフ氏によれば、アルジェリアは2019年に14機を発注し、最初の6機は2023年に納入された。"
    )
    got = _records(text)
    assert ("Russia", "Algeria", "2023", "confirmed") in got
    assert all(status != "reported" for *_, status in got)


def test_mata_without_a_comma_goes_on_with_the_source_before() -> None:
    text = (
        "ウクライナ国防省によると、スウェーデンからはグリペン戦闘機の第1陣が届いた。"
        "またノルウェーからは防空システム「NASAMS」の追加分も到着した。"
    )
    got = _records(text)
    assert ("Sweden", "Ukraine", None, "confirmed") in got
    assert ("Norway", "Ukraine", None, "confirmed") in got


def test_an_assessment_or_a_passive_report_is_alleged() -> None:
    text = "韓国国家情報院は、北朝鮮がロシアに砲弾数百万発を搬出したと評価した。"
    assert _records(text) == [("North Korea", "Russia", None, "alleged")]
    text = "北朝鮮はロシアに240ミリ多連装ロケット砲を移転したと報告されている。"
    assert _records(text) == [("North Korea", "Russia", None, "alleged")]
    # (praise of an act done, 「…ことを高く評価」, hedges nothing)
    text = "ポーランド政府は、韓国がK2戦車を予定通りに引き渡したことを高く評価した。"
    assert all(status != "alleged" for *_, status in _records(text))


def test_what_a_contract_provides_for_is_planned() -> None:
    text = (
        "アルジェリア空軍は、ロシアからSu-35戦闘機の最初の2機を受け取った。"
        "契約は2019年に署名され、合計14機の戦闘機の供給を規定している。"
    )
    assert ("Russia", "Algeria", "2019", "planned") in _records(text)
