"""English attribution: who says a sentence (named or unnamed speakers, "officials said") and in
which outlet ("told Reuters", "according to").
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from materiel.extract.en_cases import (
    RECORDS,
    SPEECH,
    own_case,
    sent_tokens,
)
from materiel.extract.frame import Arg, Attribution, Sentence, TriggerHit
from materiel.lexicon import DENYING_VERBS_EN as _DENYING
from materiel.lexicon import Lexicon

_QUALIFIERS = ("compound", "amod", "det", "nmod", "poss", "nummod", "quantmod")


def _armed_forces(tok: Any) -> bool:
    """ "..., the armed forces announced", "..., the air force said": a state's forces speak as its
    army does."""
    if tok.lower_ == "force":
        return any(c.lower_ == "air" for c in tok.lefts)
    return tok.lower_ == "forces" and any(c.lower_ == "armed" for c in tok.lefts)


_SOURCE_WORDS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _source_words(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's one-word cues for unnamed sources ("officials", "sources"), built once per lexicon."""
    entry = _SOURCE_WORDS.get(id(lexicon))
    if entry is None or entry[0] is not lexicon:
        entry = _SOURCE_WORDS[id(lexicon)] = (
            lexicon,
            frozenset(w.lower() for w in lexicon.cue("sources") if " " not in w),
        )
    return entry[1]


def unnamed_speakers(
    sent: Any, text: str, lexicon: Lexicon, parties: list[Arg], taken: list[tuple[int, int]]
) -> list[Arg]:
    """Unnamed speakers: "officials", "two U.S. officials", "a source familiar with"."""
    words = _source_words(lexicon)
    out: list[Arg] = []
    for tok in sent_tokens(sent):
        lower = tok.lower_
        if lower not in words and tok.lemma_.lower() not in words and not _armed_forces(tok):
            continue
        if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
            continue  # "President Zelensky": a title before a name, the named person speaks
        if tok.lower_ == "agency" and any(c.dep_ == "compound" and c.lower_ == "news" for c in tok.children):
            continue  # "Iran's Tasnim news agency": an outlet, not an official source
        left = min([tok.i] + [c.i for c in tok.lefts if c.dep_ in _QUALIFIERS and c.dep_ != "det"])
        if tok.dep_ == "compound" and tok.head.lower_ in RECORDS:
            # "according to (South) Korean government data": the state qualifies the records, not the body
            left = min(
                [left] + [c.left_edge.i for c in tok.head.lefts if c.i < tok.i and c.dep_ in ("amod", "compound")]
            )
        start, end = tok.doc[left].idx, tok.idx + len(tok.text)
        if any(s <= start and end <= e for s, e in taken):
            continue
        qualifier = next((p.entity for p in parties if start <= p.start < end and p.entity), None)
        if _sources_of_a_nation(tok):
            qualifier = None
        said = end
        if qualifier is None:  # "an official from Iran's defence ministry", "officials in Kyiv"
            for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ in _SPEAKER_OF):
                if _sources_in_a_place(tok, prep):
                    continue
                last = prep.right_edge
                owner = next((p for p in parties if prep.idx <= p.start < last.idx + len(last.text)), None)
                if owner is not None and owner.entity is not None:
                    qualifier, said = owner.entity, last.idx + len(last.text)
                    break
        if qualifier is None and not _sources_in_a_place(tok, tok):
            qualifier = _placed_before(tok, parties)
        out.append(Arg(start, end, qualifier, own_case(tok), description=text[start:said]))
    return out


# unnamed sources a nationality adjective qualifies: "Turkish sources" (officials are the state's own:
# "Iranian officials confirmed that Tehran supplied")
_NATION_SOURCES = {"source", "sources", "data", "figures", "statistics"}


def _sources_of_a_nation(tok: Any) -> bool:
    """ "Turkish sources said", "according to Russian sources": unnamed sources the adjective of a nation
    qualifies may be anyone in or near it, a third party telling, not that state (their word confirms
    nothing); its officials, offices and bodies ("Turkish officials", "Turkey's defence ministry") are
    the state's. So with a nation's figures: "Chinese customs data show" is a record of trade, no word
    of the state's."""
    return tok.lower_ in _NATION_SOURCES and any(
        c.dep_ == "amod" and c.pos_ == "ADJ" and c.text[:1].isupper() for c in tok.lefts
    )


_SPEAKER_OF = {"from", "at", "in", "of", "with"}


