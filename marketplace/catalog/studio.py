"""What the studio's pages share, in every domain that adds one: the signed-in artist's approved profile,
storing a portrait or a cover once its form has been accepted, marking a work's pictures as previews
after a change that may have made it digital, and the up and down buttons of a collection's or an
exhibition's works."""

from __future__ import annotations

from collections.abc import Callable

from flask import abort, current_app, flash
from flask_login import current_user

from marketplace import media
from marketplace.catalog import artists, collections, previews, works
from marketplace.catalog.errors import CatalogError
from marketplace.catalog.models import ArtistProfile, ArtistStatus
from marketplace.core.forms import ActionForm
from marketplace.db import after_commit, db_session


def approved_profile() -> ArtistProfile:
    """The signed-in user's artist profile, if a curator approved it; otherwise 403."""
    profile = artists.profile_for(db_session(), current_user)
    if profile is None or profile.status != ArtistStatus.APPROVED.value:
        abort(403)
    return profile


def store_picture(upload, field: str, attach: Callable[[media.StoredImage], str | None]) -> None:
    """Store an uploaded portrait or cover (nothing chosen: nothing to do) and ``attach`` it, which returns
    the key of the picture it replaces; that one is deleted once the change is committed.

    Call it last, when everything else the form asked for has been accepted: a refused form then stores
    no file. A refused file raises CatalogError, which the view answers with 400, so nothing is kept."""
    storage = media.storage_for(current_app)
    image = works.store_upload(storage, upload, field=field)
    if image is None:
        return
    replaced = attach(image)
    if replaced:
        after_commit(lambda: storage.delete_image(replaced))


def mark_previews(session, work) -> None:
    """After a change that may make the work digital: its public pictures become marked previews, and the
    unmarked renditions they replace are deleted once the change is committed."""
    storage = media.storage_for(current_app)
    replaced = previews.mark(session, storage, work)
    if replaced:
        after_commit(lambda: [storage.delete_image(key) for key in replaced])


def move_in_collection(item, work_id: int, direction: str) -> None:
    """The "up" or "down" button of a work in a collection or exhibition (400 for anything else)."""
    if not ActionForm().validate_on_submit() or direction not in ("up", "down"):
        abort(400)
    try:
        collections.move_item(item, work_id, -1 if direction == "up" else 1)
    except CatalogError as error:
        flash(str(error.message), "error")
