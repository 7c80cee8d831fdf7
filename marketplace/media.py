"""Images: checked by content, re-encoded without metadata, stored as WebP at a few widths.

Storage sits behind a small interface so object storage can replace the local folder.
"""

from __future__ import annotations

import io
import re
import secrets
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PIL import Image, ImageDraw, ImageFont, ImageOps, UnidentifiedImageError

WIDTHS = (320, 640, 1280)
ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP"}
MAX_PIXELS = 40_000_000
#: The mark drawn across the public previews of digital works (whose file is sold, not the picture).
WATERMARK_TEXT = "Daraja · preview"
#: Pictures are stored as ``img/<4 hex>/<24 hex>/<width>.webp``.
IMAGE_PREFIX = "img"
_KEY_PARTS = re.compile(r"[0-9a-f]{4}/[0-9a-f]{24}")


class ImageRejected(ValueError):
    """The upload is not an image we accept."""


class Storage(Protocol):
    def save(self, key: str, data: bytes) -> None: ...
    def read(self, key: str) -> bytes: ...
    def path(self, key: str) -> Path | None: ...
    def delete_image(self, key: str) -> None: ...
    def stored_images(self) -> Iterator[tuple[str, float]]: ...


class LocalStorage:
    """Files under one folder; keys are relative paths made only by this module."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def save(self, key: str, data: bytes) -> None:
        target = self._resolve(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)

    def read(self, key: str) -> bytes:
        return self._resolve(key).read_bytes()

    def path(self, key: str) -> Path | None:
        target = self._resolve(key)
        return target if target.is_file() else None

    def delete_image(self, key: str) -> None:
        """Remove a stored image's renditions (the folder ``key`` made by :func:`store_image`)."""
        folder = self._resolve(key)
        if folder.is_dir():
            for rendition in folder.glob("*.webp"):
                rendition.unlink()
            folder.rmdir()

    def stored_images(self) -> Iterator[tuple[str, float]]:
        """Every picture :func:`store_image` made here: its key and when its folder last changed (a POSIX
        timestamp). Nothing else under the folder is listed."""
        for folder in sorted((self.root / IMAGE_PREFIX).glob("*/*")):
            if folder.is_dir() and _KEY_PARTS.fullmatch(f"{folder.parent.name}/{folder.name}"):
                yield f"{IMAGE_PREFIX}/{folder.parent.name}/{folder.name}", folder.stat().st_mtime

    def _resolve(self, key: str) -> Path:
        target = (self.root / key).resolve()
        if self.root.resolve() not in target.parents:
            raise ValueError("key outside storage")
        return target


@dataclass(frozen=True)
class StoredImage:
    key: str  # folder holding <width>.webp files
    width: int
    height: int
    widths: tuple[int, ...]


def store_image(storage: Storage, data: bytes, watermark: bool = False) -> StoredImage:
    """Validate, strip metadata, and store WebP renditions. Raises ImageRejected.

    ``watermark``: the renditions carry the preview mark (public pictures of digital works, previews.py).
    """
    image = _open_checked(data)
    image = ImageOps.exif_transpose(image)
    image = image.convert("RGBA" if image.mode in ("RGBA", "LA", "P") else "RGB")
    if watermark:
        image = _marked(image)
    key = f"{IMAGE_PREFIX}/{secrets.token_hex(2)}/{secrets.token_hex(12)}"
    widths = available_widths(image.width)
    for width in widths:
        rendition = image.copy()
        if rendition.width > width:
            rendition.thumbnail((width, width * 4), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        # A fresh encode from pixels carries no EXIF, GPS or XMP from the upload.
        rendition.save(buffer, format="WEBP", quality=82, method=4)
        storage.save(f"{key}/{width}.webp", buffer.getvalue())
    return StoredImage(key=key, width=image.width, height=image.height, widths=widths)


def largest_rendition(key: str, width: int) -> str:
    """The key of the widest rendition :func:`store_image` made of a picture ``width`` pixels wide."""
    return f"{key}/{available_widths(width)[-1]}.webp"


def _marked(image: Image.Image) -> Image.Image:
    """The image, no wider than the largest rendition, with the preview mark tiled diagonally over it:
    light text with a dark outline, half transparent, so it shows on any picture. Pillow's own font."""
    if image.width > WIDTHS[-1]:
        image = image.copy()
        image.thumbnail((WIDTHS[-1], WIDTHS[-1] * 4), Image.Resampling.LANCZOS)
    mode = image.mode
    base = image.convert("RGBA")
    size = max(12, min(base.width, base.height) // 12)
    font = ImageFont.load_default(size=size)
    left, top, right, bottom = ImageDraw.Draw(base).textbbox((0, 0), WATERMARK_TEXT, font=font)
    step_x, step_y = (right - left) + size * 2, (bottom - top) + size * 2
    side = int((base.width**2 + base.height**2) ** 0.5) + step_x
    layer = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    outline = max(1, size // 16)
    for row, y in enumerate(range(0, side, step_y)):
        for x in range(-(row % 2) * step_x // 2, side, step_x):
            draw.text((x, y), WATERMARK_TEXT, font=font, fill=(255, 255, 255, 130),
                      stroke_width=outline, stroke_fill=(0, 0, 0, 110))  # fmt: skip
    layer = layer.rotate(30, resample=Image.Resampling.BICUBIC)
    offset_x, offset_y = (side - base.width) // 2, (side - base.height) // 2
    layer = layer.crop((offset_x, offset_y, offset_x + base.width, offset_y + base.height))
    marked = Image.alpha_composite(base, layer)
    return marked if mode == "RGBA" else marked.convert(mode)


def _open_checked(data: bytes) -> Image.Image:
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=sorted(ACCEPTED_FORMATS))
            if image.format not in ACCEPTED_FORMATS:
                raise ImageRejected("format")
            # Refuse by the header, before a single pixel is decoded.
            if image.width * image.height > MAX_PIXELS:
                raise ImageRejected("too-large")
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ImageRejected("too-large") from error
    except ImageRejected:
        raise
    except UnidentifiedImageError as error:
        raise ImageRejected("format") from error
    except Exception as error:  # Pillow raises many kinds for broken or foreign files
        raise ImageRejected("unreadable") from error
    return image


def available_widths(width: int) -> tuple[int, ...]:
    """The renditions store_image made for an image of this width."""
    return tuple(w for w in WIDTHS if w <= width) or (WIDTHS[0],)


def storage_for(app) -> Storage:
    """The configured storage (a local folder; object storage would plug in here)."""
    return LocalStorage(app.config["MEDIA_DIR"])
