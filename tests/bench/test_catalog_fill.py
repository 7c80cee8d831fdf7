"""bench/catalog.py's fill: a small catalogue made through the migrations and the project's tables, which
the application serves and searches (the benchmark's large fills are the same code with a larger N)."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import func, select, text

from bench import catalog
from marketplace.accounts.models import User
from marketplace.catalog.models import ArtistProfile, ContentTranslation, Work, WorkImage
from marketplace.db import make_engine, sessionmaker_for, unit_of_work
from marketplace.search import query as search_query
from tests.support.database import BACKENDS, POSTGRES_URL, build_app, dispose_app


@pytest.fixture(params=BACKENDS)
def empty_database(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'catalogue.db'}"
        return
    schema = f"bench_fill_{os.getpid()}"
    admin = make_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE; CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in POSTGRES_URL else "?"
    yield f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}"
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    admin.dispose()


def test_fill_makes_a_catalogue_the_application_serves_and_searches(empty_database, tmp_path):
    made = catalog.fill(empty_database, works=400, artists=40)

    assert made["works"] == 400 and made["artists"] == 40 and made["indexed"] == 400
    assert made["largest artist"] > 2 * made["median works per artist"]  # skewed, as real catalogues are
    app = build_app(empty_database, tmp_path)
    try:
        with unit_of_work(sessionmaker_for(app)) as session:
            assert session.scalar(select(func.count()).select_from(WorkImage)) == 800
            languages = set(session.scalars(select(ArtistProfile.source_language).distinct()))
            assert languages == {"zh", "en", "fr", "sw"}
            assert (
                session.scalar(
                    select(func.count())
                    .select_from(ContentTranslation)
                    .where(ContentTranslation.entity_type == "work")
                )
                > 420
            )
            for word in ("kingfisher", "ephemere", "kinyonga", "翡翠"):
                found = session.scalars(
                    select(Work.id).where(Work.id.in_(search_query.matching_work_ids(session, word)))
                )
                assert 1 <= len(found.all()) <= catalog.RARE_WORK_COUNT, word
            # The ids were given by the fill: the application's next insert still gets a new one.
            newcomer = User(email="new@bench.local", password_hash="x", display_name="New")
            session.add(newcomer)
            session.flush()
            assert newcomer.id > made["artists"] + 1
            session.rollback()
            rare = session.scalars(
                select(Work.id).where(Work.id.in_(search_query.matching_work_ids(session, "kingfisher")))
            ).all()
        client = app.test_client()
        assert client.get("/en/").status_code == 200
        found = client.get("/en/works/?q=kingfisher").get_data(as_text=True)
        assert all(f"/en/works/{work_id}-" in found for work_id in rare)
    finally:
        dispose_app(app)


def test_fill_refuses_a_database_that_is_not_empty(empty_database):
    catalog.fill(empty_database, works=30, artists=3)

    with pytest.raises(SystemExit):
        catalog.fill(empty_database, works=30, artists=3)
