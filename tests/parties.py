"""A helper the extraction tests share: the canonical name of a transfer's party."""

from __future__ import annotations

from materiel.model import Party


def name(p: Party | None) -> str | None:
    """The name of the entity a party is, or None for a party left empty."""
    return p.entity.name if p is not None and p.entity is not None else None
