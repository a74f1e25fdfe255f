"""English extraction on short texts of our own: each common construction yields the right record."""

from __future__ import annotations

from functools import partial

import pytest
from tests.parties import find as _find
from tests.parties import name as _name
from tests.parties import of_pair
from tests.parties import pairs_in as _pairs
from tests.parties import spans_ok as _spans_ok

from materiel.model import Analysis
from materiel.pipeline import analyze_text

PUB = "2024-05-10"


_run = partial(analyze_text, lang="en", published=PUB)


def test_active_dative_with_items() -> None:
    a = _run("Belarus has supplied Armenia with dozens of armoured vehicles, officials said on Tuesday.")
    t = _find(a, "Belarus", "Armenia")
    assert [it.category for it in t.items] == ["armoured-vehicle"]
    assert t.items[0].quantity is not None and t.items[0].quantity.text.startswith("dozens")
    assert t.status == "reported"
    assert t.date == "2024-05"
    _spans_ok(a)


def test_passive_with_agent_and_goal() -> None:
    a = _run("Several howitzers were delivered to Ukraine by Germany last month.")
    t = _find(a, "Germany", "Ukraine")
    assert t.items[0].text == "howitzers"
    assert t.date == "2024-04"
    _spans_ok(a)


def test_receive_from() -> None:
    a = _run("Venezuela received anti-ship missiles from Iran in March, according to a report.")
    t = _find(a, "Iran", "Venezuela")
    assert t.items[0].category == "missile"
    assert t.date == "2024-03"


def test_nominalization_and_genitive() -> None:
    a = _run(
        "Iran's delivery of Shahed drones to Russia began in the summer. "
        "Egypt's purchase of fighter jets from France was completed in 2021."
    )
    assert _find(a, "Iran", "Russia").items[0].text == "Shahed drones"
    assert ("France", "Egypt") in _pairs(a)
    _spans_ok(a)


def test_origin_adjective_supplies() -> None:
    a = _run("Russia has received thousands of North Korean artillery shells since September 2023, officials said.")
    t = _find(a, "North Korea", "Russia")
    assert t.items[0].category == "artillery-ammunition"
    assert t.date == "2023-09"


def test_coordinated_suppliers_split() -> None:
    a = _run("Norway and Denmark will send air defence systems to Ukraine, the two governments said on Monday.")
    assert {("Norway", "Ukraine"), ("Denmark", "Ukraine")} <= _pairs(a)
    assert all(t.status == "planned" for t in a.transfers)


def test_plans_to_buy_and_bound_for() -> None:
    a = _run(
        "Serbia plans to buy combat drones from China. "
        "Customs officers seized Iranian-made rifles that were bound for the Houthis."
    )
    t = _find(a, "China", "Serbia")
    assert t.status == "planned"
    assert ("Iran", "Houthis") in _pairs(a)


def test_request_and_hedge() -> None:
    a = _run(
        "Niger asked Russia for attack helicopters in April. "
        "Iran is believed to have shipped rockets to Hezbollah through Syria."
    )
    assert _find(a, "Russia", "Niger").status == "requested"
    t = _find(a, "Iran", "Hezbollah")
    assert t.status == "alleged"


def test_capital_metonym_and_denial() -> None:
    a = _run(
        "Pyongyang sent ballistic missiles to Moscow last year, U.S. officials said. "
        "North Korea denied the report and said it had never supplied weapons to Russia."
    )
    t = _find(a, "North Korea", "Russia")
    assert t.status == "reported"
    assert len(a.transfers) == 1  # the denial is a claim, not a new transfer
    assert any(c.stance == "denies" for c in a.claims)


def test_attribution_speaker_and_outlet() -> None:
    a = _run("Iran has sold drones to Sudan, two Western officials told Reuters.")
    t = _find(a, "Iran", "Sudan")
    claim = next(c for c in a.claims if c.target == t.id)
    assert claim.outlet is not None and _name(claim.outlet) == "Reuters"
    assert claim.speaker is not None


@pytest.mark.parametrize(
    "text",
    [
        "North Korea test-fired two ballistic missiles into the sea on Thursday, Japan's defence ministry said.",
        "The European Union imposed new sanctions on Iranian drone makers on Monday.",
        "Russian forces launched dozens of drones at Kyiv overnight, and air defences shot down most of them.",
        "Turkey's arms industry produced a record number of armoured vehicles last year.",
    ],
)
def test_no_transfer(text: str) -> None:
    assert _run(text).transfers == []


def test_compound_supplier_leader_and_coreference() -> None:
    a = _run(
        "U.S. arms sales to Taiwan reached a record in 2023. "
        "Putin pledged to deliver Iskander missiles to Belarus. "
        "Moldova has few warships. The country received two patrol boats from Romania in February. "
        "Washington approved the sale of 40 tanks to Morocco on Friday."
    )
    assert {
        ("United States", "Taiwan"),
        ("Russia", "Belarus"),
        ("Romania", "Moldova"),
        ("United States", "Morocco"),
    } <= _pairs(a)
    assert _find(a, "Russia", "Belarus").status == "planned"
    boats = _find(a, "Romania", "Moldova")
    assert boats.items[0].quantity is not None and boats.items[0].quantity.value == 2
    assert boats.date == "2024-02"
    assert _find(a, "United States", "Morocco").status == "planned"
    _spans_ok(a)


def test_request_verb_over_purchase_and_plan_nouns() -> None:
    a = _run(
        "Last week the State Department said Venezuela was seeking to buy attack helicopters from Belarus. "
        "A minister told reporters that Algeria had finalised plans to purchase frigates from China. "
        "Seoul agreed in March to provide patrol boats to Peru."
    )
    t = _find(a, "Belarus", "Venezuela")
    assert t.status == "requested"
    assert _find(a, "China", "Algeria").status == "planned"
    assert _find(a, "South Korea", "Peru").status == "planned"
    assert not any(_name(t.recipient) == "United States" for t in a.transfers)


def test_speech_verb_is_no_plan_and_allegations_hedge() -> None:
    a = _run(
        "On May 2 the Finnish ambassador announced that Estonia received two radars from Finland. "
        "An inquiry said that allegations that Eritrea had sold rifles to the Houthis were credible."
    )
    assert _find(a, "Finland", "Estonia").status != "planned"
    assert _find(a, "Eritrea", "Houthis").status == "alleged"


def test_pronoun_subject_of_speaking_state_confirms() -> None:
    a = _run("Iran's foreign minister said on Monday that they had sent a few drones to Russia before the war.")
    t = _find(a, "Iran", "Russia")
    assert t.status == "confirmed"


def test_domestic_delivery_is_no_transfer() -> None:
    a = _run(
        "Romania's defence ministry said on Friday it had handed over 300 drones to the armed forces. "
        "A state plant delivered a new batch of armoured vehicles to units at the front."
    )
    assert a.transfers == []


def test_user_of_supplied_goods_received_them() -> None:
    a = _run("Since 2021 the Houthis have fired Iranian-supplied cruise missiles at ships in the Red Sea.")
    assert ("Iran", "Houthis") in _pairs(a)


def test_glued_footnotes_and_datelines_after_a_headline() -> None:
    a = _run(
        "Seoul ships shells, Kyiv says\n"
        "KYIV, May 3 - Poland sent rifles to Moldova in 2021.[1] In 2023 Canada sold nitrocellulose to Chile.[2]\n"
    )
    assert _find(a, "Poland", "Moldova").date == "2021"
    t = _find(a, "Canada", "Chile")
    assert t.date == "2023" and t.items[0].category == "dual-use"
    assert not any(_name(t.supplier) == "Ukraine" for t in a.transfers)


def test_origin_statement_names_the_suppliers() -> None:
    a = _run(
        "Ukraine bought artillery shells from Czech brokers. "
        "Much of the ammunition is likely of Bulgarian and Turkish origin."
    )
    assert {("Bulgaria", "Ukraine"), ("Turkey", "Ukraine")} <= _pairs(a)
    assert _find(a, "Turkey", "Ukraine").status == "alleged"


def test_goods_after_including_and_war_of_the_recipient() -> None:
    a = _run("Russia will deliver a large consignment to Belarus, including helicopters and air defence systems.")
    assert [it.text for it in _find(a, "Russia", "Belarus").items] == ["helicopters", "air defence systems"]
    b = _run("Since Iran began supplying drones for Moscow's war in Ukraine, prices have risen.")
    assert _pairs(b) == {("Iran", "Russia")}


