"""English gapped coordination: one verb telling several dated acts ("signed for 218 launchers in
November 2022 and for 72 more in April 2024", "received its first drones in December 2022 and a
second batch in 2023", "the Al-Galala in December 2020 and the Bernees in April 2021").

Each conjunct after the first, with a date of its own, is another contract, batch or delivery of
the same parties: the verb's trigger is told again for it, with its own date and goods (or the
first conjunct's goods when it names none: "and for 72 more").
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
import re
from collections.abc import Iterator
from typing import Any

from materiel.extract.dates import DateMention
from materiel.extract.en_cases import LOTS, SPEECH
from materiel.extract.frame import Arg, ItemHit, Sentence, TriggerHit
from materiel.extract.quantities import QuantityMention
from materiel.model import Quantity

# what stands between two dates of one span ("between 2016 and 2021", "in 2016 and 2020 respectively")
_SPAN = re.compile(r"^\s*(?:and|to|or|until|till|through|-|–|—)\s*$", re.I)
_RANGE_BEFORE = re.compile(r"\b(?:between|from|both)\s+(?:the\s+)?$", re.I)
_FUTURE = {"will", "would", "shall", "'ll"}
# the coordinator that opens the next conjunct
_AND = re.compile(r"(?:,\s*|\s+)(?:and|while|then|;)\s+|;\s*", re.I)


FINITE = {"VBD", "VBZ", "VBP", "MD"}
# a comma between the conjuncts of a list of three or more dated acts (an "and" before the last)
_LIST_COMMA = re.compile(r"\s*,\s+(?!and\b|while\b|then\b)[^,;]{1,60}$")


def _owner(doc: Any, tok: Any, verb: Any, trig_tokens: dict[int, int]) -> bool:
    """Whether the date at `tok` is the verb's: the parse hangs it on the verb (a participle on the
    goods, "frigates built for", may be crossed), or, the parse of a long sentence being unsure, the
    verb is the last act before it with no other finite verb between ("signed for 250 tanks in April
    2022 and for 116 more in January 2023; the first 28 were delivered in June")."""
    t = tok
    for _ in range(12):
        if t.i == verb.i:
            return True
        if t.i in trig_tokens:
            lo, hi = sorted((tok.i, t.i))
            if not any(w.text == ";" for w in doc[lo:hi]):
                return False  # another act's date ("and in May 2024 it sent")
            break  # the parse ran over a semicolon: the order of the words tells
        if t.pos_ in ("VERB", "AUX") and t.i != tok.i and t.dep_ not in ("acl", "amod"):
            if t.dep_ == "conj" and t.head.i == verb.i:
                return False  # "received drones in April, and used them in May": the other verb's date
            break
        if t.head.i == t.i:
            break
        t = t.head
    if tok.i <= verb.i or _past_own_clause(doc, tok, verb):
        return False
    for w in doc[verb.i + 1 : tok.i]:
        if w.text == ";" or (w.i in trig_tokens and w.pos_ in ("VERB", "AUX")):
            return False
        if w.tag_ in FINITE and w.head.i != verb.i and w.lemma_.lower() not in SPEECH:
            return False  # (", the ministry said, and the third in the autumn": an aside, no clause of its own)
        if w.tag_ in FINITE and w.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in w.children):
            return False  # ("since 2022, while deliveries of Patriots began last May": a clause of its own)
    return True


def _past_own_clause(doc: Any, tok: Any, verb: Any) -> bool:
    """Whether the date at `tok` comes after the comma closing the relative clause the verb heads:
    "Vietnam, which received its first jets in 2021 and a second batch in 2023, showed them in May
    2024" (May 2024 is the showing's, even where the main verb, a word of showing, reads as an aside)."""
    if verb.dep_ not in ("relcl", "acl") or verb.right_edge.i >= tok.i:
        return False
    return any(w.text in (",", ";", "—", "–") for w in doc[verb.right_edge.i + 1 : tok.i])


def _respectively(
    sentence: Sentence,
    n: int,
    hit: TriggerHit,
    tok_i: int,
    mine: list[DateMention],
    hits_tok: list[tuple[TriggerHit, int]],
    text: str,
) -> bool:
    """ "received Iskander missiles and Su-30SM fighters from Russia in 2016 and 2020 respectively":
    the n-th goods go with the n-th date, each its own delivery."""
    if not re.match(r"[\s,]*respectively\b", text[mine[-1].end : mine[-1].end + 20], re.I):
        return False
    goods = sorted((it for it in sentence.items if it.trigger == n), key=lambda it: it.start)
    if len(goods) != len(mine) or any(it.start > mine[0].start for it in goods):
        return False
    hit.dates = [mine[0]]
    for it, d in zip(goods[1:], mine[1:], strict=True):
        m = another_act(sentence, hits_tok, hit, tok_i, dates=[d])
        it.trigger = m
        for group in (sentence.parties, sentence.places):
            group += [dataclasses.replace(a, trigger=m) for a in group if a.trigger == n]
    return True


def another_act(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], hit: TriggerHit, tok_i: int, **changes: Any
) -> int:
    """A copy of an act told by the same word (one conjunct of a gapped or listed clause): its index."""
    new = dataclasses.replace(hit, **changes)
    sentence.triggers.append(new)
    hits_tok.append((new, tok_i))
    return len(sentence.triggers) - 1


