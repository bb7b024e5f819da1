"""Why the user stopped a schedule early (ran out, side effects, …) and their note on it.

Revision ID: 0005
Revises: 0004
"""
from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('regimen', schema=None) as batch_op:
        batch_op.add_column(sa.Column('stop_why', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('stop_note', sa.Text(), nullable=True))
        batch_op.create_check_constraint(
            op.f('ck_regimen_stop_why_known'),
            "stop_why IS NULL OR stop_why IN ('ran-out', 'side-effects', 'felt-better', "
            "'clinician', 'other')")


def downgrade() -> None:
    with op.batch_alter_table('regimen', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_regimen_stop_why_known'), type_='check')
        batch_op.drop_column('stop_note')
        batch_op.drop_column('stop_why')
