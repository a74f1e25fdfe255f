"""English acts told beside a sentence's main one: a second clause whose subject the parse hung on the
first ("The UK sent Ukraine Challenger tanks and the US sent Bradleys"), a giver coordinated with the
goods ("Iran supplied the drones and North Korea the shells"), a gapped count with a party of its own
("10 launchers from Germany and three from the Netherlands"), "as did Spain", donors listed with their
counts in brackets, an earlier lot told in passing ("on top of the 18 it sent in 2023"), and what
"followed" an act ("followed by 60 PT-91 tanks", "followed by Spain and Italy"), and a lot told in a
clause beside the act ("while deliveries of Leopard tanks began in May").

Each is told as another act of the same trigger (see `en_gapping.another_act`), with its own parties
and goods and the rest of the clause shared.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import Any

from materiel.extract.dates import DateMention
from materiel.extract.en_gapping import FINITE, active_gives, another_act
from materiel.extract.frame import ItemHit, Sentence, TriggerHit
from materiel.extract.quantities import QuantityMention
from materiel.model import TRADE_GOODS


def stranded_subjects(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, by_head: dict[int, Any]
) -> None:
    """ "The UK sent Ukraine Challenger tanks and the US sent Bradleys", "gave Storm Shadows to Ukraine
    and France gave SCALPs", "Iran has sent Russia drones and North Korea has sent shells": the parse
    hangs the second clause's subject on the first clause's last noun as a conjunct (a second receiver);
    right before a coordinated verb (and its auxiliaries) that has no subject of its own, it is that
    verb's subject."""
    if " and " not in sentence.text:
        return  # (a cheap test first)
    index = {id(h): n for n, h in enumerate(sentence.triggers)}
    for hit, tok_i in hits_tok:
        n = index.get(id(hit))
        verb = doc[tok_i]
        if n is None or hit.nominal or hit.passive or verb.dep_ != "conj":
            continue
        lead = _auxiliaries_start(verb)
        if verb.tag_ not in FINITE and not any(doc[k].dep_ == "aux" for k in range(lead, tok_i)):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        party = by_head.get(lead - 1)
        if party is None or party.entity is None or party.trigger == n:
            continue
        head = doc[lead - 1]
        if head.dep_ != "conj" or head.head.i == verb.head.i or not verb.head.i < head.head.i < head.i:
            continue
        party.trigger, party.case, party.direct = n, "subj", True


def _auxiliaries_start(verb: Any) -> int:
    """Where a verb's own auxiliaries right before it begin ("has sent", "will also send"): the verb's
    index when none stands there."""
    lead: int = verb.i
    while lead > 0 and verb.doc[lead - 1].head.i == verb.i and verb.doc[lead - 1].dep_ in ("aux", "neg", "advmod"):
        lead -= 1
    return lead


def shared_subjects(sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any) -> None:
    """ "Iran buys drones from China and sells missiles to Russia", "Belarus received tanks from Russia
    and sent howitzers to Kazakhstan": a giving verb joined to a receiving one, with no subject of its
    own and goods of its own (or weapons it hands on), has the first verb's subject as its giver (not the
    first one's seller)."""
    if " and " not in sentence.text:
        return  # (a cheap test first)
    at = {tok_i: n for n, (_h, tok_i) in enumerate(hits_tok)}
    for n, (hit, tok_i) in enumerate(hits_tok):
        verb = doc[tok_i]
        if hit.nominal or hit.passive or verb.dep_ != "conj" or verb.tag_ not in FINITE:
            continue
        first = at.get(verb.head.i)
        if first is None or hits_tok[first][0].trigger.direction != "receive" or hit.trigger.direction != "give":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        if any(a.trigger == n and a.case in ("subj", "agent") for a in sentence.parties):
            continue
        goods = [it for it in sentence.items if it.trigger == first]
        traded = not goods or all(it.category in TRADE_GOODS for it in goods)
        if traded and not any(c.dep_ == "dobj" and c.lower_ not in ("them", "it") for c in verb.children):
            # ("bought chips from China and sold them to Russia": one journey, the chain's; weapons
            # handed on, "received the jets from Poland and gave them to Ukraine", are the giver's own)
            continue
        subj = next((a for a in sentence.parties if a.trigger == first and a.case == "subj"), None)
        if subj is not None:
            sentence.parties.append(dataclasses.replace(subj, trigger=n))


# the role a gapped count's own party takes after each preposition, by the verb's direction
_GAPPED_ENDS = {("receive", "from"): "source", ("give", "to"): "goal"}


