"""careers: HR decisions on candidates and the level history

Revision ID: 7600bf43bd3c
Revises: b58f32789f19
Create Date: 2026-11-23 22:03:21.980459
"""
from alembic import op
import sqlalchemy as sa
import gridcommand.models.base


revision = '7600bf43bd3c'
down_revision = 'b58f32789f19'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('career_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('finding', sa.Text(), nullable=False),
    sa.Column('approved', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=True),
    sa.Column('decided_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('decided_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['decided_by'], ['app_user.id'], name=op.f('fk_career_decision_decided_by_app_user')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_career_decision_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_career_decision'))
    )
    with op.batch_alter_table('career_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_career_decision_month'), ['month'], unique=False)
        batch_op.create_index(batch_op.f('ix_career_decision_staff_id'), ['staff_id'], unique=False)

    op.create_table('level_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('from_level', sa.String(length=16), nullable=True),
    sa.Column('to_level', sa.String(length=16), nullable=True),
    sa.Column('to_status', sa.String(length=16), nullable=True),
    sa.Column('effective_date', sa.Date(), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=True),
    sa.Column('applied', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['decision_id'], ['career_decision.id'], name=op.f('fk_level_change_decision_id_career_decision')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_level_change_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_level_change'))
    )
    with op.batch_alter_table('level_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_level_change_effective_date'), ['effective_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_level_change_staff_id'), ['staff_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('level_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_level_change_staff_id'))
        batch_op.drop_index(batch_op.f('ix_level_change_effective_date'))

    op.drop_table('level_change')
    with op.batch_alter_table('career_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_career_decision_staff_id'))
        batch_op.drop_index(batch_op.f('ix_career_decision_month'))

    op.drop_table('career_decision')

