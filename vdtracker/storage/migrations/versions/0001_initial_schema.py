"""Initial schema: diary entries, supplements, regimens, doses, labs, rechecks, settings.

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 00:22:20.359488
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('cramp_night',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('night_of', sa.Date(), nullable=False),
    sa.Column('daytime', sa.Boolean(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('severity', sa.Float(), nullable=True),
    sa.Column('longest_min', sa.Float(), nullable=True),
    sa.Column('sleep_disturbance', sa.Float(), nullable=True),
    sa.Column('region', sa.String(length=80), nullable=True),
    sa.Column('side', sa.String(length=8), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('count >= 0', name=op.f('ck_cramp_night_count_nonneg')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cramp_night'))
    )
    with op.batch_alter_table('cramp_night', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cramp_night_night_of'), ['night_of'], unique=False)

    op.create_table('lab_result',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('analyte', sa.String(length=24), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('value_text', sa.String(length=24), nullable=False),
    sa.Column('unit', sa.String(length=16), nullable=False),
    sa.Column('ref_low', sa.Float(), nullable=True),
    sa.Column('ref_high', sa.Float(), nullable=True),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('lab_name', sa.String(length=120), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lab_result'))
    )
    with op.batch_alter_table('lab_result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lab_result_analyte'), ['analyte'], unique=False)
        batch_op.create_index(batch_op.f('ix_lab_result_day'), ['day'], unique=False)

    op.create_table('pain_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('time', sa.Time(), nullable=True),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('scale', sa.String(length=16), nullable=False),
    sa.Column('region', sa.String(length=80), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('score >= 0 AND score <= 10', name=op.f('ck_pain_entry_score_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pain_entry'))
    )
    with op.batch_alter_table('pain_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pain_entry_day'), ['day'], unique=False)

    op.create_table('recheck_date',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('analyte', sa.String(length=24), nullable=False),
    sa.Column('due', sa.Date(), nullable=False),
    sa.Column('set_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recheck_date'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('spasm_episode',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('time', sa.Time(), nullable=True),
    sa.Column('region', sa.String(length=80), nullable=True),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('severity', sa.Float(), nullable=True),
    sa.Column('duration_min', sa.Float(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('count >= 0', name=op.f('ck_spasm_episode_count_nonneg')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_spasm_episode'))
    )
    with op.batch_alter_table('spasm_episode', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_spasm_episode_day'), ['day'], unique=False)

    op.create_table('supplement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('name_key', sa.String(length=120), nullable=False),
    sa.Column('substance', sa.String(length=40), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supplement')),
    sa.UniqueConstraint('name_key', name=op.f('uq_supplement_name_key'))
    )
    op.create_table('regimen',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('supplement_id', sa.Integer(), nullable=False),
    sa.Column('dose_amount', sa.Float(), nullable=False),
    sa.Column('dose_unit', sa.String(length=16), nullable=False),
    sa.Column('every_days', sa.Integer(), nullable=True),
    sa.Column('weekdays', sa.String(length=40), nullable=True),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=True),
    sa.Column('weeks', sa.Integer(), nullable=True),
    sa.Column('phase', sa.String(length=16), nullable=False),
    sa.Column('stopped_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("phase IN ('loading', 'maintenance', 'ongoing')", name=op.f('ck_regimen_phase_known')),
    sa.CheckConstraint('(every_days IS NULL) <> (weekdays IS NULL)', name=op.f('ck_regimen_one_rule')),
    sa.CheckConstraint('dose_amount > 0', name=op.f('ck_regimen_dose_positive')),
    sa.ForeignKeyConstraint(['supplement_id'], ['supplement.id'], name=op.f('fk_regimen_supplement_id_supplement'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_regimen'))
    )
    with op.batch_alter_table('regimen', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_regimen_supplement_id'), ['supplement_id'], unique=False)

    op.create_table('dose',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('supplement_id', sa.Integer(), nullable=False),
    sa.Column('regimen_id', sa.Integer(), nullable=True),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('time', sa.Time(), nullable=True),
    sa.Column('amount', sa.Float(), nullable=False),
    sa.Column('unit', sa.String(length=16), nullable=False),
    sa.Column('skipped', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('amount >= 0', name=op.f('ck_dose_amount_nonneg')),
    sa.ForeignKeyConstraint(['regimen_id'], ['regimen.id'], name=op.f('fk_dose_regimen_id_regimen'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['supplement_id'], ['supplement.id'], name=op.f('fk_dose_supplement_id_supplement'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dose'))
    )
    with op.batch_alter_table('dose', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dose_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_dose_regimen_id'), ['regimen_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dose_supplement_id'), ['supplement_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('dose', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dose_supplement_id'))
        batch_op.drop_index(batch_op.f('ix_dose_regimen_id'))
        batch_op.drop_index(batch_op.f('ix_dose_day'))

    op.drop_table('dose')
    with op.batch_alter_table('regimen', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_regimen_supplement_id'))

    op.drop_table('regimen')
    op.drop_table('supplement')
    with op.batch_alter_table('spasm_episode', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_spasm_episode_day'))

    op.drop_table('spasm_episode')
    op.drop_table('setting')
    op.drop_table('recheck_date')
    with op.batch_alter_table('pain_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pain_entry_day'))

    op.drop_table('pain_entry')
    with op.batch_alter_table('lab_result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lab_result_day'))
        batch_op.drop_index(batch_op.f('ix_lab_result_analyte'))

    op.drop_table('lab_result')
    with op.batch_alter_table('cramp_night', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cramp_night_night_of'))

    op.drop_table('cramp_night')
