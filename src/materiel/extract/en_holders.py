"""English holders of goods: the party that has, fields or owns goods another party gave, sold or
sent is their recipient ("Kyiv now has 12 batteries, most of them donated by Germany", "most of
Armenia's weapons have come from Russia", "Algeria's arsenal includes jets bought from Russia")."""

from __future__ import annotations

import re
from typing import Any

from materiel.extract.en_cases import RULERS, sent_tokens
from materiel.extract.frame import Arg, Sentence, TriggerHit
from materiel.lexicon import Trigger

# verbs of holding goods: "Kyiv now has 12 batteries", "the army operates 40 jets"
HOLDING = {"have", "own", "possess", "hold", "operate", "field", "fly"}
# nouns of what a party holds: "Algeria's arsenal includes", "the navy's fleet comprises"
_STOCKS = {"arsenal", "inventory", "fleet", "stockpile", "stocks", "stock", "armoury", "armory"}
_LISTING = {"include", "comprise", "contain", "consist"}


# verbs whose "on" names goods a party leans on: "Ukraine's air defence relies on Patriot systems"
_LEANING_ON = {"rely", "depend"}
# what a state's own side is told by: "Ukraine's air defence", "Mali's army"
_OWN_SIDE = {"defence", "defense", "defences", "defenses", "army", "military", "forces", "force", "navy"}


def holder(goods: Any, party_heads: dict[int, Arg]) -> Arg | None:
    """The party that holds `goods` ("Kyiv now has 12 batteries", "Algeria's arsenal includes
    S-400 systems", "Ukraine's air defence relies on Patriot systems"), or None."""
    verb = goods.head
    leaning = goods.dep_ == "pobj" and verb.lower_ == "on" and verb.head.lemma_.lower() in _LEANING_ON
    if leaning:
        verb = verb.head
    elif goods.dep_ != "dobj":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if leaning:
        if subj.i in party_heads:
            return party_heads[subj.i]
        if subj.lemma_.lower() not in _OWN_SIDE:
            return None
        return next((party_heads[c.i] for c in subj.children if c.dep_ == "poss" and c.i in party_heads), None)
    if verb.lemma_.lower() in HOLDING:
        return party_heads.get(subj.i)
    if verb.lemma_.lower() in _LISTING and subj.lemma_.lower() in _STOCKS:
        return next((party_heads[c.i] for c in subj.children if c.dep_ == "poss" and c.i in party_heads), None)
    return None


