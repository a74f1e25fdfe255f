"""English front end: triggers, arguments with their case, items, cues, from a spaCy parse.

Attachment and case come from the dependency parse (see `en_cases`); an argument no predicate
governs (a headline, a garbled sentence) falls back to the nearest trigger (`direct=False`).
Coordinated parties ("the Netherlands and Denmark will send") keep one case each; the assembler
makes one transfer per conjunct. Status is read per
trigger from the words that govern it ("plans to send", "is believed to have shipped",
"denied supplying").
"""

from __future__ import annotations

import re
from typing import Any

from materiel.extract.common import attach_quantities, find_items, is_place, item_term_pattern, resolve_party
from materiel.extract.dates import DateMention, find_dates
from materiel.extract.en_cases import (
    CARRIERS,
    SPEECH,
    STANDS_FOR_STATE,
    armed_receiver,
    attach,
    case_on_path,
    clause_on,
    conjoined,
    governing,
    governs,
    head_of,
    merge_items,
    own_case,
    plural_systems,
    reduced_relative,
    segments,
    token_index,
)
from materiel.extract.en_clauses import (
    backed_groups,
    backed_recipients,
    copula_subjects,
    domestic,
    hyphen_routes,
    journey_continued,
    onward_chains,
    origin_hits,
    pronoun_subjects,
    received_from_agent,
    relative_subjects,
    relative_users,
    routes_of_the_goods_before,
    seized_for,
    strengthened,
    supplier_noun_hits,
    supplier_noun_roles,
    unnamed_parties,
    user_recipients,
)
from materiel.extract.en_context import (
    battery_systems,
    borrow_dates,
    borrow_parties,
    elided_series,
    inventory_items,
    lists_contents,
    mark_statements,
    restated_dates,
    without_use_dates,
)
from materiel.extract.frame import Arg, Attribution, ItemHit, Sentence, TriggerHit
from materiel.extract.quantities import find_quantities
from materiel.gazetteer import Gazetteer
from materiel.lexicon import Lexicon
from materiel.model import Entity, Mention

_COREF = {"the country": ("country",), "the group": ("armed-group",), "the militia": ("armed-group",),
          "the movement": ("armed-group",), "the company": ("company",), "the firm": ("company",),
          "the islamic republic": ("country",), "the kingdom": ("country",), "the regime": ("country",),
          "the rebels": ("armed-group",), "the militants": ("armed-group",), "the junta": ("country",),
          "the island": ("country",), "the manufacturer": ("company",), "the maker": ("company",),
          "the contractor": ("company",), "the department": ("state-body",),
          "the ministry": ("state-body",)}  # fmt: skip
