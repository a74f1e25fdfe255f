"""English missed acts, round 3: a lot told by its place in a series after the first ("A second
package, announced in May, included Javelin missiles") is a batch of its own between the parties
of the story it goes on, not the lot told before nor nothing at all."""

from __future__ import annotations

from functools import partial

from tests.parties import pair

from materiel.pipeline import analyze_text

PUB = "2025-03-10"

_run = partial(analyze_text, lang="en", published=PUB)


def _records(text: str) -> list[tuple[tuple[str | None, str | None], list[str]]]:
    return [(pair(t), sorted(i.text for i in t.items)) for t in _run(text).transfers]


def test_second_package_listing_goods_is_a_batch_of_its_own() -> None:
    text = (
        "Washington sent Kyiv a first package in March that included 20 Stryker vehicles. "
        "A second package, announced in May, included 155mm artillery shells and Javelin missiles."
    )
    recs = _records(text)
    assert (("United States", "Ukraine"), ["Stryker vehicles"]) in recs
    assert any(p == ("United States", "Ukraine") and "Javelin missiles" in goods for p, goods in recs)
    assert len(recs) == 2


def test_third_package_after_a_gift_goes_on_the_pair() -> None:
    text = "Germany gave Ukraine an air-defence package in January. A third package contained four IRIS-T launchers."
    recs = _records(text)
    assert [p for p, _goods in recs] == [("Germany", "Ukraine")]
    assert "IRIS-T launchers" in recs[0][1][0] or any("IRIS-T" in g for g in recs[0][1])


def test_next_package_comprising_named_goods() -> None:
    text = (
        "France delivered six Caesar howitzers to Armenia in 2024. "
        "The next package comprised 36 Caesar howitzers, officials said."
    )
    recs = _records(text)
    assert [p for p, _goods in recs] == [("France", "Armenia"), ("France", "Armenia")]


def test_new_package_listing_is_the_package_told_before() -> None:
    # "new" is no place in a series: the package told before, listing its goods
    text = "Britain pledged a new package to Ukraine on Monday. The new package includes Storm Shadow missiles."
    recs = _records(text)
    assert len(recs) == 1 and recs[0][0] == ("United Kingdom", "Ukraine")


def test_second_package_with_no_goods_named_is_no_batch() -> None:
    text = "Norway sent Ukraine NASAMS launchers in 2023. A second package included more aid."
    recs = _records(text)
    assert [p for p, _goods in recs] == [("Norway", "Ukraine")]


def test_second_package_with_no_story_before_is_no_transfer() -> None:
    text = "A second package, announced in May, included Javelin missiles."
    assert _run(text).transfers == []


# the whole deal a delivered lot is "part of", counted by a participle or on a "deal"


def _statuses(text: str) -> list[tuple[tuple[str | None, str | None], str]]:
    return [(pair(t), t.status) for t in _run(text).transfers]


def test_part_of_an_order_totalling_a_vague_count_is_a_planned_deal() -> None:
    text = "Russia took delivery of 12 drones from Iran last week, part of a larger order totalling hundreds of drones."
    assert sorted(_statuses(text)) == [(("Iran", "Russia"), "planned"), (("Iran", "Russia"), "reported")]


def test_part_of_an_order_numbering_counted_goods() -> None:
    text = "Poland received 24 K9 howitzers from South Korea in May, part of an order numbering 212 howitzers."
    assert sorted(_statuses(text)) == [(("South Korea", "Poland"), "planned"), (("South Korea", "Poland"), "reported")]


def test_part_of_a_priced_deal_for_counted_jets() -> None:
    text = "Egypt received its first six Rafale jets from France in 2024, part of a $4 billion deal for 30 jets."
    assert sorted(_statuses(text)) == [(("France", "Egypt"), "planned"), (("France", "Egypt"), "reported")]


def test_deal_totalling_money_alone_is_no_second_record() -> None:
    # a deal counted only in money names no goods of its own
    text = "India received two S-400 squadrons from Russia in 2023, part of a deal totalling $5 billion."
    assert _statuses(text) == [(("Russia", "India"), "reported")]


# a participle of working "out of" a place, opening the sentence: the place acts through the giver,
# as with "Operating from" or "Based in"


def test_operating_out_of_a_hub_supplies_through_the_broker() -> None:
    text = "Operating out of Dubai, the broker shipped drone engines to Iran in 2023."
    assert [pair(t) for t in _run(text).transfers] == [("United Arab Emirates", "Iran")]


def test_working_out_of_a_city_supplies_through_the_trader() -> None:
    text = "Working out of Hong Kong, the trader sold microchips to Russia last year."
    assert [pair(t) for t in _run(text).transfers] == [("Hong Kong", "Russia")]


def test_operating_out_of_a_capital_supplying_a_state_with_parts() -> None:
    text = "Operating out of Minsk, the company supplied Russia with drone parts."
    assert [pair(t) for t in _run(text).transfers] == [("Belarus", "Russia")]


def test_buyer_operating_out_of_a_city_is_no_seller() -> None:
    text = "Operating out of Dubai, the broker bought drone engines from China for Iran."
    assert ("United Arab Emirates", "Iran") not in [pair(t) for t in _run(text).transfers]