def holders_of_bought_goods(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "Algeria's arsenal includes S-400 systems bought from Russia": goods a reduced relative says
    were bought (from a seller) were bought by whoever holds them."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal or hit.trigger.direction != "receive" or tok.dep_ != "acl" or not hit.passive:
            continue
        if any(a.trigger == n and a.case in ("subj", "agent") for a in sentence.parties):
            continue
        goods = tok.head
        while goods.dep_ == "conj" and goods.head.i != goods.i:
            goods = goods.head  # "includes Su-30 jets and S-400 systems bought from Russia"
        owner = holder(goods, party_heads)
        if owner is not None and owner.entity is not None:
            _bind(sentence, owner, n, "subj")


def owners_of_arriving_goods(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "Most of Armenia's weapons have come from Russia": the owner of goods that come from a
    named party got them from it (it is no maker, as "Iran's drones" would be, when another party
    is where they come from); so does the owner of its first or new goods that arrive ("Ukraine's
    first F-16s have arrived"), and the owner of goods handed over by another ("Morocco's first
    Caesar howitzers were shipped from France", "Vietnam's K9 guns were delivered by South Korea")."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        handed = hit.passive and hit.trigger.direction == "give" and tok.dep_ != "acl"
        if hit.nominal or (tok.lemma_.lower() not in _ARRIVING and not handed):
            continue
        goods = next((c for c in tok.children if c.dep_ == ("nsubjpass" if handed else "nsubj")), None)
        mine = [a for a in sentence.parties if a.trigger == n]
        # "Ukraine's first F-16s have arrived": new goods of a party, arriving, are its receipt
        fresh = not handed and goods is not None and any(c.lower_ in _FRESH for c in goods.children if c.dep_ == "amod")
        if not fresh and not any(a.case in ("source", "agent") for a in mine):
            continue
        while goods is not None and any(c.dep_ == "prep" and c.lower_ == "of" for c in goods.children):
            of = next(c for c in goods.children if c.dep_ == "prep" and c.lower_ == "of")
            goods = next((g for g in of.children if g.dep_ == "pobj"), None)  # "most of Armenia's weapons"
        if goods is None:
            continue
        owner = next((party_heads[c.i] for c in goods.children if c.dep_ == "poss" and c.i in party_heads), None)
        if owner is None or owner.entity is None or owner.trigger != n or owner.case != "origin":
            continue
        if any(a.case == "goal" and a.entity is not owner.entity for a in mine):
            continue  # "Iran's first drones arrived in Russia": the owner sends
        owner.case = "goal"
        for it in sentence.items:
            if it.trigger == n and it.origin is owner.entity:
                it.origin = None  # the owner, not the goods' make


# verbs of goods arriving, and the words that make goods a party owns new to it
_ARRIVING = {"come", "arrive", "reach"}
_FRESH = {"first", "new", "latest", "long-awaited", "promised"}


def _bind(sentence: Sentence, party: Arg, n: int, case: str) -> None:
    """Give `party` the role `case` in act `n`: itself when it holds no act directly yet, else a copy."""
    if party.trigger is None or not party.direct:
        party.trigger, party.case, party.direct = n, case, True
    else:
        sentence.parties.append(Arg(party.start, party.end, party.entity, case, n))


RECIPIENT_NOUN = Trigger("recipient", "receipt", "receive")
# the agent nouns of receiving: "India was the largest recipient of Russian arms", "the main
# importers of US weapons were Saudi Arabia and Qatar"
_RECIPIENT_NOUNS = {"recipient", "importer", "customer", "buyer", "client"}
_COPULAS = {"be", "become", "remain", "emerge", "stay"}


def recipient_noun_hits(sent: Any) -> list[tuple[TriggerHit, int]]:
    """A receiver's agent noun said of a party (after a copula, or with the party after it) tells
    that the party receives; the noun acts as a receive-trigger (see `recipient_noun_roles`)."""
    out: list[tuple[TriggerHit, int]] = []
    for tok in sent_tokens(sent):
        if tok.lemma_.lower() not in _RECIPIENT_NOUNS or tok.pos_ != "NOUN":
            continue
        if _said_of(tok):
            out.append((TriggerHit(tok.idx, tok.idx + len(tok.text), RECIPIENT_NOUN), tok.i))
    return out


def _said_of(tok: Any) -> list[Any]:
    """The words a receiver noun is said of: the copula's subject ("India was the largest
    recipient"), its complement when the noun is the subject ("the main recipients were India,
    China and Egypt"), or the name it stands beside ("Algeria, the biggest buyer of ...")."""
    verb = tok.head
    if tok.dep_ == "attr" and verb.lemma_.lower() in _COPULAS:
        return [c for c in verb.children if c.dep_ == "nsubj"]
    if tok.dep_ == "nsubj" and verb.lemma_.lower() in _COPULAS:
        attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "PROPN"), None)
        return [attr, *attr.conjuncts] if attr is not None else []
    if tok.dep_ == "nsubj" and tok.tag_ == "NNS" and verb.lemma_.lower() == "include":
        # "Recipients of the TB2 include Ukraine, Azerbaijan and Morocco": the buyers listed
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
        return [obj, *obj.conjuncts] if obj is not None else []
    if tok.dep_ == "appos" and verb.pos_ == "PROPN":
        return [verb]
    if tok.dep_ == "pobj" and verb.lower_ == "among" and verb.head.lemma_.lower() in _COPULAS:
        # "Among the buyers of the JF-17 are Nigeria and Myanmar", "Egypt is among the largest buyers"
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "attr") and c.i != tok.i), None)
        return [subject, *subject.conjuncts] if subject is not None else []
    return []


