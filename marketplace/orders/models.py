"""Carts, orders, their lines, shipments, and the Stripe events already processed."""

from __future__ import annotations

import enum
from datetime import datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import JSON, CheckConstraint, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace.accounts.models import User
from marketplace.catalog.models import ArtistProfile, Work
from marketplace.db import Base, MinorUnits, UTCDateTime, sql_values, utcnow


class OrderStatus(enum.StrEnum):
    PENDING_PAYMENT = "pending_payment"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"
    PARTIALLY_REFUNDED = "partially_refunded"


#: Shipment.carrier of an artist's part made only of digital works: "sent" when the buyer's download links
#: exist, delivered at the buyer's first download of everything. A marker, never shown: such a part has no
#: carrier, tracking number or confirmation, and is told in its own words.
DOWNLOAD_CARRIER = "download"

ORDER_STATUS_TITLES = {
    OrderStatus.PENDING_PAYMENT: _l("Waiting for payment"),
    OrderStatus.PAID: _l("Paid"),
    OrderStatus.SHIPPED: _l("Shipped"),
    OrderStatus.DELIVERED: _l("Delivered"),
    OrderStatus.EXPIRED: _l("Expired"),
    OrderStatus.CANCELLED: _l("Cancelled"),
    OrderStatus.REFUNDED: _l("Refunded"),
    OrderStatus.PARTIALLY_REFUNDED: _l("Partly refunded"),
}


#: An order of downloads only keeps the machine's statuses (the ledger releases money on them) but is not
#: "shipped" or "delivered" to its buyer: its links are ready, then it is downloaded.
DOWNLOAD_ORDER_STATUS_TITLES = {
    OrderStatus.SHIPPED: _l("Paid · ready to download"),
    OrderStatus.DELIVERED: _l("Downloaded"),
}


class Cart(Base):
    __tablename__ = "carts"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    token: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    lines: Mapped[list[CartLine]] = relationship(
        back_populates="cart", cascade="all, delete-orphan", order_by="CartLine.id"
    )


class CartLine(Base):
    __tablename__ = "cart_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    cart_id: Mapped[int] = mapped_column(ForeignKey("carts.id", ondelete="CASCADE"), index=True)
    work_id: Mapped[int] = mapped_column(ForeignKey("works.id", ondelete="CASCADE"))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    cart: Mapped[Cart] = relationship(back_populates="lines")
    work: Mapped[Work] = relationship()

    __table_args__ = (
        UniqueConstraint("cart_id", "work_id"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
    )


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    buyer_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    email: Mapped[str] = mapped_column(String(254))
    language: Mapped[str] = mapped_column(String(5))
    currency: Mapped[str] = mapped_column(String(3))
    total_minor: Mapped[int] = mapped_column(MinorUnits)
    status: Mapped[str] = mapped_column(String(24), default=OrderStatus.PENDING_PAYMENT.value, index=True)
    ship_name: Mapped[str] = mapped_column(String(120))
    ship_line1: Mapped[str] = mapped_column(String(200))
    ship_line2: Mapped[str] = mapped_column(String(200), default="")
    ship_city: Mapped[str] = mapped_column(String(120))
    ship_region: Mapped[str] = mapped_column(String(120), default="")
    ship_postal_code: Mapped[str] = mapped_column(String(20), default="")
    ship_country: Mapped[str] = mapped_column(String(2))
    ship_phone: Mapped[str] = mapped_column(String(40), default="")
    stripe_session_id: Mapped[str | None] = mapped_column(String(255), unique=True)
    payment_intent_id: Mapped[str | None] = mapped_column(String(255))
    charge_id: Mapped[str | None] = mapped_column(String(255), index=True)
    amount_refunded_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    #: Set while a refund of ours is being asked of Stripe (no lock held then): until it is recorded, a
    #: charge.refunded webhook must not take Stripe's new total for a refund made in Stripe's dashboard.
    refund_asked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    buyer: Mapped[User] = relationship()
    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.id"
    )
    shipments: Mapped[list[Shipment]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="Shipment.id"
    )

    @property
    def work_lines(self) -> list[OrderLine]:
        return [line for line in self.lines if not line.is_shipping]

    @property
    def shipping_lines(self) -> list[OrderLine]:
        return [line for line in self.lines if line.is_shipping]

    @property
    def is_downloads_only(self) -> bool:
        """Every artist's part is downloaded: nothing of this order is shipped."""
        return bool(self.shipments) and all(shipment.is_download for shipment in self.shipments)

    __table_args__ = (
        CheckConstraint(f"status IN ({sql_values(OrderStatus)})", name="status_known"),
        CheckConstraint("total_minor > 0", name="total_positive"),
    )


