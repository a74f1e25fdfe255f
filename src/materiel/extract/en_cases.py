"""English front end, parse helpers: which trigger an argument belongs to, its case, a trigger's status.

Everything here reads one spaCy sentence: an argument attaches to the trigger its head chain
reaches; a control or light verb on the way ("plans to send", "approved the sale of") passes its
subject on to the trigger below it; a speech verb or any other predicate ends the chain (the
argument belongs to another clause). The case comes from the first preposition on the path
("to", "from", "via", "by"), else from the dependency that joins the path to the trigger, read
with the trigger's direction (a party as the direct object of a give-verb is its recipient:
"supplied Russia with drones").
"""

from __future__ import annotations

import re
from typing import Any

from materiel.extract.common import part_kind
from materiel.extract.frame import ItemHit
from materiel.gazetteer import Gazetteer
from materiel.model import Entity, Mention

# the case a preposition gives its object
PREP_CASE = {"to": "goal", "into": "goal", "for": "goal", "towards": "goal", "toward": "goal", "unto": "goal",
             "from": "source", "by": "agent", "via": "via", "through": "via", "across": "via", "over": "via",
             "with": "with", "of": "of", "in": "other", "at": "other", "on": "other", "against": "other",
             "inside": "other", "within": "other", "between": "other", "among": "other", "about": "other",
             "like": "other", "including": "other", "as": "other", "than": "other", "under": "other",
             # ("seized off the coast of Somalia", "a dhow stopped off Yemen": where the act took place)
             "onto": "goal", "out": "source", "off": "other"}  # fmt: skip
# verbs that report, hedge or deny: an argument of theirs speaks, it is no party
SPEECH = {"say", "tell", "report", "claim", "announce", "state", "add", "note", "write", "reveal", "disclose", "inform",
          "cite", "quote", "accuse", "allege", "deny", "confirm", "acknowledge", "admit", "dismiss", "reject",
          "assess", "believe", "warn", "insist", "suggest", "show", "indicate", "estimate", "thank", "explain",
          "conclude", "find", "argue", "stress", "emphasize", "emphasise", "call", "describe", "tweet", "post",
          "brief", "testify", "maintain", "repeat", "accept", "condemn", "criticize", "criticise",
          "think", "know", "fear", "worry", "hope", "recall", "refuse", "decline", "comment"}  # fmt: skip
# verbs through which a subject reaches the trigger below them: "plans to send", "began arriving"
LIGHT = {"plan", "agree", "intend", "prepare", "expect", "set", "due", "aim", "seek", "try", "attempt", "begin",
         "start", "continue", "resume", "decide", "offer", "promise", "pledge", "want", "hope", "need", "have",
         "be", "help", "manage", "stop", "cease", "approve", "authorize", "authorise", "sign", "complete",
         "finalize", "finalise", "conclude", "announce", "make", "carry", "arrange", "negotiate", "order",
         "clear", "allow", "permit", "push", "move", "look", "work", "commit", "launch", "ramp", "step",
         "increase", "expand", "consider", "weigh", "schedule", "keep", "go", "use", "able", "likely", "ready",
         "willing", "poised", "eager", "keen", "believe", "think", "say", "suspect", "appear", "seem", "report",
         "allege", "understand", "know", "request", "ask", "conduct", "undertake", "express", "show", "await", "ink",
         # "urged Berlin to send Taurus missiles", "is pressing Moscow to deliver": asked, as with "ask"
         "urge", "press",
         # "Rheinmetall won a contract to supply tanks": who wins or secures a deal does what it is for
         "win", "secure", "clinch",
         # "the North is estimated to have sent", "is assessed to have shipped": hedges of briefings
         "estimate", "assess", "presume", "rumor", "rumour",
         "anticipate", "place", "unveil", "like", "love", "wish", "discuss", "poise", "get", "gear",
         # "asked Washington to speed up delivery of the jets": the act sped up is the one told
         "speed", "accelerate", "expedite", "hasten", "fast-track",
         # "has finished sending the jets": the act carried through to its end
         "finish",
         # "notified Congress of a possible sale of jets": the notifier sells (see `_xcomp_trigger`)
         "notify", "inform",
         # "Russia failed to deliver arms Armenia had paid for": the one who failed owed the act
         "fail",
         # "is pondering whether to give Kyiv missiles", "mulls sending": acts a party weighs
         "mull", "contemplate", "ponder", "deliberate"}  # fmt: skip
# nouns whose infinitive clause is the act itself: "finalised plans to buy", "signed a deal to supply"
PLAN_NOUNS = {"plan", "deal", "agreement", "contract", "decision", "request", "offer", "bid", "proposal",
              "pledge", "promise", "commitment", "effort", "attempt", "order", "arrangement", "permission",
              "determination"}  # fmt: skip
# verbs whose object (or passive subject) does what their complement says: "accused Iran of
# supplying", "Iran was caught trying to smuggle"; their active subject only speaks
OBJ_CONTROL = {"accuse", "suspect", "charge", "catch", "see", "spot", "blame", "observe", "film", "photograph",
               # "Washington authorized Germany to send tanks": the one allowed acts, the allower only permits
               "authorize", "authorise", "allow", "permit"}  # fmt: skip
# verbs of saying a relative clause on goods may be: "howitzers that experts say were re-exported"
SAYING_ON_GOODS = {"say", "believe", "allege", "claim", "report", "think", "suspect", "assess"}
# of these, the ones whose own subject is the subject of the transfer only through an xcomp (with the
# hedges of intelligence briefings: "the North is estimated to have sent", "is assessed to have shipped",
# "is presumed to have received")
_RAISING = {"believe", "think", "say", "suspect", "report", "allege", "understand", "know", "appear", "seem",
            "expect", "likely", "set", "due", "estimate", "assess", "presume", "rumor", "rumour"}  # fmt: skip


# nouns through which a modifying state acts: "Mali's armed forces received", "the Russian army"
STANDS_FOR_STATE = {"army", "force", "forces", "military", "government", "navy", "authority", "authorities",
                    "regime", "junta", "state", "administration", "side", "leadership", "unit", "units",
                    # a state's formations: "Ukraine's 47th Mechanized Brigade received Bradleys"
                    "brigade", "brigades", "battalion", "battalions", "regiment", "regiments", "marine", "marines",
                    "troops", "troop", "counterpart", "partner", "ally", "allies", "military-industrial", "defence",
                    "defense", "arsenal", "stockpile", "stockpiles", "stocks", "reserves", "inventory", "industry",
                    "complex", "port", "city", "base",
                    "airport", "harbour", "harbor", "coast", "capital", "territory", "soil", "user", "users",
                    "customer", "customers", "buyer", "buyers", "war", "invasion", "offensive",
                    "company", "companies", "firm", "firms", "supplier", "suppliers", "exporter", "exporters",
                    "entity", "entities", "enterprise", "enterprises", "trader", "traders", "businesses",
                    "intermediaries",
                    "contractor", "contractors", "importer", "importers", "fighters", "militants",
                    # those who act for a state when they are the ones asking or sending ("Iranian officials
                    # asked Moscow for"); as speakers the parse never takes them to a trigger
                    "official", "officials", "officer", "officers", "commander", "commanders", "leaders",
                    "delegation", "negotiators", "diplomats", "envoy", "envoys", "ruler", "rulers",
                    "factory", "factories", "plant", "plants", "manufacturers", "producers", "manufacturer",
                    "producer", "maker", "makers", "distributor", "distributors", "dealer", "dealers", "broker",
                    "brokers", "middleman", "middlemen", "intermediary", "business", "outfit", "outfits",
                    # those who buy for it: "supplied Houthi procurement agents with gyroscopes"
                    "agent", "agents", "network", "networks",
                    # those who smuggle for it: "Iranian operatives smuggled pistols to Hamas cells"
                    "operative", "operatives", "smuggler", "smugglers",
                    # a trader named by nationality alone: "a Chinese businessman shipped engines to Iran"
                    "businessman", "businessmen", "businesswoman", "businesspeople",
                    # a state's scheme acts for it: "the Czech Republic's ammunition initiative delivered"
                    "initiative", "programme", "program", "scheme",
                    # a state's deciding bodies: "Thailand's cabinet approved the purchase of"
                    "cabinet", "parliament", "legislature"}  # fmt: skip
# verbs of a carrier on its way: their objects are the journey's goods ("a trawler carrying rifles")
# (and of goods holding others: "containers of munitions, holding 3 million shells")
CARRY = {"carry", "transport", "load", "laden", "ferry", "hold", "contain"}
# carriers: "from" and "to" on them say where the goods come from and go ("on a dhow from Iran to Yemen")
CARRIERS = {"ship", "vessel", "trawler", "dhow", "boat", "plane", "aircraft", "flight", "flights", "truck",
            "trucks", "train", "trains", "convoy", "tanker", "freighter", "cargo", "container", "containers",
            "consignment", "shipment", "shipments", "jet", "lorry", "lorries", "airliner", "vehicle",
            "vehicles"}  # fmt: skip
# nouns of a war: a party "in" or "against" them is where the goods are used, no party to the transfer
WAR_NOUNS = {"war", "invasion", "offensive", "fight", "fighting", "conflict", "campaign", "assault", "attack",
             "attacks", "strike", "raid", "bombardment"}  # fmt: skip


# the prepositions after a war noun that name where it is fought: "for strikes deep inside Russia"
_BATTLE_PREPS = {"in", "against", "on", "inside", "into", "within"}


# the sides of a war, whose "in" names where they fight: "to either side in Sudan"
_SIDES = {"side", "party", "faction", "belligerent", "combatant"}
_ANY_SIDE = {"any", "either", "neither", "no", "warring"}


def _unnamed_side(noun: Any) -> bool:
    """Whether `noun` is a side of a war left unnamed ("any warring party", "either side", "the warring
    factions"): the place after its "in" is where they fight, not a party to the act."""
    return noun.lemma_.lower() in _SIDES and any(c.lower_ in _ANY_SIDE for c in noun.children)


def token_index(doc: Any) -> list[int]:
    """The token at each character offset (-1 between tokens)."""
    from spacy.attrs import IDX, LENGTH  # spaCy is loaded by now: the parse made `doc`

    # (the text's length from its last token: Doc.text joins every token anew)
    index = [-1] * ((doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0) + 1)
    # read offsets and lengths as arrays: making a Token object per word costs more than the rest
    starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist() if len(doc) else ([], [])
    for i, (a, n) in enumerate(zip(starts, lengths, strict=True)):
        index[a : a + n] = [i] * n
    return index


def sent_tokens(sent: Any) -> list[Any]:
    """The tokens of a sentence, listed once per document: the front end reads each sentence many
    times over, and walking a spaCy span builds every token anew."""
    cache: dict[tuple[int, int], list[Any]] = sent.doc.user_data.setdefault("materiel.sent_tokens", {})
    key = (sent.start, sent.end)
    toks = cache.get(key)
    if toks is None:
        toks = cache[key] = list(sent)
    return toks


def head_of(doc: Any, start_tok: int, end_tok: int) -> Any:
    """The syntactic head of a token range: the (last) token whose head lies outside it.

    A name the parser split over one noun keeps the part it took for a name: in "to al-Shabaab
    fighters" "al" and "Shabaab" both hang on "fighters", "Shabaab" as an adjective (amod) and
    "al" as a compound; the compound is the head, so the name reads as the fighters' name and not
    as an adjective of origin ("Ukrainian pilots")."""
    for i in range(end_tok, start_tok - 1, -1):
        tok = doc[i]
        if not start_tok <= tok.head.i <= end_tok or tok.head.i == tok.i:
            if tok.dep_ == "amod" and i > start_tok:
                return next(
                    (doc[j] for j in range(start_tok, i) if doc[j].dep_ == "compound" and doc[j].head.i == tok.head.i),
                    tok,
                )
            return tok
    return doc[end_tok]


# the prepositions whose object is what was agreed: "agreed on the sale", "agreed to the transfer"
_AGREED_ON = {"on", "upon", "to"}


# verbs of denying or owning up to a deed, whose gerund names the subject's own act
_OWNING_UP = {"deny", "admit", "acknowledge"}
# verbs by which a government tells its legislature of a sale it is making ("notified Congress of")
_NOTIFYING = {"notify", "inform"}


def _owned_gerund(verb: Any, child: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """ "Kyiv did not deny sending drones to Sudan", "Minsk never admitted shipping shells": the
    subject of a verb of denying or owning up that is not made did the act its gerund names (one that
    is made speaks for its doer as the sentence's speaker; a clause, "did not deny that it sent",
    names a doer of its own)."""
    if child.dep_ != "nsubj" or verb.lemma_.lower() not in _OWNING_UP or not _not_done(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i in trigger_tokens), None)


def _not_done(verb: Any) -> bool:
    """Whether `verb` is negated: "did not deny", "never admitted"."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in verb.children)


# verbs of a carrier coming in to a place, where the act it goes on to do happens
_BERTHING = {"dock", "berth", "moor", "arrive", "land"}


def _berth_of_the_act(verb: Any, child: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """ "Two Russian ships docked at Tobruk and unloaded armoured vehicles": the place a carrier came
    in to belongs to the act its conjunct verb tells (the conjunct has no subject of its own)."""
    if child.dep_ != "prep" or child.lower_ not in ("at", "in") or verb.lemma_.lower() not in _BERTHING:
        return None
    return next((c for c in verb.children if c.i in trigger_tokens and _subjectless_conjunct(c)), None)


def _subjectless_conjunct(verb: Any) -> bool:
    """Whether `verb` is a conjunct verb with no subject of its own ("docked and unloaded")."""
    return verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _berthed(prep: Any, trig_tok: Any) -> bool:
    """Whether `prep` is the place a carrier came in to, on the verb the act `trig_tok` is a conjunct of."""
    verb = prep.head
    return verb.lemma_.lower() in _BERTHING and trig_tok.dep_ == "conj" and trig_tok.head.i == verb.i


# verbs of signing a deal: "signed a deal", "inked a contract", "concluded an agreement"
_SIGNING = {"sign", "ink", "conclude", "reach"}


def _deal_signed_for(verb: Any, child: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """ "Poland signed a tank deal with South Korea to buy 180 tanks", "an arms agreement with Russia
    to buy helicopters": a deal signed to do an act is that act's, so what hangs on the deal noun (its
    partner) belongs to the act the deal is for, whether the parse hangs the act on the verb or the noun."""
    if verb.lemma_.lower() in _ORDER_NOUNS and child.dep_ == "prep" and child.lower_ == "with":
        return purpose_trigger(verb, trigger_tokens) or next(
            (c for c in verb.children if c.dep_ == "acl" and c.i in trigger_tokens and _infinitive(c)), None
        )
    if child.dep_ != "dobj" or child.lemma_.lower() not in _ORDER_NOUNS or verb.lemma_.lower() not in _SIGNING:
        return None
    return purpose_trigger(verb, trigger_tokens)


def _infinitive(verb: Any) -> bool:
    """Whether `verb` is told with "to" ("to buy")."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def _whether_to(clause: Any) -> bool:
    """Whether a clause is an infinitive after "whether" with no subject of its own ("whether to send")."""
    kids = list(clause.children)
    return (
        any(a.dep_ == "mark" and a.lower_ == "whether" for a in kids)
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids)
        and not any(a.dep_ in ("nsubj", "nsubjpass") for a in kids)
    )


