"""Search-engine pages: /sitemap.xml (filled in by the SEO work)."""

from flask import Blueprint

bp = Blueprint("seo", __name__)
