"""Score the pipeline against an annotated corpus (corpus/FORMAT.md): precision, recall, F1.

Transfers match as (supplier, recipient) pairs, names compared through the gazetteer (so
"DPRK", "北朝鮮" and Q423 are one party); items are scored within matched pairs, and dates and
status on matched transfers. Entities are scored on the parties the gold names. A second system
transfer restating a matched pair (split by item or date) is neither a hit nor a false find.
Items are also scored pooled: every system record of a pair against the first gold transfer of
that pair, the way a scorer that matches pairs only (first come, first served) counts them, so
goods told again on restating records cost precision there.
Where an article tells several batches of one pair, gold and system transfers are paired the way
that matches most and agrees best (items, evidence, date), not first come first served.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from materiel.model import Document


def _norm(name: str) -> str:
    s = unicodedata.normalize("NFKC", name).casefold().replace("’", "").replace("'", "")
    s = re.sub(r"[^\w]+", " ", s).strip()
    return s[4:] if s.startswith("the ") else s


def _names(x: Any) -> list[str]:
    """Gold party fields come as a name, a list of accepted names, or {"name": ...}."""
    if x is None:
        return []
    if isinstance(x, dict):
        return [str(x["name"])] if x.get("name") else []
    if isinstance(x, list):
        return [n for v in x for n in _names(v)]
    return [str(x)]


def name_keys(names: Iterable[str], ident: str | None = None) -> set[str]:
    from materiel.pipeline import default_gazetteer

    gaz = default_gazetteer()
    keys: set[str] = set()
    for n in names:
        if not n:
            continue
        keys.add(_norm(n))
        ent = gaz.by_name(n)
        if ent is not None:
            keys.add(ent.id)
            if ent.stands_for:
                keys.add(ent.stands_for)
    if ident:
        keys.add(ident)
    return keys


def _party_keys(p: dict[str, Any] | None) -> set[str]:
    if not p:
        return set()
    return name_keys([p.get("name") or "", p.get("text") or ""], p.get("id"))


def _item_match(s: dict[str, Any], g: dict[str, Any]) -> bool:
    sn, gn = _norm(s.get("name") or ""), _norm(g.get("name") or "")
    if sn and gn and (sn == gn or sn in gn or gn in sn):
        return True
    gs, st = _norm(g.get("text") or g.get("surface") or ""), _norm(s.get("text") or "")
    if gs and st and (gs in st or st in gs):
        return True
    return bool(s.get("category")) and s.get("category") == g.get("category")


@dataclass
class Counts:
    tp: int = 0
    sys: int = 0
    gold: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.sys if self.sys else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Report:
    pairs: Counts = field(default_factory=Counts)
    items: Counts = field(default_factory=Counts)
    items_pooled: Counts = field(default_factory=Counts)
    entities: Counts = field(default_factory=Counts)
    dates_ok: int = 0
    dates_gold: int = 0
    status_ok: int = 0
    status_gold: int = 0
    negatives: int = 0
    negative_false: int = 0
    documents: int = 0
    failed: list[str] = field(default_factory=list)
    notes: dict[str, list[str]] = field(default_factory=dict)
    # why gold transfers were missed and how dates went wrong, counted over all documents: a
    # breakdown that says where the pipeline fails without showing any article
    misses: Counter[str] = field(default_factory=Counter)
    date_errors: Counter[str] = field(default_factory=Counter)
    status_errors: Counter[str] = field(default_factory=Counter)  # "gold -> system"
    # finer causes, still counts only: what the system made of a missed transfer's sentence, where
    # a missed item was, what a missed supplier became (`eval --why`)
    why: dict[str, Counter[str]] = field(default_factory=dict)

    def tally(self, topic: str, cause: str) -> None:
        self.why.setdefault(topic, Counter())[cause] += 1

    def figures(self) -> dict[str, Any]:
        p, r, f = self.pairs.prf()
        ip, ir, if1 = self.items.prf()
        pp, pr, pf = self.items_pooled.prf()
        ep, er, ef = self.entities.prf()
        return {
            "documents": self.documents,
            "pair_precision": round(p, 3), "pair_recall": round(r, 3), "pair_f1": round(f, 3),
            "item_precision": round(ip, 3), "item_recall": round(ir, 3), "item_f1": round(if1, 3),
            "item_precision_pooled": round(pp, 3), "item_recall_pooled": round(pr, 3), "item_f1_pooled": round(pf, 3),
            "date_accuracy": round(self.dates_ok / self.dates_gold, 3) if self.dates_gold else None,
            "status_accuracy": round(self.status_ok / self.status_gold, 3) if self.status_gold else None,
            "entity_precision": round(ep, 3) if self.entities.sys else None, "entity_recall": round(er, 3),
            "entity_f1": round(ef, 3) if self.entities.sys else None,
            "negative_documents": self.negatives, "negative_false_transfers": self.negative_false,
            "gold_transfers": self.pairs.gold, "system_transfers": self.pairs.sys, "failed": list(self.failed),
        }  # fmt: skip


def _score_pooled_items(counts: Counts, gold_t: list[dict[str, Any]], sys_t: list[dict[str, Any]]) -> None:
    """Items the pair-only way: each gold transfer, in order, takes every system record of its pair
    not yet taken and is scored on all their goods; a later gold transfer of the same pair is left
    with none, and a record of no gold pair counts its goods as extra."""
    used: set[int] = set()
    for g in gold_t:
        hits = [j for j, s in enumerate(sys_t) if j not in used and _pair_ok(s, g)]
        used.update(hits)
        if g.get("optional"):
            continue
        g_items = g.get("items") or []
        counts.gold += len(g_items)
        items = [i for j in hits for i in (sys_t[j].get("items") or [])]
        counts.sys += len(items)
        taken: set[int] = set()
        for gi in g_items:
            k = next((k for k, si in enumerate(items) if k not in taken and _item_match(si, gi)), None)
            if k is not None:
                taken.add(k)
                counts.tp += 1
    counts.sys += sum(len(s.get("items") or []) for j, s in enumerate(sys_t) if j not in used)


def _pair_ok(s: dict[str, Any], g: dict[str, Any]) -> bool:
    gs = name_keys(_names(g.get("supplier")) + _names(g.get("supplier_alt")) + _names(g.get("supplier_aliases")))
    gr = name_keys(_names(g.get("recipient")) + _names(g.get("recipient_alt")) + _names(g.get("recipient_aliases")))
    gi = name_keys(_names(g.get("intermediaries")))
    ss, sr = _party_keys(s.get("supplier")), _party_keys(s.get("recipient"))
    # a gold party left unknown is matched by no party, a go-between, or one the system only
    # describes without identifying it ("European allies")
    sup = bool(ss & gs) if gs else (not ss or bool(ss & gi) or _unnamed(s.get("supplier")))
    rec = bool(sr & gr) if gr else (not sr or bool(sr & gi) or _unnamed(s.get("recipient")))
    return sup and rec and bool(gs or gr)


def _unnamed(p: dict[str, Any] | None) -> bool:
    return p is not None and bool(p) and p.get("id") is None and p.get("type") is None


def _affinity(s: dict[str, Any], g: dict[str, Any]) -> float:
    items = sum(1 for gi in g.get("items") or [] for si in s.get("items") or [] if _item_match(si, gi))
    g_ev = (
        " ".join(e.get("text", "") for e in g.get("evidence") or [])
        if isinstance(g.get("evidence"), list)
        else str(g.get("evidence") or "")
    )
    s_ev = " ".join(e.get("text", "") for e in s.get("evidence") or [])
    overlap = 1.0 if g_ev and s_ev and (g_ev.strip() in s_ev or s_ev.strip() in g_ev) else 0.0
    date = 0.5 if g.get("date") and s.get("date") == g.get("date") else 0.0
    return items + overlap * 2 + date


def score_document(report: Report, doc_id: str, gold: dict[str, Any], out: dict[str, Any], text: str = "") -> None:
    notes = report.notes.setdefault(doc_id, [])
    report.documents += 1
    sys_t = out.get("transfers") or []
    gold_t = gold.get("transfers") or []
    if not gold_t:
        report.negatives += 1
        report.negative_false += len(sys_t)
    # One gold transfer takes one system transfer naming its pair. A document reporting several
    # batches between the same parties thus needs as many system transfers to be found whole; of
    # the ways to pair them, the one matching most gold transfers and, among those, sharing most
    # items, evidence and dates is taken (see _align).
    _score_pooled_items(report.items_pooled, gold_t, sys_t)
    match = _align(gold_t, sys_t)
    used = set(match.values())
    restating: set[int] = set()
    for n, g in enumerate(gold_t):
        restating.update(j for j, s in enumerate(sys_t) if _pair_ok(s, g))
        hits = [match[n]] if n in match else []
        if g.get("optional"):
            continue
        report.pairs.gold += 1
        g_items = g.get("items") or []
        if not hits:
            report.items.gold += len(g_items)
            _count_miss(report, n, gold_t, sys_t, match, text)
            notes.append(f"miss  {_names(g.get('supplier'))[:1]} -> {_names(g.get('recipient'))[:1]}")
            continue
        report.pairs.tp += 1
        report.pairs.sys += 1
        items = [i for j in hits for i in (sys_t[j].get("items") or [])]
        taken: set[int] = set()
        for gi in g_items:
            k = next((k for k, si in enumerate(items) if k not in taken and _item_match(si, gi)), None)
            if k is not None:
                taken.add(k)
                report.items.tp += 1
            else:
                report.tally("missed item", _item_place(gi, sys_t[hits[0]], sys_t))
                report.tally("missed item category", str(gi.get("category") or "none"))
        for k, si in enumerate(items):
            if k not in taken:
                report.tally("extra item", _extra_item_kind(si, items, g, gold_t))
        report.items.sys += len(items)
        report.items.gold += len(g_items)
        if g.get("date"):
            report.dates_gold += 1
            if any(str(sys_t[j].get("date") or "") == str(g["date"]) for j in hits):
                report.dates_ok += 1
            else:
                report.date_errors[_date_error(sys_t[hits[0]].get("date"), str(g["date"]))] += 1
                notes.append(f"date  {sys_t[hits[0]].get('date')} != {g['date']}")
        if g.get("status"):
            report.status_gold += 1
            if sys_t[hits[0]].get("status") in [g["status"], *(g.get("status_alt") or [])]:
                report.status_ok += 1
            else:
                report.status_errors[f"{g['status']} -> {sys_t[hits[0]].get('status')}"] += 1
                notes.append(f"status {sys_t[hits[0]].get('status')} != {g['status']}")
    for j, s in enumerate(sys_t):
        if j not in used and j not in restating:
            report.pairs.sys += 1
            report.items.sys += len(s.get("items") or [])
            report.tally("false record", _false_kind(s, gold_t))
            report.tally("false record", f"status {s.get('status')}")
            report.tally("extra item", "on a false record")
            notes.append(f"false {(s.get('supplier') or {}).get('name')} -> {(s.get('recipient') or {}).get('name')}")
    # entities: the parties the gold names must be recognized in the text
    gold_parties = [set(name_keys(_names(g.get(role)))) for g in gold_t for role in ("supplier", "recipient")]
    found = [_party_keys(e) for e in out.get("entities") or []]
    for keys in gold_parties:
        if not keys:
            continue
        report.entities.gold += 1
        if any(keys & f for f in found):
            report.entities.tp += 1
    if gold.get("entities"):  # an explicit list makes precision meaningful too
        report.entities.sys += len(found)


def _align(gold_t: list[dict[str, Any]], sys_t: list[dict[str, Any]]) -> dict[int, int]:
    """Gold transfer index -> system transfer index: a one-to-one matching of transfers naming the
    same pair that matches as many required gold transfers as can be, then as many optional ones,
    then shares most items, evidence and dates (the Hungarian method on a square matrix)."""
    weight = [
        [(1000.0 if not g.get("optional") else 100.0) + _affinity(s, g) if _pair_ok(s, g) else 0.0 for s in sys_t]
        for g in gold_t
    ]
    size = max(len(gold_t), len(sys_t))
    if not any(w for row in weight for w in row):
        return {}
    top = max(w for row in weight for w in row)
    # minimize top - weight over a square matrix; padding rows and columns cost `top`
    cost = [[top - (weight[i][j] if i < len(gold_t) and j < len(sys_t) else 0.0) for j in range(size)]
            for i in range(size)]  # fmt: skip
    inf = float("inf")
    u, v = [0.0] * (size + 1), [0.0] * (size + 1)
    owner, way = [0] * (size + 1), [0] * (size + 1)
    for i in range(1, size + 1):
        owner[0], j0 = i, 0
        least, seen = [inf] * (size + 1), [False] * (size + 1)
        while True:
            seen[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, size + 1):
                if not seen[j]:
                    c = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if c < least[j]:
                        least[j], way[j] = c, j0
                    if least[j] < delta:
                        delta, j1 = least[j], j
            for j in range(size + 1):
                if seen[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    out = {}
    for j in range(1, size + 1):
        i = owner[j]
        if i and i <= len(gold_t) and j <= len(sys_t) and weight[i - 1][j - 1] > 0:
            out[i - 1] = j - 1
    return out


def _miss_cause(g: dict[str, Any], sys_t: list[dict[str, Any]]) -> str:
    """Why a gold transfer found no system transfer of its own."""
    if any(_pair_ok(s, g) for s in sys_t):
        return "pair found fewer times than told"  # another gold transfer of the pair took it
    gs = name_keys(_names(g.get("supplier")) + _names(g.get("supplier_alt")))
    gr = name_keys(_names(g.get("recipient")) + _names(g.get("recipient_alt")))
    if gr and any(_party_keys(s.get("recipient")) & gr for s in sys_t):
        return "recipient found, supplier not"
    if gs and any(_party_keys(s.get("supplier")) & gs for s in sys_t):
        return "supplier found, recipient not"
    return "no transfer with either party"


def _evidence_text(t: dict[str, Any]) -> str:
    ev = t.get("evidence")
    if isinstance(ev, list):
        return " ".join(str(e.get("text", "")) if isinstance(e, dict) else str(e) for e in ev)
    return str(ev or "")


def _shares_sentence(s: dict[str, Any], g_text: str) -> bool:
    """A system transfer told (partly) in the gold transfer's evidence."""
    return any(
        e.get("text") and (e["text"].strip() in g_text or g_text.strip() in e["text"]) for e in s.get("evidence") or []
    )


