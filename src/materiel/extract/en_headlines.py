"""English clauses whose subject the parse does not give the verb: a headline's bare gerund
("North Korea shipping shells to Russia, US says", read as a noun phrase whose participle qualifies
the goods) and a participle clause ("After receiving 31 tanks from the US, Ukraine asked for more")."""

from __future__ import annotations

from typing import Any

from materiel.extract.common import item_words
from materiel.extract.en_cases import SPEECH, sent_tokens
from materiel.extract.frame import Arg, Sentence, TriggerHit
from materiel.gazetteer import default_gazetteer
from materiel.lexicon import Lexicon, Trigger


def gerund_subjects(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]) -> None:
    """ "Iran sending drones to Russia", "North Korea shipping shells to Russia": a headline's gerund
    the parse hangs on the goods as a modifier ("shipping shells") has the name before it, which the
    parse makes a modifier of the goods too, as its subject (the doer, not the goods' make)."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal or tok.tag_ != "VBG" or tok.dep_ != "amod" or hit.trigger.direction not in ("give", "move"):
            continue
        goods = tok.head
        for c in goods.children:
            if c.i >= tok.i or c.dep_ not in ("compound", "nmod", "npadvmod"):
                continue
            party = party_heads.get(c.i)
            if party is not None and party.entity is not None and party.case in ("origin", "other", "gen"):
                party.trigger, party.case, party.direct = n, "subj", True
        for prep in goods.children:  # "shipping shells to Russia": the goods' "to" is the gerund's
            for obj in prep.children if prep.dep_ == "prep" and prep.i > tok.i else []:
                party = party_heads.get(obj.i)
                if party is not None and party.case in ("goal", "source", "via") and party.trigger is None:
                    party.trigger, party.direct = n, True


def named_gerund_subjects(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "The evidence points to Iran having supplied the Houthis", "reports of China supplying drones to
    Russia": a gerund clause with a name right before it (the object of a preposition, in the parse)
    has that name as its subject; so has a "having sent" clause set off after a name ("The Netherlands,
    having already sent 18 F-16s, ...")."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal or hit.passive or tok.dep_ not in ("advcl", "acl", "pcomp", "xcomp", "relcl"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        having = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "having" and c.i < tok.i), None)
        if tok.dep_ == "relcl" and having is not None:
            # "The Netherlands, having already sent 18 F-16s, pledged six more": the parse hangs the
            # participle on the name as a relative clause
            owner = party_heads.get(tok.head.i)
            if owner is not None and owner.entity is not None and not any(a.trigger == n for a in sentence.parties):
                sentence.parties.append(Arg(owner.start, owner.end, owner.entity, "subj", n))
            continue
        if having is None and tok.tag_ != "VBG":
            continue
        first = having if having is not None else tok
        if first.i < 1:
            continue
        party = party_heads.get(first.i - 1)
        before = doc[first.i - 1]
        if party is None or party.entity is None or before.dep_ != "pobj" or party.case in ("subj", "agent"):
            continue
        if party.trigger is not None and party.trigger != n and party.direct:
            continue
        party.trigger, party.case, party.direct = n, "subj", True


# prepositions opening a participle clause whose subject is the main clause's
_CLAUSE_PREPS = {"after", "before", "since", "upon", "on", "despite", "while", "by", "when"}


def participle_clause_subjects(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "After receiving 31 tanks from the US, Ukraine asked for more", "Having received F-16s from
    Denmark, Kyiv ...": a participle clause with no subject of its own has the main clause's."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal or hit.passive or tok.tag_ not in ("VBG", "VBN"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        if tok.dep_ == "pcomp" and tok.head.lower_ in _CLAUSE_PREPS:
            main = tok.head.head
        elif tok.dep_ == "advcl" and tok.tag_ == "VBN" and any(c.lower_ == "having" for c in tok.children):
            main = tok.head
        else:
            continue
        if any(a.trigger == n and a.case in ("subj", "agent") for a in sentence.parties):
            continue
        subj = next((c for c in main.children if c.dep_ == "nsubj"), None)
        party = party_heads.get(subj.i) if subj is not None else None
        if party is None or party.entity is None or any(a is party for a in sentence.parties if a.trigger == n):
            continue
        if party.trigger is None or not party.direct:
            party.trigger, party.case, party.direct = n, "subj", True
        else:
            sentence.parties.append(Arg(party.start, party.end, party.entity, "subj", n))


# verbs of intent the parse may read as a plural noun before "to": "TUSAŞ plans to deliver"
_INTENT_NOUNS = {"plan", "aim", "hope", "intend", "expect", "want", "seek", "vow"}


def intent_read_as_noun_subjects(
    sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]
) -> None:
    """ "TUSAŞ plans to deliver 20 KAAN jets to the Turkish Air Force": where the parse reads the verb of
    intent as the sentence's head noun ("plans") and the name before it as its modifier (a maker's name
    it does not know is tagged as an adjective), the name is the subject of the act the intent governs."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        intent = tok.head
        if hit.nominal or tok.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            continue
        if intent.pos_ != "NOUN" or intent.dep_ != "ROOT" or intent.lemma_.lower() not in _INTENT_NOUNS:
            continue
        if any(c.dep_ == "det" for c in intent.children):
            continue  # ("The plans to deliver jets were shelved": a noun indeed)
        for c in intent.children:
            party = party_heads.get(c.i)
            if (
                c.i < intent.i
                and c.dep_ in ("amod", "compound", "nmod")
                and party is not None
                and party.entity is not None
            ):
                party.trigger, party.case, party.direct = n, "subj", True


