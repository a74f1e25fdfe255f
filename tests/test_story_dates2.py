"""Dates the story gives an act, in both languages: a next sentence that only says when the act took
place, naming it by its noun (「押収は今月2日だった」, "The handover took place in March") or retelling
the seizure ("The vessel was intercepted on January 11"); dates an act must not take (the year goods
were ordered in, 「2022年に発注したK9自走砲を受け取った」, "howitzers ordered in 2022"; the year of a
deed of the party in a clause on it, 「2022年に侵攻したロシアに」; the date of a later act told after
a comma, 「…契約を結んでおり、最初の3機が来年初めにも到着する」); and expressions that gave no date or
the wrong one ("at the start of the war", 「侵攻当初」, "in the first quarter", "two weeks later")."""

from __future__ import annotations

from functools import partial

from tests.parties import records

PUB = "2025-03-10"

_ja = partial(records, lang="ja", published=PUB)
_en = partial(records, lang="en", published=PUB)


def _dates(recs: list[tuple[str | None, str | None, str | None, str]]) -> list[str | None]:
    return [r[2] for r in recs]


# a next sentence that only says when the act took place


def test_ja_act_noun_with_its_day_dates_the_seizure() -> None:
    text = "米海軍はフーシ派向けのイラン製ミサイル部品を押収した。押収は今月2日だった。"
    assert _dates(_ja(text)) == ["2025-03-02"]


def test_ja_act_noun_carried_out_in_a_month_dates_the_handover() -> None:
    text = "ドイツはウクライナに防空システムを引き渡した。引き渡しは2月に行われた。"
    assert _dates(_ja(text)) == ["2025-02"]


def test_ja_ship_seized_on_a_day_dates_the_seizure_told_before() -> None:
    text = "米海軍はフーシ派向けのイラン製ミサイル部品を押収した。船舶は今月2日に拿捕された。"
    assert _dates(_ja(text)) == ["2025-03-02"]


def test_ja_next_act_of_another_party_lends_no_date() -> None:
    text = "米海軍はフーシ派向けのイラン製ミサイル部品を押収した。イランは今月2日、ロシアに無人機を送った。"
    assert ("Iran", "Houthis", None, "alleged") in _ja(text)


def test_ja_another_event_carried_out_lends_no_date() -> None:
    assert _dates(_ja("ドイツはウクライナに防空システムを引き渡した。会談は2月に行われた。")) == [None]


def test_ja_handover_to_another_party_lends_no_date() -> None:
    text = "ドイツはウクライナに防空システムを引き渡した。フランスへの引き渡しは2月に行われた。"
    assert ("Germany", "Ukraine", None, "reported") in _ja(text)


def test_en_seizure_took_place_on_a_day() -> None:
    text = "The U.S. Navy seized Iranian missile parts bound for the Houthis. The seizure took place on January 11."
    assert _dates(_en(text)) == ["2025-01-11"]


def test_en_handover_took_place_in_a_month() -> None:
    text = "Germany handed IRIS-T launchers to Ukraine. The handover took place in February."
    assert _dates(_en(text)) == ["2025-02"]


def test_en_vessel_intercepted_dates_the_seizure_told_before() -> None:
    text = "The U.S. Navy seized Iranian missile parts bound for the Houthis. The vessel was intercepted on January 11."
    assert _dates(_en(text)) == ["2025-01-11"]


def test_en_cargo_seized_again_dates_the_seizure_told_before() -> None:
    text = (
        "The U.S. Navy seized Iranian missile parts bound for the Houthis. "
        "Sailors seized the cargo off Somalia in late February."
    )
    assert _dates(_en(text)) == ["2025-02"]


def test_en_next_act_of_another_party_lends_no_date() -> None:
    text = "The U.S. Navy seized Iranian missile parts bound for the Houthis. Iran sent drones to Russia on January 11."
    assert ("Iran", "Houthis", None, "alleged") in _en(text)


def test_en_another_seizure_lends_no_date() -> None:
    text = (
        "The U.S. Navy seized Iranian missile parts bound for the Houthis. The Navy seized another boat on January 11."
    )
    assert _dates(_en(text)) == [None]


def test_en_another_event_taking_place_lends_no_date() -> None:
    assert _dates(_en("Germany handed IRIS-T launchers to Ukraine. The meeting took place in February.")) == [None]


# dates an act must not take


def test_ja_year_goods_were_ordered_in_is_not_the_delivery_date() -> None:
    assert _dates(_ja("ポーランドは2022年に発注したK9自走砲212門を韓国から受け取った。")) == [None]


def test_ja_year_goods_were_bought_in_is_not_the_delivery_date() -> None:
    assert _dates(_ja("ポーランドは2022年に購入したK2戦車を受領した。")) == [None]


def test_ja_year_of_a_deed_of_the_recipient_is_not_the_acts() -> None:
    assert _ja("北朝鮮は2022年に侵攻したロシアに砲弾を送った。") == [("North Korea", "Russia", None, "reported")]


def test_ja_year_told_on_the_act_still_dates_it() -> None:
    assert _dates(_ja("ポーランドは2022年に韓国からK9自走砲を受け取った。")) == ["2022"]


