"""English parts found in a state's or a group's weapons ("US-made chips were found in the wreckage
of North Korean missiles") reached that state or group, as the Japanese front end reads
「北朝鮮製ミサイルの残骸から米国製の部品が見つかった」: their supplier is the parts' own origin where
the text gives one, else unknown. Parts found anywhere else, or weapons of no told owner, tell no
transfer."""

from __future__ import annotations

from functools import partial

from tests.parties import pair_list

_pairs = partial(pair_list, lang="en", published="2025-03-10")


def test_parts_of_a_told_make_found_in_a_states_missiles_came_from_that_make() -> None:
    text = "US-made chips were found in the wreckage of North Korean missiles fired at Kharkiv."
    assert _pairs(text) == [("United States", "North Korea")]


def test_parts_found_inside_a_states_drones_the_parse_hangs_on_the_parts() -> None:
    assert _pairs("Investigators found Japanese components inside Russian drones.") == [("Japan", "Russia")]


def test_parts_of_a_told_manufacture_found_in_a_groups_drones() -> None:
    text = "Gyroscopes of Iranian manufacture were recovered from the debris of Houthi drones."
    assert _pairs(text) == [("Iran", "Houthis")]


def test_parts_of_no_told_make_have_no_supplier() -> None:
    assert _pairs("Microchips were found in the wreckage of Russian Kh-101 missiles.") == [(None, "Russia")]


def test_parts_found_in_a_warehouse_or_in_weapons_of_no_owner_tell_nothing() -> None:
    assert _pairs("Police found Chinese drone parts in a garage in Kyiv.") == []
    assert _pairs("US-made chips were found in the wreckage of the missiles.") == []


def test_parts_found_in_a_states_designs_are_no_weapons_reached() -> None:
    text = "Western analysts have long found foreign-made engines and chips in Iranian designs."
    assert _pairs(text) == []
