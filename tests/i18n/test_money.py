"""Money in minor units, formatted for each locale; zero-, two- and three-decimal currencies."""

from decimal import Decimal

import pytest

from marketplace import money
from marketplace.i18n.formatting import format_money


def plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


@pytest.mark.parametrize(
    ("amount", "currency", "locale", "expected"),
    [
        (25000000, "XOF", "en", "F CFA 25,000,000"),
        (25000000, "XOF", "fr", "25 000 000 F CFA"),
        (25000000, "XOF", "zh", "F CFA 25,000,000"),
        (25000000, "XOF", "sw", "F CFA 25,000,000"),
        (123456, "USD", "en", "$1,234.56"),
        (123456, "USD", "fr", "1 234,56 $US"),
        (123456, "USD", "zh", "US$1,234.56"),
        (123456, "USD", "sw", "US$ 1,234.56"),
        (650000, "KES", "sw", "Ksh 6,500.00"),
        (680000, "CNY", "zh", "¥6,800.00"),
        (680000, "CNY", "fr", "6 800,00 CNY"),
        (1050, "EUR", "fr", "10,50 €"),
    ],
)
def test_each_locale_formats_each_kind_of_currency(amount, currency, locale, expected):
    assert plain(format_money(amount, currency, locale)) == expected


def test_exponents_follow_iso_4217():
    assert (money.exponent("XOF"), money.exponent("USD"), money.exponent("KWD")) == (0, 2, 3)
    assert money.to_decimal(250000, "XOF") == Decimal("250000")
    assert money.to_decimal(12345, "USD") == Decimal("123.45")
    assert money.to_decimal(1234, "KWD") == Decimal("1.234")


def test_minor_units_are_exact_and_refuse_extra_decimals():
    assert money.to_minor("6500.00", "KES") == 650000
    assert money.to_minor("250000", "XOF") == 250000
    assert money.to_minor("0.1", "USD") + money.to_minor("0.2", "USD") == money.to_minor("0.3", "USD")
    with pytest.raises(ValueError):
        money.to_minor("2500.5", "XOF")
    with pytest.raises(ValueError):
        money.to_minor("1.005", "USD")
    with pytest.raises(TypeError):
        money.to_decimal(1.5, "USD")
