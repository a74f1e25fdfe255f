"""Japanese front end: triggers, arguments with their case, items, cues, from a GiNZA parse.

Case is read from the particles that follow a mention in the text (イランが, ロシアに, 北朝鮮から,
イラン製), which holds even where machine translation garbles the parse; which trigger an
argument belongs to is read from GiNZA's dependency tree (head chains), falling back to order.
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

# What may sit between a name and its particle: イラン政府が, ロシア側に, 北朝鮮当局は.
_SUFFIX = r"(?:政府|当局|側|軍|自身|国防省|国営企業|企業|指導部|首脳|政権|両国|など|等|から|の部隊)?"
_CASES: list[tuple[str, str]] = [
    (r"(?:製|産|製の|製造の)", "origin"),
    (r"(?:を経由して|を経由し|経由で|経由の|経由|を通じて|を通して|を介して|を経て)", "via"),
    (r"(?:によって|により|による|によると)", "agent"),
    (r"(?:からの|から|より)", "source"),
    (r"(?:に対して|に対し|向けに|向けの|向け|に向けて|へと|への|へも|へは|へ|にも|には|に)", "goal"),
    (r"(?:では|が|は|も)", "subj"),
    (r"(?:を)", "obj"),
    (r"(?:の)", "gen"),
    (r"(?:と|や|、|・|および|及び|ならびに)", "conj"),
]
_CASE_RE = [(re.compile(_SUFFIX + pat), case) for pat, case in _CASES]
_DESIGN_RE = re.compile(r"^(?:が|の)(?:設計|開発|考案)")
_HELP_RE = re.compile(r"(?:助け|手助け|支援し|協力し|仲介|手を貸)")
_PASSIVE = {"れる", "られる"}
_NEGATION = {"ない", "ぬ", "ず", "ん"}
_COREF = {
    "同国": ("country",), "同政府": ("country",), "同政権": ("country",), "同軍": ("country", "armed-group"),
    "同社": ("company",), "同組織": ("armed-group", "state-body", "company"), "同派": ("armed-group",),
    "同グループ": ("armed-group", "company"), "同機関": ("state-body",), "同省": ("state-body",),
}  # fmt: skip
_COREF_RE = re.compile("|".join(sorted(_COREF, key=len, reverse=True)))
_MODES = [("sea", re.compile(r"海路|船|海上|港|カスピ海|航路|貨物船|タンカー|艦")), ("air", re.compile(r"空路|航空機で|輸送機|空輸|空港|便で")),
          ("rail", re.compile(r"鉄道|列車|貨車")), ("land", re.compile(r"陸路|国境検問所|トラック|陸上|国境を越え"))]  # fmt: skip


def case_of(text: str, end: int) -> str:
    tail = text[end : end + 12]
    for pattern, case in _CASE_RE:
        if pattern.match(tail):
            return case
    return "other"


def _token_index(doc: Any) -> list[int]:
    index = [-1] * (len(doc.text) + 1)
    for tok in doc:
        for c in range(tok.idx, tok.idx + len(tok.text)):
            index[c] = tok.i
    return index


def _trigger_hits(sent: Any, lexicon: Lexicon, blocked: list[tuple[int, int]]) -> list[tuple[TriggerHit, int]]:
    hits: list[tuple[TriggerHit, int]] = []
    for tok in sent:
        entries = lexicon.triggers.get(tok.lemma_) or lexicon.triggers.get(tok.text)
        if not entries:
            continue
        if any(s < tok.idx + len(tok.text) and tok.idx < e for s, e in blocked):
            continue  # part of an item word (輸送機) or a name
        nominal = tok.pos_ in ("NOUN", "PROPN")
        # 密輸ネットワーク, 輸送能力: a trigger noun that only modifies another noun is no event
        if nominal and tok.dep_ == "compound" and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
            head_entries = lexicon.triggers.get(tok.head.lemma_)
            if not head_entries:
                continue
        following = [t for t in sent[tok.i - sent.start + 1 : tok.i - sent.start + 6]]
        passive = False
        negated = False
        for t in following:
            if t.pos_ in ("NOUN", "PROPN", "PUNCT") and t.lemma_ not in ("よう", "こと"):
                break
            if t.lemma_ in _PASSIVE:
                passive = True
            if t.lemma_ in _NEGATION and t.pos_ == "AUX":
                negated = True
        hit = TriggerHit(tok.idx, tok.idx + len(tok.text), entries[0], passive=passive, negated=negated, nominal=nominal)
        hits.append((hit, tok.i))
    return hits


def _attach(tok_i: int, doc: Any, trigger_tokens: dict[int, int], sent: Any) -> int | None:
    """The trigger an argument depends on: follow heads until a trigger, stopping at other verbs."""
    tok = doc[tok_i]
    for _ in range(8):
        if tok.i in trigger_tokens:
            return trigger_tokens[tok.i]
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.i in trigger_tokens:
            return trigger_tokens[tok.i]
        if tok.pos_ == "VERB" and tok.lemma_ not in ("する", "よる", "ある", "いる"):
            return None
    return None


def _nearest_following(pos: int, hits: list[TriggerHit]) -> int | None:
    after = [i for i, h in enumerate(hits) if h.start >= pos]
    if after:
        return after[0]
    before = [i for i, h in enumerate(hits) if h.end <= pos]
    return before[-1] if before else None


def _resolve_coref(text: str, mentions: list[Mention], entities: dict[str, Entity], gazetteer: Gazetteer) -> list[Mention]:
    """同国, 同社, 同組織: the latest entity of a fitting type before it."""
    out: list[Mention] = []
    ordered = sorted(mentions, key=lambda m: m.start)
    for m in _COREF_RE.finditer(text):
        types = _COREF[m.group()]
        prior = None
        for prev in ordered:
            if prev.end > m.start():
                break
            ent = entities.get(prev.entity_id)
            party = resolve_party(ent, gazetteer) if ent else None
            if party is not None and party.type in types:
                prior = party
        if prior is not None:
            entities.setdefault(prior.id, prior)
            out.append(Mention(prior.id, m.start(), m.end(), m.group(), "alias", 0.7, form="coref"))
    return out


def _attribution(text: str, sent: Any, parties: list[Arg], speakers: list[Arg], media: list[Arg],
                 lexicon: Lexicon) -> Attribution | None:
    s0, s1 = sent.start_char, sent.end_char
    segment = text[s0:s1]
    marker = None
    for cue in lexicon.cue("attribution"):
        i = segment.find(cue)
        if i >= 0 and (marker is None or i < marker[0]):
            marker = (i, i + len(cue), cue)
    if marker is None:
        return None
    a_start, a_end = s0 + marker[0], s0 + marker[1]
    if "によ" in marker[2] or "引用" in marker[2] or "の話" in marker[2]:
        region = (s0, a_end)  # 「Xによると」: the speaker stands before the marker
    else:
        region = (s0, s1)  # 「…とXは述べた」 or 「Xは…と述べた」
    in_region = [a for a in speakers + parties if region[0] <= a.start < region[1]]
    speaker = None
    if "によ" in marker[2] or "の話" in marker[2]:
        before = [a for a in in_region if a.end <= a_start]
        speaker = before[-1] if before else None
    else:
        subj = [a for a in in_region if a.case in ("subj", "gen")]
        speaker = subj[0] if subj else None
    outlets = [a for a in media if region[0] <= a.start < region[1]]
    outlet = outlets[0] if outlets else None
    if speaker is not None and outlet is not None and speaker.start == outlet.start:
        speaker = None
    if speaker is None and outlet is None:
        return None
    return Attribution(speaker, outlet, a_start, a_end)


def _speakers(text: str, s0: int, s1: int, lexicon: Lexicon, taken: list[tuple[int, int]],
              parties: list[Arg]) -> list[Arg]:
    """Unnamed speakers: 情報筋, 関係者, 米当局者, with the party that qualifies them."""
    out: list[Arg] = []
    for word in sorted(lexicon.cue("sources"), key=len, reverse=True):
        for m in re.finditer(re.escape(word), text[s0:s1]):
            start, end = s0 + m.start(), s0 + m.end()
            if any(s < end and start < e for s, e in taken):
                continue
            # widen to a qualifying phrase: 民兵支部の司令官, ウクライナの諜報機関
            q0 = start
            pm = re.search(r"[^、。「」\s]{1,12}の$|[^、。「」\s]{1,6}$", text[max(s0, start - 12) : start])
            if pm:
                q0 = max(s0, start - 12) + pm.start()
            qualifier = next((p.entity for p in parties if q0 <= p.start < start and p.entity), None)
            out.append(Arg(q0, end, qualifier, case_of(text, end), description=text[q0:end]))
            taken.append((start, end))
    return out


def analyze_ja(doc: Any, text: str, mentions: list[Mention], entities: dict[str, Entity], lexicon: Lexicon,
               gazetteer: Gazetteer, published: str | None) -> list[Sentence]:
    """The Japanese text as Sentences, ready for the shared assembler."""
    mentions = mentions + _resolve_coref(text, mentions, entities, gazetteer)
    mentions.sort(key=lambda m: m.start)
    tok_at = _token_index(doc)
    pattern = item_term_pattern(lexicon)
    weapon_mentions = [(m, entities[m.entity_id]) for m in mentions if entities[m.entity_id].type == "weapon-system"]
    name_spans = [(m.start, m.end) for m in mentions if entities[m.entity_id].type != "weapon-system"]
    quantities = find_quantities(text, "ja")
    dates = find_dates(text, "ja", published)
    sentences: list[Sentence] = []
    for sent in doc.sents:
        s0, s1 = sent.start_char, sent.end_char
        items = find_items(text, s0, s1, pattern, lexicon, weapon_mentions, name_spans)
        blocked = [(it.start, it.end) for it in items] + name_spans
        hits_tok = _trigger_hits(sent, lexicon, blocked)
        hits = [h for h, _ in hits_tok]
        trig_tokens = {tok_i: n for n, (_, tok_i) in enumerate(hits_tok)}
        sentence = Sentence(s0, s1, text[s0:s1], triggers=hits, items=items)
        media: list[Arg] = []
        for m in mentions:
            if not s0 <= m.start < s1:
                continue
            ent = entities[m.entity_id]
            case = case_of(text, m.end)
            if _DESIGN_RE.match(text[m.end : m.end + 6]):
                case = "designer"
            tok_i = tok_at[m.end - 1] if m.end - 1 < len(tok_at) else -1
            attached = _attach(tok_i, doc, trig_tokens, sent) if tok_i >= 0 else None
            if ent.type == "media":
                media.append(Arg(m.start, m.end, ent, case))
                continue
            if ent.type == "weapon-system":
                continue
            party = resolve_party(ent, gazetteer)
            if m.form == "adjective":
                case = "origin"
            if _HELP_RE.search(text[m.end : m.end + 12]) and case in ("obj", "goal"):
                case = "helper"
            if party is not None and not (ent.type == "city" and case in ("source", "goal", "via") and ent.coordinates
                                          and not ent.stands_for):
                sentence.parties.append(Arg(m.start, m.end, party, case, attached))
            if is_place(ent) or ent.type == "country" or ent.stands_for:
                sentence.places.append(Arg(m.start, m.end, ent, case, attached))
            if ent.type == "person":
                sentence.parties.append(Arg(m.start, m.end, ent, case, attached))
        # persons are speakers, never transfer parties
        persons = [a for a in sentence.parties if a.entity and a.entity.type == "person"]
        sentence.parties = [a for a in sentence.parties if not (a.entity and a.entity.type == "person")]
        # coordination: 「イランと北朝鮮が」 — a conjunct takes the case of the one it joins
        for group in (sentence.parties, sentence.places):
            for i in range(len(group) - 2, -1, -1):
                if group[i].case == "conj" and group[i + 1].start - group[i].end <= 4:
                    group[i].case = group[i + 1].case
                    group[i].trigger = group[i].trigger if group[i].trigger is not None else group[i + 1].trigger
        for group in (sentence.parties, sentence.places):
            for a in group:
                if a.trigger is None and hits:
                    a.trigger = _nearest_following(a.start, hits)
        # items: origin (イラン製の無人機) and trigger
        for it in items:
            tok_i = tok_at[it.end - 1]
            it.trigger = _attach(tok_i, doc, trig_tokens, sent) if tok_i >= 0 else None
            if it.trigger is None and hits:
                it.trigger = _nearest_following(it.start, hits)
            for a in sentence.parties:
                if a.case == "origin" and 0 <= it.start - a.end <= 4:
                    it.origin = a.entity
            it.case = case_of(text, it.end)
        attach_quantities(text, items, [q for q in quantities if s0 <= q.start < s1], "ja")
        sentence.dates = [d for d in dates if s0 <= d.start < s1]
        seg = text[s0:s1]
        for status in ("alleged", "planned", "requested", "confirmed"):
            if any(c in seg for c in lexicon.cue(status)):
                sentence.statuses.add(status)
        if any(c in seg for c in lexicon.cue("hedge_final")):
            sentence.statuses.add("alleged")
        if "ようとして" in seg or "しようと" in seg:
            sentence.statuses.add("planned")
        sentence.denial = any(c in seg for c in lexicon.cue("denied"))
        taken = [(m.start, m.end) for m in mentions]
        speakers = _speakers(text, s0, s1, lexicon, taken, sentence.parties) + persons
        sentence.attribution = _attribution(text, sent, sentence.parties, speakers, media, lexicon)
        sentence.modes = [mode for mode, rx in _MODES if rx.search(seg)]
        sentences.append(sentence)
    return sentences