_COREF_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(k) for k in _COREF) + r")\b"
    r"|\bthe\s+(?-i:[a-z][a-z-]+)\s+(?:group|militia|movement|company|firm|rebels|militants|manufacturer|maker)\b"
    r"|\b(?-i:the North)(?! of| and)\b",
    re.I,
)
_MODES = [
    ("sea", re.compile(r"\b(?:ships?|vessels?|by sea|port|tanker|cargo ship|dhow|boat|maritime|Caspian)\b", re.I)),
    ("air", re.compile(r"\b(?:flights?|flown|airlift|aircraft carrying|cargo plane|by air|airport|airline)\b", re.I)),
    ("rail", re.compile(r"\b(?:rail|trains?|railway|freight cars|wagons)\b", re.I)),
    ("land", re.compile(r"\b(?:trucks?|lorries|overland|by land|border crossing|by road|convoy)\b", re.I)),
]
_VESSELS = re.compile(
    r"\b(?:the\s+)?(?:[A-Z][a-z]+-flagged\s+)?(?:cargo\s+)?(?:ship|vessel|tanker|freighter|dhow)\s+(?:named\s+)?"
    r"[\"“]?[A-Z][\w-]+(?:\s[A-Z0-9][\w-]*)?[\"”]?"
    r"|\b(?:two|three|four|five|several|\d+)\s+(?:[\w-]+\s+){0,2}(?:cargo\s+)?(?:ships|vessels|tankers|freighters|dhows)\b"
)
_DESIGN = re.compile(r"^-?(?:designed|developed|licensed)\b")
_MADE = re.compile(r"^-?(?:made|built|produced|manufactured|origin|supplied|provided|sourced|flagged)\b")
_DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]{1,40},(?:[A-Za-z .'-]{1,30},)?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*[-–—]")
_DATELINE_LINE = re.compile(r"(?:^|(?<=\n))[ \t]*" + _DATELINE.pattern[1:], re.M)
_DENY = {"deny", "dismiss", "reject", "refute", "rebut", "disavow"}
_PASSIVE_HEDGE = {"say", "believe", "think", "report", "suspect", "allege", "understand", "know", "rumour", "rumor"}
_QUALIFIERS = ("compound", "amod", "det", "nmod", "poss", "nummod", "quantmod")


def _trigger_hits(sent: Any, lexicon: Lexicon, blocked: list[tuple[int, int]]) -> list[tuple[TriggerHit, int]]:
    hits: list[tuple[TriggerHit, int]] = []
    for tok in sent:
        entries = lexicon.triggers.get(tok.lemma_.lower()) or lexicon.triggers.get(tok.text.lower())
        participle = not entries and tok.tag_ == "JJ" and tok.dep_ == "amod"
        if participle:
            entries = _participle_triggers(tok.text.lower(), lexicon)
        if not entries or any(s < tok.idx + len(tok.text) and tok.idx < e for s, e in blocked):
            continue
        is_noun = tok.pos_ in ("NOUN", "PROPN")
        children = {c.text.lower() for c in tok.children} | {c.lemma_.lower() for c in tok.children}
        if tok.i + 1 < len(tok.doc):
            children.add(tok.doc[tok.i + 1].lower_)  # "handed over 20 tanks": the parse reads "over 20"
        fitting = [t for t in entries if t.noun == is_noun and (not t.particle or t.particle in children)]
        if not fitting:
            continue
        if is_noun and tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
            continue  # "supply lines", "export controls": a modifier, no event
        if _shipping_trade(tok) or _anti(tok) or _open_question(tok) or _refused(tok):
            continue
        if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _MONEY for c in tok.children):
            continue  # "moved money for", "transferred funds to": payments, no goods
        trig = fitting[0]
        passive = (
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
        negated = any(c.dep_ == "neg" for c in tok.children)
        hits.append((TriggerHit(tok.idx, tok.idx + len(tok.text), trig, passive, negated, nominal=is_noun), tok.i))
    hits += origin_hits(sent) + supplier_noun_hits(sent)
    # "received shipments of", "took delivery of": the verb carries the noun's event
    verbs = {i for h, i in hits if not h.nominal}
    doc = sent.doc
    hits = [
        (h, i)
        for h, i in hits
        if not (h.nominal and doc[i].head.i in verbs and doc[i].dep_ in ("dobj", "pobj", "nsubjpass"))
    ]
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
    if any(not h.trigger.weak for h, _ in hits):
        hits = [(h, i) for h, i in hits if not h.trigger.weak or _own_clause(doc[i])]
    return hits


def _qualifier(head: Any, it: ItemHit, item_heads: set[int], trig_tokens: dict[int, int]) -> bool:
    if it.entity is not None:
        return False
    t = head
    while t.dep_ == "conj" and t.head.i != t.i and t.head.dep_ in ("compound", "nmod"):
        t = t.head  # "drone and missile programmes": the second conjunct qualifies too
    return t.dep_ in ("compound", "nmod") and t.head.i not in item_heads and t.head.i not in trig_tokens


_QUESTION_MARKS = {"whether", "if"}


def _open_question(tok: Any) -> bool:
    """ "it remains unclear if they would send the jets", "to determine whether the shells are
    received", "if Washington sends the missiles": a deed in an open question or a condition is
    not told as happening. A deliberation ("whether to send"), with no subject, is left to the cues."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    t = tok
    for _ in range(4):  # "if they would agree to send": the clause the verb belongs to
        if any(c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS for c in t.children):
            return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)
        if t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _in_gloss(head: Any, item_heads: set[int], trig_tokens: dict[int, int]) -> bool:
    """ "nitrocellulose, a key ingredient in artillery propellant": goods named inside an apposition
    that explains other goods describe them, they are not more goods (a named system there, as in
    "drones, some of them Shahed-136s", says which goods they are, and is kept)."""
    t = head
    for _ in range(6):
        if t.head.i == t.i or t.i in trig_tokens:
            return False
        if t.dep_ == "appos" and t.i not in item_heads and _glosses(t, item_heads):
            return True
        t = t.head
    return False


def _glosses(appos: Any, item_heads: set[int]) -> bool:
    """Whether an apposition explains goods: it hangs on them, or (the parse giving it to the trigger
    noun above, "exports of nitrocellulose, a key ingredient in") it follows them after a comma."""
    if appos.head.i in item_heads:
        return True
    first = appos.left_edge.i
    return first >= 2 and appos.doc[first - 1].text == "," and first - 2 in item_heads


def _shipping_trade(tok: Any) -> bool:
    """ "fired at commercial shipping", "attacks on shipping": the trade, no act of shipping goods."""
    if tok.lower_ != "shipping" or any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return False
    return tok.dep_ in ("pobj", "pcomp", "dobj", "nsubj", "nsubjpass", "compound") or any(
        c.dep_ == "amod" for c in tok.children
    )


_MONEY = {"money", "fund", "funds", "cash", "payment", "payments", "proceeds", "revenue", "revenues", "salary",
          "salaries", "dollar", "dollars", "euro", "euros", "ransom", "bribe", "bribes"}  # fmt: skip


def _own_clause(tok: Any) -> bool:
    """ "..., and Kyiv has ordered a dozen more drones": a weak verb with its own subject and object in
    a clause of its own tells its own act beside a stronger trigger."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("conj", "ccomp"):
        return False
    kids = {c.dep_ for c in tok.children}
    return "nsubj" in kids and "dobj" in kids


def _anti(tok: Any) -> bool:
    """ "anti-ship missiles", "counter-supply": a prefixed word names no act."""
    doc = tok.doc
    if tok.i >= 1 and doc[tok.i - 1].lower_ in ("anti-", "counter-"):
        return True
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("anti", "counter")


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


def _resolve_coref(
    text: str, mentions: list[Mention], entities: dict[str, Entity], gazetteer: Gazetteer
) -> list[Mention]:
    """ "the country", "the group": the latest party of a fitting type before it."""
    out: list[Mention] = []
    ordered = sorted(mentions, key=lambda m: m.start)
    for m in _COREF_RE.finditer(text):
        if any(o.start <= m.start() < o.end for o in ordered):
            continue
        phrase = m.group().lower()
        north = phrase == "the north"  # "the North" after North Korea is named
        types = _COREF.get(phrase) or _COREF.get("the " + phrase.split()[-1], ("country",))
        prior = None
        for prev in ordered:
            if prev.end > m.start():
                break
            ent = entities.get(prev.entity_id)
            party = _party(ent, gazetteer) if ent else None
            fits = (
                party is not None
                and ent is not None
                and (party.type in types or ent.type in types)  # "the department": the body's state
                and (prev.form != "adjective" or north)
                and ("state-body" not in types or phrase.split()[-1] in (prev.text + " " + ent.name).lower())
            )
            if fits and party is not None and (not north or party.name.startswith("North ")):
                prior = party
        if prior is not None:
            entities.setdefault(prior.id, prior)
            out.append(Mention(prior.id, m.start(), m.end(), m.group(), "alias", 0.7, form="coref"))
    return out


_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_MONTH_YEAR = re.compile(rf"\b{_MONTHS}\s+(?:\d{{1,2}},?\s+)?(?:19|20)\d\d\b|\b\d{{1,2}}\s+{_MONTHS}\s+(?:19|20)\d\d\b")
_BARE_MONTH = re.compile(
    rf"^(?:(?:early|mid|late|the end of|the start of)[\s-]+)?{_MONTHS}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?$"
    rf"|^\d{{1,2}}\s+{_MONTHS}$",
    re.I,
)


def _dates_by_text_year(text: str) -> list[DateMention]:
    """No publication date: a month named without its year ("in March") takes the year of the
    latest month the text dates in full ("in March 2024"); with none, it stays unresolved."""
    found = find_dates(text, "en", None)
    years = [int(m.group()[-4:]) for m in _MONTH_YEAR.finditer(text)]
    if not years:
        return found
    again = {(d.start, d.end): d for d in find_dates(text, "en", f"{max(years)}-12-31")}
    out = []
    for d in found:
        other = again.get((d.start, d.end))
        if d.iso is None and other is not None and other.iso and _BARE_MONTH.match(d.text.strip()):
            d = other
        out.append(d)
    return out


def _misread_name(m: Mention, doc: Any, pattern: re.Pattern[str], lexicon: Lexicon) -> bool:
    """A name the statistical model guessed in a title-case headline ("Shipped Cruise Missiles")
    that holds goods words or a transfer verb is no name."""
    if m.match != "model":
        return False
    if pattern.search(m.text):
        return True
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and any(t.pos_ == "VERB" and t.lemma_.lower() in lexicon.triggers for t in span)


_OFFICE_AFTER = re.compile(r"\s+(?:Minister|Secretary|Adviser|Advisor|Spokesman|Spokeswoman|Spokesperson|Chief)\b")


def _office_word(m: Mention, text: str) -> bool:
    """ "Russian Defense Minister Sergei Shoigu": a word the statistical model took for a name just
    before an office is part of the title, no party."""
    return m.match == "model" and " " not in m.text and _OFFICE_AFTER.match(text, m.end) is not None


def _party(ent: Entity, gazetteer: Gazetteer) -> Entity | None:
    """The party an entity acts for: a capital or leader its state, a national body its country."""
    party = resolve_party(ent, gazetteer)
    if party is not None and party.type == "state-body" and party.country and not party.parent:
        return gazetteer.country(party.country) or party
    return party


def _speakers(sent: Any, text: str, lexicon: Lexicon, parties: list[Arg], taken: list[tuple[int, int]]) -> list[Arg]:
    """Unnamed speakers: "officials", "two U.S. officials", "a source familiar with"."""
    words = {w.lower() for w in lexicon.cue("sources") if " " not in w}
    out: list[Arg] = []
    for tok in sent:
        if tok.lemma_.lower() not in words and tok.text.lower() not in words:
            continue
        if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
            continue  # "President Zelensky": a title before a name, the named person speaks
        left = min([tok.i] + [c.i for c in tok.lefts if c.dep_ in _QUALIFIERS and c.dep_ != "det"])
        start, end = tok.doc[left].idx, tok.idx + len(tok.text)
        if any(s <= start and end <= e for s, e in taken):
            continue
        qualifier = next((p.entity for p in parties if start <= p.start < end and p.entity), None)
        said = end
        if qualifier is None:  # "an official from Iran's defence ministry", "officials in Kyiv"
            for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ in _SPEAKER_OF):
                last = prep.right_edge
                owner = next((p for p in parties if prep.idx <= p.start < last.idx + len(last.text)), None)
                if owner is not None and owner.entity is not None:
                    qualifier, said = owner.entity, last.idx + len(last.text)
                    break
        out.append(Arg(start, end, qualifier, own_case(tok), description=text[start:said]))
    return out


_SPEAKER_OF = {"from", "at", "in", "of", "with"}


def _attribution(sent: Any, args: list[Arg], media: list[Arg], tok_at: list[int]) -> Attribution | None:
    doc = sent.doc
    speaker: Arg | None = None
    outlet: Arg | None = None
    marker = None
    for a in sorted(args + media, key=lambda a: a.start):
        tok = doc[tok_at[a.end - 1]]
        head = tok
        while head.dep_ in ("compound", "conj", "appos", "amod", "poss") and head.head.i != head.i:
            head = head.head
        gov = head.head
        is_media = a.entity is not None and a.entity.type == "media"
        if own_case(tok) == "according" or (head.dep_ == "pobj" and gov.head.lemma_ in ("cite", "quote")):
            marker = gov
            if is_media:
                outlet = outlet or a
            else:
                speaker = speaker or a
        elif (
            gov.lemma_ in SPEECH
            and head.dep_ in ("nsubj", "dobj", "dative", "pobj", "agent", "nsubjpass")
            and not _conceding(gov)
        ):
            marker = gov
            if is_media:
                outlet = outlet or a
            elif head.dep_ == "nsubj" or (head.dep_ == "nsubjpass" and gov.lemma_ == "quote"):
                speaker = speaker or a  # "Lukashenko was quoted as saying"
                if _guessed(speaker) and not _guessed(a) and a.entity is not None:
                    speaker = a  # "Defense Minister Rustem Umerov said": the known name, not the model's guess
        elif head.dep_ == "pobj" and gov.head.dep_ == "acl" and gov.head.lemma_ in ("cite", "quote"):
            outlet = outlet or (a if is_media else None)
    if speaker is None and outlet is None:
        return None
    start = marker.idx if marker is not None else sent.start_char
    return Attribution(speaker, outlet, start, start)


_CONCESSIVE = {"though", "although", "while", "whereas"}


def _conceding(verb: Any) -> bool:
    """ "exports rose sharply, though officials in Yerevan say they enforce controls": a speaker in a
    concessive clause answers the report, it does not carry it."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in verb.children)


_TITLE_GAP = re.compile(r"(?:\s+[A-Z][\w.-]*){0,3}\s+$")


def _guessed(a: Arg | None) -> bool:
    return a is not None and (a.entity is None or a.entity.provisional)


def _cue_words(lexicon: Lexicon, key: str) -> tuple[set[str], list[re.Pattern[str]]]:
    words = {c.lower() for c in lexicon.cue(key) if " " not in c}
    phrases = [re.compile(rf"\b{re.escape(c.lower())}\b") for c in lexicon.cue(key) if " " in c]
    return words, phrases


def _trigger_status(
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
        these = {(t.lemma_.lower()), t.text.lower()} if n else set()
        for c in t.children:
            if c.dep_ in ("aux", "auxpass", "advmod", "neg", "acomp") and c.i != tok.i:
                these.update((c.lemma_.lower(), c.text.lower()))
        words |= these
        if n < len(spoken):
            below |= these
    window = tok.doc[min(t.i for t in chain) : tok.i + 1].text.lower()
    window_below = tok.doc[min(t.i for t in spoken) : tok.i + 1].text.lower()
    lemmas = {t.lemma_.lower() for t in chain[1:]}

    def has(key: str) -> bool:
        w, ph = cues[key]
        if key == "planned":
            return bool(below & w) or any(p.search(window_below) for p in ph)
        return bool(words & w) or any(p.search(window) for p in ph)

    if hit.negated or lemmas & _DENY:
        return "denied"
    if hit.trigger.status:
        return hit.trigger.status
    if hit.nominal and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _ANNOUNCING and not has("alleged"):
        return "planned"  # "announced a $400 million package", "unveiled a new sale": a plan told
    if has("requested"):
        return "requested"
    passive_hedge = any(
        t.lemma_.lower() in _PASSIVE_HEDGE and any(c.dep_ == "auxpass" for c in t.children) for t in chain[1:]
    )
    if (has("alleged") and not words & {"will", "would", "'ll"}) or passive_hedge:
        return "alleged"
    if has("planned"):
        return "planned"
    top = chain[-1]
    if top.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children):
        return "planned"  # a headline's infinitive: "Denmark to send jets to Ukraine"
    if sentence_hedged:
        return "alleged"
    return None


# "refused to send", "ruled out supplying", "has no plans to buy", "rejected calls to deliver":
# an act turned down is no transfer (a denial of one said to have happened is another matter)
_REFUSING = {"refuse", "decline", "reluctant", "unwilling", "hesitate", "balk", "resist", "oppose"}
_TURNED_DOWN = {"call", "calls", "request", "requests", "demand", "demands", "appeal", "appeals", "plea", "pleas"}
_REJECTING = {"reject", "rebuff", "resist", "refuse", "decline", "ignore", "dismiss"}


def _refused(tok: Any) -> bool:
    """Whether the act `tok` names is turned down by the words governing it."""
    head = tok.head
    if head.dep_ == "prep" and tok.dep_ == "pcomp":
        head = head.head  # "balked at sending"
    lemma = head.lemma_.lower()
    if tok.dep_ in ("xcomp", "pcomp") and lemma in _REFUSING:
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
    if tok.dep_ in ("acl", "xcomp", "relcl") and head.pos_ == "NOUN":
        if lemma in {"plan", "intention", "intent"} and any(c.lower_ == "no" for c in head.children):
            return True  # "has no plans to buy"
        if lemma in _TURNED_DOWN and head.head.lemma_.lower() in _REJECTING:
            return True  # "rejected calls to deliver"
    return False


_ANNOUNCING = {"announce", "unveil", "approve", "clear", "authorize", "authorise"}
_DESIGNATOR_BEFORE = re.compile(r"(?:[A-Za-z0-9][-/]|\bBlock\s|\bBlk\s|\btype\s|\bType\s)$")


def _designator_number(text: str, start: int, end: int) -> bool:
    """The digits of a model name are no count: "C-802 anti-ship missile", "L-39 trainers",
    "AN/TPS-77 radars", "F-16V Block 70 jets", "Mi-24P" (a number glued to letters)."""
    s = text[max(0, start - 6) : start]
    span = text[start:end]
    if span[:1].isdigit() and _DESIGNATOR_BEFORE.search(s):
        return True
    return bool(span[-1:].isdigit() and end < len(text) and text[end].isalpha())


# "155 mm and 105 mm rounds", "152-millimetre shells": a calibre is no count
_CALIBRE = re.compile(r"\s?-?(?:mm|millimet(?:re|er)s?|cm|calibre|caliber)\b", re.I)
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥]|\b(?:US|USD|EUR|A|C)\$?)\s?$")
_CURRENCY_AFTER = re.compile(
    r"^\s*(?:(?:million|billion|bn|m)\b\s*)?(?:dollars|euros|pounds|yuan|rubles|roubles|USD|EUR)\b"
)


def _counts_events(doc: Any, tok_at: list[int], start: int, end: int, hits_tok: list[tuple[TriggerHit, int]]) -> bool:
    """ "at least ten arms transfers", "three weapons shipments": a number on a transfer noun counts the
    deliveries, not the goods."""
    i = tok_at[end - 1] if end - 1 < len(tok_at) else -1
    if i < 0:
        return False
    tok = doc[i]
    nominal = {tok_i for hit, tok_i in hits_tok if hit.nominal}
    return tok.dep_ in ("nummod", "quantmod", "amod") and tok.head.i in nominal


def _money(text: str, start: int, end: int) -> bool:
    """ "$5.9 million", "300 million euros": a sum of money is no count of goods."""
    return bool(_CURRENCY_BEFORE.search(text[max(0, start - 4) : start]) or _CURRENCY_AFTER.match(text[end : end + 24]))


def _dates(dates: list[DateMention], text: str, s0: int, s1: int) -> list[DateMention]:
    out = [d for d in dates if s0 <= d.start < s1]
    dl = _DATELINE_LINE.match(text, s0)
    if dl is not None:  # "KYIV, Oct 18 -": the dateline is the publication, not the event
        out = [d for d in out if d.start >= dl.end()] or out
    return out


def analyze_en(
    doc: Any,
    text: str,
    mentions: list[Mention],
    entities: dict[str, Entity],
    lexicon: Lexicon,
    gazetteer: Gazetteer,
    published: str | None,
) -> list[Sentence]:
    plurals = plural_systems(doc, mentions, entities, gazetteer)
    plural_spans = {(m.start, m.end) for m in plurals}
    # a plural read whole ("Shahed-136s") replaces the shorter name found inside it ("Shahed")
    mentions = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in plural_spans)]
    mentions = mentions + _resolve_coref(text, mentions, entities, gazetteer) + plurals
    # "KYIV, Oct 18 -" at the start of a line (after a headline too): where the wire filed from is no party
    datelines = [(m.start(), m.end()) for m in _DATELINE_LINE.finditer(text)]
    mentions = [m for m in mentions if not any(a <= m.start < b for a, b in datelines)]
    pattern = item_term_pattern(lexicon)
    mentions = [m for m in mentions if not _misread_name(m, doc, pattern, lexicon) and not _office_word(m, text)]
    mentions.sort(key=lambda m: m.start)
    tok_at = token_index(doc)
    weapon_mentions = [(m, entities[m.entity_id]) for m in mentions if entities[m.entity_id].type == "weapon-system"]
    name_spans = [(m.start, m.end) for m in mentions if entities[m.entity_id].type != "weapon-system"]
    group_ends = {m.end for m in mentions if entities[m.entity_id].type in ("armed-group", "company")}
    quantities = find_quantities(text, "en")
    dates = find_dates(text, "en", published) if published else _dates_by_text_year(text)
    cues = {k: _cue_words(lexicon, k) for k in ("alleged", "planned", "requested")}
    hedge_adverbs = {w for w in cues["alleged"][0] if w.endswith("ly")}
    interdicted_words, interdicted_phrases = _cue_words(lexicon, "interdicted")
    denial_words, denial_phrases = _cue_words(lexicon, "denied")
    sentences: list[Sentence] = []
    open_slots: dict[int, set[str]] = {}
    restating: dict[int, list[tuple[DateMention, set[str]]]] = {}
    last_system: str | None = None  # the category of the latest system named: what "batteries" are
    asserted = False  # a transfer already told (a later "never supplied" denies it, it is no new one)
    for sent in segments(doc):
        s0, s1 = sent.start_char, sent.end_char
        items = merge_items(find_items(text, s0, s1, pattern, lexicon, weapon_mentions, name_spans), text)
        items = elided_series(items, text, gazetteer)
        blocked = [(it.start, it.end) for it in items if it.entity is not None] + name_spans
        hits_tok = _trigger_hits(sent, lexicon, blocked)
        hits = [h for h, _ in hits_tok]
        trig_tokens = {tok_i: n for n, (_, tok_i) in enumerate(hits_tok)}
        items = [it for it in items if not any(h.start <= it.start and it.end <= h.end for h in hits)]
        # "Hezbollah fighters", "Wagner fighters": a group's men, no fighter jets
        items = [
            it
            for it in items
            if not (
                it.entity is None
                and text[it.start : it.end].lower() == "fighters"
                and any(0 <= it.start - e <= 1 for e in group_ends)
            )
        ]
        sentence = Sentence(s0, s1, text[s0:s1], triggers=hits, items=items)
        item_heads: set[int] = set()
        item_tok: dict[int, Any] = {}
        for it in items:
            if tok_at[it.end - 1] >= 0 and tok_at[it.start] >= 0:
                h = head_of(doc, tok_at[it.start], tok_at[it.end - 1])
                item_heads.add(h.i)
                item_tok[id(it)] = h
        # "drone maker", "missile programme", "arms industry", "drone and missile programmes": goods
        # words that only qualify a noun
        items = [
            it
            for it in items
            if id(it) not in item_tok
            or not (
                _qualifier(item_tok[id(it)], it, item_heads, trig_tokens)
                or (it.entity is None and _in_gloss(item_tok[id(it)], item_heads, trig_tokens))
            )
        ]
        sentence.items = items
        local = [m for m in mentions if s0 <= m.start < s1 and m.end - 1 < len(tok_at) and tok_at[m.end - 1] >= 0]
        heads = {
            id(m): head_of(doc, tok_at[m.start] if tok_at[m.start] >= 0 else tok_at[m.end - 1], tok_at[m.end - 1])
            for m in local
        }
        party_heads = {heads[id(m)].i for m in local if entities[m.entity_id].type != "weapon-system"}
        media: list[Arg] = []
        persons: list[Arg] = []
        tok_of: dict[int, Any] = {}
        pending: list[tuple[Arg, Any, bool]] = []
        for m in local:
            ent = entities[m.entity_id]
            if ent.type == "weapon-system":
                continue
            head = heads[id(m)]
            ti, stopped, path = attach(head, trig_tokens, sent.start, sent.end)
            trig_tok = doc[hits_tok[ti][1]] if ti is not None else None
            if ti is not None:
                hit = hits[ti]
                case = case_on_path(
                    head, path, trig_tok, hit.trigger.direction, hit.nominal, party_heads - {head.i}, item_heads
                )
            else:
                case = own_case(head)
                if head.dep_ in ("amod", "compound", "nmod", "npadvmod", "poss") and head.head.i in item_heads:
                    case = "origin"
                crossed = _crossed_subject(head, sent, hits_tok)
                if crossed is not None:
                    ti, case = crossed
                    trig_tok = doc[hits_tok[ti][1]]
            after = text[m.end : m.end + 12]
            if _DESIGN.match(after):
                case = "designer"
            elif _MADE.match(after) or (m.form == "adjective" and case not in ("subj", "agent", "source", "goal")):
                case = (
                    "origin"
                    if (
                        m.form != "adjective"
                        or _MADE.match(after)
                        or head.head.i in item_heads
                        or any(0 <= it.start - m.end <= 14 for it in items)
                    )
                    else "other"
                )
            if ent.type == "media":
                media.append(Arg(m.start, m.end, ent, case, ti))
                continue
            if ent.type == "person":
                persons.append(Arg(m.start, m.end, ent, case, ti))
                if not ent.stands_for:
                    continue
            party = _party(ent, gazetteer)
            arg = Arg(m.start, m.end, party, case, ti)
            tok_of[m.start] = head
            if party is not None and not is_place(ent):
                sentence.parties.append(arg)
                pending.append((arg, head, stopped))
            if is_place(ent) or ent.type == "country" or ent.stands_for:
                place = Arg(m.start, m.end, ent, case, ti)
                sentence.places.append(place)
                pending.append((place, head, stopped))
        # an argument no predicate governs (a headline, a garbled clause): the nearest trigger
        for arg, head, stopped in pending:
            if arg.trigger is None and not stopped and hits and arg.case != "according":
                arg.trigger = min(range(len(hits)), key=lambda i: abs(hits_tok[i][1] - head.i))
                arg.direct = False
        kept: list[ItemHit] = []
        seized: list[tuple[ItemHit, int]] = []
        inventory = lists_contents(text[s0:s1])  # "The cargo included rifles": kept for the transfer before
        for it in items:
            head = item_tok.get(id(it))
            carried_on = it.category in ("aircraft", "naval") or (head is not None and head.lemma_.lower() in CARRIERS)
            if head is None or (carried_on and _carrier(head)):
                continue
            ti, stopped, _path = attach(head, trig_tokens, sent.start, sent.end)
            if ti is None:  # "components that were bound for", "weapons headed for": the clause on the goods
                ti = clause_on(head, trig_tokens)
                stopped = stopped and ti is None
            it.trigger = ti
            it.case = own_case(head)
            if ti is None and stopped and hits:
                journey = seized_for(head, hits_tok)
                if journey is not None:
                    seized.append((it, journey))
                    continue
                if inventory:
                    kept.append(it)  # no trigger of its own: `inventory_items` gives it one
                continue  # goods of another clause ("shot down 37 of the drones")
            if ti is None and hits:
                it.trigger = min(range(len(hits)), key=lambda i: abs(hits_tok[i][1] - head.i))
                it.direct = False
            for a in sentence.parties:
                if (
                    a.case == "origin"
                    and it.start > a.start
                    and (0 <= it.start - a.end <= 14 or governs(head, tok_of[a.start]))
                ):
                    it.origin = a.entity
            kept.append(it)
        # "seized rifles along with fuses being smuggled to Yemen": the goods seized together travel together
        for it, ti in seized:
            it.trigger = ti
            kept.append(it)
        kept.sort(key=lambda it: it.start)
        kept = _drop_carriers(kept, item_tok, hits, sentence.parties + sentence.places, tok_of)
        kept = strengthened(kept, item_tok, hits_tok, doc, sentence.parties + sentence.places, tok_of)
        kept += _arms_implied(hits_tok, doc, kept)
        last_system = battery_systems(kept, text, last_system)
        sentence.items = kept
        sentence.dates = without_use_dates(
            mark_statements(_dates(dates, text, s0, s1), doc, tok_at, trig_tokens), doc, tok_at, trig_tokens
        )
        _trigger_dates(sentence, doc, tok_at, hits_tok, trig_tokens)
        in_dates = [(d.start, d.end) for d in dates if s0 <= d.start < s1]
        attach_quantities(
            text,
            kept,
            [
                q
                for q in quantities
                if s0 <= q.start < s1
                and not any(a <= q.start < b for a, b in in_dates)
                and not _designator_number(text, q.start, q.end)
                and not _money(text, q.start, q.end)
                and not _CALIBRE.match(text, q.end)
                and not any(it.entity is not None and it.start <= q.start < it.end for it in kept)
                and not _counts_events(doc, tok_at, q.start, q.end, hits_tok)
            ],
            "en",
        )
        # "to Astrakhan and Makhachkala": alternative ends of one journey, not a chain of stops
        goals = [p for p in sentence.places if p.case == "goal"]
        for p in goals:
            if any(
                q is not p
                and q.trigger == p.trigger
                and conjoined(tok_of.get(p.start, doc[0]), tok_of.get(q.start, doc[0]))
                for q in goals
            ):
                p.case = "other"
        seg = text[s0:s1]
        lowered = seg.lower()
        hedged = any(t.text.lower() in hedge_adverbs for t in sent) or any(
            t.text.lower() in interdicted_words for t in sent
        )  # a seized shipment's origin and destination are the seizer's inference
        hedged = hedged or any(p.search(lowered) for p in interdicted_phrases)
        sentence.denial = any(t.lemma_.lower() in denial_words or t.text.lower() in denial_words for t in sent) or any(
            p.search(lowered) for p in denial_phrases
        )
        taken = [(m.start, m.end) for m in mentions]
        speakers = _speakers(sent, text, lexicon, sentence.parties, taken) + persons
        sentence.attribution = _attribution(sent, speakers + sentence.parties, media, tok_at)
        if sentence.attribution is not None and sentence.attribution.speaker is not None:
            sentence.statuses.add("confirmed")  # kept by the assembler only when a party speaks
            # "to Russia, U.S. officials said": the speaker's state takes no part in the act it reports
            sp = sentence.attribution.speaker
            # "Defense Minister Rustem Umerov said": a guessed name in the speaker's title is no party
            sentence.parties = [
                a
                for a in sentence.parties
                if not (_guessed(a) and a.end <= sp.start and _TITLE_GAP.match(text, a.end, sp.start))
            ]
            if hits and all(h.end <= sp.start for h in hits):
                sentence.parties = [
                    a for a in sentence.parties if not (a.trigger is None and sp.start <= a.start and a.end <= sp.end)
                ]
        if hedged:
            sentence.statuses.add("alleged")
        hyphen_routes(sentence, text)
        pronoun_subjects(sentence, hits_tok, doc, lambda e: _party(e, gazetteer))
        _end_users(sentence.parties + sentence.places, tok_of)
        by_head = {tok_of[a.start].i: a for a in sentence.parties if a.start in tok_of}
        user_recipients(sentence, hits_tok, doc, by_head)
        goods_heads = [(it, item_tok[id(it)]) for it in sentence.items if id(it) in item_tok]
        unnamed_parties(sentence, hits_tok, doc, text)
        relative_users(sentence, hits_tok, by_head, goods_heads)
        received_from_agent(sentence, hits_tok, doc, goods_heads)
        routes_of_the_goods_before(sentence)
        relative_subjects(sentence, hits_tok, doc, by_head)
        supplier_noun_roles(sentence, hits_tok, doc, by_head)
        copula_subjects(sentence, hits_tok, doc, by_head)
        journey_continued(sentence, hits_tok, doc, by_head)
        onward_chains(sentence, hits_tok, doc)
        found = _restating(sentence, hits_tok, doc, tok_at)
        if found:
            restating[len(sentences)] = found
        drop: set[int] = set()
        roles = ("subj", "goal", "agent", "source", "via")
        party_starts = {a.start for a in sentence.parties + sentence.places}
        for n, (hit, tok_i) in enumerate(hits_tok):
            if hit.nominal and not any(a.trigger == n and a.case in roles for a in sentence.parties):
                drop.add(n)  # "cleared the way for the transfer": an event no party takes part in
                continue
            if hit.trigger.direction == "give" and domestic(doc[tok_i], party_starts):
                drop.add(n)  # "handed over drones to the armed forces": the supplier's own army
                continue
            status = _trigger_status(doc[tok_i], hit, cues, hedged)
            if status == "denied" and asserted:
                drop.add(n)
                sentence.denial = True
            elif status is not None and status != hit.trigger.status:
                hit.status = status
            if status != "denied" and any(it.trigger == n for it in kept):
                asserted = True
        _rehome_goods(sentence, hits_tok, doc, drop)
        _drop_triggers(sentence, drop)
        for hit in sentence.triggers:
            tok = doc[tok_at[hit.start]]
            open_slots[id(hit)] = _open_slots(tok, hit)
        sentence.modes = [(s0 + m.start(), s0 + m.end(), mode) for mode, rx in _MODES for m in rx.finditer(seg)]
        sentence.vessels = [(s0 + m.start(), s0 + m.end(), m.group()) for m in _VESSELS.finditer(seg)]
        sentences.append(sentence)
    borrow_parties(sentences, open_slots)
    inventory_items(sentences)
    backed_recipients(sentences, backed_groups(text, mentions, entities, lambda e: _party(e, gazetteer)))
    borrow_dates(sentences, text)
    restated_dates(sentences, restating)
    return sentences


_PRONOUN_SUBJECTS = {"it", "they", "he", "she", "we"}


def _crossed_subject(head: Any, sent: Any, hits_tok: list[tuple[TriggerHit, int]]) -> tuple[int, str] | None:
    """A headline without a full stop joins the parse of the lead below it ("... in Sudan's war /
    Sudan's army has been armed with"): the lead's first noun phrase, hung on the headline, is the
    subject of the lead's main verb when that verb hangs on the headline too."""
    np = head
    while np.dep_ in ("poss", "compound", "amod") and sent.start <= np.head.i < sent.end and np.head.i != np.i:
        np = np.head  # "Russia's military has continued to obtain": the state through its forces
    if np is not head and np.lemma_.lower() not in STANDS_FOR_STATE:
        return None
    if sent.start <= np.head.i < sent.end or np.dep_ not in ("pobj", "dobj", "nsubj", "conj", "appos"):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in sent.doc[sent.start : np.i]):
        return None
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = sent.doc[tok_i]
        top = tok
        while top.dep_ == "xcomp" and sent.start <= top.head.i < sent.end:
            top = top.head  # "has continued to obtain"
        if tok_i <= np.i or hit.nominal or (sent.start <= top.head.i < sent.end and top.head.i != top.i):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and sent.start <= c.i < sent.end for c in top.children):
            return None
        return n, ("goal" if hit.passive and armed_receiver(tok) else "subj")
    return None


