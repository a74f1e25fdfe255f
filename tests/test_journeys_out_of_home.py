"""Journeys that leave from the mover's own state and pass a named crossing: the state the goods
set out from is where the route starts, not a go-between, and a group moving goods out of its own
state is who gives them (not the state); a destination told after the crossing still receives."""

from __future__ import annotations

import pytest
from tests.parties import name, only, via

from materiel.model import Entity, Transfer


def _legs(t: Transfer) -> list[tuple[str | None, str | None, str | None]]:
    def n(e: Entity | None) -> str | None:
        return e.name if e is not None else None

    return [(n(leg.origin), n(leg.destination), n(leg.via)) for leg in t.route]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "人民動員隊は先月、迫撃砲弾をイラクからアル・カイム国境検問所を経由してシリアへ陸路で運んだと当局者は述べた。",
            "ja",
        ),
        ("ハシド・シャアビは、ロケット弾をイラクからシリアへトラックで運んだ。", "ja"),
        (
            "The Popular Mobilization Forces trucked mortar rounds from Iraq through the Al-Qaim crossing to Syria.",
            "en",
        ),
    ],
)
def test_a_group_moving_goods_out_of_its_own_state_gives_them(text: str, lang: str) -> None:
    t = only(text, lang=lang, published="2024-05-01")
    assert (name(t.supplier), name(t.recipient)) == ("Popular Mobilization Forces", "Syria")
    assert via(t) == set()
    assert ("Iraq", "Syria") in {(o, d) for o, d, _ in _legs(t)}


def test_the_crossing_a_leg_leaves_by_keeps_its_state_on_the_route() -> None:
    t = only(
        "人民動員隊は、迫撃砲弾をイラクからアル・カイム国境検問所を経由してシリアへ運んだ。",
        lang="ja",
        published="2024-05-01",
    )
    assert ("Iraq", "Syria", "Al-Qaim border crossing") in _legs(t)
