"""evaluation: schemes, monthly results, adjustments; indexes for monthly figures

Revision ID: b58f32789f19
Revises: ecd8918252e7
Create Date: 2026-11-23 21:59:48.412400
"""
from alembic import op
import sqlalchemy as sa
import gridcommand.models.base


revision = 'b58f32789f19'
down_revision = 'ecd8918252e7'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('evaluation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('adjustment', sa.Float(), nullable=False),
    sa.Column('total', sa.Float(), nullable=False),
    sa.Column('grade', sa.String(length=8), nullable=False),
    sa.Column('base_pay', sa.Float(), nullable=False),
    sa.Column('standard', sa.Float(), nullable=False),
    sa.Column('performance_pay', sa.Float(), nullable=False),
    sa.Column('computed_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_evaluation_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation')),
    sa.UniqueConstraint('month', 'staff_id', name=op.f('uq_evaluation_month_staff_id'))
    )
    with op.batch_alter_table('evaluation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluation_month'), ['month'], unique=False)
        batch_op.create_index(batch_op.f('ix_evaluation_staff_id'), ['staff_id'], unique=False)

    op.create_table('evaluation_adjustment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('points', sa.Float(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_evaluation_adjustment_created_by_app_user')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_evaluation_adjustment_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation_adjustment'))
    )
    with op.batch_alter_table('evaluation_adjustment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluation_adjustment_month'), ['month'], unique=False)

    op.create_table('evaluation_scheme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('effective_month', sa.String(length=7), nullable=False),
    sa.Column('rules', sa.JSON(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('created_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_evaluation_scheme_created_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation_scheme'))
    )
    with op.batch_alter_table('evaluation_scheme', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluation_scheme_effective_month'), ['effective_month'], unique=False)

    op.create_table('evaluation_month',
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('scheme_id', sa.Integer(), nullable=False),
    sa.Column('locked_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('locked_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['locked_by'], ['app_user.id'], name=op.f('fk_evaluation_month_locked_by_app_user')),
    sa.ForeignKeyConstraint(['scheme_id'], ['evaluation_scheme.id'], name=op.f('fk_evaluation_month_scheme_id_evaluation_scheme')),
    sa.PrimaryKeyConstraint('month', name=op.f('pk_evaluation_month'))
    )
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_closed_at'), ['closed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_resolved_at'), ['resolved_at'], unique=False)

    with op.batch_alter_table('incident_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_event_action_at'), ['action', 'at'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('incident_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_event_action_at'))

    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_resolved_at'))
        batch_op.drop_index(batch_op.f('ix_incident_closed_at'))

    op.drop_table('evaluation_month')
    with op.batch_alter_table('evaluation_scheme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluation_scheme_effective_month'))

    op.drop_table('evaluation_scheme')
    with op.batch_alter_table('evaluation_adjustment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluation_adjustment_month'))

    op.drop_table('evaluation_adjustment')
    with op.batch_alter_table('evaluation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluation_staff_id'))
        batch_op.drop_index(batch_op.f('ix_evaluation_month'))

    op.drop_table('evaluation')

