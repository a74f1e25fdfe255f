"""English constructions a blind batch of wire copy, defence trade press and regional outlets (aid to
Ukraine, Korean and Israeli exports, Turkish drones and Russia's Africa Corps in the Sahel, Iranian
arms for Russia, the Houthis and Hezbollah) showed mishandled: a "to" phrase the parse hangs on a
count in words ("the sale of hundreds of rifles to Israel"), a sale a government "notified Congress
of", an act carried to its end ("has finished sending"), an adverb of the way read as a noun ("to
Hezbollah overland through Iraq"), a truck stopped on land with goods on it, talks on a sale that
stalled or were suspended, goods a rule says "may not be sold", foreign goods "driven from" a port of
a third state, goods exported "to more than 30 countries", goods "delivered by" a giver in a story of
one recipient, a subject set off by commas before an adverb ("Washington, meanwhile, has"), "The
North" opening a sentence, goods that a source "says" someone tried to smuggle, the saying hung on
the verb over a measure of the goods ("carrying 750 tons of missiles that the U.S. says Iran was
trying to smuggle"), a seizure told again with a phrase on its noun ("The seizure by the coast
guard ... took place late last month"), and an act among the options a party will review."""

from __future__ import annotations

from functools import partial

from tests.parties import only, pair, pairs, transfers, via

PUB = "2025-07-17"


_run = partial(transfers, lang="en", published=PUB)
_pairs = partial(pairs, lang="en", published=PUB)
_only = partial(only, lang="en", published=PUB)


# a count in words the parse makes the head of the goods: its "to" phrase is the act's


def test_to_after_a_count_in_words_is_the_recipient() -> None:
    for text in (
        "The US approved the sale of hundreds of rifles to Israel.",
        "Washington approved the sale of thousands of artillery shells to Poland in May.",
    ):
        t = _only(text)
        assert pair(t)[1] in ("Israel", "Poland"), text
        assert t.status == "planned", text


# a sale a government tells its legislature of is the government's


def test_notified_congress_of_a_sale_sells() -> None:
    t = _only("The State Department notified Congress of a possible sale of 400 interceptors to Germany.")
    assert pair(t) == ("United States", "Germany")
    assert t.status == "planned"


def test_sales_notified_to_congress_go_to_no_congress() -> None:
    text = "US arms sales to Taiwan that had been notified to Congress but not yet delivered stood at $21 billion."
    assert all(pair(t)[1] != "Congress" for t in _run(text))


# an act carried to its end passes its subject on


def test_finished_sending_keeps_the_giver() -> None:
    t = _only("The Netherlands has finished sending Ukraine all 24 F-16 fighter jets.")
    assert pair(t) == ("Netherlands", "Ukraine")


# an adverb of the way the parse takes for a noun after a name


def test_overland_after_the_recipient_leaves_it_the_recipient() -> None:
    t = _only("Iran has kept moving weapons to Hezbollah overland through Iraq and Syria.")
    assert pair(t) == ("Iran", "Hezbollah")
    assert via(t) == {"Iraq", "Syria"}


def test_overland_after_a_group_keeps_the_stop() -> None:
    t = _only("Iran sent drone parts to the Houthis overland through Oman.")
    assert pair(t) == ("Iran", "Houthis")
    assert via(t) == {"Oman"}


# a truck stopped with goods on it is a seizure


def test_truck_stopped_with_goods_is_alleged() -> None:
    t = _only("Syrian forces stopped a truck near the border carrying Kornet missiles destined for Hezbollah.")
    assert pair(t)[1] == "Hezbollah"
    assert t.status == "alleged"


# talks on a deal that failed or were given up


def test_stalled_talks_on_a_sale_are_no_transfer() -> None:
    for text in (
        "Talks on selling K9 howitzers to Vietnam stalled last year.",
        "Talks on the sale of K9 howitzers to Vietnam collapsed last year.",
        "Negotiations over the sale of 40 F-16s to Turkey broke down in 2023.",
    ):
        assert _run(text) == [], text


def test_talks_going_on_stay_a_plan() -> None:
    t = _only("Talks on selling K9 howitzers to Vietnam are continuing.")
    assert pair(t)[1] == "Vietnam"
    assert t.status == "planned"


def test_a_sale_after_talks_stalled_is_kept() -> None:
    assert _pairs("South Korea sold K9 howitzers to Vietnam after talks on the sale stalled.") == {
        ("South Korea", "Vietnam")
    }


# an act a rule forbids


def test_goods_that_may_not_be_sold_are_no_transfer() -> None:
    for text in (
        "The package adds new items to the list of dual-use goods that may not be sold to Russia.",
        "Firms must not sell drone parts to Russia.",
    ):
        assert _run(text) == [], text


def test_may_not_have_received_stays_a_claim() -> None:
    assert _pairs("Russia may not have received the missiles from Iran, officials said.") == {("Iran", "Russia")}


def test_may_send_stays_a_claim() -> None:
    assert _pairs("Iran may send more drones to Russia, officials said.") == {("Iran", "Russia")}


# foreign goods driven on from a third state's port


def test_foreign_goods_driven_from_a_port_come_from_their_maker() -> None:
    text = (
        "The Wall Street Journal reported that a convoy of more than 100 Russian armored vehicles and trucks was "
        "driven from the port of Conakry in Guinea to Bamako in early February."
    )
    t = _only(text)
    assert pair(t) == ("Russia", "Mali")
    assert via(t) == {"Guinea"}


