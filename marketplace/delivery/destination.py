"""Where the visitor wants works delivered.

The destination comes from ``?ship_to=`` (the small form on a work's page), then the ``ship_to`` cookie
(set by that form and by checkout's address), else it is unknown and pages say delivery is computed at
checkout.
"""

from __future__ import annotations

from flask import Flask, g, request

from marketplace.catalog.forms import is_country

COOKIE = "ship_to"
COOKIE_MAX_AGE = 365 * 24 * 3600


def remember_destination(country: str) -> None:
    """Checkout calls this with the address's country, so the cart and work pages use it next time."""
    g.ship_to_new = country.upper()


def destination() -> str | None:
    chosen = (request.args.get(COOKIE) or "").upper()
    if is_country(chosen):
        g.ship_to_new = chosen
        return chosen
    saved = (request.cookies.get(COOKIE) or "").upper()
    return saved if is_country(saved) else None


def init_app(app: Flask) -> None:
    app.after_request(_remember)


def _remember(response):
    chosen = g.pop("ship_to_new", None)
    if chosen and request.cookies.get(COOKIE) != chosen:
        response.set_cookie(COOKIE, chosen, max_age=COOKIE_MAX_AGE, httponly=True, samesite="Lax")
    return response
