"""English fixes from a blind batch of newspaper news and think-tank commentary on Asia-Pacific and
Middle East arms sales and Western aid to Ukraine: a sale a party "has not offered" or "did not agree"
to make (a negated binding verb leaves no deal, as a negated intention leaves no plan), and goods
arriving at a port of the buyer's that the gazetteer lacked ("arrived at the port of Ashdod")."""

from __future__ import annotations

from functools import partial

from tests.parties import pair as _pair

from materiel.pipeline import analyze_text

PUB = "2025-04-03"


_run = partial(analyze_text, lang="en", published=PUB)


# a sale a party has not offered or agreed to make: no deal


def test_not_offered_to_sell_is_no_transfer() -> None:
    a = _run(
        "The US Army moved a Typhon missile launcher to Luzon for drills in April. "
        "Washington has not offered to sell the Typhon to Manila."
    )
    assert a.transfers == []


def test_did_not_agree_to_supply_is_no_transfer() -> None:
    a = _run("Paris did not agree to supply the Rafale jets to Baghdad, officials said on Monday.")
    assert a.transfers == []


def test_offered_to_sell_is_still_a_plan() -> None:
    a = _run("Washington has offered to sell twelve F-16 jets to Manila, officials said on Monday.")
    assert [_pair(t) for t in a.transfers] == [("United States", "Philippines")]
    assert a.transfers[0].status == "planned"


# goods arriving at a port: the port's country receives them


def test_arrival_at_an_israeli_port_names_the_buyer() -> None:
    a = _run("A consignment of 155mm shells from the United States arrived at the port of Haifa on Sunday.")
    assert [_pair(t) for t in a.transfers] == [("United States", "Israel")]


def test_arrival_at_a_taiwanese_port_names_the_buyer() -> None:
    a = _run("A batch of Abrams tanks bought from the United States was unloaded at Kaohsiung late last year.")
    assert [_pair(t) for t in a.transfers] == [("United States", "Taiwan")]


# dealings a clause gives to another noun are that noun's, not the speaker's


def test_dealings_of_the_companies_punished_are_not_the_punishers() -> None:
    for text in (
        "Beijing announced sanctions against seven companies it said were involved in arms sales to Taiwan.",
        "Beijing criticized companies that were engaged in arms sales to Taiwan.",
    ):
        assert [t.supplier for t in analyze_text(text, lang="en", published="2024-11-07").transfers] == [], text


def test_a_speaker_involved_in_sales_itself_still_gives() -> None:
    transfers = _run("Beijing said it was involved in arms sales to Pakistan.").transfers
    assert [_pair(t) for t in transfers] == [("China", "Pakistan")]
