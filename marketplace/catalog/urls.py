"""Canonical addresses of catalogue pages (used by views and templates).

A page of cards asks for dozens of these: each address is the route's own (``url_for``), built once per
request and endpoint with stand-in values, then filled with each item's id and slug.
"""

from __future__ import annotations

from urllib.parse import quote

from flask import g, url_for

from marketplace.catalog.models import ArtistProfile, Collection, Work

_ID, _SLUG = 7_654_321, "slug-stand-in"
#: Werkzeug's converters quote a path segment with these characters kept (BaseConverter.to_url).
_PATH_SAFE = "!$&'()*+,/:;=@"


def work_url(work: Work, **kwargs) -> str:
    """The canonical address: with the slug when there is one, the id alone otherwise."""
    return _address("catalog.work", "work_id", work.id, work.slug, kwargs)


def artist_url(artist: ArtistProfile, **kwargs) -> str:
    return _address("catalog.artist", "artist_id", artist.id, artist.slug, kwargs)


def collection_url(collection: Collection, **kwargs) -> str:
    return _address("catalog.collection", "collection_id", collection.id, collection.slug, kwargs)


def _address(endpoint: str, id_name: str, item_id: int, slug: str | None, extra: dict) -> str:
    if extra:
        values = {id_name: item_id, **({"slug": slug} if slug else {}), **extra}
        return url_for(endpoint, **values)
    patterns = g.setdefault("catalog_url_patterns", {})
    key = (endpoint, bool(slug))
    pattern = patterns.get(key)
    if pattern is None:
        pattern = patterns[key] = _pattern(endpoint, id_name, bool(slug))
    before, between, after = pattern
    if slug:
        return f"{before}{item_id}{between}{quote(slug, safe=_PATH_SAFE)}{after}"
    return f"{before}{item_id}{between}"


def _pattern(endpoint: str, id_name: str, with_slug: bool) -> tuple[str, str, str]:
    built = url_for(endpoint, **{id_name: _ID, **({"slug": _SLUG} if with_slug else {})})
    before, rest = built.split(str(_ID), 1)
    if not with_slug:
        return before, rest, ""
    between, after = rest.split(_SLUG, 1)
    return before, between, after
