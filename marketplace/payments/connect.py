"""Where Stripe Connect can pay an artist: the countries in which a connected account can be created.

Pure data (no Flask, no network), shared by the marketplace and its fake Stripe server.

Source: Stripe's global availability list of account countries, https://stripe.com/global (and
https://docs.stripe.com/connect/cross-border-payouts for what a platform may pay out across borders).

**Mainland China and most African countries are not among them** (CN, KE, NG, GH, TZ, EG, MA, SN and CI,
for instance, are not). That is why an admin records a payout made outside Stripe (bank transfer, mobile
money, Alipay) for an artist living there, instead of a Stripe transfer.
Stripe's Global Payouts (a separate product on the v2 API) reaches more countries; the marketplace does
not use it.
"""

from __future__ import annotations

#: ISO 3166-1 alpha-2 codes of the countries where a Stripe connected account can be created and paid out.
CONNECT_COUNTRIES: frozenset[str] = frozenset((
    "AE", "AT", "AU", "BE", "BG", "BR", "CA", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB",
    "GI", "GR", "HK", "HR", "HU", "IE", "IT", "JP", "LI", "LT", "LU", "LV", "MT", "MX", "MY", "NL", "NO",
    "NZ", "PL", "PT", "RO", "SE", "SG", "SI", "SK", "TH", "US",
))  # fmt: skip


def can_onboard(country: str) -> bool:
    """Whether an artist living in ``country`` (ISO code, any case) can get a Stripe connected account."""
    return isinstance(country, str) and country.strip().upper() in CONNECT_COUNTRIES