def split_gapped_counts(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, counts: list[QuantityMention]
) -> None:
    """ "Ukraine received 10 Patriot launchers from Germany and three from the Netherlands", "sent 40
    tanks to Poland and 12 to Slovakia": a count coordinated with the verb, with a party of its own after
    "from" (or "to"), is another act of the same goods from (or to) that party."""
    if len(counts) < 2:
        return  # (a cheap test first: two counts at least)
    index = {id(h): n for n, h in enumerate(sentence.triggers)}
    for hit, tok_i in list(hits_tok):
        n = index.get(id(hit))
        verb = doc[tok_i]
        if n is None or hit.nominal or hit.passive or hit.negated:
            continue
        counted = [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and c.pos_ == "NUM"]
        goods = [it for it in sentence.items if it.trigger == n] if counted else []
        if not goods:
            continue
        for conj in counted:
            for prep in (p for p in conj.children if p.dep_ == "prep"):
                case = _GAPPED_ENDS.get((hit.trigger.direction, prep.lower_))
                lo, hi = prep.idx, prep.right_edge.idx + len(prep.right_edge.text)
                own = [a for a in sentence.parties if a.entity is not None and lo <= a.start < hi]
                if case is None or not own:
                    continue
                m = another_act(sentence, hits_tok, hit, tok_i)
                count = next((q.quantity for q in counts if q.start <= conj.idx < q.end), None)
                for it in goods:
                    twin = copy.copy(it)
                    twin.trigger, twin.quantity = m, count
                    sentence.items.append(twin)
                shared = [a for a in sentence.parties if a.trigger == n and a.case != case]
                for a in own:
                    a.trigger, a.case, a.direct = m, case, True
                sentence.parties += [dataclasses.replace(a, trigger=m) for a in shared]


def echoed_doers(sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, by_head: dict[int, Any]) -> None:
    """ "Germany sent IRIS-T systems to Ukraine, as did Spain", "..., as have Norway and Denmark", "France
    did not send tanks to Ukraine, but Germany did": a party told to have done the same ("as did", "but X
    did") is the doer of another act of the same goods, to the same receiver."""
    if " as " not in sentence.text and " but " not in sentence.text:
        return  # (a cheap test first)
    index = {id(h): n for n, h in enumerate(sentence.triggers)}
    for hit, tok_i in list(hits_tok):
        n = index.get(id(hit))
        verb = doc[tok_i]
        if n is None or hit.nominal or hit.passive:
            continue
        for echo in (c for c in verb.children if c.lemma_.lower() in ("do", "have") and _echoes(c, verb, hit)):
            subj = next((g for g in echo.children if g.dep_ == "nsubj"), None)
            doers = [by_head.get(t.i) for t in ([subj, *subj.conjuncts] if subj is not None else [])]
            shared = [a for a in sentence.parties if a.trigger == n and a.case not in ("subj", "agent")]
            goods = [it for it in sentence.items if it.trigger == n]
            named = [d for d in doers if d is not None and d.entity is not None]
            if not named or not goods:
                continue
            # ("did not send ..., but Germany did": the echo is told as done)
            m = another_act(sentence, hits_tok, hit, tok_i, negated=False, status=None if hit.negated else hit.status)
            for doer in named:  # (coordinated doers stay one act: the assembler makes one transfer each)
                doer.trigger, doer.case, doer.direct = m, "subj", True
            for it in goods:
                twin = copy.copy(it)
                twin.trigger = m
                sentence.items.append(twin)
            sentence.parties += [dataclasses.replace(a, trigger=m) for a in shared]


# verbs telling one did as another did: "Slovakia followed Poland in sending", "joined the US in supplying"
_DID_AS = {"follow", "join"}


def joined_doers(sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, by_head: dict[int, Any]) -> None:
    """ "Slovakia followed Poland in sending MiG-29s to Ukraine", "Norway joined Germany in supplying
    tanks": the subject of "follow"/"join" does the act the gerund tells, and so does the state it
    follows or joins (another act of the same goods, to the same receiver)."""
    if " in " not in sentence.text:
        return  # (a cheap test first)
    index = {id(h): n for n, h in enumerate(sentence.triggers)}
    for hit, tok_i in list(hits_tok):
        n = index.get(id(hit))
        verb = doc[tok_i]
        if n is None or hit.nominal or hit.negated or hit.trigger.direction != "give":
            continue
        prep = verb.head
        if verb.dep_ != "pcomp" or prep.lower_ != "in" or prep.head.lemma_.lower() not in _DID_AS:
            continue
        did = prep.head
        if any(a.trigger == n and a.case in ("subj", "agent") for a in sentence.parties):
            continue  # (a doer of its own)
        if any(c.dep_ == "neg" for c in did.children):
            continue  # ("did not join other states in sending weapons": the leaving out is no act)
        subj = next((c for c in did.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in did.children if c.dep_ == "dobj"), None)
        doer = by_head.get(subj.i) if subj is not None else None
        if doer is None or doer.entity is None or doer.entity.type not in ("country", "armed-group"):
            continue
        others = [by_head.get(g.i) for g in ((obj, *obj.conjuncts) if obj is not None else ())]
        named = [a for a in others if a is not None and a.entity is not None and a.entity.type == "country"]
        doer.trigger, doer.case, doer.direct = n, "subj", True
        goods = [it for it in sentence.items if it.trigger == n]
        shared = [a for a in sentence.parties if a.trigger == n and a.case not in ("subj", "agent") and a not in named]
        if not named or not goods:
            continue
        _same_act_by(sentence, hits_tok, hit, tok_i, named, goods, shared)