def _placed_before(tok: Any, parties: list[Arg]) -> Any | None:
    """ "In Berlin, the defence ministry said", "In Tokyo, officials said": a place set before the
    clause whose bare body or officials speak is where they sit, so they speak for it (the
    entity of the place, else None)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > tok.i or prep.i != prep.sent.start:
            continue
        last = prep.right_edge
        owner = next((p for p in parties if prep.idx <= p.start < last.idx + len(last.text)), None)
        if owner is not None and owner.entity is not None:
            return owner.entity
    return None


def _sources_in_a_place(tok: Any, prep: Any) -> bool:
    """ "Sources in Kuwait City said": unnamed sources placed in a state or its capital may be anyone
    there, as "Kuwaiti sources" are, no word of the state's; "officials in Kyiv" and "a source at the
    defence ministry" speak for it."""
    return tok.lower_ in ("source", "sources") and prep.lower_ == "in"


def _finding_a_way(verb: Any) -> bool:
    """ "Bulgarian shells found their way to Ukraine": goods reaching a party, no finding told."""
    return verb.lemma_ == "find" and any(c.dep_ == "dobj" and c.lemma_ == "way" for c in verb.children)


def find_attribution(sent: Any, args: list[Arg], media: list[Arg], tok_at: list[int]) -> Attribution | None:
    doc = sent.doc
    speaker: Arg | None = None
    outlet: Arg | None = None
    marker = None
    said_by = sent[0]
    outlet_cited = False  # the outlet so far is one another relays ("citing the Guardian")
    press = [(m.start, m.end) for m in media]
    for a in sorted(args + media, key=lambda a: a.start):
        tok = doc[tok_at[a.end - 1]]
        if a.entity is not None and a.entity.type != "media" and _of_the_press(tok, press):
            continue  # "Iranian media reported", "Iran's Tasnim news agency": the press, not the state
        if tok.dep_ == "amod" and _sources_of_a_nation(tok.head):
            continue  # "Turkish sources said": the sources speak, not the state
        head = tok
        while head.head.i != head.i and a.start <= head.head.idx < a.end:
            head = head.head  # "the Philippine Department of National Defense": the name's own head
        while head.dep_ in ("compound", "conj", "appos", "amod", "poss") and head.head.i != head.i:
            head = head.head
        gov = head.head
        head, gov = _voice_of_body(head, gov)
        is_media = a.entity is not None and a.entity.type == "media"
        opening = _opening_speaker(tok, sent)
        if opening is not None and speaker is None and outlet is None:
            # "Germany sends more IRIS-T to Ukraine / Kyiv said on Wednesday it had received ...": the
            # parse ran the headline into the sentence; the name before the speech verb speaks
            marker = opening
            if is_media:
                outlet = a
            else:
                speaker, said_by = a, opening
            continue
        if (
            own_case(tok) == "according"
            or (head.dep_ == "pobj" and gov.head.lemma_ in ("cite", "quote"))
            or _publisher_of_source(head, gov)
        ):
            marker = gov
            if is_media:
                outlet = outlet or a
            else:
                speaker = speaker or a
        elif (
            gov.lemma_ in SPEECH
            and head.dep_ in ("nsubj", "dobj", "dative", "pobj", "agent", "nsubjpass")
            and not _denying_aside(gov)
            and not _denial_beside_assertion(gov)
            and not _conceding(gov)
            and not _naming(gov)
            and not _adding_not_saying(gov)
            and not _relative_aside(gov)
            and not _silent(gov)
            and not _showing_goods(gov)
            and not _finding_a_way(gov)
        ):
            marker = gov
            cites = gov.lemma_ in ("cite", "quote") and head.dep_ == "dobj"
            if is_media and cites and outlet is not None and speaker is None:
                speaker = a  # "The Kyiv Independent, citing the Guardian, reported": the source relayed
            elif is_media and outlet is not None and outlet_cited and head.dep_ == "nsubj" and speaker is None:
                speaker, outlet = outlet, a  # "Citing the Guardian, the Kyiv Independent reported"
            elif is_media:
                outlet = outlet or a
                outlet_cited = outlet is a and cites
            elif head.dep_ == "nsubj" or (head.dep_ == "nsubjpass" and gov.lemma_ == "quote"):
                if speaker is None:
                    said_by = gov
                speaker = speaker or a  # "Lukashenko was quoted as saying"
                if is_guessed(speaker) and not is_guessed(a) and a.entity is not None and gov.i == said_by.i:
                    # "Defense Minister Rustem Umerov said": the known name, not the model's guess (of
                    # the same verb: "two sources said ..., a claim Tehran denied" keeps the sources)
                    speaker = a
        elif head.dep_ == "pobj" and gov.head.dep_ == "acl" and gov.head.lemma_ in ("cite", "quote"):
            outlet = outlet or (a if is_media else None)
    relayed = _relayed_report(media, doc, tok_at)
    if relayed is not None and marker is not relayed[1]:
        # "Peskov told journalists, commenting on an article by The Wall Street Journal, which claimed
        # that ...": what the outlet's relative clause says is the outlet's, whoever comments on it
        speaker, outlet, marker = None, relayed[0], relayed[1]
    if speaker is None and outlet is None:
        tail = _tail_speaker(sent, args, tok_at)
        if tail is None:
            return None
        speaker, marker = tail
    start = marker.idx if marker is not None else sent.start_char
    return Attribution(speaker, outlet, start, start)


