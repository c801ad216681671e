"""supervision notices: 督办通知单 numbered per year, with the incidents each names

Revision ID: e6f4c0a8b375
Revises: d5e3b9f7a264
Create Date: 2026-12-03 05:00:00
"""
import sqlalchemy as sa
from alembic import op

from gridcommand.models.base import UTCDateTime

revision = 'e6f4c0a8b375'
down_revision = 'd5e3b9f7a264'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'supervision_notice',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('unit_id', sa.Integer(), nullable=False),
        sa.Column('issued_at', UTCDateTime(timezone=True), nullable=False),
        sa.Column('issued_by', sa.Integer(), nullable=False),
        sa.Column('answer_by', sa.Date(), nullable=False),
        sa.Column('township', sa.String(length=130), nullable=False),
        sa.ForeignKeyConstraint(['unit_id'], ['unit.id']),
        sa.ForeignKeyConstraint(['issued_by'], ['app_user.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('year', 'number'),
    )
    op.create_index('ix_supervision_notice_unit_id', 'supervision_notice', ['unit_id'])
    op.create_index('ix_supervision_notice_issued_at', 'supervision_notice', ['issued_at'])
    op.create_table(
        'notice_incident',
        sa.Column('notice_id', sa.Integer(), nullable=False),
        sa.Column('incident_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['notice_id'], ['supervision_notice.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('notice_id', 'incident_id'),
    )


def downgrade() -> None:
    op.drop_table('notice_incident')
    op.drop_index('ix_supervision_notice_issued_at', table_name='supervision_notice')
    op.drop_index('ix_supervision_notice_unit_id', table_name='supervision_notice')
    op.drop_table('supervision_notice')
