"""English status cues: the status the words governing a trigger give it ("plans to send",
"is believed to have shipped", "denied supplying").
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from materiel.extract.en_cases import (
    PENALTIES,
    SPEECH,
    governing,
    imposes_penalty,
    onto_a_list,
    that_conjunct,
    told_while_punishing,
)
from materiel.extract.en_clauses import known_leg
from materiel.extract.en_halts import stopping
from materiel.extract.frame import TriggerHit
from materiel.lexicon import DENYING_VERBS_EN as _DENY
from materiel.lexicon import Lexicon

_PASSIVE_HEDGE = {"say", "believe", "think", "report", "suspect", "allege", "understand", "know", "rumour", "rumor"}


_CUES: dict[tuple[int, str], tuple[Lexicon, set[str], list[re.Pattern[str]]]] = {}


def _urged_party(verb: Any) -> bool:
    """Whether a verb of pressing has a party pressed and a deed it is pressed to ("pressed Moscow to
    deliver"), not a course pressed on with ("pressed ahead with deliveries")."""
    return any(c.dep_ == "dobj" for c in verb.children) and any(c.dep_ == "xcomp" for c in verb.children)


def cue_words(lexicon: Lexicon, key: str) -> tuple[set[str], list[re.Pattern[str]]]:
    """The lexicon's one-word cues of `key` (lower-cased) and its phrases as patterns, built once per
    lexicon (every article asks for them)."""
    entry = _CUES.get((id(lexicon), key))
    if entry is None or entry[0] is not lexicon:
        words = {c.lower() for c in lexicon.cue(key) if " " not in c}
        phrases = [re.compile(rf"\b{re.escape(c.lower())}\b") for c in lexicon.cue(key) if " " in c]
        entry = _CUES[(id(lexicon), key)] = (lexicon, words, phrases)
    return entry[1], entry[2]


# "is in talks with China to buy", "are in negotiations with Paris to acquire": a deal still being talked over
_TALKS = {"talks", "negotiations", "discussions"}


# verbs that open or hold talks: "opened talks", "began negotiations", "held discussions"
_OPENING_TALKS = {"open", "begin", "start", "launch", "hold", "enter", "resume", "conduct", "initiate"}


def _in_talks(prep: Any) -> set[str]:
    """The talks a verb is "in" ("Egypt is in talks with China to buy J-10C fighters"), or opens
    ("Niger opened talks with Ankara to buy TB2s"), as cue words."""
    if prep.dep_ == "dobj" and prep.lower_ in _TALKS and prep.head.lemma_.lower() in _OPENING_TALKS:
        return {prep.lower_}
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "into"):
        return set()
    return {g.lower_ for g in prep.children if g.dep_ == "pobj" and g.lower_ in _TALKS}


