"""Shipping profiles: where an artist ships from, how long it takes, what it costs to each zone."""

from __future__ import annotations

import enum
from datetime import datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import JSON, CheckConstraint, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace.db import Base, MinorUnits, UTCDateTime, sql_values, utcnow


class Zone(enum.StrEnum):
    """Destination zones, from the most specific: a rate for a named region beats 'same region'."""

    DOMESTIC = "domestic"
    SAME_REGION = "same_region"
    EAST_AFRICA = "east_africa"
    WEST_AFRICA = "west_africa"
    SOUTHERN_AFRICA = "southern_africa"
    NORTH_AFRICA = "north_africa"
    CENTRAL_AFRICA = "central_africa"
    MAINLAND_CHINA = "mainland_china"
    ASIA = "asia"
    EUROPE = "europe"
    AMERICAS = "americas"
    OCEANIA = "oceania"
    WORLD = "world"


ZONE_TITLES = {
    Zone.DOMESTIC: _l("Within the country it ships from"),
    Zone.SAME_REGION: _l("Within the same region"),
    Zone.EAST_AFRICA: _l("East Africa"),
    Zone.WEST_AFRICA: _l("West Africa"),
    Zone.SOUTHERN_AFRICA: _l("Southern Africa"),
    Zone.NORTH_AFRICA: _l("North Africa"),
    Zone.CENTRAL_AFRICA: _l("Central Africa"),
    Zone.MAINLAND_CHINA: _l("Mainland China"),
    Zone.ASIA: _l("Asia"),
    Zone.EUROPE: _l("Europe"),
    Zone.AMERICAS: _l("Americas"),
    Zone.OCEANIA: _l("Oceania"),
    Zone.WORLD: _l("Rest of the world"),
}


class ShippingProfile(Base):
    __tablename__ = "shipping_profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    artist_id: Mapped[int] = mapped_column(ForeignKey("artist_profiles.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    ships_from: Mapped[str] = mapped_column(String(2))
    currency: Mapped[str] = mapped_column(String(3))
    handling_days_min: Mapped[int] = mapped_column(Integer, default=1)
    handling_days_max: Mapped[int] = mapped_column(Integer, default=3)
    free_over_minor: Mapped[int | None] = mapped_column(MinorUnits)
    excluded_countries: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    rates: Mapped[list[ShippingRate]] = relationship(
        back_populates="profile", cascade="all, delete-orphan", order_by="ShippingRate.id"
    )

    __table_args__ = (
        CheckConstraint("handling_days_min >= 0 AND handling_days_max >= handling_days_min", name="handling"),
        CheckConstraint("free_over_minor IS NULL OR free_over_minor > 0", name="free_over_positive"),
    )


class ShippingRate(Base):
    __tablename__ = "shipping_rates"

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(
        ForeignKey("shipping_profiles.id", ondelete="CASCADE"), index=True
    )
    zone: Mapped[str] = mapped_column(String(20))
    first_item_minor: Mapped[int] = mapped_column(MinorUnits)
    additional_item_minor: Mapped[int] = mapped_column(MinorUnits, default=0)
    transit_days_min: Mapped[int] = mapped_column(Integer)
    transit_days_max: Mapped[int] = mapped_column(Integer)

    profile: Mapped[ShippingProfile] = relationship(back_populates="rates")

    __table_args__ = (
        UniqueConstraint("profile_id", "zone"),
        CheckConstraint(f"zone IN ({sql_values(Zone)})", name="zone_known"),
        CheckConstraint("first_item_minor >= 0 AND additional_item_minor >= 0", name="amounts_not_negative"),
        CheckConstraint("transit_days_min >= 0 AND transit_days_max >= transit_days_min", name="transit"),
    )
