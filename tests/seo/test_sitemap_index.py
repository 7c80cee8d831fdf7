"""/sitemap.xml as an index of files within the protocol's limits: each file holds one id range, the index
lists exactly the files that have entries, and a file's cost does not grow with the catalogue."""

from __future__ import annotations

import re

from tests.support.seo import all_sitemap_urls, local_path, parse_sitemap, sitemap_index, sitemap_urls

MAX_URLS, MAX_BYTES = 50_000, 50 * 1024 * 1024
LANGS = ("zh", "en", "fr", "sw")


def file_number(entity_id: int, per_file: int) -> int:
    return (entity_id - 1) // per_file + 1


def listed(urls) -> dict[tuple[str, int], list[str]]:
    """(kind, id) -> the languages it is listed in, one item per listing."""
    result: dict[tuple[str, int], list[str]] = {}
    for loc in urls:
        match = re.fullmatch(r"http://localhost/(\w\w)/(works|artists|collections)/(\d+)(-.*)?", loc)
        if match:
            result.setdefault((match[2], int(match[3])), []).append(match[1])
    return result


def test_content_is_split_by_id_range_into_files_listed_by_the_index(app, client, catalog):
    app.config["SITEMAP_IDS_PER_FILE"] = 2
    artists = [catalog.artist(name=f"Artist {n}") for n in range(3)]
    applicant = catalog.artist(name="Not Yet", status="applicant")
    works = [catalog.work(artists[n % 3], slug=f"work-{n}") for n in range(5)]
    for work in works[:2]:
        for lang in ("en", "zh", "sw"):
            catalog.translation("work", work, lang)
    catalog.translation("artist", artists[0], "en")
    hidden = [
        catalog.work(artists[0], slug="waiting", review_status="submitted"),
        catalog.work(artists[0], slug="draft", review_status="draft"),
        catalog.work(applicant, slug="of-an-applicant"),
    ]
    collections = [catalog.collection(artists[0]), catalog.collection(artists[1], published=False)]

    files = sitemap_index(client)
    expected = ["http://localhost/sitemaps/pages.xml"]
    for kind, ids in (("works", works), ("artists", artists), ("collections", collections[:1])):
        numbers = sorted({file_number(i, 2) for i in ids})
        expected += [f"http://localhost/sitemaps/{kind}-{n}.xml" for n in numbers]
    assert [loc for loc, _ in files] == expected
    works_lastmod = {lastmod for loc, lastmod in files if "/works-" in loc}
    assert None not in works_lastmod and files[0][1] == max(works_lastmod)

    for loc, _ in files[1:]:
        response = client.get(local_path(loc))
        assert len(response.data) <= MAX_BYTES
        urls = sitemap_urls(parse_sitemap(response))
        assert 0 < len(urls) <= 2 * len(LANGS), loc
        if "/works-" in loc:  # a file holds its own id range only
            number = int(re.search(r"-(\d+)\.xml$", loc)[1])
            assert {file_number(i, 2) for (_, i) in listed(urls)} == {number}

    # Every public page once per language it exists in, across the files; nothing that is not public.
    pages = listed(all_sitemap_urls(client))
    assert pages == {
        **{("works", w): ["zh", "en", "fr", "sw"] for w in works[:2]},
        **{("works", w): ["fr"] for w in works[2:]},
        ("artists", artists[0]): ["en", "fr"],
        **{("artists", a): ["fr"] for a in artists[1:]},
        ("collections", collections[0]): ["zh"],
    }
    assert all(("works", w) not in pages for w in hidden)


def test_files_beyond_the_range_or_without_public_entries_are_not_found(app, client, catalog):
    app.config["SITEMAP_IDS_PER_FILE"] = 1
    artist = catalog.artist()
    work = catalog.work(artist)
    waiting = catalog.work(artist, slug="waiting", review_status="submitted")
    assert client.get(f"/sitemaps/works-{work}.xml").status_code == 200
    assert client.get(f"/sitemaps/artists-{artist}.xml").status_code == 200
    for path in (
        f"/sitemaps/works-{waiting}.xml",  # only a work under review in its range
        f"/sitemaps/works-{waiting + 1}.xml",
        f"/sitemaps/collections-{artist}.xml",
        "/sitemaps/works-0.xml",
        "/sitemaps/works-99999999999999999999999999.xml",
        "/sitemaps/orders-1.xml",
        "/sitemaps/works-one.xml",
    ):
        assert client.get(path).status_code == 404, path
    assert f"/sitemaps/works-{waiting}.xml" not in {local_path(loc) for loc, _ in sitemap_index(client)}


def test_statements_per_file_and_for_the_index_do_not_grow_with_the_catalogue(
    app, client, catalog, count_queries
):
    app.config["SITEMAP_IDS_PER_FILE"] = 1_000_000

    def costs() -> dict[str, int]:
        result = {}
        for path in ["/sitemap.xml"] + [local_path(loc) for loc, _ in sitemap_index(client)]:
            with count_queries() as counter:
                assert client.get(path).status_code == 200
            result[re.sub(r"-\d+\.xml$", "", path)] = counter.count
        return result

    def add(count: int) -> None:
        for _ in range(count):
            artist = catalog.artist()
            work = catalog.work(artist)
            catalog.translation("work", work, "en")
            catalog.translation("artist", artist, "zh")
            catalog.collection(artist)

    add(2)
    small = costs()
    add(10)
    large = costs()
    assert small == large
    assert set(small) == {"/sitemap.xml", "/sitemaps/pages.xml", "/sitemaps/works", "/sitemaps/artists",
                          "/sitemaps/collections"}  # fmt: skip


def test_a_full_file_at_the_default_size_stays_within_the_protocol_limits(app, client, catalog):
    """The longest addresses possible (a 120-character slug, every language) times the ids of a file."""
    per_file = app.config["SITEMAP_IDS_PER_FILE"]
    app.config["SITEMAP_IDS_PER_FILE"] = 1
    artist = catalog.artist()
    work = catalog.work(artist, slug="x" * 120)
    for lang in ("en", "zh", "sw"):
        catalog.translation("work", work, lang)
    one = client.get(f"/sitemaps/works-{work}.xml").data
    empty = len(b'<?xml version="1.0" encoding="UTF-8"?>\n<urlset></urlset>') + 200  # namespaces
    # On the public address of the site, with a long domain name and an id of ten digits.
    longer = len("https://www.a-rather-long-domain-name-for-daraja.example") - len("http://localhost") + 10
    per_work = len(one) - empty + one.count(b"http://localhost") * longer
    assert len(parse_sitemap(client.get(f"/sitemaps/works-{work}.xml"))) == len(LANGS)
    assert per_file * len(LANGS) <= MAX_URLS
    assert per_file * per_work <= MAX_BYTES * 0.8, per_work
