"""Demo shipping profiles: one per artist and currency, with believable (illustrative) courier prices."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from marketplace import money
from marketplace.catalog.models import ArtistProfile, Work
from marketplace.delivery import services
from marketplace.delivery.customs import default_hs_code
from marketplace.delivery.quotes import is_digital

#: (first item, each additional item, days min, days max) in US dollars, by zone.
USD_RATES = {
    "domestic": (8, 3, 1, 4),
    "same_region": (25, 10, 4, 10),
    "europe": (55, 20, 6, 14),
    "world": (70, 25, 7, 21),
}
#: Rough units per US dollar for the demo's currencies (illustrative, like the demo's rates.csv).
PER_USD = {"USD": 1, "EUR": Decimal("0.92"), "CNY": Decimal("7.1"), "KES": 129, "NGN": 1500, "ZAR": 18,
           "XOF": 600, "GHS": 15, "TZS": 2600, "EGP": 48, "MAD": 10}  # fmt: skip


def add_profiles(session: Session, artist: ArtistProfile, works: list[Work]) -> None:
    """A profile in each currency the artist's physical works are priced in; each work uses its own."""
    by_currency: dict[str, int] = {}
    for work in works:
        work.hs_code = default_hs_code(work.category)
        if is_digital(work):
            work.is_digital = True
            continue
        if work.currency not in by_currency:
            by_currency[work.currency] = _profile(session, artist, work.currency).id
        work.shipping_profile_id = by_currency[work.currency]
    session.flush()


def _profile(session: Session, artist: ArtistProfile, currency: str):
    def amount(usd) -> int:
        value = Decimal(usd) * Decimal(PER_USD.get(currency, 1))
        return money.to_minor(value.quantize(Decimal(1)), currency)

    rates = [
        services.RateInput(zone, amount(first), amount(extra), low, high)
        for zone, (first, extra, low, high) in USD_RATES.items()
    ]
    return services.save_profile(
        session,
        artist,
        services.ProfileInput(
            name=f"{artist.public_name} — {currency}", ships_from=artist.country, currency=currency,
            handling_days_min=2, handling_days_max=5, free_over_minor=None, excluded_countries=[],
            rates=rates,
        ),
    )  # fmt: skip
