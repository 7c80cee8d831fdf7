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


_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


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
    """(marks to remove, "other numbers" to make spaces), from this Python's Unicode database; built once
    per process (a fraction of a second). A Python loop over each document's characters made reindexing
    100,000 works take minutes."""
    marks: list[int] = []
    numbers: list[int] = []
    for code in range(sys.maxunicode + 1):
        category = unicodedata.category(chr(code))
        if category[0] == "M" and chr(code) not in _KEPT_MARKS:
            marks.append(code)
        elif category == "No":
            numbers.append(code)
    return _Characters(marks, ""), _Characters(numbers, " ")


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
    # Other numbers that NFKC leaves alone (৴, ௰) are no word on their own for PostgreSQL's parser.
    text = _categories()[1].replace(text)
    if not _CJK_RE.search(text):
        return [word[:MAX_TOKEN_LENGTH] for word in _WORD_RE.findall(text)]
    for word in _WORD_RE.findall(text):
        for part in _SCRIPT_RE.findall(word):
            if len(part) > 1 and _CJK_RE.match(part):
                result.extend(map(str.__add__, part, part[1:]))  # the pairs, in C
            else:
                result.append(part[:MAX_TOKEN_LENGTH])
    return result


def document(texts: Iterable[str]) -> str:
    """One search document from several texts: all their tokens, in order, joined by single spaces."""
    # Tokenised at once: a line break separates words and CJK runs and composes with nothing (NFKC), so
    # the tokens are those of each text in turn.
    return " ".join(tokens("\n".join(text for text in texts if text)))
