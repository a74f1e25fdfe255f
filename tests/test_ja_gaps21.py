"""Japanese clause-level misreads blind batches found: a minister or officer of another title speaking
(「台湾の国防部長は」「英国の国防大臣は」), a teller marked with も (「国連の専門家パネルも、…と指摘した」),
an act charged in a sanction told with a rounded count or as a suspicion (「…の企業など約20社を」
「…を輸出した疑いで」), a procurement done for another that is charged (「ロシアの軍需企業に部品を調達して
いたとして」), the one talks are held with named alone (「日本はオーストラリアと、…の輸出に関する協議」),
a deal made on an act (「…の購入に関する合意に署名した」), a state's own aid scheme standing for its giver
(「OSA」: Japan's), and a plan to acquire goods built for export in a story of one seller and one buyer
(「…の輸出型8隻を導入する計画が進む」)."""

from __future__ import annotations

from functools import partial

from tests.parties import name, pairs, records

from materiel.pipeline import analyze_text

PUB = "2025-03-10"


_pairs = partial(pairs, lang="ja", published=PUB)
_records = partial(records, lang="ja", published=PUB)


def _speakers(text: str) -> set[str | None]:
    """The names of those the claims of a text have speak."""
    return {name(c.speaker) for c in analyze_text(text, lang="ja", published=PUB).claims}


# a minister or officer of another title speaks for the state that qualifies him


def test_taiwans_defence_minister_speaks_for_taiwan() -> None:
    text = "台湾の国防部長は、米国が台湾にハイマース11基を引き渡したと述べた。"
    assert _records(text) == [("United States", "Taiwan", None, "confirmed")]
    assert _speakers(text) == {"Taiwan"}


def test_named_defence_minister_with_a_day_speaks_for_taiwan() -> None:
    text = "台湾の顧立雄国防部長は12日、米国から購入したM1A2T戦車の第3陣が到着したと明らかにした。"
    assert _pairs(text) == {("United States", "Taiwan")}
    assert _speakers(text) == {"Taiwan"}


def test_a_minister_called_daijin_pledges_his_states_goods() -> None:
    text = "英国の国防大臣は、ウクライナに対戦車ミサイルを追加で供与すると表明した。"
    assert _records(text) == [("United Kingdom", "Ukraine", None, "planned")]


def test_a_defence_minister_denying_his_states_act() -> None:
    text = "中国の国防部長は、ロシアに殺傷兵器を供与したことはないと述べた。"
    assert _speakers(text) == {"China"}
    assert {t[3] for t in _records(text)} == {"denied"}


def test_a_spokesman_of_a_third_state_is_no_party() -> None:
    text = "防衛省の報道官は、ドイツがウクライナに自走砲を供与したと述べた。"
    assert _pairs(text) == {("Germany", "Ukraine")}


# a teller marked with も, set off by a comma, tells the act; it takes no part in it


def test_panel_with_mo_tells_a_passive_supply_and_takes_nothing() -> None:
    text = (
        "国連の専門家パネルも昨年の報告書で、ミサイルの誘導部品について、北朝鮮から供給されたとみられると指摘していた。"
    )
    assert _pairs(text) == set()


def test_military_with_mo_tells_a_passive_supply_to_a_named_taker() -> None:
    text = "韓国軍も、ロシアから地対空ミサイルが北朝鮮に供与されたと分析した。"
    assert _pairs(text) == {("Russia", "North Korea")}
    assert _speakers(text) == {"South Korea"}


def test_state_with_mo_told_of_an_assessment_receives_nothing() -> None:
    text = "日本政府も、イランから短距離弾道ミサイルが供与されたとの分析を示した。"
    assert ("Iran", "Japan") not in _pairs(text)


def test_state_with_mo_announcing_its_own_pledge_still_gives() -> None:
    text = "カナダも、ウクライナに装甲車50両を送ると発表した。"
    assert _pairs(text) == {("Canada", "Ukraine")}


# an act charged in a sanction: the firms charged act, the one punishing does not