def test_carrier_and_qualified_coreference() -> None:
    a = _run("The navy said it found rifles being smuggled on a fishing boat from Iran to Yemen.")
    assert ("Iran", "Yemen") in _pairs(a)
    b = _run(
        "Hamas fighters are in Gaza. Israeli officials say Iran is planning to send the militant group more rockets."
    )
    assert ("Iran", "Hamas") in _pairs(b)
    c = _run("Seoul says North Korea has sent shells to Russia. Washington says the North is also supplying rockets.")
    assert _pairs(c) == {("North Korea", "Russia")}


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "Budanov said in November that Pyongyang had transferred 50 guns to Russia since the summer.",
            "2024-12-12",
            "2024-06",
        ),
        ("In August last year, Russia handed over six jets to Mali.", PUB, "2023-08"),
        (
            "Iran is believed to have shipped shells to Russia in the first half of 2023, Sky News reported last year.",
            PUB,
            "2023-01",
        ),
        ("Iran has delivered 200 missiles to Russia since late summer 2024.", "2024-11-15", "2024-08"),
    ],
)
def test_event_date_over_statement_date(text: str, published: str, date: str) -> None:
    (t,) = _run(text, published=published).transfers
    assert t.date == date


def test_date_from_the_neighbouring_sentence() -> None:
    a = _run(
        "Iran delivered 200 missiles to Russia in May. The missiles were shipped from Amirabad to Olya.",
        published="2024-11-15",
    )
    assert {t.date for t in a.transfers} == {"2024-05"}
    b = _run("Iran sent drones to Russia last week, officials said. The drones were unloaded on May 2.")
    assert _find(b, "Iran", "Russia").date == "2024-05-02"


# --- broader constructions: relative clauses, trigger dates, plurals, speakers, discourse ---


def test_relative_pronoun_subject_is_antecedent() -> None:
    a = _run("Armenia, which received howitzers from France last year, is expanding its army.")
    t = _find(a, "France", "Armenia")
    assert t.items[0].category == "other"
    _spans_ok(a)


def test_date_attached_to_trigger_not_nearest() -> None:
    a = _run("Germany, which joined the coalition in 2022, delivered 18 howitzers to Ukraine in March 2024.")
    assert _find(a, "Germany", "Ukraine").date == "2024-03"


def test_date_of_governing_speech_for_request() -> None:
    a = _run(
        "In January 2024 the ministry said Russia was seeking to buy missiles from Iran, and in March "
        "officials reported that Iran had provided 300 missiles since early February."
    )
    assert _find(a, "Iran", "Russia").date is not None
    dates = {t.date for t in a.transfers if t.status == "requested"}
    assert dates <= {"2024-01"}


def test_plural_designations_are_listed_systems() -> None:
    a = _run("Denmark sent F-16s and K9s to Ukraine.")
    t = _find(a, "Denmark", "Ukraine")
    assert {it.category for it in t.items} == {"aircraft", "other"}
    assert _pairs(a) == {("Denmark", "Ukraine")}


def test_trailing_speaker_state_is_no_party() -> None:
    a = _run("Russia is buying artillery shells from North Korea, U.S. officials said.")
    assert _pairs(a) == {("North Korea", "Russia")}


def test_national_adjective_on_company_subject() -> None:
    a = _run("Chinese firms supplied microchips to Russia in 2023.")
    assert _find(a, "China", "Russia").items[0].category == "components"


def test_named_company_in_apposition_acts_itself() -> None:
    a = _run("Belarus supplied rockets to a private Russian security company, the Wagner Group.")
    assert _pairs(a) == {("Belarus", "Wagner Group")}


def test_reduced_relative_on_measure_noun() -> None:
    a = _run("Ukraine has used dozens of TB2s bought from Turkey since 2019.")
    t = _find(a, "Turkey", "Ukraine")
    assert t.items[0].text == "TB2s"


def test_name_does_not_swallow_coordinated_goods() -> None:
    a = _run("Washington has supplied Kyiv with HIMARS launchers and 155mm shells.")
    t = _find(a, "United States", "Ukraine")
    assert sorted(it.text for it in t.items) == ["155mm shells", "HIMARS launchers"]


def test_missing_supplier_from_previous_sentence() -> None:
    a = _run(
        "Poland bought K2 tanks from South Korea in 2022. The first ten tanks were delivered to Poland in December."
    )
    dates = {t.date for t in a.transfers if _name(t.supplier) == "South Korea" and _name(t.recipient) == "Poland"}
    assert "2023-12" in dates
    _spans_ok(a)


def test_generic_item_words() -> None:
    a = _run("Iran delivered quadcopters and glide bombs to the Houthis.")
    t = _find(a, "Iran", "Houthis")
    assert {it.category for it in t.items} == {"drone", "ammunition"}


def test_model_number_is_no_quantity() -> None:
    a = _run("Armenia has received L-39 trainers and C-802 anti-ship missiles from Belarus.")
    t = _find(a, "Belarus", "Armenia")
    assert t.items and all(it.quantity is None for it in t.items)


def test_next_paragraph_opening_on_goods_dates_the_seizure() -> None:
    a = _run(
        "U.S. forces seized Iranian-made cruise missile components from a dhow off Oman last week that were bound"
        " for Yemen's Houthi rebels, the command said on Tuesday.\n\n"
        "The components were seized on May 2 during a night raid.",
        published="2024-05-10",
    )
    assert _find(a, "Iran", "Houthis").date == "2024-05-02"


def test_day_of_saying_dates_no_earlier_deed() -> None:
    a = _run("The minister said on Tuesday that Russia had received Fath-360 missiles from Iran.")
    assert _find(a, "Iran", "Russia").date == "2024-05"


def test_denial_beside_a_third_party_assertion_is_a_claim_on_it() -> None:
    text = "Belarus has received dozens of T-72 tanks from Russia, Polish officials said, a claim Moscow dismissed."
    out = analyze_text(text, lang="en", published="2024-05-02").to_dict()
    (t,) = [t for t in out["transfers"] if t["supplier"] and t["supplier"]["name"] == "Russia"]
    assert t["status"] != "denied" and t["recipient"]["name"] == "Belarus"
    claims = {c["id"]: c for c in out["claims"]}
    denial = next(c for c in out["claims"] if c["stance"] == "denies")
    assert denial["speaker"]["name"] == "Russia"
    assert denial["target"] in claims or denial["target"] == t["id"]


def test_headline_is_parsed_apart_from_the_next_line() -> None:
    a = _run("Latest\n\nUK Quietly Shipped Cruise Missiles to Poland in April\n\nThe story follows below.")
    assert ("United Kingdom", "Poland") in _pairs(a)
    _spans_ok(a)


def test_headline_label_before_a_colon_is_no_party() -> None:
    a = _run("Gaza war: Norway, Finland to send 12 patrol boats to Estonia")
    assert _pairs(a) >= {("Norway", "Estonia"), ("Finland", "Estonia")}
    assert all(_name(t.supplier) != "Israel" for t in a.transfers)
    assert all(t.status == "planned" for t in a.transfers)


def test_headline_passive_without_auxiliary() -> None:
    a = _run("Syria caught trying to smuggle rifles to Hamas via Jordan")
    assert ("Syria", "Hamas") in _pairs(a)


def test_title_before_a_named_leader_lets_the_leader_speak() -> None:
    a = _run("The howitzers from France have arrived in Armenia, Prime Minister Nikol Pashinyan announced on Monday.")
    assert _find(a, "France", "Armenia").status == "confirmed"


def test_first_person_object_of_a_quoted_leader_is_his_state() -> None:
    a = _run('"China will supply us with drones and radars," Pashinyan was quoted as saying.')
    assert ("China", "Armenia") in _pairs(a)


def test_carrier_subject_is_no_goods_and_its_flag_no_supplier() -> None:
    a = _run("Belarusian cargo planes delivered a batch of Chinese-made drones to Russia in March.")
    t = _find(a, "China", "Russia")
    assert [it.category for it in t.items] == ["drone"]
    assert ("Belarus", "Russia") not in _pairs(a)


def test_end_user_after_for_use_by_is_the_recipient() -> None:
    a = _run("Officials said Iran delivered drones to Syria for use by Hezbollah last year.")
    assert ("Iran", "Hezbollah") in _pairs(a)
    assert ("Iran", "Syria") not in _pairs(a)


def test_month_without_year_takes_the_year_the_text_gives() -> None:
    text = (
        "Norway delivered artillery shells to Estonia in May, officials said. The shells were part of a package"
        " approved in January 2023."
    )
    a = analyze_text(text, lang="en", published=None)
    assert _find(a, "Norway", "Estonia").date == "2023-05"


def test_definite_noun_taking_up_the_deed_dates_it() -> None:
    text = (
        "Belarus recently supplied mortar shells to Armenia, a ministry spokesman told reporters on Tuesday.\n\n"
        "Analysts doubt the Belarusian shipment, which was completed last month, will change much."
    )
    assert _find(_run(text), "Belarus", "Armenia").date == "2024-04"


def test_plan_takes_no_date_of_a_restated_deed() -> None:
    text = (
        "Belarus is planning to send Armenia more rifles, the spokesman said.\n\n"
        "The Belarusian shipment, which was completed last month, was small."
    )
    assert _find(_run(text), "Belarus", "Armenia").date is None


