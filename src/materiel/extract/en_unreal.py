"""English front end: acts a sentence names without telling that they happen.

- "warned China against supplying weapons to Russia", "cautioned Seoul against sending": an act
  warned against is no act;
- "buying Chinese weapons could expose it to sanctions": a bare gerund subject of a modal clause
  is an act in general, no party's deed;
- "Japan to buy more domestically made missiles": goods made at home cross no border;
- "the drones could reach Russian cities within hours", "missiles capable of reaching Moscow": what
  weapons can reach is their range, not a delivery;
- "Seoul said it would not supply weapons", "Berlin will not send Taurus": a refusal tells no act;
- "made it harder for Russia to obtain chips": an act said to be hard is no deed;
- "the notice does not state that the firms shipped goods to Russia": an act under a negated verb
  of telling is not told;
- "arranged to send sights to Russia, but customs seized the goods before they left": an attempt
  stopped before the goods moved is no transfer;
- "Pyongyang could ask Moscow for fighter jets": a request that may one day be made is none yet;
  so is a choice among bidders told as possible ("Ottawa could still choose the KSS-III").
- "Asked whether India was negotiating a sale of BrahMos to Vietnam, the minister said": what a
  reporter or a lawmaker asks about is a question, not a told act;
- "Any transfer of ballistic missiles to Russia would be an escalation": an act supposed in order to
  say what would follow is no act told;
- "dual-use goods that may not be sold to Russia", "firms must not ship parts to Iran": an act a rule
  forbids is no deed;
- "Seoul will review all options, including sending weapons to Ukraine": an act named among the
  options a party says it will weigh is none yet;
- "Talks on selling K9 howitzers to Vietnam stalled", "Abu Dhabi suspended talks on buying F-35s":
  a deal whose talks failed or were given up is no deal;
- "dismissed speculation that Tokyo might send shells to Kyiv", "those who suggest we could send
  them": what a party might do one day, told as speculation, is no act;
- "Moscow discussed arming the Houthis with missiles but held back", "weighed sending tanks but
  backed off": an act weighed and then given up is no plan;
- "Moscow could eventually offer the Geran-2 to Venezuela", "it might one day sell drones to Tehran":
  an act told as possible at some open future time is speculation, no plan;
- "Anyone who sells drones to Russia will face sanctions": an act of whoever might do it, told in a
  relative clause on "anyone" or "any company", is a rule's case, no party's deed;
- "A new package could target firms that might be supplying parts to Russia": doers told only as
  possible, whom a penalty that may come would single out, are a case weighed, no party's deed.
"""

from __future__ import annotations

from typing import Any

# verbs that warn against an act or argue it away: "warned X against supplying"
_WARNING = {"warn", "caution", "advise", "urge", "counsel", "lobby", "argue", "vote", "campaign", "speak",
            "deter", "dissuade", "discourage"}  # fmt: skip
_MODALS = {"could", "would", "might", "may", "can", "will"}
# "domestically made", "locally produced", "home-built": where the goods come from is at home
_AT_HOME = {"domestically", "locally", "indigenously", "nationally", "home", "domestic", "locally-made",
            "homegrown", "home-grown", "home-made", "homemade", "home-built"}  # fmt: skip
_MADE = {"make", "made", "produce", "produced", "build", "built", "manufacture", "manufactured", "develop",
         "developed", "design", "designed", "assemble", "assembled"}  # fmt: skip


def warned_against(tok: Any) -> bool:
    """ "Borrell warned China against supplying weapons to Russia": the act is what the speaker
    wants not to happen. (An act told as done, "warned after Iran supplied drones", is kept.)"""
    t = tok
    for _ in range(3):
        if t.dep_ in ("pcomp", "pobj") and t.head.lower_ == "against" and t.head.head.lemma_.lower() in _WARNING:
            return True
        if t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            return False
        t = t.head
    return False