# the act a headline's bare goods tell: "More K9 howitzers for Poland from South Korea"
HEADLINE_GOODS = Trigger("goods", "delivery", "move")


def headline_goods_hits(sent: Any, lexicon: Lexicon) -> list[tuple[TriggerHit, int]]:
    """ "More K9 howitzers for Poland from South Korea", "Iranian missiles to Russia, US officials say",
    "Russian warplanes and helicopters for Tehran": a headline of no verb (but a trailing "..., X says")
    whose head is goods with a party they go "to" or "for" tells their delivery; the goods noun acts
    as the trigger (its make, "for" and "from" phrases give the parties)."""
    toks = [t for t in sent_tokens(sent) if not t.is_space]
    doc = sent.doc
    # (only a line of its own with no full stop: a headline)
    if not toks or toks[-1].text in (".", "?", "!", ";", ":"):
        return []
    after = toks[-1].i + 1
    if not (after >= len(doc) or "\n" in toks[-1].whitespace_ or (doc[after].is_space and "\n" in doc[after].text)):
        return []
    verbs = [t for t in toks if t.pos_ in ("VERB", "AUX")]
    if len(verbs) > 1 or any(v.lemma_.lower() not in SPEECH or v.i < len(toks) // 2 + sent.start for v in verbs):
        return []
    table = item_words(lexicon)[0]
    out: list[tuple[TriggerHit, int]] = []
    for tok in toks:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("ROOT", "dep") or not _goods_word(tok, table):
            continue
        goal = [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("for", "to")
            for g in c.children
            if g.dep_ == "pobj" and g.pos_ == "PROPN"
        ]
        if goal:  # (the span is the preposition's: the goods noun stays an item)
            prep = goal[0].head
            out.append((TriggerHit(prep.idx, prep.idx + len(prep.text), HEADLINE_GOODS, nominal=True), tok.i))
    return out


def _goods_word(tok: Any, table: dict[str, str]) -> bool:
    """Whether a word names goods: an item word ("howitzers") or a weapon system's name ("Gripens")."""
    if tok.lower_ in table or tok.lemma_.lower() in table:
        return True
    names = {tok.text, tok.text[:-1]} if tok.lower_.endswith("s") else {tok.text}
    return any(e.type == "weapon-system" for n in names for e in default_gazetteer().candidates(n))
