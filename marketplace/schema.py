"""Alembic, driven from code: migrations are the only way the schema is made."""

from __future__ import annotations

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
    with engine_for(app).begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def upgrade_engine(engine, revision: str = "head") -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def revision(app: Flask, message: str) -> None:
    with engine_for(app).begin() as connection:
        command.revision(alembic_config(connection), message=message, autogenerate=True)
