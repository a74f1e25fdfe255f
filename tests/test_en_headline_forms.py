"""English headline forms: a source after a dash closing the headline ("... ballistic missiles -
sources", "... – report", "... — WSJ") is parsed apart from the clause, whose goods it would
otherwise head; and a headline's short verb of approving ("OKs", "okays", "greenlights") is read as
"approve"."""

from __future__ import annotations

from functools import partial

from tests.parties import pair, pair_list, transfers

_pairs = partial(pair_list, lang="en", published="2025-03-10")


def test_a_source_after_a_dash_leaves_the_goods_to_the_clause() -> None:
    (t,) = transfers("Iran sends Russia hundreds of ballistic missiles - sources", lang="en", published="2025-03-10")
    assert pair(t) == ("Iran", "Russia")
    assert [i.category for i in t.items] == ["missile"]


def test_a_report_or_an_outlet_after_a_dash_on_a_headline_over_a_lead() -> None:
    text = "North Korea ships more shells to Russia – report\nThe shipments went by rail, officials said."
    assert _pairs(text) == [("North Korea", "Russia")]
    assert _pairs("China supplying drone parts to Russia — WSJ") == [("China", "Russia")]


def test_headline_verbs_of_approving_approve_a_sale() -> None:
    assert _pairs("Pentagon OKs $1bn arms sale to Taiwan") == [("United States", "Taiwan")]
    assert _pairs("State Department greenlights $2bn missile sale to Egypt") == [("United States", "Egypt")]
