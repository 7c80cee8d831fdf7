"""A marketplace on a real port with the fake Stripe beside it, delivering webhooks in the background as
Stripe does (a refund's charge.refunded must not wait on the request that made the refund)."""

from __future__ import annotations

import pytest

from tests.support.forms import PASSWORD, sign_in
from tests.support.market import Market, running_market


@pytest.fixture
def market(app):
    with running_market(app, synchronous=False) as (app_url, fake_url, fake):
        market = Market(app_url, fake_url, fake, app.config["STRIPE_SECRET_KEY"])
        yield market
        market.deliveries_settled(timeout=10)


@pytest.fixture
def people(app, make_user, make_artist):
    """A buyer, an administrator, and an approved artist, each with a signed-in client."""
    make_user(email="buyer@example.org", language="fr")
    make_user(email="admin@example.org", name="Admin", roles=("admin",))
    artist_id = make_artist()
    clients = {}
    for who, email in (("buyer", "buyer@example.org"), ("admin", "admin@example.org"),
                       ("artist", "artist@example.org")):  # fmt: skip
        clients[who] = app.test_client()
        sign_in(clients[who], email=email, password=PASSWORD)
    clients["artist_id"] = artist_id
    return clients
