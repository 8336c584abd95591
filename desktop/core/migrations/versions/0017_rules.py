"""rules every seat shares: deadline policies, rate settings, the holiday calendar

Revision ID: 0017
Revises: 0012

The built-in deadline policies are written as rows, so a database carries the rules it was
used with; custom policies and the rate settings move here from each user's settings file.
"""
from desktop.core.clock import SYSTEM_CLOCK

import sqlalchemy as sa
import sqlmodel
from alembic import op

import desktop.core.models.types

revision = "0017"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    policy = op.create_table(
        "deadline_policy",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("name_zh", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("name_en", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("unit", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("max_extension", sa.Integer(), nullable=False),
        sa.Column("max_extensions", sa.Integer(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("updated_at", desktop.core.models.types.UTCDateTime(timezone=True),
                  nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_deadline_policy")),
    )
    op.create_table(
        "rule_setting",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("updated_at", desktop.core.models.types.UTCDateTime(timezone=True),
                  nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_rule_setting")),
    )
    op.create_table(
        "holiday_year",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("loaded_at", desktop.core.models.types.UTCDateTime(timezone=True),
                  nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_holiday_year")),
    )
    op.create_table(
        "holiday_day",
        sa.Column("day", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(["year"], ["holiday_year.year"],
                                name=op.f("fk_holiday_day_year_holiday_year"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_holiday_day")),
    )
    with op.batch_alter_table("holiday_day", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_holiday_day_year"), ["year"], unique=False)

    from desktop.core.deadlines import BUILTIN_POLICIES

    now = SYSTEM_CLOCK.now()  # when the built-in policies were written
    op.bulk_insert(policy, [
        {"key": p.key, "name_zh": p.name_zh, "name_en": p.name_en, "amount": p.amount,
         "unit": p.unit, "max_extension": p.max_extension, "max_extensions": p.max_extensions,
         "builtin": True, "updated_at": now}
        for p in BUILTIN_POLICIES.values()])


def downgrade() -> None:
    with op.batch_alter_table("holiday_day", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_holiday_day_year"))
    op.drop_table("holiday_day")
    op.drop_table("holiday_year")
    op.drop_table("rule_setting")
    op.drop_table("deadline_policy")
