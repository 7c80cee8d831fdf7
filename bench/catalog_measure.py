"""`bench/catalog.py measure`: every public page type served by gunicorn, each beside the bare app.

For each page: one request first (its status and time; a redirect to the canonical address is followed),
then the bare app under load, then the page under the same load right after it, then a wait until the
marketplace's workers are idle again. Pages slower than ``SLOW_SECONDS`` for one request are measured with
two connections (one per worker) for at most ``SLOW_CAP_SECONDS`` instead, so a run takes minutes. After
the load, the SQL statements of each page are counted in process (Flask's test client, a
``before_cursor_execute`` counter on the app's engine, the second request of the page).
"""

from __future__ import annotations

import html
import math
import os
import platform
import re
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import and_, event, func, select

import marketplace.models  # noqa: F401  (every model, so relationships resolve)
from bench import load
from marketplace.catalog.models import ArtistProfile, Collection, CollectionItem, ContentTranslation, Work
from marketplace.db import make_engine

ROOT = Path(__file__).resolve().parents[1]
GUNICORN = Path(sys.executable).with_name("gunicorn")
WORKERS = 2
CONNECTIONS = 16
SLOW_SECONDS = 0.5
SLOW_CAP_SECONDS = 20
#: Fewer answers than this under full load: the page is measured again as a slow one.
FEW_REQUESTS = 20
#: rel="next" links followed at most to reach a later page of a list that is not numbered.
MAX_HOPS = 10
#: Pages whose first request took longer are not counted in process (they would take as long again).
COUNT_LIMIT_SECONDS = 10
PAGE_SIZE = 24
THROUGHPUT_GOAL, P99_GOAL, RSS_GOAL_MB, GROWTH_GOAL = 0.25, 4.0, 120, 1.5
#: The searches of goal 3: a common and a rare word in each language (French typed without its accents).
SEARCHES = (
    ("en", "common", "colour"),
    ("en", "rare", "kingfisher"),
    ("fr", "common", "atelier"),
    ("fr", "rare, without accents", "ephemere"),
    ("sw", "common", "kitambaa"),
    ("sw", "rare", "kinyonga"),
    ("zh", "common", "手工"),
    ("zh", "rare", "翡翠"),
)


@dataclass
class PageResult:
    name: str
    path: str
    status: int
    first_seconds: float
    bare: load.Load | None = None
    page: load.Load | None = None
    statements: int | None = None
    rss_mb: float | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        if not self.page or not self.bare or not self.bare.requests_per_second:
            return float("nan")
        return self.page.requests_per_second / self.bare.requests_per_second

    @property
    def p99_ratio(self) -> float:
        if not self.page or not self.bare or not self.bare.p99:
            return float("nan")
        return self.page.p99 / self.bare.p99

    @property
    def meets_goal(self) -> bool:
        return self.status == 200 and self.ratio >= THROUGHPUT_GOAL and self.p99_ratio <= P99_GOAL


@dataclass
class Run:
    database_url: str
    works: int
    artists: int
    started: datetime
    seconds: float = 0.0
    pages: list[PageResult] = field(default_factory=list)
    worker_rss_mb: list[float] = field(default_factory=list)
    bare_rss_mb: list[float] = field(default_factory=list)
    crashes: int = 0
    #: The machine's 1-minute load average at the start and the end (others share it).
    load_average: tuple[float, float] = (0.0, 0.0)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serving_environment(database_url: str, instance: Path) -> dict:
    """The development configuration with FLASK_DEBUG off: production's code paths for public pages, without
    what production demands of a real deployment (an https PUBLIC_BASE_URL, Redis for two workers' rate
    limits, Stripe keys, a certificate signing key) and cannot have on a benchmark machine. Variables set
    by the caller (REDIS_URL, say) are passed on."""
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "MARKETPLACE_ENV": "development",
        "FLASK_DEBUG": "0",
        "MARKETPLACE_INSTANCE_DIR": str(instance),
        "DATABASE_URL": database_url,
        "SECRET_KEY": "bench-secret-key-long-enough-0123456789",
    }


