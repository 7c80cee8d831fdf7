"""A database that stops taking writes (read-only, on either backend): a request whose commit fails answers
the translated 503 page, never the server's bare error, and /healthz says the database cannot write."""

from __future__ import annotations

import pytest
from markupsafe import escape
from sqlalchemy import event, select

from marketplace.accounts.models import User
from tests.support.forms import post_form, sign_in
from tests.support.i18n import translated


def _read_only(dbapi_connection, _record):
    cursor = dbapi_connection.cursor()
    if type(dbapi_connection).__module__.startswith("sqlite3"):
        cursor.execute("PRAGMA query_only = ON")
    else:
        cursor.execute("SET default_transaction_read_only = on")
        dbapi_connection.commit()
    cursor.close()


@pytest.fixture
def read_only(app):
    """From now on every new connection to the app's database is read-only."""
    engine = app.extensions["marketplace.db"]["engine"]
    engine.dispose()
    event.listen(engine, "connect", _read_only)
    yield
    event.remove(engine, "connect", _read_only)
    engine.dispose()


def test_a_commit_that_fails_answers_the_translated_503(app, make_user, db):
    make_user(language="fr")
    client = app.test_client()
    sign_in(client, lang="fr")
    token_page = "/fr/works/"
    client.get(token_page)
    engine = app.extensions["marketplace.db"]["engine"]
    engine.dispose()
    event.listen(engine, "connect", _read_only)
    try:
        # The view only sets an attribute: on PostgreSQL the write fails at the commit, after the view has
        # answered; SQLite refuses the write transaction itself when it begins. Both answer the 503 page.
        choice = {"currency": "EUR", "next": "/fr/"}
        response = post_form(client, "/fr/display-currency", choice, token_from=token_page)
    finally:
        event.remove(engine, "connect", _read_only)
        engine.dispose()
    assert response.status_code == 503
    body = response.get_data(as_text=True)
    assert escape(translated("fr", "Temporarily unavailable")) in body and '<html lang="fr"' in body
    with db(write=False) as session:
        assert session.scalar(select(User.display_currency)) != "EUR"


def test_healthz_says_when_the_database_cannot_write(client, read_only):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.get_json() == {"status": "unavailable", "database": "read-only"}
