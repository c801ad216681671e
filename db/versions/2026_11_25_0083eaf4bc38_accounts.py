"""accounts: password hashes, several roles per user, lockout after failed sign-ins

Revision ID: 0083eaf4bc38
Revises: e3d51098695a
Create Date: 2026-11-25 13:51:45.546115
"""
from alembic import op
import sqlalchemy as sa
import gridcommand.models.base


revision = '0083eaf4bc38'
down_revision = 'e3d51098695a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('roles', sa.String(length=64), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('password_hash', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('must_change_password', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('failed_sign_ins', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('locked_until', gridcommand.models.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('last_sign_in_at', gridcommand.models.base.UTCDateTime(timezone=True), nullable=True))
    # Each user keeps the one role it had. Accounts from before sign-in have no password: the
    # first start asks for an administrator's account.
    op.execute("UPDATE app_user SET roles = role")
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.alter_column('roles', server_default=None)
        batch_op.drop_column('role')


def downgrade() -> None:
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('role', sa.VARCHAR(length=16), nullable=False, server_default=''))
    # The first of several roles (stored in a fixed order) stands for them all.
    op.execute("UPDATE app_user SET role = CASE WHEN instr(roles, ',') > 0 "
               "THEN substr(roles, 1, instr(roles, ',') - 1) ELSE roles END"
               if op.get_bind().dialect.name == "sqlite" else
               "UPDATE app_user SET role = split_part(roles, ',', 1)")
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.alter_column('role', server_default=None)
        batch_op.drop_column('last_sign_in_at')
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_sign_ins')
        batch_op.drop_column('must_change_password')
        batch_op.drop_column('password_hash')
        batch_op.drop_column('roles')
