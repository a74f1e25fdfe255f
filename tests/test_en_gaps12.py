"""English gaps, twelfth round: a pledge naming no one to receive it goes to the state whose want of
goods of that kind the sentence before tells ("Ukraine's air defences are stretched thin. Germany has
promised more Patriot systems"), or to the one party every other act of the story goes to, told
before or after it; plain "Korea" and "Korean" in arms-trade copy are the South's unless the North is
told nearby; a carrier that brings goods moves them ("the vessel brought shells from North Korea to
Russia"); paying for goods buys them, and a state paying a foreign seller for goods for another only
funds them; a request with no one asked in its sentence ("Zelenskyy has asked for more Patriot
systems") takes no supplier from the acts told around it."""

from __future__ import annotations

from functools import partial

from tests.parties import pair, pairs, transfers

PUB = "2025-06-10"
_transfers = partial(transfers, lang="en", published=PUB)
_pairs = partial(pairs, lang="en", published=PUB)


# --- a pledge with no recipient in its sentence ---


def test_pledge_after_the_want_of_goods_of_its_kind_goes_to_the_state_in_want() -> None:
    (t,) = _transfers(
        "Ukraine's air defences are stretched thin after a month of Russian strikes. "
        "Germany has promised more Patriot systems."
    )
    assert pair(t) == ("Germany", "Ukraine")
    assert t.status == "planned"


def test_pledge_after_a_state_needing_the_goods() -> None:
    (t,) = _transfers("Kyiv urgently needs more air defence systems. Norway has pledged two NASAMS batteries.")
    assert pair(t) == ("Norway", "Ukraine")


def test_pledge_before_the_story_acts_all_to_one_recipient() -> None:
    assert _pairs(
        "Germany has promised two more IRIS-T systems. The United States will send 31 Abrams tanks to "
        "Ukraine, and Britain has delivered 14 Challenger tanks to Kyiv."
    ) == {("Germany", "Ukraine"), ("United States", "Ukraine"), ("United Kingdom", "Ukraine")}


def test_pledge_in_a_story_of_no_recipient_stays_dropped() -> None:
    assert _transfers("Germany has promised more Patriot systems, the chancellor said on Monday.") == []


def test_pledge_after_strikes_on_a_state_is_not_the_strikers() -> None:
    # (the sentence before names the attacker and the attacked, and drones of another kind)
    assert (
        _transfers("Russia fired 400 drones at Ukraine's cities overnight. Germany has promised more Patriot systems.")
        == []
    )


def test_pledge_in_a_story_of_two_recipients_takes_neither() -> None:
    assert _pairs("Sweden has promised more CV90 vehicles. Turkey sold Bayraktar drones to Ukraine and to Niger.") == {
        ("Turkey", "Ukraine"),
        ("Turkey", "Niger"),
    }


# --- bare "Korea" ---


def test_bare_korea_selling_tanks_is_the_south() -> None:
    (t,) = _transfers("Poland bought 180 tanks from Korea in 2022.")
    assert pair(t) == ("South Korea", "Poland")


def test_korean_goods_ordered_are_the_souths() -> None:
    (t,) = _transfers("Romania has ordered 54 Korean K9 howitzers.")
    assert pair(t) == ("South Korea", "Romania")


def test_bare_korea_beside_pyongyang_is_the_north() -> None:
    (t,) = _transfers("Russia has received millions of artillery shells from Korea, Pyongyang's envoy said.")
    assert pair(t) == ("North Korea", "Russia")


def test_korean_goods_after_the_north_is_told_are_the_norths() -> None:
    assert _pairs(
        "North Korea has sent millions of shells to Russia. Ukrainian gunners say the Korean shells often misfire."
    ) == {("North Korea", "Russia")}


def test_korean_war_names_no_state() -> None:
    (t,) = _transfers("Colombia sent Ukraine old rifles from the Korean War era.")
    assert pair(t) == ("Colombia", "Ukraine")


# --- "bring" ---


def test_a_vessel_bringing_goods_from_one_state_to_another() -> None:
    (t,) = _transfers("The vessel brought artillery shells from North Korea to Russia in October.")
    assert pair(t) == ("North Korea", "Russia")
    assert [it.text for it in t.items] == ["artillery shells"]


def test_a_state_bringing_goods_to_another() -> None:
    (t,) = _transfers("Iran brought Shahed drones to Russia by sea, officials said.")
    assert pair(t) == ("Iran", "Russia")


def test_bringing_a_total_to_a_figure_is_no_delivery() -> None:
    (t,) = _transfers("The new order brings the total number of K2 tanks ordered by Poland to 360.")
    assert pair(t) == (None, "Poland")
    assert t.status == "planned"


def test_bringing_a_fleet_to_a_number_is_no_delivery() -> None:
    assert _transfers("The purchase brought Poland's fleet of F-35 jets to 32.") == []


# --- "pay for" ---


def test_paying_a_state_for_goods_buys_them() -> None:
    (t,) = _transfers("Poland will pay South Korea for 48 K9 howitzers.")
    assert pair(t) == ("South Korea", "Poland")
    assert t.status == "planned"


def test_paying_a_foreign_seller_for_goods_for_another_only_funds_them() -> None:
    (t,) = _transfers("Denmark will pay for 18 Caesar howitzers from France's KNDS for Ukraine.")
    assert pair(t) == ("France", "Ukraine")
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 18


def test_paying_for_goods_for_another_with_no_seller_supplies_them() -> None:
    (t,) = _transfers("Germany paid for two Patriot systems for Ukraine.")
    assert pair(t) == ("Germany", "Ukraine")


def test_paying_for_repairs_buys_no_goods() -> None:
    assert _transfers("Ukraine will pay for the repairs of its Leopard tanks.") == []


def test_paying_for_the_war_buys_no_goods() -> None:
    assert _transfers("Russia will pay a heavy price for its war against Ukraine.") == []


# --- a request with no one asked ---


def test_request_with_no_one_asked_takes_no_supplier_from_the_act_before() -> None:
    first, asked = _transfers(
        "Germany sent two Patriot systems to Ukraine last year. Zelenskyy has asked for more Patriot systems."
    )
    assert pair(first) == ("Germany", "Ukraine")
    assert pair(asked) == (None, "Ukraine")
    assert asked.status == "requested"


def test_request_with_no_one_asked_takes_no_supplier_from_the_pledge_after() -> None:
    asked, pledge = _transfers(
        "Ukraine has asked for more air defence systems. Germany has promised two more Patriot systems."
    )
    assert pair(asked) == (None, "Ukraine")
    assert pair(pledge) == ("Germany", "Ukraine")


def test_request_naming_the_one_asked_keeps_it() -> None:
    _, asked = _transfers(
        "Germany sent IRIS-T systems to Ukraine in May. Kyiv has asked Berlin for more IRIS-T systems."
    )
    assert pair(asked) == ("Germany", "Ukraine")
    assert asked.status == "requested"


def test_request_for_systems_of_the_givers_make_is_put_to_it() -> None:
    _, asked = _transfers(
        "Russia delivered Yak-130 trainers to Iran in 2023. Tehran has since asked for more Yak-130 trainers."
    )
    assert pair(asked) == ("Russia", "Iran")
    assert asked.status == "requested"
