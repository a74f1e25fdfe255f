"""Japanese constructions a blind batch of wire, analysis and headline pieces (North Korean and
Iranian arms to Russia, Japan's grants of equipment, Chinese exports, seizures, sanctions) showed
misread: a speaker's name before a title that holds a state (「オースティン米国防長官は」), an export
ban's list of goods, a view held by one named between と and みている, a transfer proposed (「移転する
案」), news that spreads (「情報が流れた」) and a statement not made (「確認していない」), a place in a
later clause or headline segment, the party a sentence opens on (「Xをめぐっては、」), a count after
「など」, a launcher of a named system, and a deal a maker signs with a force (「Yの空軍と…の契約」)."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name as _name
from tests.parties import one, pairs, transfers

PUB = "2025-06-10"


_run = partial(transfers, lang="ja", published=PUB)
_pairs = partial(pairs, lang="ja", published=PUB)
_one = partial(one, lang="ja", published=PUB)


@pytest.mark.parametrize(
    "text",
    [
        "ロイター通信は、北朝鮮が弾道ミサイル50発をロシアに送ったと報じた。"
        "オースティン米国防長官は5日、ミサイルはすでにロシアに届いており、近く前線で使われる可能性があると述べた。",
        "英紙は、イランが無人機数百機をロシアに送ったと報じた。"
        "ブリンケン米国務長官は記者会見で、無人機はすでにロシアに到着したと語った。",
    ],
)
def test_speakers_name_before_a_title_holding_his_state_is_no_giver(text: str) -> None:
    """The tagger reads 米国 out of 「米国防長官」; Austin, named right before it, is the speaker too."""
    pairs = _pairs(text)
    assert ("United States", "Russia") not in pairs
    assert pairs <= {("North Korea", "Russia"), ("Iran", "Russia")}


@pytest.mark.parametrize(
    "text",
    [
        "政府は、ロシアへの輸出を禁じる品目に半導体製造装置や工作機械など50品目を加えると発表した。",
        "欧州連合（EU）は、イランへの輸出を禁止する品目に無人機の部品を新たに加えた。",
    ],
)
def test_goods_an_export_ban_lists_are_no_transfer(text: str) -> None:
    assert _run(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "見返りに、ロシアはイランに戦闘機を引き渡したと米政府はみている。",
        "北朝鮮は弾薬をロシアに送ったと韓国軍はみる。",
    ],
)
def test_a_view_held_by_one_named_between_to_and_miru_is_an_assessment(text: str) -> None:
    [t] = _run(text)
    assert t.status == "alleged"


def test_a_transfer_proposed_is_planned() -> None:
    t = _one("政府は、退役した護衛艦3隻をベトナムに移転する案について、同国と協議している。", "Japan", "Vietnam")
    assert t.status == "planned"
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 3


def test_news_that_spreads_is_no_move_and_an_unconfirmed_act_is_alleged() -> None:
    text = (
        "中国はセルビアに防空システムを送った。"
        "中東では、カタールが中国製の長距離地対空ミサイル「HQ9」を導入したとの情報がSNS上で流れたが、"
        "両国政府は確認していない。"
    )
    t = _one(text, "China", "Qatar")
    assert t.status == "alleged"
    assert ("Qatar", "Serbia") not in _pairs(text)


def test_a_source_that_tells_the_act_keeps_its_word_beside_one_not_confirming() -> None:
    t = _one("北朝鮮がロシアに砲弾を送ったと米政府が発表したが、ロシア政府は認めていない。", "North Korea", "Russia")
    assert t.status == "reported"


def test_a_destination_in_a_later_clause_with_its_own_topic_is_not_the_purchases() -> None:
    text = (
        "ノルウェーは代わりに米国から新型の防空システムを調達し、"
        "第1陣は数日以内にウクライナに向けて輸送が始まる見通しだ。"
    )
    pairs = _pairs(text)
    assert ("United States", "Norway") in pairs
    assert ("United States", "Ukraine") not in pairs
    assert _one(text, "United States", "Norway").status == "planned"


def test_a_headline_segment_after_the_act_is_no_party_to_it() -> None:
    text = "オランダ、ウクライナに戦車供与へ　米国から補充"
    assert _pairs(text) == {("Netherlands", "Ukraine")}


@pytest.mark.parametrize(
    ("text", "supplier", "recipient"),
    [
        (
            "反政府勢力「アラカン軍」をめぐっては、中国が武器を送っている疑いがあると国連の専門家が指摘している。",
            "China",
            "Arakan Army",
        ),
        (
            "準軍事組織「即応支援部隊（RSF）」については、UAEがリビアを経由して武器を送っているとみられる。",
            "United Arab Emirates",
            "Rapid Support Forces",
        ),
    ],
)
def test_the_party_a_sentence_opens_on_takes_the_empty_place(text: str, supplier: str, recipient: str) -> None:
    t = _one(text, supplier, recipient)
    assert t.status == "alleged"


def test_a_count_after_nado_closing_a_list_headed_by_the_goods() -> None:
    text = "トルコは攻撃型無人機「バイラクタルTB2」など少なくとも12機をエチオピアに引き渡した。"
    t = _one(text, "Turkey", "Ethiopia")
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 12


def test_a_launcher_of_a_named_air_defence_system_is_air_defence() -> None:
    t = _one("ノルウェーは地対空ミサイルシステム「NASAMS」の発射装置3基をウクライナに供与する。", "Norway", "Ukraine")
    [item] = t.items
    assert item.category == "air-defence"
    assert item.quantity is not None and item.quantity.value == 3
    assert t.status == "planned"


def test_a_makers_deal_with_a_foreign_air_force_then_deliveries() -> None:
    text = (
        "日本製の完成品の輸出としては、2019年に三菱電機がタイ空軍と警戒管制レーダー2基の契約を結び、"
        "22年から順次納入されている。"
    )
    ts = [t for t in _run(text) if (_name(t.supplier), _name(t.recipient)) == ("Japan", "Thailand")]
    assert {(t.status, t.date) for t in ts} == {("planned", "2019"), ("reported", "2022")}
    assert all(i.text == "警戒管制レーダー" for t in ts for i in t.items)


def test_the_name_of_the_export_rules_is_no_goods() -> None:
    text = "政府は防衛装備移転三原則に基づき、フィリピンに沿岸監視レーダーを供与する。"
    t = _one(text, "Japan", "Philippines")
    assert [i.text for i in t.items] == ["沿岸監視レーダー"]


def test_an_act_that_defines_a_grant_scheme_names_it_and_is_no_transfer() -> None:
    text = (
        "政府は20日、同志国の軍に装備品を無償で提供する「政府安全保障能力強化支援（OSA）」の対象に、"
        "モンゴルとフィジーを加えたと発表した。モンゴル軍には警戒監視用のレーダーを供与する。"
    )
    pairs = _pairs(text)
    assert pairs == {("Japan", "Mongolia")}
    assert _one(text, "Japan", "Mongolia").status == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "イランは無人機をロシアに供与してきた。ただ、無人機の生産に必要な部品の多くは今も国外から調達している。",
        "中国はパキスタンに戦闘機を輸出した。ただ、中国製兵器には整備や部品供給の面で不安を指摘する声もある。",
    ],
)
def test_goods_got_from_abroad_at_large_or_supply_as_an_aspect_is_no_new_record(text: str) -> None:
    [t] = _run(text)
    assert t.items[0].category != "components"


def test_hearsay_said_of_goods_a_past_clause_got_leaves_the_getting_reported() -> None:
    text = "ミャンマーでは、国軍が中国から調達した練習攻撃機「FTC2000」の一部が、故障で飛べない状態だと伝えられる。"
    t = _one(text, "China", "Myanmar")
    assert t.status == "reported"
    assert t.items[0].category == "aircraft"


def test_material_related_to_a_weapon_is_components() -> None:
    text = "国連の専門家パネルは報告書で、北朝鮮がシリアに弾道ミサイル関連の物資を輸出した疑いがあると指摘した。"
    t = _one(text, "North Korea", "Syria")
    assert [(i.text, i.category) for i in t.items] == [("弾道ミサイル関連の物資", "components")]
    assert t.status == "alleged"


def test_a_states_arms_industry_as_destination_is_the_state() -> None:
    text = "米財務省は、ロシアの軍需産業に工作機械を供給したとして、トルコの企業3社を制裁対象に指定した。"
    t = _one(text, "Turkey", "Russia")
    assert t.status == "alleged"


def test_a_licence_obtained_to_make_goods_at_home_is_no_transfer() -> None:
    assert _run("川崎重工業は、英国のライセンスを得て輸送ヘリコプターを国内で生産している。") == []


def test_a_denial_given_up_for_an_admission_confirms_the_act() -> None:
    text = (
        "英紙によると、北朝鮮は昨年8月、ロシアに砲弾の最初の輸送を行った。"
        "北朝鮮は当初、供与を否定していたが、その後、国防相が「砲弾を提供した」と認めた。"
    )
    ts = [t for t in _run(text) if (_name(t.supplier), _name(t.recipient)) == ("North Korea", "Russia")]
    assert "confirmed" in {t.status for t in ts}
    assert not any(t.status == "denied" for t in ts)


def test_a_count_after_the_batch_it_is_of() -> None:
    t = _one("台湾には今年、米国から主力戦車「M1A2T」の第2陣38両が到着した。", "United States", "Taiwan")
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 38


def test_the_act_done_with_all_the_goods_is_the_delivery_beside_the_pledge() -> None:
    text = "チェコは昨年5月、攻撃ヘリ6機をウクライナに引き渡すと発表し、その後、全機の移送を完了した。"
    ts = [t for t in _run(text) if (_name(t.supplier), _name(t.recipient)) == ("Czech Republic", "Ukraine")]
    assert len(ts) == 2
    assert "planned" in {t.status for t in ts}
    assert {t.status for t in ts} - {"planned"} <= {"reported", "confirmed"}