_WORD = re.compile(r"[\w-]+")


# what an outlet puts out, on which its relative clause of speech may hang: "an article by the Journal,
# which claimed that ..."
_OUTLET_PIECES = {"article", "report", "story", "publication", "piece", "investigation", "dispatch", "column"}


def _clause_after_aside(verb: Any) -> bool:
    """ "which claimed, citing unnamed officials, that ...": a speech verb with no object whose "that"
    clause, after an aside, the parser hung elsewhere."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    after = verb.right_edge.i + 1
    doc = verb.doc
    while after < len(doc) and doc[after].is_punct:
        after += 1
    return bool(after < len(doc) and doc[after].lower_ == "that" and doc[after].dep_ == "mark")


def _relayed_report(media: list[Arg], doc: Any, tok_at: list[int]) -> tuple[Arg, Any] | None:
    """The outlet and its verb where a relative clause of speech on the outlet, or on its piece, tells
    what the outlet says: "commenting on an article by The Wall Street Journal, which claimed, citing
    unnamed officials, that ...", "dismissed a report in the Financial Times that said ..."."""
    for a in media:
        tok = doc[tok_at[a.end - 1]]
        while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
            tok = tok.head
        hosts = [tok]
        if tok.dep_ == "pobj" and tok.head.lower_ in ("by", "in", "from", "of"):
            piece = tok.head.head
            if piece.lemma_.lower() in _OUTLET_PIECES:
                hosts.append(piece)
        for host in hosts:
            for verb in host.children:
                if (
                    verb.dep_ == "relcl"
                    and verb.lemma_.lower() in SPEECH
                    and any(g.dep_ == "nsubj" and g.lower_ in ("which", "that") for g in verb.children)
                    and (any(g.dep_ == "ccomp" for g in verb.children) or _clause_after_aside(verb))
                ):
                    return a, verb
    return None


# verbs that put a paper out: "the list published by the government"
_PUTTING_OUT = {"publish", "release", "issue", "post", "update"}


def _publisher_of_source(head: Any, gov: Any) -> bool:
    """ "according to the updated list of military aid published by the German government": the one
    that put out the paper a sentence is told according to speaks (the paper itself is no one)."""
    if head.dep_ != "pobj" or gov.lower_ != "by" or gov.head.dep_ != "acl" or gov.head.lemma_ not in _PUTTING_OUT:
        return False
    paper = gov.head.head
    if paper.dep_ == "pobj" and paper.head.lower_ == "of":
        paper = paper.head.head  # ("the list of military aid published by": the parse may hang it on "aid")
    return bool(
        paper.lemma_.lower() in _TELLING_PAPERS
        and paper.dep_ == "pobj"
        and paper.head.lower_ == "to"
        and paper.head.head.lower_ == "according"
    )


# papers whose words are their publisher's ("the list published by the government"; not imagery or
# photographs, which show what anyone may read into them)
_TELLING_PAPERS = {"list", "statement", "report", "document", "update", "overview", "table", "release",
                   "communique", "communiqué", "notice", "announcement", "bulletin", "factsheet", "figure",
                   "data", "tally", "summary", "record"}  # fmt: skip


def _voice_of_body(head: Any, gov: Any) -> tuple[Any, Any]:
    """ "a spokesman for the Malian armed forces said": the body a spokesperson speaks for says
    what the spokesperson says (the spokesperson's place in the clause, and its governor)."""
    voice = gov.head
    if head.dep_ == "pobj" and gov.lower_ in ("for", "of") and voice.lower_ in _SPOKES_WORDS | {"spokespeople"}:
        return voice, voice.head
    return head, gov


