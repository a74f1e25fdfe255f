"""English triggers: the words that name a transfer in a sentence, and the guards that set aside
words naming none (a question, a refusal, shipping as a trade, a prefixed "anti-ship").
"""

from __future__ import annotations

import dataclasses
from typing import Any

from materiel.extract.common import item_words
from materiel.extract.en_cases import (
    CARRIERS,
    CARRY,
    LOTS,
    SPEECH,
    misread_verb,
    onto_a_list,
    reduced_relative,
    sent_tokens,
    setting_out,
)
from materiel.extract.en_clauses import SEIZE_VERBS, leg_before, origin_hits, supplier_noun_hits
from materiel.extract.en_dates import whole_of_a_part
from materiel.extract.en_deals import DEAL_TOTALLING, bare_count, deal_of_act, told_deal
from materiel.extract.en_headlines import headline_goods_hits
from materiel.extract.en_holders import FACILITIES, in_as_clause, recipient_noun_hits
from materiel.extract.en_using import USING
from materiel.extract.frame import TriggerHit
from materiel.lexicon import Lexicon


def trigger_hits(sent: Any, lexicon: Lexicon, blocked: list[tuple[int, int]]) -> list[tuple[TriggerHit, int]]:
    hits: list[tuple[TriggerHit, int]] = []
    seen: list[Any] = []  # words of a lot said to be due or of goods seen somewhere (no trigger words)
    for tok in sent_tokens(sent):
        lemma = tok.lemma_.lower()
        entries = lexicon.triggers.get(lemma) or lexicon.triggers.get(tok.text.lower())
        gerund = _misread_gerund(tok)
        if gerund:
            entries = _gerund_entries(tok.lower_, lexicon) or entries  # "charged with smuggling rifles"
        if lemma in _DUE_OR_SEEN:
            seen.append(tok)
        participle = not entries and tok.tag_ == "JJ" and tok.dep_ == "amod"
        start = tok.idx
        if participle:
            entries = _participle_triggers(tok.text.lower(), lexicon)
            if not entries and "-" in tok.text.strip("-"):
                # "U.S.-supplied": the tokenizer keeps an abbreviation and its participle in one word
                tail = tok.text.rsplit("-", 1)[1]
                entries = _participle_triggers(tail.lower(), lexicon)
                start = tok.idx + len(tok.text) - len(tail)
        if not entries or any(s < tok.idx + len(tok.text) and start < e for s, e in blocked):
            continue
        if tok.tag_ in ("RB", "RP"):
            continue  # "going forward", "brought forward": an adverb or particle is no act
        is_noun = tok.pos_ in ("NOUN", "PROPN") and not misread_verb(tok) and not gerund  # ("conspired to ship parts")
        told = [c for c in tok.children if not _aside(c)]
        children = {c.text.lower() for c in told} | {c.lemma_.lower() for c in told}
        # ("is expected to turn out shells": the infinitive's "to" is no "turn to" of asking)
        asked_to = any(c.lower_ == "to" and not (c.dep_ == "aux" and c.i < tok.i) for c in told)
        if tok.i + 1 < len(tok.doc):
            children.add(tok.doc[tok.i + 1].lower_)  # "handed over 20 tanks": the parse reads "over 20"
        # "cargo flights from the UAE to Chad carried weapons": the carrier's own legs say where it went
        children |= {
            g.lower_
            for c in tok.children
            if c.dep_ == "nsubj" and c.lemma_.lower() in CARRIERS
            for g in c.children
            if g.dep_ == "prep"
        }
        if lemma in CARRY:  # "carried arms and drones from the UAE": the parse hangs the "from" on the load
            children |= {g.lower_ for c in tok.children if c.dep_ == "dobj" for g in _load_preps(c)}
        for c in tok.children:  # "signed a framework agreement for 42 jets": the deal's "for" is the verb's
            # "the agreement for 36 of the guns was signed": the passive's subject is the deal
            if c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in _DEAL_NOUNS or _letter_of_a_deal(c)):
                children |= {g.lower_ for g in c.children if g.dep_ == "prep"}
        fitting = [
            t
            for t in entries
            if t.noun == is_noun and (not t.particle or t.particle in children) and not _on_is_no_particle(t, tok)
        ]
        if not asked_to:
            fitting = [t for t in fitting if not (t.particle == "to" and t.direction == "request")]
        # ("took in a batch of engines": the particle; "took part in strikes", "take missiles in return": a preposition)
        fitting = [t for t in fitting if t.particle != "in" or any(c.dep_ == "prt" and c.lower_ == "in" for c in told)]
        if lemma == "follow":  # ("with the remaining 70 to follow": an absolute "with", no goods it follows with)
            fitting = [t for t in fitting if t.particle != "with" or _follows_with(tok)]
        if not fitting:
            continue
        if is_noun and tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
            continue  # "supply lines", "export controls": a modifier, no event
        if _shipping_trade(tok) or _anti(tok) or _open_question(tok) or _refused(tok) or _charged_attempt(tok):
            continue
        if _depended_on(tok) or _reporters_question(tok) or _anonymity_asked(tok):
            continue
        if tok.lemma_.lower() == "add" and (
            not any(c.dep_ == "dobj" for c in tok.children)
            or any(c.dep_ in ("ccomp", "parataxis") for c in tok.children)
        ):
            continue  # "the agency added", "added that": speech, no goods added
        if lemma in ("way", "route") and not _on_the_way(tok):
            continue  # "the way to peace", "a supply route to Kherson": no goods going
        if lemma == "contribute" and not _contributed_goods(tok):
            continue  # "drones contributed to Russia's gains", "contributed $40 million": no goods given
        if tok.lemma_.lower() == "add" and onto_a_list(tok):
            continue  # "added drone engines to its list of banned exports": a listing, no goods added
        if tok.lemma_.lower() in ("rely", "depend") and not any(c.lower_ == "for" for c in tok.children):
            continue  # "relies on Beijing": support at large; "relies on Iran for drones" names goods
        if lemma in _REACHING and any(c.dep_ == "aux" and c.lower_ in _MAY for c in tok.children):
            continue  # "components that could end up in Russian drones": a risk, no goods gone
        if lemma in _FITTING and _fitted_goods(tok, lexicon):
            continue  # "the drones are equipped to carry bombs", "missiles armed with warheads": a build
        if lemma == "order" and not is_noun and _commanded(tok):
            continue  # "ordered the bombs released", "ordered the release of the bombs": a command, no purchase
        if is_noun and _none_known(tok):
            continue  # "Russia has never confirmed any Su-35 sale to Iran": no act told, only none known
        if lemma in _URGING and not is_noun and not _urged_deed(tok, lexicon):
            continue  # "urged restraint", "pressed ahead with the talks": no goods asked of anyone
        if lemma in _ASKING and not is_noun and _asked_to_halt(tok):
            continue  # "asked Beijing to stop supplying drone parts to Russia": no goods asked for
        if lemma in _AIMING and not is_noun and _aims_at_another_deed(tok, lexicon):
            continue  # "is seeking to diversify its suppliers": a goal, no goods asked for
        if lemma in _CHOSEN and not _chosen_from_another(tok):
            continue  # "chose Belarus as a staging ground", "selected a site": no goods of another's make
        if lemma == "bring" and _brought_to_a_figure(tok):
            continue  # "brings the total of K2 tanks to 360": a count reaching a figure, no goods brought
        if lemma in ("unload", "offload") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _CRAFT for c in tok.children
        ):
            continue  # "the C-130 transport planes were unloaded": the carrier is emptied, its cargo untold
        if lemma == "add" and _adds_works(tok):
            continue  # "will add a second production line for K9 howitzers": a plant grows, no goods move
        if lemma == "pay" and not _paid_for_goods(tok, lexicon):
            continue  # "will pay for the repairs of its tanks": a service paid for, no goods bought
        if lemma == "release" and not _released_goods(tok, lexicon):
            continue  # "released a statement", "released photos of drones": no goods let go
        if lemma in _SERIES_LOTS and not _later_lot_subject(tok):
            continue  # "traced one batch of regulators to Hong Kong": a lot the act is another verb's
        if lemma == "cross" and not _lot_crossing(tok):
            continue  # "Russian tanks crossed into Ukraine": an invasion; "the first batch crossed into Russia"
        if lemma == "operate" and tok.dep_ == "acl" and tok.head.lemma_.lower() in CARRIERS:
            continue  # "flights operated by a Belarusian carrier": who runs the carrier, no goods held
        if tok.lemma_.lower() == "follow" and not _goods_following(tok):
            continue  # "the new order follows a contract", "followed the US in sending": no goods come
        if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _MONEY for c in tok.children):
            continue  # "moved money for", "transferred funds to": payments, no goods
        if any(c.dep_ in ("dobj", "nsubjpass") and _not_goods(c) for c in tok.children):
            continue  # "received bids from three shipyards", "sent a letter to": paper, no goods
        if any(c.dep_ in ("dobj", "nsubjpass") and _civil_aid(c) for c in tok.children):
            continue  # "which has provided only non-lethal aid to Ukraine": no military goods
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and _not_goods(tok.head):
            continue  # "according to a notification sent to Congress": the paper is what was sent
        if is_noun and tok.lemma_.lower() == "interest" and not any(c.lower_ in ("in", "for") for c in tok.children):
            continue  # "acted against U.S. national security interests": a stake, no wish for goods ("interest in")
        if is_noun and tok.lemma_.lower() in ("financing", "funding") and not _counted_order(tok):
            continue  # "Congress approved new funding": money, unless it is for counted goods
        trig = fitting[0]
        if _flying_in_service(tok):
            trig = next((t for t in lexicon.triggers.get("operate", []) if not t.noun), trig)
        passive = not _distributed_verb(tok) and (
            participle
            or reduced_relative(tok)
            or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
            or (
                tok.tag_ == "VBN"
                and tok.dep_ in ("acl", "amod", "relcl")
                and not any(c.dep_ in ("aux", "nsubj") for c in tok.children)
            )
            or (  # "tanks refurbished in Germany and handed over by Denmark"
                tok.tag_ == "VBN"
                and tok.dep_ == "conj"
                and tok.head.tag_ == "VBN"
                and tok.head.dep_ in ("acl", "amod")
                and not any(c.dep_ in ("aux", "nsubj") for c in tok.children)
            )
        )
        # "has sent no drones", "received no new missiles": the goods' "no" negates the act as "not" does
        # (and "no aircraft has arrived", "no jets are known to have arrived": its subject's "no")
        negated = any(
            c.dep_ == "neg"
            or (
                c.dep_ in ("dobj", "nsubjpass", "nsubj")
                and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
            )
            for c in (*tok.children, *_raised_subjects(tok))
        ) or (is_noun and _permission_withheld(tok))
        hits.append((TriggerHit(start, tok.idx + len(tok.text), trig, passive, negated, nominal=is_noun), tok.i))
    hits += origin_hits(sent) + supplier_noun_hits(sent)
    if seen:
        hits += _due_lots(seen, lexicon) + _sightings(seen, lexicon)
    if not hits:  # "it became the first buyer of Rafales, ordering 24": the verb tells the act
        hits = recipient_noun_hits(sent) or headline_goods_hits(sent, lexicon)
    else:  # "Armenia, a long-time buyer of Russian arms, has turned to France": a background act beside
        hits += [(h, i) for h, i in recipient_noun_hits(sent) if _buyer_of_a_make(sent.doc[i])]
    doc = sent.doc
    acts = {i for _, i in hits}
    hits = [(h, i) for h, i in hits if not _funds_making(doc[i], h, acts)]
    # "received shipments of", "took delivery of": the verb carries the noun's event
    verbs = {i for h, i in hits if not h.nominal}
    # (a weak verb, "landed in Niamey", leaves the act to the lot noun: the goods may only stop there)
    arrivals = {i for h, i in hits if not h.nominal and not h.trigger.weak and h.trigger.direction == "move"}
    hits = [
        (h, i)
        for h, i in hits
        if not (
            h.nominal
            and (
                (doc[i].head.i in verbs and doc[i].dep_ in ("dobj", "pobj", "nsubjpass"))
                or _delivery_taken_of(doc[i], verbs)
                or _hastened_for(doc[i], verbs)
                or _lot_arriving(doc[i], h, arrivals)
            )
        )
    ]
    # "Another shipment followed in October": the batch noun is what follows, the verb tells the act
    following = {i for h, i in hits if doc[i].lemma_.lower() == "follow" and not h.nominal}
    hits = [(h, i) for h, i in hits if not (h.nominal and doc[i].dep_ == "nsubj" and doc[i].head.i in following)]
    # "sought to buy", "is seeking to acquire": the request verb only sets the purchase's status
    receiving = {i for h, i in hits if h.trigger.direction == "receive" and not h.nominal}
    hits = [
        (h, i)
        for h, i in hits
        if not (
            h.trigger.direction == "request"
            and not h.nominal
            and any(c.dep_ == "xcomp" and c.i in receiving for c in doc[i].children)
        )
    ]
    # "signed a contract on Wednesday to buy 48 jets": the deal's verb of purpose tells the act
    verb_acts = {i for h, i in hits if not h.nominal}
    hits = [(h, i) for h, i in hits if not (h.nominal and _deal_for_act(doc[i], verb_acts))]
    # "the last of its 24 promised jets had been transferred": a pledge told as an adjective on goods
    # another verb moves is background of that act, not an act of its own
    verbs = {i for h, i in hits if not h.nominal}
    hits = [(h, i) for h, i in hits if not _promised_goods(doc[i], h, verbs)]
    hits = [(h, i) for h, i in hits if not _bare_docking(doc[i], h, lexicon)]
    hits = [(h, i) for h, i in hits if not _use_of_goods_told(doc[i], {j for _, j in hits})]
    # (a tally the sentence tells no other act beside, "puts the number of shells the North has sent to
    # Russia at three million", is the telling of the act)
    tallied = [i for _, i in hits if _running_total(doc[i])]
    if len(tallied) < len({i for _, i in hits}):
        hits = [(h, i) for h, i in hits if i not in tallied]
    weak_verbs = {i for h, i in hits if h.trigger.weak and not h.nominal}
    hits = [(h, i) for h, i in hits if not (h.nominal and _names_weak_act(doc[i], weak_verbs))]
    hits = [(h, i) for h, i in hits if not _bare_wish(doc[i], h)]
    # (an act told as not done for want of goods, "though no aircraft has arrived", hides no weaker act
    # beside it; one told with "not", "the reason for not providing them earlier", still does)
    strong = [
        doc[i]
        for h, i in hits
        if not h.trigger.weak and not (h.negated and not any(c.dep_ == "neg" for c in doc[i].children))
    ]
    if strong:
        hits = [
            (h, i)
            for h, i in hits
            if not h.trigger.weak
            or _own_clause(doc[i])
            or _flown_somewhere(doc[i])
            or _counted_order(doc[i])
            or _main_beside_modifiers(doc[i], strong)
            or _main_beside_clauses(doc[i], strong)
            or leg_before(doc[i]) in strong  # ("... and then forwarded to Russia": the goods' next leg)
            or _moved_once_bought(doc[i], strong)
            or _fate_told(doc[i])
            or _fate_said(doc[i], strong)
        ]
    return hits


