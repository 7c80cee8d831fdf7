"""An artist ships their part of an order and confirms delivery. Never commits."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import Session

from marketplace.catalog.models import ArtistProfile
from marketplace.db import utcnow
from marketplace.orders import workflow
from marketplace.orders.models import Order, OrderLine, OrderStatus, Shipment

FULFILLABLE = (OrderStatus.PAID.value, OrderStatus.SHIPPED.value, OrderStatus.PARTIALLY_REFUNDED.value)
SHIPPABLE = (OrderStatus.PAID.value, OrderStatus.PARTIALLY_REFUNDED.value)
DELIVERABLE = (OrderStatus.SHIPPED.value, OrderStatus.PARTIALLY_REFUNDED.value)


class ShippingError(ValueError):
    def __init__(self, message) -> None:
        super().__init__(str(message))
        self.message = message


def artist_orders(session: Session, artist: ArtistProfile) -> list[Order]:
    """Paid orders with at least one line of this artist, newest first."""
    ids = select(OrderLine.order_id).where(OrderLine.artist_id == artist.id)
    return list(
        session.scalars(
            select(Order)
            .where(Order.id.in_(ids), Order.status.in_([*FULFILLABLE, OrderStatus.DELIVERED.value]))
            .order_by(Order.paid_at.desc())
        )
    )


def mark_shipped(
    session: Session, order: Order, artist: ArtistProfile, carrier: str, tracking: str, actor_id: int
) -> Shipment:
    if order.status not in FULFILLABLE or artist.id not in _artists_to_ship(order):
        raise ShippingError(_l("This order cannot be shipped now."))
    shipment = _shipment(session, order, artist)
    shipment.carrier, shipment.tracking_number = carrier, tracking
    shipment.shipped_at = shipment.shipped_at or utcnow()
    session.flush()
    if _all_artists(order, lambda s: s.shipped_at) and order.status in SHIPPABLE:
        workflow.move(session, order, OrderStatus.SHIPPED, actor_id, "artist", f"{carrier} {tracking}")
    return shipment


def mark_delivered(session: Session, order: Order, artist: ArtistProfile, actor_id: int) -> None:
    shipment = next((s for s in order.shipments if s.artist_id == artist.id), None)
    if shipment is None or shipment.shipped_at is None:
        raise ShippingError(_l("Mark the work as shipped first."))
    shipment.delivered_at = shipment.delivered_at or utcnow()
    session.flush()
    if _all_artists(order, lambda s: s.delivered_at) and order.status in DELIVERABLE:
        workflow.move(session, order, OrderStatus.DELIVERED, actor_id, "artist")


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
        if line.restocked < line.quantity and not line.work.is_digital
    }


def _all_artists(order: Order, done) -> bool:
    finished = {s.artist_id for s in order.shipments if done(s)}
    return _artists_to_ship(order) <= finished