def recipient_noun_roles(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """The parties a receiver noun is said of receive; its owner ("France's biggest customer")
    supplies."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        if hit.trigger is not RECIPIENT_NOUN:
            continue
        tok = doc[tok_i]
        for head_i, arg in party_heads.items():
            if doc[head_i].dep_ == "poss" and doc[head_i].head.i == tok.i and arg.trigger == n:
                arg.case = "source"
        for word in _said_of(tok):
            party = party_heads.get(word.i)
            if party is not None and party.entity is not None:
                _bind(sentence, party, n, "subj")


def recipients_of_exports(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "The main recipients of Russia's arms exports were India, China and Kazakhstan", "India was the
    largest recipient of Russian arms deliveries": the parties a receiver noun is said of receive the
    exports it is the receiver of (the exports' owner is their giver)."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        noun = doc[tok_i]
        if not hit.nominal or hit.trigger.direction != "give" or _has_case(sentence, n, "goal"):
            continue
        of = noun.head
        if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in _RECIPIENT_NOUNS:
            continue
        for word in {w.i: w for said in _said_of(of.head) for w in (said, *said.conjuncts)}.values():
            party = party_heads.get(word.i)  # ("India, China and Kazakhstan were the main recipients")
            if party is not None and party.entity is not None:
                _bind(sentence, party, n, "goal")


def _has_case(sentence: Sentence, n: int, case: str) -> bool:
    return any(a.trigger == n and a.case == case for a in sentence.parties)


def sources_of_imports(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "About 60 percent of Azerbaijan's arms imports came from Israel": the party that imports of
    another come from is their source."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        if not hit.nominal or hit.trigger.direction != "receive":
            continue
        noun = doc[tok_i]
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.head.i:
            noun = noun.head.head  # "60 percent of Azerbaijan's imports"
        verb = noun.head
        if noun.dep_ != "nsubj" or verb.lemma_.lower() != "come":
            continue
        if any(a.trigger == n and a.case == "source" for a in sentence.parties):
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
            party = next((party_heads[g.i] for g in prep.children if g.i in party_heads), None)
            if party is not None and party.entity is not None:
                _bind(sentence, party, n, "source")


# the places a state keeps its forces at: "at an Iranian airbase", "to a Russian naval base"
FACILITIES = {"airbase", "base", "airfield", "airport", "port", "harbour", "harbor", "depot", "arsenal", "garrison"}
# any of them in a sentence's text (the test run before the parse is looked at)
_FACILITY_WORD = re.compile(r"\b(?:air)?(?:base|field|port|harbou?r|depot|arsenal|garrison)s?\b", re.I)


def facility_owners(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "Russian Su-35 jets arrived at an Iranian airbase", "delivered S-400 parts to the Iranian port of
    Bandar Abbas": the state owning the base the goods come to receives them (the land it lies in is
    only where)."""
    if not _FACILITY_WORD.search(sentence.text):
        return  # (a cheap test first: most sentences name no base)
    moving = {i: n for n, (h, i) in enumerate(hits_tok) if h.trigger.direction in ("give", "move") and not h.nominal}
    for i, n in moving.items():
        _own_bases(sentence, doc[i], n)
    for i, a in list(party_heads.items()):
        tok = doc[i]
        base = tok.head
        if a.entity is None or a.entity.type != "country" or tok.dep_ not in ("amod", "compound", "poss"):
            continue
        if base.lemma_.lower() not in FACILITIES or base.dep_ != "pobj" or base.head.lower_ not in _ENDS:
            continue
        anchor = base.head.head
        if anchor.i not in moving and anchor.dep_ in ("dobj", "nsubj", "nsubjpass"):
            anchor = anchor.head  # "showed Chinese drones at a Serbian airbase": the "at" on the goods
        found = moving.get(anchor.i)
        if found is None:
            continue
        n = found
        if any(b.trigger == n and b.entity is a.entity and b.case in ("subj", "source") for b in sentence.parties):
            continue
        if _deployed(hits_tok[n][0], n, sentence):
            continue
        a.trigger, a.case, a.direct = n, "goal", True
        lo, hi = base.idx, base.right_edge.idx + len(base.right_edge.text)
        for b in sentence.parties + sentence.places:
            if b is not a and b.trigger == n and b.case == "goal" and lo <= b.start < hi:
                b.case = "other"  # ("a Russian base in Crimea": the land the base lies in)


# the prepositions of where goods come to
_ENDS = {"at", "to", "into", "in"}


def _deployed(hit: TriggerHit, n: int, sentence: Sentence) -> bool:
    """ "The Pentagon moved F-35 jets to a Saudi airbase": a doer that moves goods to another state's
    base (no verb of giving) deploys its own forces there."""
    return hit.trigger.direction == "move" and any(a.trigger == n and a.case == "subj" for a in sentence.parties)


def _own_bases(sentence: Sentence, verb: Any, n: int) -> None:
    """ "The US sent Patriot missiles to its base in Poland", "jets returned to their base in Syria":
    goods brought to the doer's own base stay its own; the land the base lies in receives nothing."""
    for prep in (c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in _ENDS):
        for base in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in FACILITIES):
            if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in base.children):
                continue
            lo, hi = base.idx, base.right_edge.idx + len(base.right_edge.text)
            for b in sentence.parties + sentence.places:
                if b.trigger == n and b.case == "goal" and lo <= b.start < hi:
                    b.case = "other"


