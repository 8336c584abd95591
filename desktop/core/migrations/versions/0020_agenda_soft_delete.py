"""agenda items are removed like opinions: marked, not deleted, so undo puts the same row back

Revision ID: 0020
Revises: 0019
"""
from alembic import op
import sqlalchemy as sa
import desktop.core.models.types

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("agenda_item", sa.Column(
        "removed_at", desktop.core.models.types.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    op.execute("DELETE FROM agenda_item WHERE removed_at IS NOT NULL")
    with op.batch_alter_table("agenda_item") as batch:
        batch.drop_column("removed_at")
