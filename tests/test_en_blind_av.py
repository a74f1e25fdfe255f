"""English fixes from a blind batch of wire reports (sanctions designations, seizures, court cases,
aid packages): "to forces loyal to X" misread as an infinitive, goods "turned over" to a party, goods
held from an earlier catch and handed on, "off the coast of X" as a place, "for strikes inside X" as a
battlefield, firms a penalty that may come would target, the infinitive "to" taken for a particle,
the gerund after "for"/"of" misread as an adjective, firms "in X" or "based in X" that act in a
relative clause, a report's date that does not date its findings, a body that sits in a place set
before the clause, and the bare "Central Command"."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, transfers

PUB = "2025-07-16"

_pairs = partial(pairs, lang="en", published=PUB)
_transfers = partial(transfers, lang="en", published=PUB)


def _one(text: str, published: str = PUB):  # type: ignore[no-untyped-def]
    got = transfers(text, lang="en", published=published)
    assert len(got) == 1, got
    return got[0]


def _names(t) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    return (
        t.supplier.entity.name if t.supplier and t.supplier.entity else None,
        t.recipient.entity.name if t.recipient and t.recipient.entity else None,
    )


# "to forces loyal to X": the parser reads "to force" as an infinitive


def test_passive_relative_to_forces_loyal_to_a_commander() -> None:
    text = (
        "Italian police impounded a freighter laden with pickup-mounted guns that investigators believe "
        "were shipped by the United Arab Emirates to forces loyal to Khalifa Haftar."
    )
    t = _one(text)
    assert _names(t) == ("United Arab Emirates", "Libyan National Army")
    assert t.status == "alleged"


def test_forces_loyal_to_a_group_after_a_passive() -> None:
    text = "Rockets were sent by Iran to forces loyal to the Houthis last year, officials said."
    assert _pairs(text) == {("Iran", "Houthis")}


# "turned X over to Y": a handing over, giver first


def test_goods_turned_over_to_a_party() -> None:
    t = _one("Britain has turned a batch of seized Russian mortars over to Ukraine.")
    assert _names(t) == ("United Kingdom", "Ukraine")
    assert t.status == "reported"


def test_goods_turned_over_with_the_particle_first() -> None:
    t = _one("Canada turned over 300 seized rifles to the Ukrainian army in March.")
    assert _names(t) == ("Canada", "Ukraine")
    assert t.status == "reported"


def test_turning_to_a_party_stays_a_request() -> None:
    t = _one("Pyongyang has turned to Moscow for fighter jets, officials said.")
    assert _names(t) == ("Russia", "North Korea")
    assert t.status == "requested"


def test_seized_goods_seized_by_the_giver_are_still_a_seizure_when_passive() -> None:
    # (the passive tells the seized goods' own journey: the seizer infers it)
    t = _one("The seized rifles had been sent by Iran to the Houthis, the navy said.")
    assert _names(t) == ("Iran", "Houthis")
    assert t.status == "alleged"


# "off the coast of X": where the act took place, no source


def test_off_the_coast_is_no_supplier() -> None:
    text = (
        "In March 2024, French sailors seized components of Iranian-made drones from a skiff bound "
        "for the Houthis off the coast of Eritrea."
    )
    t = _one(text)
    assert _names(t) == ("Iran", "Houthis")


def test_seized_off_a_country_names_no_party() -> None:
    text = "Coast guards seized a dhow carrying rifles bound for the Houthis off Somalia."
    assert ("Somalia", "Houthis") not in _pairs(text)


# "for strikes inside X": the battlefield, no recipient


def test_strikes_inside_a_country_is_no_recipient() -> None:
    text = "Britain supplied Storm Shadow missiles to Kyiv for strikes deep inside Russia."
    assert _pairs(text) == {("United Kingdom", "Ukraine")}


def test_strikes_inside_a_country_alone_is_no_transfer_to_it() -> None:
    text = (
        "Kyiv pressed Washington to allow the use of ATACMS missiles supplied by the United States for "
        "attacks inside Russia."
    )
    assert ("United States", "Russia") not in _pairs(text)


# firms a penalty that may come would single out, themselves told only as possible


def test_firms_that_might_be_supplying_under_a_possible_package() -> None:
    text = (
        "Officials said a new package could target Turkish firms that might be supplying machine tools to "
        "Russian arms makers."
    )
    assert _transfers(text) == []


def test_listings_against_shippers_that_may_help_a_state_obtain_goods() -> None:
    text = "Further designations could follow against traders that may help Iran obtain drone engines."
    assert _transfers(text) == []


def test_a_hedged_act_alone_stays_alleged() -> None:
    t = _one("Turkish firms might be supplying machine tools to Russian arms makers, officials said.")
    assert _names(t) == ("Turkey", "Russia")
    assert t.status == "alleged"


# the infinitive's "to" is no particle: "is expected to turn out shells"


def test_expected_to_turn_out_shells_is_no_request() -> None:
    text = "The new plant, in which the Polish state holds a stake, is expected to turn out 150,000 shells a year."
    assert _transfers(text) == []


# the gerund after "for" or "of" misread as an adjective on the goods


def test_sanctioned_for_supplying_bare_goods() -> None:
    t = _one("The U.S. Treasury Department sanctioned four Chinese companies for supplying engines to Iran.")
    assert _names(t) == ("China", "Iran")
    assert t.status == "alleged"


def test_sanctioned_for_supplying_with_the_goal_on_the_penalty() -> None:
    text = "Washington sanctioned three India-based companies for supplying servo motors to an Iranian drone maker."
    t = _one(text)
    assert _names(t) == ("India", "Iran")
    assert t.status == "alleged"


# firms "in X", "based in X": the state they act for in a relative clause or a penalty


def test_firms_in_a_state_accused_in_a_relative_clause() -> None:
    text = (
        "The Treasury on Tuesday imposed sanctions on five companies in China that it accused of "
        "supplying navigation modules to an Iranian missile maker."
    )
    t = _one(text)
    assert _names(t) == ("China", "Iran")
    assert t.status == "alleged"


def test_firms_based_in_a_state_sanctioned_for_supplying() -> None:
    text = "The Treasury sanctioned six companies based in Malaysia for supplying drone engines to Iran."
    assert _pairs(text) == {("Malaysia", "Iran")}


def test_firm_in_a_state_that_bought_gives_it_no_seat() -> None:
    # (a buyer in a trading hub is a stop on the goods' way, not their receiver)
    text = "Investigators traced U.S.-made chips to a distributor in Hong Kong that had bought them in 2023."
    assert ("China", "Hong Kong") not in _pairs(text)
    assert all(_names(t)[1] != "Hong Kong" or _names(t)[0] == "United States" for t in _transfers(text))


# a report's own date does not date its findings


def test_findings_told_in_a_report_last_year_are_undated() -> None:
    text = "A U.N. panel said in a report last year that Iran had supplied missile components to the Houthis."
    t = _one(text)
    assert _names(t) == ("Iran", "Houthis")
    assert t.date is None


def test_findings_of_a_report_fronted_are_undated() -> None:
    text = "In a study last year, researchers said Belarus had delivered shells to Russia."
    assert _one(text).date is None


def test_said_last_year_without_a_report_keeps_the_telling() -> None:
    text = "The panel said last year that Iran had supplied missile components to the Houthis."
    assert _one(text).date == "2024"


def test_the_findings_own_date_is_kept() -> None:
    text = "A U.N. panel said in a report last year that Iran had supplied missile components to the Houthis in 2023."
    assert _one(text).date == "2023"


# a body that sits in a place set before the clause speaks for that place's state


def test_ministry_after_a_fronted_capital_is_a_party() -> None:
    text = (
        "WASHINGTON, Sept 25 (Reuters) - The United States announced a new aid package.\n"
        "In Oslo, the defence ministry said on Tuesday that Norway had handed over two more NASAMS "
        "launchers to Ukraine last week."
    )
    got = [t for t in _transfers(text) if _names(t) == ("Norway", "Ukraine")]
    assert len(got) == 1 and got[0].status == "confirmed"


def test_officials_after_a_fronted_capital_are_a_party() -> None:
    text = (
        "WASHINGTON, Sept 25 (Reuters) - The United States announced a new aid package.\n"
        "In Tokyo, officials said Japan had delivered three radars to the Philippines last month."
    )
    got = [t for t in _transfers(text) if _names(t) == ("Japan", "Philippines")]
    assert len(got) == 1 and got[0].status == "confirmed"


# "Central Command" alone is the U.S. command


def test_bare_central_command_acts_for_the_united_states() -> None:
    t = _one("Central Command said on Monday it was weighing whether to give the seized rifles to Ukraine.")
    assert _names(t) == ("United States", "Ukraine")
    assert t.status == "planned"


# "those who" do an act, in a warning of what will come to them: whoever does it


def test_those_who_help_arm_a_state_will_be_punished() -> None:
    # (a guard: the warning's "arm" names no act of anyone's)
    text = (
        "Texas man pleads guilty to smuggling U.S. chips to Russia through Georgia\n"
        "His co-defendant, Georgian national Levan Beridze, is charged with trying to send a further "
        "consignment of spectrum analyzers to Moscow by way of Kazakhstan.\n"
        '"Those who help arm Russia\'s war machine will be found and held to account," a prosecutor said.'
    )
    assert all(i.category != "other" for t in _transfers(text) for i in t.items)


# a conjunct that describes the goods the clause before told tells no act of its own


def test_recipients_describing_the_goods_do_not_confirm() -> None:
    text = (
        "France has supplied more than 30 Caesar howitzers to Ukraine since 2022, and Ukrainian "
        "gunners call them among the most accurate weapons at the front."
    )
    t = _one(text)
    assert _names(t) == ("France", "Ukraine")
    assert t.status == "reported"


def test_recipients_saying_it_still_confirm() -> None:
    t = _one("France has supplied more than 30 Caesar howitzers to Ukraine since 2022, Ukrainian officials said.")
    assert t.status == "confirmed"
