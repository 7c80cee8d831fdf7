"""Fixtures: every test runs on SQLite, and also on PostgreSQL when MARKETPLACE_TEST_POSTGRES_URL is set.

The schema is made by the Alembic migrations, once per backend; tables are emptied after each test, so
tests see real commits exactly as the application makes them.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from marketplace.accounts import services as accounts
from marketplace.accounts.models import Role
from marketplace.catalog.models import (
    ArtistProfile,
    ContentTranslation,
    ReviewStatus,
    TranslationStatus,
    Work,
    WorkImage,
)
from marketplace.db import make_engine, sessionmaker_for, unit_of_work
from marketplace.schema import upgrade_engine
from tests.support.database import BACKENDS, POSTGRES_URL, build_app, dispose_app
from tests.support.forms import PASSWORD


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("db") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_engine(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def migrated_postgres():
    """A schema of this test run's own (runs in parallel do not collide), made by the migrations."""
    schema = f"test_run_{os.getpid()}"
    admin = make_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in POSTGRES_URL else "?"
    url = f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}"
    engine = make_engine(url)
    upgrade_engine(engine)
    engine.dispose()
    yield url
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def database_url(backend, request, tmp_path) -> str:
    if backend == "sqlite":
        target = tmp_path / "marketplace.db"
        shutil.copy(request.getfixturevalue("migrated_sqlite"), target)
        return f"sqlite:///{target}"
    return request.getfixturevalue("migrated_postgres")


@pytest.fixture(scope="module", params=BACKENDS)
def demo_app(request, tmp_path_factory):
    """The demo catalogue, loaded once per backend for a module whose tests only read it."""
    folder = tmp_path_factory.mktemp("demo")
    if request.param == "sqlite":
        target = folder / "marketplace.db"
        shutil.copy(request.getfixturevalue("migrated_sqlite"), target)
        url = f"sqlite:///{target}"
    else:
        url = request.getfixturevalue("migrated_postgres")
    application = build_app(url, folder)
    result = application.test_cli_runner().invoke(args=["demo", "load"])
    assert result.exit_code == 0, result.output
    yield application
    dispose_app(application)


@pytest.fixture
def app(database_url, tmp_path):
    application = build_app(database_url, tmp_path)
    yield application
    dispose_app(application)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def db(app):
    """A unit of work against the app's database, for arranging and checking data."""
    factory = sessionmaker_for(app)

    def run(write: bool = True):
        return unit_of_work(factory, write=write)

    return run


@pytest.fixture
def make_user(app, db):
    """Create a user (committed) and return its id."""

    def create(email="amina@example.org", password=PASSWORD, name="Amina", language="en", roles=()):
        with app.app_context(), db() as session:
            user = accounts.register(session, email, password, name, language)
            for role in roles:
                accounts.grant_role(session, user, Role(role))
            return user.id

    return create


@pytest.fixture
def outbox(app):
    def read() -> list[str]:
        folder = Path(app.config["MAIL_OUTBOX_DIR"])
        if not folder.exists():
            return []
        return [p.read_text() for p in sorted(folder.glob("*.eml"))]

    return read


# --- catalogue creators ----------------------------------------------------------------------------


@pytest.fixture
def make_artist(app, db):
    def create(
        email="artist@example.org", status="approved", country="KE", language="sw", name="Njeri Kamau"
    ):
        with app.app_context(), db() as session:
            user = accounts.register(session, email, PASSWORD, name, language)
            if status == "approved":
                accounts.grant_role(session, user, Role.ARTIST)
            profile = ArtistProfile(
                user=user, slug="njeri-kamau", public_name=name, country=country, region="Nairobi",
                disciplines=["textile"], source_language=language, bio="Msanii wa nguo.", status=status,
            )  # fmt: skip
            session.add(profile)
            session.flush()
            return profile.id

    return create


@pytest.fixture
def make_work(app, db):
    def create(artist_id, status="approved", title="Kanga ya bluu", price=450000, currency="KES", stock=1,
               edition="unique", size=None, category="textile", with_image=True, language="sw",
               **extra):  # fmt: skip
        with app.app_context(), db() as session:
            work = Work(
                artist_id=artist_id, slug="kanga-ya-bluu", source_language=language, title=title,
                description="Kitambaa cha pamba.", story="Hadithi ya kanga.", category=category,
                origin_country="KE", price_minor=price, currency=currency, stock=stock,
                edition_type=edition, edition_size=size, review_status=status, **extra,
            )  # fmt: skip
            if status == ReviewStatus.APPROVED.value:
                from marketplace.db import utcnow

                work.published_at = utcnow()
            if with_image:
                work.images.append(
                    WorkImage(position=0, key="img/00/missing", width=640, height=480, alt_text=title)
                )
            session.add(work)
            session.flush()
            return work.id

    return create


@pytest.fixture
def add_translation(app, db):
    def create(entity_id, language, fields, status=TranslationStatus.APPROVED.value, entity_type="work"):
        with db() as session:
            session.add(
                ContentTranslation(
                    entity_type=entity_type,
                    entity_id=entity_id,
                    language=language,
                    fields=fields,
                    status=status,
                    origin="human",
                )
            )

    return create
