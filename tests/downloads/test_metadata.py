"""Digital files lose what they say about where and how they were made (EXIF, GPS, XMP, comments) when
the artist uploads them, and keep every byte of the picture itself."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from marketplace.downloads import metadata
from tests.support.downloads import grants, private_files, upload_file
from tests.support.i18n import translated
from tests.support.images import CAMERA, GPS_IFD, photo_with_location, png_bytes
from tests.support.market import buy

FORMATS = [("JPEG", "image/jpeg"), ("PNG", "image/png"), ("WEBP", "image/webp")]
REMOVED = (
    "We removed the location, camera and other data hidden in the picture file, so that buyers do not "
    "receive it. The picture itself is unchanged."
)


def tells_where(data: bytes) -> list[str]:
    """What of the photo's location and camera a reader of the file could still find."""
    image = Image.open(io.BytesIO(data))
    exif = image.getexif()
    found = [name for name in ("Nairobi", "GPSLatitude", CAMERA, "xmpmeta") if name.encode() in data]
    if exif.get_ifd(GPS_IFD) or GPS_IFD in exif:
        found.append("GPS IFD")
    return found + [key for key in ("xmp", "XML:com.adobe.xmp", "comment", "Location") if key in image.info]


def pixels(data: bytes) -> bytes:
    return Image.open(io.BytesIO(data)).tobytes()


@pytest.mark.parametrize(("fmt", "content_type"), FORMATS)
def test_location_goes_and_the_picture_and_its_orientation_stay(fmt, content_type):
    original = photo_with_location(fmt, **({"lossless": True} if fmt == "WEBP" else {}))
    assert len(tells_where(original)) >= 4
    cleaned, removed = metadata.strip(original, content_type)
    assert removed and tells_where(cleaned) == []
    assert pixels(cleaned) == pixels(original)
    assert dict(Image.open(io.BytesIO(cleaned)).getexif()) == {0x0112: 6}  # still shown upright


def test_a_progressive_jpeg_keeps_every_scan_byte_for_byte():
    original = photo_with_location("JPEG", progressive=True, orientation=1)
    cleaned, removed = metadata.strip(original, "image/jpeg")
    assert removed and tells_where(cleaned) == [] and pixels(cleaned) == pixels(original)
    assert "exif" not in Image.open(io.BytesIO(cleaned)).info  # upright: no EXIF left at all
    scans = original[original.index(b"\xff\xc2") :]  # from the progressive frame header to the end
    assert cleaned.endswith(scans)


def test_pictures_appended_after_the_end_go_too():
    """Phones append further pictures (depth maps, previews), each with its own EXIF."""
    original = photo_with_location("JPEG") + photo_with_location("JPEG")
    cleaned, _removed = metadata.strip(original, "image/jpeg")
    assert tells_where(cleaned) == [] and cleaned.count(b"\xff\xd8") == 1


@pytest.mark.parametrize(("fmt", "content_type"), FORMATS)
def test_a_file_without_metadata_is_kept_as_it_is(fmt, content_type):
    plain = png_bytes(fmt=fmt)
    assert metadata.strip(plain, content_type) == (plain, False)
    pdf = b"%PDF-1.7\n/Author (Someone) /GPS (1,17)"
    assert metadata.strip(pdf, "application/pdf") == (pdf, False)


@pytest.mark.parametrize(("fmt", "content_type"), FORMATS)
def test_a_cut_file_is_unreadable(fmt, content_type):
    original = photo_with_location(fmt)
    with pytest.raises(metadata.Unreadable):
        metadata.strip(original[: len(original) // 2], content_type)


def test_the_buyer_receives_the_photo_without_its_location(app, market, people, make_work, db):
    work_id = make_work(people["artist_id"], is_digital=True, price=12000, currency="EUR", stock=10,
                        edition="open")  # fmt: skip
    original = photo_with_location("JPEG", quality=95)
    response = upload_file(people["artist"], work_id, original, name="Usiku.jpg", lang="sw")
    assert response.status_code == 302
    page = people["artist"].get(response.headers["Location"]).get_data(as_text=True)
    assert translated("sw", REMOVED) in page
    [stored] = private_files(app)
    assert tells_where(stored.read_bytes()) == []
    buy(market, people["buyer"], [(work_id, 1)], "EUR")
    [grant] = grants(db)
    delivered = people["buyer"].get(f"/en/downloads/{grant.token}").data
    assert tells_where(delivered) == [] and pixels(delivered) == pixels(original)


def test_the_artist_is_told_only_when_something_was_removed(app, people, make_work):
    work_id = make_work(people["artist_id"], is_digital=True)
    response = upload_file(people["artist"], work_id, png_bytes(), name="plain.png")
    assert response.status_code == 302
    page = people["artist"].get(response.headers["Location"]).get_data(as_text=True)
    assert REMOVED not in page


def test_a_broken_picture_is_refused_and_nothing_is_stored(app, people, make_work):
    work_id = make_work(people["artist_id"], is_digital=True)
    broken = photo_with_location("JPEG")[:300]
    response = upload_file(people["artist"], work_id, broken, name="cut.jpg", lang="fr")
    assert response.status_code == 400
    assert translated("fr", "This file could not be read as an image.") in response.get_data(as_text=True)
    assert private_files(app) == []
