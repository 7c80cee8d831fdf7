"""What an artist does with their works in the studio. Never commits."""

from __future__ import annotations

from dataclasses import dataclass, field

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import Session

from marketplace import audit, media, money
from marketplace.catalog import translations, workflow
from marketplace.catalog.errors import CatalogError
from marketplace.catalog.models import (
    ArtistProfile,
    ArtistStatus,
    Category,
    EditionType,
    ReviewStatus,
    RevisionStatus,
    Work,
    WorkImage,
    WorkRevision,
)
from marketplace.catalog.ordering import moved, renumbered
from marketplace.core.paging import Page, page_of
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


#: Works per page of the studio's list.
WORKS_PER_PAGE = 50


def artist_works(session: Session, profile: ArtistProfile) -> list[Work]:
    return list(session.scalars(_artist_works(profile)).all())


def artist_works_page(session: Session, profile: ArtistProfile, number: int) -> Page[Work]:
    """A page of the studio's list of the artist's works, newest first."""
    return page_of(session, _artist_works(profile), number, WORKS_PER_PAGE)


def _artist_works(profile: ArtistProfile):
    return select(Work).where(Work.artist_id == profile.id).order_by(Work.id.desc())


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


def submit(session: Session, work: Work, actor_id: int) -> None:
    if not work.images:
        raise CatalogError(_l("Add at least one image before submitting the work for review."))
    workflow.WORK.move(
        session, work, ReviewStatus.SUBMITTED, action="submit", actor_id=actor_id, actor_role="artist"
    )


def archive(session: Session, work: Work, actor_id: int) -> None:
    workflow.WORK.move(
        session, work, ReviewStatus.ARCHIVED, action="archive", actor_id=actor_id, actor_role="artist"
    )


# --- changes to a published work: a revision, reviewed before it replaces the public version -------

CONTENT_FIELDS = (
    "source_language", "title", "description", "story", "category", "medium", "materials", "technique",
    "width_cm", "height_cm", "depth_cm", "weight_g", "year", "origin_country", "edition_type", "edition_size",
)  # fmt: skip
OPEN_REVISION = (RevisionStatus.PENDING.value, RevisionStatus.CHANGES_REQUESTED.value)


def open_revision(session: Session, work: Work) -> WorkRevision | None:
    return session.scalar(
        select(WorkRevision)
        .where(WorkRevision.work_id == work.id, WorkRevision.status.in_(OPEN_REVISION))
        .order_by(WorkRevision.id.desc())
        .limit(1)
    )


def propose_changes(session: Session, work: Work, data: WorkInput, actor_id: int) -> WorkRevision:
    """The artist's new version of a published work goes to review; the public keeps the current one."""
    if work.review_status != ReviewStatus.APPROVED.value:
        raise CatalogError(_l("Only a published work takes changes for review."))
    check(data)
    revision, new = _revision_for(session, work, actor_id)
    revision.fields = {name: getattr(data, name) for name in CONTENT_FIELDS}
    revision.translations = {
        lang: {k: v.strip() for k, v in fields.items() if v and v.strip()}
        for lang, fields in data.translations.items()
        if lang != data.source_language and any(v and v.strip() for v in fields.values())
    }
    if revision.status == RevisionStatus.PENDING.value and not new:
        # A pending proposal changed again: no new status, but each proposal is in the history.
        audit.record(
            session, "revision", revision.id, action="propose", actor_id=actor_id, actor_role="artist",
            from_status=revision.status, to_status=revision.status,
        )  # fmt: skip
    else:
        _back_to_review(session, revision, actor_id)
    session.flush()
    return revision


def add_revision_image(
    session: Session, work: Work, storage: media.Storage, data: bytes, alt_text: str, watermark: bool = False
) -> WorkRevision:
    """``watermark``: the proposed version is a digital work, whose public pictures are marked previews."""
    revision, _new = _revision_for(session, work, work.artist.user_id)
    if len(revision.images) >= MAX_IMAGES:
        raise CatalogError(_l("A work can have at most %(count)d images.", count=MAX_IMAGES), field="image")
    try:
        stored = media.store_image(storage, data, watermark=watermark)
    except media.ImageRejected as error:
        raise CatalogError(image_problem(str(error)), field="image") from error
    image = {"key": stored.key, "width": stored.width, "height": stored.height, "alt_text": alt_text,
             "marked": watermark}  # fmt: skip
    revision.images = [*revision.images, image]
    _back_to_review(session, revision, work.artist.user_id)
    session.flush()
    return revision


def change_revision_image(session: Session, work: Work, index: int, action: str) -> WorkRevision:
    revision, _new = _revision_for(session, work, work.artist.user_id)
    images = list(revision.images)
    if not 0 <= index < len(images):
        raise CatalogError(_l("This image does not belong to the work."))
    if action == "remove":
        images.pop(index)
    else:
        images = moved(images, index, -1 if action == "up" else 1)
    revision.images = images
    _back_to_review(session, revision, work.artist.user_id)
    session.flush()
    return revision