def _same_act_by(
    sentence: Sentence,
    hits_tok: list[tuple[TriggerHit, int]],
    hit: TriggerHit,
    tok_i: int,
    named: list[Any],
    goods: list[Any],
    shared: list[Any],
) -> None:
    """Another act like `hit`, done by the `named` parties, of the same goods and with the same other
    parties (`shared`)."""
    m = another_act(sentence, hits_tok, hit, tok_i)
    for a in named:
        a.trigger, a.case, a.direct = m, "subj", True
    for it in goods:
        twin = copy.copy(it)
        twin.trigger = m
        sentence.items.append(twin)
    sentence.parties += [dataclasses.replace(a, trigger=m) for a in shared]


def likened_doers(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, by_head: dict[int, Any]
) -> None:
    """ "Like Germany, Norway has sent Leopard tanks to Ukraine", "Norway, like Germany, has sent ...": a
    party the doer is likened to has done the same act, of the same goods, with the same other party
    (not "unlike Germany")."""
    if "like " not in sentence.text.lower():
        return  # (a cheap test first)
    index = {id(h): n for n, h in enumerate(sentence.triggers)}
    for hit, tok_i in list(hits_tok):
        n = index.get(id(hit))
        verb = doc[tok_i]
        if n is None or hit.nominal or hit.passive or hit.negated:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        doer = by_head.get(subj.i)
        if doer is None or doer.entity is None or doer.trigger != n or doer.case != "subj":
            continue
        likes = [c for c in (*verb.children, *subj.children) if c.dep_ == "prep" and c.lower_ == "like"]
        likes = [c for c in likes if c.i < verb.i]  # (before the verb: "sent tanks like Germany" is a manner)
        objs = [g for c in likes for o in c.children if o.dep_ == "pobj" for g in (o, *o.conjuncts)]
        named = [a for g in objs if (a := by_head.get(g.i)) is not None and a.entity is not None]
        named = [a for a in named if a.entity.type == "country" and a.entity.id != doer.entity.id]
        goods = [it for it in sentence.items if it.trigger == n]
        if not named or not goods:
            continue
        shared = [a for a in sentence.parties if a.trigger == n and a.case not in ("subj", "agent") and a not in named]
        _same_act_by(sentence, hits_tok, hit, tok_i, named, goods, shared)


def _echoes(echo: Any, verb: Any, hit: TriggerHit) -> bool:
    """Whether `echo` ("did", "have") tells the verb's act again of another doer: "..., as did Spain" (the
    act told as done), "did not send ..., but Germany did" (the act denied of the first doer); an echo
    denied itself ("but Germany did not") tells no act."""
    if any(g.dep_ == "neg" for g in echo.children):
        return False
    if echo.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "as" for g in echo.children):
        return not hit.negated
    return echo.dep_ == "conj" and hit.negated and any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children)


def _bracketed_count(tok: Any) -> bool:
    """ "Denmark (19)", "Canada (8)." (the tokenizer may keep the closing bracket on the number)."""
    return bool(tok.doc[tok.i - 1].text == "(" and (tok.like_num or tok.text.rstrip(")").isdigit()))


