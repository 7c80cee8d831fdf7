"""Emails about orders, each in its reader's language, written to the outbox in the transaction that made
the change they report (a worker sends them after the commit)."""

from __future__ import annotations

from datetime import datetime, timedelta

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import Session

from marketplace import mail
from marketplace.links import external_url
from marketplace.orders import carriers
from marketplace.orders.models import Order, Shipment
from marketplace.orders.shipments import Delivery

PROVIDER_MESSAGES = {
    "declined": _l("Your card was declined. Nothing was charged; try another card or payment method."),
    "busy": _l("The payment service is busy. Nothing was charged; please try again in a minute."),
    "unavailable": _l("The payment service did not answer. Nothing was charged; please try again later."),
    "invalid": _l("The payment could not be prepared. Nothing was charged; please contact us."),
}


def provider_message(kind: str):
    return PROVIDER_MESSAGES.get(kind, PROVIDER_MESSAGES["unavailable"])


def shipped(session: Session, number: str, artist_id: int) -> None:
    """Tell the buyer that this artist's part is on its way (carrier, tracking, estimate)."""
    order = session.scalar(select(Order).where(Order.number == number))
    shipment = next((s for s in order.shipments if s.artist_id == artist_id), None)
    if shipment is None or shipment.shipped_at is None:
        return
    to_buyer(
        session,
        order,
        "order_shipped",
        shipment=shipment,
        lines=[line for line in order.work_lines if line.artist_id == artist_id],
        tracking_link=carriers.tracking_url(shipment.carrier, shipment.tracking_number),
        estimate=delivery_estimate(order, shipment),
    )


def delivered(session: Session, deliveries: list[Delivery]) -> None:
    """Tell the buyer and the artist, each in their language, that a part has arrived and
    who confirmed it (the buyer, the artist, or the marketplace after the waiting time)."""
    if not deliveries:
        return
    days = current_app.config["AUTO_DELIVERY_DAYS_AFTER_SHIPPING"]
    for delivery in deliveries:
        order = session.scalar(select(Order).where(Order.number == delivery.order_number))
        shipment = next((s for s in order.shipments if s.artist_id == delivery.artist_id), None)
        if shipment is None:
            continue
        context = {"shipment": shipment, "artist": shipment.artist, "by": delivery.delivered_by,
                   "days": days}  # fmt: skip
        # The artist's first and the buyer's last, so the buyer's is the latest in an outbox.
        artist = shipment.artist
        to_artist(session, artist, "shipment_delivered_artist", "sales.index", order=order, **context)
        to_buyer(session, order, "order_delivered", **context)


def delivery_estimate(order: Order, shipment: Shipment) -> tuple[datetime, datetime] | None:
    """The first and last day the part is expected, counted from payment, when the shipment has both."""
    low, high = shipment.estimate_min_days, shipment.estimate_max_days
    if order.paid_at is None or low is None or high is None:
        return None
    return order.paid_at + timedelta(days=low), order.paid_at + timedelta(days=max(low, high))


def refunded(session: Session, number: str, amount_minor: int, reason: str) -> None:
    """Tell the buyer, in their language, what was refunded and why."""
    order = session.scalar(select(Order).where(Order.number == number))
    to_buyer(session, order, "order_refunded", amount=amount_minor, reason=reason)


def to_buyer(session: Session, order: Order, template: str, **context) -> None:
    link = _url("orders.order", number=order.number, lang_code=order.language)
    mail.send_templated(
        session,
        order.email,
        order.language,
        template,
        order=order,
        name=order.buyer.display_name,
        link=link,
        **context,
    )


def to_artist(session: Session, artist, template: str, endpoint: str, /, **context) -> None:
    """One email to the artist, in their language, with ``link`` to ``endpoint`` in that language."""
    user = artist.user
    language = user.preferred_language
    link = _url(endpoint, lang_code=language)
    mail.send_templated(session, user.email, language, template, name=user.display_name, link=link, **context)


def _url(endpoint: str, **values) -> str:
    """An absolute address on PUBLIC_BASE_URL (also in the sweeper's emails, see settlement/cli.py)."""
    return external_url(endpoint, **values)
