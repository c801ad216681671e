"""retrospective reviews: reviews, findings, who was responsible for a key person when, and who a dispatch made responsible

Revision ID: cbfd72ae16bb
Revises: 379c517334ca
Create Date: 2026-11-25 15:28:05.127115
"""
import datetime as dt
from zoneinfo import ZoneInfo

from alembic import op
import sqlalchemy as sa
import gridcommand.models.base


revision = 'cbfd72ae16bb'
down_revision = '379c517334ca'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('key_person_responsible',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key_person_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('since', gridcommand.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['key_person_id'], ['key_person.id'], name=op.f('fk_key_person_responsible_key_person_id_key_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_key_person_responsible_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_key_person_responsible'))
    )
    with op.batch_alter_table('key_person_responsible', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_key_person_responsible_key_person_id_since'), ['key_person_id', 'since'], unique=False)

    op.create_table('review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=True),
    sa.Column('event_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('grid_id', sa.Integer(), nullable=False),
    sa.Column('whole_village', sa.Boolean(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('window_days', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('conclusion', sa.Text(), nullable=False),
    sa.Column('opened_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('opened_by', sa.Integer(), nullable=False),
    sa.Column('drafted_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('approved_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('approved_by', sa.Integer(), nullable=True),
    sa.Column('effective_month', sa.String(length=7), nullable=True),
    sa.ForeignKeyConstraint(['approved_by'], ['app_user.id'], name=op.f('fk_review_approved_by_app_user')),
    sa.ForeignKeyConstraint(['grid_id'], ['grid.id'], name=op.f('fk_review_grid_id_grid')),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_review_incident_id_incident')),
    sa.ForeignKeyConstraint(['opened_by'], ['app_user.id'], name=op.f('fk_review_opened_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review')),
    sa.UniqueConstraint('code', name=op.f('uq_review_code'))
    )
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_effective_month'), ['effective_month'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_state'), ['state'], unique=False)

    op.create_table('review_finding',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('review_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('occurred_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('summary', sa.String(length=300), nullable=False),
    sa.Column('facts', sa.JSON(), nullable=False),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('level', sa.String(length=8), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('confirmed_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('confirmed_by', sa.Integer(), nullable=True),
    sa.Column('manual', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['confirmed_by'], ['app_user.id'], name=op.f('fk_review_finding_confirmed_by_app_user')),
    sa.ForeignKeyConstraint(['review_id'], ['review.id'], name=op.f('fk_review_finding_review_id_review'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_review_finding_staff_id_staff')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_review_finding_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_finding')),
    sa.UniqueConstraint('review_id', 'key', name=op.f('uq_review_finding_review_id_key'))
    )
    with op.batch_alter_table('review_finding', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_finding_review_id'), ['review_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_finding_staff_id'), ['staff_id'], unique=False)

    op.create_table('review_key_person',
    sa.Column('review_id', sa.Integer(), nullable=False),
    sa.Column('key_person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['key_person_id'], ['key_person.id'], name=op.f('fk_review_key_person_key_person_id_key_person')),
    sa.ForeignKeyConstraint(['review_id'], ['review.id'], name=op.f('fk_review_key_person_review_id_review'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('review_id', 'key_person_id', name=op.f('pk_review_key_person'))
    )
    # Not in batch mode: on SQLite that would copy the whole event table (millions of rows);
    # a nullable column with its reference is added in place.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE incident_event ADD COLUMN staff_id INTEGER "
                   "CONSTRAINT fk_incident_event_staff_id_staff REFERENCES staff (id)")
    else:
        op.add_column('incident_event', sa.Column('staff_id', sa.Integer(), nullable=True))
        op.create_foreign_key(op.f('fk_incident_event_staff_id_staff'), 'incident_event', 'staff',
                              ['staff_id'], ['id'])
    # What the record already says: the worker responsible now was made so by the last dispatch.
    op.execute("UPDATE incident_event SET staff_id = (SELECT incident.responsible_staff_id FROM incident "
               "WHERE incident.id = incident_event.incident_id) WHERE action = 'dispatch'")
    _seed_key_person_history()


def _seed_key_person_history() -> None:
    """Each key person's present worker, responsible since the person was tagged (Shanghai
    midnight): the best the record knows of the time before this history was kept."""
    shanghai = ZoneInfo("Asia/Shanghai")
    history = sa.table('key_person_responsible', sa.column('key_person_id', sa.Integer()),
                       sa.column('staff_id', sa.Integer()),
                       sa.column('since', gridcommand.models.base.UTCDateTime(timezone=True)))
    rows = op.get_bind().execute(sa.text("SELECT id, responsible_staff_id, tagged_on FROM key_person")).all()
    batch = []
    for person_id, staff_id, tagged_on in rows:
        day = tagged_on if isinstance(tagged_on, dt.date) else dt.date.fromisoformat(str(tagged_on)[:10])
        batch.append({"key_person_id": person_id, "staff_id": staff_id,
                      "since": dt.datetime.combine(day, dt.time(), shanghai).astimezone(dt.timezone.utc)})
        if len(batch) == 5000:
            op.bulk_insert(history, batch)
            batch = []
    if batch:
        op.bulk_insert(history, batch)


def downgrade() -> None:
    with op.batch_alter_table('incident_event', schema=None) as batch_op:
        if op.get_bind().dialect.name != "sqlite":
            batch_op.drop_constraint(batch_op.f('fk_incident_event_staff_id_staff'), type_='foreignkey')
        batch_op.drop_column('staff_id')

    op.drop_table('review_key_person')
    with op.batch_alter_table('review_finding', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_finding_staff_id'))
        batch_op.drop_index(batch_op.f('ix_review_finding_review_id'))

    op.drop_table('review_finding')
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_state'))
        batch_op.drop_index(batch_op.f('ix_review_incident_id'))
        batch_op.drop_index(batch_op.f('ix_review_effective_month'))

    op.drop_table('review')
    with op.batch_alter_table('key_person_responsible', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_key_person_responsible_key_person_id_since'))

    op.drop_table('key_person_responsible')