@pytest.mark.parametrize(
    "text",
    [
        "Coast guards seized Chinese-made rifles that were intended for the Houthis.",
        "The crates held Chinese drones meant for the Houthis, officials said.",
    ],
)
def test_goods_intended_for_a_party(text: str) -> None:
    assert ("China", "Houthis") in _pairs(_run(text))


def test_goods_passed_on_run_from_the_first_supplier_through_the_buyer() -> None:
    a = _run("Armenia's purchase of drones from China resulted in part of them being passed on to Russia.")
    t = _find(a, "China", "Russia")
    assert [_name(p) for p in t.intermediaries] == ["Armenia"]
    assert ("China", "Armenia") not in _pairs(a)


def test_sum_of_money_is_no_count_of_goods() -> None:
    a = _run("Belarus bought $4.5 million worth of drones from China last year.")
    t = _find(a, "China", "Belarus")
    assert all(it.quantity is None for it in t.items)


@pytest.mark.parametrize(
    ("text", "supplier", "recipient", "status"),
    [
        ("Manila signed a deal with Japan on Monday for five radars.", "Japan", "Philippines", "planned"),
        ("Poland signed a deal with South Korea to buy 180 K2 tanks.", "South Korea", "Poland", "planned"),
        ("The State Department approved the possible sale of F-16s to Turkey.", "United States", "Turkey", "planned"),
        ("Germany agreed to sell 40 Leopard 2 tanks to Norway.", "Germany", "Norway", "planned"),
        ("Germany agreed to supply 40 Leopard 2 tanks to Norway.", "Germany", "Norway", "planned"),
        ("Poland ordered 48 K9 howitzers from South Korea.", "South Korea", "Poland", "planned"),
        ("Taiwan took delivery of 12 Harpoon missiles from the United States.", "United States", "Taiwan", "reported"),
        ("Britain handed over 14 Challenger 2 tanks to Ukraine.", "United Kingdom", "Ukraine", "reported"),
        # the parse reads "over 20" as a figure; the particle still follows the verb
        ("Czechia handed over 20 T-72 tanks to Kyiv.", "Czech Republic", "Ukraine", "reported"),
        ("Germany transferred 10 howitzers to Ukraine.", "Germany", "Ukraine", "reported"),
    ],
)
def test_contracts_approvals_and_handovers(text: str, supplier: str, recipient: str, status: str) -> None:
    a = _run(text)
    assert _pairs(a) == {(supplier, recipient)}
    assert _find(a, supplier, recipient).status == status
    _spans_ok(a)


def test_mq9b_is_its_own_drone() -> None:
    a = _run("India bought two MQ-9B drones from the United States.")
    t = _find(a, "United States", "India")
    assert any(i.entity is not None and i.entity.name == "MQ-9B" for i in t.items)


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders signed a trade deal with Japan on Monday.",
        "Iran signed a deal with Russia on oil.",
        "Poland signed a trade agreement with Germany.",
    ],
)
def test_deals_without_goods_are_no_transfer(text: str) -> None:
    assert _run(text).transfers == []


def test_passive_armed_subject_receives() -> None:
    a = _run("Mali's army has been armed with Turkish-made Akinci drones since last autumn, diplomats say.")
    _find(a, "Turkey", "Mali")
    b = _run("The rebels are armed by Eritrea, a UN panel said, citing flights that carried rifles to Port Sudan.")
    assert ("Eritrea", "Rebels") not in _pairs(b)


def test_armed_by_group_receives() -> None:
    a = _run("Hamas fighters were armed with Iranian-made rockets smuggled through tunnels, an Israeli officer said.")
    t = _find(a, "Iran", "Hamas")
    assert [it.category for it in t.items] == ["ammunition"]


def test_participle_agent_supplies_the_receipt() -> None:
    a = _run("Romania has received the first Leopard 2 tanks transferred to it by Germany, its defence ministry said.")
    _find(a, "Germany", "Romania")
    b = _run("Last week Estonia took delivery of 12 howitzers, refurbished in Italy and handed over by Finland.")
    _find(b, "Finland", "Estonia")


def test_relative_clause_of_use_names_the_recipient() -> None:
    a = _run("North Korea supplied the KN-23 missiles that Russia has fired at Ukrainian cities since January 2024.")
    t = _find(a, "North Korea", "Russia")
    assert t.date is None  # the date is when the missiles were fired


def test_bought_from_is_no_supply_by_an_earlier_buyer() -> None:
    a = _run(
        "Latvia will receive a Bayraktar drone from Baykar. Georgia has used dozens of TB2s bought from Turkey "
        "since 2020 against smugglers."
    )
    _find(a, "Turkey", "Georgia")
    assert ("Latvia", "Georgia") not in _pairs(a)


def test_elided_series_numbers_name_sibling_models() -> None:
    a = _run("Iran delivered 12 Shahed 191 and 129 drones to Russia in June, officials said.")
    t = _find(a, "Iran", "Russia")
    assert {it.entity.name for it in t.items if it.entity} == {"Shahed-191", "Shahed-129"}
    assert all(it.quantity is None or it.quantity.value == 12 for it in t.items)


def test_unnamed_allies_and_more_systems() -> None:
    a = _run(
        "On May 2 the chancellor said Germany would send Ukraine another Patriot system. Nordic allies will "
        "bolster Ukrainian air defence with three more systems, he added."
    )
    t = next(t for t in a.transfers if t.supplier is not None and t.supplier.description == "Nordic allies")
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 3
    assert t.items[0].category == "air-defence"


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury sanctioned four firms in Dubai that it said had moved money for Iran's drone and missile "
        "programmes.",
        "Officials said the Houthis fired anti-ship missiles at commercial shipping in the Red Sea on Monday.",
        "Kim Jong Un handed over 250 new missile launchers to frontline units at a ceremony in Pyongyang.",
    ],
)
def test_money_trade_and_own_forces_are_no_transfer(text: str) -> None:
    assert _run(text).transfers == []


def test_announced_package_is_planned_and_lists_its_contents() -> None:
    a = _run(
        "The White House on Thursday announced a $300 million package of military aid for Ukraine. The package, "
        "the second drawn from stocks since lawmakers passed new funding last month, includes 155 mm and 105 mm "
        "artillery rounds and 20 M113 armored personnel carriers."
    )
    t = _find(a, "United States", "Ukraine")
    assert t.status == "planned" and t.date == "2024-05-09"
    shells = [it for it in t.items if it.category == "artillery-ammunition"]
    assert shells and shells[0].quantity is None  # "105 mm" is a calibre
    assert any(it.entity is not None and it.entity.name == "M113" for it in t.items)


def test_the_department_and_batteries_of_the_named_system() -> None:
    a = _run(
        "The State Department approved a possible sale of NASAMS to Lithuania on Monday. In a second notice, "
        "the department also cleared the sale to Latvia of two batteries."
    )
    t = _find(a, "United States", "Latvia")
    assert t.status == "planned"
    assert t.items[0].category == "air-defence"


def test_named_minister_speaks_for_the_recipient() -> None:
    a = _run("Ukraine has received a second batch of Gripen jets from Sweden, Defense Minister Rustem Umerov said.")
    t = _find(a, "Sweden", "Ukraine")
    assert t.status == "confirmed"


def test_goods_holding_goods_and_rounds_of_calibre_shells() -> None:
    a = _run(
        "North Korea has shipped about 3,000 containers to Russia since August, holding more than 1 million rounds "
        "of 152 mm artillery shells, Seoul's defence ministry said."
    )
    t = _find(a, "North Korea", "Russia")
    shells = [it for it in t.items if it.category == "artillery-ammunition"]
    assert shells and shells[0].quantity is not None and shells[0].quantity.value == 1_000_000


def test_clause_on_the_head_noun_of_named_systems() -> None:
    a = _run("Ukrainian brigades operate Marder and Bradley fighting vehicles sent by Germany, officials said.")
    t = _find(a, "Germany", "Ukraine")
    assert {it.entity.name for it in t.items if it.entity} >= {"Marder"}


def test_lead_subject_under_a_headline_without_full_stop() -> None:
    a = _run(
        "Turkish drones change the war in Libya\n\n"
        "Libya's army has been armed with Turkish-made Bayraktar TB2 drones since 2020, according to UN experts."
    )
    _find(a, "Turkey", "Libya")


def test_go_betweens_of_the_goods_before() -> None:
    a = _run(
        "Iran has continued to obtain Western-made electronics, much of it funneled through front companies in "
        "Hong Kong and Malaysia, investigators said."
    )
    t = _find(a, None, "Iran")
    assert {p.entity.name for p in t.intermediaries if p.entity} == {"Hong Kong", "Malaysia"}


def test_deed_done_in_secret_is_alleged() -> None:
    a = _run("Belarus has covertly shipped mortar rounds to Russia for months.")
    assert _find(a, "Belarus", "Russia").status == "alleged"


