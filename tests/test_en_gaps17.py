"""English gaps from the en-340..359 batch: a headline with no final stop run into the lead below
it by the parser (the lead's parties then hang off the headline's verb and its record is lost), and
firms put on a list read as goods taken in when the parse hides the list ("adds 27 firms to export
blacklist", "added nine people and two entities to the list")."""

from __future__ import annotations

from functools import partial

from tests.parties import pair, pairs_in, transfers

from materiel.nlp import parse
from materiel.pipeline import analyze_text

PUB = "2024-11-12"


_run = partial(analyze_text, lang="en", published=PUB)


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for _off, doc in parse(text, "en") for s in doc.sents if s.text.strip()]


# a headline with no final stop ends its sentence at the line break


def test_headline_with_a_reporting_tail_is_a_sentence_of_its_own() -> None:
    text = (
        "Belarus keeps Russian guns fed despite sanctions, Lithuanian officials tell parliament\n\n"
        "Belarus has kept sending artillery shells to Russia from its depots near Minsk, officials said."
    )
    first, second = _sentences(text)[:2]
    assert first.endswith("parliament")
    assert second.startswith("Belarus has kept")


def test_lead_under_a_headline_keeps_its_record() -> None:
    a = _run(
        "Iran keeps Houthis supplied despite naval patrols, US commander tells Congress\n\n"
        "Iran has kept shipping missile and drone components to the Houthis in Yemen even as "
        "allied warships patrol the Red Sea, a US general told lawmakers on Thursday."
    )
    assert ("Iran", "Houthis") in pairs_in(a)


def test_lead_under_a_short_headline_keeps_its_parties() -> None:
    a = _run(
        "North Korea keeps shells flowing, Seoul tells lawmakers\n\n"
        "North Korea has kept sending artillery shells to Russia by rail, "
        "South Korea's spy agency told lawmakers on Wednesday."
    )
    assert ("North Korea", "Russia") in pairs_in(a)


def test_a_line_ending_in_a_colon_runs_on_into_the_next() -> None:
    text = 'The minister said:\n\n"We have sent no weapons to anyone."'
    assert len(_sentences(text)) == 1


def test_headline_alone_is_not_split_and_still_read() -> None:
    a = _run("Turkey delivers Bayraktar drones to Kenya, ministry says\n")
    assert ("Turkey", "Kenya") in pairs_in(a)


# firms put on a list: no goods taken in


def test_firms_added_to_export_blacklist_in_a_headline_are_no_transfer() -> None:
    assert _run("U.S. adds 27 firms to export blacklist over drone parts").transfers == []


def test_firms_added_to_export_blacklist_by_japan_are_no_transfer() -> None:
    assert _run("Japan adds 12 firms to export blacklist over drone parts\n").transfers == []


def test_people_and_entities_added_to_the_list_are_no_transfer() -> None:
    a = _run(
        "The Council of the European Union added two individuals and seven entities to the list of "
        "those subject to restrictive measures over Iran's drones and missiles."
    )
    assert a.transfers == []


def test_planned_export_is_still_read() -> None:
    a = _run("China agreed to export drones to Russia, officials said.")
    assert ("China", "Russia") in pairs_in(a)


def test_goods_added_to_an_order_are_still_read() -> None:
    a = _run("Poland added 18 more K9 howitzers to its order from South Korea last month.")
    assert ("South Korea", "Poland") in pairs_in(a)


# goods built at home and delivered to the state's own forces cross no border


def test_built_at_a_site_at_home_and_delivered_to_own_forces_is_no_transfer() -> None:
    text = "The drones are assembled at the company's facility outside Istanbul and delivered to the Turkish Air Force."
    assert transfers(text, lang="en", published="2025-01-01") == []
    text = "The launchers are made at a plant near Kyiv and delivered to the Ukrainian army."
    assert transfers(text, lang="en", published="2025-01-01") == []


def test_built_abroad_and_delivered_to_a_buyer_stays_a_transfer() -> None:
    text = "The K9 howitzers are built at Hanwha's plant in Changwon and delivered to the Polish army."
    [t] = transfers(text, lang="en", published="2025-01-01")
    assert pair(t) == ("South Korea", "Poland")