def trigger_status(
    tok: Any, hit: TriggerHit, cues: dict[str, tuple[set[str], list[re.Pattern[str]]]], sentence_hedged: bool
) -> str | None:
    """The status the words governing one trigger give it (None: let the assembler decide)."""
    chain = governing(tok)
    # "announced that Ukraine received": a speech verb tells no plan of a deed it reports
    said = len(chain) > 1 and chain[-1].lemma_.lower() in SPEECH and chain[-2].dep_ in ("ccomp", "parataxis")
    spoken = chain[:-1] if said else chain
    words: set[str] = set()
    below: set[str] = set()
    for n, t in enumerate(chain):
        if n and that_conjunct(chain[n - 1]):
            continue  # "said Russia would get jets, and that Iran had sent drones": the first clause's words
        these = {(t.lemma_.lower()), t.text.lower()} if n else set()
        for c in [*t.children, *_shared_auxiliaries(t)]:
            if c.dep_ in ("aux", "auxpass", "advmod", "neg", "acomp") and c.i != tok.i:
                these.update((c.lemma_.lower(), c.text.lower()))
            these.update(_in_talks(c))
        words |= these
        if n < len(spoken):
            below |= these
    # (with the trigger's own adverbs in front of it: "were almost certainly re-exported")
    hedges = [c.left_edge.i for c in tok.children if c.dep_ == "advmod" and c.i < tok.i]
    window = tok.doc[min([t.i for t in chain] + hedges) : tok.i + 1].text.lower()
    window_below = tok.doc[min(t.i for t in spoken) : tok.i + 1].text.lower()

    def has(key: str) -> bool:
        w, ph = cues[key]
        if key == "planned":
            return bool(below & w) or any(p.search(window_below) for p in ph)
        return bool(words & w) or any(p.search(window) for p in ph)

    if hit.nominal and hit.trigger.direction == "request" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _DENY:
        return "requested"  # "Berlin rejected Kyiv's request for Taurus": a request refused, no denial
    if "yet" in below or _STILL_TO.search(window_below):
        return "planned"  # "has not yet received the jets", "has yet to deliver", "is still to send": to come
    if _owed(tok):
        return "planned"  # "Russia failed to deliver weapons Armenia had paid for": the deal stands, no goods came
    if _denied_report(chain[-1]) and _told_by_whom(chain[-1]):
        return "alleged"  # "rejected an accusation by Russia's SVR that Serbian firms shipped shells"
    if not hit.negated and _denial_withheld(chain):
        return "alleged"  # "Kyiv did not deny that it had sent drones to Sudan": no denial, no claim either
    if hit.negated or _denying(chain, tok) or _denied_report(chain[-1]):
        return "denied"
    if hit.trigger.status:
        return hit.trigger.status
    come = _arrival_told(tok, hit)
    announced = hit.nominal and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _ANNOUNCING
    if announced and not has("alleged") and not come:
        return "planned"  # "announced a $400 million package", "unveiled a new sale": a plan told
    if hit.nominal and any(c.dep_ == "amod" and c.lower_ in _PROSPECTIVE for c in tok.children):
        return "planned"  # "a planned purchase of 11 jets", "the proposed sale": a deal not yet done
    if (
        hit.trigger.kind == "purchase"
        and not hit.nominal
        and tok.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in tok.children)
        # ("has been buying drones since 2023": bought all along, goods already come)
        and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children)
        and not has("alleged")
    ):
        return "planned"  # "Romania is also buying 54 tanks": a purchase under way, the goods still to come
    if _grounds_of_penalty(tok) or _charge_on_the_punished(tok) or _grounds_said_with_penalty(tok):
        return "alleged"  # "sanctioned three firms for supplying drone parts": the punisher's charge
    if _traced(chain) or _inferred(chain):
        return "alleged"  # "detected signs that Russia had supplied the North": read from traces
    if _added_to_order(tok):
        return "planned"  # "added 18 howitzers to its order": more goods bought, none yet delivered
    if _paid_with_a_deal(tok, hit, cues["planned"][0]):
        return "planned"  # "have been contracted and paid for": a deal settled, the goods still to come
    # ("shipped them to Antalya, knowing they would be passed on": the "would" is the past's future, and
    # the deed the leg went on from is what a plea admits)
    done = known_leg(tok)
    if (
        _pleaded_guilty(chain)
        or (done is not None and _pleaded_guilty(governing(done)))
        # ("admitted that he had packed and shipped the analyzers": the conjunct shares the admission)
        or (tok.dep_ == "conj" and tok.head.pos_ == "VERB" and len(chain) == 1 and _pleaded_guilty(governing(tok.head)))
    ):
        return "confirmed"  # "pleaded guilty to exporting chips to Iran": the exporter owns the deed
    if any(t.lemma_.lower() == "press" and t.pos_ == "VERB" and _urged_party(t) for t in chain[1:]):
        return "requested"  # "Tehran is pressing Moscow to deliver Su-35 jets" ("pressed ahead with" asks none)
    if has("requested") and not stopping(chain):
        # ("The Government of Norway has requested to buy 120 missiles" under an approved sale: the deal)
        return "planned" if _notified_purchase(tok, hit) else "requested"
    passive_hedge = any(
        t.lemma_.lower() in _PASSIVE_HEDGE and any(c.dep_ == "auxpass" for c in t.children) for t in chain[1:]
    )
    # ("mentioned reports that Belarus had received drones": a rumour with no teller named)
    hearsay = len(chain) == 2 and _hearsay_noun(chain[-1])
    if (
        ((has("alleged") or hearsay) and not words & {"will", "would", "'ll"})
        or passive_hedge
        or _assessed(chain[-1], said)
    ):
        if has("planned") and done is None and not come and not _assessed(chain[-1], said):
            # "Iran is reportedly preparing to send missiles", "is reported to have agreed to sell jets":
            # a plan told with a hedge is still a plan, the deed not done
            return "planned"
        return "alleged"
    if _completion_of(tok):
        return None  # "announced the completion of the first delivery": the act is done
    if has("planned") and done is None and not come:
        return "planned"
    if _was_to(tok) and done is None and not come and not sentence_hedged:
        return "planned"  # "Iran was to send 200 missiles to Russia": an arrangement then still ahead
    top = spoken[-1] if spoken else chain[-1]
    if (top.dep_ == "ROOT" or said or _clause_before_semicolon(top)) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in top.children
    ):
        # a headline's infinitive: "Denmark to send jets to Ukraine", "..., sources say", "Russia to
        # complete S-400 deliveries by 2026; India seeks more" (a clause of its own)
        return "planned"
    if _headline_infinitive(tok) or _for_infinitive(tok):
        return "planned"
    if sentence_hedged:
        return "alleged"
    return None


