"""a version on the rows seats edit concurrently: an update says which version it saw

Revision ID: 0022
Revises: 0021
"""
from alembic import op
import sqlalchemy as sa

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

# Commitments carry their status in place; extensions and progress notes are only ever added
# (every extension moves the commitment's due date, so the commitment's version guards it).
TABLES = ("commitment", "opinion", "disposition", "agenda_item", "speaker_turn")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False,
                                          server_default="1"))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
