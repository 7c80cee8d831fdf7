"""Turning a visitor's search text into a query on the index. Never builds SQL from user input.

The text is normalised like the documents; every token must match and the last one may match as a
prefix (so results appear while a word is still being typed). Tokens contain only letters and digits,
and are quoted anyway before going into the FTS5 or tsquery expression, which is itself a bind parameter.

Results are ranked by relevance: FTS5's ``bm25()`` on SQLite, ``ts_rank`` over the stored tsvector on
PostgreSQL (normalised by document length, so a short title holding the word beats a long story that
mentions it once). Ranking costs a little for every match, so a search ranks at most ``CANDIDATES``
matches: on SQLite the newest ones (highest work ids), on PostgreSQL the first the index gives (table
order, roughly the order documents were written). A word in more documents than that (a common word) is
ranked among those ``CANDIDATES`` works only, instead of ranking tens of thousands of matches to show 24;
another work that mentions it is then found by adding a word. Every match is found and ranked when there
are fewer. What a common word still costs more than a rare one is the index reading its list of matches
(about 10-40 ms for a word in 70,000 of 100,000 works; ranking them all took 230 ms on SQLite, 400 ms on
PostgreSQL).
"""

from __future__ import annotations

from sqlalchemy import Select, bindparam, func, literal_column, select, text
from sqlalchemy.orm import Session

from marketplace.search.normalize import tokens
from marketplace.search.store import FTS_TABLE, TSVECTOR_COLUMN, documents, fts

#: Longer input is cut: a search box is not a document, and every token costs an index lookup.
MAX_QUERY_CHARS = 500
MAX_QUERY_TOKENS = 16
#: At most this many ids from ``ranked_work_ids``, best first.
SEARCH_LIMIT = 1000
#: At most this many matches are ranked: see the module's docstring.
CANDIDATES = 2000

# (store.FTS_TABLE and store.TSVECTOR_COLUMN, written out: no SQL is built from strings here.)
# The index gives the newest matches (its rowid order, backwards) and bm25() ranks only those; the join
# drops FTS rows whose work was deleted by a database cascade (only search_documents has a foreign key).
_SQLITE_RANKED = text(
    """
    SELECT candidate.rowid FROM (
        SELECT rowid, rank FROM search_fts WHERE search_fts MATCH :expression
        ORDER BY rowid DESC LIMIT :candidates
    ) AS candidate
    JOIN search_documents ON search_documents.work_id = candidate.rowid
    ORDER BY candidate.rank, candidate.rowid DESC
    LIMIT :limit
    """
).bindparams(bindparam("expression"), bindparam("candidates"), bindparam("limit"))

# The GIN index gives the matches in table order, and the first CANDIDATES of them are ranked with their
# stored tsvector (never to_tsvector per row). The tsquery sits in a CTE so the planner cannot guess how
# common the words are: it always takes the index, never a scan of the table that tests each row (which
# costs seconds for a rare word). Unlike SQLite, these are not the newest matches: ordering every match by
# id first would read every matching row (400 ms for a word in 70,000 works). ts_rank normalisation 1:
# divided by 1 + log(document length).
_POSTGRESQL_RANKED = text(
    """
    WITH query AS (SELECT to_tsquery('simple', :expression) AS q),
    candidates AS MATERIALIZED (
        SELECT work_id, content_tsvector FROM search_documents, query
        WHERE content_tsvector @@ query.q LIMIT :candidates
    )
    SELECT candidates.work_id FROM candidates, query
    ORDER BY ts_rank(candidates.content_tsvector, query.q, 1) DESC, candidates.work_id DESC
    LIMIT :limit
    """
).bindparams(bindparam("expression"), bindparam("candidates"), bindparam("limit"))


def query_tokens(q: str) -> list[str]:
    """The tokens a search for ``q`` must all match (the last one as a prefix)."""
    return tokens(q[:MAX_QUERY_CHARS])[:MAX_QUERY_TOKENS]


def ranked_work_ids(
    session: Session, q: str, limit: int = SEARCH_LIMIT, candidates: int = CANDIDATES
) -> list[int] | None:
    """Ids of the works matching ``q``, best match first, at most ``limit``; None when ``q`` has nothing
    to search. Every work with a document counts, public or not: the caller keeps the public ones."""
    terms = query_tokens(q or "")
    if not terms:
        return None
    session.flush()  # the documents of this transaction's changes are written by the flush
    if session.get_bind().dialect.name == "sqlite":
        statement, expression = _SQLITE_RANKED, fts5_expression(terms)
    else:
        statement, expression = _POSTGRESQL_RANKED, tsquery_expression(terms)
    parameters = {"expression": expression, "candidates": max(candidates, limit), "limit": limit}
    return list(session.execute(statement, parameters).scalars())


def matching_work_ids(session: Session, q: str) -> Select[int] | None:
    """Ids of every work matching ``q``, unranked, for ``Work.id.in_(...)``; None when ``q`` has nothing to
    search. (For a common word that is tens of thousands of ids: a page of results wants ``ranked_work_ids``.)
    """
    terms = query_tokens(q or "")
    if not terms:
        return None
    if session.get_bind().dialect.name == "sqlite":
        return (
            select(documents.c.work_id)
            .join(fts, fts.c.rowid == documents.c.work_id)
            .where(literal_column(FTS_TABLE).op("MATCH")(fts5_expression(terms)))
        )
    query = func.to_tsquery(literal_column("'simple'"), tsquery_expression(terms))
    vector = literal_column(f"{documents.name}.{TSVECTOR_COLUMN}")
    return select(documents.c.work_id).where(vector.op("@@")(query))


def fts5_expression(terms: list[str]) -> str:
    """The FTS5 query '"tok1" "tok2"*': all tokens required, each a quoted string (no operator survives)."""
    quoted = ['"' + term.replace('"', '""') + '"' for term in terms]
    quoted[-1] += "*"
    return " ".join(quoted)


def tsquery_expression(terms: list[str]) -> str:
    """The tsquery "'tok1' & 'tok2':*": each token a quoted tsquery lexeme, all required."""
    quoted = ["'" + term.replace("\\", "\\\\").replace("'", "''") + "'" for term in terms]
    quoted[-1] += ":*"
    return " & ".join(quoted)