def alleging_attribution(text: str, attribution: Attribution, alleging: set[str]) -> bool:
    """Whether the sentence's source tells it with a verb of accusing: "..., Russia's foreign
    intelligence service alleged on Thursday", "..., Kyiv claimed" (the act is an allegation, even
    where the parse leaves the verb off the act's own chain)."""
    if attribution.speaker is None and attribution.outlet is None:
        return False
    word = _WORD.match(text, attribution.start)
    return word is not None and word.group().lower() in alleging


# the speech verbs of a trailing attribution the parse may leave without a subject
_TAIL_SAYING = {"say", "tell", "announce", "allege", "claim", "inform"}
# what may stand between a trailing speaker's name and its verb: nothing, or the body the name owns
# ("Russia's defence ministry alleged", "Iran's foreign intelligence service (SVR) claimed")
_OWNED_SPEAKER = re.compile(r"(?:['’]s(?:\s+[\w-]+){1,4}(?:\s+\([^()]{1,15}\))?)?\s*")


# a trailing speaker's start: right after a comma, its article between ("..., the armed forces said")
_AFTER_COMMA = re.compile(r",\s*(?:the\s+)?$")


def _tail_speaker(sent: Any, args: list[Arg], tok_at: list[int]) -> tuple[Arg, Any] | None:
    """ "... to Russia, South Korea's Joint Chiefs of Staff said on Thursday": a speech verb with no
    subject of its own (the parse hung the name on the party before it) is said by the name right
    before it, after a comma."""
    text = ""  # (Doc.text joins every token anew: read it once, and only when needed)
    for v in sent:
        if v.lemma_.lower() not in _TAIL_SAYING or v.pos_ != "VERB":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            continue
        text = text or sent.doc.text
        before = [a for a in args if a.end <= v.idx and _OWNED_SPEAKER.fullmatch(text, a.end, v.idx)]
        for a in before:
            lead = text[max(sent.start_char, a.start - 6) : a.start]
            # (an unnamed body too: "..., the armed forces announced", which the parse hangs on the act)
            if (a.entity is not None or a.description is not None) and _AFTER_COMMA.search(lead):
                return a, v
    return None


def _denying_aside(verb: Any) -> bool:
    """ "..., the Wall Street Journal reported, a claim Tehran denied": who denies in a clause on the
    claim does not tell the sentence (its denial becomes a claim of its own)."""
    return verb.lemma_.lower() in _DENYING and verb.dep_ in ("relcl", "acl", "appos")


def _denial_beside_assertion(verb: Any) -> bool:
    """ "Ankara denies selling arms to anyone, but Kyiv says Turkish firms sent drones": a denial coordinated with
    another's telling does not tell the sentence; the teller of the clause it joins does (the denial is
    a claim of its own)."""
    if verb.lemma_.lower() not in _DENYING:
        return False
    # ("Tehran denied sending drones to Russia, but Kyiv said they arrived": a denial naming a party
    # of its own tells its own transfer, and its denier speaks for it)
    denied = [g for c in verb.children if c.dep_ in ("xcomp", "ccomp", "dobj") for g in c.subtree]
    if any(g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "NORP", "ORG") for g in denied):
        return False
    return any(
        c.dep_ == "conj"
        and c.lemma_.lower() in SPEECH
        and c.lemma_.lower() not in _DENYING
        and any(g.dep_ in ("ccomp", "parataxis") for g in c.children)
        for c in verb.children
    )


def _opening_speaker(tok: Any, sent: Any) -> Any | None:
    """The speech verb right after a name that opens the sentence, when the parse hangs the name on
    a word outside the sentence (a headline with no full stop run into the first sentence)."""
    if tok.i + 1 >= sent.end or sent.start <= tok.head.i < sent.end or tok.i > sent.start + 3:
        return None
    verb = tok.doc[tok.i + 1]
    return verb if verb.lemma_.lower() in SPEECH and verb.tag_ in ("VBD", "VBZ", "VBP") else None


_PRESS = {"media", "press", "newspaper", "newspapers", "television", "tv", "outlet", "outlets", "agency", "broadcaster",
          "daily", "channel", "channels"}  # fmt: skip


