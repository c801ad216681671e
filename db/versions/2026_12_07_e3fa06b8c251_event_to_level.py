"""incident_event.to_level: the level a move left its incident at (a report, an escalation, a
hand-down), so that what reached the county in a month is counted from the moves themselves
(SPEC §13) — also for items since sent back to their township.

Earlier moves are filled in from what they wrote: an escalation's note names where it went (the
duty officer's "提级至…", the rules' "…自动提级至…"), a hand-down goes to the township, and a
report stood at county level when its item is held there and was never escalated.

Revision ID: e3fa06b8c251
Revises: d2e9f5a7b14c
Create Date: 2026-12-07 23:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = 'e3fa06b8c251'
down_revision = 'd2e9f5a7b14c'
branch_labels = None
depends_on = None

# (level, its label as the escalation notes write it)
LEVELS = (("village", "村社"), ("township", "镇街"), ("county", "县"))


def upgrade() -> None:
    op.add_column('incident_event', sa.Column('to_level', sa.String(length=16), nullable=True))
    for level, label in LEVELS:
        op.execute(sa.text("UPDATE incident_event SET to_level = :level WHERE action = 'escalate' "
                           "AND (note LIKE :typed OR note LIKE :ruled)")
                   .bindparams(level=level, typed=f"提级至{label}%", ruled=f"%自动提级至{label}"))
    op.execute("UPDATE incident_event SET to_level = 'township' WHERE action = 'hand_down'")
    op.execute("UPDATE incident_event SET to_level = 'county' WHERE action = 'report' AND incident_id IN "
               "(SELECT id FROM incident WHERE level = 'county') AND incident_id NOT IN "
               "(SELECT incident_id FROM incident_event WHERE action = 'escalate')")


def downgrade() -> None:
    with op.batch_alter_table('incident_event') as batch:
        batch.drop_column('to_level')
