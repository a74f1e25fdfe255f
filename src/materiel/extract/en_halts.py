"""English calls to stop transfers ("called for a halt to arms sales to the junta by Belarus"): what is
asked for is that a flow stop, so the flow is told as under way, not requested, and the parse's
"by" phrase hung on the stopping noun names the flow's supplier."""

from __future__ import annotations

from typing import Any

from materiel.extract.frame import Arg, Sentence

# nouns and verbs for stopping a flow: a call for one asks for no goods
STOPPING = {"halt", "stop", "end", "ban", "moratorium", "suspension", "cessation", "freeze", "embargo", "curb"}


def stopping(chain: list[Any]) -> bool:
    """ "called for a halt to arms sales to the junta", "demanded an end to drone shipments": a word
    of stopping between the trigger and the request above it."""
    return any(t.lemma_.lower() in STOPPING for t in chain[1:])


def halted_agents(sentence: Sentence, hits_tok: list[tuple[Any, int]], doc: Any, party_heads: dict[int, Arg]) -> None:
    """ "a halt to rifle sales to Sudan by Serbia and Belarus": the parse hangs "by Serbia" on the
    halt; the sellers are the sale's agents."""
    for n, (hit, tok_i) in enumerate(hits_tok):
        tok = doc[tok_i]
        if not hit.nominal or tok.dep_ != "pobj" or tok.head.lower_ != "to":
            continue
        halt = tok.head.head
        if halt.lemma_.lower() not in STOPPING:
            continue
        # ("called for a halt to sales by Serbia": or on the verb asking for the halt)
        over = [halt.head.head] if halt.dep_ == "pobj" and halt.head.lower_ == "for" else []
        for prep in [c for h in (halt, *over) for c in h.children]:
            if prep.dep_ not in ("prep", "agent") or prep.lower_ != "by" or prep.i < tok.i:
                continue
            for g in prep.children:
                if g.dep_ != "pobj":
                    continue
                for name in (g, *g.conjuncts):
                    a = party_heads.get(name.i)
                    if a is not None and a.trigger is None and a.case == "agent":
                        a.trigger = n
