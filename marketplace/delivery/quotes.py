"""What delivery costs and how long it takes. Pure functions of a profile, a destination and the items.

- **Zone**: the destination's own rate when the artist priced it — domestic first, then the named region
  (East Africa, Europe, ...), then "same region as the country it ships from", then the rest of the world.
  A country the artist does not ship to, or a destination no rate covers, cannot be shipped to.
- **Amount**: per parcel (one profile's items of one artist): the first item's price plus the price of
  each additional item, in the profile's currency (which is the works' currency, so no conversion ever
  happens); nothing when the items' value reaches the profile's free-shipping amount.
- **Estimate**: handling days plus transit days, counted from payment.
- A physical work without a profile (listed before profiles existed) is delivered at the artist's
  expense: no charge, no estimate.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from marketplace.catalog.models import Work
from marketplace.delivery.models import ShippingProfile, ShippingRate, Zone
from marketplace.delivery.regions import region_of


class NotShippable(ValueError):
    def __init__(self, works: list[Work], destination: str) -> None:
        super().__init__(f"cannot ship {[w.id for w in works]} to {destination}")
        self.works = works
        self.destination = destination


@dataclass(frozen=True)
class Parcel:
    profile: ShippingProfile | None
    zone: Zone | None
    amount_minor: int
    min_days: int | None
    max_days: int | None
    items: int


@dataclass
class Quote:
    """One artist's delivery for an order."""

    artist_id: int
    currency: str
    parcels: list[Parcel] = field(default_factory=list)

    @property
    def amount_minor(self) -> int:
        return sum(p.amount_minor for p in self.parcels)

    @property
    def min_days(self) -> int | None:
        days = [p.min_days for p in self.parcels if p.min_days is not None]
        return max(days) if days else None

    @property
    def max_days(self) -> int | None:
        days = [p.max_days for p in self.parcels if p.max_days is not None]
        return max(days) if days else None


def rate_for(profile: ShippingProfile, destination: str) -> ShippingRate | None:
    """The rate that applies to ``destination``, or None when the profile does not ship there."""
    destination = destination.upper()
    if destination in {c.upper() for c in profile.excluded_countries or []}:
        return None
    rates = {rate.zone: rate for rate in profile.rates}
    if destination == profile.ships_from.upper() and Zone.DOMESTIC.value in rates:
        return rates[Zone.DOMESTIC.value]
    region = region_of(destination)
    if region is not None and region.value in rates:
        return rates[region.value]
    if region is not None and region == region_of(profile.ships_from) and Zone.SAME_REGION.value in rates:
        return rates[Zone.SAME_REGION.value]
    return rates.get(Zone.WORLD.value)


def parcel_cost(profile: ShippingProfile, rate: ShippingRate, items: list[tuple[Work, int]]) -> int:
    count = sum(quantity for _, quantity in items)
    if count == 0:
        return 0
    value = sum(work.price_minor * quantity for work, quantity in items)
    if profile.free_over_minor is not None and value >= profile.free_over_minor:
        return 0
    return rate.first_item_minor + rate.additional_item_minor * (count - 1)


def quote(items: list[tuple[Work, int]], destination: str, currency: str) -> list[Quote]:
    """Delivery of ``items`` (work, quantity) to ``destination``, one quote per artist, digital works
    left out. Raises NotShippable listing every work that cannot go there."""
    physical = [(work, quantity) for work, quantity in items if not is_digital(work)]
    by_artist: dict[int, dict[int | None, list[tuple[Work, int]]]] = defaultdict(lambda: defaultdict(list))
    for work, quantity in physical:
        by_artist[work.artist_id][work.shipping_profile_id].append((work, quantity))
    refused: list[Work] = []
    quotes: list[Quote] = []
    for artist_id, by_profile in sorted(by_artist.items()):
        artist_quote = Quote(artist_id, currency)
        for parcel_items in by_profile.values():
            profile = parcel_items[0][0].shipping_profile
            count = sum(q for _, q in parcel_items)
            if profile is None:
                artist_quote.parcels.append(Parcel(None, None, 0, None, None, count))
                continue
            rate = rate_for(profile, destination) if profile.currency == currency else None
            if rate is None:
                refused.extend(work for work, _ in parcel_items)
                continue
            artist_quote.parcels.append(
                Parcel(
                    profile, Zone(rate.zone), parcel_cost(profile, rate, parcel_items),
                    profile.handling_days_min + rate.transit_days_min,
                    profile.handling_days_max + rate.transit_days_max, count,
                )
            )  # fmt: skip
        quotes.append(artist_quote)
    if refused:
        raise NotShippable(refused, destination.upper())
    return quotes


def ships_to(work: Work, destination: str) -> bool:
    if is_digital(work) or work.shipping_profile is None:
        return True
    profile = work.shipping_profile
    return profile.currency == work.currency and rate_for(profile, destination) is not None


def is_digital(work: Work | None) -> bool:
    """Digital works (marked so, or digital art) are downloaded, never shipped."""
    return work is not None and not work.is_physical
