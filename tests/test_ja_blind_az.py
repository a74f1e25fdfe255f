"""Japanese constructions a blind batch in the style of long analyses and magazines (supply lines
told over years, Central Asian and Caucasian re-exports, Turkey, Israel and India as sellers,
headline-and-lead pieces) showed mishandled: 同国 after a sentence that ends on a noun its state
qualifies (「対照的なのが、隣国アゼルバイジャンの調達構造だ。同国が…」), a purchase told as the clause on
a contract called off (「…を調達する契約を解除した」), a craft that flies to an airfield to load arms
(「…の輸送機が、イスラエル南部の空軍基地に飛来し、武器を積み込んだ」), a roundup whose last count sits
right before the verb (「ポーランドに24機、クウェートに18機輸出した」), a verbless tally of buyers after
輸出先 (「主な輸出先は、ポーランドが24機、クウェートが18機」), goods of a told make re-exported after their
import (「輸入した中国製の小型無人機の8割が、ロシアへ再輸出された」), a domestic order of goods told
again after a home-made delivery (「空軍は同型機を180機発注」), a procurement that is the scene of a
choice (「…の調達で、…を選んだと発表」), a bare month after a later year told alone, 自国 before a firm,
goods 「軍事転用可能な品目」, an outlet named after its kind (「インドの経済紙エコノミック・タイムズに
よれば」), a firm that resells in the next sentence what it bought (「同社はこれを…に転売していた」), and
a part of a country between the state and its firm (「カザフスタン南部の商社」)."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pairs, records, transfers, via

PUB = "2025-03-10"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


def _counts(t: object) -> dict[str, float | None]:
    """The count of each of a transfer's goods, by the goods' text."""
    return {it.text: (it.quantity.value if it.quantity else None) for it in t.items}  # type: ignore[attr-defined]


# 同国 after a sentence that ends on a noun its state qualifies


def test_same_state_is_the_one_qualifying_the_predicate_noun() -> None:
    text = (
        "フランスは昨年、アルメニアにレーダーを引き渡した。目を引くのが、隣国ジョージアの調達方針だ。"
        "同国が買った装甲車の大半はトルコ製だった。"
    )
    assert ("Turkey", "Georgia") in _pairs(text)
    assert ("Turkey", "France") not in _pairs(text)


def test_same_state_still_the_subject_before_a_plain_predicate() -> None:
    # (a predicate noun with no state before it leaves the subject the antecedent)
    text = "フランスは昨年、レーダーの輸出を始めた。転機となったのが新しい方針だ。同国はアルメニアにレーダーを送った。"
    assert _pairs(text) == {("France", "Armenia")}


# a purchase told as the clause on a contract called off


def test_purchase_clause_on_a_contract_cancelled_is_no_transfer() -> None:
    assert _pairs("ポルトガル政府は5月、イスラエル企業から無人機を調達する契約を解除した。") == set()


def test_purchase_clause_on_a_contract_signed_stays_planned() -> None:
    t = _one("ポルトガル政府は5月、イスラエル企業から無人機を調達する契約を結んだ。", "Israel", "Portugal")
    assert t.status == "planned"


# a craft that flies to an airfield to load arms fetches them


def test_craft_flying_in_to_load_arms_fetches_them() -> None:
    text = "アゼルバイジャンのイリューシン76輸送機が、イスラエル南部の空軍基地に飛来し、武器を積み込んだ。"
    assert _pairs(text) == {("Israel", "Azerbaijan")}


def test_craft_landing_at_a_base_to_load_fetches_them() -> None:
    text = "ロシアの輸送機が、ベラルーシ東部の空軍基地に着陸し、弾薬を積み込んでいた。"
    assert _pairs(text) == {("Belarus", "Russia")}


def test_craft_flying_in_to_unload_delivers_them() -> None:
    # (flying in with goods, no loading: the base's state receives them)
    text = "イランの輸送機が、シリアの空軍基地に飛来し、武器を運び込んだ。"
    assert ("Syria", "Iran") not in _pairs(text)


# a roundup whose last count sits right before the verb


def test_counts_per_recipient_before_the_verb_split_the_act() -> None:
    text = "トルコはTB2をポーランドに24機、クウェートに18機、ナイジェリアに6機輸出した。"
    got = {t.recipient.entity.name: _counts(t) for t in _run(text)}  # type: ignore[union-attr]
    assert set(got) == {"Poland", "Kuwait", "Nigeria"}
    assert list(got["Kuwait"].values()) == [18]
    assert list(got["Nigeria"].values()) == [6]


def test_counts_of_two_recipients_each_keep_theirs() -> None:
    text = "韓国はK9自走砲をノルウェーに24両、エストニアに12両売却した。"
    got = {t.recipient.entity.name: _counts(t) for t in _run(text)}  # type: ignore[union-attr]
    assert set(got) == {"Norway", "Estonia"}
    assert list(got["Estonia"].values()) == [12]


# a verbless tally of buyers after 輸出先


def test_tally_of_buyers_after_export_destinations() -> None:
    text = "トルコの無人機TB2の主な輸出先を並べると、ポーランドが24機、クウェートが18機、モロッコが13機。"
    got = {t.recipient.entity.name: t for t in _run(text)}  # type: ignore[union-attr]
    assert set(got) == {"Poland", "Kuwait", "Morocco"}
    assert all(t.supplier is not None and t.supplier.entity.name == "Turkey" for t in got.values())  # type: ignore[union-attr]
    assert list(_counts(got["Morocco"]).values()) == [13]


def test_tally_of_shares_counts_no_goods() -> None:
    text = "ロシアの武器の主な輸出先は、インドが36％、中国が21％、エジプトが6％だった。"
    got = _run(text)
    assert {t.recipient.entity.name for t in got} == {"India", "China", "Egypt"}  # type: ignore[union-attr]
    assert all(t.supplier is not None and t.supplier.entity.name == "Russia" for t in got)  # type: ignore[union-attr]
    assert all(it.quantity is None for t in got for it in t.items)


def test_destinations_without_a_tally_are_no_transfer() -> None:
    assert _pairs("主な輸出先としては、ポーランドとクウェートの名前が挙がる。") == set()


# goods of a told make re-exported after their import


def test_drones_of_a_make_imported_then_reexported_go_between() -> None:
    text = "ジョージアについては、昨年同国が輸入した中国製の小型無人機の7割が、ロシアへ再輸出された。"
    ts = _run(text)
    assert [(t.supplier.entity.name, t.recipient.entity.name) for t in ts] == [("China", "Russia")]  # type: ignore[union-attr]
    assert via(ts[0]) == {"Georgia"}


# a domestic order of goods told again after a home-made delivery


def test_order_of_the_same_type_after_a_home_made_delivery_is_no_transfer() -> None:
    text = (
        "国営企業は20日、国産練習機の初号機をインド空軍に引き渡した。国防相は式典で演説した。"
        "空軍は同型機を計70機発注している。"
    )
    assert _pairs(text) == set()


def test_order_of_the_same_type_after_an_import_is_still_told() -> None:
    text = "インドは仏製のラファールを受け取った。空軍は同型機を計26機発注した。"
    assert ("France", "India") in _pairs(text)


# a procurement that is the scene of a choice


def test_procurement_scene_of_a_choice_is_planned_on_its_day() -> None:
    text = "ニュージーランド政府は2月3日、海軍の哨戒艦4隻の調達で、日本の「もがみ型」護衛艦を選んだと発表した。"
    got = _records(text)
    assert got and all(r[3] == "planned" for r in got)
    assert all(r[2] == "2025-02-03" for r in got)


def test_procurement_scene_of_a_purchase_keeps_its_status() -> None:
    text = "ポーランドは戦車の調達で、韓国からK2戦車180両を購入した。"
    assert [r[3] for r in _records(text)] == ["reported"]


# a bare month after a later year told alone


def test_bare_month_after_a_later_year_is_of_the_publication_year() -> None:
    text = (
        "まず2022年です。米政府は同年8月、イランの無人機がロシアに届いたと明らかにしました。"
        "次に昨年は、国内生産が進みました。\n\nそして、米国務長官は2月、イランが弾道ミサイルをロシアに"
        "引き渡したと述べました。"
    )
    dates = {r[2] for r in _records(text)}
    assert dates == {"2022-08", "2025-02"}


def test_bare_month_in_a_story_of_a_past_year_keeps_it() -> None:
    text = "2022年8月、イランの無人機がロシアに届いた。9月には、弾薬もロシアに送られた。"
    assert {r[2] for r in _records(text)} == {"2022-08", "2022-09"}


# 自国 before a firm


def test_own_state_firms_are_the_speakers_state() -> None:
    text = "カザフスタン政府は、自国の企業がロシアに部品を輸出しているとの見方を否定した。"
    t = _one(text, "Kazakhstan", "Russia")
    assert t.status == "denied"


# goods able to be put to military use


def test_goods_able_to_be_turned_to_military_use_are_dual_use() -> None:
    t = _one("キルギスの企業がロシアに軍事転用可能な品目を輸出していた。", "Kyrgyzstan", "Russia")
    assert [it.category for it in t.items] == ["dual-use"]


# an outlet named after its kind


def test_outlet_named_after_its_kind_is_no_party_speaking() -> None:
    text = "イスラエルの日刊紙イスラエル・ハヨムによれば、イスラエル製の無人機がインドに届いた。"
    t = _one(text, "Israel", "India")
    assert t.status == "reported"


def test_ministry_of_the_supplier_still_confirms() -> None:
    t = _one("イスラエル国防省によれば、同国製の無人機がインドに届いた。", "Israel", "India")
    assert t.status == "confirmed"


# a firm that resells in the next sentence what it bought


def test_firm_reselling_what_it_bought_before_goes_between() -> None:
    text = (
        "ウズベキスタンの商社は昨年、日本製の工作機械を輸入した。"
        "捜査当局によると、同社はこれをロシアの兵器工場に転売していた。"
    )
    ts = _run(text)
    assert [(t.supplier.entity.name, t.recipient.entity.name) for t in ts] == [("Japan", "Russia")]  # type: ignore[union-attr]
    assert via(ts[0]) == {"Uzbekistan"}
    assert ts[0].date == "2024"


def test_firm_buying_only_keeps_its_purchase() -> None:
    text = "ウズベキスタンの商社は昨年、日本製の工作機械を輸入した。同社は経営難に陥っている。"
    assert _pairs(text) == {("Japan", "Uzbekistan")}


# a part of a country between the state and its firm


def test_firm_of_a_part_of_the_country_acts_for_the_state() -> None:
    text = "キルギス北部の商社は昨年、米国製の半導体を輸入した。"
    assert _pairs(text) == {("United States", "Kyrgyzstan")}
