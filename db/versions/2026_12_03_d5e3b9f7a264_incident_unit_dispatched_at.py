"""incident unit dispatched at: the month's calls of each unit (the unit ranking, read by the
weekly meeting's figures and the reports) without scanning every call ever made

Revision ID: d5e3b9f7a264
Revises: c4d2a8e6f153
Create Date: 2026-12-03 04:30:00
"""
from alembic import op

revision = 'd5e3b9f7a264'
down_revision = 'c4d2a8e6f153'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_incident_unit_dispatched_at', 'incident_unit', ['dispatched_at'])


def downgrade() -> None:
    op.drop_index('ix_incident_unit_dispatched_at', table_name='incident_unit')
