"""the change feed's notes on a SQLite file: which rows a commit changed, for other processes

Revision ID: 0026
Revises: 0025
"""
from alembic import op
import sqlalchemy as sa


revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_note",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_note")),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("change_note")
