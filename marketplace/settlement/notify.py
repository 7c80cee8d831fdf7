"""Emails after a payment session is settled: the buyer's receipt (or the refund when the stock had gone)
and each artist's order to ship."""

from __future__ import annotations

from flask import current_app
from sqlalchemy import select

from marketplace.db import sessionmaker_for, unit_of_work
from marketplace.orders.models import Order
from marketplace.orders.notify import to_artist, to_buyer
from marketplace.settlement.fulfilment import Outcome


def after_settle(outcome: Outcome) -> None:
    if not outcome.order_number or not (outcome.paid or outcome.refunded_no_stock):
        return
    with unit_of_work(sessionmaker_for(current_app), write=False) as session:
        order = session.scalar(select(Order).where(Order.number == outcome.order_number))
        if outcome.refunded_no_stock:
            to_buyer(order, "order_refunded_no_stock")
            return
        to_buyer(order, "order_paid")
        for artist in {line.artist for line in order.lines}:
            lines = [line for line in order.lines if line.artist_id == artist.id]
            to_artist(artist, "order_to_ship", "sales.index", order=order, lines=lines)