def split_counted_parties(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, by_head: dict[int, Any], counts: list[Any]
) -> None:
    """ "F-16s have been pledged by Denmark (19), the Netherlands (24) and Norway (6)": parties listed with
    a count each in brackets make an act each, of that many of the goods."""
    if "(" not in sentence.text:
        return  # (a cheap test first: no brackets, no counts in them)
    index = {id(h): n for n, h in enumerate(sentence.triggers)}
    for hit, tok_i in list(hits_tok):
        n = index.get(id(hit))
        goods = [it for it in sentence.items if it.trigger == n]
        if n is None or len(goods) != 1:
            continue
        listed: list[tuple[Any, Any]] = []
        for i, a in by_head.items():
            if a.trigger != n or a.entity is None:
                continue
            number = next((c for c in doc[i].children if c.dep_ == "appos" and _bracketed_count(c)), None)
            if number is not None:
                listed.append((a, number))
        if len(listed) < 2 or len({a.case for a, _ in listed}) != 1:
            continue
        listed.sort(key=lambda x: x[0].start)
        shared = [a for a in sentence.parties if a.trigger == n and all(a is not b for b, _ in listed)]
        for k, (a, number) in enumerate(listed):
            count = next((q.quantity for q in counts if q.start == number.idx), None)
            if k == 0:
                goods[0].quantity = count
                continue
            m = another_act(sentence, hits_tok, hit, tok_i)
            twin = copy.copy(goods[0])
            twin.trigger, twin.quantity = m, count
            sentence.items.append(twin)
            a.trigger = m
            sentence.parties += [dataclasses.replace(b, trigger=m) for b in shared]


# the words that set goods told as an earlier lot beside the act's own: "on top of the 18 it sent",
# "in addition to the 14 tanks Poland delivered", "besides the jets it gave last year", "adding to the
# 14 delivered in 2023"
_ADDED_TO = {"top", "addition", "besides", "beyond", "adding"}
_ADDED_WORD = re.compile(r"\b(?:top|addition|besides|beyond|adding)\b")


def earlier_lot(head: Any, ti: int, trig_tokens: dict[int, int]) -> int:
    """ "sent 14 tanks to Ukraine on top of the 18 Leopards it sent in 2023": goods told beside the
    act's own, with a relative clause telling their own act, are that act's (an earlier lot of the same
    pair; see `lend_earlier_lot`). Gives the trigger the goods go with."""
    if head.dep_ != "pobj":
        return ti
    inner = next((trig_tokens[c.i] for c in head.children if _lot_clause(c) and c.i in trig_tokens), None)
    if inner is None or inner == ti:
        return ti
    prep = _lot_of(head).head
    word = prep.head if prep.lower_ in ("of", "to") and prep.dep_ == "prep" else prep
    if prep.lower_ not in ("of", "to", "besides", "beyond") or word.lower_ not in _ADDED_TO:
        return ti
    return inner


def lend_earlier_lot(sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any) -> None:
    """The earlier lot's act (see `earlier_lot`) has the outer act's parties where its own clause names
    none ("it sent": the same giver, to the same receiver)."""
    if not _ADDED_WORD.search(sentence.text):
        return  # (a cheap test first)
    index = {id(h): n for n, h in enumerate(sentence.triggers)}
    for hit, tok_i in hits_tok:
        n = index.get(id(hit))
        verb = doc[tok_i]
        if n is None or not _lot_clause(verb) or verb.head.dep_ != "pobj":
            continue
        goods = _lot_of(verb.head)
        word = goods.head.head if goods.head.lower_ in ("of", "to") else goods.head
        anchor = word.head.head if word.dep_ == "pobj" else word.head  # ("on top of": the verb above "on")
        outer = index.get(id(next((h for h, i in hits_tok if i == anchor.i), None)))
        if word.lower_ not in _ADDED_TO or outer is None:
            continue
        if not any(it.trigger == n for it in sentence.items) and not _bare_count(verb.head):
            continue  # ("on top of the 32 it bought in 2020": a count alone takes up the outer act's goods)
        # the lot's date is its own: the outer act keeps the dates outside the relative clause
        lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)
        outer_hit = sentence.triggers[outer]
        kept = [d for d in (outer_hit.dates or sentence.dates) if not lo <= d.start < hi]
        outer_hit.dates = kept or [DateMention(outer_hit.start, outer_hit.start, "", None)]
        hit.dates = [d for d in sentence.dates if lo <= d.start < hi] or hit.dates
        if outer_hit.trigger.direction != hit.trigger.direction:
            continue  # ("received 30 tanks in addition to the 12 Spain sent": the roles do not map)
        # ("adding to the 12 it bought": the lot's "it" is the outer act's doer, whoever the pronoun
        # was taken for)
        sentence.parties = [
            a
            for a in sentence.parties
            if not (
                a.trigger == n
                and a.case == "subj"
                and sentence.text[a.start - sentence.start : a.end - sentence.start].lower() in ("it", "they")
            )
        ]
        own = {a.case for a in sentence.parties if a.trigger == n}
        # ("the 14 Leopards delivered in 2023": the outer act's doer is the passive's agent)
        doer = "agent" if hit.passive else "subj"
        sentence.parties += [
            dataclasses.replace(a, trigger=n, direct=False, case=doer if a.case == "subj" else a.case)
            for a in sentence.parties
            if a.trigger == outer and a.case in ("subj", "goal", "source", "agent") and a.case not in own
        ]


