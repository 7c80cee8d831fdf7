"""Many buyers at once, through a real gunicorn server on 127.0.0.1 and the fake Stripe server."""

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

from marketplace.catalog.models import Work
from marketplace.orders.models import Order
from marketplace.payments.fake_stripe.server import create_fake_stripe
from tests.support.forms import CSRF_RE, PASSWORD
from tests.support.market import confirmed_total
from tests.support.servers import free_port, serve

ADDRESS = {"name": "A Buyer", "line1": "1 Road", "city": "Nairobi", "postal_code": "00100", "country": "KE"}
GUNICORN = Path(sys.executable).with_name("gunicorn")


@pytest.fixture
def servers(app, tmp_path):
    """gunicorn (4 processes) serving the marketplace on the test database, and the fake Stripe."""
    app_port, fake_port = free_port(), free_port()
    app_url, fake_url = f"http://127.0.0.1:{app_port}", f"http://127.0.0.1:{fake_port}"
    fake = create_fake_stripe(f"{app_url}/webhooks/stripe", "whsec_concurrency", fake_url)
    with serve(fake, fake_port):
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("MARKETPLACE_")},
            "MARKETPLACE_ENV": "development",
            "MARKETPLACE_INSTANCE_DIR": str(tmp_path),
            "DATABASE_URL": app.config["DATABASE_URL"],
            "SECRET_KEY": "concurrency-test-secret-key-of-some-length",
            "STRIPE_API_BASE": fake_url,
            "STRIPE_WEBHOOK_SECRET": "whsec_concurrency",
            "PUBLIC_BASE_URL": app_url,
            "SIGNIN_LIMIT_PER_IP": "1000 per minute",
            "ACCOUNT_FORM_LIMIT_PER_IP": "1000 per minute",
        }
        log = tmp_path / "gunicorn.log"
        process = subprocess.Popen(
            [str(GUNICORN), "--workers", "4", "--threads", "4", "--bind", f"127.0.0.1:{app_port}",
             "--log-level", "warning", "marketplace:create_app()"],
            env=env, stdout=log.open("w"), stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    if requests.get(f"{app_url}/healthz", timeout=5).status_code == 200:
                        break
                except requests.RequestException:
                    time.sleep(0.2)
            else:
                pytest.fail("gunicorn did not start:\n" + log.read_text()[-2000:])
            yield app_url, fake_url
        finally:
            # Whatever happened, leave no server running.
            process.terminate()
            process.wait(timeout=30)


def signed_in_session(app_url: str, email: str) -> requests.Session:
    browser = requests.Session()
    page = browser.get(f"{app_url}/en/account/sign-in", timeout=30).text
    answer = browser.post(
        f"{app_url}/en/account/sign-in",
        data={"csrf_token": CSRF_RE.search(page).group(1), "email": email, "password": PASSWORD},
        allow_redirects=False, timeout=30,
    )  # fmt: skip
    assert answer.status_code == 302, answer.text[:500]
    return browser


def add(browser, app_url, work_id, quantity=1):
    page = browser.get(f"{app_url}/en/works/{work_id}-kanga-ya-bluu", timeout=30).text
    browser.post(
        f"{app_url}/en/cart/add",
        data={"csrf_token": CSRF_RE.search(page).group(1), "work_id": work_id, "quantity": quantity},
        allow_redirects=False, timeout=30,
    )  # fmt: skip


def race(functions) -> list:
    barrier = threading.Barrier(len(functions))
    results = [None] * len(functions)

    def run(index, function):
        barrier.wait()
        results[index] = function()

    threads = [threading.Thread(target=run, args=(i, f)) for i, f in enumerate(functions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=180)
    return results


def checkout_attempt(browser, app_url, currency="EUR"):
    token = CSRF_RE.search(browser.get(f"{app_url}/en/checkout/{currency}", timeout=60).text).group(1)
    url = f"{app_url}/en/checkout/{currency}"
    review = browser.post(url, data={"csrf_token": token, **ADDRESS}, timeout=60)
    address = {**ADDRESS, "confirm": confirmed_total(review.text)}
    # gunicorn closes idle keep-alive connections after 2 s: race on fresh connections, not stale ones.
    browser.close()

    def attempt():
        answer = browser.post(
            f"{app_url}/en/checkout/{currency}", data={"csrf_token": token, **address},
            allow_redirects=False, timeout=120,
        )  # fmt: skip
        return answer.status_code, answer.headers.get("Location", "")

    return attempt


def test_fifty_buyers_for_the_last_unit(app, servers, make_user, make_artist, make_work, db):
    app_url, _fake_url = servers
    work_id = make_work(make_artist(), currency="EUR")
    browsers = []
    for n in range(50):
        make_user(email=f"buyer{n}@example.org")
        browser = signed_in_session(app_url, f"buyer{n}@example.org")
        add(browser, app_url, work_id)
        browsers.append(browser)
    results = race([checkout_attempt(b, app_url) for b in browsers])
    statuses = sorted(status for status, _ in results)
    assert statuses == [303] + [400] * 49, statuses
    winner = next(location for status, location in results if status == 303)
    paid = requests.post(winner, data={"action": "pay:card"}, allow_redirects=False, timeout=60)
    assert paid.status_code == 303
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with db(write=False) as session:
            if session.scalar(select(Order.status)) == "paid":
                break
        time.sleep(0.2)
    with db(write=False) as session:
        assert session.scalar(select(func.count()).select_from(Order)) == 1
        assert session.scalar(select(Order.status)) == "paid"
        assert session.get(Work, work_id).stock == 0


def test_overlapping_carts_neither_deadlock_nor_oversell(app, servers, make_user, make_artist, make_work, db):
    app_url, _fake_url = servers
    artist = make_artist()
    works = [make_work(artist, currency="EUR", edition="open", stock=3) for _ in range(3)]
    browsers = []
    for n in range(12):
        make_user(email=f"multi{n}@example.org")
        browser = signed_in_session(app_url, f"multi{n}@example.org")
        # Each cart holds the three works in a different order.
        for work_id in works[n % 3 :] + works[: n % 3]:
            add(browser, app_url, work_id)
        browsers.append(browser)
    results = race([checkout_attempt(b, app_url) for b in browsers])
    statuses = [status for status, _ in results]
    assert all(status in (303, 400) for status in statuses), statuses
    assert statuses.count(303) == 3
    with db(write=False) as session:
        assert [session.get(Work, w).stock for w in works] == [0, 0, 0]
        assert session.scalar(select(func.count()).select_from(Order)) == 3
