"""Template helpers for certificates: a code as people read it, and the certificates of an order."""

from __future__ import annotations

from flask import Flask

from marketplace.certificates import services
from marketplace.core.templating import install
from marketplace.db import db_session


def register(app: Flask) -> None:
    install(
        app, __name__,
        filters={"certificate_code": services.grouped},
        queries={"certificates_for": certificates_for},
    )  # fmt: skip


def certificates_for(order) -> list:
    return services.certificates_for_order(db_session(), order)
