"""Stripe's events, each processed once: payment sessions settle their order (fulfilment), refunds,
disputes and connected accounts go to finance, and the emails about them are queued with them. Never
commits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from marketplace.certificates.signing import Signer
from marketplace.finance import events as finance_events
from marketplace.finance import notify as artist_notify
from marketplace.orders.models import WebhookEvent
from marketplace.payments.gateway import StripeGateway
from marketplace.settlement import fulfilment, notify

SETTLING_EVENTS = {
    "checkout.session.completed",
    "checkout.session.async_payment_succeeded",
    "checkout.session.async_payment_failed",
    "checkout.session.expired",
}
HANDLED_EVENTS = SETTLING_EVENTS | finance_events.EVENTS


def prefetch(gateway: StripeGateway, event):
    """Stripe's current state of the event's object (payment session, charge, dispute), asked before any
    transaction begins: no lock is held while Stripe answers."""
    if event["type"] in SETTLING_EVENTS:
        return gateway.retrieve_session(event["data"]["object"]["id"])
    return finance_events.prefetch(gateway, event)


def handle(
    session: Session, gateway: StripeGateway, event, now: datetime, signer: Signer,
    remote=None,
) -> bool:  # fmt: skip
    """Process a verified event of a handled type; False if its id was processed before.

    The event id is recorded first, in the same transaction as its effects and the emails about them: a
    delivery that fails (the caller rolls back) is processed again when Stripe retries it. Raises
    PaymentProviderError when Stripe cannot be reached.
    """
    try:
        with session.begin_nested():
            session.add(WebhookEvent(event_id=event["id"], event_type=event["type"]))
    except IntegrityError:
        return False
    if event["type"] in finance_events.EVENTS:
        handled = finance_events.handle(session, event, remote or prefetch(gateway, event), now)
        if handled.refund_ids:
            artist_notify.refunded_in_stripe(session, list(handled.refund_ids))
        if handled.dispute:  # opened or decided now, not on a redelivery
            artist_notify.disputed(session, *handled.dispute)
        return True
    outcome = fulfilment.settle(session, remote or prefetch(gateway, event), now, signer)
    notify.after_settle(session, outcome)
    return True