def _lot_of(goods: Any) -> Any:
    """The noun of a lot or count whose "of" the goods hang on ("the dozens of BMP-1s it delivered", "the
    first batch of shells it sent"), where that noun is itself a preposition's object; else the goods."""
    of = goods.head
    if (
        goods.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.pos_ in ("NOUN", "NUM")
        and of.head.dep_ == "pobj"
        and of.head.lower_ not in _ADDED_TO  # ("on top of the 31 Abrams": the goods themselves)
    ):
        return of.head
    return goods


def _bare_count(tok: Any) -> bool:
    """A number standing for goods named before: "the 32" in "on top of the 32 it bought"."""
    return bool(tok.like_num) and not any(c.dep_ in ("compound", "amod") for c in tok.children)


def _lot_clause(tok: Any) -> bool:
    """A clause on goods that tells their own act: "the 18 Leopards it sent", "the 14 delivered in 2023"."""
    return bool(tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBN"))


# the roles a party takes in an act
_ROLES = ("subj", "agent", "goal", "via", "source")


def _following(tok: Any) -> bool:
    """ "..., followed by Germany", "..., followed by 60 PT-91 tanks": a participle clause telling what
    came after the act it hangs on."""
    return tok.lemma_.lower() == "follow" and tok.tag_ == "VBN" and tok.dep_ in ("advcl", "conj")


def followed_goods(head: Any, trig_tokens: dict[int, int]) -> int | None:
    """ "transferred 14 tanks in February, followed by 60 PT-91 tanks", "followed by Germany with
    Leopard 2s": goods in a "followed by" clause on an act go with that act (see `followed_by`)."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in ("by", "with") or not _following(prep.head):
        return None
    return trig_tokens.get(prep.head.head.i)


# verbs whose object is goods a party already holds: "to replace its ageing MiG-29s"
_REPLACING = {"replace", "retire", "succeed", "supersede"}


def replaced_goods(head: Any, trig_tokens: dict[int, int]) -> bool:
    """ "ordered 24 Gripen fighters to replace its Russian-made MiG-29s": goods a purchase is to
    replace are the buyer's own, not what it buys (unless a clause on them tells their own act:
    "to replace the 250 tanks that Poland gave Ukraine")."""
    return (
        head.dep_ == "dobj"
        and head.head.lemma_.lower() in _REPLACING
        and not any(c.dep_ in ("relcl", "acl") and c.i in trig_tokens for c in head.children)
    )


# nouns that describe a party by what it makes or trades: "Russia's largest manufacturer of small arms"
_MAKER_NOUNS = {"manufacturer", "manufacturers", "maker", "makers", "producer", "producers", "developer",
                "developers", "builder", "builders"}  # fmt: skip


def trade_of_party(head: Any) -> bool:
    """ "shipped machine tools to Kalashnikov Concern, Russia's largest manufacturer of small arms":
    goods that describe a party by its trade (an appositive or a predicate on it) are not the goods
    handed over."""
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    maker = head.head.head
    return maker.lower_ in _MAKER_NOUNS and maker.dep_ in ("appos", "attr")


# words for a firm that a system's name can head: "Kalashnikov Group", "the Tecmash and Kalashnikov groups"
_FIRM_HEADS = {"group", "concern", "company", "corporation", "holding", "conglomerate"}


def firm_named_for_goods(head: Any) -> bool:
    """ "forwarded to plants of Russia's Tecmash and Kalashnikov groups": a system's name heading a
    word for a firm names the firm, not goods handed over; so does one that goods of their own are
    sold or sent to ("denied selling equipment to Kalashnikov": the buyer)."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # ("Tecmash and Kalashnikov groups": the first name heads the list)
    if head.dep_ == "pobj" and head.head.lower_ == "to":
        verb = head.head.head
        return verb.pos_ == "VERB" and any(c.dep_ == "dobj" and c.i < head.i for c in verb.children)
    return head.dep_ in ("compound", "nmod", "amod") and head.head.lemma_.lower() in _FIRM_HEADS


def purpose_subject_goods(head: Any, trig_tokens: dict[int, int]) -> int | None:
    """ "signed a contract in November for 17 Gripen fighters to replace its Kfir jets": the parse
    makes "for" the mark of the purpose clause and the goods its subject; they are the goods of the
    act the clause hangs on (its verb, or the deal noun that verb takes). None: no such goods."""
    verb = head.head
    if head.dep_ != "nsubj":
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ == "for":
        up = verb.head.head  # (or the parse makes the clause the object of "for")
    elif verb.dep_ in ("advcl", "relcl", "acl", "xcomp") and any(
        c.dep_ == "mark" and c.lower_ == "for" and c.i < head.i for c in verb.children
    ):
        up = verb.head
    else:
        return None
    if up.i in trig_tokens:
        return trig_tokens[up.i]
    return next((trig_tokens[c.i] for c in up.children if c.dep_ == "dobj" and c.i in trig_tokens), None)


