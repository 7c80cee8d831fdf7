"""Fixtures for the fake Stripe server: it and a webhook receiver run on loopback threads, and the tests talk
to it through the real ``stripe`` library, as the marketplace does. No database: these tests run once.
"""

from __future__ import annotations

import json
import threading
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
import stripe
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from marketplace.payments.fake_stripe.server import create_fake_stripe
from marketplace.payments.fake_stripe.state import FakeStripe
from tests.payments.support import API_KEY, WEBHOOK_SECRET


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


def serve(app) -> tuple[str, Callable[[], None]]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()

    def stop() -> None:
        server.shutdown()
        thread.join(timeout=5)

    return f"http://127.0.0.1:{server.server_port}", stop


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    endpoint = Receiver()
    endpoint.url, stop = serve(endpoint)
    endpoint.url += "/webhooks/stripe"
    yield endpoint
    stop()


@dataclass
class Fake:
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


@pytest.fixture
def make_fake(receiver) -> Iterator[Callable[..., Fake]]:
    stops = []

    def start(synchronous: bool = True, webhook_url: str | None = "receiver") -> Fake:
        holder: dict = {}
        url, stop = serve(lambda environ, start_response: holder["app"](environ, start_response))
        stops.append(stop)
        target = receiver.url if webhook_url == "receiver" else webhook_url
        holder["app"] = app = create_fake_stripe(
            target, WEBHOOK_SECRET, url, synchronous_webhooks=synchronous
        )
        return Fake(url, app, app.extensions["fake_stripe"])

    yield start
    for stop in stops:
        stop()


@pytest.fixture
def fake(make_fake) -> Fake:
    return make_fake()
