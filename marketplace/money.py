"""Money as an integer number of minor units plus an ISO 4217 code. Never a float."""

from __future__ import annotations

from decimal import Decimal

#: ISO 4217 minor-unit exponents that differ from 2.
_EXPONENTS = {
    # zero-decimal
    "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0,
    "RWF": 0, "UGX": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
    # three-decimal
    "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
}  # fmt: skip

#: Currencies a work can be priced in.
CURRENCIES = ("USD", "EUR", "CNY", "KES", "NGN", "ZAR", "XOF", "GHS", "TZS", "EGP", "MAD")


def exponent(currency: str) -> int:
    """Number of decimal places of the currency's minor unit (XOF 0, USD 2, KWD 3)."""
    return _EXPONENTS.get(currency.upper(), 2)


def to_decimal(amount_minor: int, currency: str) -> Decimal:
    """Minor units to a Decimal in major units, exactly."""
    if not isinstance(amount_minor, int):
        raise TypeError("money amounts are integers of minor units")
    return Decimal(amount_minor).scaleb(-exponent(currency))


def to_minor(amount: Decimal | str | int, currency: str) -> int:
    """Major units (as typed by a person) to minor units; refuses more decimals than the currency has."""
    value = Decimal(str(amount))
    scaled = value.scaleb(exponent(currency))
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{currency} has {exponent(currency)} decimal places")
    return int(scaled)