def test_open_question_or_condition_tells_no_transfer() -> None:
    a = _run("Norway keeps 30 tanks, but it is unclear if they would go to Ukraine or whether Oslo will send them.")
    assert a.transfers == []
    b = _run("Moscow warned it would retaliate if Finland sends long-range missiles to Ukraine.")
    assert b.transfers == []
    c = _run("Poland is considering whether to send more howitzers to Ukraine.")
    assert _find(c, "Poland", "Ukraine").status == "planned"


def test_listed_systems_replace_the_generic_word_they_specify() -> None:
    a = _run(
        "Transport aircraft delivered a first batch of Belarusian-made combat drones to Serbia in May. "
        "The batch included Mohajer-6 as well as Shahed-136 models."
    )
    t = _find(a, "Belarus", "Serbia")
    assert sorted(it.entity.name for it in t.items if it.entity) == ["Mohajer-6", "Shahed-136"]
    assert all(it.entity is not None for it in t.items)


def test_officials_asking_or_sending_act_for_their_state() -> None:
    a = _run("Venezuelan officials have asked Russia for Su-30 fighter jets, according to diplomats.")
    t = _find(a, "Russia", "Venezuela")
    assert t.status == "requested"
    b = _run("Iranian commanders sent drones to Armenia, Western officials said.")
    assert _pairs(b) == {("Iran", "Armenia")}


def test_bare_vehicles_are_goods_but_not_when_they_carry_goods() -> None:
    a = _run("Finland pledged 40 of the vehicles to Ukraine last year.")
    t = _find(a, "Finland", "Ukraine")
    assert [it.category for it in t.items] == ["armoured-vehicle"]
    b = _run("Iran smuggled rifles to the Houthis in civilian vehicles.")
    assert [it.text for it in _find(b, "Iran", "Houthis").items] == ["rifles"]


def test_agent_noun_said_of_a_party_is_a_supply() -> None:
    a = _run("Belarus has become the main supplier of mortar rounds to Russia.")
    assert _pairs(a) == {("Belarus", "Russia")}
    b = _run("Serbia is now Ukraine's largest source of artillery shells, analysts said.")
    assert _pairs(b) == {("Serbia", "Ukraine")}
    c = _run("Turkey has likely become the dominant source of machine tools for Russian arms plants.")
    t = _find(c, "Turkey", "Russia")
    assert t.status == "alleged"
    assert [it.text for it in t.items] == ["machine tools"]


def test_goods_inside_a_gloss_on_goods_are_no_more_goods() -> None:
    a = _run("Belarus exported nitrocellulose, a key ingredient in artillery propellant, to Russia.")
    assert [it.text for it in _find(a, "Belarus", "Russia").items] == ["nitrocellulose"]
    b = _run("Iran sent drones, some of them Shahed-136 models, to Russia.")
    assert "Shahed-136" in {it.entity.name for it in _find(b, "Iran", "Russia").items if it.entity}


def test_bare_participle_after_the_goods_of_a_use_verb() -> None:
    a = _run("Venezuela's air force still flies American F-16s and F-4s bought before 1990.")
    t = _find(a, "United States", "Venezuela")
    assert sorted(it.entity.name for it in t.items if it.entity) == ["F-16", "F-4 Phantom II"]
    b = _run("Egypt still operates French Rafale jets bought in 2015.")
    assert _pairs(b) == {("France", "Egypt")}


def test_refused_deed_is_no_transfer() -> None:
    assert _run("Tokyo has refused to send lethal weapons to Ukraine.").transfers == []
    assert _run("Berlin has ruled out sending Taurus missiles to Kyiv.").transfers == []
    a = _run("Berlin declined to supply Taurus missiles to Ukraine, but it sent more howitzers to Ukraine.")
    t = _find(a, "Germany", "Ukraine")
    assert [it.text for it in t.items] == ["howitzers"]


def test_first_country_to_send_has_the_copula_subject() -> None:
    a = _run("Norway became the first country to send long-range rockets to Ukraine.")
    assert _pairs(a) == {("Norway", "Ukraine")}
    b = _run("Canada was the first to deliver armoured vehicles to Ukraine.")
    assert _pairs(b) == {("Canada", "Ukraine")}


def test_to_arm_is_to_supply_weapons() -> None:
    a = _run("Hamas is armed by Iran, U.N. monitors said.")
    t = a.transfers[0]
    assert _name(t.supplier) == "Iran" and [it.category for it in t.items] == ["other"]
    b = _run("Belarus has armed Russia with tanks.")
    assert [it.text for it in _find(b, "Belarus", "Russia").items] == ["tanks"]


def test_evidence_that_suggests_and_a_delivery_expected() -> None:
    a = _run("Satellite images suggest that Belarus has delivered Iskander missiles to Russia.")
    assert _find(a, "Belarus", "Russia").status == "alleged"
    b = _run("The delivery of the howitzers to Poland from South Korea is expected in March.")
    assert _find(b, "South Korea", "Poland").status == "planned"


def test_value_phrase_between_goods_and_recipient() -> None:
    a = _run("Turkey exported drones worth $500 million to Ethiopia in 2022.")
    assert _pairs(a) == {("Turkey", "Ethiopia")}


def test_word_before_an_office_is_no_party() -> None:
    a = _run("Kim Jong Un handed over missile launchers to Russian Defense Minister Sergei Shoigu.")
    assert _pairs(a) == {("North Korea", "Russia")}


def test_joined_verbs_continue_the_journey_of_the_goods() -> None:
    a = _run(
        "Belarusian rifles were trucked across Ukraine, entered Moldova at a border post "
        "and were then driven to Wagner Group depots near the coast."
    )
    t = _find(a, "Belarus", "Wagner Group")
    assert [it.text for it in t.items] == ["rifles"]


def test_unnamed_speaker_qualified_after_the_noun() -> None:
    a = _run("An official from Belarus's defence ministry confirmed that Minsk had sent tanks to Russia.")
    assert _find(a, "Belarus", "Russia").status == "confirmed"
    b = _run(
        "Kazakhstan's exports of machine tools to Russia have risen sharply since 2022, "
        "though officials in Astana say they enforce Western controls."
    )
    assert _find(b, "Kazakhstan", "Russia").status == "reported"


def test_report_that_alleges_a_transfer() -> None:
    a = _run("The report alleges that Eritrea shipped weapons to the Houthis.")
    assert _find(a, "Eritrea", "Houthis").status == "alleged"


def test_plural_of_a_name_that_holds_a_shorter_name() -> None:
    a = _run("Iran sent 100 Shahed-131s to Russia.")
    t = _find(a, "Iran", "Russia")
    assert [(it.entity.name if it.entity else None) for it in t.items] == ["Shahed-131"]


def test_denier_in_concessive_clause_is_no_speaker() -> None:
    a = _run(
        "Tehran has also sent Fath-360 missiles to Moscow, two European intelligence sources told Reuters, "
        "though Iran's foreign ministry dismissed the reports as baseless."
    )
    t = _find(a, "Iran", "Russia")
    speakers = {(_name(c.speaker) or getattr(c.speaker, "description", None)) for c in a.claims if c.id in t.claims}
    assert "two European intelligence sources" in speakers


def test_naming_relative_clause_gives_no_speaker() -> None:
    a = _run(
        "Western officials say Iran supplied hundreds of drones to Russia last year. "
        "The drones, which Russia calls Geran-2, were first flown in from Iran, the officials said."
    )
    assert _pairs(a) == {("Iran", "Russia")}
    assert all(_name(c.speaker) != "Russia" for c in a.claims)
    assert all(t.status == "reported" for t in a.transfers)


def test_speaker_of_a_comment_on_western_deliveries_supplies_nothing() -> None:
    a = _run("The Kremlin said Western weapons deliveries to Ukraine would only prolong the war.")
    assert ("Russia", "Ukraine") not in _pairs(a)
    b = _run("Moscow warned that NATO arms supplies to Kyiv would escalate the conflict.")
    assert ("Russia", "Ukraine") not in _pairs(b)


def test_who_waits_for_promised_goods_receives_them() -> None:
    a = _run(
        "Ukraine, meanwhile, is waiting for the first of 12 IRIS-T launchers promised by Germany, "
        "and last month took delivery of Leopard tanks."
    )
    t = _find(a, "Germany", "Ukraine")
    assert [it.text for it in t.items] == ["IRIS-T launchers"]
    assert t.status == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Belarus re-exported Chinese drones to Russia last year.",
        "Chinese drones were re-exported to Russia by Belarus, officials said.",
        "Belarus is re-exporting Chinese drones to Russia.",
    ],
)
def test_re_export_is_one_word(text: str) -> None:
    # goods passed on come from their maker, through the state passing them on (tests/test_onward.py)
    [t] = [t for t in _run(text).transfers if _name(t.recipient) == "Russia"]
    assert _name(t.supplier) == "China"
    assert [_name(p) for p in t.intermediaries] == ["Belarus"]


