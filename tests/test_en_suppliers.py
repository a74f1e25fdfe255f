"""English sentences that name the origin of their own goods in a form the rules did not read, so that
the supplier of the act before was carried over ("drone engines of Chinese origin", "shells
originating from North Korea"), and a go-between told again buying the goods it passes on ("The
company bought the chips from a supplier in Hong Kong")."""

from __future__ import annotations

from functools import partial

from tests.parties import name, pairs, transfers

PUB = "2025-03-10"

_pairs = partial(pairs, lang="en", published=PUB)


def _routes(text: str) -> set[tuple[str | None, str | None, frozenset[str | None]]]:
    """(supplier, recipient, go-betweens) of each transfer the text tells."""
    return {
        (name(t.supplier), name(t.recipient), frozenset(name(i) for i in t.intermediaries))
        for t in transfers(text, "en", PUB)
    }


def test_goods_of_a_states_origin_are_not_the_carried_suppliers() -> None:
    text = "Iran shipped drones to Russia. Moscow also obtained machine tools of Chinese origin."
    assert _pairs(text) == {("Iran", "Russia"), ("China", "Russia")}


def test_goods_originating_from_a_state_come_from_it() -> None:
    text = (
        "Belarus delivered armoured vehicles to Russia. "
        "Artillery shells originating from North Korea also reached Russia."
    )
    assert _pairs(text) == {("Belarus", "Russia"), ("North Korea", "Russia")}


def test_goods_with_no_origin_of_their_own_keep_the_carried_supplier() -> None:
    text = "Iran shipped drones to Russia. Russia also received more drones in March."
    assert _pairs(text) == {("Iran", "Russia")}


def test_go_between_buying_from_a_foreign_supplier_adds_a_go_between() -> None:
    text = (
        "An Armenian company re-exported US-made integrated circuits to Russia. "
        "The company bought the chips from a distributor in Singapore."
    )
    assert _routes(text) == {("United States", "Russia", frozenset({"Armenia", "Singapore"}))}
