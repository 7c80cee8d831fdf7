"""Canonical addresses of catalogue pages (used by views and templates)."""

from __future__ import annotations

from flask import url_for

from marketplace.catalog.models import ArtistProfile, Collection, Work


def work_url(work: Work, **kwargs) -> str:
    """The canonical address: with the slug when there is one, the id alone otherwise."""
    if work.slug:
        return url_for("catalog.work", work_id=work.id, slug=work.slug, **kwargs)
    return url_for("catalog.work", work_id=work.id, **kwargs)


def artist_url(artist: ArtistProfile, **kwargs) -> str:
    if artist.slug:
        return url_for("catalog.artist", artist_id=artist.id, slug=artist.slug, **kwargs)
    return url_for("catalog.artist", artist_id=artist.id, **kwargs)


def collection_url(collection: Collection, **kwargs) -> str:
    if collection.slug:
        return url_for("catalog.collection", collection_id=collection.id, slug=collection.slug, **kwargs)
    return url_for("catalog.collection", collection_id=collection.id, **kwargs)
