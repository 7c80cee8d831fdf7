"""Keeping the search index current: one document per work, rewritten in the transaction that changes it.

A work's document holds the tokens of its source-language texts (title, description, story, medium,
materials, technique), of its approved translations and of its artist's public name. Session listeners
notice every flushed change to those and rewrite the affected documents with the same connection, so the
index commits or rolls back with the change itself. How documents are stored and searched is the search
package's (search/store.py, search/query.py).

Bulk ``update()``/``delete()`` statements bypass the session's flush and so these listeners: call
``reindex_work`` or ``reindex_all`` after one. ``reindex_all`` rebuilds the index while the site serves:
batch by batch in order of work id, each batch replaced in a short transaction of its own, so searchers
always see a whole index (the old documents of the works not reached yet) and writers wait for one batch
at most, never for the whole rebuild.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from sqlalchemy import Connection, event, func, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from marketplace.catalog.models import ArtistProfile, ContentTranslation, TranslationStatus, Work
from marketplace.db import unit_of_work
from marketplace.search import store
from marketplace.search.normalize import document

WORK_TEXTS = ("title", "description", "story", "medium", "materials", "technique")
TRANSLATED_TEXTS = ("title", "description", "story")
_WORK_ATTRIBUTES = (*WORK_TEXTS, "artist_id", "artist")
_TRANSLATION_ATTRIBUTES = ("entity_type", "entity_id", "status", "fields")
_BATCH = 500
#: Works per transaction of ``reindex_all``: a fraction of a second of writing each.
REINDEX_BATCH = 1000


def reindex_work(session: Session, work_id: int) -> None:
    """Rewrite one work's document (or remove it if the work is gone)."""
    session.flush()
    _rewrite(session.connection(), [work_id])


def reindex_all(
    factory: sessionmaker[Session],
    batch: int = REINDEX_BATCH,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Rebuild the whole index from the works, ``batch`` works per transaction (each committed before the
    next begins); returns how many works were indexed. ``progress(done, total)`` is called after each
    batch (``total`` is counted at the start; works added meanwhile are indexed by the listeners)."""
    with unit_of_work(factory, write=False) as session:
        total = session.scalar(select(func.count()).select_from(Work)) or 0
    done, after = 0, 0
    while after is not None:
        with unit_of_work(factory) as session:
            indexed, after = _reindex_batch(session.connection(), after, batch)
        done += indexed
        if indexed and progress is not None:
            progress(done, total)
    store.tidy(factory.kw["bind"])
    return done


def _reindex_batch(connection: Connection, after: int, batch: int) -> tuple[int, int | None]:
    """Replace the documents of the next ``batch`` works after id ``after``; returns how many, and the last
    id done (None when no work is left: that batch also removed every document after ``after``)."""
    work_ids = list(
        connection.execute(select(Work.id).where(Work.id > after).order_by(Work.id).limit(batch)).scalars()
    )
    upto = work_ids[-1] if len(work_ids) == batch else None
    # Delete first: on PostgreSQL a writer rewriting one of these documents is waited for, so the texts read
    # next include its change.
    store.remove_range(connection, after, upto)
    store.add(connection, _documents(connection, work_ids) if work_ids else {})
    return len(work_ids), upto


def install_listeners() -> None:
    """Keep the index current on every Session flush (idempotent)."""
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
    if not event.contains(Session, "after_flush", _after_flush):
        event.listen(Session, "after_flush", _after_flush)


def _before_flush(session: Session, _flush_context, _instances) -> None:
    # Load what ties a translation to its work while its row exists (after the flush a deleted one's
    # is gone), so its attribute history is complete in _after_flush.
    for obj in (*session.dirty, *session.deleted):
        if isinstance(obj, ContentTranslation):
            _ = (obj.entity_type, obj.entity_id)


def _after_flush(session: Session, _flush_context) -> None:
    work_ids: set[int] = set()
    artist_ids: set[int] = set()
    for obj in session.new:
        if isinstance(obj, Work):
            work_ids.add(obj.id)
        elif isinstance(obj, ContentTranslation):
            work_ids |= _translated_work_ids(obj)
    for obj in session.dirty:
        if isinstance(obj, Work) and _changed(obj, _WORK_ATTRIBUTES):
            work_ids.add(obj.id)
        elif isinstance(obj, ContentTranslation) and _changed(obj, _TRANSLATION_ATTRIBUTES):
            work_ids |= _translated_work_ids(obj)
        elif isinstance(obj, ArtistProfile) and _changed(obj, ("public_name",)):
            artist_ids.add(obj.id)
    for obj in session.deleted:
        if isinstance(obj, Work):
            work_ids.add(inspect(obj).identity[0])
        elif isinstance(obj, ContentTranslation):
            work_ids |= _translated_work_ids(obj)
    if not work_ids and not artist_ids:
        return
    connection = session.connection()
    if artist_ids:
        work_ids.update(connection.execute(select(Work.id).where(Work.artist_id.in_(artist_ids))).scalars())
    _rewrite(connection, work_ids)


def _changed(obj, attributes: Iterable[str]) -> bool:
    state = inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in attributes)


def _translated_work_ids(obj: ContentTranslation) -> set[int]:
    """The works a translation belongs to now or belonged to before this flush."""
    state = inspect(obj)
    types = set(state.attrs.entity_type.history.sum())
    if "work" not in types:
        return set()
    return {value for value in state.attrs.entity_id.history.sum() if isinstance(value, int)}


def _rewrite(connection: Connection, work_ids: Iterable[int]) -> None:
    """Replace the documents of these works; works that no longer exist lose theirs."""
    ids = sorted(set(work_ids))
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        store.replace(connection, chunk, _documents(connection, chunk))


def _documents(connection: Connection, work_ids: list[int]) -> dict[int, str]:
    works = connection.execute(
        select(Work.id, *(getattr(Work, name) for name in WORK_TEXTS), ArtistProfile.public_name)
        .join(ArtistProfile, ArtistProfile.id == Work.artist_id)
        .where(Work.id.in_(work_ids))
    ).all()
    translated: dict[int, list[str]] = defaultdict(list)
    rows = connection.execute(
        select(ContentTranslation.entity_id, ContentTranslation.fields)
        .where(
            ContentTranslation.entity_type == "work",
            ContentTranslation.entity_id.in_(work_ids),
            ContentTranslation.status == TranslationStatus.APPROVED.value,
        )
        .order_by(ContentTranslation.entity_id, ContentTranslation.language)
    )
    for work_id, fields in rows:
        if isinstance(fields, dict):
            translated[work_id].extend(fields.get(name) for name in TRANSLATED_TEXTS)
    result = {}
    for work_id, *texts, artist_name in works:
        everything = [*texts, *translated[work_id], artist_name]
        result[work_id] = document(text for text in everything if isinstance(text, str))
    return result


install_listeners()
