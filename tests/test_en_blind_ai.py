"""English constructions a blind batch in the style of regional and defence trade press (ship and jet
deliveries with hull numbers, Gulf and Asian buyers, Israel and Turkey as sellers, sanctions cases)
showed mishandled: a leg that ends "at the Armenian border" after one to a port (the port a stop),
chips "bought by a shell company in Hong Kong, re-exported to Turkey and then flown on to Moscow" (the
buyer a go-between), "no plan "at this moment" to supply" (the aside moving the infinitive), "any move
to arm Kyiv would", "a policy against supplying", an idea "floated" for a case that may come, goods of
a dropped act told in a relative clause of another ("fielded missiles, which India delivered"),
"acquired earlier from Portugal", a ship glossed in apposition ("KRI Brawijaya, the first of two ships
bought from Italy"), jets "earmarked" or "set aside" for a state, a purchase clause on goods that "touched
down" (delivered, not planned), a dateline the parse takes for a second subject, Romania's F-16 air
bases, and firms "accused" of or "charged with" shipping goods (the doers, not the accuser)."""

from __future__ import annotations

from functools import partial

from tests.parties import one, pair_list, pairs, records, transfers, via

PUB = "2024-12-03"


_pairs = partial(pairs, lang="en", published=PUB)
_pair_list = partial(pair_list, lang="en", published=PUB)
_records = partial(records, lang="en", published=PUB)
_one = partial(one, lang="en", published=PUB)
_run_transfers = partial(transfers, lang="en", published=PUB)


# a later leg to a state's border: the port the first leg reached is a stop on the way


def test_a_leg_to_a_states_border_makes_the_port_before_a_stop() -> None:
    text = (
        "Since 2022 Yerevan has received Pinaka rocket launchers from India. The consignments were shipped to "
        "Iran's port of Bandar Abbas and trucked north to the Armenian border."
    )
    assert _pairs(text) == {("India", "Armenia")}
    assert "Iran" in via(_one(text, "India", "Armenia"))


def test_a_border_leg_told_alone_is_no_delivery() -> None:
    assert _pairs("Russia moved Iskander missiles to the Finnish border.") == set()


# a firm that buys goods and sends them on is a go-between


def test_chips_bought_by_a_shell_company_and_flown_on_go_through_it() -> None:
    text = (
        "The chips were bought from American distributors by a shell company in Hong Kong, re-exported to "
        "Kazakhstan and then flown on to Moscow."
    )
    assert _pairs(text) == {("United States", "Russia")}
    assert via(_one(text, "United States", "Russia")) == {"Hong Kong", "Kazakhstan"}


def test_drones_bought_by_a_trading_firm_and_shipped_on_go_through_it() -> None:
    text = "The drones were bought from China by a trading firm in Kazakhstan and shipped to Russia."
    assert _pairs(text) == {("China", "Russia")}
    assert via(_one(text, "China", "Russia")) == {"Kazakhstan"}


def test_a_group_that_buys_parts_and_trucks_them_home_receives_them() -> None:
    text = (
        "UN experts said the Houthis had been buying Chinese-made engines for their drones through front "
        "companies and trucking them into Yemen via Oman."
    )
    assert _pairs(text) == {("China", "Houthis")}


def test_a_state_that_buys_weapons_and_sends_them_on_supplies_them_itself() -> None:
    assert _pair_list("Egypt bought Rafale jets from France and then sent them to Sudan.") == [
        ("France", "Egypt"),
        ("Egypt", "Sudan"),
    ]


# no plan, with an aside between the plan and its infinitive


def test_no_plan_at_this_moment_to_supply_is_no_transfer() -> None:
    text = (
        'SEOUL — South Korea has no plan "at this moment" to supply weapons directly to Ukraine, the '
        "presidential office said on Tuesday."
    )
    assert _pairs(text) == set()


def test_plans_for_now_to_send_tanks_are_a_plan() -> None:
    assert _records("Japan has plans for now to send tanks to Ukraine.") == [("Japan", "Ukraine", None, "planned")]


# an act supposed, forbidden by a policy, or floated for a case that may come


def test_any_move_to_arm_kyiv_and_a_policy_against_supplying_are_no_transfers() -> None:
    text = (
        "The opposition Democratic Party warned that any move to arm Kyiv would break the country's "
        "long-standing policy against supplying weapons to countries at war."
    )
    assert _pairs(text) == set()


def test_any_move_to_arm_kyiv_is_supposed() -> None:
    assert _pairs("The Democratic Party said any move to arm Kyiv would break the rule.") == set()


def test_sending_shells_floated_if_the_situation_worsens_is_no_transfer() -> None:
    text = 'Some lawmakers have floated sending 155mm artillery shells to Ukraine "if the situation worsens."'
    assert _pairs(text) == set()


def test_a_state_that_drops_a_policy_against_exporting_and_sends_missiles_sends_them() -> None:
    text = "Japan changed its policy against exporting weapons and sent Patriot missiles to the United States."
    assert _pairs(text) == {("Japan", "United States")}


# goods of a dropped act that a relative clause of a kept act tells of


