"""English sentences that tell several transfers at once (two clauses sharing one parse, gapped
counts, "as did", donors listed with their counts) or one pair again (a batch that follows)."""

from __future__ import annotations

from functools import partial

from tests.parties import find as _find
from tests.parties import of_pair as _between
from tests.parties import pairs_in as _pairs
from tests.parties import spans_ok as _spans_ok

from materiel.model import Transfer
from materiel.pipeline import analyze_text

PUB = "2026-11-20"


_run = partial(analyze_text, lang="en", published=PUB)


def _counts(ts: list[Transfer]) -> set[float | None]:
    return {it.quantity.value if it.quantity else None for t in ts for it in t.items}


def test_a_second_clauses_subject_hung_on_the_first_clause_gives_its_own_goods() -> None:
    a = _run("The UK sent Ukraine Challenger tanks and the US sent Bradley vehicles.")
    assert _find(a, "United States", "Ukraine").items[0].text == "Bradley vehicles"
    assert _find(a, "United Kingdom", "Ukraine").items[0].text == "Challenger tanks"
    b = _run("The UK gave Storm Shadow missiles to Ukraine and France gave SCALP missiles.")
    assert ("United Kingdom", "France") not in _pairs(b)
    assert _find(b, "France", "Ukraine").items[0].text == "SCALP missiles"
    c = _run("Iran shipped drones to Russia in 2022 and North Korea shipped shells in 2023.")
    assert _find(c, "North Korea", "Russia").date == "2023"
    assert ("Iran", "North Korea") not in _pairs(c)
    _spans_ok(c)


def test_a_list_of_receivers_keeps_its_giver() -> None:
    a = _run("Turkey sold Bayraktar drones to Ukraine, Poland and Azerbaijan.")
    assert {("Turkey", "Ukraine"), ("Turkey", "Poland"), ("Turkey", "Azerbaijan")} <= _pairs(a)


def test_a_weak_verb_in_a_while_clause_tells_its_own_act() -> None:
    a = _run("Sudan's army has received drones from Iran and Turkey, while the RSF got rifles from the UAE.")
    assert _find(a, "United Arab Emirates", "Rapid Support Forces").items[0].category == "small-arms"
    _find(a, "Iran", "Sudan")
    b = _run("Kyiv received tanks from Germany, while Moscow got shells from Pyongyang.")
    _find(b, "North Korea", "Russia")
    _find(b, "Germany", "Ukraine")


def test_subjects_with_each_keep_the_verb_active() -> None:
    a = _run("France and Germany each supplied air-defence systems to Ukraine.")
    assert {("France", "Ukraine"), ("Germany", "Ukraine")} <= _pairs(a)
    assert (None, "Ukraine") not in _pairs(a)
    b = _run("Estonia, Latvia and Lithuania each sent Stinger missiles to Ukraine.")
    assert {("Estonia", "Ukraine"), ("Latvia", "Ukraine"), ("Lithuania", "Ukraine")} <= _pairs(b)


def test_a_gapped_receiver_under_a_hedge_is_another_act_of_the_giver() -> None:
    a = _run("Iran is believed to have supplied the Houthis with missiles, and Russia with drones.")
    t = _find(a, "Iran", "Russia")
    assert t.items[0].category == "drone"
    assert t.status == "alleged"
    assert _find(a, "Iran", "Houthis").items[0].category == "missile"


def test_a_gapped_count_with_its_own_party_is_another_act() -> None:
    a = _run("Ukraine received 10 Patriot launchers from Germany and three from the Netherlands.")
    assert _counts(_between(a, "Netherlands", "Ukraine")) == {3}
    assert _counts(_between(a, "Germany", "Ukraine")) == {10}
    b = _run("Poland bought 250 tanks from the United States and 180 from South Korea.")
    assert _counts(_between(b, "South Korea", "Poland")) == {180}
    c = _run("Germany sent 40 Marder vehicles to Ukraine and 12 to Slovakia.")
    assert _counts(_between(c, "Germany", "Slovakia")) == {12}
    _spans_ok(a)


