"""Every change of a translation's status is recorded: the author writes it (a draft), the source text
changes under it (stale), a curator approves it."""

from __future__ import annotations

from sqlalchemy import select

from marketplace.audit import AuditEntry
from marketplace.catalog import works
from marketplace.catalog.models import ArtistProfile, ContentTranslation, Work


def work_input(**changes) -> works.WorkInput:
    values = {
        "source_language": "sw", "title": "Kanga ya bluu", "description": "Kitambaa cha pamba.", "story": "",
        "category": "textile", "medium": "", "materials": "", "technique": "", "width_cm": None,
        "height_cm": None, "depth_cm": None, "weight_g": None, "year": 2024, "origin_country": "KE",
        "edition_type": "unique", "edition_size": None, "price_minor": 450000, "currency": "KES", "stock": 1,
        "translations": {},
    }  # fmt: skip
    return works.WorkInput(**{**values, **changes})


def history(db) -> list[tuple]:
    with db(write=False) as session:
        found = session.scalars(
            select(AuditEntry).where(AuditEntry.subject_type == "translation").order_by(AuditEntry.id)
        )
        return [(e.action, e.from_status, e.to_status, e.actor_role) for e in found]


def test_the_author_writes_and_the_source_changes(app, db, make_artist):
    artist_id = make_artist()
    with app.app_context(), db() as session:
        profile = session.get(ArtistProfile, artist_id)
        work = works.create_work(session, profile, work_input(translations={"fr": {"title": "Kanga bleu"}}))
        work_id, user_id = work.id, profile.user_id
    assert history(db) == [("write_translation", None, "draft", "artist")]
    with app.app_context(), db() as session:
        works.update_work(session, session.get(Work, work_id), work_input(title="Kanga ya kijani"))
    with app.app_context(), db() as session:  # saving the same texts again changes no status
        works.update_work(session, session.get(Work, work_id), work_input(title="Kanga ya kijani"))
    with app.app_context(), db() as session:
        green = work_input(title="Kanga ya kijani", translations={"fr": {"title": "Kanga verte"}})
        works.update_work(session, session.get(Work, work_id), green)
    assert history(db) == [
        ("write_translation", None, "draft", "artist"),
        ("source_changed", "draft", "stale", "artist"),
        ("write_translation", "stale", "draft", "artist"),
    ]
    with db(write=False) as session:
        row = session.scalar(select(ContentTranslation).where(ContentTranslation.entity_id == work_id))
        assert (row.status, row.fields) == ("draft", {"title": "Kanga verte"})
        entries = session.scalars(select(AuditEntry).where(AuditEntry.subject_type == "translation"))
        assert {(e.subject_id, e.actor_id) for e in entries} == {(row.id, user_id)}


def test_curators_read_that_history_in_their_language(app, db, make_artist, curator):
    from marketplace.accounts.models import User
    from marketplace.catalog import collections
    from tests.support.i18n import translated

    artist_id = make_artist()
    with app.app_context(), db() as session:
        owner = session.get(User, session.get(ArtistProfile, artist_id).user_id)
        french = {"fr": {"title": "Mes kangas"}}
        texts = collections.CollectionInput("sw", "Kanga zangu", "Utangulizi.", [], french)
        item = collections.save(session, owner, None, texts, kind="collection", allowed_work_ids=set())
        changed = collections.CollectionInput("sw", "Kanga zetu", "Utangulizi.", [])
        collections.save(session, owner, item, changed, kind="collection", allowed_work_ids=set())
        collection_id = item.id
    page = curator.get(f"/fr/curator/collections/{collection_id}").get_data(as_text=True)
    assert translated("fr", "Translation written") in page
    assert translated("fr", "Out of date: the original text changed") in page
    assert "write_translation" not in page and "source_changed" not in page
