"""Background work: delivering the outbox and the orders sweep, run by `flask --app marketplace worker`.

With REDIS_URL, work is RQ jobs on the ``marketplace`` queue: a request that queued email enqueues a
delivery job after its commit, and every worker's clock enqueues the periodic jobs (outbox retries, the
sweep), each at most once per period across all workers (a Redis key taken with SET NX). Without Redis (a
laptop, `make run`), the worker simply runs the same jobs in a loop beside the app. Either way no cron is
needed and no request waits for a mail server.
"""

from __future__ import annotations

import threading
import time
from functools import partial

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from marketplace import outbox

QUEUE = "marketplace"
#: Seconds between rounds of the outbox (retries of messages that failed) and of the orders sweep.
OUTBOX_EVERY = 30
SWEEP_EVERY = 300
#: Seconds between refreshes of SQLite's planner statistics (the catalogue grows; plans must follow).
STATISTICS_EVERY = 3600
#: Without Redis: how often the loop looks for new mail.
LOCAL_POLL_SECONDS = 2


def init_app(app: Flask) -> None:
    app.extensions[outbox.EXTENSION] = partial(request_delivery, app)
    app.cli.add_command(worker_command)


# --- the jobs ----------------------------------------------------------------------------------------------


def deliver_outbox() -> outbox.Round:
    """RQ job: send the outbox's due messages."""
    return outbox.deliver_due(current_app._get_current_object())


def sweep_orders():
    """RQ job: the orders sweep (settlement/sweep.py)."""
    from marketplace.settlement import sweep

    return sweep.run(current_app._get_current_object())


def refresh_statistics() -> None:
    """RQ job: fresh planner statistics on SQLite (schema.analyze); PostgreSQL's autovacuum does its own."""
    from marketplace.db import engine_for
    from marketplace.schema import analyze

    engine = engine_for(current_app._get_current_object())
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as connection:
        analyze(connection)


PERIODIC = (
    (deliver_outbox, OUTBOX_EVERY),
    (sweep_orders, SWEEP_EVERY),
    (refresh_statistics, STATISTICS_EVERY),
)


# --- asking for work ---------------------------------------------------------------------------------------


def request_delivery(app: Flask) -> None:
    """After a commit that queued email: a delivery job now (with Redis); the local loop looks by itself."""
    if not app.config.get("REDIS_URL"):
        return
    try:
        queue(app).enqueue(deliver_outbox)
    except Exception:  # Redis is down: the next periodic round delivers it
        app.logger.exception("could not enqueue the outbox delivery; the next round will send the mail")


def redis_for(app: Flask):
    from redis import Redis

    made = app.extensions.get("marketplace.redis")
    if made is None:
        made = Redis.from_url(app.config["REDIS_URL"], socket_connect_timeout=2, socket_timeout=5)
        app.extensions["marketplace.redis"] = made
    return made


def queue(app: Flask):
    from rq import Queue

    return Queue(QUEUE, connection=redis_for(app))


def enqueue_periodic(app: Flask, now: float | None = None) -> list[str]:
    """Enqueue each periodic job whose period has come, once across all workers; the names enqueued."""
    now = time.time() if now is None else now
    connection, enqueued = redis_for(app), []
    for job, every in PERIODIC:
        slot = int(now // every)
        if connection.set(f"{QUEUE}:periodic:{job.__name__}:{slot}", 1, nx=True, ex=every * 2):
            queue(app).enqueue(job)
            enqueued.append(job.__name__)
    return enqueued


# --- the command -------------------------------------------------------------------------------------------


@click.command("worker")
@click.option("--burst", is_flag=True, help="Do the work there is now, then stop.")
@with_appcontext
def worker_command(burst: bool) -> None:
    """Run background work: email delivery, the orders sweep (RQ workers with REDIS_URL, else a loop)."""
    app = current_app._get_current_object()
    if app.config.get("REDIS_URL"):
        _run_rq(app, burst)
    else:
        _run_local(app, burst)


def _run_rq(app: Flask, burst: bool) -> None:
    from rq import SimpleWorker

    # SimpleWorker runs each job in this process, inside this command's application context.
    rq_worker = SimpleWorker([queue(app)], connection=redis_for(app))
    if burst:
        for job, _every in PERIODIC:
            queue(app).enqueue(job)
        rq_worker.work(burst=True)
        return
    stop = threading.Event()
    clock = threading.Thread(target=_clock, args=(app, stop), daemon=True)
    clock.start()
    try:
        rq_worker.work()
    finally:
        stop.set()


def _clock(app: Flask, stop: threading.Event) -> None:
    while not stop.is_set():
        try:
            enqueue_periodic(app)
        except Exception:
            app.logger.exception("the worker's clock could not enqueue the periodic jobs")
        stop.wait(5)


def _run_local(app: Flask, burst: bool) -> None:
    last_sweep = last_statistics = 0.0
    while True:
        started = time.monotonic()
        try:
            deliver_outbox()
            if burst or started - last_sweep >= SWEEP_EVERY:
                sweep_orders()
                last_sweep = started
            if burst or started - last_statistics >= STATISTICS_EVERY:
                refresh_statistics()
                last_statistics = started
        except Exception:
            app.logger.exception("background work failed; trying again")
        if burst:
            return
        time.sleep(LOCAL_POLL_SECONDS)