def _named_in(party: Any, text: str) -> bool:
    """One of the party's names (any language, from the gazetteer) is written in `text`."""
    from materiel.pipeline import default_gazetteer

    folded = text.casefold()
    gazetteer = default_gazetteer()
    for n in _names(party):
        ent = gazetteer.by_name(n)
        forms = [n, *gazetteer.surfaces_of(ent.id)] if ent is not None else [n]
        if any(f and _written(f.casefold(), folded) for f in forms):
            return True
    return False


def _written(form: str, folded: str) -> bool:
    """A name in folded text: a Latin one as a whole word ("US" is not in "bus")."""
    if not form.isascii():
        return form in folded
    return re.search(rf"(?<![a-z0-9]){re.escape(form)}(?![a-z0-9])", folded) is not None


def _count_miss(
    report: Report, n: int, gold_t: list[dict[str, Any]], sys_t: list[dict[str, Any]], match: dict[int, int], text: str
) -> None:
    """Count missed gold transfer `n` by cause, and say what became of it: did its own sentence
    give a record, and whose it became; where the supplier was missed, what stood in its place and
    whether the sentence names the right one."""
    g = gold_t[n]
    cause = _miss_cause(g, sys_t)
    report.misses[cause] += 1
    g_text = _evidence_text(g)
    own = [j for j, s in enumerate(sys_t) if g_text and _shares_sentence(s, g_text)]
    report.tally(cause, "its sentence gave a record" if own else "its sentence gave no record")
    report.tally(cause, f"gold status {g.get('status') or 'none'}")
    owner = {j: m for m, j in match.items()}
    for j in own[:1]:
        other = owner.get(j)
        if other is None:
            report.tally(cause, "that record matched no gold transfer")
        elif _shares_sentence(sys_t[j], _evidence_text(gold_t[other])) and g_text in _evidence_text(gold_t[other]):
            report.tally(cause, "that record went to another transfer of the same sentence")
        else:
            report.tally(cause, "that record went to a transfer told elsewhere")
    if cause == "recipient found, supplier not":
        gr = name_keys(_names(g.get("recipient")) + _names(g.get("recipient_alt")))
        given = [sys_t[j].get("supplier") for j in own if _party_keys(sys_t[j].get("recipient")) & gr]
        given = given or [s.get("supplier") for s in sys_t if _party_keys(s.get("recipient")) & gr]
        report.tally(cause, "system supplier: " + _role_of(next((p for p in given if p), None), g, gold_t, g_text))
        where = "the sentence" if _named_in(g.get("supplier"), g_text) else "no sentence"
        if where != "the sentence" and text and _named_in(g.get("supplier"), text):
            where = "another sentence"
        report.tally(cause, f"gold supplier named in {where}")


