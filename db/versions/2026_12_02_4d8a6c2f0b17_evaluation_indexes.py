"""evaluation indexes: the month's satisfaction ratings by (status, closed_at); the month's
visits per person from a covering (visited_at, key_person_id) index

Revision ID: 4d8a6c2f0b17
Revises: 9c4f2d7e1a35
Create Date: 2026-12-02 19:30:00
"""
from alembic import op

revision = '4d8a6c2f0b17'
down_revision = '9c4f2d7e1a35'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_incident_status_closed_at', 'incident', ['status', 'closed_at'])
    op.create_index('ix_visit_visited_at_key_person_id', 'visit', ['visited_at', 'key_person_id'])
    op.drop_index('ix_visit_visited_at', table_name='visit')


def downgrade() -> None:
    op.create_index('ix_visit_visited_at', 'visit', ['visited_at'])
    op.drop_index('ix_visit_visited_at_key_person_id', table_name='visit')
    op.drop_index('ix_incident_status_closed_at', table_name='incident')
