"""Which payment methods Stripe Checkout offers for which presentment currency, and Stripe's amount units.

Pure data and functions (no Flask, no network), shared by the marketplace and its fake Stripe server.

Sources, read on 2026-11-25:

- Alipay with Checkout, "Determine compatibility", presentment currencies:
  https://docs.stripe.com/payments/alipay/accept-a-payment?payment-ui=checkout
- WeChat Pay with Checkout, "Determine compatibility", presentment currencies:
  https://docs.stripe.com/payments/wechat-pay/accept-a-payment?payment-ui=checkout
- Zero-decimal, three-decimal currencies and the special cases (ISK, UGX): https://docs.stripe.com/currencies
  (#zero-decimal, #three-decimal, #special-cases), and for ISK
  https://support.stripe.com/questions/deprecation-of-fractional-isk-charges-and-refunds
- The presentment currencies of a card payment: the list Stripe's API itself answers with when a currency
  is refused ("Your account currently supports these currencies: usd, aed, afn, ..."), as quoted in
  https://github.com/flowcore-io/luttaka-open/issues/100 (2024) and https://docs.stripe.com/currencies,
  plus the three-decimal currencies, which Stripe accepts for accounts in the regions that use them.

Two facts worth knowing before pricing anything:

- **GHS (Ghanaian cedi) is not a Stripe presentment currency**, although the marketplace prices works in it.
  Every other marketplace currency (USD EUR CNY KES NGN ZAR XOF TZS EGP MAD) can be paid by card.
- Alipay and WeChat Pay are offered only for a few currencies: of ours, USD, EUR and CNY. A work priced in
  KES or XOF can be paid by card only (or converted by the marketplace before Checkout, its own decision).
"""

from __future__ import annotations

from marketplace.money import exponent as iso_exponent

#: Stripe's zero-decimal currencies, as its documentation lists them. UGX is in the list but, for backward
#: compatibility, Stripe wants UGX amounts with two decimals that are always 00 (see ``to_stripe_amount``).
ZERO_DECIMAL: frozenset[str] = frozenset(
    {"BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF",
     "XPF"}
)  # fmt: skip

#: Stripe's three-decimal currencies: amounts in thousandths whose last digit must be 0 (5.124 KWD -> 5120).
THREE_DECIMAL: frozenset[str] = frozenset({"BHD", "JOD", "KWD", "OMR", "TND"})

#: ISO 4217 says zero decimals, Stripe's API keeps two whose value must be 00 (an ISK amount of 500 is 5 ISK).
TWO_DECIMAL_KEPT_FOR_COMPATIBILITY: frozenset[str] = frozenset({"ISK", "UGX"})

#: Currencies a card payment can be presented in.
CARD_CURRENCIES: frozenset[str] = frozenset((
    "USD", "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
    "BGN", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP",
    "CNY", "COP", "CRC", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ETB", "EUR", "FJD", "FKP",
    "GBP", "GEL", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR",
    "ISK", "JMD", "JPY", "KES", "KGS", "KHR", "KMF", "KRW", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD",
    "LSL", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN",
    "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR",
    "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "STD",
    "SZL", "THB", "TJS", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "UYU", "UZS", "VND", "VUV",
    "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "BHD", "JOD", "KWD", "OMR", "TND"
))  # fmt: skip

#: Presentment currencies per payment method type; ``None`` means every card currency.
_METHOD_CURRENCIES: dict[str, frozenset[str] | None] = {
    "card": None,
    "alipay": frozenset({"AUD", "CAD", "CNY", "EUR", "GBP", "HKD", "JPY", "NZD", "SGD", "USD", "MYR"}),
    "wechat_pay": frozenset(
        {"AUD", "CAD", "CNY", "EUR", "GBP", "HKD", "JPY", "SGD", "USD", "DKK", "NOK", "SEK", "CHF"}
    ),
}

#: The methods the marketplace offers, in the order a buyer sees them.
METHODS: tuple[str, ...] = tuple(_METHOD_CURRENCIES)


def is_supported_currency(currency: str) -> bool:
    """Whether Stripe accepts ``currency`` as a presentment currency at all."""
    return currency.upper() in CARD_CURRENCIES


def methods_for(currency: str) -> list[str]:
    """The payment method types Checkout offers for ``currency`` (empty when Stripe does not take it)."""
    code = currency.upper()
    if code not in CARD_CURRENCIES:
        return []
    return [m for m, allowed in _METHOD_CURRENCIES.items() if allowed is None or code in allowed]


def stripe_exponent(currency: str) -> int:
    """Decimal places of the unit Stripe's API counts ``currency`` in (JPY 0, USD 2, ISK 2, KWD 3)."""
    code = currency.upper()
    if code in THREE_DECIMAL:
        return 3
    if code in ZERO_DECIMAL and code not in TWO_DECIMAL_KEPT_FOR_COMPATIBILITY:
        return 0
    return 2


def to_stripe_amount(amount_minor: int, currency: str) -> int:
    """Our ISO 4217 minor units to the integer Stripe's API expects.

    The identity except where Stripe differs from ISO 4217: ISK and UGX (ISO: no decimals) are sent with two
    decimals that are 00 (5 ISK -> 500); MGA (ISO: two decimals) is zero-decimal at Stripe, so it must be a
    whole number of ariary. Three-decimal amounts must end in 0 (Stripe's partners refuse the last digit).
    Raises ValueError rather than rounding: a price that Stripe cannot charge exactly is a mistake to show.
    """
    if not isinstance(amount_minor, int) or isinstance(amount_minor, bool):
        raise TypeError("money amounts are integers of minor units")
    if amount_minor < 0:
        raise ValueError("amounts sent to Stripe are never negative")
    code = currency.upper()
    if code not in CARD_CURRENCIES:
        raise ValueError(f"Stripe does not accept {code}")
    shift = stripe_exponent(code) - iso_exponent(code)
    if shift >= 0:
        amount = amount_minor * 10**shift
    else:
        amount, remainder = divmod(amount_minor, 10**-shift)
        if remainder:
            raise ValueError(f"Stripe charges {code} in whole units only")
    if code in THREE_DECIMAL and amount % 10:
        raise ValueError(f"Stripe wants {code} amounts in thousandths ending in 0 (5.124 -> 5.120 or 5.130)")
    return amount


def from_stripe_amount(amount: int, currency: str) -> int:
    """Stripe's integer back to our ISO minor units (the inverse of ``to_stripe_amount``)."""
    code = currency.upper()
    shift = stripe_exponent(code) - iso_exponent(code)
    if shift <= 0:
        return amount * 10**-shift
    whole, remainder = divmod(amount, 10**shift)
    if remainder:
        raise ValueError(f"{amount} is not a whole number of {code} minor units")
    return whole
