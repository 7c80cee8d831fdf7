"""The catalogue's lists at any size: every list is a page (core.paging), never counted or loaded whole,
and a page's SQL statements do not grow with the data; search results keep the search's order."""

import re
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from marketplace.catalog.models import ArtistProfile, Collection, CollectionItem, Work
from marketplace.catalog.services import ARTISTS_PAGE_SIZE, BROWSE_MAX_PAGE, PAGE_SIZE
from marketplace.exchange_rates.services import load_csv

WORK_LINK = re.compile(r'class="card-link" href="/\w\w/works/(\d+)')
ARTIST_LINK = re.compile(r'href="/en/artists/(\d+)-')


def ids_on(client, url, pattern=WORK_LINK) -> list[int]:
    response = client.get(url)
    assert response.status_code == 200, url
    return [int(n) for n in pattern.findall(response.get_data(as_text=True))]


def same_page(url, other) -> bool:
    """Two addresses of the same page (page 1 may be written or not; parameters in any order)."""

    def normal(address):
        if address is None:
            return None
        path, _, query = address.partition("?")
        params = sorted(p for p in query.split("&") if p and p != "page=1")
        return path, params

    return normal(url) == normal(other)


def walk(client, url, pattern=WORK_LINK) -> list[list[int]]:
    """Every page of a list, following its rel="next" links (and checking each rel="prev" goes back)."""
    pages, previous = [], None
    while url:
        body = client.get(url).get_data(as_text=True)
        pages.append([int(n) for n in pattern.findall(body)])
        back = re.search(r'rel="prev" href="([^"]+)"', body)
        assert same_page(back.group(1).replace("&amp;", "&") if back else None, previous)
        found = re.search(r'rel="next" href="([^"]+)"', body)
        previous, url = url, found.group(1).replace("&amp;", "&") if found else None
        assert len(pages) < 50
    return pages


def works_of(make_work, artist, count, **fields) -> list[int]:
    return [make_work(artist, title=f"Kazi {n}", **fields) for n in range(count)]


def assert_paged(pages, expected, size):
    flat = [i for page in pages for i in page]
    assert len(flat) == len(set(flat)), "a work on two pages"
    assert set(flat) == set(expected), "a work on no page"
    assert all(len(page) == size for page in pages[:-1]) and 0 < len(pages[-1]) <= size


# --- an artist's works ----------------------------------------------------------------------------------


def test_artist_page_shows_its_works_a_page_at_a_time(client, make_artist, make_work):
    artist = make_artist()
    works = works_of(make_work, artist, PAGE_SIZE + 5)
    url = f"/en/artists/{artist}-njeri-kamau"
    pages = walk(client, url)
    assert len(pages) == 2
    assert_paged(pages, works, PAGE_SIZE)
    assert "Page 2" in client.get(url + "?page=2").get_data(as_text=True)
    # Far past the end: still a page (empty, with its way back), never an error.
    deep = client.get(url + "?page=999999")
    assert deep.status_code == 200 and 'rel="prev"' in deep.get_data(as_text=True)
    assert client.get(url + "?page=abc").status_code == 200


def test_artist_page_statements_do_not_grow_with_its_works(client, make_artist, make_work, count_queries):
    small = make_artist()
    works_of(make_work, small, 2)
    big = make_artist(email="big@example.org")
    works_of(make_work, big, 3 * PAGE_SIZE)
    counts = []
    for artist in (small, big):
        client.get(f"/en/artists/{artist}-njeri-kamau")  # a first request sets up what requests share
        with count_queries() as counter:
            assert client.get(f"/en/artists/{artist}-njeri-kamau").status_code == 200
        counts.append(counter.count)
    assert counts[0] == counts[1], counts


# --- the works list --------------------------------------------------------------------------------------


def test_works_list_pages_without_gaps_or_duplicates_and_is_never_counted(client, make_artist, make_work,
                                                                           count_queries):  # fmt: skip
    artist = make_artist()
    works = works_of(make_work, artist, 2 * PAGE_SIZE + 3)
    for sort in ("newest", "price_asc", "price_desc"):
        pages = walk(client, f"/en/works/?sort={sort}")
        assert len(pages) == 3, sort
        assert_paged(pages, works, PAGE_SIZE)
    with count_queries() as counter:
        client.get("/en/works/?page=2")
    assert not any("count(" in s.lower() for s in counter.statements), counter
    body = client.get("/en/works/?page=2").get_data(as_text=True)
    assert "Page 2" in body and "of 3" not in body


