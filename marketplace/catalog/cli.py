"""`flask search ...` and `flask media ...`: maintenance of the works' search index and of stored pictures."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import click
from flask import current_app
from flask.cli import AppGroup

from marketplace import media
from marketplace.catalog import media_sweep
from marketplace.catalog.search_index import REINDEX_BATCH, reindex_all
from marketplace.db import sessionmaker_for, unit_of_work

search_cli = AppGroup("search", help="Full-text search over works.")
media_cli = AppGroup("media", help="Stored pictures (MEDIA_DIR).")


@search_cli.command("reindex")
@click.option("--batch", type=click.IntRange(min=1), default=REINDEX_BATCH, show_default=True,
              help="Works per transaction: writers wait for one batch at most.")  # fmt: skip
def search_reindex(batch: int) -> None:
    """Rebuild the search index from every work (after bulk changes or a change of normalisation), batch
    by batch while the site serves: searches keep answering from the documents not rebuilt yet."""
    started = time.monotonic()
    shown = [0.0]

    def progress(done: int, total: int) -> None:
        if time.monotonic() - shown[0] >= 5:  # a line every 5 seconds
            shown[0] = time.monotonic()
            click.echo(f"{done} of {total} works indexed ({time.monotonic() - started:.1f} s)")

    count = reindex_all(sessionmaker_for(current_app), batch=batch, progress=progress)
    click.echo(f"Indexed {count} works in {time.monotonic() - started:.1f} s.")


@media_cli.command("sweep")
@click.option("--grace-hours", type=click.IntRange(min=1), default=24, show_default=True,
              help="Keep pictures younger than this, which a request may still be saving.")  # fmt: skip
@click.option("--dry-run", is_flag=True, help="List what would be deleted; delete nothing.")
def media_sweep_command(grace_hours: int, dry_run: bool) -> None:
    """Delete stored pictures that no artist, work, proposed change or collection names."""
    storage = media.storage_for(current_app)
    now, grace = datetime.now(UTC), timedelta(hours=grace_hours)
    with unit_of_work(sessionmaker_for(current_app), write=False) as session:
        if dry_run:
            found = media_sweep.orphans(session, storage, now, grace)
        else:
            found = media_sweep.sweep(session, storage, now, grace)
    for key in found:
        click.echo(key)
    click.echo(f"{len(found)} pictures {'would be ' if dry_run else ''}deleted.")