# a sale notice's approval naming no buyer: "has approved three possible Foreign Military Sales" (one
# "to Poland" is that buyer's deal, whose request restate folds into it)
_SALE_APPROVED = re.compile(r"\bapprov\w*\s+(?:[\w-]+\s+){0,3}?possible\s+Foreign\s+Military\s+Sales?\b(?!\s+to\b)")


def _completion_of(tok: Any) -> bool:
    """ "the completion of the first delivery of Arrow 3 to Germany": an act noun told as completed."""
    done = tok.head.head
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and done.lemma_.lower() in ("completion", "conclusion")
        # (the completion a past verb tells, "announced the completion of": not one "planned for 2027")
        and done.dep_ == "dobj"
        and done.head.tag_ in ("VBD", "VBZ")
        and not any(c.dep_ == "aux" for c in done.head.children)
    )


def _was_to(tok: Any) -> bool:
    """ "Iran was to send 200 missiles", "Moscow was to deliver 24 jets": a past "be to" tells what was
    arranged, not what was done (the present "is to" is a cue of its own)."""
    verb = tok.head if tok.dep_ == "xcomp" else None
    return (
        verb is not None
        and verb.lower_ in ("was", "were")
        # (active only: goods that "were to be handed over" may be a seized cargo's, whose seizure tells it)
        and tok.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


def _notified_purchase(tok: Any, hit: TriggerHit) -> bool:
    """Whether a purchase asked for is one of the deals a notice approves without naming the buyers:
    "The Department of State has approved three possible Foreign Military Sales ... Rabat has asked
    to purchase 600 Stinger missiles" (the buyer's request lists the goods of an approved deal: a
    plan, no request still open). The text is searched only for a purchase asked for, which few
    sentences tell."""
    return hit.trigger.kind == "purchase" and _SALE_APPROVED.search(tok.doc.text) is not None


# what is overheard or read off the air: "citing intercepted communications", "intercepted phone calls"
_OVERHEARD = {
    "communication", "communications", "call", "calls", "message", "messages", "conversation",
    "conversations", "transmission", "transmissions", "signal", "signals", "traffic", "chatter", "email", "emails",
}  # fmt: skip


def overheard_only(toks: Any, word: str) -> bool:
    """Whether every `word` ("intercepted") in the sentence only qualifies what was overheard: "citing
    photographs and intercepted communications" names evidence of a deed, no shipment stopped (but
    "intercepted communications equipment" is goods stopped)."""
    return all(t.lower_ != word or _overheard_noun(t) or _earlier_catch(t) for t in toks)


def _earlier_catch(t: Any) -> bool:
    """ "Washington turned confiscated Iranian arms over to Kyiv", "sent seized rifles to Ukraine": the
    word only qualifies goods a side holds from an earlier catch, the object of its own active act; the
    act told is a handing on, no stopped shipment whose ends the seizer infers."""
    if t.dep_ != "amod" or t.head.i < t.i:
        return False
    goods = t.head
    if goods.dep_ == "pobj" and goods.head.lower_ == "of" and goods.head.head.dep_ == "dobj":
        goods = goods.head.head  # ("turned a batch of seized mortars over to Kyiv": the lot's)
    if goods.dep_ != "dobj":
        return False
    verb = goods.head
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() not in _CATCHING
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ == "auxpass" for c in verb.children)
    )