# verbs of buying whose goods a weak verb joined to them then moves on
_BUYING = {"buy", "purchase", "procure", "acquire", "obtain", "source"}


def _moved_once_bought(verb: Any, strong: list[Any]) -> bool:
    """ "the engines were bought in China and moved to Russia through front companies": a weak verb of
    moving joined with no subject or goods of its own to a verb of buying tells where the bought goods
    went, their way and their end; it is kept beside the buying."""
    return (
        verb.dep_ == "conj"
        and verb.head in strong
        and verb.head.lemma_.lower() in _BUYING
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and not any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in verb.children)
    )


# what a wish with no goods of its own wants: "wants more", "needs others"
_MORE_ALONE = {"more", "others", "another", "some"}


def _bare_wish(verb: Any, hit: TriggerHit) -> bool:
    """ "Moscow wants more.", "Kyiv needs more, officials say": a weak verb of wanting with only "more"
    for its object names no goods and asks nobody; it sums up the act told beside it (often a request
    the next sentence tells), and is no request of its own. ("Moscow wants more Shahed drones from
    Iran" names its goods and is kept.)"""
    if hit.nominal or not hit.trigger.weak or hit.trigger.direction != "request":
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
    return len(objs) == 1 and objs[0].lower_ in _MORE_ALONE and not any(True for _ in objs[0].children)


def _names_weak_act(noun: Any, weak_verbs: set[int]) -> bool:
    """ "Two Egyptian aircraft carrying arms landed in Mogadishu on Tuesday, in the first such
    delivery", "a convoy arrived in Bamako as part of a new shipment": an act noun in an "in" or "as"
    phrase on a weak verb names the act the verb tells; it is no stronger act hiding the verb. (One
    with goods or ends of its own, "in the first delivery of arms from Cairo", tells them itself.)"""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "as"):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("of", "from", "to") for c in noun.children):
        return False
    on = prep.head
    if on.lower_ == "part" and on.dep_ == "pobj":
        on = on.head.head  # "as part of a shipment"
    if on.lemma_.lower() in SPEECH:  # ("landed on Tuesday, officials said, in the first such delivery")
        return any(c.dep_ == "ccomp" and c.i in weak_verbs for c in on.children)
    return on.i in weak_verbs


# lots told as acts of their own only by their place in a series ("A second batch included ...")
_SERIES_LOTS = {"batch", "tranche"}
_SERIES_PLACES = {"second", "third", "fourth", "fifth", "next", "new", "latest", "further", "another",
                  "subsequent", "additional", "final", "last"}  # fmt: skip


def _later_lot_subject(tok: Any) -> bool:
    """ "A second batch included 40 more vehicles", "a further tranche of ten tanks arrived": a lot
    told by its place in a series, as the subject of its clause, is a delivery of its own; a lot
    another verb takes ("delivered the first batch", "traced one batch to Hong Kong") is that verb's."""
    return tok.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ in _SERIES_PLACES for c in tok.children)


def _fate_said(verb: Any, strong: list[Any]) -> bool:
    """ "The Netherlands has committed 24 F-16s and says most of them will be transferred by the end of
    the year": a weak verb with its goods whose stronger triggers are only what the same subject goes on
    to say of those goods (a pronoun takes them up) tells the act; the saying adds its fate."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return all(
        s.dep_ == "ccomp"
        and s.head.lemma_.lower() in SPEECH
        and s.head.dep_ == "conj"
        and s.head.head.i == verb.i
        and not any(c.dep_ == "nsubj" for c in s.head.children)
        and any(t.tag_ == "PRP" for c in s.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree)
        for s in strong
    )


def _fate_told(verb: Any) -> bool:
    """ "Poland has ordered 180 more K2 tanks from South Korea, to be delivered from 2026": a passive
    infinitive after the goods of a purchase tells their fate (when they come), not an act of its own
    that takes the purchase's place; the purchase keeps its act. (The infinitive is set off by a comma:
    "ordered its army to be supplied with drones" is a command.)"""
    return any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "xcomp"
        and c.tag_ == "VBN"
        and c.left_edge.i > 0
        and c.doc[c.left_edge.i - 1].text == ","
        and any(g.dep_ == "auxpass" for g in c.children)
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children
    )


def _lot_crossing(tok: Any) -> bool:
    """ "The first batch crossed into Russia by rail", "trains carrying shells crossed into Russia": a lot
    of goods, or a carrier with its load, crossing a border is delivered (goods or troops crossing alone
    may be an invasion)."""
    return any(
        c.dep_ == "nsubj"
        and (c.lemma_.lower() in LOTS or (c.lower_ in CARRIERS and _laden(c, ("acl", "relcl", "amod"))))
        for c in tok.children
    )


# nouns counting what a party holds so far: "the number of jets it has received", "the total it has bought"
_TOTAL_WORDS = {"number", "total", "tally", "count"}


def _running_total(tok: Any) -> bool:
    """ "..., bringing to four the number of jets it has received": a relative clause on a tally (or on
    the goods the tally counts) tells what has come so far, not an act of its own."""
    if tok.dep_ != "relcl":
        return False
    noun = tok.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head  # "the number of jets it has received"
    # (not "a number of drones that Turkey delivered": a vague count of the goods an act moves)
    return noun.lemma_.lower() in _TOTAL_WORDS and not any(c.lower_ in ("a", "an") for c in noun.children)


# craft that carry goods (not the load itself: "a cargo of bombs was unloaded" tells the goods)
_CRAFT = {"plane", "planes", "aircraft", "airliner", "ship", "ships", "vessel", "vessels", "freighter", "freighters",
          "dhow", "boat", "boats", "truck", "trucks", "lorry", "lorries", "train", "trains", "jet", "jets"}  # fmt: skip
# what a maker adds to make more: "a production line", "capacity", "a third shift"
_WORKS = {"line", "lines", "plant", "plants", "factory", "factories", "facility", "facilities", "capacity",
          "shift", "shifts", "workshop", "workshops"}  # fmt: skip


def _adds_works(tok: Any) -> bool:
    """ "Hanwha will add a second production line for K9 howitzers", "added capacity for 155mm
    shells": what is added is the means of making goods, not goods for a buyer ("added 18 howitzers
    to its order" still buys them)."""
    return any(c.dep_ == "dobj" and c.lower_ in _WORKS for c in tok.children)


# verbs of paying for goods another party gets, and the nouns of making that they may fund instead
_FUNDING = {"finance", "fund"}
_MAKING = {"production", "manufacture", "manufacturing", "development", "research", "making", "construction",
           "plant", "factory", "factories", "programme", "program", "industry", "output", "assembly"}  # fmt: skip


# what a funded scheme is called, or a pronoun standing for the scheme told before ("It is financed by")
_SCHEMES = {"scheme", "initiative", "mechanism", "effort", "coalition", "fund", "facility", "it", "this"}


