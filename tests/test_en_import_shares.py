"""English: shares of a state's arms imports, as SIPRI fact sheets and the reports on them tell them:
"per cent" spelled apart, "its imports" owned by the state the sentence is about, and co-suppliers
listed with a share of their own and the verb left out."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import pair_list

_pairs = partial(pair_list, lang="en", published="2025-03-10")


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("China supplied 81 per cent of Pakistan's arms imports in 2020-24.", [("China", "Pakistan")]),
        (
            "Saudi Arabia is among the largest arms importers, with the United States accounting for 74 per cent"
            " of its arms imports.",
            [("United States", "Saudi Arabia")],
        ),
        (
            "Egypt stayed a major buyer: France accounted for 27 per cent of its arms imports.",
            [("France", "Egypt")],
        ),
    ],
)
def test_a_share_of_a_states_imports_names_its_supplier(text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Qatar received weapons from a dozen states, with the United States accounting for 48 per cent of"
            " its imports, Italy for 20 per cent and France for 14 per cent.",
            [("United States", "Qatar"), ("Italy", "Qatar"), ("France", "Qatar")],
        ),
        (
            "India remained the second-largest importer: Russia accounted for 36 per cent of its arms imports,"
            " France 33 per cent and Israel 13 per cent.",
            [("Russia", "India"), ("France", "India"), ("Israel", "India")],
        ),
    ],
)
def test_gapped_co_suppliers_with_shares_of_their_own_supply_too(text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(text) == pairs


def test_a_share_of_something_else_is_no_supplier() -> None:
    assert _pairs("Russia accounted for 36 per cent of India's oil purchases last year.") == []
