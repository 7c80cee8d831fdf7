"""Links that leave the page are built on PUBLIC_BASE_URL; the site answers only its own host names; no query
string breaks a page; an error page cannot fail."""

from __future__ import annotations

import re

import pytest

from marketplace import create_app
from marketplace.config import TestingConfig
from marketplace.links import external_url
from marketplace.outbox import deliver_due
from tests.support.forms import CSRF_RE

HOSTILE_QUERIES = ["endpoint=x", "lang_code=x", "_external=1", "_anchor=1", "_scheme=x", "_method=x",
                   "values=1", "lang_code=zh&endpoint=core.root", "page=2&_external=1"]  # fmt: skip
PAGES = ["/en/", "/fr/works/", "/zh/works/?category=textile", "/sw/artists/", "/en/account/sign-in",
         "/fr/exhibitions/", "/en/no-such-page"]  # fmt: skip


def forgot(client, host: str | None = None, **headers):
    """Ask for a reset link, the form fetched and posted under ``host`` (cookies follow the host)."""
    extra = {"HTTP_HOST": host} if host else {}
    page = client.get("/en/account/forgot-password", environ_overrides=extra, headers=headers)
    match = CSRF_RE.search(page.get_data(as_text=True))
    data = {"csrf_token": match.group(1) if match else "", "email": "amina@example.org"}
    return client.post("/en/account/forgot-password", data=data, environ_overrides=extra, headers=headers)


def test_a_forged_host_is_refused_and_nothing_is_sent(client, make_user, outbox):
    make_user()
    response = forgot(client, host="evil.example")
    assert response.status_code == 400
    assert outbox() == []


def test_links_in_emails_use_the_public_address_whatever_host_was_asked(app, client, make_user, outbox):
    make_user()
    app.config["TRUSTED_HOSTS"].append("shop.example")  # a second name the site answers to
    app.config["PUBLIC_BASE_URL"] = "https://daraja.example.org"
    assert forgot(client, host="shop.example").status_code == 302
    links = re.findall(r"https?://[^/\s]+/\S*reset-password\S*", outbox()[-1])
    public = "https://daraja.example.org/en/account/reset-password/"
    assert links and all(link.startswith(public) for link in links)


def test_a_forwarded_host_is_believed_only_when_configured(database_url, tmp_path, make_user, outbox):
    """Behind the README's PROXY_COUNT=1, X-Forwarded-Host is ignored unless PROXY_FORWARDS_HOST is on."""
    config = TestingConfig()
    config.DATABASE_URL, config.INSTANCE_DIR = database_url, str(tmp_path)
    config.MAIL_OUTBOX_DIR = str(tmp_path / "outbox")
    config.PROXY_COUNT = 1
    app = create_app(config)
    with app.test_client() as client:
        make_user()
        response = forgot(client, **{"X-Forwarded-Host": "evil.example", "X-Forwarded-For": "203.0.113.9"})
    assert response.status_code == 302
    deliver_due(app)
    mails = list((tmp_path / "outbox").glob("*.eml"))
    assert mails and "evil.example" not in mails[0].read_text()
    config.PROXY_FORWARDS_HOST = True  # now the proxy's header counts, and the host it names must be trusted
    trusting = create_app(config)
    response = forgot(trusting.test_client(), **{"X-Forwarded-Host": "evil.example"})
    assert response.status_code == 400
    app.extensions["marketplace.db"]["engine"].dispose()
    trusting.extensions["marketplace.db"]["engine"].dispose()


def test_external_urls_are_on_the_public_address(app):
    app.config["PUBLIC_BASE_URL"] = "https://daraja.example.org"
    with app.test_request_context("/fr/", base_url="http://localhost"):
        assert external_url("catalog.works", lang_code="fr") == "https://daraja.example.org/fr/works/"


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_no_query_string_breaks_a_page(client, query):
    for page in PAGES:
        separator = "&" if "?" in page else "?"
        response = client.get(f"{page}{separator}{query}")
        assert response.status_code < 500, (page, query, response.status_code)
        if response.status_code == 200:
            body = response.get_data(as_text=True)
            # The language switcher keeps the query as query, escaped, never as an address part.
            assert 'hreflang="fr"' in body


def test_the_switcher_keeps_the_query_string(client):
    body = client.get("/en/works/?category=textile&sort=price_desc&endpoint=x").get_data(as_text=True)
    assert 'href="/fr/works/?category=textile&amp;sort=price_desc&amp;endpoint=x"' in body


def test_an_error_page_that_fails_answers_a_bare_one(app, client):
    def broken(*_args, **_kwargs):
        raise RuntimeError("the layout itself fails")

    app.jinja_env.globals["language_urls"] = broken
    app.jinja_env.globals["cart_count"] = broken
    response = client.get("/fr/no-such-page")
    assert response.status_code == 404
    body = response.get_data(as_text=True)
    assert '<html lang="fr">' in body and "<h1>" in body
