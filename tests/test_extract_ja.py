"""Japanese extraction on short texts of our own: constructions, status, attribution, spans."""

from __future__ import annotations

from typing import Any

import pytest
from tests.conftest import assert_spans_hold

from materiel.pipeline import analyze_text


def run(text: str, published: str = "2024-05-20") -> dict[str, Any]:
    out = analyze_text(text, lang="ja", published=published).to_dict()
    assert_spans_hold(text, out) if out["transfers"] else None
    return out


def pairs(out: dict[str, Any]) -> set[tuple[str | None, str | None]]:
    n = lambda p: p["name"] if p else None  # noqa: E731
    return {(n(t["supplier"]), n(t["recipient"])) for t in out["transfers"]}


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
        ("今年初めに", "2023-09-05", "2023-01"),
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
