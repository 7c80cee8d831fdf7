"""Text normalisation shared by search documents and search queries.

Documents and queries go through the same functions, so matching never depends on what a database's own
tokenizer thinks a word is: every token is a run of letters and digits, and the database only has to
split on spaces. CJK text has no spaces between words, so runs of CJK characters become overlapping
character pairs; a query for any two-character word then finds it inside a longer phrase.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

#: Longer tokens are cut (PostgreSQL does not index words over 2047 bytes; nobody types 100 letters).
MAX_TOKEN_LENGTH = 100

# Han (with radicals, iteration and numeral marks), Hiragana, Katakana, Hangul: scripts written
# without spaces between words.
_CJK = (
    "\u1100-\u11ff"  # Hangul Jamo
    "\u2e80-\u2fdf"  # CJK and Kangxi radicals
    "\u3005\u3007\u3021-\u3029\u3038-\u303b"  # 々 〇 Hangzhou numerals
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3130-\u318f"  # Hangul compatibility Jamo
    "\u31f0-\u31ff"  # Katakana phonetic extensions
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\ua960-\ua97f"  # Hangul Jamo extended A
    "\uac00-\ud7ff"  # Hangul syllables, Jamo extended B
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\uff66-\uff9f"  # half-width Katakana
    "\U00020000-\U0003ffff"  # CJK extensions B and later
)
# A word: letters and digits only (no underscore, no marks, no punctuation).
_WORD_RE = re.compile(r"[^\W_]+")
_SCRIPT_RE = re.compile(f"[{_CJK}]+|[^{_CJK}]+")
_CJK_RE = re.compile(f"[{_CJK}]")
# Kana voicing marks are part of the letter (が is not an accented か): kept, then recomposed by NFC.
_KEPT_MARKS = frozenset("\u3099\u309a")


def normalize(text: str) -> str:
    """NFKC, case-folded, accents removed: 'CÉRAMIQUE' -> 'ceramique', 'Ｋａｚｉ' -> 'kazi'."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFD", folded)
    stripped = "".join(
        c for c in decomposed if c in _KEPT_MARKS or not unicodedata.category(c).startswith("M")
    )
    # NFC puts back what NFD took apart without being an accent (Hangul syllables, kana voicing).
    return unicodedata.normalize("NFC", stripped)


def tokens(text: str) -> list[str]:
    """The search tokens of a text: words, and overlapping pairs for runs of CJK characters.

    '肯尼亚木雕 Céramique' -> ['肯尼', '尼亚', '亚木', '木雕', 'ceramique']; a lone CJK character stays as is.
    """
    result: list[str] = []
    # Other numbers that NFKC leaves alone (৴, ௰) are no word on their own for PostgreSQL's parser.
    text = "".join(" " if unicodedata.category(c) == "No" else c for c in normalize(text))
    for word in _WORD_RE.findall(text):
        for part in _SCRIPT_RE.findall(word):
            if len(part) > 1 and _CJK_RE.match(part):
                result.extend(part[i : i + 2] for i in range(len(part) - 1))
            else:
                result.append(part[:MAX_TOKEN_LENGTH])
    return result


def document(texts: Iterable[str]) -> str:
    """One search document from several texts: all their tokens, in order, joined by single spaces."""
    return " ".join(token for text in texts if text for token in tokens(text))
