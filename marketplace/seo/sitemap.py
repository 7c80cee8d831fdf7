"""What /sitemap.xml lists: every public page, in each language its text really exists in.

UI-only pages (home and the lists) exist in all four languages. A work, artist or collection exists in
its source language plus each language with an approved translation; the other language URLs still
answer (they fall back to the source text), but they are not separate versions, so they are neither
listed nor given as alternates. Reads only; a fixed handful of queries whatever the catalogue's size.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial

from flask import url_for
from sqlalchemy import select
from sqlalchemy.orm import Session

from marketplace.catalog import services, urls
from marketplace.catalog.models import Collection, ContentTranslation, TranslationStatus, Work
from marketplace.i18n import DEFAULT_LANGUAGE, HTML_LANG, LANGUAGES
from marketplace.links import absolute

#: Pages whose only text is the interface's, so they exist in every language.
UI_PAGES = ("catalog.home", "catalog.works", "catalog.artists", "catalog.exhibitions")
SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"


@dataclass(frozen=True)
class Entry:
    """One <url>: its address, when it last changed, and its language versions (hreflang, href)."""

    loc: str
    alternates: tuple[tuple[str, str], ...]
    lastmod: str | None = None


def sitemap_entries(session: Session) -> list[Entry]:
    translated = translated_languages(session)
    entries: list[Entry] = []
    for endpoint in UI_PAGES:
        entries.extend(_versions(partial(url_for, endpoint), LANGUAGES))

    # The public filter of the catalogue, but only the columns a sitemap needs (no images, no artists).
    works = session.execute(
        services.public_works()
        .with_only_columns(Work.id, Work.slug, Work.source_language, Work.updated_at)
        .order_by(Work.id)
    ).all()
    for work in works:
        languages = content_languages(work.source_language, translated["work"].get(work.id, ()))
        lastmod = w3c_datetime(work.updated_at)
        entries.extend(_versions(partial(urls.work_url, work), languages, lastmod, work.source_language))

    for artist in sorted(services.approved_artists(session), key=lambda a: a.id):
        languages = content_languages(artist.source_language, translated["artist"].get(artist.id, ()))
        address = partial(urls.artist_url, artist)
        entries.extend(_versions(address, languages, source=artist.source_language))

    collections = session.scalars(select(Collection).where(Collection.published).order_by(Collection.id))
    for collection in collections:
        languages = content_languages(
            collection.source_language, translated["collection"].get(collection.id, ())
        )
        address = partial(urls.collection_url, collection)
        entries.extend(_versions(address, languages, source=collection.source_language))
    return entries


def translated_languages(session: Session) -> dict[str, dict[int, set[str]]]:
    """entity type -> entity id -> languages with an approved translation, in one query."""
    rows = session.execute(
        select(
            ContentTranslation.entity_type, ContentTranslation.entity_id, ContentTranslation.language
        ).where(
            ContentTranslation.entity_type.in_(("work", "artist", "collection")),
            ContentTranslation.status == TranslationStatus.APPROVED.value,
        )
    )
    result: dict[str, dict[int, set[str]]] = defaultdict(dict)
    for entity_type, entity_id, language in rows:
        result[entity_type].setdefault(entity_id, set()).add(language)
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
    by_language = {code: absolute(address(lang_code=code)) for code in languages}
    alternates = [(HTML_LANG[code], by_language[code]) for code in languages]
    # x-default is the English page; a text with no English version points to its original instead.
    default = by_language.get(DEFAULT_LANGUAGE) or by_language.get(source) or by_language[languages[0]]
    alternates.append(("x-default", default))
    return [Entry(by_language[code], tuple(alternates), lastmod) for code in languages]


def w3c_datetime(value: datetime | None) -> str | None:
    """A W3C Datetime (YYYY-MM-DDThh:mm:ss+00:00) in UTC, as sitemaps expect."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="seconds")
