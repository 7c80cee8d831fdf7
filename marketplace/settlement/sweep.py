"""The orders sweep (the worker runs it every few minutes; `flask --app marketplace orders sweep` by hand):
settle payment sessions whose events were missed, releasing their stock, and confirm the deliveries nobody
confirmed within AUTO_DELIVERY_DAYS_AFTER_SHIPPING. The emails go to the outbox with each change."""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import Flask
from sqlalchemy import select

from marketplace.certificates.signing import signer_for
from marketplace.db import sessionmaker_for, unit_of_work, utcnow
from marketplace.finance.models import Refund
from marketplace.orders import checkout, notify, shipments, workflow
from marketplace.orders.models import Order, OrderStatus
from marketplace.payments.gateway import PaymentProviderError
from marketplace.payments.provider import gateway_for
from marketplace.settlement import fulfilment
from marketplace.settlement import notify as settle_notify


@dataclass
class Report:
    released: int = 0
    settled: int = 0
    refunded: int = 0
    unreachable: list[str] = field(default_factory=list)
    delivered: int = 0


def run(app: Flask) -> Report:
    """One sweep. Emails are rendered in a request context on PUBLIC_BASE_URL (their links point there)."""
    with app.test_request_context(base_url=app.config["PUBLIC_BASE_URL"]):
        report = Report()
        _release_orphans(app, report)
        _settle_overdue(app, report)
        _make_pending_refunds(app, report)
        days = app.config["AUTO_DELIVERY_DAYS_AFTER_SHIPPING"]
        with unit_of_work(sessionmaker_for(app)) as session:
            deliveries = shipments.confirm_overdue(session, utcnow(), days)
            notify.delivered(session, deliveries)
        report.delivered = len(deliveries)
        return report


def _release_orphans(app: Flask, report: Report) -> None:
    """Orders whose payment page was never opened (the checkout died between its two transactions):
    their hold ends like any other, without asking Stripe."""
    with unit_of_work(sessionmaker_for(app)) as session:
        orphans = session.scalars(
            select(Order).where(
                Order.status == OrderStatus.PENDING_PAYMENT.value,
                Order.expires_at < utcnow(),
                Order.stripe_session_id.is_(None),
            )
        ).all()
        for order in orphans:
            order = workflow.lock_order(session, order.id)
            if order.status == OrderStatus.PENDING_PAYMENT.value and order.stripe_session_id is None:
                checkout.release(session, order)
                workflow.ORDER.move(session, order, OrderStatus.EXPIRED, actor_id=None, actor_role="system",
                                    note="the payment page was never opened")  # fmt: skip
                report.released += 1


def _settle_overdue(app: Flask, report: Report) -> None:
    gateway, signer, factory = gateway_for(app), signer_for(app), sessionmaker_for(app)
    with unit_of_work(factory, write=False) as session:
        overdue = session.scalars(
            select(Order.stripe_session_id).where(
                Order.status == OrderStatus.PENDING_PAYMENT.value,
                Order.expires_at < utcnow(),
                Order.stripe_session_id.is_not(None),
            )
        ).all()
    for session_id in overdue:
        try:
            remote = gateway.retrieve_session(session_id)
            if remote.status == "open":
                gateway.expire_session(session_id)
                remote = gateway.retrieve_session(session_id)  # its state after the expiry
            with unit_of_work(factory) as session:
                outcome = fulfilment.settle(session, remote, utcnow(), signer)
                settle_notify.after_settle(session, outcome)
            report.settled += 1
        except PaymentProviderError as error:
            report.unreachable.append(f"{session_id}: {error}")


def _make_pending_refunds(app: Flask, report: Report) -> None:
    """Refunds recorded while their order was locked (a payment that came after its hold, the stock gone):
    Stripe makes them now, with no transaction open, under a key of the order's (a retry replays it)."""
    gateway, factory = gateway_for(app), sessionmaker_for(app)
    with unit_of_work(factory, write=False) as session:
        pending = session.execute(
            select(Refund.id, Order.payment_intent_id, Order.number)
            .join(Order, Order.id == Refund.order_id)
            .where(Refund.origin == "marketplace", Refund.stripe_refund_id.is_(None))
        ).all()
    for refund_id, payment_intent_id, number in pending:
        try:
            stripe_id = gateway.refund(payment_intent_id, None, key=f"refund-nostock-{number}")
        except PaymentProviderError as error:
            report.unreachable.append(f"refund of {number}: {error}")
            continue
        with unit_of_work(factory) as session:
            session.get(Refund, refund_id).stripe_refund_id = stripe_id
        report.refunded += 1
