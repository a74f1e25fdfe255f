"""English items: a bare word told after the one named system of its kind that names it again (its
head noun after a gloss, "the first jets" pointing back, its head noun with the deal's figure), and
two goods of one system listed side by side with figures of their own ("48 Patriot launchers and
644 PAC-3 interceptors"); goods told beside a named system stay items of their own."""

from __future__ import annotations

from functools import partial

from tests.parties import pair

from materiel.pipeline import analyze_text

PUB = "2025-03-10"


_run = partial(analyze_text, lang="en", published=PUB)


def _items(text: str) -> list[tuple[str | None, str, float | None]]:
    """(name, category, count) of the goods of the text's one transfer."""
    (t,) = _run(text).transfers
    return [
        (i.entity.name if i.entity else i.name, i.category, i.quantity.value if i.quantity else None) for i in t.items
    ]


# a bare word pointing back to the named system ("the first aircraft", "the new jets")


def test_the_first_aircraft_after_named_fighters_is_the_same_item() -> None:
    assert _items(
        "Croatia signed a deal with France for 12 Rafale fighters last year, with the first aircraft due in 2027."
    ) == [("Rafale", "aircraft", 12)]


def test_the_new_jets_after_named_fighters_is_the_same_item() -> None:
    assert _items(
        "Hungary agreed to buy four Gripen fighters from Sweden, and the new jets will be based at Kecskemet."
    ) == [("Gripen", "aircraft", 4)]


# the named system's own head noun told after a gloss in brackets or a shared modifier


def test_head_noun_after_a_bracketed_gloss_is_one_item() -> None:
    t = _run(
        "Iraq ordered eight batteries of the Cheongung-II (KM-SAM Block II) medium-range air defence system "
        "from South Korea in 2024."
    ).transfers[0]
    assert [i.text for i in t.items] == ["Cheongung-II (KM-SAM Block II) medium-range air defence system"]


def test_air_and_missile_defence_system_after_a_name_is_one_item() -> None:
    t = _run("Israel sold Morocco the Barak MX air and missile defence system in 2022.").transfers[0]
    assert [i.text for i in t.items] == ["Barak MX air and missile defence system"]


# the head noun with the deal's figure, told after the system: the figure goes with the system


def test_counted_head_noun_after_the_named_launcher_gives_it_the_figure() -> None:
    assert _items("For the Chunmoo rocket launcher, Poland signed for 72 launchers with South Korea in 2024.") == [
        ("K239 Chunmoo", "rocket-launcher", 72)
    ]


# kept apart: goods listed beside the system, other goods, another figure


def test_scout_cars_listed_after_named_carriers_stay_an_item() -> None:
    items = _items("Russia delivered BTR-80 armoured personnel carriers and BRDM scout cars to Mali in May.")
    assert [n for n, _, _ in items] == ["BTR-80", None]


def test_other_aircraft_after_named_jets_stay_an_item() -> None:
    items = _items("Egypt bought 24 Rafale jets from France in 2015, along with two other aircraft.")
    assert ("Rafale", "aircraft", 24) in items and (None, "aircraft", 2) in items


def test_a_counted_word_of_another_kind_after_named_jets_stays_an_item() -> None:
    items = _items("Indonesia bought 42 Rafale jets from France and 2 transport aircraft in 2022.")
    assert len(items) == 2


# two goods of one system, each with its own figure, listed side by side


def test_launchers_and_interceptors_of_one_system_with_own_figures_are_two_items() -> None:
    assert _items("Romania bought 4 Patriot launchers and 200 PAC-3 missiles from the United States.") == [
        ("Patriot", "air-defence", 4),
        ("Patriot", "air-defence", 200),
    ]


def test_sale_of_launchers_and_mse_missiles_keeps_both_figures() -> None:
    (t,) = _run(
        "The State Department cleared the sale to Spain of 12 Patriot launchers and 300 PAC-3 MSE missiles."
    ).transfers
    assert pair(t)[1] == "Spain"
    assert sorted(i.quantity.value for i in t.items if i.quantity) == [12, 300]


def test_one_system_told_twice_with_one_figure_stays_one_item() -> None:
    assert _items("Germany sent 3 Patriot systems to Ukraine; the 3 Patriot systems arrived in May.") == [
        ("Patriot", "air-defence", 3)
    ]


# coordinated suppliers and named systems each of one supplier's make: each supplier its own make


def _goods_of(text: str) -> dict[str | None, list[str | None]]:
    return {pair(t)[0]: [i.entity.name if i.entity else i.name for i in t.items] for t in _run(text).transfers}


def test_coordinated_suppliers_each_get_their_own_make() -> None:
    assert _goods_of("Britain and the United States gave Ukraine Challenger 2 and Abrams tanks in 2023.") == {
        "United Kingdom": ["Challenger 2"],
        "United States": ["M1 Abrams"],
    }


def test_goods_of_no_make_stay_with_every_supplier() -> None:
    goods = _goods_of("The United States and Germany sent HIMARS launchers, Gepard guns and ammunition to Ukraine.")
    assert goods == {"United States": ["HIMARS", None], "Germany": ["Gepard", None]}


def test_one_make_for_two_suppliers_stays_with_both() -> None:
    goods = _goods_of("Germany and Norway sent Leopard tanks to Ukraine last spring.")
    assert goods == {"Germany": ["Leopard 2"], "Norway": ["Leopard 2"]}


def test_a_make_of_no_supplier_leaves_the_goods_with_all() -> None:
    goods = _goods_of("Poland and Slovakia sent MiG-29 jets and Krab howitzers to Ukraine.")
    assert all(len(v) == 2 for v in goods.values())


# a bare word glossed by the types named right after it ("missiles of type X and Y")


def test_missiles_of_type_two_named_are_the_named_ones() -> None:
    assert _items("Russia received from Iran missiles of type Fateh-110 and Zolfaghar last year.") == [
        ("Fateh-110", "missile", None),
        ("Zolfaghar", "missile", None),
    ]


def test_systems_of_the_type_named_are_the_named_one() -> None:
    assert _items("Belarus bought air defence systems of the type S-400 from Russia in 2024.") == [
        ("S-400", "air-defence", None)
    ]


def test_a_bare_word_of_another_kind_before_the_types_stays() -> None:
    items = _items("Iran sent Russia missiles and drones of type Shahed-136 last year.")
    assert (None, "missile", None) in items and ("Shahed-136", "drone", None) in items


# goods bought from a seller and shipped on by parties of no state, then forwarded: one journey


def test_bought_shipped_then_forwarded_is_one_journey_through_the_first_stop() -> None:
    (t,) = _run(
        "Two brokers bought oscilloscopes and microchips from U.S. distributors and shipped them to a firm "
        "in Tbilisi, Georgia. The goods were then forwarded to buyers in Russia."
    ).transfers
    assert pair(t) == ("United States", "Russia")
    assert {i.entity.name for i in t.intermediaries if i.entity} == {"Georgia"}


def test_bought_and_shipped_with_nothing_forwarded_stays_at_the_first_stop() -> None:
    (t,) = _run(
        "Two brokers bought oscilloscopes and microchips from U.S. distributors and shipped them to a firm "
        "in Tbilisi, Georgia, prosecutors said."
    ).transfers
    assert pair(t) == ("United States", "Georgia")
