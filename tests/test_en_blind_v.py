"""English fixes from a blind batch of regional outlets and official releases on Indian, Turkish,
Pakistani and Korean arms exports, Gulf purchases, Nordic aid to Ukraine and Serbian shells sold on
through brokers: a question put to a minister ("Asked whether the government was negotiating the sale
of ... to Vietnam") that tells no act, a buyer in a relative clause that "placed an order for" goods,
an opening "Its air force" that is the state the sentence before was about, goods sold to joined
buyers "which re-exported them" and "through Czech middlemen" (go-betweens), a bare "the air force"
speaking for the state whose air force the act names, a named air base read as no party, and a
name the model reads right before "deal" ("as Mirage deal stays shelved") taken for no party."""

from __future__ import annotations

from functools import partial

from tests.parties import pair as _pair
from tests.parties import via as _via

from materiel.pipeline import analyze_text

PUB = "2025-07-29"


_run = partial(analyze_text, lang="en", published=PUB)


# a question put to a minister: "Asked whether ..." names an act nobody tells


def test_asked_whether_a_sale_was_negotiated_is_no_transfer() -> None:
    a = _run(
        "Asked whether New Delhi was negotiating the sale of Akash missiles to Brazil, the minister "
        'said that "no such proposal is before the government".'
    )
    assert a.transfers == []


def test_when_asked_about_deliveries_is_no_transfer() -> None:
    a = _run("When asked about deliveries of Bayraktar drones to Niger, the spokesman declined to comment.")
    assert a.transfers == []


def test_an_answer_that_tells_the_sale_keeps_it() -> None:
    a = _run("Asked about the drones, the minister said Turkey had delivered six Akinci drones to Niger in March.")
    assert [_pair(t) for t in a.transfers] == [("Turkey", "Niger")]


# a deal noun under a light verb in a relative clause: "Egypt, which placed an order for ... with France"


def test_which_placed_an_order_with_a_seller_binds_the_buyer() -> None:
    a = _run(
        "Egypt, which placed an order for 30 Rafale jets with France in 2021, expects the first of them next year."
    )
    assert [(_pair(t), t.status) for t in a.transfers] == [(("France", "Egypt"), "planned")]


def test_which_signed_a_contract_for_goods_binds_the_buyer() -> None:
    a = _run("Qatar, which signed a contract for 12 Rafale jets with France in 2017, now flies 36 of them.")
    assert ("France", "Qatar") in [_pair(t) for t in a.transfers]


def test_which_placed_an_order_does_not_lend_the_buyer_to_a_sentence_before() -> None:
    a = _run(
        "Iraq ordered eight air defence batteries from South Korea. Egypt, which placed an order "
        "for 30 Rafale jets with France, expects them next year."
    )
    assert sorted(_pair(t) for t in a.transfers) == [("France", "Egypt"), ("South Korea", "Iraq")]


# an opening "its" owning the forces that act: "Its air force inducted ..."


def test_its_air_force_after_a_sentence_about_a_state_is_that_state() -> None:
    a = _run(
        "Nigeria was the first African operator of the type. Its air force inducted three JF-17 Thunders "
        "at a ceremony in Makurdi in May 2021, five years after Abuja ordered them from Pakistan."
    )
    inducted = [t for t in a.transfers if t.status == "reported"]
    assert [(_pair(t), t.date) for t in inducted] == [(("Pakistan", "Nigeria"), "2021-05")]


def test_its_own_armed_forces_are_the_state_before_not_a_state_named_earlier() -> None:
    a = _run(
        "Serbian shells have reached Ukraine, a report said. Belgrade has refused to join Western sanctions "
        "against Russia. Its own armed forces took delivery of Chinese FK-3 air defence systems in 2022."
    )
    assert ("China", "Serbia") in [_pair(t) for t in a.transfers]
    assert ("China", "Ukraine") not in [_pair(t) for t in a.transfers]


def test_its_forces_using_goods_is_no_transfer() -> None:
    a = _run("Turkey builds the Akinci at home. Its air force used the drones in strikes in northern Iraq.")
    assert a.transfers == []


