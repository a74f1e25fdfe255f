"""English fixes from blind batch en-658..en-667 (English pages of state media and Ukrainian or Russian
independent outlets): "military technology" paid in return is know-how, no goods; state media's
"pump the Kiev regime with weapons" and "flooding Ukraine with" are supplies; a deal signed "for the
sale of" / "for the purchase of" / "on the purchase of" goods is the signing's act; a bare noun of
buyers before the goods ("sent Russian manufacturers engines") is who gets them; "since the start of
the year" opens a period in January."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, transfers

PUB = "2025-06-12"

_pairs = partial(pairs, lang="en", published=PUB)
_transfers = partial(transfers, lang="en", published=PUB)


# "military technology" in return is know-how


def test_military_technology_in_return_is_no_goods() -> None:
    text = (
        "Pyongyang has shipped millions of shells to Moscow, Seoul's spy agency said. In exchange, the North "
        "seems to be receiving fuel and possibly military technology from Russia, the agency said."
    )
    assert _pairs(text) == {("North Korea", "Russia")}


def test_weapons_technology_beside_goods_keeps_the_goods() -> None:
    text = "Moscow gave Pyongyang weapons technology and Pantsir air defence systems last year, officials said."
    ts = _transfers(text)
    assert {(t.supplier.entity.name, t.recipient.entity.name) for t in ts if t.supplier and t.recipient} == {
        ("Russia", "North Korea")
    }
    assert [i.category for t in ts for i in t.items] == ["air-defence"]


# state media's "pump ... with weapons", "flooding ... with"


def test_pumping_a_regime_with_missiles_is_a_supply() -> None:
    text = "Zakharova said London and its allies keep pumping the Kiev regime with Storm Shadow missiles."
    assert ("United Kingdom", "Ukraine") in _pairs(text)


def test_flooding_a_country_with_weapons_is_an_alleged_supply() -> None:
    text = "The envoy accused Washington of flooding Taiwan with HIMARS launchers and Harpoon missiles."
    ts = _transfers(text)
    assert {(t.supplier.entity.name, t.recipient.entity.name) for t in ts} == {("United States", "Taiwan")}
    assert {t.status for t in ts} == {"alleged"}


def test_pumping_weapons_into_a_country_is_a_supply() -> None:
    text = "Berlin keeps pumping Leopard tanks into Ukraine, the Russian envoy told TASS."
    assert ("Germany", "Ukraine") in _pairs(text)


def test_flooding_a_market_names_no_party() -> None:
    assert _pairs("Cheap Chinese drones have flooded the market in Africa, traders said.") == set()


# a deal signed for the sale, purchase or supply of goods


def test_deal_for_the_purchase_of_goods_from_a_seller() -> None:
    text = "Vietnam signed a contract for the purchase of 12 Yak-130 trainers from Russia on Monday."
    ts = _transfers(text)
    assert [(t.supplier.entity.name, t.recipient.entity.name, t.status) for t in ts] == [
        ("Russia", "Vietnam", "planned")
    ]
    assert ts[0].date == "2025-06-09"


def test_deal_with_a_partner_for_the_supply_of_goods() -> None:
    text = "Serbia signed a deal with France for the supply of 12 Rafale jets."
    assert _pairs(text) == {("France", "Serbia")}


def test_coordinated_signers_of_a_deal_for_the_sale_of_goods_of_one_make() -> None:
    text = "Egypt and France on Tuesday signed an agreement for the sale of 30 Rafale fighter jets."
    assert _pairs(text) == {("France", "Egypt")}


def test_deal_on_the_purchase_of_goods_with_no_act_verb() -> None:
    text = "The Philippines signed a deal with South Korea on the purchase of 12 FA-50 fighter jets."
    assert _pairs(text) == {("South Korea", "Philippines")}


def test_deal_for_the_sale_of_goods_to_a_buyer_keeps_its_seller() -> None:
    text = "France signed a contract for the sale of 26 Rafale-M jets to India."
    assert _pairs(text) == {("France", "India")}


def test_agreement_on_cooperation_is_no_transfer() -> None:
    text = "Russia and Myanmar signed an agreement on military-technical cooperation on Monday."
    assert _pairs(text) == set()


# a bare noun of buyers between the verb and the goods


def test_buyers_noun_before_the_goods_is_the_recipient() -> None:
    text = "Iranian traders sold Russian factories drone engines and navigation modules, Ukraine said."
    assert _pairs(text) == {("Iran", "Russia")}


def test_buyers_noun_before_goods_of_a_named_system() -> None:
    text = "Turkey sold Nigerian forces Bayraktar TB2 drones in 2022."
    assert _pairs(text) == {("Turkey", "Nigeria")}


def test_shares_sold_to_firms_are_no_goods() -> None:
    assert _pairs("The state fund sold defence firms shares worth $2 million.") == set()


# "since the start of the year" opens a period in January


def test_since_the_start_of_the_year_starts_in_january() -> None:
    text = "Spain has delivered eight Leopard tanks to Ukraine since the start of the year, the minister said."
    ts = _transfers(text)
    assert [t.date for t in ts] == ["2025-01"]


def test_nth_delivery_since_the_start_of_the_year_keeps_the_year() -> None:
    text = "It is the third delivery of Russian armoured vehicles to Mali since the beginning of the year."
    assert {t.date for t in _transfers(text)} <= {"2025"}


# air defence counted in regiment sets


def test_regiment_sets_of_a_system_are_that_system_counted() -> None:
    text = "Moscow will hand over the last two regiment sets of S-400 systems to New Delhi next year."
    ts = _transfers(text)
    assert [(t.supplier.entity.name, t.recipient.entity.name) for t in ts] == [("Russia", "India")]
    assert [(i.entity.name if i.entity else None, i.quantity.value if i.quantity else None) for i in ts[0].items] == [
        ("S-400", 2)
    ]


def test_regiment_sets_after_the_system_was_named_are_a_lot_of_it() -> None:
    text = (
        "Russia is supplying S-400 systems to India under a 2018 deal. The first three regiment sets were "
        "handed over to the Indian side in 2022, the official noted."
    )
    ts = [t for t in _transfers(text) if t.date == "2022"]
    assert [(t.supplier.entity.name, t.recipient.entity.name) for t in ts] == [("Russia", "India")]
    assert [i.category for i in ts[0].items] == ["air-defence"]


# "in the current year"


def test_in_the_current_year_is_the_publication_year() -> None:
    text = "In the current year Rosoboronexport handed over to Laos four Yak-130 trainers, the agency said."
    assert [t.date for t in _transfers(text)] == ["2025"]


# a clause after ", and" the parser joined to the verb before as a noun


def test_clause_after_and_read_as_noun_conjunct_keeps_its_subject_and_date() -> None:
    text = (
        "Belgrade has already received Pantsir-S1 systems and Kornet missiles, and in 2019 the Russian side "
        "handed over to the Serbian air force a batch of MiG-29 fighters and Mi-35M helicopters."
    )
    got = {(t.supplier.entity.name if t.supplier else None, t.date) for t in _transfers(text)}
    assert got == {("Russia", None), ("Russia", "2019")}


# an act a modal makes hang on a condition, told in a phrase on the verb


def test_could_return_to_the_issue_of_supplying_if_is_no_transfer() -> None:
    text = "Moscow could return to the issue of supplying Su-35 fighters to Egypt if Cairo shows interest."
    assert _pairs(text) == set()


def test_returned_to_the_issue_of_supplying_is_a_transfer() -> None:
    text = "Russia returned to the issue of supplying Su-35 fighters to Algeria last year and delivered six."
    assert ("Russia", "Algeria") in _pairs(text)


# an outlet's relative clause of speech, commented on by another


def test_outlet_relative_clause_speaks_not_the_commenting_official() -> None:
    # (the commenting spokesman is of a party; the outlet's claim is no confirmation of his)
    text = (
        '"These are old stories," Baghaei told reporters, commenting on an article by Reuters, which said, '
        "citing unnamed officials, that more than 50 Shahed drones had been delivered to Sudan from Iran last month."
    )
    ts = _transfers(text)
    assert [(t.supplier.entity.name, t.recipient.entity.name) for t in ts] == [("Iran", "Sudan")]
    assert ts[0].status == "reported"
