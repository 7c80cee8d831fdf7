"""A small hand-made catalogue for the SEO tests (artists, works with real stored images, translations), and
readers of what the SEO tests check: the sitemap's XML and a page's JSON-LD."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

from marketplace.accounts import services as accounts
from marketplace.catalog.models import (
    ArtistProfile,
    Collection,
    ContentTranslation,
    TranslationOrigin,
    Work,
    WorkImage,
)
from marketplace.media import LocalStorage, store_image
from tests.support.forms import PASSWORD
from tests.support.images import png_bytes

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
JSONLD_RE = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


class Catalog:
    """Builders bound to one app; each call is its own committed unit of work and returns ids."""

    def __init__(self, app, db) -> None:
        self.app, self.db = app, db
        self._emails = 0

    def artist(self, name="Awa Ndiaye", language="fr", status="approved", country="SN") -> int:
        self._emails += 1
        with self.app.app_context(), self.db() as session:
            user = accounts.register(session, f"artist{self._emails}@example.org", PASSWORD, name, language)
            profile = ArtistProfile(
                user=user,
                slug=re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"),
                public_name=name,
                country=country,
                source_language=language,
                bio=f"Bio of {name}",
                status=status,
                approved_at=datetime.now(UTC) if status == "approved" else None,
            )
            session.add(profile)
            session.flush()
            return profile.id

    def work(self, artist_id: int, image_width: int = 1400, **values) -> int:
        with self.app.app_context(), self.db() as session:
            artist = session.get(ArtistProfile, artist_id)
            defaults = {
                "slug": "tide-and-indigo",
                "source_language": artist.source_language,
                "title": "Marée et indigo",
                "description": "Une toile teinte à l'indigo.",
                "category": "painting",
                "medium": "Acrylique sur toile",
                "materials": "Toile de coton, indigo",
                "width_cm": 60,
                "height_cm": 80,
                "year": 2023,
                "origin_country": artist.country,
                "edition_type": "unique",
                "price_minor": 250000,
                "currency": "XOF",
                "stock": 1,
                "review_status": "approved",
                "published_at": datetime.now(UTC),
            }
            work = Work(artist=artist, **{**defaults, **values})
            picture = png_bytes(size=(image_width, image_width * 3 // 4), colour=(40, 60, 120))
            stored = store_image(LocalStorage(self.app.config["MEDIA_DIR"]), picture)
            work.images.append(
                WorkImage(position=0, key=stored.key, width=stored.width, height=stored.height)
            )
            session.add(work)
            session.flush()
            return work.id

    def collection(self, owner_artist_id: int, published=True, language="zh", kind="collection") -> int:
        with self.app.app_context(), self.db() as session:
            artist = session.get(ArtistProfile, owner_artist_id)
            collection = Collection(
                kind=kind,
                owner_id=artist.user_id,
                slug="selected-works",
                source_language=language,
                title="精选作品",
                published=published,
            )
            session.add(collection)
            session.flush()
            return collection.id

    def translation(self, entity_type: str, entity_id: int, language: str, status="approved") -> None:
        fields = {"work": {"title": f"Title ({language})"}, "artist": {"bio": f"Bio ({language})"}}.get(
            entity_type, {"title": f"Title ({language})"}
        )
        with self.app.app_context(), self.db() as session:
            session.add(
                ContentTranslation(
                    entity_type=entity_type,
                    entity_id=entity_id,
                    language=language,
                    fields=fields,
                    origin=TranslationOrigin.HUMAN.value,
                    status=status,
                )
            )


def parse_sitemap(response) -> ET.Element:
    assert response.status_code == 200
    root = ET.fromstring(response.data)  # noqa: S314 (our own response, in a test)
    assert root.tag == f"{SITEMAP}urlset"
    return root


def sitemap_urls(root: ET.Element) -> dict[str, dict[str, str]]:
    """loc -> {hreflang: href} for every <url>."""
    result = {}
    for url in root.findall(f"{SITEMAP}url"):
        loc = url.findtext(f"{SITEMAP}loc")
        assert loc not in result, loc
        links = url.findall(f"{XHTML}link")
        assert all(link.get("rel") == "alternate" for link in links)
        result[loc] = {link.get("hreflang"): link.get("href") for link in links}
    return result


def local_path(url: str) -> str:
    assert url.startswith("http://localhost/"), url
    return url.removeprefix("http://localhost")


def jsonld(body: str) -> dict:
    blocks = JSONLD_RE.findall(body)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def sitemap_index(client) -> list[tuple[str, str | None]]:
    """(loc, lastmod) of each file the index at /sitemap.xml lists."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200 and response.mimetype == "application/xml"
    root = ET.fromstring(response.data)  # noqa: S314 (our own response, in a test)
    assert root.tag == f"{SITEMAP}sitemapindex"
    files = []
    for item in root:
        assert item.tag == f"{SITEMAP}sitemap"
        assert {child.tag for child in item} <= {f"{SITEMAP}loc", f"{SITEMAP}lastmod"}
        files.append((item.findtext(f"{SITEMAP}loc"), item.findtext(f"{SITEMAP}lastmod")))
    return files


def sitemap_roots(client) -> list[ET.Element]:
    """The <urlset> of every file the index lists, in its order."""
    return [parse_sitemap(client.get(local_path(loc))) for loc, _ in sitemap_index(client)]


def all_sitemap_urls(client) -> dict[str, dict[str, str]]:
    """loc -> {hreflang: href} over every file of the index; no address is listed twice."""
    result: dict[str, dict[str, str]] = {}
    for root in sitemap_roots(client):
        urls = sitemap_urls(root)
        assert not set(urls) & set(result), set(urls) & set(result)
        result |= urls
    return result