# verbs of leaning on a supplier, with the preposition that names it: "relies on Turkey", "turned to Russia"
_LEANING = {"rely": "on", "depend": "on", "lean": "on", "count": "on", "turn": "to", "look": "to"}
# the relative pronouns that make the supplier the subject of the clause on it
_RELATIVE_SUBJECTS = {"which", "who", "that"}


def leaning_recipients(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "The government in Tripoli relies on Turkey, which sent drones in 2020", "Mali turned to
    Russia, which delivered Su-25 jets": a relative clause on the party another leans on (or turns
    to) telling that it gave goods gave them to the party that leans on it."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal or hit.passive or hit.trigger.direction != "give" or tok.dep_ != "relcl":
            continue
        if any(a.trigger == n and a.case == "goal" for a in sentence.parties):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS for c in tok.children):
            continue
        giver, prep = tok.head, tok.head.head
        verb = prep.head
        if giver.i not in party_heads or giver.dep_ != "pobj" or _LEANING.get(verb.lemma_.lower()) != prep.lower_:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        taker = None if subj is None else party_heads.get(subj.i) or _ruled_place(subj, party_heads)
        if taker is not None and taker.entity is not None and taker.entity is not party_heads[giver.i].entity:
            _bind(sentence, taker, n, "goal")


def _ruled_place(noun: Any, party_heads: dict[int, Arg]) -> Arg | None:
    """The place whose ruling body `noun` is ("the government in Tripoli", "the authorities in
    Niamey"), or None."""
    if noun.lemma_.lower() not in RULERS:
        return None
    ins = (g for c in noun.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj")
    return next((party_heads[g.i] for g in ins if g.i in party_heads), None)


# the cases that name who gets the goods of an act, by its direction
_RECEIVER_CASES = {"give": ("goal",), "move": ("goal",), "receive": ("subj",)}


def arrivals_at_the_same_receiver(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any) -> None:
    """ "Myanmar took delivery of two Su-30SMEs in December, and analysts believe a batch of K-8
    trainers arrived at Meiktila air base the same month": goods arriving with no receiver named, in
    a clause beside an act whose receiver the sentence names, arrive at that receiver (not at one a
    sentence before told of)."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        if n == 0 or hit.nominal or doc[tok_i].lemma_.lower() not in _ARRIVING:
            continue
        if any(a.trigger == n and a.case in ("goal", "goal-gen") for a in sentence.parties):
            continue
        if not any(it.trigger == n for it in sentence.items):
            continue
        for m in range(n - 1, -1, -1):
            cases = _RECEIVER_CASES.get(hits_tok[m][0].trigger.direction, ())
            receiver = next(
                (a for a in sentence.parties if a.trigger == m and a.case in cases and a.entity is not None), None
            )
            if receiver is None:
                continue
            if not any(a.trigger == n and a.entity == receiver.entity for a in sentence.parties):
                sentence.parties.append(Arg(receiver.start, receiver.end, receiver.entity, "goal", n))
            break


def in_as_clause(noun: Any, verb: Any) -> Any | None:
    """The verb of the "as" clause on `verb` that holds the act noun `noun`: "Ukraine gets last jets as
    Dutch complete F-16 deliveries" (the clause tells how the main act came about, not an act of its own
    that would outweigh the weak main verb); None where `noun` lies elsewhere."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "pobj"):
        return None
    clause = noun.head
    if clause.dep_ == "advcl" and clause.head.i == verb.i and any(c.lower_ == "as" for c in clause.children):
        return clause  # "as Norway completes deliveries"
    if clause.lower_ == "as" and clause.dep_ == "prep" and clause.head.i == verb.i:
        return clause  # "as Dutch complete F-16 deliveries": the parse makes "as" a preposition
    return None