_CATCHING = {"seize", "intercept", "interdict", "confiscate", "impound", "capture", "find", "discover", "display"}


def _overheard_noun(t: Any) -> bool:
    """ "intercepted communications", "intercepted phone calls": the noun the word qualifies (the
    parse may read the word as a verb with it as its object) is one of what is overheard."""
    doc = t.doc
    n = t.i + 1
    if n < len(doc) and doc[n].dep_ == "compound" and doc[n].head.i == n + 1:
        n += 1  # ("intercepted phone calls")
    return n < len(doc) and doc[n].lower_ in _OVERHEARD and doc[n].dep_ != "compound"


# nouns of traces an observer reads a deed from (the noun "signs" is no signing of a deal)
_TRACES = {"sign", "signs", "indication", "indications", "hint", "hints", "trace", "traces"}


def _traced(chain: list[Any]) -> bool:
    """ "The NIS has detected signs that Russia supplied the North with jamming gear", "there are
    indications that Tehran shipped rockets": a deed read from traces is an assessment."""
    return any(t.pos_ == "NOUN" and t.lower_ in _TRACES for t in chain[1:])


# verbs of reasoning from evidence to a deed ("concluded that", "inferred that")
_INFERRING = {"conclude", "deduce", "infer"}


def _inferred(chain: list[Any]) -> bool:
    """ "Investigators concluded that Pyongyang had handed the missile over to Russia": a deed
    reasoned out from debris or records is an assessment. Only a clause the verb governs counts
    ("Moscow concluded a deal to deliver jets" concludes a contract, no inference)."""
    return any(t.lemma_.lower() in _INFERRING and below.dep_ == "ccomp" for below, t in itertools.pairwise(chain))


# an act told as still to come: "has yet to deliver", "is still to send"
_STILL_TO = re.compile(r"\b(?:yet|still) to\b")


def _owed(verb: Any) -> bool:
    """ "Russia failed to deliver arms worth $400 million that Armenia had paid for": an act its doer failed
    to carry out is owed under a deal that stands, still to come (the failed verb itself, not an act it
    governs further down: "failed to stop the export of rifles" tells exports that went on)."""
    return bool(verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail")


# nouns for an inference told as one: "an intelligence assessment seen by Reuters says"
_ASSESSMENTS = {"assessment", "estimate", "estimation", "analysis", "evaluation", "inference", "guess"}


def second_teller(verb: Any) -> Any | None:
    """ "The US said Iran had sent drones, and Kyiv believes Tehran delivered 400 more": a source's
    hedging verb coordinated with another telling verb hedges only what it tells; so does one
    coordinated with a deed told on its own ("Egypt took delivery of the jets, the ministry said, and
    diplomats believe Cairo also got J-10Cs"). The verb it hangs on (None where it stands alone)."""
    if verb is None or verb.dep_ != "conj":
        return None
    if verb.head.lemma_.lower() not in SPEECH and verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "nsubj" for c in verb.head.children):
        return None  # ("said and believed that ..."): one source telling both
    return verb.head


def _pleaded_guilty(chain: list[Any]) -> bool:
    """ "Chen pleaded guilty to exporting U.S. microchips to Iran", "admitted in his plea agreement that
    he exported": a guilty plea admits the deed (no plea for goods, which "pleaded" asks for elsewhere)."""
    for n, t in enumerate(chain[1:], 1):
        lemma = t.lemma_.lower()
        if lemma == "plead" and any(c.lower_ == "guilty" for c in t.children):
            return True
        if lemma in ("admit", "acknowledge") and any(
            c.dep_ == "prep" and any(g.lemma_.lower() in ("plea", "agreement") for g in c.subtree) for c in t.children
        ):
            return True
        if any(u.lemma_.lower() in _PLANNING for u in chain[1:n]):
            continue  # ("admitted that he had agreed to sell eight more": a deal owned up to, no deed)
        if lemma in ("admit", "acknowledge") and t.dep_ == "conj" and _pleaded_guilty([t, t.head]):
            return True  # "pleaded guilty in October and admitted that he had shipped": the plea's admission
        if lemma in _OWNING_UP and chain[n - 1].dep_ == "ccomp" and _own_deed(chain[n - 1], t):
            return True  # "Volkov admitted that he and his company shipped": the doer owns up to it
    return False