def _open_slots(tok: Any, hit: TriggerHit) -> set[str]:
    """The roles a trigger's own phrase leaves unsaid: no subject, no "by", no "from", no "to"."""
    kids = list(tok.children)
    preps = {c.text.lower() for c in kids if c.dep_ in ("prep", "agent")}
    t = tok
    subj = None
    for _ in range(4):  # "had agreed to send": the subject of the verbs above
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if subj is not None or t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            break
        t = t.head
    bare_subject = subj is None or subj.lower_ in _PRONOUN_SUBJECTS
    qualified = hit.nominal and any(c.dep_ in ("poss", "amod", "compound") for c in kids)
    out: set[str] = set()
    direction = hit.trigger.direction
    if direction in ("give", "move"):
        if hit.passive or hit.nominal:
            if "by" not in preps and "from" not in preps and not qualified:
                out.add("supplier")
        elif bare_subject and "from" not in preps:
            out.add("supplier")
        if not preps & {"to", "for", "into", "towards", "toward"} and not any(c.dep_ == "dative" for c in kids):
            out.add("recipient")
    elif direction == "receive":
        if "from" not in preps:
            out.add("supplier")
        if (bare_subject and not hit.nominal) or (hit.nominal and not qualified and "by" not in preps):
            out.add("recipient")
    return out