# goods sold to joined buyers "which re-exported them": one transfer through all of them


def test_a_relative_on_joined_buyers_passes_the_goods_through_both() -> None:
    a = _run("Serbia sold shells to Spain and the United States, which re-exported them to Ukraine.")
    assert [(_pair(t), _via(t)) for t in a.transfers] == [(("Serbia", "Ukraine"), {"Spain", "United States"})]


def test_brokers_registered_in_two_states_that_re_exported_goods_are_go_betweens() -> None:
    a = _run(
        "Bulgarian factories sold 122mm rockets to arms brokers registered in Poland and the Czech Republic, "
        "which re-exported them to Ukraine."
    )
    assert [(_pair(t), _via(t)) for t in a.transfers] == [(("Bulgaria", "Ukraine"), {"Poland", "Czech Republic"})]


def test_joined_buyers_whose_relative_tells_another_act_keep_their_purchase() -> None:
    a = _run("Serbia sold shells to Spain and the United States, which also sent tanks to Ukraine.")
    assert ("Serbia", "Spain") in [_pair(t) for t in a.transfers]
    assert ("United States", "Ukraine") in [_pair(t) for t in a.transfers]


# a state adjective on firms the goods went through: "through Czech middlemen"


def test_a_state_adjective_on_middlemen_after_through_is_a_go_between() -> None:
    a = _run("Serbian shells reached Ukraine through Czech and Polish middlemen.")
    assert [(_pair(t), _via(t)) for t in a.transfers] == [(("Serbia", "Ukraine"), {"Czech Republic", "Poland"})]


def test_a_state_adjective_on_goods_after_through_is_no_go_between() -> None:
    a = _run("Russia attacked Ukraine with drones sent by Iran through Caspian ports.")
    assert all("Caspian" not in str(_via(t)) for t in a.transfers)


# a bare service as speaker, its state named with it in the act: "to the Indonesian Air Force, the air force said"


def test_a_bare_air_force_speaking_of_a_handover_to_its_named_air_force_confirms() -> None:
    a = _run("Two Turkish-made Anka drones were handed over to the Indonesian Air Force in May, the air force said.")
    assert [(_pair(t), t.status) for t in a.transfers] == [(("Turkey", "Indonesia"), "confirmed")]


def test_another_service_speaking_of_a_handover_does_not_confirm() -> None:
    a = _run("Two Turkish-made Anka drones were handed over to the Indonesian Air Force in May, the navy said.")
    assert [(_pair(t), t.status) for t in a.transfers] == [(("Turkey", "Indonesia"), "reported")]


# a named base the gazetteer lacks is a place, no party: "ferried to Isa Air Base"


def test_a_named_air_base_is_no_recipient() -> None:
    a = _run(
        "Bahrain received its first F-16 fighters from the United States in March. The jets are to be "
        "ferried to Isa Air Base in batches, the last of them by 2027."
    )
    assert {_pair(t) for t in a.transfers} == {("United States", "Bahrain")}


def test_goods_bound_for_a_named_air_base_alone_have_no_recipient() -> None:
    assert _run("The fighters are to be ferried to Isa Air Base in groups.").transfers == []


def test_a_firm_named_before_a_base_word_is_still_a_firm() -> None:
    a = _run("Rosoboronexport delivered two Mi-17 helicopters to Mali.")
    assert [_pair(t) for t in a.transfers] == [("Russia", "Mali")]


# a name the model reads right before a deal word names the deal's goods: "as Mirage deal stays frozen"


def test_a_name_before_deal_in_a_headline_is_no_party() -> None:
    a = _run(
        "RI signs for 24 Turkish Hurjet jets as Mirage deal stays frozen\n\nJAKARTA: Indonesia has placed an "
        "order for 24 Hurjet jets from Türkiye, the minister said on Tuesday."
    )
    assert {_pair(t) for t in a.transfers} == {("Turkey", "Indonesia")}


def test_a_state_before_deal_is_still_a_party() -> None:
    a = _run("The Poland deal for 180 K2 tanks was signed with South Korea in 2022.")
    assert ("South Korea", "Poland") in {_pair(t) for t in a.transfers}
