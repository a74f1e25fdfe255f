"""English fixes from a blind batch of wire and news-site reports (Anadolu, Yonhap, TASS, Al
Jazeera, Times of Israel, Kyiv Independent, AFP, Reuters, AP style) on arms deliveries, smuggling
and sanctions: a system family's plural the parser takes for a firm ("pledged the Mirages"), a base
named before its lower-case noun ("reach Holzdorf air base"), a question put to a named speaker
("Fidan, asked by reporters about the S-400s"), a refusal told by a noun ("Germany's refusal to
export the engine"), an act weighed and then given up ("discussed arming ... but held back"), an act
a party only might do, told as speculation, a state's operatives as its hands, a penalty's charge in
a clause on the one punished, and a carrier whose participle clause the parser took for a subject."""

from __future__ import annotations

from functools import partial

from tests.parties import pair as _pair

from materiel.pipeline import analyze_text

PUB = "2025-07-16"


_run = partial(analyze_text, lang="en", published=PUB)


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [_pair(t) for t in _run(text).transfers]


# a system family's plural, after its full name: the goods, not a firm


def test_plural_of_a_named_system_is_no_recipient() -> None:
    a = _run(
        "The first Rafale F3R jets from France landed in Serbia on Monday. "
        "President Emmanuel Macron promised the Rafales to Belgrade in 2024."
    )
    assert {_pair(t) for t in a.transfers} == {("France", "Serbia")}


# a base named before its lower-case noun: a place, where the goods go, of the recipient's state


def test_base_before_its_lower_case_noun_is_no_party() -> None:
    pairs = _pairs("Israel said the first Arrow 3 interceptors for Germany would reach Holzdorf air base by December.")
    assert pairs == [("Israel", "Germany")]


# a question put to a named speaker asks for no goods


def test_speaker_asked_by_reporters_requests_nothing() -> None:
    text = (
        "The defence minister, asked by journalists about the Patriot batteries stored near Madrid, "
        "said there was no plan to move them."
    )
    assert _run(text).transfers == []


def test_a_party_asking_another_still_requests() -> None:
    a = _run("Kyiv asked Berlin for more IRIS-T systems on Monday, officials said.")
    assert [(_pair(t), t.status) for t in a.transfers] == [(("Germany", "Ukraine"), "requested")]


# a refusal told by a noun: no act


def test_refusal_noun_turns_the_act_down() -> None:
    assert _run("The tank was delayed by Germany's refusal to export engines to Turkey.").transfers == []
    assert _run("Berlin's reluctance to send Taurus missiles to Kyiv angered Ukrainian officials.").transfers == []


def test_decision_noun_keeps_the_act() -> None:
    assert _pairs("Germany's decision to send Leopard tanks to Ukraine was welcomed in Kyiv.") == [
        ("Germany", "Ukraine")
    ]


# an act weighed and then given up: no plan


def test_act_weighed_then_given_up_is_no_plan() -> None:
    for text in (
        "A newspaper reported that Moscow had discussed arming the Houthis with anti-ship missiles "
        "but held back under Saudi pressure.",
        "Moscow considered selling Su-35 jets to Iran but decided against it.",
        "Paris weighed sending Mirage jets to Kyiv but backed off.",
    ):
        assert _run(text).transfers == [], text


def test_act_weighed_alone_stays_a_plan() -> None:
    a = _run("Russia discussed arming the Houthis with anti-ship missiles, officials said.")
    assert [(_pair(t), t.status) for t in a.transfers] == [(("Russia", "Houthis"), "planned")]


# what a party only might do, told as speculation: no act


def test_speculation_of_what_a_party_might_send_is_no_act() -> None:
    for text in (
        "The minister said on Monday that Tokyo has no such plan, dismissing speculation that Japan might "
        "send artillery shells to Kyiv.",
        '"Those who suggest we could send the batteries to Ukraine are dreaming," the minister said.',
    ):
        assert _run(text).transfers == [], text


def test_hedged_past_act_under_suggest_is_kept() -> None:
    a = _run("Analysts suggest Iran could have sent missiles to Russia in May.")
    assert [(_pair(t), t.status) for t in a.transfers] == [(("Iran", "Russia"), "alleged")]


# a state's operatives and smugglers act for it


def test_operatives_of_a_state_supply_for_it() -> None:
    text = "Israel's security service said Iranian operatives smuggled rifles to Hamas cells in the West Bank."
    assert _pairs(text) == [("Iran", "Hamas")]


# a penalty's charge told in a clause on the one punished


def test_charge_in_a_clause_on_the_punished_is_alleged() -> None:
    a = _run("The Treasury sanctioned two firms that it said had shipped drone engines from China to the Houthis.")
    assert [(_pair(t), t.status) for t in a.transfers] == [(("China", "Houthis"), "alleged")]


def test_plain_statement_of_a_ministry_stays_reported() -> None:
    for text in (
        "The Treasury said a Chinese firm had shipped drone engines to the Houthis.",
        "The Treasury is also designating a Chinese trader, which shipped drone engines to the Houthis.",
    ):
        assert [t.status for t in _run(text).transfers] == ["reported"], text


# a carrier with a participle clause of its own is the verb's subject


def test_carrier_with_participle_clause_carries_goods() -> None:
    text = (
        "A UN report says cargo flights from the United Arab Emirates landing at an airstrip in Chad "
        "carried weapons that were then trucked to Sudan's Rapid Support Forces."
    )
    assert _pairs(text) == [("United Arab Emirates", "Rapid Support Forces")]
