"""English gaps, seventh round: a supplier after goods named by a system ("took delivery of six
Su-30 fighters from Russia", where the parse hangs "from" on the common noun), a lot still on the
road not dated by the delivery told before it, and an unknown make before goods meant for another
party ("pledged Tucano aircraft for Ukraine") not read as the receiver."""

from __future__ import annotations

from functools import partial

from tests.parties import pair, transfers

from materiel.model import Transfer

PUB = "2025-01-14"
_transfers = partial(transfers, lang="en", published=PUB)


def _texts(t: Transfer) -> list[str]:
    """The goods of a transfer as the text writes them."""
    return [it.text for it in t.items]


def _one_with(ts: list[Transfer], goods: str) -> Transfer:
    """The one transfer whose first goods are `goods`."""
    (t,) = [t for t in ts if t.items and _texts(t)[0] == goods]
    return t


def test_source_after_a_named_system_with_another_supplier_next() -> None:
    ts = _transfers(
        "Vietnam took delivery of six more Yak-130 trainers from Russia in March. "
        "China has also offered its L-15 trainers to Hanoi."
    )
    yak = _one_with(ts, "Yak-130 trainers")
    assert pair(yak) == ("Russia", "Vietnam")
    assert yak.status == "reported" and yak.date == "2024-03"
    assert yak.items[0].quantity is not None and yak.items[0].quantity.value == 6
    assert pair(_one_with(ts, "L-15 trainers")) == ("China", "Vietnam")


def test_source_after_a_named_system_with_an_unrelated_offer_next() -> None:
    ts = _transfers(
        "Algeria took delivery of four more Su-30 fighters from Russia last year. "
        "Seoul has offered its FA-50 jets to Algiers."
    )
    assert pair(_one_with(ts, "Su-30 fighters")) == ("Russia", "Algeria")
    assert pair(_one_with(ts, "FA-50 jets")) == ("South Korea", "Algeria")


def test_a_lot_on_its_way_takes_no_date_of_the_delivery_before() -> None:
    ts = _transfers(
        "Turkey delivered armed drones to Mali in October. Another shipment of Bayraktar Akinci drones "
        "is on its way to Bamako."
    )
    first = _one_with(ts, "drones")
    assert pair(first) == ("Turkey", "Mali") and first.date == "2024-10"
    later = [t for t in ts if t is not first]
    assert later and all(pair(t) == ("Turkey", "Mali") and t.date is None for t in later)


def test_a_lot_en_route_takes_no_date_of_the_delivery_before() -> None:
    ts = _transfers(
        "Russia shipped armoured vehicles to Burkina Faso in August. A second consignment of armoured "
        "vehicles is now en route to Ouagadougou, officials said."
    )
    dated = [t.date for t in ts if pair(t) == ("Russia", "Burkina Faso")]
    assert sorted(dated, key=str) == ["2024-08", None]


def test_a_lot_arrived_later_still_takes_the_paragraph_date() -> None:
    ts = _transfers("Russia shipped tanks to Mali in July. The tanks were unloaded in Bamako a week later.")
    assert next(t.date for t in ts if pair(t) == ("Russia", "Mali")) == "2024-07"


def test_an_unknown_make_before_goods_for_another_party_is_no_receiver() -> None:
    ts = _transfers("Brazil pledged Tucano aircraft for Ukraine on Monday.")
    assert [pair(t) for t in ts] == [("Brazil", "Ukraine")]
    assert ts[0].status == "planned"


def test_a_name_right_after_the_verb_still_receives() -> None:
    ts = _transfers("Iran has given the Houthis more drones, and Russia sent Wagner rifles for use in Libya.")
    assert {pair(t) for t in ts} == {("Iran", "Houthis"), ("Russia", "Wagner Group")}


def test_a_plan_after_a_deed_takes_no_date_of_the_deed() -> None:
    ts = _transfers(
        "Romania received 18 K9 howitzers from South Korea in April. "
        "Seoul will deliver 36 more K9 howitzers to Bucharest."
    )
    done = [t for t in ts if t.status == "reported"]
    ahead = [t for t in ts if t.status == "planned"]
    assert [pair(t) for t in done] == [("South Korea", "Romania")] and done[0].date == "2024-04"
    assert [pair(t) for t in ahead] == [("South Korea", "Romania")] and ahead[0].date is None


def test_an_offer_after_a_delivery_takes_no_date_of_the_delivery() -> None:
    ts = _transfers(
        "Laos took delivery of four Yak-130 trainers from Russia in June. "
        "China has also offered its L-15 trainers to Vientiane."
    )
    offer = _one_with(ts, "L-15 trainers")
    assert pair(offer) == ("China", "Laos") and offer.status == "planned" and offer.date is None
    assert _one_with(ts, "Yak-130 trainers").date == "2024-06"


def test_a_plan_after_a_plan_still_takes_its_date() -> None:
    ts = _transfers("Russia offered Su-35 jets to Egypt in 2019. Moscow offered the jets to Cairo at a discount.")
    assert ts and all(pair(t) == ("Russia", "Egypt") and t.date == "2019" for t in ts)


def test_a_bare_contract_signed_dates_the_plan_before() -> None:
    ts = _transfers("Croatia will buy 12 Rafale jets from France. A contract was signed in November.")
    assert [pair(t) for t in ts] == [("France", "Croatia")]
    assert ts[0].status == "planned" and ts[0].date == "2024-11"


def test_a_contract_signed_after_a_deed_dates_nothing() -> None:
    ts = _transfers("Turkey delivered drones to Chad. A contract was signed in May.")
    assert [pair(t) for t in ts] == [("Turkey", "Chad")]
    assert ts[0].status == "reported" and ts[0].date is None
