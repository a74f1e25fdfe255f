"""What the page draws, computed from stored transfers: the network, the map's route legs, the timeline.

Pure functions over the JSON shapes of `Store.transfers()` (a transfer dict plus its `document_id`)
and `Store.entities()`; nothing here reads the database.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from typing import Any

import yaml

UNIDENTIFIED = "unidentified"
UNSPECIFIED = "unspecified"
# The order in which an edge's status is reported when its transfers disagree: the firmest wins.
STATUS_STRENGTH = ("confirmed", "reported", "alleged", "planned", "requested", "denied")


# --- places --------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def gazetteer_coordinates() -> dict[str, tuple[float, float]]:
    """[lat, lon] by entity id and by ISO alpha-3, read from the packaged gazetteer files.

    A stored entity normally carries its coordinates; this is the fallback for one that does not
    (a country saved without its centroid, a place stored before it had coordinates).
    """
    found: dict[str, tuple[float, float]] = {}
    folder = resources.files("materiel") / "data" / "gazetteer"
    for name in ("countries.yaml", "places.yaml"):
        try:
            entries = yaml.safe_load((folder / name).read_text(encoding="utf-8")) or []
        except (OSError, yaml.YAMLError):
            continue
        for entry in entries if isinstance(entries, list) else []:
            if not isinstance(entry, dict):
                continue
            point = entry.get("coordinates") or entry.get("centroid")
            if not (isinstance(point, list) and len(point) == 2):
                continue
            lat, lon = float(point[0]), float(point[1])
            alpha3 = entry.get("alpha3")
            if alpha3:
                found[str(alpha3).upper()] = (lat, lon)
                found.setdefault(f"mat:country-{str(alpha3).lower()}", (lat, lon))
            if entry.get("id"):
                found[str(entry["id"])] = (lat, lon)
    return found


def locate(ref: Mapping[str, Any] | None, entities: Mapping[str, Mapping[str, Any]]) -> dict[str, Any] | None:
    """A route place with `coordinates` [lat, lon] and their `precision`: `exact` (the place's
    own), `centroid` (a country's centre) or `country` (the centre of the country the place is in).
    None when nothing about the place can be put on a map."""
    if not ref or not ref.get("id"):
        return None
    eid = str(ref["id"])
    entity = entities.get(eid, {})
    known = gazetteer_coordinates()
    out = {"id": eid, "name": ref.get("name") or entity.get("name"), "type": ref.get("type") or entity.get("type")}
    coordinates = entity.get("coordinates")
    precision = "centroid" if out["type"] == "country" else "exact"
    if not coordinates and eid in known:
        coordinates = list(known[eid])
    if not coordinates and entity.get("stands_for"):
        stands_for = entities.get(str(entity["stands_for"]), {})
        coordinates = stands_for.get("coordinates") or known.get(str(entity["stands_for"]))
        precision = "centroid"
    if not coordinates and entity.get("country") and str(entity["country"]).upper() in known:
        coordinates = list(known[str(entity["country"]).upper()])
        precision = "centroid" if out["type"] == "country" else "country"
    if not coordinates:
        return None
    out["coordinates"] = [float(coordinates[0]), float(coordinates[1])]
    out["precision"] = precision
    return out


# --- summaries -----------------------------------------------------------------------------------


def party_key(party: Mapping[str, Any] | None) -> tuple[str, str, str] | None:
    """(node id, name, type) of a role filler; an unnamed party ("a militia commander") gets an id
    from its description so that the same description in two documents is one node."""
    if not party:
        return None
    if party.get("id"):
        return str(party["id"]), str(party.get("name") or party["id"]), str(party.get("type") or UNIDENTIFIED)
    name = str(party.get("name") or "").strip()
    if not name:
        return None
    return f"party:{name.casefold()}", name, UNIDENTIFIED


def item_label(item: Mapping[str, Any]) -> str:
    name = item.get("name") or item.get("text") or item.get("category") or "?"
    quantity = item.get("quantity") or {}
    return f"{quantity['text']} {name}" if quantity.get("text") else str(name)


def transfer_summary(t: Mapping[str, Any]) -> dict[str, Any]:
    """The few fields a detail panel lists for a transfer, with the first evidence sentence."""
    evidence = t.get("evidence") or []
    return {
        "id": t["id"],
        "document_id": t.get("document_id"),
        "supplier": (t.get("supplier") or {}).get("name"),
        "recipient": (t.get("recipient") or {}).get("name"),
        "intermediaries": [p.get("name") for p in t.get("intermediaries") or []],
        "items": [item_label(i) for i in t.get("items") or []],
        "categories": transfer_categories(t),
        "date": t.get("date"),
        "status": t.get("status"),
        "evidence": evidence[0]["text"] if evidence else None,
    }


def transfer_categories(t: Mapping[str, Any]) -> list[str]:
    categories = sorted({str(i["category"]) for i in t.get("items") or [] if i.get("category")})
    return categories or [UNSPECIFIED]


def firmest_status(statuses: Iterable[str]) -> str | None:
    present = set(statuses)
    for status in STATUS_STRENGTH:
        if status in present:
            return status
    return next(iter(sorted(present)), None)


# --- network -------------------------------------------------------------------------------------


def network(transfers: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Nodes (the parties) and directed edges supplier -> intermediaries -> recipient; an edge's
    `weight` is the number of distinct documents that report a transfer along it."""
    nodes: dict[str, dict[str, Any]] = {}
    node_docs: dict[str, set[str]] = {}
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    edge_docs: dict[tuple[str, str], set[str]] = {}
    for t in transfers:
        chain: list[str] = []
        roles = [("supplier", t.get("supplier"))]
        roles += [("intermediary", p) for p in t.get("intermediaries") or []]
        roles += [("recipient", t.get("recipient"))]
        for role, party in roles:
            key = party_key(party)
            if key is None:
                continue
            node_id, name, type_ = key
            node = nodes.setdefault(
                node_id,
                {"id": node_id, "name": name, "type": type_, "roles": [], "transfer_count": 0},
            )
            if role not in node["roles"]:
                node["roles"].append(role)
            node["transfer_count"] += 1
            node_docs.setdefault(node_id, set()).add(str(t.get("document_id")))
            if not chain or chain[-1] != node_id:
                chain.append(node_id)
        for source, target in itertools.pairwise(chain):
            edge = edges.setdefault(
                (source, target),
                {"id": f"e{len(edges)}", "source": source, "target": target, "transfers": []},
            )
            edge["transfers"].append(transfer_summary(t))
            edge_docs.setdefault((source, target), set()).add(str(t.get("document_id")))
    for node_id, node in nodes.items():
        node["document_count"] = len(node_docs[node_id])
    out_edges = []
    for pair, edge in edges.items():
        statuses = Counter(str(s["status"]) for s in edge["transfers"])
        categories = sorted({c for s in edge["transfers"] for c in s["categories"]})
        documents = sorted(edge_docs[pair])
        out_edges.append(
            {
                **edge,
                "weight": len(documents),
                "documents": documents,
                "transfer_count": len(edge["transfers"]),
                "statuses": dict(statuses),
                "status": firmest_status(statuses),
                "contested": "denied" in statuses,
                "categories": categories,
            }
        )
    return {"nodes": sorted(nodes.values(), key=lambda n: (-n["transfer_count"], n["name"])), "edges": out_edges}


# --- routes --------------------------------------------------------------------------------------


def route_legs(transfers: Sequence[Mapping[str, Any]], entities: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """Every route leg with its places located. A leg whose start or end the text leaves open
    takes the previous leg's end (or the supplier) and the next leg's start (or the recipient),
    marked `inferred`; a leg that still lacks either end is counted in `unplaced`."""
    legs: list[dict[str, Any]] = []
    unplaced = 0
    for t in transfers:
        route = t.get("route") or []
        summary = transfer_summary(t)
        for i, leg in enumerate(route):
            origin, origin_inferred = leg.get("from"), False
            if not origin:
                origin = route[i - 1].get("to") if i > 0 else t.get("supplier")
                origin_inferred = True
            destination, destination_inferred = leg.get("to"), False
            if not destination:
                destination = route[i + 1].get("from") if i + 1 < len(route) else t.get("recipient")
                destination_inferred = True
            start, end = locate(origin, entities), locate(destination, entities)
            if start is None or end is None:
                unplaced += 1
                continue
            start["inferred"], end["inferred"] = origin_inferred, destination_inferred
            evidence = leg.get("evidence") or []
            legs.append(
                {
                    "transfer": summary,
                    "leg": i,
                    "mode": leg.get("mode"),
                    "from": start,
                    "to": end,
                    "via": locate(leg.get("via"), entities),
                    "vessels": list(leg.get("vessels") or []),
                    "evidence": evidence[0]["text"] if evidence else summary["evidence"],
                }
            )
    return {"legs": legs, "unplaced": unplaced}


# --- timeline ------------------------------------------------------------------------------------


def _months_between(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def timeline(transfers: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Transfers per month per item category, every month between the first and the last present;
    a transfer with items of two categories counts once in each. Transfers dated only to the year
    are counted per year in `year_only`, undated ones in `undated`."""
    by_month: dict[str, Counter[str]] = {}
    by_year: dict[str, Counter[str]] = {}
    undated = 0
    categories: set[str] = set()
    for t in transfers:
        date = str(t.get("date") or "")
        cats = transfer_categories(t)
        categories.update(cats)
        if len(date) >= 7:
            by_month.setdefault(date[:7], Counter()).update(cats)
        elif len(date) == 4:
            by_year.setdefault(date, Counter()).update(cats)
        else:
            undated += 1
    months = _months_between(min(by_month), max(by_month)) if by_month else []
    return {
        "categories": sorted(categories),
        "months": [
            {"month": m, "counts": dict(by_month.get(m, {})), "total": sum(by_month.get(m, Counter()).values())}
            for m in months
        ],
        "year_only": [{"year": y, "counts": dict(c), "total": sum(c.values())} for y, c in sorted(by_year.items())],
        "undated": undated,
    }
