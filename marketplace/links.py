"""Addresses that leave the page: every absolute URL (emails, Stripe's return addresses, certificates' QR
codes, sitemaps, hreflang alternates, structured data) is built on PUBLIC_BASE_URL, never on the Host a
request arrived with, so a forged Host header cannot put another site's address in a victim's email.

Also: this page's address with its query string kept, without passing the query into ``url_for`` (whose
own keywords, such as ``_external`` or ``endpoint``, a visitor could otherwise set).
"""

from __future__ import annotations

from urllib.parse import urlencode

from flask import current_app, url_for
from werkzeug.datastructures import MultiDict


def absolute(path: str) -> str:
    """``/fr/works/`` -> ``https://daraja.example/fr/works/`` (the configured public address)."""
    return current_app.config["PUBLIC_BASE_URL"].rstrip("/") + path


def external_url(endpoint: str, **values) -> str:
    """``url_for`` on the public address."""
    return absolute(url_for(endpoint, **values))


def with_query(path: str, query: MultiDict | dict) -> str:
    """``path`` with ``query`` (every value of every key, in order) as its query string."""
    pairs = query.items(multi=True) if isinstance(query, MultiDict) else query.items()
    encoded = urlencode([(key, value) for key, value in pairs])
    return f"{path}?{encoded}" if encoded else path