# verbs between a deed and the one owning up that make it a deal or an attempt, not a deed done
_PLANNING = {"agree", "plan", "intend", "offer", "seek", "try", "attempt", "promise", "pledge", "want", "prepare",
             "arrange", "negotiate", "conspire"}  # fmt: skip
# verbs of owning up to a deed, whose subject, when it is the deed's doer, confirms it
_OWNING_UP = {"admit", "acknowledge", "concede"}
# the words by which a clause's subject takes up the one owning up ("admitted that he had shipped")
_SELF = {"he", "she", "they", "it", "we", "i"}


def _own_deed(deed: Any, verb: Any) -> bool:
    """Whether the subject of `deed`, a clause under the owning-up `verb`, is the one owning up: a
    pronoun taking it up ("Volkov admitted that he shipped", "he and his company shipped"), or its own
    name again; "officials acknowledged that Iran had sent drones" owns up to another's deed."""
    who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    subj = next((c for c in deed.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if who is None or subj is None or subj.dep_ == "nsubjpass":
        return False
    if subj.lower_ in _SELF:
        return bool(who.lower_ not in _SELF or who.lower_ == subj.lower_)
    return bool(subj.pos_ == "PROPN" and subj.lower_ == who.lower_)


# who tells a criminal case's facts tells charges not yet proven: "according to the indictment",
# "prosecutors said", "the complaint states", "according to court documents" (a press release's words
# for the charging papers)
_COURT_ACCUSERS = re.compile(
    r"\baccording to (?:the |a |an )?(?:(?:federal |criminal |unsealed )?(?:indictment|complaint)s?|charging documents?"
    r"|court (?:documents|papers|filings)|prosecutors)\b"
    r"|\b(?:indictment|complaint|prosecutors?) (?:alleges?|says?|said|states?|charges?|allege)\b"
)


def court_accusation(lowered: str) -> bool:
    """Whether a sentence (lower-cased) tells a criminal charge's account: "According to the
    indictment, the two men shipped chips to Russia through Hong Kong", "prosecutors said"."""
    return _COURT_ACCUSERS.search(lowered) is not None


def _shared_auxiliaries(verb: Any) -> list[Any]:
    """ "drones that will be built by U.S. companies and delivered over several years": a verb joined to
    another with no auxiliary of its own shares that verb's ("will")."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ in ("aux", "auxpass") and c.i < verb.head.i]


def _assessed(verb: Any, said: bool) -> bool:
    """ "An intelligence assessment seen by Reuters says Iran shipped missiles", "US estimates show":
    what an assessment says is an assessment (alleged), whoever relays it. (A headline the parse joins
    to the lead, "Russian Offensive Campaign Assessment" over "GUR reported that ...", says nothing.)"""
    return said and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _ASSESSMENTS and "\n" not in verb.doc[c.i : verb.i].text
        for c in verb.children
    )


def _grounds_of_penalty(tok: Any) -> bool:
    """ "The Treasury sanctioned three firms for supplying drone parts to Russia", "imposed sanctions
    on a Turkish firm for shipping chips to Iran", "added two traders to its Entity List for selling
    parts": the act a penalty is imposed for is the punisher's charge (alleged), even from a ministry.
    (The parse may hang the "for" on the one punished, below the penalty.)"""
    if tok.dep_ not in ("pcomp", "pobj") or tok.head.lower_ not in ("for", "over"):
        return False
    up = tok.head.head
    for _ in range(4):
        lemma = up.lemma_.lower()
        if lemma in PENALTIES or (lemma == "add" and onto_a_list(up)):
            return True
        if up.pos_ in ("VERB", "AUX") or up.head is up:
            return False
        up = up.head
    return False


def _charge_on_the_punished(tok: Any) -> bool:
    """ "The Treasury sanctioned three firms that it said had shipped drone parts to the Houthis": an
    act the punisher is said to tell of the one punished is its charge, as a "for" clause would be
    (the parse may hang the clause on the penalty verb itself), or of those a penalty noun is on
    ("imposed sanctions on firms that it said had sold"). A bare clause on the one punished,
    "designating Asia Trade Link, which re-exported bearings", is the body's own statement of fact."""
    say = tok.head
    if tok.dep_ != "ccomp" or say.lemma_.lower() != "say" or say.dep_ not in ("relcl", "ccomp"):
        return False
    up = say.head
    for _ in range(3):
        if up.pos_ in ("VERB", "AUX"):
            return up.lemma_.lower() in PENALTIES
        if up.pos_ == "NOUN" and up.lemma_.lower() in PENALTIES:
            return True  # "imposed sanctions on three firms that it said had sold": the penalty noun
        if up.dep_ not in ("dobj", "conj", "appos", "pobj", "prep") or up.head is up:
            return False
        up = up.head
    return False


def _grounds_said_with_penalty(tok: Any) -> bool:
    """ "Commerce added 11 entities to its Entity List, saying they had diverted U.S. parts to Russia",
    "the Treasury sanctioned two firms, saying they shipped drone engines to Iran": the act the
    punisher gives as its reason while it imposes the penalty is its charge, as a "for" clause is."""
    say = tok.head
    if tok.dep_ != "ccomp" or say.lemma_.lower() != "say":
        return False
    if say.tag_ != "VBG" or say.dep_ != "advcl":
        # ("A Hong Kong firm supplied engines, the Treasury said in October when it added the firm to
        # its sanctions list", "said as it imposed sanctions": the telling made with the penalty)
        return told_while_punishing(say, tok.i)
    return imposes_penalty(say.head)


def _for_infinitive(tok: Any) -> bool:
    """ "cleared the way for Denmark to send F-16s", "permission for Berlin to re-export": an act in a
    "for ... to" clause is one made possible, not yet done; so is a lot in a "with ... to" clause
    ("with the remaining 70 to follow", "with two more to follow in 2026"): still to come."""
    kids = {(c.dep_, c.lower_) for c in tok.children}
    if tok.dep_ == "pcomp" and tok.head.lower_ == "with" and ("aux", "to") in kids:
        return True  # ("with the rest to follow in 2016": the parse hangs the clause on "with")
    if tok.dep_ not in ("relcl", "acl", "advcl") or ("aux", "to") not in kids:
        return False
    head = tok.head
    if _arranged_done(head):
        return False
    return bool(kids & {("mark", "for"), ("mark", "with")}) or (head.dep_ == "pobj" and head.head.lower_ == "with")


# verbs of seeing to it that goods move: "arranged for the parts to be shipped"
_ARRANGING = {"arrange", "organize", "organise"}


def _arranged_done(verb: Any) -> bool:
    """ "The agent arranged for 2,000 chips to be flown to Moscow", "facilitators have arranged for
    missile parts to be moved to the Houthis": the arranging told as past is the act done, not one
    made possible ("will arrange for the tanks to be sent" is still to come)."""
    return (
        verb.lemma_.lower() in _ARRANGING
        and verb.tag_ in ("VBD", "VBN")
        and not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "to") for c in verb.children)
    )


