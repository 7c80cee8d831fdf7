"""The backends the tests run on, and the test application built on one of them.

Every test that uses the database runs on SQLite, and also on PostgreSQL when
MARKETPLACE_TEST_POSTGRES_URL is set (see the fixtures in ``tests/fixtures/database.py``).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import event, text

from marketplace import create_app
from marketplace.config import TestingConfig
from marketplace.db import Base
from marketplace.extensions import limiter

POSTGRES_URL = os.environ.get("MARKETPLACE_TEST_POSTGRES_URL")
BACKENDS = ["sqlite"] + (["postgresql"] if POSTGRES_URL else [])


def build_app(database_url: str, folder: Path):
    config = TestingConfig()
    config.DATABASE_URL = database_url
    config.MEDIA_DIR = str(folder / "media")
    config.MAIL_OUTBOX_DIR = str(folder / "outbox")
    config.INSTANCE_DIR = str(folder)
    application = create_app(config)
    limiter.reset()
    return application


def dispose_app(application) -> None:
    """Empty PostgreSQL's tables (SQLite files are per test) and close connections."""
    engine = application.extensions["marketplace.db"]["engine"]
    if engine.dialect.name == "postgresql":
        tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
        with engine.begin() as connection:
            connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()


@dataclass
class QueryCounter:
    """The SQL statements an engine executed inside a ``counting_queries`` block, in order."""

    statements: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.statements)

    def __str__(self) -> str:  # a failure message: ``assert counter.count <= 5, counter``
        return f"{self.count} statements:\n" + "\n".join(self.statements)


@contextlib.contextmanager
def counting_queries(engine) -> Iterator[QueryCounter]:
    """Record every statement sent to ``engine``'s database (from any thread) until the block ends."""
    counter = QueryCounter()

    def record(connection, cursor, statement, parameters, context, executemany) -> None:
        counter.statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield counter
    finally:
        event.remove(engine, "before_cursor_execute", record)
