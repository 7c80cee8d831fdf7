"""Images: checked by content, re-encoded without metadata, stored as WebP at a few widths.

Storage sits behind a small interface so object storage can replace the local folder.
"""

from __future__ import annotations

import io
import secrets
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PIL import Image, ImageOps, UnidentifiedImageError

WIDTHS = (320, 640, 1280)
ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP"}
MAX_PIXELS = 40_000_000


class ImageRejected(ValueError):
    """The upload is not an image we accept."""


class Storage(Protocol):
    def save(self, key: str, data: bytes) -> None: ...
    def read(self, key: str) -> bytes: ...
    def path(self, key: str) -> Path | None: ...


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


def store_image(storage: Storage, data: bytes) -> StoredImage:
    """Validate, strip metadata, and store WebP renditions. Raises ImageRejected."""
    image = _open_checked(data)
    image = ImageOps.exif_transpose(image)
    image = image.convert("RGBA" if image.mode in ("RGBA", "LA", "P") else "RGB")
    key = f"img/{secrets.token_hex(2)}/{secrets.token_hex(12)}"
    widths = []
    for width in WIDTHS:
        if width > image.width and widths:
            break
        rendition = image.copy()
        if rendition.width > width:
            rendition.thumbnail((width, width * 4), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        # A fresh encode from pixels carries no EXIF, GPS or XMP from the upload.
        rendition.save(buffer, format="WEBP", quality=82, method=4)
        storage.save(f"{key}/{width}.webp", buffer.getvalue())
        widths.append(width)
    return StoredImage(key=key, width=image.width, height=image.height, widths=tuple(widths))


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