def test_re_export_tokens_keep_the_hyphen() -> None:
    from materiel.nlp import load_pipeline

    doc = load_pipeline("en")("Kazakhstan re-exported parts, and re-exports rose.")
    assert [t.text for t in doc][1] == "re-exported"
    assert doc[1].lemma_ == "re-export"
    assert "re-exports" in [t.text for t in doc]


def test_denial_of_another_partys_act_is_kept() -> None:
    a = _run(
        "Russia has fired Iranian-supplied Shahed drones at Ukraine since 2022. "
        "Cairo, for its part, denied reports last year that it had planned to secretly supply Russia with rockets."
    )
    assert _find(a, "Egypt", "Russia").status == "denied"
    b = _run("Iran has sent drones to Russia, officials said. Tehran has denied ever supplying drones to Moscow.")
    assert _pairs(b) == {("Iran", "Russia")}


def test_act_in_a_denied_report_is_denied() -> None:
    a = _run("Egypt denied reports that it had planned to supply Russia with rockets.")
    assert _find(a, "Egypt", "Russia").status == "denied"


def test_raised_subject_of_a_hedge_is_the_giver() -> None:
    # "with satellites" must not make the raised subject the receiver of "provided"
    a = _run("Moscow is thought to have provided Pyongyang with air defence systems, officials said.")
    t = _find(a, "Russia", "North Korea")
    assert t.status == "alleged"
    assert [it.category for it in t.items] == ["air-defence"]


def test_goods_given_in_return_go_back_to_the_first_supplier() -> None:
    a = _run("Belarus has sent artillery shells to Russia. In return, Russia provided fighter jets, officials said.")
    assert _find(a, "Russia", "Belarus").items[0].category == "aircraft"
    b = _run("Iran has shipped drones to Russia. In exchange, Iran received Su-35 jets.")
    assert ("Russia", "Iran") in _pairs(b)


def test_also_supplied_keeps_the_recipient_for_other_goods() -> None:
    a = _run(
        "North Korea has sent more than 9,000 containers of munitions to Russia since September 2023, "
        "South Korea's defence ministry said on Monday.\n\n"
        "Pyongyang is also believed to have supplied dozens of KN-23 short-range ballistic missiles. "
        "In return, Russia is thought to have provided air defence equipment, officials said."
    )
    t = next(t for t in a.transfers if any(it.entity is not None and it.entity.name == "KN-23" for it in t.items))
    assert (_name(t.supplier), _name(t.recipient), t.status) == ("North Korea", "Russia", "alleged")
    assert _find(a, "Russia", "North Korea").items[0].category == "air-defence"


def test_approval_noted_in_a_determination_is_a_planned_sale_to_the_buyer_office() -> None:
    a = _run(
        "The State Department has made a determination approving a possible Foreign Military Sale to the "
        "Taipei Economic and Cultural Representative Office in the United States (TECRO) of NASAMS fire units. "
        "TECRO has requested to buy three (3) NASAMS fire units and one hundred twenty-three (123) AIM-120C-8 missiles."
    )
    t = _find(a, "United States", "Taiwan")
    assert t.status == "planned"
    counts = {it.text: it.quantity.text for ts in a.transfers for it in ts.items if it.quantity is not None}
    assert "three (3)" in counts.values()
    assert "one hundred twenty-three (123)" in counts.values()
    _spans_ok(a)


def test_number_range_counts_the_goods() -> None:
    a = _run("Norway said it would donate between six and ten F-16s to Ukraine.")
    q = _find(a, "Norway", "Ukraine").items[0].quantity
    assert q is not None and (q.text, q.value, q.min, q.max) == ("between six and ten", None, 6, 10)


def test_bare_weekday_of_wire_copy_dates_the_act() -> None:
    # 2024-05-10 is a Friday: "said Tuesday" is 2024-05-07, as "on Tuesday" would be
    a = _run("Germany said Tuesday it would send a second IRIS-T system to Ukraine.")
    assert _find(a, "Germany", "Ukraine").date == "2024-05-07"
    b = _run("Russia has fired Kinzhal missiles since Black Friday.")
    assert not b.transfers


def test_offer_is_a_planned_supply_and_forwarding_a_delivery() -> None:
    a = _run("Moscow has reportedly offered Tehran Su-35 fighter jets and Mi-28 attack helicopters.")
    t = _find(a, "Russia", "Iran")
    assert t.status == "planned"
    assert {it.entity.name for it in t.items if it.entity is not None} == {"Su-35", "Mi-28"}
    assert not _run("Turkey offered to mediate between Russia and Ukraine.").transfers
    b = _run("Kazakh trading firms forwarded the drones to Russia last year.")
    assert ("Kazakhstan", "Russia") in _pairs(b)


def test_relative_clause_on_a_states_junta_has_the_state_as_subject() -> None:
    a = _run(
        "Mali's junta, which took delivery of Russian-made Mi-8 helicopters from Moscow in 2022, has not commented."
    )
    t = _find(a, "Russia", "Mali")
    assert t.date == "2022"
    assert t.status == "reported"  # saying nothing confirms nothing


def test_party_after_successor_to_is_no_recipient() -> None:
    a = _run(
        "The armoured vehicles are destined for the Malian army, which fights alongside the Africa Corps, "
        "the Russian defence ministry's successor to the Wagner Group."
    )
    assert all(_name(t.recipient) != "Wagner Group" for t in a.transfers)


def test_refusal_with_a_concession_keeps_the_giver_and_does_not_confirm() -> None:
    a = _run(
        "Seoul has refused to send lethal weapons to Kyiv, although it lent 500,000 shells to Washington last year."
    )
    t = _find(a, "South Korea", "United States")
    assert t.status == "reported"
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 500000
    assert ("South Korea", "Ukraine") not in _pairs(a)


def test_no_on_the_goods_negates_the_act() -> None:
    assert _find(_run("Iran has sent no drones to Russia, Tehran said."), "Iran", "Russia").status == "denied"
    assert (
        _find(_run("Russia has delivered no fewer than 20 tanks to Belarus."), "Russia", "Belarus").status != "denied"
    )


def test_seized_goods_with_a_said_relative_clause_keep_their_journey() -> None:
    a = _run(
        "The navy boarded a dhow on May 2 and seized drone engines, including guidance parts and a warhead, "
        "which the command said were being smuggled from Iran to the Houthis."
    )
    t = _find(a, "Iran", "Houthis")
    assert t.status == "alleged"
    assert t.date == "2024-05-02"
    assert any(it.category == "components" for it in t.items)


def test_guidance_kits_and_jammers_are_goods() -> None:
    a = _run("Iran sent precision-guided missile kits to Hezbollah.")
    assert [it.category for it in _find(a, "Iran", "Hezbollah").items] == ["components"]
    b = _run("Russia delivered electronic warfare systems to Iran.")
    assert [it.text for it in _find(b, "Russia", "Iran").items] == ["electronic warfare systems"]


def test_relative_pronoun_of_a_said_clause_is_its_antecedent() -> None:
    a = _run("Washington sanctioned Armenia, which officials said had sold drones to Russia.")
    assert ("Armenia", "Russia") in _pairs(a)
    b = _run("Armenia, which received howitzers from France, said nothing.")
    assert _find(b, "France", "Armenia").status == "reported"


def test_abbreviation_joined_to_its_participle_is_a_supplier() -> None:
    a = _run("Ukraine struck a Russian airbase with U.S.-supplied ATACMS missiles, officials said.")
    t = _find(a, "United States", "Ukraine")
    assert t.trigger is not None and t.trigger.text == "supplied"
    _spans_ok(a)


def test_state_owned_maker_delivering_to_its_own_army_is_no_transfer() -> None:
    assert not _run("Poland's state-owned PGZ will deliver 100 Piorun launchers to the Polish army.").transfers
    a = _run("Russia's Rosoboronexport delivered S-400 systems to India.")
    assert ("Russia", "India") in _pairs(a)


def test_month_range_starts_at_its_first_month_and_ago_counts_back() -> None:
    a = _run("Iran shipped drones to Russia between May and July, officials said.", published="2024-09-01")
    assert _find(a, "Iran", "Russia").date == "2024-05"
    b = _run("Belarus sent tanks to Russia two weeks ago, officials said.", published="2024-06-12")
    assert _find(b, "Belarus", "Russia").date == "2024-05"
    c = _run("Belarus sent tanks to Russia three days ago.", published="2024-06-12")
    assert _find(c, "Belarus", "Russia").date == "2024-06-09"


