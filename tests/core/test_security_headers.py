"""Every response carries the security headers, whatever kind of page it is; pages keep to what the
Content-Security-Policy allows (no inline script, style or event handler)."""

import re
from pathlib import Path

import pytest

from marketplace import media
from tests.support.images import png_bytes
from tests.support.production import production_app

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
EXPECTED = {
    "Content-Security-Policy": (
        "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}
#: What a Content-Security-Policy of ``default-src 'self'`` blocks in a page.
INLINE = re.compile(
    r"""<style|\sstyle\s*=|\son[a-z]+\s*=|javascript:|<script(?![^>]*type="application/ld\+json")""", re.I
)


def assert_protected(response, what: str) -> None:
    for name, value in EXPECTED.items():
        assert response.headers.get(name) == value, (what, name, response.headers.get(name))
    permissions = response.headers.get("Permissions-Policy", "")
    for feature in ("camera=()", "geolocation=()", "microphone=()", "payment=()"):
        assert feature in permissions, (what, permissions)


@pytest.fixture
def page_types(app, make_artist, make_work):
    """One address of each kind the site answers, with the status it answers."""
    stored = media.store_image(media.storage_for(app), png_bytes())
    work_id = make_work(make_artist())
    return {
        "redirect to a language": ("/", 302),
        "catalogue page": ("/fr/", 200),
        "work page with JSON-LD": (f"/sw/works/{work_id}-kanga-ya-bluu", 200),
        "form page": ("/zh/account/sign-in", 200),
        "error page": ("/en/no-such-page", 404),
        "health check (JSON)": ("/healthz", 200),
        "sitemap (XML)": ("/sitemap.xml", 200),
        "robots.txt": ("/robots.txt", 200),
        "stylesheet": ("/static/css/site.css", 200),
        "picture": (f"/media/{stored.key}/320.webp", 200),
    }


def test_every_kind_of_response_carries_the_security_headers(app, page_types):
    client = app.test_client()
    for what, (url, status) in page_types.items():
        response = client.get(url)
        assert response.status_code == status, (what, url)
        assert_protected(response, what)
        assert "Strict-Transport-Security" not in response.headers, what


def test_a_refused_form_and_a_failure_carry_them_too(app, client):
    @app.route("/<lang_code>/fails")
    def fails():
        raise RuntimeError("boom")

    assert_protected(client.get("/en/fails"), "500 page")
    refused = client.post("/en/account/sign-in", data={"email": "x@example.org", "password": "x"})
    assert refused.status_code == 400
    assert_protected(refused, "refused form")


def test_production_adds_hsts(database_url, tmp_path):
    client = production_app(database_url, tmp_path).test_client()
    response = client.get("/en/", base_url="https://daraja.example")
    assert response.status_code == 200
    assert_protected(response, "production page")
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000"


def test_rendered_pages_have_no_inline_script_or_style(app, page_types):
    client = app.test_client()
    for what, (url, _status) in page_types.items():
        response = client.get(url)
        if response.mimetype == "text/html":
            body = response.get_data(as_text=True)
            assert not INLINE.search(body), (what, INLINE.search(body))
    work_page = client.get(page_types["work page with JSON-LD"][0]).get_data(as_text=True)
    assert '<script type="application/ld+json">' in work_page  # data, not run: script-src does not apply


def test_templates_have_no_inline_script_or_style():
    """Served templates only: emails are not pages."""
    found = []
    for path in TEMPLATES.rglob("*"):
        if path.is_file() and "email" not in path.relative_to(TEMPLATES).parts:
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if INLINE.search(line):
                    found.append(f"{path.relative_to(TEMPLATES)}:{number}: {line.strip()}")
    assert found == []


def test_a_view_that_sets_its_own_referrer_policy_keeps_it(app, client):
    @app.route("/<lang_code>/private-thing")
    def private_thing():
        return "private", 200, {"Referrer-Policy": "no-referrer"}

    assert client.get("/en/private-thing").headers["Referrer-Policy"] == "no-referrer"
