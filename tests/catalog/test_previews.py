"""A work that becomes digital after its pictures were uploaded: its public pictures become marked previews.

The marked pictures are compared with the plain ones pixel by pixel, through the real studio pages, the
real image processing and the media folder the site serves.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from sqlalchemy import select

from marketplace.catalog.models import Work, WorkRevision
from tests.support.curation import decide
from tests.support.forms import post_form, sign_in
from tests.support.images import png_bytes

BLUE = (30, 110, 170)
DETAILS = {
    "source_language": "sw", "title": "Kanga ya bluu", "description": "Kitambaa cha pamba.", "story": "",
    "category": "textile", "origin_country": "KE", "edition_type": "unique", "price": "4500",
    "currency": "KES", "stock": "1",
}  # fmt: skip


@pytest.fixture
def artist(app, make_artist):
    artist_id = make_artist()
    client = app.test_client()
    sign_in(client, email="artist@example.org")
    return client, artist_id


def upload(client, work_id: int) -> None:
    response = post_form(
        client,
        f"/en/studio/works/{work_id}/images",
        {"image": (io.BytesIO(png_bytes(size=(1000, 700), colour=BLUE)), "a.png"), "alt_text": "Blue"},
        token_from=f"/en/studio/works/{work_id}",
        content_type="multipart/form-data",
    )
    assert response.status_code == 302, response.get_data(as_text=True)[:300]


def images(db, work_id: int) -> list[tuple[str, bool]]:
    with db(write=False) as session:
        return [(image.key, image.preview_marked) for image in session.get(Work, work_id).images]


def rendition(app, key: str) -> Path:
    return Path(app.config["MEDIA_DIR"]) / key / "640.webp"


def is_marked(app, key: str) -> bool:
    """Whether the stored picture differs visibly from the plain blue it was made from."""
    picture = Image.open(rendition(app, key)).convert("RGB")
    plain = Image.new("RGB", picture.size, BLUE)
    changed = sum(ImageChops.difference(picture, plain).convert("L").histogram()[25:])
    return changed > picture.width * picture.height // 50


def mark_digital(client, work_id: int) -> None:
    response = post_form(client, f"/en/studio/works/{work_id}/delivery", {"is_digital": "y", "hs_code": ""},
                         token_from=f"/en/studio/works/{work_id}")  # fmt: skip
    assert response.status_code == 302


def published_with_a_plain_picture(artist, make_work, db) -> tuple[int, str]:
    """A textile uploaded as a draft, then published: its one picture is not marked."""
    client, artist_id = artist
    work_id = make_work(artist_id, status="draft", with_image=False)
    upload(client, work_id)
    [(plain, _)] = images(db, work_id)
    with db() as session:
        session.get(Work, work_id).review_status = "approved"
    return work_id, plain


def test_a_draft_marked_digital_gets_marked_previews_and_loses_the_plain_ones(app, artist, make_work, db):
    client, artist_id = artist
    work_id = make_work(artist_id, status="draft", with_image=False)
    upload(client, work_id)
    [(plain, marked)] = images(db, work_id)
    assert not marked and not is_marked(app, plain)
    mark_digital(client, work_id)
    [(key, marked)] = images(db, work_id)
    assert key != plain and marked and is_marked(app, key)
    assert not rendition(app, plain).parent.exists()  # the unmarked renditions are deleted
    mark_digital(client, work_id)  # saving again marks nothing twice
    assert images(db, work_id) == [(key, True)]


def test_a_draft_whose_category_becomes_digital_art_is_marked(app, artist, make_work, db):
    client, artist_id = artist
    work_id = make_work(artist_id, status="draft", with_image=False)
    upload(client, work_id)
    [(plain, _)] = images(db, work_id)
    page = f"/en/studio/works/{work_id}"
    assert post_form(client, page, {**DETAILS, "category": "digital_art"}, token_from=page).status_code == 302
    [(key, marked)] = images(db, work_id)
    assert key != plain and marked and is_marked(app, key)
    upload(client, work_id)  # later pictures are marked as they are stored
    assert all(marked and is_marked(app, key) for key, marked in images(db, work_id))


def test_a_published_work_marked_digital_shows_only_marked_previews_at_once(app, artist, make_work, db):
    client, _ = artist
    work_id, plain = published_with_a_plain_picture(artist, make_work, db)
    public = app.test_client()
    assert plain in public.get(f"/en/works/{work_id}-kanga-ya-bluu").get_data(as_text=True)
    mark_digital(client, work_id)
    [(key, marked)] = images(db, work_id)
    page = public.get(f"/en/works/{work_id}-kanga-ya-bluu").get_data(as_text=True)
    assert marked and key in page and plain not in page and is_marked(app, key)
    assert public.get(f"/media/{plain}/640.webp").status_code == 404


def test_a_proposed_change_to_digital_art_marks_the_proposal_not_the_public_version(
    app, artist, make_work, make_user, db
):
    client, _ = artist
    work_id, plain = published_with_a_plain_picture(artist, make_work, db)
    page = f"/en/studio/works/{work_id}"
    assert post_form(client, page, {**DETAILS, "category": "digital_art"}, token_from=page).status_code == 302
    upload(client, work_id)  # a picture added to the proposal is marked too
    with db(write=False) as session:
        revision = session.scalar(select(WorkRevision))
        proposed = [(image["key"], image.get("marked")) for image in revision.images]
    assert len(proposed) == 2 and all(marked and is_marked(app, key) for key, marked in proposed)
    assert images(db, work_id) == [(plain, False)]  # the public version is a textile until approval
    assert rendition(app, plain).exists() and not is_marked(app, plain)
    make_user(email="curator@example.org", roles=["curator"])
    curator = app.test_client()
    sign_in(curator, email="curator@example.org")
    assert decide(curator, "revisions", revision.id, "approve").status_code == 302
    assert images(db, work_id) == [(key, True) for key, _ in proposed]
