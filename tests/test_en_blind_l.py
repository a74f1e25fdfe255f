"""English fixes from a blind batch of defence-trade and think-tank pieces: a seized cargo whose origin and
destination a relative clause of saying tells, suppliers' shares of a state's imports with the verb left
out after the first, and lots still to come told in a "with" clause."""

from __future__ import annotations

from functools import partial

from tests.parties import of_pair as _of_pair
from tests.parties import pairs as _pairs_of

from materiel.model import Transfer
from materiel.pipeline import analyze_text

PUB = "2025-08-20"


_run = partial(analyze_text, lang="en", published=PUB)
_pairs = partial(_pairs_of, lang="en", published=PUB)


def _quantity(t: Transfer) -> float | None:
    q = t.items[0].quantity if t.items else None
    return q.value if q is not None else None


# a relative clause of saying on the goods tells where they came from and were going


def test_goods_a_saying_clause_calls_of_a_states_origin_and_bound_for_a_group_are_an_alleged_transfer() -> None:
    a = _run(
        "The US Navy intercepted a dhow in the Gulf of Oman carrying 2,500 assault rifles that officials "
        "said were of Iranian origin and bound for the Houthis."
    )
    [t] = _of_pair(a, "Iran", "Houthis")
    assert t.status == "alleged" and _quantity(t) == 2500


def test_goods_a_saying_clause_says_were_shipped_from_a_state_to_a_group() -> None:
    a = _run(
        "French sailors seized a fishing boat carrying anti-tank missiles that investigators said were "
        "shipped from Iran to the Houthis."
    )
    [t] = _of_pair(a, "Iran", "Houthis")
    assert t.status == "alleged" and t.items[0].category == "anti-tank"


# shares of a state's imports, the verb left out after the first supplier


def test_a_gapped_share_after_account_for_is_another_supplier_of_the_same_imports() -> None:
    assert _pairs(
        "Russia accounted for 41 per cent of Algeria's arms imports in 2019-23 and China for 18 per cent, SIPRI said."
    ) == {("Russia", "Algeria"), ("China", "Algeria")}


def test_gapped_shares_of_its_imports_in_a_with_clause_each_supply_the_subject() -> None:
    assert _pairs(
        "India was the largest importer of major arms in 2019-23, receiving weapons from 18 states, with "
        "Russia accounting for 36 per cent of its imports, France for 33 per cent and the United States "
        "for 13 per cent."
    ) == {("Russia", "India"), ("France", "India"), ("United States", "India")}


def test_shares_of_a_states_exports_name_no_gapped_suppliers() -> None:
    a = _run("India accounted for 38 per cent of Russia's arms exports and China for 21 per cent, SIPRI said.")
    assert not _of_pair(a, "China", "India") and not _of_pair(a, "China", "Russia")


# a lot still to come told in a "with" clause


def test_the_remaining_lot_expected_in_a_with_clause_is_a_planned_delivery() -> None:
    a = _run(
        "Indonesia took delivery of the first three of 42 Rafale jets from France in January 2025, with the "
        "remaining 39 expected by 2026."
    )
    ts = {t.status: t for t in _of_pair(a, "France", "Indonesia")}
    assert set(ts) == {"reported", "planned"}
    assert _quantity(ts["reported"]) == 3 and ts["reported"].date == "2025-01"
    assert _quantity(ts["planned"]) == 39 and ts["planned"].date == "2026"


def test_the_rest_to_follow_in_a_with_clause_is_a_planned_delivery() -> None:
    a = _run("Qatar received the first 12 Rafales from France in 2019, with the rest to follow in 2020.")
    ts = {t.status: t for t in _of_pair(a, "France", "Qatar")}
    assert set(ts) == {"reported", "planned"} and ts["planned"].date == "2020"


# "the systems" after a named system: that system's goods, from the supplier told before


def test_the_systems_ordered_after_a_named_system_are_its_goods_from_the_supplier_told_before() -> None:
    a = _run(
        "Lithuania received its first NASAMS fire unit from Norway in 2020. Vilnius and Riga had jointly "
        "ordered the systems in 2017."
    )
    planned = [t for t in _of_pair(a, "Norway", "Lithuania") if t.status == "planned"]
    assert planned and planned[0].date == "2017" and planned[0].items[0].category == "air-defence"
    assert any(t.status == "planned" for t in _of_pair(a, "Norway", "Latvia"))


# firms told by where they are registered or based act for that state


def test_firms_registered_in_a_state_supply_from_it() -> None:
    a = _run("Companies registered in Hong Kong shipped drone engines to Russia in 2023.")
    [t] = _of_pair(a, "Hong Kong", "Russia")
    assert t.date == "2023" and t.items[0].category == "components"


def test_a_firm_based_in_a_state_sells_from_it_and_goods_measured_in_money_are_goods() -> None:
    a = _run(
        "A trading firm based in Kyrgyzstan sold $40 million of machine tools and microchips to Russia's "
        "defence industry last year."
    )
    assert _of_pair(a, "Kyrgyzstan", "Russia")