def split_gapped(
    sentence: Sentence,
    hits_tok: list[tuple[TriggerHit, int]],
    doc: Any,
    tok_at: list[int],
    text: str,
    counts: list[Any],
    published: str | None,
) -> None:
    """Tell a verb's trigger again for each later dated conjunct (see the module's doc). A schedule
    still to come ("would donate 19, eight more in 2024 and five in 2025") is one pledge, not several
    acts: only dates up to the publication split a verb told as done."""
    trig_tokens = {tok_i: n for n, (_h, tok_i) in enumerate(hits_tok)}
    index = {id(h): n for n, h in enumerate(sentence.triggers)}
    for hit, tok_i in list(hits_tok):
        n = index.get(id(hit))
        if n is None or hit.nominal or hit.status == "denied" or hit.negated:
            continue
        verb = doc[tok_i]
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children):
            continue
        mine: list[DateMention] = []
        for d in sentence.dates:
            if not d.iso or d.statement or d.start < hit.end:
                continue
            i = tok_at[d.start] if d.start < len(tok_at) else -1
            if i >= 0 and _owner(doc, doc[i], verb, trig_tokens):
                mine.append(d)
        if len(mine) < 2 or (
            published and any(d.iso[: len(published)] > published[: len(d.iso)] for d in mine if d.iso)
        ):
            continue
        if _respectively(sentence, n, hit, tok_i, mine, hits_tok, text):
            continue
        cuts: list[int] = []
        pairs = list(itertools.pairwise(mine))
        for k, (a, b) in enumerate(pairs):
            between = text[a.end : b.start]
            if _SPAN.match(between) or _RANGE_BEFORE.search(text, max(0, a.start - 12), a.start):
                cuts = []
                break
            found = list(_AND.finditer(between))
            if not found and k < len(pairs) - 1 and _LIST_COMMA.match(between):
                cuts.append(a.end)  # "31 tanks in September, 38 Bradleys in January and ...": a list
                continue
            if not found or "respectively" in text[b.end : b.end + 16]:
                cuts = []
                break
            cuts.append(a.end + found[-1].start())
        if not cuts:
            continue
        bounds = [*cuts, sentence.end]
        first = [it for it in sentence.items if it.trigger == n and it.start < cuts[0]]
        hit.dates = [mine[0]]
        for k, (lo, hi) in enumerate(itertools.pairwise(bounds)):
            m = another_act(sentence, hits_tok, hit, tok_i, dates=[mine[k + 1]])
            own = [it for it in sentence.items if it.trigger == n and lo <= it.start < hi]
            own_count = next((q.quantity for q in counts if lo <= q.start and q.end <= mine[k + 1].start), None)
            for it in own:
                it.trigger = m
            if not own:
                for it in first:
                    twin = copy.copy(it)
                    # "and for 72 more": the conjunct's own count, if it gives one
                    twin.trigger, twin.quantity = m, own_count
                    sentence.items.append(twin)
            for group in (sentence.parties, sentence.places):
                # "to Kenya in 2018, and then to Somalia in 2021": a conjunct's own receiver replaces the
                # first's, as its own giver does after a receiving verb ("tanks from Germany in March
                # and Challengers from Britain in April")
                turns = {"goal", _ALTERNATING.get(hit.trigger.direction)}
                owned = {arg.case for arg in group if arg.trigger == n and lo <= arg.start < hi and arg.case in turns}
                for arg in list(group):
                    if arg.trigger != n:
                        continue
                    if lo <= arg.start < hi:
                        arg.trigger = m
                    elif arg.start < cuts[0] and arg.case not in owned:
                        group.append(dataclasses.replace(arg, trigger=m))


# "the first 18 were delivered", "Germany sent the second in August", "the rest arrived": a count or a
# rank standing for goods named just before
_RANKS = {"first", "second", "third", "fourth", "fifth", "last", "final", "latest", "next", "rest", "remainder",
          "remaining", "others", "other"}  # fmt: skip


# the ranks that make a noun one lot among several ("a second system", "the third battery")
_ORDINALS = {"second", "third", "fourth", "fifth", "sixth", "next", "further"}


# counts with no noun: "later supplied dozens more", "shipped hundreds more in 2023"
_VAGUE_COUNTS = {"dozens", "hundreds", "thousands", "millions", "scores", "dozen"}


# nouns that count goods told before by their number alone: "the first pair arrived in May"
_COUNT_NOUNS = {"pair": 2, "couple": 2, "trio": 3, "dozen": 12}


def _ranked_count_noun(noun: Any) -> bool:
    """ "The first pair arrived", "another pair followed", "a second trio": a ranked count noun stands
    for goods named before (a bare "the pair" is as often two people)."""
    return noun.lemma_.lower() in _COUNT_NOUNS and any(
        g.dep_ in ("amod", "det") and g.lower_ in (_RANKS | _ORDINALS | {"another"}) for g in noun.children
    )


# sizes on "number" that make it a count of goods told before: "a small number had been sent"
_SIZES = {"small", "limited", "large", "significant", "substantial", "unknown", "undisclosed", "unspecified"}


def _small_number(noun: Any) -> bool:
    """ "acknowledged that a small number had been sent", "a limited number arrived": a sized "number"
    standing alone counts the goods told before (its "of" would name goods of its own)."""
    return noun.lemma_.lower() == "number" and any(g.dep_ == "amod" and g.lower_ in _SIZES for g in noun.children)


# pronouns standing for goods named before, as an act's object or its passive subject
_GOODS_PRONOUNS = {"them", "they", "it", "these", "those"}
# nouns that only take up goods told before: "The goods were shipped to Kyrgyzstan", "the items"
_GOODS_ANAPHORS = {"goods", "items", "products", "merchandise"}


