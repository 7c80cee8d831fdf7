"""Digital works bought for real through the fake Stripe, their file uploaded in the studio by the artist."""

from __future__ import annotations

import pytest

from tests.support.downloads import upload_file
from tests.support.images import pdf_bytes


@pytest.fixture
def digital_work(people, make_work):
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
