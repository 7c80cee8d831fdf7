"""Database core: declarative base with a naming convention, engines for SQLite and PostgreSQL.

Services receive a Session and never commit; the request (see ``bind_request_session``), the CLI command
or the job commits once. On SQLite a write transaction starts with BEGIN IMMEDIATE so two writers queue
on the busy timeout instead of failing half-way with "database is locked" at their first write.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import BigInteger, DateTime, Integer, MetaData, cast, create_engine, event, func
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: True while the current unit of work intends to write (unsafe HTTP method, CLI command).
write_intent: ContextVar[bool] = ContextVar("write_intent", default=False)

SQLITE_BUSY_TIMEOUT_MS = 10_000
#: app.extensions key of the function that answers a request whose commit failed (a response).
COMMIT_FAILED = "marketplace.commit_failed"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def sql_values(values) -> str:
    """An enum's values as a SQL list for CHECK constraints: ``'draft', 'submitted', ...``."""
    return ", ".join(f"'{v.value}'" for v in values)


#: An amount of money in minor units: 64-bit on PostgreSQL (an INTEGER would stop at 21 million naira or
#: shillings); SQLite's INTEGER is 64-bit already.
MinorUnits = BigInteger().with_variant(Integer(), "sqlite")


def total_minor(column):
    """SUM of an amount column, 0 when there are no rows, as an integer (PostgreSQL sums a BIGINT into a
    NUMERIC, which would come back as a Decimal)."""
    return cast(func.coalesce(func.sum(column), 0), MinorUnits)


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """A timezone-aware UTC datetime on every backend (SQLite keeps no zone of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where an aware UTC datetime is required")
        return value.astimezone(UTC)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def make_engine(url: str, echo: bool = False) -> Engine:
    """Create an engine with the settings the marketplace relies on for each backend."""
    if url.startswith("sqlite"):
        return _sqlite_engine(url, echo)
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return create_engine(url, echo=echo, pool_pre_ping=True, future=True)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)


@contextlib.contextmanager
def unit_of_work(factory: sessionmaker[Session], write: bool = True) -> Iterator[Session]:
    """One transaction outside a request (CLI, jobs): commit on success, roll back on any error."""
    token = write_intent.set(write)
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
        write_intent.reset(token)


def _sqlite_engine(url: str, echo: bool) -> Engine:
    memory = url in ("sqlite://", "sqlite:///:memory:")
    if not memory:
        path = url.split("sqlite:///", 1)[1]
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    kwargs: dict = {"echo": echo, "future": True}
    if memory:
        from sqlalchemy.pool import StaticPool

        kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        kwargs.update(connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy's begin event decide how transactions start (see _on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not memory:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write_intent.get() else "BEGIN")

    return engine


# --- Flask integration: one session per request, committed once ----------------------------------

_EXT = "marketplace.db"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def init_app(app) -> None:
    engine = make_engine(app.config["DATABASE_URL"], echo=app.config.get("SQL_ECHO", False))
    app.extensions[_EXT] = {"engine": engine, "sessionmaker": make_sessionmaker(engine)}
    app.before_request(_begin_request)
    app.after_request(_commit_request)
    app.teardown_request(_end_request)


def engine_for(app) -> Engine:
    return app.extensions[_EXT]["engine"]


def sessionmaker_for(app) -> sessionmaker[Session]:
    return app.extensions[_EXT]["sessionmaker"]


def db_session() -> Session:
    """The current request's session, created on first use."""
    from flask import current_app, g

    if "db_session" not in g:
        g.db_session = sessionmaker_for(current_app)()
    return g.db_session


def writes(view):
    """Mark a GET view that writes (a payment provider's return URL): its transaction begins as a writer."""
    view.writes_to_database = True
    return view


def _begin_request() -> None:
    from flask import current_app, g, request

    view = current_app.view_functions.get(request.endpoint) if request.endpoint else None
    writing = request.method in UNSAFE_METHODS or getattr(view, "writes_to_database", False)
    g.db_write_token = write_intent.set(writing)


def _commit_request(response):
    from flask import g

    session = g.pop("db_session", None)
    if session is None:
        return response
    try:
        if response.status_code < 400:
            session.commit()
        else:
            session.rollback()
            g.pop("after_commit", None)
    except Exception as error:
        # The work of the request is lost (a read-only or vanished database): say so with the translated
        # 503 page (core/views.py), not the server's bare error.
        session.rollback()
        g.pop("after_commit", None)
        from flask import current_app

        handler = current_app.extensions.get(COMMIT_FAILED)
        if handler is None:
            raise
        current_app.logger.exception("the request's work could not be committed")
        return handler(error)
    finally:
        session.close()
    for callback in g.pop("after_commit", []):
        try:
            callback()
        except Exception:  # the decision stands; a failed email must not turn it into an error page
            from flask import current_app

            current_app.logger.exception("after-commit task failed")
    return response


def commit_now() -> None:
    """Commit what the request has done so far, before it calls another service (Stripe): no transaction,
    and so no lock, is held while that service answers. What follows runs in a new transaction, which the
    request commits (or rolls back) as usual; objects read before are expired and read again when used."""
    db_session().commit()


@contextlib.contextmanager
def released():
    """``with released(): call_stripe()``: the request's transaction ends first (``commit_now``), so no lock
    is held while the other service answers; services take it as their ``between`` hook."""
    commit_now()
    yield


def after_commit(callback) -> None:
    """Run ``callback`` once this request's transaction has committed (emails about what was decided)."""
    from flask import g

    g.setdefault("after_commit", []).append(callback)


def _end_request(_exc) -> None:
    from flask import g

    session = g.pop("db_session", None)
    if session is not None:
        session.rollback()
        session.close()
    token = g.pop("db_write_token", None)
    if token is not None:
        write_intent.reset(token)
