"""account.updated reaches us from Stripe's Connect endpoint, signed with that endpoint's own secret."""

from __future__ import annotations

import hashlib
import hmac
import json
import time

from marketplace.catalog.models import ArtistProfile
from tests.support.market import artist_of


def signed(payload: bytes, secret: str) -> str:
    stamp = int(time.time())
    mac = hmac.new(secret.encode(), f"{stamp}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={stamp},v1={mac}"


def account_event(account_id: str, enabled: bool) -> bytes:
    account = {"id": account_id, "object": "account", "details_submitted": enabled,
               "payouts_enabled": enabled, "charges_enabled": enabled,
               "capabilities": {"transfers": "active" if enabled else "inactive"}}  # fmt: skip
    return json.dumps({"id": f"evt_{account_id}_{enabled}", "object": "event", "type": "account.updated",
                       "account": account_id, "data": {"object": account}}).encode()  # fmt: skip


def test_connect_events_are_verified_with_the_connect_secret(app, client, make_artist, db):
    app.config["STRIPE_CONNECT_WEBHOOK_SECRET"] = "whsec_connect_endpoint"
    artist_id = make_artist(country="FR")
    with db() as session:
        session.get(ArtistProfile, artist_id).stripe_account_id = "acct_123"
    body = account_event("acct_123", True)
    wrong = client.post(
        "/webhooks/stripe", data=body, headers={"Stripe-Signature": signed(body, "whsec_other")}
    )
    assert wrong.status_code == 400 and not artist_of(db, artist_id).stripe_payouts_enabled
    good = client.post(
        "/webhooks/stripe", data=body, headers={"Stripe-Signature": signed(body, "whsec_connect_endpoint")}
    )
    assert good.status_code == 200 and artist_of(db, artist_id).stripe_payouts_enabled
    body = account_event("acct_123", False)  # Stripe disables the account later
    secret = app.config["STRIPE_WEBHOOK_SECRET"]
    assert (
        client.post(
            "/webhooks/stripe", data=body, headers={"Stripe-Signature": signed(body, secret)}
        ).status_code
        == 200
    )
    assert not artist_of(db, artist_id).stripe_payouts_enabled