def _of_the_press(tok: Any, press: list[tuple[int, int]]) -> bool:
    """Whether `tok` only qualifies a press outlet ("Iranian media", "Iran's Tasnim news agency").
    A state's own agency ("Poland's Armament Agency") or its state press ("Mali's state television")
    is no outlet: the state speaks."""
    if tok.dep_ not in ("amod", "poss", "compound"):
        return False
    noun = tok.head
    while noun.dep_ in ("compound", "amod") and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    if any(s <= noun.idx < e for s, e in press):
        return True
    words = {noun.lower_} | {c.lower_ for c in noun.children if c.dep_ == "compound"}
    if {t.lower_ for t in noun.lefts} & _STATE_OWNED or {t.lower_ for c in noun.lefts for t in c.lefts} & _STATE_OWNED:
        return False  # "Mali's state television reported": the state's own voice, a party speaking
    return noun.lower_ in _PRESS and (noun.lower_ != "agency" or "news" in words)


# the press a state owns speaks for it: "Niger's state television", "Belarusian state-run media"
_STATE_OWNED = {"state", "state-run", "state-owned", "state-controlled"}  # (hyphens may split: "state - run")


def _showing_goods(verb: Any) -> bool:
    """ "Mali first showed Akinci drones at a ceremony": to show a thing, not a finding, says nothing."""
    kids = {c.dep_ for c in verb.children}
    return verb.lemma_.lower() == "show" and "dobj" in kids and not kids & {"ccomp", "parataxis"}


_CONCESSIVE = {"though", "although", "while", "whereas"}


def _conceding(verb: Any) -> bool:
    """ "exports rose sharply, though officials in Yerevan say they enforce controls": a speaker in a
    concessive clause answers the report, it does not carry it."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in verb.children)


_RELATIVE_OBJECTS = {"which", "that", "whom"}
_WITHHOLDING = {"refuse", "decline"}


def _silent(verb: Any) -> bool:
    """ "has not commented", "refused to send", "declined to say": a party that says nothing, or
    refuses, vouches for nothing told around it (no confirmation by a party)."""
    if verb.lemma_.lower() in _WITHHOLDING or any(
        c.dep_ == "neg" or (c.dep_ == "dobj" and c.lower_ == "nothing") for c in verb.children
    ):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _WITHHOLDING


def _naming(verb: Any) -> bool:
    """ "the drones, which Russia calls Geran-2", "which Moscow describes as defensive": a speech verb
    whose relative pronoun is its object names or describes the noun; its subject reports nothing. So
    with a conjunct that calls or describes the goods the clause before told ("Germany has supplied
    50 Gepards, and Ukrainian officials describe them as the most effective"): it tells no act."""
    if (
        verb.dep_ == "conj"
        and verb.lemma_.lower() in ("describe", "call")
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
    ):
        return any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in verb.children)
    return verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in _RELATIVE_OBJECTS for c in verb.children)


def _adding_not_saying(verb: Any) -> bool:
    """ "The Commerce Department added 16 entities to the Entity List for supplying chips to
    Russia": "add" with an object and no clause of speech puts something somewhere; its subject
    says nothing ("the agency added", "added that" are speech)."""
    return (
        verb.lemma_.lower() == "add"
        and any(c.dep_ == "dobj" for c in verb.children)
        and not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
    )


def _relative_aside(verb: Any) -> bool:
    """ "signed for 36 howitzers, which the minister said would arrive in stages": a speech verb in a
    relative clause on goods, saying what the relative pronoun does, vouches only for that clause, not
    for the acts of the sentence around it."""
    return verb.dep_ == "relcl" and any(
        g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in _RELATIVE_OBJECTS
        for c in verb.children
        if c.dep_ in ("ccomp", "xcomp")
        for g in c.children
    )


TITLE_GAP = re.compile(r"(?:\s+[A-Z][\w.-]*){0,3}\s+$")


def is_guessed(a: Arg | None) -> bool:
    return a is not None and (a.entity is None or a.entity.provisional)


# adjectives that name a supplier with no one party: "Western arms deliveries", "allied supplies"
_COLLECTIVE = {"western", "allied", "foreign", "international", "outside"}
_AGENT_DEPS = ("amod", "compound", "poss")


