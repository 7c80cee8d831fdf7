"""`flask --app marketplace orders sweep`: settle payment sessions whose events were missed, and confirm
the delivery of parts shipped more than AUTO_DELIVERY_DAYS_AFTER_SHIPPING days ago."""

import click
from flask import current_app
from flask.cli import AppGroup
from sqlalchemy import select

from marketplace.certificates.signing import signer_for
from marketplace.db import sessionmaker_for, unit_of_work, utcnow
from marketplace.orders import notify, shipments
from marketplace.orders.models import Order, OrderStatus
from marketplace.payments.gateway import PaymentProviderError
from marketplace.payments.provider import gateway_for
from marketplace.settlement import fulfilment

orders_cli = AppGroup("orders", help="Orders and stock holds.")


@orders_cli.command("sweep")
def sweep() -> None:
    """Expire holds whose payment session ended without payment and confirm overdue deliveries (run it
    every few minutes)."""
    config = current_app.config
    gateway = gateway_for(current_app)
    signer = signer_for(current_app)
    factory = sessionmaker_for(current_app)
    with unit_of_work(factory, write=False) as session:
        overdue = session.scalars(
            select(Order.stripe_session_id).where(
                Order.status == OrderStatus.PENDING_PAYMENT.value,
                Order.expires_at < utcnow(),
                Order.stripe_session_id.is_not(None),
            )
        ).all()
    settled = failed = 0
    for session_id in overdue:
        try:
            remote = gateway.retrieve_session(session_id)
            if remote.status == "open":
                gateway.expire_session(session_id)
            with unit_of_work(factory) as session:
                fulfilment.settle(session, gateway, session_id, utcnow(), signer)
            settled += 1
        except PaymentProviderError as error:
            failed += 1
            click.echo(f"{session_id}: {error}", err=True)
    click.echo(f"Settled {settled} overdue orders; {failed} could not be reached.")
    days = config["AUTO_DELIVERY_DAYS_AFTER_SHIPPING"]
    with unit_of_work(factory) as session:
        deliveries = shipments.confirm_overdue(session, utcnow(), days)
    # After the commit, so nobody is told about a confirmation that was rolled back.
    _send(deliveries)
    click.echo(f"Confirmed {len(deliveries)} deliveries shipped more than {days} days ago.")


def _send(deliveries: list[shipments.Delivery]) -> None:
    """Email each delivery in a request context (templates need one) whose address is PUBLIC_BASE_URL, so
    the emails' links point at the site."""
    with current_app.test_request_context(base_url=current_app.config["PUBLIC_BASE_URL"]):
        for delivery in deliveries:
            try:
                notify.delivered([delivery])
            except Exception as error:  # the confirmation stands; a failed email must not stop the others
                current_app.logger.exception("delivery email failed")
                click.echo(f"{delivery.order_number}: the delivery emails failed: {error}", err=True)
