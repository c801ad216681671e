"""county level index: the county seat (SPEC §13) reads each township's items held at county
level — a few among tens of thousands — without walking the whole queue

Revision ID: c1d8e4f6a039
Revises: b9c7f3d5e028
Create Date: 2026-12-07 21:00:00
"""
from alembic import op

revision = 'c1d8e4f6a039'
down_revision = 'b9c7f3d5e028'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_incident_level_reported_at_id', 'incident', ['level', 'reported_at', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_incident_level_reported_at_id', table_name='incident')