def _trigger_dates(
    sentence: Sentence, doc: Any, tok_at: list[int], hits_tok: list[tuple[TriggerHit, int]], trig_tokens: dict[int, int]
) -> None:
    """The dates the parse gives each trigger: those on the trigger itself ("sent ... in March",
    "has supplied since 2023"), else those on a verb governing it ("said on Sunday it would send",
    "plans in May to buy"), else those no other trigger holds (None: the assembler reads the sentence)."""
    if len(sentence.dates) < 2 or not hits_tok:
        return
    anchors: list[tuple[DateMention, int]] = []
    for d in sentence.dates:
        i = tok_at[d.end - 1] if d.end - 1 < len(tok_at) else -1
        if i < 0 or tok_at[d.start] < 0:
            anchors.append((d, -1))
            continue
        head = head_of(doc, tok_at[d.start], i)
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            head = head.head  # "in March", "since 2023", "on Tuesday"
        anchors.append((d, head.head.i if head.head.i != head.i else -1))
    for hit, tok_i in hits_tok:
        own = [d for d, a in anchors if a == tok_i]
        if not own:
            chain = {t.i for t in governing(doc[tok_i])}
            own = [d for d, a in anchors if a in chain and a not in trig_tokens]
        if not own and any(a in trig_tokens for _d, a in anchors):
            own = [d for d, a in anchors if a not in trig_tokens]
        hit.dates = own or None


