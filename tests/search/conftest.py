"""Artists and works for search tests, made with the models and committed like the app commits them."""

from __future__ import annotations

import pytest

from marketplace.catalog.models import ArtistProfile, ContentTranslation, TranslationStatus
from tests.support.search import found, new_work

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


@pytest.fixture
def search(db):
    """Search in a transaction of its own (what a later request sees)."""

    def run(q: str) -> set[int] | None:
        with db(write=False) as session:
            return found(session, q)

    return run