def test_missiles_fielded_which_india_delivered_are_indias_delivery() -> None:
    text = (
        "Manila has fielded a second battery of BrahMos missiles, which India delivered in April, the agency reported."
    )
    assert _records(text) == [("India", "Philippines", "2024-04", "reported")]


# a seller hung on an adverb of time


def test_jets_acquired_earlier_from_portugal() -> None:
    assert _pairs("They join 17 F-16s that the Romanian Air Force acquired earlier from Portugal.") == {
        ("Portugal", "Romania")
    }


# a ship glossed in apposition by the goods a participle says were bought


def test_a_ship_commissioned_the_first_of_two_bought_from_italy() -> None:
    text = "The Indonesian Navy commissioned KRI Brawijaya, the first of two combat ships bought from Italy."
    assert _pairs(text) == {("Italy", "Indonesia")}


def test_a_dateline_is_no_subject_of_the_lead() -> None:
    text = (
        "JAKARTA — The Indonesian Navy on Monday commissioned KRI Brawijaya (320), the first of two combat "
        "ships bought from Italy, at the Muggiano yard."
    )
    assert _records(text) == [("Italy", "Indonesia", "2024-12-02", "reported")]


# goods a state puts by for another


def test_jets_earmarked_or_set_aside_for_ukraine_are_pledged() -> None:
    assert _records("Norway has earmarked six F-16s for Ukraine.") == [("Norway", "Ukraine", None, "planned")]
    assert _records("Oslo has set aside six of its remaining F-16s for Ukraine.") == [
        ("Norway", "Ukraine", None, "planned")
    ]


def test_money_set_aside_for_ukraine_is_no_transfer() -> None:
    assert _pairs("The government set aside $500 million for Ukraine.") == set()


# a purchase clause on goods that came in: a delivery


def test_jets_romania_is_buying_that_touched_down_are_delivered() -> None:
    text = (
        "The last three of the 32 F-16 Fighting Falcons Romania is buying from Norway touched down at the "
        "71st Air Base on Friday, the Romanian Defence Ministry said."
    )
    assert _records(text) == [("Norway", "Romania", "2024-11-29", "confirmed")]


def test_frigates_ordered_that_will_arrive_next_year_are_still_planned() -> None:
    text = "The frigates ordered by the Philippines from South Korea will arrive next year."
    assert _records(text) == [("South Korea", "Philippines", "2025", "planned")]


# Romania's F-16 bases


def test_a_sale_to_the_training_center_at_fetesti_goes_to_romania() -> None:
    text = "The Netherlands sold 18 F-16s to the training center at Fetești."
    assert _pairs(text) == {("Netherlands", "Romania")}


# the accused did the deed; the accuser did not


def test_firms_accused_together_of_funneling_chips_are_alleged_go_betweens() -> None:
    text = (
        "The Justice Department unsealed an indictment accusing two Hong Kong trading companies and a "
        "freight forwarder of funneling U.S.-made microelectronics to Russian drone makers."
    )
    [t] = _run_transfers(text)
    assert (t.status, via(t)) == ("alleged", {"Hong Kong"})


def test_a_firm_charged_with_shipping_chips() -> None:
    text = "Prosecutors charged a Hong Kong firm with shipping U.S.-made chips to Russia."
    assert _records(text) == [("United States", "Russia", None, "alleged")]
    assert via(_one(text, "United States", "Russia")) == {"Hong Kong"}


def test_the_accuser_is_no_supplier_of_the_act_it_charges() -> None:
    assert _pairs("The Justice Department charged two men with smuggling rifles to Mexico.") == {(None, "Mexico")}


def test_shipping_fraud_is_no_shipment() -> None:
    assert _pairs("Police charged the man with shipping fraud.") == set()


# a maker that wins a contract supplies what the contract is for, to a buyer it may leave unnamed


def test_a_maker_that_wins_or_secures_a_contract_to_supply_tanks_supplies_them() -> None:
    assert _records("Rheinmetall won a contract to supply Lynx vehicles to Hungary.") == [
        ("Germany", "Hungary", None, "planned")
    ]
    assert _pairs("Hanwha secured a deal to supply K9 howitzers to Estonia.") == {("South Korea", "Estonia")}


def test_a_buyer_the_seller_leaves_unnamed_is_an_empty_recipient() -> None:
    assert _records("Elbit Systems won a contract to supply rocket launchers to an undisclosed Asian customer.") == [
        ("Israel", None, None, "planned")
    ]


def test_a_contract_worth_a_sum_to_supply_is_planned_and_its_customer_not_named() -> None:
    text = (
        "Elbit Systems said in November it had been awarded a contract worth about $150 million to supply "
        "artillery systems to a European customer that it did not name."
    )
    assert _records(text) == [("Israel", None, "2024-11", "planned")]


def test_goods_for_a_states_own_customers_name_no_buyer() -> None:
    assert _pairs("Germany will supply tanks to its customers.") == set()


# a headline's infinitive before a semicolon


def test_a_headline_infinitive_before_a_semicolon_is_planned() -> None:
    text = "Russia to complete S-400 deliveries to India by 2026; Delhi seeks more\n\nThe deal was signed in 2018."
    assert ("Russia", "India", "2026", "planned") in _records(text)
