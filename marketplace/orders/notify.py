"""Emails about orders, each in its reader's language, sent after the transaction has committed."""

from __future__ import annotations

from flask import current_app, url_for
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from marketplace import mail
from marketplace.db import sessionmaker_for, unit_of_work
from marketplace.orders.fulfilment import Outcome
from marketplace.orders.models import Order

PROVIDER_MESSAGES = {
    "declined": _l("Your card was declined. Nothing was charged; try another card or payment method."),
    "busy": _l("The payment service is busy. Nothing was charged; please try again in a minute."),
    "unavailable": _l("The payment service did not answer. Nothing was charged; please try again later."),
    "invalid": _l("The payment could not be prepared. Nothing was charged; please contact us."),
}


def provider_message(kind: str):
    return PROVIDER_MESSAGES.get(kind, PROVIDER_MESSAGES["unavailable"])


def after_settle(outcome: Outcome) -> None:
    if not outcome.order_number or not (outcome.paid or outcome.refunded_no_stock):
        return
    with unit_of_work(sessionmaker_for(current_app), write=False) as session:
        order = session.scalar(select(Order).where(Order.number == outcome.order_number))
        if outcome.refunded_no_stock:
            _to_buyer(order, "order_refunded_no_stock")
            return
        _to_buyer(order, "order_paid")
        for artist in {line.artist for line in order.lines}:
            user = artist.user
            lines = [line for line in order.lines if line.artist_id == artist.id]
            mail.send_templated(
                user.email,
                user.preferred_language,
                "order_to_ship",
                order=order,
                lines=lines,
                name=user.display_name,
                link=url_for("sales.index", lang_code=user.preferred_language, _external=True),
            )


def shipped(order: Order) -> None:
    _to_buyer(order, "order_shipped")


def delivered(order: Order) -> None:
    _to_buyer(order, "order_delivered")


def refunded(number: str, amount_minor: int, reason: str) -> None:
    """After commit: tell the buyer, in their language, what was refunded and why."""
    with unit_of_work(sessionmaker_for(current_app), write=False) as session:
        order = session.scalar(select(Order).where(Order.number == number))
        _to_buyer(order, "order_refunded", amount=amount_minor, reason=reason)


def _to_buyer(order: Order, template: str, **context) -> None:
    link = url_for("orders.order", number=order.number, lang_code=order.language, _external=True)
    mail.send_templated(
        order.email,
        order.language,
        template,
        order=order,
        name=order.buyer.display_name,
        link=link,
        **context,
    )
