"""the session at which a progress note was reported back (the owner's account in the room)

Revision ID: 0025
Revises: 0024
"""
from alembic import op
import sqlalchemy as sa

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("progress_note", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reported_at_session_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key("fk_progress_note_reported_at_session_id",
                                    "listening_session", ["reported_at_session_id"], ["id"],
                                    ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("progress_note", schema=None) as batch_op:
        batch_op.drop_constraint("fk_progress_note_reported_at_session_id", type_="foreignkey")
        batch_op.drop_column("reported_at_session_id")
