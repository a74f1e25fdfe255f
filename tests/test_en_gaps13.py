"""English gaps in goods and parties: goods told in a fronted "Among the weapons are" list, parts and
ammunition words the lexicon lacked ("seeker heads", "fuzes"), "parts for Quds cruise missiles and
Sayyad-2 missiles" (parts only), an attempt stopped before the goods left (no transfer), "the goods"
taking up the goods of the sentence before, a named system of another make told beside goods of one
origin, the party paid for goods for another (the seller), and containers a relative clause on the
destination says held shells."""

from __future__ import annotations

from functools import partial

from tests.parties import pair as _pair
from tests.parties import records
from tests.parties import via as _via

from materiel.pipeline import analyze_text

PUB = "2025-03-10"

_run = partial(analyze_text, lang="en", published=PUB)


def _goods(t: object) -> list[tuple[str, str]]:
    return [(i.text, i.category) for i in t.items]  # type: ignore[attr-defined]


# goods in a fronted "Among the weapons are ..." after the act told before


def test_among_the_weapons_lists_the_goods_of_the_act_before() -> None:
    [t] = _run(
        "Britain will send Ukraine a further $500 million in military aid, the defence ministry said. "
        "Among the weapons are Brimstone missiles, glide bombs and 10,000 mortar rounds."
    ).transfers
    assert _pair(t) == ("United Kingdom", "Ukraine")
    texts = [x for x, _ in _goods(t)]
    assert "glide bombs" in texts and "mortar rounds" in texts
    assert any(i.text == "mortar rounds" and i.quantity and i.quantity.value == 10000 for i in t.items)


def test_among_the_items_after_a_pledge_gives_that_pledge_its_goods() -> None:
    [t] = _run(
        "Germany has pledged a new aid package to Ukraine. Among the items are 20 Marder vehicles and Iris-T missiles."
    ).transfers
    assert _pair(t) == ("Germany", "Ukraine")
    assert {c for _, c in _goods(t)} == {"armoured-vehicle", "air-defence"}


def test_among_the_countries_names_no_goods() -> None:
    a = _run(
        "Germany has pledged a new aid package to Ukraine. Among the countries that welcomed it were Poland and Latvia."
    )
    assert [_pair(t) for t in a.transfers] in ([], [("Germany", "Ukraine")])
    assert all(not any(n in x for x, _ in _goods(t) for n in ("Poland", "Latvia")) for t in a.transfers)


# parts and ammunition words


def test_seeker_heads_and_fuzes_are_goods() -> None:
    [t] = _run(
        "China sold Russia seeker heads, gyroscopes and rocket motors, according to the investigators."
    ).transfers
    assert ("seeker heads", "components") in _goods(t)
    [t] = _run("Russia received fuzes, propellant and tank rounds from North Korea last year.").transfers
    assert _pair(t) == ("North Korea", "Russia")
    assert ("fuzes", "ammunition") in _goods(t)


def test_seeker_heads_in_a_bulleted_list() -> None:
    [t] = _run(
        "The Pentagon said the United States would send Ukraine more arms. The shipment will include:\n"
        "- 20 Bradley fighting vehicles\n- seeker heads for air-defence interceptors\n- 155mm artillery rounds"
    ).transfers
    assert ("seeker heads", "components") in _goods(t)


def test_parts_for_two_missiles_are_parts_only() -> None:
    [t] = _run(
        "Iran supplied Russia with parts for Quds cruise missiles and Sayyad-2 missiles, the report said."
    ).transfers
    assert _goods(t) == [("parts", "components")]


# an attempt stopped before the goods left moved nothing


def test_an_arranged_shipment_seized_before_it_left_is_no_transfer() -> None:
    assert (
        _run(
            "The firm arranged to send 200 thermal sights to Russia, but customs officers seized the goods "
            "before they left the country."
        ).transfers
        == []
    )
    assert (
        _run(
            "Prosecutors said the man had tried to ship gyroscopes to a buyer in Moscow, but the consignment "
            "was stopped at the border before it left Finland."
        ).transfers
        == []
    )


def test_goods_sent_before_a_later_batch_was_seized_stay_a_transfer() -> None:
    a = _run("The firm sent 200 seeker heads to Russia, and customs officers later seized a second batch.")
    assert [_pair(t)[1] for t in a.transfers] == ["Russia"]


def test_an_arranged_shipment_that_arrived_stays_a_transfer() -> None:
    a = _run("The firm arranged to send 200 thermal sights to Russia, and the goods reached Moscow in May.")
    assert [_pair(t)[1] for t in a.transfers] == ["Russia"]


# "the goods" take up the goods of the sentence before


def test_the_goods_forwarded_on_continue_the_purchase_told_before() -> None:
    a = _run(
        "A Hong Kong trading firm bought 300 thermal imaging cameras from a Chinese maker in 2023. "
        "The goods were shipped to companies in Kyrgyzstan and from there forwarded to Russia."
    )
    [t] = [t for t in a.transfers if _pair(t) == ("China", "Russia")]
    assert _goods(t) == [("thermal imaging cameras", "components")]
    assert _via(t) == {"Kyrgyzstan"}


