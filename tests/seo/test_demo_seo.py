"""The sitemap and JSON-LD over the demo catalogue (every text in four languages), on each backend."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from marketplace.catalog import services
from marketplace.catalog.models import ArtistProfile, Collection, ContentTranslation, Work
from tests.support.seo import (
    SITEMAP,
    XHTML,
    all_sitemap_urls,
    jsonld,
    local_path,
    parse_sitemap,
    sitemap_index,
)


@pytest.fixture
def app(demo_app):
    return demo_app


def test_sitemap_is_an_index_of_well_formed_files_with_both_namespaces(client):
    response = client.get("/sitemap.xml")
    assert response.mimetype == "application/xml"
    assert response.headers["Cache-Control"] == "public, max-age=3600"
    assert response.data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    files = sitemap_index(client)
    assert [loc for loc, _ in files] == [
        "http://localhost/sitemaps/pages.xml",
        "http://localhost/sitemaps/works-1.xml",
        "http://localhost/sitemaps/artists-1.xml",
        "http://localhost/sitemaps/collections-1.xml",
    ]
    # The pages and the works change with the works; artists and collections keep no modification time.
    assert files[0][1] == files[1][1] and files[1][1].endswith("+00:00")
    for loc, _lastmod in files:
        response = client.get(local_path(loc))
        assert response.mimetype == "application/xml"
        assert response.headers["Cache-Control"] == "public, max-age=3600"
        assert response.data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
        assert b'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"' in response.data
        assert b'xmlns:xhtml="http://www.w3.org/1999/xhtml"' in response.data
        root = parse_sitemap(response)
        assert len(root)
        for url in root:
            assert url.tag == f"{SITEMAP}url"
            assert {child.tag for child in url} <= {f"{SITEMAP}loc", f"{SITEMAP}lastmod", f"{XHTML}link"}


def test_sitemap_lists_every_public_page_in_the_languages_its_text_exists_in(client, db):
    urls = all_sitemap_urls(client)
    with db(write=False) as session:
        approved = session.execute(
            select(
                ContentTranslation.entity_type, ContentTranslation.entity_id, ContentTranslation.language
            ).where(ContentTranslation.status == "approved")
        ).all()
        pages = {("works", w.id): w.source_language for w in session.scalars(services.public_works()).all()}
        pages |= {("artists", a.id): a.source_language for a in services.approved_artists(session)}
        pages |= {
            ("collections", c.id): c.source_language
            for c in session.scalars(select(Collection).where(Collection.published)).all()
        }
    assert len([p for p in pages if p[0] == "works"]) >= 60
    kinds = {"work": "works", "artist": "artists", "collection": "collections"}
    expected = {page: {source} for page, source in pages.items()}
    for entity_type, entity_id, language in approved:
        if (kinds[entity_type], entity_id) in expected:
            expected[(kinds[entity_type], entity_id)].add(language)
    assert any(len(languages) == 4 for languages in expected.values())

    listed: dict[tuple[str, int], set[str]] = {}
    for loc in urls:
        match = re.fullmatch(r"http://localhost/(\w\w)/(works|artists|collections)/(\d+)(-.*)?", loc)
        if match:
            listed.setdefault((match[2], int(match[3])), set()).add(match[1])
    assert listed == expected
    ui_pages = [
        loc for loc in urls if re.fullmatch(r"http://localhost/\w\w/(works/|artists/|exhibitions/)?", loc)
    ]
    assert len(ui_pages) == 16
    assert len(urls) == 16 + sum(len(languages) for languages in expected.values())

    hreflang = {"zh": "zh-Hans", "en": "en", "fr": "fr", "sw": "sw"}
    for loc, alternates in urls.items():
        lang = loc.split("/")[3]
        assert alternates[hreflang[lang]] == loc
        versions = set(alternates) - {"x-default"}
        # Every version lists the same set, and x-default is English when there is an English version.
        assert all(urls[alternates[v]] == alternates for v in versions), loc
        if "en" in versions:
            assert alternates["x-default"] == alternates["en"]
        else:  # the original
            assert alternates["x-default"] in {alternates[v] for v in versions}


def test_every_address_in_the_sitemap_answers(client):
    urls = all_sitemap_urls(client)
    addresses = set(urls) | {href for alternates in urls.values() for href in alternates.values()}
    assert addresses == set(urls)  # alternates only point to listed pages
    for address in sorted(addresses):
        assert client.get(local_path(address)).status_code == 200, address


def test_sitemap_takes_a_fixed_handful_of_queries(client, count_queries):
    with count_queries() as counter:
        assert client.get("/sitemap.xml").status_code == 200
    selects = [s for s in counter.statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 3, selects  # one per kind of content
    for loc, _ in sitemap_index(client):
        with count_queries() as counter:
            assert len(client.get(local_path(loc)).data)
        selects = [s for s in counter.statements if s.lstrip().upper().startswith("SELECT")]
        assert len(selects) <= 2, (loc, selects)  # the rows, then their translations


@pytest.mark.parametrize("currency", ["XOF", "USD"])
def test_demo_work_jsonld_price(client, db, currency):
    with db(write=False) as session:
        work = session.scalar(
            select(Work).join(ArtistProfile).where(Work.currency == currency).order_by(Work.id).limit(1)
        )
    data = jsonld(client.get(f"/fr/works/{work.id}-{work.slug}").get_data(as_text=True))
    assert data["@type"] == "VisualArtwork"
    major, minor = divmod(work.price_minor, 100)
    expected = str(work.price_minor) if currency == "XOF" else f"{major}.{minor:02d}"
    assert (data["offers"]["price"], data["offers"]["priceCurrency"]) == (expected, currency)
    assert len(data["image"]) == 2
    for image in data["image"]:
        assert client.get(local_path(image)).status_code == 200
