"""order lines keep the title the buyer chose the work by

Revision ID: 5d2e9c7a41b8
Revises: 7c2e4d1f9a30
Create Date: 2026-12-03 12:30:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '5d2e9c7a41b8'
down_revision = '7c2e4d1f9a30'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('shown_title', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('shown_language', sa.String(length=5), nullable=False, server_default=''))
    # Lines sold before: what the buyer read is unknown, so they keep the source title, in its language.
    op.execute(
        "UPDATE order_lines SET shown_title = title, shown_language = COALESCE("
        "(SELECT works.source_language FROM works WHERE works.id = order_lines.work_id), '')"
    )


def downgrade() -> None:
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.drop_column('shown_language')
        batch_op.drop_column('shown_title')
