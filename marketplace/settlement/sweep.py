"""The orders sweep (the worker runs it every few minutes; `flask --app marketplace orders sweep` by hand):
settle payment sessions whose events were missed, releasing their stock, and confirm the deliveries nobody
confirmed within AUTO_DELIVERY_DAYS_AFTER_SHIPPING. The emails go to the outbox with each change."""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import Flask
from sqlalchemy import select

from marketplace.certificates.signing import signer_for
from marketplace.db import sessionmaker_for, unit_of_work, utcnow
from marketplace.orders import notify, shipments
from marketplace.orders.models import Order, OrderStatus
from marketplace.payments.gateway import PaymentProviderError
from marketplace.payments.provider import gateway_for
from marketplace.settlement import fulfilment
from marketplace.settlement import notify as settle_notify


@dataclass
class Report:
    settled: int = 0
    unreachable: list[str] = field(default_factory=list)
    delivered: int = 0


def run(app: Flask) -> Report:
    """One sweep. Emails are rendered in a request context on PUBLIC_BASE_URL (their links point there)."""
    with app.test_request_context(base_url=app.config["PUBLIC_BASE_URL"]):
        report = Report()
        _settle_overdue(app, report)
        days = app.config["AUTO_DELIVERY_DAYS_AFTER_SHIPPING"]
        with unit_of_work(sessionmaker_for(app)) as session:
            deliveries = shipments.confirm_overdue(session, utcnow(), days)
            notify.delivered(session, deliveries)
        report.delivered = len(deliveries)
        return report


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
            with unit_of_work(factory) as session:
                outcome = fulfilment.settle(session, gateway, session_id, utcnow(), signer)
                settle_notify.after_settle(session, outcome)
            report.settled += 1
        except PaymentProviderError as error:
            report.unreachable.append(f"{session_id}: {error}")
