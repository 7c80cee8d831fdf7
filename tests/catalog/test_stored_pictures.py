"""Pictures are stored only for a form that is accepted, a replaced one is deleted after the commit, and
`flask media sweep` removes what no row names."""

import io
import os
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from marketplace import media
from marketplace.catalog.models import ArtistProfile, Collection, WorkImage, WorkRevision
from tests.support.forms import post_form, sign_in
from tests.support.images import png_bytes

APPLICATION = {"public_name": "Awa Ndiaye", "country": "SN", "region": "Dakar", "source_language": "fr",
               "bio": "Je peins à l'indigo."}  # fmt: skip


def picture_folders(app) -> set[str]:
    """The keys of the pictures stored under MEDIA_DIR."""
    return {key for key, _changed in media.storage_for(app).stored_images()}


def send(client, url: str, fields: dict, picture: bytes | None = None, name: str = "image"):
    data = dict(fields)
    if picture is not None:
        data[name] = (io.BytesIO(picture), f"{name}.png")
    return post_form(client, url, data, content_type="multipart/form-data")


def test_ten_refused_applications_store_no_portrait(app, client, make_user, db):
    make_user()
    sign_in(client)
    for _ in range(10):
        # No discipline: the form is complete but the application is refused.
        response = send(client, "/fr/studio/apply", APPLICATION, png_bytes())
        assert response.status_code == 400
    assert picture_folders(app) == set()
    with db(write=False) as session:
        assert session.scalar(select(ArtistProfile)) is None
    accepted = send(client, "/fr/studio/apply", {**APPLICATION, "disciplines": ["painting"]}, png_bytes())
    assert accepted.status_code == 302
    with db(write=False) as session:
        assert picture_folders(app) == {session.scalar(select(ArtistProfile.image_key))}


def test_refused_profile_edits_store_nothing_and_a_replaced_portrait_is_deleted(app, client, make_user, db):
    make_user()
    sign_in(client)
    send(client, "/fr/studio/apply", {**APPLICATION, "disciplines": ["painting"]}, png_bytes())
    with db(write=False) as session:
        first = session.scalar(select(ArtistProfile.image_key))
    for _ in range(10):
        assert send(client, "/fr/studio/profile", APPLICATION, png_bytes()).status_code == 400
    assert picture_folders(app) == {first}
    response = send(client, "/fr/studio/profile", {**APPLICATION, "disciplines": ["textile"]},
                    png_bytes(colour=(20, 40, 120)))  # fmt: skip
    assert response.status_code == 302
    with db(write=False) as session:
        second = session.scalar(select(ArtistProfile.image_key))
    assert second != first
    assert picture_folders(app) == {second}  # the old portrait's renditions are gone
    # Saving without a new picture keeps the portrait.
    assert send(client, "/fr/studio/profile", {**APPLICATION, "disciplines": ["textile"]}).status_code == 302
    assert picture_folders(app) == {second}


def test_exhibition_covers_are_stored_for_accepted_forms_and_replaced_ones_deleted(
    app, make_user, make_artist, make_work, db
):
    work = make_work(make_artist())
    make_user(email="curator@example.org", roles=["curator"])
    client = app.test_client()
    sign_in(client, email="curator@example.org")
    today = date.today()
    form = {"source_language": "en", "title": "Blue on both shores", "works": [work],
            "starts_on": today.isoformat(), "ends_on": (today + timedelta(days=30)).isoformat()}  # fmt: skip
    backwards = {**form, "ends_on": (today - timedelta(days=3)).isoformat()}
    for _ in range(5):
        refused = send(client, "/en/curator/exhibitions/new", backwards, png_bytes(), name="cover")
        assert refused.status_code == 400
    assert picture_folders(app) == set()
    created = send(client, "/en/curator/exhibitions/new", form, png_bytes(), name="cover")
    assert created.status_code == 302
    with db(write=False) as session:
        exhibition = session.scalar(select(Collection))
        first = exhibition.cover_key
    url = f"/en/curator/exhibitions/{exhibition.id}"
    assert send(client, url, backwards, png_bytes(), name="cover").status_code == 400
    assert picture_folders(app) == {first}
    assert send(client, url, form, png_bytes(colour=(1, 2, 3)), name="cover").status_code == 302
    with db(write=False) as session:
        second = session.scalar(select(Collection.cover_key))
    assert picture_folders(app) == {second} and second != first


def age(app, key: str, hours: float) -> None:
    folder = Path(app.config["MEDIA_DIR"]) / key
    then = time.time() - hours * 3600
    os.utime(folder, (then, then))


def test_the_sweep_removes_orphans_and_keeps_every_named_picture(app, db, make_artist, make_work, make_user):
    storage = media.storage_for(app)

    def stored() -> str:
        return media.store_image(storage, png_bytes()).key

    portrait, work_image, proposed, cover, orphan, in_flight = (stored() for _ in range(6))
    work_id = make_work(make_artist(), with_image=False)
    owner = make_user(email="curator@example.org")
    revision_images = [{"key": proposed, "width": 640, "height": 480, "alt_text": "x"}]
    with db() as session:
        session.scalar(select(ArtistProfile)).image_key = portrait
        session.add(WorkImage(work_id=work_id, position=0, key=work_image, width=640, height=480,
                              alt_text="Kanga"))  # fmt: skip
        session.add(WorkRevision(work_id=work_id, status="rejected", images=revision_images))
        session.add(Collection(kind="collection", owner_id=owner, slug="c", source_language="en", title="C",
                               cover_key=cover))  # fmt: skip
    for key in (portrait, work_image, proposed, cover, orphan):
        age(app, key, hours=48)
    age(app, in_flight, hours=1)  # stored by a request that may not have committed yet

    dry = app.test_cli_runner().invoke(args=["media", "sweep", "--dry-run"])
    assert dry.exit_code == 0 and orphan in dry.output and "1 pictures would be deleted." in dry.output
    assert orphan in picture_folders(app)

    result = app.test_cli_runner().invoke(args=["media", "sweep"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [orphan, "1 pictures deleted."]
    assert picture_folders(app) == {portrait, work_image, proposed, cover, in_flight}
    assert not (Path(app.config["MEDIA_DIR"]) / orphan).exists()

    later = app.test_cli_runner().invoke(args=["media", "sweep", "--grace-hours", "1"])
    assert in_flight in later.output
    assert picture_folders(app) == {portrait, work_image, proposed, cover}
