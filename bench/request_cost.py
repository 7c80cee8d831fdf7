"""Per-request cost of each public page, in process (Flask's test client): median CPU ms of N requests after
a warm-up, and optionally a pyinstrument profile of one page.

    DATABASE_URL=sqlite:////tmp/demo.db PYTHONPATH=. python bench/request_cost.py [--profile works] [-n 50]

PAGE_CACHE=0 measures every request rendered (the cost of a miss, or of a signed-in visitor's page).
"""

from __future__ import annotations

import argparse
import statistics
import time

from sqlalchemy import select

from marketplace import create_app


def page_paths(app) -> dict[str, str]:
    from marketplace.catalog.models import Collection, Work
    from marketplace.db import sessionmaker_for

    with app.app_context():
        session = sessionmaker_for(app)()
        work = session.scalars(select(Work).where(Work.review_status == "approved").limit(1)).one()
        artist = work.artist
        collection = session.scalars(select(Collection).limit(1)).one()
        paths = {
            "home": "/en/",
            "works": "/en/works/",
            "works_filtered": "/en/works/?category=painting&sort=price_low",
            "work": f"/en/works/{work.id}-{work.slug}",
            "artist": f"/en/artists/{artist.id}-{artist.slug}",
            "artists": "/en/artists/",
            "collection": f"/en/collections/{collection.id}-{collection.slug}",
            "exhibitions": "/en/exhibitions/",
            "search": "/en/works/?q=bronze",
            "sitemap": "/sitemap.xml",
        }
        session.close()
    return paths


def measure(client, path: str, n: int, headers=None) -> float:
    for _ in range(5):
        client.get(path, headers=headers)
    times = []
    for _ in range(n):
        start = time.process_time()
        response = client.get(path, headers=headers)
        times.append((time.process_time() - start) * 1000)
        assert response.status_code in (200, 304), (path, response.status_code)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=50)
    parser.add_argument("--profile")
    parser.add_argument("--gzip", action="store_true")
    args = parser.parse_args()
    app = create_app("development")
    paths = page_paths(app)
    headers = {"Accept-Encoding": "gzip"} if args.gzip else None
    if args.profile:
        from pyinstrument import Profiler

        client = app.test_client()
        path = paths[args.profile]
        measure(client, path, 5, headers)
        profiler = Profiler(interval=0.0002)
        profiler.start()
        for _ in range(args.n):
            client.get(path, headers=headers)
        profiler.stop()
        print(profiler.output_text(unicode=False, color=False, show_all=False))
        return
    for name, path in paths.items():
        client = app.test_client()
        print(f"{name:16} {measure(client, path, args.n, headers):7.2f} ms  {path}")


if __name__ == "__main__":
    main()