def test_a_later_batch_of_a_bare_count_is_the_same_pair_again() -> None:
    a = _run("Germany delivered 18 Leopard 2 tanks to Ukraine in March. A second batch of 20 followed in June.")
    ts = _between(a, "Germany", "Ukraine")
    assert len(ts) == 2
    assert {t.date for t in ts} == {"2026-03", "2026-06"}
    assert _counts(ts) == {18, 20}
    b = _run("Iran has sent 400 Shahed drones to Russia. A further shipment of 300 arrived in October.")
    assert _counts(_between(b, "Iran", "Russia")) == {400, 300}


def test_a_batch_of_named_goods_keeps_its_own_goods() -> None:
    a = _run("Germany delivered 18 Leopard 2 tanks to Ukraine in March. A second batch of ammunition followed in June.")
    later = [t for t in _between(a, "Germany", "Ukraine") if t.date == "2026-06"]
    assert later and later[0].items[0].category == "ammunition"


def test_as_did_names_another_giver_of_the_same_goods() -> None:
    a = _run("Germany sent IRIS-T systems to Ukraine, as did Spain.")
    assert _find(a, "Spain", "Ukraine").items
    _find(a, "Germany", "Ukraine")
    b = _run("Germany has sent Leopard tanks to Ukraine, as have Norway and Denmark.")
    assert len(_between(b, "Norway", "Ukraine")) == 1
    _find(b, "Denmark", "Ukraine")
    c = _run("Russia supplies arms to Mali, as does China.")
    _find(c, "China", "Mali")


def test_as_with_no_party_adds_no_giver() -> None:
    a = _run("Germany sent tanks to Ukraine, as promised.")
    assert _pairs(a) == {("Germany", "Ukraine")}


def test_donors_listed_with_their_counts_give_that_many_each() -> None:
    a = _run("F-16 jets have been pledged to Ukraine by Denmark (19), the Netherlands (24) and Norway (6).")
    assert _counts(_between(a, "Denmark", "Ukraine")) == {19}
    assert _counts(_between(a, "Netherlands", "Ukraine")) == {24}
    assert _counts(_between(a, "Norway", "Ukraine")) == {6}
    assert all(t.status == "planned" for t in a.transfers)
    b = _run("Ukraine has received Leopard 2 tanks from Germany (18), Poland (14) and Canada (8).")
    assert _counts(_between(b, "Canada", "Ukraine")) == {8}
    assert _counts(_between(b, "Poland", "Ukraine")) == {14}
    _spans_ok(b)


def test_a_receiver_after_a_purpose_of_making_is_the_givers() -> None:
    a = _run("China supplied machine tools for making drones to Russia.")
    assert _find(a, "China", "Russia").items[0].text == "machine tools"
    b = _run("China sold equipment for producing shells to North Korea.")
    _find(b, "China", "North Korea")
    _spans_ok(b)


def test_an_earlier_lot_told_in_passing_is_an_act_of_its_own() -> None:
    a = _run("The Netherlands sent 14 Leopard tanks to Ukraine on top of the 18 Leopards it sent in 2023.")
    ts = _between(a, "Netherlands", "Ukraine")
    assert _counts(ts) == {14, 18}
    assert {t.date for t in ts if _counts([t]) == {18}} == {"2023"}
    assert {t.date for t in ts if _counts([t]) == {14}} == {None}
    b = _run("Poland will deliver 10 more jets to Ukraine, in addition to the 14 MiG-29s it handed over last year.")
    statuses = {t.status: _counts([t]) for t in _between(b, "Poland", "Ukraine")}
    assert statuses == {"planned": {10}, "reported": {14}}


def test_a_count_after_a_particle_is_the_earlier_lots_own() -> None:
    a = _run("Germany will deliver two more IRIS-T systems to Ukraine this year, after handing over four in 2023.")
    by_status = {t.status: (_counts([t]), t.date) for t in _between(a, "Germany", "Ukraine")}
    assert by_status == {"planned": ({2}, "2026"), "reported": ({4}, "2023")}


