"""English gaps, eleventh round: a state told as another's donor or supplier with no goods names who
its next act goes to ("Germany is Ukraine's largest donor. It has delivered tanks"); a pronoun doing
its own deed noun under a speech verb ("said it had completed its F-16 deliveries") is the speaker;
two clauses of one sentence, each with a subject of its own, lend each other no party; unnamed sources a
nationality adjective qualifies ("Turkish sources") are a third party telling, not the state; "the
manufacturer" takes up only a firm told with the goods in question; a possessive description in
apposition ("China, the country's other supplier") is not the name it stands beside; a firm named
with a state ("France's KNDS") acts for that state; a designator's closing letter ("AIM-9M") starts no
garbled name; the denial verbs live in one shared list."""

from __future__ import annotations

from functools import partial

from tests.parties import pair, pairs, transfers

from materiel.lexicon import DENYING_VERBS_EN
from materiel.model import Transfer
from materiel.pipeline import analyze_text

PUB = "2025-06-10"
_transfers = partial(transfers, lang="en", published=PUB)
_pairs = partial(pairs, lang="en", published=PUB)


def _goods(t: Transfer) -> list[str]:
    return [it.text for it in t.items]


# 1. a possessive recipient in a copular sentence carries to the supplier's next act


def test_donor_of_a_state_names_where_its_next_act_goes() -> None:
    (t,) = _transfers("Germany is Ukraine's largest donor in Europe. It has delivered tanks.")
    assert pair(t) == ("Germany", "Ukraine")
    assert _goods(t) == ["tanks"]


def test_supplier_with_no_goods_names_where_its_next_act_goes() -> None:
    (t,) = _transfers("France is Ukraine's second-largest supplier in Europe. It has sent Caesar howitzers.")
    assert pair(t) == ("France", "Ukraine")


def test_next_act_to_a_named_recipient_keeps_it() -> None:
    (t,) = _transfers("Germany is Ukraine's largest donor in Europe. It has also delivered tanks to Moldova.")
    assert pair(t) == ("Germany", "Moldova")


def test_an_ally_is_no_supplier() -> None:
    assert _transfers("Russia is Syria's closest ally. It has sent jets.") == []


# 2. a deed noun as the subject of begin / start / resume (held)


def test_deliveries_that_began_go_to_their_recipient() -> None:
    (t,) = _transfers("Deliveries of K2 tanks to Poland began last August.")
    assert pair(t) == (None, "Poland")
    assert t.date == "2024-08"


def test_shipments_that_started_go_to_their_recipient() -> None:
    (t,) = _transfers("Shipments of artillery shells to Estonia started in May.")
    assert pair(t) == (None, "Estonia")
    assert t.date == "2025-05"


def test_deliveries_of_goods_told_before_that_began_are_that_deal_delivered() -> None:
    records = _transfers("Peru ordered 24 Gripen jets from Sweden. Deliveries of the jets began in 2024.")
    assert ("Sweden", "Peru", "2024", "reported") in {(*pair(t), t.date, t.status) for t in records}


def test_deliveries_of_goods_told_before_that_resumed() -> None:
    records = _transfers("Egypt bought K9 howitzers from South Korea. Shipments of the howitzers resumed in May.")
    assert ("South Korea", "Egypt", "2025-05", "reported") in {(*pair(t), t.date, t.status) for t in records}


def test_deliveries_of_goods_told_before_that_are_discussed_are_no_act() -> None:
    records = _transfers("Peru ordered 24 Gripen jets from Sweden. Deliveries of the jets were discussed in 2024.")
    assert all(t.status == "planned" for t in records)


# 3. a pronoun doing its own deed noun under a speech verb


def test_pronoun_completing_its_own_deliveries_is_the_speaker() -> None:
    records = _transfers(
        "Norway pledged six F-16 jets to Ukraine in 2023. On Monday, the Norwegian defence ministry said it "
        "had completed its F-16 deliveries."
    )
    assert {pair(t) for t in records} == {("Norway", "Ukraine")}
    assert any(t.status == "confirmed" for t in records)


def test_deliveries_completed_without_recipient_take_the_one_before() -> None:
    records = _transfers("Denmark sent its last F-16 jets to Ukraine in May. Norway has completed its F-16 deliveries.")
    assert {pair(t) for t in records} == {("Denmark", "Ukraine"), ("Norway", "Ukraine")}


# 4. coordinated clauses lend no party


def test_buyer_of_one_clause_is_no_recipient_of_the_next() -> None:
    assert _pairs("Hungary bought tanks, and Sweden sent jets to Slovakia.") == {
        (None, "Hungary"),
        ("Sweden", "Slovakia"),
    }


def test_buyer_of_one_clause_is_no_recipient_of_a_clause_with_none() -> None:
    assert ("Sweden", "Hungary") not in _pairs("Hungary bought tanks, and Sweden sent jets.")


def test_receiver_of_one_clause_gets_no_supplier_from_the_next() -> None:
    assert ("Sweden", "Poland") not in _pairs("Poland received tanks, and Sweden sent jets to Slovakia.")


def test_one_subject_doing_two_acts_still_supplies_the_second() -> None:
    assert ("Hungary", "Slovakia") in _pairs("Hungary bought tanks and sent jets to Slovakia.")


