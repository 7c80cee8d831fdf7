"""catalogue lists read in order: a comparable price in US cents, indexes for the public lists

Revision ID: 3f6a8c2e1d47
Revises: 5d2e9c7a41b8
Create Date: 2026-12-03 14:40:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '3f6a8c2e1d47'
down_revision = '5d2e9c7a41b8'
branch_labels = None
depends_on = None

def upgrade() -> None:
    minor_units = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
    with op.batch_alter_table('works', schema=None) as batch_op:
        batch_op.add_column(sa.Column('price_usd_minor', minor_units, nullable=True))
    # ix_works_status_published begins with review_status: the single-column index is redundant (and, on
    # SQLite without statistics, was chosen for the public list, then every approved row sorted).
    op.drop_index('ix_works_review_status', table_name='works')
    op.create_index('ix_works_status_published', 'works', ['review_status', 'published_at', 'id'])
    op.create_index('ix_works_status_price', 'works', ['review_status', 'price_usd_minor', 'id'])
    op.create_index(
        'ix_artist_profiles_status_approved_at', 'artist_profiles', ['status', 'approved_at', 'id']
    )
    _fill_comparable_prices()


def _fill_comparable_prices() -> None:
    """Each work's price in US cents by the newest rate of its currency (none without a rate)."""
    from marketplace.money import exponent

    connection = op.get_bind()
    latest = {}
    for currency, per_usd in connection.execute(
        sa.text("SELECT currency, per_usd FROM exchange_rates ORDER BY as_of")
    ):
        latest[currency] = per_usd
    latest["USD"] = 1
    for (currency,) in connection.execute(sa.text("SELECT DISTINCT currency FROM works")).all():
        if currency not in latest:
            continue
        factor = float(10 ** (2 - exponent(currency))) / float(latest[currency])
        connection.execute(
            sa.text(
                "UPDATE works SET price_usd_minor = CAST(ROUND(price_minor * :factor) AS BIGINT)"
                " WHERE currency = :currency"
            ),
            {"factor": factor, "currency": currency},
        )


def downgrade() -> None:
    op.drop_index('ix_artist_profiles_status_approved_at', table_name='artist_profiles')
    op.drop_index('ix_works_status_price', table_name='works')
    op.drop_index('ix_works_status_published', table_name='works')
    op.create_index('ix_works_review_status', 'works', ['review_status'])
    with op.batch_alter_table('works', schema=None) as batch_op:
        batch_op.drop_column('price_usd_minor')
