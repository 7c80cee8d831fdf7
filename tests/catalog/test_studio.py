"""An artist applies, then adds works with texts, images and translations, and submits them."""

import io
from pathlib import Path

import pytest
from markupsafe import escape
from PIL import Image
from sqlalchemy import func, select

from marketplace.catalog.models import ArtistProfile, ContentTranslation, Work, WorkImage
from tests.support.forms import csrf_token, post_form, sign_in
from tests.support.i18n import translated
from tests.support.images import png_bytes

WORK = {
    "source_language": "sw",
    "title": "Kanga ya Bahari",
    "description": "Kitambaa cha pamba kilichochapishwa kwa mkono.",
    "story": "Methali ya pwani.",
    "category": "textile",
    "medium": "Uchapishaji",
    "materials": "Pamba",
    "technique": "Skrini",
    "width_cm": "110",
    "height_cm": "160",
    "weight_kg": "0.25",
    "year": "2024",
    "origin_country": "KE",
    "edition_type": "limited",
    "edition_size": "20",
    "price": "6500.00",
    "currency": "KES",
    "stock": "8",
    "title_fr": "Kanga de la mer",
    "description_fr": "Coton imprimé à la main.",
}


def count(db, model) -> int:
    with db(write=False) as session:
        return session.scalar(select(func.count()).select_from(model))


def media_files(app) -> list[Path]:
    return (
        sorted(Path(app.config["MEDIA_DIR"]).rglob("*.webp"))
        if Path(app.config["MEDIA_DIR"]).exists()
        else []
    )


# --- applying -------------------------------------------------------------------------------------