# the cases giving an act noun's giver ("Dutch deliveries", "deliveries by Norway")
_GIVER_CASES = ("subj", "agent", "origin")


def completing_givers(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, by_head: dict[int, Arg]) -> None:
    """ "Ukraine gets last jets as Norway completes F-16 deliveries": the giver of the deliveries an
    "as" clause on a receipt tells of is the supplier of that receipt."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        verb = doc[tok_i]
        if hit.nominal or hit.trigger.direction != "receive":
            continue
        if any(a.trigger == n and a.case in ("source", "agent") for a in sentence.parties):
            continue
        for noun in (c for clause in verb.children for c in clause.subtree if c.lemma_.lower() in _GIVING_NOUNS):
            clause = in_as_clause(noun, verb)
            if clause is None or not _carried_on(noun, clause):
                continue
            giver = next(
                (
                    a
                    for m, (h, i) in enumerate(hits_tok)
                    if i == noun.i
                    for a in sentence.parties
                    if a.trigger == m and a.case in _GIVER_CASES and a.entity is not None
                ),
                None,
            ) or _clause_subject(clause, by_head)
            if giver is not None and giver.entity is not None:
                sentence.parties.append(Arg(giver.start, giver.end, giver.entity, "source", n))
                break


# act nouns of handing goods over whose giver an "as" clause may name
_GIVING_NOUNS = {"delivery", "shipment", "transfer", "handover", "handoff"}
# verbs carrying such deliveries through or on ("completes its deliveries", "speeds up shipments"), not
# stopping them ("halted deliveries": the goods received came from elsewhere)
_CARRYING_ON = {"complete", "finish", "wrap", "conclude", "begin", "start", "resume", "continue", "speed",
                "accelerate", "expedite", "step", "ramp", "make"}  # fmt: skip


def _carried_on(noun: Any, clause: Any) -> bool:
    """Whether the "as" clause completes or speeds up deliveries going nowhere else: "as Norway
    completes F-16 deliveries", "as Dutch complete deliveries" (not "as Sweden completes deliveries to
    Slovakia", nor "as Germany halted deliveries")."""
    verbs = [clause] if clause.lower_ != "as" else [c for c in noun.children if c.dep_ == "amod"]
    if not any(v.lemma_.lower() in _CARRYING_ON for v in verbs):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("to", "for") for h in (noun, *verbs) for c in h.children)


def _clause_subject(clause: Any, by_head: dict[int, Arg]) -> Arg | None:
    """The party doing what an "as" clause tells: its subject ("as Norway completes"), or the word the
    parse hangs on its "as" ("as Norway completed", read as a preposition with its object)."""
    if clause.lower_ == "as":
        return None  # ("as Dutch complete F-16 deliveries": the act noun's own giver, if any)
    cands = [c for c in clause.children if c.dep_ == "nsubj"]
    cands += [g for c in clause.children if c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    return next((by_head[c.i] for c in cands if c.i in by_head), None)
