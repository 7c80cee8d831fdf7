"""Template helpers for the catalogue: addresses of works, artists and collections, category names, and
prices converted to the visitor's display currency."""

from __future__ import annotations

from flask import Flask

from marketplace.catalog import display, urls
from marketplace.catalog.forms import DisplayCurrencyForm
from marketplace.core import page_cache
from marketplace.core.templating import install


def register(app: Flask) -> None:
    install(
        app, __name__,
        filters={"category_title": display.category_title},
        globals={"work_url": urls.work_url, "artist_url": urls.artist_url,
                 "collection_url": urls.collection_url},
        # The first call in a request reads the latest exchange rates; later ones reuse them.
        queries={"approximate": display.approximate, "approximate_text": display.approximate_text},
        context=_layout,
    )  # fmt: skip
    # Public pages show prices in the visitor's display currency, and everything these tables hold.
    page_cache.vary_on(app, display.display_currency)
    page_cache.watch(
        "works", "work_images", "artist_profiles", "content_translations", "collections",
        "collection_items", "exchange_rates",
    )  # fmt: skip


def _layout() -> dict:
    return {"currency_form": DisplayCurrencyForm(formdata=None, currency=display.display_currency())}
