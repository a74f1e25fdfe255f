"""`materiel eval`'s scoring on hand-made system outputs and annotations: one gold transfer takes
one system transfer of its pair, items and dates count within matched pairs, and a transfer in an
article that reports none is a false find."""

from __future__ import annotations

from typing import Any

from materiel.evaluate import Report, format_report, score_document


def party(name: str | None, ident: str | None = None, kind: str | None = "country") -> dict[str, Any]:
    return {"id": ident, "name": name, "type": kind}


def transfer(supplier: dict[str, Any] | None, recipient: dict[str, Any] | None, **kw: Any) -> dict[str, Any]:
    return {"supplier": supplier, "recipient": recipient, "items": kw.get("items", []), "date": kw.get("date"),
            "status": kw.get("status", "reported"), "evidence": kw.get("evidence", [])}  # fmt: skip


def gold(*transfers: dict[str, Any]) -> dict[str, Any]:
    return {"id": "x", "transfers": list(transfers)}


def test_each_gold_batch_takes_its_own_system_transfer() -> None:
    g = gold(
        {"supplier": {"name": "Iran"}, "recipient": {"name": "Russia"}, "items": [], "date": "2022-08"},
        {"supplier": {"name": "Iran"}, "recipient": {"name": "Russia"}, "items": [], "date": "2023-01"},
    )
    out = {"transfers": [transfer(party("Iran", "Q794"), party("Russia", "Q159"), date="2023-01")]}
    report = Report()
    score_document(report, "x", g, out)
    assert (report.pairs.tp, report.pairs.gold, report.pairs.sys) == (1, 2, 1)


def test_an_unknown_gold_party_is_matched_by_a_party_only_described() -> None:
    g = gold({"supplier": None, "recipient": {"name": "Ukraine"}, "items": [], "status": "planned"})
    described = {"id": None, "name": "European allies", "type": None}
    report = Report()
    score_document(report, "x", g, {"transfers": [transfer(described, party("Ukraine", "Q212"), status="planned")]})
    assert report.pairs.tp == 1 and report.status_ok == 1


def test_an_unknown_gold_party_is_not_matched_by_a_named_state() -> None:
    g = gold({"supplier": None, "recipient": {"name": "Ukraine"}, "items": []})
    report = Report()
    score_document(report, "x", g, {"transfers": [transfer(party("Germany", "Q183"), party("Ukraine", "Q212"))]})
    assert report.pairs.tp == 0 and report.pairs.sys == 1


def test_items_and_dates_count_within_a_matched_pair() -> None:
    g = gold(
        {
            "supplier": {"name": "North Korea"},
            "recipient": {"name": "Russia"},
            "items": [{"name": None, "category": "artillery-ammunition", "text": "砲弾"}],
            "date": "2023-09",
        }
    )
    sys_items = [
        {"name": None, "category": "artillery-ammunition", "text": "砲弾"},
        {"name": None, "category": "missile", "text": "ミサイル"},
    ]
    out = {
        "transfers": [transfer(party("North Korea", "Q423"), party("Russia", "Q159"), items=sys_items, date="2023-09")]
    }
    report = Report()
    score_document(report, "x", g, out)
    assert (report.items.tp, report.items.sys, report.items.gold) == (1, 2, 1)
    assert (report.dates_ok, report.dates_gold) == (1, 1)


def test_a_transfer_in_an_article_reporting_none_is_a_false_find() -> None:
    report = Report()
    score_document(report, "x", gold(), {"transfers": [transfer(party("Iran", "Q794"), party("Russia", "Q159"))]})
    assert (report.negatives, report.negative_false) == (1, 1)


def test_misses_and_date_errors_are_counted_by_cause() -> None:
    g = gold(
        {"supplier": {"name": "Iran"}, "recipient": {"name": "Russia"}, "items": [], "date": "2022-08"},
        {"supplier": {"name": "Iran"}, "recipient": {"name": "Russia"}, "items": [], "date": "2023-01"},
        {"supplier": {"name": "Belarus"}, "recipient": {"name": "Russia"}, "items": []},
        {"supplier": {"name": "China"}, "recipient": {"name": "Serbia"}, "items": []},
    )
    out = {"transfers": [transfer(party("Iran", "Q794"), party("Russia", "Q159"), date="2021-08")]}
    report = Report()
    score_document(report, "x", g, out)
    assert report.misses == {
        "pair found fewer times than told": 1,
        "recipient found, supplier not": 1,
        "no transfer with either party": 1,
    }
    assert report.date_errors == {"another year": 1}
    assert report.status_errors == {}
    assert "1 recipient found, supplier not" in format_report(report)


def test_batches_of_one_pair_are_paired_the_way_that_agrees_best() -> None:
    # taken in gold order, the first batch would take the record holding both goods and leave the
    # second batch a record that shares nothing with it
    def item(text: str) -> dict[str, Any]:
        return {"name": None, "category": "other", "text": text}

    g = gold(
        {"supplier": {"name": "Iran"}, "recipient": {"name": "Russia"}, "items": [item("drones")], "date": "2022-08"},
        {"supplier": {"name": "Iran"}, "recipient": {"name": "Russia"}, "items": [item("shells")], "date": "2023-01"},
    )
    iran, russia = party("Iran", "Q794"), party("Russia", "Q159")
    out = {
        "transfers": [
            transfer(iran, russia, items=[item("drones"), item("shells")], date="2023-01"),
            transfer(iran, russia, items=[item("drones")], date="2022-08"),
        ]
    }
    report = Report()
    score_document(report, "x", g, out)
    assert report.pairs.tp == 2
    assert (report.items.tp, report.dates_ok) == (2, 2)