def _clause_before_semicolon(verb: Any) -> bool:
    """Whether `verb` heads a clause the parse hangs on the next one across a semicolon."""
    lo, hi = sorted((verb.i, verb.head.i))
    return verb.dep_ in ("ccomp", "parataxis") and any(w.text == ";" for w in verb.doc[lo:hi])


def _headline_infinitive(tok: Any) -> bool:
    """ "Azerbaijan to buy Israeli air defence, sources say": the parse hangs a headline's infinitive
    on the opening name as if it qualified it."""
    head = tok.head
    return (
        tok.dep_ in ("relcl", "acl")
        and head.pos_ == "PROPN"
        and head.i == head.sent.start
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


# verbs telling of goods come: "announced the arrival of the first F-16s", "welcomed the arrival"
_TELLING_COME = {"announce", "confirm", "report", "welcome", "hail", "celebrate", "mark"}


def _arrival_told(tok: Any, hit: TriggerHit) -> bool:
    """ "Kyiv's defence ministry announced the arrival of the first F-16s": an arrival a verb of telling
    takes for its object has taken place (no plan, for all that "announced" tells one of a sale)."""
    return (
        hit.nominal
        and hit.trigger.direction == "move"
        and tok.dep_ == "dobj"
        and tok.head.lemma_.lower() in _TELLING_COME
        and not any(c.dep_ == "aux" for c in tok.head.children)
    )


_PROSPECTIVE = {"planned", "proposed", "prospective", "possible", "potential", "agreed", "intended"}


_ANNOUNCING = {"announce", "unveil", "approve", "clear", "authorize", "authorise"}


def _denying(chain: list[Any], tok: Any) -> bool:
    """A denying verb governs the trigger, unless the parse hung the clause on a denial that only
    follows it: "Ankara says Turkish firms sold Moscow drone parts, a claim Turkey rejects" denies
    the claim (its object), not a clause of its own; or the denial is negated ("did not deny")."""
    for t in chain[1:]:
        if t.lemma_.lower() in _OWNING_UP_AFTER_DENIAL and not _negated(t):
            # "Tehran denied any transfers, before acknowledging that it had sent drones": the owning
            # up nearer the act is what tells it
            return False
        if t.lemma_.lower() in _DENY and not _trailing_denial(t, tok) and not _negated(t):
            return True
    return False


# verbs by which a party owns up to an act it denied before
_OWNING_UP_AFTER_DENIAL = {"acknowledge", "admit", "concede", "confirm"}


def _negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _denial_withheld(chain: list[Any]) -> bool:
    """ "Kyiv did not deny that it had sent drones", "Tehran has not denied sending them": a negated
    denying verb over the act denies nothing; the act stands as an accusation left unanswered."""
    return any(t.lemma_.lower() in _DENY and _negated(t) for t in chain[1:])


def _trailing_denial(verb: Any, tok: Any) -> bool:
    """ "..., a charge Beijing denies", "..., an accusation Tehran rejected": the denying verb's object
    is a report noun standing after the trigger, after a comma."""
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in REPORT_NOUNS
        and tok.i < c.i < verb.i
        and any(w.text == "," for w in tok.doc[tok.i : c.i])
        for c in verb.children
    )


