"""`flask demo load` fills an empty database with a believable marketplace that every page can show."""

import re

import pytest
from sqlalchemy import func, select

from marketplace import money
from marketplace.accounts.models import User
from marketplace.catalog.models import (
    ArtistProfile,
    Category,
    Collection,
    ContentTranslation,
    Work,
    WorkImage,
)
from marketplace.demo.loader import DEMO_PASSWORD
from marketplace.exchange_rates.models import ExchangeRate
from tests.support.forms import sign_in


@pytest.fixture
def app(demo_app):
    return demo_app


@pytest.fixture
def demo(demo_app):
    return demo_app


def test_demo_content_is_rich_and_varied(app, db, demo):
    with db(write=False) as session:
        artists = session.scalars(select(ArtistProfile)).all()
        works = session.scalars(select(Work)).all()
        assert len(artists) >= 12
        african = {a.country for a in artists if a.country != "CN"}
        chinese_regions = {a.region for a in artists if a.country == "CN"}
        assert len(african) >= 5 and len(chinese_regions) >= 5
        assert len(works) >= 60
        assert len({w.category for w in works}) >= 9
        assert {w.currency for w in works} == set(money.CURRENCIES)
        assert {w.category for w in works} == {c.value for c in Category}
        assert {w.edition_type for w in works} == {"unique", "limited", "open"}
        assert {a.source_language for a in artists} == {"zh", "en", "fr", "sw"}
        # Each work's texts exist in the three languages other than its own.
        counts = dict(
            session.execute(
                select(ContentTranslation.entity_id, func.count())
                .where(ContentTranslation.entity_type == "work")
                .group_by(ContentTranslation.entity_id)
            ).all()
        )
        assert sum(counts.get(w.id) == 3 for w in works) >= 60
        # ...and a few exist in their artist's language only.
        assert any(w.id not in counts for w in works)
        assert session.scalar(select(func.count()).select_from(ExchangeRate)) >= 10
        assert session.scalar(select(func.count()).select_from(WorkImage)) >= 2 * len(works)
        kinds = session.scalars(select(Collection.kind)).all()
        assert kinds.count("exhibition") >= 1 and kinds.count("collection") >= 3
        staff = {u.email: u.role_names for u in session.scalars(select(User)).all()}
        assert "curator" in staff["curator@demo.local"] and "admin" in staff["admin@demo.local"]


def test_demo_load_refuses_a_database_with_content(app, demo, db):
    again = app.test_cli_runner().invoke(args=["demo", "load"])
    assert "already has content" in again.output
    with db(write=False) as session:
        assert session.scalar(select(func.count()).select_from(ArtistProfile)) >= 12


@pytest.mark.parametrize("lang", ["zh", "en", "fr", "sw"])
def test_demo_pages_in_every_language(app, demo, lang):
    client = app.test_client()
    home = client.get(f"/{lang}/").get_data(as_text=True)
    assert "feature" in home  # the current exhibition is featured
    work_links = sorted(set(re.findall(rf'href="(/{lang}/works/\d+-[a-z0-9-]+)"', home)))
    assert len(work_links) >= 4
    artist_links = set(re.findall(rf'href="(/{lang}/artists/\d+-[a-z0-9-]+)"', home))
    assert len(artist_links) >= 6
    for link in work_links[:4] + sorted(artist_links)[:2]:
        response = client.get(link)
        assert response.status_code == 200, link
        assert f'<html lang="{ {"zh": "zh-Hans"}.get(lang, lang) }">' in response.get_data(as_text=True)
    listing = client.get(f"/{lang}/works/?category=ceramics&sort=price_asc")
    assert listing.status_code == 200
    exhibitions = client.get(f"/{lang}/exhibitions/").get_data(as_text=True)
    collection_links = re.findall(rf'href="(/{lang}/collections/\d+-[a-z0-9-]+)"', exhibitions)
    assert collection_links and client.get(collection_links[0]).status_code == 200


def test_work_page_shows_texts_in_page_language_and_marks_originals(app, db, demo):
    with db(write=False) as session:
        work = session.scalar(select(Work).where(Work.source_language == "zh").limit(1))
        translation = session.scalar(
            select(ContentTranslation).where(
                ContentTranslation.entity_type == "work",
                ContentTranslation.entity_id == work.id,
                ContentTranslation.language == "fr",
            )
        )
    client = app.test_client()
    french = client.get(f"/fr/works/{work.id}-{work.slug}").get_data(as_text=True)
    assert translation.fields["title"].replace("'", "&#39;") in french
    chinese = client.get(f"/zh/works/{work.id}-{work.slug}").get_data(as_text=True)
    assert work.title in chinese
    # A wrong slug is sent to the canonical address.
    moved = client.get(f"/en/works/{work.id}-wrong-slug")
    assert moved.status_code == 301 and moved.headers["Location"].endswith(f"/en/works/{work.id}-{work.slug}")


def test_images_are_webp_lazy_with_srcset_and_long_cache(app, demo):
    client = app.test_client()
    body = client.get("/en/works/").get_data(as_text=True)
    images = re.findall(r"<img [^>]+>", body)
    assert images
    for tag in images:
        assert 'loading="lazy"' in tag and "srcset=" in tag and "sizes=" in tag and 'alt="' in tag
    src = re.search(r'src="(/media/[^"]+\.webp)"', images[0]).group(1)
    response = client.get(src)
    assert response.status_code == 200
    assert response.mimetype == "image/webp"
    assert "max-age=31536000" in response.headers["Cache-Control"]
    assert response.data[:4] == b"RIFF" and response.data[8:12] == b"WEBP"
    assert client.get("/media/../instance/marketplace.db").status_code == 404


def test_demo_accounts_can_sign_in(app, demo):
    client = app.test_client()
    assert sign_in(client, email="curator@demo.local", password=DEMO_PASSWORD).status_code == 302
