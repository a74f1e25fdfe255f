"""Japanese business and enforcement phrasings a blind batch (ja-br-001..010) showed mishandled: an
officer charged told by age or as 「社長の男（58）」 after the firm, the goods' を-object hung by the
parse on a clause of manner 「許可を得ずに」, a referral to prosecutors (送検) dating only the notice,
and 繰り返し before a verb of asking."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records, transfers

PUB = "2025-10-10"

_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)
_run = partial(transfers, lang="ja", published=PUB)


# the officer charged, told by age or sex after the firm: the firm's state exports


def test_officer_told_by_age_after_the_firm() -> None:
    text = (
        "兵庫県警は8日、工作機械の部品をロシアへ輸出したとして、外為法違反の疑いで神戸市中央区の機械商社"
        "「山陽マシナリー」と同社の70代の男性会長を書類送検した。"
    )
    assert _pairs(text) == {("Japan", "Russia")}


def test_officer_told_as_a_man_with_his_age() -> None:
    text = (
        "警視庁公安部は2日、無線機をロシアへ輸出したとして、外為法違反の疑いで東京都品川区の貿易会社"
        "「北斗通商」社長の男（61）を逮捕した。"
    )
    assert _pairs(text) == {("Japan", "Russia")}


# 「…を経済産業相の許可を得ずに…へ輸出した」: the first を-object is the export's


def test_goods_before_a_clause_of_manner_are_the_acts() -> None:
    text = (
        "愛知県警は15日、電子部品を経済産業相の許可を得ずに中国へ輸出したとして、外為法違反の疑いで名古屋市"
        "中区の商社「東海トレード」社長の男（49）を逮捕した。"
    )
    got = _run(text)
    assert [(t.supplier and t.supplier.entity.name, t.recipient and t.recipient.entity.name) for t in got] == [
        ("Japan", "China")
    ]
    assert [it.category for it in got[0].items] == ["components"]
    assert got[0].status == "alleged"


def test_a_clause_of_manner_keeps_its_own_object() -> None:
    # (「許可を」 stays the clause's: no goods are made of it, and the act keeps its one object)
    text = "同社は半導体を許可を得ないで香港へ輸出していた。"
    got = _run(text)
    assert len(got) == 1
    assert [it.category for it in got[0].items] == ["components"]


# a referral to prosecutors dates the notice, not the deed


def test_referral_day_dates_no_export() -> None:
    text = (
        "大阪府警は3日、無人機用のバッテリーをロシアへ輸出したとして、外為法違反の疑いで大阪市西区の電池販売会社"
        "「泉電工」の社長を書類送検した。"
    )
    assert _records(text) == [("Japan", "Russia", None, "alleged")]


# 繰り返し before a verb of asking: the one addressed gives


def test_asked_repeatedly_the_addressee_gives() -> None:
    text = "ウクライナのシュミハリ首相は、日本に防空システムや装甲車の供与を繰り返し求めてきた。"
    assert _records(text) == [("Japan", "Ukraine", None, "requested")]


# 「Xをめぐっては、Yの情報機関が、…と分析」: the body set off by 「が、」 tells the act of the state
# spoken of


def test_body_set_off_after_the_opener_tells_the_act() -> None:
    text = "イランをめぐっては、英国の情報機関が、ロシアに短距離弾道ミサイルを引き渡したと分析している。"
    assert _pairs(text) == {("Iran", "Russia")}


def test_opener_state_gives_when_a_ministry_tells_it() -> None:
    text = "北朝鮮については、韓国国防省が、ロシアに多連装ロケット砲を送ったとみている。"
    assert _pairs(text) == {("North Korea", "Russia")}


def test_state_subject_after_the_opener_still_gives() -> None:
    # (a state itself, not a body telling, is the act's own subject)
    text = "ウクライナについては、ドイツが、防空システムを引き渡したと発表した。"
    assert _pairs(text) == {("Germany", "Ukraine")}


def test_state_and_its_body_before_one_comma_tell_together() -> None:
    text = "イランをめぐっては、米国の国防総省が、ロシアに短距離弾道ミサイルを引き渡したと分析している。"
    assert _pairs(text) == {("Iran", "Russia")}


# an act a party might reconsider (見直す可能性) is no transfer


def test_aid_one_might_reconsider_is_no_transfer() -> None:
    text = "台湾の頼清徳総統は、情勢が悪化すれば、フィリピンへの装備品供与を見直す可能性にも言及した。"
    assert _run(text) == []


def test_reconsidering_is_still_weighed_when_told_as_a_course() -> None:
    # (a course taken, 方針, is told; only the possibility of it is not)
    assert _run("韓国政府は、ウクライナへの武器支援を見直す方針だ。") != []
