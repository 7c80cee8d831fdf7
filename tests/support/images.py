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
