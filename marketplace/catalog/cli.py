"""`flask search ...`: maintenance of the works' search index."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import AppGroup

from marketplace.catalog.search_index import reindex_all
from marketplace.db import sessionmaker_for, unit_of_work

search_cli = AppGroup("search", help="Full-text search over works.")


@search_cli.command("reindex")
def search_reindex() -> None:
    """Rebuild the search index from every work (after bulk changes or a change of normalisation)."""
    with unit_of_work(sessionmaker_for(current_app)) as session:
        count = reindex_all(session)
    click.echo(f"Indexed {count} works.")
