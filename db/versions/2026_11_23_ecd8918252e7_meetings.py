"""meetings: meetings, attendees, agenda items, action items

Revision ID: ecd8918252e7
Revises: 867932419a2a
Create Date: 2026-11-23 21:45:59.885323
"""
from alembic import op
import sqlalchemy as sa
import gridcommand.models.base


revision = 'ecd8918252e7'
down_revision = '867932419a2a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('starts_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('length_minutes', sa.Integer(), nullable=False),
    sa.Column('chair', sa.String(length=32), nullable=False),
    sa.Column('location', sa.String(length=100), nullable=False),
    sa.Column('locked_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('locked_by', sa.Integer(), nullable=True),
    sa.Column('created_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_meeting_created_by_app_user')),
    sa.ForeignKeyConstraint(['locked_by'], ['app_user.id'], name=op.f('fk_meeting_locked_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_starts_at'), ['starts_at'], unique=False)

    op.create_table('action_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('done_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('done_note', sa.Text(), nullable=True),
    sa.Column('created_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_action_item_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_action_item_staff_id_staff')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_action_item_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_item'))
    )
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_item_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_item_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_item_status'), ['status'], unique=False)

    op.create_table('meeting_attendee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_attendee_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_meeting_attendee_staff_id_staff')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_meeting_attendee_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_attendee'))
    )
    with op.batch_alter_table('meeting_attendee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_attendee_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_attendee_staff_id'), ['staff_id'], unique=False)

    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('section', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=True),
    sa.Column('key_person_id', sa.Integer(), nullable=True),
    sa.Column('action_item_id', sa.Integer(), nullable=True),
    sa.Column('grid_id', sa.Integer(), nullable=True),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('presenter', sa.String(length=32), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('manual', sa.Boolean(), nullable=False),
    sa.Column('outcome', sa.String(length=12), nullable=True),
    sa.Column('outcome_note', sa.Text(), nullable=True),
    sa.Column('dispatch_incident_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['action_item_id'], ['action_item.id'], name=op.f('fk_agenda_item_action_item_id_action_item')),
    sa.ForeignKeyConstraint(['category_id'], ['category.id'], name=op.f('fk_agenda_item_category_id_category')),
    sa.ForeignKeyConstraint(['dispatch_incident_id'], ['incident.id'], name=op.f('fk_agenda_item_dispatch_incident_id_incident')),
    sa.ForeignKeyConstraint(['grid_id'], ['grid.id'], name=op.f('fk_agenda_item_grid_id_grid')),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_agenda_item_incident_id_incident')),
    sa.ForeignKeyConstraint(['key_person_id'], ['key_person.id'], name=op.f('fk_agenda_item_key_person_id_key_person')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_agenda_item_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_agenda_item_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_item_meeting_id'), ['meeting_id'], unique=False)
    # The two tables point at each other: the second foreign key once both exist.
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.create_foreign_key(batch_op.f('fk_action_item_agenda_item_id_agenda_item'),
                                    'agenda_item', ['agenda_item_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_action_item_agenda_item_id_agenda_item'), type_='foreignkey')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_agenda_item_incident_id'))

    op.drop_table('agenda_item')
    with op.batch_alter_table('meeting_attendee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_attendee_staff_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_attendee_meeting_id'))

    op.drop_table('meeting_attendee')
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_item_status'))
        batch_op.drop_index(batch_op.f('ix_action_item_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_action_item_due_date'))

    op.drop_table('action_item')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_starts_at'))

    op.drop_table('meeting')
