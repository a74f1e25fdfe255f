"""Japanese constructions a blind batch in the style of wire and newspaper reports (export-control
arrests and referrals, Japan's equipment transfers, arms sales in Asia, Western aid to Ukraine
retold) showed mishandled: a firm placed by its city's ward (「大阪市西区の貿易会社」) or told by the
goods it sells (「電子部品販売会社」), a firm merely sited in a place the goods pass through
(「ドバイにある商社を通じて」) or go to (「ロシア中部にある企業に」), a firm and its officer referred to
prosecutors (「…と同社の男性役員を書類送検した」), 同社 meaning the firm charged rather than a go-between
told after it, a deal signed and then withdrawn (「契約を結んだが、…計画を撤回した」), a partner in making
the goods (「ロシアとの合弁で開発した」), an act put as a question and answered as only possibly weighed
(「…の供与について問われ、「検討することもありうる」」), a headline's next segment telling an act of its
own (「…フィリピンに到着　インドネシアへの売却も」), and a refusal whose ない the parse tags an adjective
(「送らない」)."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pairs, transfers, via

PUB = "2025-03-10"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


# a Japanese firm placed by its city's ward, or told by the goods it sells


def test_firm_of_a_city_ward_stands_for_japan() -> None:
    assert _pairs("大阪市西区の貿易会社は、無人機の部品をロシアに輸出した。") == {("Japan", "Russia")}


def test_firm_told_by_the_goods_it_sells_stands_for_japan() -> None:
    assert _pairs("名古屋市の電子部品販売会社は、無人機の部品をイランに輸出した。") == {("Japan", "Iran")}


# a firm sited in a place: a go-between where the goods pass through it, the receiver where they go


def test_firm_sited_in_a_city_the_goods_pass_through_goes_between() -> None:
    t = _one("横浜市の商社は、ドバイにある商社を通じてイランの企業に電子部品を輸出した。", "Japan", "Iran")
    assert via(t) == {"United Arab Emirates"}


def test_firm_sited_in_a_city_of_a_named_state_goes_between() -> None:
    text = "神戸市の商社は、アラブ首長国連邦（UAE）のドバイにある商社を通じてイランの企業に部品を輸出した。"
    assert via(_one(text, "Japan", "Iran")) == {"United Arab Emirates"}


def test_firm_sited_in_a_state_the_goods_go_to_receives() -> None:
    # (a firm sited in a state, told as where the goods go, is no go-between)
    assert _pairs("横浜市の商社は、ロシア中部にある企業に工作機械の部品を輸出した。") == {("Japan", "Russia")}


# a firm and its officer charged: the state of the firm supplies


def test_firm_and_officer_referred_to_prosecutors_supply() -> None:
    text = (
        "警視庁は、電子部品をイランに不正に輸出したとして、東京都品川区の電子部品販売会社「北斗電子」と"
        "同社の男性役員（48）を外為法違反の疑いで書類送検した。"
    )
    assert _pairs(text) == {("Japan", "Iran")}


def test_officer_of_a_ward_firm_arrested_supplies() -> None:
    text = (
        "兵庫県警は、部品をロシアに不正に輸出したとして、神戸市中央区の貿易会社「西海商事」社長、"
        "山田一郎容疑者（52）を外為法違反の疑いで逮捕した。"
    )
    assert _pairs(text) == {("Japan", "Russia")}


def test_same_firm_means_the_firm_charged_not_a_go_between_told_after() -> None:
    text = (
        "兵庫県警は、部品をロシアに不正に輸出したとして、神戸市の貿易会社「西海商事」社長を逮捕した。"
        "香港の会社は登記上の住所に実体がなかった。"
        "同社は昨年夏にも、無人機の部品をロシアに送っていたとみられる。"
    )
    assert ("Hong Kong", "Russia") not in _pairs(text)


# a deal signed and then called off


def test_deal_signed_then_withdrawn_is_no_transfer() -> None:
    text = "マレーシアは、トルコから中古の哨戒艇4隻を購入する契約を結んだが、財政難を理由に翌年、計画を撤回した。"
    assert _pairs(text) == set()


def test_deal_signed_then_cancelled_is_no_transfer() -> None:
    assert _pairs("タイは、スウェーデンから戦闘機を購入する契約を結んだが、その後、契約を破棄した。") == set()


def test_deal_signed_and_delayed_stays_planned() -> None:
    t = _one("タイは、スウェーデンから戦闘機を購入する契約を結んだが、納入は遅れている。", "Sweden", "Thailand")
    assert t.status == "planned"


# a partner in making the goods is no party to their transfer


def test_partner_in_a_joint_venture_receives_nothing() -> None:
    assert _pairs("インドは、ロシアとの合弁で開発したブラモスの輸出を国策の柱に据えている。") == set()


def test_goods_of_a_joint_venture_still_go_where_sent() -> None:
    text = "インドはロシアとの合弁で開発した巡航ミサイルをベトナムに輸出した。"
    assert _pairs(text) == {("India", "Vietnam")}


# an act put as a question and answered as only possibly weighed


def test_supply_asked_about_and_only_possibly_weighed_is_no_transfer() -> None:
    text = (
        "米大統領は、長距離ミサイルのウクライナへの供与について記者団に問われ、"
        "「状況次第では検討することもありうる」と述べた。"
    )
    assert _pairs(text) == set()


def test_supply_under_review_stays_planned() -> None:
    t = _one("米政府は、長距離ミサイルのウクライナへの供与について検討している。", "United States", "Ukraine")
    assert t.status == "planned"


# a headline's segments tell acts of their own


def test_headline_next_segment_sale_is_its_own_act() -> None:
    text = "巡航ミサイル、ベトナムに到着　マレーシアへの売却も交渉大詰め"
    recipients = {t.recipient.entity.name for t in _run(text) if t.recipient and t.recipient.entity}
    assert recipients == {"Vietnam", "Malaysia"}
    assert all(not via(t) for t in _run(text))


# a refusal whose ない the parse tags an adjective


def test_goods_a_state_will_not_send_are_no_delivery() -> None:
    text = (
        "英国は巡航ミサイルをウクライナに供与したと発表した。"
        "一方、ドイツの首相は「タウルス」については「送らない」との立場を崩していない。"
    )
    assert _pairs(text) == {("United Kingdom", "Ukraine")}


def test_goods_sent_are_still_a_delivery() -> None:
    # (the same verb without the negation)
    assert _pairs("ドイツは巡航ミサイルをウクライナに送った。") == {("Germany", "Ukraine")}
