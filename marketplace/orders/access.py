"""Whose order is it: the buyer's own order, and an artist's order (one with lines of theirs). Anyone else
gets a 404, as if the order did not exist."""

from __future__ import annotations

from flask import abort
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from marketplace.catalog import artists
from marketplace.catalog.models import ArtistProfile
from marketplace.db import db_session
from marketplace.orders.models import Order, OrderLine, Shipment

#: An order's page shows every line's work and artist and every parcel's artist: loaded with the order,
#: in a fixed number of statements however many lines it has.
WITH_PARTS = (
    selectinload(Order.lines).options(selectinload(OrderLine.work), selectinload(OrderLine.artist)),
    selectinload(Order.shipments).selectinload(Shipment.artist),
)


def own_order(number: str) -> Order:
    """The signed-in buyer's order ``number``."""
    item = db_session().scalar(select(Order).where(Order.number == number).options(*WITH_PARTS))
    if item is None or item.buyer_id != current_user.id:
        abort(404)
    return item


def artist_order(number: str) -> tuple[ArtistProfile, Order]:
    """The signed-in artist and their order ``number`` (it has at least one line of theirs)."""
    session = db_session()
    profile = artists.profile_for(session, current_user)
    order = session.scalar(select(Order).where(Order.number == number))
    if profile is None or order is None or not any(line.artist_id == profile.id for line in order.lines):
        abort(404)
    return profile, order