def _xcomp_trigger(verb: Any, trigger_tokens: dict[int, int], depth: int = 0) -> Any | None:
    """A trigger reached from a light verb: its xcomp chain ("plans to buy"), its object noun
    ("approved the sale of"), an acomp ("is set to receive", "is ready to supply")."""
    if depth > 3:
        return None
    for c in verb.children:
        if c.i in trigger_tokens and (
            c.dep_ == "xcomp"
            or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.text.lower() == "to" for a in c.children))
            # ("is weighing whether to send": the parse may take the bare infinitive for a clause)
            or (c.dep_ == "ccomp" and _whether_to(c))
        ):
            return c  # "plans to buy", "agreed in May to provide"
        if c.i in trigger_tokens and c.dep_ == "acomp" and c.lower_ == "due":
            return c  # "the final 28 tanks are due in 2026": a lot still to come
        if c.dep_ == "prep" and c.lower_ == "of" and verb.lemma_.lower() in _NOTIFYING:
            # "notified Congress of a possible sale of 12 jets": the notifier makes the sale it notifies
            found = next((g for g in c.children if g.dep_ == "pobj" and g.i in trigger_tokens), None)
            if found is not None:
                return found
        if c.dep_ == "prep" and c.lower_ in _AGREED_ON and verb.lemma_.lower() in ("agree", "decide", "settle"):
            # "agreed on the sale of 30 jets", "agreed to the purchase of": the act agreed is the noun's
            found = next((g for g in c.children if g.dep_ == "pobj" and g.i in trigger_tokens), None)
            if found is not None:
                return found
        if c.dep_ in ("dobj", "attr") and c.i in trigger_tokens:
            # "signed a contract to buy 36 howitzers": the act the deal is for, not the deal noun
            return next((g for g in c.children if _infinitive_on(g) and g.i in trigger_tokens), c)
        found = _enlarged_deal(c, trigger_tokens) if c.dep_ in ("dobj", "attr") else None
        if found is not None:
            return found  # "agreed a €3 billion expansion of the deal covering 200 interceptors"
        if c.dep_ == "dobj" and _sum(c):
            for p in c.children:  # "announced $300 million in military aid to Ukraine"
                for g in p.children if p.dep_ == "prep" and p.lower_ in ("in", "of") else []:
                    if g.dep_ == "pobj" and g.i in trigger_tokens:
                        return g
        if c.dep_ == "prep" and c.text.lower() == "of" and verb.lemma_.lower() in ("be", "likely"):
            for g in c.children:  # "is (likely) of Turkish origin"
                if g.dep_ == "pobj" and g.i in trigger_tokens:
                    return g
        wish = c.dep_ == "dobj" and c.lemma_.lower() in _INTEREST  # "expressed interest in buying"
        for p in [c] if c.dep_ == "prep" and c.lower_ == "in" else c.children if wish else []:
            found = _sought_in(c if wish else verb, p, trigger_tokens) if p.lower_ == "in" else None
            if found is not None:
                return found
        if c.dep_ == "dobj" and c.lemma_.lower() in _PAPERS_OF_INTENT:
            found = _intended_act(c, trigger_tokens)  # "signed a letter of intent to buy MQ-9B drones"
            if found is not None:
                return found
        if c.dep_ in ("dobj", "attr") and c.lemma_.lower() in PLAN_NOUNS:
            for g in c.children:  # "finalised plans to buy", "signed a deal to supply"
                if _infinitive_on(g) and g.i in trigger_tokens:
                    return g
                if g.dep_ == "acl" and g.lemma_.lower() in LIGHT:
                    found = _xcomp_trigger(g, trigger_tokens, depth + 1)  # "made a determination approving a sale"
                    if found is not None:
                        return found
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "with") and verb.lemma_.lower() in OBJ_CONTROL:
            for g in c.children:  # "accused of supplying", "charged with smuggling"
                if g.dep_ == "pcomp" and g.i in trigger_tokens:
                    return g
            misread = misread_infinitive(verb, trigger_tokens)
            if misread is not None:
                return misread  # ("charged with smuggling rifles": the parse reads a compound of the goods)
        if (
            c.dep_ in ("xcomp", "acomp", "oprd")
            and (c.lemma_.lower() in LIGHT or c.pos_ in ("VERB", "AUX", "ADJ"))
            and c.lemma_.lower() not in _INQUIRING
        ):
            found = _xcomp_trigger(c, trigger_tokens, depth + 1)
            if found is not None:
                return found
    return None


def _bare_participle(verb: Any) -> bool:
    """A past participle with no "have", a headline's passive: "Iran caught trying to smuggle arms"
    (the one caught acts). A perfect has its "have" ("Israel has accused Tehran of arming the
    Houthis", "the RSF commander has accused Egypt of supplying": the accuser only speaks)."""
    return bool(verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children))


# verbs of looking into an act: "the Panel continues to investigate the supply of weapons to the
# Houthis" (the one looking into it is no party to it)
_INQUIRING = {"investigate", "examine", "probe", "monitor", "track", "study", "review", "scrutinize", "scrutinise"}

# papers naming an intent or an understanding: "a letter of intent to buy", "a memorandum of
# understanding to acquire" (the act hangs on the "of" noun, not on the paper)
_PAPERS_OF_INTENT = {"letter", "memorandum"}


