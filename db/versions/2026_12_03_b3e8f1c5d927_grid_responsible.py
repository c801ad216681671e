"""grid responsible: who answered for a grid from when, kept when the administrator hands a
grid to another worker

Revision ID: b3e8f1c5d927
Revises: a7c2e9d4b610
Create Date: 2026-12-03 03:30:00
"""
import sqlalchemy as sa
from alembic import op

from gridcommand.models.base import UTCDateTime

revision = 'b3e8f1c5d927'
down_revision = 'a7c2e9d4b610'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'grid_responsible',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('grid_id', sa.Integer(), nullable=False),
        sa.Column('staff_id', sa.Integer(), nullable=False),
        sa.Column('since', UTCDateTime(timezone=True), nullable=False),
        sa.Column('recorded_at', UTCDateTime(timezone=True), nullable=False),
        sa.Column('recorded_by', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['grid_id'], ['grid.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id']),
        sa.ForeignKeyConstraint(['recorded_by'], ['app_user.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_grid_responsible_grid_id', 'grid_responsible', ['grid_id'])


def downgrade() -> None:
    op.drop_index('ix_grid_responsible_grid_id', table_name='grid_responsible')
    op.drop_table('grid_responsible')