def _restating(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, tok_at: list[int]
) -> list[tuple[DateMention, set[str]]]:
    """Dates of a deed taken up by a definite noun: "the shipment, which was completed last month"."""
    out: list[tuple[DateMention, set[str]]] = []
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if not hit.nominal or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
            continue
        parties = {
            a.entity.id
            for a in sentence.parties
            if a.trigger == n and a.entity is not None and a.case in ("subj", "agent", "origin", "source", "goal")
        }
        for d in sentence.dates:
            i = tok_at[d.start] if d.start < len(tok_at) else -1
            if i < 0 or d.statement or not d.iso:
                continue
            t = doc[i]
            for _ in range(5):
                if t.head.i == t.i or t.i == tok.i:
                    break
                t = t.head
            if t.i == tok.i:
                out.append((d, parties))
    return out


def _end_users(args: list[Arg], tok_of: dict[int, Any]) -> None:
    """ "delivered rockets to Russia for use by Wagner": the user receives the goods, the state they
    were delivered to is where they pass."""
    users = set()
    for a in args:
        t = tok_of.get(a.start)
        if t is None or a.case != "goal" or a.trigger is None:
            continue
        by = t.head
        if t.dep_ == "pobj" and by.lower_ == "by" and by.head.lemma_.lower() == "use" and by.head.head.lower_ == "for":
            users.add(a.trigger)
    for a in args:
        t = tok_of.get(a.start)
        if a.trigger in users and a.case == "goal" and t is not None and t.head.lower_ in ("to", "into"):
            a.case = "via"


