"""The application's Stripe gateway, built from its configuration (one place for views and commands)."""

from __future__ import annotations

from marketplace.payments.gateway import StripeGateway


def gateway_for(app) -> StripeGateway:
    config = app.config
    return StripeGateway(
        config["STRIPE_SECRET_KEY"], config.get("STRIPE_API_BASE"), timeout=config["STRIPE_TIMEOUT_SECONDS"]
    )
