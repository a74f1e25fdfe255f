"""English receipts told with no giver, then several givers of the same goods named in the next
sentence ("Ukraine has received its first F-16s. The aircraft came from Denmark and the Netherlands"):
the receipt is the givers' acts told before them, not a record of an unknown giver beside them."""

from __future__ import annotations

from functools import partial

from tests.parties import pair_list, records

PUB = "2025-06-15"

_pair_list = partial(pair_list, lang="en", published=PUB)
_records = partial(records, lang="en", published=PUB)


def test_two_givers_named_next_leave_no_giverless_receipt() -> None:
    text = "Poland took delivery of its first K2 tanks last month. The tanks came from South Korea and Germany."
    assert sorted(_pair_list(text)) == [("Germany", "Poland"), ("South Korea", "Poland")]


def test_the_receipts_date_passes_to_the_givers() -> None:
    text = "Ukraine received its first F-16 jets last month. The aircraft came from Denmark and Norway."
    assert sorted(_records(text)) == [
        ("Denmark", "Ukraine", "2025-05", "reported"),
        ("Norway", "Ukraine", "2025-05", "reported"),
    ]


def test_givers_of_other_goods_leave_the_receipt_standing() -> None:
    # (givers named next for goods of another kind gave those; the receipt's giver stays unknown)
    text = "Ukraine received F-16 jets last month. Artillery shells came from Denmark and Norway."
    assert (None, "Ukraine") in set(_pair_list(text))