def test_the_items_shipped_through_a_third_state() -> None:
    a = _run(
        "An Indian firm bought 500 microchips from a U.S. distributor. "
        "The items were later shipped to Russia through Armenia."
    )
    [t] = [t for t in a.transfers if _pair(t) == ("United States", "Russia")]
    assert _goods(t) == [("microchips", "components")] and _via(t) == {"Armenia"}


def test_the_goods_used_later_start_no_new_transfer() -> None:
    a = _run("Iran sent drones to Russia. The items were later used in attacks on Kyiv.")
    assert [_pair(t) for t in a.transfers] == [("Iran", "Russia")]


# a named system of another make told beside goods of one origin


def test_a_system_of_another_make_is_no_goods_of_the_origin_told() -> None:
    a = _run("Colombia picks Gripen and Peru eyes Korean tanks")
    assert all(not (_pair(t)[0] == "South Korea" and any(x == "Gripen" for x, _ in _goods(t))) for t in a.transfers)


def test_goods_of_one_make_keep_their_origin() -> None:
    [t] = _run("Russia received North Korean shells and KN-23 missiles.").transfers
    assert _pair(t) == ("North Korea", "Russia")


# the party paid for goods for another sells them


def test_the_party_paid_for_goods_for_another_is_the_seller() -> None:
    [t] = _run("Denmark will pay France for 18 Caesar howitzers for Ukraine.").transfers
    assert _pair(t) == ("France", "Ukraine")
    [t] = _run("The Netherlands will pay Germany for 12 Patriot interceptors for Ukraine.").transfers
    assert _pair(t) == ("Germany", "Ukraine")


def test_the_party_paid_for_goods_for_itself_is_the_seller() -> None:
    [t] = _run("Poland will pay South Korea for 48 K9 howitzers.").transfers
    assert _pair(t) == ("South Korea", "Poland")


# containers a relative clause says held shells


def test_containers_a_relative_clause_says_held_shells() -> None:
    [t] = _run(
        "North Korea has shipped some 6,700 containers to Russia, which the ministry estimated held more "
        "than 3 million artillery shells."
    ).transfers
    assert _pair(t) == ("North Korea", "Russia")
    [i] = t.items
    assert i.category == "artillery-ammunition" and i.quantity is not None and i.quantity.value == 3_000_000


def test_a_relative_clause_on_the_destination_without_containers_gives_no_goods() -> None:
    a = _run("North Korea has shipped workers to Russia, which the ministry estimated held 3 million shells.")
    assert a.transfers == []


# a participle of ordering on the goods dates the order, not the receipt


def test_goods_ordered_in_a_year_do_not_date_their_receipt() -> None:
    [t] = _run("Poland received 18 K2 tanks ordered in 2022 from South Korea.").transfers
    assert _pair(t) == ("South Korea", "Poland") and t.date is None


def test_a_day_after_the_order_year_dates_the_receipt() -> None:
    [t] = _run("Poland received the last 212 K9 howitzers ordered from South Korea in 2022 on Tuesday.").transfers
    assert t.date == "2025-03-04"


def test_a_receipt_dated_in_its_own_clause_keeps_its_date() -> None:
    [t] = _run("Egypt received Rafale jets from France in 2015.").transfers
    assert t.date == "2015"


# works told by their owner, and a firm named after its weapon


def test_goods_forwarded_to_plants_belonging_to_a_state_s_groups_reach_that_state() -> None:
    [t] = _run(
        "A German businessman sold lathes and milling machines from Germany in 2023. The goods were shipped to "
        "companies in Kyrgyzstan and Uzbekistan and from there forwarded to plants belonging to Russia's "
        "Tecmash and Kalashnikov groups, it said."
    ).transfers
    assert _pair(t) == ("Germany", "Russia")
    assert _via(t) == {"Kyrgyzstan", "Uzbekistan"}
    assert {c for _, c in _goods(t)} == {"dual-use"}


def test_a_rifle_sold_to_a_firm_named_after_it_stays_goods() -> None:
    [t] = _run("Serbia sold Kalashnikov rifles to the Kalashnikov group's dealers in Mali.").transfers
    assert any(c == "small-arms" for _, c in _goods(t))


# "announced a package on Monday, which includes ...": the relative hung on the day after the act noun


def test_a_package_announced_on_a_day_which_includes_goods() -> None:
    [t] = _run(
        "Germany announced a package on Monday, which includes 30 Leopard 1 tanks and guidance kits for Ukraine."
    ).transfers
    assert _pair(t) == ("Germany", "Ukraine")
    assert {c for _, c in _goods(t)} == {"armoured-vehicle", "components"}


# a lead that names its outlet is the outlet's report, whatever the body hedges after it


def test_lead_reported_by_an_outlet_keeps_its_status_over_a_hedged_body() -> None:
    lead = (
        "Drones cross the Caspian\n\nA report by the Financial Times citing unnamed sources said on Monday that "
        "Iran has shipped attack drones to Russia across the Caspian Sea.\n"
    )
    body = "At least 40 Shahed-136 drones are said to have been delivered to Russia's navy, according to the report.\n"
    assert [r[3] for r in records(lead + body, lang="en", published=PUB)] == ["reported"]
