"""The anonymous page cache (core/page_cache.py): a public page is stored once per catalogue generation and
served without SQL; any change to what it shows is visible on the very next request; signed-in visitors,
visitors with a cart and forged hosts or queries never get or fill another visitor's page."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from marketplace.catalog.models import Collection, CollectionItem, Work
from marketplace.core import page_cache
from marketplace.db import sessionmaker_for, unit_of_work
from marketplace.exchange_rates.services import load_csv
from tests.support.database import build_app, dispose_app
from tests.support.forms import CSRF_RE, post_form, sign_in

WORK = "/en/works/{id}-kanga-ya-bluu"


@pytest.fixture
def cached(app):
    app.config["PAGE_CACHE"] = True
    return app


@pytest.fixture
def work_id(make_artist, make_work):
    return make_work(make_artist())


def fetch(client, path, **kwargs):
    response = client.get(path, **kwargs)
    assert response.status_code == 200, (path, response.status_code)
    return response


def test_a_second_anonymous_request_is_a_stored_page_served_without_sql(
    cached, client, work_id, count_queries, db, make_user
):
    curator = make_user(email="curator@example.org", roles=["curator"])
    with db() as session:
        show = Collection(kind="exhibition", owner_id=curator, slug="now", source_language="en", title="Now",
                          starts_on=date.today(), ends_on=date.today(), published=True)  # fmt: skip
        show.items = [CollectionItem(work_id=work_id, position=0)]
        session.add(show)
        session.flush()
        show_id = show.id
    pages = ["/en/", "/en/works/", "/fr/works/?category=textile&page=1", WORK.format(id=work_id),
             "/en/artists/", "/sw/exhibitions/", f"/en/collections/{show_id}-now",
             "/sitemap.xml"]  # fmt: skip
    with db() as session:
        artist = session.scalars(select(Work)).one().artist
        pages.append(f"/en/artists/{artist.id}-{artist.slug}")
    for path in pages:
        first = fetch(client, path)
        assert first.headers["X-Page-Cache"] == "miss", path
        with count_queries() as counter:
            second = fetch(client, path)
        assert second.headers["X-Page-Cache"] == "hit", path
        assert counter.count == 0, str(counter)
        assert second.data.split(b'value="')[0] == first.data.split(b'value="')[0]


def test_a_price_change_shows_on_the_next_request(cached, client, work_id, db):
    path = WORK.format(id=work_id)
    fetch(client, path)
    assert fetch(client, path).headers["X-Page-Cache"] == "hit"
    with db() as session:
        session.get(Work, work_id).price_minor = 990000
    page = fetch(client, path).get_data(as_text=True)
    assert "9,900" in page
    assert "9,900" in fetch(client, "/en/works/").get_data(as_text=True)


def test_stock_sold_by_a_bulk_update_shows_on_the_next_request(cached, client, work_id, db):
    badge = '<span class="badge">Sold out</span>'
    fetch(client, "/en/works/")
    assert badge not in fetch(client, "/en/works/").get_data(as_text=True)
    with db() as session:
        session.execute(update(Work).where(Work.id == work_id).values(stock=0))
    assert badge in fetch(client, "/en/works/").get_data(as_text=True)


def test_a_new_approved_translation_shows_on_the_next_request(cached, client, work_id, add_translation):
    path = "/fr/" + WORK.format(id=work_id).removeprefix("/en/")
    assert "Pagne bleu" not in fetch(client, path).get_data(as_text=True)
    add_translation(work_id, "fr", {"title": "Pagne bleu"})
    assert "Pagne bleu" in fetch(client, path).get_data(as_text=True)


def test_a_withdrawn_work_is_gone_on_the_next_request(cached, client, work_id, db):
    path = WORK.format(id=work_id)
    fetch(client, path)
    fetch(client, "/en/works/")
    with db() as session:
        session.get(Work, work_id).review_status = "archived"
    assert client.get(path).status_code == 404
    assert "kanga-ya-bluu" not in fetch(client, "/en/works/").get_data(as_text=True)


def test_an_edited_exhibition_shows_on_the_next_request(cached, client, work_id, db, make_user):
    curator = make_user(email="curator@example.org", roles=["curator"])
    today = date.today()
    with db() as session:
        show = Collection(kind="exhibition", owner_id=curator, slug="now", source_language="en",
                          title="Threads", starts_on=today - timedelta(days=1),
                          ends_on=today + timedelta(days=1), published=True)  # fmt: skip
        show.items = [CollectionItem(work_id=work_id, position=0)]
        session.add(show)
    assert "Threads" in fetch(client, "/en/exhibitions/").get_data(as_text=True)
    with db() as session:
        session.scalars(select(Collection)).one().title = "Bridges"
    page = fetch(client, "/en/exhibitions/").get_data(as_text=True)
    assert "Bridges" in page and "Threads" not in page


def test_new_exchange_rates_show_on_the_next_request(cached, client, work_id, db):
    client.set_cookie("display_currency", "EUR")
    with db() as session:
        load_csv(session, "currency,per_usd,as_of\nKES,130,2026-01-01\nEUR,0.9,2026-01-01\n")
    first = fetch(client, "/en/works/").get_data(as_text=True)
    with db() as session:
        load_csv(session, "currency,per_usd,as_of\nEUR,1.8,2026-01-02\n")
    second = fetch(client, "/en/works/").get_data(as_text=True)
    assert "€31.15" in first and "€62.31" in second


def test_each_display_currency_has_its_own_page(cached, client, work_id, db):
    with db() as session:
        load_csv(session, "currency,per_usd,as_of\nKES,130,2026-01-01\nEUR,0.9,2026-01-01\n")
    assert "€" not in fetch(client, "/en/works/").get_data(as_text=True)
    client.set_cookie("display_currency", "EUR")
    assert "€31.15" in fetch(client, "/en/works/").get_data(as_text=True)


def test_a_signed_in_visitor_never_gets_nor_fills_a_stored_page(cached, work_id, make_user, app):
    make_user(name="Amina Wanjiru")
    member = app.test_client()
    sign_in(member)
    for _ in range(2):
        page = member.get("/en/works/")
        assert "X-Page-Cache" not in page.headers
        assert "Amina Wanjiru" in page.get_data(as_text=True)
    visitor = app.test_client()
    first = fetch(visitor, "/en/works/")
    assert first.headers["X-Page-Cache"] == "miss"
    assert "Amina Wanjiru" not in first.get_data(as_text=True)
    assert "X-Page-Cache" not in member.get("/en/works/").headers


def test_a_visitor_with_a_cart_gets_a_page_of_their_own(cached, client, work_id):
    fetch(client, "/en/works/")
    client.set_cookie("cart", "some-cart-token")
    assert "X-Page-Cache" not in fetch(client, "/en/works/").headers


def test_every_visitor_gets_their_own_token_and_its_forms_work(cached, app, work_id):
    path = WORK.format(id=work_id)
    tokens = []
    for _ in range(2):
        visitor = app.test_client()
        page = fetch(visitor, path)
        token = CSRF_RE.search(page.get_data(as_text=True)).group(1)
        assert "csrf-stand-in" not in page.get_data(as_text=True)
        tokens.append(token)
        answer = visitor.post("/en/display-currency", data={"csrf_token": token, "currency": "EUR"})
        assert answer.status_code == 302
        assert "display_currency=EUR" in answer.headers["Set-Cookie"]
    assert page.headers["X-Page-Cache"] == "hit"
    assert tokens[0] != tokens[1]


def test_a_stored_page_is_not_served_to_another_query_or_host(cached, app, client, work_id):
    poisoned = fetch(client, "/en/works/?ref=%22%3E%3Cb%3Eevil").get_data(as_text=True)
    assert "evil" in poisoned  # the page reflects its own query in its links
    assert "evil" not in fetch(client, "/en/works/").get_data(as_text=True)
    app.config["TRUSTED_HOSTS"].append("shop.example")
    fetch(client, "/en/", environ_overrides={"HTTP_HOST": "shop.example"})
    assert client.get("/en/", environ_overrides={"HTTP_HOST": "evil.example"}).status_code == 400
    page = fetch(client, "/en/").get_data(as_text=True)
    assert "shop.example" not in page and "evil.example" not in page
    assert 'hreflang="fr" href="http://localhost/fr/"' in page


def test_the_query_order_does_not_make_another_page(cached, client, work_id):
    fetch(client, "/en/works/?category=textile&sort=newest")
    assert fetch(client, "/en/works/?sort=newest&category=textile").headers["X-Page-Cache"] == "hit"


def test_a_flashed_message_is_never_stored_nor_lost(cached, app, client, work_id):
    with client.session_transaction() as session:
        session["_flashes"] = [("info", "Saved for you alone")]
    page = fetch(client, "/en/works/")
    assert "Saved for you alone" in page.get_data(as_text=True)
    assert "X-Page-Cache" not in page.headers
    assert "Saved for you alone" not in fetch(app.test_client(), "/en/works/").get_data(as_text=True)


@pytest.fixture
def redis_url():
    redis = pytest.importorskip("redis")
    url = "redis://127.0.0.1:6379/12"
    client = redis.Redis.from_url(url, socket_connect_timeout=0.5)
    try:
        client.flushdb()
    except redis.RedisError:
        pytest.skip("no Redis at 127.0.0.1:6379")
    yield url
    client.flushdb()


def test_with_redis_a_change_on_one_machine_shows_on_another(database_url, tmp_path, redis_url, make_artist,
                                                              make_work):  # fmt: skip
    machines = []
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        machine = build_app(database_url, folder)
        machine.config["PAGE_CACHE"] = True
        page_cache.use_store(machine, page_cache.RedisStore(redis_url, 600))
        machines.append(machine)
    try:
        work = make_work(make_artist())
        one, two = (machine.test_client() for machine in machines)
        path = WORK.format(id=work)
        assert fetch(one, path).headers["X-Page-Cache"] == "miss"
        assert fetch(two, path).headers["X-Page-Cache"] == "hit"  # stored by the other machine
        with machines[1].app_context(), unit_of_work(sessionmaker_for(machines[1])) as session:
            session.get(Work, work).price_minor = 990000
        page = fetch(one, path)
        assert page.headers["X-Page-Cache"] == "miss"
        assert "9,900" in page.get_data(as_text=True)
    finally:
        for machine in machines:
            dispose_app(machine)


def test_posting_a_form_from_a_stored_page_works_for_a_new_visitor(cached, app, work_id):
    fetch(app.test_client(), "/en/works/")
    visitor = app.test_client()
    answer = post_form(visitor, "/en/display-currency", {"currency": "EUR"}, token_from="/en/works/")
    assert answer.status_code == 302 and "display_currency=EUR" in answer.headers["Set-Cookie"]


def test_a_stored_page_is_sent_gzipped_with_the_visitors_own_token(cached, app, work_id):
    import gzip

    path = WORK.format(id=work_id)
    for expected in ("miss", "hit"):
        visitor = app.test_client()
        packed = visitor.get(path, headers={"Accept-Encoding": "gzip"})
        assert packed.headers["X-Page-Cache"] == expected
        assert packed.headers["Content-Encoding"] == "gzip"
        page = gzip.decompress(packed.data).decode()
        plain = visitor.get(path).get_data(as_text=True)
        assert CSRF_RE.sub("", page) == CSRF_RE.sub("", plain)
        assert CSRF_RE.search(page) and "csrf-stand-in" not in page
        assert visitor.get(path, headers={"If-None-Match": packed.headers["ETag"]}).status_code == 304


def test_the_process_store_keeps_the_most_recent_pages_within_its_size():
    store = page_cache.MemoryStore(max_bytes=1000, seconds=60)
    for number in range(5):
        store.put(f"page-{number}", b"x" * 300)
        store.get("page-0")  # used again and again: kept
    assert store.size <= 1000
    assert store.get("page-0") and store.get("page-4")
    assert store.get("page-1") is None and store.get("page-2") is None
    store.put("huge", b"x" * 2000)
    assert store.get("huge") is None
