"""/sitemap.xml (an index) and its files on a hand-made catalogue: which pages and which language
versions they list, in files the protocol accepts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete

from marketplace.catalog.models import ContentTranslation
from tests.support.seo import (
    SITEMAP,
    all_sitemap_urls,
    local_path,
    parse_sitemap,
    sitemap_index,
    sitemap_roots,
    sitemap_urls,
)

UI_PATHS = ("/", "/works/", "/artists/", "/exhibitions/")
ALL_HREFLANGS = {"zh-Hans", "en", "fr", "sw", "x-default"}


def work_locs(urls: dict, work_id: int) -> set[str]:
    return {loc for loc in urls if f"/works/{work_id}-" in loc}


def test_empty_catalogue_lists_the_interface_pages_in_every_language(client):
    response = client.get("/sitemap.xml")
    assert response.mimetype == "application/xml"
    assert "max-age=3600" in response.headers["Cache-Control"]
    # Nothing but the interface's pages: the index lists their file alone.
    assert sitemap_index(client) == [("http://localhost/sitemaps/pages.xml", None)]
    pages = client.get("/sitemaps/pages.xml")
    assert pages.mimetype == "application/xml" and "max-age=3600" in pages.headers["Cache-Control"]
    urls = all_sitemap_urls(client)
    assert set(urls) == {
        f"http://localhost/{lang}{path}" for lang in ("zh", "en", "fr", "sw") for path in UI_PATHS
    }
    for loc, alternates in urls.items():
        assert set(alternates) == ALL_HREFLANGS, loc
        path = local_path(loc)[3:]
        assert alternates["x-default"] == f"http://localhost/en{path}"
        assert alternates["zh-Hans"] == f"http://localhost/zh{path}"


def test_a_work_is_listed_only_in_languages_its_text_exists_in(client, catalog, db):
    artist = catalog.artist(language="fr")
    work = catalog.work(artist)
    for lang in ("en", "zh", "sw"):
        catalog.translation("work", work, lang)
    urls = all_sitemap_urls(client)
    assert {local_path(loc)[:4] for loc in work_locs(urls, work)} == {"/zh/", "/en/", "/fr/", "/sw/"}

    # Without its translations the work's text exists only in French: one entry, one language.
    with db() as session:
        session.execute(
            delete(ContentTranslation).where(
                ContentTranslation.entity_type == "work", ContentTranslation.entity_id == work
            )
        )
    urls = all_sitemap_urls(client)
    (loc,) = work_locs(urls, work)
    assert loc == f"http://localhost/fr/works/{work}-tide-and-indigo"
    # x-default points to the original, not to an English page that would only show French text.
    assert urls[loc] == {"fr": loc, "x-default": loc}
    # The artist has no translation either.
    artist_locs = [loc for loc in urls if "/artists/" in loc and not loc.endswith("/artists/")]
    assert artist_locs == [f"http://localhost/fr/artists/{artist}-awa-ndiaye"]


def test_only_approved_translations_count(client, catalog):
    artist = catalog.artist(language="sw", name="Baraka Mwangi")
    work = catalog.work(artist, slug="kikapu")
    catalog.translation("work", work, "en")
    catalog.translation("work", work, "zh", status="draft")
    catalog.translation("work", work, "fr", status="stale")
    catalog.translation("artist", artist, "fr", status="draft")
    catalog.translation("artist", artist, "zh")
    urls = all_sitemap_urls(client)
    locs = work_locs(urls, work)
    assert locs == {f"http://localhost/en/works/{work}-kikapu", f"http://localhost/sw/works/{work}-kikapu"}
    for loc in locs:
        assert urls[loc] == {
            "en": f"http://localhost/en/works/{work}-kikapu",
            "sw": f"http://localhost/sw/works/{work}-kikapu",
            "x-default": f"http://localhost/en/works/{work}-kikapu",
        }
    artist_locs = {loc for loc in urls if f"/artists/{artist}-" in loc}
    assert {local_path(loc)[:4] for loc in artist_locs} == {"/sw/", "/zh/"}
    some = next(iter(artist_locs))
    assert set(urls[some]) == {"sw", "zh-Hans", "x-default"}
    assert urls[some]["x-default"].startswith("http://localhost/sw/")


def test_non_public_content_is_absent(client, catalog):
    artist = catalog.artist()
    public = catalog.work(artist, slug="shown")
    submitted = catalog.work(artist, slug="waiting", review_status="submitted")
    draft = catalog.work(artist, slug="unfinished", review_status="draft")
    applicant = catalog.artist(name="Not Yet", status="applicant")
    unapproved_artists_work = catalog.work(applicant, slug="approved-work-of-an-applicant")
    published = catalog.collection(artist, language="zh")
    catalog.translation("collection", published, "fr")
    hidden = catalog.collection(artist, published=False)
    exhibition = catalog.collection(artist, language="en", kind="exhibition")

    urls = all_sitemap_urls(client)
    assert work_locs(urls, public)
    for work in (submitted, draft, unapproved_artists_work):
        assert not work_locs(urls, work)
    assert not [loc for loc in urls if f"/artists/{applicant}-" in loc]
    collections = {local_path(loc) for loc in urls if "/collections/" in loc}
    assert collections == {
        f"/zh/collections/{published}-selected-works",
        f"/fr/collections/{published}-selected-works",
        f"/en/collections/{exhibition}-selected-works",
    }
    assert not any(f"/collections/{hidden}-" in loc for loc in urls)
    assert client.get(f"/en/works/{submitted}-waiting").status_code == 404


def test_every_listed_address_answers_and_works_carry_lastmod(client, catalog):
    artist = catalog.artist()
    work = catalog.work(artist)
    catalog.translation("work", work, "en")
    collection = catalog.collection(artist)
    catalog.translation("collection", collection, "sw")
    urls = all_sitemap_urls(client)
    for address in set(urls) | {href for alternates in urls.values() for href in alternates.values()}:
        assert client.get(local_path(address)).status_code == 200, address
    for url in (url for root in sitemap_roots(client) for url in root.findall(f"{SITEMAP}url")):
        lastmod = url.findtext(f"{SITEMAP}lastmod")
        if f"/works/{work}-" in url.findtext(f"{SITEMAP}loc"):
            assert datetime.fromisoformat(lastmod).utcoffset().total_seconds() == 0
            assert len(lastmod) == len("2025-01-31T12:00:00+00:00")
        else:
            assert lastmod is None


def test_special_characters_in_addresses_are_escaped(client, catalog):
    artist = catalog.artist()
    work = catalog.work(artist, slug="ink-&-tea-'<1>'")
    response = client.get("/sitemaps/works-1.xml")
    assert b"&amp;" in response.data
    urls = sitemap_urls(parse_sitemap(response))
    (loc,) = work_locs(urls, work)
    assert loc == f"http://localhost/fr/works/{work}-ink-&-tea-'%3C1%3E'"
    assert urls[loc]["fr"] == loc
    assert client.get(local_path(loc)).status_code == 200


def test_a_work_without_slug_is_listed_at_its_id_address(client, catalog):
    work = catalog.work(catalog.artist(), slug="")
    urls = all_sitemap_urls(client)
    (loc,) = work_locs(urls, work) | {loc for loc in urls if loc.endswith(f"/works/{work}")}
    assert loc == f"http://localhost/fr/works/{work}"
    assert client.get(local_path(loc)).status_code == 200


def test_robots_points_to_the_sitemap_and_keeps_private_pages_out(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response.mimetype == "text/plain"
    body = response.get_data(as_text=True)
    assert "Sitemap: http://localhost/sitemap.xml" in body
    assert "Disallow: /zh/studio/" in body and "Disallow: /sw/account/" in body
    assert "Disallow: /fr/downloads/" in body and "Disallow: /en/orders/" in body
    assert "Disallow: /fr/works/" not in body