def _role_of(p: dict[str, Any] | None, g: dict[str, Any], gold_t: list[dict[str, Any]], g_text: str) -> str:
    """What the party the system made supplier is to the gold: a go-between, another transfer's
    supplier or recipient, or a party of the sentence with no gold role."""
    if not p:
        return "none"
    keys = _party_keys(p)
    if keys & name_keys(_names(g.get("intermediaries"))):
        return "the go-between"
    if any(keys & name_keys(_names(o.get("supplier"))) for o in gold_t if o is not g):
        return "another transfer's supplier"
    if any(keys & name_keys(_names(o.get("recipient"))) for o in gold_t):
        return "a recipient"
    return "a party of the sentence" if _named_in({"name": p.get("name")}, g_text) else "a party from elsewhere"


def _item_place(gi: dict[str, Any], s: dict[str, Any], sys_t: list[dict[str, Any]]) -> str:
    """Where a gold item the matched record lacks is: on another record, in the record's own
    evidence unlisted, or nowhere the system looked."""
    if any(_item_match(si, gi) for t in sys_t if t is not s for si in t.get("items") or []):
        return "listed on another record"
    surface = _norm(gi.get("text") or gi.get("surface") or gi.get("name") or "")
    if surface and surface in _norm(_evidence_text(s)):
        return "in the record's evidence, unlisted"
    return "outside the record's evidence"


