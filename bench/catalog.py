"""Catalogue benchmark: a realistic catalogue of N works, and every public page measured beside a bare app.

Run on demand (not in the test suite), from the project root, one heavy run at a time:

    # 1. Fill a database (SQLite file or PostgreSQL database; --replace empties it first)
    PYTHONPATH=$PWD .venv/bin/python bench/catalog.py fill --database-url sqlite:////tmp/c100k.sqlite \\
        --works 100000 --artists 5000
    # 2. Measure every public page with gunicorn (2 sync workers) and wrk (16 connections)
    PYTHONPATH=$PWD .venv/bin/python bench/catalog.py measure --database-url sqlite:////tmp/c100k.sqlite \\
        --label "after" --output docs/benchmarks.md
    # 3. Goal 2: the same pages at 1,000 and 100,000 works, side by side (measures both databases)
    PYTHONPATH=$PWD .venv/bin/python bench/catalog.py measure --database-url sqlite:////tmp/c100k.sqlite \\
        --compare sqlite:////tmp/c1k.sqlite --label "after" --output docs/benchmarks.md

The fill builds the schema with the project's migrations and writes through the project's tables with bulk
inserts (about 2 minutes for 100,000 works plus the search index, built by ``reindex_all``):
- artists: approved, each a user with the artist role, from China and ten African countries, writing in
  zh, en, fr or sw, with bios in every language; works per artist are skewed (at 100,000 works by 5,000
  artists: median about 18, two artists near 350 and one with 2% of the catalogue, 2,000 works);
- works: approved, published over six years, every category and edition type, prices in eleven currencies,
  about 15% sold out; titles, descriptions and stories are the demo catalogue's texts recombined, so words
  repeat across the catalogue as real ones do; each of ``RARE_WORDS`` is in exactly ``RARE_WORK_COUNT`` works;
- two image rows per work, approved translations in two or three other languages for 85% of the works,
  artists' collections, exhibitions (current, upcoming, past), exchange rates.

The measurement starts gunicorn with 2 sync workers on the development configuration with FLASK_DEBUG off
(see ``serving_environment``), and a bare Flask app (``bench/bare_app.py``) rendering 24 cards from memory
with the same gunicorn settings; each page is measured right after the bare app, and reported as requests
per second, p50/p99 latency and their ratios to the bare app, plus the page's SQL statement count (counted in
process with Flask's test client) and each worker's resident memory after every page type was served.
On the shared 2-core machine a run took 12-15 minutes at 100,000 works while pages were slow (each slow page
is capped near 20 s, but a single request of the sitemap or of a rare word on PostgreSQL can take 30-90 s)
and 3-4 minutes at 1,000 works. Results are added at the top of the --output file, newest first.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select, text
from werkzeug.security import generate_password_hash

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marketplace import money  # noqa: E402
from marketplace.accounts.models import Role, User, UserRole  # noqa: E402
from marketplace.catalog import search_index  # noqa: E402
from marketplace.catalog.models import (  # noqa: E402
    ArtistProfile,
    ArtistStatus,
    Category,
    Collection,
    CollectionItem,
    ContentTranslation,
    EditionType,
    ReviewStatus,
    TranslationOrigin,
    TranslationStatus,
    Work,
    WorkImage,
)
from marketplace.catalog.translations import source_hash  # noqa: E402
from marketplace.db import make_engine, make_sessionmaker, unit_of_work  # noqa: E402
from marketplace.demo.artists_africa import ARTISTS as AFRICAN_ARTISTS  # noqa: E402
from marketplace.demo.artists_china import ARTISTS as CHINESE_ARTISTS  # noqa: E402
from marketplace.demo.artists_extra import ARTISTS as MORE_ARTISTS  # noqa: E402
from marketplace.demo.collections import (  # noqa: E402
    ARTIST_COLLECTION_INTRODUCTIONS,
    ARTIST_COLLECTION_TITLES,
    EXHIBITIONS,
)
from marketplace.exchange_rates.services import load_csv as load_rates  # noqa: E402
from marketplace.media import IMAGE_PREFIX  # noqa: E402
from marketplace.schema import upgrade_engine  # noqa: E402
from marketplace.text import slugify  # noqa: E402

LANGUAGES = ("zh", "en", "fr", "sw")
PASSWORD = "bench-password-2026"  # noqa: S105
BATCH = 2000

#: Words in exactly RARE_WORK_COUNT works each (in that language's texts), for searches of a rare word.
RARE_WORDS = {
    "en": ("kingfisher", "A kingfisher watches the river from the edge of the frame."),
    "fr": ("éphémère", "Un instant éphémère, saisi avant que la lumière ne change."),
    "sw": ("kinyonga", "Kinyonga hubadilisha rangi yake polepole kwenye tawi."),
    "zh": ("翡翠", "画面一角有一抹翡翠色的河水。"),
}
RARE_WORK_COUNT = 5
#: Words found in a large part of the catalogue (they are in many demo texts), for searches of a common one.
COMMON_WORDS = {"en": "colour", "fr": "atelier", "sw": "kitambaa", "zh": "手工"}

#: Where artists come from, how many in a hundred, and the language they write in and the prices' currency.
COUNTRIES = (
    ("CN", 40, ("zh",), ("CNY", "CNY", "USD")),
    ("KE", 10, ("sw", "en"), ("KES", "USD")),
    ("TZ", 6, ("sw",), ("TZS", "USD")),
    ("NG", 10, ("en",), ("NGN", "USD")),
    ("GH", 6, ("en",), ("GHS", "USD")),
    ("ZA", 6, ("en",), ("ZAR",)),
    ("ET", 3, ("en",), ("USD",)),
    ("EG", 3, ("en", "fr"), ("EGP", "USD")),
    ("SN", 6, ("fr",), ("XOF", "EUR")),
    ("CI", 5, ("fr",), ("XOF", "EUR")),
    ("MA", 5, ("fr",), ("MAD", "EUR")),
)
FAMILY_NAMES = {
    "zh": "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高",
    "en": ("Okafor", "Mensah", "Adeyemi", "Boateng", "Mokoena", "Tesfaye", "Nkosi", "Eze", "Owusu", "Bello"),
    "fr": ("Diop", "Ndiaye", "Traoré", "Koné", "Bensaïd", "Fall", "Camara", "Kouassi", "Sow", "Benali"),
    "sw": ("Kamau", "Mwangi", "Otieno", "Njoroge", "Wanjiru", "Mushi", "Kimaro", "Odhiambo", "Achieng"),
}
GIVEN_NAMES = {
    "zh": ("静怡", "伟", "芳", "娜", "敏", "强", "磊", "洋", "艳", "军", "杰", "丽", "涛", "明", "霞", "平"),
    "en": ("Grace", "Chidi", "Ama", "Kwame", "Thandi", "Sipho", "Abebe", "Ngozi", "Yaw", "Zainab", "Tunde"),
    "fr": ("Fatou", "Aminata", "Moussa", "Awa", "Ibrahima", "Mariam", "Youssef", "Aïcha", "Cheikh", "Salif"),
    "sw": ("Njeri", "Baraka", "Amani", "Zawadi", "Juma", "Neema", "Imani", "Wambui", "Hamisi", "Rehema"),
}
ROMAN = ("", "", "", " II", " III", " IV", " V", " VI")
USD_RATES = {
    "USD": 1.0,
    "EUR": 0.92,
    "CNY": 7.18,
    "KES": 129.0,
    "NGN": 1540.0,
    "ZAR": 18.2,
    "XOF": 603.0,
    "GHS": 15.4,
    "TZS": 2690.0,
    "EGP": 48.9,
    "MAD": 9.95,
}


@dataclass
class Texts:
    """The demo catalogue's texts, aligned across the four languages, for recombining."""

    works: list[dict] = field(default_factory=list)
    bios: list[dict] = field(default_factory=list)
    materials: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)

    @classmethod
    def from_demo(cls) -> Texts:
        texts = cls()
        for artist in (*AFRICAN_ARTISTS, *CHINESE_ARTISTS, *MORE_ARTISTS):
            if all(lang in artist["bio"] for lang in LANGUAGES):
                texts.bios.append(artist["bio"])
            for work in artist["works"]:
                materials = (work["medium"], work["materials"], work["technique"])
                texts.materials.setdefault(work["category"], []).append(materials)
                if all(
                    lang in work[name] for name in ("title", "description", "story") for lang in LANGUAGES
                ):
                    texts.works.append(work)
        return texts


