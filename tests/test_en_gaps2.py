"""English constructions found missing in earlier sessions (second round): a participle read as an
adjective after "both", goods words hyphened or not, a system's designation the gazetteer lacks, a
batch told by "the first pair", a town the goods went through, and the firm running a carrier."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name as _name
from tests.parties import only, pair_list, transfers

from materiel.model import Transfer
from materiel.pipeline import analyze_text

PUB = "2025-11-20"
_transfers = partial(transfers, lang="en", published=PUB)
_pairs = partial(pair_list, lang="en", published=PUB)
_only = partial(only, lang="en", published=PUB)


def _vias(t: Transfer) -> list[str | None]:
    return [_name(p) for p in t.intermediaries]


# "have both armed Russia": the parser reads the participle as an adjective on the name after it


@pytest.mark.parametrize(
    ("text", "givers", "receiver"),
    [
        ("Iran and North Korea have both armed Russia, Western officials say.", {"Iran", "North Korea"}, "Russia"),
        ("Iran and Belarus have each armed Russia since the invasion began.", {"Iran", "Belarus"}, "Russia"),
        ("Tehran and Pyongyang both armed Moscow, the report found.", {"Iran", "North Korea"}, "Russia"),
        (
            "Iran and North Korea have both supplied Russia with munitions, officials say.",
            {"Iran", "North Korea"},
            "Russia",
        ),
    ],
)
def test_a_verb_after_a_floating_both_is_the_act(text: str, givers: set[str], receiver: str) -> None:
    pairs = _pairs(text)
    assert {s for s, _ in pairs} == givers
    assert {r for _, r in pairs} == {receiver}


def test_armed_forces_held_by_both_are_no_act() -> None:
    assert _transfers("Russia and Turkey have both armed forces deployed in Syria.") == []


# goods words written with a hyphen or a space


@pytest.mark.parametrize(
    ("text", "goods", "category"),
    [
        ("Iran supplied Venezuela with fast-attack boats in 2023.", "fast-attack boats", "naval"),
        ("Iran delivered four fast-attack craft to Venezuela.", "fast-attack craft", "naval"),
        ("Iran shipped loitering-munitions to Russia last year.", "loitering-munitions", "drone"),
        ("Germany sent anti aircraft guns to Ukraine in 2022.", "anti aircraft guns", "air-defence"),
        ("The United States delivered long range missiles to Ukraine.", "long range missiles", "missile"),
    ],
)
def test_a_goods_word_is_found_hyphened_or_not(text: str, goods: str, category: str) -> None:
    t = _only(text)
    [it] = t.items
    assert (it.text, it.category) == (goods, category)


# a designation the gazetteer lacks, right before a goods word, names the system


def test_an_unknown_designation_before_a_goods_word_names_the_system() -> None:
    t = _only("Beijing has sold 36 AH-4 howitzers to Nigeria.")
    assert (_name(t.supplier), _name(t.recipient)) == ("China", "Nigeria")
    [it] = t.items
    assert (it.text, it.name, it.category) == ("AH-4 howitzers", "AH-4", "other")
    assert it.quantity is not None and it.quantity.value == 36


def test_a_designation_with_letters_after_its_digits_is_kept_whole() -> None:
    [it] = _only("China supplied CH-95 drones to Algeria in 2024.").items
    assert (it.text, it.name, it.category) == ("CH-95 drones", "CH-95", "drone")


@pytest.mark.parametrize("text", ["Britain sent G7 weapons to Ukraine.", "Italy delivered COVID-19 weapons to Libya."])
def test_a_lone_letter_or_a_long_word_on_digits_is_no_designation(text: str) -> None:
    assert all(it.name is None for t in _transfers(text) for it in t.items)


# a batch told later by a ranked count noun


def test_the_first_pair_of_an_order_is_a_batch_of_its_own() -> None:
    text = "Ukraine ordered six Caesar howitzers from France. The first pair arrived in May."
    order, batch = _transfers(text)
    assert order.status == "planned"
    assert (_name(batch.supplier), _name(batch.recipient)) == ("France", "Ukraine")
    [it] = batch.items
    assert it.text == "Caesar howitzers" and it.quantity is not None and it.quantity.value == 2
    assert (batch.date, batch.status) == ("2025-05", "reported")


def test_the_first_pair_is_not_merged_with_a_later_lot_of_two() -> None:
    text = (
        "Myanmar has taken delivery of two more Su-30SME fighters from Russia. The first pair arrived in December 2022."
    )
    dates = sorted(t.date or "" for t in _transfers(text))
    assert dates == ["", "2022-12"]


def test_another_pair_follows_a_purchase() -> None:
    text = "Greece bought 24 Rafale jets from France. Another pair followed in March 2024."
    counts = sorted(it.quantity.value for t in _transfers(text) for it in t.items if it.quantity)
    assert counts == [2, 24]


def test_a_bare_pair_is_no_batch() -> None:
    # "the pair" is as often two people as two of the goods
    text = "Ukraine ordered six Caesar howitzers from France. The pair arrived in Kyiv in May."
    assert len(_transfers(text)) == 1


# a town or port the goods went through: its state goes between


@pytest.mark.parametrize(
    ("text", "supplier", "recipient", "via"),
    [
        ("The drones were flown from Iran via Dubai to Russia.", "Iran", "Russia", ["United Arab Emirates"]),
        ("Iran flew the drones to Russia via Dubai in 2023.", "Iran", "Russia", ["United Arab Emirates"]),
        ("The parts arrived in Istanbul and were then shipped to Russia.", None, "Russia", ["Turkey"]),
        ("Iran sent rockets through the Al-Qaim crossing to Syria.", "Iran", "Syria", ["Iraq"]),
    ],
)
def test_the_state_of_a_town_the_goods_went_through_goes_between(
    text: str, supplier: str | None, recipient: str, via: list[str]
) -> None:
    t = _only(text)
    assert (_name(t.supplier), _name(t.recipient), _vias(t)) == (supplier, recipient, via)


@pytest.mark.parametrize(
    "text",
    [
        "Iran shipped the drones to Russia via the port of Bandar Abbas.",
        "Russia sent arms to Mali via Bamako airport.",
    ],
)
def test_a_town_of_the_suppliers_or_receivers_own_is_no_go_between(text: str) -> None:
    assert _vias(_only(text)) == []


# the firm running a carrier: its state is where the goods come from, as the carrier's own is


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Flights by a Belarusian airline carried weapons to the LNA.", "reported"),
        ("Flights operated by a Belarusian carrier likely carried military equipment for the LNA.", "alleged"),
        (
            "Thirty-eight flights by a Belarusian cargo airline likely carried military equipment for Haftar's forces.",
            "alleged",
        ),
    ],
)
def test_the_state_of_a_carriers_operator_supplies(text: str, status: str) -> None:
    t = _only(text)
    assert (_name(t.supplier), _name(t.recipient), t.status) == ("Belarus", "Libyan National Army", status)


def test_goods_of_their_own_state_override_the_carriers_operator() -> None:
    t = _only("Flights by a Belarusian airline carried Russian weapons to the LNA.")
    assert (_name(t.supplier), _name(t.recipient)) == ("Russia", "Libyan National Army")


def test_carriers_taken_up_with_the_carry_goods_of_the_states_told_before() -> None:
    text = (
        "Cargo flights from Iran and Belarus landed in Damascus several times in May. "
        "The flights carried weapons to Hezbollah, Israel said."
    )
    assert set(_pairs(text)) == {("Iran", "Hezbollah"), ("Belarus", "Hezbollah")}


def test_carriers_taken_up_after_a_sentence_naming_their_operator() -> None:
    text = (
        "At least 38 flights operated by a Belarusian carrier landed at al-Khadim between January and August. "
        "The experts said the flights likely carried military equipment for the LNA."
    )
    t = _only(text)
    assert (_name(t.supplier), _name(t.recipient), t.status) == ("Belarus", "Libyan National Army", "alleged")


def test_carriers_with_no_state_told_before_supply_nothing() -> None:
    text = "Several flights landed at al-Khadim in May. The flights carried weapons to the LNA, the panel said."
    assert all(t.supplier is None for t in _transfers(text))


# more lots of the kind told before, and when a plan is due


def test_another_two_systems_are_a_lot_of_the_system_told_before() -> None:
    text = (
        "Germany has delivered a fourth IRIS-T system to Ukraine. "
        "Defence Minister Boris Pistorius said another two systems would be sent to Ukraine before the end of the year."
    )
    _first, more = _transfers(text)
    assert (_name(more.supplier), _name(more.recipient), more.status) == ("Germany", "Ukraine", "planned")
    [it] = more.items
    assert it.quantity is not None and it.quantity.value == 2
    assert more.date == "2025"  # a deadline in the publication's year


def test_a_year_end_deadline_after_another_date_of_its_sentence_takes_that_date() -> None:
    text = "The Netherlands said in May that it would deliver the rest of the F-16s to Ukraine by the end of the year."
    assert _only(text).date == "2025-05"


def test_a_lot_crossing_into_a_state_is_a_delivery() -> None:
    text = "Belarus agreed to sell 20 tanks to Mali. The first batch crossed into Mali in March."
    deal, lot = _transfers(text)
    assert deal.status == "planned"
    told = (_name(lot.supplier), _name(lot.recipient), lot.date, lot.status)
    assert told == ("Belarus", "Mali", "2025-03", "reported")


def test_goods_crossing_a_border_alone_are_no_delivery() -> None:
    assert _transfers("Russian tanks crossed into Ukraine in February 2022.") == []


def test_flights_carrying_goods_from_a_state() -> None:
    text = "Cargo flights carried arms and drones from the United Arab Emirates to the RSF, the panel said."
    t = _only(text)
    assert (_name(t.supplier), _name(t.recipient)) == ("United Arab Emirates", "Rapid Support Forces")


def test_each_town_of_firms_listed_together_goes_between() -> None:
    t = _only("Trading companies in Dubai and Istanbul have re-exported Western-branded electronics to Russia.")
    assert (_name(t.supplier), _name(t.recipient)) == (None, "Russia")
    assert set(_vias(t)) == {"United Arab Emirates", "Turkey"}


# a supplier noun told of a name in passing, the "its" on it standing for the clause's subject


@pytest.mark.parametrize(
    ("text", "supplier", "recipient"),
    [
        ("Armenia is shifting away from Russia, its traditional arms supplier.", "Russia", "Armenia"),
        ("Serbia still relies on Russia, its main supplier of fighter jets.", "Russia", "Serbia"),
    ],
)
def test_an_its_supplier_apposition_supplies_the_clauses_subject(text: str, supplier: str, recipient: str) -> None:
    t = _only(text)
    assert (_name(t.supplier), _name(t.recipient), t.status, t.date) == (supplier, recipient, "reported", None)


def test_a_supplier_told_in_passing_is_no_claim_of_the_sentences_speaker() -> None:
    text = (
        "Yerevan took delivery of more Pinaka rocket launchers from India this week, Armenian defence officials "
        "said, as the small Caucasus country speeds up a move away from Russia, its traditional arms supplier."
    )
    by_pair = {(_name(t.supplier), _name(t.recipient)): t for t in _transfers(text)}
    assert by_pair[("India", "Armenia")].status == "confirmed"  # the receiver's officials tell it
    habit = by_pair[("Russia", "Armenia")]
    assert (habit.status, habit.date, habit.claims) == ("reported", None, [])


# where goods are used is no receiver


@pytest.mark.parametrize(
    "text", ["Iran has supplied drones for use in Ukraine.", "Belarus sent shells for use against Ukraine."]
)
def test_a_place_of_use_receives_nothing(text: str) -> None:
    assert all(_name(t.recipient) != "Ukraine" for t in _transfers(text))


def test_a_place_of_use_beside_a_receiver() -> None:
    t = _only("Iran sent drones to Russia for use in Ukraine.")
    assert (_name(t.supplier), _name(t.recipient)) == ("Iran", "Russia")


def test_a_small_number_counts_the_goods_told_before() -> None:
    text = "Iran ordered Su-35 fighter jets from Russia in 2023. A small number arrived in May 2024, officials said."
    order, lot = _transfers(text)
    assert (order.status, order.date) == ("planned", "2023")
    told = (_name(lot.supplier), _name(lot.recipient), lot.date, lot.status)
    assert told == ("Russia", "Iran", "2024-05", "reported")
    assert [it.text for it in lot.items] == ["Su-35 fighter jets"]


# an act a party owns up to beside a denial of something else


@pytest.mark.parametrize(
    "text",
    [
        "Tehran admitted sending drones to Russia but denied they were used in Ukraine.",
        "Tehran has acknowledged sending drones to Russia before the invasion but denies sending any since.",
    ],
)
def test_an_admitted_act_beside_another_denial_is_confirmed(text: str) -> None:
    t = _only(text)
    assert (_name(t.supplier), _name(t.recipient), t.status) == ("Iran", "Russia", "confirmed")


@pytest.mark.parametrize(
    ("text", "supplier", "recipient", "status"),
    [
        ("Moscow has admitted buying artillery shells from North Korea.", "North Korea", "Russia", "confirmed"),
        ("Serbia acknowledged selling ammunition that ended up in Ukraine.", "Serbia", "Ukraine", "confirmed"),
        ("Belgrade denied selling ammunition to Kyiv.", "Serbia", "Ukraine", "denied"),
    ],
)
def test_a_gerund_under_admit_or_deny(text: str, supplier: str, recipient: str, status: str) -> None:
    t = _only(text)
    assert (_name(t.supplier), _name(t.recipient), t.status) == (supplier, recipient, status)


def test_an_admission_is_a_claim_of_its_own_beside_a_count_told_before() -> None:
    text = (
        "Iran has delivered at least 400 drones to Russia since August 2022, British intelligence said. "
        "Tehran has acknowledged sending Russia a small number of drones before the invasion "
        "but denies any supply since."
    )
    assert sorted(t.status for t in _transfers(text)) == ["confirmed", "reported"]


def test_a_season_to_come_is_of_the_publications_year() -> None:
    text = "Germany has delivered a fourth IRIS-T system to Ukraine. Berlin will send another system in the autumn."
    later = analyze_text(text, lang="en", published="2024-07-15").transfers[-1]
    assert (later.status, later.date) == ("planned", "2024-09")
    past = analyze_text(
        "Germany delivered an IRIS-T system to Ukraine in the autumn.", lang="en", published="2024-07-15"
    )
    assert [t.date for t in past.transfers] == ["2023-09"]  # a season told as past: the last one