def generic_gerund(tok: Any) -> bool:
    """ "buying Chinese weapons could expose it to sanctions", "supplying arms would violate the
    embargo": a gerund with no subject of its own heading a modal clause names an act in general."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("csubj", "csubjpass"):
        return False
    if any(c.dep_ in ("nsubj", "poss") for c in tok.children):
        return False  # "Iran's supplying drones could ...": a party's deed
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in tok.head.children)


def made_at_home(tok: Any) -> bool:
    """ "Japan to buy more domestically made missiles", "orders locally produced drones": the goods
    a purchase takes are made by the buyer's own industry (no source named)."""
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
        return False  # "buy locally made rifles from Turkey": the seller is named
    goods = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for g in goods:
        for m in g.children:
            if m.dep_ not in ("amod", "compound", "advmod") or m.i > g.i:
                continue
            words = {w.lower_ for w in m.subtree} | {w.lemma_.lower() for w in m.subtree}
            if words & _AT_HOME and (words & _MADE or m.lower_ in _AT_HOME):
                return True
    return False


# verbs of arriving that, said of what weapons can do, tell their range
_REACHING = {"reach", "hit", "strike"}
# verbs of the goods' own flight: "the drone can fly for five hours", "could travel 2,000 km"
_FLYING = {"fly", "travel", "cruise", "loiter", "hover"}
# what a flight is measured in, no goods flown: "can fly 2,000 km", "could travel 300 miles"
_SPANS = {"km", "kilometre", "kilometer", "mile", "hour", "minute", "day", "metre", "meter", "foot", "feet"}
_ABLE = {"capable", "able", "designed", "range", "enough"}


def within_range(tok: Any) -> bool:
    """ "Experts said the drones could reach Russian cities within hours", "missiles capable of
    reaching Moscow", "a range long enough to reach Tehran": a weapon's reach, no goods delivered;
    nor is what goods themselves can fly ("the Shahed 191 can fly for five hours": no goods flown)."""
    lemma = tok.lemma_.lower()
    own_flight = lemma in _FLYING and not any(
        c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and c.lemma_.lower() not in _SPANS) for c in tok.children
    )
    return (lemma in _REACHING or own_flight) and _able_to(tok)


def _able_to(tok: Any) -> bool:
    """Whether a verb tells what something can do: "can reach", "capable of flying", "able to hit"."""
    if any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in tok.children):
        return True
    t = tok
    for _ in range(3):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in _ABLE:
            return True
    return False


# words for an act made hard: "made it harder for Russia to obtain chips", "it is difficult for Caracas to buy"
_HARD = {"hard", "harder", "hardest", "difficult", "impossible", "tough", "tougher", "costly", "costlier"}


def made_hard(tok: Any) -> bool:
    """ "Export controls have made it harder for Russia's defence industry to obtain Western components",
    "it is difficult for Venezuela to acquire new jets": an act said to be hard names what a party
    struggles to do, not a deed."""
    kids = {(c.dep_, c.lower_) for c in tok.children}
    if ("aux", "to") not in kids or ("mark", "for") not in kids:
        return False
    head = tok.head
    near = [head, *(c for c in head.children if c.dep_ in ("ccomp", "acomp", "oprd", "xcomp"))]
    return any(t.lower_ in _HARD or t.lemma_.lower() in _HARD for t in near)


# modals that, negated, forbid an act: "may not be sold", "must not ship", "can't be exported"
_FORBIDDING = {"may", "must", "should", "can", "ca"}


def forbidden(tok: Any) -> bool:
    """ "dual-use goods that may not be sold to Russia", "EU firms must not ship drone parts to Iran": an
    act a rule forbids tells no deed. (With a perfect, "Russia may not have received the missiles", the
    modal weighs a deed and is left to the hedges.)"""
    if tok.pos_ != "VERB" or not any(c.dep_ == "neg" for c in tok.children):
        return False
    auxes = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    return any(a in _FORBIDDING for a in auxes) and "have" not in auxes


# "will", "would" and the "wo" of "won't": the act is still to come
_FUTURE = {"will", "would", "wo", "shall"}