_ABOARD = {"on", "aboard", "onboard", "by", "via", "in"}


def _carrier(tok: Any) -> bool:
    """An aircraft or a ship the goods travel on ("arrived in Russia on the Il-76 plane", "flown in
    aboard Il-76s", "rifles hidden in civilian vehicles") is no part of them."""
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in CARRIERS:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _ABOARD:
        return False
    if prep.head.pos_ not in ("VERB", "AUX") and tok.lemma_.lower() not in CARRIERS:
        return False
    return prep.lower_ != "in" or tok.lemma_.lower() in CARRIERS


_ARMING = {"arm", "rearm"}


def _arms_implied(hits_tok: list[tuple[TriggerHit, int]], doc: Any, items: list[ItemHit]) -> list[ItemHit]:
    """ "The RSF is armed by the Emirates", "Tehran denies arming the group": to arm is to supply
    weapons, so the verb with no goods of its own names them (the span is the verb itself)."""
    out: list[ItemHit] = []
    for n, (hit, tok_i) in enumerate(hits_tok):
        if hit.nominal or doc[tok_i].lemma_.lower() not in _ARMING or any(it.trigger == n for it in items):
            continue
        out.append(ItemHit(hit.start, hit.end, "other", trigger=n))
    return out


def _drop_carriers(
    items: list[ItemHit], item_tok: dict[int, Any], hits: list[TriggerHit], args: list[Arg], tok_of: dict[int, Any]
) -> list[ItemHit]:
    """ "Russian transport aircraft delivered Iranian drones": the subject of an active delivery
    that carries other goods is the carrier, and the state qualifying it is no supplier."""
    carriers: set[int] = set()
    for it in items:
        tok = item_tok.get(id(it))
        if tok is None or it.trigger is None or tok.dep_ != "nsubj" or hits[it.trigger].passive:
            continue
        if hits[it.trigger].trigger.direction not in ("give", "move") or hits[it.trigger].nominal:
            continue
        if any(o is not it and o.trigger == it.trigger and o.case != "subj" for o in items):
            carriers.add(tok.i)
    if not carriers:
        return items
    for a in args:
        t = tok_of.get(a.start)
        if t is not None and a.case == "origin" and (t.head.i in carriers or t.head.head.i in carriers):
            a.case = "other"
    return [it for it in items if item_tok.get(id(it)) is None or item_tok[id(it)].i not in carriers]


