"""The marketplace on a real port with the project's fake Stripe beside it (webhooks reach it over HTTP),
and a buyer's way through it: the cart, the checkout's review, the pay page, the return."""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
from sqlalchemy import select

from marketplace.catalog.models import ArtistProfile
from marketplace.orders.models import Order
from marketplace.payments.fake_stripe.server import create_fake_stripe
from tests.support.forms import post_form
from tests.support.servers import free_port, serve

#: Where the buyers of the checkout tests live.
ADDRESS = {
    "name": "Fatou Ndiaye",
    "line1": "12 rue Carnot",
    "city": "Dakar",
    "postal_code": "10000",
    "country": "SN",
    "phone": "+221 77 000 00 00",
}

#: The total the checkout review shows, which its "Pay" button sends back.
CONFIRM = re.compile(r'name="confirm" value="(\d+)"')


def confirmed_total(review_html: str) -> str:
    match = CONFIRM.search(review_html)
    assert match, "no checkout review on this page"
    return match.group(1)


@contextlib.contextmanager
def running_market(app, synchronous: bool) -> Iterator[tuple[str, str, object]]:
    """(app url, fake Stripe url, fake Stripe app); ``synchronous`` delivers webhooks before answering."""
    with serve(app) as app_url:
        port = free_port()
        fake = create_fake_stripe(
            webhook_url=f"{app_url}/webhooks/stripe",
            webhook_secret=app.config["STRIPE_WEBHOOK_SECRET"],
            public_base_url=f"http://127.0.0.1:{port}",
            synchronous_webhooks=synchronous,
        )
        with serve(fake, port) as fake_url:
            app.config["STRIPE_API_BASE"] = fake_url
            app.config["PUBLIC_BASE_URL"] = app_url  # the links the app gives out (Stripe's return address)
            yield app_url, fake_url, fake


@dataclass
class Market:
    """The running marketplace and fake Stripe (see the ``market`` fixture), with calls to the fake."""

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


def buy(
    market: Market, buyer, work_quantities: list[tuple[int, int]], currency: str, lang: str = "fr"
) -> str:
    """The buyer puts works in the cart, checks out (in ``lang``), pays by card and comes back: the order
    number."""
    for work_id, quantity in work_quantities:
        page = f"/{lang}/works/{work_id}-kanga-ya-bluu"
        post_form(buyer, f"/{lang}/cart/add", {"work_id": work_id, "quantity": quantity, "next": page},
                  token_from=page)  # fmt: skip
    review = post_form(buyer, f"/{lang}/checkout/{currency}", ADDRESS, token_from=f"/{lang}/cart/")
    assert review.status_code == 200, review.get_data(as_text=True)[:500]
    address = {**ADDRESS, "confirm": confirmed_total(review.get_data(as_text=True))}
    response = post_form(buyer, f"/{lang}/checkout/{currency}", address, token_from=f"/{lang}/cart/")
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