def refused(tok: Any) -> bool:
    """ "South Korea said it would not supply lethal weapons to Ukraine", "Berlin won't send Taurus
    missiles": an act a party says it will not do is a refusal, not a denial of a deed (that speaks
    of the past: "Iran did not supply drones") and not a transfer."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "neg" for c in tok.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in tok.children)


# nouns of proof whose "that" clause tells what they would show: "no evidence that Iran supplied"
_PROOF = {"evidence", "proof", "sign", "signs", "indication", "indications", "trace"}
# subjects that say nobody has it: "none has produced evidence that"
_NOBODY = {"none", "nobody", "no-one", "neither"}


def unproven(tok: Any) -> bool:
    """ "There is no evidence that Russian weapons reached the Houthis", "none has produced evidence
    that Iran supplied drones to Sudan": an act that no evidence shows is not told as happening (an
    outlet's doubt, no party's denial)."""
    if tok.dep_ not in ("acl", "ccomp") or tok.head.lemma_.lower() not in _PROOF:
        return False
    proof = tok.head
    if any(c.dep_ == "det" and c.lower_ == "no" for c in proof.children):
        return True
    verb = proof.head
    return proof.dep_ == "dobj" and any(
        (c.dep_ == "nsubj" and c.lower_ in _NOBODY) or c.dep_ == "neg" for c in verb.children
    )


# verbs of telling whose negation leaves the act they would tell untold ("deny" is not one: a denial
# not made leaves the act standing; nor is "confirm": "did not confirm that" answers a report told)
_TELLING = {"say", "state", "claim", "allege", "assert", "suggest", "indicate", "show", "mention", "specify",
            "establish", "conclude", "find", "report"}  # fmt: skip


def untold(tok: Any) -> bool:
    """ "The notice does not state that any of the firms shipped goods to Russia", "the report did not
    say whether the drones had reached Russia": a "that" or "whether" clause under a negated verb of
    telling is an act nobody tells (a clause of amount, "did not say how many drones it sent", still
    tells the act)."""
    if tok.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in tok.children):
        return False
    verb = tok.head
    return verb.lemma_.lower() in _TELLING and any(c.dep_ == "neg" for c in verb.children)


def stipulates(tok: Any) -> bool:
    """ "The contract provides for part of the tanks to be assembled in Poland": "provide for" with
    nothing given tells what a deal lays down, not a delivery."""
    if tok.lemma_.lower() != "provide" or tok.pos_ != "VERB":
        return False
    kids = list(tok.children)
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in kids) and not any(
        c.dep_ in ("dobj", "dative") for c in kids
    )


# verbs of setting out to do an act that may not come off: "arranged to send", "tried to ship"
_ATTEMPTING = {"arrange", "try", "attempt", "seek", "plan", "conspire", "scheme"}
# verbs of stopping goods on their way: "customs seized the goods", "the consignment was stopped"
_STOPPING_GOODS = {"seize", "stop", "intercept", "confiscate", "block", "impound", "detain", "halt", "thwart"}


def stopped_before_leaving(tok: Any) -> bool:
    """ "The firm arranged to send 200 seeker heads to Russia, but customs officers seized the goods
    before they left the country", "had tried to ship gyroscopes to Moscow, but the consignment was
    stopped before it left Finland": an attempt whose goods were stopped before they set off moved
    nothing. (A shipment told as done, "sent drones, and customs later seized a second batch", is kept.)"""
    if tok.dep_ != "xcomp" or tok.head.lemma_.lower() not in _ATTEMPTING:
        return False
    attempt = tok.head
    over = [attempt.head] if attempt.dep_ in ("ccomp", "conj") and attempt.head.i != attempt.i else []
    for verb in (attempt, *over):
        for stop in verb.children:
            if stop.dep_ != "conj" or stop.lemma_.lower() not in _STOPPING_GOODS:
                continue
            if any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "before" for m in c.children)
                for c in stop.children
            ):
                return True
    return False


_POSSIBLE = {"could", "might", "may"}


def request_possible(tok: Any, direction: str) -> bool:
    """ "Pyongyang could ask Moscow for fighter jets", "Kyiv may seek more Patriots": a request told as
    possible is speculation about one, not a request. (A past one guessed at, "may have asked", is
    told: it keeps its hedge elsewhere.)"""
    if tok.pos_ != "VERB":
        return False
    if direction != "request":
        return False  # ("Taipei may seek to buy drones": a wish told as possible is attempt_possible's)
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    return bool(aux & _POSSIBLE) and "have" not in aux


def _with_xcomp_head(tok: Any) -> tuple[Any, ...]:
    """`tok`, with the verb it is the infinitive of: "seek" for "buy" in "might seek to buy"."""
    if tok.dep_ == "xcomp" and tok.head.pos_ == "VERB":
        return (tok, tok.head)
    return (tok,)


# verbs of picking goods among offers: "could still choose the KSS-III", "might select the Gripen"
_CHOOSING = {"choose", "select", "pick", "opt", "prefer", "favour", "favor", "shortlist"}


def choice_possible(tok: Any) -> bool:
    """ "Ottawa could still choose Hanwha Ocean's KSS-III submarine over Germany's Type 212CD", "Manila
    may pick the Gripen": a choice among bidders told only as possible is a competition still open, no
    deal (a past one guessed at, "may have chosen", is told and keeps its hedge elsewhere)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _CHOOSING:
        return False
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    return bool(aux & _POSSIBLE) and "have" not in aux


