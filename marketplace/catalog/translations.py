"""Writing content translations: one row per entity and language, marked stale when the source changes."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from marketplace.catalog.models import ContentTranslation, TranslationOrigin, TranslationStatus


def source_hash(fields: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(fields, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def rows_for(session: Session, entity_type: str, entity_id: int) -> dict[str, ContentTranslation]:
    rows = session.scalars(
        select(ContentTranslation).where(
            ContentTranslation.entity_type == entity_type, ContentTranslation.entity_id == entity_id
        )
    ).all()
    return {row.language: row for row in rows}


def save_author_texts(
    session: Session,
    entity_type: str,
    entity_id: int,
    source_language: str,
    source_fields: dict[str, str],
    translations: dict[str, dict[str, str]],
) -> None:
    """Store the author's own translations and keep every row's status honest.

    A translation the author wrote or changed now is a fresh draft for the current source. When the source
    text changed, every translation that was not rewritten with it becomes stale. An emptied translation
    is removed.
    """
    current_hash = source_hash(source_fields)
    existing = rows_for(session, entity_type, entity_id)
    for language, fields in translations.items():
        if language == source_language:
            continue
        fields = {name: text.strip() for name, text in fields.items() if text and text.strip()}
        row = existing.get(language)
        if not fields:
            if row is not None:
                session.delete(row)
                existing.pop(language)
            continue
        if row is None:
            row = ContentTranslation(entity_type=entity_type, entity_id=entity_id, language=language)
            session.add(row)
            existing[language] = row
        elif row.fields == fields:
            continue  # unchanged: if the source changed under it, it is marked stale below
        row.fields = fields
        row.origin = TranslationOrigin.AUTHOR.value
        row.status = TranslationStatus.DRAFT.value
        row.source_hash = current_hash
    for language, row in existing.items():
        if language == source_language:
            session.delete(row)
        elif row.source_hash and row.source_hash != current_hash:
            row.status = TranslationStatus.STALE.value
    session.flush()


def mark_stale_if_source_changed(
    session: Session, entity_type: str, entity_id: int, source_fields: dict[str, str]
) -> int:
    """After a source edit without translations in the same form: stale every translation of the old text."""
    current_hash = source_hash(source_fields)
    changed = 0
    for row in rows_for(session, entity_type, entity_id).values():
        if row.source_hash != current_hash and row.status != TranslationStatus.STALE.value:
            row.status = TranslationStatus.STALE.value
            changed += 1
    return changed
