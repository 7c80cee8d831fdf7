"""Shipping profiles for tests, made through the service the studio uses."""

from __future__ import annotations

from marketplace.catalog.models import ArtistProfile, Work
from marketplace.delivery import services


def make_profile(db, artist_id, currency="KES", ships_from="KE", rates=None, free_over=None, excluded=(),
                 handling=(1, 3)) -> int:  # fmt: skip
    """A profile with ``rates`` {zone: (first, additional, days_min, days_max)}."""
    rates = rates or {"domestic": (50000, 10000, 1, 3), "world": (400000, 150000, 7, 21)}
    with db() as session:
        profile = services.save_profile(
            session,
            session.get(ArtistProfile, artist_id),
            services.ProfileInput(
                name="Parcels", ships_from=ships_from, currency=currency, handling_days_min=handling[0],
                handling_days_max=handling[1], free_over_minor=free_over, excluded_countries=list(excluded),
                rates=[services.RateInput(zone, *values) for zone, values in rates.items()],
            ),
        )  # fmt: skip
        return profile.id


def use_profile(db, work_id, profile_id) -> None:
    with db() as session:
        work = session.get(Work, work_id)
        services.set_work_delivery(
            session, work, is_digital=False, profile_id=profile_id, hs_code="", declared_value_minor=None
        )
