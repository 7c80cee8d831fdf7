"""Creators for artists, works and images, committed like the app commits them."""

import io

import pytest
from PIL import Image

from marketplace.accounts import services as accounts
from marketplace.accounts.models import Role
from marketplace.catalog.models import (
    ArtistProfile,
    ContentTranslation,
    ReviewStatus,
    TranslationStatus,
    Work,
    WorkImage,
)
from tests.conftest import PASSWORD


def png_bytes(size=(640, 480), colour=(180, 80, 40), fmt="PNG", **save_args) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format=fmt, **save_args)
    return buffer.getvalue()


@pytest.fixture
def make_artist(app, db):
    def create(
        email="artist@example.org", status="approved", country="KE", language="sw", name="Njeri Kamau"
    ):
        with app.app_context(), db() as session:
            user = accounts.register(session, email, PASSWORD, name, language)
            if status == "approved":
                accounts.grant_role(session, user, Role.ARTIST)
            profile = ArtistProfile(
                user=user, slug="njeri-kamau", public_name=name, country=country, region="Nairobi",
                disciplines=["textile"], source_language=language, bio="Msanii wa nguo.", status=status,
            )  # fmt: skip
            session.add(profile)
            session.flush()
            return profile.id

    return create


@pytest.fixture
def make_work(app, db):
    def create(artist_id, status="approved", title="Kanga ya bluu", price=450000, currency="KES", stock=1,
               edition="unique", size=None, category="textile", with_image=True, **extra):  # fmt: skip
        with app.app_context(), db() as session:
            work = Work(
                artist_id=artist_id, slug="kanga-ya-bluu", source_language="sw", title=title,
                description="Kitambaa cha pamba.", story="Hadithi ya kanga.", category=category,
                origin_country="KE", price_minor=price, currency=currency, stock=stock,
                edition_type=edition, edition_size=size, review_status=status, **extra,
            )  # fmt: skip
            if status == ReviewStatus.APPROVED.value:
                from marketplace.db import utcnow

                work.published_at = utcnow()
            if with_image:
                work.images.append(
                    WorkImage(position=0, key="img/00/missing", width=640, height=480, alt_text=title)
                )
            session.add(work)
            session.flush()
            return work.id

    return create


@pytest.fixture
def add_translation(app, db):
    def create(entity_id, language, fields, status=TranslationStatus.APPROVED.value, entity_type="work"):
        with db() as session:
            session.add(
                ContentTranslation(
                    entity_type=entity_type,
                    entity_id=entity_id,
                    language=language,
                    fields=fields,
                    status=status,
                    origin="human",
                )
            )

    return create
