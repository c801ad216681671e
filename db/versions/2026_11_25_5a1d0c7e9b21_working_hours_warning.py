"""working-hours warning point: in working-day mode an open step's warning falls at 80 % of its
working hours, not of its calendar span (SPEC §3.4 Boundaries); recompute the stored point of
open incidents under working-day matrices

Revision ID: 5a1d0c7e9b21
Revises: cbfd72ae16bb
Create Date: 2026-11-25 17:10:00
"""
from alembic import op
import sqlalchemy as sa

from gridcommand.models.base import UTCDateTime
from gridcommand.base.workcalendar import add_working_time, working_time_between

revision = '5a1d0c7e9b21'
down_revision = 'cbfd72ae16bb'
branch_labels = None
depends_on = None

WARNING_FRACTION = 0.8  # as it was decided on 2026-11-25; later changes have their own migration
OPEN = ("reported", "accepted", "dispatched", "in_progress", "resolved")

incident = sa.table("incident", sa.column("id", sa.Integer), sa.column("status", sa.String),
                    sa.column("rule_set_id", sa.Integer), sa.column("step_started_at", UTCDateTime(timezone=True)),
                    sa.column("step_warn_at", UTCDateTime(timezone=True)),
                    sa.column("step_due_at", UTCDateTime(timezone=True)))
rule_set = sa.table("deadline_rule_set", sa.column("id", sa.Integer), sa.column("mode", sa.String))


def upgrade() -> None:
    bind = op.get_bind()
    working = sa.select(rule_set.c.id).where(rule_set.c.mode == "working")
    rows = bind.execute(sa.select(incident.c.id, incident.c.step_started_at, incident.c.step_due_at).where(
        incident.c.status.in_(OPEN), incident.c.rule_set_id.in_(working),
        incident.c.step_started_at.is_not(None), incident.c.step_due_at.is_not(None))).all()
    for incident_id, start, due in rows:
        warn = add_working_time(start, working_time_between(start, due) * WARNING_FRACTION)
        bind.execute(incident.update().where(incident.c.id == incident_id).values(step_warn_at=warn))


def downgrade() -> None:
    pass  # the calendar-span point was a mistake; nothing to restore
