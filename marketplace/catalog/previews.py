"""Public pictures of digital works carry the preview mark.

A digital work sells its file, so every picture of it that the public can see is a watermarked preview.
Pictures uploaded while the work is digital are marked as they are stored. Pictures uploaded before (the
artist marked the work digital later, or changed its category to digital art) are marked when that
happens, from their largest stored rendition; the unmarked renditions are then deleted, after the commit,
by the caller (see :func:`mark`).
"""

from __future__ import annotations

import logging

from sqlalchemy.orm import Session

from marketplace import media
from marketplace.catalog.models import Category, Work, WorkRevision
from marketplace.catalog.works import open_revision

logger = logging.getLogger(__name__)


def revision_is_digital(work: Work, revision: WorkRevision) -> bool:
    """What the work will be once the proposed changes are approved."""
    category = (revision.fields or {}).get("category", work.category)
    return bool(work.is_digital) or category == Category.DIGITAL_ART.value


def proposed_digital(session: Session, work: Work) -> bool:
    """Whether a picture added now to a published work's proposed changes is a digital work's preview."""
    revision = open_revision(session, work)
    return revision_is_digital(work, revision) if revision is not None else not work.is_physical


def mark(session: Session, storage: media.Storage, work: Work) -> list[str]:
    """Mark every unmarked picture of a digital work, its public ones and those of an open revision.

    Returns the keys of the unmarked pictures replaced, for the caller to delete once the change is
    committed (so a failed request keeps pictures its rows still point to).
    """
    replaced: dict[str, media.StoredImage | None] = {}

    def marked_copy(key: str, width: int) -> media.StoredImage | None:
        """The marked picture; None when the stored one is gone (nothing public to mark)."""
        if key not in replaced:
            try:
                data = storage.read(media.largest_rendition(key, width))
                replaced[key] = media.store_image(storage, data, watermark=True)
            except (OSError, media.ImageRejected):
                logger.warning("picture %s could not be read to mark it as a preview", key)
                replaced[key] = None
        return replaced[key]

    if not work.is_physical:
        for image in work.images:
            if not image.preview_marked and (stored := marked_copy(image.key, image.width)):
                image.key, image.width, image.height = stored.key, stored.width, stored.height
                image.preview_marked = True
    revision = open_revision(session, work)
    if revision is not None and revision_is_digital(work, revision):
        images = []
        for image in revision.images or []:
            if not image.get("marked") and (stored := marked_copy(image["key"], image["width"])):
                image = {**image, "key": stored.key, "width": stored.width, "height": stored.height,
                         "marked": True}  # fmt: skip
            images.append(image)
        revision.images = images
    session.flush()
    # A picture shared by the public version of a physical work and a digital proposal stays for the former.
    kept = {image.key for image in work.images}
    kept |= {image["key"] for image in (revision.images or [] if revision is not None else [])}
    return [key for key, stored in replaced.items() if stored is not None and key not in kept]