# verbs of setting out to do an act: "could seek to procure", "might try to buy"
_SETTING_OUT = {"seek", "try", "attempt", "look", "aim", "hope", "want", "wish", "move"}


def attempt_possible(tok: Any) -> bool:
    """ "the country could seek to procure navigation components abroad", "Cairo might try to buy
    jets from Beijing": an attempt told only as possible is speculation, no act, request or plan (a past
    one guessed at, "may have sought to buy", is told and keeps its hedge elsewhere)."""
    if tok.dep_ != "xcomp" or tok.head.i == tok.i or tok.head.lemma_.lower() not in _SETTING_OUT:
        return False
    aux = {c.lower_ for c in tok.head.children if c.dep_ == "aux"}
    return bool(aux & _POSSIBLE) and "have" not in aux


# what a court is asked for over seized goods: "seeking title to missile parts seized by U.S. forces"
_LEGAL_CLAIMS = {"title", "forfeiture", "ownership", "custody", "confiscation", "condemnation"}


def legal_claim(tok: Any, direction: str) -> bool:
    """ "The Justice Department filed a complaint seeking title to missile components seized at sea",
    "prosecutors seek forfeiture of the drones": a claim a government files in court over goods it holds
    asks for no goods from a supplier; it is no request."""
    if direction != "request" or tok.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _LEGAL_CLAIMS for c in tok.children)


_CONDITION_MARKS = {"if", "unless"}


def on_condition(tok: Any) -> bool:
    """ "They could pool their purchases of combat aircraft if the money were found", "Seoul might send
    shells if Pyongyang crossed a line": an act a modal makes hang on an "if" clause is a hypothesis,
    no deal (the trigger, or the verb its noun is the object of)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    # ("could decide to buy jets if ...": the modal and the condition on the verb the act is the
    # infinitive of; "could return to the issue of supplying jets if ...": the verb a gerund's phrases
    # hang on)
    phrased = _phrase_verb(tok)
    candidates: list[Any] = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    if phrased is not None:
        candidates.append(phrased)
    for v in candidates:
        aux = {c.lower_ for c in v.children if c.dep_ == "aux"}
        # (the parse may hang the "if" clause on the gerund: "the question of selling jets if asked")
        told = (*v.children, *tok.children) if phrased is not None and v.i == phrased.i else tuple(v.children)
        if aux & _HYPOTHETICAL and "have" not in aux and any(_condition(c) for c in told):
            return True
    # ("floated sending shells "if the situation worsens"": an idea put forward for a case that may
    # come is a hypothesis too, with no modal)
    proposal = verb.head if verb.dep_ == "xcomp" else None
    return (
        proposal is not None
        and proposal.lemma_.lower() in _PUTTING_FORWARD
        and any(_condition(c) for c in (*verb.children, *proposal.children))
    )


def _phrase_verb(tok: Any) -> Any | None:
    """The verb a gerund or act noun hangs on through phrases of "of", "to", "on": "could return to the
    issue of supplying" → "return" (None when it hangs on no verb that way)."""
    t, steps = tok, 0
    while t.dep_ in ("pcomp", "pobj", "prep", "advmod") and t.head.i != t.i and steps < 6:
        t, steps = t.head, steps + 1
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "pcomp":
            return t
    return None


