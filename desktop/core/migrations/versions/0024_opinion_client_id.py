"""a client-generated id per opinion, so a replayed capture is saved exactly once

Revision ID: 0024
Revises: 0023
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("opinion", schema=None) as batch_op:
        batch_op.add_column(sa.Column("client_id", sqlmodel.sql.sqltypes.AutoString(),
                                      nullable=True))
        batch_op.create_unique_constraint("uq_opinion_client_id", ["client_id"])


def downgrade() -> None:
    with op.batch_alter_table("opinion", schema=None) as batch_op:
        batch_op.drop_constraint("uq_opinion_client_id", type_="unique")
        batch_op.drop_column("client_id")
