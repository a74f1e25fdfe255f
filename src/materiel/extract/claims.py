"""The claims on transfers: who tells each, who confirms it, who denies it.

`assemble` makes a claim of each attributed sentence; the passes here run once the context is
read: a party's telling confirms a report, a denial becomes a claim whose target is what it
denies, and a story built on one outlet relays through it where a sentence does not say so.
"""

from __future__ import annotations

import hashlib
import itertools
import re

from materiel.extract.frame import Arg, Sentence
from materiel.extract.ja_case import MAKER_CLAUSE, MAKER_FIRM
from materiel.model import TRADE_GOODS, Claim, Party, Span, Transfer


def ident(doc_id: str, kind: str, n: int) -> str:
    """The id of the n-th record of a kind in a document: the same on every run."""
    return f"{kind}:{hashlib.sha1(f'{doc_id}:{kind}:{n}'.encode()).hexdigest()[:12]}"


def _speaks_for(speaker: Party | None, party: Party | None) -> bool:
    """Whether `speaker` is `party` or speaks for it: its leader or spokesperson (Zelensky for
    Ukraine), or one of its state bodies (the Philippine Air Force, Poland's armament agency)."""
    if speaker is None or party is None or speaker.entity is None or party.entity is None:
        return False
    who, of = speaker.entity, party.entity
    if who.id == of.id or who.stands_for == of.id:
        return True
    return who.type in ("state-body", "military-unit") and of.type == "country" and who.country == of.country


