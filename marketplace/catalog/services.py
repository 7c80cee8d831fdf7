"""Reading the public catalogue: what a visitor may see, in their language. Never commits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import Select, and_, false, or_, select
from sqlalchemy.orm import Session, selectinload

from marketplace import money, numbers
from marketplace.accounts.models import Role
from marketplace.catalog.models import (
    ArtistProfile,
    ArtistStatus,
    Category,
    Collection,
    CollectionItem,
    ContentTranslation,
    EditionType,
    ReviewStatus,
    TranslationStatus,
    Work,
)
from marketplace.core.paging import Page, bounded, page_of
from marketplace.exchange_rates import services as rate_services
from marketplace.i18n.content import LocalizedText, localize

WORK_FIELDS = ("title", "description", "story")
ARTIST_FIELDS = ("bio",)
COLLECTION_FIELDS = ("title", "introduction")
PAGE_SIZE = 24
ARTISTS_PAGE_SIZE = 48
#: The works list answers at most this many pages (a deeper ``?page=`` answers the last of them): each
#: page then costs at most an OFFSET of BROWSE_MAX_PAGE * PAGE_SIZE index entries, never a catalogue scan.
#: Past that, visitors narrow the list with filters or a search (docs/architecture.md, "Long lists").
BROWSE_MAX_PAGE = 100
SORTS = ("newest", "price_asc", "price_desc", "relevance")


@dataclass
class WorkPage:
    page: Page[Work]
    texts: dict[int, dict[str, LocalizedText]]

    @property
    def works(self) -> list[Work]:
        return self.page.items


def _public(statement: Select) -> Select:
    """Only approved works of approved artists (``statement`` selects from works)."""
    return statement.join(Work.artist).where(
        Work.review_status == ReviewStatus.APPROVED.value, ArtistProfile.status == ArtistStatus.APPROVED
    )


def public_works() -> Select:
    return _public(select(Work)).options(selectinload(Work.images), selectinload(Work.artist))


@dataclass
class BrowseQuery:
    """What a visitor asked the works page for; every part lives in the URL so it can be shared."""

    q: str = ""
    category: str | None = None
    country: str | None = None
    edition: str | None = None
    availability: str | None = None  # "available" or "sold_out"
    min_price: Decimal | None = None
    max_price: Decimal | None = None
    currency: str = "USD"
    sort: str = "newest"
    page: int = 1


def browse(session: Session, lang: str, query: BrowseQuery, rates: dict, ranked_ids=None) -> WorkPage:
    """One page of public works, never counted: one row more than the page tells whether a next one exists.

    ``ranked_ids`` are a search's results, best first (already at most the search's limit): with them the
    default order is relevance, and the filters and other sorts apply within them.
    """
    if ranked_ids is not None and query.sort == "relevance":
        page = _relevance_page(session, query, rates, ranked_ids)
        return WorkPage(page, work_texts(session, page.items, lang))
    statement = _filtered(public_works(), query, rates)
    if ranked_ids is not None:
        statement = statement.where(Work.id.in_(ranked_ids))
    order = {
        "price_asc": (Work.price_usd_minor.asc().nulls_last(), Work.id),
    }.get(query.sort, (Work.published_at.desc(), Work.id.desc()))
    if query.sort == "price_desc":
        # Ties newest first: the index read backwards, with no sort of the equal prices.
        order = (_price_descending(session), Work.id.desc())
    number = min(bounded(query.page), BROWSE_MAX_PAGE)
    page = page_of(session, statement.order_by(*order), number, PAGE_SIZE)
    return WorkPage(page, work_texts(session, page.items, lang))


def _price_descending(session: Session):
    """High to low, works without a comparable price (no exchange rate) last. PostgreSQL sorts NULL above
    every number, so NULLS LAST cannot read ix_works_status_price backwards; when no public work lacks a
    comparable price (the usual case: every currency has a rate), plain DESC is the same order and can."""
    if session.get_bind().dialect.name == "postgresql":
        unpriced = select(Work.id).where(
            Work.review_status == ReviewStatus.APPROVED.value, Work.price_usd_minor.is_(None)
        )
        if session.scalar(unpriced.limit(1)) is None:
            return Work.price_usd_minor.desc()
    return Work.price_usd_minor.desc().nulls_last()


def _relevance_page(session: Session, query: BrowseQuery, rates: dict, ranked_ids: list[int]) -> Page[Work]:
    """A page of search results in the search's order: the filters keep some of the (bounded) ids, and only
    the page's works are loaded."""
    if not ranked_ids:
        return Page([], 1, PAGE_SIZE, False, pages=1)
    statement = _filtered(_public(select(Work.id)), query, rates).where(Work.id.in_(ranked_ids))
    kept = set(session.scalars(statement))
    ordered = list(dict.fromkeys(work_id for work_id in ranked_ids if work_id in kept))
    pages = max(1, -(-len(ordered) // PAGE_SIZE))
    number = min(bounded(query.page), pages)
    wanted = ordered[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
    position = {work_id: index for index, work_id in enumerate(wanted)}
    works = session.scalars(public_works().where(Work.id.in_(wanted))).all() if wanted else []
    works = sorted(works, key=lambda w: position[w.id])
    return Page(works, number, PAGE_SIZE, number < pages, pages=pages)


def _filtered(statement: Select, query: BrowseQuery, rates: dict) -> Select:
    """``statement`` (over public works, joined to their artist) narrowed by the query's filters."""
    if query.category in {c.value for c in Category}:
        statement = statement.where(Work.category == query.category)
    if query.country:
        statement = statement.where(ArtistProfile.country == query.country)
    if query.edition in {e.value for e in EditionType}:
        statement = statement.where(Work.edition_type == query.edition)
    if query.availability == "available":
        statement = statement.where(Work.stock > 0)
    elif query.availability == "sold_out":
        statement = statement.where(Work.stock == 0)
    price_clause = _price_clause(query, rates)
    if price_clause is not None:
        statement = statement.where(price_clause)
    return statement


def artist_countries(session: Session, include_applicants: bool = False) -> list[str]:
    """Countries of approved artists (and applicants, for curators), for the country filter."""
    statuses = [ArtistStatus.APPROVED.value]
    if include_applicants:
        statuses += [ArtistStatus.APPLICANT.value, ArtistStatus.CHANGES_REQUESTED.value]
    rows = session.scalars(select(ArtistProfile.country).where(ArtistProfile.status.in_(statuses)).distinct())
    return sorted(rows)


def _price_clause(query: BrowseQuery, rates: dict):
    """Works whose price, converted to the query's currency, lies in the range.

    The bounds are converted into each currency once, so the database compares integers of minor units.
    A currency without an exchange rate can only match when it is the query's own currency.
    """
    if query.min_price is None and query.max_price is None:
        return None
    clauses = []
    for currency in money.CURRENCIES:
        bounds = []
        for bound, column_test in ((query.min_price, "ge"), (query.max_price, "le")):
            if bound is None:
                continue
            minor = _bound_in(bound, query.currency, currency, rates)
            if minor is None:
                bounds = None
                break
            bounds.append(Work.price_minor >= minor if column_test == "ge" else Work.price_minor <= minor)
        if bounds is not None:
            clauses.append(and_(Work.currency == currency, *bounds))
    return or_(*clauses) if clauses else false()


def _bound_in(amount: Decimal, source: str, target: str, rates: dict) -> int | None:
    try:
        minor = int(amount.scaleb(money.exponent(source)).to_integral_value())
    except (InvalidOperation, ValueError):
        return None
    if source == target:
        return numbers.within_minor_units(minor)
    converted = rate_services.convert(minor, source, target, rates)
    return numbers.within_minor_units(converted.amount_minor) if converted else None


def recent_works(session: Session, lang: str, limit: int = 8) -> tuple[list[Work], dict]:
    works = session.scalars(
        public_works().order_by(Work.published_at.desc(), Work.id.desc()).limit(limit)
    ).all()
    return list(works), work_texts(session, works, lang)


def public_work(session: Session, work_id: int) -> Work | None:
    return session.scalar(public_works().where(Work.id == work_id))


def any_work(session: Session, work_id: int) -> Work | None:
    return session.get(Work, work_id)


def may_preview(user, artist: ArtistProfile) -> bool:
    """A work that is not public is seen by its artist and by curators (and administrators)."""
    if not getattr(user, "is_authenticated", False):
        return False
    return user.id == artist.user_id or user.has_role(Role.CURATOR) or user.has_role(Role.ADMIN)


def work_texts(
    session: Session, works, lang: str, include_drafts: bool = False
) -> dict[int, dict[str, LocalizedText]]:
    """Each work's texts in ``lang``; previews (artist, curator) also see draft translations."""
    translations = approved_translations(session, "work", [w.id for w in works], include_drafts)
    return {
        w.id: localize(
            WORK_FIELDS,
            w.source_language,
            {"title": w.title, "description": w.description, "story": w.story},
            translations.get(w.id, {}),
            lang,
        )
        for w in works
    }


def approved_artists(session: Session, limit: int | None = None) -> list[ArtistProfile]:
    statement = (
        select(ArtistProfile)
        .where(ArtistProfile.status == ArtistStatus.APPROVED)
        .order_by(ArtistProfile.approved_at.desc(), ArtistProfile.id)
    )
    if limit:
        statement = statement.limit(limit)
    return list(session.scalars(statement).all())


def artists_page(session: Session, number: int) -> Page[ArtistProfile]:
    """A page of the public list of artists, newest approved first (read in order by an index)."""
    statement = (
        select(ArtistProfile)
        .where(ArtistProfile.status == ArtistStatus.APPROVED)
        .order_by(ArtistProfile.approved_at.desc(), ArtistProfile.id.desc())
    )
    return page_of(session, statement, number, ARTISTS_PAGE_SIZE)


def featured_artists(session: Session, per_region: int = 3) -> list[ArtistProfile]:
    """Artists from both regions, alternating, so the home page shows the exchange: the newest few of
    each region, one small query each."""
    newest = (
        select(ArtistProfile)
        .where(ArtistProfile.status == ArtistStatus.APPROVED)
        .order_by(ArtistProfile.approved_at.desc(), ArtistProfile.id)
        .limit(per_region)
    )
    chinese = session.scalars(newest.where(ArtistProfile.country == "CN")).all()
    african = session.scalars(newest.where(ArtistProfile.country != "CN")).all()
    mixed = []
    for pair in zip(african, chinese, strict=False):
        mixed.extend(pair)
    return mixed


def public_artist(session: Session, artist_id: int) -> ArtistProfile | None:
    return session.scalar(
        select(ArtistProfile).where(
            ArtistProfile.id == artist_id, ArtistProfile.status == ArtistStatus.APPROVED
        )
    )


def artist_texts(session: Session, artists, lang: str) -> dict[int, dict[str, LocalizedText]]:
    translations = approved_translations(session, "artist", [a.id for a in artists])
    return {
        a.id: localize(ARTIST_FIELDS, a.source_language, {"bio": a.bio}, translations.get(a.id, {}), lang)
        for a in artists
    }


def artist_works(session: Session, artist: ArtistProfile, number: int = 1) -> Page[Work]:
    """A page of an artist's public works (never all of them: some artists have hundreds)."""
    statement = public_works().where(Work.artist_id == artist.id).order_by(Work.id)
    return page_of(session, statement, number, PAGE_SIZE)


def public_collection(session: Session, collection_id: int) -> Collection | None:
    return session.scalar(select(Collection).where(Collection.id == collection_id, Collection.published))


def collection_works(session: Session, collection: Collection, number: int = 1) -> Page[Work]:
    """A page of a collection's public works, in the curator's order."""
    return page_of(session, _collection_works(collection), number, PAGE_SIZE)


def collection_preview(session: Session, collection: Collection, limit: int) -> list[Work]:
    """The first ``limit`` public works of a collection (the home page's glimpse of an exhibition)."""
    return list(session.scalars(_collection_works(collection).limit(limit)).all())


def _collection_works(collection: Collection) -> Select:
    return (
        public_works()
        .join(CollectionItem, CollectionItem.work_id == Work.id)
        .where(CollectionItem.collection_id == collection.id)
        .order_by(CollectionItem.position, CollectionItem.id)
    )


def collection_texts(session: Session, collections, lang: str) -> dict[int, dict[str, LocalizedText]]:
    translations = approved_translations(session, "collection", [c.id for c in collections])
    return {
        c.id: localize(
            COLLECTION_FIELDS,
            c.source_language,
            {"title": c.title, "introduction": c.introduction},
            translations.get(c.id, {}),
            lang,
        )
        for c in collections
    }


def current_exhibition(session: Session, today: date) -> Collection | None:
    """The exhibition the home page features: the first of ``exhibitions(...)["current"]``, in one row."""
    return session.scalar(
        select(Collection)
        .where(
            Collection.kind == "exhibition",
            Collection.published,
            or_(Collection.starts_on.is_(None), Collection.starts_on <= today),
            or_(Collection.ends_on.is_(None), Collection.ends_on >= today),
        )
        .order_by(Collection.starts_on.desc(), Collection.id)
        .limit(1)
    )


def exhibitions(session: Session, today: date) -> dict[str, list[Collection]]:
    """Published exhibitions grouped as current, upcoming and past."""
    rows = session.scalars(
        select(Collection)
        .where(Collection.kind == "exhibition", Collection.published)
        .order_by(Collection.starts_on.desc())
    ).all()
    groups: dict[str, list[Collection]] = {"current": [], "upcoming": [], "past": []}
    for exhibition in rows:
        if exhibition.starts_on and exhibition.starts_on > today:
            groups["upcoming"].append(exhibition)
        elif exhibition.ends_on and exhibition.ends_on < today:
            groups["past"].append(exhibition)
        else:
            groups["current"].append(exhibition)
    return groups


def artist_collections(session: Session, artist: ArtistProfile) -> list[Collection]:
    return list(
        session.scalars(
            select(Collection).where(
                Collection.owner_id == artist.user_id, Collection.kind == "collection", Collection.published
            )
        ).all()
    )


def approved_translations(
    session: Session, entity_type: str, ids: list[int], include_drafts: bool = False
) -> dict[int, dict[str, dict]]:
    if not ids:
        return {}
    statuses = [TranslationStatus.APPROVED.value]
    if include_drafts:
        statuses.append(TranslationStatus.DRAFT.value)
    rows = session.scalars(
        select(ContentTranslation).where(
            ContentTranslation.entity_type == entity_type,
            ContentTranslation.entity_id.in_(ids),
            ContentTranslation.status.in_(statuses),
        )
    ).all()
    result: dict[int, dict[str, dict]] = {}
    for row in rows:
        result.setdefault(row.entity_id, {})[row.language] = row.fields
    return result
