"""Search-engine pages: /sitemap.xml (an index of the files under /sitemaps/) and /robots.txt."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from flask import Blueprint, Response, abort, current_app, make_response, render_template, stream_template

from marketplace.db import db_session
from marketplace.i18n import LANGUAGES
from marketplace.links import external_url
from marketplace.seo.sitemap import (
    SITEMAP_NAMESPACE,
    XHTML_NAMESPACE,
    SitemapFile,
    content_entries,
    page_entries,
    sitemap_files,
)

bp = Blueprint("seo", __name__)

SITEMAP_MAX_AGE = 3600
PRIVATE_AREAS = ("account", "studio", "curator", "admin", "orders", "downloads", "cart", "checkout")


#: Bytes gathered before a streamed sitemap hands a piece to the server.
STREAM_PIECE = 64 * 1024


def _ids_per_file() -> int:
    return current_app.config["SITEMAP_IDS_PER_FILE"]


@bp.route("/sitemap.xml")
def sitemap():
    """The sitemap index: one file for the interface's pages, then the content files that have entries."""
    files = [(_file_url(file), file.lastmod) for file in sitemap_files(db_session(), _ids_per_file())]
    body = render_template("seo/sitemap_index.xml", files=files, sitemap_namespace=SITEMAP_NAMESPACE)
    return _xml(make_response(body))


def _file_url(file: SitemapFile) -> str:
    if file.kind == "pages":
        return external_url("seo.sitemap_pages")
    return external_url("seo.sitemap_file", kind=file.kind, number=file.number)


@bp.route("/sitemaps/pages.xml")
def sitemap_pages():
    return _urlset(page_entries())


@bp.route("/sitemaps/<any(works, artists, collections):kind>-<int:number>.xml")
def sitemap_file(kind: str, number: int):
    entries = content_entries(db_session(), kind, number, _ids_per_file())
    if entries is None:
        abort(404)
    return _urlset(entries)


def _urlset(entries: Iterable) -> Response:
    """A <urlset>, streamed: a file of 20,000 URLs is never held whole in memory."""
    pieces = stream_template(
        "seo/sitemap.xml",
        entries=entries,
        sitemap_namespace=SITEMAP_NAMESPACE,
        xhtml_namespace=XHTML_NAMESPACE,
    )
    return _xml(Response(_gathered(pieces)))


def _gathered(pieces: Iterator[str]) -> Iterator[str]:
    """Jinja streams a few bytes at a time; hand them on in pieces of about STREAM_PIECE."""
    buffer: list[str] = []
    size = 0
    for piece in pieces:
        buffer.append(piece)
        size += len(piece)
        if size >= STREAM_PIECE:
            yield "".join(buffer)
            buffer, size = [], 0
    if buffer:
        yield "".join(buffer)


def _xml(response: Response) -> Response:
    response.mimetype = "application/xml"
    response.cache_control.public = True
    response.cache_control.max_age = SITEMAP_MAX_AGE
    return response


@bp.route("/robots.txt")
def robots():
    """Crawlers may read the catalogue, not the private pages; the sitemap lists what is public."""
    lines = ["User-agent: *"]
    lines += [f"Disallow: /{lang}/{area}/" for lang in LANGUAGES for area in PRIVATE_AREAS]
    lines.append(f"Sitemap: {external_url('seo.sitemap')}")
    response = make_response("\n".join(lines) + "\n")
    response.mimetype = "text/plain"
    response.cache_control.max_age = SITEMAP_MAX_AGE
    return response
