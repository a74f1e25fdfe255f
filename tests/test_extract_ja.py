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
