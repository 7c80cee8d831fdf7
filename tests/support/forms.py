"""Forms as a browser submits them: the CSRF token first, then the post; signing in is one of them."""

from __future__ import annotations

import re

#: The password every user made by the fixtures has.
PASSWORD = "correct horse battery"

CSRF_RE = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


def csrf_token(client, url: str) -> str:
    response = client.get(url)
    match = CSRF_RE.search(response.get_data(as_text=True))
    assert match, f"no CSRF token on {url} ({response.status_code})"
    return match.group(1)


def post_form(client, url: str, data: dict, token_from: str | None = None, **kwargs):
    """Submit a form the way a browser does: fetch the page for its CSRF token, then post."""
    token = csrf_token(client, token_from or url)
    return client.post(url, data={"csrf_token": token, **data}, **kwargs)


def sign_in(client, email="amina@example.org", password=PASSWORD, lang="en"):
    return post_form(client, f"/{lang}/account/sign-in", {"email": email, "password": password})