def apply_revision(session: Session, work: Work, revision: WorkRevision) -> None:
    """Make an approved revision the public version (texts, details, edition and images)."""
    fields = revision.fields or {}
    if fields:
        _check_stock(fields["edition_type"], fields.get("edition_size"), work.stock)
        for name in CONTENT_FIELDS:
            setattr(work, name, fields.get(name))
        work.slug = slugify(work.title) or slugify(revision.translations.get("en", {}).get("title", ""))
        if work.edition_type != EditionType.LIMITED.value:
            work.edition_size = None
    if revision.images:
        work.images[:] = [
            WorkImage(
                position=i,
                key=im["key"],
                width=im["width"],
                height=im["height"],
                alt_text=im["alt_text"],
                preview_marked=im.get("marked", False),
            )  # fmt: skip
            for i, im in enumerate(revision.images)
        ]
    session.flush()
    if fields:
        _save_texts(session, work, WorkInput(**{**_as_input(work), "translations": revision.translations}))


def _revision_for(session: Session, work: Work, actor_id: int) -> tuple[WorkRevision, bool]:
    """The work's open proposal, or a new one waiting for review: (proposal, whether it is new)."""
    if work.review_status != ReviewStatus.APPROVED.value:
        raise CatalogError(_l("Only a published work takes changes for review."))
    revision = open_revision(session, work)
    if revision is None:
        revision = WorkRevision(
            work=work,
            fields={},
            translations={},
            images=[
                {
                    "key": im.key,
                    "width": im.width,
                    "height": im.height,
                    "alt_text": im.alt_text,
                    "marked": im.preview_marked,
                }  # fmt: skip
                for im in work.images
            ],
        )
        session.add(revision)
        workflow.REVISION.begin(
            session, revision, RevisionStatus.PENDING, action="propose", actor_id=actor_id,
            actor_role="artist",
        )  # fmt: skip
        return revision, True
    return revision, False


def _back_to_review(session: Session, revision: WorkRevision, actor_id: int) -> None:
    """A proposal the artist changes after a curator asked for changes waits for review again."""
    if revision.status != RevisionStatus.PENDING.value:
        workflow.REVISION.move(
            session, revision, RevisionStatus.PENDING, action="propose", actor_id=actor_id,
            actor_role="artist",
        )  # fmt: skip


def _as_input(work: Work) -> dict:
    values = {name: getattr(work, name) for name in CONTENT_FIELDS}
    values.update(price_minor=work.price_minor, currency=work.currency, stock=work.stock)
    return values


def add_image(session: Session, work: Work, storage: media.Storage, data: bytes, alt_text: str) -> WorkImage:
    """The picture is stored as a marked preview when the work is digital (see previews.py)."""
    if ReviewStatus(work.review_status) not in workflow.EDITABLE:
        raise CatalogError(_l("Images can be changed only while the work is a draft."))
    if len(work.images) >= MAX_IMAGES:
        raise CatalogError(_l("A work can have at most %(count)d images.", count=MAX_IMAGES), field="image")
    try:
        stored = media.store_image(storage, data, watermark=not work.is_physical)
    except media.ImageRejected as error:
        raise CatalogError(image_problem(str(error)), field="image") from error
    image = WorkImage(
        position=len(work.images), key=stored.key, width=stored.width, height=stored.height,
        alt_text=alt_text, preview_marked=not work.is_physical,
    )  # fmt: skip
    work.images.append(image)
    session.flush()
    return image


def move_image(work: Work, image_id: int, offset: int) -> None:
    index = next((i for i, image in enumerate(work.images) if image.id == image_id), None)
    if index is None:
        raise CatalogError(_l("This image does not belong to the work."))
    work.images[:] = renumbered(moved(work.images, index, offset))


def remove_image(work: Work, image_id: int) -> None:
    if ReviewStatus(work.review_status) not in workflow.EDITABLE:
        raise CatalogError(_l("Images can be changed only while the work is a draft."))
    remaining = [image for image in work.images if image.id != image_id]
    if len(remaining) == len(work.images):
        raise CatalogError(_l("This image does not belong to the work."))
    work.images[:] = renumbered(remaining)


def store_upload(storage: media.Storage, upload, field: str = "image") -> media.StoredImage | None:
    """An optional uploaded picture (portrait, cover): None when nothing was chosen; refused with a reason."""
    if not upload or not getattr(upload, "filename", ""):
        return None
    try:
        return media.store_image(storage, upload.read())
    except media.ImageRejected as error:
        raise CatalogError(image_problem(str(error)), field=field) from error


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
        actor_id=work.artist.user_id,  # the author's texts, also when a curator approves their proposal
        actor_role="artist",
    )