def _rehome_goods(sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, drop: set[int]) -> None:
    """ "intercepted a shipment of rifles bound for the Houthis": the goods of a noun that names no
    party go with the trigger inside its own phrase."""
    for n in drop:
        hit, tok_i = hits_tok[n]
        if not hit.nominal:
            continue
        inner = {t.i for t in doc[tok_i].subtree}
        keep = next((m for m, (_h, i) in enumerate(hits_tok) if m not in drop and i in inner), None)
        if keep is None:
            continue
        for it in sentence.items:
            if it.trigger == n:
                it.trigger = keep


def _drop_triggers(sentence: Sentence, drop: set[int]) -> None:
    """Remove triggers (a denial of an earlier transfer is no new one), renumbering attachments."""
    if not drop:
        return
    renumber = {}
    kept: list[TriggerHit] = []
    for n, h in enumerate(sentence.triggers):
        if n not in drop:
            renumber[n] = len(kept)
            kept.append(h)
    sentence.triggers = kept
    for group in (sentence.parties, sentence.places):
        for a in group:
            a.trigger = renumber.get(a.trigger) if a.trigger is not None else None
    sentence.items = [it for it in sentence.items if it.trigger not in drop]
    for it in sentence.items:
        it.trigger = renumber.get(it.trigger) if it.trigger is not None else None
