"""The search migration indexes the works that exist already, as the application would."""

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from alembic import command

from marketplace.db import make_engine
from marketplace.schema import alembic_config, foreign_keys_deferred
from marketplace.search.normalize import document
from tests.support.database import POSTGRES_URL

BEFORE_SEARCH = "c8b989fe60c1"
NOW = datetime(2026, 11, 25, tzinfo=UTC)

# The tables as they were before the search migration (not the models, which may have moved on).
users = sa.table(
    "users",
    *(sa.column(name) for name in ("id", "email", "password_hash", "display_name", "preferred_language")),
    *(sa.column(name) for name in ("display_currency", "session_version")),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("password_changed_at", sa.DateTime(timezone=True)),
)
artists = sa.table(
    "artist_profiles",
    *(sa.column(name) for name in ("id", "user_id", "slug", "public_name", "country", "region")),
    *(sa.column(name) for name in ("source_language", "bio", "status")),
    sa.column("disciplines", sa.JSON),
    sa.column("created_at", sa.DateTime(timezone=True)),
)
works = sa.table(
    "works",
    *(sa.column(name) for name in ("id", "artist_id", "slug", "source_language", "title", "description")),
    *(sa.column(name) for name in ("story", "category", "medium", "materials", "technique")),
    *(sa.column(name) for name in ("origin_country", "edition_type", "price_minor", "currency", "stock")),
    sa.column("review_status"),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("updated_at", sa.DateTime(timezone=True)),
)
translations = sa.table(
    "content_translations",
    *(
        sa.column(name)
        for name in ("entity_type", "entity_id", "language", "origin", "status", "source_hash")
    ),
    sa.column("fields", sa.JSON),
    sa.column("updated_at", sa.DateTime(timezone=True)),
)


def add_existing_works(connection) -> None:
    connection.execute(
        users.insert(),
        [{"id": 1, "email": "li@example.org", "password_hash": "x", "display_name": "Li",
          "preferred_language": "zh", "display_currency": "CNY", "session_version": 1,
          "created_at": NOW, "password_changed_at": NOW}],
    )  # fmt: skip
    connection.execute(
        artists.insert(),
        [{"id": 1, "user_id": 1, "slug": "li", "public_name": "李明 Li Ming", "country": "CN", "region": "",
          "source_language": "zh", "bio": "", "status": "approved", "disciplines": [], "created_at": NOW}],
    )  # fmt: skip
    work = {"artist_id": 1, "source_language": "zh", "description": "", "story": "", "category": "ceramics",
            "medium": "", "materials": "", "technique": "", "origin_country": "CN", "edition_type": "unique",
            "price_minor": 100, "currency": "CNY", "stock": 1, "review_status": "approved",
            "created_at": NOW, "updated_at": NOW}  # fmt: skip
    connection.execute(
        works.insert(),
        [{**work, "id": 1, "slug": "a", "title": "景德镇青花瓷", "materials": "Porcelaine, cobalt"},
         {**work, "id": 2, "slug": "b", "title": "木雕", "story": "Ｃéramique d'art"}],
    )  # fmt: skip
    translation = {"entity_type": "work", "origin": "human", "source_hash": "", "updated_at": NOW}
    connection.execute(
        translations.insert(),
        [{**translation, "entity_id": 1, "language": "fr", "status": "approved",
          "fields": {"title": "Porcelaine bleue et blanche", "description": "", "story": "Jingdezhen"}},
         {**translation, "entity_id": 1, "language": "en", "status": "draft", "fields": {"title": "Draft"}},
         {**translation, "entity_type": "artist", "entity_id": 2, "language": "fr", "status": "approved",
          "fields": {"title": "Pas une œuvre"}}],
    )  # fmt: skip


def check_documents(connection, sqlite: bool) -> None:
    artist = "李明 Li Ming"
    french = ["Porcelaine bleue et blanche", "", "Jingdezhen"]  # approved; the English draft is not
    expected = {
        1: document(["景德镇青花瓷", "Porcelaine, cobalt", *french, artist]),
        2: document(["木雕", "Ｃéramique d'art", artist]),
    }
    rows = connection.execute(sa.text("SELECT work_id, content FROM search_documents"))
    assert {work_id: content for work_id, content in rows} == expected
    if sqlite:
        rows = connection.execute(sa.text("SELECT rowid, content FROM search_fts"))
        assert {work_id: content for work_id, content in rows} == expected
        match = sa.text("SELECT rowid FROM search_fts WHERE search_fts MATCH :q")
        assert set(connection.execute(match, {"q": '"青花"'}).scalars()) == {1}
    else:
        match = sa.text(
            "SELECT work_id FROM search_documents "
            "WHERE to_tsvector('simple', content) @@ to_tsquery('simple', :q)"
        )
        assert set(connection.execute(match, {"q": "'青花'"}).scalars()) == {1}
    assert set(connection.execute(match, {"q": '"ceramique"' if sqlite else "'ceramique'"}).scalars()) == {2}


def test_existing_works_are_indexed_by_the_migration_on_sqlite(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'existing.db'}")
    with engine.connect() as connection, foreign_keys_deferred(connection), connection.begin():
        command.upgrade(alembic_config(connection), BEFORE_SEARCH)
        add_existing_works(connection)
        command.upgrade(alembic_config(connection), "head")
        check_documents(connection, sqlite=True)
        command.downgrade(alembic_config(connection), BEFORE_SEARCH)
        tables = set(sa.inspect(connection).get_table_names())
        assert not {"search_documents", "search_fts", "search_fts_data"} & tables
    engine.dispose()


@pytest.mark.skipif(not POSTGRES_URL, reason="needs MARKETPLACE_TEST_POSTGRES_URL")
def test_existing_works_are_indexed_by_the_migration_on_postgresql():
    """In a schema of its own, inside a transaction that is rolled back: the test database is untouched."""
    engine = make_engine(POSTGRES_URL)
    with engine.connect() as connection:
        transaction = connection.begin()
        try:
            connection.execute(sa.text("CREATE SCHEMA search_migration_test"))
            connection.execute(sa.text("SET LOCAL search_path TO search_migration_test"))
            command.upgrade(alembic_config(connection), BEFORE_SEARCH)
            add_existing_works(connection)
            command.upgrade(alembic_config(connection), "head")
            check_documents(connection, sqlite=False)
            command.downgrade(alembic_config(connection), BEFORE_SEARCH)
            assert "search_documents" not in sa.inspect(connection).get_table_names()
        finally:
            transaction.rollback()
    engine.dispose()