def joined(lang: str, *parts: str) -> str:
    return ("" if lang == "zh" else " ").join(parts)


def works_per_artist(works: int, artists: int, rng: random.Random) -> list[int]:
    """Skewed like a real marketplace: one artist with 2% of the catalogue, two near 0.35%, the rest
    log-normal around the mean (at 100,000 works by 5,000 artists: median 18, largest of them about 90)."""
    big = [max(1, round(works * share)) for share in (0.02, 0.0035, 0.0034)][: max(0, artists - 1)]
    weights = [rng.lognormvariate(0, 0.45) for _ in range(artists - len(big))]
    remaining, total = works - sum(big), sum(weights)
    shares = [remaining * weight / total for weight in weights]
    counts = [max(1, math.floor(share)) for share in shares]
    # What flooring left over goes one by one to the artists it was taken from most.
    by_fraction = sorted(range(len(counts)), key=lambda i: counts[i] - shares[i])
    for index in by_fraction[: max(0, remaining - sum(counts))]:
        counts[index] += 1
    everything = big + counts
    while sum(everything) > works:  # only at tiny sizes: take back from the largest
        everything[everything.index(max(everything))] -= 1
    return everything


def fill(
    database_url: str, works: int = 1000, artists: int = 50, seed: int = 13, replace: bool = False
) -> dict:
    """Build the schema by migrations and fill it with ``works`` works by ``artists`` artists; returns counts.

    The database must be empty unless ``replace`` (which drops every table first)."""
    started = time.perf_counter()
    engine = make_engine(database_url)
    _empty(engine, replace)
    upgrade_engine(engine)
    rng = random.Random(seed)
    texts = Texts.from_demo()
    now = datetime.now(UTC).replace(microsecond=0)
    today = now.date()
    counts = works_per_artist(works, artists, rng)
    password_hash = generate_password_hash(PASSWORD)
    factory = make_sessionmaker(engine)
    with unit_of_work(factory) as session:
        connection = session.connection()
        artist_rows = _artists(connection, counts, texts, rng, now, password_hash)
        work_rows = _works(connection, artist_rows, counts, texts, rng, now)
        made_collections = _collections(connection, artist_rows, work_rows, rng, today, password_hash)
        load_rates(session, (ROOT / "marketplace" / "demo" / "rates.csv").read_text(encoding="utf-8"))
        _fix_sequences(connection)
    indexing = time.perf_counter()
    indexed = search_index.reindex_all(factory)  # in batches, each its own transaction
    indexed_seconds = time.perf_counter() - indexing
    with engine.begin() as connection:
        connection.execute(text("ANALYZE"))
    engine.dispose()
    return {
        "artists": len(artist_rows),
        "works": len(work_rows),
        "largest artist": max(counts),
        "median works per artist": sorted(counts)[len(counts) // 2],
        "collections and exhibitions": made_collections,
        "indexed": indexed,
        "reindex seconds": round(indexed_seconds, 1),
        "seconds": round(time.perf_counter() - started, 1),
    }


def _empty(engine, replace: bool) -> None:
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            tables = connection.execute(
                text("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")
            ).scalar()
            if tables and replace:
                schema = connection.execute(text("SELECT current_schema()")).scalar()
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE; CREATE SCHEMA "{schema}"'))
                return
        else:
            names = [
                row[0]
                for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
            ]
            tables = len(names)
            if tables and replace:
                connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
                for name in names:
                    if not name.startswith("search_fts_"):
                        connection.exec_driver_sql(f'DROP TABLE IF EXISTS "{name}"')
                return
    if tables:
        raise SystemExit(f"{engine.url!r} is not empty: pass --replace to empty it first.")


def _batched(rows: list[dict]) -> Iterator[list[dict]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start : start + BATCH]


def _insert(connection, model, rows: list[dict]) -> None:
    for chunk in _batched(rows):
        connection.execute(insert(model.__table__), chunk)


def _translation(entity_type: str, entity_id: int, lang: str, fields: dict, source: dict, now) -> dict:
    return {
        "entity_type": entity_type,
        "entity_id": entity_id,
        "language": lang,
        "fields": fields,
        "origin": TranslationOrigin.HUMAN.value,
        "status": TranslationStatus.APPROVED.value,
        "source_hash": source_hash(source),
        "reviewer_id": None,
        "updated_at": now,
    }


def _artists(connection, counts, texts: Texts, rng, now, password_hash) -> list[dict]:
    weights = [share for _, share, _, _ in COUNTRIES]
    users, roles, profiles, translations = [], [], [], []
    for index in range(len(counts)):
        number = index + 1
        country, _, languages, currencies = rng.choices(COUNTRIES, weights)[0]
        lang = rng.choice(languages)
        family, given = rng.choice(FAMILY_NAMES[lang]), rng.choice(GIVEN_NAMES[lang])
        name = f"{family}{given}" if lang == "zh" else f"{given} {family}"
        bio = rng.choice(texts.bios)
        approved_at = now - timedelta(days=rng.randint(30, 6 * 365))
        users.append(
            {
                "id": number,
                "email": f"artist{number}@bench.local",
                "password_hash": password_hash,
                "display_name": name,
                "preferred_language": lang,
                "display_currency": "USD",
                "session_version": 1,
                "created_at": approved_at,
                "password_changed_at": approved_at,
            }
        )
        roles.append({"user_id": number, "role": Role.ARTIST.value, "granted_at": approved_at})
        profiles.append(
            {
                "id": number,
                "user_id": number,
                "slug": slugify(name) or f"artist-{number}",
                "public_name": name,
                "country": country,
                "region": "",
                "disciplines": [],
                "source_language": lang,
                "bio": bio[lang],
                "status": ArtistStatus.APPROVED.value,
                "created_at": approved_at,
                "approved_at": approved_at,
                "payout_details": "",
                "stripe_details_submitted": False,
                "stripe_payouts_enabled": False,
                # Not columns: what the works of this artist need.
                "_currencies": currencies,
            }
        )
        for other in LANGUAGES:
            if other != lang:
                translations.append(
                    _translation("artist", number, other, {"bio": bio[other]}, {"bio": bio[lang]}, now)
                )
    _insert(connection, User, users)
    _insert(connection, UserRole, roles)
    _insert(
        connection, ArtistProfile, [{k: v for k, v in p.items() if not k.startswith("_")} for p in profiles]
    )
    _insert(connection, ContentTranslation, translations)
    return profiles


def _works(connection, artists: list[dict], counts: list[int], texts: Texts, rng, now) -> list[dict]:
    owners = [artist for artist, count in zip(artists, counts, strict=True) for _ in range(count)]
    rng.shuffle(owners)
    rare_left = {lang: RARE_WORK_COUNT for lang in RARE_WORDS}
    slugs: dict[str, str] = {}
    categories = [c.value for c in Category if c in {*map(Category, texts.materials)}]
    works, images, translations = [], [], []
    span = 6 * 365 * 24 * 3600
    for index, artist in enumerate(owners):
        number = index + 1
        lang = artist["source_language"]
        named, described, added, told = (rng.choice(texts.works) for _ in range(4))
        suffix = rng.choice(ROMAN)
        fields = {
            other: {
                "title": named["title"][other] + suffix,
                "description": joined(other, described["description"][other], added["description"][other]),
                "story": told["story"][other],
            }
            for other in LANGUAGES
        }
        if rare_left[lang] and number % 7 == 0:
            rare_left[lang] -= 1
            fields[lang]["description"] = joined(lang, fields[lang]["description"], RARE_WORDS[lang][1])
        own = fields[lang]
        category = rng.choice(categories)
        medium, materials, technique = rng.choice(texts.materials[category])
        edition = rng.choices((EditionType.UNIQUE, EditionType.LIMITED, EditionType.OPEN), (60, 25, 15))[0]
        edition_size = rng.randint(5, 50) if edition is EditionType.LIMITED else None
        sold = rng.randint(0, edition_size) if edition_size else 0
        if edition is EditionType.LIMITED:
            stock = edition_size - sold
        else:
            stock = 1 if edition is EditionType.UNIQUE else rng.randint(3, 100)
        if rng.random() < 0.15:
            stock = 0
        currency = rng.choice(artist["_currencies"])
        price = rng.lognormvariate(math.log(250), 0.9) * USD_RATES[currency]
        price_minor = max(1, round(price)) * 10 ** money.exponent(currency)
        published_at = now - timedelta(seconds=rng.randint(0, span))
        base_title = named["title"][lang]
        if base_title not in slugs:
            slugs[base_title] = slugify(base_title) or "work"
        works.append(
            {
                "id": number,
                "artist_id": artist["id"],
                "slug": slugs[base_title] + (f"-{slugify(suffix)}" if suffix else ""),
                "source_language": lang,
                "title": own["title"],
                "description": own["description"],
                "story": own["story"],
                "category": category,
                "medium": medium,
                "materials": materials,
                "technique": technique,
                "width_cm": rng.randint(10, 200),
                "height_cm": rng.randint(10, 200),
                "depth_cm": rng.randint(1, 60),
                "weight_g": rng.randint(100, 20000),
                "year": published_at.year - rng.randint(0, 3),
                "origin_country": artist["country"],
                "edition_type": edition.value,
                "edition_size": edition_size,
                "price_minor": price_minor,
                "currency": currency,
                "stock": stock,
                "editions_sold": sold,
                "review_status": ReviewStatus.APPROVED.value,
                "is_digital": False,
                "hs_code": "",
                "digital_file_name": "",
                "digital_content_type": "",
                "published_at": published_at,
                "created_at": published_at - timedelta(days=3),
                "updated_at": published_at,
            }
        )
        portrait = number % 2 == 0
        for position in (0, 1):
            images.append(
                {
                    "work_id": number,
                    "position": position,
                    "key": f"{IMAGE_PREFIX}/{number % 256:02x}/bench{number:07d}{position}",
                    "width": 1200 if portrait else 1600,
                    "height": 1600 if portrait else 1200,
                    "alt_text": own["title"],
                    "preview_marked": False,
                }
            )
        shown = rng.random()
        others = [other for other in LANGUAGES if other != lang]
        wanted = 3 if shown < 0.6 else 2 if shown < 0.85 else 0
        for other in rng.sample(others, wanted):
            translations.append(_translation("work", number, other, fields[other], own, now))
    _insert(connection, Work, works)
    _insert(connection, WorkImage, images)
    _insert(connection, ContentTranslation, translations)
    return works


def _collections(connection, artists, works, rng, today: date, password_hash: str) -> int:
    by_artist: dict[int, list[int]] = {}
    for work in works:
        by_artist.setdefault(work["artist_id"], []).append(work["id"])
    curator_id = len(artists) + 1
    connection.execute(
        insert(User.__table__),
        [
            {
                "id": curator_id,
                "email": "curator@bench.local",
                "password_hash": password_hash,
                "display_name": "Grace Mensah",
                "preferred_language": "en",
                "display_currency": "USD",
                "session_version": 1,
            }
        ],
    )
    connection.execute(insert(UserRole.__table__), [{"user_id": curator_id, "role": Role.CURATOR.value}])
    collections, items, translations = [], [], []
    now = datetime.now(UTC)
    # One artist in ten, among those with six works or more, shows a collection of their own.
    for artist in artists:
        own = by_artist.get(artist["id"], [])
        if len(own) < 6 or rng.random() > 0.1:
            continue
        number, lang = len(collections) + 1, artist["source_language"]
        collections.append(
            {
                "id": number,
                "kind": "collection",
                "owner_id": artist["user_id"],
                "slug": slugify(ARTIST_COLLECTION_TITLES[lang]) or "collection",
                "source_language": lang,
                "title": ARTIST_COLLECTION_TITLES[lang],
                "introduction": ARTIST_COLLECTION_INTRODUCTIONS[lang],
                "published": True,
                "created_at": now,
            }
        )
        chosen = rng.sample(own, min(len(own), rng.randint(3, 12)))
        items += [{"collection_id": number, "work_id": w, "position": i} for i, w in enumerate(chosen)]
        source = {
            "title": ARTIST_COLLECTION_TITLES[lang],
            "introduction": ARTIST_COLLECTION_INTRODUCTIONS[lang],
        }
        for other in LANGUAGES:
            if other != lang:
                fields = {
                    "title": ARTIST_COLLECTION_TITLES[other],
                    "introduction": ARTIST_COLLECTION_INTRODUCTIONS[other],
                }
                translations.append(_translation("collection", number, other, fields, source, now))
    spans = {
        "current": (today - timedelta(days=20), today + timedelta(days=40)),
        "upcoming": (today + timedelta(days=30), today + timedelta(days=90)),
        "past": (today - timedelta(days=160), today - timedelta(days=70)),
    }
    # Every demo exhibition three times over (a year's programme), with 12 to 24 works each.
    for round_ in range(3):
        for data in EXHIBITIONS:
            number, lang = len(collections) + 1, data["source_language"]
            starts_on, ends_on = spans[data["when"]]
            shift = timedelta(days=7 * round_)
            chosen = rng.sample(range(1, len(works) + 1), min(len(works), rng.randint(12, 24)))
            cover = chosen[0]
            collections.append(
                {
                    "id": number,
                    "kind": "exhibition",
                    "owner_id": curator_id,
                    "slug": slugify(data["title"][lang]) or "exhibition",
                    "source_language": lang,
                    "title": data["title"][lang],
                    "introduction": data["introduction"][lang],
                    "starts_on": starts_on - shift,
                    "ends_on": ends_on - shift,
                    "cover_key": f"{IMAGE_PREFIX}/{cover % 256:02x}/bench{cover:07d}0",
                    "cover_width": 1600,
                    "cover_height": 1200,
                    "published": True,
                    "created_at": now,
                }
            )
            items += [{"collection_id": number, "work_id": w, "position": i} for i, w in enumerate(chosen)]
            source = {"title": data["title"][lang], "introduction": data["introduction"][lang]}
            for other in LANGUAGES:
                if other != lang:
                    fields = {"title": data["title"][other], "introduction": data["introduction"][other]}
                    translations.append(_translation("collection", number, other, fields, source, now))
    _insert(connection, Collection, collections)
    _insert(connection, CollectionItem, items)
    _insert(connection, ContentTranslation, translations)
    return len(collections)


def _fix_sequences(connection) -> None:
    """PostgreSQL: the ids were given, so move each table's sequence past them (the app inserts next)."""
    if connection.dialect.name != "postgresql":
        return
    for model in (
        User,
        UserRole,
        ArtistProfile,
        Work,
        WorkImage,
        ContentTranslation,
        Collection,
        CollectionItem,
    ):
        name = model.__tablename__
        connection.execute(
            text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT max(id) FROM {name}))")  # noqa: S608
        )


