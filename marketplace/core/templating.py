"""Template helpers: the one way every domain offers them, and the site-wide ones (media addresses, links
to this page with other query arguments).

Each domain that offers template helpers has a ``templating.py`` whose ``register(app)`` calls
``install``; ``create_app`` calls each ``register``. Helpers that query the database are passed as
``queries``, so each domain lists them in one place: a template that calls one runs SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from urllib.parse import quote

from flask import Flask, g, request, url_for
from flask_babel import format_decimal

from marketplace.i18n import formatting, template_context
from marketplace.links import with_query
from marketplace.media import available_widths

EXTENSION = "marketplace.templating"


def install(
    app: Flask,
    owner: str,
    *,
    filters: Mapping[str, Callable] | None = None,
    globals: Mapping[str, object] | None = None,  # noqa: A002 (Jinja's own word)
    queries: Mapping[str, Callable] | None = None,
    context: Callable[[], dict] | None = None,
) -> None:
    """Register ``owner``'s filters, globals and database-querying globals; ``context`` adds per-render
    values (it must not query). A name offered twice is refused: each helper has one home."""
    registry = app.extensions.setdefault(EXTENSION, {"owners": {}, "queries": set()})
    for kind, helpers in (("filter", filters or {}), ("global", {**(globals or {}), **(queries or {})})):
        for name in helpers:
            key = (kind, name)
            if key in registry["owners"]:
                first = registry["owners"][key]
                raise ValueError(f"template {kind} {name!r} is offered by {first} and by {owner}")
            registry["owners"][key] = owner
    app.jinja_env.filters.update(filters or {})
    app.jinja_env.globals.update(globals or {})
    app.jinja_env.globals.update(queries or {})
    registry["queries"].update(queries or {})
    if context is not None:
        app.context_processor(context)


def register(app: Flask) -> None:
    """The site-wide helpers: media addresses, this page with other arguments, and the languages' own
    (formatting filters, names of countries and languages, the layout's language links)."""
    install(
        app, __name__,
        filters={
            "join_list": formatting.join_list, "money": formatting.format_money,
            "day": formatting.format_day, "moment": formatting.format_moment, "number": format_decimal,
            "country_title": formatting.country_name, "weight": formatting.weight,
            "dimensions": formatting.dimensions,
        },
        globals={"media_url": media_url, "srcset": srcset, "smallest_url": smallest_url,
                 "this_page_with": this_page_with, "country_name": formatting.country_name,
                 "language_name": formatting.language_name},
        context=template_context,
    )  # fmt: skip


def media_url(key: str, width: int) -> str:
    """What ``url_for("core.media", key=f"{key}/{width}.webp")`` gives, without building a URL per picture:
    the route's address is built once per request and the key (made by media.py: ``img/<hex>/<hex>``, no
    character that needs quoting) appended to it."""
    return f"{_media_prefix()}{quote(key, safe=_PATH_SAFE)}/{width}.webp"


#: Werkzeug's converters quote a path with these characters kept (BaseConverter.to_url).
_PATH_SAFE = "!$&'()*+,/:;=@"


def _media_prefix() -> str:
    prefix = g.get("media_prefix")
    if prefix is None:
        prefix = g.media_prefix = url_for("core.media", key="_")[:-1]
    return prefix


def srcset(key: str, width: int) -> str:
    return ", ".join(f"{media_url(key, w)} {w}w" for w in available_widths(width))


def smallest_url(key: str, width: int, at_least: int = 640) -> str:
    widths = available_widths(width)
    chosen = next((w for w in widths if w >= at_least), widths[-1])
    return media_url(key, chosen)


def this_page_with(**changes) -> str:
    """This page's address with some query arguments changed (filters stay in the URL)."""
    args = request.args.copy()
    for key, value in changes.items():
        if value is not None:
            args[key] = value
    view_args = dict(g.get("view_args_without_lang") or {})
    return with_query(url_for(request.endpoint, **view_args), args)