def test_goods_first_sent_elsewhere_by_their_own_participle_are_another_transfer() -> None:
    a = _run(
        "Iran has smuggled rockets to Hezbollah, Israeli officials said. A spokesman said the group had also "
        "received Kornet anti-tank missiles, some of them Russian-made weapons originally supplied to the Syrian army."
    )
    received = _find(a, None, "Hezbollah")
    assert [it.text for it in received.items] == ["Kornet anti-tank missiles"]
    assert not received.intermediaries
    assert [it.text for it in _find(a, "Russia", "Syria").items] == ["weapons"]
    b = _run("Ukraine received the vehicles transferred to it by Sweden.")
    assert _pairs(b) == {("Sweden", "Ukraine")}


def test_bids_received_from_shipyards_are_no_transfer() -> None:
    a = _run(
        "The Thai navy has received bids from Italy's Fincantieri and Germany's TKMS for two frigates, "
        "but no contract will be signed this year, the minister said."
    )
    assert a.transfers == []


def test_believes_hedges_a_supply() -> None:
    a = _run("Japan's defence ministry believes China has supplied radars and drones to Russia.")
    assert _find(a, "China", "Russia").status == "alleged"


def test_headline_infinitive_with_sources_say_is_planned() -> None:
    a = _run("Vietnam to buy Indian BrahMos missiles in $700m deal, sources say\n\nThe deal is not yet signed.")
    t = _find(a, "India", "Vietnam")
    assert t.status == "planned"


def test_opening_it_is_the_party_the_sentence_before_was_about() -> None:
    a = _run(
        "Laos received two trainer jets from Russia in 2021.\n\n"
        "Myanmar's junta, short of spare parts, relies on Beijing. It received four drones from China in late 2022."
    )
    t = _find(a, "China", "Myanmar")
    assert t.date == "2022"
    assert ("China", "Laos") not in _pairs(a)


def test_goods_ordered_from_a_seller_arrive_from_it() -> None:
    a = _run("The first eight Su-35 jets ordered from Russia arrived in Algeria last month.")
    t = _find(a, "Russia", "Algeria")
    assert t.date == "2024-04"


def test_a_part_of_a_total_counts_the_part() -> None:
    a = _run("Bangladesh took delivery of the last three of eight Yak-130 trainers from Russia in March 2023.")
    t = _find(a, "Russia", "Bangladesh")
    q = t.items[0].quantity
    assert q is not None and q.value == 3


def test_the_following_year_counts_on_from_the_date_before() -> None:
    a = _run(
        "Greece signed a deal for Rafale jets in January 2021, "
        "and France delivered the first six jets to Greece the following year."
    )
    assert _find(a, "France", "Greece").date == "2022"


def test_striking_with_supplied_goods_makes_the_striker_their_recipient() -> None:
    a = _run("Ukraine destroyed a Russian radar with British-supplied Storm Shadow missiles.")
    t = _find(a, "United Kingdom", "Ukraine")
    assert t.items and t.items[0].category == "missile"


def test_goods_given_in_exchange_are_not_the_goods_of_the_act() -> None:
    a = _run("Russia has provided Belarus with fighter jets in exchange for artillery shells, officials in Kyiv said.")
    t = _find(a, "Russia", "Belarus")
    assert [it.category for it in t.items] == ["aircraft"]


def test_owner_of_goods_delivered_by_another_received_them() -> None:
    a = _run(
        "Romania's HIMARS launchers, delivered by the United States since 2023, now equip two artillery battalions."
    )
    t = _find(a, "United States", "Romania")
    assert t.date == "2023"
    assert len(a.transfers) == 1


def test_first_of_a_total_does_not_count_the_total() -> None:
    a = _run("Chile took delivery of the first of four Black Hawk helicopters from the United States on Monday.")
    t = _find(a, "United States", "Chile")
    assert t.items[0].quantity is None or t.items[0].quantity.value != 4


def test_the_junta_is_a_state_under_military_rule_not_the_latest_country() -> None:
    a = _run(
        "Niger's generals have turned away from France. Russia and Turkey are now courting the country's army.\n\n"
        "The junta took delivery of two Bayraktar TB2 drones from Turkey in May."
    )
    assert ("Turkey", "Niger") in _pairs(a)


@pytest.mark.parametrize(
    "text",
    [
        "Seoul's defence ministry said it was not considering sending howitzers to Kyiv.",
        "Tokyo does not plan to supply Patriot interceptors to Ukraine.",
        "Berlin has no intention of sending Taurus missiles to Ukraine.",
    ],
)
def test_an_act_not_intended_is_no_transfer(text: str) -> None:
    assert _run(text).transfers == []


def test_torpedoes_and_protective_gear_are_goods() -> None:
    a = _run("Italy delivered heavy torpedoes to Indonesia, and Canada sent body armour to Moldova.")
    assert [it.category for it in _find(a, "Italy", "Indonesia").items] == ["ammunition"]
    assert [it.text for it in _find(a, "Canada", "Moldova").items] == ["body armour"]


def test_troops_of_a_state_using_supplied_goods_make_the_state_their_recipient() -> None:
    a = _run("Ukrainian troops fired French-supplied SCALP missiles at a Russian command post.")
    assert ("France", "Ukraine") in _pairs(a)


# --- several transfers of one pair: gapped conjuncts, elided goods, batches in relative clauses ---


def _dated(a: Analysis, supplier: str | None, recipient: str | None) -> list[str | None]:
    return sorted((t.date for t in of_pair(a, supplier, recipient)), key=str)


def test_one_verb_with_two_dated_conjuncts_tells_two_contracts() -> None:
    a = _run(
        "Romania has bought heavily from Germany in recent years.\n\n"
        "Bucharest signed for 54 Leopard 2 tanks in March 2023 and for 30 more in February 2024, the ministry said."
    )
    assert _dated(a, "Germany", "Romania") == ["2023-03", "2024-02"]
    later = next(t for t in a.transfers if t.date == "2024-02")
    assert later.status == "planned"
    assert [it.quantity.value for it in later.items if it.quantity] == [30]


def test_two_named_batches_with_their_months_are_two_deliveries() -> None:
    a = _run(
        "Spain delivered two corvettes to Morocco, the first in June 2022 and the second in January 2023, "
        "officials in Rabat said."
    )
    assert _dated(a, "Spain", "Morocco") == ["2022-06", "2023-01"]


def test_a_first_and_a_second_batch_in_a_relative_clause() -> None:
    a = _run(
        "Chad, which received its first Bayraktar TB2 drones from Turkey in March 2022 and a second batch in 2023, "
        "has moved closer to Ankara."
    )
    assert _dated(a, "Turkey", "Chad") == ["2022-03", "2023"]


@pytest.mark.parametrize(
    "text",
    [
        "Austria sent artillery shells to Slovakia between 2019 and 2022.",
        "Slovakia received tanks from Austria in 2019 and 2021 respectively.",
    ],
)
def test_a_span_of_years_is_one_transfer(text: str) -> None:
    a = _run(text)
    assert len(a.transfers) == 1


def test_a_schedule_still_to_come_is_one_pledge() -> None:
    a = _run(
        "Norway would donate 14 CV90 vehicles to Latvia, with eight in 2025 and the remaining six in 2026, "
        "the government said.",
        published="2024-05-10",
    )
    assert len(a.transfers) == 1


def test_a_rank_or_a_count_without_its_noun_stands_for_the_goods_told_before() -> None:
    a = _run(
        "Croatia ordered 12 Rafale jets from France in 2021.\n\n"
        "The first six were delivered in April 2024, the defence ministry in Zagreb said."
    )
    later = next(t for t in a.transfers if t.date == "2024-04")
    assert (_name(later.supplier), _name(later.recipient)) == ("France", "Croatia")
    assert [it.quantity.value for it in later.items if it.quantity] == [6]


def test_a_part_told_in_a_relative_clause_is_a_batch_of_its_own() -> None:
    a = _run(
        "What Belarus gets from Russia in return includes Su-30SM fighters and Mi-35 helicopters, "
        "four of which arrived in May 2023."
    )
    batch = next(t for t in a.transfers if t.date == "2023-05")
    assert (_name(batch.supplier), _name(batch.recipient)) == ("Russia", "Belarus")
    assert [it.quantity.value for it in batch.items if it.quantity] == [4]


def test_a_system_from_a_country_just_named_is_that_countrys_supply() -> None:
    a = _run(
        "The United States has become Greece's main supplier.\n\n"
        "Athens signed for 20 F-35 fighters in July 2024, officials said."
    )
    assert ("United States", "Greece") in _pairs(a)


def test_a_makers_country_named_nowhere_supplies_nothing() -> None:
    a = _run("Athens signed for 20 F-35 fighters in July 2024, officials said.")
    assert ("United States", "Greece") not in _pairs(a)


def test_a_sentence_runs_on_to_its_stop_whatever_the_parser_cuts() -> None:
    a = _run("Warsaw signed for 250 M1A2 SEPv3 Abrams tanks from the United States in April 2022.")
    t = _find(a, "United States", "Poland")
    assert t.evidence[0].text.endswith("April 2022.")