def _extra_item_kind(
    si: dict[str, Any], items: list[dict[str, Any]], g: dict[str, Any], gold_t: list[dict[str, Any]]
) -> str:
    """What an item of a matched record that the gold transfer lacks is: a generic word beside a
    named item of its kind, an item of another gold transfer, or one the gold has nowhere."""
    if not si.get("name") and any(
        o is not si and o.get("name") and o.get("category") == si.get("category") for o in items
    ):
        return "generic beside a named one of its kind"
    if any(_item_match(si, gi) for o in gold_t if o is not g for gi in o.get("items") or []):
        return "an item of another gold transfer"
    return f"in no gold transfer ({si.get('category') or 'no category'})"


def _false_kind(s: dict[str, Any], gold_t: list[dict[str, Any]]) -> str:
    """What a record matching no gold transfer is to the gold: a pair turned round, a go-between
    made a party, parties of two different transfers, or parties the gold gives no role."""
    sup, rec = _party_keys(s.get("supplier")), _party_keys(s.get("recipient"))

    def has(role: str, keys: set[str]) -> bool:
        return bool(keys) and any(keys & name_keys(_names(g.get(role))) for g in gold_t)

    if any(
        sup and rec and sup & name_keys(_names(g.get("recipient"))) and rec & name_keys(_names(g.get("supplier")))
        for g in gold_t
    ):
        return "a gold pair turned round"
    if has("intermediaries", sup) or has("intermediaries", rec):
        return "a gold go-between as a party"
    if has("supplier", sup) and has("recipient", rec):
        return "supplier and recipient of different gold transfers"
    if has("recipient", rec):
        return "gold recipient, supplier " + (
            "none" if not sup else "a gold recipient" if has("recipient", sup) else "with no gold role"
        )
    if has("supplier", sup):
        return "gold supplier, recipient " + (
            "none" if not rec else "a gold supplier" if has("supplier", rec) else "with no gold role"
        )
    return "parties with no gold role"


