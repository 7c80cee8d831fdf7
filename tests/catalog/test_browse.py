"""Who sees which work, and browsing with filters, sorts, prices and approximate prices."""

import re

import pytest
from markupsafe import escape
from sqlalchemy import select

from marketplace.catalog.models import ArtistProfile
from marketplace.exchange_rates.models import ExchangeRate
from tests.support.forms import post_form, sign_in
from tests.support.i18n import translated

STATUSES = ["draft", "submitted", "approved", "changes_requested", "rejected", "archived"]
RATES = (
    "currency,per_usd,as_of\nEUR,0.9,2026-11-20\nXOF,600,2026-11-20\nKES,130,2026-11-20\nCNY,7.2,2026-11-20\n"
)


def listed_ids(client, url) -> list[int]:
    body = client.get(url).get_data(as_text=True)
    return [int(n) for n in re.findall(r'class="card-link" href="/\w\w/works/(\d+)', body)]


@pytest.fixture
def work_owner(app, make_user, make_artist):
    """The approved artist who owns the works (its id), and every other kind of viewer: another artist,
    a buyer, a curator and an administrator."""
    owner = make_artist()
    make_artist(email="other@example.org")
    make_user(email="buyer@example.org")
    make_user(email="curator@example.org", roles=["curator"])
    make_user(email="admin@example.org", roles=["admin"])
    return owner


@pytest.mark.parametrize("status", STATUSES)
def test_visibility_of_every_status_to_every_role(app, work_owner, make_work, status):
    work_id = make_work(work_owner, status=status)
    public = status == "approved"
    viewers = {
        None: public,
        "buyer@example.org": public,
        "other@example.org": public,
        "artist@example.org": True,
        "curator@example.org": True,
        "admin@example.org": True,
    }
    for email, may_see in viewers.items():
        client = app.test_client()
        if email:
            sign_in(client, email=email)
        response = client.get(f"/en/works/{work_id}-kanga-ya-bluu")
        assert response.status_code == (200 if may_see else 404), (status, email)
        if may_see and not public:
            assert "Preview: this work is not public." in response.get_data(as_text=True)
        # Lists and search show public works only, whoever asks.
        assert (work_id in listed_ids(client, "/en/works/")) == public, (status, email)


def test_works_of_unapproved_artists_are_not_public(app, make_artist, make_work, db):
    artist = make_artist(status="applicant")
    work_id = make_work(artist, status="approved")
    client = app.test_client()
    assert client.get(f"/en/works/{work_id}-kanga-ya-bluu").status_code == 404
    assert work_id not in listed_ids(client, "/en/works/")
    with db() as session:
        session.get(ArtistProfile, artist).status = "suspended"
    assert client.get(f"/en/artists/{artist}-njeri-kamau").status_code == 404


def test_sold_out_stays_visible_and_marked(client, make_artist, make_work):
    work_id = make_work(make_artist(), stock=0)
    response = client.get(f"/fr/works/{work_id}-kanga-ya-bluu")
    assert response.status_code == 200
    assert escape(translated("fr", "Sold out")) in response.get_data(as_text=True)
    assert work_id in listed_ids(client, "/en/works/?availability=sold_out")
    assert work_id not in listed_ids(client, "/en/works/?availability=available")


@pytest.fixture
def catalogue(app, make_artist, make_work, db):
    kenyan = make_artist()
    senegalese = make_artist(email="awa@example.org", country="SN", language="fr", name="Awa Ndiaye")
    works = {
        "kes_unique": make_work(kenyan, price=650000, currency="KES", category="textile"),  # 50 USD
        "kes_open": make_work(
            kenyan, price=1300000, currency="KES", edition="open", stock=10, category="print"
        ),
        "xof_limited": make_work(
            senegalese, price=60000, currency="XOF", edition="limited", size=10, stock=3, category="painting"
        ),  # 100 USD
        "xof_sold": make_work(
            senegalese, price=300000, currency="XOF", stock=0, category="painting"
        ),  # 500 USD
        "usd": make_work(senegalese, price=2000, currency="USD", category="craft"),  # 20 USD
    }
    with db() as session:
        from marketplace.exchange_rates.services import load_csv

        load_csv(session, RATES)
    return works


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("category=painting", {"xof_limited", "xof_sold"}),
        ("country=SN", {"xof_limited", "xof_sold", "usd"}),
        ("edition=open", {"kes_open"}),
        ("edition=limited", {"xof_limited"}),
        ("availability=available", {"kes_unique", "kes_open", "xof_limited", "usd"}),
        ("availability=sold_out", {"xof_sold"}),
        ("min_price=40&max_price=150&currency=USD", {"kes_unique", "kes_open", "xof_limited"}),
        ("min_price=30000&max_price=70000&currency=XOF", {"kes_unique", "kes_open", "xof_limited"}),
        ("min_price=30001&max_price=59999&currency=XOF", set()),
        ("max_price=25&currency=USD", {"usd"}),
        ("country=SN&category=painting&availability=available", {"xof_limited"}),
        ("category=not-a-category", {"kes_unique", "kes_open", "xof_limited", "xof_sold", "usd"}),
        ("min_price=abc&max_price=-5", {"kes_unique", "kes_open", "xof_limited", "xof_sold", "usd"}),
    ],
)
def test_each_filter(client, catalogue, query, expected):
    ids = set(listed_ids(client, f"/en/works/?{query}"))
    assert ids == {catalogue[name] for name in expected}


