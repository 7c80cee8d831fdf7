"""money in 64-bit minor units

PostgreSQL's INTEGER stops at 2,147,483,647 minor units: 21 million naira, shillings or pounds, less than
some works (and many orders) cost. Amounts become BIGINT there. SQLite's INTEGER is already 64-bit, so
nothing changes on SQLite (the models say so with MinorUnits' variant).

Revision ID: 5b1c0de7a9e2
Revises: 4e8f5fb18c59
Create Date: 2026-12-03 13:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "5b1c0de7a9e2"
down_revision = "4e8f5fb18c59"
branch_labels = None
depends_on = None

COLUMNS = {
    "works": ("price_minor", "declared_value_minor"),
    "shipping_profiles": ("free_over_minor",),
    "shipping_rates": ("first_item_minor", "additional_item_minor"),
    "orders": ("total_minor", "amount_refunded_minor"),
    "order_lines": ("unit_price_minor", "commission_minor", "refunded_minor", "commission_refunded_minor"),
    "ledger_entries": ("amount_minor",),
    "payouts": ("amount_minor",),
    "refunds": ("amount_minor",),
    "disputes": ("amount_minor",),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, columns in COLUMNS.items():
        for column in columns:
            op.alter_column(table, column, type_=sa.BigInteger(), existing_type=sa.Integer())


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, columns in COLUMNS.items():
        for column in columns:
            op.alter_column(table, column, type_=sa.Integer(), existing_type=sa.BigInteger())
