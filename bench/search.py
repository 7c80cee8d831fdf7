"""Search benchmark: `search reindex` and ranked searches on a database that already holds a catalogue.

Run on demand (not in the test suite), from the project root, on a copy of a filled database (it rewrites
the search index):

    PYTHONPATH=$PWD .venv/bin/python bench/search.py DATABASE_URL [--no-reindex] [--runs 5] [--query WORD ...]

Prints the time of ``reindex_all`` (batched, as ``flask search reindex`` runs it) and, for each query, the
number of matching works and the median time of ``ranked_work_ids(session, q, limit=24)``. On a shared
machine the CPU time is the steadier figure (on SQLite it includes the database's work; not on PostgreSQL).
"""

from __future__ import annotations

import argparse
import statistics
import time

from sqlalchemy import func, select

import marketplace.models  # noqa: F401  (every table, so the mappers configure)
from marketplace.catalog.search_index import reindex_all
from marketplace.db import make_engine, make_sessionmaker, unit_of_work
from marketplace.search.query import matching_work_ids, ranked_work_ids

QUERIES = ("mikono", "zanzibarite", "ceramique", "ceramique bl", "木雕", "青花瓷")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database_url")
    parser.add_argument("--no-reindex", action="store_true")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--limit", type=int, default=24)
    parser.add_argument("--query", action="append", help="(repeatable) instead of the default queries")
    args = parser.parse_args()
    factory = make_sessionmaker(make_engine(args.database_url))
    if not args.no_reindex:
        started, cpu = time.monotonic(), time.process_time()
        count = reindex_all(factory)
        print(f"reindex: {count} works in {time.monotonic() - started:.1f} s "
              f"({time.process_time() - cpu:.1f} s of this process's CPU)")  # fmt: skip
    for q in args.query or QUERIES:
        with unit_of_work(factory, write=False) as session:
            every = matching_work_ids(session, q).subquery()
            matches = session.scalar(select(func.count()).select_from(every))
            times, cpu = [], []
            for _ in range(args.runs):
                started, started_cpu = time.perf_counter(), time.process_time()
                ids = ranked_work_ids(session, q, limit=args.limit)
                times.append(time.perf_counter() - started)
                cpu.append(time.process_time() - started_cpu)
        print(f"{q!r}: {matches} matches, {len(ids)} shown, median {statistics.median(times) * 1000:.1f} ms "
              f"({statistics.median(cpu) * 1000:.1f} ms of this process's CPU)")  # fmt: skip


if __name__ == "__main__":
    main()
