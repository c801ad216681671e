"""agenda slots: a unit's report on its overdue items and the written report 书面通报, each with
the items beneath it

Revision ID: c4d2a8e6f153
Revises: b3e8f1c5d927
Create Date: 2026-12-03 04:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = 'c4d2a8e6f153'
down_revision = 'b3e8f1c5d927'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('agenda_item', sa.Column('kind', sa.String(length=8), nullable=False, server_default='item'))
    with op.batch_alter_table('agenda_item') as batch:
        batch.add_column(sa.Column('parent_id', sa.Integer(), nullable=True))
        batch.create_foreign_key('fk_agenda_item_parent_id_agenda_item', 'agenda_item', ['parent_id'], ['id'],
                                 ondelete='CASCADE')
        batch.create_index('ix_agenda_item_parent_id', ['parent_id'])


def downgrade() -> None:
    with op.batch_alter_table('agenda_item') as batch:
        batch.drop_index('ix_agenda_item_parent_id')
        batch.drop_constraint('fk_agenda_item_parent_id_agenda_item', type_='foreignkey')
        batch.drop_column('parent_id')
    op.drop_column('agenda_item', 'kind')