# verbs of putting an idea forward: "floated sending shells", "suggested selling jets"
_PUTTING_FORWARD = {"float", "suggest", "propose", "moot", "raise"}


_HYPOTHETICAL = {"could", "might", "may", "would"}


# an "if" clause on whether a report holds hedges an act told, no hypothesis ("Iran may be sending
# drones, if the reports are true")
_REPORT_HOLDS = {"true", "correct", "accurate", "confirmed", "report", "reports"}


def _condition(tok: Any) -> bool:
    if tok.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in tok.children):
        return False
    return not any(w.lower_ in _REPORT_HOLDS for w in tok.subtree)


def _question_put(tok: Any) -> bool:
    """Whether `tok` is what a question asks about: a "whether" or "if" clause, or "about" and its object."""
    if tok.dep_ == "prep" and tok.lower_ == "about":
        return True
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children)


def asked_about(tok: Any) -> bool:
    """ "Asked whether the government was negotiating the sale of BrahMos missiles to Vietnam, the
    minister said no such proposal existed", "When asked about arms deliveries to Niger, he said":
    a participle "asked" with no subject of its own puts a reporter's or a lawmaker's question; the
    act it asks about is not told. (A party that asks, "Kyiv asked whether Washington could send
    more Patriots", has a subject and keeps its request.)"""
    t = tok
    for _ in range(5):
        ask = t.head
        if ask.i == t.i:
            return False
        if ask.lemma_.lower() == "ask" and _question_put(t):
            return ask.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in ask.children)
        t = ask
    return False


# words that make an act a case supposed: "any transfer", "such a sale"
_SUPPOSED = {"any", "such"}
_WOULD = {"would", "could", "might"}
# nouns of a step taken toward an act: "any move to arm Kyiv", "such a decision to sell jets"
_MOVES = {"move", "step", "attempt", "decision", "effort", "bid", "push", "initiative"}


def supposed(tok: Any) -> bool:
    """ "Any transfer of Iranian ballistic missiles to Russia would represent a dramatic escalation",
    "What an Iranian missile transfer to Russia would change": an act named as the subject of what
    would follow from it is supposed, not told. (A deal's subject with no such mark, "the transfer of
    the jets would be completed by 2026", is a plan and is kept.) A move named with the act as its
    infinitive is supposed the same way: "any move to arm Kyiv would violate the policy"."""
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in _MOVES:
        tok = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    if not any(c.dep_ == "aux" and c.lower_ in _WOULD for c in verb.children):
        return False
    marked = any(c.dep_ in ("det", "predet", "amod") and c.lower_ in _SUPPOSED for c in tok.children)
    asked = any(c.dep_ == "dobj" and c.tag_ == "WP" and c.i < tok.i for c in verb.children)
    return marked or asked


# words of guessing at what a party may do: "speculation that Tokyo might send"
_SPECULATING = {"speculation", "speculate", "rumour", "rumor", "idea", "prospect", "possibility", "suggestion",
                "suggest"}  # fmt: skip


