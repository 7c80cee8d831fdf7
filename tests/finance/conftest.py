"""A marketplace on a real port with the fake Stripe beside it, delivering webhooks in the background as
Stripe does (a refund's charge.refunded must not wait on the request that made the refund)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
import requests
from sqlalchemy import select

from marketplace.catalog.models import ArtistProfile
from marketplace.orders.models import Order
from tests.conftest import PASSWORD, post_form, sign_in
from tests.live_market import confirmed_total, running_market
from tests.orders.test_buying import ADDRESS


@dataclass
class Market:
    app_url: str
    fake_url: str
    fake: object
    secret: str

    def control(self, path: str, body: dict | None = None) -> dict:
        if body is None:
            return requests.get(f"{self.fake_url}/_control/{path}", timeout=30).json()
        return requests.post(f"{self.fake_url}/_control/{path}", json=body, timeout=30).json()

    def api(self, method: str, path: str, **data) -> dict:
        answer = requests.request(
            method, f"{self.fake_url}/v1/{path}", data=data or None,
            headers={"Authorization": f"Bearer {self.secret}"}, timeout=30,
        )  # fmt: skip
        return answer.json()

    def deliveries_settled(self, timeout: float = 20.0) -> None:
        """Wait until every event emitted so far has been delivered with a 2xx answer."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            events = self.control("events")["data"]
            if all(e["pending_webhooks"] == 0 for e in events):
                return
            time.sleep(0.1)
        raise AssertionError("webhooks were not all delivered")


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


def buy(market: Market, buyer, work_quantities: list[tuple[int, int]], currency: str) -> str:
    """The buyer puts works in the cart, checks out, pays by card and comes back: the order number."""
    for work_id, quantity in work_quantities:
        page = f"/fr/works/{work_id}-kanga-ya-bluu"
        post_form(buyer, "/fr/cart/add", {"work_id": work_id, "quantity": quantity, "next": page},
                  token_from=page)  # fmt: skip
    review = post_form(buyer, f"/fr/checkout/{currency}", ADDRESS, token_from="/fr/cart/")
    assert review.status_code == 200, review.get_data(as_text=True)[:500]
    address = {**ADDRESS, "confirm": confirmed_total(review.get_data(as_text=True))}
    response = post_form(buyer, f"/fr/checkout/{currency}", address, token_from="/fr/cart/")
    assert response.status_code == 303, response.get_data(as_text=True)[:500]
    answer = requests.post(response.headers["Location"], data={"action": "pay:card"}, allow_redirects=False,
                           timeout=30)  # fmt: skip
    back = urlsplit(answer.headers["Location"])
    buyer.get(f"{back.path}?{back.query}")
    number = back.path.split("/")[3]
    return number


def order_of(db, number: str) -> Order:
    with db(write=False) as session:
        order = session.scalar(select(Order).where(Order.number == number))
        order.lines, order.shipments  # noqa: B018
        for line in order.lines:
            line.work  # noqa: B018
        return order


def artist_of(db, artist_id: int) -> ArtistProfile:
    with db(write=False) as session:
        return session.get(ArtistProfile, artist_id)
