"""English gaps across sentences and in who tells an act: an act named by a noun whose goods carry
another state's make, told by a monitor or a third state ("the panel said the shipments of Iranian
missiles to the Houthis violated the embargo": Iran supplies, the panel only speaks); the next
sentence telling when the act told before took place, began or set off ("The shipment left Bandar
Abbas in mid-August"); and a later lot told by "batch" or "tranche" ("A second batch included 40
more vehicles")."""

from __future__ import annotations

from functools import partial

from tests.parties import pair

from materiel.pipeline import analyze_text

PUB = "2025-03-10"

_run = partial(analyze_text, lang="en", published=PUB)


def _pairs(text: str) -> set[tuple[str | None, str | None]]:
    return {pair(t) for t in _run(text).transfers}


# an act named by a noun, goods of another state's make: the speaker only talks about it


def test_panel_speaking_of_shipments_of_iranian_missiles_is_no_supplier() -> None:
    a = _run("The panel of experts said the shipments of Iranian missiles to the Houthis violated the arms embargo.")
    assert [pair(t) for t in a.transfers] == [("Iran", "Houthis")]
    assert a.transfers[0].status == "reported"


def test_third_state_speaking_of_deliveries_of_north_korean_shells() -> None:
    a = _run("South Korea said the deliveries of North Korean shells to Russia had slowed since the summer.")
    assert [pair(t) for t in a.transfers] == [("North Korea", "Russia")]
    assert a.transfers[0].status != "confirmed"


def test_ministry_speaking_of_the_transfer_of_iranian_drones() -> None:
    text = "Ukraine's foreign ministry said the transfer of Iranian drones to Russia went on through the winter."
    assert _pairs(text) == {("Iran", "Russia")}


def test_supplier_speaking_of_its_own_goods_still_supplies() -> None:
    a = _run("Germany said the delivery of German-made Leopard tanks to Ukraine was complete.")
    assert [pair(t) for t in a.transfers] == [("Germany", "Ukraine")]
    assert a.transfers[0].status == "confirmed"


def test_analysts_commentary_does_not_confirm() -> None:
    a = _run("Analysts said the delivery of Iranian drones to Russia was likely.")
    assert [pair(t) for t in a.transfers] == [("Iran", "Russia")]
    assert a.transfers[0].status == "alleged"


# the next sentence says when the act took place, began or set off


def test_shipment_left_port_dates_the_act_before() -> None:
    a = _run("Iran sent the drones to Russia. The shipment left Bandar Abbas in mid-August.")
    assert [pair(t) for t in a.transfers] == [("Iran", "Russia")]
    assert a.transfers[0].date == "2024-08"


def test_deliveries_began_dates_the_act_before() -> None:
    a = _run("Turkey delivered Bayraktar drones to Ethiopia. The deliveries began in late 2021.")
    assert [pair(t) for t in a.transfers] == [("Turkey", "Ethiopia")]
    assert a.transfers[0].date == "2021"


def test_cargo_departed_dates_the_act_before() -> None:
    a = _run("North Korea sent shells to Russia by sea. The cargo departed from Rajin on September 7.")
    assert [pair(t) for t in a.transfers] == [("North Korea", "Russia")]
    assert a.transfers[0].date == "2024-09-07"


def test_sale_was_completed_dates_the_sale() -> None:
    a = _run("Russia sold Su-35 jets to Iran, officials said on Tuesday. The sale was completed in 2023.")
    assert a.transfers[0].date == "2023"


def test_a_date_of_saying_in_the_next_sentence_is_not_the_acts() -> None:
    a = _run("Iran sent the drones to Russia. The foreign ministry commented on the report in mid-August.")
    assert [pair(t) for t in a.transfers] == [("Iran", "Russia")]
    assert a.transfers[0].date is None


# a later lot told by "batch" or "tranche"


def test_second_batch_is_another_lot_of_the_pair() -> None:
    a = _run("Germany delivered 20 Marder vehicles to Ukraine in March. A second batch included 40 more vehicles.")
    lots = sorted(t.items[0].quantity.value for t in a.transfers if t.items and t.items[0].quantity)  # type: ignore[union-attr]
    assert {pair(t) for t in a.transfers} == {("Germany", "Ukraine")}
    assert lots == [20, 40]


def test_further_tranche_is_another_lot_of_the_pair() -> None:
    a = _run("Britain sent 14 Challenger tanks to Ukraine last year. A further tranche included 10 more tanks.")
    lots = sorted(t.items[0].quantity.value for t in a.transfers if t.items and t.items[0].quantity)  # type: ignore[union-attr]
    assert {pair(t) for t in a.transfers} == {("United Kingdom", "Ukraine")}
    assert lots == [10, 14]


def test_first_batch_of_a_delivery_is_one_act() -> None:
    a = _run("South Korea delivered the first batch of 10 K2 tanks to Poland in December.")
    assert [pair(t) for t in a.transfers] == [("South Korea", "Poland")]


def test_tranche_of_sanctions_is_no_transfer() -> None:
    assert _run("The EU approved a new tranche of sanctions against Russia.").transfers == []


def test_batch_of_trainees_is_no_transfer() -> None:
    assert _run("A second batch of Ukrainian pilots finished training in Denmark in May.").transfers == []


# a state's own office owning up to a delivery from a named sender, or announcing an arrival


def test_ministry_confirming_delivery_from_a_sender_receives() -> None:
    a = _run("Poland's defence ministry confirmed the delivery of the K2 tanks from South Korea.")
    assert [pair(t) for t in a.transfers] == [("South Korea", "Poland")]
    assert a.transfers[0].status == "confirmed"


def test_air_force_confirming_delivery_from_a_sender_receives() -> None:
    a = _run("Romania's air force confirmed the delivery of three F-16 jets from Norway on Friday.")
    assert [pair(t) for t in a.transfers] == [("Norway", "Romania")]
    assert a.transfers[0].status == "confirmed"


def test_ministry_speaking_of_anothers_deliveries_does_not_receive() -> None:
    text = "Ukraine's defence ministry said the deliveries of shells from North Korea had increased."
    assert ("North Korea", "Ukraine") not in _pairs(text)


def test_announced_arrival_is_done_not_planned() -> None:
    a = _run("Kyiv's defence ministry announced the arrival of the first F-16 jets from Denmark.")
    assert [pair(t) for t in a.transfers] == [("Denmark", "Ukraine")]
    assert a.transfers[0].status == "confirmed"


def test_reported_arrival_is_done_not_planned() -> None:
    a = _run("Lithuania's defence ministry reported the arrival of the first NASAMS battery from Norway on Tuesday.")
    assert [pair(t) for t in a.transfers] == [("Norway", "Lithuania")]
    assert a.transfers[0].status != "planned"


def test_arrival_to_be_announced_stays_planned() -> None:
    a = _run("Kyiv's defence ministry will announce the arrival of the F-16 jets from Denmark next week.")
    assert a.transfers and a.transfers[0].status == "planned"


def test_announced_sale_stays_planned() -> None:
    a = _run("The Pentagon announced the sale of 40 F-16 jets to Turkey.")
    assert [pair(t) for t in a.transfers] == [("United States", "Turkey")]
    assert a.transfers[0].status == "planned"
