"""Artists, works, their images and translations, collections and exhibitions."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import TYPE_CHECKING

from flask_babel import lazy_gettext as _l
from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    and_,
    false,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace.accounts.models import User
from marketplace.db import Base, MinorUnits, UTCDateTime, sql_values, utcnow

if TYPE_CHECKING:
    from marketplace.delivery.models import ShippingProfile


class Category(enum.StrEnum):
    PAINTING = "painting"
    SCULPTURE = "sculpture"
    TEXTILE = "textile"
    CERAMICS = "ceramics"
    JEWELLERY = "jewellery"
    PRINT = "print"
    PHOTOGRAPHY = "photography"
    DIGITAL_ART = "digital_art"
    DESIGN = "design"
    CRAFT = "craft"
    OTHER = "other"

    @property
    def title(self) -> str:
        return str(CATEGORY_TITLES[self])


CATEGORY_TITLES = {
    Category.PAINTING: _l("Painting"),
    Category.SCULPTURE: _l("Sculpture"),
    Category.TEXTILE: _l("Textile"),
    Category.CERAMICS: _l("Ceramics"),
    Category.JEWELLERY: _l("Jewellery"),
    Category.PRINT: _l("Print"),
    Category.PHOTOGRAPHY: _l("Photography"),
    Category.DIGITAL_ART: _l("Digital art"),
    Category.DESIGN: _l("Design"),
    Category.CRAFT: _l("Craft"),
    Category.OTHER: _l("Other"),
}


class ArtistStatus(enum.StrEnum):
    APPLICANT = "applicant"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    SUSPENDED = "suspended"


class EditionType(enum.StrEnum):
    UNIQUE = "unique"
    LIMITED = "limited"
    OPEN = "open"


class ReviewStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"
    REJECTED = "rejected"
    ARCHIVED = "archived"


class TranslationOrigin(enum.StrEnum):
    AUTHOR = "author"
    HUMAN = "human"
    MACHINE = "machine"


class TranslationStatus(enum.StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    STALE = "stale"


class ArtistProfile(Base):
    __tablename__ = "artist_profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    slug: Mapped[str] = mapped_column(String(120))
    public_name: Mapped[str] = mapped_column(String(120))
    country: Mapped[str] = mapped_column(String(2))
    region: Mapped[str] = mapped_column(String(120), default="")
    disciplines: Mapped[list[str]] = mapped_column(JSON, default=list)
    source_language: Mapped[str] = mapped_column(String(5))
    bio: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=ArtistStatus.APPLICANT.value)
    image_key: Mapped[str | None] = mapped_column(String(200))
    image_width: Mapped[int | None] = mapped_column(Integer)
    image_height: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # How the artist wants to be paid outside Stripe (bank, mobile money, Alipay): read by administrators.
    payout_details: Mapped[str] = mapped_column(Text, default="")
    # Stripe Connect, where Stripe can pay the artist's country; kept current by account.updated events.
    stripe_account_id: Mapped[str | None] = mapped_column(String(255), unique=True)
    stripe_details_submitted: Mapped[bool] = mapped_column(default=False)
    stripe_payouts_enabled: Mapped[bool] = mapped_column(default=False)

    user: Mapped[User] = relationship()
    works: Mapped[list[Work]] = relationship(back_populates="artist", order_by="Work.id")

    __table_args__ = (
        CheckConstraint(f"status IN ({sql_values(ArtistStatus)})", name="status_known"),
        # The public list of artists, newest approved first, read in order (and a page of it by OFFSET).
        Index("ix_artist_profiles_status_approved_at", "status", "approved_at", "id"),
    )


class Work(Base):
    __tablename__ = "works"

    id: Mapped[int] = mapped_column(primary_key=True)
    artist_id: Mapped[int] = mapped_column(ForeignKey("artist_profiles.id", ondelete="CASCADE"), index=True)
    slug: Mapped[str] = mapped_column(String(120))
    source_language: Mapped[str] = mapped_column(String(5))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    story: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(20), index=True)
    medium: Mapped[str] = mapped_column(String(200), default="")
    materials: Mapped[str] = mapped_column(String(300), default="")
    technique: Mapped[str] = mapped_column(String(200), default="")
    width_cm: Mapped[int | None] = mapped_column(Integer)
    height_cm: Mapped[int | None] = mapped_column(Integer)
    depth_cm: Mapped[int | None] = mapped_column(Integer)
    weight_g: Mapped[int | None] = mapped_column(Integer)
    year: Mapped[int | None] = mapped_column(Integer)
    origin_country: Mapped[str] = mapped_column(String(2))
    edition_type: Mapped[str] = mapped_column(String(10), default=EditionType.UNIQUE.value)
    edition_size: Mapped[int | None] = mapped_column(Integer)
    price_minor: Mapped[int] = mapped_column(MinorUnits)
    currency: Mapped[str] = mapped_column(String(3))
    # The price in US cents by the newest exchange rates, for sorting only (kept current by prices.py).
    price_usd_minor: Mapped[int | None] = mapped_column(MinorUnits)
    stock: Mapped[int] = mapped_column(Integer, default=1)
    # Limited editions: how many numbered copies have been sold (the next one is editions_sold + 1).
    editions_sold: Mapped[int] = mapped_column(Integer, default=0)
    review_status: Mapped[str] = mapped_column(String(20), default=ReviewStatus.DRAFT.value)
    # Delivery: a physical work ships with one of its artist's profiles; a digital one is downloaded.
    shipping_profile_id: Mapped[int | None] = mapped_column(
        ForeignKey("shipping_profiles.id", ondelete="SET NULL"), index=True
    )
    is_digital: Mapped[bool] = mapped_column(default=False)
    # Customs: an HS-style heading (9701 paintings, 9702 prints, ...) and the value declared on the parcel.
    hs_code: Mapped[str] = mapped_column(String(12), default="")
    declared_value_minor: Mapped[int | None] = mapped_column(MinorUnits)
    # The digital file itself lives in private storage, never under the public media address.
    digital_file_key: Mapped[str | None] = mapped_column(String(200))
    digital_file_name: Mapped[str] = mapped_column(String(200), default="")
    digital_file_size: Mapped[int | None] = mapped_column(Integer)
    digital_content_type: Mapped[str] = mapped_column(String(100), default="")
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    artist: Mapped[ArtistProfile] = relationship(back_populates="works")
    shipping_profile: Mapped[ShippingProfile | None] = relationship("ShippingProfile")
    images: Mapped[list[WorkImage]] = relationship(
        back_populates="work", order_by="WorkImage.position", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("stock >= 0", name="stock_not_negative"),
        CheckConstraint("price_minor > 0", name="price_positive"),
        CheckConstraint(f"edition_type IN ({sql_values(EditionType)})", name="edition_type_known"),
        CheckConstraint(f"review_status IN ({sql_values(ReviewStatus)})", name="review_status_known"),
        CheckConstraint(
            "(edition_type = 'limited' AND edition_size > 0) OR (edition_type <> 'limited')",
            name="limited_has_size",
        ),
        CheckConstraint("declared_value_minor IS NULL OR declared_value_minor > 0", name="declared_positive"),
        # The public works list read in order, newest or by price, without sorting the catalogue; a
        # status's works (curators' queues) use the same indexes' first column.
        Index("ix_works_status_published", "review_status", "published_at", "id"),
        Index("ix_works_status_price", "review_status", "price_usd_minor", "id"),
    )

    @hybrid_property
    def is_physical(self) -> bool:
        """Shipped, not downloaded: digital works are the ones marked so, and all digital art."""
        return not (self.is_digital or self.category == Category.DIGITAL_ART.value)

    @is_physical.inplace.expression
    @classmethod
    def _is_physical_expression(cls):
        return and_(cls.is_digital.is_(False), cls.category != Category.DIGITAL_ART.value)

    @property
    def is_public(self) -> bool:
        return self.review_status == ReviewStatus.APPROVED.value

    @property
    def sold_out(self) -> bool:
        return self.stock <= 0

    @property
    def cover(self) -> WorkImage | None:
        return self.images[0] if self.images else None


class WorkImage(Base):
    __tablename__ = "work_images"

    id: Mapped[int] = mapped_column(primary_key=True)
    work_id: Mapped[int] = mapped_column(ForeignKey("works.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    key: Mapped[str] = mapped_column(String(200))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    alt_text: Mapped[str] = mapped_column(String(300), default="")
    # The renditions carry the preview mark (every public picture of a digital work does: see previews.py).
    preview_marked: Mapped[bool] = mapped_column(default=False, server_default=false())

    work: Mapped[Work] = relationship(back_populates="images")


class ContentTranslation(Base):
    """One language's version of an entity's texts (work, artist, collection)."""

    __tablename__ = "content_translations"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(5))
    fields: Mapped[dict] = mapped_column(JSON, default=dict)
    origin: Mapped[str] = mapped_column(String(10), default=TranslationOrigin.AUTHOR.value)
    status: Mapped[str] = mapped_column(String(10), default=TranslationStatus.DRAFT.value)
    source_hash: Mapped[str] = mapped_column(String(64), default="")
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (
        UniqueConstraint("entity_type", "entity_id", "language"),
        CheckConstraint(f"origin IN ({sql_values(TranslationOrigin)})", name="origin_known"),
        CheckConstraint(f"status IN ({sql_values(TranslationStatus)})", name="status_known"),
    )


class Collection(Base):
    """An artist's grouping of works, or, with dates, a curated exhibition."""

    __tablename__ = "collections"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12), default="collection")
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    slug: Mapped[str] = mapped_column(String(120))
    source_language: Mapped[str] = mapped_column(String(5))
    title: Mapped[str] = mapped_column(String(200))
    introduction: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    cover_key: Mapped[str | None] = mapped_column(String(200))
    cover_width: Mapped[int | None] = mapped_column(Integer)
    cover_height: Mapped[int | None] = mapped_column(Integer)
    published: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    owner: Mapped[User] = relationship()
    items: Mapped[list[CollectionItem]] = relationship(
        order_by="CollectionItem.position", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("kind IN ('collection', 'exhibition')", name="kind_known"),
        CheckConstraint("ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on", name="dates_ordered"),
    )


class CollectionItem(Base):
    __tablename__ = "collection_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    collection_id: Mapped[int] = mapped_column(ForeignKey("collections.id", ondelete="CASCADE"), index=True)
    work_id: Mapped[int] = mapped_column(ForeignKey("works.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    work: Mapped[Work] = relationship()

    __table_args__ = (UniqueConstraint("collection_id", "work_id"),)


class RevisionStatus(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"
    REJECTED = "rejected"


class WorkRevision(Base):
    """Proposed new content for a published work. The published version stays public until a curator
    approves this one, which then replaces it; unreviewed text is never shown to the public."""

    __tablename__ = "work_revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    work_id: Mapped[int] = mapped_column(ForeignKey("works.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(20), default=RevisionStatus.PENDING.value)
    fields: Mapped[dict] = mapped_column(JSON, default=dict)
    translations: Mapped[dict] = mapped_column(JSON, default=dict)
    images: Mapped[list] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    work: Mapped[Work] = relationship()

    __table_args__ = (CheckConstraint(f"status IN ({sql_values(RevisionStatus)})", name="status_known"),)