class OrderLine(Base):
    __tablename__ = "order_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    # A line is a work, or one artist's delivery charge (kind 'shipping', no work, no commission).
    kind: Mapped[str] = mapped_column(String(10), default="work")
    work_id: Mapped[int | None] = mapped_column(ForeignKey("works.id"), index=True)
    artist_id: Mapped[int] = mapped_column(ForeignKey("artist_profiles.id"), index=True)
    # The source title at purchase (an artist's name for a delivery line): what certificates sign.
    title: Mapped[str] = mapped_column(String(200))
    # The title as the buyer chose the work: in the order's language when the catalogue showed an approved
    # translation, else the source title; and that text's language. Kept as read, like the price.
    shown_title: Mapped[str] = mapped_column(String(200), default="")
    shown_language: Mapped[str] = mapped_column(String(5), default="")
    unit_price_minor: Mapped[int] = mapped_column(MinorUnits)
    quantity: Mapped[int] = mapped_column(Integer)
    edition_numbers: Mapped[list] = mapped_column(JSON, default=list)
    # Fixed when the line is paid, so later changes of the rate never rewrite a sale.
    commission_bp: Mapped[int | None] = mapped_column(Integer)
    commission_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    refunded_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    commission_refunded_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    restocked: Mapped[int] = mapped_column(Integer, default=0)

    order: Mapped[Order] = relationship(back_populates="lines")
    work: Mapped[Work] = relationship()
    artist: Mapped[ArtistProfile] = relationship()

    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_price_minor > 0", name="price_positive"),
        CheckConstraint("refunded_minor >= 0", name="refunded_not_negative"),
        CheckConstraint("kind IN ('work', 'shipping')", name="kind_known"),
        CheckConstraint("(kind = 'work') = (work_id IS NOT NULL)", name="work_lines_have_a_work"),
        CheckConstraint("restocked >= 0 AND restocked <= quantity", name="restocked_in_range"),
    )

    @property
    def total_minor(self) -> int:
        return self.unit_price_minor * self.quantity

    @property
    def is_shipping(self) -> bool:
        return self.kind == "shipping"

    @property
    def refundable_minor(self) -> int:
        return self.total_minor - self.refunded_minor

    @property
    def buyer_title(self) -> str:
        """The title the buyer chose the work by (the source title for lines made before it was kept)."""
        return self.shown_title or self.title

    @property
    def shows_translation(self) -> bool:
        """Whether the buyer's title is a translation, so that the original is shown beside it."""
        return bool(self.shown_title) and self.shown_title != self.title


class Shipment(Base):
    """One artist's part of an order: shipped and delivered separately from the other artists'."""

    __tablename__ = "shipments"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    artist_id: Mapped[int] = mapped_column(ForeignKey("artist_profiles.id"), index=True)
    carrier: Mapped[str] = mapped_column(String(80), default="")
    tracking_number: Mapped[str] = mapped_column(String(120), default="")
    shipped_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Who confirmed delivery: the artist, the buyer, or the marketplace after the waiting time.
    delivered_by: Mapped[str] = mapped_column(String(10), default="")
    # The estimate shown before payment (handling + transit), in days after payment.
    estimate_min_days: Mapped[int | None] = mapped_column(Integer)
    estimate_max_days: Mapped[int | None] = mapped_column(Integer)

    order: Mapped[Order] = relationship(back_populates="shipments")
    artist: Mapped[ArtistProfile] = relationship()

    __table_args__ = (UniqueConstraint("order_id", "artist_id"),)

    @property
    def is_download(self) -> bool:
        """A part of digital works only: the buyer downloads it; no parcel, carrier or tracking."""
        return self.carrier == DOWNLOAD_CARRIER


class WebhookEvent(Base):
    """A provider event already processed: the unique id makes each event act once."""

    __tablename__ = "webhook_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    provider: Mapped[str] = mapped_column(String(20), default="stripe")
    event_id: Mapped[str] = mapped_column(String(255))
    event_type: Mapped[str] = mapped_column(String(80))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("provider", "event_id"),)
