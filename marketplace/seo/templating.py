"""Template helpers for search engines: a work page's schema.org data."""

from __future__ import annotations

from flask import Flask

from marketplace.core.templating import install
from marketplace.seo.jsonld import work_jsonld


def register(app: Flask) -> None:
    install(app, __name__, globals={"work_jsonld": work_jsonld})
