"""Alembic, driven from code: migrations are the only way the schema is made."""

from __future__ import annotations

import contextlib

from alembic import command
from alembic.config import Config as AlembicConfig
from flask import Flask

from marketplace.config import PROJECT_ROOT
from marketplace.db import engine_for

MIGRATIONS_DIR = PROJECT_ROOT / "migrations"


def alembic_config(connection=None) -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # Date-prefixed files keep the history readable in a folder listing.
    config.set_main_option("file_template", "%%(year)d%%(month).2d%%(day).2d_%%(rev)s_%%(slug)s")
    config.attributes["connection"] = connection
    return config


def upgrade(app: Flask, revision: str = "head") -> None:
    upgrade_engine(engine_for(app), revision)


def upgrade_engine(engine, revision: str = "head") -> None:
    with engine.connect() as connection, foreign_keys_deferred(connection), connection.begin():
        command.upgrade(alembic_config(connection), revision)
        check_foreign_keys(connection)
        analyze(connection)


def analyze(connection) -> None:
    """Give the query planner statistics about the tables (SQLite has none until ANALYZE runs, and then
    picks poor indexes for the catalogue's lists). After migrations, and periodically (the worker's
    ``refresh_statistics`` job on SQLite; PostgreSQL's autovacuum keeps its own current)."""
    if connection.dialect.name == "sqlite":
        # Sampled: a bounded cost at any size, and as good for choosing between indexes.
        connection.exec_driver_sql("PRAGMA analysis_limit=1000")
    connection.exec_driver_sql("ANALYZE")


@contextlib.contextmanager
def foreign_keys_deferred(connection):
    """SQLite: batch migrations copy and drop tables; with foreign keys on, dropping a parent table would
    cascade-delete its children. The pragma only works outside a transaction, so it is set on the raw
    connection before SQLAlchemy begins one, and checked with foreign_key_check before commit."""
    raw = connection.connection.dbapi_connection if connection.dialect.name == "sqlite" else None
    if raw is not None:
        raw.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=ON")


def check_foreign_keys(connection) -> None:
    if connection.dialect.name == "sqlite":
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"migration left broken foreign keys: {broken[:5]}")


def revision(app: Flask, message: str) -> None:
    with engine_for(app).begin() as connection:
        command.revision(alembic_config(connection), message=message, autogenerate=True)
