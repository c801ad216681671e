"""change log: what each operation changed, for other seats

Revision ID: e3d51098695a
Revises: 7600bf43bd3c
Create Date: 2026-11-25 13:03:19.841926
"""
from alembic import op
import sqlalchemy as sa
import gridcommand.models.base


revision = 'e3d51098695a'
down_revision = '7600bf43bd3c'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('change_log',
    sa.Column('seq', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['app_user.id'], name=op.f('fk_change_log_actor_id_app_user')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_change_log'))
    )


def downgrade() -> None:
    op.drop_table('change_log')
