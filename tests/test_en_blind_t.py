"""English fixes from a blind batch of wire copy and think-tank briefs on Latin American, African,
Gulf and Asian arms deals: a notice "sent to Congress" (the paper is what was sent), a veto of
"attempts to buy" fighters, a source "who asked not to be named" (no request for goods), a month told
in a past clause beside a "will" clause, an accusation by a titled speaker ("RSF commander X has
accused Egypt of supplying"), goods shipped to Russia's own Africa Corps, a passive receiver in a
second clause ("while Burkina Faso was handed a batch"), a transport plane "carrying the missiles"
(a carrier, not goods), "at the weekend" as a date, "the paramilitary" taking up an armed group,
"the remaining launchers are expected" as a lot still to come, and "Trump's May tour" as a date."""

from __future__ import annotations

from functools import partial

from tests.parties import find
from tests.parties import pair as _pair
from tests.parties import via as _via

from materiel.pipeline import analyze_text

PUB = "2025-03-04"  # a Tuesday


_run = partial(analyze_text, lang="en", published=PUB)


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [_pair(t) for t in _run(text).transfers]


def _texts(t: object) -> list[str]:
    return [i.text for i in t.items]  # type: ignore[attr-defined]


# a notice "sent to Congress": the paper is what was sent, Congress receives no goods


def test_a_notification_sent_to_congress_sends_no_goods() -> None:
    a = _run(
        "The State Department approved the possible sale to Chile of spare parts for its F-16s, according to "
        "a notification sent to Congress on Monday."
    )
    assert [_pair(t) for t in a.transfers] == [("United States", "Chile")]


def test_a_letter_sent_to_parliament_sends_no_goods() -> None:
    assert _pairs("Sweden will sell Gripen jets to Colombia, according to a letter sent to parliament.") == [
        ("Sweden", "Colombia")
    ]


# a party's attempts to buy that another vetoes or blocks tell no purchase


def test_vetoed_attempts_to_buy_fighters_are_no_transfer() -> None:
    a = _run(
        "Peru bought jets from Israel last year. Britain has vetoed Peruvian attempts to buy fighters "
        "containing British-made parts, such as South Korea's FA-50."
    )
    assert [_pair(t) for t in a.transfers] == [("Israel", "Peru")]


def test_a_blocked_bid_to_buy_jets_is_no_transfer() -> None:
    a = _run(
        "Peru bought six jets from Israel last year. Washington blocked Peru's bid to buy Gripen fighters from Sweden."
    )
    assert ("Sweden", "Peru") not in [_pair(t) for t in a.transfers]


def test_a_backed_bid_to_buy_jets_is_still_told() -> None:
    a = _run(
        "Peru bought six jets from Israel last year. Washington backed Peru's bid to buy Gripen fighters from Sweden."
    )
    assert ("Sweden", "Peru") in [_pair(t) for t in a.transfers]


# a source "who asked not to be named" asks for anonymity, not for goods


def test_a_source_asking_not_to_be_named_requests_no_goods() -> None:
    a = _run(
        "Chad has taken delivery of drones from Turkey, officials said on Monday. The drones arrived at the "
        "weekend, according to a security source who asked not to be named."
    )
    assert [t.status for t in a.transfers if t.status == "requested"] == []


def test_an_official_requesting_anonymity_requests_no_goods() -> None:
    a = _run(
        "Chad has taken delivery of drones from Turkey, officials said on Monday. The drones came by air, said an "
        "official who requested anonymity."
    )
    assert [t.status for t in a.transfers if t.status == "requested"] == []


def test_asking_a_supplier_to_send_more_drones_is_still_a_request() -> None:
    a = _run("Chad has taken delivery of drones from Turkey. N'Djamena also asked Ankara to send more drones.")
    assert "requested" in [t.status for t in a.transfers]


# a month told in a past clause is not moved to this year by a "will" in the clause beside it


def test_a_past_deal_in_december_beside_a_will_clause_is_last_december() -> None:
    a = _run(
        "Bolivia inked a deal in December for four helicopters from Brazil, "
        "while Ecuador will get more jets from Brazil."
    )
    assert find(a, "Brazil", "Bolivia").date == "2024-12"


def test_a_delivery_to_come_in_december_is_this_december() -> None:
    a = _run("Brazil will deliver four helicopters to Bolivia in December, while Ecuador got jets last year.")
    assert find(a, "Brazil", "Bolivia").date == "2025-12"


# a titled speaker who "has accused" a state of supplying only speaks (not a headline's passive)


def test_a_group_commander_accusing_a_state_of_supplying_is_no_supplier() -> None:
    a = _run(
        "Sudan's army is fighting the RSF. RSF commander Mohamed Hamdan Dagalo has accused Egypt of supplying the "
        "army with K-8 jets and bombs, a charge Cairo rejects."
    )
    assert [_pair(t) for t in a.transfers] == [("Egypt", "Sudan")]


