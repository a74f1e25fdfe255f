"""The gazetteer: countries generated from CLDR, the seeded data files, validation of user files."""

from __future__ import annotations

import re
from pathlib import Path

import babel
import pycountry
import pytest

from materiel.gazetteer import Gazetteer, GazetteerError, default_gazetteer, load_gazetteer, normalize_name
from materiel.model import CATEGORIES, ENTITY_TYPES, PLACE_TYPES, Entity

# The 193 member states of the United Nations, by ISO 3166 alpha-3 code.
_UN_MEMBERS_TEXT = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR
BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY
SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN
IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI
MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR
OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP
SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR
ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
"""
UN_MEMBERS = re.findall(r"[A-Z]{3}", _UN_MEMBERS_TEXT)

ID = re.compile(r"Q[1-9][0-9]*|mat:[a-z0-9]+(?:[-.][a-z0-9]+)*")


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def _id(gaz: Gazetteer, name: str) -> str | None:
    entity = gaz.by_name(name)
    return entity.id if entity else None


def _write(tmp_path: Path, text: str, name: str = "user.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- countries -----------------------------------------------------------------------------------


def test_un_members_come_from_cldr_with_ids_and_centroids(gaz: Gazetteer) -> None:
    assert len(set(UN_MEMBERS)) == 193
    japanese = babel.Locale("ja").territories
    for code in UN_MEMBERS:
        country = gaz.country(code)
        assert country is not None, code
        assert country.type == "country" and country.country == code
        iso = pycountry.countries.get(alpha_3=code)
        assert iso is not None, code
        alpha2 = iso.alpha_2
        assert japanese[alpha2] in country.names["ja"], code
        assert gaz.by_name(japanese[alpha2]) is country, code
        assert re.fullmatch(r"Q[1-9][0-9]*", country.id), code
        assert country.coordinates is not None, code


def test_every_iso_country_is_generated(gaz: Gazetteer) -> None:
    for country in pycountry.countries:
        assert gaz.country(country.alpha_3) is not None, country.alpha_3
    for code in ("TWN", "PSE", "XKX"):
        entity = gaz.country(code)
        assert entity is not None and entity.id.startswith("Q")
    assert gaz.country("ATA") is not None and gaz.country("ATA").id == "mat:country-ata"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("name", "wikidata"),
    [
        ("ロシア", "Q159"),
        ("露", "Q159"),
        ("Russian Federation", "Q159"),
        ("ロシア連邦", "Q159"),
        ("北朝鮮", "Q423"),
        ("DPRK", "Q423"),
        ("North Korea", "Q423"),
        ("朝鮮民主主義人民共和国", "Q423"),
        ("Korea, Democratic People's Republic of", "Q423"),
        ("朝", "Q423"),
        ("韓国", "Q884"),
        ("大韓民国", "Q884"),
        ("ROK", "Q884"),
        ("South Korea", "Q884"),
        ("韓", "Q884"),
        ("グルジア", "Q230"),
        ("ジョージア", "Q230"),
        ("Georgia", "Q230"),
        ("米国", "Q30"),
        ("アメリカ", "Q30"),
        ("合衆国", "Q30"),
        ("米", "Q30"),
        ("U.S.", "Q30"),
        ("USA", "Q30"),
        ("America", "Q30"),
        ("英国", "Q145"),
        ("イギリス", "Q145"),
        ("UK", "Q145"),
        ("Britain", "Q145"),
        ("中国", "Q148"),
        ("中華人民共和国", "Q148"),
        ("PRC", "Q148"),
        ("中", "Q148"),
        ("Türkiye", "Q43"),
        ("Turkey", "Q43"),
        ("トルコ", "Q43"),
        ("テュルキエ", "Q43"),
        ("ベラルーシ", "Q184"),
        ("ベラルーシ共和国", "Q184"),
        ("ウクライナ", "Q212"),
        ("宇", "Q212"),
        ("Iran, Islamic Republic of", "Q794"),
        ("イラン", "Q794"),
        ("比", "Q928"),
        ("台湾", "Q865"),
        ("台", "Q865"),
        ("Czechia", "Q213"),
        ("ミャンマー", "Q836"),
        ("Kosovo", "Q1246"),
        ("コソボ", "Q1246"),
        ("ソ連", "Q15180"),
    ],
)
def test_country_names_in_both_languages(gaz: Gazetteer, name: str, wikidata: str) -> None:
    assert _id(gaz, name) == wikidata


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("RUS", "Russia"),
        ("IRN", "Iran"),
        ("PRK", "North Korea"),
        ("KOR", "South Korea"),
        ("USA", "United States"),
        ("GBR", "United Kingdom"),
        ("CHN", "China"),
        ("SYR", "Syria"),
        ("TUR", "Turkey"),
        ("TWN", "Taiwan"),
        ("VNM", "Vietnam"),
        ("LAO", "Laos"),
        ("MDA", "Moldova"),
        ("BOL", "Bolivia"),
        ("VEN", "Venezuela"),
        ("TZA", "Tanzania"),
        ("CZE", "Czech Republic"),
        ("PSE", "Palestine"),
        ("BIH", "Bosnia and Herzegovina"),
    ],
)
def test_canonical_country_names_are_the_ones_news_use(gaz: Gazetteer, code: str, name: str) -> None:
    country = gaz.country(code)
    assert country is not None and country.name == name


def test_name_kinds(gaz: Gazetteer) -> None:
    names = set(gaz.names())
    for kanji, wikidata in [
        ("露", "Q159"),
        ("米", "Q30"),
        ("中", "Q148"),
        ("朝", "Q423"),
        ("韓", "Q884"),
        ("英", "Q145"),
        ("仏", "Q142"),
        ("独", "Q183"),
        ("宇", "Q212"),
        ("伊", "Q38"),
        ("加", "Q16"),
        ("豪", "Q408"),
        ("印", "Q668"),
        ("比", "Q928"),
        ("台", "Q865"),
    ]:
        assert (kanji, wikidata, "ja", "alias") in names
    assert ("Russia", "Q159", "en", "name") in names
    assert ("ロシア", "Q159", "ja", "name") in names
    assert ("グルジア", "Q230", "ja", "alias") in names
    for adjective, wikidata in [
        ("Iranian", "Q794"),
        ("Russian", "Q159"),
        ("North Korean", "Q423"),
        ("Chinese", "Q148"),
        ("Ukrainian", "Q212"),
        ("American", "Q30"),
        ("U.S.", "Q30"),
        ("British", "Q145"),
    ]:
        assert (adjective, wikidata, "en", "adjective") in names
    assert {kind for *_, kind in names} == {"name", "alias", "adjective"}
    # A single-character alias is never filed as a full name.
    assert not [n for n in names if len(n[0]) == 1 and n[3] == "name"]


# --- places, groups, bodies, media -------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Moscow", "Q159"),
        ("モスクワ", "Q159"),
        ("the Kremlin", "Q159"),
        ("クレムリン", "Q159"),
        ("テヘラン", "Q794"),
        ("平壌", "Q423"),
        ("ピョンヤン", "Q423"),
        ("キーウ", "Q212"),
        ("キエフ", "Q212"),
        ("Kiev", "Q212"),
        ("北京", "Q148"),
        ("ワシントン", "Q30"),
        ("White House", "Q30"),
        ("ホワイトハウス", "Q30"),
        ("ミンスク", "Q184"),
        ("ダマスカス", "Q858"),
        ("バグダッド", "Q796"),
        ("ソウル", "Q884"),
        ("東京", "Q17"),
        ("トビリシ", "Q230"),
        ("Ankara", "Q43"),
        ("ベオグラード", "Q403"),
    ],
)
def test_capitals_stand_for_their_country(gaz: Gazetteer, name: str, country: str) -> None:
    entity = gaz.by_name(name)
    assert entity is not None and entity.type == "city" and entity.coordinates is not None
    assert entity.stands_for == country


def test_metonyms_point_at_parties(gaz: Gazetteer) -> None:
    for entity in gaz.entities.values():
        if entity.stands_for:
            target = gaz.get(entity.stands_for)
            # a state, or an armed group its leaders and spokesmen speak for (Houthis, Hezbollah)
            assert target is not None and target.type in ("country", "armed-group"), entity.id
        if entity.parent:
            assert gaz.get(entity.parent) is not None, entity.id


@pytest.mark.parametrize(
    ("name", "expected", "etype"),
    [
        ("ハシュド・アル・シャアビ", "Popular Mobilization Forces", "armed-group"),
        ("Hashd al-Shaabi", "Popular Mobilization Forces", "armed-group"),
        ("人民動員隊", "Popular Mobilization Forces", "armed-group"),
        ("フーシ派", "Houthis", "armed-group"),
        ("Ansar Allah", "Houthis", "armed-group"),
        ("ワグネル", "Wagner Group", "armed-group"),
        ("ワグナー", "Wagner Group", "armed-group"),
        ("Africa Corps", "Africa Corps", "armed-group"),
        ("シャーム解放機構", "Hayat Tahrir al-Sham", "armed-group"),
        ("革命防衛隊", "Islamic Revolutionary Guard Corps", "state-body"),
        ("国家情報院", "National Intelligence Service", "state-body"),
        ("国情院", "National Intelligence Service", "state-body"),
        ("米国防総省", "US Department of Defense", "state-body"),
        ("Pentagon", "US Department of Defense", "state-body"),
        ("北大西洋条約機構", "NATO", "state-body"),
        ("欧州連合", "European Union", "state-body"),
        ("国連安全保障理事会", "UN Security Council", "state-body"),
        ("ガーディアン", "The Guardian", "media"),
        ("ロイター通信", "Reuters", "media"),
        ("WSJ", "The Wall Street Journal", "media"),
        ("タス通信", "TASS", "media"),
        ("朝鮮中央通信", "Korean Central News Agency", "media"),
        ("戦争研究所", "Institute for the Study of War", "media"),
        ("サラムジャ国境検問所", "Salamja border crossing", "border-crossing"),
        ("バンダルアンザリ", "Bandar Anzali", "port"),
        ("アストラハン", "Astrakhan", "port"),
        ("カスピ海", "Caspian Sea", "sea"),
        ("羅津", "Rajin", "port"),
        ("ジェシュフ", "Rzeszów", "city"),
        ("ドンバス", "Donbas", "region"),
        ("中東", "Middle East", "region"),
    ],
)
def test_seeded_entities(gaz: Gazetteer, name: str, expected: str, etype: str) -> None:
    entity = gaz.by_name(name)
    assert entity is not None and entity.name == expected and entity.type == etype


@pytest.mark.parametrize(
    ("name", "expected", "etype"),
    [
        ("ミサイル総局", "Missile Administration (North Korea)", "military-unit"),
        ("朝鮮労働党", "Workers' Party of Korea", "state-body"),
        ("Russian Aerospace Forces", "Russian Aerospace Forces", "military-unit"),
        ("ウクライナ空軍", "Ukrainian Air Force", "military-unit"),
        ("大統領室", "South Korean presidential office", "state-body"),
        ("Defense Industries Organization", "Defense Industries Organization", "company"),
        ("Port Kavkaz", "Port Kavkaz", "port"),
        ("カフカス港", "Port Kavkaz", "port"),
        ("ラスイサ", "Ras Isa", "port"),
        ("Medyka", "Medyka", "border-crossing"),
        ("タタルスタン", "Tatarstan", "region"),
        ("労働新聞", "Rodong Sinmun", "media"),
        ("ベラルスキ・ハユン", "Belaruski Hajun", "media"),
        ("ミャンマー軍事政権", "Myanmar Armed Forces", "military-unit"),
        ("Tatmadaw", "Myanmar Armed Forces", "military-unit"),
        ("国家行政評議会", "State Administration Council", "state-body"),
        ("国民統一政府", "National Unity Government of Myanmar", "armed-group"),
        ("国民防衛隊", "People's Defence Force (Myanmar)", "armed-group"),
        ("ワ州連合軍", "United Wa State Army", "armed-group"),
        ("Government of National Unity", "Government of National Unity (Libya)", "state-body"),
        ("Tigray Defense Forces", "Tigray Defense Forces", "armed-group"),
        ("Yugoimport SDPR", "Yugoimport SDPR", "company"),
        ("ユーゴインポート", "Yugoimport SDPR", "company"),
        ("Green Pine", "Green Pine Associated Corporation", "company"),
        ("スーダン軍事産業公社", "Military Industry Corporation (Sudan)", "company"),
        ("ハシュド", "Popular Mobilization Forces", "armed-group"),
        ("Georgian Ministry of Defence", "Georgian Ministry of Defence", "state-body"),
        ("サヘル諸国同盟", "Alliance of Sahel States", "state-body"),
        ("Lady R", "Lady R", "vessel"),
        ("スパルタ4", "Sparta IV", "vessel"),
        ("アンガラ号", "Angara (cargo ship)", "vessel"),
    ],
)
def test_more_bodies_places_and_media(gaz: Gazetteer, name: str, expected: str, etype: str) -> None:
    entity = gaz.by_name(name)
    assert entity is not None and entity.name == expected and entity.type == etype


@pytest.mark.parametrize(
    ("name", "party"),
    [
        ("王毅外相", "Q148"),
        ("毛寧報道官", "Q148"),
        ("崔善姫", "Q423"),
        ("小泉防衛相", "Q17"),
        ("サリバン", "Q30"),
        ("Kirby", "Q30"),
        ("Medvedev", "Q159"),
        ("ゲラシモフ参謀総長", "Q159"),
        ("Hakan Fidan", "Q43"),
        ("Yahya Saree", "mat:houthis"),
        ("ナスララ師", "mat:hezbollah"),
        ("Prigozhin", "mat:wagner-group"),
        ("ミン・アウン・フライン国軍総司令官", "Q836"),
        ("Min Aung Hlaing", "Q836"),
        ("ブルハン議長", "Q1049"),
        ("Hemedti", "mat:rapid-support-forces"),
        ("ダガロ司令官", "mat:rapid-support-forces"),
        ("ハフタル司令官", "mat:libyan-national-army"),
        ("Dbeibah", "Q1016"),
        ("アビー首相", "Q115"),
        ("Getachew Reda", "mat:tplf"),
        ("パピキャン国防相", "Q399"),
        ("Bayramov", "Q227"),
        ("Vucevic", "Q403"),
        ("クルティ首相", "Q1246"),
        ("シーヤールトー外相", "Q28"),
        ("コバヒゼ首相", "Q230"),
        ("マドゥロ大統領", "Q717"),
        ("ディアスカネル", "Q241"),
        ("シャラア暫定大統領", "Q858"),
        ("al-Jolani", "Q858"),
        ("Mazloum Abdi", "mat:syrian-democratic-forces"),
        ("スダニ首相", "Q796"),
        ("Faleh al-Fayyadh", "mat:popular-mobilization-forces"),
        ("ムハンマド皇太子", "Q851"),
        ("シシ大統領", "Q79"),
    ],
)
def test_officials_and_leaders_stand_for_their_party(gaz: Gazetteer, name: str, party: str) -> None:
    entity = gaz.by_name(name)
    assert entity is not None and entity.type == "person" and entity.stands_for == party


@pytest.mark.parametrize(
    # ordinary words and units that must stay no one's name ("155ミリ砲弾", "a waltz", "a saree")
    "word",
    ["ミリ", "ミリー", "Waltz", "Saree", "Cleverly", "Wisla", "Phalanx", "Flamingo", "2,000-pound bombs"],
)
def test_ordinary_words_are_no_names(gaz: Gazetteer, word: str) -> None:
    assert gaz.by_name(word) is None


@pytest.mark.parametrize(
    # a city, a river, towns, a fish and an emperor that weapons and ships are named after
    "word",
    ["Milan", "Angara", "Dezful", "Blowfish", "Babur", "Hoveyzeh", "Soumar", "前衛"],
)
def test_namesakes_of_weapons_and_ships_are_no_names(gaz: Gazetteer, word: str) -> None:
    assert gaz.by_name(word) is None


def test_places_have_coordinates(gaz: Gazetteer) -> None:
    places = [e for e in gaz.entities.values() if e.type in PLACE_TYPES and e.type != "country"]
    assert len(places) > 100
    for place in places:
        assert place.coordinates is not None, place.id
        lat, lon = place.coordinates
        assert -90 <= lat <= 90 and -180 <= lon <= 180


# --- weapon systems ------------------------------------------------------------------------------


def test_at_least_150_weapon_systems_each_with_category_and_japanese_name(gaz: Gazetteer) -> None:
    weapons = [e for e in gaz.entities.values() if e.type == "weapon-system"]
    assert len(weapons) >= 150
    for weapon in weapons:
        assert weapon.category in CATEGORIES, weapon.id
        assert weapon.names.get("ja"), weapon.id
        assert weapon.names.get("en"), weapon.id


@pytest.mark.parametrize(
    ("name", "expected", "category"),
    [
        ("シャヘド136", "Shahed-136", "drone"),
        ("ブルセ4", "Bulsae-4", "anti-tank"),
        ("火星砲11ダ-4.5", "Hwasong-11Da-4.5", "missile"),
        ("Qiam-1", "Qiam-1", "missile"),
        ("PL-15", "PL-15", "missile"),
        ("KAB-500", "KAB glide bomb", "ammunition"),
        ("ガルピヤ3", "Garpiya", "drone"),
        ("APKWS", "APKWS", "ammunition"),
        ("Redback", "AS21 Redback", "armoured-vehicle"),
        ("90式戦車", "Type 90 tank", "armoured-vehicle"),
        ("J/FPS-3", "FPS-3ME", "air-defence"),
        ("Challenger 3", "Challenger 2", "armoured-vehicle"),
        ("シャーヘド136", "Shahed-136", "drone"),
        ("Geran-2", "Shahed-136", "drone"),
        ("シャへド", "Shahed", "drone"),
        ("グレーイーグル", "MQ-1C Gray Eagle", "drone"),
        ("ファタフ360", "Fath-360", "missile"),
        ("Fateh-110", "Fateh-110", "missile"),
        ("Fath-110", "Fateh-110", "missile"),
        ("ゾルファガール", "Zolfaghar", "missile"),
        ("Hwasong-11", "KN-23", "missile"),
        ("KN23", "KN-23", "missile"),
        ("イスカンデル", "Iskander-M", "missile"),
        ("12式地対艦誘導弾", "Type 12 surface-to-ship missile", "missile"),
        ("Bavar 373", "Bavar-373", "air-defence"),
        ("S300", "S-300", "air-defence"),
        ("パトリオット", "Patriot", "air-defence"),
        ("ペトリオット", "Patriot", "air-defence"),
        ("PAC-3", "Patriot", "air-defence"),
        ("FK-3", "HQ-22", "air-defence"),
        ("ハイマース", "HIMARS", "rocket-launcher"),
        ("ハイマーズ", "HIMARS", "rocket-launcher"),
        ("Astros II", "Astros II", "rocket-launcher"),
        ("Sajil-60", "Sajil-60", "rocket-launcher"),
        ("天舞", "K239 Chunmoo", "rocket-launcher"),
        ("ジャベリン", "Javelin", "anti-tank"),
        ("ジャヴェリン", "Javelin", "anti-tank"),
        ("RPG", "RPG", "anti-tank"),
        ("エーブラムス", "M1 Abrams", "armoured-vehicle"),
        ("K2戦車", "K2 Black Panther", "armoured-vehicle"),
        ("K9自走榴弾砲", "K9 Thunder", "other"),
        ("M109A7", "M109A7", "other"),
        ("MiG-29", "MiG-29", "aircraft"),
        ("ミグ29", "MiG-29", "aircraft"),
        ("TC-90練習機", "TC-90", "aircraft"),
        ("あぶくま型護衛艦", "Abukuma-class destroyer escort", "naval"),
        ("カラシニコフ", "AK-47", "small-arms"),
        ("DShK", "DShK", "small-arms"),
        ("劣化ウラン弾", "Depleted uranium rounds", "ammunition"),
        ("クラスター弾", "DPICM cluster munitions", "ammunition"),
        ("Red Arrow-8", "HJ-8", "anti-tank"),
        ("紅箭8", "HJ-8", "anti-tank"),
        ("FN-6", "FN-6", "air-defence"),
        ("S-350 Vityaz", "S-350 Vityaz", "air-defence"),
        ("T-155 Firtina", "T-155 Fırtına", "other"),
        ("Orbiter 1K", "Orbiter drone", "drone"),
        ("MILAN anti-tank missile", "MILAN anti-tank missile", "anti-tank"),
        ("Al-Khalid tank", "Al-Khalid tank", "armoured-vehicle"),
        ("59式戦車", "Type 59 tank", "armoured-vehicle"),
        ("Paveway IV", "Paveway", "ammunition"),
        ("Hatem-2", "Hatem-2", "missile"),
    ],
)
def test_weapon_names_and_variants(gaz: Gazetteer, name: str, expected: str, category: str) -> None:
    entity = gaz.by_name(name)
    assert entity is not None and entity.name == expected and entity.category == category


def test_licence_built_version_points_to_its_original(gaz: Gazetteer) -> None:
    sajil, astros = gaz.by_name("Sajil-60"), gaz.by_name("Astros II")
    assert sajil is not None and astros is not None
    assert sajil.parent == astros.id and sajil.country == "IRQ" and astros.country == "BRA"


# --- the whole ----------------------------------------------------------------------------------


def test_ids_types_and_countries_are_valid(gaz: Gazetteer) -> None:
    for eid, entity in gaz.entities.items():
        assert eid == entity.id and ID.fullmatch(eid), eid
        assert entity.type in ENTITY_TYPES
        assert entity.country is None or gaz.country(entity.country) is not None, eid
    assert len(gaz) == len(gaz.entities) > 600


def test_names_are_unambiguous_across_entities(gaz: Gazetteer) -> None:
    owners: dict[str, set[str]] = {}
    for surface, eid, _, _ in gaz.names():
        owners.setdefault(normalize_name(surface), set()).add(eid)
    shared = {key: ids for key, ids in owners.items() if len(ids) > 1}
    assert not shared


def test_normalize_name() -> None:
    assert normalize_name("ハシュド・アル・シャアビ") == normalize_name("ハシュドアルシャアビ")
    assert normalize_name("S-300") == normalize_name("s 300") == normalize_name("Ｓ３００")
    assert normalize_name("Hashd al-Shaabi") == normalize_name("HASHD AL SHAABI")
    assert normalize_name("ハイマース") != normalize_name("ハイマス")


def test_default_gazetteer_is_loaded_once() -> None:
    assert default_gazetteer() is default_gazetteer()


# --- adding and extending -----------------------------------------------------------------------


def test_add_provisional_entity_ranks_below_known_ones(gaz: Gazetteer) -> None:
    mine = gaz.copy()
    entity = mine.add(
        Entity("mat:acme-arms", "company", "Acme Arms", names={"en": ["Acme Arms Ltd"]}, provisional=True)
    )
    assert mine.by_name("acme arms ltd") is entity and mine.get("mat:acme-arms") is entity
    assert gaz.get("mat:acme-arms") is None
    assert ("Acme Arms", "mat:acme-arms", "en", "name") in set(mine.names())
    mine.add(Entity("mat:georgia-ltd", "company", "Georgia", provisional=True))
    assert _id(mine, "Georgia") == "Q230"
    assert [e.id for e in mine.candidates("Georgia")] == ["Q230", "mat:georgia-ltd"]
    with pytest.raises(ValueError, match="already"):
        mine.add(Entity("Q159", "country", "Russia"))


def test_user_file_adds_entities_and_names(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
- id: mat:test-launcher
  type: weapon-system
  name: Testlauncher-9
  category: rocket-launcher
  country: IRN
  names: {en: [Testlauncher-9, TL-9], ja: [テストランチャー9]}
- id: mat:test-armed-group
  type: armed-group
  name: Georgia Brigade
  country: GEO
  names: {en: [Georgia]}
- extend: Q159
  aliases: {ja: [おろしあ]}
""",
    )
    gaz = load_gazetteer([path])
    launcher = gaz.by_name("テストランチャー9")
    assert launcher is not None and launcher.id == "mat:test-launcher" and launcher.category == "rocket-launcher"
    assert _id(gaz, "おろしあ") == "Q159"
    assert ("おろしあ", "Q159", "ja", "alias") in set(gaz.names())
    # Countries first, then armed groups, then the rest.
    assert _id(gaz, "Georgia") == "Q230"
    assert _id(gaz, "Georgia Brigade") == "mat:test-armed-group"