def _funds_making(tok: Any, hit: TriggerHit, acts: set[int]) -> bool:
    """ "Berlin would finance the production of long-range drones by Ukrainian manufacturers": money
    for making goods, or for a plant, moves no goods (unlike "will finance two NASAMS units for Kyiv");
    money for an act the object names ("will fund the purchase of howitzers from France for Ukraine")
    leaves the parties to that act. So does money for a scheme ("The initiative is financed by Denmark
    and Canada", "It is funded by a dozen states"): the funders are no suppliers of what it buys."""
    if hit.nominal or hit.trigger.lemma not in _FUNDING:
        return False
    return any(
        (c.dep_ == "dobj" and (c.lemma_.lower() in _MAKING or c.i in acts))
        or (c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _SCHEMES | _MAKING)
        for c in tok.children
    )


# what a lot still to come is said to be: "eight more are expected in 2025", "another 12 are due"
_DUE = {"due", "expected", "scheduled", "slated"}
# the subjects that name a lot by its count or rank alone
_LOT_WORDS = {"more", "rest", "remainder", "remaining", "others", "balance"}


# words ranking a lot among the deal's: "the final 28 tanks", "the last 28 of the 108 tanks"
_LOT_RANKS = {"final", "last", "remaining", "next", "second", "third", "fourth", "fifth"}


def _ranked_lot(subj: Any) -> bool:
    """ "The final 28 tanks are due in 2026", "the last 28 of the 108 tanks ordered in 2019 are due",
    "the first tanks are expected in 2026": a lot told by its rank and count, or by the first rank with
    "the" (a count alone, "12 of the tanks", may be any of them)."""
    kids = list(subj.children)
    ranked = any(c.dep_ == "amod" and c.lower_ in _LOT_RANKS for c in kids)
    counted = subj.like_num or any(c.dep_ == "nummod" for c in kids)
    # (the first lot only in a sentence of its own: one telling a deal too leaves its goods to the deal)
    first = any(c.lower_ == "first" for c in kids) and any(c.dep_ == "det" and c.lower_ == "the" for c in kids)
    # "the remaining launchers are expected by the end of the year": what is left of the deal, any count
    # ("the remaining rounds of talks": a noun of its own after "of")
    # ("the remaining aircraft are due in 2026": a noun whose plural is its singular)
    many = subj.tag_ == "NNS" or subj.lower_ in _SAME_PLURAL
    rest = any(c.dep_ == "amod" and c.lower_ in _REST for c in kids) and many
    rest = rest and not any(c.dep_ == "prep" and c.lower_ == "of" for c in kids)
    return (ranked and counted) or rest or (first and subj.tag_ == "NNS" and subj.head.dep_ == "ROOT")


# words for what is left of a deal: "the remaining jets", "the outstanding launchers"
# goods nouns whose plural is the singular ("the remaining aircraft")
_SAME_PLURAL = {"aircraft", "equipment", "materiel", "hardware", "ammunition", "munitions"}
_REST = {"remaining", "outstanding"}


def _due_lots(words: list[Any], lexicon: Lexicon) -> list[tuple[TriggerHit, int]]:
    """ "Another 12 are due by year-end", "eight more are expected in 2025": a lot told by its count
    alone, said to be due, is a delivery still to come (its goods and parties are the ones told before)."""
    arrive = next((t for t in lexicon.triggers.get("arrive", []) if not t.noun), None)
    out: list[tuple[TriggerHit, int]] = []
    for tok in words:
        if arrive is None or tok.lower_ not in _DUE:
            continue
        if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in tok.children):
            continue  # "are expected to arrive": the verb after tells the act; "due to the war": a cause
        holder = tok.head if tok.dep_ == "acomp" else tok
        subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and tok.dep_ in ("amod", "acl") and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "with":
            # "..., with 18 more due next year", "with the remaining eight expected in 2023": the parse
            # hangs "due" on the count
            subj = tok.head
        if subj is None or not (subj.like_num or subj.lower_ in _LOT_WORDS or _ranked_lot(subj)):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children) and not _ranked_lot(subj):
            continue  # "12 of the tanks are due": goods of their own, left to the noun
        trig = dataclasses.replace(arrive, status="planned")
        out.append((TriggerHit(tok.idx, tok.idx + len(tok.text), trig, status="planned"), tok.i))
    return out


# verbs of goods being seen somewhere: "were spotted at an Iranian airbase", "images showed drones at"
_SEEING = {"spot", "see", "sight", "photograph", "film", "observe", "show", "picture", "identify"}


def _sightings(words: list[Any], lexicon: Lexicon) -> list[tuple[TriggerHit, int]]:
    """ "Russian Su-35 jets were spotted at an Iranian airbase", "satellite images showed Chinese drones at
    a Serbian airbase": goods seen at a base a state owns (named on the base) have come to that state
    (`facility_owners` gives it the goods; the goods' make names who sent them)."""
    arrive = next((t for t in lexicon.triggers.get("arrive", []) if not t.noun), None)
    out: list[tuple[TriggerHit, int]] = []
    for tok in words:
        if arrive is None or tok.pos_ != "VERB" or tok.lemma_.lower() not in _SEEING:
            continue
        places = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "in")]
        places += [
            p
            for c in tok.children
            if c.dep_ == "dobj"
            for p in c.children
            if p.dep_ == "prep" and p.lower_ in ("at", "in")
        ]
        if any(_owned_base(g) for p in places for g in p.children if g.dep_ == "pobj"):
            out.append((TriggerHit(tok.idx, tok.idx + len(tok.text), arrive), tok.i))
    return out


# the lemmas `trigger_hits` sets aside for `_due_lots` and `_sightings`
_DUE_OR_SEEN = {"due", "expect", "schedule", "slate"} | _SEEING


def _owned_base(noun: Any) -> bool:
    """ "an Iranian airbase", "Russia's Hmeimim base": a base with its owner named on it ("Hmeimim
    airbase" names only the base)."""
    return noun.lemma_.lower() in FACILITIES and any(
        (c.dep_ == "amod" and c.pos_ == "ADJ") or (c.dep_ == "poss" and c.pos_ == "PROPN") for c in noun.children
    )


def _use_of_goods_told(tok: Any, triggers: set[int]) -> bool:
    """ "operate Marder vehicles sent by Germany", "fired Iranian-supplied missiles": a verb of use
    whose goods carry a trigger of their own; that trigger tells how the user got them."""
    if tok.lemma_.lower() not in USING:
        return False
    goods = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    goods += [g for c in goods for g in c.conjuncts]
    return any(m.i in triggers and m.dep_ in ("acl", "relcl", "amod") for g in goods for m in g.children)


def _main_beside_modifiers(tok: Any, strong: list[Any]) -> bool:
    """ "The last of the tanks pledged by Canada reached Ukraine": a weak main verb whose stronger
    triggers only qualify its own goods (a reduced or full relative) tells the act of the sentence."""
    if tok.pos_ != "VERB" or tok.dep_ != "ROOT" or tok.lemma_.lower() in USING or _flying_in_service(tok):
        return False  # ("fired Iranian-supplied missiles": the supplier's act is the participle's)
    return all((s.dep_ in ("acl", "relcl", "amod") and tok in s.ancestors) or in_as_clause(s, tok) for s in strong)


def _main_beside_clauses(tok: Any, strong: list[Any]) -> bool:
    """ "A second system followed in 2023, and Berlin has promised four more": a weak main verb with its
    own subject, whose stronger triggers are coordinated clauses with subjects of their own, tells its
    own act."""
    if tok.dep_ != "ROOT" or not _own_subject(tok):
        return False
    kids = {c.dep_ for c in tok.children}
    if "dobj" not in kids and tok.lemma_.lower() != "follow":
        return False
    # ("Lithuania handed Ukraine more guns and promised armoured carriers next year": goods handed to a
    # party named, beside an act on goods of its own the same subject goes on to)
    handed = (
        "dative" in kids
        or any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
        or sum(c.dep_ == "dobj" for c in tok.children) > 1  # (a headline's "hands Ukraine guns")
    )
    return all(
        s.dep_ == "conj"
        and s.head.i == tok.i
        and (_own_subject(s) or (handed and any(c.dep_ == "dobj" for c in s.children)))
        for s in strong
    )


