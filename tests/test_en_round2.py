"""English fixes, round 2: calls to stop transfers (no request for goods), and an assertion told beside
a denial in another clause or an aside ("X denies it, but Y says ...", "..., a charge X rejects")."""

from __future__ import annotations

from functools import partial

from tests.parties import name as _name
from tests.parties import of_pair as _of_pair

from materiel.model import Analysis, Claim, Transfer
from materiel.pipeline import analyze_text

PUB = "2025-02-11"


_run = partial(analyze_text, lang="en", published=PUB)


def _claims_on(a: Analysis, t: Transfer) -> list[Claim]:
    """The claims on a transfer and on its claims (a denial targets the assertion it answers)."""
    direct = [c for c in a.claims if c.target == t.id]
    ids = {c.id for c in direct}
    return direct + [c for c in a.claims if c.target in ids]


def test_a_call_to_halt_sales_asks_for_no_goods() -> None:
    a = _run("An EU envoy called for a halt to weapons sales to Sudan's army by Belarus.")
    ts = _of_pair(a, "Belarus", "Sudan")
    assert ts and all(t.status == "reported" for t in ts)


def test_a_call_for_an_end_to_shipments_is_no_request() -> None:
    a = _run("Lawmakers urged a ban on rifle sales to Venezuela by Serbia.")
    assert all(t.status != "requested" for t in a.transfers)


def test_a_call_for_more_goods_is_still_a_request() -> None:
    a = _run("Kyiv asked Berlin for more Patriot systems.")
    ts = _of_pair(a, "Germany", "Ukraine")
    assert ts and ts[0].status == "requested"


def test_an_assertion_coordinated_with_a_general_denial_is_reported() -> None:
    a = _run("Ankara denies arming anyone, but Kyiv says Turkish companies have sold Moscow drone parts.")
    ts = _of_pair(a, "Turkey", "Russia")
    assert ts and ts[0].status == "reported"
    assert any(c.stance == "asserts" and _name(c.speaker) == "Ukraine" for c in _claims_on(a, ts[0]))


def test_an_assertion_beside_a_denial_of_a_named_act_is_reported_and_denied_by_the_denier() -> None:
    a = _run("Ankara denies selling weapons to Russia, but Kyiv says Turkish firms have shipped drone parts to Moscow.")
    [t] = _of_pair(a, "Turkey", "Russia")
    assert t.status == "reported"
    claims = _claims_on(a, t)
    assert any(c.stance == "denies" and _name(c.speaker) == "Turkey" for c in claims)
    assert not any(c.stance == "confirms" for c in claims)


def test_an_assertion_with_a_trailing_denial_is_reported_and_the_denial_a_claim() -> None:
    a = _run("Kyiv says Iranian companies shipped rocket motors to Russia, an accusation Tehran rejected.")
    ts = _of_pair(a, "Iran", "Russia")
    assert ts and ts[0].status == "reported"
    claims = _claims_on(a, ts[0])
    assert any(c.stance == "denies" and _name(c.speaker) == "Iran" for c in claims)


def test_a_party_telling_the_act_beside_a_denial_confirms_it() -> None:
    a = _run("Minsk says it received rifles from Serbian firms, which Belgrade denies.")
    ts = _of_pair(a, "Serbia", "Belarus")
    assert ts and ts[0].status == "confirmed"


def test_a_plain_denial_stays_denied() -> None:
    a = _run("Belgrade denied selling rifles to Minsk.")
    ts = _of_pair(a, "Serbia", "Belarus")
    assert ts and ts[0].status == "denied"


def test_a_second_receiver_after_and_later_is_another_delivery() -> None:
    a = _run("Serbia sold Zastava rifles to Kenya in 2018, and later to Somalia.")
    kenya = _of_pair(a, "Serbia", "Kenya")
    somalia = _of_pair(a, "Serbia", "Somalia")
    assert kenya and kenya[0].date == "2018"
    assert somalia and somalia[0].date is None
    assert any("rifles" in it.text for it in somalia[0].items)


def test_each_dated_receiver_keeps_its_own_date() -> None:
    a = _run("Serbia sold rifles to Kenya in 2018, and then to Somalia in 2021.")
    assert [t.date for t in _of_pair(a, "Serbia", "Kenya")] == ["2018"]
    assert [t.date for t in _of_pair(a, "Serbia", "Somalia")] == ["2021"]


def test_a_ship_carrying_goods_docking_at_a_port_delivers_them() -> None:
    a = _run("A freighter laden with Iranian rockets docked at Port Sudan in January.")
    ts = _of_pair(a, "Iran", "Sudan")
    assert ts and ts[0].date == "2025-01"


def test_goods_unloaded_at_a_base_arrive_there() -> None:
    a = _run("Belarusian rifles were offloaded at an airfield in Mali, officials said.")
    assert _of_pair(a, "Belarus", "Mali")


def test_a_warship_docking_delivers_nothing() -> None:
    a = _run("A Chinese destroyer docked at the Cambodian base of Ream for a port call.")
    assert not a.transfers


def test_a_state_linked_supplier_makes_the_state_the_supplier() -> None:
    a = _run("Armenia has bought FPV drones from Iran-linked suppliers.")
    ts = _of_pair(a, "Iran", "Armenia")
    assert ts and any("FPV drones" in it.text for it in ts[0].items)


def test_a_state_based_trader_makes_the_state_the_supplier() -> None:
    a = _run("Russia bought chips from Hong Kong-based traders.")
    assert _of_pair(a, "Hong Kong", "Russia")


def test_a_nationality_adjective_on_a_firm_makes_the_state_the_party() -> None:
    a = _run("An Uzbek trading company exported lathes to Russia.")
    assert _of_pair(a, "Uzbekistan", "Russia")


def test_the_date_of_using_supplied_goods_is_not_the_supply_date() -> None:
    a = _run("The Houthis have fired at least six of the Iranian-supplied missiles since early January.")
    ts = _of_pair(a, "Iran", "Houthis")
    assert ts and ts[0].date is None


def test_a_supply_verb_keeps_its_own_date() -> None:
    a = _run("The Houthis received Iranian missiles in early January.")
    ts = _of_pair(a, "Iran", "Houthis")
    assert ts and ts[0].date == "2025-01"


def _outlet_and_speaker(a: Analysis, t: Transfer) -> tuple[str | None, str | None]:
    c = next(c for c in a.claims if c.target == t.id)
    return _name(c.outlet), _name(c.speaker)


def test_an_outlet_citing_another_relays_it() -> None:
    a = _run("The Kyiv Independent, citing the Guardian, reported that Belarus had sent rifles to Mali.")
    ts = _of_pair(a, "Belarus", "Mali")
    assert ts and _outlet_and_speaker(a, ts[0]) == ("The Kyiv Independent", "The Guardian")


def test_an_outlet_cited_first_is_still_the_source() -> None:
    a = _run("Citing the Guardian, the Kyiv Independent reported that Belarus had sent rifles to Mali.")
    ts = _of_pair(a, "Belarus", "Mali")
    assert ts and _outlet_and_speaker(a, ts[0]) == ("The Kyiv Independent", "The Guardian")


def test_two_parties_denying_together_each_deny() -> None:
    a = _run(
        "North Korea has shipped millions of shells to Russia, Seoul says. Pyongyang and Moscow deny any arms deal."
    )
    [t] = _of_pair(a, "North Korea", "Russia")
    deniers = {_name(c.speaker) for c in _claims_on(a, t) if c.stance == "denies"}
    assert deniers == {"North Korea", "Russia"}
