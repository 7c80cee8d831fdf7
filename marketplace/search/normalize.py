"""Text normalisation shared by search documents and search queries.

Documents and queries go through the same functions, so matching never depends on what a database's own
tokenizer thinks a word is: every token is a run of letters and digits, and the database only has to
split on spaces. CJK text has no spaces between words, so runs of CJK characters become overlapping
character pairs; a query for any two-character word then finds it inside a longer phrase.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable
from functools import cache

#: Longer tokens are cut (PostgreSQL does not index words over 2047 bytes; nobody types 100 letters).
MAX_TOKEN_LENGTH = 100

# Han (with radicals, iteration and numeral marks), Hiragana, Katakana, Hangul: scripts written
# without spaces between words.
_CJK_BMP = (
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
)
_CJK = _CJK_BMP + "\U00020000-\U0003ffff"  # and CJK extensions B and later
# A word: letters and digits only (no underscore, no marks, no punctuation).
_WORD_RE = re.compile(r"[^\W_]+")
_CJK_RE = re.compile(f"[{_CJK}]")
# The pieces of the words in one pass, once the CJK characters that are no letter have become spaces
# (see _categories): (a run of CJK characters) or (a run of other letters and digits). A text without
# characters above U+FFFF gets the pattern without them, which the regex engine tests with a bitmap
# instead of a list of ranges (several times faster: see _Characters).
_PIECE = "([{0}]+)|([^\\W_{0}]+)"
_PIECES_RE = re.compile(_PIECE.format(_CJK))
_BMP_PIECES_RE = re.compile(_PIECE.format(_CJK_BMP))
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")
# Kana voicing marks are part of the letter (が is not an accented か): kept, then recomposed by NFC.
_KEPT_MARKS = frozenset("\u3099\u309a")


class _Characters:
    """Replacing every character of a Unicode category set in a text, in C rather than a Python loop.

    A regex class of characters below U+10000 is tested with a bitmap, but one with characters above it
    walks a list of ranges for every character (18x slower on French text): so those come second, and
    only for a text that has such a character.
    """

    def __init__(self, codes: list[int], replacement: str) -> None:
        self.replacement = replacement
        self.bmp = re.compile(_char_class([code for code in codes if code < 0x10000]))
        self.astral = re.compile(_char_class([code for code in codes if code >= 0x10000]))

    def replace(self, text: str) -> str:
        text = self.bmp.sub(self.replacement, text)
        return self.astral.sub(self.replacement, text) if _ASTRAL_RE.search(text) else text


def _char_class(codes: list[int]) -> str:
    """A regex character class matching these code points, as ranges of consecutive ones."""
    parts: list[str] = []
    start = 0
    for i in range(1, len(codes) + 1):
        if i == len(codes) or codes[i] != codes[i - 1] + 1:
            first, last = re.escape(chr(codes[start])), re.escape(chr(codes[i - 1]))
            parts.append(first if start == i - 1 else f"{first}-{last}")
            start = i
    return "[" + "".join(parts) + "]"


@cache
def _categories() -> tuple[_Characters, _Characters]:
    """(marks to remove, separators to make spaces: "other numbers" and the CJK characters that are no
    letter or digit), from this Python's Unicode database; built once per process (a fraction of a
    second). A Python loop over each document's characters made reindexing 100,000 works take minutes."""
    marks: list[int] = []
    separators: set[int] = set()
    for code in range(sys.maxunicode + 1):
        category = unicodedata.category(chr(code))
        if category[0] == "M" and chr(code) not in _KEPT_MARKS:
            marks.append(code)
        elif category == "No":
            separators.add(code)
    for first, last in re.findall("(.)(?:-(.))?", _CJK, flags=re.DOTALL):
        for code in range(ord(first), ord(last or first) + 1):
            if not chr(code).isalnum():  # not a word character (the CJK ranges hold no "_")
                separators.add(code)
    return _Characters(marks, ""), _Characters(sorted(separators), " ")


def normalize(text: str) -> str:
    """NFKC, case-folded, accents removed: 'CÉRAMIQUE' -> 'ceramique', 'Ｋａｚｉ' -> 'kazi'."""
    if text.isascii():  # nothing to compose, strip or fold but case (casefold is lower for ASCII)
        return text.lower()
    folded = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFD", folded)
    stripped = _categories()[0].replace(decomposed)
    # NFC puts back what NFD took apart without being an accent (Hangul syllables, kana voicing).
    return unicodedata.normalize("NFC", stripped)


def tokens(text: str) -> list[str]:
    """The search tokens of a text: words, and overlapping pairs for runs of CJK characters.

    '肯尼亚木雕 Céramique' -> ['肯尼', '尼亚', '亚木', '木雕', 'ceramique']; a lone CJK character stays as is.
    """
    text = normalize(text)
    if text.isascii():  # no CJK run and no "other number": the words are the tokens
        return [word[:MAX_TOKEN_LENGTH] for word in _WORD_RE.findall(text)]
    result: list[str] = []
    # Other numbers that NFKC leaves alone (৴, ௰) are no word on their own for PostgreSQL's parser; CJK
    # characters that are no letter separate words like any other (the pieces' pattern counts on it).
    text = _categories()[1].replace(text)
    if not _CJK_RE.search(text):
        return [word[:MAX_TOKEN_LENGTH] for word in _WORD_RE.findall(text)]
    pieces = _PIECES_RE if _ASTRAL_RE.search(text) else _BMP_PIECES_RE
    for cjk, other in pieces.findall(text):
        if other:
            result.append(other[:MAX_TOKEN_LENGTH])
        elif len(cjk) > 1:
            result.extend(map(str.__add__, cjk, cjk[1:]))  # the overlapping pairs, in C
        else:
            result.append(cjk)
    return result


def document(texts: Iterable[str]) -> str:
    """One search document from several texts: all their tokens, in order, joined by single spaces."""
    # Tokenised at once: a line break separates words and CJK runs and composes with nothing (NFKC), so
    # the tokens are those of each text in turn.
    return " ".join(tokens("\n".join(text for text in texts if text)))