def test_armed_groups_win_over_other_entities(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
- {id: mat:hamas-weekly, type: media, name: Hamas Weekly, names: {en: [Hamas]}}
""",
    )
    assert _id(load_gazetteer([path]), "Hamas") == "mat:hamas"


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        ("{id: mat:bad-type, type: weapon, name: X}", "unknown type 'weapon'"),
        ("{id: mat:no-category, type: weapon-system, name: X}", "needs a `category`"),
        ("{id: mat:bad-category, type: weapon-system, name: X, category: laser}", "unknown category 'laser'"),
        ("{id: mat:bad-country, type: city, name: X, country: RU}", "`country` 'RU'"),
        ("{id: Q12x, type: city, name: X}", "`id` is a Wikidata id"),
        ("{id: mat:Bad_Slug, type: city, name: X}", "`id` is a Wikidata id"),
        ("{id: mat:no-name, type: city}", "`name` is required"),
        ("{id: mat:far-away, type: city, name: X, coordinates: [91, 10]}", "out of range"),
        ("{id: mat:one-number, type: city, name: X, coordinates: [10]}", "[lat, lon]"),
        ("{id: mat:lost, type: city, name: X, stands_for: mat:nowhere}", "`stands_for` 'mat:nowhere'"),
        ("{id: mat:orphan, type: city, name: X, parent: Q999999999}", "`parent` 'Q999999999'"),
        ("{id: Q159, type: country, name: Russia again}", "duplicate id"),
        ("{id: mat:typo, type: city, name: X, coordinate: [1, 2]}", "unknown field(s) ['coordinate']"),
        ("{id: mat:yes, type: city, name: X, names: {en: [yes]}}", "not a name"),
        ("{id: mat:flat, type: city, name: X, names: [X]}", "maps a language code"),
        ("{extend: mat:nobody, aliases: {en: [Y]}}", "`extend` 'mat:nobody'"),
    ],
)
def test_broken_user_file_names_file_entry_and_reason(tmp_path: Path, entry: str, reason: str) -> None:
    path = _write(tmp_path, f"- {{id: mat:fine, type: city, name: Fine Town, coordinates: [1, 2]}}\n- {entry}\n")
    with pytest.raises(GazetteerError) as caught:
        load_gazetteer([path])
    error = caught.value
    message = str(error)
    assert str(path) in message and reason in message
    assert error.index == 2 and "entry 2" in message
    assert error.line == 2 and f"{path}:2:" in message
    entry_id = re.search(r"(?:id|extend): ([^,}]+)", entry)
    if entry_id and entry_id.group(1) != "Q12x":
        assert error.entry_id == entry_id.group(1) and repr(entry_id.group(1)) in message


def test_duplicate_within_user_files_names_the_first_definition(tmp_path: Path) -> None:
    first = _write(tmp_path, "- {id: mat:twin, type: city, name: One, coordinates: [1, 2]}\n", "a.yaml")
    second = _write(tmp_path, "- {id: mat:twin, type: city, name: Two, coordinates: [1, 2]}\n", "b.yaml")
    with pytest.raises(GazetteerError, match=r"b\.yaml:1: entry 1 \(id 'mat:twin'\): duplicate id.*a\.yaml entry 1"):
        load_gazetteer([first, second])


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "- {id: mat:ok, type: city, name: Ok}\n- {id: mat:broken, type: city, name: [\n")
    with pytest.raises(GazetteerError, match="not valid YAML") as caught:
        load_gazetteer([path])
    assert str(path) in str(caught.value) and caught.value.line is not None


def test_user_file_must_be_a_list(tmp_path: Path) -> None:
    path = _write(tmp_path, "id: mat:alone\ntype: city\nname: Alone\n")
    with pytest.raises(GazetteerError, match="a YAML list of entries"):
        load_gazetteer([path])


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="cannot be read"):
        load_gazetteer([tmp_path / "absent.yaml"])


@pytest.mark.parametrize(
    ("text", "lang", "buyer"),
    [
        ("Doha has bought more Rafale jets from France.", "en", "Qatar"),
        ("Riyadh and Abu Dhabi have both bought Chinese Wing Loong drones.", "en", "United Arab Emirates"),
        ("ドーハはフランスからラファール戦闘機を追加購入した。", "ja", "Qatar"),
    ],
)
def test_a_capital_stands_for_its_state(text: str, lang: str, buyer: str) -> None:
    from materiel.pipeline import analyze_text

    buyers = {
        t.recipient.entity.name for t in analyze_text(text, lang=lang).transfers if t.recipient and t.recipient.entity
    }
    assert buyer in buyers
