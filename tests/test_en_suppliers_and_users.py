"""English: a party said to be one of, or among, another's suppliers supplies it ("Israel remains one
of Azerbaijan's biggest arms suppliers"); and goods told in use whose own clause tells where they came
from ("Russia uses drones that come from Iran", "The missiles the Houthis fire were supplied by
Iran") came to their user. Use alone, or a rank among all the world's suppliers, is no transfer."""

from __future__ import annotations

from functools import partial

from tests.parties import pair_list

_pairs = partial(pair_list, lang="en", published="2025-03-10")


def test_one_of_a_states_biggest_suppliers_supplies_it() -> None:
    assert _pairs("Israel remains one of Azerbaijan's biggest arms suppliers.") == [("Israel", "Azerbaijan")]
    assert _pairs("China is one of Pakistan's suppliers of fighter jets.") == [("China", "Pakistan")]


def test_among_a_states_main_suppliers_supplies_it() -> None:
    assert _pairs("Turkey is among Ukraine's main drone suppliers.") == [("Turkey", "Ukraine")]


def test_one_of_the_worlds_biggest_suppliers_supplies_no_one() -> None:
    assert _pairs("Iran is one of the world's biggest drone suppliers.") == []


def test_goods_in_use_that_came_from_a_state_came_to_their_user() -> None:
    assert _pairs("Russia uses drones that come from Iran.") == [("Iran", "Russia")]
    assert _pairs("The missiles the Houthis fire were supplied by Iran.") == [("Iran", "Houthis")]


def test_goods_in_use_that_strike_a_city_are_no_transfer() -> None:
    assert _pairs("The drones Russia uses hit Kyiv.") == []
    assert _pairs("Russia fired drones that hit Kyiv.") == []