def speculated(tok: Any) -> bool:
    """ "Hayashi dismissed speculation that Tokyo might send artillery ammunition to Kyiv", "those who
    suggest we could send them to Ukraine are dreaming": an act that a party only might or could do,
    in a clause of guessing, is no act told. (A hedged deed, "could have sent", is past and kept.)"""
    if tok.dep_ not in ("acl", "ccomp"):
        return False
    head = tok.head  # (the parse may hang the noun's clause on its verb: "dismissing speculation ... that")
    words = [head, *(c for c in head.children if c.dep_ == "dobj" and c.i < tok.i)]
    if not any(w.lemma_.lower() in _SPECULATING for w in words):
        return False
    auxes = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    return any(a in ("might", "could", "may") for a in auxes) and "have" not in auxes


# nouns for an act only thought of: "the idea of sending", "the possibility of selling"
_THOUGHTS = {"idea", "notion", "possibility", "prospect"}


def idea_of(tok: Any) -> bool:
    """ "A lawmaker floated the idea of shipping shells to Kyiv", "raised the possibility of selling
    jets to Manila": an act named only as an idea someone put forward is no act told. (One a party
    weighs, "Seoul is weighing the idea of sending shells", is a plan.)"""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.lower_ != "of" or prep.head.lower_ not in _THOUGHTS:
        return False
    return prep.head.head.lemma_.lower() not in _WEIGHING


# nouns of talks held over a deal, what they are "on", and the verbs by which they fail or are given up
_TALK_NOUNS = {"talk", "talks", "negotiation", "negotiations", "discussion", "discussions"}
_TALKED_ON = {"on", "over", "about", "for", "regarding", "concerning"}
_TALKS_FAILING = {"stall", "collapse", "fail", "founder", "falter", "break", "fall", "sour", "end"}
_TALKS_GIVEN_UP = {"suspend", "halt", "end", "freeze", "abandon", "cancel", "scrap", "drop", "break", "shelve"}


def talks_broken_off(tok: Any) -> bool:
    """ "Talks on selling K9 howitzers to Vietnam stalled last year", "negotiations over the sale of
    F-16s broke down", "Abu Dhabi suspended talks on buying F-35s": the act the talks were over is
    no deal once they failed or were given up. (Talks going on, "talks on the sale are continuing",
    are a plan.)"""
    prep = tok.head
    if tok.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep" or prep.lower_ not in _TALKED_ON:
        return False
    talks, verb = prep.head, prep.head.head
    if talks.lower_ not in _TALK_NOUNS or verb.i == talks.i:
        return False
    if talks.dep_ == "nsubj":
        return verb.lemma_.lower() in _TALKS_FAILING
    return talks.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in _TALKS_GIVEN_UP


# verbs of weighing an act: "discussed arming", "considered selling"
_WEIGHING = {"discuss", "consider", "weigh", "mull", "contemplate", "explore", "debate", "study", "plan"}
# giving an act up, with the word it needs if any: "held back", "decided against", "backed off"
_GIVING_UP = {"hold": {"back", "off"}, "back": {"off", "down", "away"}, "pull": {"back", "out"},
              "decide": {"against"}, "opt": {"against"}, "balk": set(), "refrain": set(), "abandon": set(),
              "shelve": set(), "drop": set(), "scrap": set()}  # fmt: skip


def weighed_then_given_up(tok: Any) -> bool:
    """ "Russia had discussed arming the group with anti-ship missiles but held back", "Berlin weighed
    sending tanks to Kyiv but backed off", "considered selling Su-35s to Iran but decided against it":
    an act weighed and then given up, by a verb joined with "but", is no plan."""
    weigh = tok.head if tok.dep_ == "xcomp" else tok
    if weigh.lemma_.lower() not in _WEIGHING:
        return False
    # (the parse hangs "but" and the giving up on either verb)
    if not any(c.dep_ == "cc" and c.lower_ == "but" for v in (tok, weigh) for c in v.children):
        return False
    for conj in (c for v in (tok, weigh) for c in v.children if c.dep_ == "conj" and c.i > tok.i):
        needs = _GIVING_UP.get(conj.lemma_.lower())
        if needs is not None and (not needs or any(c.lower_ in needs for c in conj.children)):
            return True
    return False


