"""Fixtures for the fake Stripe server: it and a webhook receiver run on loopback threads, and the tests talk
to it through the real ``stripe`` library, as the marketplace does. No database: these tests run once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

import pytest

from marketplace.payments.fake_stripe.server import create_fake_stripe
from tests.support.payments import WEBHOOK_SECRET, Fake, Receiver
from tests.support.servers import serve


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    endpoint = Receiver()
    with serve(endpoint) as url:
        endpoint.url = f"{url}/webhooks/stripe"
        yield endpoint


@pytest.fixture
def make_fake(receiver) -> Iterator[Callable[..., Fake]]:
    with contextlib.ExitStack() as servers:

        def start(synchronous: bool = True, webhook_url: str | None = "receiver") -> Fake:
            holder: dict = {}
            url = servers.enter_context(
                serve(lambda environ, start_response: holder["app"](environ, start_response))
            )
            target = receiver.url if webhook_url == "receiver" else webhook_url
            holder["app"] = app = create_fake_stripe(
                target, WEBHOOK_SECRET, url, synchronous_webhooks=synchronous
            )
            return Fake(url, app, app.extensions["fake_stripe"])

        yield start


@pytest.fixture
def fake(make_fake) -> Fake:
    return make_fake()
