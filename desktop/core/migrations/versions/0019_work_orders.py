"""12345 work orders on opinions; assignment slips, reopened commitments, document settings

Revision ID: 0019
Revises: 0017
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel
import desktop.core.models.types

revision = "0019"
down_revision = "0017"
branch_labels = None
depends_on = None

_TIME = desktop.core.models.types.UTCDateTime(timezone=True)
_STR = sqlmodel.sql.sqltypes.AutoString()


def upgrade() -> None:
    with op.batch_alter_table("opinion", schema=None) as batch_op:
        batch_op.add_column(sa.Column("work_order_no", _STR, nullable=True))
        batch_op.add_column(sa.Column("work_order_source", _STR, nullable=True))
        batch_op.create_unique_constraint("uq_opinion_work_order",
                                          ["work_order_source", "work_order_no"])
    op.create_table(
        "assignment_slip",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", _STR, nullable=False),
        sa.Column("issued_at", _TIME, nullable=False),
        sa.ForeignKeyConstraint(["commitment_id"], ["commitment.id"],
                                name=op.f("fk_assignment_slip_commitment_id_commitment")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment_slip")),
        sa.UniqueConstraint("commitment_id", name=op.f("uq_assignment_slip_commitment_id")),
        sa.UniqueConstraint("year", "seq", name="uq_assignment_slip_year_seq"),
    )
    op.create_table(
        "reopening",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("follow_up_id", sa.Integer(), nullable=True),
        sa.Column("reopened_at", _TIME, nullable=False),
        sa.Column("completed_before", _TIME, nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["commitment_id"], ["commitment.id"],
                                name=op.f("fk_reopening_commitment_id_commitment")),
        sa.ForeignKeyConstraint(["follow_up_id"], ["follow_up.id"],
                                name=op.f("fk_reopening_follow_up_id_follow_up")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reopening")),
    )
    with op.batch_alter_table("reopening", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reopening_commitment_id"), ["commitment_id"],
                              unique=False)
    op.create_table(
        "paperwork_setting",
        sa.Column("key", _STR, nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_paperwork_setting")),
    )
    op.create_table(
        "session_notice",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("opinions_until", _TIME, nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["listening_session.id"],
                                name=op.f("fk_session_notice_session_id_listening_session"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_session_notice")),
    )


def downgrade() -> None:
    op.drop_table("session_notice")
    op.drop_table("paperwork_setting")
    with op.batch_alter_table("reopening", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reopening_commitment_id"))
    op.drop_table("reopening")
    op.drop_table("assignment_slip")
    with op.batch_alter_table("opinion", schema=None) as batch_op:
        batch_op.drop_constraint("uq_opinion_work_order", type_="unique")
        batch_op.drop_column("work_order_source")
        batch_op.drop_column("work_order_no")
