"""Japanese constructions a blind batch in the style of business magazines and newspaper long reads
(Russia's procurement through Central Asia, the Caucasus, Turkey and the UAE; North Korea's and
Iran's arms for Russia; Chinese sales; Japan's equipment transfers) showed mishandled: machine tools
named by their kind (「CNC旋盤」「フライス盤」), a first lot counted in words (「最初の数十発の出荷」),
goods made of parts in the passive under a speaker's topic (「米政府は、…部品で組み立てられたと指摘
した」), and a lead that tells the story as fact over a body that hedges it (「…調達し続けている。」
then 「…転売していたとみられる」)."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pairs, records, transfers, via

PUB = "2025-03-10"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


# machine tools named by their kind


def test_milling_machines_resold_are_goods() -> None:
    text = "キルギスの業者は日本製のフライス盤を輸入し、ロシアの兵器工場に転売していた。"
    assert _pairs(text) == {("Japan", "Russia")}


def test_lathes_listed_before_their_class_keep_their_origin() -> None:
    text = "ドバイの企業がドイツ製のCNC旋盤など工作機械を調達し、ロシアに転送した。"
    assert _pairs(text) == {("Germany", "Russia")}
    assert [it.category for it in _one(text, "Germany", "Russia").items] == ["dual-use"]


def test_firm_registered_in_a_capital_spelt_as_the_press_does_goes_between() -> None:
    text = "キルギスの首都ビシケクに登記された貿易会社が台湾製の工作機械を輸入し、ロシアに転売していた。"
    assert via(_one(text, "Taiwan", "Russia")) == {"Kyrgyzstan"}


def test_lathes_used_at_home_are_no_transfer() -> None:
    assert _pairs("ロシアの工場は旋盤を使って砲弾を生産している。") == set()


# a first lot counted in words


def test_first_lot_counted_in_words_is_a_lot_of_its_own() -> None:
    text = "日本は米国にパトリオットを輸出することを決めた。最初の数十発の出荷は来年度にずれ込む見通しだ。"
    lots = _run(text)
    assert [t.status for t in lots] == ["planned", "planned"]
    quantity = lots[1].items[0].quantity
    assert quantity is not None and quantity.text == "数十発"


def test_first_lot_counted_in_figures_still_is() -> None:
    text = "日本は米国にパトリオットを輸出することを決めた。最初の20発の出荷は来年度にずれ込む見通しだ。"
    assert len(_run(text)) == 2


# goods made of parts, in the passive, under a speaker's topic


def test_speaker_of_a_made_of_clause_gets_no_parts() -> None:
    text = "米政府は、ミサイルはイランから密輸された部品で組み立てられたと指摘した。"
    assert ("Iran", "United States") not in _pairs(text)


def test_assembler_named_as_subject_gets_the_parts() -> None:
    assert _pairs("フーシ派は、イランから密輸された部品でミサイルを組み立てた。") == {("Iran", "Houthis")}


def test_user_of_given_goods_still_receives_them() -> None:
    text = "ウクライナ軍は英国が供与した巡航ミサイルでクリミアの司令部を攻撃した。"
    assert _pairs(text) == {("United Kingdom", "Ukraine")}


# a lead told as fact over a body that hedges it

_LEAD = "中央アジア経由の調達続く\n\nロシアの軍需産業が、中央アジアを窓口に工作機械を調達し続けている。\n"
_BODY = "関係筋によると、キルギスの貿易会社が昨年、台湾製の工作機械を40台輸入し、ロシアの戦車工場に転売していた"


def test_lead_told_as_fact_takes_the_hedge_of_the_body() -> None:
    assert _records(_LEAD + _BODY + "とみられる。\n") == [("Taiwan", "Russia", "2024", "alleged")]


def test_lead_over_a_body_told_as_fact_stays_reported() -> None:
    assert _records(_LEAD + _BODY + "。\n") == [("Taiwan", "Russia", "2024", "reported")]


def test_headline_hedge_is_no_lead() -> None:
    # (a headline's own か is the desk's shorthand: the body says how sure it is)
    text = "ロシアに工作機械か\n\n" + _BODY + "。\n"
    assert _records(text) == [("Taiwan", "Russia", "2024", "reported")]


# a date the parse hangs on a clause of including


def test_date_before_an_including_clause_dates_the_act() -> None:
    text = "米政府高官は先月、イランが昨年8月から「シャヘド136」を含む無人機をロシアに引き渡したと述べた。"
    assert _records(text) == [("Iran", "Russia", "2024-08", "reported")]


def test_date_of_a_clause_on_the_goods_still_is_their_history() -> None:
    text = "ロシアは昨年、2019年に契約したS400をインドに引き渡した。"
    assert [d for *_p, d, _s in _records(text)] == ["2024"]
