"""Template helpers for curators' pages: what the audit trail records, and texts' origins and fields."""

from __future__ import annotations

from flask import Flask

from marketplace.core.templating import install
from marketplace.curation import titles


def register(app: Flask) -> None:
    install(
        app, __name__,
        globals={"action_title": titles.action_title, "status_title": titles.status_title,
                 "origin_title": titles.origin_title, "field_label": titles.field_label},
    )  # fmt: skip
