"""Where search documents live, and writing them: ``search_documents`` on both backends; on SQLite also
the FTS5 table ``search_fts`` (rowid = work id), written here next to it; on PostgreSQL the stored,
generated column ``content_tsvector`` (``to_tsvector('simple', content)``, computed once when a document is
written, never per row at query time) and its GIN index. The database-specific objects are made by the
migrations, not by models.

What a work's document holds is the catalogue's to say (catalog/search_index.py); this module only stores
the normalised text it is given, in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Engine, Integer, Text, column, delete, insert, table, text
from sqlalchemy.dialects import postgresql

from marketplace.search.models import SearchDocument

FTS_TABLE = "search_fts"
GIN_INDEX = "ix_search_documents_content_tsvector"
TSVECTOR_COLUMN = "content_tsvector"
#: Made by migrations, not by models: the FTS5 table, the shadow tables FTS5 makes for it, the tsvector
#: column and its GIN index.
FTS_SHADOW_TABLES = tuple(f"{FTS_TABLE}_{part}" for part in ("data", "idx", "content", "docsize", "config"))
SEARCH_NAMES = frozenset({FTS_TABLE, *FTS_SHADOW_TABLES, GIN_INDEX, TSVECTOR_COLUMN})

documents = SearchDocument.__table__
fts = table(FTS_TABLE, column("rowid", Integer), column("content", Text))


def is_search_table(name: str) -> bool:
    """True for the search objects that exist only in migrations (so schema comparisons skip them)."""
    return name in SEARCH_NAMES


def replace(connection: Connection, work_ids: Iterable[int], contents: dict[int, str]) -> None:
    """The documents of ``work_ids`` become ``contents`` (a work missing from it loses its document)."""
    ids = list(work_ids)
    connection.execute(delete(documents).where(documents.c.work_id.in_(ids)))
    if _is_sqlite(connection):
        connection.execute(delete(fts).where(fts.c.rowid.in_(ids)))
    add(connection, contents)


def remove_range(connection: Connection, after: int, upto: int | None) -> None:
    """Remove the documents of the works with ``after < id <= upto`` (no upper bound for None), including
    those of works that no longer exist."""
    connection.execute(delete(documents).where(_in_range(documents.c.work_id, after, upto)))
    if _is_sqlite(connection):
        connection.execute(delete(fts).where(_in_range(fts.c.rowid, after, upto)))


def add(connection: Connection, contents: dict[int, str]) -> None:
    """Store these documents (work id -> normalised text); one already there is overwritten."""
    if not contents:
        return
    rows = [{"work_id": work_id, "content": text} for work_id, text in contents.items()]
    if _is_sqlite(connection):
        connection.execute(insert(documents), rows)
        connection.execute(insert(fts), [{"rowid": id_, "content": text} for id_, text in contents.items()])
        return
    # Another transaction may have written one of these documents since our delete (it could not see our
    # uncommitted delete): the last writer's document wins instead of a duplicate key error.
    statement = postgresql.insert(documents)
    statement = statement.on_conflict_do_update(
        index_elements=[documents.c.work_id], set_={"content": statement.excluded.content}
    )
    connection.execute(statement, rows)


def tidy(engine: Engine) -> None:
    """After a rebuild, on PostgreSQL: vacuum the documents, so that searches stop reading the replaced
    rows' index entries at once rather than when autovacuum comes by (a common word then took 250 ms
    instead of 100). Outside any transaction; readers and writers go on meanwhile."""
    if engine.dialect.name != "postgresql":
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM (ANALYZE) search_documents"))


def _in_range(key, after: int, upto: int | None):
    return key > after if upto is None else key.between(after + 1, upto)


def _is_sqlite(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"
