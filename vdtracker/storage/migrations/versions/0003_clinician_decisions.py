"""The clinician's decisions about a schedule ("no maintenance prescribed"), with their day.

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('regimen_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('said_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('no-maintenance')", name=op.f('ck_decision_kind_known')),
    sa.ForeignKeyConstraint(['regimen_id'], ['regimen.id'], name=op.f('fk_decision_regimen_id_regimen'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision'))
    )
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_regimen_id'), ['regimen_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_decision_said_on'), ['said_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_said_on'))
        batch_op.drop_index(batch_op.f('ix_decision_regimen_id'))
    op.drop_table('decision')
