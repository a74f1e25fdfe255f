"""Japanese constructions that gave no transfer at all: a party's own official telling of goods it got
(「ウクライナの国防相は、米国から戦車を受け取ったと述べた」), a sentence with no party that goes on with
the act of the one before (「北朝鮮は…ロシアに兵士を派遣した。11月には砲弾を大量に送った」), and two states
joined by と agreeing on a transfer whose goods are of one of them's make
(「日本とフィリピンは、日本製の護衛艦の移転で合意した」)."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pairs

PUB = "2025-03-10"


_pairs = partial(pairs, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


# a party's own official tells of goods it got: the speaker's state gets them, and says so


def test_minister_tells_of_tanks_received() -> None:
    t = _one("ウクライナのウメロフ国防相は、米国から戦車を受け取ったと述べた。", "United States", "Ukraine")
    assert t.status == "confirmed"


def test_state_tells_of_goods_received() -> None:
    t = _one("ウクライナは、米国から戦車を受け取ったと述べた。", "United States", "Ukraine")
    assert t.status == "confirmed"


def test_president_tells_of_goods_received_after_a_relative_clause_of_giving() -> None:
    text = "ウクライナのゼレンスキー大統領は、ドイツが供与した防空システムを受け取ったと語った。"
    assert _pairs(text) == {("Germany", "Ukraine")}


def test_official_of_the_state_named_before_tells_of_goods_received() -> None:
    text = (
        "フィリピン政府は新たな防衛計画を公表した。同国のマルコス大統領は、韓国から戦闘機12機を受領したと明らかにした。"
    )
    t = _one(text, "South Korea", "Philippines")
    assert t.status == "confirmed"


def test_official_telling_of_a_receipt_by_another_state_is_no_party() -> None:
    text = "ウクライナの国防相は、ロシアが北朝鮮から砲弾を受け取ったと述べた。"
    assert _pairs(text) == {("North Korea", "Russia")}


def test_official_telling_of_a_giving_with_its_own_giver_stays_the_teller() -> None:
    text = "ウクライナの情報総局長は、北朝鮮がロシアにミサイルを送ったと述べた。"
    assert _pairs(text) == {("North Korea", "Russia")}


# a sentence with no party goes on with the act of the sentence before


def test_later_sending_with_no_party_continues_the_topic_and_its_recipient() -> None:
    text = "北朝鮮は昨年10月、ロシアに兵士を派遣した。11月には砲弾を大量に送った。"
    t = _one(text, "North Korea", "Russia")
    assert t.date == "2024-11"


def test_later_supplying_with_no_party_after_a_named_destination() -> None:
    text = "イランは昨年、ロシアに軍事顧問を派遣した。今年1月には弾道ミサイルを供与した。"
    t = _one(text, "Iran", "Russia")
    assert t.date == "2025-01"


def test_later_sending_after_workers_sent_continues_the_topic() -> None:
    text = "北朝鮮は昨年秋、ロシアに労働者を派遣した。12月には多連装ロケット砲を送った。"
    assert _pairs(text) == {("North Korea", "Russia")}


def test_later_sending_with_no_destination_before_takes_none() -> None:
    assert _pairs("北朝鮮は昨年10月、兵士を派遣した。11月には砲弾を大量に送った。") == set()


def test_later_sending_after_a_sentence_with_two_destinations_takes_none() -> None:
    text = "北朝鮮は昨年、ロシアとシリアに使節団を送った。今年は砲弾を大量に送った。"
    assert _pairs(text) == set()


# two states joined by と agree on a transfer: the one whose make the goods are gives


def test_two_states_agree_on_transfer_of_goods_of_one_make() -> None:
    t = _one("日本とフィリピンは、日本製の護衛艦の移転について合意した。", "Japan", "Philippines")
    assert t.status == "planned"


def test_two_states_agree_on_supply_of_goods_of_the_second_make() -> None:
    text = "ウクライナとドイツは、ドイツ製の防空システムの供与で合意した。"
    assert _pairs(text) == {("Germany", "Ukraine")}


def test_two_states_agree_on_transfer_of_goods_of_a_force_of_one() -> None:
    text = "日本とフィリピンは14日、海上自衛隊の護衛艦の移転で合意した。"
    assert _pairs(text) == {("Japan", "Philippines")}


def test_two_states_agree_on_transfer_with_no_make_take_no_direction() -> None:
    assert _pairs("日本とフィリピンは、護衛艦の移転について合意した。") == set()


def test_two_states_agree_on_transfer_of_a_third_states_goods_take_no_direction() -> None:
    assert _pairs("日本とフィリピンは、米国製の戦闘機の移転について協議した。") == set()
