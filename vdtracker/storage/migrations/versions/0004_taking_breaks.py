"""Times the user said they had stopped taking a schedule ("I had stopped taking it").

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('taking_break',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('regimen_id', sa.Integer(), nullable=False),
    sa.Column('first', sa.Date(), nullable=False),
    sa.Column('last', sa.Date(), nullable=False),
    sa.Column('why', sa.String(length=16), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('first <= last', name=op.f('ck_taking_break_span_order')),
    sa.CheckConstraint("why IS NULL OR why IN ('ran-out', 'side-effects', 'felt-better', 'clinician', 'other')", name=op.f('ck_taking_break_why_known')),
    sa.ForeignKeyConstraint(['regimen_id'], ['regimen.id'], name=op.f('fk_taking_break_regimen_id_regimen'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_taking_break'))
    )
    with op.batch_alter_table('taking_break', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_taking_break_first'), ['first'], unique=False)
        batch_op.create_index(batch_op.f('ix_taking_break_regimen_id'), ['regimen_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('taking_break', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_taking_break_regimen_id'))
        batch_op.drop_index(batch_op.f('ix_taking_break_first'))
    op.drop_table('taking_break')