def test_a_lot_that_follows_beside_a_pledge_is_a_delivery_of_its_own() -> None:
    a = _run(
        "Germany handed over the first IRIS-T system to Ukraine in October 2022. A second system followed"
        " in 2023, and Berlin has promised four more."
    )
    ts = _between(a, "Germany", "Ukraine")
    assert sorted((t.status, t.date) for t in ts if t.status == "reported") == [
        ("reported", "2022-10"),
        ("reported", "2023"),
    ]
    assert [_counts([t]) for t in ts if t.status == "planned"] == [{4}]


def test_a_lot_told_by_its_count_and_said_to_be_due_is_still_to_come() -> None:
    a = _run(
        "Denmark gave Ukraine 19 F-16 jets. The first six were delivered in 2024, and eight more are expected in 2025."
    )
    due = [t for t in _between(a, "Denmark", "Ukraine") if t.status == "planned"]
    assert [(_counts([t]), t.date) for t in due] == [({8}, "2025")]
    b = _run("Poland received 24 K9 howitzers from South Korea in 2023. The remaining 24 are scheduled for next year.")
    assert [t.date for t in _between(b, "South Korea", "Poland") if t.status == "planned"] == ["2027"]
    c = _run("Germany delivered 18 Leopard 2 tanks to Ukraine in March. Another 12 are due by year-end.")
    assert {t.status: _counts([t]) for t in _between(c, "Germany", "Ukraine")} == {"reported": {18}, "planned": {12}}


def test_due_counts_of_no_goods_tell_no_transfer() -> None:
    assert not _run("Three new ministers took office in Kyiv. Two more are due in March.").transfers
    assert not _run("Kyiv and Moscow swapped 90 prisoners on Friday. Another 50 are expected next week.").transfers
    a = _run("Germany delivered 18 Leopard 2 tanks to Ukraine. The rest are expected to arrive in June.")
    assert len(_between(a, "Germany", "Ukraine")) == 2


def test_a_name_right_before_a_gerund_clause_is_its_subject() -> None:
    a = _run("The evidence points to Iran having supplied the Houthis with the missiles.")
    assert _find(a, "Iran", "Houthis").items[0].category == "missile"
    assert (None, "Houthis") not in _pairs(a)
    b = _run("There are reports of China supplying drones to Russia.")
    _find(b, "China", "Russia")


def test_goods_seen_at_a_states_base_came_to_that_state() -> None:
    a = _run("Two Russian Mi-28 helicopters were spotted at an Iranian airbase in January.")
    t = _find(a, "Russia", "Iran")
    assert t.items[0].category == "aircraft"
    assert t.date == "2026-01"
    b = _run("Satellite images showed Chinese Wing Loong drones at a Serbian airbase.")
    _find(b, "China", "Serbia")
    c = _run("Iranian drones arrived at a Russian airbase in Crimea.")
    assert _pairs(c) == {("Iran", "Russia")}
    d = _run("Russia delivered S-400 parts to the Iranian port of Bandar Abbas.")
    _find(d, "Russia", "Iran")
    _spans_ok(a)


def test_a_base_that_names_no_owner_or_the_doers_own_is_no_receiver() -> None:
    assert not _run("Russian jets were seen at Hmeimim airbase in Syria.").transfers
    assert not _run("Russian jets were spotted over the Baltic Sea.").transfers
    assert not _run("The president was photographed at a Russian airbase.").transfers
    assert not _run("The US sent Patriot missiles to its base in Poland.").transfers
    assert not _run("The Pentagon moved F-35 jets to a Saudi airbase.").transfers
    assert not _run("Ukraine fired ATACMS missiles at a Russian airbase.").transfers


def test_what_followed_an_act_is_another_act() -> None:
    a = _run(
        "Poland transferred 14 Leopard tanks to Ukraine in February 2023, followed by 60 PT-91 tanks later that year."
    )
    assert {(t.date, frozenset(_counts([t]))) for t in _between(a, "Poland", "Ukraine")} == {
        ("2023-02", frozenset({14})),
        ("2023", frozenset({60})),
    }
    b = _run("Germany sent IRIS-T systems to Ukraine in 2022, followed by Spain and Italy.")
    assert {("Germany", "Ukraine"), ("Spain", "Ukraine"), ("Italy", "Ukraine")} <= _pairs(b)
    assert _find(b, "Spain", "Ukraine").date is None
    c = _run("Russia received drones from Iran in 2022, followed by shells from North Korea in 2023.")
    t = _find(c, "North Korea", "Russia")
    assert (t.items[0].category, t.date) == ("artillery-ammunition", "2023")
    assert _find(c, "Iran", "Russia").items[0].category == "drone"
    _spans_ok(c)