# the end of a journey giving goods back to the state it went through is no leg of that journey


def test_a_return_gift_to_the_state_a_journey_went_through_is_an_act_of_its_own() -> None:
    assert _pairs(
        "North Korea has sent about 100 Koksan guns to Russia, Kyiv said on Monday. The systems arrived in "
        "Russia by rail through the Tumangang crossing in North Korea. Seoul believes Russia has given "
        "Pyongyang Pantsir air defence systems in return."
    ) == {("North Korea", "Russia"), ("Russia", "North Korea")}


# a lot told by its rank and count said to be due


def test_the_final_counted_goods_said_to_be_due_are_a_planned_delivery() -> None:
    a = _run(
        "Greece received its first 18 Rafale jets from France in 2023. The final six jets are due in 2026, "
        "the ministry said."
    )
    planned = [t for t in _of_pair(a, "France", "Greece") if t.status == "planned"]
    assert len(planned) == 1 and planned[0].date == "2026" and _quantity(planned[0]) == 6


def test_the_last_lot_of_the_goods_ordered_told_after_a_semicolon_is_a_planned_delivery() -> None:
    a = _run(
        "Taiwan received the first 11 HIMARS launchers from the United States in 2024; the last 18 of the 29 "
        "launchers ordered in 2020 are due in 2026."
    )
    planned = [t for t in _of_pair(a, "United States", "Taiwan") if t.status == "planned" and t.date == "2026"]
    assert planned and _quantity(planned[0]) == 18


# "fire units" are goods


def test_fire_units_are_air_defence_goods() -> None:
    a = _run("Germany has sent three more fire units to Ukraine, the German defence ministry said on Monday.")
    [t] = _of_pair(a, "Germany", "Ukraine")
    assert t.items[0].category == "air-defence" and _quantity(t) == 3


# "weighing the transfer of": a plan under consideration


def test_weighing_the_transfer_of_goods_to_a_group_is_a_planned_transfer() -> None:
    a = _run(
        "Hezbollah has rebuilt its arsenal since the ceasefire. Western officials said in March that Iran was "
        "weighing the transfer of more Fateh-110 missiles to the group."
    )
    [t] = _of_pair(a, "Iran", "Hezbollah")
    assert t.status == "planned"


# a count before words and a calibre


def test_a_count_before_a_participle_and_a_calibre_counts_the_goods() -> None:
    a = _run("North Korea has sent about 20 newly built 240mm multiple rocket launchers to Russia, Kyiv said.")
    [t] = _of_pair(a, "North Korea", "Russia")
    assert _quantity(t) == 20 and t.items[0].category == "rocket-launcher"


# a headline naming an "assessment" is no hedge on the lead's report


def test_a_headline_ending_in_assessment_does_not_hedge_the_leads_report() -> None:
    a = _run(
        "Russian Offensive Campaign Assessment, August 19, 2025\n\n"
        "Ukrainian military intelligence reported on August 18 that North Korea has sent 30 more Koksan "
        "self-propelled guns to Russia."
    )
    [t] = _of_pair(a, "North Korea", "Russia")
    assert t.status == "reported" and _quantity(t) == 30


def test_an_assessment_as_the_subject_of_saying_still_hedges() -> None:
    a = _run("A US intelligence assessment says North Korea has sent 30 more Koksan guns to Russia.")
    [t] = _of_pair(a, "North Korea", "Russia")
    assert t.status == "alleged"


# a sale notice's "has requested to buy" lists the notified deal's goods


def test_a_sale_notices_request_to_buy_is_the_notified_deal_not_a_request_of_its_own() -> None:
    a = _run(
        "WASHINGTON - The State Department has made a determination approving a possible Foreign Military "
        "Sale to the Government of Romania of M1A2 Abrams tanks and related equipment for an estimated cost "
        "of $2.53 billion. The Government of Romania has requested to buy fifty-four (54) M1A2 Abrams tanks "
        "and twelve (12) M88A2 recovery vehicles."
    )
    [t] = _of_pair(a, "United States", "Romania")
    assert t.status == "planned" and _quantity(t) == 54


# the goods a participle of choosing on a purchase names, of a told make


def test_goods_chosen_in_a_participle_on_a_purchase_come_from_their_make_not_the_one_turned_down() -> None:
    assert _pairs(
        "Romania will buy 32 fighter jets, choosing the American F-35A over the Swedish Gripen, the defence "
        "ministry said."
    ) == {("United States", "Romania")}


def test_goods_opted_for_in_a_participle_on_a_purchase_come_from_their_make() -> None:
    assert _pairs("Colombia will buy 17 fighter jets, opting for the Swedish Gripen over the American F-16.") == {
        ("Sweden", "Colombia")
    }
