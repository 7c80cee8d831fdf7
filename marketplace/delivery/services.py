"""Artists' shipping profiles and each work's delivery settings. Never commits."""

from __future__ import annotations

from dataclasses import dataclass, field

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from marketplace.catalog.models import ArtistProfile, Work
from marketplace.core.paging import Page, page_of
from marketplace.delivery.customs import HS_HEADINGS, default_hs_code
from marketplace.delivery.models import ShippingProfile, ShippingRate, Zone
from marketplace.errors import Refused
from marketplace.money import CURRENCIES

MAX_DAYS = 365


class DeliveryError(Refused):
    pass


@dataclass
class RateInput:
    zone: str
    first_item_minor: int
    additional_item_minor: int
    transit_days_min: int
    transit_days_max: int


@dataclass
class ProfileInput:
    name: str
    ships_from: str
    currency: str
    handling_days_min: int
    handling_days_max: int
    free_over_minor: int | None
    excluded_countries: list[str]
    rates: list[RateInput] = field(default_factory=list)


#: Profiles per page of the studio's list.
PROFILES_PER_PAGE = 50


def profiles_for(session: Session, artist: ArtistProfile) -> list[ShippingProfile]:
    return list(session.scalars(_profiles_of(artist)))


def profiles_page(session: Session, artist: ArtistProfile, number: int) -> Page[ShippingProfile]:
    """A page of the studio's list of the artist's shipping profiles, with their rates."""
    return page_of(session, _profiles_of(artist), number, PROFILES_PER_PAGE)


def _profiles_of(artist: ArtistProfile):
    return (
        select(ShippingProfile)
        .where(ShippingProfile.artist_id == artist.id)
        .options(selectinload(ShippingProfile.rates))
        .order_by(ShippingProfile.id)
    )


def owned_profile(session: Session, artist: ArtistProfile, profile_id: int) -> ShippingProfile | None:
    return session.scalar(
        select(ShippingProfile).where(
            ShippingProfile.id == profile_id, ShippingProfile.artist_id == artist.id
        )
    )


def save_profile(
    session: Session, artist: ArtistProfile, data: ProfileInput, profile: ShippingProfile | None = None
) -> ShippingProfile:
    _check(data)
    if profile is not None and profile.currency != data.currency and works_using(session, profile):
        raise DeliveryError(
            _l("Works use this profile in its currency: make a new profile for another currency."), "currency"
        )
    profile = profile or ShippingProfile(artist_id=artist.id)
    profile.name = data.name.strip()
    profile.ships_from = data.ships_from.upper()
    profile.currency = data.currency
    profile.handling_days_min, profile.handling_days_max = data.handling_days_min, data.handling_days_max
    profile.free_over_minor = data.free_over_minor
    profile.excluded_countries = sorted({c.upper() for c in data.excluded_countries})
    # Rows are kept per zone (one rate per zone): changed in place, removed, or added.
    existing = {rate.zone: rate for rate in profile.rates}
    wanted = {rate.zone: rate for rate in data.rates}
    for zone, row in existing.items():
        if zone not in wanted:
            profile.rates.remove(row)
    for zone, rate in wanted.items():
        row = existing.get(zone) or ShippingRate(zone=zone)
        row.first_item_minor, row.additional_item_minor = rate.first_item_minor, rate.additional_item_minor
        row.transit_days_min, row.transit_days_max = rate.transit_days_min, rate.transit_days_max
        if zone not in existing:
            profile.rates.append(row)
    session.add(profile)
    session.flush()
    return profile


def delete_profile(session: Session, profile: ShippingProfile) -> None:
    if works_using(session, profile):
        raise DeliveryError(_l("Works use this profile: give them another one first."))
    session.delete(profile)
    session.flush()


def works_using_each(session: Session, profiles: list[ShippingProfile]) -> dict[int, int]:
    """How many works use each profile, in one query."""
    counts = dict(
        session.execute(
            select(Work.shipping_profile_id, func.count(Work.id))
            .where(Work.shipping_profile_id.in_([p.id for p in profiles]))
            .group_by(Work.shipping_profile_id)
        ).all()
    )
    return {p.id: counts.get(p.id, 0) for p in profiles}


def works_using(session: Session, profile: ShippingProfile) -> int:
    return session.scalar(select(func.count(Work.id)).where(Work.shipping_profile_id == profile.id))


def set_work_delivery(
    session: Session, work: Work, *, is_digital: bool, profile_id: int | None, hs_code: str,
    declared_value_minor: int | None,
) -> None:  # fmt: skip
    """A work's delivery settings apply at once, like its price (they are not public content)."""
    profile = None
    if profile_id is not None:
        profile = owned_profile(session, work.artist, profile_id)
        if profile is None:
            raise DeliveryError(_l("Choose one of your shipping profiles."), "shipping_profile")
        if profile.currency != work.currency:
            raise DeliveryError(
                _l("This profile's prices are in %(profile)s and the work's in %(work)s: use a profile in "
                   "the work's currency.", profile=profile.currency, work=work.currency),
                "shipping_profile",
            )  # fmt: skip
    if hs_code and hs_code not in HS_HEADINGS:
        raise DeliveryError(_l("Choose a customs category from the list."), "hs_code")
    if declared_value_minor is not None and declared_value_minor <= 0:
        raise DeliveryError(_l("The declared value must be above zero."), "declared_value")
    work.is_digital = is_digital
    work.shipping_profile_id = None if is_digital else (profile.id if profile else None)
    work.hs_code = hs_code or default_hs_code(work.category)
    work.declared_value_minor = declared_value_minor
    session.flush()


def _check(data: ProfileInput) -> None:
    if not data.name.strip():
        raise DeliveryError(_l("Give the profile a name."), "name")
    if data.currency not in CURRENCIES:
        raise DeliveryError(_l("Choose a currency from the list."), "currency")
    if not 0 <= data.handling_days_min <= data.handling_days_max <= MAX_DAYS:
        raise DeliveryError(
            _l("The handling time must be from 0 to 365 days, the shortest first."), "handling_days_min"
        )
    if data.free_over_minor is not None and data.free_over_minor <= 0:
        raise DeliveryError(_l("Free delivery needs an amount above zero."), "free_over")
    if not data.rates:
        raise DeliveryError(_l("Give a price for at least one zone."))
    zones = {z.value for z in Zone}
    for rate in data.rates:
        if rate.zone not in zones:
            raise DeliveryError(_l("Choose a zone from the list."))
        if rate.first_item_minor < 0 or rate.additional_item_minor < 0:
            raise DeliveryError(_l("Prices cannot be negative."), f"rate_{rate.zone}")
        if not 0 <= rate.transit_days_min <= rate.transit_days_max <= MAX_DAYS:
            raise DeliveryError(
                _l("Give the delivery time in days, from 0 to 365, the shortest first."), f"rate_{rate.zone}"
            )
