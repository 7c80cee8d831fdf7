"""Works for the search tests, made with the models, and what a search finds."""

from __future__ import annotations

from marketplace.catalog.models import Work
from marketplace.search.query import ranked_work_ids


def new_work(artist_id: int, title: str, language: str = "sw", **texts) -> Work:
    return Work(
        artist_id=artist_id, slug="work", source_language=language, title=title, category="craft",
        origin_country="KE", price_minor=10_000, currency="KES", stock=1, review_status="approved", **texts,
    )  # fmt: skip


def found(session, q: str) -> set[int] | None:
    """The ids of the works a search for ``q`` finds, or None for a query with nothing to search."""
    ids = ranked_work_ids(session, q)
    return None if ids is None else set(ids)