def _own_subject(tok: Any) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _bare_docking(tok: Any, hit: TriggerHit, lexicon: Lexicon) -> bool:
    """ "A frigate docked in Tartus": a vessel that docks delivers nothing; only one carrying goods does
    ("a freighter carrying shells docked at Rason", "a ship laden with rifles docked")."""
    if hit.nominal or tok.lemma_.lower() not in _LANDING:
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    voyage = setting_out(tok)
    if subj is None and voyage is not None:
        # "a cargo ship sailed from Rajin with containers of munitions and docked at Vostochny": the
        # voyage's first verb tells the carrier and its load
        subj = next((c for c in voyage.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        laden = _laden(subj, ("acl", "relcl", "amod")) if subj is not None else False
        return not (laden or _laden(voyage, ("advcl", "xcomp")) or _laden(tok, ("advcl", "xcomp")))
    if subj is None:
        return True
    if tok.lemma_.lower() == "land" and _lot_in_series(subj):
        return False  # "the first aircraft landed in Ukraine": the jets handed over fly in themselves
    return not (_laden(subj, ("acl", "relcl", "amod")) or _laden(tok, ("advcl", "xcomp")) or _sent_from(subj, lexicon))


# the places of a lot in a series of deliveries: "the first jets", "the last of the aircraft"
_LANDING_LOTS = {"first", "second", "third", "fourth", "last", "final", "latest", "next"}


def _lot_in_series(subj: Any) -> bool:
    """Whether a subject that lands is a lot told by its place in a series of deliveries ("the first
    six F-16s", "the first of the jets"): aircraft delivered by flying in, no carrier's stop (unlike "a
    cargo plane landed in Niamey")."""
    if subj.lower_ in _LANDING_LOTS:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children)
    return any(c.dep_ == "amod" and c.lower_ in _LANDING_LOTS for c in subj.children)


def _sent_from(subj: Any, lexicon: Lexicon) -> bool:
    """Whether the goods that land are told with where they come from: "jets from France landed in
    Ukraine", "French-supplied jets landed" are a delivery like "arrived", while "Russian bombers
    landed in Venezuela" (a state's own aircraft, no origin told) hands nothing over. Goods counted
    by a lot ("dozens of armoured vehicles from Turkey docked") are the goods of its "of"."""
    goods = [subj, *(o for p in subj.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj")]
    words = item_words(lexicon)[0]
    return any(g.lower_ in words and any(_origin_told(c, lexicon) for c in g.children) for g in goods)


def _origin_told(mod: Any, lexicon: Lexicon) -> bool:
    """Whether `mod`, on goods, tells who they come from: "from France", "French-supplied",
    "donated by Norway" (a participle of giving)."""
    if mod.dep_ == "prep":
        return bool(mod.lower_ == "from")
    if mod.dep_ not in ("amod", "acl") or mod.tag_ != "VBN":
        return False
    return any(t.direction == "give" and not t.noun for t in lexicon.triggers.get(str(mod.lemma_).lower(), []))


# verbs of a carrier coming to rest: "a freighter docked", "a cargo plane landed", "an Il-76 touched down"
_LANDING = {"dock", "land", "touch"}


def _laden(tok: Any, clause_deps: tuple[str, ...]) -> bool:
    """Whether `tok` (a carrier, or the verb of its landing) holds goods: "a freighter carrying shells",
    "landed in Niamey carrying radars", "touched down with drone parts"."""
    return any(
        (c.dep_ in clause_deps and c.lemma_.lower() in CARRY) or (c.dep_ == "prep" and c.lower_ == "with")
        for c in tok.children
    )


def _load_preps(load: Any) -> list[Any]:
    """The prepositions on a carried load, and on the goods a lot noun's "of" names ("carried a batch
    of drone airframes from Iran to Makhachkala": the parse hangs the legs on the airframes)."""
    preps = [g for g in load.children if g.dep_ == "prep"]
    goods = [o for p in preps if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return preps + [g for o in goods for g in o.children if g.dep_ == "prep"]


# nouns of an act an order commands: "ordered the release of the bombs", "ordered the shipment of";
# and the participles telling what is to be done with goods ordered so ("ordered the bombs released")
_COMMANDED_ACTS = {"release", "shipment", "transfer", "dispatch", "deployment", "return", "withdrawal"}
_COMMANDED_DEEDS = {"release", "unfreeze", "send", "ship", "return", "expedite", "withdraw"}


# nouns of a rise that a leader orders in the making of goods: "ordered a sharp increase in the production
# of shells", "ordered a boost to missile output"
_GROWTH = {"increase", "expansion", "boost", "rise", "surge", "acceleration", "ramp-up", "hike", "doubling"}


def _more_making(obj: Any) -> bool:
    """ "ordered a sharp increase in the production of artillery shells": what is ordered is more making
    of goods at home, no purchase of them (unlike "ordered an increase in the number of jets it buys")."""
    if obj.lemma_.lower() not in _GROWTH:
        return False
    return any(
        p.dep_ == "prep" and p.lower_ in ("in", "of", "to") and any(g.lemma_.lower() in _MAKING for g in p.children)
        for p in obj.children
    )


def _commanded(verb: Any) -> bool:
    """Whether "order" commands an act rather than buys goods: its object told with a participle of what
    is to be done with it ("ordered the bombs released", "ordered the jets sent back") or an act noun
    ("ordered the release of 1,800 bombs"); not goods told with their make ("ordered jets made in
    France")."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in _COMMANDED_ACTS or _more_making(obj):
            return True
        if any(c.dep_ in ("acl", "oprd") and c.lemma_.lower() in _COMMANDED_DEEDS for c in obj.children):
            return True
    # ("ordered them released": the parse makes the small clause the verb's complement)
    if any(c.dep_ in ("ccomp", "xcomp", "oprd") and c.lemma_.lower() in _COMMANDED_DEEDS for c in verb.children):
        return True
    return _ordered_to_do(verb)


# whom an order to do something goes to: "ordered officials to speed up output"
_ORDERED_DOERS = {"official", "officer", "army", "military", "force", "troop", "ministry", "industry", "factory",
                  "plant", "worker", "commander", "unit", "government", "cabinet", "agency", "staff"}  # fmt: skip


def _ordered_to_do(verb: Any) -> bool:
    """ "Kim ordered to increase production of shells", "ordered officials to speed up output": "order"
    with an infinitive of its own, told to no goods or to a doer, commands a deed. (Goods ordered for
    a purpose, "ordered 48 howitzers to replace its old guns", are still bought.)"""
    if not any(
        c.dep_ == "xcomp" and c.tag_ == "VB" and any(g.lower_ == "to" for g in c.children) for c in verb.children
    ):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return all(
        o.pos_ == "PRON" or o.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or o.lemma_.lower() in _ORDERED_DOERS
        for o in objs
    )


def _on_is_no_particle(entry: Any, verb: Any) -> bool:
    """Whether an onward entry wants the particle "on" ("sent them on to Kyiv": sent onward) that the
    verb has only as a preposition of time or place ("sent them to Kyiv on Monday"). ("Passed on" is
    onward with either reading, and "relied on Israel" is no onward act.)"""
    if entry.particle != "on" or not entry.onward or entry.lemma == "pass":
        return False
    return not any(c.lower_ == "on" and c.dep_ == "prt" for c in verb.children)


# nouns of a "for" phrase that is an aside of the writer's, not the verb's particle: "Qatar, for its
# part, signed a contract to buy", "for example", "for the first time", "for now"
_ASIDE_NOUNS = {"part", "example", "instance", "now", "time", "years", "decades", "months", "once", "sure"}


def _aside(prep: Any) -> bool:
    """Whether `prep` is an aside ("for its part", "for example") that leaves the verb without its particle."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(g.dep_ in ("pobj", "advmod") and g.lemma_.lower() in _ASIDE_NOUNS for g in prep.children)
    )


def _promised_goods(tok: Any, hit: TriggerHit, verbs: set[int]) -> bool:
    """Whether `tok` is a participle of a pledge ("promised", "pledged") on goods that are the subject
    or object of another trigger verb."""
    if hit.trigger.status != "planned" or tok.dep_ != "amod":
        return False
    goods = tok.head
    while goods.dep_ == "pobj" and goods.head.dep_ == "prep" and goods.head.lower_ == "of":
        goods = goods.head.head  # "the last of its 24 promised jets"
    return goods.dep_ in ("nsubj", "nsubjpass", "dobj") and goods.head.i in verbs and goods.head.i != tok.i


_DEAL_NOUNS = {"contract", "agreement", "memorandum", "order", "accord"}  # "deal" is an act noun of its own
# what a letter a buyer signs binds it to: "a letter of offer and acceptance", "a letter of intent"
_LETTER_TERMS = {"offer", "intent"}


def _letter_of_a_deal(noun: Any) -> bool:
    """ "Doha signed the letter of offer and acceptance for the aircraft", "signed a letter of intent
    for 100 jets": a letter of sale or of intent signed is a deal, its "for" naming the goods (not a
    letter of protest, nor "signed a letter calling for more aid")."""
    return noun.lemma_.lower() == "letter" and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.lemma_.lower() in _LETTER_TERMS for o in p.children)
        for p in noun.children
    )


def _raised_subjects(tok: Any) -> list[Any]:
    """ "no aircraft is known to have arrived": the subject of the verb a trigger completes, which is
    the trigger's own (none for a trigger with a subject of its own)."""
    if tok.dep_ != "xcomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return []
    return [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _deal_for_act(tok: Any, verbs: set[int]) -> bool:
    """ "Indonesia signed a contract on Wednesday to buy 48 KAAN jets, ... said", "an agreement to
    supply 12 helicopters": a deal noun whose infinitive of purpose is a trigger verb is that act's
    deal, not an act of its own beside it."""
    if tok.lemma_.lower() not in _DEAL_NOUNS | {"deal"}:
        return False
    purposes = [c for c in tok.children if c.dep_ in ("acl", "relcl")]
    if tok.dep_ == "dobj":  # (the parse hangs "to buy" on "signed" once a date stands between)
        purposes += [c for c in tok.head.children if c.dep_ in ("advcl", "xcomp") and c.i > tok.i]
    return any(
        p.i in verbs and p.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in p.children)
        for p in purposes
    )


_QUESTION_MARKS = {"whether", "if"}


def _open_question(tok: Any) -> bool:
    """ "it remains unclear if they would send the jets", "to determine whether the shells are
    received", "if Washington sends the missiles", "should Iran send them": a deed in an open question
    or a condition is not told as happening. A deliberation ("whether to send"), with no subject, is
    left to the cues."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if _unclear_way(tok) or _open_amount(tok):
        return True
    t = tok
    for _ in range(4):  # "if they would agree to send": the clause the verb belongs to
        if any(c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS for c in t.children):
            return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)
        if _inverted_condition(t):
            return True
        if _content_of_object(t):
            t = t.head.head  # "whether they had evidence that Iran sent missiles": the question's verb
            continue
        if t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            return False
        t = t.head
    return False


# modals of a deed that may or may not come
_POSSIBLE = {"may", "might", "could"}


def _open_amount(verb: Any) -> bool:
    """ "how many tanks Kyiv may yet receive", "how much ammunition Seoul could send": the amount of a
    deed that may come is an open question, no act told (that of a deed done, "how many drones it
    sent", still tells it)."""
    if not any(c.dep_ == "aux" and c.lower_ in _POSSIBLE for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubj", "nsubjpass", "npadvmod", "advmod") and c.i < verb.i:
            opening = [w.lower_ for w in c.subtree][:2]
            if opening in (["how", "many"], ["how", "much"]):
                return True
    return False


def _inverted_condition(verb: Any) -> bool:
    """ "Should the missiles be delivered, Russia would gain ...", "Should Iran send them, Europe
    would respond": a clause opened by "should" before its subject is a condition, like "if"."""
    if verb.dep_ != "advcl":
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(
        c.dep_ == "aux" and c.lower_ == "should" and c.i < subject.i for c in verb.children
    )


# nouns whose "that" clause is what they hold to be so: "evidence that Iran sent missiles"
_PROOF_NOUNS = {"evidence", "proof", "sign", "indication", "confirmation", "information", "intelligence"}


def _content_of_object(tok: Any) -> bool:
    """Whether the verb `tok` is the "that" clause of a proof noun its verb takes as object ("had
    evidence that Iran had sent missiles"): asked about, the noun leaves the act as open as its verb."""
    return (
        tok.dep_ == "acl"
        and tok.head.dep_ == "dobj"
        and tok.head.lemma_.lower() in _PROOF_NOUNS
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
    )


# who puts a question to a speaker: "Fidan, asked by reporters about the S-400s, said"
_QUESTIONERS = {"reporter", "journalist", "correspondent", "interviewer", "lawmaker", "legislator", "press"}


def _reporters_question(tok: Any) -> bool:
    """ "Asked about fighter jets, the minister said ...", "When asked whether Berlin would send
    them", "Fidan, asked by reporters about the S-400s, said": a question put to the speaker, told
    by a bare participle opening the sentence or set after the speaker's name, asks for no goods."""
    if tok.lemma_.lower() != "ask" or tok.tag_ != "VBN":
        return False
    if tok.dep_ == "acl":  # after a name: the questioners are the agent ("the goods asked for by Kyiv" stay asked)
        return tok.head.pos_ == "PROPN" and any(
            c.dep_ == "agent" and any(g.lemma_.lower() in _QUESTIONERS for g in c.children) for c in tok.children
        )
    if tok.dep_ not in ("advcl", "ccomp", "csubj"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)


# words saying what is not known: "how they got there is unclear", "it is not known when they arrived"
_UNKNOWN = {"unclear", "unknown", "uncertain", "clear", "known"}
# verbs of finding out, which, negated, leave the way goods came unknown ("has not established how")
_FINDING_OUT = {"establish", "determine", "ascertain", "know", "explain", "identify"}


def _unclear_way(tok: Any) -> bool:
    """ "the group fields Serbian rounds, although how they reached Sudan is unclear": how, when or where
    goods came, told as not known, tells no act of its own (the goods' holding is told elsewhere)."""
    if not any(c.dep_ == "advmod" and c.lower_ in ("how", "when", "where") and c.i < tok.i for c in tok.children):
        return False
    if tok.dep_ not in ("csubj", "ccomp"):
        return False
    head = tok.head
    if head.lower_ in _UNKNOWN:
        return True  # "it remains unclear how the missiles reached the Houthis": the clause on the word
    if head.lemma_.lower() in ("be", "remain"):
        return any(c.dep_ == "acomp" and c.lower_ in _UNKNOWN for c in head.children)
    # "CAR has not yet established how the drone reached Sudan": a finding not made
    return head.lemma_.lower() in _FINDING_OUT and any(c.dep_ == "neg" for c in head.children)


# words of needing goods: "dependent on imported chips", "Russia's reliance on foreign-supplied parts"
_DEPENDENCE = {"dependent", "reliant", "dependence", "dependency", "reliance"}


def _follows_with(verb: Any) -> bool:
    """ "Italy followed with a SAMP/T battery": "with" after the verb, on it, names the goods."""
    return not _penalty_following(verb) and any(
        c.dep_ == "prep" and c.lower_ == "with" and c.i > verb.i for c in verb.children
    )


def _penalty_following(verb: Any) -> bool:
    """ "the EU followed with its own measures", "Tokyo followed with sanctions": what a party follows
    others with is a penalty, a step or a word, no goods."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _NO_GOODS_FOLLOWING for g in c.children)
        for c in verb.children
    )


# what a party follows others with that is no goods: a penalty, a step, a word
_NO_GOODS_FOLLOWING = {"measure", "sanction", "restriction", "penalty", "curb", "ban", "embargo", "step",
                       "action", "statement", "announcement", "declaration", "condemnation", "criticism",
                       "protest", "warning", "tariff", "designation", "listing", "decision", "move"}  # fmt: skip


def _on_the_way(noun: Any) -> bool:
    """ "on its way to", "on their way to", "en route to": the noun of goods going somewhere, told on the
    goods ("drones en route to Russia") or on their seizure ("seized rifles on their way to Yemen"); not
    on a carrier ("dhows intercepted en route to Yemen": the goods aboard are told elsewhere) nor on a
    verb of being ("a second lot is on its way to Mali": a lot of the story's act)."""
    if noun.i == 0 or noun.dep_ != "pobj":
        return False
    if noun.lower_ == "route":
        if noun.head.lower_ != "en":
            return False
    elif noun.head.lower_ != "on" or not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
        return False
    on = noun.head.head
    if on.pos_ in ("NOUN", "PROPN"):
        return on.lemma_.lower() not in CARRIERS and on.lower_ not in CARRIERS
    if on.lemma_.lower() == "be" and on.dep_ == "relcl" and on.head.dep_ in ("dobj", "nsubjpass"):
        on = on.head.head  # "seized a consignment of engines that was on its way to Russia": the seizure's goods
    if on.lemma_.lower() not in SEIZE_VERBS:
        return False
    held = [c for c in on.children if c.dep_ in ("dobj", "nsubjpass")]
    return any((c.lemma_.lower() not in CARRIERS and c.lower_ not in CARRIERS) or _lot_of_goods(c) for c in held)


# lots of goods that are also told as carried: "a consignment of drone engines on its way to Russia"
_LOTS_CARRIED = {"consignment", "shipment", "shipments", "consignments", "cargo", "batch"}


def _lot_of_goods(noun: Any) -> bool:
    """Whether a carrier-like noun is a lot of goods named after "of": "a consignment of drone engines"."""
    return noun.lower_ in _LOTS_CARRIED and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _contributed_goods(verb: Any) -> bool:
    """Whether "contribute" has goods for its object ("Spain contributed Hawk launchers", "Australia
    contributed 49 more"): not none ("contributed to the war effort") nor a sum ("contributed $40 million",
    "contributed 500 million euros")."""
    for c in verb.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        return c.lemma_.lower() not in _MONEY and not any(w.tag_ == "$" for w in (c, *c.children))
    return False


def _depended_on(tok: Any) -> bool:
    """ "Russia remains dependent on imported electronics", "its reliance on imported chips": goods a
    party is said to need, as a participle on them, tell its dependence, no delivery."""
    if tok.dep_ != "amod" or tok.tag_ not in ("VBN", "JJ"):
        return False
    goods = tok.head
    return goods.dep_ == "pobj" and goods.head.lower_ == "on" and goods.head.head.lower_ in _DEPENDENCE


# the object of "bring" that is a count, not goods: "brought the total to 360", "brings its fleet to 48"
_TALLIES = {"total", "number", "tally", "count", "figure", "fleet", "inventory", "arsenal", "share", "sum"}


def _brought_to_a_figure(tok: Any) -> bool:
    """ "The order brings the total of K2 tanks to 360", "bringing Poland's F-35 fleet to 32": "bring"
    with a tally for its object, or "to" a number, counts goods a party has; it carries none."""
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _TALLIES for c in tok.children):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.like_num for g in c.children)
        for c in tok.children
    )


def _paid_for_goods(tok: Any, lexicon: Lexicon) -> bool:
    """ "Poland will pay Seoul for 48 K9 howitzers", "paid for two Patriot systems": paying for goods
    (a word for goods, a lot of them, or a named system) buys them; "pay for the repairs of its tanks",
    "pay for the war" buy no goods; "the 24 helicopters have been contracted and paid for": a "for"
    left bare by the passive pays for its subject (the verb's, or that of the verb it is joined to)."""
    table, umbrella = item_words(lexicon)
    fors = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"]
    paid = [g for c in fors for g in c.children if g.dep_ == "pobj"]
    if fors and not paid:
        verb = tok.head if tok.dep_ == "conj" else tok
        paid = [c for c in (*tok.children, *verb.children) if c.dep_ == "nsubjpass"]
    paid += [c for g in paid for c in g.conjuncts]
    return any(_names_goods(g, table, umbrella) for g in paid)


def _names_goods(g: Any, table: Any, umbrella: Any) -> bool:
    """Whether the noun `g` names goods: a word for them, a lot of them, or a named system."""
    return (
        g.lower_ in table
        or g.lemma_.lower() in table
        or g.lower_ in umbrella
        or g.lemma_.lower() in LOTS
        or g.pos_ == "PROPN"
        or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in g.children)
    )


