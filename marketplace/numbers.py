"""Numbers typed by people or put in URLs by anyone: finite, within what the database stores, or refused.

One mechanism for the whole site. Form fields (``i18n.forms.IntegerField``, ``DecimalField``, ``IdField``)
and query parameters (``int_arg``, ``decimal_arg``) parse through here; URL ids go through the bounded
``int`` converter (``IdConverter``). ``NaN``, ``sNaN``, ``Infinity``, ``1e309`` or an integer above what a
column holds is a refused value (a translated 400 for a form, the default for a query parameter, a 404 for a
URL), never a database error.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from flask import request
from werkzeug.routing import IntegerConverter

#: The largest value of the smallest integer column (PostgreSQL's INTEGER): ids, stock, days, sizes.
MAX_INTEGER = 2**31 - 1
#: The largest amount in major units typed anywhere (a price, a rate, a refund): its minor units fit a BIGINT
#: column in every currency (three decimals at most), and sums of many of them too.
MAX_AMOUNT = Decimal(10) ** 12
#: The range of an amount column (db.MinorUnits, 64-bit): a converted search bound is kept within it.
MAX_MINOR_UNITS = 2**63 - 1


def within_minor_units(value: int) -> int:
    return max(-MAX_MINOR_UNITS, min(MAX_MINOR_UNITS, value))


def parse_int(text: str | None, minimum: int = -MAX_INTEGER, maximum: int = MAX_INTEGER) -> int | None:
    """The integer ``text`` holds, if it is one within [minimum, maximum]; else None."""
    try:
        value = int((text or "").strip())
    except ValueError:
        return None
    return value if minimum <= value <= maximum else None


def parse_decimal(
    text: str | None, minimum: Decimal = -MAX_AMOUNT, maximum: Decimal = MAX_AMOUNT
) -> Decimal | None:
    """The finite decimal ``text`` holds (a comma as decimal mark too) within [minimum, maximum], or None."""
    try:
        value = Decimal((text or "").strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        return None
    return value if acceptable_decimal(value, minimum, maximum) else None


def acceptable_decimal(value: Decimal, minimum: Decimal = -MAX_AMOUNT, maximum: Decimal = MAX_AMOUNT) -> bool:
    """Finite (no NaN, sNaN or infinity) and within the bounds; never raises, even for a signalling NaN."""
    return value.is_finite() and minimum <= value <= maximum


def int_arg(
    name: str, default: int | None = None, minimum: int = 0, maximum: int = MAX_INTEGER
) -> int | None:
    """An integer query parameter, or ``default`` when it is missing, not a number or out of range."""
    value = parse_int(request.args.get(name), minimum, maximum)
    return default if value is None else value


def decimal_arg(name: str, minimum: Decimal = Decimal(0), maximum: Decimal = MAX_AMOUNT) -> Decimal | None:
    """A decimal query parameter, or None when it is missing, not a finite number or out of range."""
    return parse_decimal(request.args.get(name), minimum, maximum)


class IdConverter(IntegerConverter):
    """``<int:...>`` in routes: at most MAX_INTEGER, so an id no column can hold is a 404, not a 500."""

    def __init__(self, map, *args, **kwargs) -> None:  # noqa: A002 (werkzeug's name)
        kwargs.setdefault("max", MAX_INTEGER)
        super().__init__(map, *args, **kwargs)
