"""Money, numbers, dates, units and the names of countries and languages, formatted by Babel for the page's
locale."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from babel import Locale
from babel.dates import get_datetime_format
from babel.lists import format_list
from babel.numbers import format_currency
from babel.units import format_unit
from flask_babel import format_date, format_time, get_locale

from marketplace import money

_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")


def format_money(amount_minor: int, currency: str, locale=None) -> str:
    """Format an amount in minor units: 250000 XOF -> 'F CFA 250 000' in fr, '250,000.00 US$'-style in zh."""
    return _money_text(amount_minor, currency, str(locale or get_locale() or "en"))


@lru_cache(maxsize=8192)
def _money_text(amount_minor: int, currency: str, locale: str) -> str:
    """Babel parses the locale's pattern on every call: a page of cards formats the same few prices in
    the same locale again and again, so each text is kept (the result depends on nothing else)."""
    text = format_currency(money.to_decimal(amount_minor, currency), currency, locale=locale)
    # CLDR's currency spacing: a symbol ending in a letter never touches the digits ("F CFA 25,000").
    return _LETTER_DIGIT.sub("\u00a0", text)


def format_day(value: datetime | None) -> str:
    return format_date(value, format="medium") if value else ""


def format_moment(value: datetime | None) -> str:
    """A date and time to the minute, marked UTC (the time the site keeps and shows): readers from
    Nairobi to Beijing are in different zones, and a time without its zone would mislead them."""
    if not value:
        return ""
    locale = get_locale() or Locale("en")
    pattern = get_datetime_format("medium", locale=locale).replace("'", "")
    return pattern.format(format_time(value, format="short"), format_date(value, format="medium")) + " UTC"


def join_list(items) -> str:
    """'a, b and c' in English, 'a、b和c' in Chinese."""
    return format_list([str(item) for item in items], locale=get_locale() or "en")


def country_name(code: str) -> str:
    locale = get_locale() or Locale("en")
    return locale.territories.get(code, code)


def language_name(code: str) -> str:
    """A language's name in the page's language (for 'original in French')."""
    locale = get_locale() or Locale("en")
    return locale.languages.get(code, code)


def weight(grams: int | None) -> str:
    """'850 g' or '1.25 kg', in the page's language."""
    if grams is None:
        return ""
    locale = get_locale() or "en"
    if grams < 1000:
        return format_unit(grams, "mass-gram", length="short", locale=locale)
    return format_unit(round(grams / 1000, 3), "mass-kilogram", length="short", locale=locale)


def dimensions(values) -> str:
    """'30 cm × 40 cm × 2 cm' (the sizes given, in order width, height, depth)."""
    locale = get_locale() or "en"
    return " × ".join(format_unit(v, "length-centimeter", length="short", locale=locale) for v in values)