# verbs by which a party tells or finds an act, that a "not" or "never" turns into knowing of none
_KNOWING = {"confirm", "acknowledge", "announce", "disclose", "report", "see", "detect", "find", "record",
            "observe", "verify", "document", "show", "reveal"}  # fmt: skip


def _none_known(noun: Any) -> bool:
    """ "Russia has never publicly confirmed any Su-35 sale to Iran", "inspectors have not detected any
    shipment of missiles": an act noun under "any" that a negated telling or finding governs is no act
    told ("has not confirmed the sale" still presumes the sale; "denied any sale" is a denial)."""
    if noun.dep_ not in ("dobj", "nsubjpass") or not any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children):
        return False
    verb = noun.head
    return verb.lemma_.lower() in _KNOWING and any(c.dep_ == "neg" for c in verb.children)


# verbs of urging a party to a deed: "urged Berlin to send", "is pressing Moscow to deliver"
_URGING = {"urge", "press"}


def _urged_deed(verb: Any, lexicon: Lexicon) -> bool:
    """ "Kyiv urged Berlin to send Taurus missiles", "Iran is pressing Moscow to deliver Su-35 jets",
    "pressed its allies for more air defence": a party urged to a deed moving goods, or for goods, is
    asked for them; "urged restraint", "pressed ahead with talks", "urged China not to arm Russia",
    "pressing Spain to reverse its cancellation of a contract" ask for none."""
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and not any(g.dep_ == "neg" for g in c.children):
            deeds = [c, *c.conjuncts]
            return any(g.dep_ == "dobj" for g in verb.children) and any(
                d.lemma_.lower() in lexicon.triggers for d in deeds
            )
        if c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "dobj" for g in verb.children):
            return True
    return False


# verbs that ask a party for goods, and those that end an act
_ASKING = {"ask", "request", "urge", "press", "call"}
_HALTING = {"stop", "cease", "halt", "end", "suspend", "curb", "quit"}


