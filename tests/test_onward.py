"""Goods passed on: re-exported or resold goods, and parts and dual-use goods shipped by a third
state, come from the state that made them, and the one passing them on goes between (as sanctions
analysts count them); weapons a state hands over of another's make are its own gift."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name as _name
from tests.parties import only, pair, transfers

from materiel.pipeline import analyze_text

PUB = "2024-06-20"


_only = partial(only, published=PUB)


@pytest.mark.parametrize(
    ("text", "lang", "maker", "between"),
    [
        ("A Turkish firm re-exported German machine tools to Russia.", "en", "Germany", "Turkey"),
        ("Kazakhstan re-exported Chinese drones to Russia.", "en", "China", "Kazakhstan"),
        ("A Hong Kong company sent US-made chips to Russia.", "en", "United States", "Hong Kong"),
        ("キルギスの企業がロシアに中国製の部品を輸出した。", "ja", "China", "Kyrgyzstan"),
        ("アルメニアは米国製の半導体をロシアに輸出した。", "ja", "United States", "Armenia"),
        ("UAEの商社が日本製の電子部品をロシアの軍需企業に販売していた。", "ja", "Japan", "United Arab Emirates"),
    ],
)
def test_goods_passed_on_come_from_their_maker_through_the_one_passing_them(
    text: str, lang: str, maker: str, between: str
) -> None:
    t = _only(text, lang)
    assert (_name(t.supplier), _name(t.recipient)) == (maker, "Russia")
    assert [_name(p) for p in t.intermediaries] == [between]


@pytest.mark.parametrize(
    "text",
    ["Germany delivered US-made Patriot systems to Ukraine.", "Germany sent American-made Patriot systems to Ukraine."],
)
def test_weapons_of_another_make_handed_over_are_the_givers_own(text: str) -> None:
    t = _only(text, "en")
    assert (_name(t.supplier), _name(t.recipient)) == ("Germany", "Ukraine")
    assert t.intermediaries == []


def test_a_make_right_after_the_verb_is_no_recipient() -> None:
    # "sent US-made …": "US" qualifies the goods; "has given North Korea …" names the receiver
    t = _only("The firm sent US-made drones to Sudan.", "en")
    assert (_name(t.supplier), _name(t.recipient)) == ("United States", "Sudan")
    t = _only("Russia has given North Korea air-defence equipment.", "en")
    assert (_name(t.supplier), _name(t.recipient)) == ("Russia", "North Korea")


def test_goods_named_again_come_from_the_origin_told_before() -> None:
    text = "残骸からは米国製の電子部品も見つかった。部品は第三国を経由して北朝鮮に渡ったとみられる。"
    [t] = analyze_text(text, lang="ja").transfers
    assert (t.supplier.entity.name, t.recipient.entity.name) == ("United States", "North Korea")  # type: ignore[union-attr]
    assert t.status == "alleged"


def test_an_origin_in_another_paragraph_tells_nothing() -> None:
    text = "残骸からは米国製の電子部品も見つかった。\n\n部品は第三国を経由して北朝鮮に渡ったとみられる。"
    [t] = analyze_text(text, lang="ja").transfers
    assert t.supplier is None


def _pairs(text: str, lang: str) -> list[tuple[str | None, str | None, list[str | None]]]:
    return [(*pair(t), [_name(p) for p in t.intermediaries]) for t in transfers(text, lang, PUB)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("カザフスタンの企業は中国から輸入した電子部品をロシアに転売していた。", "ja"),
        ("Kazakh trading firms resold electronics imported from China to Russia.", "en"),
    ],
)
def test_goods_bought_to_sell_on_come_from_where_they_were_bought(text: str, lang: str) -> None:
    assert [p[:2] for p in _pairs(text, lang)] == [("China", "Russia")]
    if lang == "ja":
        assert _pairs(text, lang)[0][2] == ["Kazakhstan"]


@pytest.mark.parametrize(
    ("text", "lang", "between"),
    [
        ("欧米製の電子部品がトルコからロシアに輸出されていた。", "ja", ["Turkey"]),
        ("西側の半導体はアラブ首長国連邦からロシアに流れ込んでいる。", "ja", ["United Arab Emirates"]),
        ("Western-made chips were exported from Turkey to Russia.", "en", ["Turkey"]),
        ("Turkey exported European-origin components to Russia.", "en", ["Turkey"]),
        ("Firms in Kazakhstan and Armenia re-exported integrated circuits to Russia.", "en", ["Kazakhstan", "Armenia"]),
        ("キルギスの業者がロシアに半導体を再輸出していた。", "ja", ["Kyrgyzstan"]),
    ],
)
def test_goods_of_no_states_make_passed_on_have_no_supplier(text: str, lang: str, between: list[str]) -> None:
    assert _pairs(text, lang) == [(None, "Russia", between)]


def test_an_unsourced_re_export_takes_no_supplier_from_the_sentence_before() -> None:
    text = (
        "China supplied machine tools to Russia in 2023. "
        "Armenian firms re-exported microchips to Russia, the report says."
    )
    assert (None, "Russia", ["Armenia"]) in _pairs(text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("イランは武器をシリアに空輸した。武器はシリアから陸路でレバノンのヒズボラに運ばれた。", "ja"),
        ("Iran shipped the rockets to Syria. From Syria, the rockets were trucked to Hezbollah.", "en"),
    ],
)
def test_goods_moved_on_from_where_the_sentence_before_took_them_make_one_journey(text: str, lang: str) -> None:
    assert _pairs(text, lang) == [("Iran", "Hezbollah", ["Syria"])]


def test_goods_taken_on_to_a_front_stay_with_the_one_that_got_them() -> None:
    text = (
        "North Korea shipped the shells to Russia. "
        "The shells were then moved by rail from Russia to the front in Ukraine."
    )
    assert ("North Korea", "Russia", []) in _pairs(text, "en")


def test_a_go_between_denying_its_part_leaves_a_denial_on_the_journey() -> None:
    text = (
        "キルギスの業者は中国製の半導体をロシアに転売していた。"
        "キルギス外務省は「自国企業がロシアに軍需品を輸出した事実はない」と反論した。"
    )
    a = analyze_text(text, lang="ja", published=PUB)
    [t] = a.transfers
    assert (_name(t.supplier), _name(t.recipient), t.status) == ("China", "Russia", "reported")
    assert any(c.stance == "denies" and _name(c.speaker) == "Kyrgyzstan" for c in a.claims)


def test_what_is_given_in_return_goes_back_the_other_way() -> None:
    text = "米政府はロシアがイランから無人機の提供を受けていると指摘し、スホイ35の供与はその見返りだとみている。"
    assert [p[:2] for p in _pairs(text, "ja")] == [("Iran", "Russia"), ("Russia", "Iran")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Microchips designed in the United States and Europe keep flowing into Russia. "
            "Chinese firms shipped machine tools to Russia via Kazakhstan.",
            "en",
        ),
        ("欧米製の半導体がロシアに流れ込んでいる。中国企業はカザフスタン経由でロシアに工作機械を輸出した。", "ja"),
    ],
)
def test_goods_of_no_states_make_take_no_supplier_from_the_story(text: str, lang: str) -> None:
    assert _pairs(text, lang)[0][:2] == (None, "Russia")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("オマーンから密輸されたイランの武器がフーシ派に渡った。", [("Iran", "Houthis", ["Oman"])]),
        ("北朝鮮の砲弾は、ロシア極東の港に到着した。", [("North Korea", "Russia", [])]),
        (
            "イランはイエメンのフーシ派とレバノンのヒズボラに武器を供給してきた。",
            [("Iran", "Houthis", []), ("Iran", "Hezbollah", [])],
        ),
    ],
)
def test_ways_owners_and_owned_receivers_of_one_act(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert _pairs(text, "ja") == expected


@pytest.mark.parametrize(
    ("text", "lang", "maker", "between"),
    [
        (
            "米国製の電子部品がロシアの巡航ミサイルから見つかった。部品はトルコの業者がロシアに送っていた。",
            "ja",
            "United States",
            "Turkey",
        ),
        (
            "中国製の部品がロシアの軍需工場に届いている。部品はカザフスタンの商社が輸出していた。",
            "ja",
            "China",
            "Kazakhstan",
        ),
    ],
)
def test_a_firm_the_next_sentence_names_as_sender_of_the_made_in_goods_goes_between(
    text: str, lang: str, maker: str, between: str
) -> None:
    t = _only(text, lang)
    assert (_name(t.supplier), _name(t.recipient)) == (maker, "Russia")
    assert [_name(p) for p in t.intermediaries] == [between]


def test_a_state_giving_goods_of_another_make_in_the_next_sentence_is_not_folded_in() -> None:
    text = "米国製のF16戦闘機がウクライナに到着した。F16はデンマークが供与を約束していた。"
    pairs = {(_name(t.supplier), _name(t.recipient)) for t in analyze_text(text, lang="ja", published=PUB).transfers}
    assert ("Denmark", "Ukraine") in pairs


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("European components are flowing to Russia via third countries such as Armenia and Kazakhstan. "
         "Armenian firms shipped $50 million of electronics to Russia in 2023.", "en"),
        ("欧米製の電子部品がカザフスタンやアルメニアを経由してロシアに流入している。"
         "アルメニアの企業は昨年、ロシアに5000万ドル相当の半導体を輸出した。", "ja"),
    ],
)  # fmt: skip
def test_a_hub_of_goods_of_no_told_origin_sending_such_goods_on_passes_them(text: str, lang: str) -> None:
    transfers = analyze_text(text, lang=lang, published=PUB).transfers
    assert len(transfers) == 2
    assert all(t.supplier is None and _name(t.recipient) == "Russia" for t in transfers)
    assert [_name(p) for p in transfers[1].intermediaries] == ["Armenia"]


def test_a_hub_sending_other_goods_is_their_supplier() -> None:
    text = (
        "欧米製の電子部品がカザフスタンやアルメニアを経由してロシアに流入している。"
        "アルメニアは昨年、ロシアに戦車を輸出した。"
    )
    pairs = [(_name(t.supplier), _name(t.recipient)) for t in analyze_text(text, lang="ja", published=PUB).transfers]
    assert pairs == [(None, "Russia"), ("Armenia", "Russia")]


@pytest.mark.parametrize(
    ("text", "lang", "supplier", "between"),
    [
        ("The UAE re-exported Chinese-made bombs to the RSF.", "en", "United Arab Emirates", []),
        ("ベラルーシはロシア製の戦車をセルビアに転売した。", "ja", "Belarus", []),
        ("A UAE firm re-exported Chinese bombs to the RSF.", "en", "China", ["United Arab Emirates"]),
    ],
)
def test_a_state_passing_on_weapons_of_another_make_supplies_them(
    text: str, lang: str, supplier: str, between: list[str]
) -> None:
    t = _only(text, lang)
    assert _name(t.supplier) == supplier
    assert [_name(p) for p in t.intermediaries] == between


@pytest.mark.parametrize(
    ("text", "lang", "supplier", "between"),
    [
        ("中国企業は部品をカザフスタンに輸出した。カザフスタンの企業はそれをロシアに再輸出した。", "ja", "China",
         "Kazakhstan"),
        ("イランの無人機部品はUAEに送られた。UAEの業者が部品をロシアに転送していた。", "ja", "Iran",
         "United Arab Emirates"),
        ("イラン製の武器がイラクに運び込まれている。イラクの民兵組織は、その武器をシリアに送っている。", "ja", "Iran",
         "Iraq"),
        ("Iran shipped drone parts to the UAE. A UAE trading firm then forwarded the parts to Russia.", "en", "Iran",
         "United Arab Emirates"),
        ("Chinese firms exported chips to Kazakhstan. Kazakh companies re-exported them to Russia.", "en", "China",
         "Kazakhstan"),
    ],
)  # fmt: skip
def test_goods_the_last_stop_passes_on_make_one_journey(text: str, lang: str, supplier: str, between: str) -> None:
    t = _only(text, lang)
    assert _name(t.supplier) == supplier
    assert [_name(p) for p in t.intermediaries] == [between]
    assert _name(t.recipient) in ("Russia", "Syria")


def test_a_state_sending_goods_of_its_own_after_receiving_some_is_its_own_act() -> None:
    text = "The US sent tanks to Poland. Poland sent tanks to Ukraine."
    pairs = [(_name(t.supplier), _name(t.recipient)) for t in analyze_text(text, lang="en", published=PUB).transfers]
    assert pairs == [("United States", "Poland"), ("Poland", "Ukraine")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Exports of integrated circuits from Kazakhstan and Kyrgyzstan to Russia rose more than tenfold in 2022, "
         "even though neither country produces them.", "en"),
        ("カザフスタンとキルギスからロシアへの集積回路の輸出は2022年に10倍以上に増えた。両国とも集積回路を生産していない。",
         "ja"),
    ],
)  # fmt: skip
def test_exporters_making_none_of_the_parts_they_export_go_between(text: str, lang: str) -> None:
    t = _only(text, lang)
    assert t.supplier is None and _name(t.recipient) == "Russia"
    assert [_name(p) for p in t.intermediaries] == ["Kazakhstan", "Kyrgyzstan"]


def test_a_state_told_as_a_conduit_passes_parts_on_but_gives_its_own_weapons() -> None:
    text = (
        "Armenia has emerged as another conduit for Western chips. Armenia exported chips worth $50 million to "
        "Russia in 2023. Armenia also sold howitzers to India."
    )
    got = {
        (_name(t.supplier), _name(t.recipient), tuple(_name(p) for p in t.intermediaries))
        for t in analyze_text(text, lang="en", published=PUB).transfers
    }
    assert got == {(None, "Russia", ("Armenia",)), ("Armenia", "India", ())}


def test_a_state_denying_it_is_a_loophole_stays_the_supplier() -> None:
    text = "トルコ政府は「わが国は制裁回避の抜け穴ではない」と反論した。トルコからロシアへの電子部品の輸出は倍増した。"
    pairs = [(_name(t.supplier), _name(t.recipient)) for t in analyze_text(text, lang="ja", published=PUB).transfers]
    assert pairs == [("Turkey", "Russia")]


def test_made_elsewhere_told_of_the_exports_makes_the_exporter_a_go_between() -> None:
    t = _only(
        "Kyrgyz exports of machine tools to Russia are believed to consist largely of Chinese-made equipment.", "en"
    )
    assert (_name(t.supplier), [_name(p) for p in t.intermediaries]) == ("China", ["Kyrgyzstan"])


@pytest.mark.parametrize(
    "text",
    [
        "Egypt ordered 24 Rafale jets from France in 2015. France delivered the first of them to Egypt in 2016.",
        "エジプトは2015年にフランスからラファール戦闘機24機を発注した。フランスは2016年にそれらをエジプトに引き渡した。",
    ],
)
def test_an_act_between_the_same_parties_with_its_goods_only_as_a_pronoun_takes_the_goods_told(text: str) -> None:
    lang = "en" if text.isascii() else "ja"
    ts = analyze_text(text, lang=lang, published=PUB).transfers
    assert [(t.date, t.status, [i.category for i in t.items]) for t in ts] == [
        ("2015", "planned", ["aircraft"]),
        ("2016", "reported", ["aircraft"]),
    ]
