"""English fixes from the blind batch en-548 .. en-557 (wire-service breaking news and updated
stories): a purchase a party only might one day seek ("might one day seek to buy", "may seek to
buy"), a party that "followed with its own measures" (a penalty, no goods), and a person the
gazetteer knows named in full, then by the surname alone ("Robles told reporters"). Every sentence
here is written for the test."""

from __future__ import annotations

from functools import partial

from tests.parties import pairs, transfers

PUB = "2025-03-12"

_pairs = partial(pairs, lang="en", published=PUB)
_transfers = partial(transfers, lang="en", published=PUB)


# a purchase a party might one day seek, or may seek, is speculation, no request


def test_might_one_day_seek_to_buy_is_no_transfer() -> None:
    text = (
        "An opposition senator said Manila might one day seek to buy more advanced frigates from Seoul, "
        "though no request has been made."
    )
    assert _pairs(text) == set()


def test_may_seek_to_buy_is_no_transfer() -> None:
    text = "Warsaw may seek to buy more K2 tanks from South Korea, analysts said."
    assert _pairs(text) == set()


def test_could_look_to_purchase_is_no_transfer() -> None:
    text = "Hanoi could look to purchase BrahMos missiles from India, a regional diplomat said."
    assert _pairs(text) == set()


def test_seeking_to_buy_now_is_still_a_request() -> None:
    text = "Kyiv is seeking to buy more Patriot systems from Germany, officials said on Tuesday."
    (t,) = _transfers(text)
    assert (t.supplier.entity.name, t.recipient.entity.name, t.status) == ("Germany", "Ukraine", "requested")


def test_may_have_sought_to_buy_is_a_hedged_past_act() -> None:
    text = "Iran may have sought to buy fighter jets from Russia last year, analysts said."
    assert _pairs(text) == {("Russia", "Iran")}


# "followed with its own measures": a penalty follows, no goods


def test_followed_with_its_own_measures_gives_nothing() -> None:
    text = (
        "Moscow has agreed to sell Su-35 fighter jets to Tehran, Tasnim reported.\n\n"
        "Washington has imposed sanctions on several shipping firms it accused of ferrying the missiles, "
        "and the European Union followed with its own measures in October."
    )
    assert _pairs(text) == {("Russia", "Iran")}


def test_followed_with_sanctions_gives_nothing() -> None:
    text = "London blacklisted two Turkish traders over drone parts, and Canada followed with sanctions of its own."
    assert not any(p[0] == "Canada" for p in _pairs(text))


def test_followed_with_goods_still_gives() -> None:
    text = "Canada donated a NASAMS system to Ukraine in January, and Italy followed with a SAMP/T battery."
    assert _pairs(text) == {("Canada", "Ukraine"), ("Italy", "Ukraine")}


# a known person named in full, then by the surname alone, still speaks for the state


def test_surname_alone_of_a_known_minister_confirms() -> None:
    text = (
        "Spain will send four more Hawk launchers to Ukraine, Defence Minister Margarita Robles said on "
        "Wednesday. Robles told reporters that Madrid had already handed Kyiv six Leopard 2A4 tanks in January."
    )
    statuses = {(t.supplier.entity.name, t.recipient.entity.name, t.status) for t in _transfers(text)}
    assert ("Spain", "Ukraine", "confirmed") in statuses
    assert ("Spain", "Ukraine", "planned") in statuses


def test_surname_before_the_full_name_is_no_one() -> None:
    text = (
        "Robles said Madrid had handed Kyiv six Leopard 2A4 tanks in January. Later, Defence Minister "
        "Margarita Robles said on Wednesday that Spain would send more tanks."
    )
    first = min(_transfers(text), key=lambda t: t.evidence[0].start)
    assert first.status != "confirmed"


# talks a party opens to buy: the purchase talked over is planned


def test_opened_talks_with_seller_to_buy_is_planned() -> None:
    text = "Chad opened talks with Ankara last month to buy Aksungur drones, officials said."
    (t,) = _transfers(text)
    assert (t.supplier.entity.name, t.recipient.entity.name, t.status) == ("Turkey", "Chad", "planned")


def test_began_negotiations_to_acquire_is_planned() -> None:
    text = "Romania began negotiations with Seoul in May to acquire 54 K9 howitzers."
    (t,) = _transfers(text)
    assert (t.supplier.entity.name, t.recipient.entity.name, t.status) == ("South Korea", "Romania", "planned")


def test_suspended_talks_to_buy_stay_no_transfer() -> None:
    text = "Chad suspended talks with Ankara to buy Aksungur drones, officials said."
    assert _pairs(text) == set()


# know-how for goods is no transfer of the goods


def test_technology_for_submarines_is_no_transfer() -> None:
    text = "Analysts believe Moscow may be giving Pyongyang technology for spy satellites and submarines."
    assert _pairs(text) == set()


def test_goods_beside_technology_for_others_keep_their_transfer() -> None:
    text = "Russia supplied North Korea with air defence systems and technology for its satellites, officials said."
    (t,) = _transfers(text)
    assert [it.category for it in t.items] == ["air-defence"]
