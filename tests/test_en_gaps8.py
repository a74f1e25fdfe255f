"""English gaps, eighth round: trainer aircraft written as the bare plural "trainers" ("Peru took
delivery of four trainers from South Korea"), while men who train ("military trainers", "trainers and
advisers", "Wagner trainers") stay no goods; two states told together as agreeing on a sale
("Algeria and Russia agreed on the sale of Su-57 fighters"), the make of the goods telling which one
sells; a port where goods just told going to another state were put ashore ("The tanks were unloaded
at Conakry port") is a stop on their route, no receiver."""

from __future__ import annotations

from functools import partial

from tests.parties import pair, transfers

from materiel.model import Transfer

PUB = "2025-06-10"
_transfers = partial(transfers, lang="en", published=PUB)


def test_bare_trainers_are_aircraft_taken_into_delivery() -> None:
    (t,) = _transfers("Peru took delivery of four more trainers from South Korea in February.")
    assert pair(t) == ("South Korea", "Peru")
    assert t.status == "reported" and t.date == "2025-02"
    assert [it.text for it in t.items] == ["trainers"]
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 4


def test_bare_trainers_ordered_are_a_planned_purchase() -> None:
    (t,) = _transfers("The Philippines ordered 12 trainers from Italy last year.")
    assert pair(t) == ("Italy", "Philippines")
    assert t.status == "planned"
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 12


def test_military_trainers_are_men_not_goods() -> None:
    assert _transfers("France sent military trainers to Chad in April.") == []
    assert _transfers("Turkey dispatched trainers and advisers to Somalia.") == []
    assert _transfers("Britain sent trainers who will teach Kenyan soldiers to Nairobi.") == []


def test_a_groups_trainers_are_its_men() -> None:
    assert _transfers("Wagner trainers arrived in Mali last month.") == []


def test_co_subjects_agreeing_on_a_sale_the_make_tells_the_seller() -> None:
    (t,) = _transfers("Algeria and Russia have agreed on the sale of 14 more Su-57 fighters.")
    assert pair(t) == ("Russia", "Algeria")
    assert t.status == "planned"
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 14


def test_co_subjects_agreeing_to_a_sale_with_the_seller_named_second_or_first() -> None:
    (t,) = _transfers("Manila and Seoul agreed to the sale of 12 FA-50 jets.")
    assert pair(t) == ("South Korea", "Philippines") and t.status == "planned"
    (t,) = _transfers("Sweden and Thailand agreed upon the sale of Gripen fighters.")
    assert pair(t) == ("Sweden", "Thailand")


def test_co_subjects_agreeing_on_a_sale_of_no_known_make_give_nothing() -> None:
    assert _transfers("Greece and Italy agreed on the sale of four frigates.") == []


def test_co_subjects_agreeing_on_a_transfer_to_a_third_state_both_supply() -> None:
    ts = _transfers("Denmark and Norway agreed on the transfer of 20 CV90 vehicles to Ukraine.")
    assert {pair(t) for t in ts} == {("Denmark", "Ukraine"), ("Norway", "Ukraine")}


def _vias(t: Transfer) -> list[str | None]:
    """The names of a transfer's go-betweens."""
    return [p.entity.name if p.entity is not None else p.description for p in t.intermediaries]


def test_a_port_where_the_goods_told_before_were_unloaded_is_a_stop() -> None:
    (t,) = _transfers("Russia sent 20 tanks to Niger in May. The tanks were unloaded at Conakry port.")
    assert pair(t) == ("Russia", "Niger")
    assert _vias(t) == ["Guinea"]
    assert t.date == "2025-05" and t.status == "reported"
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 20


def test_a_town_where_a_groups_goods_were_offloaded_is_a_stop() -> None:
    (t,) = _transfers(
        "Iran shipped anti-ship missiles to the Houthis last year. The missiles were offloaded in Djibouti, "
        "officials said."
    )
    assert pair(t) == ("Iran", "Houthis")
    assert _vias(t) == ["Djibouti"]


def test_goods_unloaded_in_the_receivers_own_capital_stay_one_transfer() -> None:
    (t,) = _transfers("Russia sent 20 tanks to Niger in May. The tanks were unloaded in Niamey.")
    assert pair(t) == ("Russia", "Niger") and _vias(t) == []
