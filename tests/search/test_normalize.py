"""Normalisation: the same tokens for documents and queries, whatever the script, case or accents."""

import pytest

from marketplace.search.normalize import MAX_TOKEN_LENGTH, document, normalize, tokens
from marketplace.search.query import MAX_QUERY_TOKENS, fts5_expression, query_tokens, tsquery_expression


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CÉRAMIQUE", "ceramique"),
        ("Céramique", "ceramique"),
        ("ÀÉÎÕÜ ç ñ", "aeiou c n"),
        ("Ｋａｚｉ", "kazi"),  # full-width letters (NFKC)
        ("Straße", "strasse"),  # casefold, not lower
        ("ﬁbre", "fibre"),  # ligature (NFKC)
        ("한국", "한국"),  # Hangul syllables are put back together after NFD
        ("が", "が"),  # kana voicing is not an accent
    ],
)
def test_normalize_folds_width_case_and_accents(text, expected):
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazi ya Mikono", ["kazi", "ya", "mikono"]),
        ("L'œuvre d'art — bois/perles, 2024!", ["l", "œuvre", "d", "art", "bois", "perles", "2024"]),
        ("snake_case", ["snake", "case"]),
        ("肯尼亚木雕", ["肯尼", "尼亚", "亚木", "木雕"]),
        ("木", ["木"]),
        ("木 雕", ["木", "雕"]),
        ("Kazi木雕abc", ["kazi", "木雕", "abc"]),
        ("2024年作品", ["2024", "年作", "作品"]),
        ("“木雕”，艺术。", ["木雕", "艺术"]),  # CJK punctuation separates
        ("한국 도자기", ["한국", "도자", "자기"]),
        ("カタカナ", ["カタ", "タカ", "カナ"]),
        ("x² ①", ["x2", "1"]),
        ("", []),
        ("  ,.!? -- \"' *  ", []),
    ],
)
def test_tokens(text, expected):
    assert tokens(text) == expected


def test_long_words_are_cut():
    assert tokens("a" * 500) == ["a" * MAX_TOKEN_LENGTH]


def test_document_joins_the_tokens_of_every_text():
    expected = "ceramique bleue 肯尼 尼亚 亚木 木雕 kazi"
    assert document(["Céramique BLEUE", "", "肯尼亚木雕", "Kazi"]) == expected
    assert document([]) == ""


def test_query_tokens_are_capped():
    assert len(query_tokens("word " * 10_000)) == MAX_QUERY_TOKENS
    assert query_tokens('"; DROP TABLE works; --') == ["drop", "table", "works"]


def test_query_expressions_quote_every_token_and_prefix_the_last():
    assert fts5_expression(["ceramique", "bleue"]) == '"ceramique" "bleue"*'
    assert tsquery_expression(["ceramique", "bleue"]) == "'ceramique' & 'bleue':*"
    # Tokens never hold quotes, but the quoting would survive them.
    assert fts5_expression(['a"b']) == '"a""b"*'
    assert tsquery_expression(["a'b\\"]) == "'a''b\\\\':*"
