"""The page of an artist with hundreds of works, loaded many times in one process (it once crashed
Python 3.11's garbage collector when the page loaded every work of the artist with its relationships)."""

import os
import subprocess
import sys
from pathlib import Path

from marketplace.catalog.models import ContentTranslation, Work, WorkImage
from marketplace.catalog.services import PAGE_SIZE
from marketplace.db import utcnow

WORKS = 400
REQUESTS = 200
ROOT = Path(__file__).resolve().parents[2]


def test_an_artist_with_hundreds_of_works_survives_many_requests(
    app, make_artist, db, database_url, tmp_path
):
    artist = make_artist()
    with db() as session:
        for n in range(WORKS):
            work = Work(
                artist_id=artist, slug=f"kazi-{n}", source_language="sw", title=f"Kazi {n}",
                description="Kitambaa cha pamba. " * 20, story="Hadithi ya kanga. " * 30, category="textile",
                origin_country="KE", price_minor=100000 + n, currency="KES", review_status="approved",
                published_at=utcnow(),
            )  # fmt: skip
            work.images = [WorkImage(position=p, key=f"img/{n}/{p}", width=1600, height=1200) for p in (0, 1)]
            session.add(work)
            session.flush()
            for language in ("en", "fr", "zh"):
                session.add(ContentTranslation(
                    entity_type="work", entity_id=work.id, language=language, status="approved",
                    origin="human", fields={"title": f"{language} {n}", "description": "…" * 200},
                ))  # fmt: skip
    pages = -(-WORKS // PAGE_SIZE)
    urls = [f"/en/artists/{artist}-njeri-kamau?page={n}" for n in range(1, pages + 1)]
    urls += [f"/en/artists/{artist}-njeri-kamau"] * pages
    run = subprocess.run(
        [sys.executable, "-m", "tests.support.page_load", database_url, str(tmp_path), str(REQUESTS), *urls],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, f"exit {run.returncode}\n{run.stderr[-3000:]}"
