"""English constructions a blind batch in the style of think-tank, NGO and UN-panel prose (CAR
field reports, RUSI and ISW briefs, UN Panel of Experts summaries, SIPRI fact sheets, Amnesty
reports) showed mishandled: an act told only as the content of "reports that" no teller is named
for (hearsay, alleged); a fact sheet's ranking of suppliers by their shares ("X accounted for 45
percent of those deliveries, followed by Y with 12 percent and Z"); Haiti's gang coalitions read as
Haiti; weapons of a told make "sold to" a state and then re-exported by it (two sales); and a claim's
content told after a phrase on the noun ("claims in South Korean media that"), which the parse took
for a relative clause.
"""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, records

PUB = "2025-04-10"

_records = partial(records, lang="en", published=PUB)
_pairs = partial(pairs, lang="en", published=PUB)


# hearsay: "reports that" with no teller named


def test_unsourced_reports_that_are_hearsay() -> None:
    text = "The study also cited reports that Myanmar had received Russian Orlan-10 drones last year."
    assert _records(text) == [("Russia", "Myanmar", "2024", "alleged")]


def test_there_are_reports_that_is_hearsay() -> None:
    text = "There are reports that Venezuela took delivery of Iranian Mohajer-6 drones in 2023."
    assert _records(text) == [("Iran", "Venezuela", "2023", "alleged")]


def test_reports_in_a_named_paper_keep_their_teller() -> None:
    text = "The brief cited reports in Kommersant that Myanmar had received Russian Orlan-10 drones last year."
    assert [r[3] for r in _records(text)] == ["reported"]


def test_reports_a_party_confirms_are_owned_up() -> None:
    text = "Naypyidaw confirmed reports that Myanmar had received Russian Orlan-10 drones last year."
    assert [r[3] for r in _records(text)] != ["alleged"]


def test_reports_of_what_a_state_would_do_stay_a_plan() -> None:
    text = "Reports that Tehran would supply Russia with ballistic missiles first surfaced in 2022."
    assert [r[3] for r in _records(text)] == ["planned"]


# a fact sheet's ranking of suppliers by their shares


def test_share_of_those_deliveries_is_a_supplier() -> None:
    text = "Some 20 states sent arms to Taiwan in 2019-23; France accounted for 30 percent of those deliveries."
    assert _pairs(text) == {("France", "Taiwan")}


def test_runners_up_of_a_share_of_imports_supply_too() -> None:
    text = (
        "Russia accounted for 36 percent of Vietnam's arms imports in 2020-24, followed by Israel (21 percent)"
        " and Belarus (9 percent)."
    )
    assert _pairs(text) == {("Russia", "Vietnam"), ("Israel", "Vietnam"), ("Belarus", "Vietnam")}


def test_runners_up_with_their_shares_spelt_out() -> None:
    text = (
        "The United States accounted for 52 percent of Poland's arms imports over the period, followed by South Korea"
        " with 31 percent and Germany with 6 percent."
    )
    assert _pairs(text) == {("United States", "Poland"), ("South Korea", "Poland"), ("Germany", "Poland")}


def test_runners_up_of_a_share_of_exports_buy() -> None:
    text = "Egypt accounted for 25 percent of France's arms exports in 2020-24, followed by Greece."
    assert _pairs(text) == {("France", "Egypt"), ("France", "Greece")}


def test_a_later_clause_is_no_runner_up() -> None:
    text = "Russia accounted for 36 percent of Vietnam's arms imports, and Israel sold radars to Thailand."
    assert ("Israel", "Vietnam") not in _pairs(text)


# Haiti's gang coalitions are parties of their own, not the state


def test_haitian_gang_coalition_is_its_own_receiver() -> None:
    text = "The Dominican Republic seized US-made rifles bound for Haiti's Viv Ansanm gang coalition in 2024."
    assert {r for _s, r in _pairs(text)} == {"Viv Ansanm"}


def test_gran_grif_receives() -> None:
    text = "Traffickers in Florida sent 40 rifles to the Gran Grif gang in March 2024, the experts wrote."
    assert {r for _s, r in _pairs(text)} == {"Gran Grif"}


# weapons of one make sold to a state and then re-exported by it: two sales


def test_made_goods_sold_to_a_state_then_re_exported_are_two_sales() -> None:
    text = "Russian-made T-72 tanks sold to Belarus in 2019 were re-exported to Serbia, the report said."
    assert _pairs(text) == {("Russia", "Belarus"), ("Belarus", "Serbia")}


def test_made_shells_sold_to_the_state_then_re_exported() -> None:
    text = "Bulgarian-made artillery shells sold to the United States were re-exported to Ukraine in 2023."
    assert _pairs(text) == {("Bulgaria", "United States"), ("United States", "Ukraine")}


def test_made_goods_sold_to_buyers_in_a_state_keep_their_make() -> None:
    # (buyers in a state are traders who go between)
    text = "Indian-made shells sold to buyers in Italy were re-exported to Ukraine."
    assert _pairs(text) == {("India", "Ukraine")}


def test_made_chips_sold_to_a_state_then_re_exported_go_through_it() -> None:
    # (parts count from their make whoever passes them on)
    text = "US-made chips sold to Armenia in 2022 were re-exported to Russia, the report said."
    assert ("Armenia", "Russia") not in _pairs(text)


# a claim's content told after a phrase on the noun ("claims in South Korean media that")


def test_claims_in_the_media_that_stay_claims() -> None:
    text = "The monitors could not confirm claims in Japanese media that Russia had transferred Su-27 jets to Laos."
    assert [r[3] for r in _records(text)] == ["alleged"]


def test_allegations_in_a_paper_that_stay_allegations() -> None:
    text = "The brief cited allegations in a Kenyan newspaper that Eritrea had sent mortars to Sudan in 2024."
    assert _records(text) == [("Eritrea", "Sudan", "2024", "alleged")]