def test_a_deep_works_page_answers_the_last_page_allowed(client, make_artist, make_work):
    works_of(make_work, make_artist(), 3)
    for page in (BROWSE_MAX_PAGE + 1, 999999, 10**30):
        response = client.get(f"/en/works/?page={page}")
        assert response.status_code == 200
    body = client.get("/en/works/?page=999999").get_data(as_text=True)
    assert f"Page {BROWSE_MAX_PAGE}" in body and 'rel="prev"' in body


FILTERED = "category=textile&country=KE&min_price=1&currency=KES"


@pytest.mark.parametrize("query", ["", "sort=price_asc", FILTERED])
def test_works_list_statements_do_not_grow_with_the_catalogue(app, client, make_artist, make_work, db,
                                                              count_queries, query):  # fmt: skip
    artist = make_artist()
    counts = []
    for more in (PAGE_SIZE + 3, 3 * PAGE_SIZE):
        works_of(make_work, artist, more)
        client.get(f"/en/works/?{query}")
        with count_queries() as counter:
            assert client.get(f"/en/works/?{query}&page=2").status_code == 200
        counts.append(counter.count)
    assert counts[0] == counts[1], counts


RATES = "currency,per_usd,as_of\nEUR,0.9,2026-11-20\nKES,130,2026-11-20\n"
NEW_RATES = "currency,per_usd,as_of\nEUR,0.9,2026-11-27\nKES,13,2026-11-27\n"


def test_price_sort_follows_prices_and_exchange_rates(client, make_artist, make_work, db):
    artist = make_artist()
    with db() as session:
        load_csv(session, RATES)
    kes = make_work(artist, price=1300000, currency="KES")  # 100 USD, then 1,000 USD
    usd = make_work(artist, price=50000, currency="USD")  # 500 USD
    eur = make_work(artist, price=18000, currency="EUR")  # 200 USD
    assert ids_on(client, "/en/works/?sort=price_asc") == [kes, eur, usd]
    # The shilling gains tenfold: the order follows the new rates as soon as they are loaded.
    with db() as session:
        load_csv(session, NEW_RATES)
    assert ids_on(client, "/en/works/?sort=price_asc") == [eur, usd, kes]
    assert ids_on(client, "/en/works/?sort=price_desc") == [kes, usd, eur]
    # And a changed price, the next request.
    with db() as session:
        session.get(Work, eur).price_minor = 180000  # 1,800 EUR: 2,000 USD
    assert ids_on(client, "/en/works/?sort=price_desc") == [eur, kes, usd]
    with db(write=False) as session:
        assert session.get(Work, usd).price_usd_minor == 50000


def test_a_currency_without_a_rate_sorts_last(client, make_artist, make_work):
    artist = make_artist()
    kes = make_work(artist, price=1300000, currency="KES")
    usd = make_work(artist, price=50000, currency="USD")
    assert ids_on(client, "/en/works/?sort=price_asc") == [usd, kes]
    assert ids_on(client, "/en/works/?sort=price_desc") == [usd, kes]


# --- search results ---------------------------------------------------------------------------------------


@pytest.fixture
def ranked(monkeypatch):
    """The search's answer, best first, as the works page receives it."""
    from marketplace.search import query

    answer: list[int] = []
    monkeypatch.setattr(query, "ranked_work_ids", lambda session, q, limit=1000: list(answer))
    return answer


def test_search_results_in_relevance_order_with_filters_and_pages(client, make_artist, make_work, ranked):
    artist = make_artist()
    prints = works_of(make_work, artist, PAGE_SIZE + 2, category="print")
    textile = make_work(artist, category="textile")
    ranked.extend([prints[3], textile, *reversed(prints)])
    best = list(dict.fromkeys(ranked))
    pages = walk(client, "/en/works/?q=kazi")
    assert [i for page in pages for i in page] == best
    body = client.get("/en/works/?q=kazi").get_data(as_text=True)
    assert 'value="relevance" selected' in body and "Page 1 of 2" in body
    # Filters keep the order; another sort replaces it.
    assert ids_on(client, "/en/works/?q=kazi&category=textile") == [textile]
    assert ids_on(client, "/en/works/?q=kazi&category=print")[:2] == [prints[3], prints[-1]]
    assert ids_on(client, "/en/works/?q=kazi&sort=newest")[0] == textile
    assert client.get("/en/works/?q=kazi&page=999999").status_code == 200
    # Without a search, there is no relevance to choose.
    assert 'value="relevance"' not in client.get("/en/works/").get_data(as_text=True)


