"""English gaps, ninth round: one source telling an act first as fact, then as the intelligence
assessment it rests on ("according to the White House", then "Kirby said US intelligence indicates"),
makes an allegation; a gerund after a verb of denying or owning up that the parser reads as an
adjective on the goods ("denied shipping shells to Russia") is still the act denied; a later sentence
naming the state parts told before set out from ("China serves as the origin point for many of these
goods") makes it their supplier, the make named on the goods ("U.S.-made chips") no longer; an outlet's
assertion with a party's denial of it in the same sentence ("Iran arms the Houthis, but Tehran denies
sending them") keeps its status, the denial a claim on it."""

from __future__ import annotations

from functools import partial

from tests.parties import pair, transfers, via

from materiel.model import Claim, Transfer
from materiel.pipeline import analyze_text

PUB = "2025-06-10"
_transfers = partial(transfers, lang="en", published=PUB)


def test_fact_then_the_same_sources_intelligence_assessment_is_alleged() -> None:
    (t,) = _transfers(
        "Iran is sending ballistic missiles to Russia, according to the White House. Spokesman John Kirby "
        "said on Tuesday that U.S. intelligence indicates that Tehran is secretly supplying Moscow with "
        "ballistic missiles."
    )
    assert pair(t) == ("Iran", "Russia")
    assert t.status == "alleged"
    assert [it.text for it in t.items] == ["ballistic missiles"]


def test_fact_then_the_same_states_belief_is_alleged() -> None:
    (t,) = _transfers(
        "Belarus is supplying ammunition to Russia, the State Department said. Spokesman Matthew Miller "
        "said on Monday that Washington believes Minsk has been sending ammunition to Russia."
    )
    assert pair(t) == ("Belarus", "Russia")
    assert t.status == "alleged"


def test_a_hedge_on_what_is_said_of_the_act_leaves_it_reported() -> None:
    (t,) = _transfers(
        "Iran has shipped drones to Russia, the White House said on Monday. Kirby added that the "
        "transfer of the drones may violate a UN resolution."
    )
    assert pair(t) == ("Iran", "Russia")
    assert t.status == "reported" and t.date == "2025-06"


def test_denied_gerund_read_as_an_adjective_is_the_act_denied() -> None:
    (t,) = _transfers("North Korea denied supplying shells to Russia.")
    assert pair(t) == ("North Korea", "Russia")
    assert t.status == "denied"
    assert [it.text for it in t.items] == ["shells"]


def test_coordinated_denial_with_a_gerund() -> None:
    (t,) = _transfers("Pyongyang rejected the report and denied shipping shells to Russia.")
    assert pair(t) == ("North Korea", "Russia")
    assert t.status == "denied"
    (t,) = _transfers("Iran has denied shipping weapons to the Houthis.")
    assert pair(t) == ("Iran", "Houthis") and t.status == "denied"


def test_admitted_gerund_is_confirmed() -> None:
    (t,) = _transfers("Russia admitted shipping drones to Syria.")
    assert pair(t) == ("Russia", "Syria")
    assert t.status == "confirmed"


def test_a_gerund_that_is_no_goods_verb_stays_a_modifier() -> None:
    assert _transfers("The company denied shipping firms any licences.") == []


def test_origin_point_told_later_supplies_parts_of_another_make() -> None:
    (t,) = _transfers(
        "German-made microchips are reaching Iran through Gulf traders, investigators said. Turkey serves "
        "as the origin point for many of these goods, according to the report."
    )
    assert pair(t) == ("Turkey", "Iran")
    assert [it.text for it in t.items] == ["microchips"]


def test_main_source_of_these_components_keeps_the_go_between() -> None:
    (t,) = _transfers(
        "Japanese-made components reached Russia via Armenia, the report said. China was the main source "
        "of these components."
    )
    assert pair(t) == ("China", "Russia")
    assert via(t) == {"Armenia"}


def test_without_an_origin_point_the_make_still_supplies() -> None:
    (t,) = _transfers("Japanese-made components reached Russia via Armenia, the report said. China makes many drones.")
    assert pair(t) == ("Japan", "Russia")
    assert via(t) == {"Armenia"}


def _claims_on(text: str) -> tuple[list[Transfer], list[Claim]]:
    a = analyze_text(text, lang="en", published=PUB)
    return a.transfers, a.claims


def test_assertion_then_a_partys_gerund_denial_stays_reported() -> None:
    (t,), claims = _claims_on(
        "Iran supplies the Houthis with weapons, but Tehran denies sending missiles to the group."
    )
    assert pair(t) == ("Iran", "Houthis")
    assert t.status == "reported"
    denying = [c for c in claims if c.stance == "denies"]
    assert [c.speaker.entity.name for c in denying if c.speaker and c.speaker.entity] == ["Iran"]
    assert all(c.target in (t.id, *t.claims) for c in denying)


def test_assertion_then_a_denial_of_the_goods_told_again() -> None:
    (t,), _ = _claims_on("Belarus sends Russia artillery shells, but Minsk denies supplying them.")
    assert pair(t) == ("Belarus", "Russia")
    assert t.status == "reported"


def test_a_denial_alone_stays_denied() -> None:
    (t,) = _transfers("Tehran denies sending missiles to the Houthis.")
    assert pair(t) == ("Iran", "Houthis")
    assert t.status == "denied"
