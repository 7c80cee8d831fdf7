"""search index

Revision ID: a45687a8cc3c
Revises: c8b989fe60c1
Create Date: 2026-11-25 21:30:00.000000

One search document per work (search_documents), plus per backend what searches it: an FTS5 table on
SQLite (rowid = work id, written by marketplace.search.index next to search_documents), a GIN index on
to_tsvector('simple', content) on PostgreSQL. Existing works are indexed here with a frozen copy of the
normalisation (a migration must not change when the application's code does); `flask search reindex`
rebuilds the index with the current code at any time.
"""

import re
import unicodedata
from collections import defaultdict

from alembic import op
import sqlalchemy as sa


revision = 'a45687a8cc3c'
down_revision = 'c8b989fe60c1'
branch_labels = None
depends_on = None

FTS_TABLE = 'search_fts'
GIN_INDEX = 'ix_search_documents_content_tsvector'
BATCH = 500


def upgrade() -> None:
    op.create_table('search_documents',
    sa.Column('work_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['work_id'], ['works.id'], name=op.f('fk_search_documents_work_id_works'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('work_id', name=op.f('pk_search_documents'))
    )
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        # The tokens are already normalised and split by the application: FTS5 only has to split on
        # spaces, and must not fold diacritics further than PostgreSQL does (remove_diacritics 0).
        op.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(content, tokenize = 'unicode61 remove_diacritics 0')")
    elif dialect == 'postgresql':
        op.execute(f"CREATE INDEX {GIN_INDEX} ON search_documents USING gin (to_tsvector('simple', content))")
    _index_existing_works(op.get_bind(), dialect == 'sqlite')


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        op.execute(f"DROP TABLE {FTS_TABLE}")
    elif dialect == 'postgresql':
        op.execute(f"DROP INDEX {GIN_INDEX}")
    op.drop_table('search_documents')


# --- Indexing the works that exist already (frozen copy of marketplace.search.normalize) ----------------

_CJK = (
    "\u1100-\u11ff"
    "\u2e80-\u2fdf"
    "\u3005\u3007\u3021-\u3029\u3038-\u303b"
    "\u3040-\u30ff"
    "\u3130-\u318f"
    "\u31f0-\u31ff"
    "\u3400-\u4dbf"
    "\u4e00-\u9fff"
    "\ua960-\ua97f"
    "\uac00-\ud7ff"
    "\uf900-\ufaff"
    "\uff66-\uff9f"
    "\U00020000-\U0003ffff"
)
_WORD_RE = re.compile(r"[^\W_]+")
_SCRIPT_RE = re.compile(f"[{_CJK}]+|[^{_CJK}]+")
_CJK_RE = re.compile(f"[{_CJK}]")
_KEPT_MARKS = frozenset("\u3099\u309a")
_MAX_TOKEN_LENGTH = 100


def _tokens(text):
    folded = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFD", folded)
    stripped = "".join(c for c in decomposed if c in _KEPT_MARKS or not unicodedata.category(c).startswith("M"))
    normalized = unicodedata.normalize("NFC", stripped)
    normalized = "".join(" " if unicodedata.category(c) == "No" else c for c in normalized)
    result = []
    for word in _WORD_RE.findall(normalized):
        for part in _SCRIPT_RE.findall(word):
            if len(part) > 1 and _CJK_RE.match(part):
                result.extend(part[i:i + 2] for i in range(len(part) - 1))
            else:
                result.append(part[:_MAX_TOKEN_LENGTH])
    return result


def _document(texts):
    return " ".join(token for text in texts if isinstance(text, str) and text for token in _tokens(text))


def _index_existing_works(bind, sqlite: bool) -> None:
    text_columns = ('title', 'description', 'story', 'medium', 'materials', 'technique')
    works = sa.table('works', sa.column('id', sa.Integer), sa.column('artist_id', sa.Integer),
                     *(sa.column(name, sa.Text) for name in text_columns))
    artists = sa.table('artist_profiles', sa.column('id', sa.Integer), sa.column('public_name', sa.Text))
    translations = sa.table('content_translations', sa.column('entity_type', sa.String),
                            sa.column('entity_id', sa.Integer), sa.column('language', sa.String),
                            sa.column('status', sa.String), sa.column('fields', sa.JSON))
    documents = sa.table('search_documents', sa.column('work_id', sa.Integer), sa.column('content', sa.Text))
    fts = sa.table(FTS_TABLE, sa.column('rowid', sa.Integer), sa.column('content', sa.Text))

    work_ids = list(bind.execute(sa.select(works.c.id).order_by(works.c.id)).scalars())
    for start in range(0, len(work_ids), BATCH):
        chunk = work_ids[start:start + BATCH]
        translated = defaultdict(list)
        rows = bind.execute(
            sa.select(translations.c.entity_id, translations.c.fields)
            .where(translations.c.entity_type == 'work', translations.c.status == 'approved',
                   translations.c.entity_id.in_(chunk))
            .order_by(translations.c.entity_id, translations.c.language)
        )
        for entity_id, fields in rows:
            if isinstance(fields, dict):
                translated[entity_id].extend(fields.get(name) for name in ('title', 'description', 'story'))
        rows = bind.execute(
            sa.select(works.c.id, *(works.c[name] for name in text_columns), artists.c.public_name)
            .join(artists, artists.c.id == works.c.artist_id)
            .where(works.c.id.in_(chunk))
        )
        contents = [
            {'work_id': work_id, 'content': _document([*texts, *translated[work_id], artist_name])}
            for work_id, *texts, artist_name in rows
        ]
        if contents:
            bind.execute(documents.insert(), contents)
            if sqlite:
                bind.execute(fts.insert(), [{'rowid': c['work_id'], 'content': c['content']} for c in contents])
