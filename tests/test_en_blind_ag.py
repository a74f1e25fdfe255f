"""English constructions a blind batch of wire reports (Reuters, AP, AFP, Bloomberg, Yonhap, Anadolu,
Kyiv Independent) showed mishandled: two givers in one gapped sentence ("Iran sent drones to Russia
and North Korea shells"), the funders of a scheme ("It is financed by Denmark and Canada") and
sellers set apart from a region ("from manufacturers outside the EU") read as suppliers, a route
hung on the purpose noun ("for use in Ukraine through U.S. firms"), an act only floated as an idea
("floated the idea of shipping shells"), a permission refused ("refused to approve the export of
engines to China") or not given ("had not approved any arms sale to Moscow": a denial), a production
line added ("add a second production line for K9 howitzers"), carriers unloaded ("the C-130 planes
were unloaded"), an arrival whose act noun sits in an "in" phrase on the weak verb ("landed in
Mogadishu on Tuesday, in the first such delivery"), a landing platform dock as a naval item, goods
sold "for Thailand's F-16s" (the owner receives them; the jets are no goods sold), "aims to
supply" as a plan, the grounds a punisher gives in a "saying" clause beside a listing (a charge),
and a deed dated only by the dateline ("LONDON, Sept 10 (Reuters) - Iran has delivered"), which
is of that month at the latest."""

from __future__ import annotations

from functools import partial

from tests.parties import only, pairs, transfers

PUB = "2025-03-10"


_run = partial(transfers, lang="en", published=PUB)
_pairs = partial(pairs, lang="en", published=PUB)
_one = partial(only, lang="en", published=PUB)


def _texts(t: object) -> set[str]:
    """The surfaces of a transfer's goods."""
    return {it.text for it in t.items}  # type: ignore[attr-defined]


# a second giver after the receiver's "and", with goods of its own


def test_gapped_giver_after_the_receiver_gives_its_own_goods() -> None:
    ts = _run("Iran sent drones to Russia and North Korea shells.")
    by_pair = {(t.supplier.entity.name, t.recipient.entity.name): t for t in ts}  # type: ignore[union-attr]
    assert set(by_pair) == {("Iran", "Russia"), ("North Korea", "Russia")}
    assert _texts(by_pair[("North Korea", "Russia")]) == {"shells"}
    assert _texts(by_pair[("Iran", "Russia")]) == {"drones"}


def test_gapped_giver_with_a_lot_noun_before_its_goods() -> None:
    text = "Tehran has delivered cruise missiles to Moscow and Pyongyang another batch of shells, officials said."
    assert _pairs(text) == {("Iran", "Russia"), ("North Korea", "Russia")}


def test_second_receiver_without_goods_stays_a_receiver() -> None:
    assert _pairs("Turkey sold drones to Ukraine and Poland last year.") == {
        ("Turkey", "Ukraine"),
        ("Turkey", "Poland"),
    }


# the funders of a scheme are no suppliers


def test_funders_of_a_scheme_told_by_a_pronoun_are_no_suppliers() -> None:
    text = (
        "The Czech-led initiative sent 400,000 shells to Ukraine. "
        "It is financed by several countries, among them Sweden, Norway and Belgium."
    )
    assert _pairs(text) == {("Czech Republic", "Ukraine")}


def test_funded_scheme_named_is_no_transfer() -> None:
    assert _pairs("The scheme is funded by Sweden and Belgium.") == set()


def test_goods_financed_for_a_receiver_stay_a_transfer() -> None:
    assert _pairs("Norway will finance three NASAMS launchers for Kyiv.") == {("Norway", "Ukraine")}


# sellers set apart from a region


def test_makers_outside_a_bloc_are_no_supplier() -> None:
    text = "Polish brokers buy shells from producers outside the European Union."
    assert all(s != "European Union" for s, _ in _pairs(text))


def test_makers_in_a_country_still_sell() -> None:
    assert _pairs("Polish brokers buy shells from producers in South Korea.") == {("South Korea", "Poland")}


# a route hung on the purpose noun


def test_route_after_for_use_in_is_no_receiver() -> None:
    text = "Islamabad denied a report that it had sold mortar rounds for use in Ukraine through American companies."
    assert ("Pakistan", "United States") not in _pairs(text)


# an act only floated as an idea


def test_idea_floated_is_no_transfer() -> None:
    assert _pairs("A lawmaker floated the idea of sending 105 mm shells to Kyiv.") == set()


def test_possibility_raised_is_no_transfer() -> None:
    assert _pairs("The minister raised the possibility of selling frigates to Manila.") == set()


def test_idea_weighed_is_a_plan() -> None:
    t = _one("Tokyo is weighing the idea of sending 105 mm shells to Kyiv.")
    assert t.status == "planned"


# a permission refused