def test_a_follow_of_no_goods_or_givers_adds_nothing() -> None:
    a = _run("Germany sent tanks to Ukraine, followed by a visit from the chancellor.")
    assert len(a.transfers) == 1


def test_goods_with_lists_of_receivers_taking_turns_are_as_many_acts() -> None:
    a = _run("Iran exports drones to Russia, Ethiopia and Venezuela, and missiles to the Houthis.")
    assert _find(a, "Iran", "Houthis").items[0].category == "missile"
    assert [it.category for it in _find(a, "Iran", "Ethiopia").items] == ["drone"]
    b = _run("Ukraine received tanks from Poland and Slovakia, and jets from Denmark.")
    assert [it.category for it in _find(b, "Slovakia", "Ukraine").items] == ["armoured-vehicle"]
    assert [it.category for it in _find(b, "Denmark", "Ukraine").items] == ["aircraft"]


def test_a_giver_coordinated_with_the_goods_gives_its_own_goods() -> None:
    a = _run("Iran supplied the drones and North Korea the shells, both to Russia.")
    assert [it.category for it in _find(a, "North Korea", "Russia").items] == ["artillery-ammunition"]
    assert [it.category for it in _find(a, "Iran", "Russia").items] == ["drone"]
    assert ("Iran", "North Korea") not in _pairs(a)
    b = _run("Iran gave the drones and Russia the missiles to the Houthis.")
    assert _pairs(b) == {("Iran", "Houthis"), ("Russia", "Houthis")}


def test_a_party_named_again_in_a_later_turn_keeps_the_turns_apart() -> None:
    a = _run("Ukraine got Patriots from the US and Germany, IRIS-T from Germany and NASAMS from Norway.")
    assert [it.text for it in _find(a, "Norway", "Ukraine").items] == ["NASAMS"]
    assert sorted(it.text for t in _between(a, "Germany", "Ukraine") for it in t.items) == ["IRIS-T", "Patriots"]


def test_a_having_clause_after_a_name_is_that_partys_earlier_act() -> None:
    a = _run("The Netherlands, having already sent 18 F-16s, pledged six more to Ukraine.")
    by_status = {t.status: _counts([t]) for t in _between(a, "Netherlands", "Ukraine")}
    assert by_status == {"reported": {18}, "planned": {6}}


def test_goods_a_party_uses_in_a_reduced_relative_tell_no_transfer() -> None:
    assert not _run("The Iranian drones used by Russia were shot down over Kyiv.").transfers
    assert not _run("Ukraine shot down 30 Iranian drones used by Russia overnight.").transfers
    assert not _run("The drones used by Russia were shot down.").transfers


def test_goods_struck_or_shot_down_were_not_received_by_the_striker() -> None:
    assert not _run("Russia struck a US-supplied Patriot battery near Kyiv.").transfers
    assert not _run("Russian forces hit German-supplied Leopard tanks near Avdiivka.").transfers
    assert not _run("Ukraine shot down 30 Iranian-supplied drones overnight.").transfers
    a = _run("Ukraine shot down a Russian jet with a US-supplied Patriot missile.")
    assert _pairs(a) == {("United States", "Ukraine")}
    b = _run("Hezbollah hit a warship with an Iranian-supplied missile.")
    assert _pairs(b) == {("Iran", "Hezbollah")}


def test_the_same_goods_delivered_to_a_second_receiver_are_another_act() -> None:
    a = _run("Russia has delivered to Mali two helicopters Mi-24 and also has delivered to Burkina Faso the same.")
    assert _pairs(a) == {("Russia", "Mali"), ("Russia", "Burkina Faso")}
    assert all(not t.intermediaries for t in a.transfers)
    assert _find(a, "Russia", "Burkina Faso").items[0].category == "aircraft"


