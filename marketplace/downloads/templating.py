"""Template helpers for digital works: whether a work is one, its file form in the studio, the download
terms, and the buyer's download links on an order's page."""

from __future__ import annotations

from flask import Flask

from marketplace.core.templating import install
from marketplace.db import db_session, utcnow
from marketplace.downloads import services
from marketplace.downloads.forms import DigitalFileForm


def register(app: Flask) -> None:
    install(
        app, __name__,
        globals={"is_digital_work": services.is_digital_work, "digital_file_form": digital_file_form,
                 "download_limit": services.MAX_DOWNLOADS, "download_days": services.GRANT_DAYS},
        queries={"downloads_for": downloads_for},
    )  # fmt: skip


def digital_file_form() -> DigitalFileForm:
    return DigitalFileForm(formdata=None)


def downloads_for(order) -> list:
    return services.downloads_for_order(db_session(), order, utcnow())
