"""English fixes from a blind batch of sanctions documents (Treasury, Commerce and State Department
releases, EU and UK sanctions notices, a plea agreement, think-tank briefs) on front companies and
transit hubs: a rule forbidding an act told by its gerunds ("Selling, supplying or exporting them to
Russia is prohibited"), an act supposed to say what would follow ("Any transfer of ballistic missiles
to Russia would be an escalation", "Should the missiles be delivered, ..."), goods an agent "arranged
for" to be moved, told as done, buyers named as "a Russian procurement agent", goods a go-between
"forwarded" to "a subsidiary of Rostec", "exporting U.S. drone components through Dubai" (the goods'
make, no receiver), a giver's base told by an opening participle ("Operating from Shenzhen, the
company ..."), and a clause of the outlet's own joined before a speaker's ("India shipped launchers
in 2023, and Armenian officials confirmed that ...")."""

from __future__ import annotations

from functools import partial

from tests.parties import pair as _pair
from tests.parties import via as _via

from materiel.pipeline import analyze_text

PUB = "2024-06-24"


_run = partial(analyze_text, lang="en", published=PUB)


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [_pair(t) for t in _run(text).transfers]


# a rule forbidding an act told by a gerund subject: no act done


def test_a_gerund_series_a_passive_rule_forbids_is_no_transfer() -> None:
    a = _run(
        "The Council added bearings and machine-tool parts to the list. Selling, supplying, transferring or "
        "exporting them to Russia, directly or indirectly, is now prohibited."
    )
    assert a.transfers == []


def test_a_single_gerund_that_is_banned_is_no_transfer() -> None:
    assert _run("Exporting drone engines to Russia is banned under the new rules.").transfers == []


def test_a_ban_beside_a_supply_told_as_done_keeps_the_supply() -> None:
    assert _pairs("Iran began supplying drones to Russia in 2022, although exporting them is banned.") == [
        ("Iran", "Russia")
    ]


# an act supposed, to say what would follow from it


def test_any_transfer_that_would_be_an_escalation_is_no_transfer() -> None:
    a = _run(
        '"Any transfer of Iranian ballistic missiles to Russia would represent a dramatic escalation," '
        "the ministers said."
    )
    assert a.transfers == []


def test_a_headline_asking_what_a_transfer_would_change_is_no_transfer() -> None:
    assert _run("What an Iranian ballistic missile transfer to Russia would change").transfers == []


def test_such_a_sale_that_would_need_approval_is_no_transfer() -> None:
    assert _run("Such a sale of F-35 jets to Turkey would need approval from Congress.").transfers == []


def test_a_transfer_that_would_be_completed_by_a_date_is_still_planned() -> None:
    a = _run("The transfer of 24 F-16s to Turkey would be completed by 2026, officials said.")
    assert [t.status for t in a.transfers] == ["planned"]


def test_a_condition_opened_by_should_is_no_transfer() -> None:
    assert _run("Should the missiles be delivered, Russia would gain a cheap weapon.").transfers == []
    assert _run("Should Iran deliver the missiles to Russia, Europe would respond with sanctions.").transfers == []


def test_a_plain_should_is_still_a_plan() -> None:
    assert _pairs("Iran should deliver the missiles to Russia by May, the deal says.") == [("Iran", "Russia")]


# goods someone "arranged for" to be moved: the arranging told as past is the act done


def test_arranged_for_goods_to_be_moved_is_reported() -> None:
    a = _run("IRGC facilitators have also arranged for missile parts to be moved from Iran to the Houthis by dhow.")
    assert [(_pair(t), t.status) for t in a.transfers] == [(("Iran", "Houthis"), "reported")]


def test_will_arrange_for_tanks_to_be_sent_is_still_planned() -> None:
    a = _run("Berlin will arrange for ten tanks to be sent to Ukraine.")
    assert [t.status for t in a.transfers] == ["planned"]


# buyers named as a state's or group's procurement agents


