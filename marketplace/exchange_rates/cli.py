"""`flask --app marketplace rates load FILE.csv`."""

import click
from flask import current_app
from flask.cli import AppGroup

from marketplace.db import sessionmaker_for, unit_of_work
from marketplace.exchange_rates import services

rates_cli = AppGroup("rates", help="Exchange rates for approximate prices.")


@rates_cli.command("load")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
def load(path: str) -> None:
    """Load rates from a CSV file with columns currency,per_usd,as_of (units per US dollar)."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    try:
        with unit_of_work(sessionmaker_for(current_app)) as session:
            count = services.load_csv(session, text)
    except services.RatesFileError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"Loaded {count} exchange rates.")