def followed_by(sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any) -> None:
    """ "Poland transferred 14 Leopards to Ukraine in February, followed by 60 PT-91 tanks later that
    year", "Germany sent IRIS-T systems to Ukraine, followed by Spain and Italy": what followed is another
    act, of its own goods by the same parties, or of the same goods by the givers named after "by"."""
    if "followed" not in sentence.text:
        return  # (a cheap test first)
    index = {id(h): n for n, h in enumerate(sentence.triggers)}
    for hit, tok_i in list(hits_tok):
        n = index.get(id(hit))
        verb = doc[tok_i]
        if n is None or hit.nominal or hit.negated or hit.trigger.direction not in ("give", "move", "receive"):
            continue
        for fol in (c for c in verb.children if _following(c) and any(g.dep_ == "agent" for g in c.children)):
            lo, hi = fol.idx, fol.right_edge.idx + len(fol.right_edge.text)
            own = [it for it in sentence.items if it.trigger == n and lo <= it.start < hi]
            doers = [a for a in sentence.parties if a.entity is not None and lo <= a.start < hi and a.case == "agent"]
            if (not own and not doers) or (doers and hit.trigger.direction == "receive"):
                continue
            m = another_act(sentence, hits_tok, hit, tok_i)
            for it in own:
                it.trigger = m
            if not own:  # the same goods, from the givers named after "by"
                for it in [it for it in sentence.items if it.trigger == n]:
                    twin = copy.copy(it)
                    twin.trigger, twin.quantity = m, None
                    sentence.items.append(twin)
            for doer in doers:
                doer.trigger, doer.case, doer.direct = m, "subj", True
            # ("followed by shells from North Korea": the clause's own parties are the later act's)
            inner = [a for a in sentence.parties if a.entity is not None and lo <= a.start < hi and a not in doers]
            inner = [a for a in inner if a.case in ("source", "goal", "via")]
            for a in inner:
                a.trigger, a.direct = m, True
            told = {a.case for a in inner} | ({"subj", "agent"} if doers else set())
            sentence.parties += [
                dataclasses.replace(a, trigger=m)
                for a in sentence.parties
                if a.trigger == n and a.case in _ROLES and a.case not in told and not lo <= a.start < hi
            ]
            # what followed has its own date, or none told
            dates = [d for d in sentence.dates if lo <= d.start < hi]
            hit.dates = [d for d in (hit.dates or sentence.dates) if not lo <= d.start < hi] or hit.dates
            sentence.triggers[m].dates = dates or [DateMention(fol.idx, fol.idx, "", None)]


def gapped_givers_of_goods(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, by_head: dict[int, Any]
) -> None:
    """ "Iran supplied the drones and North Korea the shells, both to Russia": a party coordinated with
    the verb's goods and followed right away by goods of its own is the giver of another act of those
    goods, to the same receiver (the parse reads it as a second object, or a receiver; or, "France
    sent Caesar howitzers and Germany IRIS-T systems to Ukraine", a modifier of those goods)."""
    if " and " not in sentence.text:
        return  # (a cheap test first)
    for n, hit, verb in active_gives(sentence, hits_tok, doc):
        if any(c.dep_ == "dative" and c.pos_ != "ADP" for c in verb.children):
            continue  # ("supplied the Houthis drones and Hezbollah rockets": a second receiver, if anything)
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for conj in (c for c in obj.conjuncts if c.i > obj.i):
                party, goods = _giver_before_goods(conj, n, sentence, by_head)
                if party is None or not goods:
                    continue
                m = another_act(sentence, hits_tok, hit, verb.i)
                for it in goods:
                    it.trigger, it.direct = m, True
                party.trigger, party.case, party.direct = m, "subj", True
                sentence.parties += [
                    dataclasses.replace(a, trigger=m) for a in sentence.parties if a.trigger == n and a.case == "goal"
                ]


# "and" between a receiver and the party after it
_AND_AFTER = re.compile(r",?\s+and\s+")
# words that may stand between a gapped giver and its goods ("and North Korea another lot of shells")
_GOODS_LEAD = {"DET", "NUM", "ADJ", "ADP", "NOUN", "PROPN"}


