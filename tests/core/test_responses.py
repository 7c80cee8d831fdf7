"""Text responses are gzipped when the client accepts it and answer conditional requests with 304
(core/responses.py); file sends, small bodies and clients that do not ask are left alone, and the security
headers stay on every answer."""

from __future__ import annotations

import gzip

from marketplace.security import HEADERS


def test_a_page_is_gzipped_when_the_client_accepts_it(client, make_artist, make_work):
    make_work(make_artist())
    plain = client.get("/en/works/")
    packed = client.get("/en/works/", headers={"Accept-Encoding": "gzip, deflate, br"})
    assert plain.headers.get("Content-Encoding") is None
    assert packed.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed.headers["Vary"] and "Accept-Encoding" in plain.headers["Vary"]
    assert len(packed.data) < len(plain.data) / 2
    text = gzip.decompress(packed.data).decode()
    assert text.split('name="csrf_token"')[0] == plain.get_data(as_text=True).split('name="csrf_token"')[0]
    assert int(packed.headers["Content-Length"]) == len(packed.data)
    for name, value in HEADERS.items():
        assert packed.headers[name] == value


def test_gzip_refused_by_the_client_or_a_small_body_is_sent_as_it_is(client):
    assert client.get("/en/", headers={"Accept-Encoding": "gzip;q=0"}).headers.get("Content-Encoding") is None
    assert client.get("/en/", headers={"Accept-Encoding": "identity"}).headers.get("Content-Encoding") is None
    small = client.get("/healthz", headers={"Accept-Encoding": "gzip"})
    assert small.status_code == 200 and small.headers.get("Content-Encoding") is None


def test_files_sent_are_never_touched(client):
    response = client.get("/static/css/site.css", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers.get("Content-Encoding") is None
    assert b"{" in response.data


def test_a_page_the_client_has_is_answered_304(client, make_artist, make_work):
    make_work(make_artist())
    first = client.get("/en/works/")
    etag = first.headers["ETag"]
    assert etag.startswith('W/"')
    again = client.get("/en/works/", headers={"If-None-Match": etag, "Accept-Encoding": "gzip"})
    assert again.status_code == 304
    assert again.data == b""
    assert again.headers["Content-Security-Policy"] == HEADERS["Content-Security-Policy"]
    assert client.get("/en/works/", headers={"If-None-Match": 'W/"other"'}).status_code == 200


def test_a_changed_page_is_sent_again(client, make_artist, make_work, db):
    from marketplace.catalog.models import Work

    work_id = make_work(make_artist())
    etag = client.get("/en/works/").headers["ETag"]
    with db() as session:
        session.get(Work, work_id).price_minor = 990000
    assert client.get("/en/works/", headers={"If-None-Match": etag}).status_code == 200


def test_the_sitemap_is_compressed_and_conditional(app, client, make_artist, make_work):
    app.config["SITEMAP_IDS_PER_FILE"] = 1  # several files: an index over the 500 bytes gzip waits for
    artist = make_artist()
    for _ in range(6):
        make_work(artist)
    response = client.get("/sitemap.xml", headers={"Accept-Encoding": "gzip"})
    assert response.headers["Content-Encoding"] == "gzip"
    assert b"<urlset" in gzip.decompress(response.data) or b"<sitemapindex" in gzip.decompress(response.data)
    assert client.get("/sitemap.xml", headers={"If-None-Match": response.headers["ETag"]}).status_code == 304


def test_a_post_is_never_conditional(client):
    response = client.post("/en/display-currency", headers={"If-None-Match": "*", "Accept-Encoding": "gzip"})
    assert response.status_code in (302, 400)
    assert response.headers.get("Content-Encoding") is None