def test_export_approval_refused_is_no_transfer() -> None:
    assert _pairs("Berlin refused to approve the export of diesel engines for the submarine to China.") == set()


def test_sale_approval_agreed_is_a_plan() -> None:
    assert _pairs("Berlin agreed to approve the sale of Leopard tanks to Qatar.") == {("Germany", "Qatar")}


# a production line added


def test_production_line_added_is_no_transfer() -> None:
    text = "LIG Nex1 will add a new production line for Cheongung interceptors for the South Korean Air Force."
    assert _pairs(text) == set()


def test_goods_added_to_an_order_stay_a_purchase() -> None:
    assert _pairs("Estonia added six K9 howitzers to its order from South Korea.") == {("South Korea", "Estonia")}


# carriers unloaded


def test_carrier_unloaded_is_no_goods() -> None:
    text = "Officials said the Il-76 transport planes were unloaded at Bamako airport under tight security."
    assert _run(text) == []


def test_goods_unloaded_stay_a_delivery() -> None:
    assert _pairs("Russian drones were unloaded at an air base in Mali.") == {("Russia", "Mali")}


# an act noun in an "in" phrase on a weak verb


def test_landing_in_the_first_such_delivery_keeps_the_arrival() -> None:
    text = (
        "Two Turkish military aircraft carrying weapons landed in Mogadishu on Monday, in the first such "
        "delivery since the two governments signed a defence pact."
    )
    t = _one(text)
    assert (t.supplier.entity.name, t.recipient.entity.name) == ("Turkey", "Somalia")  # type: ignore[union-attr]
    assert t.date == "2025-03-10"


# naval goods


def test_landing_platform_dock_is_naval_goods() -> None:
    t = _one("China supplied the Thai navy with a landing platform dock.")
    assert [it.category for it in t.items] == ["naval"]


# goods for a fleet a party owns


def test_goods_for_an_owners_jets_go_to_the_owner() -> None:
    t = _one("Washington approved the sale of AIM-9X missiles for Taiwan's F-16s.")
    assert (t.supplier.entity.name, t.recipient.entity.name) == ("United States", "Taiwan")  # type: ignore[union-attr]
    assert [it.category for it in t.items] == ["missile"]


def test_goods_for_an_owners_fleet_go_to_the_owner() -> None:
    assert _pairs("Washington approved the sale of spare parts for Thailand's F-16 fleet.") == {
        ("United States", "Thailand")
    }


# an aim is a plan


def test_aims_to_supply_is_a_plan() -> None:
    t = _one("Prague aims to supply 600,000 more shells to Ukraine next year, the minister said.")
    assert t.status == "planned"


def test_landing_told_by_a_source_before_the_such_delivery_phrase() -> None:
    text = (
        "Two Turkish military aircraft carrying ammunition landed in Mogadishu on Monday, Somali officials "
        "said, in the first such delivery since the two governments signed a defence pact."
    )
    assert _pairs(text) == {("Turkey", "Somalia")}


# a permission not given: a denial of the past, a refusal of the future


def test_sale_not_approved_is_a_denial() -> None:
    t = _one("Pretoria said it had not approved any arms sales to Russia.")
    assert t.status == "denied"


def test_sale_that_will_not_be_approved_is_no_transfer() -> None:
    assert _pairs("Ottawa will not approve the sale of armoured vehicles to Riyadh.") == set()


# the grounds a punisher gives while it imposes a penalty


def test_grounds_said_with_a_listing_are_a_charge() -> None:
    text = (
        "The Commerce Department added nine entities in Armenia to its Entity List, "
        "saying they had diverted American-origin parts to Russia's military."
    )
    assert _one(text).status == "alleged"


def test_saying_beside_a_delivery_keeps_the_report() -> None:
    t = _one("The ministry said it had delivered two tanks to Kyiv, saying they were badly needed.")
    assert t.status != "alleged"


# a dateline's day is the day the act was told


def test_deed_dated_only_by_the_dateline_takes_its_month() -> None:
    t = _one("ANKARA, March 10 (AA) - Turkey has delivered six Bayraktar TB2 drones to Kenya, officials said.")
    assert t.date == "2025-03"


def test_deal_dated_only_by_the_dateline_keeps_its_day() -> None:
    t = _one("SEOUL, March 10 (Yonhap) - Romania signed a deal to buy 54 K9 howitzers from South Korea.")
    assert t.date == "2025-03-10"


def test_goods_of_a_make_chosen_stay_a_purchase() -> None:
    # ("opted for": the "for" names the goods chosen, of South Korea's make; no goods they serve)
    t = _one("Peru has opted for South Korea's K2 tanks.")
    assert (t.supplier.entity.name, t.recipient.entity.name) == ("South Korea", "Peru")  # type: ignore[union-attr]
