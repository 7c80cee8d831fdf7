"""What the sitemaps list: every public page, in each language its text really exists in.

UI-only pages (home and the lists) exist in all four languages. A work, artist or collection exists in
its source language plus each language with an approved translation; the other language URLs still
answer (they fall back to the source text), but they are not separate versions, so they are neither
listed nor given as alternates.

/sitemap.xml is a sitemap index (the protocol allows 50,000 URLs or 50 MB per file): one file for the
UI pages, and one per range of ``ids_per_file`` ids (setting SITEMAP_IDS_PER_FILE) for works, artists
and collections (file n holds the ids ((n - 1) * ids_per_file, n * ids_per_file]). A file reads only
its own id range, in two queries
(the rows, then their approved translations), so its cost does not grow with the catalogue; the index
lists only the files that have entries, from one grouped query per kind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial

from flask import url_for
from markupsafe import Markup, escape
from sqlalchemy import Select, func, literal, select
from sqlalchemy.orm import Session

from marketplace.catalog import services, urls
from marketplace.catalog.models import (
    ArtistProfile,
    ArtistStatus,
    Collection,
    ContentTranslation,
    TranslationStatus,
    Work,
)
from marketplace.i18n import DEFAULT_LANGUAGE, HTML_LANG, LANGUAGES
from marketplace.links import absolute

#: Pages whose only text is the interface's, so they exist in every language.
UI_PAGES = ("catalog.home", "catalog.works", "catalog.artists", "catalog.exhibitions")
SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
#: Files numbered beyond this are not asked of the database (their first id would not fit its integers).
LAST_FILE_ID = 2**53


@dataclass(frozen=True)
class Entry:
    """One <url>: its address, when it last changed, and its language versions (hreflang, href), with
    their <xhtml:link> elements written once for all the versions of a page (a file has 20,000 of them)."""

    loc: str
    alternates: tuple[tuple[str, str], ...]
    lastmod: str | None = None
    links: Markup = Markup("")


@dataclass(frozen=True)
class SitemapFile:
    """One <sitemap> of the index: ``kind`` is "pages" or a content kind; ``number`` counts from 1."""

    kind: str
    number: int | None = None
    lastmod: str | None = None


@dataclass(frozen=True)
class ContentKind:
    """A kind of content page: its translations' entity type, its public rows and its address."""

    entity_type: str
    id_column: object
    #: The public rows, with the columns id, slug, source_language and updated_at (or NULL).
    public: Callable[[], Select]
    address: Callable[..., str]


def _public_works() -> Select:
    # The public filter of the catalogue, but only the columns a sitemap needs (no images, no artists).
    return services.public_works().with_only_columns(
        Work.id, Work.slug, Work.source_language, Work.updated_at
    )


def _public_artists() -> Select:
    # The filter of services.approved_artists; artists keep no modification time.
    return select(
        ArtistProfile.id,
        ArtistProfile.slug,
        ArtistProfile.source_language,
        literal(None).label("updated_at"),
    ).where(ArtistProfile.status == ArtistStatus.APPROVED)


def _public_collections() -> Select:
    return select(
        Collection.id, Collection.slug, Collection.source_language, literal(None).label("updated_at")
    ).where(Collection.published)


CONTENT_KINDS: dict[str, ContentKind] = {
    "works": ContentKind("work", Work.id, _public_works, urls.work_url),
    "artists": ContentKind("artist", ArtistProfile.id, _public_artists, urls.artist_url),
    "collections": ContentKind("collection", Collection.id, _public_collections, urls.collection_url),
}