def gapped_givers_after_goal(sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any) -> None:
    """ "Iran sent drones to Russia and North Korea shells", "delivered missiles to Russia and North
    Korea another consignment of rounds": a party after the receiver's "and", followed right away by
    goods of its own, is the giver of another act of the verb, to the same receiver (the parse reads it
    as a second receiver of all the goods). A party with no goods after it stays a receiver ("sent
    drones to Russia and Belarus")."""
    if " and " not in sentence.text:
        return  # (a cheap test first)
    for n, hit, verb in list(active_gives(sentence, hits_tok, doc)):
        for goal in [a for a in sentence.parties if a.trigger == n and a.case == "goal" and a.entity is not None]:
            joint = _AND_AFTER.match(doc.text, goal.end)
            giver = joint and next((a for a in sentence.parties if a.start == joint.end() and a is not goal), None)
            if giver is None or giver.entity is None or giver.trigger not in (n, None):
                continue
            goods = _goods_right_after(giver.end, n, sentence, doc)
            if not goods:
                continue
            m = another_act(sentence, hits_tok, hit, verb.i)
            for it in goods:
                it.trigger, it.direct = m, True
            giver.trigger, giver.case, giver.direct = m, "subj", True
            sentence.parties.append(dataclasses.replace(goal, trigger=m))


def _goods_right_after(end: int, n: int, sentence: Sentence, doc: Any) -> list[ItemHit]:
    """The goods of act `n` that follow offset `end` with only a determiner, a count or a lot noun
    between ("another consignment of"), up to the clause's next comma."""
    items = sorted(
        (it for it in sentence.items if it.trigger in (n, None) and it.start >= end), key=lambda it: it.start
    )
    if not items:
        return []
    between = [t for t in doc if end <= t.idx < items[0].start]
    if len(between) > 4 or any(t.pos_ not in _GOODS_LEAD for t in between):
        return []
    stop = min((k for k in (doc.text.find(c, items[0].end) for c in ",;") if k >= 0), default=len(doc.text))
    return [it for it in items if it.start < stop]


def _giver_before_goods(
    conj: Any, n: int, sentence: Sentence, by_head: dict[int, Any]
) -> tuple[Any | None, list[ItemHit]]:
    """The party a conjunct of the verb's goods names and the goods right after it (see
    `gapped_givers_of_goods`): the conjunct itself ("and North Korea the shells"), or a state's name
    the parse made a modifier of the conjunct's goods ("and Germany IRIS-T systems"; not "and
    Iranian drones", goods of a make)."""
    doc = conj.doc
    party = by_head.get(conj.i)
    if party is not None:
        after = doc[conj.i + 1] if conj.i + 1 < len(doc) else None
        if party.entity is None or party.case not in ("goal", "other") or after is None:
            return None, []
        start = (doc[conj.i + 2] if after.dep_ == "det" and conj.i + 2 < len(doc) else after).idx
        return party, [it for it in sentence.items if it.start == start and it.trigger in (n, None)]
    first = conj.left_edge
    party = by_head.get(first.i)
    if (
        party is None
        or first.tag_ not in ("NNP", "NNPS")
        or party.entity is None
        or party.entity.type != "country"
        or party.case == "subj"
        or not doc.text[party.end : party.end + 1].isspace()  # ("and Chinese-made drones": a make)
    ):
        return None, []
    hi = conj.idx + len(conj.text)
    return party, [it for it in sentence.items if it.trigger in (n, None) and party.end <= it.start < hi]


# the cases a party takes as the giver and the receiver of an act, by the direction of its trigger
_GIVER_CASES = {"give": ("subj", "source", "agent"), "move": ("subj", "source"), "receive": ("source", "agent")}
_RECEIVER_CASES = {"give": ("goal",), "move": ("goal",), "receive": ("subj", "goal")}


def lots_beside(sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any) -> None:
    """ "Chile has received 12 F-16s from the Netherlands since 2020, while deliveries of Leopard tanks
    began last May": an act noun with goods but no party of its own, the subject of a clause set
    beside an act with parties ("while", "and"), is an act between the same parties, with its own
    goods and date."""
    index = {id(h): n for n, h in enumerate(sentence.triggers)}
    verbs = {tok_i: n for h, tok_i in hits_tok if not h.nominal and (n := index.get(id(h))) is not None}
    for hit, tok_i in hits_tok:
        n = index.get(id(hit))
        tok = doc[tok_i]
        if n is None or not hit.nominal or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if any(a.trigger == n for a in sentence.parties) or not any(it.trigger == n for it in sentence.items):
            continue
        clause = tok.head
        k = verbs.get(clause.head.i)
        if clause.dep_ not in ("advcl", "conj") or k is None:
            continue
        direction = sentence.triggers[k].trigger.direction
        for a in [a for a in sentence.parties if a.trigger == k and a.entity is not None]:
            if a.case in _GIVER_CASES.get(direction, ()):
                sentence.parties.append(dataclasses.replace(a, trigger=n, case="source", direct=True))
            elif a.case in _RECEIVER_CASES.get(direction, ()):
                sentence.parties.append(dataclasses.replace(a, trigger=n, case="goal", direct=True))


