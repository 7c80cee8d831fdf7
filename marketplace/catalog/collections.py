"""Collections (an artist's grouping of works) and exhibitions (a curator's, with dates). Never commits."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import Session

from marketplace.accounts.models import User
from marketplace.catalog import services, translations
from marketplace.catalog.errors import CatalogError
from marketplace.catalog.models import Collection, CollectionItem, Work
from marketplace.catalog.ordering import moved, renumbered
from marketplace.core.paging import Page, page_of
from marketplace.i18n import LANGUAGES
from marketplace.media import StoredImage
from marketplace.text import slugify

MAX_ITEMS = 60


@dataclass
class CollectionInput:
    source_language: str
    title: str
    introduction: str
    work_ids: list[int]
    translations: dict[str, dict[str, str]] = field(default_factory=dict)
    starts_on: date | None = None
    ends_on: date | None = None


#: Collections per page of the studio's list.
COLLECTIONS_PER_PAGE = 50


def owned(session: Session, user: User, number: int = 1, kind: str = "collection") -> Page[Collection]:
    """A page of the user's collections, oldest first."""
    statement = (
        select(Collection)
        .where(Collection.owner_id == user.id, Collection.kind == kind)
        .order_by(Collection.id)
    )
    return page_of(session, statement, number, COLLECTIONS_PER_PAGE)


def owned_collection(session: Session, user: User, collection_id: int) -> Collection | None:
    return session.scalar(
        select(Collection).where(
            Collection.id == collection_id, Collection.owner_id == user.id, Collection.kind == "collection"
        )
    )


def exhibition(session: Session, exhibition_id: int) -> Collection | None:
    return session.scalar(
        select(Collection).where(Collection.id == exhibition_id, Collection.kind == "exhibition")
    )


def all_exhibitions(session: Session) -> list[Collection]:
    return list(
        session.scalars(
            select(Collection).where(Collection.kind == "exhibition").order_by(Collection.starts_on.desc())
        ).all()
    )


def work_choices(session: Session, works: list[Work], lang: str) -> list[tuple[int, str]]:
    texts = services.work_texts(session, works, lang)
    return [(w.id, f"{texts[w.id]['title'].text} — {w.artist.public_name}") for w in works]


def save(
    session: Session,
    owner: User,
    item: Collection | None,
    data: CollectionInput,
    kind: str,
    allowed_work_ids: set[int],
) -> Collection:
    """Create or update; works keep the order given. Only ``allowed_work_ids`` may be included. The cover
    is given after (:func:`set_cover`), once everything else has been accepted."""
    if not set(data.work_ids) <= allowed_work_ids:
        raise CatalogError(_l("Choose works from the list."), field="works")
    if len(data.work_ids) > MAX_ITEMS:
        raise CatalogError(_l("At most %(count)d works.", count=MAX_ITEMS), field="works")
    if kind == "exhibition" and (not data.starts_on or not data.ends_on or data.ends_on < data.starts_on):
        raise CatalogError(_l("The closing date must be on or after the opening date."), field="ends_on")
    if item is None:
        item = Collection(kind=kind, owner_id=owner.id, published=True)
        session.add(item)
    item.source_language = data.source_language
    item.title = data.title.strip()
    item.introduction = data.introduction.strip()
    item.slug = slugify(item.title) or slugify(data.translations.get("en", {}).get("title", ""))
    item.starts_on, item.ends_on = data.starts_on, data.ends_on
    # Works already in keep their place; newly chosen ones go to the end.
    chosen = set(data.work_ids)
    kept = [entry for entry in item.items if entry.work_id in chosen]
    known = {entry.work_id for entry in kept}
    added = [CollectionItem(work_id=work_id) for work_id in data.work_ids if work_id not in known]
    item.items = renumbered(kept + added)
    session.flush()
    translations.save_author_texts(
        session,
        "collection",
        item.id,
        item.source_language,
        {"title": item.title, "introduction": item.introduction},
        data.translations,
        actor_id=owner.id,
        actor_role="curator" if kind == "exhibition" else "artist",
    )
    return item


def set_cover(item: Collection, cover: StoredImage) -> str | None:
    """Give the collection its new cover; returns the key of the one it replaces (to delete after commit)."""
    replaced = item.cover_key
    item.cover_key, item.cover_width, item.cover_height = cover.key, cover.width, cover.height
    return replaced if replaced != cover.key else None


def input_from(form) -> CollectionInput:
    return CollectionInput(
        source_language=form.source_language.data,
        title=form.title.data,
        introduction=form.introduction.data or "",
        work_ids=list(form.works.data or []),
        translations={
            code: {
                "title": getattr(form, f"title_{code}").data or "",
                "introduction": getattr(form, f"introduction_{code}").data or "",
            }
            for code in LANGUAGES
        },
        starts_on=getattr(getattr(form, "starts_on", None), "data", None),
        ends_on=getattr(getattr(form, "ends_on", None), "data", None),
    )


def fill_form(session: Session, form, item: Collection) -> None:
    form.works.data = [entry.work_id for entry in item.items]
    for lang, row in translations.rows_for(session, "collection", item.id).items():
        getattr(form, f"title_{lang}").data = row.fields.get("title", "")
        getattr(form, f"introduction_{lang}").data = row.fields.get("introduction", "")


def move_item(item: Collection, work_id: int, offset: int) -> None:
    index = next((i for i, entry in enumerate(item.items) if entry.work_id == work_id), None)
    if index is None:
        raise CatalogError(_l("This work is not in the collection."))
    item.items[:] = renumbered(moved(item.items, index, offset))
