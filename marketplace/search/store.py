"""Where search documents live, and writing them: ``search_documents`` on both backends; on SQLite also
the FTS5 table ``search_fts`` (rowid = work id), written here next to it; on PostgreSQL a GIN index on
``to_tsvector('simple', content)``. The database-specific objects are made by the migration, not by models.

What a work's document holds is the catalogue's to say (catalog/search_index.py); this module only stores
the normalised text it is given, in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Integer, Text, column, delete, insert, table

from marketplace.search.models import SearchDocument

FTS_TABLE = "search_fts"
GIN_INDEX = "ix_search_documents_content_tsvector"
#: Made by the migration, not by models: the FTS5 table, the shadow tables FTS5 makes for it, the GIN index.
FTS_SHADOW_TABLES = tuple(f"{FTS_TABLE}_{part}" for part in ("data", "idx", "content", "docsize", "config"))
SEARCH_NAMES = frozenset({FTS_TABLE, *FTS_SHADOW_TABLES, GIN_INDEX})

documents = SearchDocument.__table__
fts = table(FTS_TABLE, column("rowid", Integer), column("content", Text))


def is_search_table(name: str) -> bool:
    """True for the search objects that exist only in migrations (so schema comparisons skip them)."""
    return name in SEARCH_NAMES


def replace(connection: Connection, work_ids: Iterable[int], contents: dict[int, str]) -> None:
    """The documents of ``work_ids`` become ``contents`` (a work missing from it loses its document)."""
    ids = list(work_ids)
    sqlite = _is_sqlite(connection)
    connection.execute(delete(documents).where(documents.c.work_id.in_(ids)))
    if sqlite:
        connection.execute(delete(fts).where(fts.c.rowid.in_(ids)))
    if not contents:
        return
    rows = list(contents.items())
    connection.execute(insert(documents), [{"work_id": work_id, "content": text} for work_id, text in rows])
    if sqlite:
        connection.execute(insert(fts), [{"rowid": work_id, "content": text} for work_id, text in rows])


def clear(connection: Connection) -> None:
    """Remove every document (before a full rebuild)."""
    connection.execute(delete(documents))
    if _is_sqlite(connection):
        connection.execute(delete(fts))


def _is_sqlite(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"