def asserted_beside_denial(tok: Any) -> Any | None:
    """ "Moscow denies buying drones, but Kyiv says Iranian firms have sent Russia engines": the
    trigger is told by a speech verb of its own while a denial stands in another clause of the
    sentence; the assertion stands (its status is its speaker's), the denial is a claim on it.
    Returns the speech verb's subject (None: no such assertion)."""
    chain = governing(tok)
    top = chain[-1]
    if len(chain) < 2 or top.lemma_.lower() not in SPEECH or top.lemma_.lower() in _DENY:
        return None
    if chain[-2].dep_ not in ("ccomp", "parataxis") or _denying(chain, tok):
        return None
    inside = {t.i for t in chain}
    denials = [t for t in tok.sent if t.lemma_.lower() in _DENY and t.pos_ == "VERB" and t.i not in inside]
    trailing = [t for t in tok.sent if t.lemma_.lower() in _DENY and t.i in inside and _trailing_denial(t, tok)]
    if not denials and not trailing:
        return None
    return next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")), None)


# what is said, that a denial answers or a state's adjective names the author of: "Russian claim"
REPORT_NOUNS = {"report", "claim", "allegation", "accusation", "suggestion", "rumour", "rumor", "assertion", "charge"}


def _denied_report(noun: Any) -> bool:
    """ "denied reports that it had planned to supply", "rejected claims that it shipped": an act told in
    a report the governing verb denies is denied."""
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in REPORT_NOUNS
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in _DENY
        and not _negated(noun.head)
    )


# the entity types that name who made a report: "US claims", "Russia's accusation", "a claim by Kyiv"
_AUTHORS = {"GPE", "NORP", "ORG", "PERSON"}