def _asked_to_halt(verb: Any) -> bool:
    """ "The EU asked China to stop supplying drone parts to Russia", "urged Tehran to halt arms
    shipments": the one asked is to end an act, so no goods are asked for (the act ended keeps its own
    parties)."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _HALTING for c in verb.children)


# verbs of a wish that may take the deed wished for as an infinitive: "is seeking to buy", "wants to"
_AIMING = {"seek", "want"}


def _aims_at_another_deed(verb: Any, lexicon: Lexicon) -> bool:
    """ "The kingdom, which relies on US-made Patriot batteries, is seeking to diversify its suppliers",
    "Cairo wants to cut its dependence on Russian arms": the wish is for a deed that moves no goods and
    names none, so no goods told elsewhere in the sentence are asked for ("is seeking to buy", "wants to
    replace its MiGs with F-16s" still ask for goods)."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    deeds = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    deeds += [g for d in deeds for g in d.conjuncts]
    if not deeds or any(d.lemma_.lower() in lexicon.triggers for d in deeds):
        return False
    table, umbrella = item_words(lexicon)
    return not any(_names_goods(g, table, umbrella) for d in deeds for g in d.subtree if g.i != d.i)


def _released_goods(tok: Any, lexicon: Lexicon) -> bool:
    """ "Washington released 100 Patriot interceptors to Kyiv", "the shells were released from
    stocks": stocks let go; "released a statement", "released images of seized rifles" let go no goods."""
    table, umbrella = item_words(lexicon)
    let_go = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(_names_goods(g, table, umbrella) for g in let_go)


# what a source asks about its own name: "a source who asked not to be named", "requested anonymity"
_NAMING = {"name", "identify", "quote", "cite"}


def _anonymity_asked(tok: Any) -> bool:
    """ "according to a security source who asked not to be named", "an official who requested
    anonymity": the source asks to stay unnamed, not for goods."""
    if tok.lemma_.lower() not in ("ask", "request"):
        return False
    return any(
        (c.dep_ == "xcomp" and c.lemma_.lower() in _NAMING and any(g.dep_ == "auxpass" for g in c.children))
        or (c.dep_ == "dobj" and c.lower_ == "anonymity")
        for c in tok.children
    )


def _shipping_trade(tok: Any) -> bool:
    """ "fired at commercial shipping", "attacks on shipping": the trade, no act of shipping goods."""
    if tok.lower_ != "shipping" or any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return False
    return tok.dep_ in ("pobj", "pcomp", "dobj", "nsubj", "nsubjpass", "compound") or any(
        c.dep_ == "amod" for c in tok.children
    )


_MONEY = {"money", "fund", "funds", "cash", "payment", "payments", "proceeds", "revenue", "revenues", "salary",
          "salaries", "dollar", "dollars", "euro", "euros", "ransom", "bribe", "bribes", "yen", "won", "rupee",
          "rupees", "pound", "pounds", "yuan", "budget", "loan", "loans", "credit", "funding",
          "financing"}  # fmt: skip


_PAPER = {"bid", "offer", "proposal", "tender", "invitation", "application", "complaint", "assurance", "approval",
          "permission", "letter", "visit", "briefing", "guarantee", "criticism", "condolence", "congratulation",
          "message", "note", "protest", "warning", "signal", "response", "reply", "question", "inquiry",
          # "Kyiv awaits a decision from Berlin on Taurus missiles": a ruling awaited, no goods yet
          "decision", "answer", "ruling", "verdict",
          # "sent a notification to Congress of a possible sale": the notice of a deal, not its goods
          "notification", "certification", "notice",
          # "without giving a date for the remaining jets", "gave no figure for the drones": a fact told
          "date", "timeline", "timetable", "figure", "figures", "detail", "details", "breakdown", "estimate",
          "reason", "explanation", "comment"}  # fmt: skip
# act nouns a notice may be "of" ("a notification of a possible sale"): the notice still carries no goods
_NOTICED_ACTS = {"sale", "transfer", "export", "delivery", "purchase"}


_AID = {"aid", "assistance", "help", "relief", "support", "supplies"}
_CIVIL = {"humanitarian", "nonlethal", "economic", "financial", "medical", "food", "civilian", "budget",
          "budgetary", "development", "energy", "reconstruction", "macro-financial", "emergency"}  # fmt: skip
_ARMED = {"military", "lethal", "defence", "defense", "security", "weapons", "arms", "ammunition"}


def _civil_aid(obj: Any) -> bool:
    """ "provided only non-lethal aid", "sent humanitarian and economic assistance": aid its own words
    name as civil is no military goods (a coordinated good of another kind keeps the act)."""
    if obj.lemma_.lower() not in _AID:
        return False
    words = [w.lower_ for w in obj.doc[obj.left_edge.i : obj.i]]
    joined = " ".join(words).replace(" - ", "-")
    if "non-lethal" in joined or "non lethal" in joined:
        words = [w for w in words if w != "lethal"] + ["nonlethal"]
    if not set(words) & _CIVIL or set(words) & _ARMED:
        return False
    return not any(c.dep_ == "conj" and not _civil_aid(c) for c in obj.children)


def _not_goods(obj: Any) -> bool:
    """ "received bids", "sent a protest note": a document or a gesture is the object; "an offer of
    tanks" still carries its goods."""
    if obj.lemma_.lower() not in _PAPER and obj.lower_ not in _PAPER:
        return False
    return not any(
        c.dep_ == "prep" and c.lower_ == "of" and not any(g.lemma_.lower() in _NOTICED_ACTS for g in c.children)
        for c in obj.children
    )


def _own_clause(tok: Any) -> bool:
    """ "..., and Kyiv has ordered a dozen more drones", "..., and Denmark announced a package": a weak
    verb (or act noun) with its own subject and object in a clause of its own tells its own act beside a
    stronger trigger."""
    if tok.pos_ == "VERB" and tok.dep_ == "csubj" and any(c.lower_ == "what" for c in tok.children):
        return True  # "What Iran gets in return includes ...": the act the sentence is about
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.dep_ in ("conj", "ccomp"):
        tok = tok.head  # "..., and Denmark announced a package": the clause the act noun is the object of
    if _absolute_follow(tok):
        return True
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "follow":
        # "A second batch followed in 2024, and Ankara has since agreed to supply jets": a lot told by
        # its place in a series that follows is an act of its own, in the first clause too
        lot = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if lot is not None and _lot_in_series(lot):
            return True
    raiser = _hedge_raiser(tok)
    if raiser is not None:  # "..., and the first of these are believed to have reached Armenia"
        objects = any(c.dep_ == "dobj" for c in tok.children)
        return raiser.dep_ in ("conj", "ccomp") and _own_subject(raiser) and objects
    if tok.pos_ != "VERB" or not (tok.dep_ in ("conj", "ccomp") or _contrasted(tok)):
        return False
    kids = {c.dep_ for c in tok.children}
    if {"nsubjpass", "dobj"} <= kids:
        return True  # "..., while Burkina Faso was handed a batch of TB2s by Turkey": the passive's receiver
    # "..., and a second consignment followed in September": a batch that follows needs no object, nor
    # does one told by its place that lands ("..., and the first aircraft landed in Ukraine in February")
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return "dobj" in kids or tok.lemma_.lower() == "follow" or (tok.lemma_.lower() == "land" and _lot_in_series(subj))


# prepositions and particles that send flown goods somewhere: "flew the drones to Russia", "flew them in"
_FLIGHT_LEGS = {"to", "into", "from", "via", "through", "across", "onto", "out"}  # ("out of Abu Dhabi")
_FLIGHT_PARTICLES = {"in", "out", "onward", "onwards", "back", "home"}


def _flight_legs(tok: Any) -> list[Any]:
    """The prepositions sending flown goods somewhere: on the verb, or on its goods where the parse
    hangs them there ("flew the rifles to Chad")."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    return [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _FLIGHT_LEGS]


def _flown_somewhere(tok: Any) -> bool:
    """ "howitzers that the UAE had flown into Chad", "were flown to Chad and then trucked on": goods
    flown to or through a place are carried there, an act of its own beside a stronger trigger."""
    if tok.lemma_.lower() != "fly" or tok.pos_ != "VERB" or tok.dep_ not in ("relcl", "ROOT", "conj"):
        return False
    return any(c.lower_ not in ("from", "out") for c in _flight_legs(tok))


def _flying_in_service(tok: Any) -> bool:
    """ "Kenya flies Turkish-made TB2 drones", "the army began flying Mohajer-6 drones over Omdurman": a
    party flying goods with no leg to another place operates them (the use verb), it carries them nowhere."""
    if tok.lemma_.lower() != "fly" or tok.pos_ != "VERB":
        return False
    if tok.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children):
        return False  # ("drones flown in from Iran": the participle carries them)
    kids = list(tok.children)
    if not any(c.dep_ == "dobj" for c in kids) or any(c.dep_ in ("dative", "nsubjpass", "auxpass") for c in kids):
        return False
    if _flight_legs(tok):
        return False
    return not any(c.dep_ in ("prt", "advmod") and c.lower_ in _FLIGHT_PARTICLES for c in kids)


# passive verbs of hearsay that raise the subject of the act they hedge: "are believed to have reached"
_HEDGE_RAISERS = {"believe", "think", "say", "report", "suspect", "understand", "assess", "estimate", "know"}


def _hedge_raiser(tok: Any) -> Any | None:
    """ "the first of these are believed to have reached Armenia": the passive hearsay verb a weak verb
    completes (it holds the act's subject), or None."""
    head = tok.head
    if tok.dep_ != "xcomp" or head.pos_ != "VERB" or head.lemma_.lower() not in _HEDGE_RAISERS:
        return None
    return head if any(c.dep_ == "auxpass" for c in head.children) else None


def _absolute_follow(tok: Any) -> bool:
    """ "received 38 tanks, with the remaining 70 to follow next year": a lot that is to follow, told in
    a "with" clause on the act, is a delivery of its own still to come."""
    if tok.lemma_.lower() != "follow" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if tok.dep_ == "advcl":  # "with the remaining 70 to follow"
        return any(c.dep_ == "mark" and c.lower_ == "with" for c in tok.children) and any(
            c.dep_ == "nsubj" for c in tok.children
        )
    if tok.dep_ == "pcomp" and tok.head.lower_ == "with":  # "with the rest to follow in 2016"
        return any(c.dep_ == "nsubj" and (c.like_num or c.lower_ in _LOT_WORDS) for c in tok.children)
    lot = tok.head  # "with two more to follow": the parse hangs the verb on the count
    return (
        tok.dep_ in ("relcl", "acl")
        and lot.dep_ == "pobj"
        and lot.head.lower_ == "with"
        and (lot.like_num or lot.lower_ in _LOT_WORDS)
    )


# words between coordinated subjects and their verb that the tagger takes for the goods' determiner
_DISTRIBUTIVE = {"each", "both", "all", "jointly", "together"}


def _distributed_verb(tok: Any) -> bool:
    """ "France and Germany each supplied air-defence systems": after a distributive word the parse
    reads the verb as a participle on the goods (the subjects hang on the goods); it is the active verb."""
    if tok.dep_ != "amod" or tok.tag_ not in ("VBN", "VBD") or tok.i < 2:
        return False
    word, before = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    return word.lower_ in _DISTRIBUTIVE and before.pos_ in ("PROPN", "NOUN") and before.dep_ in ("nsubj", "conj")


# the marks of a clause set beside the main one: "..., while the RSF got rifles from the UAE"
_CONTRAST_MARKS = {"while", "whereas", "whilst"}


def _contrasted(tok: Any) -> bool:
    """ "Sudan's army received drones from Iran, while the RSF got rifles from the UAE": a clause set
    beside the main one by "while" tells an act of its own."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in tok.children)


def _delivery_taken_of(tok: Any, verbs: set[int]) -> bool:
    """ "took delivery of a second shipment of rockets from India": a batch noun told as what a
    verb took delivery (or receipt) of is that verb's goods, not an act of its own."""
    of = tok.head
    noun = of.head
    return (
        tok.dep_ == "pobj"
        and of.lower_ == "of"
        and noun.lemma_.lower() in ("delivery", "receipt", "possession")
        and noun.dep_ == "dobj"
        and noun.head.i in verbs
    )


def _buyer_of_a_make(noun: Any) -> bool:
    """Whether a receiver noun set beside a name says whose goods it buys: "Armenia, a long-time
    buyer of Russian arms", "India, a big customer of Russia's arms" (not "India, the largest
    importer of arms", which names no seller)."""
    if noun.dep_ != "appos":
        return False
    goods = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    return any(c.dep_ == "poss" or (c.dep_ == "amod" and c.ent_type_ == "NORP") for g in goods for c in g.children)


def _lot_arriving(tok: Any, hit: TriggerHit, arrivals: set[int]) -> bool:
    """ "A second consignment of four drones arrived in February": a lot noun whose arrival a verb
    tells is that verb's subject, its goods the verb's; the noun is no act of its own (left as one, it
    would take the goods and, with no party, be dropped with them)."""
    return tok.dep_ == "nsubj" and tok.head.i in arrivals and hit.trigger.lemma in LOTS


# verbs of hastening an act: "speed up delivery", "accelerate the transfer"
_HASTEN = {"speed", "accelerate", "expedite", "hasten", "fast-track"}


def _hastened_for(tok: Any, verbs: set[int]) -> bool:
    """ "Egypt asked Washington to speed up delivery of 12 F-16s": a delivery another act asks (or
    urges) to hasten is that act's goods, not an act of its own."""
    verb = tok.head
    return tok.dep_ == "dobj" and verb.lemma_.lower() in _HASTEN and verb.dep_ == "xcomp" and verb.head.i in verbs


_BATCHES = {"tranche", "batch", "lot", "round", "consignment", "shipment", "instalment", "installment"}


# light verbs whose object is the deal itself ("placed an order", "signed a contract")
_PLACING = {"place", "sign", "conclude", "finalize", "finalise", "ink", "award"}


def _counted_order(tok: Any) -> bool:
    """ "part of an order for 108 tanks placed in 2019": a deal noun with its own counted goods beside a
    stronger verb tells a deal of its own (the whole order, beside the part received); so does the verb
    with its goods ("Nigeria has ordered six T129 helicopters and received the first two")."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "order":
        # (not "ordered the army to send": a command, the verb below tells the act; nor "overcome by
        # ordering a batch from the manufacturer": a gerund telling how, not a deal told)
        return (
            tok.tag_ != "VBG"
            and (any(c.dep_ == "dobj" for c in tok.children) or _whole_ordered(tok))
            and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)
        )
    if tok.pos_ == "NOUN" and deal_of_act(tok) and told_deal(tok):
        return True  # "part of an order Yerevan placed in 2022", "under a deal signed in 2022"
    # ("part of a $2 billion deal for 50 jets": a deal a lot is part of is as much the whole deal)
    whole_deal = tok.lemma_.lower() == "deal" and whole_of_a_part(tok)
    if tok.pos_ != "NOUN" or (tok.lemma_.lower() not in _DEAL_NOUNS | {"financing", "funding"} and not whole_deal):
        return False
    if any(_counted_whole(c) for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in DEAL_TOTALLING):
        return True  # "part of a larger order totalling hundreds of drones"
    # ("an order placed in 2019 for 108 of the tanks": the "for" on the participle placing it)
    placed = [g for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" for g in c.children]
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _PLACING:
        # ("placed an order with France for 42 jets": the parse hangs the deal's "for" on the light verb)
        placed += list(tok.head.children)
    for prep in [*tok.children, *placed]:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.lemma_.lower() in _BATCHES:
                obj = next((g for p in obj.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), obj)
            if any(c.dep_ == "nummod" and c.like_num for c in obj.children):
                return True
            if obj.like_num and any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
                return True  # "an agreement for 36 of the guns"
            if bare_count(obj) and tok.dep_ == "pobj" and tok.head.lower_ == "under":
                return True  # "received two more under a 2018 contract for six": the goods told before
    return False


# counts told in words: "hundreds of drones", "thousands of shells", "dozens of launchers"
_VAGUE_COUNTS = {"dozens", "scores", "hundreds", "thousands", "tens"}


def _counted_whole(verb: Any) -> bool:
    """ "totalling hundreds of drones", "covering 50 jets": the participle's object counts goods."""
    return any(
        c.dep_ == "dobj" and (c.lower_ in _VAGUE_COUNTS or any(g.dep_ == "nummod" and g.like_num for g in c.children))
        for c in verb.children
    )


def _whole_ordered(tok: Any) -> bool:
    """ "received the first of 18 FA-50 jets it ordered in 2023", "the first three of 42 Rafales it
    ordered": a bare relative clause telling the order of the whole a delivered part is counted from
    (its goods are the relative's object)."""
    goods = tok.head
    if tok.dep_ != "relcl" or goods.pos_ != "NOUN":
        return False
    if any(
        c.dep_ == "nummod" and any(g.dep_ == "quantmod" and g.lower_ == "of" for g in c.children)
        for c in goods.children
    ):
        return True  # ("the first three of 42 Rafale jets": the parse reads "three of 42" as one count)
    if goods.dep_ != "pobj" or goods.head.lower_ != "of":
        return False
    part = goods.head.head
    return part.pos_ in ("ADJ", "NUM") or part.lemma_.lower() in _LOT_WORDS


def _anti(tok: Any) -> bool:
    """ "anti-ship missiles", "counter-supply": a prefixed word names no act."""
    doc = tok.doc
    if tok.i >= 1 and doc[tok.i - 1].lower_ in ("anti-", "counter-"):
        return True
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("anti", "counter")


def _misread_gerund(tok: Any) -> bool:
    """Whether `tok` is a gerund the tagger took for a noun: read as a compound of the goods after a
    verb of accusing ("charged with smuggling rifles", see `misread_verb`), or with an object of its
    own ("charged with shipping drone parts to Iran")."""
    if tok.tag_ != "NN" or not tok.lower_.endswith("ing"):
        return False
    return misread_verb(tok) or (tok.dep_ == "pcomp" and any(c.dep_ == "dobj" for c in tok.children))


def _gerund_entries(word: str, lexicon: Lexicon) -> list[Any]:
    """The verb triggers of a gerund the parse took for a noun ("smuggling" of "charged with smuggling
    rifles", "shipping" of "accused of shipping shells"): its stem as written, with its "e", or with
    a doubled last consonant undone."""
    stem = word.removesuffix("ing")
    for verb in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        entries = [t for t in lexicon.triggers.get(verb, []) if not t.noun]
        if entries:
            return entries
    return []


def _participle_triggers(word: str, lexicon: Lexicon) -> list[Any]:
    """ "smuggled Iranian weapons", "shipped rifles": a participle the tagger read as an adjective
    (its lemma left as it stands) is the passive of its verb; not a weak verb, not "armed" groups."""
    if not word.endswith("ed") or word in ("armed", "equipped"):
        return []
    for stem in (word[:-1], word[:-2], word[:-3] + "y", word[:-3]):
        found = [t for t in lexicon.triggers.get(stem, []) if not t.noun and not t.weak and not t.particle]
        if found:
            return found
    return []


# "refused to send", "ruled out supplying", "has no plans to buy", "rejected calls to deliver":
# an act turned down is no transfer (a denial of one said to have happened is another matter), nor
# an end called for ("urged Washington to stop arming Taiwan")
_REFUSING = {"refuse", "decline", "reluctant", "unwilling", "hesitate", "balk", "resist", "oppose", "stop", "cease",
             "halt"}  # fmt: skip
# the same turning down told by a noun: "Germany's refusal to export the engine", "Berlin's reluctance to send"
_REFUSAL_NOUNS = {"refusal", "reluctance", "unwillingness", "hesitance", "hesitancy", "hesitation"}


_INTENDING = {
    "consider",
    "plan",
    "intend",
    "want",
    "wish",
    "like",
    "contemplate",
    "mean",
    "aim",
    "envisage",
    "envision",
}
# verbs that bind a party to an act: negated, they leave no deal ("has not offered to sell it to
# Manila", "did not agree to supply the jets"), as a negated intention leaves no plan
_BINDING = {"offer", "agree", "promise", "pledge", "commit", "decide", "propose", "undertake"}


_TURNED_DOWN = {"call", "calls", "request", "requests", "demand", "demands", "appeal", "appeals", "plea", "pleas"}


# a bid to get goods that another party stops: "Britain vetoed Argentine attempts to buy fighters" (a
# seizure that "foiled an attempt to ship rockets" is an interdiction, told as a transfer: not here)
_BIDS = {"attempt", "bid", "effort", "plan", "push", "drive"}
_THWARTING = {"veto", "block", "stymie", "scupper", "derail", "torpedo", "sink", "kill", "obstruct"}

_REJECTING = {"reject", "rebuff", "resist", "refuse", "decline", "ignore", "dismiss"}
# phrasal verbs of turning down: "brushed aside calls to arm Kyiv", "turned down requests to send"
_REJECTING_PHRASAL = {("brush", "aside"), ("turn", "down"), ("wave", "aside"), ("wave", "off"), ("shrug", "off")}


def _rejecting(verb: Any) -> bool:
    """Whether `verb` turns something down, alone ("rejected") or with its particle ("brushed aside")."""
    lemma = verb.lemma_.lower()
    if lemma in _REJECTING:
        return True
    # (the parse may take the particle for an adverb: "brushing aside")
    return any(c.dep_ in ("prt", "advmod") and (lemma, c.lower_) in _REJECTING_PHRASAL for c in verb.children)


# "bans the export of drones to Russia", "a ban on arms sales to", "barred firms from exporting":
# a rule forbidding an act tells no act done
_BANNING = {"ban", "prohibit", "forbid", "outlaw", "bar", "embargo", "restrict", "block", "criminalize",
            "criminalise", "curb", "limit", "control", "regulate", "prevent"}  # fmt: skip
_BAN_NOUNS = {"ban", "bans", "embargo", "embargoes", "prohibition", "prohibitions", "restriction", "restrictions",
              "control", "controls", "curb", "curbs", "moratorium", "limit", "limits"}  # fmt: skip


def _banned(tok: Any) -> bool:
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _BANNING:
        return True
    if _banned_gerund(tok):
        return True
    if tok.dep_ == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in _BANNING:
        return True  # "barred companies from exporting"
    if tok.dep_ in ("pobj", "pcomp") and head.lower_ == "against" and head.head.lemma_.lower() in _RULES:
        return True  # "its long-standing policy against supplying weapons to nations at war"
    # "a ban on the export of", "an embargo on deliveries to"
    return tok.dep_ in ("pobj", "pcomp") and head.lower_ in ("on", "of") and head.head.lower_ in _BAN_NOUNS


# the rules a state holds against an act: "a policy against supplying weapons to countries at war"
_RULES = {"policy", "rule", "law", "principle", "guideline", "doctrine", "stance", "taboo"}


def _banned_gerund(tok: Any) -> bool:
    """ "Exporting drones to Russia is banned", "Selling, supplying or exporting them to Russia is
    prohibited": a gerund (or a series of them) naming the act a passive rule forbids."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return (
        first.dep_ in ("csubjpass", "nsubjpass")
        and first.lower_.endswith("ing")
        and first.head.lemma_.lower() in _BANNING
        and any(c.dep_ == "auxpass" for c in first.head.children)
    )


def _binding_withheld(tok: Any) -> bool:
    """ "Washington has not offered to sell the Typhon to Manila": a negated verb of binding that
    governs the act it would bind a party to is itself no offer (the act under it is dropped too)."""
    return (
        tok.lemma_.lower() in _BINDING
        and any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in tok.children)
        and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in tok.children)
    )


# verbs of signing a deal
_SIGNING = {"sign", "ink"}


def _no_deal_signed(tok: Any) -> bool:
    """ "No export contract for the jets has been signed", "Cairo signed no deal for the frigates": a
    signing of which no deal is told leaves no purchase planned (not a denial of one made: nothing is
    said to have happened). "Has not yet signed the contract" is left alone: a deal under way."""
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _SIGNING:
        return _none_of(tok)  # the deal noun's own trigger: "signed no deal"
    return tok.lemma_.lower() in _SIGNING and any(c.dep_ in ("dobj", "nsubjpass") and _none_of(c) for c in tok.children)


def _none_of(noun: Any) -> bool:
    """Whether `noun` is counted as none: "no contract"."""
    return any(g.dep_ == "det" and g.lower_ == "no" for g in noun.children)


# the auxiliaries of a future act: "will not approve"
_WILL = {"will", "would", "shall", "'ll", "wo"}
# verbs of letting an act go ahead: "approve the export", "allow the sale"
_PERMITTING = {"approve", "allow", "authorize", "authorise", "permit", "license", "licence", "clear", "sanction"}


def _permission_withheld(noun: Any) -> bool:
    """ "Pretoria said it had not approved any arms sale to Moscow": an act noun under a negated verb of
    letting it go ahead is negated as the act itself would be (a denial, told of the past)."""
    head = noun.head
    return (
        noun.dep_ == "dobj"
        and head.lemma_.lower() in _PERMITTING
        and any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in head.children)
    )


def _permission_refused(tok: Any) -> bool:
    """ "Berlin refused to approve the export of engines to China", "declined to allow the sale of
    tanks to Riyadh": an act a party will not let go ahead is turned down like one it will not do."""
    head = tok.head
    if tok.dep_ != "dobj" or head.lemma_.lower() not in _PERMITTING:
        return False
    if _permission_withheld(tok) and any(c.dep_ == "aux" and c.lower_ in _WILL for c in head.children):
        return True  # "Berlin will not approve the sale of tanks to Riyadh": a refusal, no act told
    return head.dep_ == "xcomp" and head.head.lemma_.lower() in _REFUSING


def _refused(tok: Any) -> bool:
    """Whether the act `tok` names is turned down by the words governing it."""
    if _banned(tok) or _binding_withheld(tok) or _no_deal_signed(tok):
        return True
    head = tok.head
    if head.dep_ == "prep" and tok.dep_ == "pcomp":
        head = head.head  # "balked at sending"
    lemma = head.lemma_.lower()
    if tok.dep_ in ("xcomp", "pcomp") and lemma in _REFUSING:
        return True
    if tok.dep_ == "acl" and lemma in _REFUSAL_NOUNS:
        return True
    if _permission_refused(tok):
        return True
    # "ruled out sending" (the parse hangs the gerund as an adverbial clause; "although it lent"
    # under "refused" is another act, told as done)
    if (
        tok.dep_ in ("xcomp", "advcl", "pcomp")
        and tok.tag_ == "VBG"
        and lemma == "rule"
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children)
    ):
        return True
    if (
        tok.dep_ in ("xcomp", "ccomp")
        and (lemma in _INTENDING or lemma in _BINDING)
        and any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in head.children)
    ):
        return True  # "is not considering sending", "has not offered to sell": no act intended
    if (
        tok.dep_ == "dobj"
        and tok.pos_ == "NOUN"
        and lemma in (_INTENDING | _WEIGHING)
        and any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in head.children)
    ):
        return True  # "is not considering a supply of weapons", "does not plan a sale": the noun's act, too
    if tok.dep_ in ("xcomp", "ccomp") and lemma in _WEIGHING and _only_maybe(head):
        return True  # "said it would consider sending": a thought left open, no act intended yet
    if tok.dep_ == "dobj" and tok.pos_ == "NOUN" and lemma in _WEIGHING and _only_maybe(head):
        return True  # "could consider the export of destroyers": the noun's act, left as open
    if tok.dep_ == "pcomp" and lemma in _WEIGHING_ON and tok.head.lower_ in _WEIGHING_PREPS and _only_maybe(head):
        return True  # "Manila might look at acquiring", "could think about buying": the same thought
    if tok.dep_ in ("acl", "xcomp", "relcl", "pcomp") and head.pos_ == "NOUN":
        if lemma in {"plan", "intention", "intent"} and any(c.lower_ == "no" for c in head.children):
            return True  # "has no plans to buy"
        if lemma in _TURNED_DOWN and _rejecting(head.head):
            return True  # "rejected calls to deliver"
        if lemma in _BIDS and head.dep_ == "dobj" and head.head.lemma_.lower() in _THWARTING:
            return True  # "vetoed Argentine attempts to buy fighters"
    return tok.dep_ == "advcl" and (_calls_turned_down(head) or _no_plan_held(head))


