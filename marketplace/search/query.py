"""Turning a visitor's search text into a query on the index. Never builds SQL from user input.

The text is normalised like the documents; every token must match and the last one may match as a
prefix (so results appear while a word is still being typed). Tokens contain only letters and digits,
and are quoted anyway before going into the FTS5 or tsquery expression, which is itself a bind parameter.
"""

from __future__ import annotations

from sqlalchemy import Select, func, literal_column, select
from sqlalchemy.orm import Session

from marketplace.search.normalize import tokens
from marketplace.search.store import FTS_TABLE, documents, fts

#: Longer input is cut: a search box is not a document, and every token costs an index lookup.
MAX_QUERY_CHARS = 500
MAX_QUERY_TOKENS = 16


def query_tokens(q: str) -> list[str]:
    """The tokens a search for ``q`` must all match (the last one as a prefix)."""
    return tokens(q[:MAX_QUERY_CHARS])[:MAX_QUERY_TOKENS]


def matching_work_ids(session: Session, q: str) -> Select[int] | None:
    """Ids of the works matching ``q``, for ``Work.id.in_(...)``; None when ``q`` has nothing to search."""
    terms = query_tokens(q or "")
    if not terms:
        return None
    if session.get_bind().dialect.name == "sqlite":
        return (
            select(documents.c.work_id)
            .join(fts, fts.c.rowid == documents.c.work_id)
            .where(literal_column(FTS_TABLE).op("MATCH")(fts5_expression(terms)))
        )
    # The same expression as the GIN index's, so PostgreSQL can use it ('simple': no stemming, no stop words).
    simple = literal_column("'simple'")
    vector = func.to_tsvector(simple, documents.c.content)
    query = func.to_tsquery(simple, tsquery_expression(terms))
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


#: At most this many results of one search, best first: the works list pages through them.
SEARCH_LIMIT = 1000


def ranked_work_ids(session: Session, q: str, limit: int = SEARCH_LIMIT) -> list[int] | None:
    """Ids of the works matching ``q``, best first, at most ``limit``; None when ``q`` has nothing to search.

    Provisional (issue 13, catalogue lists): the newest indexed works first, until relevance ranking lands.
    """
    statement = matching_work_ids(session, q)
    if statement is None:
        return None
    return list(session.scalars(statement.order_by(documents.c.work_id.desc()).limit(limit)))