def start_gunicorn(application: str, port: int, env: dict, log: Path) -> subprocess.Popen:
    """2 sync workers; the timeout is long so that slow pages are measured rather than killed."""
    command = [
        str(GUNICORN),
        "--workers",
        str(WORKERS),
        "--worker-class",
        "sync",
        "--bind",
        f"127.0.0.1:{port}",
        "--timeout",
        "300",
        "--log-level",
        "warning",
        "--error-logfile",
        str(log),
        application,
    ]
    server = subprocess.Popen(command, env=env, cwd=ROOT)
    for _ in range(300):
        status, _, _ = load.fetch(f"http://127.0.0.1:{port}/healthz", timeout=5)
        if status == 200:
            return server
        if server.poll() is not None:
            break
        time.sleep(0.2)
    server.terminate()
    raise SystemExit(f"gunicorn {application} did not start:\n{log.read_text()[-3000:]}")


def worker_pids(master: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == master:
                pids.append(int(entry.name))
    return sorted(pids)


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def wait_until_idle(base: str) -> None:
    """After a page's load the workers may still be answering requests whose clients left: wait for them."""
    quick = 0
    for _ in range(600):
        _, _, seconds = load.fetch(f"{base}/healthz", timeout=300)
        quick = quick + 1 if seconds < 0.05 else 0
        if quick >= 2:
            return
        time.sleep(0.1)


def next_link(body: str) -> str | None:
    for tag in re.findall(r"<(?:a|link)\b[^>]*>", body):
        if re.search(r'\brel="next"', tag):
            found = re.search(r'\bhref="([^"]+)"', tag)
            if found:
                return html.unescape(found.group(1))
    return None


def later_page(base: str, body: str, target: int) -> str | None:
    """A later page of a paginated list, found from its rel="next" links: numbered pages jump to page
    ``target`` when it exists; otherwise (cursors, or a shorter list) the links are followed one by one,
    at most ``MAX_HOPS`` times."""
    link = next_link(body)
    if link is None:
        return None
    if re.search(r"[?&]page=2\b", link):
        jump = re.sub(r"([?&]page=)2\b", rf"\g<1>{target}", link)
        if load.fetch(base + _local(jump))[0] == 200:
            return jump
    for _ in range(min(target, MAX_HOPS) - 2):
        status, content, _ = load.fetch(base + _local(link))
        following = next_link(content.decode("utf-8", "replace")) if status == 200 else None
        if following is None:
            break
        link = following
    return link


def _local(link: str) -> str:
    return re.sub(r"^https?://[^/]+", "", link)


def catalogue_facts(database_url: str) -> dict:
    """What the pages to measure are, read from the database: counts and the ids of typical pages."""
    engine = make_engine(database_url)
    today = date.today()
    with engine.connect() as connection:
        works = connection.scalar(
            select(func.count()).select_from(Work).where(Work.review_status == "approved")
        )
        per_artist = connection.execute(
            select(ArtistProfile.id, ArtistProfile.slug, func.count(Work.id).label("works"))
            .join(Work, Work.artist_id == ArtistProfile.id)
            .where(ArtistProfile.status == "approved", Work.review_status == "approved")
            .group_by(ArtistProfile.id, ArtistProfile.slug)
        ).all()
        translated = (
            select(ContentTranslation.entity_id)
            .where(ContentTranslation.entity_type == "work")
            .group_by(ContentTranslation.entity_id)
            .having(func.count() >= 3)
        )
        work = connection.execute(
            select(Work.id, Work.slug)
            .where(Work.id.in_(translated), Work.id >= works // 2, Work.source_language == "fr")
            .order_by(Work.id)
            .limit(1)
        ).first()
        shown = func.count(CollectionItem.id)
        collection = connection.execute(
            select(Collection.id, Collection.slug)
            .join(CollectionItem, CollectionItem.collection_id == Collection.id)
            .where(Collection.kind == "collection", Collection.published.is_(True))
            .group_by(Collection.id, Collection.slug)
            .order_by(shown.desc(), Collection.id)
            .limit(1)
        ).first()
        exhibition = connection.execute(
            select(Collection.id, Collection.slug)
            .where(
                Collection.kind == "exhibition",
                Collection.published.is_(True),
                and_(Collection.starts_on <= today, Collection.ends_on >= today),
            )
            .order_by(Collection.id)
            .limit(1)
        ).first()
    engine.dispose()
    biggest = max(per_artist, key=lambda row: (row.works, -row.id))
    few = min(per_artist, key=lambda row: (abs(row.works - 5), row.id))
    return {
        "works": works,
        "artists": len(per_artist),
        "work": work,
        "biggest": biggest,
        "few": few,
        "collection": collection,
        "exhibition": exhibition,
    }


def page_list(facts: dict) -> list[tuple[str, str]]:
    deep = min(200, max(1, math.ceil(facts["works"] / PAGE_SIZE)))
    pages = [
        ("home", "/en/"),
        ("works list", "/en/works/"),
        ("works list, page 3", "/en/works/?page=3"),
        (f"works list, page {deep}", f"/en/works/?page={deep}"),
        (
            "works filtered (category, country, price)",
            "/en/works/?category=painting&country=KE&min_price=50&max_price=2000&currency=USD",
        ),
        ("works by price, ascending", "/en/works/?sort=price_asc"),
        ("works by price, descending", "/en/works/?sort=price_desc"),
        ("work", f"/en/works/{facts['work'].id}-{facts['work'].slug}"),
        (f"artist ({facts['few'].works} works)", f"/en/artists/{facts['few'].id}-{facts['few'].slug}"),
        (
            f"artist with the most works ({facts['biggest'].works})",
            f"/en/artists/{facts['biggest'].id}-{facts['biggest'].slug}",
        ),
        ("artists list", "/en/artists/"),
    ]
    if facts["collection"]:
        pages.append(("collection", f"/en/collections/{facts['collection'].id}-{facts['collection'].slug}"))
    pages.append(("exhibitions list", "/en/exhibitions/"))
    if facts["exhibition"]:
        pages.append(("exhibition", f"/en/collections/{facts['exhibition'].id}-{facts['exhibition'].slug}"))
    for lang, kind, word in SEARCHES:
        pages.append((f"search {lang}, {kind}: {word}", f"/{lang}/works/?q={quote(word)}"))
    pages.append(("sitemap", "/sitemap.xml"))
    return pages


def measure(database_url: str, seconds: float = 5, bare_seconds: float = 3, log=print) -> Run:
    started = time.perf_counter()
    facts = catalogue_facts(database_url)
    run = Run(database_url, facts["works"], facts["artists"], datetime.now(UTC))
    load_at_start = os.getloadavg()[0]
    folder = Path(tempfile.mkdtemp(prefix="bench-catalog-"))
    env = serving_environment(database_url, folder)
    app_port, bare_port = free_port(), free_port()
    base, bare_url = f"http://127.0.0.1:{app_port}", f"http://127.0.0.1:{bare_port}/en/works/"
    app_log = folder / "gunicorn.log"
    server = start_gunicorn("marketplace:create_app()", app_port, env, app_log)
    bare = start_gunicorn("bench.bare_app:app", bare_port, env, folder / "bare.log")
    try:
        queue = page_list(facts)
        while queue:
            name, path = queue.pop(0)
            result = measure_page(base, bare_url, name, path, seconds, bare_seconds, server.pid, app_log)
            run.pages.append(result)
            log(_line(result))
            queue[:0] = _later_pages(base, name, result, facts)
        run.worker_rss_mb = [rss_mb(pid) for pid in worker_pids(server.pid)]
        run.bare_rss_mb = [rss_mb(pid) for pid in worker_pids(bare.pid)]
    finally:
        for process in (server, bare):
            process.terminate()
            process.wait(timeout=60)
    run.crashes = _crashes(app_log)
    counts = statement_counts(
        env, [r.path for r in run.pages if r.status == 200 and r.first_seconds < COUNT_LIMIT_SECONDS]
    )
    for result in run.pages:
        result.statements = counts.get(result.path)
    run.seconds = time.perf_counter() - started
    run.load_average = (load_at_start, os.getloadavg()[0])
    return run


def _later_pages(base: str, name: str, result: PageResult, facts: dict) -> list[tuple[str, str]]:
    """The later page of the biggest artist's works (page 5 at most) and of the artists list (page 100 at
    most), within what a list of 48 a page would hold, so that the page exists at any catalogue size."""
    body = getattr(result, "body", "")
    result.body = ""
    if (name.startswith("artist with the most works") and "later page" not in name) or name == "artists list":
        if name == "artists list":
            target = max(2, min(100, facts["artists"] // 48))
        else:
            target = max(2, min(5, facts["biggest"].works // 48))
        later = later_page(base, body, target)
        if later:
            number = re.search(r"[?&]page=(\d+)", later)
            where = f"page {number.group(1)}" if number else "after next links"
            return [(f"{name}, later page ({where})", _local(later))]
    if name == "sitemap" and "<sitemapindex" in body:
        first = re.search(r"<loc>([^<]+)</loc>", body)
        if first:
            return [("sitemap, first file", _local(html.unescape(first.group(1))))]
    return []


def measure_page(base, bare_url, name, path, seconds, bare_seconds, master, app_log) -> PageResult:
    status, body, first = load.fetch(base + path)
    if status in (301, 302, 303, 307, 308):
        location = _redirect(base + path)
        if location:
            path = _local(location)
            status, body, first = load.fetch(base + path)
    # The first request of each worker is a cold one (templates compiled, caches filled): a page's time
    # is that of the next ones, unless it is so slow that asking again would only waste the run.
    if status == 200 and first < COUNT_LIMIT_SECONDS:
        first = min(load.fetch(base + path)[2] for _ in range(WORKERS + 1))
    result = PageResult(name, path, status, first)
    result.body = body.decode("utf-8", "replace")
    if status != 200:
        result.notes.append(f"answered {status}")
        wait_until_idle(base)
        return result
    before, crashes = worker_pids(master), _crashes(app_log)
    result.bare = load.measure(bare_url, bare_seconds, CONNECTIONS)
    if first > SLOW_SECONDS:
        result.page = load.with_threads(base + path, SLOW_CAP_SECONDS, connections=WORKERS, timeout=300)
        result.notes.append(f"slow: {WORKERS} connections")
    else:
        result.page = load.measure(base + path, seconds, CONNECTIONS)
    wait_until_idle(base)
    if result.page.requests < FEW_REQUESTS and first <= SLOW_SECONDS:
        # Slower under load than alone: measured again as a slow page.
        result.page = load.with_threads(base + path, SLOW_CAP_SECONDS, connections=WORKERS, timeout=300)
        result.notes.append(f"slow under load: {WORKERS} connections")
        wait_until_idle(base)
    if result.page.failed:
        result.notes.append(f"{result.page.failed} failed")
    crashed = _crashes(app_log) - crashes
    if crashed or worker_pids(master) != before:
        result.notes.append(f"workers died ({crashed} SIGSEGV)" if crashed else "workers replaced")
    result.rss_mb = max((rss_mb(pid) for pid in worker_pids(master)), default=float("nan"))
    return result


def _redirect(url: str) -> str | None:
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        connection.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""))
        return connection.getresponse().getheader("Location")
    finally:
        connection.close()


def _crashes(log: Path) -> int:
    try:
        content = log.read_text(errors="replace")
    except OSError:
        return 0
    return content.count("SIGSEGV") + content.count("Segmentation fault")


def statement_counts(env: dict, paths: list[str]) -> dict[str, int]:
    """SQL statements of each page's second request, in this process with Flask's test client."""
    from marketplace import create_app
    from marketplace.config import DevelopmentConfig
    from marketplace.db import engine_for

    app = create_app(DevelopmentConfig(env))
    client = app.test_client()
    statements = [0]

    def count(*_args) -> None:
        statements[0] += 1

    engine = engine_for(app)
    event.listen(engine, "before_cursor_execute", count)
    counts = {}
    try:
        for path in dict.fromkeys(paths):
            client.get(path)
            statements[0] = 0
            client.get(path)
            counts[path] = statements[0]
    finally:
        event.remove(engine, "before_cursor_execute", count)
        engine.dispose()
    return counts


def _line(result: PageResult) -> str:
    if result.page is None:
        return f"{result.name}: {result.status} in {result.first_seconds:.2f} s"
    return (
        f"{result.name}: {result.page.requests_per_second:.1f} req/s "
        f"(bare {result.bare.requests_per_second:.0f}, ratio {result.ratio:.4f}), "
        f"p99 {result.page.p99 * 1000:.0f} ms, {' '.join(result.notes)}"
    )


# --- Report -------------------------------------------------------------------------------------------------


def machine() -> str:
    model = ""
    try:
        found = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
        model = found.group(1).strip() if found else ""
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {model or platform.processor()}, Python {platform.python_version()}"


def commit() -> str:
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)  # noqa: S607
        return done.stdout.strip()

    dirty = (
        " (with uncommitted changes)"
        if git("status", "--porcelain", "--", "marketplace", "templates")
        else ""
    )
    return f"{git('log', '-1', '--format=%h of %cd', '--date=format:%Y-%m-%d %H:%M')}{dirty}"


def database_name(url: str) -> str:
    if url.startswith("postgres"):
        engine = make_engine(url)
        with engine.connect() as connection:
            version = connection.exec_driver_sql("SHOW server_version").scalar()
        engine.dispose()
        return f"PostgreSQL {version}"
    import sqlite3

    return f"SQLite {sqlite3.sqlite_version}"


def _ms(seconds: float | None) -> str:
    return (
        "-"
        if seconds is None or math.isnan(seconds)
        else f"{seconds * 1000:,.0f}"
        if seconds >= 0.01
        else f"{seconds * 1000:.1f}"
    )


def _number(value: float | None, digits: int = 1) -> str:
    return "-" if value is None or math.isnan(value) else f"{value:,.{digits}f}"


def _ratio(value: float) -> str:
    if math.isnan(value):
        return "-"
    return f"{value:.2f}" if value >= 0.1 else f"{value:.3f}" if value >= 0.001 else f"{value:.4f}"


def run_table(run: Run) -> list[str]:
    lines = [
        "| page | req/s | bare req/s | ratio | p50 ms | p99 ms | bare p99 ms | p99 ratio | SQL | worker MB "
        "| goal 1 | notes |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for r in run.pages:
        if r.page is None:
            lines.append(f"| {r.name} | - | - | - | - | - | - | - | - | - | no | {'; '.join(r.notes)} |")
            continue
        lines.append(
            f"| {r.name} | {_number(r.page.requests_per_second)} | {_number(r.bare.requests_per_second, 0)} "
            f"| {_ratio(r.ratio)} | {_ms(r.page.p50)} | {_ms(r.page.p99)} | {_ms(r.bare.p99)} "
            f"| {_number(r.p99_ratio)} | {r.statements if r.statements is not None else '-'} "
            f"| {_number(r.rss_mb, 0)} | {'yes' if r.meets_goal else 'no'} | {'; '.join(r.notes)} |"
        )
    return lines


def run_summary(run: Run) -> list[str]:
    met = sum(r.meets_goal for r in run.pages)
    peak = max(run.worker_rss_mb, default=float("nan"))
    # Resident memory is read after every page (the table's "worker MB"); the highest is what goal 6 asks.
    highest = max((r.rss_mb for r in run.pages if r.rss_mb is not None), default=peak)
    return [
        f"- Goal 1 (>= {THROUGHPUT_GOAL:.0%} of the bare app's throughput and p99 <= {P99_GOAL:g}x): "
        f"**{met} of {len(run.pages)} pages**.",
        f"- Goal 6 (worker < {RSS_GOAL_MB} MB after every page type): workers at the end "
        f"{', '.join(f'{mb:.0f}' for mb in run.worker_rss_mb)} MB, highest after any page {highest:.0f} MB: "
        f"**{'met' if highest < RSS_GOAL_MB else 'not met'}** (bare app's workers "
        f"{', '.join(f'{mb:.0f}' for mb in run.bare_rss_mb)} MB).",
        f"- Workers killed by a signal during the run: {run.crashes}.",
    ]


def compare_table(large: Run, small: Run) -> list[str]:
    """Goal 2: a page's cost at the large size within 1.5x of the small one. Time is compared as the ratio
    to the bare app measured in each run (the machine is noisy): time grows by small ratio / large ratio."""
    lines = [
        f"| page | ratio at {small.works:,} | ratio at {large.works:,} | time {large.works // 1000}k / "
        f"{small.works // 1000}k | SQL at {small.works:,} | SQL at {large.works:,} | goal 2 |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    smalls = {_kind(r.name): r for r in small.pages}
    for r in large.pages:
        other = smalls.get(_kind(r.name))
        if other is None:
            continue
        growth = other.ratio / r.ratio if r.ratio and not math.isnan(r.ratio) else float("nan")
        sql_growth = (r.statements / other.statements) if r.statements and other.statements else float("nan")
        met = (not math.isnan(growth) and growth <= GROWTH_GOAL) and (
            math.isnan(sql_growth) or sql_growth <= GROWTH_GOAL
        )
        lines.append(
            f"| {_kind(r.name)} | {_ratio(other.ratio)} | {_ratio(r.ratio)} | {_number(growth, 2)} "
            f"| {other.statements if other.statements is not None else '-'} "
            f"| {r.statements if r.statements is not None else '-'} | {'yes' if met else 'no'} |"
        )
    return lines


def _kind(name: str) -> str:
    """A page's name without the figures that differ between catalogue sizes."""
    name = re.sub(
        r"works list, page (\d+)",
        lambda m: "works list, page 3" if m.group(1) == "3" else "works list, deep page",
        name,
    )
    name = re.sub(r"\(\d+ works\)", "(few works)", name)
    name = re.sub(r"most works \(\d+\)", "most works", name)
    return re.sub(r", later page \(.*\)$", ", later page", name)


def report(runs: list[Run], label: str) -> list[str]:
    first = runs[0]
    database = database_name(first.database_url)
    sizes = " and ".join(f"{run.works:,} works" for run in runs)
    lines = [
        f"## Catalogue pages, {label}: {database}, {sizes} ({first.started:%Y-%m-%d %H:%M} UTC)",
        "",
        f"Machine: {machine()}. Commit: {commit()}.",
        f"gunicorn {WORKERS} sync workers (development configuration, FLASK_DEBUG off), load by "
        f"{'wrk' if load.WRK else 'Python threads'} with {CONNECTIONS} connections for 5 s per page, "
        "the bare app (bench/bare_app.py, 24 cards from memory) for 3 s right before each page; pages slower "
        f"than {SLOW_SECONDS} s per request with {WORKERS} connections for up to {SLOW_CAP_SECONDS} s. "
        f"Ratio = page req/s / bare req/s (goal >= {THROUGHPUT_GOAL}); p99 ratio = page p99 / bare p99 "
        f"(goal <= {P99_GOAL:g}); SQL = statements of the page's second request; worker MB = the larger "
        "worker's resident memory after the page.",
        "",
    ]
    for run in runs:
        lines += [
            f"### {run.works:,} works by {run.artists:,} artists ({run.seconds / 60:.1f} min; load average "
            f"{run.load_average[0]:.1f} at the start, {run.load_average[1]:.1f} at the end)",
            "",
            *run_table(run),
            "",
            *run_summary(run),
            "",
        ]
    if len(runs) == 2:
        lines += [
            f"### Goal 2: cost at {runs[0].works:,} works against {runs[1].works:,}",
            "",
            *compare_table(runs[0], runs[1]),
            "",
        ]
    return lines


def write_report(lines: list[str], output: Path) -> None:
    header = "# Benchmarks\n\nResults of the `bench/` scripts, newest first.\n\n"
    previous = output.read_text().removeprefix(header) if output.exists() else ""
    output.write_text(header + "\n".join(lines) + "\n" + previous)
