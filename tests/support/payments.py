"""The fake Stripe tests' constants and parameters, their webhook endpoint, and the fake as they see it.

The fake and the receiver run on loopback threads (see tests/payments/conftest.py), and the tests talk to the
fake through the real ``stripe`` library, as the marketplace does.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.request
from dataclasses import dataclass, field

import stripe
from werkzeug.wrappers import Request, Response

from marketplace.payments.fake_stripe.state import FakeStripe

WEBHOOK_SECRET = "whsec_fake_stripe_tests"
API_KEY = "sk_test_fake_stripe_tests"


def session_params(**overrides) -> dict:
    """What the marketplace sends for one order, in Stripe's parameters."""
    params = {
        "mode": "payment",
        "line_items": [
            {
                "price_data": {
                    "currency": "usd",
                    "unit_amount": 12500,
                    "product_data": {"name": "Indigo batik"},
                },
                "quantity": 1,
            },
            {
                "price_data": {"currency": "usd", "unit_amount": 2000, "product_data": {"name": "Kanga"}},
                "quantity": 2,
            },
        ],
        "payment_method_types": ["card", "alipay", "wechat_pay"],
        "payment_method_options": {"wechat_pay": {"client": "web"}},
        "success_url": "https://shop.test/en/orders/A-1/paid?session={CHECKOUT_SESSION_ID}",
        "cancel_url": "https://shop.test/en/cart",
        "expires_at": int(time.time()) + 3600,
        "metadata": {"order_number": "A-1"},
        "client_reference_id": "A-1",
        "customer_email": "amina@example.org",
        "payment_intent_data": {"metadata": {"order_number": "A-1", "buyer": "7"}},
    }
    params.update(overrides)
    return params


@dataclass
class Receiver:
    """A webhook endpoint that verifies every delivery with ``stripe.Webhook.construct_event``."""

    url: str = ""
    events: list = field(default_factory=list)  # verified stripe.Event objects, in arrival order
    raw: list = field(default_factory=list)  # (body, Stripe-Signature) of every verified delivery
    rejected: list = field(default_factory=list)
    fail_next: int = 0  # answer 500 to this many deliveries first
    condition: threading.Condition = field(default_factory=threading.Condition)

    def __call__(self, environ, start_response):
        request = Request(environ)
        body = request.get_data()
        header = request.headers.get("Stripe-Signature")
        with self.condition:
            if self.fail_next:
                self.fail_next -= 1
                return Response("try again", 500)(environ, start_response)
        try:
            event = stripe.Webhook.construct_event(body, header, WEBHOOK_SECRET)
        except (stripe.SignatureVerificationError, ValueError) as error:
            with self.condition:
                self.rejected.append(str(error))
            return Response("bad signature", 400)(environ, start_response)
        with self.condition:
            self.events.append(event)
            self.raw.append((body, header))
            self.condition.notify_all()
        return Response("ok", 200)(environ, start_response)

    def types(self) -> list[str]:
        with self.condition:
            return [event.type for event in self.events]

    def wait_for(self, count: int, timeout: float = 5.0) -> list:
        with self.condition:
            self.condition.wait_for(lambda: len(self.events) >= count, timeout=timeout)
            return list(self.events)


@dataclass
class Fake:
    """A running fake Stripe: its address, its WSGI app and its state."""

    url: str
    app: object
    state: FakeStripe

    def client(self, api_key: str = API_KEY, timeout: float = 5, retries: int = 0) -> stripe.StripeClient:
        return stripe.StripeClient(
            api_key,
            base_addresses={"api": self.url},
            max_network_retries=retries,
            http_client=stripe.RequestsClient(timeout=timeout),
        )

    def control(self, path: str, body: dict | None = None) -> dict:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"{self.url}/_control/{path}", data=data, method="POST" if data else "GET"
        )
        with urllib.request.urlopen(request, timeout=20) as answer:  # noqa: S310 (loopback test server)
            return json.loads(answer.read())

    def event_types(self) -> list[str]:
        return [event["type"] for event in self.control("events")["data"]]

    def browser(self):
        """The pay page as a browser sees it (Werkzeug's test client on the same app, same state)."""
        return self.app.test_client()