def _told_by_whom(noun: Any) -> bool:
    """ "rejected an accusation by Russia's SVR that ...", "dismissed US claims that ...": a report whose
    author is named is an accusation told (alleged) that the denial answers, not a bare rumour denied."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if any(w.ent_type_ in _AUTHORS or w.pos_ == "PROPN" for g in objs for w in g.subtree):
                return True  # ("by Russia's SVR intelligence service": the author's name within)
        elif c.dep_ in ("poss", "compound", "amod", "nmod") and c.ent_type_ in _AUTHORS:
            return True
    return False


# nouns of hearsay a deed is told in: "reports that", "rumours that"
_HEARSAY = {"report", "rumour", "rumor"}
# verbs that own up to or check out what the hearsay tells ("confirmed reports that it had sent")
_OWNING = {"confirm", "acknowledge", "verify", "corroborate", "admit", "substantiate"}


def _hearsay_noun(noun: Any) -> bool:
    """ "The assessment mentioned reports that Belarus had received Iranian drones", "amid reports that
    Cairo bought J-10s": an act told only as the content of reports whose teller goes unnamed is hearsay
    (alleged); "a Reuters report that", "reports in the Wall Street Journal that" name their teller, and
    "confirmed reports that" owns the report up."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _HEARSAY or _told_by_whom(noun):
        return False
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "from", "by"):
            if any(w.pos_ == "PROPN" or w.ent_type_ in _AUTHORS for g in c.children for w in g.subtree):
                return False  # ("reports in the Wall Street Journal that", "reports on Iranian state TV")
        elif c.dep_ in ("poss", "compound", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ in _AUTHORS):
            return False
    head = noun.head
    return not (head.lemma_.lower() in _OWNING and not _negated(head))


_ORDERS = {"order", "orders", "contract", "contracts", "purchase", "deal", "agreement", "request", "package"}


def _paid_with_a_deal(tok: Any, hit: TriggerHit, planned: set[str]) -> bool:
    """ "The first 24 helicopters have been contracted and paid for": a purchase joined to the verb
    of a deal shares its subject and its status (a conjunct's words are otherwise its own)."""
    if hit.trigger.kind != "purchase" or tok.dep_ != "conj" or any(c.dep_.startswith("nsubj") for c in tok.children):
        return False
    return tok.head.lower_ in planned or tok.head.lemma_.lower() in planned


def _added_to_order(tok: Any) -> bool:
    """ "Romania added 18 K9s to its order from South Korea", "added two jets to the contract": goods
    added to a deal are ordered, not received."""
    if tok.lemma_.lower() != "add":
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _ORDERS for g in c.children)
        for c in tok.children
    )


# the relative pronouns that make the noun a clause hangs on its subject: "Iran, which has supplied"
_RELATIVE_SUBJECTS = {"which", "who", "that"}


def told_of_the_speaker(tok: Any) -> bool:
    """Whether the act `tok` is told in a relative clause on the one who speaks or denies ("Iran, which
    has supplied the Houthis with missiles for years, denied the report"), or in a clause of the
    outlet's own joined before the speaker's ("India shipped rocket launchers in 2023, and Armenian
    officials confirmed that howitzers had been handed over"): the outlet tells it; the speaker
    neither confirms nor denies it."""
    if _joined_before_speech(tok):
        return True
    if tok.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS for c in tok.children):
        return False
    noun = tok.head
    return noun.dep_ == "nsubj" and (noun.head.lemma_.lower() in SPEECH or noun.head.lemma_.lower() in _DENY)


# verbs of telling (not of denying) a clause of the outlet's may be joined to
_TELLING_JOINED = {"say", "tell", "confirm", "acknowledge", "admit", "announce", "report", "state", "add", "note"}


def _joined_before_speech(tok: Any) -> bool:
    """Whether the act `tok` heads a main clause that a speaker's own clause follows, joined by "and"
    or "but" ("New Delhi shipped launchers in 2023, and officials confirmed that ...")."""
    if tok.dep_ != "ROOT" or tok.pos_ != "VERB":
        return False
    if any(c.dep_ in ("parataxis", "ccomp", "advcl") and c.lemma_.lower() in SPEECH for c in tok.children):
        return False  # "Germany handed over a system, the government said, and Norway said ...": its own speaker
    if any(c.dep_ == "conj" and c.lemma_.lower() in SPEECH and c.i < tok.i for c in tok.children):
        return False
    return any(
        c.dep_ == "conj"
        and c.i > tok.i
        and c.lemma_.lower() in _TELLING_JOINED
        and any(g.dep_ == "nsubj" for g in c.children)
        and any(g.dep_ == "ccomp" and g.i > c.i for g in c.children)
        for c in tok.children
    )