def test_the_commander_named_first_accusing_a_state_is_no_supplier() -> None:
    a = _run(
        "Sudan's army is fighting the RSF. Mohamed Hamdan Dagalo, the RSF commander, has accused Egypt of "
        "supplying the Sudanese army with K-8 jets."
    )
    assert [_pair(t) for t in a.transfers] == [("Egypt", "Sudan")]


def test_a_headline_passive_of_catching_still_names_the_smuggler() -> None:
    assert _pairs("Iran caught trying to smuggle missiles to the Houthis") == [("Iran", "Houthis")]


# Russia's Africa Corps is the defence ministry's own force: goods shipped to it stay Russian


def test_goods_shipped_to_russias_africa_corps_are_no_transfer() -> None:
    a = _run("Russia shipped armoured vehicles to the Africa Corps in Mali in May.")
    assert [t for t in a.transfers if _pair(t) == ("Russia", "Africa Corps")] == []


def test_goods_the_africa_corps_hands_to_mali_come_from_russia() -> None:
    a = _run("The Africa Corps handed over a dozen BTR-80s to the Malian army in Bamako on June 5.")
    assert [_pair(t) for t in a.transfers] == [("Russia", "Mali")]


# a passive receiver in a clause beside the main one tells an act of its own


def test_a_passive_receiver_after_while_is_a_transfer_of_its_own() -> None:
    a = _run(
        "Mali took delivery of TB2s from Turkey in 2022, "
        "while Burkina Faso was handed a batch of TB2s by Turkey in 2023."
    )
    assert find(a, "Turkey", "Burkina Faso").date == "2023"
    assert find(a, "Turkey", "Mali").date == "2022"


def test_a_passive_receiver_after_and_is_a_transfer_of_its_own() -> None:
    a = _run("Mali took delivery of TB2s from Turkey in 2022, and Niger was given six TB2s by Ankara in 2023.")
    assert find(a, "Turkey", "Niger").date == "2023"


# a transport plane "carrying" the goods is their carrier, not goods


def test_a_transport_plane_carrying_the_missiles_is_no_item() -> None:
    a = _run(
        "India handed over BrahMos missiles to Vietnam on Friday. An Indian Air Force C-17 transport carrying the "
        "missiles and their launchers landed in Hanoi."
    )
    [t] = a.transfers
    assert not any("C-17" in x for x in _texts(t))


def test_a_cargo_plane_carrying_the_missiles_is_no_item() -> None:
    a = _run(
        "India handed over BrahMos missiles to Vietnam on Friday. "
        "An Il-76 cargo plane carrying the missiles landed in Hanoi."
    )
    assert not any("Il-76" in x for t in a.transfers for x in _texts(t))


def test_transport_planes_delivered_are_goods() -> None:
    a = _run("The United States delivered C-17 transport aircraft to India.")
    [t] = a.transfers
    assert any("C-17" in x for x in _texts(t))


# "at the weekend", "over the weekend": the Saturday before the report


def test_goods_arriving_at_the_weekend_are_dated_last_saturday() -> None:
    a = _run("Chad took delivery of drones from Turkey at the weekend.")
    assert find(a, "Turkey", "Chad").date == "2025-03-01"


def test_goods_delivered_over_the_weekend_told_on_monday_are_dated_saturday() -> None:
    a = _run("Turkey delivered drones to Chad over the weekend, officials said on Monday.")
    assert find(a, "Turkey", "Chad").date == "2025-03-01"


# "the paramilitary" takes up the armed group told before


def test_the_paramilitary_takes_up_the_armed_group() -> None:
    a = _run(
        "The UAE has long backed the Rapid Support Forces. Investigators concluded that the UAE had most likely "
        "re-exported the bombs to the paramilitary through eastern Chad."
    )
    t = find(a, "United Arab Emirates", "Rapid Support Forces")
    assert _via(t) == {"Chad"}


# "the remaining launchers are expected ...": what is left of the deal is a lot still to come


def test_the_remaining_launchers_expected_by_year_end_are_a_lot_to_come() -> None:
    a = _run(
        "India handed over BrahMos missiles to Vietnam on Friday. "
        "The remaining launchers are expected by the end of the year."
    )
    assert [(t.status, t.date) for t in a.transfers if t.status == "planned"] == [("planned", "2025")]


def test_the_remaining_rounds_of_talks_are_no_lot() -> None:
    a = _run(
        "India handed over BrahMos missiles to Vietnam on Friday. "
        "The remaining rounds of talks are expected next month."
    )
    assert [t.status for t in a.transfers] == ["reported"]


# "President Trump's May tour": the month named on an event dates the deal made during it


def test_a_deal_during_a_may_tour_is_dated_may() -> None:
    a = _run(
        "The approvals come after President Donald Trump's May tour of the Gulf, during which Qatar signed an "
        "agreement for eight MQ-9B drones from the United States.",
        published="2025-11-18",
    )
    assert find(a, "United States", "Qatar").date == "2025-05"