def _no_plan_held(verb: Any) -> bool:
    """ "has no plan "at this moment" to supply weapons": with an aside between the plan and its
    infinitive, the parse hangs the infinitive on "has"; the plan it holds is still none."""
    return verb.lemma_.lower() == "have" and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in {"plan", "intention", "intent"}
        and any(g.lower_ == "no" for g in c.children)
        for c in verb.children
    )


# verbs of weighing an act: "would consider sending" leaves it open ("is considering sending", weighed
# now, is a plan under way)
_WEIGHING = {"consider", "weigh", "contemplate", "mull", "study"}
# verbs that weigh an act through a preposition: "look at acquiring", "think about buying"
_WEIGHING_ON = {"look", "think"}
_WEIGHING_PREPS = {"at", "into", "about", "of"}


def _only_maybe(verb: Any) -> bool:
    """Whether `verb` is told only as what might be: "would consider", "could weigh", "might study"."""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may") for c in verb.children)


def _calls_turned_down(verb: Any) -> bool:
    """ "brushing aside calls from lawmakers to arm Kyiv": the parse hangs the infinitive on the
    verb that turns the calls down, not on the calls."""
    return _rejecting(verb) and any(c.dep_ == "dobj" and c.lower_ in _TURNED_DOWN for c in verb.children)


