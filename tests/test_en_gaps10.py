"""English gaps, tenth round: what goods can carry or how long they can fly, told in a relative clause
the parse hangs on the place the goods went ("moved launchers to Belarus, which can carry warheads") or in
a later sentence ("The Mohajer-6 can fly for twelve hours"), describes the goods, it sends nothing; a
receipt told beside an "as" clause completing deliveries ("Ukraine gets last jets as Norway completes
F-16 deliveries") is supplied by the one completing them; "transports" the parse reads as a noun are
transport aircraft, the verb no goods."""

from __future__ import annotations

from functools import partial

from tests.parties import pair, transfers

from materiel.model import Transfer

PUB = "2025-06-10"
_transfers = partial(transfers, lang="en", published=PUB)


def _goods(t: Transfer) -> list[str]:
    return [it.text for it in t.items]


def test_payload_in_a_relative_clause_hung_on_the_place_is_no_goods() -> None:
    (t,) = _transfers("China shipped HQ-9 launchers to Serbia, which can carry long-range interceptors.")
    assert pair(t) == ("China", "Serbia")
    assert _goods(t) == ["HQ-9 launchers"]


def test_what_howitzers_can_fire_in_a_relative_clause_is_no_goods() -> None:
    (t,) = _transfers("India sold Pinaka launchers to Armenia, which can fire guided rockets up to 75 km.")
    assert pair(t) == ("India", "Armenia")
    assert _goods(t) == ["Pinaka launchers"]


def test_how_long_named_drones_can_fly_later_is_no_act_of_their_own() -> None:
    (t,) = _transfers(
        "Iran delivered drones to Sudan last year. The Mohajer-6 can carry four guided bombs, while the "
        "Ababil-3 can fly for eight hours."
    )
    assert pair(t) == ("Iran", "Sudan")
    assert _goods(t) == ["drones"]


def test_how_far_goods_can_fly_is_no_flight() -> None:
    (t,) = _transfers("Turkey sold Bayraktar drones to Niger. The drones can fly 300 km from their base.")
    assert pair(t) == ("Turkey", "Niger")
    assert t.status == "reported"


def test_goods_flown_somewhere_are_still_carried() -> None:
    (t,) = _transfers("Iran flew drones to Armenia in May.")
    assert pair(t) == ("Iran", "Armenia")


def test_receipt_beside_an_as_clause_completing_deliveries_headline() -> None:
    (t,) = _transfers("Romania gets last jets as Norway completes F-16 deliveries")
    assert pair(t) == ("Norway", "Romania")
    assert t.status == "reported"


def test_receipt_beside_an_as_clause_with_a_nationality_adjective() -> None:
    (t,) = _transfers("Romania receives last jets as Danish complete F-16 deliveries")
    assert pair(t) == ("Denmark", "Romania")


def test_receipt_beside_an_as_clause_in_the_past() -> None:
    (t,) = _transfers("Ukraine received its last jets as Norway completed its deliveries in 2025.")
    assert pair(t) == ("Norway", "Ukraine")
    assert _goods(t) == ["jets"]


def test_as_clause_halting_deliveries_supplies_nothing() -> None:
    (t,) = _transfers("Poland received K2 tanks as Germany halted deliveries to Hungary.")
    assert pair(t) == (None, "Poland")


def test_bare_transports_read_as_a_noun_are_transport_aircraft() -> None:
    (t,) = _transfers("Brazil has sent two transports to Portugal.")
    assert pair(t) == ("Brazil", "Portugal")
    assert _goods(t) == ["transports"]
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 2


def test_named_transports_keep_the_goods_word() -> None:
    (t,) = _transfers("Egypt bought four C-295 transports from Spain.")
    assert pair(t) == ("Spain", "Egypt")
    assert _goods(t) == ["C-295 transports"]


def test_the_verb_transports_is_no_goods() -> None:
    (t,) = _transfers("Turkey transports armoured vehicles to Libya.")
    assert pair(t) == ("Turkey", "Libya")
    assert _goods(t) == ["armoured vehicles"]


def test_weapons_transports_are_no_aircraft() -> None:
    found = _transfers("Israel struck weapons transports bound for Hezbollah.")
    assert not any("transports" in it.text for t in found for it in t.items)
