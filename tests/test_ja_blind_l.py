"""Japanese analysis pieces (blind batch l): a memorandum of understanding (覚書) is a deal not yet
binding, and a two-digit year after a deal noun (「契約を22年に結んだ」) is the year it was struck;
a list whose stretches each open with a date of their own before one verb (「2019年に戦車12両を、
21年に装甲車30両を売却した」) tells one act per stretch; a maker the gazetteer knows, named with と
as the other side of a purchase deal, names its seller even where the tagger splits it; and goods
said to be seen (「…が確認されている」) are seen by nobody named, not confirmed by the sentence's
subject."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name as _name
from tests.parties import records, transfers

from materiel.extract.ja_dates import find_dates_ja

PUB = "2025-08-20"

_run = partial(transfers, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


def _goods(text: str) -> list[tuple[str | None, str | None, str | None, list[tuple[str, float | None]]]]:
    return [
        (
            _name(t.supplier),
            _name(t.recipient),
            t.date,
            [(it.text, it.quantity.value if it.quantity else None) for it in t.items],
        )
        for t in _run(text)
    ]


@pytest.mark.parametrize(
    ("text", "pair", "date"),
    [
        ("ルーマニアはトルコと無人機18機を購入する覚書を23年に交わした。", ("Turkey", "Romania"), "2023"),
        ("英国もサウジアラビアにタイフーン戦闘機48機を売却する覚書を2018年に交わしたが、正式契約には至っていない。",
         ("United Kingdom", "Saudi Arabia"), "2018"),
        ("タイ空軍は昨年、スウェーデンからグリペン戦闘機を調達する覚書に署名した。", ("Sweden", "Thailand"), "2024"),
    ],
)  # fmt: skip
def test_a_memorandum_is_a_plan_dated_by_its_signing(text: str, pair: tuple[str, str], date: str) -> None:
    [t] = _run(text)
    assert (_name(t.supplier), _name(t.recipient)) == pair
    assert t.status == "planned"
    assert t.date == date


def test_a_two_digit_year_after_a_deal_noun_dates_the_deal() -> None:
    assert _records("チェコはドイツとレオパルト2戦車77両を購入する契約を24年に結んだ。") == [
        ("Germany", "Czech Republic", "2024", "planned")
    ]


@pytest.mark.parametrize(
    ("text", "isos"),
    [
        ("協定の期間を20年に延長した。", []),
        ("点検は10年に1度行う。", []),
        ("トルコは2021年にウクライナと契約を結び、23年に12機を引き渡した。", ["2021", "2023"]),
        ("韓国は22年に100両を送った。", ["2022"]),
    ],
)
def test_a_two_digit_year_is_a_time_only_where_the_words_after_it_say_so(text: str, isos: list[str]) -> None:
    assert [d.iso for d in find_dates_ja(text, PUB)] == isos


def test_dated_stretches_before_one_verb_tell_one_act_each() -> None:
    out = _goods("ドイツは2016年にリトアニアへ自走榴弾砲21門を、19年に装甲車88両を売却した。")
    assert out == [
        ("Germany", "Lithuania", "2016", [("自走榴弾砲", 21)]),
        ("Germany", "Lithuania", "2019", [("装甲車", 88)]),
    ]


def test_a_count_alone_in_a_dated_stretch_counts_the_goods_named_before() -> None:
    out = _goods("米国製のF16戦闘機は昨年3月に6機、今年5月に8機がルーマニアに到着した。")
    assert out == [
        ("United States", "Romania", "2024-03", [("F16戦闘機", 6)]),
        ("United States", "Romania", "2025-05", [("F16戦闘機", 8)]),
    ]


def test_a_count_alone_takes_the_goods_of_the_stretch_before() -> None:
    out = _goods("エストニアには昨年10月にHIMARS2基、今年6月に4基が米国から届いた。")
    assert [(s, r, d, q) for s, r, d, [(_w, q)] in out] == [
        ("United States", "Estonia", "2024-10", 2),
        ("United States", "Estonia", "2025-06", 4),
    ]


def test_dates_of_two_acts_are_no_list_of_stretches() -> None:
    out = _records("トルコは2021年にウクライナと無人機の契約を結び、23年に12機を引き渡した。")
    assert out == [("Turkey", "Ukraine", "2021", "planned"), ("Turkey", "Ukraine", "2023", "reported")]


def test_a_war_started_on_one_date_is_no_stretch_of_goods() -> None:
    [t] = _run("ロシアは2022年2月に侵攻を始め、同年8月にイランから無人機を受け取った。")
    assert (_name(t.supplier), _name(t.recipient), t.date) == ("Iran", "Russia", "2022-08")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("カタールはフランスのダッソー・アビエーションとラファール戦闘機12機の購入契約を結んだ。", ("France", "Qatar")),
        ("ブラジルはフランスのナバルグループと潜水艦4隻の購入契約を結んだ。", ("France", "Brazil")),
        ("ノルウェーは韓国のハンファ・エアロスペースとK9自走砲24門の購入契約を結んだ。", ("South Korea", "Norway")),
    ],
)  # fmt: skip
def test_a_states_maker_named_with_to_sells_in_a_purchase_deal(text: str, pair: tuple[str, str]) -> None:
    [t] = _run(text)
    assert (_name(t.supplier), _name(t.recipient)) == pair
    assert t.status == "planned"


def test_a_deal_with_no_seller_named_is_still_procurement_at_home() -> None:
    assert _run("陸上自衛隊は装甲車30両の購入契約を結んだ。") == []


@pytest.mark.parametrize(
    "text",
    [
        "エジプト空軍が一昨年受け取ったロシア製の戦闘機が、衛星画像で確認されている。",
        "アルジェリアが昨年ロシアから受け取ったスホイ57戦闘機は、基地で確認されている。",
    ],
)
def test_goods_said_to_be_seen_are_reported_not_confirmed(text: str) -> None:
    [t] = _run(text)
    assert _name(t.supplier) == "Russia"
    assert t.status == "reported"


def test_a_party_confirming_still_confirms() -> None:
    [t] = _run("エジプト国防省は、ロシアから戦闘機を受け取ったと発表した。")
    assert (_name(t.supplier), _name(t.recipient), t.status) == ("Russia", "Egypt", "confirmed")


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("マレーシアは海軍の近代化を急いでいる。2023年にはトルコから沿岸戦闘艦3隻を購入した。",
         ("Turkey", "Malaysia", "2023", "reported")),
        ("エジプトは調達先の多様化を進めてきた。昨年、中国から無人機を受け取った。",
         ("China", "Egypt", "2024", "reported")),
        ("ポーランドは国防費を大きく増やした。韓国からはK2戦車180両を輸入した。",
         ("South Korea", "Poland", None, "reported")),
    ],
)  # fmt: skip
def test_the_topic_before_takes_an_act_of_buying_with_no_taker(
    text: str, record: tuple[str, str, str | None, str]
) -> None:
    assert _records(text) == [record]


def test_an_act_of_buying_with_its_own_subject_keeps_it() -> None:
    out = _records("エジプトは調達先の多様化を進めてきた。サウジアラビアは昨年、中国から無人機を購入した。")
    assert out == [("China", "Saudi Arabia", "2024", "reported")]


def test_the_topic_named_as_the_seller_takes_no_second_side() -> None:
    out = _records("ロシアは武器輸出で存在感を失っている。ロシアからは昨年、戦闘機が輸出されただけだ。")
    assert all(r[1] != "Russia" for r in out)


def test_dated_stretches_before_a_later_act_noun_still_split() -> None:
    out = _goods(
        "チリは2006年にオランダからフリゲート2隻を、08年に潜水艦2隻を購入したのが、欧州からの兵器輸入の最後だ。"
    )
    assert [(s, r, d) for s, r, d, _g in out][:2] == [
        ("Netherlands", "Chile", "2006"),
        ("Netherlands", "Chile", "2008"),
    ]


def test_fielding_units_counted_with_ko_count_the_system_told_before() -> None:
    out = _goods(
        "トルコの防空の柱は地対空ミサイルシステム「S400」だ。トルコは2017年に2個部隊分を購入する契約をロシアと結んだ。"
    )
    assert out == [("Russia", "Turkey", "2017", [("地対空ミサイルシステム「S400」", 2)])]


def test_a_post_on_social_media_in_the_next_sentence_tells_and_dates_the_plan() -> None:
    text = "インドネシア政府は、トルコから無人機12機を導入することを決めた。同国の国防相が18日、Xに投稿した。"
    assert _records(text) == [("Turkey", "Indonesia", "2025-08-18", "planned")]


@pytest.mark.parametrize(
    "text",
    [
        "ウクライナ国防省は、ノルウェーから防空システムを受け取ったと5日、SNSに投稿した。",
        "ゼレンスキー大統領は5日、「ノルウェーから防空システムが届いた」とXに投稿した。",
    ],
)
def test_a_party_posting_that_goods_arrived_confirms_it(text: str) -> None:
    [t] = _run(text)
    assert (_name(t.supplier), _name(t.recipient), t.status) == ("Norway", "Ukraine", "confirmed")


def test_the_act_noun_of_goods_a_clause_sold_is_that_sale_told_again() -> None:
    assert _records("フランスがインドに売却を決めた戦闘機の引き渡しが遅れている。") == [
        ("France", "India", None, "planned")
    ]


def test_goods_a_clause_gave_then_handed_on_to_another_still_go_on() -> None:
    out = _records("米国がポーランドに供与した戦車のウクライナへの引き渡しが始まった。")
    assert ("Poland", "Ukraine", None, "reported") in out


def test_a_timeline_after_a_sale_takes_the_sales_parties() -> None:
    text = (
        "米国が台湾に売却を決めた兵器の引き渡しが遅れている。M1A2T戦車は昨年12月に38両、今年7月に42両が台湾に到着した。"
    )
    out = _goods(text)
    assert out[1:] == [
        ("United States", "Taiwan", "2024-12", [("M1A2T戦車", 38)]),
        ("United States", "Taiwan", "2025-07", [("M1A2T戦車", 42)]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "韓国のK9自走砲12門は昨年10月にエストニアに届き、当初計画より半年早く部隊に配備された。",
        "韓国のK9自走砲12門は昨年10月にエストニアに届き、予定より早く実戦配備された。",
    ],
)
def test_a_time_measured_against_the_plan_makes_no_plan(text: str) -> None:
    assert _records(text) == [("South Korea", "Estonia", "2024-10", "reported")]


def test_a_plan_told_after_the_act_still_plans_it() -> None:
    assert _records("韓国はエストニアにK9自走砲12門を来年引き渡す予定だ。") == [
        ("South Korea", "Estonia", "2026", "planned")
    ]


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("SIPRIによると、2020～24年のサウジアラビアの武器輸入の74％を米国が占めた。",
         ("United States", "Saudi Arabia", "2020", "reported")),
        ("SIPRIの統計では、2015年以降のアルジェリアの武器輸入のうち、約7割をロシア製が占める。",
         ("Russia", "Algeria", "2015", "reported")),
        ("フランスはインドの武器輸入の約3割を占めている。", ("France", "India", None, "reported")),
    ],
)  # fmt: skip
def test_the_state_taking_a_share_of_anothers_imports_supplies_them(
    text: str, record: tuple[str, str, str | None, str]
) -> None:
    assert _records(text) == [record]


def test_a_share_of_a_states_imports_with_no_state_taking_it_tells_no_supplier() -> None:
    assert all(r[0] is None for r in _records("インドの武器輸入の約4割を戦闘機が占めた。"))


def test_a_deal_struck_with_a_partner_has_the_topic_before_for_its_seller() -> None:
    text = (
        "米国からは戦闘機を導入してきた。トルコは武器の輸出国への転換も目指す。"
        "攻撃型の無人機をめぐっては、22年にインドネシアと12機の契約を結び、昨年4月に第1陣を引き渡した。"
    )
    assert _records(text) == [
        ("Turkey", "Indonesia", "2022", "planned"),
        ("Turkey", "Indonesia", "2024-04", "reported"),
    ]


def test_a_deal_with_the_topic_as_its_partner_takes_no_topic() -> None:
    text = "ポーランドは防衛力の増強を急ぐ。K9自走砲をめぐっては、22年にポーランドと212門の契約を結んだ。"
    assert all(r[0] != "Poland" for r in _records(text))


def test_a_two_digit_year_after_counted_goods_dates_the_act_not_the_deal_in_the_clause() -> None:
    out = _records("エジプト空軍は15年に契約したフランス製のラファール戦闘機24機を21年までに全機受領した。")
    assert out == [("France", "Egypt", "2021", "reported")]


def test_a_purchase_deal_struck_with_no_buyer_named_is_the_topics() -> None:
    text = "チェコは空軍の近代化を急いでいる。24年にスウェーデンとグリペン戦闘機14機の購入契約を結んだ。"
    out = _goods(text)
    assert out == [("Sweden", "Czech Republic", "2024", [("グリペン戦闘機", 14)])]