_ATTEMPT = {"try", "attempt", "plot", "seek"}
_CHARGE = {"sentence", "convict", "jail", "imprison", "fine", "charge", "indict", "arrest", "prosecute", "guilty",
           "plead", "detain", "conviction", "trial", "charges", "acquit"}  # fmt: skip


def _charged_attempt(tok: Any) -> bool:
    """ "was sentenced for trying to export scopes to Russia", "charged with attempting to ship": the
    attempt a court or a charge names is an offence stopped, not told as a transfer made."""
    if tok.dep_ == "xcomp":
        attempt = tok.head
    elif misread_verb(tok):
        attempt = tok.doc[tok.i - 1].head  # "pleaded guilty to attempting to ship drone parts"
    else:
        return False
    if attempt.lemma_.lower() not in _ATTEMPT and attempt.lower_ not in ("attempt", "attempts", "bid"):
        return False
    t = attempt
    for _ in range(3):  # "sentenced ... for trying", "pleaded guilty to attempting", "convicted of conspiring"
        if t.dep_ in ("pcomp", "pobj") and t.head.dep_ == "prep":
            t = t.head.head
        elif t.dep_ in ("xcomp", "acl") and t.head.i != t.i:
            t = t.head
        else:
            break
        if t.lemma_.lower() in _CHARGE or t.lower_ in _CHARGE:
            return True
    return False


def _goods_following(tok: Any) -> bool:
    """ "two more launchers would follow this year", "another 36 will follow in 2024", "a second
    order followed in 2023": what follows comes after the goods or deal told; "the order follows a
    contract", "Germany followed the US in sending", "no contract has followed" tell no new act."""
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children)) for c in tok.children):
        return False
    if _penalty_following(tok):
        return False  # "the EU followed with its own measures"
    if _absolute_follow(tok):
        return True
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and not any(c.lower_ == "no" for c in subj.children)


# verbs of a competition's choice: "Switzerland chose the American F-35A", "Poland opted for K2s"
_CHOSEN = {"select", "choose", "pick", "opt"}
# what marks goods as another party's make: "American", "South Korea's", "Mitsubishi's", "built by"
_MAKER_DEPS = {"amod", "poss", "compound", "nmod"}


def _chosen_from_another(tok: Any) -> bool:
    """ "Australia selected Mitsubishi Heavy Industries' upgraded Mogami-class frigate", "Thailand
    picked the Swedish Gripen": a choice of goods whose make is told (a state's or a firm's) is a
    purchase to come; a place chosen ("chose Belarus as a base"), an act chosen ("chose to send")
    or goods of no told make ("picked a new rifle") is none."""
    goods = [c for c in tok.children if c.dep_ == "dobj"]
    goods += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    for g in goods:
        if g.ent_type_ == "NORP":
            return True  # "chose the American F-35A": the parse may take the make for the object
        if g.ent_type_ in ("GPE", "ORG", "PERSON"):
            continue  # the thing chosen is a party or a place
        for d in g.subtree:
            if d.i == g.i:
                continue
            maker = d.ent_type_ in ("GPE", "NORP", "ORG")
            if maker and (d.dep_ in _MAKER_DEPS or (d.dep_ == "pobj" and d.head.lower_ in ("by", "from"))):
                return True
            if d.lower_.endswith("-made") or d.lower_.endswith("-built"):
                return True
    return False


# the alternative a buyer turned down: "instead of Abrams tanks", "rather than the Leopard"
_PASSED_OVER = {"instead", "than"}


def passed_over(hits_tok: list[tuple[TriggerHit, int]], doc: Any) -> set[int]:
    """The tokens naming what a buyer chose against: "Indonesia picked French Rafales over American
    F-15s", "Poland bought K2s instead of more Abrams", "rather than the Leopard": neither those goods
    nor their maker take part in the purchase."""
    out: set[int] = set()
    for h, i in hits_tok:
        if h.trigger.direction != "receive" or h.nominal:
            continue
        tok = doc[i]
        holders = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
        # ("opted for the Yuan-class instead of the Type 214", "bought K2s from Seoul rather than more
        # Leopards": the goods chosen, or the seller, hang on a preposition)
        holders += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for holder in holders:
            for c in holder.children:
                if _turning_down(c, tok.lemma_.lower() in _CHOSEN):
                    out.update(t.i for t in c.subtree)
                    out.update(_joined_alternative(c))
    return out


def _joined_alternative(marker: Any) -> set[int]:
    """ "chose the F-35A instead of the French Rafale", "bought K2s from Seoul rather than more
    Leopard tanks": the parse may take "instead of"/"rather than" for a conjunction (or leave "of"
    empty) and hang the option turned down beside the chosen one, not under the marker; the tokens of that phrase (its
    head being the first word after the marker that hangs before it), or none."""
    doc = marker.doc
    if marker.i == 0 or doc[marker.i - 1].lower_ not in ("instead", "rather"):
        return set()  # ("imported more than half of its tools": a comparison, nothing turned down)
    if marker.dep_ != "cc" and any(g.dep_ == "pobj" for g in marker.children):
        return set()  # ("instead of the Rafale" with the Rafale under "of": its subtree holds it)
    for j in range(marker.i + 1, min(marker.i + 9, len(doc))):
        w = doc[j]
        if w.is_punct and w.tag_ != ",":  # (the tagger may take "F-35A" for a comma)
            return set()
        if w.head.i <= marker.i:
            return {t.i for t in w.subtree if t.i > marker.i}
    return set()


def _turning_down(c: Any, chosen: bool) -> bool:
    """Whether the word `c` on a purchase sets off the alternative turned down: "instead of" (the parse
    hangs "instead" on "of"), "rather than", and after a choice "over" ("picked X over Y")."""
    if c.lower_ in _PASSED_OVER:
        return True
    if c.lower_ == "of" and any(g.lower_ == "instead" for g in c.children):
        return True
    return chosen and c.dep_ == "prep" and c.lower_ == "over"


# verbs that fit goods with other goods as well as arm a party: "equipped with", "armed with"
_FITTING = {"equip", "arm", "fit"}


def _fitted_goods(tok: Any, lexicon: Lexicon) -> bool:
    """ "The Mohajer-6 drones are equipped to carry bombs", "missiles armed with cluster warheads":
    goods fitted with other goods tell how they are built, not a transfer (a party armed is)."""
    words, _umbrellas = item_words(lexicon)
    fitted = [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")]
    if tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
        fitted.append(tok.head)  # "drones equipped with cameras"
    return any(_goods_word(f, words) for f in fitted)


def _goods_word(tok: Any, words: dict[str, str]) -> bool:
    """Whether `tok` names goods, not a party's men ("Hamas fighters", "the group's fighters")."""
    if tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or any(c.ent_type_ for c in tok.children):
        return False
    return tok.lower_ in words or tok.lemma_.lower() in words


# idioms of goods reaching a party by a way left open ("ended up in", "found their way to"), and the
# modals that make them a risk only
_REACHING = {"end", "find", "make"}
_MAY = {"could", "might", "may", "can", "would"}
