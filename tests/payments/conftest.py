"""Fixtures for the fake Stripe server: it and a webhook receiver run on loopback threads, and the tests talk
to it through the real ``stripe`` library, as the marketplace does. No database: these tests run once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from werkzeug.serving import make_server

from marketplace.payments.fake_stripe.server import create_fake_stripe
from tests.support.payments import WEBHOOK_SECRET, Fake, Receiver


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
