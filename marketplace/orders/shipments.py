"""An artist ships their part of an order; the buyer, the artist or the marketplace (after
AUTO_DELIVERY_DAYS_AFTER_SHIPPING days) confirms its delivery. Never commits.

Each change locks the order row first and re-reads its shipments and lines, so two confirmations at once
(the buyer and the sweep, or two artists of the same order) end with the order moved exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from marketplace.catalog.models import ArtistProfile, Work
from marketplace.core.paging import Page, page_of
from marketplace.db import utcnow
from marketplace.delivery.quotes import is_digital
from marketplace.errors import Refused
from marketplace.orders import workflow
from marketplace.orders.models import Order, OrderLine, OrderStatus, Shipment

FULFILLABLE = (OrderStatus.PAID.value, OrderStatus.SHIPPED.value, OrderStatus.PARTIALLY_REFUNDED.value)
SHIPPABLE = (OrderStatus.PAID.value, OrderStatus.PARTIALLY_REFUNDED.value)
DELIVERABLE = (OrderStatus.SHIPPED.value, OrderStatus.PARTIALLY_REFUNDED.value)
#: Who confirmed a delivery (Shipment.delivered_by).
BY_ARTIST, BY_BUYER, BY_AUTO = "artist", "buyer", "auto"


class ShippingError(Refused):
    pass


#: Orders per page of the artist's list.
ORDERS_PER_PAGE = 50


def artist_orders(session: Session, artist: ArtistProfile, page: int = 1) -> Page[Order]:
    """A page of the paid orders with at least one line of this artist, newest first, with their lines'
    works and their shipments (a fixed number of statements whatever the page holds)."""
    ids = select(OrderLine.order_id).where(OrderLine.artist_id == artist.id)
    statement = (
        select(Order)
        .where(Order.id.in_(ids), Order.status.in_([*FULFILLABLE, OrderStatus.DELIVERED.value]))
        .options(selectinload(Order.lines).selectinload(OrderLine.work), selectinload(Order.shipments))
        .order_by(Order.paid_at.desc(), Order.id.desc())
    )
    return page_of(session, statement, page, ORDERS_PER_PAGE)


@dataclass(frozen=True)
class Delivery:
    """A part of an order just confirmed delivered, for the emails sent after commit."""

    order_number: str
    artist_id: int
    delivered_by: str


def mark_shipped(
    session: Session, order: Order, artist: ArtistProfile, carrier: str, tracking: str, actor_id: int
) -> Shipment:
    order = workflow.lock_order(session, order.id)
    if order.status not in FULFILLABLE or artist.id not in _artists_to_ship(order):
        raise ShippingError(_l("This order cannot be shipped now."))
    shipment = _shipment(session, order, artist)
    shipment.carrier, shipment.tracking_number = carrier, tracking
    shipment.shipped_at = shipment.shipped_at or utcnow()
    session.flush()
    if _all_artists(order, lambda s: s.shipped_at) and order.status in SHIPPABLE:
        note, target = f"{carrier} {tracking}", OrderStatus.SHIPPED
        workflow.ORDER.move(session, order, target, actor_id=actor_id, actor_role="artist", note=note)
    return shipment


def mark_delivered(
    session: Session, order: Order, artist: ArtistProfile, actor_id: int, now: datetime | None = None
) -> Delivery | None:
    """The artist confirms their part arrived. None if it was already confirmed (nothing changes)."""
    order = workflow.lock_order(session, order.id)
    shipment = next((s for s in order.shipments if s.artist_id == artist.id), None)
    if shipment is not None and shipment.is_download:
        raise ShippingError(_l("A digital work is delivered when the buyer downloads it."))
    if shipment is None or shipment.shipped_at is None:
        raise ShippingError(_l("Mark the work as shipped first."))
    return _deliver(session, order, shipment, BY_ARTIST, actor_id, "artist", now or utcnow())


def confirm_received(
    session: Session, order: Order, shipment_id: int, buyer_id: int, now: datetime | None = None
) -> Delivery | None:
    """The buyer confirms one artist's part arrived. None if it was already confirmed."""
    order = workflow.lock_order(session, order.id)
    shipment = next((s for s in order.shipments if s.id == shipment_id), None)
    if shipment is None or order.buyer_id != buyer_id:
        raise ShippingError(_l("This delivery cannot be confirmed."))
    if shipment.delivered_at is None and not confirmable(order, shipment):
        raise ShippingError(_l("This delivery cannot be confirmed."))
    return _deliver(session, order, shipment, BY_BUYER, buyer_id, "buyer", now or utcnow())


