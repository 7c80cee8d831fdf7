"""Where the visitor wants works delivered, and what delivery there costs (asked by public pages' templates:
the catalogue does not know about delivery).

The destination comes from ``?ship_to=`` (the small form on a work's page), then the ``ship_to`` cookie
(set by that form and by checkout's address), else it is unknown and pages say delivery is computed at
checkout.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, g, request

from marketplace.catalog.forms import is_country
from marketplace.core import page_cache
from marketplace.delivery import quotes
from marketplace.security import set_cookie

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


@dataclass(frozen=True)
class WorkDelivery:
    digital: bool
    destination: str | None
    ships: bool
    quote: quotes.Quote | None


def work_delivery(work) -> WorkDelivery:
    where = destination()
    if quotes.is_digital(work):
        return WorkDelivery(True, where, True, None)
    if where is None:
        return WorkDelivery(False, None, True, None)
    try:
        quote = quotes.quote([(work, 1)], where, work.currency)
    except quotes.NotShippable:
        return WorkDelivery(False, where, False, None)
    return WorkDelivery(False, where, True, quote[0] if quote else None)


def cart_delivery(group) -> tuple[str | None, list[quotes.Quote], list]:
    """(destination, quotes per artist, works that cannot go there) for a cart's currency group."""
    where = destination()
    if where is None:
        return None, [], []
    items = [(line.work, line.quantity) for line in group.lines]
    try:
        return where, quotes.quote(items, where, group.currency), []
    except quotes.NotShippable as refused:
        return where, [], refused.works


def init_app(app: Flask) -> None:
    app.after_request(_remember)
    # Work pages quote delivery to the saved destination; choosing one in the query sets the cookie.
    page_cache.vary_on(app, lambda: (request.cookies.get(COOKIE) or "").upper()[:2])
    page_cache.pass_when(app, lambda: COOKIE in request.args)
    page_cache.watch("shipping_profiles", "shipping_rates")


def _remember(response):
    chosen = g.pop("ship_to_new", None)
    if chosen and request.cookies.get(COOKIE) != chosen:
        set_cookie(response, COOKIE, chosen, COOKIE_MAX_AGE)
    return response
