"""The SEO tests' small hand-made catalogue (see ``tests.support.seo.Catalog``)."""

from __future__ import annotations

import pytest

from tests.support.seo import Catalog


@pytest.fixture
def catalog(app, db) -> Catalog:
    return Catalog(app, db)
