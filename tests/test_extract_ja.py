"""Japanese extraction on short texts of our own: constructions, status, attribution, spans."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest
from tests.parties import checked, named
from tests.parties import json_pairs as pairs

from materiel.pipeline import analyze_text

run = partial(checked, lang="ja", published="2024-05-20")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("北朝鮮がロシアに弾道ミサイルを供与した。", ("North Korea", "Russia")),
        ("ロシアには北朝鮮から砲弾が送られた。", ("North Korea", "Russia")),
        ("フーシ派はイランから無人機を入手した。", ("Iran", "Houthis")),
        ("ポーランドは韓国からK2戦車を購入した。", ("South Korea", "Poland")),
        ("イラン製ドローンのロシアへの供与が続いている。", ("Iran", "Russia")),
        ("ウクライナは米国に地対空ミサイルの追加供与を要請した。", ("United States", "Ukraine")),
        ("露朝首脳会談の後、北朝鮮はロシアに砲弾を提供した。", ("North Korea", "Russia")),
    ],
)
def test_constructions_give_the_pair(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(run(text))


def test_quantity_and_category_of_item() -> None:
    (t,) = run("イランはロシアに自爆型ドローン数百機を売却した。")["transfers"]
    (item,) = t["items"]
    assert item["category"] == "drone"
    assert item["quantity"]["min"] == 200 and item["quantity"]["text"] == "数百機"


def test_named_system_with_japanese_name() -> None:
    (t,) = run("ドイツはウクライナに防空システム「IRIS-T」を引き渡した。")["transfers"]
    assert any(i["name"] and "IRIS-T" in i["name"] for i in t["items"])


def test_request_status() -> None:
    (t,) = run("ゼレンスキー大統領は米国に戦闘機の供与を求めた。")["transfers"]
    assert t["status"] == "requested"


def test_hedge_makes_it_alleged_and_attribution_is_kept() -> None:
    out = run("韓国国防省によると、北朝鮮はロシアに砲弾100万発以上を送ったとみられる。")
    (t,) = out["transfers"]
    assert t["status"] == "alleged"
    assert t["items"][0]["quantity"]["value"] == 1_000_000
    (claim,) = out["claims"]
    assert (
        claim["speaker"]["name"] == "South Korean Ministry of National Defense" or "国防省" in claim["speaker"]["text"]
    )


def test_denial_links_to_what_it_denies() -> None:
    out = run("米政府は、イランがロシアに無人機を供与したと非難した。イラン外務省は供与を否定した。")
    denial = [c for c in out["claims"] if c["stance"] == "denies"]
    assert denial
    targets = {c["id"] for c in out["claims"]} | {t["id"] for t in out["transfers"]}
    assert denial[0]["target"] in targets


def test_date_relative_to_publication() -> None:
    (t,) = run("北朝鮮は先月、ロシアに弾薬を送った。", published="2024-03-10")["transfers"]
    assert t["date"] == "2024-02"


def test_no_transfer_in_a_missile_test_report() -> None:
    out = run("北朝鮮は25日、日本海に向けて弾道ミサイル2発を発射した。防衛省が発表した。")
    assert out["transfers"] == []


def test_domestic_production_is_no_transfer() -> None:
    out = run("ロシアは国内の工場で巡航ミサイルの生産を拡大している。")
    assert out["transfers"] == []


def test_pronoun_like_reference_resolves() -> None:
    out = run("イランは制裁下にある。同国はロシアに弾道ミサイルを供与した。")
    assert ("Iran", "Russia") in pairs(out)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a trigger verb's stem compounded with a verb of direction (運び出す, 送り届ける)
        ("砲弾が北朝鮮からロシアに運び出された。", ("North Korea", "Russia")),
        ("イランはシリアに兵器を送り届けた。", ("Iran", "Syria")),
        # 「北は」 once North Korea is named; 「わが国」 is Japan
        ("北朝鮮は孤立している。北はワグネルに武器を供与した。", ("North Korea", "Wagner Group")),
        ("フィリピンにはわが国から練習機が貸与された。", ("Japan", "Philippines")),
        # 同組織 is an armed group before a ministry spoken of in between
        (
            "ヒズボラは攻撃を続けている。米国防総省は懸念を示した。イランは同組織に無人機を供与した。",
            ("Iran", "Hezbollah"),
        ),
        # 同国軍 read as a new name is still the country just named
        ("ベラルーシの監視団体によると、同国軍の基地から戦車がロシアに送られた。", ("Belarus", "Russia")),
    ],
)
def test_broad_constructions_give_the_pair(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(run(text))


def test_civilian_goods_are_no_arms() -> None:
    assert run("北朝鮮はロシアから民間航空機を受け取った。")["transfers"] == []


def test_headline_question_is_alleged() -> None:
    (t,) = run("北朝鮮、ロシアへ砲弾を鉄道輸送か　監視団体")["transfers"]
    assert t["status"] == "alleged"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("今年初めに", "2023-09-05", "2023"),
        ("昨年末に", "2023-09-05", "2022-12"),
        ("昨秋以降", "2023-09-05", "2022"),
        ("2024年3月5日に届いた。同日、", "2024-05-01", "2024-03-05"),
    ],
)
def test_japanese_date_forms(text: str, published: str, expected: str) -> None:
    from materiel.extract.dates import find_dates

    assert find_dates(text, "ja", published)[-1].iso == expected


def test_each_trigger_takes_its_own_date() -> None:
    out = run("両国は2022年7月に戦車の売却で合意し、同年12月にはポーランドに最初の戦車が到着した。")
    assert "2022-12" in {t["date"] for t in out["transfers"]}


def test_offer_received_is_a_planned_receipt() -> None:
    (t,) = run("インドネシアは韓国から戦闘機の売却の提案を受けた。")["transfers"]
    assert (t["supplier"]["name"], t["recipient"]["name"]) == ("South Korea", "Indonesia")
    assert t["status"] == "planned"


def test_from_and_to_inside_a_nominal_trigger_phrase() -> None:
    out = run("トルコの統計では、同国からロシアへの工作機械の輸出が伸びた。")
    assert ("Turkey", "Russia") in pairs(out)


@pytest.mark.parametrize(
    ("text", "pair", "not_pair"),
    [
        # the accusers' topic belongs to 科した; the act in the として clause is Belarus's
        (
            "英国とフランスは、ベラルーシがロシアに前線で使われる戦車を引き渡したとして、ベラルーシに制裁を科した。",
            ("Belarus", "Russia"),
            ("United Kingdom", "Belarus"),
        ),
        # the one who strikes is no party; the state owning the carrier (イランの貨物船が) is
        (
            "イスラエルは、イランの貨物船がヒズボラ向けの兵器をシリアの港に運び込んだとして、港を空爆した。",
            ("Iran", "Hezbollah"),
            ("Israel", "Hezbollah"),
        ),
        # who briefs the speaker (情報機関から説明) is no supplier
        (
            "議員は、韓国情報機関から説明があったとし、北朝鮮がロシアに砲弾を輸出したと述べた。",
            ("North Korea", "Russia"),
            ("South Korea", "Russia"),
        ),
        # a glossed name with its title is the speaker, not the subject of the act
        (
            "米政府のサリバン(Jake Sullivan)大統領補佐官は5日、イランがロシアに無人機を供与したと明らかにした。",
            ("Iran", "Russia"),
            ("United States", "Russia"),
        ),
        # a named official speaking with が (…が「…」と言及しており) is no supplier of what follows
        (
            "北朝鮮はロシアに砲弾を送った。ロシアへの多連装ロケット砲の引き渡しについては、韓国国防省の"
            "申源湜国防相が今年1月に「数十両」と言及しており、その後も追加で引き渡したとみられる。",
            ("North Korea", "Russia"),
            ("South Korea", "Russia"),
        ),
    ],
)
def test_main_clause_parties_stay_out_of_the_act(text: str, pair: tuple[str, str], not_pair: tuple[str, str]) -> None:
    found = pairs(run(text))
    assert pair in found and not_pair not in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("ロシアが北朝鮮からの砲弾調達を活発化させている。", ("North Korea", "Russia")),
        (
            "北朝鮮の動向について同省は、仲介役の男は北がシリアに武器を輸出するのを手助けしたと発表した。",
            ("North Korea", "Syria"),
        ),
        ("北朝鮮北東部の港からロシアの弾薬庫まで砲弾が運ばれた。", ("North Korea", "Russia")),
    ],
)
def test_more_constructions_give_the_pair(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(run(text))


def test_seized_shipment_bound_for_a_group_is_no_plan() -> None:
    out = run("米海軍が押収した小銃はイランを起源とし、フーシ派 (Houthi) の元へ届けられる予定だったとみられる。")
    (t,) = [t for t in out["transfers"] if t["recipient"] and t["recipient"]["name"] == "Houthis"]
    assert t["supplier"]["name"] == "Iran" and t["status"] == "alleged"


def test_an_ammunition_depot_is_no_item() -> None:
    out = run("北朝鮮はロシアに戦車を送り、ロシア西部の弾薬庫も拡張された。")
    assert all("弾薬" not in i["text"] for t in out["transfers"] for i in t["items"])


def test_parts_found_inside_a_states_weapon_reached_it() -> None:
    out = run("前線で回収されたロシア製の無人機の残骸から、日本製の半導体が見つかった。")
    assert ("Japan", "Russia") in pairs(out)
    out = run("撃墜されたイラン製ドローンから、欧米の企業が製造した電子部品が多数発見された。")
    assert (None, "Iran") in pairs(out)


def test_quoted_plain_form_is_a_plan() -> None:
    (t,) = run("「カザフスタンに装甲車を売却する」 ロシア国防相が表明")["transfers"]
    assert (t["supplier"]["name"], t["recipient"]["name"]) == ("Russia", "Kazakhstan")
    assert t["status"] == "planned"


def test_japanese_office_without_a_country_speaks_for_japan() -> None:
    (t,) = run("官房長官は記者会見で、陸上自衛隊の小銃をフィリピンに輸出したと明らかにした。")["transfers"]
    assert t["supplier"]["name"] == "Japan" and t["status"] == "confirmed"


def test_controlled_or_prevented_exports_are_no_transfer() -> None:
    out = run("インドは、ロシアへの部品の輸出を厳しく管理していると説明し、流出を防ぐ措置も取った。")
    assert not out["transfers"]


def test_republics_ministry_in_a_translation_is_the_state_named_before() -> None:
    out = run("チェコは戦車を送る予定だ。共和国国防省は、その戦車をウクライナ軍に譲渡すると述べた。")
    assert ("Czech Republic", "Ukraine") in pairs(out)


def test_an_item_word_parsed_as_a_verb_keeps_the_recipient() -> None:
    out = run("トルコは今月、ウクライナに無人機「バイラクタルTB2」を追加で納入した。")
    assert ("Turkey", "Ukraine") in pairs(out)


@pytest.mark.parametrize(
    "text",
    ["ドイツ政府はウクライナへの巡航ミサイルの供与を見送った。", "米国はイスラエルへの爆弾の輸送を一時停止した。"],
)
def test_a_shelved_or_halted_transfer_is_none(text: str) -> None:
    assert not run(text)["transfers"]


def test_passive_hearsay_has_no_speaker_and_is_alleged() -> None:
    (t,) = run("ミャンマー軍は、中国から無人機を入手したと伝えられている。")["transfers"]
    assert (t["supplier"]["name"], t["recipient"]["name"]) == ("China", "Myanmar")
    assert t["status"] == "alleged"


def test_parts_found_in_a_weapon_a_state_used() -> None:
    out = run("ロシア軍が使用した巡航ミサイルの残骸から、米国製の電子部品が見つかった。")
    assert ("United States", "Russia") in pairs(out)


def test_a_gift_of_arms_is_a_donation() -> None:
    assert ("Russia", "North Korea") in pairs(run("ロシアは北朝鮮に装甲車を贈った。"))


def test_spaced_quantities_from_web_copy() -> None:
    (t,) = run("米国はイスラエルに、重機関銃×30 挺と小銃およそ 1,200 丁を引き渡した。")["transfers"]
    assert sorted(i["quantity"]["value"] for i in t["items"] if i["quantity"]) == [30, 1200]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("イラン製無人機がロシアに渡った。", ("Iran", "Russia")),
        ("北朝鮮の砲弾がロシアに届いた。", ("North Korea", "Russia")),
        ("北朝鮮はロシアに砲弾を運び込んだ。", ("North Korea", "Russia")),
        ("イランの貨物船が無人機を積み込み、ロシアに向かった。", ("Iran", "Russia")),
        ("ドイツはウクライナに戦車を拠出した。", ("Germany", "Ukraine")),
    ],
)
def test_goods_that_move_or_are_contributed(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(run(text))


def test_an_order_placed_with_a_state_is_a_planned_purchase() -> None:
    out = run("ポーランドは韓国にK2戦車180両を発注した。")
    assert ("South Korea", "Poland") in pairs(out)
    assert {t["status"] for t in out["transfers"]} == {"planned"}


@pytest.mark.parametrize(
    "text",
    ["北朝鮮は砲弾を船に積み込んだ。", "国連に資金を拠出した。", "防衛省は三菱重工に護衛艦を発注した。"],
)
def test_loading_funding_or_a_domestic_order_is_no_transfer(text: str) -> None:
    assert run(text)["transfers"] == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("ルーマニアはドイツと戦車50両の購入契約を結んだ。", ("Germany", "Romania")),
        ("チリはフランスとの間で潜水艦2隻の購入契約を締結した。", ("France", "Chile")),
        ("スウェーデンはチェコと戦闘機の売却契約を結んだ。", ("Sweden", "Czech Republic")),
        ("ハンファエアロスペースはノルウェーから自走砲24両を受注した。", ("South Korea", "Norway")),
    ],
)
def test_deals_and_orders_give_the_pair(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "ルーマニアはドイツとの戦車50両の購入契約を破棄した。",  # a deal undone
        "ルーマニア国防省は国内企業と無人機300機の購入契約を結んだ。",  # procurement at home
    ],
)
def test_deals_that_move_nothing_abroad_are_no_transfers(text: str) -> None:
    assert not run(text)["transfers"]


def test_bare_government_in_a_text_about_japan_is_japans() -> None:
    text = "日本の防衛産業は生産を増やしている。政府は迎撃ミサイルを英国に輸出することを決めた。"
    assert ("Japan", "United Kingdom") in pairs(run(text))


def test_bare_government_after_another_state_without_japan_stays_unnamed() -> None:
    # (one opening the article, with no state named before it, is Japan's: see below)
    text = "ポーランドは国防費を増やしている。政府は迎撃ミサイルを英国に輸出することを決めた。"
    assert all("Japan" not in pair for pair in pairs(run(text)))


def test_a_state_owning_goods_that_are_the_subject_is_their_maker() -> None:
    assert ("Iran", "Russia") in pairs(run("イランの無人機がロシアに届けられた。"))


def test_goods_flowing_from_one_state_to_another_are_a_transfer() -> None:
    assert ("China", "Russia") in pairs(run("中国からロシアへ工作機械が大量に流れている。"))


def test_goods_listed_in_the_next_sentence_are_the_deals() -> None:
    out = run("米国務省は台湾への武器売却を承認した。対象は対艦ミサイル「ハープーン」60基などだ。")
    (t,) = [t for t in out["transfers"] if t["recipient"] and t["recipient"]["name"] == "Taiwan"]
    assert [i["name"] for i in t["items"]] == ["Harpoon"]
    assert t["items"][0]["quantity"]["value"] == 60


def test_an_aid_package_to_be_given_is_planned() -> None:
    (t,) = run("米国防総省はウクライナに砲弾の追加支援を行うと発表した。")["transfers"]
    assert t["status"] == "planned"


def test_a_package_announced_then_itemized_is_one_transfer_with_the_items() -> None:
    text = (
        "英国防省は20日、ウクライナに総額3億ポンドの追加軍事支援を行うと発表した。"
        "多連装ロケット砲6基を供与するほか、哨戒艇10隻と数万発の砲弾も含まれる。"
    )
    (t,) = run(text)["transfers"]
    assert (t["supplier"]["name"], t["recipient"]["name"]) == ("United Kingdom", "Ukraine")
    assert [i["text"] for i in t["items"]] == ["多連装ロケット砲", "哨戒艇", "砲弾"]
    assert t["status"] == "planned"


# --- constructions found on unseen phrasing (wire, newspaper and machine-translated copy) ---


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("北朝鮮はロシアに170ミリ自走砲を融通した。", ("North Korea", "Russia")),
        ("イラン空軍はロシアからYak-130練習機を受け取りしている。", ("Russia", "Iran")),
        ("イランはファタハ360ミサイルをロシアの方へ船で送るした。", ("Iran", "Russia")),
        ("アルメニアでは日本製の数値制御（NC）工作機械がロシアに横流しされた。", ("Japan", "Russia")),
        ("インド空軍のC-17輸送機2機がブラモスをフィリピンに運んだ。", ("India", "Philippines")),
    ],
)
def test_unseen_constructions_give_the_pair(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "日本政府は軍事転用の恐れがある汎用品の対ロ輸出を禁じた。",
        "EUは汎用品がロシアに渡らないよう管理を徹底する義務を課す。",
        "インドネシアやベトナムもブラモスの購入に関心を示している。",
        "ロシアのペスコフ大統領報道官は、供給は紛争を長引かせるだけだと警告した。",
    ],
)
def test_prevented_wished_or_generic_acts_are_no_transfer(text: str) -> None:
    assert run(text)["transfers"] == []


def test_speaking_topic_of_akiraka_ni_is_no_recipient() -> None:
    out = run("韓国の防衛事業庁は7日、多連装ロケット砲「天舞」がポーランド軍に引き渡されたと明らかにした。")
    recipients = {t["recipient"]["name"] for t in out["transfers"] if t["recipient"]}
    assert recipients == {"Poland"}


def test_maker_in_relative_clause_is_no_supplier() -> None:
    out = run("インドとロシアが共同開発した巡航ミサイル「ブラモス」がフィリピンに届いた。")
    assert ("Russia", "Philippines") not in pairs(out)


def test_carrier_is_not_among_the_goods() -> None:
    (t,) = run("インド空軍のC-17輸送機2機がブラモスをフィリピンに運んだ。")["transfers"]
    assert all(i["category"] != "aircraft" for i in t["items"])


def test_japanese_programme_acronym_is_not_a_weapon() -> None:
    out = run("政府安全保障能力強化支援（OSA）で、日本はフィリピンに沿岸監視レーダーを供与した。")
    names = {i["name"] for t in out["transfers"] for i in t["items"]}
    assert "9K33 Osa" not in names


def test_self_defense_force_names_are_no_mode_of_transport() -> None:
    out = run("日本の海上自衛隊の練習機TC-90がフィリピン海軍に引き渡された。")
    assert all(leg["mode"] != "sea" for t in out["transfers"] for leg in t["route"])


def test_report_that_is_alleged() -> None:
    (t,) = run("イランがロシアに弾道ミサイルを引き渡したとの報道がある。")["transfers"]
    assert t["status"] == "alleged"


def test_headline_noun_is_no_plan() -> None:
    out = run("「北朝鮮、ロシアに弾道ミサイルを引き渡し」ウクライナ情報総局")
    assert out["transfers"] and all(t["status"] != "planned" for t in out["transfers"])


def test_dou_koku_is_not_the_state_of_a_force_just_named() -> None:
    out = run(
        "海上自衛隊の練習機はフィリピン海軍へ貸与された。"
        "陸上自衛隊で不用となったヘリコプターの部品も同国空軍に引き渡された。"
    )
    recipients = {t["recipient"]["name"] for t in out["transfers"] if t["recipient"]}
    assert "Japan" not in recipients


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("ロッキード・マーチンが製造した戦闘機は昨年、ルーマニア空軍へ納入された。", ("United States", "Romania")),
        ("現代ロテムが生産した戦車はポーランド陸軍に引き渡された。", ("South Korea", "Poland")),
        ("イランが開発した無人機がロシアへ送られた。", ("Iran", "Russia")),
    ],
)
def test_maker_of_goods_given_in_the_passive_is_no_recipient(text: str, pair: tuple[str, str]) -> None:
    out = run(text)
    assert pair in pairs(out)
    assert all(t["recipient"] is None or t["recipient"]["name"] != pair[0] for t in out["transfers"])


@pytest.mark.parametrize("body", ["独立系監視団体", "人権団体", "反体制派", "専門家"])
def test_a_body_outside_the_state_does_not_speak_for_it(body: str) -> None:
    out = run(f"イランの{body}によると、イランはロシアに無人機を送った。")
    (t,) = out["transfers"]
    assert t["status"] == "reported"
    (claim,) = out["claims"]
    assert claim["speaker"]["id"] is None and body in claim["speaker"]["name"]


def test_headline_segment_ending_in_a_base_is_no_destination() -> None:
    out = run("アルメニア、ロシアの前線基地に ミサイル配備から1年")
    assert ("Armenia", "Russia") not in pairs(out)


def test_goods_a_state_gave_seen_in_the_state_visited_went_there() -> None:
    out = run("ポーランドを訪問中の韓国国防相は、韓国が輸出した戦車を視察した。")
    assert ("South Korea", "Poland") in pairs(out)


@pytest.mark.parametrize(
    "text",
    [
        "ウクライナ国防相は、ドイツが供与を約束していた戦車を受け取ったと明らかにした。",
        "ドイツが供与した戦車がウクライナに到着した。",
        "ウクライナ国防省は、ドイツから供与された戦車が到着したと発表した。",
    ],
)
def test_an_act_in_a_clause_on_the_goods_is_the_same_transfer(text: str) -> None:
    out = run(text)
    assert pairs(out) == {("Germany", "Ukraine")}
    assert all(t["status"] != "planned" for t in out["transfers"])


def test_goods_given_on_are_two_transfers_through_the_one_who_got_them() -> None:
    out = run("カナダがノルウェーに売却した装甲車は、ラトビアへ引き渡された。")
    assert pairs(out) == {("Canada", "Norway"), ("Norway", "Latvia")}


def test_a_judgement_that_the_act_happened_is_alleged() -> None:
    (t,) = run("英国防省は、イランがロシアに無人機を運んだとみている。")["transfers"]
    assert t["status"] == "alleged"


@pytest.mark.parametrize("about", ["について", "に関しては", "をめぐり"])
def test_what_is_spoken_about_is_no_destination(about: str) -> None:
    out = run(f"カザフスタン{about}、同国の商社がロシアの軍需企業に中国製の半導体を納入した疑いがある。")
    assert all(t["recipient"] is None or t["recipient"]["name"] != "Kazakhstan" for t in out["transfers"])


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("ロシア、リビアのハフタル勢力に装甲車供与か", ("Russia", "Libyan National Army")),
        ("中国のイランへの無人機部品供与が続く。", ("China", "Iran")),
    ],
)
def test_a_state_placing_the_next_party_has_no_role(text: str, pair: tuple[str, str | None]) -> None:
    out = run(text)
    assert all(t["supplier"] is None or t["supplier"]["name"] == pair[0] for t in out["transfers"])
    if pair[1]:
        assert pair in pairs(out)


def test_maker_before_goods_handed_over_in_a_reported_frame() -> None:
    out = run("国防省は3日、ロッキード・マーチンが製造した戦闘機2機が、先週ルーマニア空軍に引き渡されたと発表した。")
    assert ("United States", "Romania") in pairs(out)


def test_a_spokesperson_is_no_news_outlet() -> None:
    out = run("ウクライナ軍の報道官によれば、ウクライナ空軍はドイツ製の防空システムを先月受け取った。")
    (t,) = out["transfers"]
    assert t["status"] == "confirmed"
    assert all(c["outlet"] is None for c in out["claims"])


@pytest.mark.parametrize(
    "text",
    [
        "ベネズエラはロシアに戦闘機を売却していないと主張した。",
        "イランは無人機をロシアに送ってはいないと述べた。",
        "北朝鮮はロシアへ砲弾を送っておらず、報道は誤りだと反論した。",
    ],
)
def test_negation_after_an_aspect_te_denies_the_act(text: str) -> None:
    (t,) = run(text)["transfers"]
    assert t["status"] == "denied"


def test_an_act_expected_is_planned() -> None:
    (t,) = run("ノルウェーはウクライナに戦闘機を来年引き渡す見込みだ。")["transfers"]
    assert t["status"] == "planned"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("ロシアがイランから入手した弾道ミサイルがオデーサで使用された。", ("Iran", "Russia")),
        ("シリアがイランから入手した対戦車ミサイルが戦闘で使用された。", ("Iran", "Syria")),
    ],
)
def test_first_ga_before_a_clause_of_transfer_is_the_clauses(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(run(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("チェコ軍はフランスが供与した対戦車ミサイルで敵の陣地を攻撃した。", ("France", "Czech Republic")),
        ("フィンランド軍は米国から供与された戦闘機で領空を警戒した。", ("United States", "Finland")),
        ("モルドバは英国が提供した装甲車を国境地帯に投入した。", ("United Kingdom", "Moldova")),
    ],
)
def test_the_user_of_goods_another_state_gave_received_them(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(run(text))


def test_goods_used_without_an_act_of_giving_are_no_transfer() -> None:
    assert not run("チェコ軍は中国製の無人機で敵の陣地を攻撃した。")["transfers"]


def test_both_states_are_the_two_sides_told_before() -> None:
    out = run("トルコはカタールに無人機を輸出した。両国は2021年3月、装甲車を輸出する契約を結んでいた。")
    planned = [t for t in out["transfers"] if t["status"] == "planned"]
    assert planned and (planned[0]["supplier"]["name"], planned[0]["recipient"]["name"]) == ("Turkey", "Qatar")
    assert planned[0]["date"] == "2021-03"


def test_both_states_in_no_act_are_no_party() -> None:
    assert not run("トルコとカタールの首脳が会談した。両国は経済協力を強化した。")["transfers"]


def test_a_weak_act_that_a_deal_is_for_is_kept_beside_a_strong_one() -> None:
    out = run(
        "トルコはカタールに装甲車を輸出した。カタールは装甲車の導入を柱とする契約を結び、翌月に最初の車両が到着した。"
    )
    assert any(t["status"] == "planned" for t in out["transfers"])


@pytest.mark.parametrize(
    "text",
    [
        "ベラルーシはイランから無人機を購入したことは一度もないと述べた。",
        "ベラルーシはイランから無人機を受け取っていないと述べた。",
        "ベラルーシ外務省はイランからの無人機購入を否定した。",
    ],
)
def test_a_receipt_said_never_to_have_happened_is_denied(text: str) -> None:
    (t,) = run(text)["transfers"]
    assert (t["supplier"]["name"], t["recipient"]["name"], t["status"]) == ("Iran", "Belarus", "denied")


def test_goods_only_counted_are_the_goods_told_before() -> None:
    out = run(
        "トルコはカタールに無人機「バイラクタルTB2」を納入した。\n両国は2021年、6機分を輸出する契約を結んでいた。"
    )
    planned = [t for t in out["transfers"] if t["status"] == "planned"]
    assert planned and planned[0]["items"] and planned[0]["items"][0]["quantity"]["value"] == 6


def test_a_makers_country_is_not_what_the_same_country_refers_to() -> None:
    out = run("韓国国防省は、ドイツ製の戦車が同国に到着したことを明らかにした。")
    assert ("Germany", "South Korea") in pairs(out)


def test_a_bare_government_opening_a_japanese_article_is_japan() -> None:
    assert ("Japan", "Philippines") in pairs(run("政府は、フィリピン海軍に警戒監視レーダーを無償で供与する。"))


def test_a_party_set_beside_the_act_with_hoka_is_no_party_to_it() -> None:
    out = run("ベトナムのほか、インドネシアへの巡視船の供与も決まった。")
    assert out["transfers"]
    assert all("Vietnam" not in pair for pair in pairs(out))
    assert all(t["status"] == "planned" for t in out["transfers"])


def test_an_official_of_a_states_government_speaks_for_the_state_that_hands_over() -> None:
    (t,) = run("英国政府の高官は、長距離ミサイルをウクライナに引き渡していたことを明らかにした。")["transfers"]
    assert (t["supplier"]["name"], t["recipient"]["name"], t["status"]) == ("United Kingdom", "Ukraine", "confirmed")


def test_the_act_noun_as_object_of_suru_takes_the_clauses_subject() -> None:
    out = run("米国務長官は、イランがロシアにミサイルの引き渡しをしたと述べた。")
    assert pairs(out) == {("Iran", "Russia")}


def test_goods_listed_after_a_cited_source_belong_to_the_act_told_before() -> None:
    (t,) = run("米国はウクライナへの追加の軍事支援を発表した。国防総省によると、支援には砲弾や装甲車が含まれる。")[
        "transfers"
    ]
    assert {i["category"] for i in t["items"]} == {"artillery-ammunition", "armoured-vehicle"}


def test_goods_bound_for_a_party_in_a_seizure_are_a_shipment_to_it() -> None:
    out = run(
        "米海軍は、ヒズボラ向けとみられる対戦車ミサイルを押収したと発表した。"
        "海軍は、これらの兵器はイランから密輸される途中だったとしている。"
    )
    assert ("Iran", "Hezbollah") in pairs(out)
    assert all(t["status"] == "alleged" for t in out["transfers"])


def test_the_seizer_listed_in_a_headline_is_no_party() -> None:
    out = run("米軍、ヒズボラ向け兵器を押収　イランから密輸か\n米海軍はイランからヒズボラに送られた兵器を押収した。")
    assert all("United States" not in pair for pair in pairs(out))


def test_a_destination_is_no_act_where_a_word_tells_one() -> None:
    assert not run("輸出統計によると、カザフスタン向けの半導体の輸出額が急増した。")["transfers"]


def test_an_act_made_known_mid_sentence_is_attributed_to_its_speaker() -> None:
    text = "フィンランド国防相は、ウクライナに地対空ミサイルを送ったことを明らかにし、今後も支援を続ける考えを示した。"
    (t,) = run(text)["transfers"]
    assert t["status"] == "confirmed"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "英国防相は、イランがロシアにミサイルを引き渡したと述べた、ロシアは数週間以内にこれを使用する可能性があるとした。",
            "reported",
        ),
        (
            "英国防相は、イランがロシアにミサイルを引き渡した可能性があると述べた、ロシアはこれを使用するとした。",
            "alleged",
        ),
    ],
)
def test_a_hedge_in_a_statement_joined_by_a_comma_is_not_the_acts(text: str, status: str) -> None:
    (t,) = run(text)["transfers"]
    assert (t["supplier"]["name"], t["recipient"]["name"], t["status"]) == ("Iran", "Russia", status)


def test_who_condemns_an_act_is_not_its_subject() -> None:
    out = run("北朝鮮はウクライナへの欧米の兵器供与を「戦争をあおる」と批判した。")
    assert all("North Korea" not in p for p in pairs(out))
    assert pairs(run("米国はイランによるロシアへの無人機供与を非難した。")) == {("Iran", "Russia")}


def test_a_ship_heading_to_a_party_carries_a_shipment_to_it() -> None:
    out = run("米海軍は今月上旬、イランからフーシ派に向かっていた漁船を臨検し、対艦ミサイルの部品を押収した。")
    (t,) = out["transfers"]
    assert (t["supplier"]["name"], t["recipient"]["name"], t["date"]) == ("Iran", "Houthis", "2024-05")
    # where the heading is no craft's, it tells no shipment
    assert not run("船は巡視船が臨検した際、イエメンに向かっていたことが分かった。")["transfers"]


def test_a_seizure_told_as_one_more_takes_the_route_of_the_one_before() -> None:
    out = run(
        "米軍は、イランからフーシ派に向かっていた船舶を拿捕し、無人機の部品を押収した。"
        "米軍は2月にも、弾道ミサイルの部品を積んだ小舟を拿捕していた。"
    )
    dated = {(t["supplier"]["name"], t["recipient"]["name"], t["date"]) for t in out["transfers"]}
    assert ("Iran", "Houthis", "2024-02") in dated
    assert all(t["status"] == "alleged" for t in out["transfers"])


def test_goods_of_a_deal_told_in_the_next_sentence() -> None:
    out = run("ルーマニア政府は2023年6月、韓国の防衛企業と包括契約を締結した。対象はK9自走砲54門などだ。")
    (t,) = out["transfers"]
    assert (t["supplier"]["name"], t["recipient"]["name"]) == ("South Korea", "Romania")
    assert (t["status"], t["date"]) == ("planned", "2023-06")


def test_the_goods_a_seizure_turned_up_are_of_its_date_and_route() -> None:
    out = run(
        "米海軍は20日、アラビア海で今月上旬、ヒズボラ向けの兵器を積んだ船舶を拿捕したと発表した。\n"
        "押収したのは、イランで製造された対艦ミサイルの構成部品と無人艇用の爆発物だった。"
    )
    (t,) = [t for t in out["transfers"] if len(t["items"]) == 2]
    assert (t["supplier"]["name"], t["recipient"]["name"], t["date"]) == ("Iran", "Hezbollah", "2024-05")
    assert {i["text"] for i in t["items"]} == {"対艦ミサイルの構成部品", "無人艇用の爆発物"}


def test_the_seizers_warship_is_no_goods() -> None:
    out = run("米海軍の駆逐艦「メイソン」が、イランからフーシ派に向かっていた漁船を臨検し、ロケット弾を押収した。")
    assert all(i["category"] != "naval" for t in out["transfers"] for i in t["items"])


def test_a_plan_is_dated_by_the_signing_told_next() -> None:
    out = run("政府はベトナム海軍に警戒監視レーダーを供与する。両政府が7日、ハノイで交換公文に署名した。")
    (t,) = out["transfers"]
    assert (t["supplier"]["name"], t["recipient"]["name"], t["date"]) == ("Japan", "Vietnam", "2024-05-07")


def test_a_flow_is_dated_by_the_tally_of_a_period_told_next() -> None:
    out = run("イラン製の無人機部品がアルメニア経由でロシアに運ばれている。昨年だけで数万点に上る。")
    assert [t["date"] for t in out["transfers"]] == ["2023"]


# --- timelines of one pair, and the years of their dates ---


def test_bare_months_of_a_story_told_of_a_past_year_take_its_year() -> None:
    from materiel.extract.dates import find_dates

    text = "ノルウェーは2021年3月、装甲車の供与を決めた。\n最初の車両は6月に届いた。\n残りは11月に引き渡された。"
    isos = [(d.text, d.iso) for d in find_dates(text, "ja", "2024-01-15")]
    assert isos == [("2021年3月", "2021-03"), ("6月", "2021-06"), ("11月", "2021-11")]
    # a story of this year, or a relative date, sets the year back to the publication's
    text = "2021年3月に契約した。昨年10月、追加の契約を結んだ。12月に到着した。"
    assert [d.iso for d in find_dates(text, "ja", "2024-01-15")][-1] == "2023-12"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("22年秋に初めて供与した", "2022"),
        ("23年度に納入する", "2023"),
        ("おととし4月に空輸された", "2022-04"),
        ("2023年9月に契約し、翌月に引き渡した", "2023-10"),
    ],
)
def test_year_forms_of_past_acts(text: str, iso: str) -> None:
    from materiel.extract.dates import find_dates

    assert find_dates(text, "ja", "2024-09-03")[-1].iso == iso


def test_then_and_the_same_year_take_a_two_digit_year_with_a_season() -> None:
    from materiel.extract.dates import find_dates

    text = "取引が表面化したのは21年夏だった。当局は当時、弾薬の移転を指摘した。同年10月には次の便が出た。"
    assert [d.iso for d in find_dates(text, "ja", "2024-12-01")] == ["2021", "2021", "2021-10"]


def test_a_list_of_years_starts_with_its_first() -> None:
    out = run(
        "ロシアはインドに地対空ミサイルシステムS400の残りの2基を、2026年と2027年に引き渡す計画だ。",
        published="2025-04-02",
    )
    assert [(t["date"], t["status"]) for t in out["transfers"]] == [("2026", "planned")]


def test_a_batch_told_by_rank_is_of_the_goods_and_pair_told_before() -> None:
    out = run(
        "英国は2022年6月、ラトビアに多連装ロケットシステム「M270」を売却する契約を結んだ。\n"
        "1基目は2023年5月にラトビアに到着した。\n"
        "2基目は同年9月に引き渡された。",
        published="2024-02-10",
    )
    dated = {(t["supplier"]["name"], t["recipient"]["name"], t["date"]) for t in out["transfers"]}
    assert {("United Kingdom", "Latvia", "2023-05"), ("United Kingdom", "Latvia", "2023-09")} <= dated
    ranked = [t for t in out["transfers"] if t["date"] == "2023-09"]
    assert all(i["quantity"] is None for t in ranked for i in t["items"])


def test_a_batch_with_no_party_takes_the_story_pair() -> None:
    out = run(
        "フランスは2023年1月、キプロスに装甲車を送った。\n自走榴弾砲カエサルは5月、6門が引き渡された。",
        published="2024-02-10",
    )
    dated = {(t["supplier"]["name"], t["recipient"]["name"], t["date"]) for t in out["transfers"]}
    assert ("France", "Cyprus", "2023-05") in dated


def test_a_roundup_of_several_suppliers_gives_no_story_pair() -> None:
    from materiel.extract.frame import Arg, ItemHit, Sentence, TriggerHit
    from materiel.extract.ja_timeline import story_parties
    from materiel.lexicon import Trigger
    from materiel.model import Entity

    send = Trigger(lemma="送る", kind="supply", direction="give")
    uk, de, ee = (
        Entity(f"Q{n}", "country", name) for n, name in ((145, "United Kingdom"), (183, "Germany"), (191, "Estonia"))
    )

    def told(start: int, supplier: Entity) -> Sentence:
        parties = [Arg(start, start + 2, supplier, "topic", 0), Arg(start + 3, start + 6, ee, "goal", 0)]
        return Sentence(start, start + 10, "", triggers=[TriggerHit(start + 8, start + 10, send)], parties=parties)

    def batch() -> Sentence:
        given = TriggerHit(48, 52, Trigger(lemma="引き渡す", kind="delivery", direction="give"), passive=True)
        caesar = ItemHit(40, 45, "other", Entity("x", "weapon-system", "Caesar"), trigger=0)
        return Sentence(40, 55, "", triggers=[given], items=[caesar])

    one_pair = [told(0, uk), told(20, uk), batch()]
    story_parties(one_pair)
    assert [(a.entity and a.entity.name, a.case) for a in one_pair[2].parties] == [
        ("United Kingdom", "source"),
        ("Estonia", "goal"),
    ]
    roundup = [told(0, uk), told(20, de), batch()]
    story_parties(roundup)
    assert roundup[2].parties == []


def test_goods_bought_from_a_state_in_a_relative_clause_come_from_it() -> None:
    out = run(
        "フィンランド国防省は7日、米国から購入した高機動ロケット砲システムの第1陣が12月下旬に到着したと明らかにした。",
        published="2025-01-08",
    )
    (t,) = out["transfers"]
    assert (t["supplier"]["name"], t["recipient"] and t["recipient"]["name"], t["date"]) == (
        "United States",
        "Finland",
        "2024-12",
    )


def test_an_unknown_province_is_no_recipient() -> None:
    out = run("最初の1基は21年12月にインドに到着し、北西部ラージャスターン州に配備された。ロシアが供与した。")
    assert all((t["recipient"] or {}).get("name") != "ラージャスターン州" for t in out["transfers"])


def test_a_plain_non_past_before_hearsay_is_a_plan() -> None:
    out = run("声明によれば、オランダがウクライナにパトリオットを1基送るという。", published="2024-07-12")
    assert [t["status"] for t in out["transfers"]] == ["planned"]


def test_a_decision_and_an_airlift_and_a_call_to_refrain() -> None:
    decided = run("ドイツは昨年1月、ウクライナへのレオパルト2の供与を決断した。", published="2024-01-10")
    assert [(t["status"], t["date"]) for t in decided["transfers"]] == [("planned", "2023-01")]
    flown = run("中国の地対空ミサイルシステムFK-3は2022年4月、輸送機でセルビアに空輸された。")
    assert ("China", "Serbia") in pairs(flown) or (None, "Serbia") in pairs(flown)
    refrain = run("EUはセルビアに対し、中国とロシアからの兵器の調達を控えるよう求めている。")
    assert not refrain["transfers"]


def test_goods_only_counted_in_the_second_clause_are_those_of_the_first() -> None:
    out = run("ロシアは2021年にS400の引き渡しを始め、インドは昨年までに3基を受け取った。", published="2024-08-01")
    got = {(t["supplier"]["name"], t["recipient"]["name"], t["date"]) for t in out["transfers"]}
    assert {("Russia", "India", "2021"), ("Russia", "India", "2023")} <= got
    (counted,) = [t for t in out["transfers"] if t["date"] == "2023"]
    assert [(i["name"], i["quantity"]["value"]) for i in counted["items"]] == [("S-400", 3)]


def test_a_two_digit_year_after_the_act_decided() -> None:
    out = run("米国はヨルダンにF16戦闘機12機を売却することを19年に決定した。", published="2024-08-01")
    assert [(t["date"], t["status"]) for t in out["transfers"]] == [("2019", "planned")]


def test_states_listed_then_counted_are_each_a_supplier() -> None:
    out = run(
        "米国、ドイツ、オランダの3カ国は10日、ウクライナに防空システムを提供すると発表した。", published="2024-07-12"
    )
    assert {("United States", "Ukraine"), ("Germany", "Ukraine"), ("Netherlands", "Ukraine")} <= pairs(out)


def test_one_verb_for_several_suppliers_each_with_its_goods() -> None:
    out = run(
        "ウクライナへの支援では、英国がチャレンジャー2戦車を、カナダがレオパルト2を4両、スペインが6両を送った。",
        published="2023-04-01",
    )
    got = {(t["supplier"]["name"], t["recipient"]["name"], i["name"], (i["quantity"] or {}).get("value"))
           for t in out["transfers"] for i in t["items"]}  # fmt: skip
    assert got == {
        ("United Kingdom", "Ukraine", "Challenger 2", None),
        ("Canada", "Ukraine", "Leopard 2", 4),
        ("Spain", "Ukraine", "Leopard 2", 6),
    }


def test_goods_from_several_sources_with_one_verb() -> None:
    out = run("ウクライナにはこれまで、米国からHIMARS、英国からストームシャドーが届いている。", published="2024-08-01")
    got = {(t["supplier"]["name"], i["name"]) for t in out["transfers"] for i in t["items"]}
    assert got == {("United States", "HIMARS"), ("United Kingdom", "Storm Shadow")}


def test_a_coordinated_subject_is_no_list_of_acts() -> None:
    out = run("ドイツ、オランダ、デンマークはそれぞれウクライナにレオパルト1戦車を供与する。", published="2023-02-08")
    assert {("Germany", "Ukraine"), ("Netherlands", "Ukraine"), ("Denmark", "Ukraine")} <= pairs(out)


def test_the_month_after_publication_is_last_year_unless_planned() -> None:
    from materiel.extract.dates import find_dates

    assert [d.iso for d in find_dates("2月に到着した。", "ja", "2025-01-20")] == ["2024-02"]
    assert [d.iso for d in find_dates("2月に引き渡す予定だ。", "ja", "2025-01-20")] == ["2025-02"]


def test_an_act_decided_at_the_end_of_its_clause_is_a_plan() -> None:
    out = run("政府は、ウクライナに防弾チョッキを追加で提供することを、国家安全保障会議で正式に決定した。")
    assert [t["status"] for t in out["transfers"]] == ["planned"]
    notice = run("米国務省は、台湾に対するハープーン沿岸防衛システムの売却について、議会に通知した。")
    assert [t["status"] for t in notice["transfers"]] == ["planned"]


def test_a_deal_sealed_then_a_first_batch_in_one_sentence_are_two_records() -> None:
    out = run(
        "韓国は22年にポーランドとK2戦車180両の契約を結び、同年12月に最初の10両を引き渡した。", published="2024-08-01"
    )
    got = {(t["supplier"]["name"], t["recipient"]["name"], t["date"], t["status"], t["items"][0]["quantity"]["value"])
           for t in out["transfers"]}  # fmt: skip
    assert got == {
        ("South Korea", "Poland", "2022", "planned", 180),
        ("South Korea", "Poland", "2022-12", "reported", 10),
    }


def test_says_it_will_send_is_a_plan_and_a_charge_stays_alleged() -> None:
    will = run("米国はウクライナにNASAMSを送るとしている。", published="2024-08-01")
    assert [t["status"] for t in will["transfers"]] == ["planned"]
    charged = run("ウクライナはイランがロシアに無人機を供与したとして非難した。", published="2024-08-01")
    assert [t["status"] for t in charged["transfers"]] == ["alleged"]


def test_a_debate_about_an_act_is_no_act() -> None:
    out = run("昨年初めにかけて、戦車の供与をめぐる議論が欧州を二分した。", published="2024-01-10")
    assert out["transfers"] == []


def test_a_batch_naming_only_a_place_it_serves_takes_the_story_pair() -> None:
    out = run(
        "ノルウェーは2023年2月、リトアニアにNASAMSを送った。\nNASAMSの2基目は4月に届き、首都ビリニュスの防空にあたっている。",
        published="2024-01-10",
    )
    dated = {(t["supplier"]["name"], t["recipient"]["name"], t["date"]) for t in out["transfers"]}
    assert ("Norway", "Lithuania", "2023-04") in dated


def _records(out: dict[str, Any]) -> set[tuple[str | None, str | None, str | None, str]]:
    return {(named(t["supplier"]), named(t["recipient"]), t["date"], t["status"]) for t in out["transfers"]}


def test_states_that_follow_an_act_each_take_it_up() -> None:
    out = run(
        "イタリア政府は8日、ウクライナに防空システムを追加で送ると発表し、スペインも同調した。", published="2024-06-10"
    )
    assert pairs(out) == {("Italy", "Ukraine"), ("Spain", "Ukraine")}
    out = run(
        "ノルウェーは2月、ウクライナに装甲車30両の供与を決め、スウェーデンとフィンランドが追随した。",
        published="2024-06-10",
    )
    got = {(t["supplier"]["name"], (t["items"][0]["quantity"] or {}).get("value")) for t in out["transfers"]}
    # a follower's own count is not told
    assert got == {("Norway", 30), ("Sweden", None), ("Finland", None)}


def test_an_aside_in_the_perfect_sets_no_past_year_for_the_months_after() -> None:
    from materiel.extract.dates import find_dates

    text = "ポーランドは昨年8月に同戦車の最初の引き渡しを公表している。\nチェコは2月、ウクライナに自走砲を送った。"
    out = run(text, published="2024-06-10")
    assert ("Czech Republic", "Ukraine", "2024-02", "reported") in _records(out)
    told = "ドイツは2022年4月に供与を決めた。\n7月下旬にウクライナに最初の自走砲が届いた。"
    assert [d.iso for d in find_dates(told, "ja", "2024-01-10")][-1] == "2022-07"


def test_goods_that_join_later_are_a_new_batch_of_the_pair() -> None:
    out = run(
        "エストニアは昨年、ウクライナに榴弾砲や弾薬を送った。その後は偵察用ドローンや暗視装置も加わった。",
        published="2024-06-10",
    )
    drones = [t for t in out["transfers"] if any(i["category"] == "drone" for i in t["items"])]
    assert [(t["supplier"]["name"], t["recipient"]["name"]) for t in drones] == [("Estonia", "Ukraine")]


def test_goods_secured_for_an_act_make_it_a_plan() -> None:
    out = run(
        "オランダ政府は4日、ウクライナに追加で送る砲弾の確保にめどがついたと明らかにした。", published="2024-06-10"
    )
    assert _records(out) == {("Netherlands", "Ukraine", "2024-06-04", "planned")}
    goal = run("欧州連合は、年末までにウクライナに砲弾50万発を供給する目標を掲げた。", published="2024-06-10")
    assert [t["status"] for t in goal["transfers"]] == ["planned"]


def test_a_state_pledging_through_its_leader_or_itself_supplies() -> None:
    leader = run(
        "オーストリアのネハンマー首相は10日、ウクライナに防護服やヘルメットを送ると表明した。", published="2024-06-12"
    )
    assert _records(leader) == {("Austria", "Ukraine", "2024-06-10", "planned")}
    itself = run(
        "ルーマニアは、モルドバに地対空ミサイルを2026年までに引き渡すと表明した。\nギリシャは、ウクライナに砲弾を送ると約束した。"
    )
    assert pairs(itself) == {("Romania", "Moldova"), ("Greece", "Ukraine")}


def test_goods_that_came_from_a_state_went_to_the_one_using_them() -> None:
    out = run("ウクライナ軍は、英国から届いた戦車チャレンジャー2を東部の前線に投入した。")
    assert pairs(out) == {("United Kingdom", "Ukraine")}


def test_two_partners_agreeing_on_an_export_of_ones_own_system() -> None:
    out = run("韓国とポーランドは、K9自走砲の追加輸出で合意した。")
    assert _records(out) == {("South Korea", "Poland", None, "planned")}


def test_to_receive_an_act_in_the_non_past_is_a_plan() -> None:
    out = run("フィリピンのマルコス大統領は、日本から沿岸監視レーダーの供与を受けると明らかにした。")
    assert _records(out) == {("Japan", "Philippines", None, "planned")}


@pytest.mark.parametrize(
    "text",
    [
        "ロシアはイランにSu35戦闘機を提供することになる。",
        "中国はセルビアに無人機を供給するつもりだ。",
        "トルコからウクライナへのコルベットの引き渡しが予想される。",
        "インドはアルメニアに対して自走砲の供給について交渉している。",
        "ウクライナは米国からのATACMSの受け取りを待っている。",
        "北朝鮮はロシアに砲弾を送る用意があると述べた。",
        "米国は、ウクライナへのパトリオットの供与に踏み切った。",
    ],
)
def test_plan_forms_of_news_and_translation(text: str) -> None:
    assert [t["status"] for t in run(text, published="2024-03-10")["transfers"]] == ["planned"]


def test_seized_goods_handed_on_are_the_seizers_act_told_as_fact() -> None:
    out = run("英海軍は、イランから押収した対戦車ミサイル300発をウクライナに引き渡した。")
    assert _records(out) == {("United Kingdom", "Ukraine", None, "reported")}
    kept = run("米海軍は、イランからフーシ派に向かっていた船舶を臨検し、対戦車ミサイルを押収した。")
    assert all(t["status"] == "alleged" for t in kept["transfers"])


def test_recipients_listed_with_nohoka_are_coordinated() -> None:
    a = analyze_text(
        "トルコ製の無人機は、ウクライナのほか、エチオピアやモロッコに輸出された。", lang="ja", published="2024-05-10"
    )
    assert {(t.supplier.entity.name, t.recipient.entity.name) for t in a.transfers if t.supplier and t.recipient} == {
        ("Turkey", "Ukraine"),
        ("Turkey", "Ethiopia"),
        ("Turkey", "Morocco"),
    }


def test_a_dated_batch_told_after_an_undated_deal_is_a_record_of_its_own() -> None:
    a = analyze_text(
        "米政府は台湾へのF16戦闘機の売却を承認した。計画では、2026年に最初の10機が引き渡される。",
        lang="ja",
        published="2024-05-01",
    )
    dates = sorted(str(t.date) for t in a.transfers if t.recipient and t.recipient.entity.name == "Taiwan")
    assert dates == ["2026", "None"]


def test_goods_of_their_own_kind_go_on_with_the_deal_just_told() -> None:
    a = analyze_text(
        "日本政府はフィリピンに巡視船を供与した。また、2025年度には防弾チョッキを支援する計画だ。",
        lang="ja",
        published="2024-05-01",
    )
    vests = [t for t in a.transfers if any(it.text == "防弾チョッキ" for it in t.items)]
    assert len(vests) == 1 and vests[0].supplier.entity.name == "Japan" and vests[0].status == "planned"
    # words for arms at large alone are talk, not a batch of the deal
    b = analyze_text(
        "日本政府はフィリピンに巡視船を供与した。また、武器の支援も議論になった。", lang="ja", published="2024-05-01"
    )
    assert len(b.transfers) == 1


def test_a_month_told_as_before_the_storys_date_is_not_of_the_year_after() -> None:
    text = "ドイツは2022年2月の侵攻当初、慎重だった。侵攻前の1月には、ウクライナにヘルメット5000個を送ると表明した。"
    a = analyze_text(text, lang="ja", published="2024-01-10")
    assert [t.date for t in a.transfers] == ["2022-01"]


def test_a_state_named_only_in_passing_is_not_the_maker_supplier_of_carried_goods() -> None:
    text = (
        "ポーランドはウクライナに戦車を供与した。大統領は、MiG29戦闘機4機のウクライナへの移送を発表した。"
        "ソビエトが開発した戦闘機はすべて引き渡す方針だという。"
    )
    a = analyze_text(text, lang="ja", published="2024-05-01")
    assert {t.supplier.entity.name for t in a.transfers if t.supplier} == {"Poland"}


def test_a_state_that_no_longer_exists_is_no_supplier_of_goods_it_made() -> None:
    text = "ポーランドはウクライナに戦車を供与した。旧ソ連製のMiG29戦闘機もウクライナに届いた。"
    a = analyze_text(text, lang="ja", published="2024-05-01")
    assert {t.supplier.entity.name for t in a.transfers if t.supplier} == {"Poland"}


def test_an_act_asked_for_with_mo_is_the_requests() -> None:
    text = "防衛省はフィリピンへの装備品移転の計画をまとめた。フィリピン側は、高速巡視艇の供与も求めている。"
    a = analyze_text(text, lang="ja", published="2025-11-21")
    asked = [t for t in a.transfers if t.status == "requested"]
    assert len(asked) == 1 and asked[0].recipient.entity.name == "Philippines"
    assert [it.text for it in asked[0].items] == ["巡視艇"]
