"""English constructions of wire copy and briefs: dates hung on the goods, wishes and talks to buy,
goods listed on a sum of aid, names that date the goods, and "The country" taking up a subject."""

from __future__ import annotations

from functools import partial

from tests.parties import find as _find
from tests.parties import pairs_in as _pairs
from tests.parties import spans_ok as _spans_ok

from materiel.pipeline import analyze_text

PUB = "2026-11-20"


_run = partial(analyze_text, lang="en", published=PUB)


def test_a_since_phrase_on_the_goods_dates_the_act_not_the_saying() -> None:
    a = _run(
        "Iran has supplied Russia with hundreds of Shahed-136 drones since October 2023, US officials said on Monday."
    )
    assert _find(a, "Iran", "Russia").date == "2023-10"
    _spans_ok(a)


def test_a_later_batch_after_with_does_not_date_the_pledge() -> None:
    a = _run("Norway said on Tuesday it would donate 12 F-16 jets to Ukraine, with the first four due in 2027.")
    assert _find(a, "Norway", "Ukraine").date == "2026-11-17"


def test_an_interest_in_buying_is_a_request() -> None:
    a = _run("Saudi Arabia is interested in acquiring Chinese J-10C fighter jets, people familiar with the talks said.")
    assert _find(a, "China", "Saudi Arabia").status == "requested"
    b = _run("Indonesia has expressed interest in buying F-15EX jets from the United States.")
    t = _find(b, "United States", "Indonesia")
    assert t.status == "requested"
    assert t.items[0].category == "aircraft"


def test_talks_to_buy_are_a_deal_planned() -> None:
    a = _run("Qatar is in talks to buy 12 Eurofighter Typhoon jets from Britain.")
    t = _find(a, "United Kingdom", "Qatar")
    assert t.status == "planned"
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 12


def test_goods_listed_after_a_date_on_an_announced_package_are_its_goods() -> None:
    a = _run(
        "The United States announced a $725 million package for Ukraine on Wednesday, including HIMARS rockets"
        " and Stinger missiles."
    )
    t = _find(a, "United States", "Ukraine")
    assert t.status == "planned"
    assert {it.category for it in t.items} == {"ammunition", "air-defence"}  # (loose rockets: FORMAT.md)


def test_a_sum_in_aid_to_a_state_with_its_goods_is_a_planned_supply() -> None:
    a = _run("Britain announced 3 billion pounds in military aid for Ukraine, including Brimstone missiles.")
    t = _find(a, "United Kingdom", "Ukraine")
    assert t.status == "planned"
    assert [it.category for it in t.items] == ["missile"]
    b = _run("Canada announced $500 million in military aid to Ukraine, including armoured vehicles.")
    assert _find(b, "Canada", "Ukraine").items[0].category == "armoured-vehicle"


def test_a_name_that_dates_the_goods_is_no_party() -> None:
    a = _run("Belarus has handed over Soviet-era T-72 tanks to Russia, a monitoring group said.")
    assert _pairs(a) == {("Belarus", "Russia")}
    b = _run("Slovakia sent Soviet-designed MiG-29 jets to Ukraine in March.")
    assert _pairs(b) == {("Slovakia", "Ukraine")}


def test_the_country_opening_a_sentence_takes_up_the_subject_before_not_the_speaker() -> None:
    a = _run(
        "Pyongyang has supplied Moscow with KN-23 missiles, the White House said. The country has also sent"
        " artillery shells, officials said."
    )
    assert _pairs(a) == {("North Korea", "Russia")}
    assert len(a.transfers) == 2
    b = _run("France agreed in June to sell Armenia three radars and has delivered 24 Bastion vehicles to the country.")
    assert _pairs(b) == {("France", "Armenia")}


def test_a_contract_to_buy_puts_its_signer_on_the_purchase() -> None:
    a = _run("Armenia signed a contract to buy 36 ATAGS howitzers from India, officials in Yerevan said.")
    t = _find(a, "India", "Armenia")
    assert t.status == "planned"
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 36


def test_goods_sourced_from_a_state_come_from_it() -> None:
    a = _run("The rifles were sourced from Bulgaria and shipped to Ukraine via Poland, investigators said.")
    assert ("Bulgaria", "Ukraine") in _pairs(a)
    b = _run("Russia sources most of its microchips from China, according to customs data.")
    assert _find(b, "China", "Russia").items[0].category == "components"


