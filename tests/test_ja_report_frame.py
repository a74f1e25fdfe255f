"""Japanese broadcast report frames (「これは…が明らかにしたもので、…ということです」): the teller
the frame names is no party to the act, but it speaks for the sentence, so an office telling of goods
come to no one named tells of its own state's, and a third state's office tells of others' acts."""

from __future__ import annotations

from functools import partial

from tests.parties import records

_records = partial(records, lang="ja", published="2025-03-10")


def test_an_office_framing_its_own_states_receipt_makes_its_state_the_recipient() -> None:
    text = "これはウクライナ国防省が4日に明らかにしたもので、ドイツから供与された戦車が到着したということです。"
    assert _records(text) == [("Germany", "Ukraine", "2025-03", "confirmed")]


def test_a_third_states_office_framing_an_act_is_no_party() -> None:
    text = "これは韓国国防省が4日に明らかにしたもので、北朝鮮は砲弾をロシアに送ったということです。"
    assert _records(text) == [("North Korea", "Russia", "2025-03", "reported")]
