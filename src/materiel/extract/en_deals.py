"""English front end: parties a deal or a batch gets from the clause around its noun.

- "a contract for 180 K2 tanks that Poland signed with South Korea": the signer of a deal told in
  a relative clause buys, the party it signed with sells;
- "a second shipment of Caesar howitzers from France reached Armenia": where a shipment arrives
  is its recipient;
- "the K9 howitzers ordered by Egypt from South Korea arrived in June": whoever ordered the goods
  receives them;
- "Umerov thanked Germany for delivering two IRIS-T systems": the one thanked supplied the one
  who thanks.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from materiel.extract.dates import DateMention
from materiel.extract.en_cases import FIRMS, SAYING_ON_GOODS, misread_verb, onto_a_list
from materiel.extract.en_clauses import _bind
from materiel.extract.en_gapping import another_act
from materiel.extract.frame import Arg, ItemHit, Sentence
from materiel.extract.numbers import parse_en_number
from materiel.model import TRADE_GOODS, Entity, Quantity

DEAL_NOUNS = {"contract", "deal", "agreement", "order", "purchase", "accord"}
_SIGNING = {"sign", "conclude", "place", "ink", "seal", "finalize", "finalise", "strike", "award", "reach", "agree"}
_ARRIVED = {"reach", "arrive", "land", "enter", "dock"}
# ("head", "sail": a shipment underway to where it goes, "is heading to Niger", "sailed for Tartus")
_ARRIVING = _ARRIVED | {"head", "sail"}
# verbs of paying for goods (a trigger with "for"): the payer holds no goods bought for another
_PAYING = {"pay"}
_ORDERING = {"order", "buy", "purchase", "procure", "acquire", "request", "contract"}


def _party_under(tok: Any, party_heads: dict[int, Arg]) -> Arg | None:
    """The party whose head is `tok` or the noun a title or possessive hangs it on."""
    if tok.i in party_heads:
        return party_heads[tok.i]
    return next((party_heads[c.i] for c in tok.children if c.dep_ in ("poss", "compound") and c.i in party_heads), None)


def _has(sentence: Sentence, n: int, cases: tuple[str, ...]) -> bool:
    return any(a.trigger == n and a.case in cases and a.entity is not None for a in sentence.parties)


def signed_deal_relatives(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "a first contract for 180 K2 tanks that Poland signed with South Korea in 2022", "the deal
    Cairo concluded with Paris": the relative clause on a deal (or on its goods) names who bought
    (its subject) and who sold (the party it was signed with)."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if not hit.nominal or tok.lemma_.lower() not in DEAL_NOUNS:
            continue
        if _has(sentence, n, ("subj", "gen", "goal", "source", "agent")):
            continue
        hosts = [tok] + [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children]
        clauses = [c for h in hosts for c in h.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _SIGNING]
        for verb in clauses[:1]:
            for c in verb.children:
                if c.dep_ == "nsubj" and (p := _party_under(c, party_heads)) is not None and p.entity is not None:
                    _bind(sentence, p, n, "subj")
                elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("with", "from")):
                    obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    p = _party_under(obj, party_heads) if obj is not None else None
                    if p is not None and p.entity is not None:
                        _bind(sentence, p, n, "subj" if c.dep_ == "agent" else "source")


def _home_maker_sells(sentence: Sentence, n: int, buyer: Arg) -> bool:
    """ "Germany will buy 500 drones for Ukraine from Quantum Systems": a state buying for another from
    a firm of no other state named (its own, or one of no told home) supplies the goods itself; the
    maker is no supplier. (A foreign firm's sale is an act of its own, see `bought_for_another`.)"""
    if buyer.entity is None or buyer.entity.type != "country":
        return False
    sellers = [a for a in sentence.parties if a.trigger == n and a.case == "source"]
    if not sellers or not all(
        a.entity is not None and a.entity.type == "company" and a.entity.country in (None, buyer.entity.country)
        for a in sellers
    ):
        return False
    buyer.case = "source"
    for a in sellers:
        a.case = "other"
    return True


def _mark_paid_seller(sentence: Sentence, n: int) -> bool:
    """ "Denmark will pay France for 18 Caesar howitzers for Ukraine": the party paid is the seller;
    marks it the source of the goods (the payer only funds them)."""
    paid = [a for a in sentence.parties if a.trigger == n and a.case == "obj" and a.entity is not None]
    for a in paid:
        a.case = "source"
    return bool(paid)


def _made_by_another(sentence: Sentence, doc: Any, tok_i: int, buyer: str, heads: dict[int, int]) -> Arg | None:
    """The one state of make, other than the payer, told on the goods a payer pays for ("pay for two
    US Patriot systems", "pay for American-made howitzers"), or None."""
    found = []
    for a in sentence.parties:
        if a.entity is None or a.entity.type != "country" or a.entity.id == buyer:
            continue
        if a.case in ("subj", "goal", "agent", "via") or id(a) not in heads or heads[id(a)] <= tok_i:
            continue
        tok = doc[heads[id(a)]]
        if any(g.entity is a.entity for g in sentence.parties if g.case == "goal") or not any(
            t.i == tok_i for t in tok.ancestors
        ):
            continue  # ("pay for Ukrainian-built howitzers for Ukraine": the receiver's own make)
        # (the goods' own word: "two US Patriot systems", "US-made howitzers")
        if a.case == "origin" or (tok.dep_ in ("compound", "amod", "nmod") and tok.head.dep_ == "pobj"):
            found.append(a)
    return found[0] if len({a.entity.id for a in found if a.entity is not None}) == 1 else None


def _firm_of(tok: Any) -> bool:
    """Whether a party's word names the home of a firm: "a Hong Kong shell company", "a Turkish firm"."""
    return tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() in FIRMS


def _told_for(tok: Any) -> bool:
    """Whether a party's word is told "for": "for Ukraine", or as the state of whom the goods are for
    ("for Russian end users", "for a Russian drone maker")."""
    if tok.head.lower_ == "for":
        return True
    return tok.dep_ in ("amod", "compound", "poss") and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "for"


def _buyers_own(tok: Any) -> bool:
    """Whether a party's word is owned by the buyer: "for its National Guard", "for their own navy"."""
    return any((c.dep_ == "poss" and c.lower_ in ("its", "their")) or c.lower_ == "own" for c in tok.children)


def bought_for_another(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "Seoul finalised a deal for 180 K2 tanks for Poland", "Berlin bought three Patriot systems
    for Ukraine": a buyer of goods told "for" another party supplies that party. With a seller named
    ("Berlin bought Patriots from the US for Ukraine") the purchase is an act of its own: a state
    handing on the weapons it bought supplies them itself, as arms registers count it (two acts);
    other goods, or a firm buying, go from the seller to the last party through the buyer. A state
    paying a foreign seller for goods for another only funds them: they go from the seller to that party."""
    heads = {id(a): i for i, a in party_heads.items()}
    for n, (hit, tok_i) in enumerate(list(hits_tok)):
        if hit.trigger.kind != "purchase" or hit.trigger.direction != "receive":
            continue
        subj = [a for a in sentence.parties if a.trigger == n and a.case == "subj" and a.entity is not None]
        goal = [a for a in sentence.parties if a.trigger == n and a.case == "goal" and a.entity is not None]
        # ("Venezuela acquired Chinese-built vehicles for its National Guard": a force of the buyer's
        # own, told with "its", is no other party the buyer supplies)
        own = [a for a in goal if id(a) in heads and _buyers_own(doc[heads[id(a)]])]
        for a in own:
            a.case = "other"
        goal = [a for a in goal if a not in own]
        if len(subj) != 1 or not goal or subj[0].entity is None:
            continue
        buyer = subj[0].entity.id
        if not all(
            a.entity is not None and a.entity.id != buyer and id(a) in heads and _told_for(doc[heads[id(a)]])
            for a in goal
        ):
            continue
        if hit.trigger.lemma in _PAYING and _mark_paid_seller(sentence, n):
            subj[0].case = "other"  # "Denmark will pay France for Caesars for Ukraine": France sells
            continue
        if hit.trigger.lemma in _PAYING and not _has(sentence, n, ("source",)):
            maker = _made_by_another(sentence, doc, tok_i, buyer, heads)
            if maker is not None:
                # "Germany to pay for two US Patriot systems for Ukraine": the goods' state of make sells
                maker.trigger, maker.case, maker.direct = n, "source", True
                subj[0].case = "other"
                continue
        if not _has(sentence, n, ("source",)):
            # ("a Hong Kong shell company procured chips for Russian end users": a firm buying for another
            # with no seller told passes goods of an untold origin on)
            firm = id(subj[0]) in heads and _firm_of(doc[heads[id(subj[0])]])
            subj[0].case = "via" if firm else "source"
            continue
        if _home_maker_sells(sentence, n, subj[0]):
            continue
        if hit.trigger.lemma in _PAYING:
            subj[0].case = "other"  # "Denmark paid for Caesars from France for Ukraine": money, no goods held
            continue
        goods = [it for it in sentence.items if it.trigger == n]
        if not goods:
            continue
        weapons = not any(it.category in TRADE_GOODS or it.category == "drone" for it in goods)
        if subj[0].entity.type != "country" or not weapons:
            subj[0].case = "via"  # "a Turkish firm bought chips from China for Russia": the go-between
            continue
        m = another_act(sentence, hits_tok, hit, tok_i)
        for a in goal:
            a.trigger = m
        sentence.parties.append(dataclasses.replace(subj[0], case="source", trigger=m, direct=True))
        sentence.items += [dataclasses.replace(it, trigger=m) for it in goods]


def arriving_shipments(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "A second shipment of Caesar howitzers from France reached Armenia in May", "the first
    delivery of jets arrived in Serbia": the place a shipment reaches is where it goes."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        verb = _journey_verb(tok) if hit.nominal else None
        if verb is None or _has(sentence, n, ("goal",)):
            continue
        if (
            verb.lemma_.lower() not in _ARRIVED
            and not _has(sentence, n, ("origin", "source", "subj", "agent"))
            and not _further_lot(tok)
        ):
            continue  # a shipment still underway names its sender ("a consignment of Russian vehicles")
        for c in verb.children:
            obj = c if c.dep_ == "dobj" else None
            if c.dep_ == "prep" and c.lower_ in ("on", "en") and verb.lemma_.lower() == "be":
                # "is on its way to Niger", "is en route to Mali": the way's "to"
                way = next((g for g in c.children if g.dep_ == "pobj" and g.lower_ in ("way", "route")), None)
                c = next((g for g in way.children if g.dep_ == "prep" and g.lower_ == "to"), c) if way else c
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "to", "for"):
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            p = _party_under(obj, party_heads) if obj is not None else None
            if p is not None and p.entity is not None:
                _bind(sentence, p, n, "goal")
                _ways_of_the_verb(sentence, verb, n, party_heads)
                break


def _ways_of_the_verb(sentence: Sentence, verb: Any, n: int, party_heads: dict[int, Arg]) -> None:
    """ "Shipments of thermal cameras reached Russia via Kazakhstan": the states the journey verb
    passes through are the go-betweens of the shipment the verb's subject names."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in ("via", "through"):
            continue
        for g in c.children:
            for x in (g, *g.conjuncts) if g.dep_ == "pobj" else ():
                p = _party_under(x, party_heads)
                if p is not None and p.entity is not None and p.trigger is None:
                    _bind(sentence, p, n, "via")


# words setting a lot after others the story told: "a second consignment", "another shipment"
_FURTHER = {"second", "third", "fourth", "fifth", "next", "further", "another", "new", "latest", "fresh"}


def _further_lot(noun: Any) -> bool:
    """ "A second consignment is en route to Bamako", "another shipment is on its way": a lot that
    follows those told before, whose sender the story has named (see `carry_story_parties`)."""
    return any(c.dep_ in ("amod", "det") and c.lower_ in _FURTHER for c in noun.children)


def _journey_verb(tok: Any) -> Any | None:
    """The verb of a shipment's journey whose subject `tok` is: "the shipment reached Armenia", "a
    consignment is heading to Niger", "is believed to be headed for Niger", "is on its way to Niger"
    (None when the noun is no such subject)."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    for _ in range(3):  # "is believed to be heading": down the raising verbs to the journey's
        if verb.lemma_.lower() in _ARRIVING or (verb.lemma_.lower() == "be" and _on_the_way(verb)):
            return verb
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if verb is None:
            return None
    return None


def _on_the_way(verb: Any) -> bool:
    """ "is on its way to Niger", "are on their way to the front", "is en route to Mali"."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "way" for g in c.children))
        or (c.dep_ == "prep" and c.lower_ == "en" and any(g.lower_ == "route" for g in c.children))
        for c in verb.children
    )


def ordered_goods(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]) -> None:
    """ "The first 10 of the 48 K9 howitzers ordered by Egypt from South Korea arrived in June": the
    goods' buyer (the participle's agent) receives the act that moves them."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        if hit.trigger.direction not in ("move", "give") or _has(sentence, n, ("goal",)):
            continue
        tok = doc[tok_i]
        goods = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        goods += [g for c in goods for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        for g in goods:
            verb = next((c for c in g.children if c.dep_ == "acl" and c.lemma_.lower() in _ORDERING), None)
            agent = next((c for c in verb.children if c.dep_ == "agent"), None) if verb is not None else None
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            p = _party_under(obj, party_heads) if obj is not None else None
            if p is not None and p.entity is not None:
                _bind(sentence, p, n, "goal")
                break


# verbs of goods coming in: "the jets touched down", "the frigate sailed into Subic Bay"
_COME_IN = {"arrive", "land", "touch", "reach", "dock", "sail", "berth"}


def arrived_purchases(hits_tok: list[tuple[Any, int]], doc: Any) -> None:
    """ "The last three of the 32 F-16s Romania is buying from Norway touched down on Friday", "BRP
    Diego Silang, the second of two frigates ordered from South Korea, sailed into Subic Bay on Monday":
    a purchase told in a clause on goods that the sentence says came in is told as delivered, no
    longer as planned (a speaker's status, a hedge, still applies as to any delivery). Where the coming
    in is an act of its own ("the first 24 of the 96 K9s Vietnam ordered arrived"), the order stays a
    plan beside it."""
    acts = {tok_i for _hit, tok_i in hits_tok}
    for hit, tok_i in hits_tok:
        tok = doc[tok_i]
        if hit.nominal or hit.trigger.direction != "receive" or hit.negated:
            continue
        came = _came_in(tok)
        if (
            came is None
            or came.i in acts
            or any(c.dep_ in ("aux", "neg") and c.lower_ not in ("has", "have", "had") for c in came.children)
        ):
            continue  # ("will arrive next year", "has not arrived": not in yet)
        hit.status = None
        hit.trigger = dataclasses.replace(hit.trigger, status=None, kind="delivery")


def _came_in(tok: Any) -> Any | None:
    """The verb of coming in whose subject the goods of the clause `tok` are, or None: "frigates
    ordered from Korea" on the subject of "sailed into" (or the parse's "is buying from Norway
    touched down", which hangs the arrival on the clause)."""
    if tok.dep_ in ("relcl", "acl"):
        goods = tok.head
        if goods.dep_ == "pobj" and goods.head.lower_ == "of" and goods.head.head.i != goods.head.i:
            goods = goods.head.head  # "the second of two frigates"
        if goods.dep_ == "appos":
            goods = goods.head  # "BRP Diego Silang, the second of two frigates"
        verb = goods.head
        if goods.dep_ == "nsubj" and verb.lemma_.lower() in _COME_IN and verb.tag_ in ("VBD", "VBN", "VBZ", "VBP"):
            return verb
        return None
    return next(
        (
            c
            for c in tok.children
            if c.dep_ == "advcl"
            and c.tag_ == "VBD"
            and c.lemma_.lower() in _COME_IN
            and not any(g.dep_ in ("nsubj", "mark") for g in c.children)
        ),
        None,
    )


def thanked_suppliers(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "Umerov thanked Germany for delivering two more IRIS-T systems": the one thanked for
    supplying supplies the one who thanks (or the state the thanker speaks for)."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.trigger.lemma == "thank":
            # "thanked Germany for the IRIS-T systems": the one thanked is the source of the goods
            thanked = next((c for c in tok.children if c.dep_ == "dobj"), None)
            giver = _party_under(thanked, party_heads) if thanked is not None else None
            if giver is not None and giver.entity is not None and not _has(sentence, n, ("source",)):
                _bind(sentence, giver, n, "source")
            continue
        if hit.trigger.direction != "give" or hit.nominal:
            continue
        if tok.dep_ not in ("pcomp", "pobj") or tok.head.lower_ != "for":
            continue
        thank = tok.head.head
        if thank.lemma_.lower() != "thank" or _has(sentence, n, ("subj", "agent")):
            continue
        thanked = next((c for c in thank.children if c.dep_ == "dobj"), None)
        thanker = next((c for c in thank.children if c.dep_ == "nsubj"), None)
        giver = _party_under(thanked, party_heads) if thanked is not None else None
        taker = _party_under(thanker, party_heads) if thanker is not None else None
        if giver is None or giver.entity is None:
            continue
        # told from the thanker's side: a receipt from the one thanked (the thanker, who speaks,
        # is its subject), so that the speaker can take the goods
        hit.trigger = dataclasses.replace(hit.trigger, direction="receive")
        _bind(sentence, giver, n, "source")
        if taker is not None and taker.entity is not None and not _has(sentence, n, ("goal", "subj")):
            _bind(sentence, taker, n, "subj")


# verbs whose object lists what their subject holds: "France's deliveries included Caesar howitzers"
INCLUDING = {"include", "comprise", "contain", "feature", "cover", "span"}


def _trigger_in(noun: Any, trig_tokens: dict[int, int], depth: int = 2) -> int | None:
    """The act a noun is or names: itself ("deliveries"), a clause on it ("the weapons Germany
    sent"), or that of what it is a list of ("the list of weapons Germany sent")."""
    if noun.i in trig_tokens:
        return trig_tokens[noun.i]
    for c in noun.children:
        if c.dep_ in ("relcl", "acl") and c.i in trig_tokens:
            return trig_tokens[c.i]
    if depth:
        for p in noun.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for g in p.children:
                    if g.dep_ == "pobj" and (ti := _trigger_in(g, trig_tokens, depth - 1)) is not None:
                        return ti
    return None


def included_goods(head: Any, trig_tokens: dict[int, int], with_parties: set[int | None]) -> int | None:
    """ "France's deliveries to Ukraine in 2023 included Caesar howitzers, AMX-10 RC vehicles and
    Crotale systems", "the weapons Poland supplied consisted of T-72 tanks", "among the weapons
    Poland supplied were T-72 tanks", "a package for Ukraine that includes Caesar howitzers": goods
    listed as what an act holds are that act's goods (an act with parties of its own, `with_parties`)."""
    t = head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ == "more" and t.head.head.dep_ == "dobj":
        t = t.head.head  # "included 30 more of the tanks": more of the goods told, what is listed
    while t.dep_ in ("conj", "appos") and t.head.i != t.i and t.head.lemma_.lower() not in INCLUDING:
        t = t.head
    holder = None
    # "includes: rounds; missiles; interceptors": a list the parse hangs on the verb as its conjuncts
    if t.dep_ in ("dobj", "attr", "conj") and t.head.lemma_.lower() in INCLUDING:
        holder = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() == "consist":
        holder = next((c for c in t.head.head.children if c.dep_ == "nsubj"), None)
    elif t.dep_ in ("nsubj", "attr", "npadvmod") and t.head.lemma_.lower() == "be":
        among = next((c for c in t.head.children if c.dep_ == "prep" and c.lower_ == "among"), None)
        holder = next((g for g in among.children if g.dep_ == "pobj"), None) if among is not None else None
    if holder is not None and holder.lower_ in _RELATIVES and t.head.dep_ == "relcl":
        holder = t.head.head  # "a package for Kyiv that includes howitzers": what the relative is said of
    ti = _trigger_in(holder, trig_tokens) if holder is not None else None
    if ti is None and holder is not None and holder.dep_ == "pobj" and t.head.dep_ == "relcl":
        # "the supplies from North Korea, which include shells": the parse hangs the relative on the name
        ti = _trigger_in(holder.head.head, trig_tokens)
        if ti not in with_parties:
            # ("will transfer a package of aid to Ukraine, which includes M577 carriers": on the name
            # the aid goes to, the act that gives the package)
            ti = next((trig_tokens[a.i] for a in holder.ancestors if trig_tokens.get(a.i) in with_parties), ti)
    # ("The first contracts, signed in 2022, covered 180 K2s": a deal's goods, its parties told around it)
    deal = holder is not None and holder.i in trig_tokens and (holder.lemma_.lower() in DEAL_NOUNS or next_lot(holder))
    return ti if ti in with_parties or deal else None


_RELATIVES = {"that", "which"}


# participles telling what a deal holds: "an order totalling 300 drones", "a deal covering 50 jets"
DEAL_TOTALLING = {"total", "number", "cover", "comprise"}


def totalled_goods(head: Any, trig_tokens: dict[int, int]) -> int | None:
    """ "part of a larger order totalling hundreds of drones", "a deal covering 50 jets": goods a
    participle on a deal noun counts are that deal's (its trigger, or None)."""
    t = head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "dobj":
        t = t.head.head  # "hundreds of drones"
    verb = t.head
    if t.dep_ != "dobj" or verb.dep_ != "acl" or verb.lemma_.lower() not in DEAL_TOTALLING:
        return None
    deal = verb.head
    return trig_tokens.get(deal.i) if deal.lemma_.lower() in DEAL_NOUNS else None


# a lot's place in a series after the first: "a second package", "the next tranche"
ORDINAL_PLACE = re.compile(r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|further|subsequent")


def next_lot(noun: Any) -> bool:
    """ "A second package included Javelin missiles": a lot told by its place in a series after the
    first, a batch of its own (not the lot told before)."""
    return any(c.dep_ == "amod" and ORDINAL_PLACE.fullmatch(c.lower_) for c in noun.children)


_PRONOUNS = {"it", "they", "we"}


def owners_of_bought_goods(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "Poland has deployed the 180 K2 tanks it bought from South Korea in 2022", "Poland's K2
    tanks, bought from South Korea in 2022, were deployed": goods a party holds, said to have been
    bought or received, were received by that party."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal or hit.trigger.direction != "receive" or tok.dep_ not in ("relcl", "acl"):
            continue
        if _has(sentence, n, ("subj", "goal")):
            continue
        goods, owner = tok.head, None
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if tok.dep_ == "relcl" and subj is not None and subj.lower_ in _PRONOUNS and goods.dep_ == "dobj":
            holder = next((c for c in goods.head.children if c.dep_ == "nsubj"), None)
            owner = _party_under(holder, party_heads) if holder is not None else None  # "the tanks it bought"
        elif tok.dep_ == "acl" and tok.tag_ == "VBN" and subj is None:
            owner = next((party_heads[c.i] for c in goods.children if c.dep_ == "poss" and c.i in party_heads), None)
        if owner is not None and owner.entity is not None:
            _bind(sentence, owner, n, "subj")


# "Russia accounted for 36 percent of India's arms imports": a share of a party's imports
_SHARES = {
    "percent",
    "per",
    "cent",
    "%",
    "share",
    "third",
    "half",
    "quarter",
    "bulk",
    "most",
    "majority",
    "fifth",
    "much",
}


def share_suppliers(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]) -> None:
    """ "Russia accounted for 36 percent of India's arms imports", "France made up a fifth of Qatar's
    purchases": the party whose share of another's imports is told supplied them."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if not hit.nominal or hit.trigger.direction != "receive" or _has(sentence, n, ("source",)):
            continue
        if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lemma_.lower() not in _SHARES:
            continue
        t = tok.head.head
        while t.dep_ in ("pobj", "prep", "dobj", "attr") and t.head.i != t.i and t.pos_ != "VERB":
            t = t.head
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None) if t.pos_ in ("VERB", "AUX") else None
        if subj is not None and subj.lower_ in ("which", "who", "that") and t.dep_ == "relcl":
            subj = t.head  # "relies on Israel, which supplied 60 percent of Azerbaijan's imports": the one told of
        p = _party_under(subj, party_heads) if subj is not None else None
        if p is None and subj is not None:
            # "Chinese companies supplied 90 percent of Russia's imports": firms of a told nationality
            p = next((party_heads[c.i] for c in subj.children if c.dep_ == "amod" and c.i in party_heads), None)
        if p is not None and p.entity is not None:
            _bind(sentence, p, n, "source")


# participles of using on goods: "the shells fired by Russian forces", "the drones used by the Houthis"
_USED_BY = {"use", "fire", "launch", "consume", "expend", "need", "field", "operate", "employ"}


def share_receivers(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]) -> None:
    """ "North Korea supplies about 40% of the artillery shells fired by Russian forces", "Iran
    provides most of the Houthis' drones": the party whose goods a supplier gives a share of
    received them."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal or hit.trigger.direction != "give" or _has(sentence, n, ("goal",)):
            continue
        share = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in _SHARES), None)
        of = next((c for c in share.children if c.dep_ == "prep" and c.lower_ == "of"), None) if share else None
        goods = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if goods is None:
            continue
        owner = next((party_heads[c.i] for c in goods.children if c.dep_ == "poss" and c.i in party_heads), None)
        for acl in goods.children if owner is None else []:
            if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in _USED_BY:
                continue
            for agent in (c for c in acl.children if c.dep_ == "agent"):
                for user in (c for c in agent.children if c.dep_ == "pobj"):
                    owner = _party_under(user, party_heads) or next(
                        (party_heads[c.i] for c in user.children if c.dep_ == "amod" and c.i in party_heads), None
                    )
        if owner is None or owner.entity is None or owner.entity.type not in ("country", "armed-group"):
            continue
        if any(a.trigger == n and a.case == "subj" and a.entity is owner.entity for a in sentence.parties):
            continue
        _bind(sentence, owner, n, "goal")


def takers_of_a_share(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "India received 36 percent of Russia's arms exports", "Saudi Arabia took a fifth of US arms
    sales": a party taking a share of another's exports is their receiver, and the exports' owner the
    giver of what it took."""
    acts = {tok_i: n for n, (_hit, tok_i) in enumerate(hits_tok)}
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal or hit.trigger.direction != "receive" or _has(sentence, n, ("source",)):
            continue
        share = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _SHARES), None)
        of = next((c for c in share.children if c.dep_ == "prep" and c.lower_ == "of"), None) if share else None
        exports = next((c for c in of.children if c.dep_ == "pobj" and c.i in acts), None) if of else None
        m = acts.get(exports.i) if exports is not None else None
        if m is None or not hits_tok[m][0].nominal or hits_tok[m][0].trigger.direction != "give":
            continue
        givers = [a for a in sentence.parties if a.trigger == m and a.case == "subj" and a.entity is not None]
        takers = [a for a in sentence.parties if a.trigger == n and a.case == "subj" and a.entity is not None]
        if len(givers) != 1 or not takers or _has(sentence, m, ("goal",)):
            continue
        _bind(sentence, givers[0], n, "source")
        for a in takers:
            _bind(sentence, a, m, "goal")


def importer_of_its_imports(
    sentence: Sentence,
    hits_tok: list[tuple[Any, int]],
    doc: Any,
    party_heads: dict[int, Arg],
    before: Entity | None = None,
    told_before: list[ItemHit] | None = None,
) -> None:
    """ "India was the second-largest importer, with Russia accounting for 36 per cent of its arms
    imports": the imports an "its" owns are those of the party the clause it hangs in is about (the
    subject of the verb above, not the one whose share is told); with no such party in the sentence,
    of the party the sentence before was about ("Ukraine was the largest arms importer. The United
    States accounted for 45 percent of its imports")."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if not hit.nominal or hit.trigger.direction != "receive" or _has(sentence, n, ("subj", "goal")):
            continue
        if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
            continue
        sources = {a.entity.id for a in sentence.parties if a.trigger == n and a.case == "source" and a.entity}
        t, owner = tok, None
        for _ in range(12):
            if t.head.i == t.i:
                break
            t = t.head
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            owner = _party_under(subj, party_heads) if subj is not None and t.pos_ in ("VERB", "AUX") else None
            if owner is not None and owner.entity is not None and owner.entity.id not in sources:
                break
            owner = None
        if owner is None:
            # ("India remained a top importer: Russia accounted for ... of its imports": the subject of
            # the clause before, the one party no act has taken)
            free = {
                a.entity.id: a
                for a in sentence.parties
                if a.trigger is None and a.case == "subj" and a.entity and a.entity.id not in sources
                if a.end <= tok.idx
            }
            owner = next(iter(free.values())) if len(free) == 1 else None
        if owner is None and not free and before is not None and before.type == "country" and before.id not in sources:
            its = next(c for c in tok.children if c.dep_ == "poss")
            if sources and _share_taken(tok):
                owner = Arg(its.idx, its.idx + len(its.text), before, "other", None)  # ("its" stands for it)
                sentence.parties.append(owner)
                shared = [m for m, (_h, at) in enumerate(hits_tok) if at == tok_i]
                if not any(it.trigger in shared for it in sentence.items):
                    # ("its imports": the goods the sentence before told it importing, "arms")
                    sentence.items += [
                        dataclasses.replace(it, trigger=m, quantity=None) for m in shared for it in told_before or []
                    ]
        if owner is not None:
            # (and the acts its gapped co-suppliers were given, told by the same word)
            acts = [m for m, (_h, at) in enumerate(hits_tok) if at == tok_i]
            for m in acts:
                _bind(sentence, owner, m, "subj")
            _goods_of_owners_receipt(sentence, owner, acts)


# a state's own trade figures, showing something: "Chinese customs data show", "Kazakh trade statistics
# suggest" (the parse may take "show" for a noun in "data show exports")
_TRADE_DATA = re.compile(
    r"\s+(?:customs|trade|export|import|official|government)\s+(?:data|figures|statistics|records)\s+"
    r"(?:show|shows|showed|suggest|suggests|indicate|indicates|reveal|reveals)\b"
)


def traders_of_their_data(sentence: Sentence, hits_tok: list[tuple[Any, int]], text: str) -> None:
    """ "Chinese customs data show exports of drone engines to Russia tripled", "Russian customs data show
    imports from China rose": a state's trade figures count that state's own trade, so exports or
    imports told after them with no trader of their own are that state's (it exports, or imports)."""
    for a in sentence.parties:
        if a.trigger is not None or a.entity is None or a.entity.type != "country":
            continue
        shown = _TRADE_DATA.match(text, a.end)
        if shown is None:
            continue
        for n, (hit, _tok_i) in enumerate(hits_tok):
            if not (hit.nominal and hit.trigger.kind in ("export", "import") and hit.start >= shown.end()):
                continue
            if not _has(sentence, n, ("subj",)):
                _bind(sentence, a, n, "subj")


def _share_taken(imports: Any) -> bool:
    """Whether an imports noun is told as the whole a share is of: "45 percent of its imports"."""
    return imports.dep_ == "pobj" and imports.head.lower_ == "of" and imports.head.head.lemma_.lower() in _SHARES


def _goods_of_owners_receipt(sentence: Sentence, owner: Arg, acts: list[int]) -> None:
    """ "Qatar received weapons from a dozen states, with the United States accounting for 48 per cent
    of its imports": imports that name no goods are the goods the owner is told receiving."""
    if any(it.trigger in acts for it in sentence.items):
        return
    taken = [
        a.trigger
        for a in sentence.parties
        if a.entity is owner.entity and a.case == "subj" and a.trigger is not None and a.trigger not in acts
        if sentence.triggers[a.trigger].trigger.direction == "receive"
    ]
    goods = [it for it in sentence.items if it.trigger in taken]
    for m in acts:
        sentence.items += [dataclasses.replace(it, trigger=m) for it in goods]


# the share a gapped co-supplier is told with: "..., Germany for 12 per cent and Poland 11 per cent",
# "and Thailand for $28 million"
_GAPPED_SHARE = re.compile(
    r"\s+(?:for\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|just\s+over\s+|over\s+"
    r"|more\s+than\s+|less\s+than\s+)?(?:US)?\$?\d[\d.,]*\s*(?:per\s*cent|percent|%|million\b|billion\b|bn\b|m\b)",
    re.I,
)


# what stands before a listed party: ", ", " and ", ", and the "
_LISTED_BEFORE = re.compile(r"(?:,|\band)\s*(?:the\s+)?$")


# the runners-up after a supplier's share: "followed by Germany", "followed by Germany with 12 percent and"
_FOLLOWED_BY = re.compile(r",?\s+(?:and\s+)?followed\s+(?:closely\s+)?by\s+(?:the\s+)?")
# what may stand between one runner-up and the next: its own share, a comma, "and"
_NEXT_RUNNER_UP = re.compile(
    r"\s*(?:\(\s*[\d.,]+\s*(?:per\s*cent|percent|%)\s*\)|with\s+[\d.,]+\s*(?:per\s*cent|percent|%))?\s*"
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
)


def _runners_up(between: str) -> bool:
    """Whether the words between the told supplier and a party list that party among those "followed
    by" its share: "... imports, followed by Germany and " before "Poland", ", followed by " before "Germany"."""
    m = next(reversed(list(_FOLLOWED_BY.finditer(between))), None)
    if m is None or re.search(r"[.;:]", between[: m.start()]):
        return False
    rest = between[m.end() :]
    while rest:  # (the runners-up named before this one, each with its share and a joint)
        name = re.match(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}", rest)
        joint = _NEXT_RUNNER_UP.match(rest, name.end()) if name else None
        if joint is None:
            return False
        rest = rest[joint.end() :]
    return True


def gapped_share_suppliers(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any) -> None:
    """ "with the United States accounting for 45 per cent of its imports, Germany for 12 per cent
    and Poland for 11 per cent": the parties after a share of imports, told with a share of their own
    and the verb left out, supplied those imports too (each an act of its own, as its share is)."""
    for n, (hit, tok_i) in enumerate(list(hits_tok)):
        if not hit.nominal or hit.trigger.direction != "receive":
            continue
        told = [a for a in sentence.parties if a.trigger == n and a.case == "source" and a.entity is not None]
        if not told or not any(doc[i].lemma_.lower() == "account" for i in _heads_of(told, doc)):
            continue
        after = max(a.end for a in told)
        gapped: dict[str, Arg] = {}
        for p in sentence.parties:
            if p.start < after or p.entity is None or any(p.entity is a.entity for a in told):
                continue
            before = sentence.text[max(0, p.start - sentence.start - 10) : p.start - sentence.start]
            if _GAPPED_SHARE.match(sentence.text, p.end - sentence.start) and _LISTED_BEFORE.search(before):
                gapped.setdefault(p.entity.id, p)
            elif _runners_up(sentence.text[after - sentence.start : p.start - sentence.start]):
                gapped.setdefault(p.entity.id, p)  # "..., followed by Germany (12 percent) and Poland"
        if not gapped:
            continue
        for p in sentence.parties:  # (the parse's own reading of the gapped words)
            if p.entity is not None and p.entity.id in gapped:
                p.trigger, p.case = None, "other"
        att = sentence.attribution
        if att is not None and att.speaker is not None and att.speaker.entity and att.speaker.entity.id in gapped:
            # (nor does one of them speak: the parse may hang "according to" on the gapped words)
            sentence.attribution = None if att.outlet is None else dataclasses.replace(att, speaker=None)
        shared = [a for a in sentence.parties if a.trigger == n and a.case != "source"]
        for p in gapped.values():
            m = another_act(sentence, hits_tok, hit, tok_i)
            sentence.parties += [
                dataclasses.replace(p, trigger=m, case="source", direct=True),
                *(dataclasses.replace(a, trigger=m) for a in shared),
            ]
            for it in [it for it in sentence.items if it.trigger == n]:
                sentence.items.append(dataclasses.replace(it, trigger=m))


def _heads_of(args: list[Arg], doc: Any) -> list[int]:
    """The tokens the parties' own words hang on."""
    spans = [doc.char_span(a.start, a.end, alignment_mode="expand") for a in args]
    return [span.root.head.i for span in spans if span is not None]


def pledged_goods(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, goods: list[tuple[Any, Any]]) -> None:
    """ "Kyiv said it had received the first of the 12 jets that Denmark had pledged": whoever receives
    goods a relative clause says a party gave (or pledged) receives them from that party, and goods
    that arrive ("the last of the tanks pledged by Canada reached Ukraine") come from it. (The
    pledge itself is told as background of the receipt, not as a record of its own.) Goods a party
    moved by a way of its own ("the RSF got howitzers that the UAE had flown into Chad", "drones Iran
    shipped through Oman") reached the receiver through the places the clause names."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        # ("the howitzers, bought from Turkey, arrived in Somalia": goods bought from a seller come from it)
        bought = hit.trigger.direction == "receive" and tok.dep_ == "acl" and hit.passive
        if hit.nominal or (hit.trigger.direction not in ("give", "move") and not bought):
            continue
        if hit.trigger.direction == "move" and (hit.passive or tok.dep_ != "relcl"):
            continue
        # "the 14 tanks pledged by Canada reached Ukraine": a reduced relative, its agent the giver
        reduced = tok.dep_ == "acl" and hit.passive
        # ("howitzers that UN experts say were re-exported by the UAE": the relative clause is the saying)
        clause = tok.head if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SAYING_ON_GOODS else tok
        if (clause.dep_ != "relcl" and not reduced) or any(it.trigger == n for it in sentence.items):
            continue
        role = "source" if bought else "agent" if hit.passive else "subj"
        giver = next((a for a in sentence.parties if a.trigger == n and a.case == role and a.entity), None)
        for it, head in goods:
            m = it.trigger
            if giver is None or head.i != clause.head.i or m is None or m == n:
                continue
            taker = hits_tok[m][0]
            if _takes_from_giver(sentence, m, taker.trigger.direction, reduced):
                sentence.parties.append(dataclasses.replace(giver, case="source", trigger=m, direct=True))
                if taker.trigger.direction == "receive":
                    _stops_on_the_way(sentence, n, m)
            break


def handed_over_there(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "Russia flew S-300 parts to eastern Libya, where they were handed to Haftar's forces", "shipped
    tanks to Tartus, where they were passed to Hezbollah": the place a first act took goods to is
    where a "where" clause on it hands them to a party; one transfer to that party, whose place it is
    (the first act's goods and giver go to the handing over, the place takes no part)."""
    for b, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal or hit.trigger.direction != "give" or tok.dep_ != "relcl":
            continue
        if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in tok.children):
            continue
        at = tok.head.idx
        told = sentence.parties + sentence.places
        place = next((a for a in told if a.start <= at < a.end and a.case == "goal"), None)
        if place is None or place.trigger is None or place.trigger == b:
            continue
        first = place.trigger
        if hits_tok[first][0].nominal or hits_tok[first][0].trigger.direction not in ("give", "move"):
            continue
        takers = [a for a in sentence.parties if a.trigger == b and a.case == "goal" and a.entity is not None]
        if not takers or any(a.entity == place.entity for a in takers):
            continue
        (sentence.parties if place in sentence.parties else sentence.places).remove(place)
        givers = {a.entity.id for a in sentence.parties if a.trigger == b and a.case in ("subj", "agent") and a.entity}
        for a in sentence.parties:
            if a.trigger != first or a.case not in ("subj", "agent", "source", "origin") or a.entity is None:
                continue
            if a.entity.id not in givers:
                a.trigger, a.case = b, "agent" if hit.passive else "subj"
        for it in sentence.items:
            if it.trigger == first:
                it.trigger = b


def _stops_on_the_way(sentence: Sentence, n: int, m: int) -> None:
    """The places act `n` took goods to or through on their way to the receiver of act `m` ("howitzers
    that the UAE had flown into Chad", received by the RSF): go-betweens of the receipt."""
    takers = {a.entity.id for a in sentence.parties if a.trigger == m and a.case == "subj" and a.entity}
    told = {a.entity.id for a in sentence.parties if a.trigger == m and a.case == "via" and a.entity}
    for a in [a for a in sentence.parties if a.trigger == n and a.case in ("goal", "via") and a.entity]:
        if a.entity is not None and takers and a.entity.id not in takers | told:
            sentence.parties.append(dataclasses.replace(a, case="via", trigger=m, direct=True))
            told.add(a.entity.id)


def _takes_from_giver(sentence: Sentence, m: int, direction: str, reduced: bool) -> bool:
    """Whether act `m` on goods a party gave takes that party as its source: a receipt with none
    of its own, or goods arriving ("reached Ukraine") with no sender named."""
    if direction == "receive":
        return not _has(sentence, m, ("source",))
    return direction == "move" and reduced and not _has(sentence, m, ("source", "subj", "agent", "origin"))


# verbs that punish or name a party for a deed: "sanctioned three Chinese firms for supplying"
# verbs that accuse a party of a deed, by the preposition that names the deed: "accused X of
# supplying", "charged X with shipping"
_ACCUSING = {"of": {"accuse", "suspect", "convict"}, "with": {"charge"}}
_PUNISHING = {"sanction", "punish", "penalize", "penalise", "fine", "blacklist", "target", "charge", "indict",
              "designate", "list", "condemn", "criticize", "criticise", "blame"}  # fmt: skip


# participles that seat a firm in a place: "a Mumbai-based company", "a Dubai-registered trader"
_SEATING = {"base", "based", "register", "registered", "headquarter", "headquartered", "incorporate", "incorporated"}


def _seat_of(firm: Any, party_heads: dict[int, Arg]) -> Arg | None:
    """The place a firm is told seated in by a participle before it ("a Mumbai-based company") or by
    "in" after it ("companies based in China", "firms in Hong Kong"): the firm's state, as the front
    end reads the place."""
    for c in firm.children:
        if c.dep_ == "amod" and (c.lower_ in _SEATING or c.lemma_.lower() in _SEATING):
            at = next((g for g in c.children if g.dep_ in ("npadvmod", "compound") and g.i in party_heads), None)
            if at is not None:
                return party_heads[at.i]
    if firm.lemma_.lower() not in FIRMS:
        return None
    # after it: "six companies based in China", "two firms in Hong Kong"
    seated = [c for c in firm.children if c.dep_ == "acl" and c.lemma_.lower() in _SEATING and c.i > firm.i]
    places = [p for c in [firm, *seated] for p in c.children if p.dep_ == "prep" and p.lower_ == "in" and p.i > firm.i]
    return next((party_heads[g.i] for p in places for g in p.children if g.dep_ == "pobj" and g.i in party_heads), None)


def punished_suppliers(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "The Treasury sanctioned three Chinese firms for supplying drone parts to Russia": the one
    punished for a deed did it (a firm standing for the state its nationality names); so is the one
    accused of it or charged with it ("an indictment accusing two Hong Kong companies of funneling
    chips to Russia")."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        # ("charged two men with smuggling rifles": the gerund the parse takes for a modifier of the goods)
        prep = tok.head if tok.dep_ == "pcomp" else doc[tok.i - 1] if misread_verb(tok) else None
        if hit.nominal or prep is None or prep.lower_ not in ("for", "of", "with"):
            continue
        verb = prep.head
        while verb.dep_ == "conj" and verb.pos_ in ("NOUN", "PROPN") and verb.head.pos_ in ("NOUN", "PROPN"):
            verb = verb.head  # ("accusing two firms and a forwarder of funneling": the first of the accused)
        if verb.dep_ in ("dobj", "nsubjpass") and verb.pos_ in ("NOUN", "PROPN"):
            verb = verb.head  # ("sanctioned a Shenzhen-based company for supplying": the parse hangs it on the firm)
        # ("added three Chinese firms to the Entity List for supplying": a listing names them too)
        listed = verb.lemma_.lower() == "add" and onto_a_list(verb)
        lemma = verb.lemma_.lower()
        if prep.lower_ != "for" and lemma not in _ACCUSING.get(prep.lower_, ()):
            continue
        if prep.lower_ != "for":
            _unbind_accuser(sentence, verb, n, party_heads)
        if (lemma not in _PUNISHING and not listed and prep.lower_ == "for") or _has(sentence, n, ("subj", "agent")):
            continue
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        doer = _party_under(obj, party_heads) if obj is not None else None
        if doer is None and obj is not None:
            doer = next((party_heads[c.i] for c in obj.children if c.dep_ == "amod" and c.i in party_heads), None)
        if doer is None and obj is not None:
            doer = _seat_of(obj, party_heads)
        if doer is not None and doer.entity is not None:
            _bind(sentence, doer, n, "subj" if hit.trigger.direction in ("give", "move") else "source")


def _unbind_accuser(sentence: Sentence, verb: Any, n: int, party_heads: dict[int, Arg]) -> None:
    """ "The Justice Department charged two men with smuggling rifles to Mexico": the one who accuses
    is no doer of the act it charges (the parse passes its subject down to the gerund)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    accuser = party_heads.get(subj.i) if subj is not None else None
    for x in sentence.parties:
        if x.trigger == n and x.case == "subj" and accuser is not None and x.start == accuser.start:
            x.trigger = None


_GRANTING = {"approve", "grant", "accept", "fulfil", "fulfill", "answer", "meet", "honour", "honor", "clear"}
_REFUSING = {"reject", "deny", "refuse", "decline", "rebuff", "turn"}


def answered_requests(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "The US approved Ukraine's request for ATACMS missiles": the one who grants a request is
    asked to supply (a plan once granted), the request's owner asks; "Berlin rejected Kyiv's
    request for Taurus missiles" stays a request of Berlin."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if not hit.nominal or hit.trigger.direction != "request" or tok.dep_ not in ("dobj", "nsubjpass"):
            continue
        verb = tok.head
        lemma = verb.lemma_.lower()
        if lemma not in _GRANTING | _REFUSING:
            continue
        # ("Kyiv's request", "Ukrainian requests": the owner or the nationality of the request asks)
        asker = next(
            (party_heads[c.i] for c in tok.children if c.dep_ in ("poss", "amod", "compound") and c.i in party_heads),
            None,
        )
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "agent")), None)
        if subj is not None and subj.dep_ == "agent":
            subj = next((g for g in subj.children if g.dep_ == "pobj"), None)
        asked = _party_under(subj, party_heads) if subj is not None else None
        if asker is None or asked is None or asker.entity is None or asked.entity is None:
            continue
        for a in sentence.parties:
            if a.trigger == n and a.start == asked.start:
                a.case = "source"
            elif a.trigger == n and a.start == asker.start:
                a.case = "subj"
        if not any(a.trigger == n and a.start == asked.start for a in sentence.parties):
            _bind(sentence, asked, n, "source")
        if not any(a.trigger == n and a.start == asker.start for a in sentence.parties):
            _bind(sentence, asker, n, "subj")
        if lemma in _GRANTING:
            # granted, the request is a supply planned
            hit.trigger = dataclasses.replace(hit.trigger, kind="supply", direction="receive", status="planned")


def dates_of_the_order(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any) -> None:
    """ "Poland received its first K2 tanks under an order placed in 2019 for 108 of the tanks": the
    date inside the order the act falls under is the order's, not the act's (which then has none told)."""
    index = {id(h): n for n, h in enumerate(sentence.triggers)}
    for hit, tok_i in hits_tok:
        order = doc[tok_i]
        if not hit.nominal or index.get(id(hit)) is None or not deal_of_act(order):
            continue
        # (None when the verb it hangs on tells no act: "the number of jets it has received under a 2018 contract")
        outer = next((h for h, i in hits_tok if i == order.head.head.i and not h.nominal), None)
        lo, hi = order.left_edge.idx, order.right_edge.idx + len(order.right_edge.text)
        inside = [d for d in sentence.dates if lo <= d.start < hi]
        if not inside:
            continue
        hit.dates = inside
        # (and the acts beside it with no date of their own: "took delivery of two more jets from Russia,
        # bringing to four those received under a 2018 contract for six" dates no delivery 2018)
        for other, _ in hits_tok:
            if other is outer or (other is not hit and other.dates is None and not other.nominal):
                kept = [d for d in (other.dates or sentence.dates) if not lo <= d.start < hi]
                other.dates = kept or [DateMention(other.start, other.start, "", None)]


def bare_count(tok: Any) -> bool:
    """ "a contract for six": a count standing alone for goods told before (not a sum, "for $375 million")."""
    return (
        tok.like_num
        and tok.lower_ not in ("million", "billion", "thousand", "hundred")
        and not any(c.tag_ == "$" or c.dep_ in ("prep", "compound") for c in tok.children)
    )


# words for the part of a deal an act delivers: "part of an order", "the latest batch of a contract"
_PARTS_OF_DEALS = {"part", "batch", "tranche", "lot", "instalment", "installment", "shipment", "delivery"}
_YEAR = re.compile(r"(?:19|20)\d\d")


# verbs of an act filling a deal: "took delivery of the last jets, completing a 2023 order"
_FILLING = {"complete", "fulfil", "fulfill", "finish"}


def deal_of_act(tok: Any) -> bool:
    """Whether a deal noun is the one an act delivers under: "under a deal signed in 2022", "part of an
    order Yerevan placed in 2022", "the latest batch of a 2019 contract", "received the last of 18 drones,
    completing a 2023 order"."""
    if tok.lemma_.lower() not in DEAL_NOUNS:
        return False
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _FILLING and tok.head.dep_ in ("advcl", "conj", "xcomp"):
        return True
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ == "under" or (prep.lower_ == "of" and prep.head.lemma_.lower() in _PARTS_OF_DEALS)


def told_deal(tok: Any) -> bool:
    """Whether a deal noun tells a deal of its own: its signing ("a deal signed in 2022", "an order
    Yerevan placed") or its year ("a 2018 contract")."""
    return any(
        (c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _SIGNING)
        or (c.dep_ in ("nummod", "compound", "amod") and _YEAR.fullmatch(c.text) is not None)
        for c in tok.children
    )


def counted_orders(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any) -> None:
    """ "Vietnam received three more Yak-130s from Russia under a 2019 contract for twelve", "India
    delivered launchers to Armenia, part of an order Yerevan placed in 2022": a deal the act falls
    under, told by its count or its signing, is an order of its own for the same goods between the
    same parties (planned)."""
    acts = [n for n, (h, _) in enumerate(hits_tok) if not h.nominal]
    for n, (hit, tok_i) in enumerate(hits_tok):
        order = doc[tok_i]
        if not hit.nominal or not deal_of_act(order) or any(it.trigger == n for it in sentence.items):
            continue  # ("under an order for 108 of the tanks": goods of its own)
        count = _count_for(order)
        units = _count_of_units(count) if count is not None else None
        if units is not None:
            count = units  # "a 2015 deal for eight boats": the count of the goods told before
        counted = count is not None and bare_count(count)
        if not counted and not told_deal(order):
            continue
        # the act it falls under: the verb it hangs on, or the sentence's first act with goods
        outer = next((m for m, (_, i) in enumerate(hits_tok) if i == order.head.head.i and m in acts), None)
        within = [outer] if outer is not None else acts
        goods = [(it, it.trigger) for it in sentence.items if it.trigger is not None and it.trigger in within]
        if not goods:
            continue
        first, m = goods[0]
        value = parse_en_number(count.text) if count is not None and counted else None
        q = Quantity(value, count.text) if count is not None and value is not None else None
        sentence.items.append(dataclasses.replace(first, quantity=q, trigger=n))
        _parties_of_the_act(sentence, m, hits_tok[m][0], n)


# nouns a deal's count may be of that are no goods: "a contract for ten years", "a deal for 20 million euros"
_NOT_UNITS = {"year", "month", "week", "day", "decade", "dollar", "euro", "pound", "yen", "won", "rupee",
              "yuan", "million", "billion", "percent", "per", "cent"}  # fmt: skip


def _count_of_units(noun: Any) -> Any | None:
    """The number counting a plain noun after a deal's "for" ("a 2015 deal for eight boats" → "eight"),
    if the noun is no span of time nor money."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in _NOT_UNITS:
        return None
    return next((c for c in noun.children if c.dep_ == "nummod" and c.like_num), None)


def _count_for(order: Any) -> Any | None:
    """The word after "for" on a deal noun ("a contract for six"), if any."""
    return next(
        (g for p in order.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"),
        None,
    )


# the cases that name the giver of an act, by its direction (the rest name no giver)
_GIVER_CASES = {
    "give": ("subj", "agent", "origin"),
    "move": ("subj", "agent", "source", "origin"),
    "receive": ("source",),
}
_TAKER_CASES = {"give": ("goal",), "move": ("goal",), "receive": ("subj",)}


def _parties_of_the_act(sentence: Sentence, m: int, act: Any, n: int) -> None:
    """The order `n` (a purchase: its subject buys, "from" sells) takes the giver and the taker of the
    act `m` it was told with, where it names none of its own."""
    direction = act.trigger.direction
    for cases, role in ((_GIVER_CASES.get(direction, ()), "source"), (_TAKER_CASES.get(direction, ()), "subj")):
        if _has(sentence, n, (role,)):
            continue
        party = next((a for a in sentence.parties if a.trigger == m and a.case in cases and a.entity is not None), None)
        if party is not None:
            sentence.parties.append(dataclasses.replace(party, case=role, trigger=n))


# acts a deal may be told to be for: "a contract for the sale of 48 jets", "a deal for the purchase of"
_DEAL_ACTS = {"sale", "supply", "delivery", "purchase", "procurement", "acquisition", "transfer", "provision",
              "export", "import"}  # fmt: skip
# the deal's prepositions that name what it is for
_DEAL_FOR = {"for", "on"}


def deal_signed_for_act(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "Indonesia signed a contract for the purchase of 48 jets from Turkey", "Turkey and Indonesia
    signed an agreement for the sale of 48 KAAN jets": the act noun a signed deal is for tells the goods
    and the far party of the signing, which is the act (its signer buys, as in "signed a contract for
    48 jets"); the noun is no act of its own. (One naming its taker, "a contract for the sale of jets
    to Indonesia", keeps its parties: its signer sells.)"""
    verbs = {tok_i: m for m, (h, tok_i) in enumerate(hits_tok) if not h.nominal}
    for n, (hit, tok_i) in enumerate(hits_tok):
        noun = doc[tok_i]
        if not hit.nominal or noun.lemma_.lower() not in _DEAL_ACTS or noun.dep_ != "pobj":
            continue
        prep = noun.head
        if prep.lower_ not in _DEAL_FOR:
            continue
        # (the parse hangs the "for" on the deal, or on the verb whose object the deal is)
        verb = prep.head.head if prep.head.dep_ == "dobj" and prep.head.lemma_.lower() in DEAL_NOUNS else prep.head
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in DEAL_NOUNS for c in verb.children):
            continue
        if verb.lemma_.lower() not in _SIGNING:
            continue
        mine = [a for a in sentence.parties if a.trigger == n]
        m = verbs.get(verb.i)
        if m is None:
            # "Manila signed a deal on the purchase of two corvettes": no act of the verb's own; its
            # signer buys and its partner sells what the noun of buying names
            if hit.trigger.direction == "receive" and not any(a.case == "subj" for a in mine):
                for c in verb.children:
                    obj = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" else None
                    if c.dep_ == "nsubj" and (p := _party_under(c, party_heads)) is not None and p.entity is not None:
                        _bind(sentence, p, n, "subj")
                    elif (
                        c.lower_ == "with"
                        and obj is not None
                        and not any(a.case == "source" for a in mine)
                        and (p := _party_under(obj, party_heads)) is not None
                        and p.entity is not None
                    ):
                        _bind(sentence, p, n, "source")
            continue
        if any(a.case in ("goal", "subj", "agent") for a in mine):
            continue
        for a in mine:
            if a.case in ("source", "origin"):
                a.trigger, a.case = m, "source"
            elif a.case == "via":
                a.trigger = m
        for it in sentence.items:
            if it.trigger == n:
                it.trigger = m


# words that make a deal one like the deal told before: "in talks with Indonesia on a similar deal"
_LIKE_BEFORE = {"similar", "comparable", "like"}


def similar_deal(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, before: Sentence | None) -> None:
    """ "The Philippines has received BrahMos batteries from India. New Delhi is also in talks with Indonesia
    on a similar deal": a deal told as like the act the sentence before told, naming no goods, is for
    the same goods from the same giver; of its two parties the one that gave before gives again."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        noun = doc[tok_i]
        if not hit.nominal or not any(c.dep_ == "amod" and c.lower_ in _LIKE_BEFORE for c in noun.children):
            continue
        if any(it.trigger == n for it in sentence.items):
            continue
        mine = [a for a in sentence.parties if a.trigger == n and a.entity is not None]
        if len({a.entity.id for a in mine if a.entity}) != 2:
            continue
        # (the act before it in its own sentence, "sold missiles to Manila and is negotiating a similar
        # deal with Jakarta", else those of the sentence before)
        earlier = [(sentence, m) for m in range(n)] + (
            [(before, m) for m in range(len(before.triggers))] if before else []
        )
        for told_in, m in earlier:
            told = told_in.triggers[m]
            giver_case = "subj" if told.trigger.direction in ("give", "move") else "source"
            givers = {a.entity.id for a in told_in.parties if a.trigger == m and a.case == giver_case and a.entity}
            goods = [it for it in told_in.items if it.trigger == m]
            if len(givers) != 1 or not goods or givers.isdisjoint(a.entity.id for a in mine if a.entity):
                continue
            giver = next(iter(givers))
            keep = "subj" if hit.trigger.direction in ("give", "move") else "source"
            take = "goal" if keep == "subj" else "subj"
            for a in mine:
                a.case = keep if a.entity is not None and a.entity.id == giver else take
            sentence.items += [dataclasses.replace(it, trigger=n, quantity=None) for it in goods]
            break