def _goods_anaphor(tok: Any) -> bool:
    """ "The goods were then forwarded to Russia", "these items": a bare definite word for goods of
    any kind takes up the goods the sentence before told (not "electronic goods", a kind of its own)."""
    if tok.lower_ not in _GOODS_ANAPHORS:
        return False
    kids = list(tok.children)
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in kids)
    return definite and not any(c.dep_ in ("amod", "compound", "nummod", "prep") for c in kids)


# a word for kinds of goods that points back with "both", "these", "those": "both systems", "these types"
_KIND_NOUNS = {"system", "type", "model", "weapon", "platform", "design"}


def _kinds_told_before(noun: Any) -> bool:
    """ "has sold both systems to the UAE", "these types were sent", "another two systems will follow":
    goods named before, taken up by a pointing word on a word for kinds of goods (or "both" alone)."""
    if noun.lower_ == "both" and noun.pos_ in ("PRON", "DET"):
        return True
    # ("another two systems would be sent": one more lot of the kind told before)
    return noun.lemma_.lower() in _KIND_NOUNS and any(
        g.dep_ in ("det", "predet") and g.lower_ in ("both", "these", "those", "another") for g in noun.children
    )


def _elided(tok: Any) -> Any | None:
    """The noun-less goods phrase among the verb's subject and object (or the subject it shares with
    the verb it is coordinated with: "the third was promised in April and handed over in June"), if any."""
    kids = list(tok.children)
    # (and the subject of the verb it completes: "the remaining 70 are to arrive")
    # (or of the copula it is said of: "another 12 are due")
    if tok.dep_ in ("conj", "xcomp", "acomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        up = tok.head
        subjects = [c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and up.dep_ == "conj" and tok.dep_ == "xcomp":
            # ("the cargo had been loaded at Bandar Abbas and was to be handed over": the first verb's)
            subjects = [c for c in up.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        kids += subjects
    # "with two more to follow", "with 18 more due": the parse hangs the verb on the count it tells of
    if tok.dep_ in ("relcl", "acl", "amod") and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "with":
        kids.append(tok.head)
    # "on top of the 32 it bought in 2020": a relative clause on a bare count has it for its goods
    if tok.dep_ == "relcl" and tok.head.like_num and tok.head.dep_ == "pobj":
        kids.append(tok.head)
    # "after handing over four": the parse makes the count the object of the particle
    kids += [g for c in kids if c.dep_ == "prt" for g in c.children if g.dep_ == "pobj" and g.pos_ == "NUM"]
    for c in kids:
        count = _count_on_a_date(c)
        if count is not None and c.i > tok.i:
            return count
        if c.lower_ == "same" and c.dep_ in ("dobj", "npadvmod") and c.i > tok.i:
            return c  # "... and also has delivered to Burkina Faso the same"
        if c.dep_ in ("nsubjpass", "dobj") and c.lower_ in _GOODS_PRONOUNS:
            return c  # "..., which then sent them to Ukraine", "They were unloaded and sent to Russia"
        passive = any(g.dep_ == "auxpass" for g in tok.children)
        if c.dep_ == "nsubj" and c.lower_ in ("it", "they") and c.head.i != tok.i and passive:
            return c  # "it originated in Iran and was destined for the Houthis": the shared subject
        if c.dep_ in ("nsubjpass", "dobj") and _goods_anaphor(c):
            return c  # "The goods were shipped to Kyrgyzstan and from there forwarded to Russia"
        if c.dep_ in ("nsubjpass", "dobj") and _kinds_told_before(c):
            return c  # "China has sold both systems to the UAE"
        if c.dep_ not in ("nsubjpass", "dobj", "nsubj", "pobj") or c.pos_ in ("PROPN", "PRON"):
            continue
        noun_less = (
            c.lower_ in _RANKS
            or c.pos_ == "NUM"
            or c.lemma_.lower() in LOTS
            or c.lower_ in _VAGUE_COUNTS
            or _ranked_count_noun(c)
            or _small_number(c)
            # "Australia will send 49 more" (not "sells more to Africa than anyone": a comparison)
            or (c.lower_ == "more" and not any(t.lower_ == "than" for t in tok.subtree))
            # "a second system followed": a rank on a word the goods' own name was told with
            or (c.tag_ in ("NN", "NNS") and any(g.dep_ == "amod" and g.lower_ in _ORDINALS for g in c.children))
            or _ranked_units(c)
        )
        if noun_less and not any(
            g.dep_ == "prep" and g.lower_ == "of" and not _of_a_count(g) and not _of_the_told(g) for g in c.children
        ):
            return c
    return None


# words that count goods told before with no name of their own: "the first units", "the last examples"
_UNIT_NOUNS = {"unit", "example", "system"}


def _ranked_units(noun: Any) -> bool:
    """ "The first two units arrived in March", "the remaining systems were handed over": a word for
    pieces of goods told before, ranked in their series, names no goods of its own."""
    return noun.lemma_.lower() in _UNIT_NOUNS and any(g.dep_ == "amod" and g.lower_ in _RANKS for g in noun.children)


# words making a count one more lot of goods told before: "a further four", "another six"
_MORE_OF = {"further", "another", "additional", "more"}


def _count_on_a_date(noun: Any) -> Any | None:
    """ "pledged a further four last month", "sent another six this week": the parse takes a count of
    more goods right before a date for the date's own ("four last month"); the count, or None."""
    if noun.dep_ != "npadvmod" or noun.ent_type_ != "DATE":
        return None
    for g in noun.children:
        if g.dep_ != "nummod" or g.i > noun.i or not g.like_num:
            continue
        marks = [w for w in noun.doc[noun.left_edge.i : g.i + 2] if w.lower_ in _MORE_OF]
        if marks:
            return g
    return None


def _of_the_told(prep: Any) -> bool:
    """ "Australia sent 49 more of them", "six of those": an "of" that holds only a pronoun names the
    goods told before, no goods of its own."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return len(objs) == 1 and objs[0].lower_ in ("them", "those", "these")


def _of_a_count(prep: Any) -> bool:
    """ "a second batch of 20", "a shipment of 300 more": an "of" that holds only a count names no goods."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    if len(objs) != 1:
        return False
    if objs[0].lower_ == "more":
        return all(g.like_num for g in objs[0].children)
    return bool(objs[0].like_num) and not any(True for _ in objs[0].children)


def _whole_of_the_part(
    gap: Any, count: Quantity | None, items: list[ItemHit], before: int, earlier: list[Any]
) -> ItemHit | None:
    """ "ordered 24 helicopters under a deal that also covered Hellfire missiles, and the remaining 18
    are due by 2025": a ranked count is part of the goods told before with a larger count (the
    latest such), not of the goods named last. None where no such goods are told."""
    if count is None or not count.value or not any(t.lower_ in _RANKS for t in gap.subtree):
        return None
    told = [it for it in items if it.end <= before] or list(earlier)
    counted = [it for it in told if it.quantity is not None and it.quantity.value]
    wholes = [it for it in counted if it.quantity is not None and (it.quantity.value or 0) > count.value]
    if not wholes and any(t.lower_ in _REST for t in gap.subtree):
        wholes = counted  # ("received 38 tanks and Stingers, and the remaining 70 will follow": the tanks' rest)
    return max(wholes, key=lambda it: it.start) if wholes else None


# the ranks that count what is left of goods told with a count: "the remaining 70", "the other 12"
_REST = {"remaining", "rest", "remainder", "other", "others"}


def elided_goods(
    sentence: Sentence,
    hits_tok: list[tuple[TriggerHit, int]],
    doc: Any,
    earlier: list[Any],
    counts: list[Any],
) -> bool:
    """An act on "the first 18" or "the second" carries the goods last named (in this sentence, or
    in the one before when this one names none), with its own count. Says whether an act took up
    the whole load told before ("The shipment was headed for ...")."""
    took_load = False
    index = {id(h): n for n, h in enumerate(sentence.triggers)}
    for hit, tok_i in hits_tok:
        n = index.get(id(hit))
        if n is None or hit.nominal or any(it.trigger == n for it in sentence.items):
            continue
        gap = _elided(doc[tok_i])
        if gap is None:
            continue
        before = [it for it in sentence.items if it.end <= hit.start and it.entity is not None] or [
            it for it in sentence.items if it.end <= hit.start
        ]
        # (a pronoun or a lot word takes up all the goods told before, "bought launchers, rockets and
        # ammunition. These were delivered in 2023"; a count of a part, the system named)
        named_before = [it for it in earlier if it.entity is not None]
        source = before or (list(earlier) if _whole_load(gap) else named_before or list(earlier))
        if _ranked_units(gap):  # ("the first units": pieces of goods an act told, not of a programme named)
            source = [it for it in source if it.trigger is not None]
        if not source:
            continue
        last = max(source, key=lambda it: it.start)
        lo, hi = gap.left_edge.idx, gap.right_edge.idx + len(gap.right_edge.text)
        count = next((q.quantity for q in counts if lo <= q.start and q.end <= hi), None)
        last = _whole_of_the_part(gap, count, sentence.items, hit.start, earlier) or last
        if count is None and _ranked_count_noun(gap):  # "the first pair": two of them
            count = Quantity(_COUNT_NOUNS[gap.lemma_.lower()], gap.text)
        # "The shipment was headed for the Houthis", "They were sent on to Russia": the whole load
        # told last, each of its goods with its own count
        whole = count is None and _whole_load(gap)
        for it in [x for x in source if x.trigger == last.trigger] if whole else [last]:
            twin = copy.copy(it)
            twin.trigger, twin.direct = n, True
            twin.quantity = it.quantity if whole else count
            sentence.items.append(twin)
        took_load = took_load or (whole and not before)
    return took_load


# determiners of goods told before: "the weapons", "these arms"
_TOLD_BEFORE = {"the", "these", "those"}


def seized_load(sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, earlier: list[Any]) -> bool:
    """ "Troops seized a cache of rifles and mortar rounds. The weapons had been sent from Iran and
    were meant for Hezbollah": an act whose only goods are an umbrella word told as known ("the
    weapons", "these arms") carries the seized load listed before, each with its own count. Says
    whether an act took it up."""
    load = [it for it in earlier if not it.umbrella]
    if not load:
        return False
    index = {id(h): n for n, h in enumerate(sentence.triggers)}
    took = False
    for hit, _tok_i in hits_tok:
        n = index.get(id(hit))
        own = [it for it in sentence.items if it.trigger == n]
        if n is None or hit.nominal or not own or not all(it.umbrella and it.quantity is None for it in own):
            continue
        heads = [doc.char_span(it.start, it.end, alignment_mode="expand") for it in own]
        if not all(h is not None and any(t.lower_ in _TOLD_BEFORE for t in h.root.children) for h in heads):
            continue
        sentence.items = [it for it in sentence.items if not any(it is o for o in own)]
        last = max(load, key=lambda it: it.start)
        for it in [x for x in load if x.trigger == last.trigger]:
            twin = copy.copy(it)
            twin.trigger, twin.direct = n, True
            sentence.items.append(twin)
        took = True
    return took


def _whole_load(gap: Any) -> bool:
    """Whether the noun-less goods phrase takes up a whole load: a pronoun ("them"), or "the
    shipment" with no rank ("the second shipment" is one lot of it)."""
    if gap.lower_ in _GOODS_PRONOUNS or _goods_anaphor(gap):
        return True
    return gap.lemma_.lower() in LOTS and not any(
        c.dep_ in ("amod", "nummod") or c.lower_ in _RANKS for c in gap.children
    )


_RELATIVES = {"which", "whom"}


def partitive_relatives(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, counts: list[Any]
) -> list[tuple[int, ItemHit]]:
    """ "Yak-130 trainers, two of which arrived in September 2023": the part told in a relative
    clause is a batch of its own, of the goods it is part of (with its count). Gives the batch's
    trigger and the goods' item; its parties are those of the goods' own act (see `lend_parties`)."""
    index = {id(h): n for n, h in enumerate(sentence.triggers)}
    out: list[tuple[int, ItemHit]] = []
    for hit, tok_i in hits_tok:
        n = index.get(id(hit))
        tok = doc[tok_i]
        if n is None or hit.nominal or tok.dep_ != "relcl":
            continue
        part = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        of = next((c for c in part.children if c.dep_ == "prep" and c.lower_ == "of"), None) if part else None
        if part is None or of is None or not any(g.lower_ in _RELATIVES for g in of.children):
            continue
        whole = tok.head
        # the goods right before ", two of which" (the parse may hang the clause on an earlier conjunct)
        text = doc.text
        item = next(
            (
                it
                for it in sentence.items
                if it.end <= part.left_edge.idx and not text[it.end : part.left_edge.idx].strip(" ,")
            ),
            None,
        ) or next((it for it in sentence.items if it.start <= whole.idx < it.end), None)
        if item is None:
            continue
        if item.trigger == n:
            item.trigger = None  # the whole is the outer act's; the parse gave it to the part's
        lo, hi = part.left_edge.idx, part.right_edge.idx + len(part.right_edge.text)
        twin = copy.copy(item)
        twin.trigger, twin.direct = n, True
        twin.quantity = next((q.quantity for q in counts if lo <= q.start and q.end <= hi), None)
        sentence.items.append(twin)
        out.append((n, item))
        # the part's date is the part's: the whole keeps only dates outside the relative clause (an
        # undated mention when none is left, so that the sentence's date is not read for it)
        inner = (tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))
        hit.dates = [d for d in sentence.dates if inner[0] <= d.start < inner[1]] or hit.dates
        others = [it for it in sentence.items if it.trigger == item.trigger and it is not item]
        if item.trigger is not None and item.trigger != n and others:
            # "includes jamming systems and trainers, two of which arrived": the trainers are told
            # by their batch; the outer act keeps its other goods (undated, they would absorb it)
            sentence.items.remove(item)
            item = dataclasses.replace(item)
        if item.trigger is not None and item.trigger != n:
            whole_hit = sentence.triggers[item.trigger]
            kept = [d for d in (whole_hit.dates or sentence.dates) if not inner[0] <= d.start < inner[1]]
            whole_hit.dates = kept or [DateMention(whole.idx, whole.idx, "", None)]
    return out


# the relative pronouns that stand for the goods in a clause on them: "the launchers that Berlin pledged"
_RELATIVE_GOODS = {"that", "which"}


def pledged_relatives(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any
) -> list[tuple[int, ItemHit]]:
    """ "Ukraine has received the two Patriot launchers that Berlin pledged in April", "the K9s it
    ordered in 2023 have arrived": the plan the goods were pledged or bought under, told with a date
    of its own in a relative clause on them, is an act of its own before the one that moves them
    (dated by the clause; the move keeps the dates outside it). Gives the plan's trigger and the goods' item, as
    `partitive_relatives` does; the plan takes the parties it leaves open from the move."""
    index = {id(h): n for n, h in enumerate(sentence.triggers)}
    out: list[tuple[int, ItemHit]] = []
    for hit, tok_i in hits_tok:
        n = index.get(id(hit))
        tok = doc[tok_i]
        if n is None or hit.nominal or tok.dep_ != "relcl" or hit.trigger.status != "planned":
            continue
        if any(c.dep_ == "dobj" and c.lower_ not in _RELATIVE_GOODS for c in tok.children):
            continue  # ("the jets, which Kyiv ordered more drones with": goods of its own)
        if (tok.head.dep_ == "pobj" and tok.head.head.lower_ == "of") or any(
            t.lower_ == "of" for t in doc[tok.head.left_edge.i : tok.head.i]
        ):
            continue  # ("the first two of 20 K9s that Vietnam ordered": a part, told apart elsewhere)
        item = next(
            (it for it in sentence.items if it.start <= tok.head.idx < it.end and it.trigger not in (None, n)), None
        )
        if item is None or item.trigger is None:
            continue
        inner = (tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))
        own_dates = [d for d in sentence.dates if inner[0] <= d.start < inner[1]]
        if not own_dates:
            continue  # ("has received the first K9s that it ordered from Seoul": the plan told in passing)
        outer = sentence.triggers[item.trigger]
        if outer.nominal or outer.trigger.status == "planned" or outer.trigger.kind == "purchase":
            continue  # ("ordered the jets that Kyiv requested": one plan; "completed the delivery of all
            # the jets it had promised": the plan fulfilled, told of the delivery)
        twin = copy.copy(item)
        twin.trigger, twin.direct = n, True
        sentence.items.append(twin)
        out.append((n, item))
        hit.dates = own_dates
        kept = [d for d in (outer.dates or sentence.dates) if not inner[0] <= d.start < inner[1]]
        outer.dates = kept or [DateMention(tok.head.idx, tok.head.idx, "", None)]
    return out


# the role each direction's conjuncts name in turn: "received tanks from Poland and launchers from
# the Czech Republic" (sources), "sent tanks to Poland and jets to Romania" (goals)
_ALTERNATING = {"receive": "source", "request": "source", "give": "goal", "move": "source"}


def split_by_parties(sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]]) -> None:
    """ "Ukraine received T-72 tanks from Poland and RM-70 launchers from the Czech Republic": goods
    and parties taking turns after one verb are as many acts, each of the goods with the party
    named right after them."""
    index = {id(h): n for n, h in enumerate(sentence.triggers)}
    for hit, tok_i in list(hits_tok):
        n = index.get(id(hit))
        case = _ALTERNATING.get(hit.trigger.direction)
        if n is None or case is None or hit.nominal:
            continue
        ends = sorted((a for a in sentence.parties if a.trigger == n and a.case == case), key=lambda a: a.start)
        goods = sorted((it for it in sentence.items if it.trigger == n), key=lambda it: it.start)
        if len(ends) < 2 or len(goods) < 2:
            continue
        # each party closes the goods named since the one before it; parties listed together
        # ("drones to Russia, Ethiopia and Venezuela, and missiles to the Houthis") close them together
        runs: list[tuple[list[Arg], list[ItemHit]]] = []
        last = hit.end
        if ends[-1].end <= hit.start and goods[-1].end <= hit.start:
            last = goods[0].start  # "Drones from Iran and shells from North Korea have reached Russia"
        elif ends[0].start < hit.end:
            continue
        for a in ends:
            group = [it for it in goods if last <= it.start < a.start]
            if not group and runs and _LISTED.fullmatch(sentence.text, last - sentence.start, a.start - sentence.start):
                runs[-1][0].append(a)
            elif not group:
                break
            else:
                runs.append(([a], group))
            last = a.end
        if sum(len(r[0]) for r in runs) != len(ends) or any(it.start >= ends[-1].end for it in goods):
            continue
        if any(len({a.entity.id for a in run if a.entity}) != len(run) for run, _g in runs):
            continue  # (a party listed twice in one run)
        span = (min(hit.end, goods[0].start), ends[-1].end)
        shared = [b for b in sentence.parties if b.trigger == n and b.case != case and not span[0] <= b.start < span[1]]
        for (before, _g), (run, group) in itertools.pairwise(runs):
            m = another_act(sentence, hits_tok, hit, tok_i)
            for it in group:
                it.trigger = m
            # the conjunct's own words ("Czech-made") go with it, the rest of the clause is shared
            for b in sentence.parties:
                if b.trigger == n and before[-1].end <= b.start < run[-1].end:
                    b.trigger = m
            sentence.parties += [dataclasses.replace(b, trigger=m) for b in shared]


