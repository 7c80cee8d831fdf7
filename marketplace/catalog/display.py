"""Per-request display helpers: the visitor's display currency and approximate converted prices."""

from __future__ import annotations

from flask import g, request
from flask_login import current_user

from marketplace import money
from marketplace.catalog.models import CATEGORY_TITLES, Category
from marketplace.core import page_cache
from marketplace.db import db_session
from marketplace.exchange_rates import services as rate_services
from marketplace.i18n.formatting import format_money

CURRENCY_COOKIE = "display_currency"


def display_currency() -> str:
    """The signed-in user's choice, else the visitor's cookie, else US dollars (asked once per request)."""
    if "display_currency" not in g:
        g.display_currency = _display_currency()
    return g.display_currency


def _display_currency() -> str:
    if current_user.is_authenticated and current_user.display_currency in money.CURRENCIES:
        return current_user.display_currency
    chosen = request.cookies.get(CURRENCY_COOKIE, "")
    return chosen if chosen in money.CURRENCIES else "USD"


def rates() -> dict:
    """The latest exchange rates, read once per catalogue generation (core/page_cache.py: loading rates
    bumps it) rather than once per request."""
    if "exchange_rates" not in g:
        g.exchange_rates = page_cache.remembered("exchange_rates", lambda: rate_services.latest(db_session()))
    return g.exchange_rates


def approximate(amount_minor: int, currency: str) -> rate_services.Converted | None:
    """The price in the visitor's display currency, when that differs and both rates are known."""
    return rate_services.convert(amount_minor, currency, display_currency(), rates())


def approximate_text(amount_minor: int, currency: str) -> str | None:
    converted = approximate(amount_minor, currency)
    return format_money(converted.amount_minor, converted.currency) if converted else None


def category_title(value: str) -> str:
    try:
        return str(CATEGORY_TITLES[Category(value)])
    except ValueError:
        return value