def describe(database_url: str) -> dict:
    """What a filled database holds (a quick check)."""
    engine = make_engine(database_url)
    with unit_of_work(make_sessionmaker(engine), write=False) as session:
        counts = {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (ArtistProfile, Work, WorkImage, ContentTranslation, Collection, CollectionItem)
        }
    engine.dispose()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    filling = commands.add_parser("fill", help="fill a database with a realistic catalogue")
    filling.add_argument("--database-url", required=True)
    filling.add_argument("--works", type=int, default=1000)
    filling.add_argument("--artists", type=int, default=50)
    filling.add_argument("--seed", type=int, default=13)
    filling.add_argument("--replace", action="store_true", help="empty the database first")
    measuring = commands.add_parser("measure", help="measure every public page beside the bare app")
    measuring.add_argument("--database-url", required=True)
    measuring.add_argument(
        "--compare", metavar="SMALL_DATABASE_URL", help="the same at a small size (goal 2)"
    )
    measuring.add_argument("--label", default="")
    measuring.add_argument("--output", help="Markdown file to add the results to (docs/benchmarks.md)")
    measuring.add_argument("--seconds", type=float, default=5, help="load per page")
    options = parser.parse_args()
    if options.command == "fill":
        made = fill(options.database_url, options.works, options.artists, options.seed, options.replace)
        print(made)
        print(describe(options.database_url))
        return
    from bench import catalog_measure

    runs = [catalog_measure.measure(options.database_url, options.seconds)]
    if options.compare:
        runs.append(catalog_measure.measure(options.compare, options.seconds))
    lines = catalog_measure.report(runs, options.label or "unlabelled")
    print("\n".join(lines))
    if options.output:
        catalog_measure.write_report(lines, Path(options.output))


if __name__ == "__main__":
    main()