def test_status_errors_are_counted_from_gold_to_system() -> None:
    g = gold({"supplier": {"name": "Iran"}, "recipient": {"name": "Russia"}, "items": [], "status": "planned"})
    report = Report()
    score_document(report, "x", g, {"transfers": [transfer(party("Iran", "Q794"), party("Russia", "Q159"))]})
    assert report.status_errors == {"planned -> reported": 1}
    assert "1 planned -> reported" in format_report(report)


def test_why_counts_what_became_of_a_missed_supplier_and_item() -> None:
    told = "Kyrgyz firms re-exported Chinese chips and lathes to Russia."
    g = gold(
        {"supplier": {"name": "China"}, "recipient": {"name": "Russia"}, "intermediaries": [{"name": "Kyrgyzstan"}],
         "items": [], "status": "reported", "evidence": [{"text": told}]},
        {"supplier": {"name": "Iran"}, "recipient": {"name": "Russia"}, "status": "reported",
         "items": [{"text": "drones", "category": "drone"}, {"text": "shells", "category": "artillery-ammunition"}],
         "evidence": [{"text": "Iran sent drones and shells to Russia."}]},
    )  # fmt: skip
    out = {
        "transfers": [
            transfer(party("Kyrgyzstan", "Q813"), party("Russia", "Q159"), evidence=[{"text": told}]),
            transfer(party("Iran", "Q794"), party("Russia", "Q159"),
                     items=[{"text": "drones", "category": "drone"}],
                     evidence=[{"text": "Iran sent drones and shells to Russia."}]),
        ]
    }  # fmt: skip
    report = Report()
    score_document(report, "x", g, out, text=told)
    why = report.why["recipient found, supplier not"]
    assert why["its sentence gave a record"] == 1
    assert why["that record matched no gold transfer"] == 1
    assert why["system supplier: the go-between"] == 1
    assert why["gold supplier named in the sentence"] == 1
    assert report.why["missed item"]["in the record's evidence, unlisted"] == 1
    assert report.why["missed item category"]["artillery-ammunition"] == 1
    shown = format_report(report, why=True)
    assert "why: recipient found, supplier not:" in shown
    assert "why:" not in format_report(report)
    # the Kyrgyz record matches no gold transfer: a go-between made a party, its items extra
    assert report.why["false record"]["a gold go-between as a party"] == 1
    assert report.why["false record"]["status reported"] == 1


def test_why_counts_extra_items_by_kind() -> None:
    g = gold(
        {"supplier": {"name": "Germany"}, "recipient": {"name": "Ukraine"}, "status": "reported",
         "items": [{"text": "IRIS-T", "name": "IRIS-T SLM", "category": "air-defence"}]},
        {"supplier": {"name": "Germany"}, "recipient": {"name": "Ukraine"}, "status": "planned",
         "items": [{"text": "Leopard 2", "name": "Leopard 2", "category": "armoured-vehicle"}]},
    )  # fmt: skip
    out = {
        "transfers": [
            transfer(party("Germany", "Q183"), party("Ukraine", "Q212"),
                     items=[{"text": "IRIS-T", "name": "IRIS-T SLM", "category": "air-defence"},
                            {"text": "air defence systems", "category": "air-defence"},
                            {"text": "Leopard 2", "name": "Leopard 2", "category": "armoured-vehicle"},
                            {"text": "trucks", "category": "other"}]),
        ]
    }  # fmt: skip
    report = Report()
    score_document(report, "x", g, out)
    extra = report.why["extra item"]
    assert extra["generic beside a named one of its kind"] == 1
    assert extra["an item of another gold transfer"] == 1
    assert extra["in no gold transfer (other)"] == 1


def test_pooled_items_put_every_record_of_a_pair_on_its_first_gold_transfer() -> None:
    jets = {"name": "F-16", "category": "aircraft", "text": "F-16"}
    g = gold(
        {"supplier": {"name": "Denmark"}, "recipient": {"name": "Ukraine"}, "items": [jets], "status": "planned"},
        {"supplier": {"name": "Denmark"}, "recipient": {"name": "Ukraine"}, "items": [jets], "status": "reported"},
    )
    told = [transfer(party("Denmark", "Q35"), party("Ukraine", "Q212"), items=[jets]) for _ in range(3)]
    report = Report()
    score_document(report, "x", g, {"transfers": told})
    # one to one: two gold batches take two records, the third restates and is not counted
    assert (report.items.tp, report.items.sys, report.items.gold) == (2, 2, 2)
    # pooled: the first gold transfer takes all three records, the second is left with none
    assert (report.items_pooled.tp, report.items_pooled.sys, report.items_pooled.gold) == (1, 3, 2)
    assert "pooled  P 0.333  R 0.500" in format_report(report)
