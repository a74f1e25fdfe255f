"""English clauses whose subject the parse does not give the verb: a headline's bare gerund
("North Korea shipping shells to Russia, US says", read as a noun phrase whose participle qualifies
the goods) and a participle clause ("After receiving 31 tanks from the US, Ukraine asked for more")."""

from __future__ import annotations

from typing import Any

from materiel.extract.frame import Arg, Sentence


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
