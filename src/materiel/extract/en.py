"""English front end: triggers, arguments with their case, items, cues, from a spaCy parse.

Case comes from the dependency label of the mention's head and its preposition (nsubj, dobj,
"to", "from", "by", "via"), attachment from the head chain up to a trigger.
"""

from __future__ import annotations

import re
from typing import Any

from materiel.extract.common import attach_quantities, find_items, is_place, item_term_pattern, resolve_party
from materiel.extract.dates import find_dates
from materiel.extract.frame import Arg, Attribution, Sentence, TriggerHit
from materiel.extract.quantities import find_quantities
from materiel.gazetteer import Gazetteer
from materiel.lexicon import Lexicon
from materiel.model import Entity, Mention

_PREP_CASE = {"to": "goal", "into": "goal", "for": "goal", "towards": "goal", "toward": "goal", "from": "source",
              "by": "agent", "via": "via", "through": "via", "across": "via", "with": "with", "of": "of",
              "in": "other", "at": "other", "on": "other"}  # fmt: skip
_SPEECH = {"say", "tell", "report", "claim", "announce", "state", "add", "note", "write", "reveal", "disclose",
           "cite", "quote", "accuse", "allege", "deny", "confirm", "acknowledge", "admit", "dismiss", "reject",
           "assess", "believe", "warn", "insist", "suggest", "show", "indicate", "estimate"}  # fmt: skip
_COREF = {"the country": ("country",), "the group": ("armed-group",), "the militia": ("armed-group",),
          "the movement": ("armed-group",), "the company": ("company",), "the firm": ("company",),
          "the islamic republic": ("country",), "the kingdom": ("country",), "the regime": ("country",),
          "the rebels": ("armed-group",), "the ministry": ("state-body",)}  # fmt: skip
_COREF_RE = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in _COREF) + r")\b", re.I)
_MODES = [("sea", re.compile(r"\b(?:ship|ships|vessel|vessels|by sea|port|tanker|cargo ship|dhow|boat|maritime|Caspian)\b", re.I)),
          ("air", re.compile(r"\b(?:flight|flights|flown|airlift|aircraft carrying|cargo plane|by air|airport|airline)\b", re.I)),
          ("rail", re.compile(r"\b(?:rail|train|trains|railway|freight cars|wagons)\b", re.I)),
          ("land", re.compile(r"\b(?:truck|trucks|lorries|overland|by land|border crossing|by road|convoy)\b", re.I))]  # fmt: skip
_VESSELS = re.compile(
    r"\\b(?:the\\s+)?(?:[A-Z][a-z]+-flagged\\s+)?(?:cargo\\s+)?(?:ship|vessel|tanker|freighter|dhow)\\s+(?:named\\s+)?"
    r"[\"“]?[A-Z][\\w-]+(?:\\s[A-Z0-9][\\w-]*)?[\"”]?"
    r"|\\b(?:two|three|four|five|several|\\d+)\\s+(?:[\\w-]+\\s+){0,2}(?:cargo\\s+)?(?:ships|vessels|tankers|freighters|dhows)\\b"
)
_DESIGN = re.compile(r"^-?(?:designed|developed)\b")
_MADE = re.compile(r"^-?(?:made|built|produced|manufactured|origin)\b")


def _token_index(doc: Any) -> list[int]:
    index = [-1] * (len(doc.text) + 1)
    for tok in doc:
        for c in range(tok.idx, tok.idx + len(tok.text)):
            index[c] = tok.i
    return index


def _head_of(doc: Any, start_tok: int, end_tok: int) -> Any:
    """The syntactic head of a token range: the token whose head lies outside it."""
    for i in range(start_tok, end_tok + 1):
        tok = doc[i]
        if not start_tok <= tok.head.i <= end_tok or tok.head.i == tok.i:
            return tok
    return doc[end_tok]


