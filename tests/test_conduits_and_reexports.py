"""A state told as a way through ("a transit hub for dual-use goods bound for Russia", 「ロシアに流れる
半導体の抜け道」) is the go-between of the goods of no told origin that its sentence sends on; and
English "re-exports" as a noun passes goods on like the verb (parts count from their state of make)."""

from __future__ import annotations

from tests.parties import name, transfers, via


def _routes(text: str, lang: str = "en") -> list[tuple[str | None, str | None, set[str | None]]]:
    """Each record's supplier, recipient and go-betweens, in the order told."""
    return [(name(t.supplier), name(t.recipient), via(t)) for t in transfers(text, lang=lang, published="2025-03-10")]


def test_a_transit_hub_for_goods_bound_for_a_state_goes_between() -> None:
    assert _routes("Turkey became a major transit hub for dual-use goods bound for Russia.") == [
        (None, "Russia", {"Turkey"})
    ]


def test_a_conduit_and_a_transit_route_go_between() -> None:
    assert _routes("The UAE has emerged as a key conduit for Western electronics reaching Russia.") == [
        (None, "Russia", {"United Arab Emirates"})
    ]
    assert _routes("Kyrgyzstan serves as a transit route for chips shipped to Russia.") == [
        (None, "Russia", {"Kyrgyzstan"})
    ]


def test_a_japanese_way_through_goes_between() -> None:
    assert _routes("アラブ首長国連邦は、ロシアに流れる半導体の抜け道になっている。", "ja") == [
        (None, "Russia", {"United Arab Emirates"})
    ]


def test_a_sea_as_a_transit_route_is_no_go_between() -> None:
    assert _routes("The Caspian Sea is a transit route for Iranian drones shipped to Russia.") == [
        ("Iran", "Russia", set())
    ]


def test_re_exports_as_a_noun_pass_on_parts_of_their_make() -> None:
    assert _routes("Armenia's re-exports of US-made chips to Russia surged after the invasion.") == [
        ("United States", "Russia", {"Armenia"})
    ]
    assert _routes("The re-export of Western electronics to Russia through Kyrgyzstan has grown.") == [
        (None, "Russia", {"Kyrgyzstan"})
    ]