# nouns of courses a party may take
_OPTIONS = {"option", "options", "possibility", "possibilities", "scenario", "scenarios", "measure", "measures",
            "step", "steps", "response", "responses", "countermeasure", "countermeasures"}  # fmt: skip


def option_to_weigh(tok: Any) -> bool:
    """ "Seoul said it will review all possible options, including sending weapons to Ukraine", "could
    consider steps such as supplying shells": an act named as one of the options a party says it
    will or may weigh is none yet. (Options weighed now, "is weighing options such as supplying
    shells", are a plan, and are kept.)"""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.lower_ not in ("including", "as"):
        return False
    on = prep.head
    options = on if on.lower_ in _OPTIONS else None
    options = options or next((c for c in on.children if c.dep_ == "dobj" and c.lower_ in _OPTIONS), None)
    if options is None:
        return False
    verb = options.head if options is on else on
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


# words that put an act at an open future time or in theory only: "could eventually offer", "might
# ultimately sell", "could theoretically supply"
_SOMEDAY = {"eventually", "someday", "ultimately", "theoretically", "hypothetically", "potentially"}


def _someday(tok: Any) -> bool:
    """Whether `tok`, a verb's modifier, is "eventually", "one day", "in future" or "in theory"."""
    if tok.dep_ == "advmod":
        return tok.lower_ in _SOMEDAY
    if tok.dep_ == "npadvmod":
        return tok.lower_ == "day" and any(c.lower_ == "one" for c in tok.children)
    # ("in future", "in the future", "in theory")
    return tok.dep_ == "prep" and tok.lower_ == "in" and any(c.lower_ in ("future", "theory") for c in tok.children)


# nouns of what a party could do: "has the capacity to supply", "lacks the means to deliver"
_CAPACITY = {"capacity", "capability", "capabilities", "ability", "potential", "wherewithal", "means", "resources"}


def capacity_only(tok: Any) -> bool:
    """ "China has the capacity to supply Russia with far more drones than Iran", "Ankara lacks the
    means to deliver them": an act told only as what a party has (or lacks) the means to do is talk
    of its capacity, no act done or planned."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if tok.dep_ == "acl":
        nouns = [tok.head]
    elif tok.dep_ in ("advcl", "xcomp"):  # ("lacks the means to deliver": the parse hangs it on the verb)
        nouns = [c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i]
    else:
        return False
    return any(
        n.lower_ in _CAPACITY and n.dep_ == "dobj" and n.head.lemma_.lower() in ("have", "lack", "possess")
        for n in nouns
    )


def someday_possible(tok: Any) -> bool:
    """ "Some commentators speculated that Moscow could eventually offer the Geran-2 to Venezuela",
    "it might one day sell improved drones to Tehran": an act told as possible at some open future time
    is speculation, neither a plan nor a hedged deed. (A plan with a time, "will eventually deliver",
    and a hedge on an act, "Iran could be supplying missiles", are kept.)"""
    if tok.pos_ != "VERB":
        return False
    # ("might one day seek to buy drones": the time and the modal on the verb the act is the
    # infinitive of)
    for verb in _with_xcomp_head(tok):
        # ("may supply Russia with its newest drones in the future": the parser may hang the time on
        # the goods or the party, where no time of theirs can stand)
        held = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        marks = [
            c
            for t in (verb, *(c for c in verb.children if c.dep_ in ("dobj", "dative")), *held)
            for c in t.children
            if _someday(c) and (t is verb or c.dep_ == "prep")
        ]
        if not marks:
            continue
        # (the parser may hang the modal on "day": "might one day sell")
        aux = {c.lower_ for t in (verb, *marks) for c in t.children if c.dep_ == "aux"}
        if aux & _POSSIBLE and not aux & {"have", "be"}:
            return True  # ("could theoretically be supplying": a hedge on an act going on, kept)
    return False


# who "anyone who supplies" may be: a person or body no one names
_ANYONE = {"anyone", "anybody", "someone", "whoever"}
_ANY_DOER = {"person", "persons", "company", "companies", "firm", "firms", "entity", "entities", "individual",
             "individuals", "party", "parties", "country", "countries", "state", "states", "supplier",
             "suppliers", "exporter", "exporters", "government", "governments", "bank", "banks"}  # fmt: skip


def anyone_who(tok: Any) -> bool:
    """ "Anyone who sells drones to Russia will face sanctions", "any company that ships weapons to the
    Houthis may be exposed to sanctions": the act of a relative clause on an unnamed anyone is the
    case a rule or a warning speaks of, no party's deed. (Goods so marked, "any drones that it
    supplied", keep their act.)"""
    if tok.dep_ == "xcomp" and tok.head.dep_ == "relcl" and tok.head.lemma_.lower() in ("help", "try", "seek"):
        tok = tok.head  # ("those who help arm Russia's war machine": the helping's clause)
    if tok.pos_ != "VERB" or tok.dep_ != "relcl":
        return False
    who = tok.head
    if who.lower_ in _ANYONE:
        return True
    if who.lower_ == "those" and who.i == tok.i - 2 and tok.doc[who.i + 1].lower_ == "who" and _told_as_to_come(tok):
        return True  # "Those who help arm Russia will be held accountable": whoever does it
    return who.lower_ in _ANY_DOER and any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in who.children)


