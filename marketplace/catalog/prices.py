"""Comparable prices: each work's price in US cents, stored (``works.price_usd_minor``) so the works list
sorts by price with an index instead of converting every row's currency on every request.

For ordering only, never money. A session listener sets it whenever a work's price or currency is flushed,
and loading exchange rates recomputes it for every work in the same transaction (one UPDATE per currency).
A currency without a rate has none: those works sort last.
"""

from __future__ import annotations

from sqlalchemy import Connection, cast, event, func, inspect, select, update
from sqlalchemy.orm import Session

from marketplace.catalog.models import Work
from marketplace.db import MinorUnits
from marketplace.exchange_rates import services as rate_services
from marketplace.exchange_rates.models import ExchangeRate

_PRICE_ATTRIBUTES = ("price_minor", "currency")


def comparable_minor(price_minor: int, currency: str, rates: dict) -> int | None:
    """``price_minor`` of ``currency`` in US cents, by the rates; None without a rate."""
    factor = _cents_factor(rates, currency)
    return None if factor is None else round(price_minor * factor)


def reprice_all(connection: Connection) -> None:
    """Recompute every work's comparable price from the newest rates (after rates are loaded)."""
    rates = latest_rates(connection)
    works = Work.__table__
    currencies = connection.execute(select(works.c.currency).distinct()).scalars().all()
    for currency in currencies:
        factor = _cents_factor(rates, currency)
        value = None if factor is None else cast(func.round(works.c.price_minor * factor), MinorUnits)
        connection.execute(
            update(works)
            .where(works.c.currency == currency)
            # Not a change of the work: keep updated_at (the column's onupdate would otherwise set it).
            .values(price_usd_minor=value, updated_at=works.c.updated_at)
        )


def latest_rates(connection: Connection) -> dict:
    """The newest rate of each currency, as rows with ``per_usd`` and ``as_of`` (like rates.latest)."""
    rates = {}
    rows = connection.execute(
        select(ExchangeRate.currency, ExchangeRate.per_usd, ExchangeRate.as_of).order_by(ExchangeRate.as_of)
    )
    for row in rows:
        rates[row.currency] = row
    return rates


def _cents_factor(rates: dict, currency: str) -> float | None:
    factor = rate_services.usd_factor(rates, currency)
    return None if factor is None else factor * 100


def install_listeners() -> None:
    """Keep comparable prices current on every Session flush (idempotent)."""
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
    if not event.contains(Session, "after_flush", _after_flush):
        event.listen(Session, "after_flush", _after_flush)


def _before_flush(session: Session, _flush_context, _instances) -> None:
    changed = [
        obj
        for obj in (*session.new, *session.dirty)
        if isinstance(obj, Work) and (obj in session.new or _price_changed(obj))
    ]
    if not changed:
        return
    rates = latest_rates(session.connection())
    for work in changed:
        if work.price_minor is not None and work.currency:
            work.price_usd_minor = comparable_minor(work.price_minor, work.currency, rates)


def _after_flush(session: Session, _flush_context) -> None:
    if any(isinstance(obj, ExchangeRate) for obj in (*session.new, *session.dirty, *session.deleted)):
        reprice_all(session.connection())


def _price_changed(work: Work) -> bool:
    state = inspect(work)
    return any(state.attrs[name].history.has_changes() for name in _PRICE_ATTRIBUTES)


install_listeners()
