"""Every cookie the application sets (cart, language, display currency, delivery destination) is HttpOnly
and SameSite=Lax, and Secure in production."""

from http.cookies import SimpleCookie

import pytest

from tests.support.forms import CSRF_RE
from tests.support.production import production_app

HOST = "https://daraja.example"
OWN_COOKIES = {"cart", "lang", "display_currency", "ship_to"}


def cookies_set(response) -> dict[str, str]:
    """Each cookie the response sets, with its Set-Cookie line."""
    found = {}
    for line in response.headers.getlist("Set-Cookie"):
        name = next(iter(SimpleCookie(line)))
        found[name] = line
    return found


def visit(client, work_id: int) -> dict[str, str]:
    """A visitor's first pages over HTTPS: every cookie of ours is set once, with its flags."""
    seen = {}
    page = client.get(f"/fr/works/{work_id}-kanga-ya-bluu?ship_to=KE", base_url=HOST)
    seen.update(cookies_set(page))
    token = CSRF_RE.search(page.get_data(as_text=True)).group(1)
    referer = {"Referer": f"{HOST}/fr/works/{work_id}"}  # Flask-WTF checks it over HTTPS
    added = client.post("/fr/cart/add", base_url=HOST, headers=referer,
                        data={"csrf_token": token, "work_id": work_id, "quantity": 1})  # fmt: skip
    assert added.status_code == 302
    seen.update(cookies_set(added))
    chosen = client.post("/fr/display-currency", base_url=HOST, headers=referer,
                         data={"csrf_token": token, "currency": "EUR"})  # fmt: skip
    assert chosen.status_code == 302
    seen.update(cookies_set(chosen))
    return seen


@pytest.fixture
def work_id(make_artist, make_work):
    return make_work(make_artist())


def test_production_cookies_are_secure_and_httponly(database_url, tmp_path, work_id):
    client = production_app(database_url, tmp_path).test_client()
    seen = visit(client, work_id)
    assert OWN_COOKIES | {"session"} <= set(seen), seen
    for line in seen.values():
        flags = {part.strip().lower() for part in line.split(";")}
        assert {"secure", "httponly", "samesite=lax"} <= flags, line


def test_development_cookies_are_httponly_but_not_secure_over_http(app, work_id):
    app.config["TRUSTED_HOSTS"].append("daraja.example")  # the host name these visits use
    seen = visit(app.test_client(), work_id)
    for name in OWN_COOKIES:
        flags = {part.strip().lower() for part in seen[name].split(";")}
        assert {"httponly", "samesite=lax"} <= flags and "secure" not in flags, seen[name]
