"""Digital works bought for real through the fake Stripe, their file uploaded in the studio by the artist."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from marketplace.downloads.models import DownloadGrant
from marketplace.downloads.storage import private_root
from tests.conftest import post_form
from tests.finance.conftest import market, people  # noqa: F401

#: A small PDF as far as magic bytes go, with random bytes so each test's file is its own.
PDF_HEAD = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"


def pdf_bytes(size: int = 50_000) -> bytes:
    return PDF_HEAD + os.urandom(size)


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


@pytest.fixture
def digital_work(people, make_work):  # noqa: F811
    """An approved digital work of the people's artist, with its file uploaded in the studio:
    (work id, the file's bytes)."""

    def create(**extra) -> tuple[int, bytes]:
        options = {"price": 12000, "currency": "EUR", "stock": 10, "edition": "open", **extra}
        work_id = make_work(people["artist_id"], **{"is_digital": True, **options})
        data = pdf_bytes()
        response = upload_file(people["artist"], work_id, data)
        assert response.status_code == 302, response.get_data(as_text=True)[:500]
        return work_id, data

    return create
