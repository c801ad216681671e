"""closed loop: versioned deadline rules, open-step times, cards, extensions, change counter

Revision ID: 4e5d8183ae19
Revises: 4c43e84f1bc8
Create Date: 2026-11-23 21:02:28.456914
"""
from alembic import op
import sqlalchemy as sa
import datetime as dt

import gridcommand.models.base

UTC = gridcommand.models.base.UTCDateTime


revision = '4e5d8183ae19'
down_revision = '4c43e84f1bc8'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('change_counter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_counter'))
    )
    op.create_table('deadline_rule_set',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('effective_from', gridcommand.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('mode', sa.String(length=16), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('created_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_deadline_rule_set_created_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deadline_rule_set'))
    )
    with op.batch_alter_table('deadline_rule_set', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deadline_rule_set_effective_from'), ['effective_from'], unique=False)

    op.create_table('deadline_rule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rule_set_id', sa.Integer(), nullable=False),
    sa.Column('step', sa.String(length=8), nullable=False),
    sa.Column('colour', sa.String(length=8), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('hours', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['category.id'], name=op.f('fk_deadline_rule_category_id_category')),
    sa.ForeignKeyConstraint(['rule_set_id'], ['deadline_rule_set.id'], name=op.f('fk_deadline_rule_rule_set_id_deadline_rule_set'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deadline_rule')),
    sa.UniqueConstraint('rule_set_id', 'step', 'colour', 'category_id', name=op.f('uq_deadline_rule_rule_set_id_step_colour_category_id'))
    )
    op.create_table('extension',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('requested_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('requested_by', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('hours', sa.Float(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('decided_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('decided_by', sa.Integer(), nullable=True),
    sa.Column('granted_hours', sa.Float(), nullable=True),
    sa.Column('decision_note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['decided_by'], ['app_user.id'], name=op.f('fk_extension_decided_by_app_user')),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_extension_incident_id_incident'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['requested_by'], ['app_user.id'], name=op.f('fk_extension_requested_by_app_user')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_extension_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_extension'))
    )
    with op.batch_alter_table('extension', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_extension_incident_id'), ['incident_id'], unique=False)

    op.create_table('incident_card',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('colour', sa.String(length=8), nullable=False),
    sa.Column('step', sa.String(length=8), nullable=False),
    sa.Column('step_due_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('issued_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_incident_card_incident_id_incident'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_incident_card_staff_id_staff')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_incident_card_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_card')),
    sa.UniqueConstraint('incident_id', 'step', 'step_due_at', 'colour', name=op.f('uq_incident_card_incident_id_step_step_due_at_colour'))
    )
    with op.batch_alter_table('incident_card', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_card_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_card_issued_at'), ['issued_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_card_staff_id'), ['staff_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_card_unit_id'), ['unit_id'], unique=False)

    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.add_column(sa.Column('step', sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column('step_started_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('step_warn_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('step_due_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('rule_set_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('flagged', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('updated_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f('ix_incident_step_due_at'), ['step_due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_step_warn_at'), ['step_warn_at'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_incident_rule_set_id_deadline_rule_set'), 'deadline_rule_set', ['rule_set_id'], ['id'])

    with op.batch_alter_table('incident_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unit_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_incident_event_unit_id'), ['unit_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_incident_event_unit_id_unit'), 'unit', ['unit_id'], ['id'])

    _seed_and_backfill()


# The default matrix of SPEC §3.4 as it stood when this migration was written (hours).
DEFAULT_HOURS = {
    ("accept", "red"): 0.5, ("accept", "yellow"): 4, ("accept", "blue"): 24,
    ("resolve", "red"): 24, ("resolve", "yellow"): 168, ("resolve", "blue"): 72,
    ("verify", "red"): 24, ("verify", "yellow"): 24, ("verify", "blue"): 24,
}


def _seed_and_backfill() -> None:
    """The first rule set (in force from the beginning), the change counter, and the open
    step of every incident already in the database."""
    bind = op.get_bind()
    utc = dt.timezone.utc
    sets = sa.table("deadline_rule_set", sa.column("id", sa.Integer), sa.column("effective_from", UTC),
                    sa.column("mode", sa.String), sa.column("note", sa.String),
                    sa.column("created_at", UTC))
    rules = sa.table("deadline_rule", sa.column("rule_set_id", sa.Integer), sa.column("step", sa.String),
                     sa.column("colour", sa.String), sa.column("hours", sa.Float))
    bind.execute(sa.insert(sets).values(id=1, effective_from=dt.datetime(2000, 1, 1, tzinfo=utc),
                                        mode="calendar", note="SPEC §3.4 默认时限",
                                        created_at=dt.datetime.now(utc)))
    bind.execute(sa.insert(rules), [dict(rule_set_id=1, step=step, colour=colour, hours=hours)
                                    for (step, colour), hours in DEFAULT_HOURS.items()])
    if bind.dialect.name == "postgresql":
        bind.execute(sa.text("SELECT setval(pg_get_serial_sequence('deadline_rule_set', 'id'), 1)"))
    counter = sa.table("change_counter", sa.column("id", sa.Integer), sa.column("value", sa.BigInteger))
    bind.execute(sa.insert(counter).values(id=1, value=0))
    incident = sa.table("incident", sa.column("id", sa.Integer), sa.column("status", sa.String),
                        sa.column("colour", sa.String), sa.column("reported_at", UTC),
                        sa.column("accepted_at", UTC), sa.column("resolved_at", UTC),
                        sa.column("deadline", UTC), sa.column("step", sa.String),
                        sa.column("step_started_at", UTC), sa.column("step_warn_at", UTC),
                        sa.column("step_due_at", UTC), sa.column("rule_set_id", sa.Integer))
    bind.execute(sa.update(incident).values(rule_set_id=1))
    open_rows = bind.execute(sa.select(incident.c.id, incident.c.status, incident.c.colour,
                                       incident.c.reported_at, incident.c.accepted_at,
                                       incident.c.resolved_at, incident.c.deadline)
                             .where(incident.c.status.in_(
                                 ("reported", "accepted", "dispatched", "in_progress", "resolved")))).all()
    for row in open_rows:
        if row.status == "reported":
            step, start = "accept", row.reported_at
            due = start + dt.timedelta(hours=DEFAULT_HOURS[("accept", row.colour)])
        elif row.status == "resolved":
            step, start = "verify", row.resolved_at
            due = start + dt.timedelta(hours=DEFAULT_HOURS[("verify", row.colour)])
        else:
            step, start, due = "resolve", row.accepted_at, row.deadline
        bind.execute(sa.update(incident).where(incident.c.id == row.id).values(
            step=step, step_started_at=start, step_due_at=due,
            step_warn_at=start + (due - start) * 0.8))



def downgrade() -> None:
    with op.batch_alter_table('incident_event', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_incident_event_unit_id_unit'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_incident_event_unit_id'))
        batch_op.drop_column('unit_id')

    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_incident_rule_set_id_deadline_rule_set'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_incident_step_warn_at'))
        batch_op.drop_index(batch_op.f('ix_incident_step_due_at'))
        batch_op.drop_column('updated_at')
        batch_op.drop_column('flagged')
        batch_op.drop_column('rule_set_id')
        batch_op.drop_column('step_due_at')
        batch_op.drop_column('step_warn_at')
        batch_op.drop_column('step_started_at')
        batch_op.drop_column('step')

    with op.batch_alter_table('incident_card', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_card_unit_id'))
        batch_op.drop_index(batch_op.f('ix_incident_card_staff_id'))
        batch_op.drop_index(batch_op.f('ix_incident_card_issued_at'))
        batch_op.drop_index(batch_op.f('ix_incident_card_incident_id'))

    op.drop_table('incident_card')
    with op.batch_alter_table('extension', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_extension_incident_id'))

    op.drop_table('extension')
    op.drop_table('deadline_rule')
    with op.batch_alter_table('deadline_rule_set', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deadline_rule_set_effective_from'))

    op.drop_table('deadline_rule_set')
    op.drop_table('change_counter')
