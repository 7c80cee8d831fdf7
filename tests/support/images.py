"""Files to upload: pictures made with Pillow, and PDFs as far as magic bytes go."""

from __future__ import annotations

import io
import os

from PIL import Image

#: A small PDF as far as magic bytes go, with random bytes so each test's file is its own.
PDF_HEAD = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"


def png_bytes(size=(640, 480), colour=(180, 80, 40), fmt="PNG", **save_args) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format=fmt, **save_args)
    return buffer.getvalue()


def pdf_bytes(size: int = 50_000) -> bytes:
    return PDF_HEAD + os.urandom(size)


#: Where the photos of :func:`photo_with_location` say they were taken (Nairobi), and by what.
GPS_IFD = 0x8825
CAMERA = "PhoneMaker X1"


def photo_with_location(fmt="JPEG", orientation=6, **save_args) -> bytes:
    """A picture as a phone saves it: EXIF with the camera, an orientation and GPS coordinates, XMP (an
    iTXt chunk in PNG), and a comment or text chunk naming the place."""
    from PIL import PngImagePlugin

    image = Image.linear_gradient("L").resize((96, 64)).convert("RGB")
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = CAMERA
    gps = exif.get_ifd(GPS_IFD)
    gps.update({1: "S", 2: (1.0, 17.0, 30.0), 3: "E", 4: (36.0, 49.0, 12.0)})
    xmp = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><exif:GPSLatitude>1,17.5S</exif:GPSLatitude></x:xmpmeta>'
    options = {"exif": exif, **save_args}
    if fmt == "PNG":
        info = PngImagePlugin.PngInfo()
        info.add_text("Location", "Nairobi, Kenya")
        info.add_itxt("XML:com.adobe.xmp", xmp)
        options["pnginfo"] = info
    else:
        options["xmp"] = xmp.encode()
    if fmt == "JPEG":
        options["comment"] = b"Nairobi, Kenya"
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()
