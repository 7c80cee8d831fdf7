"""Artists and works for search tests, made with the models and committed like the app commits them."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from marketplace.catalog.models import ArtistProfile, ContentTranslation, TranslationStatus, Work
from marketplace.search.query import matching_work_ids

APPROVED = TranslationStatus.APPROVED.value


@pytest.fixture
def make_artist(make_user, db):
    def create(name="Wanjiru Kamau", email="wanjiru@example.org", language="sw", country="KE") -> int:
        user_id = make_user(email=email, name=name, language=language)
        with db() as session:
            profile = ArtistProfile(
                user_id=user_id, slug=email.split("@")[0], public_name=name, country=country,
                source_language=language, status="approved",
            )  # fmt: skip
            session.add(profile)
            session.flush()
            return profile.id

    return create


@pytest.fixture
def artist_id(make_artist) -> int:
    return make_artist()


@pytest.fixture
def make_work(db, artist_id):
    def create(title: str, artist: int | None = None, language: str = "sw", **texts) -> int:
        with db() as session:
            work = new_work(artist or artist_id, title, language, **texts)
            session.add(work)
            session.flush()
            return work.id

    return create


def new_work(artist_id: int, title: str, language: str = "sw", **texts) -> Work:
    return Work(
        artist_id=artist_id, slug="work", source_language=language, title=title, category="craft",
        origin_country="KE", price_minor=10_000, currency="KES", stock=1, review_status="approved", **texts,
    )  # fmt: skip


@pytest.fixture
def add_translation(db):
    def create(work_id: int, language: str, fields: dict, status: str = APPROVED) -> int:
        with db() as session:
            translation = ContentTranslation(
                entity_type="work", entity_id=work_id, language=language, fields=fields, status=status
            )
            session.add(translation)
            session.flush()
            return translation.id

    return create


def found(session, q: str) -> set[int] | None:
    """The ids of the works a search for ``q`` finds, or None for a query with nothing to search."""
    ids = matching_work_ids(session, q)
    if ids is None:
        return None
    return set(session.scalars(select(Work.id).where(Work.id.in_(ids))))


@pytest.fixture
def search(db):
    """Search in a transaction of its own (what a later request sees)."""

    def run(q: str) -> set[int] | None:
        with db(write=False) as session:
            return found(session, q)

    return run
