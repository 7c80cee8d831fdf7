"""`flask --app marketplace fake-stripe run`: serve the fake Stripe server next to the development app."""

from __future__ import annotations

import os

import click
from flask import current_app
from flask.cli import AppGroup
from werkzeug.serving import run_simple

fake_stripe_cli = AppGroup("fake-stripe", help="A fake of Stripe's API and hosted checkout, for development.")

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def refusal(config: dict) -> str | None:
    """Why the fake must not run with this configuration, or None when it may."""
    # ENV_NAME is a class attribute of the config classes; fall back to MARKETPLACE_ENV if it is not copied.
    env_name = config.get("ENV_NAME") or os.environ.get("MARKETPLACE_ENV", "development")
    if env_name == "production":
        return "The fake Stripe server never runs with a production configuration: real payments need Stripe."
    if not config.get("FAKE_STRIPE_ENABLED"):
        return "The fake Stripe server is disabled: set FAKE_STRIPE_ENABLED=1 (development and testing only)."
    if not config.get("STRIPE_WEBHOOK_SECRET"):
        return "STRIPE_WEBHOOK_SECRET is not set: the fake signs its webhooks with it, as Stripe does."
    return None


@fake_stripe_cli.command("run")
@click.option("--port", default=None, type=int, help="[FAKE_STRIPE_PORT, or 12111]")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option(
    "--webhook-url",
    default="http://127.0.0.1:5000/webhooks/stripe",
    show_default=True,
    help="Where events are POSTed, signed with STRIPE_WEBHOOK_SECRET.",
)
@click.option(
    "--public-url", default=None, help="Base URL browsers use to reach the pay page [http://HOST:PORT]."
)
@click.option(
    "--sync-webhooks", is_flag=True, help="Deliver webhooks before answering the request that made them."
)
def run(port: int | None, host: str, webhook_url: str, public_url: str | None, sync_webhooks: bool) -> None:
    """Serve the fake Stripe API (point STRIPE_API_BASE at it) and its hosted pay page."""
    from marketplace.payments.fake_stripe.server import create_fake_stripe

    reason = refusal(current_app.config)
    if reason:
        raise click.ClickException(reason)
    port = port or current_app.config.get("FAKE_STRIPE_PORT") or 12111
    if host not in LOOPBACK:
        click.echo(
            f"Warning: the fake Stripe server listens on {host}; it has no real authentication.", err=True
        )
    public_url = public_url or f"http://{host}:{port}"
    fake = create_fake_stripe(
        webhook_url,
        current_app.config["STRIPE_WEBHOOK_SECRET"],
        public_url,
        synchronous_webhooks=sync_webhooks,
    )
    click.echo(f"Fake Stripe API on {public_url} (any sk_test_ key); webhooks to {webhook_url}.")
    run_simple(host, port, fake, threaded=True, use_reloader=False, use_debugger=False)
