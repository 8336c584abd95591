"""one shared room: the speaker's clock follows the item's pause; seats connected to the room

Revision ID: 0023
Revises: 0022
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel
import desktop.core.models.types


revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("speaker_turn", schema=None) as batch_op:
        batch_op.add_column(sa.Column(
            "paused_at", desktop.core.models.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("paused_seconds", sa.Integer(), nullable=False,
                                      server_default="0"))
    op.create_table(
        "seat",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("hostname", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("started_at", desktop.core.models.types.UTCDateTime(timezone=True),
                  nullable=False),
        sa.Column("last_seen", desktop.core.models.types.UTCDateTime(timezone=True),
                  nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seat")),
    )
    with op.batch_alter_table("seat", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_seat_last_seen"), ["last_seen"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("seat", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_seat_last_seen"))
    op.drop_table("seat")
    with op.batch_alter_table("speaker_turn", schema=None) as batch_op:
        batch_op.drop_column("paused_seconds")
        batch_op.drop_column("paused_at")