def test_a_planned_purchase_is_planned() -> None:
    a = _run("A planned purchase of 11 Su-35 fighters from Russia by Algeria has stalled.")
    assert _find(a, "Russia", "Algeria").status == "planned"


def test_a_bare_body_speaking_again_is_the_body_named_before() -> None:
    a = _run(
        "Estonia's defence ministry has a busy year ahead.\n\n"
        "The first HIMARS launchers arrived in Estonia from the United States on Monday, the ministry said."
    )
    assert _find(a, "United States", "Estonia").status == "confirmed"


def test_an_army_that_said_it_took_delivery_confirms_it() -> None:
    a = _run("Niger's armed forces have taken delivery of Akinci drones from Turkey, the army said on Monday.")
    assert _find(a, "Turkey", "Niger").status == "confirmed"


def test_a_party_showing_goods_is_no_speaker() -> None:
    a = _run("Chad, which received TB2 drones from Turkey in 2022, showed Akinci drones at a parade in 2024.")
    assert _find(a, "Turkey", "Chad").status == "reported"


def test_a_call_to_stop_arming_is_no_transfer() -> None:
    a = _run("Beijing urged Washington to stop arming Taiwan.")
    assert a.transfers == []


def test_a_semicolon_keeps_a_plan_out_of_the_deed_before_it() -> None:
    a = _run(
        "Poland sent the Patriot battery to Lithuania in April 2023; a second was promised in 2024, officials said."
    )
    first = next(t for t in a.transfers if t.date == "2023-04")
    assert first.status != "planned"


def test_a_date_the_parse_gives_a_later_verb_is_that_verbs() -> None:
    a = _run(
        "Moscow has supplied Bamako with Su-24 bombers and Mi-24 helicopters since 2021, "
        "and in May 2024 it sent a further batch of helicopters."
    )
    later = next(t for t in a.transfers if t.date == "2024-05")
    assert [it.text for it in later.items] == ["helicopters"]


def test_goods_added_to_what_a_party_holds_are_a_receipt() -> None:
    a = _run("Serbia received FK-3 missiles from China in 2022. In 2023 it added a second batch.")
    assert _dated(a, "China", "Serbia") == ["2022", "2023"]


def test_a_speaker_adding_a_remark_adds_no_goods() -> None:
    a = _run("The tanks arrived in Poland on Monday, the agency added.")
    assert all(t.trigger is None or t.trigger.text != "added" for t in a.transfers)


def test_a_month_without_its_year_after_a_dated_statement_is_of_that_year() -> None:
    a = _run(
        "The United States said in October 2023 that North Korea had delivered more than 1,000 containers "
        "of munitions to Russia since early September.",
        published="2024-11-15",
    )
    assert _find(a, "North Korea", "Russia").date == "2023-09"


def test_a_country_right_after_a_giving_verb_receives() -> None:
    a = _run("Officials say Russia has likely given North Korea air-defence equipment.")
    t = _find(a, "Russia", "North Korea")
    assert t.status == "alleged"


def test_a_body_nobody_names_speaks_for_the_datelines_country() -> None:
    a = _run(
        "Taiwan gets its first launchers\n\n"
        "TAIPEI, Dec 16 (Reuters) - The first HIMARS launchers arrived in Taiwan from the United States "
        "on Sunday, the defence ministry said.",
        published="2024-12-16",
    )
    t = _find(a, "United States", "Taiwan")
    assert t.status == "confirmed"
    assert t.date == "2024-12-15"


def test_a_deals_for_is_the_signing_verbs() -> None:
    a = _run("In March 2022 Manila signed a framework agreement with Israel for six Hermes 900 drones.")
    t = _find(a, "Israel", "Philippines")
    assert (t.status, t.date) == ("planned", "2022-03")


def test_a_maker_signing_beside_the_buyer_is_the_seller() -> None:
    a = _run("Jakarta and Dassault Aviation signed a contract for 18 Rafale fighters in August 2023.")
    assert ("France", "Indonesia") in _pairs(a)


def test_a_signer_whose_country_makes_the_goods_sells_them() -> None:
    a = _run(
        "Armenia is buying French guns.\n\n"
        "Paris signed a contract for 36 CAESAR howitzers in June 2024, according to French officials."
    )
    assert ("France", "Armenia") in _pairs(a)
    assert (None, "France") not in _pairs(a)


def test_a_season_of_a_year_starts_in_its_first_month() -> None:
    a = _run("Kenya received Bayraktar TB2 drones from Turkey in the summer of 2022.")
    assert _find(a, "Turkey", "Kenya").date == "2022-06"


def test_a_season_of_that_year_takes_the_year_told_before() -> None:
    a = _run(
        "The first IRIS-T system arrived in Slovakia from Germany in early 2023, the ministry said, "
        "and the second in the autumn of that year."
    )
    assert "2023-09" in _dated(a, "Germany", "Slovakia")


def test_a_month_of_this_year_is_not_counted_from_an_earlier_date() -> None:
    a = _run(
        "Germany sent the first Patriot battery to Ukraine in August 2023; a second was promised in April this year.",
        published="2024-09-24",
    )
    assert "2024-04" in _dated(a, "Germany", "Ukraine")


def test_a_deed_shared_by_a_coordinated_verb_keeps_its_goods() -> None:
    a = _run(
        "The package comes on top of three Patriot batteries.\n\n"
        "Spain sent the first to Ukraine in May 2023; the third was promised in April this year and handed over "
        "in June, Ukrainian officials said.",
        published="2024-09-24",
    )
    assert "2024-06" in _dated(a, "Spain", "Ukraine")


def test_a_month_of_that_year_takes_the_year_told_before() -> None:
    a = _run(
        "Qatar turned to France in 2015, and it took delivery of 12 Rafale jets from France in February of that year."
    )
    assert _find(a, "France", "Qatar").date == "2015-02"


def test_the_country_the_goods_arrive_in_is_not_the_one_they_come_from() -> None:
    a = _run("Belarusian officials said in May that Su-30SM fighters from Russia had arrived in the country.")
    assert ("Russia", "Belarus") in _pairs(a)


@pytest.mark.parametrize(
    "text",
    [
        "A batch of 12 Su-35 fighters reached Iran from Russia last month, Iranian media reported.",
        "Iran's Tasnim news agency reported that Su-35 fighters from Russia had arrived in Iran.",
    ],
)
def test_a_countrys_press_reporting_is_no_party_confirming(text: str) -> None:
    assert _find(_run(text), "Russia", "Iran").status == "reported"


def test_a_states_own_agency_speaking_still_confirms() -> None:
    a = _run("Poland's Armament Agency said it had received K9 howitzers from South Korea.")
    assert _find(a, "South Korea", "Poland").status == "confirmed"


def test_since_the_beginning_of_the_year_is_the_publications_year() -> None:
    a = _run("Russia has delivered armoured vehicles to Mali twice since the beginning of the year.")
    assert _find(a, "Russia", "Mali").date == "2024"


def test_goods_and_dates_told_respectively_pair_up() -> None:
    a = _run(
        "Armenia, which received Iskander missiles and Su-30SM fighters from Russia in 2016 and 2020 "
        "respectively, still depends on Moscow."
    )
    got = {(t.items[0].text, t.date) for t in a.transfers if _name(t.supplier) == "Russia"}
    assert got == {("Iskander missiles", "2016"), ("Su-30SM fighters", "2020")}


# --- round 2: noun-phrase deals, orders added to, unnamed partners, hard negatives ---


def test_goods_added_to_an_order_from_a_seller_are_a_planned_purchase() -> None:
    a = _run("Estonia has added six Chunmoo rocket launchers to its order from South Korea, its ministry said.")
    t = _find(a, "South Korea", "Estonia")
    assert t.status == "planned"
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 6


def test_an_order_with_its_own_count_beside_a_receipt_is_a_deal_of_its_own() -> None:
    a = _run(
        "Morocco received the first 20 Apache helicopters from the United States, part of an order for "
        "36 helicopters placed in 2020."
    )
    counts = {t.items[0].quantity.value for t in a.transfers if t.items and t.items[0].quantity}
    assert {20, 36} <= counts
    assert all(_name(t.supplier) == "United States" and _name(t.recipient) == "Morocco" for t in a.transfers)


def test_the_arrival_of_counted_goods_is_a_delivery_of_the_deal_told_before() -> None:
    a = _run(
        "Norway is buying K9 howitzers from South Korea. The arrival of the first four K9s is expected in "
        "2026, the ministry said."
    )
    t = next(t for t in a.transfers if t.items and t.items[0].quantity and t.items[0].quantity.value == 4)
    assert (_name(t.supplier), _name(t.recipient)) == ("South Korea", "Norway")
    assert t.date == "2026"