def sitemap_files(session: Session, ids_per_file: int) -> list[SitemapFile]:
    """The files of the index: the UI pages, then each content file that has at least one entry."""
    files: list[SitemapFile] = []
    latest: list[datetime] = []
    for kind, content in CONTENT_KINDS.items():
        public = content.public().subquery()
        number = ((public.c.id - 1) // ids_per_file + 1).label("number")
        rows = session.execute(
            select(number, func.max(public.c.updated_at)).group_by(number).order_by(number)
        ).all()
        for file_number, updated_at in rows:
            files.append(SitemapFile(kind, file_number, w3c_datetime(updated_at)))
            if updated_at is not None:
                latest.append(updated_at)
    # The lists show the works, so the UI pages change when a work does.
    pages = SitemapFile("pages", lastmod=w3c_datetime(max(latest, key=_utc)) if latest else None)
    return [pages, *files]


def page_entries() -> Iterator[Entry]:
    for endpoint in UI_PAGES:
        yield from _versions(partial(url_for, endpoint), LANGUAGES)


def content_entries(session: Session, kind: str, number: int, ids_per_file: int) -> Iterator[Entry] | None:
    """File ``number`` of ``kind``: its entries, or None when it has none (or no such file exists)."""
    content = CONTENT_KINDS[kind]
    first = (number - 1) * ids_per_file + 1
    if number < 1 or first > LAST_FILE_ID:
        return None
    last = first + ids_per_file - 1
    rows = session.execute(
        content.public().where(content.id_column.between(first, last)).order_by(content.id_column)
    ).all()
    if not rows:
        return None
    translated = translated_languages(session, content.entity_type, first, last)
    return _content_entries(content, rows, translated)


def _content_entries(content: ContentKind, rows, translated: dict[int, set[str]]) -> Iterator[Entry]:
    for row in rows:
        languages = content_languages(row.source_language, translated.get(row.id, ()))
        address = partial(content.address, row)
        yield from _versions(address, languages, w3c_datetime(row.updated_at), row.source_language)


def translated_languages(session: Session, entity_type: str, first: int, last: int) -> dict[int, set[str]]:
    """entity id -> languages with an approved translation, for the ids first..last, in one query."""
    rows = session.execute(
        select(ContentTranslation.entity_id, ContentTranslation.language).where(
            ContentTranslation.entity_type == entity_type,
            ContentTranslation.entity_id.between(first, last),
            ContentTranslation.status == TranslationStatus.APPROVED.value,
        )
    )
    result: dict[int, set[str]] = {}
    for entity_id, language in rows:
        result.setdefault(entity_id, set()).add(language)
    return result


def content_languages(source_language: str, translated) -> tuple[str, ...]:
    """The site languages a content page's text exists in, in the site's order."""
    present = {source_language, *translated}
    languages = tuple(code for code in LANGUAGES if code in present)
    # A source language the site has no pages for: the text is still readable on the default pages.
    return languages or (DEFAULT_LANGUAGE,)


def _versions(
    address: Callable[..., str], languages, lastmod: str | None = None, source: str | None = None
) -> list[Entry]:
    """One entry per language; ``address(lang_code=...)`` builds the page's path, on the public address."""
    by_language = {code: absolute(path) for code, path in _paths(address, languages).items()}
    alternates = [(HTML_LANG[code], by_language[code]) for code in languages]
    # x-default is the English page; a text with no English version points to its original instead.
    default = by_language.get(DEFAULT_LANGUAGE) or by_language.get(source) or by_language[languages[0]]
    alternates.append(("x-default", default))
    links = Markup(  # noqa: S704  (each value is escaped here)
        "".join(
            f'\n    <xhtml:link rel="alternate" hreflang="{escape(hreflang)}" href="{escape(href)}"/>'
            for hreflang, href in alternates
        )
    )
    return [Entry(by_language[code], tuple(alternates), lastmod, links) for code in languages]


def _paths(address: Callable[..., str], languages) -> dict[str, str]:
    """The page's path in each language: built once, the other languages by their prefix (every page's
    path starts with /<lang_code>/), so a file of 20,000 URLs builds a quarter of them."""
    first = address(lang_code=languages[0])
    prefix = f"/{languages[0]}/"
    if not first.startswith(prefix):
        return {code: address(lang_code=code) for code in languages}
    rest = first[len(prefix) :]
    return {code: f"/{code}/{rest}" for code in languages}


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def w3c_datetime(value: datetime | None) -> str | None:
    """A W3C Datetime (YYYY-MM-DDThh:mm:ss+00:00) in UTC, as sitemaps expect."""
    if value is None:
        return None
    return _utc(value).astimezone(UTC).isoformat(timespec="seconds")