# a state of make right before the goods, the English way: "U.S.-origin integrated circuits",
# "US-made chips", "Chinese-manufactured engines"
_JA_FIRMS_MADE = re.compile(r"(?:[とや、][^、。がはをにへと]{1,10}?)?" + MAKER_FIRM + MAKER_CLAUSE)
_EN_MADE_BEFORE = re.compile(r"-(?:made|origin|manufactured|built|produced)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _named_as_maker(t: Transfer, text: str) -> bool:
    """「米国製の半導体」, "U.S.-origin integrated circuits": the supplier is named as the goods'
    state of make, right before them."""
    if t.supplier is None or t.supplier.entity is None:
        return False
    # (a supplier read off the goods' own make has no span: the words right before the goods tell)
    sp = t.supplier.span
    for it in t.items:
        lo = sp.end if sp is not None and sp.end <= it.start else max(0, it.start - 40)
        if _EN_MADE_BEFORE.search(text, lo, it.start):
            return True
    # (「米国のメーカーにより製造された半導体」「米国と英国の企業が製造した部品」: the state's firms
    # told as the goods' makers in a clause on them, the state joined to another or not)
    names = t.supplier.entity.names.get("ja", ())
    for it in t.items:
        before = text[max(0, it.start - 40) : it.start]
        for m in _JA_FIRMS_MADE.finditer(before):
            if m.end() >= len(before) - 2 and any(before[: m.start()].endswith(n) for n in names if n):
                return True
    made = tuple(n + "製" for n in names)
    return bool(made) and any(made_in in text[max(0, it.start - 12) : it.start] for it in t.items for made_in in made)


# 「国軍系メディア」「北朝鮮の国営メディア」「ロシア国営テレビ」: an outlet a state owns, by the words before
# its kind of outlet (the state it names, if any)
_STATE_PRESS = re.compile(r"(?P<state>.*?)の?(?:国営|国軍系|軍系|政府系|官営|官製)")


def _own_press(c: Claim, t: Transfer) -> bool:
    """Whether the claim is relayed by the own press of a party to the transfer: a state's outlet
    that names the state (「北朝鮮の国営メディアは、ロシアから…を受け取ったと報じた」), or one naming
    none, the home press of the state the goods reach, where its sentence does not name that state
    (「国軍系メディアは、ロシアから戦闘機2機が到着したと伝えた」)."""
    press = c.outlet
    if c.speaker is not None or press is None or press.entity is not None or not press.description:
        return False
    m = _STATE_PRESS.match(press.description)
    if m is None:
        return False
    if m["state"]:
        return any(
            p is not None and p.entity is not None and any(n in m["state"] for n in p.entity.names.get("ja", ()))
            for p in (t.supplier, t.recipient)
        )
    home = t.recipient
    return (
        home is not None
        and home.entity is not None
        and home.span is not None
        and not any(e.start <= home.span.start < e.end for e in c.evidence)
    )


def confirmed_by_a_party(transfers: list[Transfer], claims: list[Claim], text: str) -> None:
    """A reported or alleged transfer a party to it tells, in any of its tellings, is confirmed:
    the parties are known only once the context is read (「…が届いた」 after the deal was named,
    or 'the first radar was delivered, according to the Philippine Air Force'), and a party's own
    word outweighs an outlet's hedge ("secretly sent, Reuters reported" then "the national
    security adviser confirmed the missiles had arrived")."""
    by_id = {c.id: c for c in claims}
    for t in transfers:
        if t.status not in ("reported", "alleged"):
            continue
        told = [c for cid in t.claims if (c := by_id.get(cid)) is not None and c.stance in ("asserts", "confirms")]
        # (parts diverted through a go-between come from their state of make, which takes no part in
        # the deal: "Turkish firms re-exported US-made chips to Russia, US Treasury officials say"),
        # whether or not the go-between is named (「同省は、これらの企業が米国製の半導体を流していた
        # と説明した」)
        goods = bool(t.items) and all(i.category in TRADE_GOODS for i in t.items)
        maker_only = goods and (bool(t.intermediaries) or _named_as_maker(t, text))
        giver = None if maker_only else t.supplier
        mine = [
            c for c in told if _speaks_for(c.speaker, giver) or _speaks_for(c.speaker, t.recipient) or _own_press(c, t)
        ]
        if mine:
            t.status = "confirmed"
            for c in mine:
                c.stance = "confirms"


def default_outlet(claims: list[Claim]) -> None:
    """A report built on one outlet's story (the Guardian's sources, its commander) relays
    through that outlet even where a sentence does not repeat its name."""
    named = [c.outlet for c in claims if c.outlet is not None and c.outlet.entity is not None]
    if not named:
        return
    counts: dict[str, int] = {}
    for o in named:
        if o.entity is not None:
            counts[o.entity.id] = counts.get(o.entity.id, 0) + 1
    top = max(counts, key=lambda k: counts[k])
    outlet = next(o for o in named if o.entity is not None and o.entity.id == top)
    for c in claims:
        if (
            c.stance != "denies"
            and (c.outlet is None or c.outlet.entity is None)
            and not (c.speaker is not None and c.speaker.entity is not None and c.speaker.entity.type == "media")
            and (c.outlet is None or c.outlet.description is not None)
        ):
            c.outlet = Party(
                outlet.entity, c.outlet.description if c.outlet else None, c.outlet.span if c.outlet else None
            )


def wire_relays(claims: list[Claim], wire: Party | None) -> None:
    """ "SEOUL, March 4 (Reuters) - ..., South Korea's defence ministry said": the agency a wire
    story's dateline names (`wire`) relays every source the story quotes, where a claim names no
    outlet of its own and its speaker is no outlet itself ("..., the Yonhap agency reported")."""
    if wire is None:
        return
    for c in claims:
        speaker = c.speaker.entity if c.speaker is not None else None
        if c.outlet is None and (speaker is None or speaker.type != "media"):
            c.outlet = Party(wire.entity, None, wire.span)


def fill_claim(c: Claim, text: str) -> None:
    for p in (c.speaker, c.outlet):
        if p is not None and p.span is not None:
            p.span = Span.of(text, p.span.start, p.span.end)
            if p.description is None and p.entity is None:
                p.description = p.span.text


def denials(
    sentences: list[Sentence], transfers: list[Transfer], claims: list[Claim], text: str, doc_id: str
) -> list[Claim]:
    """A denial (否定, "dismissed as groundless") is a claim whose target is what it denies."""
    out: list[Claim] = []
    taken = {c.id for c in claims}
    counter = (n for n in itertools.count(len(claims)) if ident(doc_id, "claim", n) not in taken)
    for s in sentences:
        if not s.denial or any(c.stance == "denies" and c.evidence and c.evidence[0].start == s.start for c in claims):
            continue  # (its denial already made: the denied record told for it, see _denial_to_assertion)
        own = [t for t in transfers if t.evidence and t.evidence[0].start == s.start]
        denier = next((a for a in s.parties if a.case in ("subj", "gen")), None)
        if s.attribution and s.attribution.speaker:
            denier = s.attribution.speaker
        # "…, officials said, an accusation Tehran has dismissed": a party of the sentence's own
        # asserted transfer that is not the one asserting it denies it
        asserted_own = [t for t in own if t.status != "denied"]
        # (a go-between denies the passage it is charged with: 「…キルギス経由でロシアに輸出されていた
        # ことが分かり、キルギス政府は関与を否定した」)
        own_parties = {
            p.entity.id for t in asserted_own for p in (t.supplier, t.recipient, *t.intermediaries) if p and p.entity
        }
        speaker = s.attribution.speaker if s.attribution else None
        deniers = [
            a
            for a in s.parties
            if a.case in ("subj", "topic")
            and a.entity is not None
            and a.entity.id in own_parties
            and not (speaker is not None and speaker.start <= a.start < speaker.end)
            and all(a.start > t.trigger.end for t in asserted_own if t.trigger is not None)
        ]
        # ("Beijing denies supplying weapons to Russia, but Washington says Chinese firms sent
        # engines": the denier of the sentence's other act, a party to the one asserted, denies it)
        # (nor "Iran arms the Houthis, but Tehran denies sending them": the denied act, dropped as the
        # asserted one told again, left the assertion standing aside from the denier)
        denied_act = any(h.status == "denied" or (h.aside and h.status == "reported") for h in s.triggers)
        # (「…と米紙が報じたが、イランは否定している」: a party told after the act it denies, which the
        # sentence took for its speaker)
        told_first = all(speaker is not None and speaker.start > t.trigger.end for t in asserted_own if t.trigger)
        if not deniers and asserted_own and (denied_act or told_first) and speaker is not None and speaker.entity:
            deniers = [speaker] if speaker.entity.id in own_parties else []
        if deniers and asserted_own:
            denier = deniers[-1]
            t = asserted_own[0]
            claim = next((c for c in claims if c.target == t.id), None)
            c = Claim(
                ident(doc_id, "claim", next(counter)),
                Party(denier.entity, denier.description, Span.of(text, denier.start, denier.end)),
                None,
                "denies",
                claim.id if claim else t.id,
                evidence=[Span(s.start, s.end, s.text)],
            )
            out.append(c)
            t.claims.append(c.id)
            continue
        if denier is None:
            continue
        target_id: str | None = None
        earlier = [t for t in transfers if t.evidence and t.evidence[0].start < s.start]
        for t in reversed(earlier):
            ids = {p.entity.id for p in [t.supplier, t.recipient, *t.intermediaries] if p and p.entity}
            if (denier.entity is not None and denier.entity.id in ids) or not own:
                claim = next((c for c in claims if c.target == t.id and c.stance == "alleges"), None)
                target_id = claim.id if claim else t.id
                break
        if target_id is None and own:
            continue  # the sentence's own transfer already carries status `denied`
        if target_id is None:
            continue
        # ("Pyongyang and Moscow deny any arms deal": each party named as denying it denies it)
        targets = [
            t for t in transfers if t.id == target_id or any(cl.id == target_id and cl.target == t.id for cl in claims)
        ]
        for who in [denier, *_fellow_deniers(s, denier, targets)]:
            c = Claim(
                ident(doc_id, "claim", next(counter)),
                Party(who.entity, who.description, Span.of(text, who.start, who.end)),
                None,
                "denies",
                target_id,
                evidence=[Span(s.start, s.end, s.text)],
            )
            out.append(c)
            for t in targets:
                t.claims.append(c.id)
    return out


def _fellow_deniers(s: Sentence, denier: Arg, targets: list[Transfer]) -> list[Arg]:
    """Another party to the denied transfer named beside the denier as denying it."""
    ids = {p.entity.id for t in targets for p in (t.supplier, t.recipient) if p and p.entity}
    return [
        a
        for a in s.parties
        if a.case in ("subj", "topic")
        and a.entity is not None
        and a.entity.id in ids
        and (denier.entity is None or a.entity.id != denier.entity.id)
    ][:1]