def test_a_state_driving_its_own_goods_supplies_them() -> None:
    assert _pairs("Guinea drove 20 armored vehicles to Mali.") == {("Guinea", "Mali")}


# goods exported to countries told only by their count


def test_exports_to_countries_told_by_count_go_to_no_story_recipient() -> None:
    for text in (
        "Niger received six TB2s from Turkey last year. Baykar did not respond to a request for comment. The "
        "company has exported the TB2 to more than 30 countries, and its chairman said in January that orders grew.",
        "Niger received six TB2s from Turkey last year. Baykar has exported the TB2 to dozens of countries since 2019.",
    ):
        assert [(pair(t), t.date) for t in _run(text)] == [(("Turkey", "Niger"), "2024")], text


# goods delivered by a giver in a story of one recipient


def test_goods_delivered_by_a_giver_go_to_the_story_recipient() -> None:
    text = (
        "Arrow 3 enters service, capping Israel's largest defense export\n\nBy Staff Writer\nPublished: 4 December "
        "2025\n\nGermany's air force put its first Arrow 3 battery into service on Wednesday, two years after Berlin "
        "signed the deal with Israel.\n\nThe parts of the system, including interceptors and a Green Pine radar, were "
        "delivered by Israel Aerospace Industries over recent months, Israel's Defense Ministry said."
    )
    assert _pairs(text) == {("Israel", "Germany")}


def test_goods_delivered_by_a_giver_to_a_named_party_keep_it() -> None:
    text = "Serbia bought Chinese missiles in 2022. Six MiG-29s were handed to Belarus by Moscow in 2017."
    assert ("Russia", "Belarus") in _pairs(text)
    assert ("Russia", "Serbia") not in _pairs(text)


# a radar named like a sanctioned North Korean firm


def test_arrow_radar_is_goods_not_the_korean_firm() -> None:
    text = (
        "Berlin signed the deal for Arrow 3 with Israel in 2023. The launchers, interceptors and a Green Pine radar "
        "have arrived, the Israeli Defense Ministry said."
    )
    assert ("North Korea", "Germany") not in _pairs(text)
    assert ("Israel", "Germany") in _pairs(text)


def test_the_korean_firm_still_sells() -> None:
    assert _pairs("Green Pine sold rockets to Iran.") == {("North Korea", "Iran")}


# a subject set off by commas before an adverb


def test_subject_before_a_set_off_adverb_acts() -> None:
    for text, expected in (
        ("Washington, meanwhile, has approved the sale of 10 jets to Israel.", ("United States", "Israel")),
        ("Beijing, however, has sold drones to Serbia.", ("China", "Serbia")),
    ):
        assert _pairs(text) == {expected}, text


def test_a_dateline_is_no_subject() -> None:
    text = "WASHINGTON, Dec 4 (Reuters) - The US has approved the sale of 10 jets to Israel."
    assert _pairs(text) == {("United States", "Israel")}


# "The North" opening a sentence after North Korea is named


def test_the_north_opening_a_sentence_is_north_korea() -> None:
    text = (
        "North Korea sent shells to Russia.\n\n"
        "The North appears to have also shipped rockets since January, largely by rail across the "
        "Tumangang crossing, the JCS said."
    )
    assert [(pair(t), t.status) for t in _run(text)] == [
        (("North Korea", "Russia"), "reported"),
        (("North Korea", "Russia"), "alleged"),
    ]


# a saying on goods that the parse hangs on the verb over a measure of them


def test_goods_a_source_says_were_being_smuggled_are_the_acts() -> None:
    text = (
        "DUBAI, United Arab Emirates (AP) — Yemeni forces intercepted a dhow carrying some 750 tons of missiles, "
        "drone parts and other weaponry that the U.S. military says Iran was trying to smuggle to the Houthis."
    )
    t = _only(text)
    assert pair(t) == ("Iran", "Houthis")
    assert {it.category for it in t.items} == {"missile", "components"}
    assert t.status == "alleged"


# a seizure told again with a phrase on its noun dates the act before


def test_seizure_with_its_seizer_told_again_dates_the_act() -> None:
    text = (
        "Yemeni forces intercepted a dhow carrying missiles that Iran was trying to smuggle to the Houthis. The "
        "seizure by the coast guard, led by its commander, took place in the Red Sea late last month, officials said."
    )
    t = _only(text)
    assert pair(t) == ("Iran", "Houthis")
    assert t.date == "2025-06"


def test_another_deed_told_after_keeps_no_date_of_it() -> None:
    text = (
        "Yemeni forces intercepted a dhow carrying missiles that Iran was trying to smuggle to the Houthis. "
        "The navy in Aden began patrols late last month."
    )
    assert _only(text).date is None


# an act named among the options a party says it will weigh


def test_options_to_review_are_no_transfer() -> None:
    for text in (
        'South Korea said it will "review all possible options" in response, including sending weapons to Ukraine.',
        "Seoul will consider all options, including providing weapons to Ukraine.",
    ):
        assert _run(text) == [], text


def test_options_weighed_now_stay_a_plan() -> None:
    t = _only("Seoul is weighing options such as supplying artillery shells to Kyiv.")
    assert pair(t)[1] == "Ukraine"
    assert t.status == "planned"