def _date_error(got: Any, gold: str) -> str:
    """How a date on a matched transfer differs from the gold's."""
    if not got:
        return "no date"
    got = str(got)
    if got[:4] != gold[:4]:
        return "another year"
    if gold.startswith(got):
        return "coarser"
    if got.startswith(gold):
        return "finer"
    return "same year, another month or day"


def load_gold(path: Path) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: invalid JSON ({e})") from e
    return rows


def article_path(gold_file: Path, row: dict[str, Any]) -> Path:
    if row.get("id") == "seed":
        return gold_file.parent.parent / "seed" / "000_e82d4acdeb528f3c.txt"
    return gold_file.parent / (row.get("file") or f"{row['id']}.txt")


def evaluate_files(
    gold_files: Sequence[Path], *, split: str | None = None, lang: str | None = None, only: Sequence[str] = ()
) -> Report:
    from materiel.pipeline import analyze_document

    report = Report()
    for gold_file in gold_files:
        for row in load_gold(Path(gold_file)):
            if split and row.get("split", "dev") != split:
                continue
            if (lang and row.get("lang") != lang) or (only and row.get("id") not in only):
                continue
            path = article_path(Path(gold_file), row)
            text = ""
            try:
                text = path.read_text(encoding="utf-8")
                doc = Document(text=text, language=row.get("lang", "auto"), published=row.get("published"))
                out = analyze_document(doc).to_dict()
            except Exception as e:  # a broken article is reported and scored as finding nothing
                report.failed.append(f"{row.get('id')}: {type(e).__name__}: {e}")
                out = {"transfers": [], "entities": []}
            score_document(report, str(row.get("id")), row, out, text)
    return report


