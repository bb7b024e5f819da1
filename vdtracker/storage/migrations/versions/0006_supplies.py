"""Supplies (what the patient counted of a supplement, what one unit holds, packs bought), and
a schedule moved to another day after a late dose (regimen.moved_on, regimen.moved_from).

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('supply',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('supplement_id', sa.Integer(), nullable=False),
    sa.Column('form', sa.String(length=16), nullable=False),
    sa.Column('holds_amount', sa.Float(), nullable=True),
    sa.Column('holds_unit', sa.String(length=16), nullable=True),
    sa.Column('counted', sa.Float(), nullable=False),
    sa.Column('counted_at', sa.DateTime(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('counted >= 0', name=op.f('ck_supply_counted_nonneg')),
    sa.CheckConstraint("form IN ('capsule', 'tablet', 'drop', 'ml', 'ampoule')", name=op.f('ck_supply_form_known')),
    sa.CheckConstraint('(holds_amount IS NULL) = (holds_unit IS NULL)', name=op.f('ck_supply_holds_both')),
    sa.CheckConstraint('holds_amount IS NULL OR holds_amount > 0', name=op.f('ck_supply_holds_positive')),
    sa.ForeignKeyConstraint(['supplement_id'], ['supplement.id'], name=op.f('fk_supply_supplement_id_supplement'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supply')),
    sa.UniqueConstraint('supplement_id', name=op.f('uq_supply_supplement_id'))
    )
    op.create_table('supply_pack',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('supplement_id', sa.Integer(), nullable=False),
    sa.Column('count', sa.Float(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('count > 0', name=op.f('ck_supply_pack_count_positive')),
    sa.ForeignKeyConstraint(['supplement_id'], ['supplement.id'], name=op.f('fk_supply_pack_supplement_id_supplement'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supply_pack'))
    )
    with op.batch_alter_table('supply_pack', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_supply_pack_supplement_id'), ['supplement_id'], unique=False)
    with op.batch_alter_table('regimen', schema=None) as batch_op:
        batch_op.add_column(sa.Column('moved_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('moved_from', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_regimen_moved_from_regimen'), 'regimen',
                                    ['moved_from'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('regimen', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_regimen_moved_from_regimen'), type_='foreignkey')
        batch_op.drop_column('moved_from')
        batch_op.drop_column('moved_on')
    with op.batch_alter_table('supply_pack', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supply_pack_supplement_id'))
    op.drop_table('supply_pack')
    op.drop_table('supply')
