"""right about people: a supervision notice can be withdrawn (its number stays used); a ledger
row's dispatch names its 责任人 as the person responsible from its 交办时间

Revision ID: a8b6e2c4d917
Revises: f7a5d1b9c486
Create Date: 2026-12-07 13:00:00
"""
import sqlalchemy as sa
from alembic import op

from gridcommand.models.base import UTCDateTime

revision = 'a8b6e2c4d917'
down_revision = 'f7a5d1b9c486'
branch_labels = None
depends_on = None

# A ledger's dispatch was written without its person: the incident's responsible worker is that
# person, unless the incident was dispatched or returned again in the app since.
BACKFILL = """
UPDATE incident_event SET staff_id = (
    SELECT incident.responsible_staff_id FROM incident WHERE incident.id = incident_event.incident_id)
WHERE action = 'dispatch' AND staff_id IS NULL AND note = '台账导入'
  AND NOT EXISTS (SELECT 1 FROM incident_event later
                  WHERE later.incident_id = incident_event.incident_id
                    AND later.action IN ('dispatch', 'return') AND later.id > incident_event.id)
"""


def upgrade() -> None:
    with op.batch_alter_table('supervision_notice') as batch:
        batch.add_column(sa.Column('withdrawn_at', UTCDateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('withdrawn_by', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('withdraw_reason', sa.Text(), nullable=True))
        batch.create_foreign_key('fk_supervision_notice_withdrawn_by_app_user', 'app_user',
                                 ['withdrawn_by'], ['id'])
    op.execute(BACKFILL)


def downgrade() -> None:
    with op.batch_alter_table('supervision_notice') as batch:
        batch.drop_constraint('fk_supervision_notice_withdrawn_by_app_user', type_='foreignkey')
        batch.drop_column('withdraw_reason')
        batch.drop_column('withdrawn_by')
        batch.drop_column('withdrawn_at')