def test_procurement_agents_stand_for_their_state() -> None:
    assert _pairs("A Dubai-based firm sold drone engines to a Russian procurement agent.") == [
        ("United Arab Emirates", "Russia")
    ]
    assert _pairs("The firm supplied Iranian procurement agents with gyroscopes.") == [(None, "Iran")]


# goods a go-between forwards, and a group's subsidiary as the receiver


def test_goods_forwarded_by_a_go_between() -> None:
    t = _run("A Sharjah company received Japanese-made servo motors in December 2023 and forwarded them to Russia.")
    assert [(_pair(x), _via(x)) for x in t.transfers] == [(("Japan", "Russia"), {"United Arab Emirates"})]


def test_a_subsidiary_of_a_group_receives_for_its_owner() -> None:
    assert _pairs("Turkey sold rifles to a subsidiary of Rostec.") == [("Turkey", "Russia")]


def test_going_forward_is_no_act() -> None:
    a = _run("Going forward, Germany will send tanks to Ukraine.")
    assert [(_pair(t), t.status) for t in a.transfers] == [(("Germany", "Ukraine"), "planned")]


# a state right after an exporting verb names the goods' make, not a receiver


def test_exporting_us_components_through_dubai_has_no_us_receiver() -> None:
    a = _run("Iranian national admits exporting U.S. drone components through Dubai")
    assert all(_pair(t)[1] != "United States" for t in a.transfers)


def test_giving_a_state_goods_still_names_the_receiver() -> None:
    assert _pairs("Moscow has given North Korea air-defence equipment.") == [("Russia", "North Korea")]


# a giver's base told by a participle opening the sentence


def test_operating_from_a_city_the_giver_acts_for_its_state() -> None:
    assert _pairs("Operating from Shenzhen, the firm supplied the Houthis with gyroscopes.") == [("China", "Houthis")]


def test_headquartered_in_a_city_the_giver_acts_for_its_state() -> None:
    assert _pairs("Headquartered in Istanbul, the broker shipped rifles to Libya.") == [("Turkey", "Libya")]


def test_based_in_the_recipients_own_city_tells_no_transfer() -> None:
    assert _run("Based in Kyiv, the volunteers delivered drones to Ukrainian troops.").transfers == []


# a clause of the outlet's own joined before a speaker's clause


def test_a_clause_before_the_speakers_own_is_the_outlets() -> None:
    a = _run(
        "New Delhi shipped Pinaka rocket launchers to Armenia in 2023, and Armenian defence officials "
        "confirmed last autumn that ATAGS howitzers had been handed over."
    )
    assert [(_pair(t), t.status) for t in a.transfers] == [
        (("India", "Armenia"), "reported"),
        (("India", "Armenia"), "confirmed"),
    ]


def test_a_trailing_speaker_still_tells_both_clauses() -> None:
    a = _run(
        "Baykar sold TB2 drones to Mali in 2022, and Mali received its first Akinci drones in late 2024, "
        "the Malian armed forces said."
    )
    assert {t.status for t in a.transfers} == {"confirmed"}


# an act weighed now, in the simple present of a headline or report, is planned like "is weighing"


def test_an_act_weighed_in_the_simple_present_is_planned() -> None:
    for text in (
        "Germany considers sending Taurus missiles to Ukraine",
        "Berlin mulls Taurus delivery to Kyiv",
        "Tokyo weighs transfer of used destroyers to Manila",
    ):
        statuses = [t.status for t in _run(text).transfers]
        assert statuses == ["planned"], (text, statuses)


def test_an_act_only_maybe_weighed_stays_no_transfer() -> None:
    assert _pairs("Germany could consider sending Taurus missiles to Ukraine, Scholz said.") == []


def test_weighing_in_another_clause_leaves_a_done_transfer_reported() -> None:
    transfers = _run("Germany weighs its options after Russia received Iranian missiles.").transfers
    assert [(_pair(t), t.status) for t in transfers] == [(("Iran", "Russia"), "reported")]
