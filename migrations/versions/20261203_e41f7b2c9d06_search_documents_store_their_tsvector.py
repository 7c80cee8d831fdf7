"""search documents store their tsvector (PostgreSQL)

Revision ID: e41f7b2c9d06
Revises: 8e4b2a6c9d13
Create Date: 2026-12-03 15:00:00.000000

PostgreSQL: search_documents.content_tsvector, a generated column to_tsvector('simple', content) STORED,
and the GIN index on it in place of the index on the expression. Ranking reads the stored tsvector instead
of tokenising every matching ~3 KB document again at query time (a rare word took 13 s at 100,000 works).
Nothing changes on SQLite, whose FTS5 table keeps its own index.
"""

from alembic import op


revision = 'e41f7b2c9d06'
down_revision = '8e4b2a6c9d13'
branch_labels = None
depends_on = None

GIN_INDEX = 'ix_search_documents_content_tsvector'


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute(f"DROP INDEX {GIN_INDEX}")
    op.execute(
        "ALTER TABLE search_documents ADD COLUMN content_tsvector tsvector "
        "GENERATED ALWAYS AS (to_tsvector('simple', content)) STORED"
    )
    op.execute(f"CREATE INDEX {GIN_INDEX} ON search_documents USING gin (content_tsvector)")


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute(f"DROP INDEX {GIN_INDEX}")
    op.execute("ALTER TABLE search_documents DROP COLUMN content_tsvector")
    op.execute(f"CREATE INDEX {GIN_INDEX} ON search_documents USING gin (to_tsvector('simple', content))")