def split_goods_of_another_make(sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]]) -> None:
    """ "Myanmar received Su-30 jets from Russia and Chinese-made CH-3A drones": goods listed after the
    party the goods come from, with a state of make of their own, are another act, from that state
    (a giver's own goods of another make stay its: "Russia sent Chinese-made drones to Mali")."""
    index = {id(h): n for n, h in enumerate(sentence.triggers)}
    for hit, tok_i in list(hits_tok):
        n = index.get(id(hit))
        if n is None or hit.nominal or hit.trigger.direction != "receive":
            continue
        sources = [a for a in sentence.parties if a.trigger == n and a.case == "source" and a.entity is not None]
        if len(sources) != 1 or sources[0].entity is None:
            continue
        src, source_id = sources[0], sources[0].entity.id
        made = {
            it.origin.id: it
            for it in sentence.items
            if it.trigger == n and it.start > src.end and it.origin is not None and it.origin.id != source_id
        }
        makers = [
            a
            for a in sentence.parties
            if a.trigger == n and a.case == "origin" and a.start > src.end and a.entity and a.entity.id in made
        ]
        if not makers or not any(it.trigger == n and it.start < src.start for it in sentence.items):
            continue
        m = another_act(sentence, hits_tok, hit, tok_i)
        shared = [b for b in sentence.parties if b.trigger == n and b.case not in ("source", "origin")]
        for it in sentence.items:
            if it.trigger == n and it.origin is not None and it.origin.id in made and it.start > src.end:
                it.trigger = m
        for a in makers:
            a.trigger = m
        sentence.parties += [dataclasses.replace(b, trigger=m) for b in shared]


