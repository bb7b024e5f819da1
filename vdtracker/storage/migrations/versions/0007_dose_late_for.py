"""A dose taken late, counted for the due date it was late for (dose.late_for): the day it was
really taken stays the dose's own day.

Revision ID: 0007
Revises: 0006
"""
from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('dose', schema=None) as batch_op:
        batch_op.add_column(sa.Column('late_for', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('dose', schema=None) as batch_op:
        batch_op.drop_column('late_for')
