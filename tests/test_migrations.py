"""The schema comes from the migrations alone, and they describe exactly what the models do."""

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from marketplace.db import Base
from marketplace.search.store import is_search_table


def test_migrations_produce_exactly_the_models(app):
    engine = app.extensions["marketplace.db"]["engine"]
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "include_name": lambda name, type_, parent_names: not is_search_table(name),
            },
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_every_model_table_exists(app):
    engine = app.extensions["marketplace.db"]["engine"]
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_sqlite_connections_use_wal_and_foreign_keys(app, backend):
    if backend != "sqlite":
        pytest.skip("SQLite settings")
    engine = app.extensions["marketplace.db"]["engine"]
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_sqlite_write_transactions_take_the_write_lock_at_begin(app, backend):
    """BEGIN IMMEDIATE: a second writer waits (here: fails fast) instead of failing half-way later."""
    if backend != "sqlite":
        pytest.skip("SQLite locking")
    from marketplace.db import sessionmaker_for, unit_of_work

    path = app.config["DATABASE_URL"].split("sqlite:///", 1)[1]
    with unit_of_work(sessionmaker_for(app), write=True) as session:
        session.connection()  # begins the transaction, with no statement of its own yet
        other = sqlite3.connect(path, timeout=0.1, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    with unit_of_work(sessionmaker_for(app), write=False) as session:
        session.connection()
        other = sqlite3.connect(path, timeout=0.1, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        other.close()
