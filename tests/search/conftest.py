"""Artists and works for search tests, made with the models and committed like the app commits them.

Their makers are named apart from the catalogue's ``make_artist`` and ``make_work``: they take other
arguments (a work's title first) and fill in only what the search reads.
"""

from __future__ import annotations

import pytest

from marketplace.catalog.models import ArtistProfile
from tests.support.search import found, new_work


@pytest.fixture
def make_indexed_artist(make_user, db):
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
def indexed_artist_id(make_indexed_artist) -> int:
    """The artist of the works made without one."""
    return make_indexed_artist()


@pytest.fixture
def make_indexed_work(db, indexed_artist_id):
    def create(title: str, artist: int | None = None, language: str = "sw", **texts) -> int:
        with db() as session:
            work = new_work(artist or indexed_artist_id, title, language, **texts)
            session.add(work)
            session.flush()
            return work.id

    return create


@pytest.fixture
def search(db):
    """Search in a transaction of its own (what a later request sees)."""

    def run(q: str) -> set[int] | None:
        with db(write=False) as session:
            return found(session, q)

    return run
