"""The storage stage: analysed documents in SQLite (default) or PostgreSQL, one schema, one API.

`Store()` opens the SQLite file of `default_url()` and upgrades it to the latest schema;
`store.save(analysis)` writes one document and all found in it; `store.transfers(supplier="iran")`
and the other query methods read it back as JSON-shaped dicts.
"""

from materiel.store._engine import StoreError, default_url
from materiel.store._store import Store

__all__ = ["Store", "StoreError", "default_url"]
