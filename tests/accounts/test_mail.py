"""Emails are written to the outbox with the change they report and sent by the worker: over SMTP when
SMTP_HOST is set, else to the outbox folder. No request waits for a mail server, and none is lost."""

import time
from datetime import timedelta

from sqlalchemy import select

from marketplace.db import utcnow
from marketplace.outbox import MAX_ATTEMPTS, OutboxMessage, deliver_due
from tests.support.forms import post_form, sign_in
from tests.support.servers import free_port
from tests.support.smtp import smtp_server


def use_smtp(app, port: int, timeout: float = 30) -> None:
    app.config.update(SMTP_HOST="127.0.0.1", SMTP_PORT=port, SMTP_STARTTLS=False, SMTP_TIMEOUT=timeout)


def ask_for_reset(app) -> None:
    response = post_form(app.test_client(), "/fr/account/forgot-password", {"email": "amina@example.org"})
    assert response.status_code == 302


def messages(db) -> list[OutboxMessage]:
    with db(write=False) as session:
        return list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def test_reset_email_is_sent_over_smtp_when_configured(app, make_user, tmp_path, db):
    with smtp_server() as server:
        use_smtp(app, server.port)
        make_user(language="fr")
        ask_for_reset(app)
        assert server.messages == []  # the request only wrote the outbox
        assert deliver_due(app).sent == 1
        assert len(server.messages) == 1
        assert "To: amina@example.org" in server.messages[0]
        assert "Content-Language: fr" in server.messages[0]
        assert not (tmp_path / "outbox").exists()
        assert deliver_due(app).sent == 0 and len(server.messages) == 1  # never twice
    assert [m.status for m in messages(db)] == ["sent"]


def test_smtp_down_then_up_every_email_arrives_once(app, make_user, db):
    port = free_port()  # nothing listens there yet: the server is down
    use_smtp(app, port, timeout=2)
    make_user(language="fr")
    ask_for_reset(app)  # the request succeeds (it used to answer 500 for existing accounts only)
    assert deliver_due(app).retried == 1
    [waiting] = messages(db)
    assert (waiting.status, waiting.attempts) == ("pending", 1) and waiting.last_error
    with smtp_server(port) as server:
        assert deliver_due(app).sent == 0  # not due yet: it waits its backoff
        assert deliver_due(app, now=utcnow() + timedelta(minutes=1)).sent == 1
        deliver_due(app, now=utcnow() + timedelta(hours=1))
        assert len(server.messages) == 1
    assert [m.status for m in messages(db)] == ["sent"]


def test_a_hanging_mail_server_does_not_hold_the_request(app, make_user, db):
    with smtp_server() as server:
        server.hang.set()
        use_smtp(app, server.port, timeout=1)
        make_user()
        started = time.monotonic()
        ask_for_reset(app)
        assert time.monotonic() - started < 1  # the request never talks to the mail server
        assert deliver_due(app).retried == 1  # the worker waits SMTP_TIMEOUT, then tries later
    assert messages(db)[0].status == "pending"


def test_an_email_that_keeps_failing_is_shown_to_admins_and_can_be_retried(app, make_user, db):
    use_smtp(app, free_port(), timeout=1)
    make_user()
    ask_for_reset(app)
    now = utcnow()
    for attempt in range(MAX_ATTEMPTS):
        deliver_due(app, now=now + timedelta(days=attempt))
    [failed] = messages(db)
    assert (failed.status, failed.attempts) == ("failed", MAX_ATTEMPTS)
    admin = app.test_client()
    make_user(email="admin@example.org", roles=("admin",))
    sign_in(admin, email="admin@example.org")
    page = admin.get("/en/admin/emails/").get_data(as_text=True)
    assert "amina@example.org" in page
    with smtp_server() as server:
        use_smtp(app, server.port)
        response = post_form(admin, f"/en/admin/emails/{failed.id}/retry", {}, token_from="/en/admin/emails/")
        assert response.status_code == 302
        assert deliver_due(app).sent == 1 and len(server.messages) == 1
    assert messages(db)[0].status == "sent"


def test_no_email_for_a_change_that_was_rolled_back(app, make_user, db):
    """The message is part of the transaction: a request that fails after writing it leaves nothing."""
    from flask import abort

    from marketplace import mail
    from marketplace.db import db_session

    make_user()

    @app.route("/en/mail-then-fail")
    def mail_then_fail():
        mail.send_templated(db_session(), "amina@example.org", "en", "password_reset", user=None, link="x",
                            minutes=1)  # fmt: skip
        abort(500)

    assert app.test_client().get("/en/mail-then-fail").status_code == 500
    assert messages(db) == []
