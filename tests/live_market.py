"""The marketplace on a real port with the project's fake Stripe beside it (webhooks reach it over HTTP)."""

from __future__ import annotations

import contextlib
import re
import socket
import threading
from collections.abc import Iterator

from werkzeug.serving import make_server

from marketplace.payments.fake_stripe.server import create_fake_stripe

#: The total the checkout review shows, which its "Pay" button sends back.
CONFIRM = re.compile(r'name="confirm" value="(\d+)"')


def confirmed_total(review_html: str) -> str:
    match = CONFIRM.search(review_html)
    assert match, "no checkout review on this page"
    return match.group(1)


def serve(wsgi_app, port=0):
    server = make_server("127.0.0.1", port, wsgi_app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_port}"


@contextlib.contextmanager
def running_market(app, synchronous: bool) -> Iterator[tuple[str, str, object]]:
    """(app url, fake Stripe url, fake Stripe app); ``synchronous`` delivers webhooks before answering."""
    app_server, app_url = serve(app)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    fake = create_fake_stripe(
        webhook_url=f"{app_url}/webhooks/stripe",
        webhook_secret=app.config["STRIPE_WEBHOOK_SECRET"],
        public_base_url=f"http://127.0.0.1:{port}",
        synchronous_webhooks=synchronous,
    )
    fake_server, fake_url = serve(fake, port)
    app.config["STRIPE_API_BASE"] = fake_url
    try:
        yield app_url, fake_url, fake
    finally:
        fake_server.shutdown()
        app_server.shutdown()
