"""Japanese constructions of real reporting read wrongly: a sale agreed between a state that makes
arms and one that makes none (「エジプトはドイツとフリゲート艦の売却で合意した」), an office's own state
receiving what it tells by によると or の説明では, a state that only carries goods another gave
(「第1陣はドイツが輸送した」), the day of a sanction notice taken for the day of the supply it charges,
and outlets told with their home (「英紙タイムズ」「韓国紙中央日報」)."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records

from materiel.pipeline import analyze_text

PUB = "2025-03-10"

_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


# a sale agreed between two sides: the one that makes arms sells


def test_sale_agreed_by_an_importer_with_a_maker_goes_to_the_importer() -> None:
    assert _pairs("エジプトはドイツとフリゲート艦4隻の売却で合意した。") == {("Germany", "Egypt")}


def test_sale_agreed_by_a_maker_with_an_importer_keeps_its_order() -> None:
    assert _pairs("ドイツはエジプトとフリゲート艦4隻の売却で合意した。") == {("Germany", "Egypt")}


def test_sale_agreed_with_a_maker_of_submarines() -> None:
    assert _pairs("インドネシアはフランスと潜水艦2隻の売却で合意した。") == {("France", "Indonesia")}


def test_purchase_agreed_still_tells_the_topic_buys() -> None:
    assert _pairs("エジプトはドイツとフリゲート艦の購入で合意した。") == {("Germany", "Egypt")}


def test_sale_agreed_between_two_makers_keeps_the_text_order() -> None:
    # (both make arms: nothing but the text's order tells who sells)
    assert _pairs("ポーランドは韓国と戦車の売却で合意した。") == {("Poland", "South Korea")}


def test_sale_agreed_by_two_states_joined_as_the_topic_is_the_makers() -> None:
    assert _pairs("サウジアラビアと米国は戦闘機の売却で合意した。") == {("United States", "Saudi Arabia")}


def test_purchase_talked_over_by_two_makers_is_still_neithers() -> None:
    assert _pairs("トルコと米国は戦闘機の購入をめぐる協議を続けている。") == set()


def test_goods_of_a_named_make_still_decide_the_seller() -> None:
    text = "ポーランドは韓国とK2戦車180両の売却で合意した。"
    assert _pairs(text) == {("South Korea", "Poland")}


# an office of a state named as the source: its own state receives


def test_office_cited_with_niyoruto_receives_what_a_giver_handed_over() -> None:
    assert _pairs("ウクライナ国防省によると、ドイツは新たに戦車10両を引き渡した。") == {("Germany", "Ukraine")}


def test_office_cited_with_no_setsumei_dewa_receives() -> None:
    assert _pairs("ポーランド国防省の説明では、ドイツは防空システムを送った。") == {("Germany", "Poland")}


def test_office_cited_with_no_happyo_dewa_receives() -> None:
    text = "フィリピン国防省の発表では、日本は沿岸監視レーダー2基を引き渡した。"
    assert _pairs(text) == {("Japan", "Philippines")}


def test_office_cited_keeps_a_recipient_the_text_names() -> None:
    assert _pairs("ウクライナ国防省によると、北朝鮮はロシアに砲弾を送った。") == {("North Korea", "Russia")}


def test_third_states_office_gives_no_implied_recipient() -> None:
    # (the paragraph speaks of Russia's shortage: the British office tells another's receipt)
    text = "ロシア軍は砲弾不足に直面している。英国防省によると、北朝鮮は砲弾100万発を送った。"
    assert ("North Korea", "United Kingdom") not in _pairs(text)


def test_outlet_cited_gives_no_implied_recipient() -> None:
    assert _pairs("米紙によると、北朝鮮は砲弾100万発を送った。") == set()


def test_office_cited_on_a_hedged_act_gives_no_implied_recipient() -> None:
    assert _pairs("米国防総省によると、イランは弾道ミサイルを送ったとみられる。") == set()


# a carrier of goods another gave is no side of the giving


def test_state_carrying_a_lot_another_pledged_is_no_supplier() -> None:
    text = "英国はウクライナに戦車14両を供与する。第1陣はドイツが輸送した。"
    assert _pairs(text) == {("United Kingdom", "Ukraine")}


def test_forces_of_a_third_state_carrying_shells_are_no_supplier() -> None:
    text = "米国はウクライナに砲弾を供与した。砲弾はポーランド軍が鉄道で輸送した。"
    assert _pairs(text) == {("United States", "Ukraine")}


def test_receiver_carrying_the_goods_itself_stays_the_receiver() -> None:
    text = "北朝鮮はロシアに砲弾を供与した。砲弾はロシアが鉄道で運搬した。"
    assert _pairs(text) == {("North Korea", "Russia")}


def test_giver_carrying_its_own_goods_stays_the_giver() -> None:
    text = "イランはロシアに無人機を売却した。無人機はイランが船で輸送した。"
    assert _pairs(text) == {("Iran", "Russia")}


def test_carrier_to_a_place_of_its_own_is_left_as_it_was() -> None:
    # (a carrier that names where it takes the goods is read as before)
    text = "フランスはウクライナに自走砲を引き渡した。その後、ポーランドの企業が弾薬をウクライナに運搬した。"
    assert ("Poland", "Ukraine") in _pairs(text)


def test_carrier_told_alone_is_no_transfer() -> None:
    assert _pairs("ドイツは戦車を鉄道で輸送した。") == set()


# the day of a sanction notice dates the notice, not the supply it charges


def test_day_of_a_sanction_notice_does_not_date_the_supply() -> None:
    text = "米財務省は25日、ロシアに無人機部品を供給したとして中国企業3社に制裁を科した。"
    assert _records(text) == [("China", "Russia", None, "alleged")]


def test_supply_keeps_its_own_date_beside_the_notice_day() -> None:
    text = "米財務省は3月5日、昨年12月にロシアへ無人機部品を輸出したとして中国企業3社を制裁対象に指定した。"
    assert _records(text) == [("China", "Russia", "2024-12", "alleged")]


def test_assets_frozen_for_a_supply_charge_the_firms_not_the_freezer() -> None:
    text = "英政府は3日、ロシアに無人機用エンジンを輸出したとして中国企業2社の資産を凍結した。"
    assert _records(text) == [("China", "Russia", None, "alleged")]


def test_day_of_a_plain_delivery_still_dates_it() -> None:
    assert _records("北朝鮮は25日、ロシアに砲弾を送った。") == [("North Korea", "Russia", "2025-02-25", "reported")]


# outlets told with their home: the home is no speaker


def _outlet_and_speaker(text: str) -> list[tuple[str | None, str | None]]:
    a = analyze_text(text, lang="ja", published=PUB)
    return [
        (
            c.outlet.entity.name if c.outlet and c.outlet.entity else None,
            c.speaker.entity.name if c.speaker and c.speaker.entity else None,
        )
        for c in a.claims
    ]


def test_outlet_with_its_home_is_one_outlet_and_no_speaker() -> None:
    assert _outlet_and_speaker("英紙ガーディアンによると、北朝鮮はロシアに砲弾を送った。") == [("The Guardian", None)]


def test_british_times_is_an_outlet() -> None:
    assert _outlet_and_speaker("英紙タイムズによると、イランはロシアに弾道ミサイルを送った。") == [("The Times", None)]


def test_korean_daily_with_its_home_is_an_outlet() -> None:
    text = "韓国紙中央日報によると、北朝鮮はロシアに砲弾を送った。"
    assert _outlet_and_speaker(text) == [("JoongAng Ilbo", None)]


def test_forbes_isna_peoples_daily_and_china_org_are_outlets() -> None:
    for outlet, name in (
        ("米誌フォーブス", "Forbes"),
        ("イスナ通信", "Iranian Students' News Agency"),
        ("人民日報", "People's Daily"),
        ("中国網日本語版", "China.org.cn"),
    ):
        text = f"{outlet}によると、イランはロシアに無人機を送った。"
        assert _outlet_and_speaker(text) == [(name, None)], outlet


def test_language_named_after_a_state_is_no_speaker() -> None:
    # (with the outlet's home no longer a speaker, the site's language must not stand in for one)
    text = "ペルシャ語のニュースサイトは英紙タイムズを引用し、中国が先月イランに化学物質を送ったと伝えた。"
    a = analyze_text(text, lang="ja", published=PUB)
    assert [t.status for t in a.transfers] == ["reported"]
    assert all(c.speaker is None or c.speaker.entity is None or c.speaker.entity.name != "Iran" for c in a.claims)
