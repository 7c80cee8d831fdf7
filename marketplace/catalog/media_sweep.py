"""The sweep of pictures that no row names (`flask --app marketplace media sweep`). Never commits.

Pictures are stored before the row that names them is committed, so a request that fails afterwards, or
a replaced picture whose deletion failed, leaves a folder behind. Rows that name pictures: artists'
portraits, works' images, the images of proposed changes (every revision's JSON list, decided or not,
since a proposal may still be approved), and collections' and exhibitions' covers. A picture is removed
only when it is also older than the grace period, so one stored by a request still in flight is kept.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from marketplace.catalog.models import ArtistProfile, Collection, WorkImage, WorkRevision
from marketplace.media import Storage

GRACE = timedelta(hours=24)


def named_keys(session: Session) -> set[str]:
    """Every picture key a row names."""
    keys: set[str] = set()
    for column in (ArtistProfile.image_key, WorkImage.key, Collection.cover_key):
        keys.update(key for key in session.scalars(select(column).where(column.is_not(None))) if key)
    for images in session.scalars(select(WorkRevision.images)):
        keys.update(image["key"] for image in images or () if isinstance(image, dict) and image.get("key"))
    return keys


def orphans(session: Session, storage: Storage, now: datetime, grace: timedelta = GRACE) -> list[str]:
    """The stored pictures no row names that are older than ``grace``."""
    cutoff = (now - grace).timestamp()
    stored = [key for key, changed in storage.stored_images() if changed < cutoff]
    named = named_keys(session)  # read after listing: a picture named meanwhile is younger than the grace
    return [key for key in stored if key not in named]


def sweep(session: Session, storage: Storage, now: datetime, grace: timedelta = GRACE) -> list[str]:
    """Delete :func:`orphans`; returns their keys."""
    found = orphans(session, storage, now, grace)
    for key in found:
        storage.delete_image(key)
    return found