def semicolon_goods(head: Any, trig_tokens: dict[int, int]) -> int | None:
    """ "sent drones to Russia; Belarus, ammunition": goods told after a semicolon, a name and a comma,
    which the parse hangs on the name, are the clause's verb's (see `semicolon_givers`)."""
    doc = head.doc
    comma = head.left_edge.i - 1
    if comma < 2 or doc[comma].text != ",":
        return None
    name = doc[comma - 1]
    cut = name.left_edge.i - 1
    if name.pos_ != "PROPN" or cut < 1 or doc[cut].text != ";":
        return None
    return next((trig_tokens[i] for i in range(cut - 1, -1, -1) if i in trig_tokens), None)


def semicolon_givers(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], doc: Any, by_head: dict[int, Any]
) -> None:
    """ "Germany sent IRIS-T systems; the Netherlands, Patriot launchers", "Iran has sent Russia drones;
    Belarus, ammunition": each part after a semicolon that names a party, a comma and goods, with no verb,
    is another act of its goods by that party (the verb and the rest of the clause shared)."""
    if ";" not in sentence.text:
        return  # (a cheap test first)
    index = {id(h): n for n, h in enumerate(sentence.triggers)}
    for hit, tok_i in list(hits_tok):
        n = index.get(id(hit))
        if n is None or hit.nominal or hit.passive or hit.negated or hit.trigger.direction != "give":
            continue
        if not any(a.trigger == n and a.case == "subj" for a in sentence.parties):
            continue
        words = [t for t in doc[tok_i:] if t.idx < sentence.end]
        cuts = [t.i for t in words if t.text == ";"]
        if not cuts:
            continue  # the semicolon comes before the verb: "X is Y; after that Iran supplied Z"
        for lo, hi in zip(cuts, [*cuts[1:], words[-1].i + 1], strict=True):
            part = doc[lo + 1 : hi]
            if any(t.pos_ in ("VERB", "AUX") for t in part):
                break  # a clause of its own: its own verb tells it
            comma = next((t for t in part if t.text == ","), None)
            giver = next((a for t in part for a in [by_head.get(t.i)] if a is not None and a.entity is not None), None)
            if comma is None or giver is None or giver.end > comma.idx:
                break
            goods = [it for it in sentence.items if it.trigger == n and comma.idx < it.start < part.end_char]
            if not goods:
                break
            m = another_act(sentence, hits_tok, hit, tok_i)
            for it in goods:
                it.trigger = m
            giver.trigger, giver.case, giver.direct = m, "subj", True
            sentence.parties += [
                dataclasses.replace(a, trigger=m)
                for a in sentence.parties
                if a.trigger == n and a.case in ("goal", "via") and a is not giver
            ]


# the cases of an act's own parties, by which it tells a handing of its own
_OWN_ROLES = ("subj", "agent", "goal", "source")


def participle_lot_goods(
    sentence: Sentence, hits_tok: list[tuple[TriggerHit, int]], goods_heads: list[tuple[Any, Any]]
) -> None:
    """ "The rifles, originally supplied by the United States to the Afghan army, were sold by the
    Taliban to militants", "The jets, bought from France in 2016, were handed to Egypt by Qatar": goods
    that are the subject of one act, with a participle clause telling an earlier act of theirs (with
    parties of its own), are the goods of both; a purchase told so with no buyer was the later giver's."""
    index = {tok_i: n for n, (_h, tok_i) in enumerate(hits_tok)}
    for it, head in goods_heads:
        main = index.get(head.head.i) if head.dep_ in ("nsubj", "nsubjpass") else None
        if main is None:
            continue
        for clause in head.children:
            inner = index.get(clause.i)
            if clause.dep_ != "acl" or clause.tag_ != "VBN" or inner is None or inner == main:
                continue
            own = [a for a in sentence.parties if a.trigger == inner and a.case in _OWN_ROLES]
            givers = [a for a in sentence.parties if a.trigger == main and a.case in ("subj", "agent")]
            if not own or not givers:
                continue
            held = {x.trigger for x in sentence.items if (x.start, x.end) == (it.start, it.end)}
            for n in (main, inner):
                if n not in held:
                    sentence.items.append(dataclasses.replace(it, trigger=n, direct=True))
            inner_hit = hits_tok[inner][0]
            if inner_hit.trigger.direction == "receive" and not any(a.case == "subj" for a in own):
                buyer = givers[0]
                sentence.parties.append(dataclasses.replace(buyer, case="subj", trigger=inner, direct=True))
