"""unsigned units: the count of units not yet signed in, kept on the open incident for sorting

Revision ID: 867932419a2a
Revises: 4e5d8183ae19
Create Date: 2026-11-23 21:36:09.187230
"""
from alembic import op
import sqlalchemy as sa


revision = '867932419a2a'
down_revision = '4e5d8183ae19'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unsigned_units', sa.Integer(), server_default='0', nullable=False))
        batch_op.create_index(batch_op.f('ix_incident_unsigned_units'), ['unsigned_units'], unique=False)
    op.execute(
        "UPDATE incident SET unsigned_units = (SELECT COUNT(*) FROM incident_unit "
        "WHERE incident_unit.incident_id = incident.id AND incident_unit.signed_at IS NULL) "
        "WHERE status IN ('dispatched', 'in_progress', 'accepted', 'resolved')")


def downgrade() -> None:
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_unsigned_units'))
        batch_op.drop_column('unsigned_units')