def test_a_passive_agreement_for_counted_goods_is_signed_for_them() -> None:
    a = _run(
        "Norway has added 12 K9 howitzers to its order from South Korea. The original agreement for 24 of "
        "the guns was signed in 2022 with Hanwha Aerospace."
    )
    assert any(t.date == "2022" and t.items[0].quantity.value == 24 for t in a.transfers if t.items[0].quantity)


def test_new_funding_approved_is_money_not_a_deal() -> None:
    a = _run(
        "The package, the third since Congress approved new funding in April, includes 40 Bradley vehicles "
        "for Ukraine, the Pentagon said."
    )
    assert ("Congress", None) not in {(t.supplier and _name(t.supplier), None) for t in a.transfers}
    assert all(_name(t.recipient) != "Congress" for t in a.transfers)


def test_a_maker_of_a_state_stands_for_that_state() -> None:
    a = _run("Indonesia said it had received two A400M transport aircraft from Airbus of Spain in March.")
    assert _pairs(a) == {("Spain", "Indonesia")}


def test_a_request_to_its_partners_borrows_no_supplier_from_before() -> None:
    a = _run("Belgium said it would send 30 F-16s to Ukraine by 2028. Kyiv has asked its partners for 100 F-16s.")
    req = next(t for t in a.transfers if t.status == "requested")
    assert req.supplier is None or req.supplier.entity is None
    assert _name(req.recipient) == "Ukraine"


def test_its_alliance_allies_are_not_the_alliance() -> None:
    a = _run("Lithuania has requested from its NATO allies more Patriot batteries, officials said.")
    assert all(_name(t.supplier) != "NATO" for t in a.transfers)
    assert any(_name(t.recipient) == "Lithuania" and t.status == "requested" for t in a.transfers)


def test_goods_in_a_relative_clause_on_containers_are_the_shipment() -> None:
    a = _run(
        "Officials estimated that Pyongyang had shipped Russia about 9,000 containers, which could hold "
        "more than 5 million artillery shells."
    )
    t = _find(a, "North Korea", "Russia")
    assert any(it.text == "artillery shells" for it in t.items)
    assert t.status == "alleged"


@pytest.mark.parametrize(
    "text",
    [
        # a party's own industry
        "Russia has confirmed receiving 12 Su-34 bombers from its own industry this year.",
        "India's army received the first 20 Pinaka rocket launchers from Larsen & Toubro, a domestic maker.",
        # a rule forbidding exports
        "The new rule bans the export of drones, engines and navigation modules to Russia and Iran.",
        "Berlin imposed a ban on arms exports to Saudi Arabia in 2018.",
        # an attempt a court punishes
        "A trader was jailed on Friday for trying to export drone engines to Russia in breach of sanctions.",
        "The engineer pleaded guilty to attempting to ship night-vision goggles to Iran.",
    ],
)
def test_hard_negatives_report_no_transfer(text: str) -> None:
    assert _run(text).transfers == []


def test_a_court_case_article_with_a_stopped_export_has_no_transfer() -> None:
    text = (
        "A Dutch businessman was sentenced on Tuesday to three years in prison for trying to export "
        "military-grade thermal sights to Russia, prosecutors said. Customs officers seized the goods at "
        "Rotterdam before they left the country, and none of the equipment reached Russia."
    )
    assert _run(text, published="2025-04-02").transfers == []


def test_a_purchase_under_way_is_planned() -> None:
    a = _run("Greece is also buying 20 F-35 fighters from the United States, the ministry said.")
    assert _find(a, "United States", "Greece").status == "planned"


def test_a_ministry_buying_from_its_own_states_maker_is_domestic() -> None:
    a = _run("Turkey's defence ministry signed a contract on Monday with Aselsan for 40 air-defence radars.")
    assert a.transfers == []
    b = _run("Poland's defence ministry signed a contract with South Korea's Hanwha for 152 K9 howitzers.")
    assert ("South Korea", "Poland") in _pairs(b)


def test_batches_told_by_their_place_in_a_series_are_deliveries_of_their_own() -> None:
    text = (
        "Norway has delivered a third batch of weapons to Ukraine, officials in Oslo said on Wednesday.\n\n"
        "The first shipment, sent in February, included 8 Leopard 2 tanks. The second consignment of "
        "22 M109 howitzers followed in March.\n\n"
        "The latest batch, which arrived last week, contained NASAMS launchers."
    )
    a = _run(text, published="2024-05-10")
    batches = [t for t in a.transfers if (_name(t.supplier), _name(t.recipient)) == ("Norway", "Ukraine")]
    by_item = {it.entity.name if it.entity else it.text: t for t in batches for it in t.items}
    assert by_item["Leopard 2"].date == "2024-02"  # its own date, not the day of the lead
    assert by_item["Leopard 2"] is not by_item["M109"]
    assert "NASAMS" in by_item and by_item["NASAMS"] is not by_item["M109"]
    assert by_item["NASAMS"].date is not None and by_item["NASAMS"].date.startswith("2024-05")
    _spans_ok(a)


def test_a_cargo_listing_its_contents_still_fills_the_act_before() -> None:
    text = (
        "The US Navy seized a shipment of weapons bound for the Houthis from Iran. "
        "The cargo included 200 rifles and anti-tank missiles."
    )
    t = _find(_run(text), "Iran", "Houthis")
    assert {it.category for it in t.items} >= {"small-arms", "anti-tank"}


def test_the_one_date_of_a_clause_of_its_own_dates_only_that_clause() -> None:
    a = _run(
        "Germany agreed to send Ukraine another 10 Leopard 1 tanks, and in May it delivered 20 Marder "
        "infantry fighting vehicles to Ukraine.",
        published="2023-09-01",
    )
    by_item = {it.entity.name: t for t in a.transfers for it in t.items if it.entity is not None}
    assert by_item["Marder"].date == "2023-05"
    assert by_item["Leopard 1"].date is None
    # a date opening the sentence dates every act in it
    b = _run("In May, Germany delivered 20 Marder vehicles to Ukraine and promised 10 more.", published="2023-09-01")
    assert all(t.date == "2023-05" for t in b.transfers) and b.transfers


def test_a_minister_known_by_name_speaks_for_the_state_that_delivered() -> None:
    a = _run("Defence Minister Boris Pistorius said Germany had delivered 18 Leopard 2 tanks to Ukraine.")
    t = _find(a, "Germany", "Ukraine")
    assert t.status == "confirmed"
    b = _run("Kyrylo Budanov said Iran had delivered 200 Shahed drones to Russia.")
    assert _find(b, "Iran", "Russia").status == "reported"  # Ukraine's spy chief is no party to it


def test_an_outlets_report_with_a_denial_beside_it_stays_a_report() -> None:
    a = _run(
        "Iran sent Russia a large shipment of ballistic missiles, the Wall Street Journal reported, "
        "a claim Tehran denied."
    )
    t = _find(a, "Iran", "Russia")
    assert t.status == "reported"
    denials = [c for c in a.claims if c.stance == "denies"]
    assert denials and denials[0].speaker is not None and _name(denials[0].speaker) == "Iran"
    b = _run("Iran denied that it had sent drones to Russia, state media reported.")
    assert _find(b, "Iran", "Russia").status == "denied"


def test_a_party_of_another_act_is_not_coordinated_with_this_ones() -> None:
    a = _run(
        "Ukraine received Soviet-made T-72 tanks from Poland and Czech-made RM-70 launchers from the Czech Republic."
    )
    by_supplier = {_name(t.supplier): {it.entity.name for it in t.items if it.entity} for t in a.transfers}
    assert by_supplier == {"Poland": {"T-72"}, "Czech Republic": {"RM-70"}}


def test_named_systems_of_another_named_states_make_are_not_carried_to_the_supplier_before() -> None:
    a = _run(
        "The United States has sent Ukraine Abrams tanks. "
        "Ukraine will receive 12 more IRIS-T systems, the German defence minister said."
    )
    assert ("Germany", "Ukraine") in _pairs(a) and ("United States", "Ukraine") in _pairs(a)
    iris = _find(a, "Germany", "Ukraine")
    assert [it.entity.name for it in iris.items if it.entity] == ["IRIS-T SLM"]


def test_a_described_minister_thanking_a_state_for_delivering_received_the_goods() -> None:
    a = _run("Ukraine's defence minister Rustem Umerov thanked Germany for delivering two IRIS-T systems.")
    assert _find(a, "Germany", "Ukraine").status == "confirmed"
    assert _run("US officials said the drones had arrived from Iran.").transfers == []


def test_an_interest_in_acquiring_is_a_request_not_a_deal() -> None:
    text = (
        "Iran is preparing to provide Russia with several hundred drones, Sullivan said.\n"
        "This shows that Russia is interested in acquiring such drones in Iran, said Sullivan, adding that a "
        "Russian delegation visited an airfield in June.\n"
    )
    out = analyze_text(text, lang="en", published="2024-07-20")
    assert "reported" not in [t.status for t in out.transfers]