# what stands between parties listed together: ", ", " and ", ", and the "
_LISTED = re.compile(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*(?:the\s+)?", re.I)


def gapped_receiver_goods(head: Any, trig_tokens: dict[int, int]) -> int | None:
    """ "Iran is believed to have supplied the Houthis with missiles, and Russia with drones": goods after
    "with" on a receiver that the parse hangs on the verb above the giving one (as a conjunct) are the
    giving verb's (see `split_gapped_receivers`). None: no such goods."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "with" or prep.head.dep_ != "conj" or prep.head.pos_ != "PROPN":
        return None
    verb = prep.head.head
    for _ in range(3):
        if verb.i in trig_tokens:
            return trig_tokens[verb.i]
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.i < head.i), None)
        if verb is None:
            return None
    return None


def split_gapped_receivers(sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any) -> None:
    """ "Iran supplied the Houthis with missiles, and Hezbollah with rockets": a receiver with goods of
    its own, coordinated with the verb's object, is another act of the same giver (the parse hangs it
    on the verb as a conjunct)."""
    index = {id(h): n for n, h in enumerate(sentence.triggers)}
    for hit, tok_i in list(hits_tok):
        n = index.get(id(hit))
        tok = doc[tok_i]
        if n is None or hit.nominal or hit.passive or hit.trigger.direction != "give":
            continue
        if not any(c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN" for c in tok.children):
            continue
        top = tok
        while top.dep_ == "xcomp" and top.head.i != top.i:
            top = top.head  # "is believed to have supplied the Houthis ..., and Russia with drones"
        conjuncts = [c for c in tok.children if c.dep_ == "conj"]
        conjuncts += [c for c in top.children if c.dep_ == "conj" and c.i > tok.i] if top is not tok else []
        for conj in (c for c in conjuncts if c.pos_ == "PROPN"):
            with_ = next((p for p in conj.children if p.dep_ == "prep" and p.lower_ == "with"), None)
            party = next((a for a in sentence.parties if a.start == conj.idx and a.entity is not None), None)
            if with_ is None or party is None:
                continue
            lo, hi = with_.idx, with_.right_edge.idx + len(with_.right_edge.text)
            goods = [it for it in sentence.items if it.trigger == n and lo <= it.start < hi]
            if not goods:
                continue
            m = another_act(sentence, hits_tok, hit, tok_i)
            for it in goods:
                it.trigger = m
            party.trigger, party.case = m, "goal"
            sentence.parties += [
                dataclasses.replace(a, trigger=m) for a in sentence.parties if a.trigger == n and a.case == "subj"
            ]


# what stands between a verb's first goal (with its own date or place) and a second one told after
# ", and": "to Ukraine in 2019, and later to Poland", "to Kenya, and then to Somalia in 2021"
_GOAL_GAP = re.compile(
    r"^(?:\s+\S+){0,4}?\s*,?\s+(?:and|then)\s+(?:\w+ly\s+|later\s+|then\s+|also\s+|again\s+)?$", re.I
)


def split_gapped_goals(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, tok_at: list[int], text: str
) -> None:
    """ "Serbia sold rifles to Kenya in 2018, and later to Somalia": a second "to" phrase on the verb,
    after ", and", is another act of the same giver with the same goods (its date is its own: none
    when it names none)."""
    index = {id(h): n for n, h in enumerate(sentence.triggers)}
    for hit, tok_i in list(hits_tok):
        n = index.get(id(hit))
        verb = doc[tok_i]
        if n is None or hit.nominal or hit.passive or hit.negated or hit.trigger.direction != "give":
            continue
        tos = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
        if len(tos) != 2 or not any(c.dep_ == "cc" and tos[0].i < c.i < tos[1].i for c in verb.children):
            continue
        first_end = tos[0].right_edge.idx + len(tos[0].right_edge.text)
        if not _GOAL_GAP.match(text[first_end : tos[1].idx]):
            continue
        lo, hi = tos[1].idx, tos[1].right_edge.idx + len(tos[1].right_edge.text)
        goals = [a for a in sentence.parties if a.trigger == n and a.case == "goal" and lo <= a.start < hi]
        if not goals or not any(a.trigger == n and a.case == "goal" and a.start < first_end for a in sentence.parties):
            continue
        own_dates = [d for d in sentence.dates if lo <= d.start < hi or _right_after(text, hi, d.start)]
        if hit.dates is not None:
            hit.dates = [d for d in hit.dates if d not in own_dates]
        m = another_act(sentence, hits_tok, hit, tok_i, dates=own_dates)
        for it in [it for it in sentence.items if it.trigger == n]:
            twin = copy.copy(it)
            twin.trigger = m
            sentence.items.append(twin)
        for group in (sentence.parties, sentence.places):
            for arg in list(group):
                if arg.trigger != n:
                    continue
                if lo <= arg.start < hi:
                    arg.trigger = m
                elif arg.case not in ("goal", "via"):
                    group.append(dataclasses.replace(arg, trigger=m))


def _right_after(text: str, end: int, start: int) -> bool:
    """Whether a date at `start` follows the phrase ending at `end` with only "in"/"on" between
    ("to Somalia in 2021")."""
    return end <= start and re.fullmatch(r"\s*(?:in|on|during|by)?\s*", text[end:start]) is not None


def active_gives(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any
) -> Iterator[tuple[int, TriggerHit, Any]]:
    """The sentence's active verbs of giving with a subject of their own: (trigger index, hit, verb)."""
    index = {id(h): n for n, h in enumerate(sentence.triggers)}
    for hit, tok_i in list(hits_tok):
        n = index.get(id(hit))
        if n is None or hit.nominal or hit.passive or hit.trigger.direction != "give":
            continue
        if any(a.trigger == n and a.case == "subj" for a in sentence.parties):
            yield n, hit, doc[tok_i]


