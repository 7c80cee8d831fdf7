"""The search index's mapped table: one normalised document per work.

The database-specific parts (SQLite's FTS5 table, PostgreSQL's GIN index) are not models; the migration
makes them and ``marketplace.search.store`` writes them.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from marketplace.db import Base


class SearchDocument(Base):
    """A work's searchable text: the tokens of ``marketplace.search.normalize.document``."""

    __tablename__ = "search_documents"

    work_id: Mapped[int] = mapped_column(
        ForeignKey("works.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    content: Mapped[str] = mapped_column(Text)