def test_rounded_count_of_firms_charged_with_exporting() -> None:
    text = "EUは、ロシアに無人機の部品を輸出したとして、イランの企業など計8社に資産凍結を科した。"
    assert _pairs(text) == {("Iran", "Russia")}


def test_firms_charged_on_suspicion_of_exporting() -> None:
    text = "英政府は、ロシアに軍民両用品を輸出した疑いで、トルコの企業3社を制裁対象に加えた。"
    assert _pairs(text) == {("Turkey", "Russia")}


def test_firms_charged_with_procuring_for_another_take_nothing() -> None:
    text = (
        "米国務省は、ロシアの軍需企業に電子部品を調達していたとして、"
        "キルギスや香港の企業など約20社を制裁対象に指定した。"
    )
    got = _pairs(text)
    assert ("United States", "Russia") not in got
    assert all(recipient == "Russia" for _supplier, recipient in got)


def test_punisher_of_a_sale_to_another_is_no_party() -> None:
    text = "中国は、米国の台湾への武器売却に対抗して米軍需企業に制裁を科した。"
    assert _pairs(text) == {("United States", "Taiwan")}


# talks or a deal on an act are its planning; the one talks are held with is the other side


def test_talks_with_a_partner_named_alone_on_an_export() -> None:
    text = "日本はオーストラリアと、護衛艦の輸出に関する協議を続けている。"
    assert _records(text) == [("Japan", "Australia", None, "planned")]


def test_deal_signed_on_a_purchase() -> None:
    text = "インドネシアはフランスと、戦闘機ラファールの購入に関する契約に署名した。"
    assert _records(text) == [("France", "Indonesia", None, "planned")]


def test_memorandum_with_japan_on_a_transfer() -> None:
    text = "フィリピンは日本と、護衛艦の移転に関する覚書を交わした。"
    assert _pairs(text) == {("Japan", "Philippines")}


def test_two_states_talking_with_no_make_are_neither_side() -> None:
    assert _pairs("米国と台湾は戦闘機の売却に関する協議を行った。") == set()


# a state's own aid scheme names its giver


def test_osa_names_japan_as_the_giver() -> None:
    text = "OSAの枠組みで、フィリピン海軍に沿岸監視レーダーを供与する。"
    assert _records(text) == [("Japan", "Philippines", None, "planned")]


def test_osa_story_gives_later_grants_to_japan() -> None:
    text = (
        "政府安全保障能力強化支援（OSA）は、創設から3年目を迎えた。\n\n"
        "スリランカ海軍には、昨年12月に警備艇2隻が届いた。"
        "モンゴル軍向けの警戒管制レーダーは、来年に引き渡される予定だ。"
    )
    assert _pairs(text) == {("Japan", "Sri Lanka"), ("Japan", "Mongolia")}


def test_osa_story_leaves_a_buyers_purchase_alone() -> None:
    text = "政府安全保障能力強化支援（OSA）の対象国は広がっている。ベトナムは新型の哨戒機を購入した。"
    assert ("Japan", "Vietnam") not in _pairs(text)


def test_no_scheme_no_japan() -> None:
    assert _pairs("フィリピン海軍に沿岸監視レーダーが届いた。") == {(None, "Philippines")}


# a plan to acquire goods built for export, in a story of one seller and one buyer


def test_plan_to_acquire_export_model_takes_the_storys_pair() -> None:
    text = (
        "エジプトはフランスから購入したラファール24機を2017年までに受け取った。"
        "さらに、同機の輸出型30機を導入する計画が進む。"
    )
    got = _records(text)
    assert ("France", "Egypt", None, "planned") in got


def test_plan_to_field_domestic_goods_is_no_purchase() -> None:
    text = "エジプトはフランスから購入したラファールを受け取った。さらに、国産の装甲車を導入する計画が進む。"
    assert _pairs(text) == {("France", "Egypt")}


def test_plan_to_acquire_with_no_seller_told_is_no_transfer() -> None:
    assert _pairs("ポーランドは新型の戦車を導入する計画だ。") == set()
