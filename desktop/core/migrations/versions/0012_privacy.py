"""privacy: how a person is addressed, the privacy review's decisions, open items per version

Revision ID: 0012
Revises: 0003_search
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

import desktop.core.models.types

revision = "0012"
down_revision = "0003_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("salutation", sqlmodel.sql.sqltypes.AutoString(),
                                      nullable=False, server_default=""))
    with op.batch_alter_table("minutes_version", schema=None) as batch_op:
        batch_op.add_column(sa.Column("privacy_open", sa.Integer(), nullable=False,
                                      server_default="0"))
    op.create_table(
        "privacy_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.Text(), nullable=False),
        sa.Column("token", sa.Text(), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("decided_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("decided_at", desktop.core.models.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["listening_session.id"],
                                name=op.f("fk_privacy_decision_session_id_listening_session"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_decision")),
        sa.UniqueConstraint("session_id", "item_key", name=op.f("uq_privacy_decision_session_id")),
    )
    with op.batch_alter_table("privacy_decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_privacy_decision_session_id"), ["session_id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("privacy_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_privacy_decision_session_id"))
    op.drop_table("privacy_decision")
    with op.batch_alter_table("minutes_version", schema=None) as batch_op:
        batch_op.drop_column("privacy_open")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("salutation")