def test_givers_after_semicolons_give_their_own_goods() -> None:
    a = _run("Iran has sent Russia drones; Belarus, ammunition; North Korea, shells.")
    assert [it.category for it in _find(a, "Belarus", "Russia").items] == ["ammunition"]
    assert [it.category for it in _find(a, "North Korea", "Russia").items] == ["artillery-ammunition"]
    assert [it.category for it in _find(a, "Iran", "Russia").items] == ["drone"]
    b = _run("Germany sent IRIS-T systems; the Netherlands, Patriot launchers.")
    assert ("Germany", "Netherlands") not in _pairs(b)
    c = _run("Germany sent tanks to Ukraine; the move angered Moscow.")
    assert _pairs(c) == {("Germany", "Ukraine")}
    d = _run("Iran has sent drones to Russia; Belarus, ammunition; North Korea, artillery shells.")
    assert _pairs(d) == {("Iran", "Russia"), ("Belarus", "Russia"), ("North Korea", "Russia")}


def test_but_another_did_tells_the_denied_act_of_another_giver() -> None:
    a = _run("France did not send tanks to Ukraine, but Germany did.")
    assert _find(a, "Germany", "Ukraine").status == "reported"
    b = _run("France sent tanks to Ukraine, but Germany did not.")
    assert _pairs(b) == {("France", "Ukraine")}


def test_goods_with_their_own_sources_before_the_verb_are_as_many_acts() -> None:
    a = _run("Drones from Iran and shells from North Korea have reached Russia.")
    assert [it.category for it in _find(a, "North Korea", "Russia").items] == ["artillery-ammunition"]
    assert [it.category for it in _find(a, "Iran", "Russia").items] == ["drone"]


def test_goods_a_relative_on_the_source_lists_are_the_supplys() -> None:
    a = _run(
        "Iran has sent thousands of drones to Russia. Analysts note that the supplies from North Korea, which"
        " include artillery shells and KN-23 missiles, are carried by rail across the border."
    )
    t = _find(a, "North Korea", "Russia")
    assert sorted(it.category for it in t.items) == ["artillery-ammunition", "missile"]


def test_an_order_told_under_a_delivery_is_a_deal_of_its_own_with_its_date() -> None:
    a = _run("Poland received its first K2 tanks from South Korea under an order placed in 2019 for 108 of the tanks.")
    by_status = {t.status: (_counts([t]), t.date) for t in _between(a, "South Korea", "Poland")}
    assert by_status == {"reported": ({None}, None), "planned": ({108}, "2019")}
    b = _run("Egypt took delivery of its first Rafales from France in July under an order signed in 2015 for 24 jets.")
    assert {t.status: t.date for t in _between(b, "France", "Egypt")} == {"reported": "2026-07", "planned": "2015"}


def test_an_earlier_lot_told_by_a_participle_or_adding_to_keeps_its_own_date() -> None:
    a = _run("Poland will send 10 more tanks to Ukraine, adding to the 14 Leopards it delivered in 2023.")
    assert {t.status: (_counts([t]), t.date) for t in _between(a, "Poland", "Ukraine")} == {
        "planned": ({10}, None),
        "reported": ({14}, "2023"),
    }
    b = _run("Poland will send 10 more tanks to Ukraine, in addition to the 14 Leopards delivered in 2023.")
    assert {t.status: (_counts([t]), t.date) for t in _between(b, "Poland", "Ukraine")} == {
        "planned": ({10}, None),
        "reported": ({14}, "2023"),
    }


def test_a_party_opening_a_clause_of_its_own_joins_no_receiver_before_it() -> None:
    from materiel.pipeline import analyze_text

    text = "Russia delivered helicopters to Mali and Niger bought drones from Turkey."
    pairs = {
        (t.supplier.entity.name if t.supplier and t.supplier.entity else None,
         t.recipient.entity.name if t.recipient and t.recipient.entity else None)
        for t in analyze_text(text, lang="en", published="2024-05-01").transfers
    }  # fmt: skip
    assert pairs == {("Russia", "Mali"), ("Turkey", "Niger")}