def test_ja_deal_for_goods_to_buy_keeps_its_year() -> None:
    assert _dates(_ja("ポーランドは2021年に戦闘機64機を購入する契約を結んだ。")) == ["2021"]


def test_en_year_goods_were_ordered_in_is_not_the_delivery_date() -> None:
    assert _dates(_en("Poland received 212 K9 howitzers from South Korea ordered in 2022.")) == [None]
    assert _dates(_en("Poland received 212 K9 howitzers ordered from South Korea in 2022.")) == [None]


def test_en_delivery_keeps_its_own_date_beside_the_order_year() -> None:
    assert _dates(_en("Poland took delivery of 24 K2 tanks, ordered in 2022, last week.")) == ["2025-03"]


def test_en_request_to_speed_up_goods_ordered_keeps_the_order_year() -> None:
    text = "Israel asked Washington to speed up delivery of 25 F-15IA jets it ordered in 2024."
    assert _dates(_en(text)) == ["2024"]


def test_en_order_itself_keeps_its_year() -> None:
    assert _dates(_en("Poland ordered K9 howitzers from South Korea in 2022.")) == ["2022"]


# each act its own date


def test_ja_date_of_a_later_arrival_is_not_the_deals() -> None:
    text = (
        "インドネシアはフランスからラファール戦闘機42機を購入する契約を結んでおり、"
        "最初の3機が来年初めにも到着する見通しだ。"
    )
    assert sorted(_dates(_ja(text)), key=str) == ["2026", None]


def test_ja_date_of_a_second_act_after_a_comma_is_not_the_firsts() -> None:
    text = "北朝鮮はロシアに砲弾を送り、昨年8月にはミサイルも送った。"
    assert sorted(_dates(_ja(text)), key=str) == ["2024-08", None]


def test_ja_same_goods_going_on_after_a_comma_keep_the_date() -> None:
    text = "当局者によると、無人機はイランの港から貨物船でカスピ海を渡り、ロシアの港に先月陸揚げされた。"
    assert _dates(_ja(text)) == ["2025-02"]


def test_en_order_and_arrival_each_take_their_own_date() -> None:
    text = "Romania ordered 54 K9 howitzers from South Korea in April, and the first 18 will arrive next year."
    assert _dates(_en(text)) == ["2025-04", "2026"]


# expressions that gave no date or the wrong one


def test_en_start_of_the_war_in_ukraine_is_2022() -> None:
    assert _dates(_en("Ukraine says Iran sent drones to Russia at the start of the war.")) == ["2022"]


def test_en_early_months_of_the_invasion_are_2022() -> None:
    text = "Poland sent tanks to Ukraine in the early months of Russia's invasion."
    assert _dates(_en(text)) == ["2022"]


def test_en_start_of_a_war_far_from_ukraine_dates_nothing() -> None:
    assert _dates(_en("Iran sent drones to Armenia at the start of the war.")) == [None]


def test_ja_early_days_of_the_invasion_are_2022() -> None:
    assert _dates(_ja("ウクライナ侵攻の初期に、イランはロシアに無人機を送った。")) == ["2022"]
    assert _dates(_ja("ロシアのウクライナ侵攻当初、ポーランドは戦車をウクライナに送った。")) == ["2022"]


def test_en_bare_quarter_is_of_the_latest_such_quarter() -> None:
    assert _dates(_en("Iran sent drones to Russia in the first quarter.")) == ["2025-01"]
    assert _dates(_en("Iran sent drones to Russia in the fourth quarter.")) == ["2024-10"]


def test_en_days_and_weeks_later_count_on_from_the_day_told() -> None:
    text = "Iran signed a drone deal with Russia on January 5. Two weeks later it sent shells to Russia."
    assert "2025-01-19" in _dates(_en(text))
    text = "Iran signed a drone deal with Russia on January 5. Ten days later it sent shells to Russia."
    assert "2025-01-15" in _dates(_en(text))


def test_ja_same_month_and_year_and_months_after_take_the_date_told_before() -> None:
    assert _dates(_ja("北朝鮮は2023年5月にロシアと契約した。同月、ロシアに砲弾を送った。")) == ["2023-05"]
    assert _dates(_ja("北朝鮮は2023年にロシアと契約した。同年、ロシアに砲弾を送った。")) == ["2023"]
    assert _dates(_ja("北朝鮮は2023年5月にロシアと契約した。その2か月後、ロシアに砲弾を送った。")) == ["2023-07"]


# an act in the present perfect is of no one time: the day told before does not date it


def test_en_act_in_the_present_perfect_takes_no_date_from_the_sentence_before() -> None:
    text = (
        "OFAC today sanctioned six firms for procuring parts for Iran's drones. "
        "Iran has supplied hundreds of these drones to Russia."
    )
    assert ("Iran", "Russia", None, "reported") in _en(text)


def test_en_act_in_the_past_tense_still_takes_the_paragraphs_date() -> None:
    text = "North Korea shipped shells to Russia on Monday. Pyongyang sent rockets to Moscow as well."
    assert _dates(_en(text)) == ["2025-03-10", "2025-03-10"]
