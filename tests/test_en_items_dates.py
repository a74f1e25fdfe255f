"""English goods and dates as real reports write them: a "towed" gun read as a second verb, an
acronym that begins a goods word ("RF modules"), a long series with a clause on its last goods, a
package's contents listed after the verb that pledged it, a
second giver written before its goods ("and Germany IRIS-T systems"), a lot told in a clause beside
the main act ("while deliveries of ... began last May"); and dates: "last May", the date of the verb
an act noun is the subject of, and halves of a year told as of the publication."""

from __future__ import annotations

from functools import partial

from tests.parties import pair as _pair
from tests.parties import pairs

from materiel.model import Transfer
from materiel.pipeline import analyze_text

PUB = "2025-06-13"

_run = partial(analyze_text, lang="en", published=PUB)
_pairs = partial(pairs, lang="en", published=PUB)


def _texts(t: Transfer) -> list[str]:
    return [i.text for i in t.items]


def _categories(t: Transfer) -> dict[str, str]:
    return {i.text: i.category for i in t.items}


# "towed" before a gun read by the parser as a second verb


def test_towed_guns_at_the_end_of_a_series_are_goods_of_the_act() -> None:
    [t] = _run("Russia sent T-72 tanks and towed 122mm howitzers to Mali.").transfers
    assert _pair(t) == ("Russia", "Mali")
    assert any("howitzers" in x for x in _texts(t))
    assert any("T-72" in x for x in _texts(t))


def test_towed_guns_in_a_series_under_including_are_listed() -> None:
    a = _run(
        "A convoy of about 60 trucks, including T-72 tanks, BMP-2 infantry fighting vehicles and towed "
        "122mm howitzers, reached Bangui on Monday from Russia, officials said."
    )
    [t] = a.transfers
    assert any("howitzers" in x for x in _texts(t))
    assert len(t.items) == 3


def test_towed_as_a_verb_on_a_pronoun_stays_a_verb() -> None:
    [t] = _run("Russia sent tanks to Mali and towed them to the front.").transfers
    assert _pair(t) == ("Russia", "Mali")
    assert _texts(t) == ["tanks"]


# components: an acronym the model read as a firm begins a goods word


def test_an_acronym_before_modules_is_no_party() -> None:
    a = _run("Chinese companies sold RF modules, GPS receivers and FPGAs to Iran.")
    [t] = a.transfers
    assert _pair(t) == ("China", "Iran")
    assert _categories(t) == {"RF modules": "components", "GPS receivers": "components", "FPGAs": "components"}


def test_gnss_modules_shipped_by_firms_of_a_state_are_components() -> None:
    [t] = _run("US firms shipped GNSS modules and radio-frequency modules to Russia.").transfers
    assert _pair(t) == ("United States", "Russia")
    assert set(_texts(t)) == {"GNSS modules", "radio-frequency modules"}


def test_batteries_for_drones_are_components_and_the_drones_only_their_purpose() -> None:
    [t] = _run("Chinese companies sold Iran power modules and lithium batteries for drones.").transfers
    assert _categories(t) == {"power modules": "components", "lithium batteries": "components"}


# a series whose last goods carry the clause telling the act


def test_a_clause_on_the_last_goods_of_a_series_takes_the_whole_series() -> None:
    a = _run(
        "The cargo included dozens of anti-ship missiles, drone engines and radar systems sent by Iran to the Houthis."
    )
    [t] = a.transfers
    assert _pair(t) == ("Iran", "Houthis")
    assert _categories(t) == {
        "anti-ship missiles": "missile",
        "drone engines": "components",
        "radar systems": "air-defence",
    }
    [missiles] = [i for i in t.items if i.category == "missile"]
    assert missiles.quantity is not None and missiles.quantity.value is None  # "dozens": vague


def test_a_relative_clause_after_a_series_under_including_takes_the_whole_series() -> None:
    a = _run(
        "The seized cargo amounted to some 200 tonnes, including dozens of anti-ship missiles, drone engines "
        "and radar systems, which Iran had sent to the Houthis, the Navy said."
    )
    [t] = a.transfers
    assert len(t.items) == 3


# a package pledged by a verb, its contents listed in the next sentence


def test_the_contents_of_a_package_a_verb_pledged_are_its_goods() -> None:
    a = _run(
        "Germany pledged a new aid package to Ukraine on Monday. The package includes four IRIS-T launchers, "
        "20,000 artillery shells and reconnaissance drones."
    )
    [t] = a.transfers
    assert _pair(t) == ("Germany", "Ukraine")
    assert t.status == "planned"
    assert len(t.items) == 3


