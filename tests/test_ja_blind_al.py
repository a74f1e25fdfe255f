"""Japanese constructions a blind batch of machine-translated foreign reports (Korean, Chinese,
Russian and Ukrainian outlets' Japanese editions) on arms to Russia, the Houthis, Pakistan and
Ukraine, re-export networks and sanctions showed mishandled: a supply refused for what may come
(「当面は引き渡さない考えを示した」「供与について「今は考えていない」と述べた」), sanctions asked of
partners after the measure (「企業への制裁をパートナー国に求めている」), a detail of a deed said to be
kept back (「その後の数量は公表されていない」), an act a deal told as the topic covers
(「契約は2018年に署名されたもので、戦闘機6機の供給を含む」), a seized cargo's make told in the next
sentence (「…向けの兵器を積んだ船を拿捕した。その多くはイランで製造されたものとみられる」), a speaker
the parse hung on the goods' own way (「ロシア対外情報庁（SVR）の…長官は、兵器がポーランドを経由して
…流入していると述べた」), goods bought from states left unnamed (「第三国で買い付けられた砲弾」), and
places and goods told by other names (「タタルスタン共和国」「アラブガ特別経済区」「中国製のモジュール」), and a
later clause counting the flow in a period (「…へ送られており、その数は昨年だけで数千個に上った」), and a
state named as the buyer of goods told before (「アルジェリアが最初の購入国になったとの見方が強い」)."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records, transfers

PUB = "2025-07-17"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


# a supply refused for what may come


def test_supply_a_state_will_not_make_is_no_transfer() -> None:
    assert _pairs("ドイツ政府はタウルスをウクライナに送らない考えを改めて示した。") == set()


def test_policy_of_not_supplying_is_no_transfer() -> None:
    assert _pairs("ドイツはタウルスをウクライナに供与しない方針だ。") == set()


def test_supply_not_even_weighed_in_a_quote_is_no_transfer() -> None:
    text = "大統領はトマホークのウクライナへの供与について「我々も必要だ。今は考えていない」と述べた。"
    assert _pairs(text) == set()


def test_denial_of_a_past_supply_stays_a_denial() -> None:
    text = "ドイツはタウルスをウクライナに供与していないと述べた。"
    assert _records(text) == [("Germany", "Ukraine", None, "denied")]


def test_refusal_reversed_then_supply_decided_is_planned() -> None:
    text = "ドイツはウクライナにタウルスを送らないとの方針を転換し、供与を決めた。"
    assert _records(text) == [("Germany", "Ukraine", None, "planned")]


# sanctions asked of partners, told after the measure


def test_sanctions_asked_of_partners_ask_for_no_goods() -> None:
    text = (
        "イランはロシアに無人機を送った。"
        "ウクライナ外務省は、部品の供給網に関与した企業への制裁をパートナー国に求めている。"
    )
    assert _pairs(text) == {("Iran", "Russia")}


def test_goods_asked_for_beside_sanctions_stay_requested() -> None:
    text = "ゼレンスキー大統領は、防空システムの追加供与と対ロ制裁の強化を欧州各国に求めた。"
    assert _records(text) == [(None, "Ukraine", None, "requested")]


# a detail of a deed kept back is no hedge of it


def test_count_kept_back_after_a_comma_splice_keeps_the_deed_reported() -> None:
    text = "パキスタン空軍は2022年3月、中国の戦闘機を受領していた、その後の数量は公表されていない。"
    assert _records(text) == [("China", "Pakistan", "2022-03", "reported")]


def test_deed_both_governments_do_not_confirm_stays_alleged() -> None:
    text = "中国がパキスタンに戦闘機を引き渡したとの情報があるが、両国政府は公表していない。"
    assert _records(text) == [("China", "Pakistan", None, "alleged")]


# an act a deal, told as the topic, covers


def test_supply_a_signed_contract_covers_is_planned() -> None:
    text = (
        "ロシアはミャンマーに戦闘機2機を引き渡した。"
        "ミャンマーとの契約は2018年に署名されたもので、戦闘機6機の供給を含む。"
    )
    assert sorted(_records(text), key=str) == [
        ("Russia", "Myanmar", "2018", "planned"),
        ("Russia", "Myanmar", None, "reported"),
    ]


def test_supply_an_aid_package_covers_is_not_made_a_deal() -> None:
    text = "ロシアはミャンマーに戦闘機2機を引き渡した。支援には戦闘機6機の供与が含まれる。"
    assert _records(text) == [("Russia", "Myanmar", None, "reported")]


# a seized cargo's make told in the next sentence


def test_make_of_a_seized_cargo_told_after_is_its_supplier() -> None:
    text = "米軍はフーシ派向けの武器を押収した。その多くはイランで製造されたものだった。"
    assert _records(text) == [("Iran", "Houthis", None, "alleged")]


def test_make_told_after_goes_with_the_cargo_listed_after_a_source() -> None:
    text = (
        "米軍は紅海でフーシ派向けの兵器を積んだダウ船を拿捕した。"
        "中央軍によると、積荷には対艦ミサイルの部品が含まれ、その多くはイランで製造されたものとみられる。"
    )
    assert _records(text) == [("Iran", "Houthis", None, "alleged")]


def test_make_told_after_a_shipment_with_its_giver_changes_nothing() -> None:
    text = "ロシアは北朝鮮に砲弾を送った。その多くは北朝鮮で製造されたものだ。"
    assert _pairs(text) == {("Russia", "North Korea")}


def test_seizure_with_a_denial_after_gets_no_maker() -> None:
    # (the seized arms are an alleged shipment to the Houthis all the same, their sender untold)
    assert _pairs("米軍はフーシ派向けの武器を押収した。イランは関与を否定した。") == {(None, "Houthis")}


# a speaker the parse hung on the goods' own way


def test_speaker_of_goods_flowing_through_a_transit_state_is_no_giver() -> None:
    text = "ロシアのナルイシキン長官は、兵器がポーランドを経由してウクライナに流入していると述べた。"
    assert _records(text) == [(None, "Ukraine", None, "reported")]


def test_speakers_body_with_its_acronym_is_no_giver() -> None:
    text = "ロシア対外情報庁（SVR）のナルイシキン長官は、兵器がポーランドを経由してウクライナに流入していると述べた。"
    assert _pairs(text) == {(None, "Ukraine")}


def test_goods_of_a_state_flowing_through_keep_their_make() -> None:
    text = "ロシアのナルイシキン長官は、米国の兵器がポーランドを経由してウクライナに届いていると述べた。"
    assert _pairs(text) == {("United States", "Ukraine")}


# goods bought from states left unnamed


def test_goods_bought_in_third_countries_take_no_giver_from_before() -> None:
    text = (
        "ドイツはウクライナに戦車を送った。"
        "当局者によると、第三国で買い付けられた砲弾がチェコ経由でウクライナ軍に届けられている。"
    )
    assert _pairs(text) == {("Germany", "Ukraine"), (None, "Ukraine")}


def test_goods_told_after_with_no_such_source_still_take_the_giver() -> None:
    text = "ドイツはウクライナに戦車を送った。当局者によると、砲弾もウクライナ軍に届けられている。"
    assert _pairs(text) == {("Germany", "Ukraine")}


# a region named with its title, a special economic zone, and goods called modules for short


def test_goods_sent_to_a_factory_in_a_republic_of_russia_go_to_russia() -> None:
    assert _pairs("中国製の部品がタタルスタン共和国の工場へ送られていた。") == {("China", "Russia")}


def test_goods_sent_to_a_special_economic_zone_go_to_its_state() -> None:
    assert _pairs("中国製の部品がアラブガ特別経済区の工場へ送られていた。") == {("China", "Russia")}


def test_modules_told_for_short_are_components() -> None:
    [t] = _run("中国製のモジュールは香港の企業を通じてロシアへ送られていた。")
    assert [it.category for it in t.items] == ["components"]


# a later clause counting the flow in a period dates the flow


def test_count_of_a_period_in_a_later_clause_dates_the_flow() -> None:
    text = "中国はカザフスタンを通じてロシアへ部品を送っており、その数は昨年だけで数千個に上る。"
    assert _records(text) == [("China", "Russia", "2024", "reported")]


def test_later_clause_of_use_in_a_period_does_not_date_the_import() -> None:
    text = "ロシアは北朝鮮から砲弾を輸入し、昨年だけで100万発を前線で使った。"
    assert _records(text) == [("North Korea", "Russia", None, "reported")]


# a state named as the buyer of goods told before


def test_state_believed_to_be_the_first_buyer_receives() -> None:
    text = "ロシアは戦闘機Su-57Eの輸出契約に署名した。最初の購入国はアルジェリアとみられる。"
    assert _records(text) == [("Russia", "Algeria", None, "alleged")]


def test_state_that_became_the_first_buyer_receives() -> None:
    text = "ロシアは戦闘機の輸出契約に署名した。専門家によると、アルジェリアが最初の購入国になった。"
    assert _pairs(text) == {("Russia", "Algeria")}


def test_buyer_named_after_an_act_with_its_receiver_changes_nothing() -> None:
    text = "ロシアはインドに戦闘機を輸出した。最大の顧客はインドだ。"
    assert _pairs(text) == {("Russia", "India")}
