"""English constructions found missing (fourth round): the offer a buyer turned down, told as a
conjunct of the one chosen; goods that "came from" one party and were bound for another; a joint
make ("Franco-Italian"); goods of another's make in a story whose one supplier gives other goods;
a maker named before its system ("Dassault Rafale"); a further count told right before a date;
and a make's place written as two words ("locally made") before the goods."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import name, only, pair_list, pairs, transfers

PUB = "2024-03-14"
_only = partial(only, lang="en", published=PUB)
_pairs = partial(pairs, lang="en", published=PUB)
_pair_list = partial(pair_list, lang="en", published=PUB)
_transfers = partial(transfers, lang="en", published=PUB)


def _items(text: str) -> set[str]:
    return {it.text for t in _transfers(text) for it in t.items}


@pytest.mark.parametrize(
    ("text", "pair", "kept", "dropped"),
    [
        (
            "Vietnam opted for the Russian Su-30 fighter instead of the Swedish Gripen.",
            ("Russia", "Vietnam"),
            "Su-30",
            "Gripen",
        ),
        (
            "Egypt bought K9 howitzers from South Korea rather than more Caesar guns.",
            ("South Korea", "Egypt"),
            "K9",
            "Caesar",
        ),
    ],
)
def test_the_offer_turned_down_is_no_part_of_the_purchase(
    text: str, pair: tuple[str, str], kept: str, dropped: str
) -> None:
    assert _pair_list(text) == [pair]
    words = " ".join(_items(text))
    assert kept in words and dropped not in words


def test_the_make_of_the_offer_turned_down_supplies_nothing() -> None:
    # ("instead of" read as a conjunction: the one turned down hangs beside the chosen jet)
    found = _transfers("Romania chose the F-35A instead of the French Rafale.")
    assert all(name(t.supplier) != "France" for t in found)
    assert all("Rafale" not in it.text for t in found for it in t.items)


def test_more_than_is_a_comparison_not_an_offer_turned_down() -> None:
    t = _only("Russia imported more than half of its machine tools from China last year.")
    assert ((name(t.supplier), name(t.recipient)), t.date) == (("China", "Russia"), "2023")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Greece received Dassault Rafale jets in January.", ("France", "Greece")),
        ("Azerbaijan took delivery of Elbit Hermes 900 drones.", ("Israel", "Azerbaijan")),
        ("India received Boeing Apache helicopters in July, the US embassy said.", ("United States", "India")),
    ],
)
def test_a_maker_named_before_its_system_gives_its_state(text: str, pair: tuple[str, str]) -> None:
    # (the maker is a firm of its own, not a part of the system's name)
    assert _pair_list(text) == [pair]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The rockets had come from Iran and were destined for Hezbollah.", ("Iran", "Hezbollah")),
        ("The mortar rounds came from Bulgaria and were bound for Sudan.", ("Bulgaria", "Sudan")),
        ("The missiles, which came from North Korea, were destined for Russia.", ("North Korea", "Russia")),
    ],
)
def test_goods_that_came_from_a_party_and_were_bound_for_another_are_its(text: str, pair: tuple[str, str]) -> None:
    assert _pair_list(text) == [pair]


def test_goods_that_came_from_a_party_and_were_put_to_use_go_nowhere() -> None:
    assert ("Russia", None) not in _pairs("Most of the rifles came from Russia and were used by the army.")
    assert not any(s == "Russia" for s, _r in _pairs("Most of the rifles came from Russia and were used by the army."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Singapore received Franco-Italian Aster missiles for its frigates.",
            {("France", "Singapore"), ("Italy", "Singapore")},
        ),
        ("Qatar will get Anglo-French Storm Shadow missiles.", {("United Kingdom", "Qatar"), ("France", "Qatar")}),
        ("Poland received German-Norwegian submarines.", {("Germany", "Poland"), ("Norway", "Poland")}),
    ],
)
def test_a_joint_make_names_each_maker_a_supplier(text: str, expected: set[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


def test_a_combining_form_alone_names_no_state() -> None:
    # ("Franco" is a name; only "Franco-" joined to another make names France)
    assert not any("France" in p for p in _pairs("General Franco sent rifles to the rebels in 1936."))
    # ("Anglo-Saxon" joins a people, no state's adjective)
    assert not any("United Kingdom" in p for p in _pairs("The Anglo-Saxons keep arming Kyiv, the Kremlin said."))


_HEADLINE_STORY = (
    "Kuwait takes delivery of first UH-60 Black Hawk helicopters\n\n"
    "KUWAIT CITY - Kuwait on Tuesday received the first of 12 UH-60 Black Hawk helicopters it ordered in 2021.\n\n"
    "Separately, Kuwait ordered 18 Caesar howitzers from France last year, according to reports.\n"
)


def test_goods_of_another_make_take_no_supplier_of_other_goods() -> None:
    found = _transfers(_HEADLINE_STORY)
    helicopters = [t for t in found if any("Black Hawk" in it.text for it in t.items)]
    assert helicopters and all(name(t.supplier) != "France" for t in helicopters)
    assert ("France", "Kuwait") in {(name(t.supplier), name(t.recipient)) for t in found}


def test_goods_of_the_kind_the_one_supplier_gives_are_still_its() -> None:
    # (a state passing on stocks of another's make: the same kind of goods, the same giver)
    text = "Poland sent 60 T-72 tanks to Ukraine in 2022.\n\nUkraine received 30 more T-72 tanks in May 2023.\n"
    assert _pair_list(text) == [("Poland", "Ukraine"), ("Poland", "Ukraine")]


def test_a_further_count_before_a_date_is_the_pledge_s_own() -> None:
    found = _transfers("Norway sent three NASAMS launchers to Ukraine in 2023 and pledged a further two last month.")
    assert [(t.status, t.items[0].quantity.value if t.items[0].quantity else None) for t in found] == [
        ("reported", 3),
        ("planned", 2),
    ]
    assert found[1].date == "2024-02"


@pytest.mark.parametrize(
    ("text", "pair", "count"),
    [
        ("Serbia sold 40 locally made Nora B-52 howitzers to Cyprus.", ("Serbia", "Cyprus"), 40),
        ("Iran shipped 300 locally produced Shahed drones to Russia last year.", ("Iran", "Russia"), 300),
    ],
)
def test_goods_made_at_home_written_as_two_words_are_the_act_s_goods(
    text: str, pair: tuple[str, str], count: int
) -> None:
    t = _only(text)
    assert (name(t.supplier), name(t.recipient)) == pair
    assert t.items[0].quantity is not None and t.items[0].quantity.value == count


def test_goods_said_to_be_made_at_home_keep_their_verb() -> None:
    # ("were locally made": the participle is the clause's own verb, not a modifier of goods)
    assert _pair_list("The guns were locally made in Pyongyang and shipped to Russia by rail.") in (
        [("North Korea", "Russia")],
        [(None, "Russia")],
    )