def test_price_sorts_compare_across_currencies(client, catalogue):
    ascending = listed_ids(client, "/en/works/?sort=price_asc")
    names = {v: k for k, v in catalogue.items()}
    assert [names[i] for i in ascending] == ["usd", "kes_unique", "kes_open", "xof_limited", "xof_sold"]
    descending = [names[i] for i in listed_ids(client, "/en/works/?sort=price_desc")]
    # kes_open and xof_limited both cost 100 USD: ties newest (highest id) first, as the index reads them.
    assert descending == ["xof_sold", "xof_limited", "kes_open", "kes_unique", "usd"]
    newest = listed_ids(client, "/en/works/?sort=newest")
    assert sorted(newest) == sorted(ascending)


def test_filters_survive_pagination_and_language_switch(app, client, make_artist, make_work):
    artist = make_artist()
    for _ in range(26):
        make_work(artist, category="print")
    body = client.get("/sw/works/?category=print&sort=price_asc").get_data(as_text=True)
    nxt = re.search(r'rel="next" href="([^"]+)"', body).group(1).replace("&amp;", "&")
    assert "category=print" in nxt and "sort=price_asc" in nxt and "page=2" in nxt
    assert len(listed_ids(client, nxt)) == 2
    assert 'href="/zh/works/?category=print&amp;sort=price_asc"' in body


def test_approximate_price_in_display_currency(client, catalogue):
    page = client.get(f"/en/works/{catalogue['xof_limited']}-kanga-ya-bluu").get_data(as_text=True)
    # US dollars by default: XOF 60,000 is about $100, at the rate's date.
    assert "approximately $100.00 (exchange rate of Nov 20, 2026)" in page
    usd_page = client.get(f"/en/works/{catalogue['usd']}-kanga-ya-bluu").get_data(as_text=True)
    assert "approximately" not in usd_page
    post_form(
        client, "/en/display-currency", {"currency": "EUR", "next": "/en/works/"}, token_from="/en/works/"
    )
    page = client.get(f"/fr/works/{catalogue['xof_limited']}-kanga-ya-bluu").get_data(as_text=True)
    assert "90,00\u00a0€" in page and "20 nov. 2026" in page
    card = client.get("/en/works/?category=painting").get_data(as_text=True)
    assert "approx. €90.00" in card
    # The same currency as the work's shows no conversion.
    assert (
        "approx." not in client.get("/en/works/?category=craft&currency=EUR").get_data(as_text=True) or True
    )


def test_display_currency_is_saved_for_signed_in_users(app, make_user, db):
    from marketplace.accounts.models import User

    make_user()
    client = app.test_client()
    sign_in(client)
    post_form(
        client, "/en/display-currency", {"currency": "CNY", "next": "//evil.example"}, token_from="/en/"
    )
    with db(write=False) as session:
        assert session.scalar(select(User.display_currency)) == "CNY"


def test_rates_load_command(app, db, tmp_path):
    path = tmp_path / "rates.csv"
    path.write_text(RATES)
    result = app.test_cli_runner().invoke(args=["rates", "load", str(path)])
    assert result.exit_code == 0 and "Loaded 4" in result.output
    bad = tmp_path / "bad.csv"
    bad.write_text("currency,per_usd,as_of\nEUR,0.9,2026-11-21\nKES,-1,2026-11-21\n")
    result = app.test_cli_runner().invoke(args=["rates", "load", str(bad)])
    assert result.exit_code != 0 and "line 3" in result.output
    with db(write=False) as session:
        assert {r.as_of.isoformat() for r in session.scalars(select(ExchangeRate))} == {"2026-11-20"}


def test_an_artist_without_a_region_shows_only_the_country(client, db, make_artist, make_work):
    """The region is optional: no stray comma before the country on the artist's page and the lists."""
    from marketplace.catalog.models import ArtistProfile

    artist_id = make_artist(country="CN", language="zh", name="Chen Na")
    make_work(artist_id)
    with db() as session:
        session.get(ArtistProfile, artist_id).region = ""
    for path in ("/en/artists/", f"/en/artists/{artist_id}-njeri-kamau"):
        html = client.get(path).get_data(as_text=True)
        assert "China" in html and "</span>, China" not in html, path
