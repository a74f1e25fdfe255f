"""English gaps of session 28: a gerund after "charged with" the parse reads as a noun ("charged
with smuggling rifles"), the delivery date told beside an order ("ordered 48 jets, with deliveries
in 2027"), a deal's expansion or a deal whose goods a clause of covering lists, the loose rockets of a
launcher ("Grad rockets": ammunition); and what must stay no transfer (use alone, "accused of lying")."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records, transfers

from materiel.model import Transfer

PUB = "2025-03-10"

_pairs = partial(pairs, lang="en", published=PUB)
_records = partial(records, lang="en", published=PUB)
_transfers = partial(transfers, lang="en", published=PUB)


def _categories(t: Transfer) -> list[tuple[str, str]]:
    return [(i.text, i.category) for i in t.items]


# 1. the US organ that notifies or approves a sale stands for the United States (the seller)


def test_pentagon_informing_lawmakers_of_a_planned_sale_sells() -> None:
    got = _records("The Pentagon informed lawmakers of a planned sale of 40 F-16s to Turkey on Tuesday.")
    assert [(s, r, st) for s, r, _d, st in got] == [("United States", "Turkey", "planned")]


def test_state_department_approving_a_possible_sale_sells() -> None:
    got = _records("The State Department approved a possible sale to Poland of 96 Apache helicopters, the agency said.")
    assert [(s, r, st) for s, r, _d, st in got] == [("United States", "Poland", "planned")]


def test_foreign_parliament_approving_its_own_purchase_keeps_its_buyer() -> None:
    got = _pairs("Poland's parliament approved the purchase of 32 F-35 jets from the United States on Friday.")
    assert got == {("United States", "Poland")}


# 2. "charged with smuggling rifles": the gerund the parse reads as a compound noun is the act


def test_charged_with_smuggling_rifles_read_as_a_noun_is_the_act() -> None:
    got = _records("A Turkish company was charged with smuggling rifles to Libya last year.")
    assert [(r, st) for _s, r, _d, st in got] == [("Libya", "alleged")]


def test_charged_with_shipping_drone_parts_is_alleged() -> None:
    got = _records("Prosecutors said a Chinese firm was charged with shipping drone parts to Iran.")
    assert [(r, st) for _s, r, _d, st in got] == [("Iran", "alleged")]


def test_accused_of_supplying_shells_names_the_accused_supplier() -> None:
    got = _records("North Korea has been accused of supplying artillery shells to Russia.")
    assert got == [("North Korea", "Russia", None, "alleged")]


def test_charged_with_a_shipping_offence_is_no_transfer() -> None:
    assert _transfers("The captain was charged with shipping fraud and lying to customs officers.") == []


def test_accused_of_lying_is_no_transfer() -> None:
    assert _transfers("The defence minister was accused of lying about the tank deal with Germany.") == []


# 3. "ordered 48 jets, with deliveries in 2027": the deliveries' date is the order's record's


def test_order_with_deliveries_in_a_year_is_dated_by_them() -> None:
    got = _records("Poland ordered 48 KF-21 jets from Korea Aerospace Industries, with deliveries in 2027.")
    assert got == [("South Korea", "Poland", "2027", "planned")]


def test_order_with_deliveries_due_next_year_is_dated_by_them() -> None:
    got = _records("Indonesia said it had ordered 24 Rafale jets from France, with deliveries due next year.")
    assert got == [("France", "Indonesia", "2026", "planned")]


def test_a_later_lot_told_with_with_keeps_its_own_date() -> None:
    got = _records("Taiwan received 38 tanks from the US in December, with the remaining 70 to follow in 2026.")
    assert ("United States", "Taiwan", "2024-12", "reported") in got
    assert ("United States", "Taiwan", "2026", "planned") in got


# 4. a deal's expansion or extension, and a deal whose goods a clause of covering lists


def test_expansion_of_a_deal_covering_interceptors_is_a_transfer() -> None:
    got = _records("Germany and Ukraine agreed a €3.1 billion expansion of the deal covering 200 IRIS-T interceptors.")
    assert got == [("Germany", "Ukraine", None, "planned")]


def test_extension_of_a_contract_to_include_tanks_is_a_transfer() -> None:
    got = _pairs("Norway agreed an extension of its contract with Germany to include 30 more Leopard tanks.")
    assert got == {("Germany", "Norway")}


def test_deal_signed_with_a_seller_covering_goods_is_a_transfer() -> None:
    [t] = _transfers("Poland signed a €2 billion deal with South Korea on Friday covering 180 K2 tanks.")
    assert (t.supplier and t.supplier.entity and t.supplier.entity.name) == "South Korea"
    assert _categories(t) == [("K2 tanks", "armoured-vehicle")]


def test_expansion_of_a_base_is_no_transfer() -> None:
    assert _transfers("The ministry announced an expansion of the base covering 200 hectares.") == []


# 5. the head noun decides a named system's kind: "Grad rockets" are ammunition


def test_launcher_rockets_and_rounds_are_ammunition() -> None:
    ts = _transfers("Russia sent 500 Grad rockets to Belarus. The US delivered HIMARS rounds to Ukraine.")
    assert [_categories(t) for t in ts] == [[("Grad rockets", "ammunition")], [("HIMARS rounds", "ammunition")]]


def test_launchers_of_a_rocket_system_stay_launchers() -> None:
    [t] = _transfers("Russia sent twelve Grad launchers to Mali last year.")
    assert _categories(t) == [("Grad launchers", "rocket-launcher")]


def test_engines_of_a_drone_are_parts_and_missiles_stay_missiles() -> None:
    ts = _transfers("Iran supplied Shahed engines to Russia. North Korea sent Iskander missiles to Russia.")
    assert [_categories(t) for t in ts] == [[("Shahed engines", "components")], [("Iskander missiles", "missile")]]


# 7. use alone is no transfer


def test_use_of_drones_alone_is_no_transfer() -> None:
    assert _transfers("Russia used drones against Kyiv overnight, the air force said.") == []
