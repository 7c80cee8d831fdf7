"""``POST /webhooks/stripe``: Stripe's events, their signature checked on the raw body (no CSRF token)."""

from __future__ import annotations

from flask import Blueprint, current_app, request

from marketplace.certificates.signing import signer_for
from marketplace.db import db_session, utcnow
from marketplace.extensions import csrf
from marketplace.finance.refunds import RefundInFlight
from marketplace.payments.gateway import PaymentProviderError
from marketplace.payments.provider import gateway_for
from marketplace.settlement import stripe_events

bp = Blueprint("webhooks", __name__)


@bp.route("/webhooks/stripe", methods=["POST"])
@csrf.exempt
def stripe_webhook():
    event = _verified_event(request.get_data(), request.headers.get("Stripe-Signature", ""))
    if event is None:
        return {"error": "invalid signature"}, 400
    if event["type"] not in stripe_events.HANDLED_EVENTS:
        return {"status": "ignored"}, 200  # nothing to do, and no need to take the write lock
    gateway, signer = gateway_for(current_app), signer_for(current_app)
    try:
        # Asked before the transaction begins: no lock is held while Stripe answers.
        remote = stripe_events.prefetch(gateway, event)
        processed = stripe_events.handle(db_session(), gateway, event, utcnow(), signer, remote)
    except PaymentProviderError:
        # Stripe retries a delivery that did not succeed; the recorded event id is rolled back with it.
        return {"error": "provider unavailable"}, 503
    except RefundInFlight:
        # A refund of ours that Stripe has made and we are recording: counted once, when it is recorded.
        return {"error": "a refund is being recorded"}, 503
    if not processed:
        return {"status": "already processed"}, 200
    return {"status": "ok"}, 200


def _verified_event(payload: bytes, signature: str):
    """The event, if signed with the account's endpoint secret or the Connect endpoint's (account.updated
    events of connected accounts reach a Connect endpoint, which Stripe signs with a secret of its own)."""
    import stripe  # loaded by the first webhook, not by every worker at start

    config = current_app.config
    for secret in (config["STRIPE_WEBHOOK_SECRET"], config.get("STRIPE_CONNECT_WEBHOOK_SECRET")):
        if not secret:
            continue
        try:
            return stripe.Webhook.construct_event(payload, signature, secret)
        except (ValueError, stripe.SignatureVerificationError):
            continue
    return None