# doers a penalty to come may single out: "could target firms that might be supplying"
_POSSIBLE_DOERS = _ANY_DOER | {"shipper", "shippers", "trader", "traders", "middleman", "middlemen", "intermediary",
                               "intermediaries", "network", "networks", "business", "businesses"}  # fmt: skip
_DEFINITE = {"the", "this", "these", "those", "that", "its", "their"}


def possible_targets(tok: Any) -> bool:
    """ "An 18th package could target Chinese firms that might be supplying components to Russia",
    "further listings could follow against shippers that may help Moscow obtain parts": the doers a
    penalty that may come would single out, themselves told only as possible ("might", "may", "could"),
    are a case the speaker weighs, no party's told deed. (Firms a penalty names, "sanctioned firms
    that may have shipped", or a hedge alone, "firms might be supplying", keep their act.)"""
    verb = tok
    for _ in range(2):
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            break
        verb = verb.head  # ("firms that might help Moscow obtain parts": the helping's clause)
    if verb.pos_ != "VERB" or verb.dep_ != "relcl":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _POSSIBLE for c in verb.children):
        return False
    who = verb.head
    if who.lower_ not in _POSSIBLE_DOERS or any(
        c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in who.children
    ):
        return False
    ruling = who.head.head if who.dep_ == "pobj" else who.head
    if who.dep_ not in ("dobj", "pobj") or ruling.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL | {"will"} for c in ruling.children)


def _told_as_to_come(relative: Any) -> bool:
    """Whether the clause a relative clause's "those" is in is told as to come ("will be held
    accountable", "would face sanctions", "must be punished"): a warning about whoever does it."""
    verb = relative.head.head
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE | {"must", "should", "could", "may"} for c in verb.children
    )


def unreal(tok: Any, direction: str) -> bool:
    """Whether the trigger at `tok` names an act the sentence does not tell as happening or planned."""
    if (
        warned_against(tok)
        or generic_gerund(tok)
        or within_range(tok)
        or refused(tok)
        or forbidden(tok)
        or made_hard(tok)
        or unproven(tok)
        or untold(tok)
        or stipulates(tok)
        or stopped_before_leaving(tok)
        or asked_about(tok)
        or supposed(tok)
        or on_condition(tok)
        or talks_broken_off(tok)
        or option_to_weigh(tok)
        or weighed_then_given_up(tok)
        or speculated(tok)
        or idea_of(tok)
        or someday_possible(tok)
        or capacity_only(tok)
        or anyone_who(tok)
        or possible_targets(tok)
    ):
        return True
    return (
        request_possible(tok, direction)
        or attempt_possible(tok)
        or choice_possible(tok)
        or legal_claim(tok, direction)
        or (direction == "receive" and made_at_home(tok))
    )