def speaker_not_agent(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, tok_of: dict[int, Any]
) -> None:
    """ "The Kremlin said Western arms deliveries to Ukraine would only prolong the war": the speaker
    of a clause whose subject is a transfer noun with an agent of its own (an adjective such as
    "Western", a party such as "NATO") comments on another's act; it supplies nothing (the
    assembler fills an act's empty supplier from a speaking subject)."""
    spans = [(a.start, a.end) for a in sentence.parties]
    commented: set[int] = set()  # the speech verbs over such a clause
    for hit, tok_i in hits_tok:
        trig = doc[tok_i]
        clause = trig.head
        if not hit.nominal or trig.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("ccomp", "parataxis"):
            continue
        if any(c.lower_ in _COLLECTIVE or _party_at(c, spans) for c in trig.children if c.dep_ in _AGENT_DEPS):
            commented.add(clause.head.i)
    for a in sentence.parties:
        t = tok_of.get(a.start)
        speaks = t is not None and t.dep_ == "nsubj" and t.head.lemma_.lower() in SPEECH
        if speaks and t is not None and a.case == "subj" and t.head.i in commented:
            a.case = "other"


def _party_at(tok: Any, spans: list[tuple[int, int]]) -> bool:
    return any(s <= tok.idx < e for s, e in spans)


# words for one body told again: "the Armament Agency said ... the agency added", "Mali's armed forces
# ... the army said"
_BODY_KEYS = {"forces": "military", "force": "military", "army": "military", "military": "military", "navy": "military",
              "ministry": "ministry", "agency": "agency", "government": "government", "office": "office",
              "command": "command", "department": "department", "presidency": "presidency",
              "embassy": "embassy"}  # fmt: skip


# the voice of a body: "an army spokesman", "a ministry spokeswoman"
_SPOKES_WORDS = frozenset({"spokesperson", "spokesman", "spokeswoman"})


# a ministry named by its field after "of": "the Ministry of Defence", "the Department of National Defense"
_MINISTRY_OF = re.compile(r"^(?:the\s+)?(?:ministry|department)\s+of\s+(?:national\s+)?defen[cs]e$")


def _body_key(surface: str) -> str | None:
    words = surface.lower().replace("’s", "").replace("'s", "").split()
    if _MINISTRY_OF.match(" ".join(words)):
        return "ministry"  # "the Ministry of Defence said": the defence ministry
    if len(words) > 1 and words[-1] in _SPOKES_WORDS:
        words = words[:-1]  # "army spokesman": the army speaking
    return _BODY_KEYS.get(words[-1]) if words else None


def _spokesperson_of_body(surface: str, before: str) -> bool:
    """ "..., an army spokesman said": one unnamed voice of a body told without its state speaks
    for the body named before, as "the army said" does."""
    words = surface.lower().split()
    return len(words) == 2 and words[-1] in _SPOKES_WORDS and before.lower() in ("a ", "an ")


_OWNED_BODY = re.compile(r"(?:'s|’s)((?:\s+[a-z-]+){1,3})")


def remember_bodies(args: list[Arg], text: str, memory: dict[str, Any]) -> None:
    """Note the state each named or qualified body stands for ("Taiwan's defence ministry", "the
    Armament Agency", "Mali's armed forces")."""
    for a in args:
        if a.entity is None or a.entity.provisional:
            continue
        key = _body_key(text[a.start : a.end])
        owned = _OWNED_BODY.match(text, a.end)
        if key is None and owned is not None:
            key = next((_BODY_KEYS[w] for w in owned.group(1).split() if w in _BODY_KEYS), None)
        if key is not None:
            memory[key] = a.entity


def recall_bodies(speakers: list[Arg], text: str, memory: dict[str, Any]) -> None:
    """ "the ministry said", "the agency added": a bare body speaking is the one the text named
    before, and speaks for the same state (a party to the transfer confirms it)."""
    for a in speakers:
        surface = text[a.start : a.end]
        definite = text[max(0, a.start - 4) : a.start].lower() == "the " or surface.lower().startswith("the ")
        definite = definite or _spokesperson_of_body(surface, text[max(0, a.start - 3) : a.start].lstrip())
        if a.entity is None and definite and len(surface.split()) <= 2:
            key = _body_key(surface)
            if key is not None and key in memory:
                a.entity = memory[key]


def recall_body(speaker: Arg, text: str, memory: dict[str, Any]) -> Arg:
    """ "the defence ministry said", read as a body of no known state: the one named before (or the
    dateline's), as a speaker only (it takes no part in the act it reports)."""
    ent = speaker.entity
    if ent is None or not (ent.provisional and ent.type == "state-body" and not ent.country):
        return speaker
    surface = text[speaker.start : speaker.end]
    key = _body_key(surface)
    # ("the Ministry of National Defense": five words for one body)
    short = len(surface.split()) <= 4 or _MINISTRY_OF.match(surface.lower()) is not None
    if not surface.lower().startswith("the ") or not short or key not in memory:
        return speaker
    return dataclasses.replace(speaker, entity=memory[key])


