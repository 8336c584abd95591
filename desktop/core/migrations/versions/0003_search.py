"""full-text search index (SQLite FTS5 trigram), kept apart from the capture tables

Revision ID: 0003_search
Revises: 0001

The index is filled by ``desktop.core.search.catch_up`` from a watermark, never by triggers, so
capturing an opinion does not pay for indexing. On PostgreSQL nothing is created: search uses ILIKE.
Every object created here is named ``search_*`` so schema comparisons can leave them aside.
"""
from alembic import op

revision = "0003_search"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(body, tokenize='trigram')")
    op.execute("CREATE TABLE IF NOT EXISTS search_state (kind TEXT PRIMARY KEY, "
               "last_id INTEGER NOT NULL DEFAULT 0, last_updated TEXT NOT NULL DEFAULT '')")
    op.execute("CREATE INDEX IF NOT EXISTS search_ix_opinion_updated ON opinion (updated_at)")
    op.execute("CREATE INDEX IF NOT EXISTS search_ix_commitment_updated ON commitment (updated_at)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP INDEX IF EXISTS search_ix_commitment_updated")
    op.execute("DROP INDEX IF EXISTS search_ix_opinion_updated")
    op.execute("DROP TABLE IF EXISTS search_state")
    op.execute("DROP TABLE IF EXISTS search_fts")
