"""Checkout benchmark: checkouts per second through gunicorn and the fake Stripe, and the oversell case.

Run on demand (not in the test suite), from the project root:

    .venv/bin/python bench/checkout.py [--database-url URL] [--buyers 200] [--output docs/benchmarks.md]

It makes its own database (SQLite in a temporary folder unless --database-url is a PostgreSQL URL whose
schema it may empty), starts gunicorn with 4 workers and the fake Stripe server on loopback, and measures:
1. throughput: N buyers each checking out their own work at once (checkout session created at Stripe);
2. oversell: --buyers buyers racing for the last unit of one work.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import requests
from sqlalchemy import text
from werkzeug.serving import make_server

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marketplace.accounts import services as accounts  # noqa: E402
from marketplace.accounts.models import Role  # noqa: E402
from marketplace.catalog.models import ArtistProfile, Work, WorkImage  # noqa: E402
from marketplace.db import make_engine, make_sessionmaker, unit_of_work  # noqa: E402
from marketplace.payments.fake_stripe.server import create_fake_stripe  # noqa: E402
from marketplace.schema import upgrade_engine  # noqa: E402

PASSWORD = "benchmark passphrase"
CONFIRM = re.compile(r'name="confirm" value="(\d+)"')
CSRF = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')
ADDRESS = {"name": "Bench", "line1": "1 Road", "city": "Nairobi", "postal_code": "00100", "country": "KE"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def prepare(url: str, buyers: int, works: int) -> tuple[list[int], int]:
    engine = make_engine(url)
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    upgrade_engine(engine)
    factory = make_sessionmaker(engine)
    from flask import Flask

    with Flask("bench").app_context(), unit_of_work(factory) as session:
        owner = accounts.register(session, "artist@bench.local", PASSWORD, "Artist", "en")
        accounts.grant_role(session, owner, Role.ARTIST)
        artist = ArtistProfile(
            user=owner,
            slug="artist",
            public_name="Artist",
            country="KE",
            region="",
            disciplines=["print"],
            source_language="en",
            bio="Bench",
            status="approved",
        )
        session.add(artist)
        made = []
        for n in range(works):
            work = Work(
                artist=artist,
                slug=f"w{n}",
                source_language="en",
                title=f"Work {n}",
                category="print",
                origin_country="KE",
                price_minor=5000,
                currency="EUR",
                stock=1,
                review_status="approved",
                published_at=datetime.now(UTC),
            )
            work.images.append(WorkImage(position=0, key="img/00/none", width=640, height=480, alt_text="w"))
            session.add(work)
            made.append(work)
        for n in range(buyers):
            accounts.register(session, f"b{n}@bench.local", PASSWORD, f"Buyer {n}", "en")
        session.flush()
        ids = [w.id for w in made]
    engine.dispose()
    return ids, len(ids)


def browser_for(app_url: str, n: int) -> requests.Session:
    browser = requests.Session()
    page = browser.get(f"{app_url}/en/account/sign-in", timeout=60).text
    browser.post(
        f"{app_url}/en/account/sign-in",
        timeout=60,
        allow_redirects=False,
        data={"csrf_token": CSRF.search(page).group(1), "email": f"b{n}@bench.local", "password": PASSWORD},
    )
    return browser


def prepared_attempt(browser, app_url, work_id):
    page = browser.get(f"{app_url}/en/works/{work_id}-w", timeout=60).text
    browser.post(
        f"{app_url}/en/cart/add",
        timeout=60,
        allow_redirects=False,
        data={"csrf_token": CSRF.search(page).group(1), "work_id": work_id, "quantity": 1},
    )
    token = CSRF.search(browser.get(f"{app_url}/en/checkout/EUR", timeout=60).text).group(1)
    # The review step shows delivery and the total; "Pay" sends that total back.
    review = browser.post(f"{app_url}/en/checkout/EUR", data={"csrf_token": token, **ADDRESS}, timeout=60)
    browser.confirm = CONFIRM.search(review.text).group(1)

    # gunicorn closes idle keep-alive connections after 2 s; start the race on fresh connections.
    browser.close()

    def attempt():
        start = time.perf_counter()
        try:
            answer = _post_checkout(browser, app_url, token)
        except requests.RequestException as error:
            print("connection error:", error, file=sys.stderr)
            return 0, time.perf_counter() - start
        if answer.status_code not in (303, 400):
            print(answer.status_code, answer.text[:300], file=sys.stderr)
        if answer.status_code == 400 and os.environ.get("BENCH_DEBUG"):
            found = re.findall(r'role="alert">(.*?)</div>', answer.text, re.S)
            print("400:", " ".join(found)[:200].strip(), file=sys.stderr)
        return answer.status_code, time.perf_counter() - start

    return attempt


def _post_checkout(browser, app_url, token):
    return browser.post(
        f"{app_url}/en/checkout/EUR",
        data={"csrf_token": token, **ADDRESS, "confirm": browser.confirm},
        allow_redirects=False,
        timeout=300,
    )


def race(functions):
    barrier = threading.Barrier(len(functions))
    results = [None] * len(functions)

    def run(i, f):
        barrier.wait()
        results[i] = f()

    threads = [threading.Thread(target=run, args=(i, f)) for i, f in enumerate(functions)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url")
    parser.add_argument("--buyers", type=int, default=200)
    parser.add_argument("--throughput", type=int, default=100)
    parser.add_argument("--output", default=str(ROOT / "docs" / "benchmarks.md"))
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-"))
    url = options.database_url or f"sqlite:///{folder / 'bench.db'}"
    buyers = max(options.buyers, options.throughput)
    work_ids, _ = prepare(url, buyers, options.throughput + 1)
    app_port, fake_port = free_port(), free_port()
    app_url, fake_url = f"http://127.0.0.1:{app_port}", f"http://127.0.0.1:{fake_port}"
    fake = make_server(
        "127.0.0.1", fake_port, create_fake_stripe(None, "whsec_bench", fake_url), threaded=True
    )
    threading.Thread(target=fake.serve_forever, daemon=True).start()
    env = {
        **os.environ,
        "MARKETPLACE_ENV": "development",
        "MARKETPLACE_INSTANCE_DIR": str(folder),
        "DATABASE_URL": url,
        "SECRET_KEY": "bench-secret-key-long-enough-0123456789",
        "STRIPE_API_BASE": fake_url,
        "STRIPE_WEBHOOK_SECRET": "whsec_bench",
        "SIGNIN_LIMIT_PER_IP": "100000 per minute",
    }
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(
        [
            str(gunicorn),
            "--workers",
            "4",
            "--threads",
            "8",
            "--bind",
            f"127.0.0.1:{app_port}",
            "--log-level",
            "warning",
            "marketplace:create_app()",
        ],
        env=env,
    )
    try:
        for _ in range(300):
            try:
                if requests.get(f"{app_url}/healthz", timeout=5).status_code == 200:
                    break
            except requests.RequestException:
                time.sleep(0.2)
        browsers = [browser_for(app_url, n) for n in range(buyers)]
        # 1. Throughput: everyone buys a different work.
        attempts = [prepared_attempt(browsers[n], app_url, work_ids[n]) for n in range(options.throughput)]
        results, elapsed = race(attempts)
        ok = [seconds for status, seconds in results if status == 303]
        throughput_statuses = sorted({status for status, _ in results})
        throughput = len(ok) / elapsed
        # 2. Oversell: everyone wants the last unit of the same work.
        last = work_ids[-1]
        racers = [prepared_attempt(browsers[n], app_url, last) for n in range(options.buyers)]
        raced, race_elapsed = race(racers)
        statuses = sorted({status for status, _ in raced})
        winners = sum(1 for status, _ in raced if status == 303)
        errors = sum(1 for status, _ in raced if status >= 500 or status == 0)
    finally:
        server.terminate()
        server.wait(timeout=30)
        fake.shutdown()
    backend = "PostgreSQL" if url.startswith("postgres") else "SQLite"
    lines = [
        f"## Checkout on {backend} ({datetime.now(UTC):%Y-%m-%d %H:%M} UTC)",
        "",
        "gunicorn 4 workers x 8 threads, fake Stripe on loopback, 2-core machine, one run (noisy, shared).",
        "",
        f"- Throughput: {len(ok)}/{options.throughput} concurrent checkouts succeeded in {elapsed:.2f} s: "
        f"**{throughput:.1f} checkouts/s**; latency median {statistics.median(ok):.3f} s, "
        f"max {max(ok):.3f} s; answers {throughput_statuses}.",
        f"- Oversell: {options.buyers} buyers for the last unit in {race_elapsed:.2f} s: "
        f"**{winners} order**, "
        f"{errors} server or connection errors (0 = connection reset), answers {statuses}.",
        "",
    ]
    print("\n".join(lines))
    output = Path(options.output)
    header = "# Benchmarks\n\nResults of the `bench/` scripts, newest first.\n\n"
    previous = output.read_text().removeprefix(header) if output.exists() else ""
    output.write_text(header + "\n".join(lines) + "\n" + previous)


if __name__ == "__main__":
    main()
