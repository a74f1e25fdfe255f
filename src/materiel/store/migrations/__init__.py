"""Alembic environment and revisions of the store's schema (run by `Store`, no alembic.ini needed)."""
