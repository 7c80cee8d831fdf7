"""Artists group their works into collections; curators build exhibitions with dates and a cover."""

import io
import re
from datetime import date, timedelta

from sqlalchemy import select

from marketplace.catalog.models import Collection, CollectionItem
from tests.support.forms import csrf_token, post_form, sign_in
from tests.support.images import png_bytes


def test_artist_collection_of_own_published_works(app, make_artist, make_work, db):
    artist = make_artist()
    first, second = make_work(artist), make_work(artist, title="Kikoi")
    draft = make_work(artist, status="draft")
    client = app.test_client()
    sign_in(client, email="artist@example.org")
    form = client.get("/en/studio/collections/new").get_data(as_text=True)
    assert f'value="{first}"' in form and f'value="{draft}"' not in form
    response = post_form(
        client,
        "/en/studio/collections/new",
        {
            "source_language": "sw",
            "title": "Pwani",
            "introduction": "Kazi za pwani.",
            "works": [first, second],
            "title_en": "The coast",
        },
    )
    assert response.status_code == 302
    with db(write=False) as session:
        collection = session.scalar(select(Collection))
        assert [i.work_id for i in collection.items] == [first, second]
    page = client.get(f"/en/collections/{collection.id}-pwani")
    assert page.status_code == 200
    assert re.findall(r"works/(\d+)", page.get_data(as_text=True))[:2] == [str(first), str(second)]
    # Reorder with the buttons.
    post_form(client, f"/en/studio/collections/{collection.id}/works/{second}/up", {},
              token_from=f"/en/studio/collections/{collection.id}")  # fmt: skip
    with db(write=False) as session:
        items = session.scalars(select(CollectionItem).order_by(CollectionItem.position)).all()
        assert [i.work_id for i in items] == [second, first]


def test_collection_refuses_other_artists_works(app, make_artist, make_work, db):
    mine = make_artist()
    make_work(mine)
    theirs = make_work(make_artist(email="other@example.org"))
    client = app.test_client()
    sign_in(client, email="artist@example.org")
    response = post_form(
        client, "/en/studio/collections/new", {"source_language": "sw", "title": "Mix", "works": [theirs]}
    )
    assert response.status_code == 400
    with db(write=False) as session:
        assert session.scalar(select(Collection)) is None


def test_nobody_edits_another_artists_collection(app, make_artist, make_work, db):
    make_artist()
    client = app.test_client()
    sign_in(client, email="artist@example.org")
    post_form(client, "/en/studio/collections/new", {"source_language": "sw", "title": "Yangu"})
    with db(write=False) as session:
        collection_id = session.scalar(select(Collection.id))
    make_artist(email="other@example.org")
    other = app.test_client()
    sign_in(other, email="other@example.org")
    assert other.get(f"/en/studio/collections/{collection_id}").status_code == 404


def exhibition_form(works, **changes):
    today = date.today()
    data = {
        "source_language": "en",
        "title": "Blue on both shores",
        "introduction": "Indigo from Kano and Guizhou.",
        "title_zh": "两岸之蓝",
        "starts_on": (today - timedelta(days=1)).isoformat(),
        "ends_on": (today + timedelta(days=30)).isoformat(),
        "works": works,
    }
    data.update(changes)
    return data


def test_curator_builds_an_exhibition_of_many_artists(app, make_user, make_artist, make_work, db):
    kenyan = make_work(make_artist())
    senegalese = make_work(make_artist(email="awa@example.org", country="SN"))
    make_user(email="curator@example.org", roles=["curator"])
    client = app.test_client()
    sign_in(client, email="curator@example.org")
    token = csrf_token(client, "/en/curator/exhibitions/new")
    response = client.post(
        "/en/curator/exhibitions/new",
        data={"csrf_token": token, **exhibition_form([kenyan, senegalese]),
              "cover": (io.BytesIO(png_bytes((1200, 600))), "cover.png")},
        content_type="multipart/form-data",
    )  # fmt: skip
    assert response.status_code == 302
    with db(write=False) as session:
        exhibition = session.scalar(select(Collection))
        assert exhibition.kind == "exhibition" and exhibition.cover_width == 1200
        assert {i.work_id for i in exhibition.items} == {kenyan, senegalese}
    listing = app.test_client().get("/zh/exhibitions/").get_data(as_text=True)
    assert "两岸之蓝" not in listing  # the curator's own translation waits for review
    assert "Blue on both shores" in listing
    home = app.test_client().get("/en/").get_data(as_text=True)
    assert "Blue on both shores" in home  # running now: featured on the home page


def test_exhibition_dates_must_be_in_order(app, make_user, make_artist, make_work, db):
    work = make_work(make_artist())
    make_user(email="curator@example.org", roles=["curator"])
    client = app.test_client()
    sign_in(client, email="curator@example.org")
    today = date.today()
    response = post_form(
        client,
        "/en/curator/exhibitions/new",
        exhibition_form([work], starts_on=today.isoformat(), ends_on=(today - timedelta(days=3)).isoformat()),
    )
    assert response.status_code == 400
    with db(write=False) as session:
        assert session.scalar(select(Collection)) is None


def test_only_curators_build_exhibitions(app, make_user, make_artist):
    make_artist()
    make_user(email="buyer@example.org")
    for email in ("artist@example.org", "buyer@example.org"):
        client = app.test_client()
        sign_in(client, email=email)
        assert client.get("/en/curator/exhibitions/").status_code == 403
        assert client.get("/en/curator/exhibitions/new").status_code == 403


def test_exhibitions_page_groups_current_upcoming_past(app, make_user, make_artist, make_work, db):
    work = make_work(make_artist())
    curator = make_user(email="curator@example.org", roles=["curator"])
    today = date.today()
    with db() as session:
        for title, start, end in [
            ("Now", today - timedelta(days=2), today + timedelta(days=2)),
            ("Soon", today + timedelta(days=10), today + timedelta(days=20)),
            ("Before", today - timedelta(days=40), today - timedelta(days=20)),
        ]:
            exhibition = Collection(
                kind="exhibition", owner_id=curator, slug=title.lower(), source_language="en",
                title=title, starts_on=start, ends_on=end, published=True,
            )  # fmt: skip
            exhibition.items = [CollectionItem(work_id=work, position=0)]
            session.add(exhibition)
    body = app.test_client().get("/en/exhibitions/").get_data(as_text=True)
    assert body.index("Now showing") < body.index(">Now<") < body.index("Coming soon") < body.index(">Soon<")
    assert body.index("Past exhibitions") < body.index(">Before<")