_FRONTED_IN = re.compile(r"(?:^|[.!?\n]\s*|—\s*|-\s+)In\s+$")


def placed_body(speaker: Arg, parties: list[Arg], text: str) -> Arg:
    """ "In Berlin, the defence ministry said": a bare body after a place set before the clause sits
    there and speaks for its state, whatever the dateline's."""
    ent = speaker.entity
    if ent is None or not (ent.provisional and ent.type == "state-body" and not ent.country):
        return speaker
    if not text[speaker.start : speaker.end].lower().startswith("the "):
        return speaker
    for p in parties:
        if p.entity is None or p.entity.type != "country" or not p.end < speaker.start:
            continue
        fronted = _FRONTED_IN.search(text, max(0, p.start - 40), p.start) is not None
        if fronted and re.fullmatch(r"\s*,\s*", text[p.end : speaker.start]):
            return dataclasses.replace(speaker, entity=p.entity)
    return speaker


# the bodies that speak for a state's side of a deal ("the defence ministry said", "the military said")
_STATE_BODIES = {"ministry", "military", "government"}


def subject_body(speaker: Arg, parties: list[Arg], text: str) -> Arg:
    """ "Ukraine's air force has received its first ASC 890, the defence ministry said": a bare body of
    no known state (no dateline, none named before), speaking of an act a state does, is that state's:
    a story quotes the ministry of the side it is told from."""
    ent = speaker.entity
    # (a body the model read as an organisation of no state: "the Royal Armed Forces said")
    if ent is not None and not (ent.provisional and ent.type in ("state-body", "company") and not ent.country):
        return speaker
    surface = text[speaker.start : speaker.end]
    definite = text[max(0, speaker.start - 4) : speaker.start].lower() == "the " or surface.lower().startswith("the ")
    # ("the Ministry of National Defence": five words for one body)
    short = len(surface.split()) <= 4 or _MINISTRY_OF.match(surface.lower()) is not None
    if not definite or not short or _body_key(surface) not in _STATE_BODIES:
        return speaker
    doer = next(
        (
            a
            for a in parties
            if a.case in ("subj", "agent")
            and a.trigger is not None
            and a.entity is not None
            and a.entity.type == "country"
        ),
        None,
    ) or _named_body_owner(surface, parties, text)
    return speaker if doer is None else dataclasses.replace(speaker, entity=doer.entity)


def _named_body_owner(surface: str, parties: list[Arg], text: str) -> Arg | None:
    """ "The first drone was handed over to the Indonesian Air Force, the air force said": a bare
    body the act names with its state ("the Indonesian Air Force") is that state's, whatever its case."""
    body = re.sub(r"^the\s+", "", surface.strip(), flags=re.I).lower()
    return next(
        (
            a
            for a in parties
            if a.trigger is not None
            and a.entity is not None
            and a.entity.type == "country"
            and text[a.end : a.end + len(body) + 1].lower().strip() == body
        ),
        None,
    )


def speaking_party(parties: list[Arg], speaker: Arg) -> None:
    """ "Argentina received the first Strykers, the defence ministry said, part of a plan to buy 27":
    a bare body read as a party of the act after its speech verb is the speaker, now known as the
    state it speaks for."""
    ent = speaker.entity
    if ent is None or ent.provisional:
        return
    for a in parties:
        own = a.entity
        same_span = a.start == speaker.start and a.end == speaker.end
        # (a body of no state, as `subject_body` reads it)
        stateless = own is not None and own.provisional and own.type in ("state-body", "company") and not own.country
        if same_span and stateless:
            a.entity = ent


# a title of national office right before a name, with no state named before it: ", Defence Minister",
# ", President" (a foreign president in a wire gets his state's adjective: "Ugandan President")
_BARE_NATIONAL_TITLE = re.compile(
    r"(?:^|[,;:.\u2014\u2013]\s+|\bsaid\s+|\btold\s+\w+\s+)(?:the\s+)?(?:(?:Deputy|First\s+Deputy)\s+)?"
    r"(?:(?:Defen[cs]e|Foreign|Prime|Armed\s+Forces|Industry|Trade)\s+Minister|President)\s+$"
)