def split_gapped_givers(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, counts: list[QuantityMention]
) -> None:
    """ "Poland has sent 14 and Canada eight", "sent 18 tanks to Ukraine, Poland 14 and Canada eight":
    a party with a count of its own, coordinated with the verb's counted object or its receiver, is
    the giver of another act of the same goods (the parse makes it a conjunct, read as a receiver)."""
    for n, hit, verb in active_gives(sentence, hits_tok, doc):
        gapped = [(party, number) for party, number in _counted_conjuncts(verb, sentence) if party.trigger == n]
        shared = [a for a in sentence.parties if a.trigger == n and a.case in ("goal", "via")]
        shared = [a for a in shared if all(a is not p for p, _ in gapped)]
        for party, number in gapped:
            m = another_act(sentence, hits_tok, hit, verb.i)
            party.case, party.trigger = "subj", m
            count = next((q.quantity for q in counts if q.start == number.idx), None)
            for it in [it for it in sentence.items if it.trigger == n]:
                twin = copy.copy(it)
                twin.trigger, twin.quantity = m, count
                sentence.items.append(twin)
            sentence.parties += [dataclasses.replace(a, trigger=m) for a in shared]


def _counted_conjuncts(verb: Any, sentence: Sentence) -> list[tuple[Any, Any]]:
    """The parties (with their count) coordinated with the verb's object or its "to" receiver and
    followed by a number of their own ("..., Poland 14 and Canada eight"), or hung on the verb itself
    as a loose noun ("pledged 24 F-16s to Ukraine, Denmark 19 and Norway six")."""
    heads = [c for c in verb.children if c.dep_ == "dobj"]
    # (the receiver's "to" hung on the verb, or on its goods: "pledged 30 F-16s to Ukraine, Norway six")
    tos = [c for h in (verb, *heads) for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    heads += [g for c in tos for g in c.children]
    conjuncts = [(head, conj) for head in heads for conj in head.conjuncts]
    for loose in verb.children:
        # (or a conjunct of the verb itself: "pledged six F-16s to Ukraine, and Denmark 19")
        if (
            (loose.dep_ == "npadvmod" or (loose.dep_ == "conj" and loose.pos_ == "PROPN"))
            and heads
            and loose.i > max(h.i for h in heads)
        ):
            conjuncts += [(verb, conj) for conj in (loose, *loose.conjuncts)]
    out = []
    doc = verb.doc
    for head, conj in conjuncts:
        number = next((c for c in conj.children if c.dep_ == "nummod" and c.i > conj.i), None)
        party = next((a for a in sentence.parties if a.start == conj.idx and a.entity is not None), None)
        if conj.i > head.i and conj.pos_ == "PROPN" and number is not None and party is not None:
            out.append((party, number))
            continue
        # "provided 14 Leopard tanks and Sweden 10 Strv 122s": the parse makes the giver a modifier of
        # the goods conjunct it opens, its count right after it
        first = conj.left_edge
        after = doc[first.i + 1] if first.i + 1 < len(doc) else None
        party = next((a for a in sentence.parties if a.start == first.idx and a.entity is not None), None)
        if (
            head is not verb
            and conj.i > head.i
            and conj.pos_ in ("NOUN", "PROPN")
            and first.i < conj.i
            and first.pos_ == "PROPN"
            and first.dep_ in ("compound", "nmod")
            and after is not None
            and after.like_num
            and after.i < conj.i
            and party is not None
            and party.entity is not None
            and party.entity.type == "country"
        ):
            out.append((party, after))
    return out


def carried_home(sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any) -> set[int]:
    """ "Hezbollah bought Iranian rockets and smuggled them into Lebanon via Syria", "the Houthis
    bought engines and trucked them into Yemen": a buyer carrying what it bought to its own ground
    tells the purchase's journey, not an act of its own. Gives the journey triggers to drop; their
    transit ("via Syria") goes to the purchase."""
    index = {tok_i: n for n, (_h, tok_i) in enumerate(hits_tok)}
    out: set[int] = set()
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal or hit.trigger.direction not in ("move", "give") or tok.dep_ != "conj":
            continue
        m = index.get(tok.head.i)
        if m is None or hits_tok[m][0].nominal or hits_tok[m][0].trigger.direction != "receive":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue  # "Russia bought drones and Iran sent them": a second doer
        if not any(c.dep_ == "dobj" and c.lower_ in ("them", "it") for c in tok.children):
            continue  # the goods of the purchase, taken up by a pronoun: "bought rockets and smuggled them"
        buyer = next((a.entity for a in sentence.parties if a.trigger == m and a.case == "subj" and a.entity), None)
        goals = [a.entity for a in sentence.parties if a.trigger == n and a.case == "goal" and a.entity]
        if buyer is None or any(g.id != buyer.id and (not g.country or g.country != buyer.country) for g in goals):
            continue  # "Poland bought tanks and sent them to Ukraine": passed on to another
        for a in sentence.parties + sentence.places:
            if a.trigger == n and a.case == "via":
                a.trigger = m
        out.add(n)
    return out


def passive_gift_of_the_giver_before(sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any) -> None:
    """ "Russia has delivered Su-30 fighters to Algeria, while Iran has been promised Su-35 jets": a
    passive gift with its receiver and no giver, in a clause joined to an active gift whose subject
    gives, is that giver's (as "Iran has been promised Su-35 jets by Russia")."""
    index = {tok_i: n for n, (_h, tok_i) in enumerate(hits_tok)}
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if hit.nominal or not hit.passive or hit.negated or hit.trigger.direction != "give":
            continue
        if tok.dep_ not in ("advcl", "conj") or not any(c.dep_ == "nsubjpass" for c in tok.children):
            continue
        m = index.get(tok.head.i)
        if m is None:
            continue
        first = hits_tok[m][0]
        if first.nominal or first.passive or first.trigger.direction != "give":
            continue
        mine = [a for a in sentence.parties if a.trigger == n and a.entity is not None]
        if any(a.case in ("agent", "origin", "source") for a in mine) or not any(a.case == "subj" for a in mine):
            continue
        givers = [a for a in sentence.parties if a.trigger == m and a.case == "subj" and a.entity is not None]
        if len(givers) != 1 or any(a.entity is givers[0].entity for a in mine):
            continue
        sentence.parties.append(dataclasses.replace(givers[0], case="agent", trigger=n, direct=True))