def test_a_request_told_between_gets_no_contents_of_the_package() -> None:
    a = _run(
        "Sweden will donate 18 Archer howitzers to Ukraine, the government said on Monday. "
        '"This package has what Kyiv has asked us for," the minister said. '
        "The package also contains RBS 70 missiles and ammunition."
    )
    [t] = a.transfers
    assert t.status == "planned"
    assert any("RBS 70" in x for x in _texts(t))


# a second giver written right before its own goods


def test_a_second_state_before_its_goods_gives_those_goods() -> None:
    a = _run("France sent Caesar howitzers and Germany IRIS-T systems to Ukraine last month.")
    by_pair = {_pair(t): t for t in a.transfers}
    assert set(by_pair) == {("France", "Ukraine"), ("Germany", "Ukraine")}
    assert _texts(by_pair[("France", "Ukraine")]) == ["Caesar howitzers"]
    assert any("IRIS-T" in x for x in _texts(by_pair[("Germany", "Ukraine")]))
    assert by_pair[("Germany", "Ukraine")].date == "2025-05"


def test_goods_of_a_state_s_make_in_the_series_are_no_second_giver() -> None:
    assert _pairs("Russia sent Su-35 jets and Iranian drones to Sudan.") == {("Russia", "Sudan")}
    assert _pairs("Russia sent Pantsir systems and Chinese-made drones to Mali.") == {("Russia", "Mali")}


# a lot told in a clause set beside the main act


def test_deliveries_begun_in_a_clause_beside_the_act_are_a_lot_of_the_same_parties() -> None:
    a = _run(
        "Romania has received 18 HIMARS launchers from the United States since 2022, "
        "while deliveries of Patriot missiles began last May."
    )
    assert [(_pair(t), t.date, _texts(t)) for t in a.transfers] == [
        (("United States", "Romania"), "2022", ["HIMARS launchers"]),
        (("United States", "Romania"), "2025-05", ["Patriot missiles"]),
    ]


def test_a_lot_beside_the_act_with_its_own_giver_keeps_it() -> None:
    a = _run(
        "Chile has received 12 F-16 jets from the Netherlands since 2020, "
        "while deliveries of Leopard tanks from Germany began last May."
    )
    assert sorted((_pair(t), t.date) for t in a.transfers) == [
        (("Germany", "Chile"), "2025-05"),
        (("Netherlands", "Chile"), "2020"),
    ]


def test_shipments_started_in_a_clause_after_and_are_a_lot_of_the_same_parties() -> None:
    a = _run(
        "The United States has sent Poland 250 Abrams tanks since 2022, and shipments of Apache helicopters "
        "started in March."
    )
    assert [(_pair(t), t.date) for t in a.transfers] == [
        (("United States", "Poland"), "2022"),
        (("United States", "Poland"), "2025-03"),
    ]


# dates


def test_last_may_is_a_month() -> None:
    [t] = _run("Iran shipped drones to Russia last May.").transfers
    assert t.date == "2025-05"


def test_an_act_noun_is_dated_by_the_verb_it_is_the_subject_of_not_by_the_saying() -> None:
    a = _run("The first shipment of Shahed drones arrived in Russia in late August 2022, US officials said on Friday.")
    [t] = a.transfers
    assert t.date == "2022-08"


def test_a_deed_dated_only_by_the_saying_keeps_its_month() -> None:
    [t] = _run("The Pentagon said on Tuesday that it had sent Patriot interceptors to Ukraine.").transfers
    assert t.date == "2025-06"


def test_over_the_past_year_starts_in_a_month() -> None:
    [t] = _run("Iran has shipped drones to Russia over the past year.").transfers
    assert t.date == "2024-06"


def test_the_first_half_of_the_year_is_of_the_publication_s_year() -> None:
    [t] = _run("Turkey delivered Bayraktar drones to Ukraine in the first half of the year.").transfers
    assert t.date == "2025-01"


def test_the_second_half_of_last_year_starts_in_july() -> None:
    [t] = _run("Turkey delivered Bayraktar drones to Ukraine in the second half of last year.").transfers
    assert t.date == "2024-07"


def test_a_half_of_a_written_year_is_unchanged() -> None:
    [t] = _run("Turkey delivered Bayraktar drones to Ukraine in the first half of 2024.").transfers
    assert t.date == "2024-01"
