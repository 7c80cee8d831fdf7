"""Health check, error pages, configuration, one transaction per request."""

import pytest
from flask import abort
from markupsafe import escape
from sqlalchemy import func, select

from marketplace import create_app
from marketplace.accounts.models import User
from marketplace.config import InsecureConfiguration, TestingConfig, load_config
from marketplace.db import db_session
from tests.support.forms import sign_in
from tests.support.i18n import translated
from tests.support.production import PRODUCTION_ENV


def test_healthz_answers_when_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json()["database"] == "up"


def test_healthz_503_when_database_is_down(tmp_path):
    config = TestingConfig()
    config.DATABASE_URL = "postgresql://nobody@127.0.0.1:1/none"
    app = create_app(config)
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["database"] == "down"


def test_pages_answer_503_in_page_language_when_database_is_down():
    config = TestingConfig()
    config.DATABASE_URL = "postgresql://nobody@127.0.0.1:1/none"
    app = create_app(config)
    response = app.test_client().get("/fr/works/")
    assert response.status_code == 503
    body = response.get_data(as_text=True)
    assert escape(translated("fr", "Temporarily unavailable")) in body
    assert "Traceback" not in body


@pytest.mark.parametrize("code", [403, 404, 413, 429, 500, 503])
@pytest.mark.parametrize("lang", ["zh", "fr", "sw", "en"])
def test_error_pages_in_page_language_without_traceback(app, code, lang):
    titles = {403: "Not allowed", 404: "Page not found", 413: "File too large", 429: "Too many attempts",
              500: "Something went wrong", 503: "Temporarily unavailable"}  # fmt: skip

    @app.route(f"/<lang_code>/boom-{code}")
    def boom():
        if code == 500:
            raise RuntimeError("secret internal detail")
        abort(code)

    response = app.test_client().get(f"/{lang}/boom-{code}")
    assert response.status_code == code
    body = response.get_data(as_text=True)
    assert escape(translated(lang, titles[code])) in body
    assert f'<html lang="{ {"zh": "zh-Hans"}.get(lang, lang) }">' in body
    assert "secret internal detail" not in body and "Traceback" not in body


def test_failed_request_commits_nothing(app, db):
    @app.route("/<lang_code>/half-way")
    def half_way():
        from marketplace.accounts import services

        services.register(db_session(), "half@example.org", "a fine password here", "Half", "en")
        db_session().flush()
        raise RuntimeError("fails after writing")

    response = app.test_client().get("/en/half-way")
    assert response.status_code == 500
    with db(write=False) as session:
        assert session.scalar(select(func.count()).select_from(User)) == 0


def test_production_refuses_insecure_settings():
    with pytest.raises(InsecureConfiguration) as error:
        load_config(
            "production",
            env={"FLASK_DEBUG": "1", "FAKE_STRIPE_ENABLED": "1", "STRIPE_API_BASE": "http://127.0.0.1:12111"},
        )
    message = str(error.value)
    assert "SECRET_KEY" in message and "DEBUG" in message and "fake Stripe" in message
    assert "STRIPE_WEBHOOK_SECRET" in message and "STRIPE_API_BASE" in message
    assert "CERTIFICATE_SIGNING_KEY" in message and "PUBLIC_BASE_URL" in message


def test_production_starts_with_secure_settings():
    config = load_config("production", env=PRODUCTION_ENV)
    assert config.SESSION_COOKIE_SECURE and config.SESSION_COOKIE_HTTPONLY
    assert config.SESSION_COOKIE_SAMESITE == "Lax"
    assert not config.DEBUG


def test_upload_limit_is_configured(app):
    assert app.config["MAX_CONTENT_LENGTH"] == 10 * 1024 * 1024
    response = app.test_client().post(
        "/en/account/register",
        data=b"x" * (app.config["MAX_CONTENT_LENGTH"] + 1),
        content_type="application/octet-stream",
    )
    assert response.status_code == 413


def test_a_signed_in_user_sees_the_error_page_after_a_failure(app, make_user):
    """The failed request's session is discarded; the page loads who is signed in again."""
    from flask_login import login_required

    @app.route("/<lang_code>/fails-signed-in")
    @login_required  # loads the user in the request's session, which the failure then discards
    def fails_signed_in():
        # The database refuses the write (an upper-case email breaks a CHECK constraint) half-way.
        db_session().add(
            User(email="UPPER@EXAMPLE.ORG", password_hash="x", display_name="secret internal detail")
        )
        db_session().flush()

    make_user(name="Amina")
    client = app.test_client()
    sign_in(client)
    response = client.get("/fr/fails-signed-in")
    body = response.get_data(as_text=True)
    assert response.status_code == 500
    assert escape(translated("fr", "Something went wrong")) in body and "Amina" in body
    assert "secret internal detail" not in body


def test_a_config_object_is_checked_like_the_environment():
    """create_app(config) cannot be used to start production with settings load_config would refuse."""
    from marketplace.config import ProductionConfig

    config = ProductionConfig(env={"SECRET_KEY": "dev", "DATABASE_URL": "sqlite://"})
    with pytest.raises(InsecureConfiguration, match="SECRET_KEY"):
        create_app(config)


def test_one_stripe_client_per_application(app):
    from marketplace.payments.provider import gateway_for

    first = gateway_for(app)
    assert gateway_for(app) is first and gateway_for(app).client is first.client
    app.config["STRIPE_API_BASE"] = "http://127.0.0.1:8"  # pointed elsewhere: a client for the new address
    assert gateway_for(app) is not first
