"""What an artist does with their works in the studio. Never commits."""

from __future__ import annotations

from dataclasses import dataclass, field

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import Session

from marketplace import media, money
from marketplace.catalog import translations, workflow
from marketplace.catalog.errors import CatalogError
from marketplace.catalog.models import (
    ArtistProfile,
    ArtistStatus,
    Category,
    EditionType,
    ReviewStatus,
    Work,
    WorkImage,
)
from marketplace.text import slugify

MAX_IMAGES = 8
MAX_EDITION = 10_000
MAX_STOCK = 10_000
TEXT_FIELDS = ("title", "description", "story")


@dataclass
class WorkInput:
    source_language: str
    title: str
    description: str
    story: str
    category: str
    medium: str
    materials: str
    technique: str
    width_cm: int | None
    height_cm: int | None
    depth_cm: int | None
    weight_g: int | None
    year: int | None
    origin_country: str
    edition_type: str
    edition_size: int | None
    price_minor: int
    currency: str
    stock: int
    translations: dict[str, dict[str, str]] = field(default_factory=dict)


def artist_works(session: Session, profile: ArtistProfile) -> list[Work]:
    return list(
        session.scalars(select(Work).where(Work.artist_id == profile.id).order_by(Work.id.desc())).all()
    )


def owned_work(session: Session, profile: ArtistProfile | None, work_id: int) -> Work | None:
    if profile is None:
        return None
    return session.scalar(select(Work).where(Work.id == work_id, Work.artist_id == profile.id))


def create_work(session: Session, profile: ArtistProfile, data: WorkInput) -> Work:
    if profile.status != ArtistStatus.APPROVED.value:
        raise CatalogError(_l("You can add works once a curator has approved your application."))
    check(data)
    work = Work(artist=profile, review_status=ReviewStatus.DRAFT.value)
    _fill(work, data)
    session.add(work)
    session.flush()
    _save_texts(session, work, data)
    return work


def update_work(session: Session, work: Work, data: WorkInput) -> None:
    if ReviewStatus(work.review_status) not in workflow.EDITABLE:
        raise CatalogError(
            _l("This work is not a draft: only its price and stock can be changed now."), field=None
        )
    check(data)
    _fill(work, data)
    session.flush()
    _save_texts(session, work, data)


def update_price_and_stock(work: Work, price_minor: int, stock: int) -> None:
    """Price and stock apply at once, also to a published work."""
    if price_minor <= 0:
        raise CatalogError(_l("Enter a price above zero."), field="price")
    _check_stock(work.edition_type, work.edition_size, stock)
    work.price_minor = price_minor
    work.stock = stock


def submit(work: Work) -> None:
    if not work.images:
        raise CatalogError(_l("Add at least one image before submitting the work for review."))
    workflow.move(work, ReviewStatus.SUBMITTED)


def archive(work: Work) -> None:
    workflow.move(work, ReviewStatus.ARCHIVED)


def add_image(session: Session, work: Work, storage: media.Storage, data: bytes, alt_text: str) -> WorkImage:
    if ReviewStatus(work.review_status) not in workflow.EDITABLE:
        raise CatalogError(_l("Images can be changed only while the work is a draft."))
    if len(work.images) >= MAX_IMAGES:
        raise CatalogError(_l("A work can have at most %(count)d images.", count=MAX_IMAGES), field="image")
    try:
        stored = media.store_image(storage, data)
    except media.ImageRejected as error:
        raise CatalogError(image_problem(str(error)), field="image") from error
    image = WorkImage(
        position=len(work.images), key=stored.key, width=stored.width, height=stored.height, alt_text=alt_text
    )
    work.images.append(image)
    session.flush()
    return image


def move_image(work: Work, image_id: int, offset: int) -> None:
    images = list(work.images)
    index = next((i for i, image in enumerate(images) if image.id == image_id), None)
    if index is None:
        raise CatalogError(_l("This image does not belong to the work."))
    target = index + offset
    if 0 <= target < len(images):
        images[index], images[target] = images[target], images[index]
        for position, image in enumerate(images):
            image.position = position
        work.images[:] = images


def remove_image(work: Work, image_id: int) -> None:
    if ReviewStatus(work.review_status) not in workflow.EDITABLE:
        raise CatalogError(_l("Images can be changed only while the work is a draft."))
    remaining = [image for image in work.images if image.id != image_id]
    if len(remaining) == len(work.images):
        raise CatalogError(_l("This image does not belong to the work."))
    work.images[:] = remaining
    for position, image in enumerate(remaining):
        image.position = position


def image_problem(reason: str):
    return {
        "format": _l("This file is not a JPEG, PNG or WebP image."),
        "too-large": _l("This image has too many pixels (at most %(count)d megapixels).", count=40),
        "unreadable": _l("This file could not be read as an image."),
    }.get(reason, _l("This file could not be read as an image."))


def check(data: WorkInput) -> None:
    if data.category not in {c.value for c in Category}:
        raise CatalogError(_l("Choose a category."), field="category")
    if data.currency not in money.CURRENCIES:
        raise CatalogError(_l("Choose a currency from the list."), field="currency")
    if data.price_minor <= 0:
        raise CatalogError(_l("Enter a price above zero."), field="price")
    if data.edition_type not in {e.value for e in EditionType}:
        raise CatalogError(_l("Choose the kind of edition."), field="edition_type")
    if data.edition_type == EditionType.LIMITED.value and not (data.edition_size and data.edition_size >= 2):
        raise CatalogError(_l("A limited edition needs its size (at least 2)."), field="edition_size")
    _check_stock(data.edition_type, data.edition_size, data.stock)


def _check_stock(edition_type: str, edition_size: int | None, stock: int) -> None:
    if stock < 0 or stock > MAX_STOCK:
        raise CatalogError(_l("Enter a stock between 0 and %(max)d.", max=MAX_STOCK), field="stock")
    if edition_type == EditionType.UNIQUE.value and stock > 1:
        raise CatalogError(_l("A unique piece has a stock of 1 (or 0 once sold)."), field="stock")
    if edition_type == EditionType.LIMITED.value and edition_size and stock > edition_size:
        raise CatalogError(_l("The stock cannot be larger than the edition."), field="stock")


def _fill(work: Work, data: WorkInput) -> None:
    work.source_language = data.source_language
    work.title = data.title.strip()
    work.description = data.description.strip()
    work.story = data.story.strip()
    work.slug = slugify(work.title) or slugify(data.translations.get("en", {}).get("title", ""))
    work.category = data.category
    work.medium, work.materials, work.technique = (
        data.medium.strip(),
        data.materials.strip(),
        data.technique.strip(),
    )
    work.width_cm, work.height_cm, work.depth_cm = data.width_cm, data.height_cm, data.depth_cm
    work.weight_g, work.year, work.origin_country = data.weight_g, data.year, data.origin_country
    work.edition_type = data.edition_type
    work.edition_size = data.edition_size if data.edition_type == EditionType.LIMITED.value else None
    work.price_minor, work.currency, work.stock = data.price_minor, data.currency, data.stock


def _save_texts(session: Session, work: Work, data: WorkInput) -> None:
    translations.save_author_texts(
        session,
        "work",
        work.id,
        work.source_language,
        {name: getattr(work, name) for name in TEXT_FIELDS},
        data.translations,
    )
