"""Private storage for the digital files buyers download: never under the public media folder or /static.

Files are checked by their first bytes (magic numbers), never by the name or the browser's content type.
JPEG, PNG and WebP files lose their metadata (location, camera, XMP: ``metadata.py``) without being
re-encoded, since the file is the artwork. Files are stored under a random key without an extension (so
even a misconfigured folder served by the public media route, which serves only ``.webp``, would not hand
one out). Only the download route reads them, for the grant's buyer.

The folder is ``PRIVATE_MEDIA_DIR``, or ``<instance>/private`` when that is empty; the application refuses
to store or serve anything if it lies inside the public media folder or the static folder.
"""

from __future__ import annotations

import os
import secrets
import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import BinaryIO

from marketplace.downloads import metadata

CHUNK = 1024 * 1024
HEAD = 16


@dataclass(frozen=True)
class FileKind:
    content_type: str
    extension: str  # added to the download name when the artist's name has none of ``extensions``
    extensions: tuple[str, ...]


JPEG = FileKind("image/jpeg", ".jpg", (".jpg", ".jpeg"))
PNG = FileKind("image/png", ".png", (".png",))
WEBP = FileKind("image/webp", ".webp", (".webp",))
TIFF = FileKind("image/tiff", ".tif", (".tif", ".tiff"))
PDF = FileKind("application/pdf", ".pdf", (".pdf",))
ZIP = FileKind("application/zip", ".zip", (".zip",))
MP4 = FileKind("video/mp4", ".mp4", (".mp4", ".m4v"))
ACCEPTED = (JPEG, PNG, WEBP, TIFF, PDF, ZIP, MP4)
#: Read whole (uploads are at most MAX_UPLOAD_MB) to take their metadata out.
PICTURES = (JPEG, PNG, WEBP)
#: ISO base media brands that are MP4 (QuickTime's ``qt  `` and HEIF images are not accepted).
MP4_BRANDS = {
    b"isom", b"iso2", b"iso3", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"M4V ", b"MSNV",
    b"dash", b"mmp4", b"f4v ",
}  # fmt: skip


class FileRejected(ValueError):
    """The upload is not a file we accept: ``str(error)`` is ``empty``, ``format`` or ``unreadable``."""


def sniff(head: bytes) -> FileKind | None:
    """The kind of file these first bytes begin, or None."""
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return TIFF
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return ZIP
    if head[4:8] == b"ftyp" and head[8:12] in MP4_BRANDS:
        return MP4
    return None


def download_name(original: str, kind: FileKind) -> str:
    """The name the buyer's browser saves: the artist's file name without any folder or control
    character, with the extension of what the file really is."""
    name = PureWindowsPath(PurePosixPath(original or "").name).name
    name = "".join(ch for ch in unicodedata.normalize("NFC", name) if unicodedata.category(ch)[0] != "C")
    name = name.strip().strip(".") or "download"
    stem, dot, suffix = name.rpartition(".")
    if not dot or f".{suffix.lower()}" not in kind.extensions:
        name = f"{name}{kind.extension}"
    if len(name) > 200:
        name = name[: 200 - len(kind.extension)].rstrip() + kind.extension
    return name


def titled_name(title: str, stored_name: str) -> str:
    """The name the buyer's browser saves: the work's title as the buyer chose it (no folder separator
    or control character), with the extension of the stored file."""
    suffix = PurePosixPath(stored_name or "").suffix
    name = unicodedata.normalize("NFC", title or "").replace("/", "-").replace("\\", "-")
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip().strip(".")
    if not name:
        return stored_name or "download"
    return name[: 200 - len(suffix)].rstrip() + suffix


@dataclass(frozen=True)
class StoredFile:
    key: str
    name: str
    size: int
    content_type: str
    metadata_removed: bool = False  # location, camera or other data was taken out of the picture


class PrivateStorage:
    """Files under one private folder; keys are made only by this module."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def store(self, stream: BinaryIO, original_name: str) -> StoredFile:
        """Check ``stream`` by its first bytes and store it under a new random key. Raises FileRejected
        and then stores nothing."""
        head = stream.read(HEAD)
        if not head:
            raise FileRejected("empty")
        kind = sniff(head)
        if kind is None:
            raise FileRejected("format")
        cleaned, removed = None, False
        if kind in PICTURES:
            try:
                cleaned, removed = metadata.strip(head + stream.read(), kind.content_type)
            except metadata.Unreadable as error:
                raise FileRejected("unreadable") from error
        key = f"dl/{secrets.token_hex(2)}/{secrets.token_hex(16)}"
        target = self._resolve(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f"{target.name}.part")
        try:
            with open(partial, "xb") as out:
                if cleaned is not None:
                    out.write(cleaned)
                else:
                    out.write(head)
                    shutil.copyfileobj(stream, out, CHUNK)
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return StoredFile(
            key=key,
            name=download_name(original_name, kind),
            size=target.stat().st_size,
            content_type=kind.content_type,
            metadata_removed=removed,
        )

    def path(self, key: str | None) -> Path | None:
        if not key:
            return None
        try:
            target = self._resolve(key)
        except ValueError:
            return None
        return target if target.is_file() else None

    def delete(self, key: str | None) -> None:
        target = self.path(key)
        if target is not None:
            target.unlink(missing_ok=True)

    def _resolve(self, key: str) -> Path:
        target = (self.root / key).resolve()
        if self.root.resolve() not in target.parents:
            raise ValueError("key outside storage")
        return target


class PublicFolderConfigured(RuntimeError):
    """PRIVATE_MEDIA_DIR lies inside a folder the application serves publicly."""


def private_root(app) -> Path:
    configured = app.config.get("PRIVATE_MEDIA_DIR")
    root = Path(configured) if configured else Path(app.instance_path) / "private"
    resolved = root.resolve()
    for public in (app.config.get("MEDIA_DIR"), app.static_folder):
        if not public:
            continue
        public_path = Path(public).resolve()
        if resolved == public_path or public_path in resolved.parents:
            raise PublicFolderConfigured(f"PRIVATE_MEDIA_DIR {resolved} is inside the public folder {public}")
    return root


def storage_for(app) -> PrivateStorage:
    return PrivateStorage(private_root(app))
