"""The seed article (../shared/seed): what a careful reader finds, and what is no transfer.

The development case of the vertical slice: it must pass, but it is not the measure of quality
(that is the held-out corpus, `materiel eval`).
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.conftest import assert_spans_hold
from tests.parties import between
from tests.parties import named as _name

from materiel.pipeline import analyze_text

PMF = "Popular Mobilization Forces"


@pytest.fixture(scope="module")
def seed(seed_text: str) -> dict[str, Any]:
    return analyze_text(seed_text, lang="auto", published="2022-04-12").to_dict()


def _find(out: dict[str, Any], supplier: str | None, recipient: str) -> list[dict[str, Any]]:
    return between(out["transfers"], supplier, recipient)


def _items(ts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [i for t in ts for i in t["items"]]


def _claims(out: dict[str, Any], t: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for c in out["claims"] if c["id"] in t["claims"]]


def test_language_and_document(seed: dict[str, Any], seed_text: str) -> None:
    assert seed["document"]["language"] == "ja"
    assert seed["document"]["published"] == "2022-04-12"
    assert seed["document"]["text_length"] == len(seed_text)


def test_every_span_points_into_the_text(seed: dict[str, Any], seed_text: str) -> None:
    assert_spans_hold(seed_text, seed)


def test_militia_rpgs_and_anti_tank_missiles_to_russia_via_iran(seed: dict[str, Any]) -> None:
    ts = [t for t in _find(seed, PMF, "Russia") if t["date"] == "2022-03-26"]
    assert len(ts) == 1
    t = ts[0]
    assert [_name(p) for p in t["intermediaries"]] == ["Iran"]
    # (the sentence before, naming the same goods leaving Iraq with the Brazilian-designed launchers,
    # tells the same shipment: one record)
    assert {"anti-tank"} <= {i["category"] for i in t["items"]}
    assert any(i["name"] == "RPG" for i in t["items"]) and any("対戦車ミサイル" in i["text"] for i in t["items"])
    legs = [(_name(leg["from"]), _name(leg["to"]), _name(leg["via"]), leg["mode"]) for leg in t["route"]]
    assert ("Iraq", "Iran", "Salamja border crossing", "land") in legs
    assert ("Iran", "Russia", None, "sea") in legs
    assert any(
        "司令官" in (c["speaker"] or {}).get("name", "") and _name(c["outlet"]) == "The Guardian"
        for c in _claims(seed, t)
    )
    assert t["evidence"] and t["status"] == "reported"


def test_two_astros_launchers_shipped_in_april(seed: dict[str, Any]) -> None:
    astros = [t for t in _find(seed, PMF, "Russia") if any(i["name"] == "Astros II" for i in t["items"])]
    assert len(astros) == 1
    (item,) = astros[0]["items"]
    assert item["category"] == "rocket-launcher" and item["quantity"]["value"] == 2
    assert astros[0]["date"] == "2022-04"
    assert [_name(p) for p in astros[0]["intermediaries"]] == ["Iran"]


def test_iran_donates_bavar_and_returns_s300(seed: dict[str, Any]) -> None:
    ts = _find(seed, "Iran", "Russia")
    names = {i["name"] for i in _items(ts)}
    assert {"Bavar-373", "S-300"} <= names
    assert all(i["category"] == "air-defence" for i in _items(ts) if i["name"] in ("Bavar-373", "S-300"))
    kinds = {t["kind"] for t in ts}
    assert {"donation", "return"} <= kinds
    for t in ts:
        (claim,) = _claims(seed, t)
        assert "情報筋" in claim["speaker"]["name"]


def test_caspian_leg_joins_the_journey_to_russia(seed: dict[str, Any]) -> None:
    legs = [(t, leg) for t in seed["transfers"] for leg in t["route"] if _name(leg["from"]) == "Bandar Anzali"]
    assert len(legs) == 1
    t, leg = legs[0]
    assert _name(leg["to"]) == "Astrakhan" and leg["mode"] == "sea" and leg["vessels"] == ["3隻の貨物船"]
    assert _name(t["recipient"]) == "Russia"
    assert "Iran" in {_name(t["supplier"]), *(_name(p) for p in t["intermediaries"])}


def test_russia_asked_china(seed: dict[str, Any]) -> None:
    (t,) = _find(seed, "China", "Russia")
    assert t["status"] == "requested"
    (claim,) = _claims(seed, t)
    assert claim["speaker"]["name"] == "United States" and "当局者" in claim["speaker"]["text"]


def test_serbia_received_chinese_air_defence(seed: dict[str, Any]) -> None:
    (t,) = _find(seed, "China", "Serbia")
    assert t["status"] == "reported"
    assert any(i["category"] == "air-defence" for i in t["items"])
    (claim,) = _claims(seed, t)
    assert _name(claim["outlet"]) == "Associated Press"


def test_georgia_accused_and_georgia_denies(seed: dict[str, Any]) -> None:
    (t,) = [t for t in seed["transfers"] if "Georgia" in [_name(p) for p in t["intermediaries"]]]
    assert _name(t["recipient"]) == "Russia" and t["supplier"] is None
    assert t["status"] == "alleged"
    claims = _claims(seed, t)
    accusation = next(c for c in claims if c["stance"] == "alleges")
    assert _name(accusation["speaker"]) == "Ukraine" and "諜報機関" in accusation["speaker"]["text"]
    denial = next(c for c in claims if c["stance"] == "denies")
    assert _name(denial["speaker"]) == "Georgia" and denial["target"] == accusation["id"]


def test_what_is_not_a_transfer(seed: dict[str, Any], seed_text: str) -> None:
    for t in seed["transfers"]:
        sentence = t["evidence"][0]["text"]
        assert "制裁" not in sentence or "受け取る" in sentence, sentence  # the sanctions themselves
        assert "大隊" not in sentence and "空爆" not in sentence  # losses, attacks on cities
        if _name(t["supplier"]) == "United States":  # past US supply to Iraqi forces: background only
            assert t["background"]


def test_dates_resolve_against_publication(seed: dict[str, Any]) -> None:
    dates = {t["date"] for t in seed["transfers"]}
    assert {"2022-03-26", "2022-04"} <= dates
    assert "2022-03" not in dates  # (先月 dates the failed campaign, not the shipment)
