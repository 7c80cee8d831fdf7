"""`flask demo load`: a believable marketplace for local use. Never commits (the command does)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from marketplace.accounts import services as accounts
from marketplace.accounts.models import Role, User
from marketplace.catalog.models import (
    ArtistProfile,
    ArtistStatus,
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
from marketplace.catalog.translations import source_hash
from marketplace.demo import images
from marketplace.demo.artists_africa import ARTISTS as AFRICAN_ARTISTS
from marketplace.demo.artists_china import ARTISTS as CHINESE_ARTISTS
from marketplace.demo.artists_extra import ARTISTS as MORE_ARTISTS
from marketplace.demo.collections import (
    ARTIST_COLLECTION_INTRODUCTIONS,
    ARTIST_COLLECTION_TITLES,
    EXHIBITIONS,
)
from marketplace.demo.shipping import add_profiles
from marketplace.downloads.storage import PrivateStorage
from marketplace.exchange_rates.services import load_csv as load_rates
from marketplace.media import LocalStorage, store_image
from marketplace.text import slugify

#: For local use only; `make run` prints it. Never load demo data on a public server.
DEMO_PASSWORD = "demo-password-2026"  # noqa: S105
LANGUAGES = ("zh", "en", "fr", "sw")
DETAIL = {"zh": "局部", "en": "detail", "fr": "détail", "sw": "sehemu ya karibu"}
STAFF = [
    ("curator@demo.local", "Grace Mensah", "en", Role.CURATOR),
    ("curator.zh@demo.local", "王静怡", "zh", Role.CURATOR),
    ("admin@demo.local", "Admin", "en", Role.ADMIN),
    ("buyer@demo.local", "Fatou Ndiaye", "fr", None),
]


def database_is_empty(session: Session) -> bool:
    return (session.scalar(select(func.count()).select_from(User)) or 0) == 0


def load(session: Session, media_dir: str, today: date | None = None, private_dir: str | None = None) -> dict:
    """``private_dir``: where digital works' files go (the demo's digital art gets its full image there)."""
    today = today or datetime.now(UTC).date()
    storage = LocalStorage(media_dir)
    private = PrivateStorage(private_dir) if private_dir else None
    now = datetime.now(UTC)
    accounts_made = []
    staff = {}
    for email, name, language, role in STAFF:
        user = accounts.register(session, email, DEMO_PASSWORD, name, language)
        if role:
            accounts.grant_role(session, user, role)
        staff[email] = user
        accounts_made.append(email)

    all_works: list[Work] = []
    artists = []
    counter = 0
    for index, data in enumerate(_interleaved(AFRICAN_ARTISTS, CHINESE_ARTISTS) + MORE_ARTISTS):
        user = accounts.register(session, data["email"], DEMO_PASSWORD, data["name"], data["language"])
        accounts.grant_role(session, user, Role.ARTIST)
        accounts_made.append(data["email"])
        profile = _artist(session, user, data, now - timedelta(days=200 - index))
        artists.append(profile)
        for work_data in data["works"]:
            counter += 1
            published = now - timedelta(hours=counter * 17)
            work = _work(session, storage, profile, data, work_data, published, counter, private)
            all_works.append(work)
        own = [w for w in all_works if w.artist is profile]
        add_profiles(session, profile, own)
        _artist_collection(session, user, profile, data["language"], own)

    exhibitions = _exhibitions(session, staff["curator@demo.local"], all_works, today)
    accounts_made.append(_waiting_for_curators(session, artists, all_works))
    load_rates(session, (Path(__file__).parent / "rates.csv").read_text(encoding="utf-8"))
    session.flush()
    return {
        "artists": len(artists),
        "works": len(all_works),
        "collections": len(artists),
        "exhibitions": exhibitions,
        "accounts": accounts_made,
    }


def _waiting_for_curators(session: Session, artists: list, works: list) -> str:
    """Something in the review queue: two new works, a French translation to check, an application.

    Demo data is written as it stands, not lived through: these statuses are set, not moved (no history)."""
    in_exhibitions = {item.work_id for c in session.scalars(select(Collection)) for item in c.items}
    waiting = [w for w in works if w.id not in in_exhibitions][-2:]
    for work in waiting:
        work.review_status = ReviewStatus.SUBMITTED.value
        work.published_at = None
    draft = session.scalar(
        select(ContentTranslation)
        .where(ContentTranslation.entity_type == "work", ContentTranslation.language == "fr")
        .limit(1)
    )
    if draft is not None:
        draft.status = TranslationStatus.DRAFT.value
    user = accounts.register(session, "chidi.okafor@demo.local", DEMO_PASSWORD, "Chidi Okafor", "en")
    applicant = ArtistProfile(
        user=user,
        slug="chidi-okafor",
        public_name="Chidi Okafor",
        country="NG",
        region="Enugu",
        disciplines=["sculpture"],
        source_language="en",
        bio="I carve uli-inspired reliefs in iroko wood, after the wall paintings of Igbo women.",
        status=ArtistStatus.APPLICANT.value,
    )
    session.add(applicant)
    session.flush()
    return user.email


def _interleaved(first: list, second: list) -> list:
    mixed = []
    for i in range(max(len(first), len(second))):
        mixed.extend(group[i] for group in (first, second) if i < len(group))
    return mixed


def _artist(session: Session, user: User, data: dict, approved_at: datetime) -> ArtistProfile:
    source = data["language"]
    profile = ArtistProfile(
        user=user,
        slug=slugify(data["name"]) or slugify(data["key"]),
        public_name=data["name"],
        country=data["country"],
        region=data["region"],
        disciplines=list(data["disciplines"]),
        source_language=source,
        bio=data["bio"][source],
        status=ArtistStatus.APPROVED.value,
        approved_at=approved_at,
    )
    session.add(profile)
    session.flush()
    for lang in LANGUAGES:
        if lang != source:
            _translation(
                session, "artist", profile.id, lang, {"bio": data["bio"][lang]}, {"bio": profile.bio}
            )
    return profile


def _work(session, storage, profile, artist_data, data, published_at, seed, private=None) -> Work:
    source = artist_data["language"]
    edition = data["edition"]
    edition_type, edition_size = (edition, None) if isinstance(edition, str) else (edition[0], edition[1])
    width, height, depth = data["dimensions_cm"]
    work = Work(
        artist=profile,
        slug=slugify(data["title"][source]) or slugify(data["title"].get("en", "")),
        source_language=source,
        title=data["title"][source],
        description=data["description"][source],
        story=data["story"][source],
        category=data["category"],
        medium=data["medium"],
        materials=data["materials"],
        technique=data["technique"],
        width_cm=width or None,
        height_cm=height or None,
        depth_cm=depth or None,
        weight_g=data["weight_g"] or None,
        year=data["year"],
        origin_country=artist_data["country"],
        edition_type=EditionType(edition_type).value,
        edition_size=edition_size,
        price_minor=data["price"],
        currency=data["currency"],
        stock=data["stock"],
        review_status=ReviewStatus.APPROVED.value,
        published_at=published_at,
        created_at=published_at - timedelta(days=3),
    )
    session.add(work)
    session.flush()
    # Some works are described in their artist's language only, as real catalogues are.
    if not data.get("only_source"):
        source_fields = {field: data[field][source] for field in ("title", "description", "story")}
        for lang in LANGUAGES:
            if lang != source:
                fields = {field: data[field][lang] for field in ("title", "description", "story")}
                _translation(session, "work", work.id, lang, fields, source_fields)
    portrait = data["category"] in ("painting", "sculpture", "print", "photography") and seed % 2 == 0
    digital = data["category"] == "digital_art"
    for position in (0, 1):
        picture = images.draw(data["pattern"], data["palette"], seed, portrait=portrait, detail=position == 1)
        # A digital work's public images are watermarked previews; its buyers download the full image.
        stored = store_image(storage, picture, watermark=digital)
        if digital and position == 0 and private is not None:
            file = private.store(io.BytesIO(picture), f"{work.slug or work.id}.jpg")
            work.is_digital = True
            work.digital_file_key, work.digital_file_name = file.key, file.name
            work.digital_file_size, work.digital_content_type = file.size, file.content_type
        # Alt text is the artist's, in the work's source language (pages mark it with lang).
        alt = data["title"][source] if position == 0 else f"{data['title'][source]} ({DETAIL[source]})"
        work.images.append(
            WorkImage(
                position=position,
                key=stored.key,
                width=stored.width,
                height=stored.height,
                alt_text=alt,
                preview_marked=digital,
            )  # fmt: skip
        )
    return work


def _translation(
    session: Session, entity_type: str, entity_id: int, lang: str, fields: dict, source: dict
) -> None:
    session.add(
        ContentTranslation(
            entity_type=entity_type,
            entity_id=entity_id,
            language=lang,
            fields=fields,
            origin=TranslationOrigin.HUMAN.value,
            status=TranslationStatus.APPROVED.value,
            source_hash=source_hash(source),
        )
    )


def _artist_collection(session, user, profile, source, works) -> None:
    collection = Collection(
        kind="collection",
        owner=user,
        slug=slugify(ARTIST_COLLECTION_TITLES[source]),
        source_language=source,
        title=ARTIST_COLLECTION_TITLES[source],
        introduction=ARTIST_COLLECTION_INTRODUCTIONS[source],
        published=True,
    )
    collection.items = [CollectionItem(work=w, position=i) for i, w in enumerate(works[:3])]
    session.add(collection)
    session.flush()
    for lang in LANGUAGES:
        if lang != source:
            fields = {
                "title": ARTIST_COLLECTION_TITLES[lang],
                "introduction": ARTIST_COLLECTION_INTRODUCTIONS[lang],
            }
            origin = {"title": collection.title, "introduction": collection.introduction}
            _translation(session, "collection", collection.id, lang, fields, origin)


def _exhibitions(session, curator, works, today) -> int:
    spans = {
        "current": (today - timedelta(days=20), today + timedelta(days=40)),
        "upcoming": (today + timedelta(days=30), today + timedelta(days=90)),
        "past": (today - timedelta(days=160), today - timedelta(days=70)),
    }
    picks = {
        "current": lambda w: w.category in ("textile", "ceramics", "painting"),
        "upcoming": lambda w: w.category in ("craft", "jewellery", "design"),
        "past": lambda w: w.category in ("painting", "ceramics", "sculpture"),
    }
    for data in EXHIBITIONS:
        source = data["source_language"]
        starts_on, ends_on = spans[data["when"]]
        chosen = [w for w in works if picks[data["when"]](w)]
        # Alternate the two regions so the exhibition shows the exchange.
        african = [w for w in chosen if w.origin_country != "CN"][:6]
        chinese = [w for w in chosen if w.origin_country == "CN"][:6]
        ordered = _interleaved(african, chinese)
        exhibition = Collection(
            kind="exhibition",
            owner=curator,
            slug=slugify(data["title"][source]),
            source_language=source,
            title=data["title"][source],
            introduction=data["introduction"][source],
            starts_on=starts_on,
            ends_on=ends_on,
            cover_key=ordered[0].images[0].key if ordered else None,
            cover_width=ordered[0].images[0].width if ordered else None,
            cover_height=ordered[0].images[0].height if ordered else None,
            published=True,
        )
        exhibition.items = [CollectionItem(work=w, position=i) for i, w in enumerate(ordered)]
        session.add(exhibition)
        session.flush()
        for lang in LANGUAGES:
            if lang != source:
                fields = {"title": data["title"][lang], "introduction": data["introduction"][lang]}
                source = {"title": exhibition.title, "introduction": exhibition.introduction}
                _translation(session, "collection", exhibition.id, lang, fields, source)
    return len(EXHIBITIONS)
