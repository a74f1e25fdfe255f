"""Japanese: the party a clause trains, backs or arms right before an act of giving that names no
receiver of its own (「米国はイラク軍を訓練し、武器を供給してきた」) is the one it gives to; an act with
a receiver of its own keeps it, and training alone gives nothing."""

from __future__ import annotations

from functools import partial

from tests.parties import pair_list

_pairs = partial(pair_list, lang="ja", published="2025-03-10")


def test_the_army_trained_is_the_one_supplied() -> None:
    assert _pairs("米国はイラク軍を訓練し、武器を供給してきた。") == [("United States", "Iraq")]


def test_the_army_backed_is_the_one_given_jets() -> None:
    assert _pairs("ロシアはシリア軍を支援し、戦闘機を供与した。") == [("Russia", "Syria")]


def test_an_act_with_a_receiver_of_its_own_keeps_it() -> None:
    assert _pairs("イランはフーシ派を訓練し、ロシアに無人機を供与した。") == [("Iran", "Russia")]


def test_training_alone_gives_nothing() -> None:
    assert _pairs("米国はウクライナ兵を訓練している。") == []
