"""email outbox

Every email is written here in the transaction of the change it reports and sent by a worker after the
commit (marketplace/outbox.py).

Revision ID: 7c2e4d1f9a30
Revises: 5b1c0de7a9e2
Create Date: 2026-12-03 14:00:00
"""

import sqlalchemy as sa
from alembic import op

import marketplace.db

revision = "7c2e4d1f9a30"
down_revision = "5b1c0de7a9e2"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outbox_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(length=200), nullable=False),
        sa.Column("recipient", sa.String(length=320), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", marketplace.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("claimed_at", marketplace.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("sent_at", marketplace.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("created_at", marketplace.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('pending', 'sending', 'sent', 'failed')", name=op.f("ck_outbox_messages_status_known")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_messages")),
        sa.UniqueConstraint("message_id", name=op.f("uq_outbox_messages_message_id")),
    )
    op.create_index("ix_outbox_messages_due", "outbox_messages", ["status", "next_attempt_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_outbox_messages_due", table_name="outbox_messages")
    op.drop_table("outbox_messages")
