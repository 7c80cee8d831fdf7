"""Emails after a payment session is settled: the buyer's receipt (or the refund when the stock had gone)
and each artist's order to ship."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from marketplace.orders.models import Order
from marketplace.orders.notify import to_artist, to_buyer
from marketplace.settlement.fulfilment import Outcome


def after_settle(session: Session, outcome: Outcome) -> None:
    if not outcome.order_number or not (outcome.paid or outcome.refunded_no_stock):
        return
    order = session.scalar(select(Order).where(Order.number == outcome.order_number))
    if outcome.refunded_no_stock:
        to_buyer(session, order, "order_refunded_no_stock")
        return
    to_buyer(session, order, "order_paid")
    for artist in {line.artist for line in order.lines}:
        lines = [line for line in order.lines if line.artist_id == artist.id]
        to_artist(session, artist, "order_to_ship", "sales.index", order=order, lines=lines)