def home_official(speaker: Arg, text: str, home: Any) -> Arg:
    """ "WARSAW — Poland has sent Ukraine 14 tanks, Defence Minister Marcin Ociepa said": a minister
    whose title names no state, quoted in a wire filed from a country, is that country's minister,
    so a party to the act speaks (what the dateline already does for "the ministry said")."""
    ent = speaker.entity
    if home is None or ent is None or ent.type != "person" or ent.stands_for or not ent.provisional:
        return speaker
    if _BARE_NATIONAL_TITLE.search(text, max(0, speaker.start - 60), speaker.start) is None:
        return speaker
    return dataclasses.replace(speaker, entity=dataclasses.replace(ent, stands_for=home.id))


def remember_person(speaker: Arg, text: str, people: dict[str, Any]) -> None:
    """Note a named person who speaks for a state ("Deputy Defence Minister Marcin Ociepa") under
    the surname a later sentence may call him by."""
    ent = speaker.entity
    surface = text[speaker.start : speaker.end].split()
    if ent is not None and ent.type == "person" and ent.stands_for and len(surface) > 1:
        people[surface[-1]] = ent


def recall_person(speaker: Arg, text: str, people: dict[str, Any]) -> Arg:
    """ "... Marcin Ociepa said on Saturday. Ociepa said Poland had given": a surname alone (which the
    recogniser reads as a person, or as a name of no known kind) is the person named in full
    before, speaking for the same state."""
    ent = speaker.entity
    surface = text[speaker.start : speaker.end].strip()
    if ent is None or not ent.provisional or surface not in people:
        return speaker
    return dataclasses.replace(speaker, entity=people[surface])


# words making a state's adjective name those who stand against its government: "the Belarusian
# opposition group Hajun", "exiled Belarusian opposition figures", "Russian dissidents"
# (and its independent watchers: "the Belarusian monitoring group Hajun", "independent Russian media",
# "a Georgian watchdog", "Russian investigative journalists")
_AGAINST_THE_STATE = re.compile(
    r"\b(?:opposition|exiled?|dissidents?|in\s+exile|anti-government|monitoring|monitors?|independent|"
    r"watchdogs?|investigative|activists?|open-source|rights\s+groups?)\b",
    re.I,
)


def dissenting_speaker(speaker: Arg, text: str) -> Arg:
    """ "..., the Belarusian opposition group Hajun said", "exiled Belarusian opposition figures said":
    a state's opponents do not speak for it (no party to the act confirms it)."""
    if speaker.entity is None or speaker.entity.type != "country":
        return speaker
    before = text[max(0, speaker.start - 12) : speaker.start]
    after = _SPEECH_VERB.split(text[speaker.end : speaker.end + 30], maxsplit=1)[0]  # up to "said"
    if not _AGAINST_THE_STATE.search(before + " " + after):
        return speaker
    return dataclasses.replace(
        speaker, entity=None, description=speaker.description or text[speaker.start : speaker.end]
    )


_SPEECH_VERB = re.compile(r"\b(?:said|says|say|reported|told)\b")


# a state's own press named bare, before its verb: "..., state television reported", "state media said"
_BARE_STATE_PRESS = re.compile(
    r"(?:^|,\s*|\.\s*)(?:(?:the|its)\s+)?state(?:[- ]run|[- ]owned)?\s+"
    r"(?:television|tv|media|news\s+agency|radio|broadcaster)\s+(?:reported|said|announced|showed|says|reports)\b",
    re.I,
)


def bare_state_press(sentence: Sentence, text: str) -> Attribution | None:
    """ "Burkina Faso received a second batch of TB2 drones from Turkey, state television reported":
    state press no state qualifies is that of the state the sentence is about (its subject), whose
    own voice it is."""
    found = _BARE_STATE_PRESS.search(text, sentence.start, sentence.end)
    if found is None:
        return None
    subject = next(
        (
            a
            for a in sentence.parties
            if a.case == "subj" and a.trigger is not None and a.entity is not None and a.entity.type == "country"
        ),
        None,
    )
    if subject is None:
        return None
    start = found.start() + len(found.group()) - len(found.group().lstrip(",. "))
    end = found.end() - len(found.group().split()[-1]) - 1
    speaker = Arg(start, end, subject.entity, "subj", description=text[start:end])
    return Attribution(speaker=speaker, start=start, end=end)
