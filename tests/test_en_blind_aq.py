"""English fixes from a blind batch of export-control and sanctions-evasion releases (Justice
Department pleas and indictments, OFAC designations, BIS denial orders, UN Panel of Experts
paragraphs): relative seasons and months told back from the release, a period opened "early" in a
year, goods procured "on behalf of" a buyer, penalized parties in a series before "for" + gerund, a
system naming a program, a defendant owning up to his own deed, an attempt told only as possible,
the Panel's own body taken for a firm, and a relative clause the parser hangs on a year."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, transfers

_pairs = partial(pairs, lang="en")
_transfers = partial(transfers, lang="en")


def _one(text: str, published: str = "2024-11-20"):  # type: ignore[no-untyped-def]
    got = _transfers(text, published=published)
    assert len(got) == 1, got
    return got[0]


# dates told back from the release


def test_last_summer_told_in_autumn_is_this_years() -> None:
    t = _one("A Tashkent broker forwarded U.S.-made microcontrollers to Russia last summer, prosecutors said.")
    assert t.date == "2024-06"


def test_last_summer_told_in_spring_is_last_years() -> None:
    t = _one(
        "A Tashkent broker forwarded U.S.-made microcontrollers to Russia last summer, prosecutors said.",
        published="2025-03-02",
    )
    assert t.date == "2024-06"


def test_between_last_month_and_another_starts_at_the_told_back_month() -> None:
    t = _one(
        "Between last October and March, an Armenian trader re-exported German-made lathes to Russia.",
        published="2024-06-12",
    )
    assert t.date == "2023-10"


def test_period_opened_early_in_a_year_starts_in_its_first_month() -> None:
    t = _one("A Macau trading house has shipped Chinese-made gyroscopes to Iran since early 2023.", "2024-09-01")
    assert t.date == "2023-01"


def test_bare_early_year_keeps_the_year_alone() -> None:
    t = _one("Belarus delivered two Mi-8 helicopters to Mali in early 2023, the ministry said.", "2024-09-01")
    assert t.date == "2023"


# goods procured for another


def test_procured_on_behalf_of_names_the_buyer() -> None:
    t = _one(
        "The State Department sanctioned a Singapore company for procuring Japanese-made servo motors on "
        "behalf of Iran's missile program.",
        "2025-01-08",
    )
    assert (t.supplier.entity.name, t.recipient.entity.name) == ("Japan", "Iran")


def test_penalized_series_keeps_the_gerund_on_the_penalty() -> None:
    text = (
        "Treasury on Monday designated three Malaysian shell companies and two Iranian nationals for "
        "purchasing Chinese-made turbojet engines for Iran."
    )
    assert _pairs(text, published="2025-01-08") == {("China", "Iran")}


def test_system_naming_a_program_is_no_goods() -> None:
    t = _one(
        "The State Department sanctioned a Singapore company for procuring Japanese-made servo motors on "
        "behalf of Iran's Shahed drone program.",
        "2025-01-08",
    )
    assert [i.text for i in t.items] == ["servo motors"]
    assert (t.supplier.entity.name, t.recipient.entity.name) == ("Japan", "Iran")


# a defendant owning up to his own deed


def test_defendant_admitting_his_own_shipment_confirms_it() -> None:
    t = _one(
        "According to court documents, Pavel Orlov admitted that between May 2022 and June 2023 he shipped "
        "U.S.-made oscilloscopes to a Russian defense contractor through a forwarder in Bishkek.",
        "2024-02-01",
    )
    assert t.status == "confirmed"


def test_plea_and_admission_confirm_a_conjoined_deed() -> None:
    t = _one(
        "Marta Kovac pleaded guilty in May and admitted that she had repackaged and exported U.S.-origin "
        "gyroscopes to Russia in 2023.",
        "2024-08-01",
    )
    assert t.status == "confirmed"


def test_admitted_deal_stays_planned() -> None:
    t = _one(
        "Orlov further admitted that last December he had agreed to sell a Russian drone maker ten more "
        "U.S.-made GPS modules.",
        "2024-02-01",
    )
    assert t.status == "planned"


def test_officials_admitting_anothers_deed_do_not_confirm_it() -> None:
    t = _one("Officials admitted that Iran had sent drones to Russia last year.", "2024-02-01")
    assert t.status != "confirmed"


# an attempt told only as possible


def test_could_seek_to_buy_is_no_transfer() -> None:
    text = "One Member State told the Panel that the country could seek to buy more gyroscopes from China."
    assert _transfers(text, published="2024-03-01") == []


def test_might_try_to_procure_is_no_transfer() -> None:
    text = "Analysts said Pyongyang might try to procure Russian air defence radars next year."
    assert _transfers(text, published="2024-03-01") == []


def test_seeking_to_buy_now_is_kept() -> None:
    text = "Cairo is seeking to buy J-10C fighter jets from China, officials said."
    assert _pairs(text, published="2024-03-01") == {("China", "Egypt")}


# the monitors' own body


def test_panel_is_no_recipient() -> None:
    text = (
        "The Panel assesses that it continued to rely on foreign-sourced machine tools that it acquired "
        "before the sanctions regime was tightened."
    )
    assert not any(
        t.recipient is not None and t.recipient.entity is not None and t.recipient.entity.name == "Panel"
        for t in _transfers(text, published="2024-03-01")
    )


# a relative clause the parser hangs on a year


def test_relative_clause_after_a_year_keeps_the_date() -> None:
    t = _one(
        "The Malian army received Turkish-made Akinci drones in late 2023, which were flown into Bamako "
        "aboard cargo aircraft.",
        "2025-04-16",
    )
    assert t.date == "2023"


def test_relative_clause_after_a_year_on_delivery_of_goods() -> None:
    t = _one(
        "Niger took delivery of Turkish-made Bayraktar TB2 drones in 2023, which were flown into Niamey "
        "aboard cargo aircraft.",
        "2025-04-16",
    )
    assert t.date == "2023"


# a claim filed in court over seized goods


def test_seeking_title_to_seized_goods_is_no_request() -> None:
    text = (
        "The Justice Department on Friday filed a civil forfeiture complaint seeking title to drone engines "
        "and other weapons seized by U.S. forces from a vessel in the Gulf of Oman."
    )
    assert not any(t.status == "requested" for t in _transfers(text, published="2025-02-01"))


def test_seeking_forfeiture_of_seized_rifles_names_no_buyer() -> None:
    text = "Prosecutors are seeking forfeiture of 2,000 rifles seized at the port of Baltimore last year."
    assert _transfers(text, published="2025-02-01") == []


def test_seeking_jets_is_still_a_request() -> None:
    text = "Vietnam is seeking more Su-30 fighter jets from Russia, officials said."
    assert {
        (t.supplier.entity.name, t.recipient.entity.name, t.status) for t in _transfers(text, published="2025-02-01")
    } == {("Russia", "Vietnam", "requested")}


# a group named with its short name in brackets before the noun of its posts


def test_group_with_bracketed_short_name_before_positions_is_the_recipient() -> None:
    text = "Mortar rounds were trucked across the border to Rapid Support Forces (RSF) positions in West Darfur."
    got = _transfers(text, published="2025-02-01")
    assert [t.recipient.entity.name for t in got] == ["Rapid Support Forces"]


# a speaker over an act a described doer does


def test_enforcer_speaking_of_a_network_is_no_recipient() -> None:
    text = "Treasury said the network obtained European-made turbojet engines through a broker in Muscat."
    assert not any(
        t.recipient is not None and t.recipient.entity is not None and t.recipient.entity.name == "United States"
        for t in _transfers(text, published="2025-03-01")
    )


def test_prosecutors_speaking_of_defendants_are_no_recipient() -> None:
    text = "OFAC assesses that the defendants likely obtained Japanese-made servo motors through a Dubai broker."
    assert not any(
        t.recipient is not None and t.recipient.entity is not None and t.recipient.entity.name == "United States"
        for t in _transfers(text, published="2025-03-01")
    )


def test_bracketed_short_name_of_goods_is_no_party() -> None:
    text = "In 2024, a Kyrgyz trader shipped German-made computer numerical control (CNC) lathes to Russia."
    got = _transfers(text, published="2025-02-01")
    assert {(t.supplier.entity.name, t.recipient.entity.name) for t in got} == {("Germany", "Russia")}