def confirmable(order: Order, shipment: Shipment) -> bool:
    """Whether the buyer (or the sweep) can confirm this part: a parcel sent and not yet confirmed, of an
    order not refunded in full. Digital works are delivered by their download, not confirmed here."""
    return (
        order.status in FULFILLABLE
        and shipment.shipped_at is not None
        and shipment.delivered_at is None
        and shipment.artist_id in _artists_to_ship(order)
    )


def confirm_overdue(session: Session, now: datetime, days: int) -> list[Delivery]:
    """Confirm every parcel shipped more than ``days`` days before ``now`` and not confirmed since."""
    cutoff = now - timedelta(days=days)
    parcel = (
        select(OrderLine.id)
        .join(Work, Work.id == OrderLine.work_id)
        .where(
            OrderLine.order_id == Shipment.order_id,
            OrderLine.artist_id == Shipment.artist_id,
            OrderLine.kind == "work",
            OrderLine.restocked < OrderLine.quantity,
            Work.is_physical,
        )
        .exists()
    )
    order_ids = session.scalars(
        select(Shipment.order_id)
        .join(Order, Order.id == Shipment.order_id)
        .where(
            Shipment.shipped_at < cutoff,
            Shipment.delivered_at.is_(None),
            Order.status.in_(FULFILLABLE),
            parcel,
        )
        .distinct()
        .order_by(Shipment.order_id)
    ).all()
    done = []
    for order_id in order_ids:
        order = workflow.lock_order(session, order_id)
        for shipment in order.shipments:
            if confirmable(order, shipment) and shipment.shipped_at < cutoff:
                note = f"{days} days after shipping"
                delivery = _deliver(session, order, shipment, BY_AUTO, None, "system", now, note)
                if delivery:
                    done.append(delivery)
    return done


def _deliver(
    session: Session,
    order: Order,
    shipment: Shipment,
    by: str,
    actor_id: int | None,
    role: str,
    now: datetime,
    note: str = "",
) -> Delivery | None:
    """Confirm one part (once: a part already confirmed keeps who confirmed it and gives None), and move
    the order to delivered when every part still to send has arrived."""
    changed = shipment.delivered_at is None
    if changed:
        shipment.delivered_at, shipment.delivered_by = now, by
        session.flush()
    if _all_artists(order, lambda s: s.delivered_at) and order.status in DELIVERABLE:
        note, target = note or f"confirmed by {by}", OrderStatus.DELIVERED
        workflow.ORDER.move(session, order, target, actor_id=actor_id, actor_role=role, note=note)
    return Delivery(order.number, shipment.artist_id, by) if changed else None


def _shipment(session: Session, order: Order, artist: ArtistProfile) -> Shipment:
    shipment = next((s for s in order.shipments if s.artist_id == artist.id), None)
    if shipment is None:
        shipment = Shipment(artist_id=artist.id)
        order.shipments.append(shipment)
    return shipment


def _artists_to_ship(order: Order) -> set[int]:
    """Artists with something left to send: a line refunded in full and returned is not shipped."""
    return {
        line.artist_id
        for line in order.work_lines
        if line.restocked < line.quantity and not is_digital(line.work)
    }


def _all_artists(order: Order, done) -> bool:
    finished = {s.artist_id for s in order.shipments if done(s)}
    return _artists_to_ship(order) <= finished
