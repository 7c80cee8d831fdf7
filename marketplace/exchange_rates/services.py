"""Exchange rates: loading a table, converting for approximate prices. Never commits."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from marketplace import money
from marketplace.exchange_rates.models import ExchangeRate

BASE = "USD"


class RatesFileError(ValueError):
    pass


@dataclass(frozen=True)
class Converted:
    amount_minor: int
    currency: str
    as_of: date


def load_csv(session: Session, text: str) -> int:
    """Rows of ``currency,per_usd,as_of`` (header required). Refuses the whole file on any bad row."""
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or {"currency", "per_usd", "as_of"} - set(reader.fieldnames):
        raise RatesFileError("the header must be: currency,per_usd,as_of")
    parsed = []
    for line, row in enumerate(reader, start=2):
        currency = (row.get("currency") or "").strip().upper()
        if len(currency) != 3 or not currency.isalpha():
            raise RatesFileError(f"line {line}: {currency!r} is not an ISO 4217 code")
        try:
            per_usd = Decimal((row.get("per_usd") or "").strip())
            as_of = date.fromisoformat((row.get("as_of") or "").strip())
        except (InvalidOperation, ValueError):
            raise RatesFileError(f"line {line}: per_usd must be a number, as_of a YYYY-MM-DD date") from None
        if not per_usd.is_finite() or per_usd <= 0:
            raise RatesFileError(f"line {line}: per_usd must be above zero")
        parsed.append((currency, per_usd, as_of))
    for currency, per_usd, as_of in parsed:
        existing = session.scalar(
            select(ExchangeRate).where(ExchangeRate.currency == currency, ExchangeRate.as_of == as_of)
        )
        if existing is None:
            session.add(ExchangeRate(currency=currency, per_usd=per_usd, as_of=as_of))
        else:
            existing.per_usd = per_usd
    session.flush()
    return len(parsed)


@dataclass(frozen=True)
class Rate:
    """One currency's newest rate, as plain values (kept between requests, outside any session)."""

    currency: str
    per_usd: Decimal
    as_of: date


def latest(session: Session) -> dict[str, Rate]:
    """The newest rate of each currency (only those rows: the table keeps every day ever loaded)."""
    newest = (
        select(ExchangeRate.currency, func.max(ExchangeRate.as_of).label("as_of"))
        .group_by(ExchangeRate.currency)
        .subquery()
    )
    rows = session.execute(
        select(ExchangeRate.currency, ExchangeRate.per_usd, ExchangeRate.as_of)
        .join(newest, (newest.c.currency == ExchangeRate.currency) & (newest.c.as_of == ExchangeRate.as_of))
        .order_by(ExchangeRate.currency)
    )
    return {currency: Rate(currency, Decimal(value), as_of) for currency, value, as_of in rows}


def per_usd(rates: dict[str, Rate], currency: str) -> tuple[Decimal, date | None] | None:
    if currency == BASE:
        return Decimal(1), None
    rate = rates.get(currency)
    return (Decimal(rate.per_usd), rate.as_of) if rate else None


def convert(amount_minor: int, source: str, target: str, rates: dict[str, Rate]) -> Converted | None:
    """``amount_minor`` of ``source`` in ``target``, rounded to its minor unit; None without both rates."""
    if source == target:
        return None
    from_rate, to_rate = per_usd(rates, source), per_usd(rates, target)
    if from_rate is None or to_rate is None:
        return None
    usd = money.to_decimal(amount_minor, source) / from_rate[0]
    value = (usd * to_rate[0]).scaleb(money.exponent(target)).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)
    dates = [d for d in (from_rate[1], to_rate[1]) if d]
    return Converted(int(value), target, min(dates) if dates else date.today())


def usd_factor(rates: dict[str, Rate], currency: str) -> float | None:
    """Multiply minor units by this to compare prices across currencies (ordering only, never money)."""
    rate = per_usd(rates, currency)
    if rate is None:
        return None
    return float(1 / (Decimal(10) ** money.exponent(currency) * rate[0]))
