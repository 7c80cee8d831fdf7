"""Per-request display helpers: the visitor's display currency and approximate converted prices."""

from __future__ import annotations

from flask import g, request
from flask_login import current_user

from marketplace import money
from marketplace.catalog.models import CATEGORY_TITLES, Category
from marketplace.db import db_session
from marketplace.exchange_rates import services as rate_services
from marketplace.i18n.formatting import format_money

CURRENCY_COOKIE = "display_currency"


def display_currency() -> str:
    """The signed-in user's choice, else the visitor's cookie, else US dollars."""
    if current_user.is_authenticated and current_user.display_currency in money.CURRENCIES:
        return current_user.display_currency
    chosen = request.cookies.get(CURRENCY_COOKIE, "")
    return chosen if chosen in money.CURRENCIES else "USD"


def rates() -> dict:
    if "exchange_rates" not in g:
        g.exchange_rates = rate_services.latest(db_session())
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