def test_goods_that_appear_to_have_come_from_a_state_are_alleged() -> None:
    a = _run("Engines for the new drones appear to have been sourced from China by Russian firms, researchers said.")
    assert {t.status for t in a.transfers} <= {"alleged"}
    b = _run("The shells appear to have been shipped to Russia by North Korea.")
    assert _find(b, "North Korea", "Russia").status == "alleged"


def test_a_bare_defence_ministry_speaks_for_the_state_doing_the_act() -> None:
    a = _run("Ukraine's air force has received its first Swedish ASC 890 aircraft, the defence ministry said.")
    assert _find(a, "Sweden", "Ukraine").status == "confirmed"
    b = _run("The defence ministry said Ukraine had received the first F-16 jets from Norway.")
    assert _find(b, "Norway", "Ukraine").status == "confirmed"


def test_a_pronoun_for_goods_carries_the_goods_named_before() -> None:
    a = _run(
        "Japan has shipped 155mm shells to the United States, which then sent them to Ukraine, a newspaper reported."
    )
    assert _find(a, "United States", "Ukraine").items[0].category == "artillery-ammunition"
    b = _run(
        "Iran shipped the drones across the Caspian. They were unloaded at a Caspian port and sent to Russian units."
    )
    t = _find(b, "Iran", "Russia")
    assert t.items[0].category == "drone"


def test_a_headline_clearing_a_sale_to_a_state_is_a_planned_sale() -> None:
    a = _run("US clears $2.6 billion sale of Patriot missiles to Egypt\n\nThe sale still needs approval.")
    t = _find(a, "United States", "Egypt")
    assert t.status == "planned"
    assert t.items[0].category == "air-defence"


def test_a_dotted_abbreviation_before_and_is_coordinated_with_the_next_supplier() -> None:
    a = _run("The U.S. and Germany have supplied Ukraine with Patriot systems, officials said.")
    assert _pairs(a) == {("United States", "Ukraine"), ("Germany", "Ukraine")}
    _spans_ok(a)


def test_a_second_receiver_with_goods_of_its_own_is_another_act_of_the_giver() -> None:
    a = _run("Iran supplied the Houthis with anti-ship missiles, and Hezbollah with rockets, the report said.")
    assert _pairs(a) == {("Iran", "Houthis"), ("Iran", "Hezbollah")}
    assert [it.category for it in _find(a, "Iran", "Hezbollah").items] == ["ammunition"]
    assert [it.category for it in _find(a, "Iran", "Houthis").items] == ["missile"]


def test_goods_a_state_awaits_or_expects_come_to_it() -> None:
    a = _run("Taiwan awaits the delivery of 66 F-16V jets from the United States.")
    t = _find(a, "United States", "Taiwan")
    assert t.status == "planned"
    b = _run("A Ukrainian official said Kyiv was expecting a shipment of Swedish Archer howitzers in May.")
    assert _pairs(b) == {("Sweden", "Ukraine")}


def test_a_headline_inking_a_deal_is_a_planned_purchase() -> None:
    a = _run("India inks $3.5 billion deal for 31 MQ-9B drones from US")
    t = _find(a, "United States", "India")
    assert t.status == "planned"
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 31


def test_launcher_abbreviations_are_goods() -> None:
    a = _run("North Korea has handed over 50 howitzers and 20 MRLs to Russia, Kyiv said.")
    assert {it.category for it in _find(a, "North Korea", "Russia").items} == {"other", "rocket-launcher"}


def test_a_state_allowed_to_send_goods_is_their_planned_supplier() -> None:
    a = _run("Washington authorized Spain to send Leopard 2 tanks to Ukraine.")
    assert _pairs(a) == {("Spain", "Ukraine")}
    assert _find(a, "Spain", "Ukraine").status == "planned"
    b = _run("The US has cleared the way for Norway to send F-16s to Ukraine.")
    assert _find(b, "Norway", "Ukraine").status == "planned"


def test_a_handover_or_procurement_noun_tells_the_act() -> None:
    a = _run("The handover of the first 10 Leopard 2A4 tanks from Spain to Ukraine took place in April.")
    t = _find(a, "Spain", "Ukraine")
    assert t.date == "2026-04"
    assert t.items[0].quantity is not None and t.items[0].quantity.value == 10
    b = _run("Poland's procurement of 96 Apache helicopters from the US was approved in August.")
    assert _find(b, "United States", "Poland").status == "planned"


