"""Alembic environment: runs the revisions on the connection that `materiel.store` hands over.

`Store` builds the `alembic.config.Config` in code and puts an open connection, already inside a
transaction, in `config.attributes["connection"]`; there is no alembic.ini and no URL here.
"""

from __future__ import annotations

from alembic import context

from materiel.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("materiel's migrations run through materiel.store.migrate(), which supplies the connection")

# Batch mode lets later revisions alter SQLite tables (which cannot ALTER most things in place).
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
