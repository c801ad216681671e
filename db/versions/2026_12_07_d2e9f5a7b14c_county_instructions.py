"""county instructions: an item the county instructed 批示 is flagged in the township's queue
until a township user marks the instruction read (SPEC §13)

Revision ID: d2e9f5a7b14c
Revises: c1d8e4f6a039
Create Date: 2026-12-07 22:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = 'd2e9f5a7b14c'
down_revision = 'c1d8e4f6a039'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # In place on SQLite (not batch mode): copying the table would break the queue's triggers.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE incident ADD COLUMN instruction_unread BOOLEAN DEFAULT 0 NOT NULL")
    else:
        op.add_column('incident', sa.Column('instruction_unread', sa.Boolean(), server_default=sa.false(),
                                            nullable=False))


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:  # the copy of the table is renamed back without the triggers re-read
        op.execute("PRAGMA legacy_alter_table = ON")
    with op.batch_alter_table('incident') as batch:
        batch.drop_column('instruction_unread')
    if sqlite:
        op.execute("PRAGMA legacy_alter_table = OFF")
