"""reference active: a handling unit or a category is deactivated, never deleted — the record
keeps the names its history used

Revision ID: a7c2e9d4b610
Revises: 5e1b7c3a9d42
Create Date: 2026-12-03 03:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = 'a7c2e9d4b610'
down_revision = '5e1b7c3a9d42'
branch_labels = None
depends_on = None


# Plain ALTER TABLE, not a batch copy: SQLite adds and drops a column in place (3.35+), and a
# copy would break the queue's triggers that name the unit table.
def upgrade() -> None:
    for table in ('unit', 'category'):
        op.add_column(table, sa.Column('active', sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade() -> None:
    for table in ('unit', 'category'):
        op.drop_column(table, 'active')
