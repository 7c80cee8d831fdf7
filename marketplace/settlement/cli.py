"""`flask --app marketplace orders sweep`: the sweep the worker runs every few minutes, by hand."""

import click
from flask import current_app
from flask.cli import AppGroup

from marketplace.settlement import sweep as sweeping

orders_cli = AppGroup("orders", help="Orders and stock holds.")


@orders_cli.command("sweep")
def sweep() -> None:
    """Expire holds whose payment session ended without payment and confirm overdue deliveries."""
    report = sweeping.run(current_app._get_current_object())
    for problem in report.unreachable:
        click.echo(problem, err=True)
    click.echo(f"Settled {report.settled} overdue orders; {len(report.unreachable)} could not be reached.")
    days = current_app.config["AUTO_DELIVERY_DAYS_AFTER_SHIPPING"]
    click.echo(f"Confirmed {report.delivered} deliveries shipped more than {days} days ago.")