def test_search_statements_do_not_grow_with_the_results(client, make_artist, make_work, ranked,
                                                        count_queries):  # fmt: skip
    artist = make_artist()
    counts = []
    for more in (PAGE_SIZE + 3, 3 * PAGE_SIZE):
        ranked.extend(works_of(make_work, artist, more))
        client.get("/en/works/?q=kazi")
        with count_queries() as counter:
            client.get("/en/works/?q=kazi&page=2")
        counts.append(counter.count)
    assert counts[0] == counts[1], counts


# --- home, artists, collections ------------------------------------------------------------------------


def approved_artists(make_artist, count, start=0):
    return [
        make_artist(email=f"a{n}@example.org", country="CN" if n % 2 else "KE", name=f"Msanii {n}")
        for n in range(start, start + count)
    ]


def test_home_statements_do_not_grow_with_artists_and_works(client, make_artist, make_work, count_queries):
    counts = []
    for start, more in ((0, 4), (4, 40)):
        for artist in approved_artists(make_artist, more, start):
            make_work(artist)
        client.get("/en/")
        with count_queries() as counter:
            body = client.get("/en/").get_data(as_text=True)
        counts.append(counter.count)
    assert counts[0] == counts[1], counts
    assert len(re.findall(r'class="artist-list"', body)) == 1


def test_home_features_the_newest_artists_of_both_regions(client, make_artist, db):
    approved_artists(make_artist, 10)
    with db() as session:
        for profile in session.scalars(select(ArtistProfile)):
            profile.approved_at = profile.created_at + timedelta(days=profile.id)
    body = client.get("/en/").get_data(as_text=True)
    section = body[body.index('class="artist-list"') :]
    shown = [int(n) for n in ARTIST_LINK.findall(section)]
    with db(write=False) as session:
        countries = [session.get(ArtistProfile, i).country for i in shown]
        newest = session.scalars(select(ArtistProfile.id).order_by(ArtistProfile.approved_at.desc())).all()
    assert countries == ["KE", "CN"] * 3
    assert sorted(shown, key=newest.index) == sorted(newest[:6], key=newest.index)


def test_artists_list_pages(client, make_artist, db, count_queries):
    artists = approved_artists(make_artist, ARTISTS_PAGE_SIZE + 3)
    with db() as session:
        for profile in session.scalars(select(ArtistProfile)):
            profile.approved_at = profile.created_at
    pages = walk(client, "/en/artists/", ARTIST_LINK)
    assert_paged(pages, artists, ARTISTS_PAGE_SIZE)
    assert client.get("/en/artists/?page=999999").status_code == 200
    client.get("/en/artists/")
    with count_queries() as counter:
        client.get("/en/artists/?page=2")
    assert counter.count <= 8, counter


def make_collection(db, owner_user_id, work_ids, kind="collection", **dates) -> int:
    with db() as session:
        collection = Collection(
            kind=kind, owner_id=owner_user_id, slug="pwani", source_language="sw", title="Pwani",
            introduction="Kazi za pwani.", published=True, **dates,
        )  # fmt: skip
        collection.items = [CollectionItem(work_id=w, position=n) for n, w in enumerate(work_ids)]
        session.add(collection)
        session.flush()
        return collection.id


def test_collection_pages_in_the_curators_order(client, make_artist, make_work, db):
    artist = make_artist()
    works = list(reversed(works_of(make_work, artist, PAGE_SIZE + 4)))
    with db(write=False) as session:
        owner = session.get(ArtistProfile, artist).user_id
    collection = make_collection(db, owner, works)
    pages = walk(client, f"/en/collections/{collection}-pwani")
    assert [i for page in pages for i in page] == works
    assert client.get(f"/en/collections/{collection}-pwani?page=999999").status_code == 200


def test_home_shows_four_works_of_the_current_exhibition(client, make_artist, make_work, make_user, db,
                                                         count_queries):  # fmt: skip
    artist = make_artist()
    curator = make_user(email="curator@example.org", roles=["curator"])
    today = date.today()
    counts = []
    for count in (5, 40):
        works = works_of(make_work, artist, count)
        with db() as session:
            for old in session.scalars(select(Collection)):
                session.delete(old)
        make_collection(db, curator, works, kind="exhibition", starts_on=today - timedelta(days=1),
                        ends_on=today + timedelta(days=9))  # fmt: skip
        client.get("/en/")
        with count_queries() as counter:
            body = client.get("/en/").get_data(as_text=True)
        counts.append(counter.count)
        strip = body[body.index('class="strip"') : body.index("</ul>", body.index('class="strip"'))]
        assert [int(n) for n in re.findall(r"/works/(\d+)", strip)] == works[:4]
    assert counts[0] == counts[1], counts
