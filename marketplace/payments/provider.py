"""The application's Stripe gateway, built from its configuration (one place for views and commands).

One gateway, and so one Stripe client with its connection pools, per application: it is made on first use
and made again only if the Stripe settings change (tests point a running app at their own fake Stripe).
The client keeps one HTTP session per thread, so the threads of a server share it safely.
"""

from __future__ import annotations

from marketplace.payments.gateway import StripeGateway

EXTENSION = "marketplace.stripe"


def gateway_for(app) -> StripeGateway:
    config = app.config
    settings = (config["STRIPE_SECRET_KEY"], config.get("STRIPE_API_BASE"), config["STRIPE_TIMEOUT_SECONDS"])
    made = app.extensions.get(EXTENSION)
    if made is None or made[0] != settings:
        secret_key, api_base, timeout = settings
        made = (settings, StripeGateway(secret_key, api_base, timeout=timeout))
        app.extensions[EXTENSION] = made
    return made[1]