def _case(tok: Any) -> str:
    """Language-neutral case of a nominal token from its dependency and preposition."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("conj", "appos", "compound") and t.head.i != t.i:
            t = t.head
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
        word = prep.text.lower()
        if word == "to" and prep.head.lemma_ == "accord":
            return "according"
        return _PREP_CASE.get(word, "other")
    if dep in ("amod", "npadvmod", "nmod") and tok.pos_ in ("ADJ", "PROPN"):
        return "origin"
    return "other"


def _trigger_hits(sent: Any, lexicon: Lexicon, blocked: list[tuple[int, int]]) -> list[tuple[TriggerHit, int]]:
    hits: list[tuple[TriggerHit, int]] = []
    for tok in sent:
        entries = lexicon.triggers.get(tok.lemma_.lower())
        if not entries:
            continue
        if any(s < tok.idx + len(tok.text) and tok.idx < e for s, e in blocked):
            continue
        is_noun = tok.pos_ in ("NOUN", "PROPN")
        fitting = [t for t in entries if t.noun == is_noun]
        if not fitting:
            continue
        trig = fitting[0]
        if trig.particle and not any(c.text.lower() == trig.particle or c.lemma_ == trig.particle for c in tok.children):
            continue
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"))
        negated = any(c.dep_ == "neg" for c in tok.children)
        hits.append((TriggerHit(tok.idx, tok.idx + len(tok.text), trig, passive, negated, nominal=is_noun), tok.i))
    return hits


def _attach(tok: Any, trigger_tokens: dict[int, int]) -> int | None:
    t = tok
    for _ in range(8):
        if t.i in trigger_tokens:
            return trigger_tokens[t.i]
        if t.head.i == t.i:
            return None
        t = t.head
        if t.i in trigger_tokens:
            return trigger_tokens[t.i]
        if t.pos_ == "VERB" and t.dep_ not in ("xcomp", "aux", "amod"):
            return None
    return None


def _resolve_coref(text: str, mentions: list[Mention], entities: dict[str, Entity], gazetteer: Gazetteer) -> list[Mention]:
    out: list[Mention] = []
    ordered = sorted(mentions, key=lambda m: m.start)
    for m in _COREF_RE.finditer(text):
        types = _COREF[m.group().lower()]
        prior = None
        for prev in ordered:
            if prev.end > m.start():
                break
            ent = entities.get(prev.entity_id)
            party = resolve_party(ent, gazetteer) if ent else None
            if party is not None and party.type in types and prev.form != "adjective":
                prior = party
        if prior is not None:
            entities.setdefault(prior.id, prior)
            out.append(Mention(prior.id, m.start(), m.end(), m.group(), "alias", 0.7, form="coref"))
    return out


def _speakers(sent: Any, lexicon: Lexicon, parties: list[Arg], taken: list[tuple[int, int]]) -> list[Arg]:
    words = {w.lower() for w in lexicon.cue("sources") if " " not in w}
    out: list[Arg] = []
    for tok in sent:
        if tok.lemma_.lower() not in words and tok.text.lower() not in words:
            continue
        left = min([tok.i] + [c.i for c in tok.lefts if c.dep_ in ("compound", "amod", "det", "nmod", "poss", "nummod")])
        start, end = tok.doc[left].idx, tok.idx + len(tok.text)
        if any(s <= start and end <= e for s, e in taken):
            continue
        qualifier = next((p.entity for p in parties if start <= p.start < end and p.entity), None)
        out.append(Arg(start, end, qualifier, _case(tok), description=tok.doc.text[start:end]))
    return out


def _attribution(sent: Any, args: list[Arg], media: list[Arg], tok_at: list[int]) -> Attribution | None:
    doc = sent.doc
    speaker: Arg | None = None
    outlet: Arg | None = None
    marker = None
    for a in args + media:
        tok = doc[tok_at[a.end - 1]]
        head = tok
        while head.dep_ in ("compound", "conj", "appos", "amod") and head.head.i != head.i:
            head = head.head
        case = _case(tok)
        gov = head.head
        if case == "according" or (head.dep_ == "pobj" and gov.head.lemma_ in ("cite", "quote")):
            marker = gov
            if a.entity is not None and a.entity.type == "media":
                outlet = outlet or a
            else:
                speaker = speaker or a
        elif gov.lemma_ in _SPEECH and head.dep_ in ("nsubj", "dobj", "dative", "pobj"):
            marker = gov
            if a.entity is not None and a.entity.type == "media":
                outlet = outlet or a
            elif head.dep_ == "nsubj":
                speaker = speaker or a
        elif head.dep_ == "pobj" and gov.head.dep_ == "acl" and gov.head.lemma_ in ("cite", "quote"):
            outlet = outlet or (a if a.entity and a.entity.type == "media" else None)
    if speaker is None and outlet is None:
        return None
    start = marker.idx if marker is not None else sent.start_char
    return Attribution(speaker, outlet, start, start)


def analyze_en(doc: Any, text: str, mentions: list[Mention], entities: dict[str, Entity], lexicon: Lexicon,
               gazetteer: Gazetteer, published: str | None) -> list[Sentence]:
    mentions = mentions + _resolve_coref(text, mentions, entities, gazetteer)
    mentions.sort(key=lambda m: m.start)
    tok_at = _token_index(doc)
    pattern = item_term_pattern(lexicon)
    weapon_mentions = [(m, entities[m.entity_id]) for m in mentions if entities[m.entity_id].type == "weapon-system"]
    name_spans = [(m.start, m.end) for m in mentions if entities[m.entity_id].type != "weapon-system"]
    quantities = find_quantities(text, "en")
    dates = find_dates(text, "en", published)
    sentences: list[Sentence] = []
    for sent in doc.sents:
        s0, s1 = sent.start_char, sent.end_char
        items = find_items(text, s0, s1, pattern, lexicon, weapon_mentions, name_spans)
        blocked = [(it.start, it.end) for it in items if it.entity is not None] + name_spans
        hits_tok = _trigger_hits(sent, lexicon, blocked)
        hits = [h for h, _ in hits_tok]
        trig_tokens = {tok_i: n for n, (_, tok_i) in enumerate(hits_tok)}
        # a generic item word that is also the trigger ("the supply of arms") is not an item
        items = [it for it in items if not any(h.start <= it.start and it.end <= h.end for h in hits)]
        sentence = Sentence(s0, s1, text[s0:s1], triggers=hits, items=items)
        media: list[Arg] = []
        persons: list[Arg] = []
        for m in mentions:
            if not s0 <= m.start < s1 or m.end - 1 >= len(tok_at) or tok_at[m.end - 1] < 0:
                continue
            ent = entities[m.entity_id]
            first, last = tok_at[m.start], tok_at[m.end - 1]
            head = _head_of(doc, first if first >= 0 else last, last)
            case = "origin" if m.form == "adjective" else _case(head)
            after = text[m.end : m.end + 12]
            if _DESIGN.match(after):
                case = "designer"
            elif _MADE.match(after):
                case = "origin"
            attached = _attach(head, trig_tokens)
            if ent.type == "media":
                media.append(Arg(m.start, m.end, ent, case, attached))
                continue
            if ent.type == "weapon-system":
                continue
            if ent.type == "person":
                persons.append(Arg(m.start, m.end, ent, case, attached))
                continue
            party = resolve_party(ent, gazetteer)
            if party is not None:
                sentence.parties.append(Arg(m.start, m.end, party, case, attached))
            if is_place(ent) or ent.type == "country" or ent.stands_for:
                sentence.places.append(Arg(m.start, m.end, ent, case, attached))
        for it in items:
            last = tok_at[it.end - 1]
            if last < 0:
                continue
            head = _head_of(doc, tok_at[it.start], last)
            it.trigger = _attach(head, trig_tokens)
            it.case = _case(head)
            for a in sentence.parties:
                if a.case == "origin" and 0 <= it.start - a.end <= 14 and it.start > a.start:
                    it.origin = a.entity
        attach_quantities(text, items, [q for q in quantities if s0 <= q.start < s1], "en")
        sentence.dates = [d for d in dates if s0 <= d.start < s1]
        seg = text[s0:s1]
        lowered = seg.lower()
        for status in ("alleged", "planned", "requested", "confirmed"):
            if any(re.search(rf"\b{re.escape(c.lower())}\b", lowered) for c in lexicon.cue(status)):
                sentence.statuses.add(status)
        sentence.denial = any(re.search(rf"\b{re.escape(c.lower())}\b", lowered) for c in lexicon.cue("denied"))
        taken = [(m.start, m.end) for m in mentions]
        speakers = _speakers(sent, lexicon, sentence.parties, taken) + persons
        sentence.attribution = _attribution(sent, speakers + sentence.parties, media, tok_at)
        sentence.modes = [(s0 + m.start(), s0 + m.end(), mode) for mode, rx in _MODES for m in rx.finditer(seg)]
        sentence.vessels = [(s0 + m.start(), s0 + m.end(), m.group()) for m in _VESSELS.finditer(seg)]
        sentences.append(sentence)
    return sentences
