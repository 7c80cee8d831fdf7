"""`flask --app marketplace orders sweep`: settle payment sessions whose events were missed."""

import click
from flask import current_app
from flask.cli import AppGroup
from sqlalchemy import select

from marketplace.certificates.signing import signer_for
from marketplace.db import sessionmaker_for, unit_of_work, utcnow
from marketplace.orders import fulfilment
from marketplace.orders.models import Order, OrderStatus
from marketplace.payments.gateway import PaymentProviderError, StripeGateway

orders_cli = AppGroup("orders", help="Orders and stock holds.")


@orders_cli.command("sweep")
def sweep() -> None:
    """Expire holds whose payment session ended without payment (run it every few minutes)."""
    config = current_app.config
    gateway = StripeGateway(config["STRIPE_SECRET_KEY"], config.get("STRIPE_API_BASE"))
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
