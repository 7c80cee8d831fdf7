"""Digital files: the artist's upload in the studio, the private files stored, the grants made."""

from __future__ import annotations

import io
from pathlib import Path

from sqlalchemy import select

from marketplace.downloads.models import DownloadGrant
from marketplace.downloads.storage import private_root
from tests.support.forms import post_form


def upload_file(client, work_id: int, data: bytes, name: str = "Usiku wa Nairobi.pdf", lang: str = "en"):
    """The artist sends the digital file from the work's studio page."""
    return post_form(
        client,
        f"/{lang}/studio/works/{work_id}/digital-file",
        {"file": (io.BytesIO(data), name)},
        token_from=f"/{lang}/",
        content_type="multipart/form-data",
    )


def private_files(app) -> list[Path]:
    root = private_root(app)
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def grants(db) -> list[DownloadGrant]:
    with db(write=False) as session:
        return list(session.scalars(select(DownloadGrant).order_by(DownloadGrant.id)))
