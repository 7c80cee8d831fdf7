"""The worker: with REDIS_URL, RQ jobs on the real Redis (127.0.0.1:6379); without, a loop. A request that
queued email asks for its delivery after the commit; periodic work is enqueued once per period however
many workers run."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from marketplace import worker
from marketplace.outbox import OutboxMessage
from tests.support.forms import post_form

REDIS_URL = "redis://127.0.0.1:6379/13"


@pytest.fixture
def redis_app(app):
    from redis import Redis
    from redis.exceptions import ConnectionError as RedisDown

    connection = Redis.from_url(REDIS_URL)
    try:
        connection.flushdb()
    except RedisDown:
        pytest.skip("no Redis on 127.0.0.1:6379")
    app.config["REDIS_URL"] = REDIS_URL
    yield app
    connection.flushdb()
    app.extensions.pop("marketplace.redis", None)


def statuses(db) -> list[str]:
    with db(write=False) as session:
        return [m.status for m in session.scalars(select(OutboxMessage))]


def test_rq_delivers_what_a_request_queued(redis_app, make_user, db, tmp_path):
    make_user()
    client = redis_app.test_client()
    response = post_form(client, "/en/account/forgot-password", {"email": "amina@example.org"})
    assert response.status_code == 302
    assert statuses(db) == ["pending"]
    assert worker.queue(redis_app).count == 1  # the delivery job, enqueued after the commit
    result = redis_app.test_cli_runner().invoke(args=["worker", "--burst"])
    assert result.exit_code == 0, result.output
    assert statuses(db) == ["sent"]
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 1
    assert worker.queue(redis_app).count == 0


def test_periodic_jobs_are_enqueued_once_per_period_across_workers(redis_app):
    now = 1_700_000_000.0
    assert worker.enqueue_periodic(redis_app, now) == ["deliver_outbox", "sweep_orders", "refresh_statistics"]
    assert worker.enqueue_periodic(redis_app, now + 1) == []  # a second worker's clock, same period
    assert worker.enqueue_periodic(redis_app, now + worker.OUTBOX_EVERY) == ["deliver_outbox"]


def test_without_redis_the_worker_runs_the_jobs_itself(app, make_user, db, tmp_path):
    make_user()
    post_form(app.test_client(), "/en/account/forgot-password", {"email": "amina@example.org"})
    assert statuses(db) == ["pending"]
    result = app.test_cli_runner().invoke(args=["worker", "--burst"])
    assert result.exit_code == 0, result.output
    assert statuses(db) == ["sent"]