def test_turning_to_a_state_for_goods_asks_it_for_them() -> None:
    a = _run("Moscow has turned to Pyongyang for artillery ammunition, US officials said.")
    t = _find(a, "North Korea", "Russia")
    assert t.status == "requested"
    assert t.items[0].category == "artillery-ammunition"
    assert _run("The talks turned to weapons deliveries for Ukraine.").transfers == []


def test_a_vague_count_with_no_noun_is_more_of_the_goods_before() -> None:
    a = _run("Iran sent 200 drones to Russia in 2022 and shipped hundreds more in 2023.")
    assert sorted(t.date or "" for t in a.transfers if _pairs(a) == {("Iran", "Russia")}) == ["2022", "2023"]


def test_promised_goods_handed_over_are_a_delivery_not_the_pledge() -> None:
    a = _run("Norway said on Monday that the last of its 22 promised F-16 jets had been transferred to Ukraine.")
    assert _find(a, "Norway", "Ukraine").status == "confirmed"
    b = _run("Germany delivered the pledged IRIS-T systems to Ukraine in October.")
    assert _find(b, "Germany", "Ukraine").status == "reported"


def test_a_bare_armed_forces_body_speaks_for_the_state_receiving() -> None:
    a = _run(
        "Jordan has taken delivery of four Black Hawk helicopters from the United States, the Royal Armed Forces said."
    )
    assert _find(a, "United States", "Jordan").status == "confirmed"


def test_a_bare_month_after_the_publication_on_a_deed_done_is_last_years() -> None:
    a = _run("Myanmar's junta took delivery of two more Su-30SME fighters from Russia in December, state media said.")
    assert _find(a, "Russia", "Myanmar").date == "2025-12"
    b = _run("Russia will deliver two more Su-30SME fighters to Myanmar in December.")
    assert _find(b, "Russia", "Myanmar").date == "2026-12"


def test_buying_told_in_the_perfect_is_a_deed_not_a_plan() -> None:
    a = _run("The Sudanese army has been buying Iranian drones since late 2023, Western diplomats say.")
    assert _find(a, "Iran", "Sudan").status == "reported"


def test_a_deal_to_acquire_read_as_a_relative_is_a_planned_purchase() -> None:
    a = _run("The Philippines signed a deal to acquire BrahMos missiles from India in 2022.")
    t = _find(a, "India", "Philippines")
    assert (t.status, t.date) == ("planned", "2022")


def test_goods_a_state_wants_or_shows_interest_in_are_requested() -> None:
    a = _run("Russia wants more Iranian drones, US officials say.")
    assert _find(a, "Iran", "Russia").status == "requested"
    b = _run("Serbia has shown interest in buying French Rafale jets.")
    assert _find(b, "France", "Serbia").status == "requested"
    assert _run("Germany wants peace talks to begin soon.").transfers == []


def test_a_batch_that_followed_in_a_bare_month_is_the_latest_such_month() -> None:
    a = _run(
        "Poland has sent Ukraine 14 more PT-91 tanks, a deputy minister said on Saturday. The first 200 were T-72s"
        " taken from reserve stocks in 2025, and 14 Leopard 2A4s followed in February.",
        published="2026-06-13",
    )
    dates = {t.date for t in a.transfers if any("Leopard" in it.text for it in t.items)}
    assert dates == {"2026-02"}


def test_a_date_of_a_clause_on_a_noun_does_not_make_the_saying_day_a_statement() -> None:
    a = _run(
        "Norway said on Monday that the last of its F-16 jets had been transferred to Ukraine, completing a pledge"
        " it made in 2023.",
        published="2025-05-27",
    )
    assert _find(a, "Norway", "Ukraine").date == "2025-05-26"


def test_a_speaker_the_parse_hung_on_the_receiver_is_no_second_receiver() -> None:
    a = _run(
        "North Korea has sent additional 170mm self-propelled guns and 240mm rocket launchers to Russia,"
        " South Korea's Joint Chiefs of Staff said on Thursday."
    )
    assert _pairs(a) == {("North Korea", "Russia")}
