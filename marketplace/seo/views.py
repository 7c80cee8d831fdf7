"""Search-engine pages: /sitemap.xml and /robots.txt."""

from __future__ import annotations

from flask import Blueprint, make_response, render_template

from marketplace.db import db_session
from marketplace.i18n import LANGUAGES
from marketplace.links import external_url
from marketplace.seo.sitemap import SITEMAP_NAMESPACE, XHTML_NAMESPACE, sitemap_entries

bp = Blueprint("seo", __name__)

SITEMAP_MAX_AGE = 3600
PRIVATE_AREAS = ("account", "studio", "curator", "admin", "orders", "downloads", "cart", "checkout")


@bp.route("/sitemap.xml")
def sitemap():
    body = render_template(
        "seo/sitemap.xml",
        entries=sitemap_entries(db_session()),
        sitemap_namespace=SITEMAP_NAMESPACE,
        xhtml_namespace=XHTML_NAMESPACE,
    )
    response = make_response(body)
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
