"""category usual unit: the unit a category's incidents usually go to, offered first when they
are dispatched (SPEC §3.5; the dispatcher confirms it; no category names one by default)

Revision ID: b9c7f3d5e028
Revises: a8b6e2c4d917
Create Date: 2026-12-07 16:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = 'b9c7f3d5e028'
down_revision = 'a8b6e2c4d917'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Not in batch mode on SQLite: copying the table breaks the queue's triggers that read it; a
    # nullable column with its reference is added in place.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE category ADD COLUMN usual_unit_id INTEGER "
                   "CONSTRAINT fk_category_usual_unit_id_unit REFERENCES unit (id)")
    else:
        op.add_column('category', sa.Column('usual_unit_id', sa.Integer(), nullable=True))
        op.create_foreign_key('fk_category_usual_unit_id_unit', 'category', 'unit', ['usual_unit_id'], ['id'])


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:  # the copy of the table is renamed back without the triggers re-read
        op.execute("PRAGMA legacy_alter_table = ON")
    with op.batch_alter_table('category') as batch:
        if not sqlite:
            batch.drop_constraint('fk_category_usual_unit_id_unit', type_='foreignkey')
        batch.drop_column('usual_unit_id')
    if sqlite:
        op.execute("PRAGMA legacy_alter_table = OFF")
