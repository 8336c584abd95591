"""Alembic environment: always run programmatically with a connection from ``desktop.core.db``."""
from __future__ import annotations

from alembic import context

import desktop.core.models as models

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - guarded for people running plain `alembic`
    raise RuntimeError("Run migrations through `tingjian` (desktop.core.migrate), not alembic.")

context.configure(
    connection=connection,
    target_metadata=models.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
