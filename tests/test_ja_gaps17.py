"""Japanese gaps found on our own sentences (round 17): a sentence framed on a party
(「ロシア側については、」「台湾をめぐっては、」) names the receiver of the act it goes on to tell; a plan
cue past a clause with a topic of its own is that clause's plan; goods a package told before also
includes share its status; and a lot told with its own count and 新たに/追加で is a batch of its own."""

from __future__ import annotations

from functools import partial

from tests.parties import Pair, pair, transfers

PUB = "2025-03-10"

_transfers = partial(transfers, lang="ja", published=PUB)


def _records(text: str) -> list[tuple[Pair, str]]:
    """(supplier, recipient) and status of each transfer the text tells, in order."""
    return [(pair(t), t.status) for t in _transfers(text)]


# 「Xについては/Xをめぐっては」 frames the receiver; a giver named in the act stays the giver


def test_side_framed_with_gawa_is_the_receiver_not_a_party_told_before() -> None:
    text = (
        "ウクライナにはドイツが砲弾を送っている。"
        "一方、ロシア側については、北朝鮮が昨年秋以降、大量の砲弾を列車で送ったとみられる。"
    )
    assert _records(text) == [(("Germany", "Ukraine"), "reported"), (("North Korea", "Russia"), "alleged")]


def test_side_framed_with_meguri_takes_the_receiver_role_in_a_wire_style_sentence() -> None:
    text = "イラン側をめぐっては、中国の企業が弾道ミサイルの燃料を船で送ったと米紙が報じた。"
    assert [p for p, _ in _records(text)] == [("China", "Iran")]


def test_delivery_running_late_waits_on_the_state_spoken_of_giver_from_the_story() -> None:
    text = (
        "米国務省は12日、台湾への地対空ミサイルの売却を承認した。"
        "台湾をめぐっては、2020年に売却が決まった戦車108両の引き渡しが、生産の遅れで大幅にずれ込んでいる。"
    )
    assert _records(text) == [(("United States", "Taiwan"), "planned")] * 2


def test_delayed_delivery_framed_on_a_buyer_machine_translated() -> None:
    text = (
        "アメリカはポーランドに戦車を売却することを承認しました。"
        "ポーランドに関しては、自走砲の引き渡しが部品不足のために遅延しています。"
    )
    assert _records(text) == [(("United States", "Poland"), "planned")] * 2


def test_state_spoken_of_deciding_a_supply_is_still_the_giver() -> None:
    text = "英国については、ウクライナへの長距離ミサイルの供与を決めた。"
    assert [p for p, _ in _records(text)] == [("United Kingdom", "Ukraine")]


# a plan cue governs its own clause only


def test_supply_done_before_a_clause_with_another_topic_and_a_pledge_stays_reported() -> None:
    text = (
        "ウクライナにはこれまでにデンマークがF16を供与しており、オランダも5月、約束した24機すべての引き渡しを終えた。"
    )
    denmark = [st for (giver, _), st in _records(text) if giver == "Denmark"]
    assert denmark and "planned" not in denmark


def test_supply_before_a_clause_with_its_own_plan_stays_reported() -> None:
    text = "ノルウェーは昨年、ウクライナに地対空ミサイルを送っており、スウェーデンは約束した戦闘機を年内に引き渡す。"
    assert (("Norway", "Ukraine"), "reported") in _records(text)


def test_plan_in_the_acts_own_clause_still_counts() -> None:
    text = "ドイツはウクライナに戦車を供与し、年内に自走砲も送る方針だ。"
    assert (("Germany", "Ukraine"), "planned") in _records(text)


# goods a package told before also includes share its status


def test_goods_also_in_a_planned_package_are_planned_too() -> None:
    text = (
        "ドイツ政府は5日、ウクライナへの新たな支援パッケージを発表し、自走砲10両を来年初めまでに引き渡すとした。"
        "パッケージにはこのほか、砲弾数万発も含まれる。"
    )
    assert all(st == "planned" for _, st in _records(text))


def test_goods_also_in_a_delivered_shipment_stay_reported() -> None:
    text = "ロシアの貨物船がシリアに戦車を運び込んだ。積み荷にはこのほか、砲弾も含まれていた。"
    assert all(st != "planned" for _, st in _records(text))


# a lot with its own count told as new (新たに, 追加で) is a batch of its own


def test_new_arrival_with_its_own_count_is_a_batch_beside_an_ongoing_supply() -> None:
    text = (
        "ロシアの国営企業は引き続きミャンマー国軍に戦闘機を供給しているとされる。"
        "国営メディアは今年2月、ロシアから戦闘機「ミグ29」4機が新たに到着したと伝えた。"
    )
    assert [p for p, _ in _records(text)] == [("Russia", "Myanmar"), ("Russia", "Myanmar")]


def test_lot_told_again_with_no_count_of_its_own_is_the_same_delivery() -> None:
    text = "米国はウクライナに高機動ロケット砲システム「ハイマース」を供与した。ハイマースは新たに前線に配備された。"
    assert [p for p, _ in _records(text)] == [("United States", "Ukraine")]


# a sentence telling the way of goods told by a word for arms at large, behind a line naming the
# source, dates the arrival told before it


def test_weapons_landed_on_a_date_behind_a_source_line_date_the_arrival() -> None:
    text = (
        "ニジェールに、ロシアから装甲車を積んだ車列が到着した。地元メディアが伝えた。"
        "兵器は2月中旬にトーゴのロメ港で陸揚げされ、陸路でニジェールの首都ニアメまで運ばれたという。"
    )
    assert [(pair(t), t.date) for t in _transfers(text)] == [(("Russia", "Niger"), "2025-02")]


def test_a_trend_told_by_a_noun_after_the_arrival_does_not_date_it() -> None:
    text = (
        "ニジェールに、ロシアから装甲車を積んだ車列が到着した。地元メディアが伝えた。昨年以降は武器の輸送も増えている。"
    )
    assert [t.date for t in _transfers(text)] == [None]
