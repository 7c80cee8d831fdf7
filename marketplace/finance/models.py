"""Money after the sale: commission rates, the artists' ledger, payouts, refunds and disputes."""

from __future__ import annotations

import enum
from datetime import date, datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace.catalog.models import ArtistProfile
from marketplace.db import Base, MinorUnits, UTCDateTime, sql_values, utcnow


class CommissionRate(Base):
    """One setting of the commission, kept forever: the newest row for a category (or for every category,
    when ``category`` is NULL) is the rate in force. A category row with no rate returns that category to
    the platform rate."""

    __tablename__ = "commission_rates"

    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[str | None] = mapped_column(String(20))
    rate_bp: Mapped[int | None] = mapped_column(Integer)  # basis points: 1500 is 15 %
    set_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (
        CheckConstraint("rate_bp IS NULL OR (rate_bp >= 0 AND rate_bp <= 10000)", name="rate_in_range"),
        CheckConstraint("category IS NOT NULL OR rate_bp IS NOT NULL", name="platform_rate_set"),
    )


class EntryKind(enum.StrEnum):
    SALE = "sale"  # the artist's share of a paid line
    COMMISSION = "commission"  # the platform's share of a paid line
    REFUND = "refund"  # the artist's share given back to the buyer
    COMMISSION_REFUND = "commission_refund"  # the platform's share given back to the buyer
    DISPUTE = "dispute"  # the artist's share lost in a dispute
    COMMISSION_DISPUTE = "commission_dispute"  # the platform's share lost in a dispute
    PAYOUT = "payout"  # money paid to the artist


ENTRY_KIND_TITLES = {
    EntryKind.SALE: _l("Sale"),
    EntryKind.COMMISSION: _l("Commission"),
    EntryKind.REFUND: _l("Refund"),
    EntryKind.COMMISSION_REFUND: _l("Commission refunded"),
    EntryKind.DISPUTE: _l("Dispute lost"),
    EntryKind.COMMISSION_DISPUTE: _l("Commission lost in a dispute"),
    EntryKind.PAYOUT: _l("Payout"),
}


class LedgerEntry(Base):
    """An append-only movement of money owed: to an artist (``artist_id``) or to the platform (NULL).

    For every order, the entries of all artists and of the platform add up to what the buyer paid less
    what was refunded or lost in a dispute; an artist's balance is the sum of their entries.
    """

    __tablename__ = "ledger_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    artist_id: Mapped[int | None] = mapped_column(ForeignKey("artist_profiles.id"))
    kind: Mapped[str] = mapped_column(String(20))
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(MinorUnits)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    order_line_id: Mapped[int | None] = mapped_column(ForeignKey("order_lines.id"))
    payout_id: Mapped[int | None] = mapped_column(ForeignKey("payouts.id"))
    refund_id: Mapped[int | None] = mapped_column(ForeignKey("refunds.id"))
    dispute_id: Mapped[int | None] = mapped_column(ForeignKey("disputes.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    artist: Mapped[ArtistProfile | None] = relationship()

    __table_args__ = (
        CheckConstraint(f"kind IN ({sql_values(EntryKind)})", name="kind_known"),
        Index("ix_ledger_entries_artist", "artist_id", "currency"),
        Index("ix_ledger_entries_order", "order_id"),
    )


class PayoutMethod(enum.StrEnum):
    STRIPE_CONNECT = "stripe_connect"
    BANK = "bank"
    MOBILE_MONEY = "mobile_money"
    ALIPAY = "alipay"
    OTHER = "other"


PAYOUT_METHOD_TITLES = {
    PayoutMethod.STRIPE_CONNECT: _l("Stripe transfer"),
    PayoutMethod.BANK: _l("Bank transfer"),
    PayoutMethod.MOBILE_MONEY: _l("Mobile money"),
    PayoutMethod.ALIPAY: _l("Alipay"),
    PayoutMethod.OTHER: _l("Other"),
}


class Payout(Base):
    """Money paid to an artist: a Stripe transfer, or a payment made outside Stripe and recorded."""

    __tablename__ = "payouts"

    id: Mapped[int] = mapped_column(primary_key=True)
    artist_id: Mapped[int] = mapped_column(ForeignKey("artist_profiles.id"), index=True)
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(MinorUnits)
    method: Mapped[str] = mapped_column(String(20))
    reference: Mapped[str] = mapped_column(String(200), default="")
    paid_on: Mapped[date] = mapped_column(Date)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    stripe_transfer_id: Mapped[str | None] = mapped_column(String(255), unique=True)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    artist: Mapped[ArtistProfile] = relationship()

    __table_args__ = (
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        CheckConstraint(f"method IN ({sql_values(PayoutMethod)})", name="method_known"),
    )


class Refund(Base):
    """Money given back to a buyer for one line of an order (made here, or found in Stripe's records)."""

    __tablename__ = "refunds"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    order_line_id: Mapped[int | None] = mapped_column(ForeignKey("order_lines.id"))
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(MinorUnits)
    restocked: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(12), default="marketplace")  # marketplace | stripe
    stripe_refund_id: Mapped[str | None] = mapped_column(String(255), unique=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor_role: Mapped[str] = mapped_column(String(20), default="system")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        CheckConstraint("origin IN ('marketplace', 'stripe')", name="origin_known"),
    )


class DisputeStatus(enum.StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


DISPUTE_STATUS_TITLES = {
    DisputeStatus.OPEN: _l("Open"),
    DisputeStatus.WON: _l("Won"),
    DisputeStatus.LOST: _l("Lost"),
}


class Dispute(Base):
    """A buyer's bank disputing the payment of an order: the artists' money for it is held while open."""

    __tablename__ = "disputes"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    stripe_dispute_id: Mapped[str] = mapped_column(String(255), unique=True)
    charge_id: Mapped[str] = mapped_column(String(255))
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(MinorUnits)
    reason: Mapped[str] = mapped_column(String(60), default="")
    status: Mapped[str] = mapped_column(String(10), default=DisputeStatus.OPEN.value, index=True)
    stripe_status: Mapped[str] = mapped_column(String(40), default="")
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (CheckConstraint(f"status IN ({sql_values(DisputeStatus)})", name="status_known"),)
