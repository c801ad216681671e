"""track indexes: a centre's seat filters the queue by its track 三类分流 (sorted by date), and
the queue sorts by track

Revision ID: 5e1b7c3a9d42
Revises: 4d8a6c2f0b17
Create Date: 2026-12-02 22:10:00
"""
from alembic import op

revision = '5e1b7c3a9d42'
down_revision = '4d8a6c2f0b17'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_incident_track_reported_at_id', 'incident', ['track', 'reported_at', 'id'])
    op.create_index('ix_incident_track_id', 'incident', ['track', 'id'])


def downgrade() -> None:
    op.drop_index('ix_incident_track_id', table_name='incident')
    op.drop_index('ix_incident_track_reported_at_id', table_name='incident')
