"""English gaps in parties: each act's goods on its own record when a sentence tells two acts, the
doer of a gerund under a denial not made ("did not deny sending"), the partner of a deal signed to
buy (the seller), and a carrier that docked at a port and unloaded goods there."""

from __future__ import annotations

from functools import partial

from tests.parties import pair as _pair

from materiel.model import Transfer
from materiel.pipeline import analyze_text

PUB = "2025-03-10"

_run = partial(analyze_text, lang="en", published=PUB)


def _goods(t: Transfer) -> set[str]:
    return {i.text for i in t.items}


# two acts in a sentence, each with goods of its own


def test_two_acts_keep_their_own_goods() -> None:
    by_pair = {
        _pair(t): _goods(t)
        for t in _run("Germany sent 20 Leopard tanks to Ukraine, while France delivered 12 Caesar howitzers.").transfers
    }
    assert by_pair == {("Germany", "Ukraine"): {"Leopard tanks"}, ("France", "Ukraine"): {"Caesar howitzers"}}


def test_one_receiver_from_two_suppliers_keeps_each_lot_apart() -> None:
    for text, first, second in (
        ("Russia received 300 Shahed drones from Iran and millions of shells from North Korea.", "Iran", "North Korea"),
        ("Ukraine received 31 Abrams tanks from the US and 18 Leopard tanks from Germany.", "United States", "Germany"),
    ):
        by_supplier = {_pair(t)[0]: _goods(t) for t in _run(text).transfers}
        assert set(by_supplier) == {first, second}, text
        assert by_supplier[first].isdisjoint(by_supplier[second]), text


def test_goods_listed_after_a_colon_or_in_the_next_sentence() -> None:
    [t] = _run("Turkey delivered arms to Kyiv: 50 Kirpi vehicles, Bayraktar drones and mortar rounds.").transfers
    assert _pair(t) == ("Turkey", "Ukraine")
    assert {"Kirpi vehicles", "Bayraktar drones", "mortar rounds"} <= _goods(t)
    [t] = _run("Turkey delivered arms to Ukraine. They included 50 Kirpi vehicles and mortar rounds.").transfers
    assert {"Kirpi vehicles", "mortar rounds"} <= _goods(t)


# "did not deny sending": the one not denying is the doer


def test_gerund_under_a_denial_not_made_takes_the_subject() -> None:
    for text in (
        "Kyiv did not deny sending drones to Sudan.",
        "Kyiv never denied sending drones to Sudan.",
        "Kyiv has not denied sending drones to Sudan, officials said.",
    ):
        [t] = _run(text).transfers
        assert _pair(t) == ("Ukraine", "Sudan"), text
        assert t.status == "alleged", text


def test_gerund_under_a_denial_or_admission_keeps_its_doer() -> None:
    [t] = _run("Kyiv denied sending drones to Sudan.").transfers
    assert (_pair(t), t.status) == (("Ukraine", "Sudan"), "denied")
    [t] = _run("Minsk admitted shipping shells to Russia.").transfers
    assert (_pair(t), t.status) == (("Belarus", "Russia"), "confirmed")
    [t] = _run("Sudan denied receiving drones from Ukraine.").transfers
    assert _pair(t) == ("Ukraine", "Sudan")


# a deal signed "with" a partner to buy: the partner sells


def test_deal_of_a_kind_signed_to_buy_names_the_seller() -> None:
    for text, pair in (
        ("Poland signed a tank deal with South Korea to buy 180 tanks.", ("South Korea", "Poland")),
        ("Egypt signed an arms agreement with Russia to buy 20 helicopters.", ("Russia", "Egypt")),
        ("In 2022 Poland signed a contract with Seoul to purchase 200 tanks.", ("South Korea", "Poland")),
    ):
        [t] = _run(text).transfers
        assert _pair(t) == pair, text
        assert t.status == "planned", text


def test_deal_of_a_kind_with_a_partner_and_no_act_still_names_no_seller() -> None:
    assert not any(_pair(t)[0] == "Russia" for t in _run("Iran signed a drone deal with Russia last year.").transfers)


# "docked at Tobruk and unloaded": the conjunct takes the carrier and the port


def test_carrier_that_docked_and_unloaded() -> None:
    for text, pair in (
        ("Two Russian cargo ships docked at Tobruk and unloaded armoured vehicles.", ("Russia", "Libya")),
        ("A Russian ship docked at Tartus last week and delivered 40 tanks.", ("Russia", "Syria")),
    ):
        [t] = _run(text).transfers
        assert _pair(t) == pair, text


def test_carrier_that_docked_and_left_moves_nothing() -> None:
    assert not _run("Two Russian cargo ships docked at Tobruk and left two days later.").transfers
    assert not _run("A Russian frigate docked at Tartus and refuelled.").transfers
