"""A request is for goods: asking that deals stop (「取引の停止を求めた」) or that goods not be sent
(「供与しないよう求めた」) makes no request of the transfer told beside it."""

from __future__ import annotations

from materiel.pipeline import analyze_text


def test_asking_that_the_deals_stop_is_no_request_for_the_goods() -> None:
    text = "ミャンマー国軍は中国やロシアから戦闘機を購入しており、国連の特別報告者は取引の停止を求めた。"
    transfers = analyze_text(text, lang="ja").transfers
    assert {t.supplier.entity.name for t in transfers if t.supplier and t.supplier.entity} == {"China", "Russia"}
    assert {t.status for t in transfers} == {"reported"}


def test_asking_for_the_goods_is_a_request() -> None:
    [t] = analyze_text("ウクライナはドイツに巡航ミサイル「タウルス」の供与を求めた。", lang="ja").transfers
    assert t.status == "requested"
