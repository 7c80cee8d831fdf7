"""Writing content translations: one row per entity and language, marked stale when the source changes."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from marketplace.catalog import workflow
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
    *,
    actor_id: int | None,
    actor_role: str,
) -> None:
    """Store the author's own translations and keep every row's status honest.

    A translation the author wrote or changed now is a fresh draft for the current source. When the source
    text changed, every translation that was not rewritten with it becomes stale. An emptied translation
    is removed. Each change of status is the translation machine's (workflow.TRANSLATION), with its audit row.
    """
    machine, actor = workflow.TRANSLATION, {"actor_id": actor_id, "actor_role": actor_role}
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
        if row is not None and row.fields == fields:
            continue  # unchanged: if the source changed under it, it is marked stale below
        if row is None:
            row = ContentTranslation(entity_type=entity_type, entity_id=entity_id, language=language)
            session.add(row)
            existing[language] = row
            _write(row, fields, current_hash)
            machine.begin(session, row, TranslationStatus.DRAFT, action="write_translation", **actor)
            continue
        _write(row, fields, current_hash)
        if row.status != TranslationStatus.DRAFT.value:
            machine.move(session, row, TranslationStatus.DRAFT, action="write_translation", **actor)
    for language, row in existing.items():
        if language == source_language:
            session.delete(row)
        elif row.source_hash != current_hash and row.source_hash and row.status != TranslationStatus.STALE:
            machine.move(session, row, TranslationStatus.STALE, action="source_changed", **actor)
    session.flush()


def _write(row: ContentTranslation, fields: dict[str, str], current_hash: str) -> None:
    row.fields = fields
    row.origin = TranslationOrigin.AUTHOR.value
    row.source_hash = current_hash