def test_user_applies_and_waits_for_a_curator(client, make_user, db):
    make_user()
    sign_in(client)
    response = post_form(
        client,
        "/fr/studio/apply",
        {
            "public_name": "Awa Ndiaye",
            "country": "SN",
            "region": "Dakar",
            "disciplines": ["textile", "painting"],
            "source_language": "fr",
            "bio": "Je peins à l'indigo.",
            "bio_en": "I paint with indigo.",
            "image": (io.BytesIO(png_bytes()), "me.png"),
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
    with db(write=False) as session:
        profile = session.scalar(select(ArtistProfile))
        assert (profile.status, profile.country, profile.disciplines) == (
            "applicant",
            "SN",
            ["textile", "painting"],
        )
        assert profile.image_key and profile.image_width == 640
        english = session.scalar(select(ContentTranslation).where(ContentTranslation.entity_type == "artist"))
        assert (english.language, english.fields, english.status) == (
            "en",
            {"bio": "I paint with indigo."},
            "draft",
        )
    dashboard = client.get("/fr/studio/").get_data(as_text=True)
    assert (
        escape(
            translated(
                "fr", "Your application is waiting for a curator. You can add works once it is approved."
            )
        )
        in dashboard
    )
    # Until approved, no work can be created.
    assert client.get("/fr/studio/works/new").status_code == 403


def test_application_needs_a_discipline_and_changes_nothing(client, make_user, db):
    make_user()
    sign_in(client)
    response = post_form(
        client,
        "/sw/studio/apply",
        {"public_name": "X", "country": "KE", "source_language": "sw", "bio": "Mimi"},
    )
    assert response.status_code == 400
    assert escape(translated("sw", "Choose at least one discipline.")) in response.get_data(as_text=True)
    assert count(db, ArtistProfile) == 0


def test_studio_needs_sign_in(client):
    response = client.get("/en/studio/")
    assert response.status_code == 302 and "/en/account/sign-in" in response.headers["Location"]


# --- works ----------------------------------------------------------------------------------------


@pytest.fixture
def artist_client(app, make_artist):
    make_artist()
    client = app.test_client()
    sign_in(client, email="artist@example.org")
    return client


def create_work(client, **changes):
    return post_form(client, "/en/studio/works/new", {**WORK, **changes})


def test_artist_creates_a_draft_with_translation(artist_client, db):
    response = create_work(artist_client)
    assert response.status_code == 302
    with db(write=False) as session:
        work = session.scalar(select(Work))
        assert (work.review_status, work.price_minor, work.currency, work.stock) == (
            "draft",
            650000,
            "KES",
            8,
        )
        assert (work.edition_type, work.edition_size, work.weight_g, work.width_cm) == (
            "limited",
            20,
            250,
            110,
        )
        assert work.slug == "kanga-ya-bahari"
        french = session.scalar(select(ContentTranslation).where(ContentTranslation.entity_id == work.id))
        assert french.language == "fr" and french.status == "draft" and french.origin == "author"


@pytest.mark.parametrize(
    ("changes", "message", "field"),
    [
        (
            {"edition_type": "unique", "stock": "2"},
            "A unique piece has a stock of 1 (or 0 once sold).",
            "stock",
        ),
        ({"edition_size": "5", "stock": "8"}, "The stock cannot be larger than the edition.", "stock"),
        ({"edition_size": ""}, "A limited edition needs its size (at least 2).", "edition_size"),
        ({"currency": "XOF", "price": "2500.50"}, "This currency does not have that many decimals.", "price"),
        ({"price": "0"}, "Enter a price above zero.", "price"),
        ({"currency": "BTC"}, "Not a valid choice.", "currency"),
        ({"title": ""}, "This field is required.", "title"),
        ({"title": "x" * 201}, None, "title"),
    ],
)
def test_bad_work_input_is_refused_and_nothing_saved(artist_client, db, changes, message, field):
    response = create_work(artist_client, **changes)
    assert response.status_code == 400
    body = response.get_data(as_text=True)
    if message:
        assert escape(message) in body
    assert f'id="{field}-error"' in body
    assert count(db, Work) == 0
    assert count(db, ContentTranslation) == 0


def test_zero_decimal_price_is_stored_in_whole_units(artist_client, db):
    assert create_work(artist_client, currency="XOF", price="250000").status_code == 302
    with db(write=False) as session:
        assert session.scalar(select(Work.price_minor)) == 250000


def work_id_of(db) -> int:
    with db(write=False) as session:
        return session.scalar(select(Work.id))


def upload(client, work_id, data, name="photo.jpg", alt="Kanga ya bluu"):
    token = csrf_token(client, f"/en/studio/works/{work_id}")
    return client.post(
        f"/en/studio/works/{work_id}/images",
        data={"csrf_token": token, "image": (io.BytesIO(data), name), "alt_text": alt},
        content_type="multipart/form-data",
    )


def test_image_is_reencoded_to_webp_renditions(app, artist_client, db):
    create_work(artist_client)
    work_id = work_id_of(db)
    response = upload(artist_client, work_id, png_bytes((1600, 1200), fmt="JPEG"))
    assert response.status_code == 302
    with db(write=False) as session:
        image = session.scalar(select(WorkImage))
        assert (image.width, image.height, image.alt_text) == (1600, 1200, "Kanga ya bluu")
    files = media_files(app)
    assert [f.name for f in files] == ["1280.webp", "320.webp", "640.webp"]
    assert all(Image.open(f).format == "WEBP" for f in files)
    assert len(files[0].parent.name) == 24  # random name, nothing from the upload


def test_exif_and_gps_are_removed(app, artist_client, db):
    create_work(artist_client)
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"  # Make
    exif[0x8825] = {1: "S", 2: (1.0, 17.0, 30.0), 3: "E", 4: (36.0, 49.0, 0.0)}  # GPSInfo: Nairobi
    photo = png_bytes((800, 600), fmt="JPEG", exif=exif.tobytes())
    assert b"CameraMaker" in photo
    assert upload(artist_client, work_id_of(db), photo).status_code == 302
    for path in media_files(app):
        data = path.read_bytes()
        assert b"CameraMaker" not in data and b"Exif" not in data
        assert not Image.open(path).getexif()


@pytest.mark.parametrize(
    ("payload", "name", "message"),
    [
        (b"<?php system($_GET['c']); ?>", "shell.jpg", "This file is not a JPEG, PNG or WebP image."),
        (
            b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="9" height="9"/></svg>',
            "pic.svg",
            "This file is not a JPEG, PNG or WebP image.",
        ),
        (png_bytes((50, 50), fmt="GIF"), "anim.gif", "This file is not a JPEG, PNG or WebP image."),
        (
            png_bytes((8000, 6000), colour=(0, 0, 0)),
            "bomb.png",
            "This image has too many pixels (at most 40 megapixels).",
        ),
        (png_bytes()[:60], "cut.png", None),
    ],
)
def test_upload_attacks_are_refused_and_nothing_saved(app, artist_client, db, payload, name, message):
    create_work(artist_client)
    response = upload(artist_client, work_id_of(db), payload, name=name)
    assert response.status_code == 400
    if message:
        assert escape(translated("en", message)) in response.get_data(as_text=True)
    assert count(db, WorkImage) == 0
    assert media_files(app) == []


def test_refusal_message_is_translated(app, make_artist, db):
    make_artist()
    client = app.test_client()
    sign_in(client, email="artist@example.org")
    create_work(client)
    token = csrf_token(client, f"/zh/studio/works/{work_id_of(db)}")
    response = client.post(
        f"/zh/studio/works/{work_id_of(db)}/images",
        data={"csrf_token": token, "image": (io.BytesIO(b"GIF89a not really"), "x.jpg"), "alt_text": "x"},
        content_type="multipart/form-data",
    )
    assert response.status_code == 400
    assert escape(translated("zh", "This file is not a JPEG, PNG or WebP image.")) in response.get_data(
        as_text=True
    )


def test_oversized_upload_gets_413_in_page_language(app, artist_client, db):
    create_work(artist_client)
    app.config["MAX_CONTENT_LENGTH"] = 200_000
    token = csrf_token(artist_client, f"/fr/studio/works/{work_id_of(db)}")
    response = artist_client.post(
        f"/fr/studio/works/{work_id_of(db)}/images",
        data={"csrf_token": token, "image": (io.BytesIO(b"\xff" * 300_000), "big.jpg"), "alt_text": "x"},
        content_type="multipart/form-data",
    )
    assert response.status_code == 413
    assert escape(translated("fr", "File too large")) in response.get_data(as_text=True)
    assert count(db, WorkImage) == 0


def test_at_most_eight_images_and_they_can_be_reordered(app, artist_client, db):
    create_work(artist_client)
    work_id = work_id_of(db)
    for n in range(8):
        assert (
            upload(
                artist_client, work_id, png_bytes((400, 300), colour=(n * 20, 0, 0)), alt=f"view {n}"
            ).status_code
            == 302
        )
    assert upload(artist_client, work_id, png_bytes()).status_code == 400
    with db(write=False) as session:
        second = session.scalars(select(WorkImage).order_by(WorkImage.position)).all()[1]
    post_form(
        artist_client,
        f"/en/studio/works/{work_id}/images/{second.id}/up",
        {},
        token_from=f"/en/studio/works/{work_id}",
    )
    with db(write=False) as session:
        order = [i.alt_text for i in session.scalars(select(WorkImage).order_by(WorkImage.position))]
    assert order[:3] == ["view 1", "view 0", "view 2"]


def test_submit_needs_an_image_then_locks_the_texts(artist_client, db):
    create_work(artist_client)
    work_id = work_id_of(db)
    page = f"/en/studio/works/{work_id}"
    post_form(artist_client, f"{page}/submit", {}, token_from=page)
    with db(write=False) as session:
        assert session.get(Work, work_id).review_status == "draft"
    upload(artist_client, work_id, png_bytes())
    assert post_form(artist_client, f"{page}/submit", {}, token_from=page).status_code == 302
    with db(write=False) as session:
        assert session.get(Work, work_id).review_status == "submitted"
    # Texts can no longer be edited; price and stock still can.
    response = post_form(artist_client, page, {**WORK, "title": "Changed"}, token_from=page)
    assert response.status_code == 200  # the form is not offered, nothing is saved
    with db(write=False) as session:
        assert session.get(Work, work_id).title == "Kanga ya Bahari"
    assert (
        post_form(
            artist_client, f"{page}/price-and-stock", {"price": "7000", "stock": "3"}, token_from=page
        ).status_code
        == 302
    )
    with db(write=False) as session:
        work = session.get(Work, work_id)
        assert (work.price_minor, work.stock) == (700000, 3)


def test_stock_above_edition_is_refused_on_price_form(artist_client, db):
    create_work(artist_client)
    work_id = work_id_of(db)
    page = f"/en/studio/works/{work_id}"
    response = post_form(
        artist_client, f"{page}/price-and-stock", {"price": "7000", "stock": "21"}, token_from=page
    )
    assert response.status_code == 400
    with db(write=False) as session:
        assert session.get(Work, work_id).stock == 8


def test_nobody_edits_another_artists_work(app, make_artist, make_work, db):
    owner = make_artist()
    work_id = make_work(owner, status="draft")
    make_artist(email="other@example.org")
    other = app.test_client()
    sign_in(other, email="other@example.org")
    assert other.get(f"/en/studio/works/{work_id}").status_code == 404
    token = csrf_token(other, "/en/studio/")
    response = other.post(
        f"/en/studio/works/{work_id}/price-and-stock", data={"csrf_token": token, "price": "1", "stock": "1"}
    )
    assert response.status_code == 404
    response = other.post(f"/en/studio/works/{work_id}/submit", data={"csrf_token": token})
    assert response.status_code == 404


def test_editing_source_text_makes_translations_stale(artist_client, db):
    create_work(artist_client)
    work_id = work_id_of(db)
    page = f"/en/studio/works/{work_id}"
    with db() as session:
        session.scalar(select(ContentTranslation)).status = "approved"
    response = post_form(
        artist_client, page, {**WORK, "description": "Maelezo mapya kabisa."}, token_from=page
    )
    assert response.status_code == 302
    with db(write=False) as session:
        assert session.scalar(select(ContentTranslation.status)) == "stale"
    # Rewriting the translation together with the source makes it a fresh draft again.
    post_form(
        artist_client,
        page,
        {**WORK, "description": "Maelezo mapya kabisa.", "description_fr": "Nouveau texte."},
        token_from=page,
    )
    with db(write=False) as session:
        assert session.scalar(select(ContentTranslation.status)) == "draft"
