"""intake: sources of work orders (12345, the provincial platform) with their column mapping,
the orders taken in, duplicate flags, and an incident's time limit set by its source

Revision ID: f7a5d1b9c486
Revises: e6f4c0a8b375
Create Date: 2026-12-03 06:00:00
"""
import sqlalchemy as sa
from alembic import op

from gridcommand.models.base import UTCDateTime

revision = 'f7a5d1b9c486'
down_revision = 'e6f4c0a8b375'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE: a batch copy of incident would break the queue's triggers.
    op.add_column('incident', sa.Column('limit_at', UTCDateTime(timezone=True), nullable=True))
    op.create_table(
        'intake_source',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=64), nullable=False),
        sa.Column('source', sa.String(length=24), nullable=False),
        sa.Column('columns', sa.Text(), nullable=False),
        sa.Column('default_category_id', sa.Integer(), nullable=True),
        sa.Column('default_colour', sa.String(length=8), nullable=False),
        sa.Column('default_grid_id', sa.Integer(), nullable=True),
        sa.Column('inbox', sa.String(length=500), nullable=True),
        sa.Column('active', sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column('updated_at', UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['default_category_id'], ['category.id']),
        sa.ForeignKeyConstraint(['default_grid_id'], ['grid.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('name'),
    )
    op.create_table(
        'intake_order',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('source_id', sa.Integer(), nullable=False),
        sa.Column('order_no', sa.String(length=64), nullable=False),
        sa.Column('incident_id', sa.Integer(), nullable=False),
        sa.Column('imported_at', UTCDateTime(timezone=True), nullable=False),
        sa.Column('file_name', sa.String(length=255), nullable=False),
        sa.ForeignKeyConstraint(['source_id'], ['intake_source.id']),
        sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('source_id', 'order_no'),
    )
    op.create_index('ix_intake_order_incident_id', 'intake_order', ['incident_id'])
    op.create_table(
        'duplicate_flag',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('incident_id', sa.Integer(), nullable=False),
        sa.Column('original_id', sa.Integer(), nullable=False),
        sa.Column('reason', sa.String(length=8), nullable=False),
        sa.Column('similarity', sa.Float(), nullable=False),
        sa.Column('decision', sa.String(length=16), nullable=True),
        sa.Column('decided_by', sa.Integer(), nullable=True),
        sa.Column('decided_at', UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['original_id'], ['incident.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['decided_by'], ['app_user.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('incident_id'),
    )
    op.create_index('ix_duplicate_flag_original_id', 'duplicate_flag', ['original_id'])
    op.create_index('ix_duplicate_flag_decision', 'duplicate_flag', ['decision'])


def downgrade() -> None:
    op.drop_table('duplicate_flag')
    op.drop_index('ix_intake_order_incident_id', table_name='intake_order')
    op.drop_table('intake_order')
    op.drop_table('intake_source')
    op.drop_column('incident', 'limit_at')