def test_goal_of_the_first_clause_still_goes_to_the_second() -> None:
    assert _pairs("The US sent Abrams tanks to Ukraine, and Germany delivered Leopard tanks.") == {
        ("United States", "Ukraine"),
        ("Germany", "Ukraine"),
    }


# 5. nationality adjective + sources


def test_sources_of_a_nation_do_not_confirm_its_act() -> None:
    a = analyze_text("Turkish sources said Ankara had sent drones to Libya.", lang="en", published=PUB)
    (t,) = a.transfers
    assert pair(t) == ("Turkey", "Libya")
    assert t.status == "reported"
    assert all(c.speaker is None or c.speaker.entity is None for c in a.claims)


def test_sources_of_the_recipient_nation_do_not_confirm() -> None:
    (t,) = _transfers("Iran sent drones to Russia, Russian sources said.")
    assert t.status == "reported"


def test_officials_of_a_nation_speak_for_it() -> None:
    (t,) = _transfers("Iranian officials said Tehran had sent drones to Russia.")
    assert t.status == "confirmed"


def test_the_state_itself_still_confirms() -> None:
    (t,) = _transfers("Turkey said it had sent drones to Libya.")
    assert t.status == "confirmed"


def test_a_named_ministry_still_confirms() -> None:
    (t,) = _transfers("Turkey's defence ministry said it had sent drones to Libya.")
    assert t.status == "confirmed"


# 6. "the manufacturer" takes up only a maker told with the goods


def _speakers(text: str) -> set[str | None]:
    a = analyze_text(text, lang="en", published=PUB)
    return {c.speaker.entity.name if c.speaker is not None and c.speaker.entity else None for c in a.claims}


def test_firm_in_other_business_is_not_the_manufacturer() -> None:
    assert "Airbus" not in _speakers(
        "Airbus won a satellite contract last week. Kenya received six TB2 drones from Turkey, the manufacturer said."
    )


def test_firm_told_without_goods_is_not_the_manufacturer() -> None:
    text = (
        "Rheinmetall opened a plant in Lithuania. Ukraine received Leopard tanks from Germany. "
        "The manufacturer said more would follow."
    )
    assert _speakers(text) <= {None}


def test_firm_told_with_the_goods_is_the_manufacturer() -> None:
    assert _speakers("Baykar makes the TB2 drone. Kenya received six TB2 drones, the manufacturer said.") == {"Turkey"}


# 7. a possessive description in apposition is another party


def test_apposed_country_owning_the_supplier_is_the_one_before() -> None:
    (t,) = _transfers("Russia is Myanmar's main arms supplier. China, the country's other main supplier, sent jets.")[
        1:
    ]
    assert pair(t) == ("China", "Myanmar")


def test_apposed_owner_is_not_the_source_told_before() -> None:
    records = _transfers(
        "Serbia buys most of its arms from Russia. China, the country's second supplier, sold FK-3 systems."
    )
    assert ("China", "Serbia") in {pair(t) for t in records}
    assert ("China", "Russia") not in {pair(t) for t in records}


def test_description_that_is_the_name_itself_still_takes_it_up() -> None:
    (t,) = _transfers("Iran, the country that built the Shahed, sent drones to Russia.")
    assert pair(t) == ("Iran", "Russia")


# 8. a firm named with a state acts for it; a funder is no supplier


def test_firm_owned_by_a_named_state_supplies_for_it() -> None:
    (t,) = _transfers("Denmark will fund the purchase of Caesar howitzers from France's KNDS for Ukraine.")
    assert pair(t) == ("France", "Ukraine")
    assert t.status == "planned"


def test_firm_followed_by_its_state_supplies_for_it() -> None:
    (t,) = _transfers("Denmark will fund the purchase of Caesar howitzers from KNDS France for Ukraine.")
    assert pair(t) == ("France", "Ukraine")


def test_firm_with_no_state_named_keeps_its_home() -> None:
    (t,) = _transfers("Ukraine received Leopard tanks built by KNDS.")
    assert pair(t) == ("Germany", "Ukraine")


# 9. designators closing on a letter


def test_designator_closing_on_a_letter_stays_whole() -> None:
    (t,) = _transfers("The US sent AIM-9M missiles to Ukraine.")
    assert _goods(t) == ["AIM-9M missiles"]


def test_several_designators_closing_on_letters() -> None:
    (t,) = _transfers("Norway sent AIM-9X missiles and AIM-120C missiles to Ukraine.")
    assert _goods(t) == ["AIM-9X missiles", "AIM-120C missiles"]


# 10. a vessel's capacity is no lot of goods


def test_what_a_vessel_can_carry_counts_no_goods() -> None:
    (t,) = _transfers("Iran sent ammunition to Syria aboard a vessel able to carry 40 containers.")
    assert pair(t) == ("Iran", "Syria")
    assert [it.quantity for it in t.items] == [None]


# 11. one list of denying verbs


def test_denial_verbs_are_one_shared_list() -> None:
    assert {"deny", "reject", "refute", "dismiss", "rebut", "disavow"} <= DENYING_VERBS_EN
    (t,) = _transfers("Iran rejects US claims that it has sent missiles to Russia.")
    assert pair(t) == ("Iran", "Russia")


def test_disavowing_a_report_makes_its_author_no_supplier() -> None:
    # (the parser repair reads the shared list too: "US claims" is what is disavowed, not a clause)
    assert ("United States", "Russia") not in _pairs("Iran disavows US claims that it has sent missiles to Russia.")
