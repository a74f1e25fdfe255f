"""Japanese constructions a blind batch of machine-translated military-site news (Topwar, Ukrinform,
Al Mayadeen in Japanese) showed mishandled: two topics ahead of an act told as said, the first the
teller and the second the doer (「韓国の国防相は4日、北朝鮮は…ロシアに送ったと明らかにした」), a trade
listing as a penalty whose grounds are alleged and whose notice dates no act (「…を供給したとして、…の
企業をエンティティー・リストに追加した」), the permits for an act halted (「武器輸出の新規承認を停止」)
and a flow held up (「輸送は依然として保留されたままだ」), and a deal's contents told with the act noun
again as the topic (「売却にはまた、…が含まれ」)."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records, transfers

PUB = "2025-06-11"

_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)
_run = partial(transfers, lang="ja", published=PUB)


# two topics before an act told as said: the first tells, the second does the act


def test_second_topic_does_the_act_the_first_tells() -> None:
    text = "フランスの国防相は10日、イランは昨年秋以降、無人機の部品をロシアに送ったと明らかにした。"
    assert {(s, r, st) for s, r, _d, st in _records(text)} == {("Iran", "Russia", "reported")}


def test_second_topic_after_a_place_of_speaking() -> None:
    text = "英国の国防相は2日、議会での答弁で、イランは今年に入って、弾道ミサイルをロシアに引き渡した、と述べた。"
    assert _pairs(text) == {("Iran", "Russia")}


def test_single_topic_still_speaks_for_its_own_act() -> None:
    text = "ドイツ政府は3日、ウクライナに防空システムを引き渡したと発表した。"
    assert {(s, r, st) for s, r, _d, st in _records(text)} == {("Germany", "Ukraine", "confirmed")}


# a trade listing is a penalty: the grounds are alleged, the listed firms' state gives, the notice
# dates no act


def test_entity_listing_grounds_are_the_listed_firms_act() -> None:
    text = (
        "米商務省は先月、ロシアの無人機メーカーに電子部品を供給したとして、トルコの企業2社を"
        "エンティティー・リストに加えた。"
    )
    assert set(_records(text)) == {("Turkey", "Russia", None, "alleged")}


def test_sentence_opening_time_of_a_sanction_dates_no_act() -> None:
    text = "昨年末、英政府は、ロシアに無人機の部品を輸出したとして、トルコの企業2社を制裁対象に指定した。"
    assert {(s, r, d) for s, r, d, _st in _records(text)} == {("Turkey", "Russia", None)}


# the permits for an act halted, and a flow held up, tell no transfer


def test_halted_export_permits_are_no_transfer() -> None:
    text = "カナダ政府は、イスラエル向けの武器輸出の新たな許可を事実上凍結している、と地元紙が報じた。"
    assert _run(text) == []


def test_counted_permits_suspended_are_no_transfer() -> None:
    assert _run("英政府は、イスラエルへの武器輸出の許可30件を停止した。") == []


def test_shipment_still_held_up_is_no_transfer() -> None:
    assert _run("米国からイスラエルへの大型爆弾の輸送は、依然として保留されたままだという。") == []


def test_shipment_held_then_resumed_is_a_transfer() -> None:
    text = "米国からイスラエルへの大型爆弾の輸送は、5月に停止されていたが、先月再開された。"
    assert _pairs(text) == {("United States", "Israel")}


# a deal's contents, told with the act noun again as the topic, share the deal's status


def test_contents_of_an_approved_sale_are_planned() -> None:
    text = (
        "米国務省は20日、台湾にたいするF-16V戦闘機66機の売却を承認した。"
        "同局の発表によれば、売却にはまた、空対空ミサイルや誘導爆弾が含まれる。"
    )
    assert {st for _s, _r, _d, st in _records(text)} == {"planned"}


# an act told only as what some reports say, which the recipient neither confirms nor denies


def test_act_of_some_reports_neither_confirmed_nor_denied_is_alleged() -> None:
    text = (
        "ポーランド国防省は、トルコ製の無人機がウクライナに届いているとの一部報道について、"
        "「確認も否定もしない」と述べた。"
    )
    assert {(s, r, st) for s, r, _d, st in _records(text)} == {("Turkey", "Ukraine", "alleged")}


# a partner the doer acts with (「…と共同で」「…とともに」) gives too


def test_partner_acting_jointly_gives_too() -> None:
    text = "スウェーデンはノルウェーと共同で、装甲車数十両をウクライナに供与している。"
    assert _pairs(text) == {("Sweden", "Ukraine"), ("Norway", "Ukraine")}


def test_partner_in_making_the_goods_gives_nothing() -> None:
    text = "米国はドイツと共同で開発した防空システムをウクライナに供与した。"
    assert _pairs(text) == {("United States", "Ukraine")}
