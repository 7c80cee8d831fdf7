"""Alembic environment: runs with the connection handed over by marketplace.schema."""

from alembic import context

import marketplace.models  # noqa: F401  (register every table)
from marketplace.db import Base
from marketplace.search.store import is_search_table

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Run migrations through `flask --app marketplace db upgrade`.")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=lambda name, type_, parent_names: not is_search_table(name),
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
