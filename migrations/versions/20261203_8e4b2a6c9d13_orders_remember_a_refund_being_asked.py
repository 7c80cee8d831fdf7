"""orders remember a refund being asked of Stripe (so the charge.refunded webhook waits for its record)

Revision ID: 8e4b2a6c9d13
Revises: 3f6a8c2e1d47
Create Date: 2026-12-03 15:30:00.000000
"""

from alembic import op
import sqlalchemy as sa

from marketplace.db import UTCDateTime


revision = '8e4b2a6c9d13'
down_revision = '3f6a8c2e1d47'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('refund_asked_at', UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_column('refund_asked_at')
