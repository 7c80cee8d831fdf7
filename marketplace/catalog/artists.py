"""Artist applications and profiles. Never commits."""

from __future__ import annotations

from dataclasses import dataclass, field

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import Session

from marketplace.accounts.models import User
from marketplace.catalog import translations, workflow
from marketplace.catalog.errors import CatalogError
from marketplace.catalog.models import ArtistProfile, ArtistStatus, Category
from marketplace.media import StoredImage
from marketplace.text import slugify


@dataclass
class ArtistInput:
    public_name: str
    country: str
    region: str
    disciplines: list[str]
    source_language: str
    bio: str
    bio_translations: dict[str, str] = field(default_factory=dict)


def profile_for(session: Session, user: User) -> ArtistProfile | None:
    return session.scalar(select(ArtistProfile).where(ArtistProfile.user_id == user.id))


def apply(session: Session, user: User, data: ArtistInput) -> ArtistProfile:
    """A signed-in user applies to sell; the application waits for a curator. The portrait is given after
    (:func:`set_portrait`), once everything else has been accepted, so a refused form stores no file."""
    if profile_for(session, user) is not None:
        raise CatalogError(_l("You have already applied to sell on Daraja."))
    _check(data)
    profile = ArtistProfile(user=user)
    _fill(profile, data)
    session.add(profile)
    workflow.ARTIST.begin(
        session, profile, ArtistStatus.APPLICANT, action="apply", actor_id=user.id, actor_role="artist"
    )
    _save_bio(session, profile, data)
    return profile


def update_profile(session: Session, profile: ArtistProfile, data: ArtistInput) -> None:
    _check(data)
    _fill(profile, data)
    session.flush()
    _save_bio(session, profile, data)
    if profile.status == ArtistStatus.CHANGES_REQUESTED.value:
        # Editing after a curator asked for changes sends the application back for review.
        workflow.ARTIST.move(
            session, profile, ArtistStatus.APPLICANT, action="resubmit", actor_id=profile.user_id,
            actor_role="artist",
        )  # fmt: skip


def _check(data: ArtistInput) -> None:
    unknown = set(data.disciplines) - {c.value for c in Category}
    if not data.disciplines or unknown:
        raise CatalogError(_l("Choose at least one discipline."), field="disciplines")
    if not data.bio.strip():
        raise CatalogError(_l("Tell buyers about yourself in your own language."), field="bio")


def set_portrait(profile: ArtistProfile, image: StoredImage) -> str | None:
    """Give the profile its new portrait; returns the key of the one it replaces (to delete after commit)."""
    replaced = profile.image_key
    profile.image_key, profile.image_width, profile.image_height = image.key, image.width, image.height
    return replaced if replaced != image.key else None


def _fill(profile: ArtistProfile, data: ArtistInput) -> None:
    profile.public_name = data.public_name.strip()
    profile.slug = slugify(data.public_name)
    profile.country = data.country
    profile.region = data.region.strip()
    profile.disciplines = list(data.disciplines)
    profile.source_language = data.source_language
    profile.bio = data.bio.strip()


def _save_bio(session: Session, profile: ArtistProfile, data: ArtistInput) -> None:
    translations.save_author_texts(
        session,
        "artist",
        profile.id,
        profile.source_language,
        {"bio": profile.bio},
        {lang: {"bio": text} for lang, text in data.bio_translations.items()},
        actor_id=profile.user_id,
        actor_role="artist",
    )
