"""`flask --app marketplace ...` commands: db, demo, users, translate."""

from __future__ import annotations

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from marketplace.db import sessionmaker_for, unit_of_work

db_cli = AppGroup("db", help="Database schema (Alembic migrations).")
demo_cli = AppGroup("demo", help="Demo content for local use.")
users_cli = AppGroup("users", help="Accounts.")
translate_cli = AppGroup("translate", help="Interface translations (messages.pot and .po/.mo files).")


def register(app: Flask) -> None:
    from marketplace.catalog.cli import media_cli, search_cli
    from marketplace.exchange_rates.cli import rates_cli
    from marketplace.payments.fake_stripe.cli import fake_stripe_cli
    from marketplace.settlement.cli import orders_cli

    for group in (
        db_cli,
        demo_cli,
        users_cli,
        translate_cli,
        rates_cli,
        search_cli,
        media_cli,
        orders_cli,
        fake_stripe_cli,
    ):
        app.cli.add_command(group)


@db_cli.command("upgrade")
@click.argument("revision", default="head")
def db_upgrade(revision: str) -> None:
    """Apply migrations up to REVISION (default: head)."""
    from marketplace import schema

    schema.upgrade(current_app, revision)
    click.echo(f"Database is at {revision}.")


@db_cli.command("revision")
@click.option("-m", "--message", required=True)
def db_revision(message: str) -> None:
    """Write a new migration from the difference between the models and the database."""
    from marketplace import schema

    schema.revision(current_app, message)


@demo_cli.command("load")
@click.option("--force", is_flag=True, help="Load even if the database already has users.")
def demo_load(force: bool) -> None:
    """Fill an empty database with demo artists, works, collections and local accounts."""
    from marketplace.demo.loader import DEMO_PASSWORD, database_is_empty, load

    factory = sessionmaker_for(current_app)
    with unit_of_work(factory, write=False) as session:
        empty = database_is_empty(session)
    if not empty and not force:
        click.echo("The database already has content; demo data not loaded.")
        return
    with unit_of_work(factory) as session:
        from marketplace.downloads.storage import private_root

        summary = load(session, current_app.config["MEDIA_DIR"], private_dir=str(private_root(current_app)))
    click.echo(
        f"Loaded {summary['artists']} artists, {summary['works']} works, "
        f"{summary['collections']} collections "
        f"and {summary['exhibitions']} exhibitions."
    )
    click.echo(f"Local demo accounts (password {DEMO_PASSWORD!r}): {', '.join(summary['accounts'])}")


@users_cli.command("create")
@click.argument("email")
@click.option("--role", "roles", multiple=True, type=click.Choice(["artist", "curator", "admin"]))
@click.option("--name", default=None, help="Display name (default: the part of the email before @).")
@click.option("--language", default="en", type=click.Choice(["zh", "en", "fr", "sw"]))
@click.option("--generate-password", is_flag=True, help="Generate a password and print it once.")
def users_create(
    email: str, roles: tuple[str, ...], name: str | None, language: str, generate_password: bool
):
    """Create an account, optionally with roles (curator, admin)."""
    from marketplace.accounts import services
    from marketplace.accounts.models import Role

    if generate_password:
        password = services.generate_password()
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    factory = sessionmaker_for(current_app)
    try:
        with unit_of_work(factory) as session:
            user = services.register(
                session, email, password, name or email.split("@", 1)[0], language=language
            )
            for role in roles:
                services.grant_role(session, user, Role(role))
    except services.AccountError as error:
        raise click.ClickException(str(error.message)) from None
    click.echo(f"Created {user.email} with roles: {', '.join(roles) or 'buyer'}.")
    if generate_password:
        click.echo(f"Password (shown once): {password}")


@translate_cli.command("extract")
def translate_extract() -> None:
    """Extract messages from code and templates into translations/messages.pot."""
    from marketplace.i18n import catalogs

    catalogs.extract()


@translate_cli.command("update")
def translate_update() -> None:
    """Merge messages.pot into each language's messages.po."""
    from marketplace.i18n import catalogs

    catalogs.update()


@translate_cli.command("compile")
def translate_compile() -> None:
    """Compile .po files into the .mo files the application reads."""
    from marketplace.i18n import catalogs

    catalogs.compile_all()


@translate_cli.command("check")
def translate_check() -> None:
    """Fail on any untranslated, fuzzy or placeholder-mismatched message, or a catalog behind the code."""
    from marketplace.i18n import catalogs

    problems = catalogs.check()
    for problem in problems:
        click.echo(problem, err=True)
    if problems:
        raise click.ClickException(f"{len(problems)} translation problem(s).")
    click.echo("All catalogs are complete.")