def format_report(report: Report, *, verbose: bool = False, why: bool = False) -> str:
    f = report.figures()
    lines = [
        f"documents {f['documents']}  gold transfers {f['gold_transfers']}  system transfers {f['system_transfers']}",
        f"pairs     P {f['pair_precision']:.3f}  R {f['pair_recall']:.3f}  F1 {f['pair_f1']:.3f}",
        f"items     P {f['item_precision']:.3f}  R {f['item_recall']:.3f}  F1 {f['item_f1']:.3f}",
        f"  pooled  P {f['item_precision_pooled']:.3f}  R {f['item_recall_pooled']:.3f}  F1 {f['item_f1_pooled']:.3f}"
        "  (every record of a pair against its first gold transfer)",
        f"dates     accuracy {f['date_accuracy']}   status accuracy {f['status_accuracy']}",
        f"entities  recall {f['entity_recall']:.3f}",
        f"negatives {f['negative_documents']} documents, {f['negative_false_transfers']} false transfers",
    ]
    if report.misses:
        lines.append("misses    " + ", ".join(f"{n} {cause}" for cause, n in report.misses.most_common()))
    if report.date_errors:
        lines.append("date errs " + ", ".join(f"{n} {kind}" for kind, n in report.date_errors.most_common()))
    if report.status_errors:
        lines.append("status errs " + ", ".join(f"{n} {kind}" for kind, n in report.status_errors.most_common()))
    if why:
        for topic, counts in report.why.items():
            lines.append(f"why: {topic}: " + ", ".join(f"{n} {c}" for c, n in counts.most_common()))
    for name in report.failed:
        lines.append(f"failed    {name}")
    if verbose:
        for doc_id, notes in report.notes.items():
            for note in notes:
                lines.append(f"  {doc_id}: {note}")
    return "\n".join(lines)
