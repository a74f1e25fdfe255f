"""Japanese constructions a blind batch in the style of magazines and long analyses (year-by-year
histories of China-Russia dual-use trade, North Korea and Russia, Egypt's suppliers, Sudan's war,
Venezuela's arsenal) showed mishandled: attention turned toward a party read as goods bound for it
(「チャベス氏はロシアに目を向けた」), a quoted question closed before its full stop (「…売ることは
あるの？」。), a possibility spoken of and answered with no sign (「…に回される可能性について、「兆候は
見られない」と説明した」), an act inside a supposition closed by a later condition (「仮に中国が兵器を
送る段階に進めば、」), a chronicle's plain non-past under a past date (「▽2023年暮れ　KN23がロシア軍の
手に渡る。」), requests of one verb gapped over two suppliers (「中国に防空レーダーを、イランには無人機を
要請した」), a purchase that fell through (「スホイ35の購入は…立ち消えになった」), goods passed on
with へ where the verb wants its goal (「中国製の電子部品をロシアの軍需企業へ流していた」), and the year
just told taken up as この年 (「起点は2015年だ。エジプトはこの年、…を購入した」)."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records

PUB = "2025-03-10"

_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


# attention turned toward a party


def test_eyes_turned_to_a_party_are_no_goods_bound_for_it() -> None:
    text = "米国が兵器の禁輸に踏み切ると、ベネズエラはロシアに目を向けた。"
    assert _pairs(text) == set()


def test_interest_turned_to_a_supplier_is_no_transfer() -> None:
    assert _pairs("サウジアラビアは中国製の無人機に関心を向けている。") == set()


def test_goods_sent_toward_a_party_still_go_to_it() -> None:
    assert _pairs("イランは昨年、ロシアに向けて無人機およそ170機を送った。") == {("Iran", "Russia")}


# a quoted question closed before the full stop


def test_quoted_question_before_the_full_stop_is_no_transfer() -> None:
    text = "読者からの質問です。「中国がイランに戦闘機を売ることはあるの？」。"
    assert _pairs(text) == set()


# a possibility spoken of and answered in the negative


def test_possibility_answered_with_no_sign_is_no_transfer() -> None:
    text = "これらの発射台がロシアに回される可能性について、韓国国防省は「現時点で兆候は見られない」と説明した。"
    assert _pairs(text) == set()


def test_past_act_called_likely_stays_a_claim() -> None:
    # (a possibility that an act was done is a hedge, not a question answered)
    text = "研究所は、ロシアが電子戦システムをイランに引き渡した可能性が高いと分析した。"
    assert ("Russia", "Iran") in _pairs(text)


# a supposition (仮に, もし) closed by a condition later in the clause


def test_act_in_a_supposition_closed_later_is_no_transfer() -> None:
    text = "仮に中国が完成品の兵器をロシアに送る段階に進めば、米欧は二次制裁に踏み切る。"
    assert _pairs(text) == set()


def test_act_in_a_supposition_with_koto_ni_nareba_is_no_transfer() -> None:
    text = "もしロシアが戦闘機の技術まで北朝鮮に渡すことになれば、地域の均衡は崩れる。"
    assert _pairs(text) == set()


def test_act_before_a_supposition_about_it_stays() -> None:
    text = "イランは昨年、ロシアに無人機を送った。もし事実なら、国連決議に反する。"
    assert _pairs(text) == {("Iran", "Russia")}


# a chronicle's plain non-past under a past date


def test_plain_non_past_under_a_past_date_is_done() -> None:
    text = "▽2023年暮れ　北朝鮮製の短距離弾道ミサイルが、ロシア軍の手に渡る。"
    assert _records(text) == [("North Korea", "Russia", "2023-12", "reported")]


def test_plain_non_past_with_a_word_ahead_stays_planned() -> None:
    text = "2024年の合意に基づき、北朝鮮はロシアに砲弾を来年までに送る。"
    assert [r[3] for r in _records(text)] == ["planned"]


def test_plain_non_past_without_a_date_stays_planned() -> None:
    assert [r[3] for r in _records("ドイツはウクライナに戦車を送る。")] == ["planned"]


# requests of one verb gapped over two suppliers


def test_request_gapped_over_two_suppliers_is_two_requests() -> None:
    text = "ベネズエラ政府は中国に防空レーダーを、イランには無人機を要請した。"
    got = {(s, r, st) for s, r, _d, st in _records(text)}
    assert got == {("China", "Venezuela", "requested"), ("Iran", "Venezuela", "requested")}


def test_one_request_of_one_supplier_stays_one() -> None:
    text = "ウクライナは米国に戦闘機の供与を求めた。"
    assert _pairs(text) == {("United States", "Ukraine")}


# a purchase that fell through


def test_purchase_that_fell_through_is_no_transfer() -> None:
    text = "エジプトによるロシア製戦闘機スホイ35の購入は、米国の圧力もあって立ち消えになった。"
    assert _pairs(text) == set()


def test_purchase_done_beside_one_that_fell_through_stays() -> None:
    text = "エジプトはロシアからミグ29を購入した。スホイ35の購入は頓挫した。"
    assert _pairs(text) == {("Russia", "Egypt")}


# a verb of many senses with its goal marked by へ


def test_goods_passed_on_with_he_are_a_transfer() -> None:
    text = "キルギスの商社は、中国製の電子部品をロシアの軍需企業へ流していた。"
    assert ("China", "Russia") in _pairs(text)


def test_information_passed_on_with_he_is_no_transfer() -> None:
    assert _pairs("イランは偵察情報をロシアへ流していた。") == set()


# the year just told, taken up as この年


def test_kono_toshi_takes_the_year_told_before() -> None:
    text = "転機は2015年にある。エジプトはこの年、フランスから戦闘機24機を購入した。"
    assert _records(text) == [("France", "Egypt", "2015", "reported")]