def _intended_act(paper: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """The act a paper of intent is for ("signed a letter of intent to buy MQ-9B drones": buy; the parse
    may hang the infinitive on the paper itself), or None."""
    nouns = [paper, *(g for p in paper.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)]
    return next((a for n in nouns for a in n.children if _infinitive_on(a) and a.i in trigger_tokens), None)


def _infinitive_on(tok: Any) -> bool:
    """A clause on a noun telling what it is for: "a deal to buy" (the parse calls an infinitive
    "acl", or "relcl" where it reads "to acquire" as a relative)."""
    return tok.dep_ == "acl" or (
        tok.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


def _sum(tok: Any) -> bool:
    """A sum of money: "$300 million", "1.2 billion euros", "$50m"."""
    if tok.lemma_.lower() in ("million", "billion", "m", "bn", "euro", "euros", "dollar", "dollars", "pound"):
        return True
    return tok.like_num and any(c.tag_ == "$" or c.lower_ in ("$", "€", "£") for c in tok.subtree)


def _deal_worth(verb: Any) -> Any | None:
    """The deal noun of "a contract worth $260 million to supply", where the parse hangs the infinitive
    on the sum; None elsewhere."""
    if not _infinitive_on(verb) or verb.dep_ not in ("relcl", "acl") or not _sum(verb.head):
        return None
    t = verb.head
    while t.dep_ in ("npadvmod", "pobj", "nummod", "compound", "quantmod") and t.head.i != t.i and t.lower_ != "worth":
        t = t.head
    return t.head if t.lower_ == "worth" and t.head.pos_ == "NOUN" else None


# nouns of enlarging a deal: whoever agrees the expansion of a deal is a party to that deal
_ENLARGING = {"expansion", "extension", "enlargement", "top-up", "amendment", "increase", "addendum"}
# verbs of a clause listing a deal's goods: "signed a deal with Germany covering 200 tanks"
_COVERING = {"cover", "include", "comprise"}


def _deal_covering(verb: Any, child: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """The deal noun whose goods a clause of covering lists, where the parse hangs that clause on
    the verb signing the deal ("signed a deal with Germany covering 200 tanks", "agreed a contract
    with Rheinmetall including 40 launchers"); None elsewhere."""
    if child.dep_ != "dobj" or verb.lemma_.lower() not in _COVERING or verb.dep_ not in ("advcl", "acl"):
        return None
    for c in verb.head.children:
        if c.dep_ == "dobj":
            return c if c.i in trigger_tokens else _enlarged_deal(c, trigger_tokens)
    return None


def _enlarged_deal(noun: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """The deal an enlarging noun is said of ("an expansion of the deal", "an extension of its
    contract with Germany"): whoever agrees the enlargement is a party to that deal, and the goods
    it covers are that deal's; None where `noun` enlarges no deal told as a trigger."""
    if noun.lemma_.lower() not in _ENLARGING:
        return None
    return next(
        (g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
         if g.dep_ == "pobj" and g.i in trigger_tokens),
        None,
    )  # fmt: skip


# words of a wish to get goods: "is interested in buying", "expressed interest in acquiring"
_INTEREST = {"interested", "interest", "keen"}
# nouns of a deal still being talked over: "is in talks to buy", "in negotiations to acquire"
_TALKS = {"talk", "talks", "negotiation", "negotiations", "discussion", "discussions"}


def _sought_in(verb: Any, prep: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """The trigger an "in" phrase holds as a wish or a deal under way: "Saudi Arabia is interested in
    acquiring J-10C jets", "Hanoi expressed interest in buying F-16s" (on the noun), "Qatar is in
    talks to buy Typhoons"."""
    for g in prep.children:
        if g.dep_ == "pcomp" and g.i in trigger_tokens and verb.lemma_.lower() in _INTEREST:
            return g
        if g.dep_ == "pobj" and g.lemma_.lower() in _TALKS and verb.lemma_.lower() == "be":
            return next((a for a in g.children if a.dep_ == "acl" and a.i in trigger_tokens), None)
    return None


# words by which a party is said to have done an act noun: "officials responsible for the transfer of
# missiles", "firms involved in the shipment of drones"
_ANSWERABLE = {"responsible", "involve", "implicate", "complicit", "behind"}


def answerable_for(holder: Any, party: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """The act noun a party is told answerable for: "North Korean officials responsible for the transfer of
    missiles to Russia" (on the noun), "Iran is responsible for the supply of drones" (on the copula's
    subject), "the panel held Iran responsible for the shipment" (on the verb's object), or None; `party`
    is the holder's word the party came up by. Who is responsible for a transfer made it, a state or its
    officials. Only a told act, with its article ("the transfer of"), counts: "the official responsible
    for arms transfers to Taiwan" names a post, not a deed."""
    deps: tuple[str, ...]
    if holder.pos_ in ("NOUN", "PROPN"):
        deps = ("amod", "acl")
    elif party.dep_ == "nsubj" and holder.lemma_.lower() == "be":
        deps = ("acomp",)
    elif party.dep_ == "dobj" and holder.pos_ == "VERB":
        deps = ("oprd", "acomp", "xcomp")
    else:
        return None
    for mod in holder.children:
        if mod.dep_ not in deps or mod.lemma_.lower() not in _ANSWERABLE:
            continue
        for prep in mod.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "in"):
                act = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp") and g.i in trigger_tokens), None)
                if act is not None and (act.dep_ == "pcomp" or any(c.dep_ == "det" for c in act.children)):
                    return act
    return None


def act_by(noun: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """The act a plan noun with a "by" phrase is for: "foiled an attempt by Iran to smuggle rockets to
    Hezbollah", "a bid by Cairo to buy Su-35 jets" (the one in the "by" phrase does the act), or None."""
    if noun.lemma_.lower() not in PLAN_NOUNS:
        return None
    return next((a for a in noun.children if _infinitive_on(a) and a.i in trigger_tokens), None)


# what talks are about: "talks with Qatar on the sale of", "negotiating with France for the purchase of"
_TALKED_OVER = {"on", "over", "about", "for", "regarding", "concerning"}
# verbs of talking a deal over
_NEGOTIATING = {"negotiate", "talk"}
# verbs of talks given up
_BROKEN_OFF = {"suspend", "halt", "end", "freeze", "abandon", "cancel", "scrap", "drop", "break", "stall", "shelve"}


def talks_act(talks: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """The act talks are held over: "talks with Qatar on the sale of Hurjet jets" (sale), "negotiating
    with Paris for the purchase of 12 Rafales" (purchase), "held talks with Moscow on buying Su-35s"
    (buying); None where `talks` is no talk or names no act."""
    if talks.lemma_.lower() not in _TALKS and talks.lemma_.lower() not in _NEGOTIATING:
        return None
    if talks.dep_ == "dobj" and talks.head.lemma_.lower() in _BROKEN_OFF:
        return None  # "Abu Dhabi suspended talks on buying F-35s": no deal is under way
    for p in talks.children:
        if p.dep_ == "prep" and p.lower_ in _TALKED_OVER:
            found = next((g for g in p.children if g.dep_ in ("pobj", "pcomp") and g.i in trigger_tokens), None)
            if found is not None:
                return found
    if talks.pos_ != "NOUN":
        # "is negotiating a similar sale with Slovakia": the deal negotiated is the verb's object
        return next((c for c in talks.children if c.dep_ == "dobj" and c.i in trigger_tokens), None)
    # "opened talks with Ankara to buy TB2s", "began negotiations with Seoul to acquire tanks": the
    # infinitive on the talks, or on the verb that opens them, is the act talked over
    opening = talks.head if talks.dep_ == "dobj" and talks.head.lemma_.lower() in _OPENING_TALKS else None
    for c in (*talks.children, *(opening.children if opening is not None else ())):
        if (
            c.dep_ in ("acl", "advcl", "xcomp", "relcl")
            and c.i in trigger_tokens
            and c.i > talks.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ):
            return c
    return None


# verbs that open or hold talks: "opened talks", "began negotiations", "held discussions"
_OPENING_TALKS = {"open", "begin", "start", "launch", "hold", "enter", "resume", "conduct", "initiate"}


def _opens_talks(verb: Any) -> bool:
    """ "opened talks with Ankara", "began negotiations": a verb that opens or holds talks."""
    return verb.lemma_.lower() in _OPENING_TALKS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _TALKS for c in verb.children
    )


def _talked_over(t: Any, child: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """The act a party reaches through talks: the other side of the talks ("talks with Qatar on the
    sale of jets"), or their subject ("Vietnam held talks with Russia on buying Su-35s", "Turkey is in
    talks with Qatar on the sale", "Jakarta is negotiating with Paris for the purchase of")."""
    if child.dep_ == "prep" and child.lower_ == "with":
        return talks_act(t, trigger_tokens)
    if child.dep_ != "nsubj" or t.pos_ not in ("VERB", "AUX"):
        return None
    held = [c for c in t.children if c.dep_ == "dobj"]
    held += [g for p in t.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children if g.dep_ == "pobj"]
    for talks in [t, *held]:
        found = talks_act(talks, trigger_tokens)
        if found is not None:
            return found
    return None


def purpose_trigger(verb: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """The act a verb is done for, told in its infinitive: "used its territory to supply"."""
    return next(
        (
            c
            for c in verb.children
            if c.i in trigger_tokens
            and c.dep_ in ("xcomp", "advcl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def attach(
    tok: Any, trigger_tokens: dict[int, int], lo: int = 0, hi: int = 1 << 30, goods: frozenset[int] = frozenset()
) -> tuple[int | None, bool, list[Any]]:
    """The trigger a token belongs to: (trigger index or None, blocked, path).

    `blocked` is True when the chain meets another predicate first (a speech verb, an unrelated
    verb): the token belongs to that clause and no fallback by order may give it to a trigger.
    The path is the tokens walked, from `tok` up to (not including) the trigger.
    """
    path: list[Any] = []
    onward = delivery_for(tok, trigger_tokens)
    if onward is not None:
        return trigger_tokens[onward.i], False, path  # "missile parts for onward delivery to the Houthis"
    t = tok
    for _ in range(12):
        if t.i in trigger_tokens:
            return trigger_tokens[t.i], False, path
        path.append(t)
        if t.head.i == t.i:
            return None, False, path
        child, t = t, t.head
        if not lo <= t.i < hi:
            return None, False, path  # the parse runs over a line break (a headline, a byline)
        held = _followed_with(t, trigger_tokens) if child.dep_ == "nsubj" else None
        if held is not None:
            path.append(t)  # "Indonesia followed with an order for 12 of the jets": the order's buyer
            return trigger_tokens[held.i], False, path
        if t.i in trigger_tokens:
            twin = _origin_twin(t, child, trigger_tokens)
            if twin is not None:
                path.append(t)  # "had come from Iran and were destined for the Houthis": the journey's start
                return trigger_tokens[twin.i], False, path
            return trigger_tokens[t.i], False, path
        planned_by = act_by(t, trigger_tokens) if child.dep_ == "prep" and child.lower_ == "by" else None
        if planned_by is not None:
            path.append(t)  # "an attempt by Iran to smuggle rockets": the one who attempts does the act
            return trigger_tokens[planned_by.i], False, path
        answerable = answerable_for(t, child, trigger_tokens)
        if answerable is not None:
            path.append(t)  # "North Korean officials responsible for the transfer of missiles": who made it
            return trigger_tokens[answerable.i], False, path
        talked = _talked_over(t, child, trigger_tokens)
        if talked is not None:
            path.append(t)  # "in talks with Qatar on the sale of jets": both sides of the deal talked over
            return trigger_tokens[talked.i], False, path
        cleared = _cleared_for(t, child, trigger_tokens)
        if cleared is not None:
            path.append(t)  # "Harpoon systems were approved for sale to Taiwan": the goods of the sale
            return trigger_tokens[cleared.i], False, path
        misread = misread_infinitive(t, trigger_tokens)
        if misread is not None:
            path.append(t)  # "conspired to export aircraft parts to Russia": the export's
            return trigger_tokens[misread.i], False, path
        if child.dep_ == "prep" and made_aside(t, child, trigger_tokens):
            path.append(t)  # "shipped 30 lathes, originally made in Taiwan, to Russian firms": the shipping's goal
            return trigger_tokens[t.head.i], False, path
        caused = caused_act(t, trigger_tokens) if child.dep_ in ("dobj", "prep") else None
        if caused is not None:
            path.append(t)  # "caused to be shipped, 2,600 items to Russia": the shipping's goods
            return trigger_tokens[caused.i], False, path
        shared = shared_conjunct(t, trigger_tokens) if child.dep_ == "prep" else None
        if shared is not None:
            path.append(t)  # "the production and delivery to Russia of missiles": the delivery's
            return trigger_tokens[shared.i], False, path
        if t.dep_ == "relcl" and t.pos_ not in ("VERB", "AUX") and child.dep_ == "nsubj":
            # "The parts, which the Commerce Department lists among items of high priority, were resold":
            # the subject of a relative clause whose verb the parse took for a noun is that clause's
            return None, True, path
        if t.i in goods and t.pos_ == "VERB" and t.dep_ in ("ccomp", "xcomp", "conj", "dobj"):
            continue  # "retransferred Bulgarian mortar rounds to the RSF": goods the parse took for a verb
        lemma = t.lemma_.lower()
        if t.dep_ == "prep" and lemma in ("include", "includ"):
            continue  # "to Belarus, including aircraft": the goods of the clause above
        if misread_end_users(t):
            continue  # "exported chips to end users in Russia": the receivers of the act above
        if allegiance(t) and child.dep_ == "prep":
            continue  # "sent vehicles to forces affiliated with Haftar": the forces' side
        if ownership(t) and child.dep_ in ("prep", "agent"):
            continue  # "forwarded to plants belonging to Russia's Tecmash group": the owner's works
        if t.pos_ == "VERB" and lemma in CARRY and t.dep_ in ("acl", "advcl", "relcl"):
            continue  # "a plane carrying drones arrived": the goods of the journey
        if child.dep_ == "prep" and child.lower_ == "in" and _firm_placed(t):
            continue  # "firms registered in Singapore sent": the firms' act
        chosen = _chosen_for(t, child, trigger_tokens, path)
        if chosen is not None:
            path.append(t)  # "will buy 36 jets, choosing the American F-35A": the goods of the purchase
            return trigger_tokens[chosen.i], False, path
        if t.dep_ == "acl" and t.tag_ == "VBN" and child.dep_ == "agent" and lemma in _BOUGHT_BY:
            return None, False, path  # "Rafale jets ordered by Serbia were handed over": the buyer, no giver
        if t.dep_ == "acl" and t.tag_ == "VBN" and child.dep_ == "agent" and t.head.lemma_.lower() in CARRIERS:
            continue  # "flights operated by a Belarusian carrier carried": who runs the carrier
        if t.pos_ == "VERB" and lemma in _LOADING and t.dep_ == "pcomp" and t.head.lower_ in ("after", "before"):
            continue  # "offloaded them at Tobruk after loading them at Novorossiysk": the same journey
        among = _counted_among(t, child, trigger_tokens)
        if among is not None:
            path.append(t)  # "SIPRI lists 44 tanks among Chinese deliveries": the goods of those deliveries
            return trigger_tokens[among.i], False, path
        listed = _listing_noun(t, child, trigger_tokens) if lemma in _LISTING else None
        if listed is not None:
            path.append(t)  # "a package for Kyiv that includes Bradley vehicles": the goods of the act noun
            return trigger_tokens[listed.i], False, path
        covered = _deal_covering(t, child, trigger_tokens)
        if covered is not None:
            path.append(t)  # "signed a deal with Germany covering 200 tanks": the goods of the deal
            return trigger_tokens[covered.i], False, path
        if t.pos_ == "VERB" and child.dep_ == "prep" and child.lower_ in ("with", "including"):
            # "announced a package for Kyiv, with missiles and radars": the goods of the act it announced
            # (and "a package for Kyiv on Friday, including shells": the parse hangs the list on the verb)
            held = next((c for c in t.children if c.dep_ == "dobj" and c.i in trigger_tokens), None)
            if held is None and lemma in LIGHT:
                held = _xcomp_trigger(t, trigger_tokens)  # "announced $300 million in aid, including shells"
            if held is not None:
                path.append(t)
                return trigger_tokens[held.i], False, path
        if t.pos_ in ("VERB", "AUX") and child.dep_ in ("dobj", "attr"):
            # "What Iran gets in return includes Yak-130 trainers": the goods of the clause it is said of
            cleft = next((c for c in t.children if c.dep_ == "csubj" and c.i in trigger_tokens), None)
            if cleft is not None:
                path.append(t)
                return trigger_tokens[cleft.i], False, path
            # "announced 2.5 billion pounds in aid for Kyiv, including missiles": goods listed on the sum
            held = _xcomp_trigger(t, trigger_tokens) if lemma in LIGHT and _sum(child) else None
            if held is not None:
                path.append(t)
                return trigger_tokens[held.i], False, path
        share = _share_of_imports(t, child, trigger_tokens)
        if share is not None:
            path.append(t)  # "the United States accounted for 45 per cent of Ukraine's imports": its supplier
            return trigger_tokens[share.i], False, path
        twin = _origin_twin(t, child, trigger_tokens)
        if twin is not None:
            path.append(t)  # "originated in Iran and was destined for the Houthis": the journey's start
            return trigger_tokens[twin.i], False, path
        moved = _goal_of_the_object(t, child, trigger_tokens)
        if moved is not None:
            path.append(t)  # "documented three shipments of shells from Rwanda to the M23": the shipments' goal
            return trigger_tokens[moved.i], False, path
        if _opening_scene(child, t, trigger_tokens):
            continue  # "In Myanmar, the two remain complementary: Russia sells": the scene of the act after
        if child.dep_ == "prep" and t.head.i in trigger_tokens and _based_opening(t, t.head):
            continue  # "Based in Hong Kong, the company shipped chips": where the giver works from
        owned = _owned_gerund(t, child, trigger_tokens)
        if owned is not None:
            path.append(t)  # "Kyiv did not deny sending drones": who denies or owns up to it did it
            return trigger_tokens[owned.i], False, path
        landed = _berth_of_the_act(t, child, trigger_tokens)
        if landed is not None:
            path.append(t)  # "docked at Tobruk and unloaded armoured vehicles": where the unloading was
            return trigger_tokens[landed.i], False, path
        signed_for = _deal_signed_for(t, child, trigger_tokens)
        if signed_for is not None:
            path.append(t)  # "signed a tank deal with South Korea to buy 180 tanks": the deal is the purchase's
            return trigger_tokens[signed_for.i], False, path
        if _runner_up(t) and child.dep_ in ("agent", "prep"):
            continue  # "..., followed by Germany with 12 percent": ranked after the share told above
        if t.pos_ in ("VERB", "AUX") or (t.pos_ == "ADJ" and child.dep_ in ("nsubj", "nsubjpass")):
            if lemma in OBJ_CONTROL:
                # "Iran caught trying to smuggle" (a headline's passive without "was"): no object follows
                headline = child.dep_ == "nsubj" and not any(c.dep_ in ("dobj", "ccomp") for c in t.children)
                object_like = (
                    child.dep_ in ("nsubjpass", "dobj") or headline or (child.dep_ == "nsubj" and _bare_participle(t))
                )
                found = _xcomp_trigger(t, trigger_tokens) if object_like else None  # "Iran caught trying to"
                if found is None:
                    return None, True, path
                path.append(t)
                return trigger_tokens[found.i], False, path
            # ("US clears sale of missiles to Egypt": a headline's parse may call the "to" a dative)
            to_goods = child.dep_ in ("prep", "dative") and child.lower_ in ("to", "from", "for", "via")
            # (not "sales notified to Congress": whom a sale is told to is no party to it)
            to_goods = to_goods and lemma in LIGHT and lemma not in _NOTIFYING
            to_goods = to_goods or (lemma in ("sign", "ink") and child.dep_ == "prep" and child.lower_ == "with")
            # "approved a possible Foreign Military Sale to Japan of 300 missiles": the act noun's goods
            # (a long capitalised name of goods may hang on the verb as a bare "dep" or a second object)
            to_goods = to_goods or (
                lemma in LIGHT
                and ((child.dep_ == "prep" and child.lower_ == "of") or child.dep_ in ("dep", "dobj"))
                and any(c.dep_ == "dobj" and c.i in trigger_tokens and c.i != child.i for c in t.children)
            )
            if (
                child.dep_ in ("nsubj", "nsubjpass", "expl")
                or to_goods
                or (lemma in LIGHT and child.dep_ in ("advmod", "npadvmod"))
            ):
                if lemma in LIGHT or t.pos_ == "AUX" or t.pos_ == "ADJ":
                    found = _xcomp_trigger(t, trigger_tokens)
                    if found is not None:
                        path.append(t)
                        return trigger_tokens[found.i], False, path
                # "Iran built and shipped drones": the subject of the first conjunct
                for c in t.children:
                    if (
                        c.dep_ == "conj"
                        and c.i in trigger_tokens
                        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                    ):
                        path.append(t)
                        return trigger_tokens[c.i], False, path
            if t.dep_ in ("xcomp", "aux", "auxpass", "amod", "acomp") and lemma not in SPEECH:
                continue
            if (
                t.dep_ in ("acl", "relcl")
                and t.tag_ == "VBN"
                and child.dep_ == "prep"
                and child.text.lower() in ("to", "for")
            ):
                if _built_for_another(t, child):
                    return None, True, path
                continue  # "missiles produced under licence to the U.S.": the goal is the goods'
            if (
                t.dep_ == "acl"
                and t.tag_ == "VBN"
                and lemma in _BOUGHT
                and child.dep_ == "prep"
                and child.lower_ == "from"
                and (t.head.pos_ in ("NOUN", "PROPN") or t.head.dep_ == "appos")  # "the first of 24 ordered"
            ):
                continue  # "jets ordered from Russia arrived in Iran": the goods' seller is where they come from
            if _drawn_from_stores(t, child):
                continue  # "equipped with vehicles drawn from German stocks": the stores' owner gives them
            return None, True, path
    return None, False, path


# verbs of building goods for a first owner: "a frigate built for the Royal Navy", "laid down for"
_BUILT = {"build", "construct", "lay", "make", "design", "produce", "manufacture"}


def _built_for_another(verb: Any, prep: Any) -> bool:
    """ "A patrol vessel originally built for the Italian Navy was handed over to Indonesia": whom goods
    were first built for is no goal of an act that hands them on to a party of its own (the goods'
    verb has its own "to"); with none, "frigates built for Indonesia were delivered", it is the goal."""
    if verb.dep_ != "acl" or prep.lower_ != "for" or verb.lemma_.lower() not in _BUILT:
        return False
    act = verb.head.head
    return verb.head.dep_ in ("nsubjpass", "nsubj", "dobj") and any(
        c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in ("to", "into")) for c in act.children
    )


# verbs of finding or recording acts, which take no "to" of their own: "documented shipments of shells to"
_RECORDING = {"document", "record", "track", "monitor", "observe", "detect", "reveal", "expose", "uncover",
              "verify", "identify", "log", "note", "describe", "report", "confirm", "find", "spot", "see",
              "photograph", "film", "chronicle", "list", "cite", "trace"}  # fmt: skip


def _goal_of_the_object(verb: Any, child: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """The act noun a "to" hung on the verb above it belongs to: "experts traced two shipments of
    rifles from Belarus to Sudan" (the parse gives "to Sudan" to "traced", which moves nothing)."""
    if verb.pos_ != "VERB" or child.dep_ != "prep" or child.lower_ not in ("to", "into") or verb.i > child.i:
        return None
    if verb.lemma_.lower() not in _RECORDING:
        return None  # ("tied the arrival of missiles from Iran to a new campaign": a "to" of the verb's own)
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.i not in trigger_tokens or obj.pos_ != "NOUN" or obj.i > child.i:
            continue
        if not any(p.dep_ == "prep" and p.lower_ in ("to", "into", "for") for p in obj.children):
            return obj
    return None


def _share_of_imports(verb: Any, child: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """ "The United States accounted for 45 per cent of Ukraine's arms imports", "with Russia
    accounting for a third of India's imports": the subject of "account for" a share of a state's
    imports is a supplier of those imports, of its exports ("India accounted for 38 per cent of
    Russia's arms exports") a buyer (whose "its imports" are, see `importer_of_its_imports`).
    Returns the trade noun's trigger token, or None."""
    if verb.lemma_.lower() != "account" or not (child.dep_ == "nsubj" or _runner_up(child)):
        return None
    shares = [n for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for n in p.children]
    return next(
        (
            g
            for n in shares
            for q in n.children
            if q.dep_ == "prep" and q.lower_ == "of"
            for g in q.children
            if g.dep_ == "pobj" and g.i in trigger_tokens
        ),
        None,
    )


# verbs telling where goods come from, paired with one telling where they go ("the cargo
# originated in Iran and was destined for the Houthis")
_ORIGINATING = {"originate", "emanate"}


def _origin_twin(verb: Any, child: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """ "The Panel assesses that the materiel originated in Iran and was destined for the Houthis":
    the place a verb of origin names ("in", "from") is where the goods of the journey verb
    coordinated with it set out; so is the one goods "came from" that "were destined for" another
    ("The rifles had come from Iran and were destined for the Houthis"). Returns that journey's
    trigger token, or None."""
    lemma = verb.lemma_.lower()
    came = lemma == "come" and child.lower_ == "from"
    # "had been loaded in Iran and was destined for the Houthis": where the goods were put on board
    loaded = lemma in _LOADING and child.lower_ in ("in", "at")
    # "rifles manufactured in Serbia and sold to Egypt": where goods sold on with no seller named were made
    made = lemma in _MAKING_VERBS and child.lower_ == "in" and verb.dep_ in ("acl", "relcl", "ROOT", "conj")
    if not (lemma in _ORIGINATING or came or loaded or made) or child.dep_ != "prep":
        return None
    if child.lower_ not in ("in", "from", "at"):
        return None
    pair = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        pair.append(verb.head)
    if came and verb.dep_ == "relcl" and verb.head.dep_ in ("nsubj", "nsubjpass"):
        pair.append(verb.head.head)  # "The rifles, which came from Iran, were destined for the Houthis"
    if came or loaded:  # (only a word of where the goods were going: "came from Iran and were used" tells no journey)
        pair = [c for c in pair if c.lower_ in _BOUND or c.lemma_.lower() in ("destine", "bind")]
    if made:  # (a sale or export of the made goods, its seller untold: "sold by Belgrade" names its own)
        pair = [
            c
            for c in pair
            if c.lemma_.lower() in _SOLD_ON
            and c.tag_ in ("VBN", "VBD")  # (the parse may read "and sold to Egypt" as a past tense)
            and not any(g.dep_ in ("nsubj", "agent") or (g.dep_ == "prep" and g.lower_ == "by") for g in c.children)
        ]
    return next((c for c in pair if c.i in trigger_tokens), None)


# verbs of making goods, and the verbs of selling them on whose seller a made-in place may stand for
_MAKING_VERBS = {"manufacture", "make", "produce", "build"}
_SOLD_ON = {"sell", "export", "ship", "supply", "deliver"}


def misread_verb(tok: Any) -> bool:
    """Whether `tok` is the verb of "conspired to export aircraft parts" that the parse reads as a
    modifier of the goods ("to" a preposition, "export" a compound of "parts") after a verb that
    takes an infinitive (not "subject to export controls"); or the gerund of "charged with smuggling
    rifles", "accused of shipping shells" read the same way after a verb of accusing (not "charged
    with shipping fraud": the gerund must be a trigger's, which the caller checks). The parse may hang
    "with" on the one accused and take the gerund for an adjective: "charged a Hong Kong firm with
    shipping U.S.-made chips"."""
    prep = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prep is None or tok.dep_ not in ("compound", "amod") or prep.dep_ != "prep" or tok.head.head.i != prep.i:
        return False
    if prep.lower_ in ("with", "of"):
        verb = prep.head.head if prep.head.dep_ == "dobj" and prep.head.pos_ in ("NOUN", "PROPN") else prep.head
        return (
            verb.pos_ in ("VERB", "AUX")
            and tok.tag_ in ("NN", "VBG")
            and tok.lower_.endswith("ing")
            and verb.lemma_.lower() in OBJ_CONTROL
        )
    if tok.dep_ != "compound" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    return tok.tag_ in ("VB", "NN") and prep.lower_ == "to" and prep.head.lemma_.lower() in LIGHT | {"conspire", "plot"}


def misread_infinitive(verb: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """The verb of "to export aircraft parts" or the gerund of "charged with smuggling rifles" read as
    a modifier (see `misread_verb`) hanging on `verb`; None where there is none."""
    if verb.pos_ not in ("VERB", "AUX") or verb.i in trigger_tokens:
        return None
    # ("charged a Hong Kong firm with shipping chips": the parse hangs "with" on the one accused)
    accused = [g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.lower_ in ("with", "of")]
    for c in (*verb.children, *accused):
        if c.dep_ == "prep" and c.lower_ in ("to", "with", "of") and c.i + 1 < len(c.doc):
            after = c.doc[c.i + 1]
            if after.i in trigger_tokens and misread_verb(after):
                return after
    return None


def delivery_for(goods: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """The act noun of a "for ... delivery to" phrase on goods ("a vessel carrying missile parts for
    onward delivery to the Houthis"): the goods are that delivery's, whatever verb holds them (a
    carrier's, a seizer's); None where the goods have no such phrase."""
    for prep in goods.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for act in prep.children:
            if (
                act.dep_ == "pobj"
                and act.i in trigger_tokens
                and any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in act.children)
            ):
                return act
    return None


# verbs of making a set-off participle on goods may be: "originally manufactured in Taiwan"
_MADE_ASIDE = {"make", "manufacture", "produce", "build", "assemble", "design", "develop"}


def made_aside(verb: Any, prep: Any, trigger_tokens: dict[int, int]) -> bool:
    """ "shipped 30 machining centres, originally manufactured in Taiwan, to Russian defence
    enterprises": a participle of making set off by commas between the act and its "to" phrase; the
    parse hangs the "to" on the participle, but goods are made in a place, not "to" a party. Only a
    "to" right after the closing comma (not "made to NATO standards")."""
    return (
        verb.lemma_.lower() in _MADE_ASIDE
        and verb.dep_ in ("advcl", "acl")
        and verb.head.i in trigger_tokens
        and prep.lower_ in ("to", "into")
        and prep.i > verb.i
        and prep.i > 0
        and prep.doc[prep.i - 1].text == ","
    )


def caused_act(verb: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """The act of "caused to be shipped" (a charge's words: "conspired to export, and caused to be
    shipped, 2,600 items to Russia"): the parse hangs the goods, and their goal, on "caused", which
    only says who brought the act about; None where `verb` is no such "cause"."""
    if verb.lemma_.lower() != "cause" or verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.i in trigger_tokens), None)


# nouns of work on goods told beside their handing over ("the production and delivery of")
_MAKING = {"production", "manufacture", "manufacturing", "development", "design", "assembly", "procurement",
           "acquisition", "financing", "sourcing", "storage", "repair", "maintenance", "testing",
           "purchase"}  # fmt: skip


def shared_conjunct(noun: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """The act noun joined to `noun` ("the production and delivery to Russia of missiles", "the
    development and export of drones to Iran"): the parse hangs the phrases both share on the first
    noun, which tells no transfer of its own; None where there is none."""
    if noun.pos_ != "NOUN" or noun.i in trigger_tokens or noun.lemma_.lower() not in _MAKING:
        return None
    return next((c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i in trigger_tokens), None)


def _opening_clause(verb: Any) -> bool:
    """Whether `verb` heads a clause set before the main one, which the parse hangs below it ("In
    Myanmar, the two remain complementary: Russia sells the fighters")."""
    return verb.dep_ in ("ccomp", "parataxis") and verb.head.i > verb.i


def _opening_scene(child: Any, verb: Any, trigger_tokens: dict[int, int]) -> bool:
    """Whether `child` is a sentence-opening "In X" on an opening clause whose main verb after it is
    a trigger: the scene belongs to that act, not to the clause the parse hung it on."""
    return (
        child.dep_ == "prep"
        and child.lower_ == "in"
        and child.i == child.sent.start
        and _opening_clause(verb)
        and verb.head.i in trigger_tokens
    )


# heads of a named port ("Iran's Bandar Abbas port"): the state owning it takes the port's place in the act
_HARBOURS = {"port", "harbour", "harbor"}


# verbs of an authority letting goods go: "were approved for sale", "cleared 12 jets for export"
_CLEARING = {"approve", "clear", "authorize", "authorise", "license", "licence"}


def clearing(verb: Any) -> bool:
    """ "approved", "cleared 12 jets": a verb of an authority letting goods go (not "cleared the way
    for the transfer", which lets another party act)."""
    return verb.lemma_.lower() in _CLEARING and not any(
        c.dep_ == "dobj" and c.lemma_.lower() == "way" for c in verb.children
    )


def _cleared_for(verb: Any, child: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """The act noun goods are "approved for" ("a coastal version of the Harpoon was approved for sale
    in 2020", "Berlin cleared 12 jets for export to Riyadh"): the goods of the sale or export; None
    when `verb` lets no goods go for an act noun."""
    if not clearing(verb) or child.dep_ not in ("nsubjpass", "dobj", "nsubj"):
        return None  # (the subject of the active verb lets them go: "Germany cleared 12 jets for export")
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ == "for":
            return next((g for g in p.children if g.dep_ == "pobj" and g.i in trigger_tokens), None)
    return None


def _followed_with(verb: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """The deal noun a party "followed with" ("Qatar followed in May with an order for 24 Rafales"):
    the one who follows others with a deal makes that deal; None when `verb` is no such "follow"."""
    if verb.lemma_.lower() != "follow":
        return None
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ == "with":
            return next((g for g in p.children if g.dep_ == "pobj" and g.i in trigger_tokens), None)
    return None


def _listing_noun(verb: Any, child: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """The act noun a relative listing verb tells the goods of ("a package for Kyiv that includes
    Bradley vehicles"; the parse may hang "that includes" on the clause's verb), or None."""
    if child.dep_ != "dobj":
        return None
    journey = _journey_of_the_load(verb.head, trigger_tokens) if verb.dep_ in ("relcl", "acl") else None
    if journey is not None:
        return journey  # ("The consignment, which included rifles, was bound for Haiti": the load's journey)
    if verb.dep_ in ("relcl", "acl") and verb.head.i in trigger_tokens:
        return verb.head
    if verb.dep_ in ("relcl", "acl"):
        # "delivered a package of military aid that includes drones"; "announced a package on Monday,
        # which includes tanks": the parse hangs the relative on the word after the act noun
        return _lot_of(verb.head, trigger_tokens) or _act_noun_before(verb.head, trigger_tokens)
    if verb.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children):
        return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i in trigger_tokens), None)
    return None


# verbs that count goods among acts: "lists 44 tanks among Chinese deliveries", "counts the jets among its purchases"
_COUNTING = {"list", "count", "include", "name", "number", "rank", "record"}


def _counted_among(verb: Any, child: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """The act noun goods are counted among ("which also lists 44 MBT-2000 tanks among Chinese
    deliveries"), or None."""
    if child.dep_ != "dobj" or verb.lemma_.lower() not in _COUNTING:
        return None
    for p in (*verb.children, *child.children):  # (the parse may hang "among" on the goods)
        if p.dep_ == "prep" and p.lower_ == "among":
            return next((g for g in p.children if g.dep_ == "pobj" and g.i in trigger_tokens), None)
    return None


def _act_noun_before(noun: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """The act noun a phrase told right after it qualifies ("a package on Monday", "a package for
    Kyiv": `noun` is "Monday" or "Kyiv"), or None."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    up = noun.head.head
    if up.i in trigger_tokens and up.pos_ == "NOUN":
        return up
    return next((c for c in up.children if c.dep_ == "dobj" and c.i in trigger_tokens and c.i < noun.i), None)


def _lot_of(noun: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """The act a lot noun is the object of or names ("has delivered a new package of military aid to
    Kyiv that includes drones": delivered, or aid), or None."""
    if noun.dep_ == "dobj" and noun.head.i in trigger_tokens:
        return noun.head
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            return next((g for g in p.children if g.dep_ == "pobj" and g.i in trigger_tokens), None)
    return None


# verbs listing what an act noun holds: "a package that includes", "a deal that covers"
_LISTING = {"include", "comprise", "contain", "cover", "feature"}
# the nouns of a load whose contents a relative clause may list
_CARGOES = {"cargo", "shipment", "consignment", "haul", "load", "payload", "freight"}


def _journey_of_the_load(load: Any, trigger_tokens: dict[int, int]) -> Any | None:
    """ "The cargo, which included cruise missiles and drone engines, had been loaded in Iran and was
    destined for the Houthis": the goods a load is said to hold go with the journey told of the load
    (its verb, or a verb joined to it), or None."""
    if load.lemma_.lower() not in _CARGOES or load.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = load.head
    return next((v for v in (verb, *verb.conjuncts) if v.i in trigger_tokens), None)


_BOUGHT = {"order", "buy", "purchase", "acquire", "procure", "import", "obtain", "source", "lease", "borrow"}
# participles of goods taken out of a party's stores: "vehicles drawn from Bundeswehr stocks"
_DRAWN = {"draw", "take", "pull", "withdraw", "remove"}
_STORES = {"stock", "stocks", "stockpile", "stockpiles", "reserve", "reserves", "inventory", "inventories",
           "arsenal", "depot", "depots", "warehouse", "warehouses"}  # fmt: skip


def _drawn_from_stores(verb: Any, prep: Any) -> bool:
    """ "vehicles drawn from Bundeswehr stocks", "shells taken from Polish army reserves": a reduced
    relative telling the store goods were taken out of, whose owner is where they come from."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.lemma_.lower() in _DRAWN
        and verb.head.pos_ in ("NOUN", "PROPN")
        and prep.dep_ == "prep"
        and prep.lower_ == "from"
        and any(c.dep_ == "pobj" and c.lemma_.lower() in _STORES for c in prep.children)
    )


def acting_apart(goods: Any, trig_tokens: dict[int, int]) -> bool:
    """ "Iran has kept shipping drone parts to the Houthis even as US warships patrol the Red Sea":
    goods that are the subject of a verb of their own, in a clause holding no act, are no goods
    moved, and the state that qualifies them is no goods' origin."""
    verb = goods.head
    return (
        goods.dep_ == "nsubj"
        and verb.pos_ in ("VERB", "AUX")
        and not any(verb.left_edge.i <= i <= verb.right_edge.i for i in trig_tokens)
    )


def _agent_on_goal(noun: Any, trig_tok: Any | None) -> bool:
    """ "The rifles were supplied to the local commanders by the UAE": the parse may hang a passive
    verb's "by" phrase on the goal noun just before it; with no agent of its own, the verb's giver is
    that phrase."""
    return (
        trig_tok is not None
        and _passive(trig_tok)
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("to", "into")
        and noun.head.head.i == trig_tok.i
        and not any(c.dep_ == "agent" for c in trig_tok.children)
    )


def _passive(tok: Any | None) -> bool:
    if tok is None:
        return False
    return any(c.dep_ == "auxpass" for c in tok.children) or (tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"))


def misread_end_users(verb: Any) -> bool:
    """Whether `verb` is the noun "end" of "to end users" read as an infinitive ("exported chips to end
    users in Russia": the parse makes "to end" a verb with "users" as its object)."""
    return (
        verb.lower_ == "end"
        and verb.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and any(c.dep_ == "dobj" and c.lemma_.lower() in ("user", "users") for c in verb.children)
    )


# participles that tie armed men to the side they fight for: "forces affiliated with Haftar"
_ALLEGIANCE = {"affiliate", "align", "ally", "associate", "link", "tie"}
# the armed men so tied
_FOLLOWERS = {"force", "forces", "fighter", "fighters", "militia", "militias", "group", "groups", "unit", "units",
              "troops", "faction", "factions", "militant", "militants", "brigade", "brigades"}  # fmt: skip


def _named_followers(noun: Any, party_heads: set[int]) -> bool:
    """Whether `noun` names armed men of a named party ("Hezbollah fighters", "Hamas and Islamic Jihad
    cells", "the Houthis' forces"): a place they are in is where they stand, not who gets the goods."""
    if noun.lower_ not in _FOLLOWERS and noun.lower_ not in ("cell", "cells"):
        return False
    return any(c.dep_ in ("compound", "nmod", "poss", "amod") and c.i in party_heads for c in noun.children)


def allegiance(verb: Any) -> bool:
    """Whether `verb` ties armed men to a side ("forces affiliated with Khalifa Haftar", "militias
    aligned with Iran"): the side they are tied to stands where the men do."""
    return (
        verb.pos_ == "VERB"
        and verb.dep_ == "acl"
        and verb.lemma_.lower() in _ALLEGIANCE
        and verb.head.lower_ in _FOLLOWERS
        and any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in verb.children)
    )


# works and firms an owner's goods go to: "plants belonging to Russia's Kalashnikov group"
_WORKS = {"plant", "plants", "factory", "factories", "facility", "facilities", "site", "sites", "subsidiary",
          "subsidiaries", "unit", "units", "workshop", "workshops"}  # fmt: skip


def ownership(verb: Any) -> bool:
    """Whether `verb` ties works to their owner ("forwarded to plants belonging to Russia's Tecmash
    group", "to factories owned by Iran's defence ministry"): the owner stands where the works do."""
    return (
        verb.pos_ == "VERB"
        and verb.dep_ == "acl"
        and (verb.lemma_.lower() == "belong" or (verb.lemma_.lower() == "own" and verb.tag_ == "VBN"))
        and (verb.head.lower_ in _WORKS or verb.head.lower_ in FIRMS)
    )


# firms a group owns: "a subsidiary of Rostec"
_MEMBER_FIRMS = {"subsidiary", "subsidiaries", "affiliate", "affiliates"}


def _member_firm(noun: Any) -> bool:
    """ "forwarded the motors to a subsidiary of Rostec", "sold chips to affiliates of Rostec": a firm
    a group owns, named as the object of the act's preposition, takes its goods for the owner (told
    aside, "Kalashnikov, a subsidiary of Rostec, sold rifles", it names the firm's own relation)."""
    return noun.lemma_.lower() in _MEMBER_FIRMS and noun.dep_ == "pobj"


def _firms_told_before(prep: Any) -> bool:
    """Whether "in" follows right after "to" and firms or buyers ("to importers in", "to buyers in"), so
    that what it names is where the receiving firms are."""
    doc = prep.doc
    before = doc[prep.i - 1] if prep.i > 0 else None
    if before is not None and before.dep_ == "dobj" and before.head.i == prep.head.i and misread_end_users(prep.head):
        return True  # "to end users in Russia" read as an infinitive
    if before is None or before.dep_ != "pobj" or before.head.lower_ != "to":
        return False
    if before.left_edge.i != before.head.i + 1:  # ("to military end users in Russia": its words only)
        return False
    return before.lower_ in FIRMS or before.lemma_.lower() in ("buyer", "customer", "client", "user", "end-user")


# verbs of getting goods, whose "by" on the goods names their buyer ("jets ordered by Serbia")
_BOUGHT_BY = {"order", "buy", "purchase", "acquire", "procure", "request"}
# verbs of putting goods on board: the port they name is where the goods set out from
_LOADING = {"load", "embark", "onload"}


# adverbs of when an act was done that the parse may hang its ends on: "acquired earlier from Portugal"
_WHEN_ADVERBS = {"earlier", "later", "previously", "originally", "initially", "first", "recently", "already"}


def _by_way_of(prep: Any) -> bool:
    """Whether a preposition is part of "by way of" ("sent to the Houthis by way of Oman"): a way through."""
    if prep.lower_ == "of":
        return bool(prep.head.lower_ == "way" and prep.head.head.lower_ == "by")
    return prep.lower_ == "by" and any(
        c.dep_ == "pobj" and c.lower_ == "way" and any(g.lower_ == "of" for g in c.children) for c in prep.children
    )


def _prep_case(prep: Any, trig_tok: Any | None, direction: str, nominal: bool) -> str:
    if _by_way_of(prep):
        return "via"
    if prep.dep_ == "agent" or prep.text.lower() == "by":
        if direction in ("receive", "request") and (nominal or _passive(trig_tok)):
            return "subj"  # "the purchase of drones by Russia", "drones bought by Russia": the buyer
        return "agent"
    word = prep.text.lower()
    if word == "among" and any(c.lower_ in ("them", "whom") for c in prep.children):
        # "exported drones to 30 countries, among them Ukraine and Poland": the case of the
        # phrase "them" takes up
        told = next((c for c in prep.head.children if c.dep_ == "prep" and c.i < prep.i and c.lower_ != "among"), None)
        if told is not None:
            return _prep_case(told, trig_tok, direction, nominal)
    if word == "to" and prep.head.lemma_.lower() == "accord":
        return "according"
    if (
        word == "in"
        and prep.head.lemma_.lower() in _MAKING_VERBS
        and trig_tok is not None
        and prep.head.i != trig_tok.i
        and any(c.i == trig_tok.i for c in prep.head.conjuncts)
    ):
        return "source"  # "rifles manufactured in Serbia and sold to Egypt": the sale's goods' home
    if (word in ("in", "from") and prep.head.lemma_.lower() in _ORIGINATING) or (
        word == "from" and prep.head.lemma_.lower() == "come" and trig_tok is not None and prep.head.i != trig_tok.i
    ):
        return "source"  # "originated in Iran and was destined for the Houthis": where the goods set out
    if word in ("to", "for") and prep.head.lemma_.lower() in (
        "bind",
        "bound",
        "destine",
        "destined",
        "head",
        "route",
        "earmark",
        "intend",
        "mean",
    ):
        return "goal"
    case = PREP_CASE.get(word, "other")
    if case == "goal" and word == "for" and direction == "request":
        return "other"  # "asked Germany for tanks": for names what is asked
    if (
        word == "in"
        and direction == "receive"
        and trig_tok is not None
        and prep.head.i == trig_tok.i
        and trig_tok.lemma_.lower() in _BOUGHT_IN
    ):
        return "source"  # "the engines were bought in China and shipped to Russia": where they were got
    if word in ("in", "at") and direction in ("give", "move") and prep.head.lemma_.lower() in _LOADING:
        return "source"  # "offloaded the vehicles at Tobruk after loading them at Novorossiysk": where they set out
    if word in ("in", "at") and direction == "move" and trig_tok is not None and _caught_on_the_way(prep, trig_tok):
        return "via"  # "drones bound for Russia seized in Kazakhstan": where they were caught on their way
    if word in ("in", "at") and direction in ("give", "move") and trig_tok is not None and _berthed(prep, trig_tok):
        return "goal"  # "docked at Tobruk and unloaded armoured vehicles": where the carrier brought them
    if word in ("in", "at") and direction == "move" and trig_tok is not None and prep.head.i == trig_tok.i:
        return "goal"  # "arrived in Russia"
    if (
        word == "in"
        and direction == "move"
        and trig_tok is not None
        and trig_tok.lemma_.lower() == "reach"
        and prep.head.dep_ == "dobj"
        and prep.head.head.i == trig_tok.i
        and prep.head.pos_ == "NOUN"
    ):
        return "goal"  # "reached a drone plant in Izhevsk", "reached buyers in Moscow": where what they reached is
    if word == "in" and direction in ("give", "move") and _firms_told_before(prep):
        return "goal"  # "shipped them on to importers in Russia": the parse hangs the firms' place on the verb
    if (
        word in ("in", "from", "out", "of")
        and direction == "give"
        and trig_tok is not None
        and _home_base(prep, trig_tok)
    ):
        return "agent" if _passive(trig_tok) else "subj"  # "Operating from Shenzhen, the firm supplied ..."
    if word == "in" and direction == "give" and trig_tok is not None and _fronted_scene(prep, trig_tok):
        return "goal"  # "In Myanmar, Russia sells the fighters": the scene set first is where the goods go
    if word == "with" and prep.head.lemma_.lower() in ("contract", "deal", "sign", "agreement", "memorandum", "accord"):
        # "signed a contract with Hyundai Rotem" (to buy): the seller; "signed a deal with Poland to supply": the buyer
        # ("signed a drone deal with Russia": a deal of a kind of goods names a partner, no seller)
        if direction == "receive":
            return "other" if _deal_of_a_kind(prep) else "source"
        if direction == "give":
            return "goal"
    if (
        word == "with"
        and trig_tok is not None
        and trig_tok.lemma_.lower() in ("sale", "purchase")
        and prep.head.i in (trig_tok.i, trig_tok.head.i)
        and trig_tok.head.lemma_.lower() == "negotiate"
        and trig_tok.head.dep_ == "conj"
        and trig_tok.head.head.lemma_.lower() in ("sell", "export", "supply", "deliver", "buy", "purchase", "acquire")
    ):
        # "sold Barak systems to Azerbaijan and is negotiating a similar sale with Slovakia": the other
        # side of a deal talked over, the subject's side told by the act before (alone, "Turkey is
        # negotiating the sale with Britain" tells no side)
        if direction == "give":
            return "goal"
        if direction == "receive":
            return "source"
    if word == "with" and direction == "move" and _ended_up(prep.head):
        return "goal"  # "the rifles ended up with ELN guerrillas": the one who came to hold them
    if word == "with" and direction == "receive" and trig_tok is not None and trig_tok.lemma_.lower() in _ORDER_NOUNS:
        return "source"  # "placed an order for 96 helicopters with the United States": the seller
    if word == "on" and direction == "receive" and prep.head.lemma_.lower() in ("rely", "depend"):
        return "source"  # "relies on Iran for drones": the one relied on supplies
    if word == "over" and direction != "move":
        return "other"
    return case


# verbs of buying whose "in" names the country the goods were got in: "bought in China"
_BOUGHT_IN = {"buy", "purchase", "procure", "source", "acquire", "obtain"}


# participles telling where a giver works from: "Operating from Shenzhen", "Based in Hong Kong"
_BASING = {"operate", "base", "headquarter", "work", "trade"}


def _home_base(prep: Any, trig_tok: Any) -> bool:
    """Whether `prep` is the "from" or "in" of a participle opening the sentence that tells where the
    giver works from ("Operating from Shenzhen, the company supplied the Houthis with gyroscopes",
    "Based in Hong Kong, the firm shipped chips to Russia"): the place acts through the giver, as in
    "a Shenzhen-based firm" (and the "of" of "Operating out of Dubai", a two-word preposition)."""
    verb = prep.head
    if prep.lower_ == "of" and verb.lower_ == "out" and verb.dep_ == "prep":
        verb = verb.head
    elif prep.lower_ == "of":
        return False
    return _based_opening(verb, trig_tok)


def _based_opening(verb: Any, trig_tok: Any) -> bool:
    """Whether `verb` is a participle of working from a place set before the act `trig_tok` and hung
    on it, with no subject of its own ("Operating from Shenzhen, ...", "Based in Hong Kong, ...")."""
    return (
        verb.lemma_.lower() in _BASING
        and verb.tag_ in ("VBG", "VBN")
        and verb.dep_ in ("advcl", "prep")
        and verb.head.i == trig_tok.i
        and verb.i < trig_tok.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
    )


def _deal_of_a_kind(prep: Any) -> bool:
    """ "Iran signed a drone deal with Russia": a deal named only by a kind of goods ("drone deal",
    "arms deal") tells no side, so the party it was signed with is a partner, not the seller. One
    that says what the signer gets ("a deal with France for Rafale jets", "to buy") or names a system
    ("a K2 tank contract with South Korea") keeps that party as the seller."""
    head = prep.head
    deal = head if head.pos_ == "NOUN" else next((c for c in head.children if c.dep_ == "dobj"), None)
    if deal is None or deal.lemma_.lower() not in _ORDER_NOUNS:
        return False
    if not any(c.dep_ == "compound" for c in deal.children):
        return False
    # (a name among its modifiers, "a K2 tank contract", "a Rafale deal", names the goods' make)
    if any(t.text[:1].isupper() for c in deal.children if c.dep_ in ("compound", "amod") for t in c.subtree):
        return False
    verb = deal.head if deal.dep_ == "dobj" else deal
    said = (*deal.children, *verb.children)
    return not any((c.dep_ == "prep" and c.lower_ == "for") or c.dep_ in ("xcomp", "advcl", "acl") for c in said)


def _signed_with_a_partner(deal: Any) -> bool:
    """Whether the deal noun `deal` was signed "with" a party and tells no side (`_deal_of_a_kind`)."""
    hosts = (deal, deal.head) if deal.dep_ == "dobj" else (deal,)
    return any(c.dep_ == "prep" and c.lower_ == "with" and _deal_of_a_kind(c) for h in hosts for c in h.children)


def _fronted_scene(prep: Any, trig_tok: Any) -> bool:
    """Whether `prep` is a sentence-opening "In X," that sets the scene of a supply verb with no
    recipient of its own: "In Sudan, Iran supplies the drones and Turkey sells the artillery" (Sudan
    receives); "In Libya, the UAE sent drones to Haftar" keeps its "to"."""
    if prep.i != prep.sent.start:
        return False
    anchors = [prep.head, prep.head.head] if _opening_clause(prep.head) else [prep.head]
    if not any(a.i == trig_tok.i or (a.i == trig_tok.head.i and trig_tok.dep_ in ("conj", "advcl")) for a in anchors):
        return False
    sent = prep.sent
    after = prep.right_edge.i + 1
    if after >= sent.end or prep.doc[after].text != ",":
        return False
    return not any(
        c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in ("to", "for", "into")) for c in trig_tok.children
    )


# nouns that name a relation to another party, which "to", "of" or "for" on them completes
_RELATIONAL = {"successor", "predecessor", "heir", "rival", "counterpart", "neighbour", "neighbor", "ambassador",
               "envoy", "adviser", "advisor", "attache", "attaché", "emissary", "proxy", "affiliate",
               "subsidiary", "offshoot", "precursor",
               # writings addressed to a body: "in its report to the Security Council", "a letter to Congress"
               "report", "letter", "briefing", "testimony", "submission", "notification",
               # a rule broken: "in violation of U.S. export controls", "in breach of UN sanctions"
               "violation", "violations", "breach", "breaches", "contravention", "defiance"}  # fmt: skip


# a buyer's order or contract: "from" or "with" on it names the seller
_ORDER_NOUNS = {"order", "contract", "deal", "agreement", "purchase", "orders", "contracts", "deals"}


# words for a part of a delivery that name no goods of their own: "a second batch of rockets from
# India", "a consignment of shells for Russia" (its "from" and "for" are the act's)
# (and a seized vessel's load: "The cargo was to be handed over to the Houthis")
LOTS = {"batch", "tranche", "lot", "shipment", "consignment", "delivery", "instalment", "installment", "cargo", "haul"}


# firms and traders, whose place ("companies in Dubai") acts through them
FIRMS = {"company", "companies", "firm", "firms", "trader", "traders", "supplier", "suppliers", "exporter",
          "exporters", "entity", "entities", "business", "businesses", "intermediary", "intermediaries",
          "distributor", "distributors", "middleman", "middlemen", "broker", "brokers", "importer", "importers",
          "dealer", "dealers", "outfit", "outfits"}  # fmt: skip


# participles tying a firm to a state: "Taiwan-linked suppliers", "Hong Kong-based traders"
_LINKING = {"link", "base", "back", "own", "connect", "register", "control", "run", "tie", "affiliate", "headquarter"}


def _linked_firm(t: Any, path: list[Any], n: int) -> bool:
    """ "from Taiwan-linked suppliers", "Dubai-registered firms": the state named before a linking
    participle acts through the firms, as "Taiwanese suppliers" would."""
    head = t.head
    return (
        t.dep_ in ("npadvmod", "compound", "nmod")
        and head.tag_ == "VBN"
        and head.lemma_.lower() in _LINKING
        and head.dep_ == "amod"
        and head.head.lemma_.lower() in STANDS_FOR_STATE
        and n + 1 < len(path)
        and path[n + 1].i == head.i
    )


# what marks the offer turned down: "over the Rafale", "rather than the Leopard", "instead of"
_TURNED_DOWN = {"over", "than", "instead", "rather"}
# verbs of choosing among offers: "choosing the F-35A", "opting for the Gripen", "selecting the K9"
_CHOOSING = {"choose", "select", "opt", "pick"}


def _chosen_for(verb: Any, child: Any, trigger_tokens: dict[int, int], path: list[Any]) -> Any | None:
    """ "Switzerland will buy 36 jets, choosing the American F-35A over the Rafale", "..., opting for
    the Swedish Gripen": the goods a participle on a purchase says were chosen are the purchase's (the
    one turned down, after "over", is not). The purchase's token, or None."""
    if verb.lemma_.lower() not in _CHOOSING or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return None
    # (a designation the tagger takes for a sign, "the American F-35A", hangs on the verb as "punct"; a
    # second object after "and", "choosing the SAMP/T for long range and a mix of NASAMS and IRIS-T", may
    # be read as a conjunct of the verb)
    second = child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN")
    if not (child.dep_ in ("dobj", "dep", "punct") or second or (child.dep_ == "prep" and child.lower_ == "for")):
        return None
    if any(p.dep_ == "prep" and p.lower_ in _TURNED_DOWN for p in path):
        return None  # ("opting for the Gripen over the American F-16")
    if any(w.lower_ in _TURNED_DOWN for w in verb.doc[verb.i + 1 : child.i]):
        return None  # ("choosing the F-35A instead of the Rafale": the parse may make both its objects)
    buy = verb.head
    return buy if buy.i in trigger_tokens else None


def _firm_placed(verb: Any) -> bool:
    """ "firms registered in Singapore", "a trader based in Dubai": a linking participle on firms, the
    place after its "in" being where they trade from."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and verb.lemma_.lower() in _LINKING
        and verb.head.lemma_.lower() in FIRMS
    )


# those who rule a place: "the government in Tripoli", "the junta in Niamey"
RULERS = {"government", "authorities", "regime", "junta", "administration", "rulers", "leadership"}


def _rulers_in(prep: Any, trig_tok: Any | None) -> Any | None:
    """ "supplied drones to the government in Tripoli": the parse hangs "in Tripoli" on the verb; the
    place is where the rulers the act's preposition names sit, so it takes that preposition's case.
    Gives that preposition ("to"), or None."""
    if trig_tok is None or prep.lower_ != "in" or prep.i == 0 or prep.head.i != trig_tok.i:
        return None
    ruler = prep.doc[prep.i - 1]
    # ("sent drones to the government in Kyiv": the parse may take the "to" for a dative)
    if ruler.lemma_.lower() not in RULERS or ruler.dep_ != "pobj" or ruler.head.dep_ not in ("prep", "dative"):
        return None
    return ruler.head if ruler.head.head.i == trig_tok.i else None


# the words telling where goods were going: "bound for Russia", "destined for the Houthis"
_BOUND = {"bound", "destined", "headed", "heading"}
# prepositions that set sellers apart from a place, and the nouns for sellers they follow
_BEYOND = {"outside", "beyond"}
_OUTSIDERS = FIRMS | {"manufacturer", "manufacturers", "producer", "producers", "maker", "makers", "vendor",
                      "vendors", "country", "countries", "state", "states", "source", "sources"}  # fmt: skip


def _caught_on_the_way(prep: Any, trig_tok: Any) -> bool:
    """Whether `prep` ("in", "at") on a word of where goods were going names a place on their way, the
    destination told before it by "for"/"to" ("drones bound for Russia in Kazakhstan"): the goods
    were found there, they were not going there."""
    return (
        prep.head.i == trig_tok.i
        and trig_tok.lower_ in _BOUND
        and any(c.dep_ == "prep" and c.lower_ in ("for", "to") and c.i < prep.i for c in trig_tok.children)
    )


_ROUTE_PREPS = frozenset({"through", "via"})


def _from_end(on: Any) -> bool:
    """ "from" itself, or the object of a "from" (a store, a place), that a goal hangs on."""
    return bool((on.dep_ == "prep" and on.lower_ == "from") or (on.dep_ == "pobj" and on.head.lower_ == "from"))


def _named_goods_noun(on: Any, item_heads: set[int]) -> bool:
    """Whether `on` is the common noun of goods named by a system ahead of it: "took delivery of six
    Yak-130 trainers from Russia" (the parse makes "Yak-130" the goods and hangs "from" on "trainers")."""
    return any(c.i in item_heads and c.dep_ in ("amod", "compound", "nmod") for c in on.children)


# verbs of goods setting out, whose object is the place they leave: "left Tartus for Novorossiysk"
_LEAVING = {"leave", "depart"}
# words that count goods by their order of size, which the parse makes the head of what they count
_VAGUE_COUNTS = {"dozens", "scores", "hundreds", "thousands", "tens", "millions"}


def _vague_count_of_goods(noun: Any, item_heads: set[int]) -> bool:
    """Whether `noun` counts goods by a word ("hundreds of rifles") as the object of an "of" phrase,
    so that what the parse hangs on the count belongs to the phrase's noun ("the sale of thousands of
    kits to Israel": the sale's recipient)."""
    return (
        noun.lower_ in _VAGUE_COUNTS
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.i in item_heads for g in c.children) for c in noun.children
        )
    )


# participles that tell who stands behind a body: "the UN-backed government", "Western-funded militias"
_BACKING = {"back", "recognise", "recognize", "support", "sponsor", "fund"}


def _backer(tok: Any) -> bool:
    """Whether `tok` names who backs the noun it qualifies ("the UN-recognised government in Tripoli",
    "Iran-backed militias"): a party written before "-backed" stands behind the goods' holder; it
    neither gives nor takes them."""
    doc = tok.doc
    return (
        tok.i + 2 < len(doc)
        and doc[tok.i + 1].text in ("-", "–")
        and doc[tok.i + 2].tag_ == "VBN"
        and doc[tok.i + 2].lemma_.lower() in _BACKING
        and doc[tok.i + 2].head.i != tok.i
    )


# determiners that take an act noun back to the act told before: "those deliveries", "these transfers"
_BACK_TO_ACT = {"those", "these"}


def _share_case(direction: str, trig_tok: Any) -> str:
    """The case of the party whose share of a trade is told ("X accounted for 45 percent of ..."): a
    supplier of a state's imports, a buyer of a state's exports; of the deliveries told just before
    ("35 states delivered weapons to Ukraine; the US accounted for 45 percent of those deliveries"),
    one of those who delivered."""
    if direction == "receive":
        return "source"
    back = any(c.dep_ == "det" and c.lower_ in _BACK_TO_ACT for c in trig_tok.children)
    owned = any(c.dep_ in ("poss", "compound", "amod") for c in trig_tok.children)
    return "subj" if back and not owned else "goal"


def _runner_up(t: Any) -> bool:
    """ "..., followed by Germany with 12 percent and Poland": a participle ranking others after the
    subject of "account for" a share."""
    return bool(
        t.lemma_.lower() == "follow"
        and t.tag_ == "VBN"
        and t.dep_ in ("advcl", "acl")
        and t.head.lemma_.lower() == "account"
        and any(c.dep_ == "agent" for c in t.children)
    )


def _subtree_ids(t: Any) -> set[int]:
    return {x.i for x in t.subtree}


def case_on_path(
    tok: Any,
    path: list[Any],
    trig_tok: Any | None,
    direction: str,
    nominal: bool,
    party_heads: set[int],
    item_heads: set[int],
) -> str:
    """The case of a party whose head token is `tok`, reached along `path` to its trigger."""
    if _backer(tok):
        return "other"  # "to the UN-recognised government in Tripoli": the receiver's backer
    if trig_tok is not None and any(
        _runner_up(t) and t.head.i != trig_tok.i and trig_tok.i not in _subtree_ids(t) for t in path
    ):
        # "the United States accounted for 45 percent, followed by Germany with 12 percent and Poland":
        # those ranked after the one whose share is told hold the same place in the act
        return _share_case(direction, trig_tok)
    seen_prep = False
    for n, t in enumerate(path):
        dep = t.dep_
        head = t.head
        if _linked_firm(t, path, n):
            continue
        if dep == "nsubj" and head.lemma_.lower() == "account" and trig_tok is not None and head.i != trig_tok.i:
            # "the United States accounted for 45 per cent of Ukraine's imports" (a supplier), "India
            # accounted for 38 per cent of Russia's arms exports" (a buyer)
            return _share_case(direction, trig_tok)
        if (
            # ("to Rapid Support Forces (RSF) positions": before a bracketed short name the parser makes
            # the name a noun modifier, "nmod", where it would make it a compound)
            (
                dep in ("conj", "appos", "compound", "flat", "cc", "nummod", "det")
                or (dep == "nmod" and t.pos_ == "PROPN" and head.i not in item_heads)
            )
            and head.i != t.i
            and n + 1 < len(path)
            and path[n + 1].i == head.i
        ):
            if dep == "compound" and head.i in item_heads:
                return "origin"  # "U.S. weapons", "Iran drone parts"
            if dep == "compound" and trig_tok is not None and head.i == trig_tok.i and nominal:
                return "subj"
            continue
        if dep == "pobj" or (dep == "pcomp" and head.dep_ == "prep"):
            on = head.head  # what the preposition hangs on
            if head.lower_ == "by" and trig_tok is not None and trig_tok.head.i == on.i and act_by(on, {trig_tok.i: 0}):
                return "subj"  # "an attempt by Iran to smuggle", "a bid by Cairo to buy": who acts
            if head.lower_ == "by" and _agent_on_goal(on, trig_tok):
                return "agent"  # "supplied to the local commanders by the UAE": the giver, not a goal
            if head.lower_ == "with" and trig_tok is not None and talks_act(on, {trig_tok.i: 0}) is not None:
                # "talks with Qatar on the sale of jets": the other side buys; "on buying jets": it sells
                return {"give": "goal", "receive": "source"}.get(direction, "other")
            if head.lower_ == "between" and direction == "move" and trig_tok is not None and on.i == trig_tok.i:
                # "cargo planes flew between Israel and Baku": the first end is where the goods set out
                return "goal" if n > 0 and path[n - 1].dep_ == "conj" else "source"
            if head.lower_ == "in" and n == 0 and _named_followers(on, party_heads):
                return "other"  # "for Hezbollah fighters in Lebanon": where the named group's men are
            ruled = _rulers_in(head, trig_tok)
            if ruled is not None and n == 0:
                return _prep_case(ruled, trig_tok, direction, nominal)  # "to the government in Tripoli"
            if head.text.lower() in _BATTLE_PREPS and on.lemma_.lower() in WAR_NOUNS:
                return "other"  # "for Moscow's war in Ukraine", "for strikes deep inside Russia": the battlefield
            if head.lower_ == "in" and _unnamed_side(on):
                return "other"  # "to any warring party in Sudan": where the sides fight
            if head.text.lower() in ("in", "against") and on.lemma_.lower() == "use" and on.pos_ == "NOUN":
                return "other"  # "supplying drones for use in Ukraine": where the goods are used
            if head.lower_ in _ROUTE_PREPS and on.lemma_.lower() == "use" and on.pos_ == "NOUN":
                # "sold shells for use in Ukraine through U.S. firms": the parse hangs the way the goods
                # went on the purpose noun; it is still the act's way, not its goal
                return _prep_case(head, trig_tok, direction, nominal)
            if (
                head.text.lower() in ("from", "to", "into", "via")
                and on.lemma_.lower() in CARRIERS
                and on.dep_ == "pobj"
                and trig_tok is not None
                and on.head.head.i == trig_tok.i
            ):
                return _prep_case(head, trig_tok, direction, nominal)  # "smuggled on a trawler from Iran"
            if (
                head.text.lower() in ("from", "with")
                and on.lemma_.lower() in _ORDER_NOUNS
                and direction == "receive"
                and not (trig_tok is not None and on.i == trig_tok.i)
            ):
                return "source"  # "added 18 howitzers to its order from South Korea": the order's seller
            if allegiance(on):
                continue  # "to forces affiliated with Khalifa Haftar": the forces' case decides
            if on.lemma_.lower() in _RELATIONAL and not (trig_tok is not None and on.i == trig_tok.i):
                if head.lower_ == "of" and _member_firm(on):
                    continue  # "forwarded them to a subsidiary of Rostec": the owner stands where its firm does
                return "other"  # "successor to the Wagner Group", "ambassador to Russia": the noun's own relation
            if head.lower_ in _BEYOND and on.lower_ in _OUTSIDERS:
                return "other"  # "buy shells from makers outside the EU": where the sellers are not
            if head.text.lower() in ("in", "from") and on.lemma_.lower() in FIRMS and on.i not in item_heads:
                continue  # "trading companies in Dubai", "brokers from Turkey": the state acts through them
            if head.text.lower() == "in" and _firm_placed(on):
                continue  # "firms registered in Singapore", "a trader based in Dubai": as "firms in"
            if head.lower_ == "of" and on.lower_ == "out" and trig_tok is not None and _home_base(head, trig_tok):
                return _prep_case(head, trig_tok, direction, nominal)  # "Operating out of Dubai, the broker shipped"
            if (
                head.lower_ == "of"
                and on.lower_ == "behalf"
                and on.dep_ == "pobj"
                and on.head.lower_ in ("on", "in")
                and direction == "receive"
            ):
                return "goal"  # "procured engines on behalf of Iran's drone program": whom they are bought for
            if head.text.lower() == "of" and not (trig_tok is not None and on.i == trig_tok.i):
                if on.i in party_heads:
                    return "gen"  # "the army of Mali" - the owner
                continue  # "the port of Gdynia": the preposition above decides
            if on.lower_ == "worth" and on.head.i != on.i:
                on = on.head  # "sold drones worth $1 billion to Azerbaijan": the parse hangs "to" on the value
            if _vague_count_of_goods(on, item_heads):
                on = on.head.head  # "the sale of hundreds of rifles to Israel": "to" hangs on the count
            if (
                head.lower_ in ("to", "into", "toward", "towards")
                and on.dep_ == "pobj"
                and on.head.lower_ in _ROUTE_PREPS
                and trig_tok is not None
                and on.head.head.i == trig_tok.i
            ):
                return _prep_case(head, trig_tok, direction, nominal)  # "sent rockets through the crossing to Syria"
            if (
                head.lower_ in ("to", "into")
                and on.dep_ in ("oprd", "advmod", "npadvmod")
                and on.tag_ != "RBR"  # ("has moved closer to Ankara": a comparison, no goal of goods)
                and trig_tok is not None
                and on.head.i == trig_tok.i
            ):
                return _prep_case(head, trig_tok, direction, nominal)  # "smuggled overland to the Houthis"
            if (
                head.lower_ in ("from", "to", "into")
                and on.dep_ == "advmod"
                and on.lower_ in _WHEN_ADVERBS
                and trig_tok is not None
                and on.head.i == trig_tok.i
            ):
                return _prep_case(head, trig_tok, direction, nominal)  # "acquired earlier from Portugal"
            if head.lower_ in ("to", "into", "for") and _from_end(on) and trig_tok is not None:
                # "the delivery of 180 tanks from South Korea to Poland", "release tanks from its
                # reserves for Ukraine": the parse hangs the goal on "from" or on the store the goods
                # leave; the pair of ends still tells where they went
                return _prep_case(head, trig_tok, direction, nominal)
            if trig_tok is not None and trig_tok.dep_ == "conj" and trig_tok.head.i == on.i and n == 0:
                return _prep_case(head, trig_tok, direction, nominal)  # "the production and delivery to Russia"
            if not (
                trig_tok is None
                or on.i == trig_tok.i
                or on.i in item_heads
                or (head.lower_ == "from" and _named_goods_noun(on, item_heads))
                or (on.lemma_.lower() in LOTS and on.dep_ == "pobj" and on.head.lower_ == "of")
                or on.pos_ in ("VERB", "AUX")
                or on.i in party_heads
                or on.dep_ in ("dobj", "nsubjpass", "nsubj")
            ):
                continue  # "for use by Wagner": "by" belongs to "use"; "for" decides
            seen_prep = True
            return _prep_case(head, trig_tok, direction, nominal)
        if dep in ("poss", "amod", "compound", "nmod", "npadvmod") and n == 0:
            if _stacked_modifier(t, item_heads, party_heads):
                continue  # "the Russian military-industrial complex": the state itself
            if trig_tok is not None and head.i == trig_tok.i:
                return "subj" if nominal else "agent"  # "Iran's delivery", "U.S. arms sales", "Iranian-supplied"
            if head.i in party_heads:
                return "gen"  # "Yemen's Houthi rebels", "Turkish drone maker Baykar"
            if _possessive(t) and t.pos_ == "PROPN" and _platform_served(head, item_heads, trig_tok):
                return "goal"  # "the sale of AMRAAM missiles for Thailand's F-16s": the fleet's owner gets them
            if head.i in item_heads:
                return "origin"  # "Iran's drones", "North Korean shells"
            if (
                dep == "poss"
                and head.dep_ == "pobj"
                and head.head.lower_ in ("to", "into")
                and head.i not in party_heads
            ):
                return "goal-gen"  # "trucked into Yemen's al-Mahra governorate": the state owning the destination
            if _arriving_carrier(head, trig_tok, direction) and dep == "amod":
                return "origin"  # "a Russian cargo plane landed in Niamey carrying radars"
            if _carriers_operator(head, trig_tok, direction) and dep == "amod":
                return "origin"  # "flights by a Belarusian airline carried": the carrier's state, as above
            if dep == "poss" and head.lemma_.lower() in _PATRONS and not _named_in(head, party_heads):
                # "Ukraine's allies have sent 300 tanks": the owner of the givers is who they give to
                giving = direction == "give" and trig_tok is not None and head.head.i == trig_tok.i
                return "goal" if giving and head.dep_ == "nsubj" else "gen"
            if _led_body(t, head):
                continue  # "the Czech-led ammunition initiative delivered shells": the leader acts through it
            if _records_showing(head, trig_tok, direction, nominal, party_heads):
                return "subj"  # "Turkish export statistics show arms shipments to Ethiopia": its own exports
            if head.lemma_.lower() not in STANDS_FOR_STATE:
                return "gen" if dep == "poss" else "other"  # "Ukrainian pilots", "Iran's spokesman"
            if head.lemma_.lower() not in _HARBOURS and (
                any(c.dep_ in ("appos", "compound") and c.i in party_heads for c in head.children)
                or (head.dep_ in ("appos", "compound") and head.head.i in party_heads)
            ):
                # "a Russian mercenary company, the Wagner Group", "eastern Libyan commander Khalifa
                # Hifter": the named party acts, the state named by the title's adjective does not
                return "gen"
            continue  # "Mali's armed forces", "the Russian army": the state itself
        if n == len(path) - 1 or (trig_tok is not None and head.i == trig_tok.i):
            break
    if seen_prep or not path:
        return "other"
    last = path[-1]
    if trig_tok is not None and len(path) >= 2 and answerable_for(last, path[-2], {trig_tok.i: 0}) is not None:
        return "subj"  # "North Korean officials responsible for the transfer": the officials' state made it
    dep = last.dep_
    if last.pos_ in ("VERB", "AUX", "ADJ") and len(path) >= 2:
        dep = path[-2].dep_  # through a light verb: its subject is the trigger's subject
        headline_passive = dep == "nsubj" and _bare_participle(last)  # "Iran caught trying to smuggle"
        if last.lemma_.lower() in OBJ_CONTROL and (dep in ("dobj", "nsubjpass") or headline_passive):
            return "subj"
        if (
            dep == "nsubjpass"
            and last.lemma_.lower() in _RAISING
            and trig_tok is not None
            and not any(c.dep_ == "auxpass" for c in trig_tok.children)
        ):
            return "subj"  # "Russia is thought to have provided ... with": raised from an active verb, the giver
    if dep == "nsubjpass" and direction == "give" and trig_tok is not None and armed_receiver(trig_tok):
        return "goal"  # "the army was armed with drones", "Russia was supplied with shells": the receiver
    if (
        dep == "nsubj"
        and nominal
        and direction in ("give", "move")
        and last.lemma_.lower() in _AWAITING
        and trig_tok is not None
        and trig_tok.head.i == last.i
    ):
        return "goal"  # "Kyiv was expecting a shipment of howitzers": who awaits goods gets them
    if dep == "nsubj" and nominal and trig_tok is not None and _signed_with_a_partner(trig_tok):
        return "other"  # "Iran signed a drone deal with Russia": the signer is one side, buyer or seller
    if dep in ("nsubj", "nsubjpass", "csubj", "expl"):
        return "subj"
    if dep in ("dobj", "obj", "dative", "iobj"):
        if direction == "give":
            return "goal"  # "supplied Russia with drones", "gave Lithuania a drone"
        if direction == "request":
            return "source"  # "asked Washington for jets"
        if direction == "move" and dep == "dobj":
            if trig_tok is not None and trig_tok.lemma_.lower() in _LEAVING and len(path) == 1:
                return "other"  # "left Conakry for Mali": where the goods set out, a stop on the way
            if not any(t.dep_ == "prep" for t in path):
                return "goal"  # "reached Russia"
            if path[0].dep_ in ("amod", "compound") and any(t.lower_ == "of" for t in path):
                return "origin"  # "landed in Minsk, the first delivery of Chinese radars": the goods' state
        return "obj"
    if dep in ("poss", "compound", "amod", "nmod", "npadvmod") and nominal:
        return "subj"  # "Iranian arms shipments", "U.S. arms sales"
    if dep in ("amod", "npadvmod") and trig_tok is not None and trig_tok.tag_ == "VBN":
        return "agent"  # "Iranian-supplied weapons"
    if dep == "agent":
        return "agent"
    return "other"


# records a body keeps, which speak for it: "German government figures", "Pentagon data"
RECORDS = {"figure", "figures", "data", "statistic", "statistics", "record", "records", "tally"}
# verbs by which records tell what they hold: "data show", "figures reveal"
_SHOWING = {"show", "reveal", "indicate", "list", "record", "register", "put"}


def _records_showing(records: Any, trig_tok: Any | None, direction: str, nominal: bool, party_heads: set[int]) -> bool:
    """ "Turkish export statistics show arms shipments to Ethiopia", "Chinese customs data reveal
    exports of drone parts to Russia": a state's trade records tell what left it, so the state whose
    records show goods going out is their supplier (unless the act names its own: "Indian figures
    show Russian arms shipments to India")."""
    verb = records.head
    return (
        nominal
        and direction in ("give", "move")
        and trig_tok is not None
        and records.lemma_.lower() in RECORDS
        and records.dep_ == "nsubj"
        and verb.lemma_.lower() in _SHOWING
        and trig_tok.dep_ == "dobj"
        and trig_tok.head.i == verb.i
        and not any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.i in party_heads for c in trig_tok.children)
    )


def _stacked_modifier(t: Any, item_heads: set[int], party_heads: set[int]) -> bool:
    """Whether `t` modifies a modifier of a noun standing for its state ("the Russian
    military-industrial complex", "Iran's defence industrial base"): the state acts through it."""
    mid = t.head
    noun = mid.head
    return (
        mid.dep_ in ("amod", "compound")
        and mid.i not in party_heads
        and noun.lemma_.lower() in STANDS_FOR_STATE
        and noun.i not in item_heads
        and noun.i not in party_heads
    )


# bodies a state leads and acts through: "the Czech-led ammunition initiative", "the Latvian-led drone
# coalition", "a UK-led consortium"
_LED_BODIES = {"initiative", "coalition", "consortium", "alliance", "mission", "effort", "scheme", "programme",
               "program", "mechanism", "partnership", "fund", "group", "bloc"}  # fmt: skip


def _possessive(tok: Any) -> bool:
    """Whether `tok` is a possessor, as the parse reads it or as its apostrophe tells where the parse
    takes a plural's bare apostrophe for a quote ("the Houthis' Toufan missiles": an nmod)."""
    doc = tok.doc
    after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    return tok.dep_ == "poss" or (tok.dep_ == "nmod" and after in ("'", "’", "'s", "’s"))


def _platform_served(goods: Any, item_heads: set[int], trig_tok: Any | None) -> bool:
    """ "missiles for Thailand's F-16s", "the sale of spare parts for Taiwan's F-16 fleet": goods an
    owner already holds, after the "for" of other goods or of the act, are what those goods serve."""
    prep = goods.head
    if goods.dep_ != "pobj" or prep.lower_ != "for" or prep.head.pos_ != "NOUN":
        return False  # ("opted for South Korea's FA-50s": the goods chosen, of that make)
    if prep.head.i not in item_heads and (trig_tok is None or prep.head.i != trig_tok.i):
        return False
    return goods.i in item_heads or goods.lower_ in ("fleet", "fleets")


def _led_body(party: Any, led: Any) -> bool:
    """Whether `party` names the leader of a body in "<state>-led <body>" ("the Czech-led initiative
    delivered 1.5 million shells": the Czech Republic gives through it)."""
    return (
        led.lower_ == "led"
        and led.dep_ == "amod"
        and led.head.lemma_.lower() in _LED_BODIES
        and any(c.tag_ == "HYPH" or c.lower_ == "-" for c in led.children)
    )


# verbs whose subject waits for goods an act noun brings: "expects a delivery", "awaits the shipment"
_AWAITING = {"expect", "await", "anticipate"}


# give-verbs whose object is the receiver and whose goods come with "with": "armed the rebels with rifles"
RECEIVER_OBJECT = {"arm", "equip", "supply", "provide", "strengthen", "bolster", "reinforce", "rearm", "resupply"}


# nouns of those who stand by a party and give to it: "Ukraine's allies", "Kyiv's Western partners"
_PATRONS = {"ally", "allies", "partner", "partners", "backer", "backers", "supporter", "supporters", "donor",
            "donors", "friends"}  # fmt: skip


def _named_in(noun: Any, party_heads: set[int]) -> bool:
    """Whether a named party stands beside `noun` ("Moscow's ally Belarus", "its partner, Iran")."""
    return any(c.dep_ in ("appos", "compound") and c.i in party_heads for c in noun.children) or (
        noun.dep_ == "appos" and noun.head.i in party_heads
    )


def _arriving_carrier(head: Any, trig_tok: Any | None, direction: str) -> bool:
    """Whether `head` is the carrier that is the subject of a verb of arrival or delivery ("a Russian
    cargo plane landed in Niamey carrying radars", "Russian cargo ships delivered armoured vehicles to
    Tobruk"): the state it is qualified by is where the goods come from (goods that have a state of
    their own override it, see en_items.drop_carriers)."""
    return (
        trig_tok is not None
        and direction in ("move", "give")
        and head.lemma_.lower() in CARRIERS
        and head.dep_ == "nsubj"
        and (head.head.i == trig_tok.i or _berthed_subject(head, trig_tok))
    )


def _berthed_subject(head: Any, trig_tok: Any) -> bool:
    """ "Two Russian ships docked at Tobruk and unloaded armoured vehicles": the carrier that came in
    is the subject of the act its conjunct verb tells (which names none of its own)."""
    verb = head.head
    return verb.lemma_.lower() in _BERTHING and trig_tok.head.i == verb.i and _subjectless_conjunct(trig_tok)


def _carriers_operator(head: Any, trig_tok: Any | None, direction: str) -> bool:
    """Whether `head` runs the carrier that is the subject of a verb of arrival: "flights by a
    Belarusian airline carried", "ships operated by a Russian firm delivered" (see `_arriving_carrier`)."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "by" or prep.head.i == prep.i:
        return False
    carrier = prep.head
    if carrier.dep_ == "acl" and carrier.tag_ == "VBN":
        carrier = carrier.head  # ("flights operated by a Belarusian carrier")
    return _arriving_carrier(carrier, trig_tok, direction)


def armed_receiver(trig_tok: Any) -> bool:
    """A passive whose subject received: "was armed (by Iran)", "was supplied with drones"."""
    lemma = trig_tok.lemma_.lower()
    if lemma not in RECEIVER_OBJECT:
        return False
    return lemma in ("arm", "equip", "rearm") or any(c.dep_ == "prep" and c.lower_ == "with" for c in trig_tok.children)


def own_case(tok: Any) -> str:
    """Case of a token from its own dependency, for an argument no trigger governs (headlines)."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("conj", "appos", "compound") and t.head.i != t.i:
            t = t.head
            continue
        if t.dep_ in ("amod", "poss") and t.head.lemma_.lower() in STANDS_FOR_STATE and t.head.i != t.i:
            t = t.head  # "the Iranian government has admitted": the state is the subject
            continue
        break
    dep = t.dep_
    if dep in ("nsubj", "nsubjpass", "csubj"):
        return "subj"
    if dep == "poss":
        return "gen"
    if dep in ("dobj", "obj"):
        return "obj"
    if dep == "dative":
        return "goal"
    if dep == "pobj":
        prep = t.head
        if prep.dep_ == "agent":
            return "agent"
        if prep.text.lower() == "to" and prep.head.lemma_ == "accord":
            return "according"
        if prep.head.lemma_.lower() in _RELATIONAL:
            return "other"  # "in its report to the Security Council": the noun's own relation
        return PREP_CASE.get(prep.text.lower(), "other")
    return "other"


def _ended_up(verb: Any) -> bool:
    """Whether `verb` is "end up" or "wind up", whose "with" names the goods' holder."""
    return verb.lemma_.lower() in ("end", "wind") and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


# prepositions of time opening a participle clause: "after receiving", "since delivering"
TIME_PREPS = {"after", "before", "since", "upon", "despite", "while", "when"}


def that_conjunct(verb: Any) -> bool:
    """ "concluded that the weapon was a KN-23, and that Pyongyang had handed it over": a second
    "that"-clause coordinated with a first is another complement of the verb the first hangs on, said
    or reasoned as the first is."""
    return (
        verb.dep_ == "conj"
        and verb.head.dep_ == "ccomp"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    )


def governing(trig_tok: Any, limit: int = 6) -> list[Any]:
    """The trigger and the words that govern it, up to and including the first speech verb."""
    out = [trig_tok]
    t = trig_tok
    for _ in range(limit):
        if t.head.i == t.i:
            break
        clausal = t.tag_ != "VBN" or any(c.dep_ in ("mark", "aux") for c in t.children)
        worth = _deal_worth(t)
        if worth is not None:
            out.append(worth)  # "a contract worth $260 million to supply": the deal sets the status
            break
        if _infinitive_on(t) and t.head.pos_ == "NOUN" and clausal:
            out.append(t.head)  # "plans to buy", "allegations that it had flown": the noun sets the status
            break
        to_clause = any(c.dep_ == "aux" and c.text.lower() == "to" for c in t.children)
        if t.dep_ == "advcl" and to_clause and (t.head.lemma_.lower() in LIGHT or _opens_talks(t.head)):
            t = t.head  # "agreed in November to provide", "opened talks with Ankara to buy"
            out.append(t)
            continue
        if that_conjunct(t):
            t = t.head  # the first complement stands in for the second; its own words are not this one's
            out.append(t)
            continue
        if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") and t.head.pos_ in ("NOUN", "PROPN"):
            # "accusing two trading companies and a freight forwarder of funneling chips": coordinated
            # nouns are one phrase, governed together
            t = t.head
            out.append(t)
            continue
        if t.dep_ in ("conj", "relcl", "acl", "advcl"):
            break  # a coordinated or subordinate clause has its own status
        if t.dep_ == "pcomp" and t.head.lower_ in TIME_PREPS:
            break  # "After receiving 31 tanks, Ukraine asked for more": a deed done, not the one asked
        lo, hi = sorted((t.i, t.head.i))
        if t.dep_ in ("ccomp", "parataxis") and any(w.text == ";" for w in t.doc[lo:hi]):
            break  # "Germany sent the first in April; the third was promised": a clause of its own
        dep = t.dep_
        t = t.head
        out.append(t)
        if t.lemma_.lower() in SPEECH and dep in ("ccomp", "advcl", "conj", "parataxis"):
            break
    return out


_GLUED_NOTE = re.compile(r"[.!?\"”)]\[\d{1,3}$")  # "delivered.[2]": the tokenizer keeps "delivered.[2" whole
# between a name and its noun: up to two lower-case words, quoted or not ("Shahed-136 'kamikaze' drones"),
# no conjunction or preposition ("HIMARS and shells")
_NAME_GAP = re.compile(
    r"\s+(?:(?!(?:and|or|plus|as|with|to|from|for|by|of|in|on)\s)['‘\"“]?[a-z0-9][\w-]*['’\"”]?\s+){0,2}|\s*"
)


def plural_systems(
    doc: Any, mentions: list[Mention], entities: dict[str, Entity], gazetteer: Gazetteer
) -> list[Mention]:
    """Named systems in the plural ("TB2s", "F-16s", "K9s"), which the gazetteer lists singular."""
    out: list[Mention] = []
    # a designation guessed from its shape ("F-16s" read as a model of its own) yields to the listed system
    # (a shorter name inside the word, "Shahed" of "Shahed-136s", does not cover it)
    covered = [(m.start, m.end) for m in mentions if m.match != "model"]
    for tok in doc:
        w = tok.text
        if (
            len(w) < 3
            or not w.endswith("s")
            or not any(c.isdigit() or c.isupper() for c in w[:-1])
            or any(a <= tok.idx and tok.idx + len(w) <= b for a, b in covered)
        ):
            continue
        ent = gazetteer.by_name(w[:-1])
        if ent is not None and ent.type == "weapon-system":
            entities.setdefault(ent.id, ent)
            out.append(Mention(ent.id, tok.idx, tok.idx + len(w), w, "alias", 0.9))
    return out


# "rounds of ammunition", "rounds of 152 mm artillery shells"
# ("rounds of 152mm and 122mm artillery ammunition": calibres listed before the goods' noun)
_MEASURE_GAP = re.compile(r" of (?:\d{2,3}[ -]?(?:mm|millimet(?:re|er))(?:,? (?:and|or) |, | ))*")

# the units goods are fielded in, counted before the goods: "two batteries of Patriot systems"
# (and the regiment sets Russian exporters count S-400s in: "two regiment sets of S-400 systems")
_FIELDING_UNITS = {"battery", "batteries", "regiment sets", "regimental sets", "regiment set", "regimental set"}
# between such a unit and its goods: "batteries of 240 mm multiple rocket launchers", "of the S-300"
_UNIT_OF_GAP = re.compile(r" of (?:the |its |their )?(?:\d{2,3}[ -]?mm )?")

# "missile and drone components": a bare singular noun joined to parts shares their noun
_SHARED_NOUN_GAP = re.compile(r" (?:and|or|&) ")


def _fielding_unit(unit: ItemHit, goods: ItemHit, text: str) -> bool:
    """ "two batteries of Patriot systems", "several batteries of 240 mm multiple rocket launchers": a
    bare unit word the goods after it are counted in is no goods of its own."""
    return (
        unit.entity is None
        and text[unit.start : unit.end].lower() in _FIELDING_UNITS
        and _UNIT_OF_GAP.fullmatch(text, unit.end, goods.start) is not None
    )


def merge_items(items: list[ItemHit], text: str) -> list[ItemHit]:
    """One item from a name and its noun ("Fath-360 close-range ballistic missiles"), a noun and
    its head ("ballistic missile launchers"), a measure and its goods ("rounds of ammunition")."""
    out: list[ItemHit] = []
    for it in items:
        prev = out[-1] if out else None
        if prev is not None and _fielding_unit(prev, it, text):
            out[-1] = it  # "several batteries of 240 mm rocket launchers": the launchers, counted in batteries
            continue
        if prev is not None and it.entity is None:
            gap = text[prev.end : it.start]
            joins = (
                (prev.entity is not None and _NAME_GAP.fullmatch(gap))
                or (prev.entity is None and gap in (" ", "-"))
                or (
                    prev.entity is None
                    and _MEASURE_GAP.fullmatch(gap) is not None
                    and prev.category in ("ammunition", "artillery-ammunition", "other")
                )
            )
            if not joins and _parts_shared(prev, it, text):
                prev.end, prev.category = it.end, it.category  # "missile and drone components"
                continue
            if joins:
                prev.end = it.end
                if prev.entity is not None and part_kind(prev.category, it.category):
                    prev.category = it.category  # "F-16 fighter jet spare parts": parts of the system
                elif prev.entity is None or prev.category == "other":
                    of = gap.startswith(" of ")
                    specific = of and prev.category == "ammunition" and it.category == "artillery-ammunition"
                    prev.category = it.category if not of or specific else prev.category
                continue
        out.append(it)
    return out


# goods words that stand alone, never a noun's modifier: "ammunition and spare parts" lists two goods
_MASS_GOODS = {"ammunition", "ammo", "equipment", "weaponry", "materiel", "hardware", "ordnance"}


def _parts_shared(prev: ItemHit, it: ItemHit, text: str) -> bool:
    """Whether `prev` is a bare singular noun joined by "and"/"or" to parts that share their noun
    with it ("missile and drone components", "drone or missile parts"): parts of both, one item.
    A mass noun of goods is goods of its own ("ammunition and spare parts": two items)."""
    word = text[prev.start : prev.end]
    return (
        prev.entity is None
        and it.category == "components"
        and prev.category not in ("components", "dual-use")
        and word.lower() not in _MASS_GOODS
        and " " not in word
        and not word.endswith(("s", "S"))
        and _SHARED_NOUN_GAP.fullmatch(text[prev.end : it.start]) is not None
    )


_ENDS = (".", "!", "?", '"', "”", "’", "'", ")", ":", ";", "…", "-", "—", "–")


def _whole_sentences(doc: Any) -> list[Any]:
    """spaCy's sentences, with a cut the parser makes inside a line and after no stop ("250 M1A2 |
    SEPv3 tanks") undone: a sentence runs on to its full stop or its line break."""
    out: list[Any] = []
    start: int | None = None
    for sent in doc.sents:
        if start is None:
            start = sent.start
        last = next((t for t in reversed(sent) if not t.is_space), None)
        if (
            last is not None
            and sent.end < len(doc)
            and not last.text.endswith(_ENDS)
            and "\n" not in last.whitespace_
            and not any(t.is_space and "\n" in t.text for t in doc[last.i + 1 : sent.end + 1])
        ):
            continue
        out.append(doc[start : sent.end])
        start = None
    if start is not None:
        out.append(doc[start : len(doc)])
    return out


def segments(doc: Any) -> list[Any]:
    """spaCy's sentences, cut again at line breaks (a headline, a byline, a list item is its own)."""
    out = []
    for sent in _whole_sentences(doc):
        start = sent.start
        for tok in sent:
            footnote = (
                tok.text == "]"
                and tok.i + 1 < sent.end
                and doc[tok.i + 1].is_title
                and tok.i >= 1
                and (doc[tok.i - 2].text == "[" or bool(_GLUED_NOTE.search(doc[tok.i - 1].text)))
            )
            if "\n" in tok.text or "\n" in tok.whitespace_ or footnote:
                end = tok.i if tok.is_space else tok.i + 1
                if end > start:
                    out.append(doc[start:end])
                start = tok.i + 1
        if sent.end > start:
            out.append(doc[start : sent.end])
    return [sp for sp in out if any(not t.is_space for t in sp)]


def conjoined(a: Any, b: Any) -> bool:
    """Is token `a` a conjunct of `b` (or both of one head): "the Netherlands and Denmark"?"""
    t = a
    for _ in range(4):
        if t.dep_ != "conj" or t.head.i == t.i:
            return False
        t = t.head
        if t.i == b.i:
            return True
    return False


def reduced_relative(tok: Any) -> bool:
    """ "still flies F-14s bought before 1979": a bare participle right after the object of another
    verb is a clause on that object, though the parse may hang it on a verb (xcomp, advcl, conj)."""
    if tok.tag_ not in ("VBN", "VBD") or tok.dep_ not in ("xcomp", "advcl", "conj", "acl") or tok.i == 0:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "mark") for c in tok.children):
        return False
    if tok.dep_ == "acl":
        return tok.head.pos_ in ("NOUN", "PROPN")  # "jets bought in 2015", the tagger reading a past tense
    if tok.dep_ == "conj" and any(c.dep_ == "cc" and c.i < tok.i for c in tok.head.children):
        return False  # "built drones and shipped to Russia": a second deed of the same subject
    before = tok.doc[tok.i - 1]
    while before.dep_ == "conj" and before.head.i < before.i:
        before = before.head  # "flies F-14s and F-4s bought before 1979"
    return before.pos_ in ("NOUN", "PROPN") and before.dep_ == "dobj"


def clause_on(head: Any, trig_tokens: dict[int, int]) -> int | None:
    """A trigger in a clause on the goods or on a conjunct of them ("shells and fuses being smuggled")."""
    group = [head]
    if head.dep_ == "pobj" and head.head.text.lower() == "of" and head.head.head.pos_ in ("NOUN", "NUM"):
        group.append(head.head.head)  # "dozens of TB2s bought from Turkey": the clause on the measure
    t = head
    while t.dep_ == "conj" and t.head.i != t.i and len(group) < 6:
        t = t.head
        group.append(t)
    if t.dep_ in ("nmod", "compound") and t.head.pos_ == "NOUN":
        group.append(t.head)  # "Marder and Bradley fighting vehicles sent by Germany": the clause on the noun
    # the conjuncts after, to the series' end: the parse may chain them ("missiles, engines and radars
    # sent by Iran": "radars" hangs on "engines", and the clause on "radars")
    for g in group:
        group += [c for c in g.children if c.dep_ == "conj" and c not in group][: max(0, 8 - len(group))]
    edge = head.right_edge.i + 1  # past "F-14s and F-4s"
    after = head.doc[edge] if edge < len(head.doc) else None
    if after is not None and after.i in trig_tokens and reduced_relative(after):
        return trig_tokens[after.i]
    saying = _saying_misread_as_object(head, after)
    if saying is not None:
        found = _said_of_goods(saying, trig_tokens)
        if found is not None:
            return found
    for g in group:
        for c in g.children:
            if c.i in trig_tokens and c.dep_ in ("relcl", "acl", "amod"):
                return trig_tokens[c.i]
            if c.dep_ == "prep" and c.lower_ in ("on", "en"):  # "drones en route to Russia", "on their way to"
                way = next((w for w in c.children if w.i in trig_tokens and w.lower_ in ("way", "route")), None)
                if way is not None:
                    return trig_tokens[way.i]
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _MAKING_VERBS:
                # "rifles manufactured in Serbia and sold to Egypt": the sale joined to the clause of make
                sold = next((x for x in c.conjuncts if x.i in trig_tokens and x.lemma_.lower() in _SOLD_ON), None)
                if sold is not None:
                    return trig_tokens[sold.i]
            if c.dep_ == "relcl" and c.lemma_.lower() in LIGHT:
                found = _xcomp_trigger(c, trig_tokens)  # "drones, which began arriving in 2023"
                if found is not None:
                    return trig_tokens[found.i]
            if c.dep_ == "relcl" and c.lemma_.lower() in SAYING_ON_GOODS:
                found = _said_of_goods(c, trig_tokens)
                if found is not None:
                    return found
            if c.dep_ == "prep" and c.text.lower() == "with":  # "along with rocket fuses ... being smuggled"
                for p in c.children:
                    found = next(
                        (trig_tokens[x.i] for x in p.subtree if x.i in trig_tokens and x.dep_ in ("relcl", "acl")), None
                    )
                    if found is not None:
                        return found
    return None


def _saying_misread_as_object(goods: Any, after: Any | None) -> Any | None:
    """ "The junta paraded drones that it said it had received from Turkey", "intercepted a dhow
    carrying 750 tons of missiles that the U.S. says Iran was trying to smuggle": the parse makes the
    relative saying a complement (or adverbial clause) of a verb over the goods; the saying, where
    so, else None."""
    top = goods
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head  # ("missiles, drone parts and other weaponry that ...": each of the list)
    if after is None or after.lower_ not in ("that", "which") or top.dep_ not in ("dobj", "pobj"):
        return None
    saying = after.head
    if (
        saying.dep_ not in ("ccomp", "advcl")
        or not any(v.i == saying.head.i for v in goods.ancestors)
        or saying.lemma_.lower() not in SAYING_ON_GOODS
    ):
        return None
    return saying


def _said_of_goods(saying: Any, trig_tokens: dict[int, int]) -> int | None:
    """ "rifles that officials said were of Iranian origin and bound for the Houthis", "missiles that
    investigators said had come from Iran and were destined for Yemen": a relative clause on the goods
    that is a saying; the trigger is its complement, a conjunct of it, or the act a light verb of it
    heads ("weaponry that the U.S. says Iran was trying to smuggle")."""
    for comp in saying.children:
        if comp.dep_ != "ccomp":
            continue
        if comp.i in trig_tokens:
            return trig_tokens[comp.i]
        found = next((trig_tokens[c.i] for c in comp.children if c.dep_ == "conj" and c.i in trig_tokens), None)
        if found is not None:
            return found
        held = _xcomp_trigger(comp, trig_tokens) if comp.lemma_.lower() in LIGHT else None
        if held is not None:
            return trig_tokens[held.i]
    return None


def governs(head: Any, tok: Any) -> bool:
    """Does `head` govern `tok` within three steps ("Iranian-made ballistic missile components")?"""
    for _ in range(3):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == head.i:
            return True
    return False


# verbs of a carrier setting out: "sailed from Rajin", "left Bandar Abbas", "departed Tartus"
_SETTING_OUT = {"sail", "leave", "depart"}


def setting_out(tok: Any) -> Any | None:
    """The verb of setting out a landing with no subject of its own is joined to ("sailed from Rajin
    with munitions and docked", "left Rajin loaded with shells and docked"), or None."""
    if tok.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    voyage = tok.head
    if voyage.dep_ in ("xcomp", "advcl") and voyage.lemma_.lower() in CARRY:
        voyage = voyage.head  # ("left Rajin loaded with shells and docked": the loading is the leaving's)
    return voyage if voyage.lemma_.lower() in _SETTING_OUT else None


# what goods, firms or ships are added to that is no holder of them: "the list of banned exports"
_LISTS = {"list", "blacklist", "watchlist", "register", "registry", "annex", "schedule", "sanction", "sanctions", "ban"}


# verbs and nouns of a penalty whose grounds a "for" clause gives ("sanctioned X for supplying")
PENALTIES = {"sanction", "penalize", "penalise", "fine", "blacklist", "designate", "indict", "charge", "list"}


def imposes_penalty(verb: Any) -> bool:
    """Whether a verb imposes a penalty: "sanctioned", "imposed sanctions", "added ... to its list"."""
    lemma = verb.lemma_.lower()
    if lemma in PENALTIES or (lemma == "add" and onto_a_list(verb)):
        return True
    return lemma == "impose" and any(c.dep_ == "dobj" and c.lemma_.lower() in PENALTIES for c in verb.children)


def told_while_punishing(say: Any, after: int = -1) -> bool:
    """Whether a verb of telling is told with a penalty imposed as it is told, after token `after`
    ("..., the Treasury said in October when it added the firm to its sanctions list", "said as it
    imposed sanctions"): what it tells is the penalty's grounds, and its date the notice's."""
    return any(
        c.dep_ == "advcl"
        and c.i > after
        and any(g.dep_ in ("mark", "advmod") and g.lower_ in ("when", "as", "while") for g in c.children)
        and imposes_penalty(c)
        for c in say.children
    )


def onto_a_list(tok: Any) -> bool:
    """ "The EU added drone engines to its list of banned exports", "decided to add 189 vessels to the
    list": goods put on a list (of bans, sanctions) are no goods a party takes in. (The parse may hang
    the "to" on the last of the objects: "added nine individuals and four entities to the list".)"""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [g for o in objects for g in o.conjuncts]
    return any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(g.lemma_.lower() in _LISTS for g in c.children if g.dep_ == "pobj")
        for c in [*tok.children, *(g for o in objects for g in o.children)]
    ) or any(_list_read_as_object(c) for c in tok.children if c.dep_ == "xcomp")


def _list_read_as_object(verb: Any) -> bool:
    """ "U.S. adds 27 firms to export blacklist": a headline drops the article, and the parser reads
    "to export" as an infinitive with the list for its object; the list is where the firms go."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (
        nxt is not None
        and nxt.dep_ == "dobj"
        and nxt.head.i == verb.i
        and nxt.lemma_.lower() in _LISTS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )
