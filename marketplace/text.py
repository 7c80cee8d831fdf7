"""Small text helpers shared by domains."""

from __future__ import annotations

import os
import re
import unicodedata

from marketplace.i18n.country_pinyin import COUNTRY_PINYIN

# pypinyin copies its dictionaries unless told not to (the project adds no words to them): 55 MB becomes
# about 40, and only in a process that writes Chinese slugs (studio saves, the demo), not in every worker.
os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def slugify(text: str, fallback: str = "", max_length: int = 80) -> str:
    """An ASCII URL slug: 'Céramique bleue' -> 'ceramique-bleue', '青花瓷' -> 'qing-hua-ci'.

    Chinese is transliterated to pinyin; text in other scripts gives ``fallback`` (callers then use the id
    alone in the address).
    """
    if _HAN.search(text):
        text = _pinyin(text)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].strip("-") or fallback


def sort_key(text: str) -> str:
    """The key that puts names in the order a reader of their language expects, without a collation
    library: accents do not count ("Égypte" beside "Equateur", not after "Zimbabwe"), case does not count,
    and Chinese sorts by its pinyin ("肯尼亚" under k), as Chinese lists of countries do. The names of
    countries are looked up (i18n/country_pinyin.py), so showing a list of them loads no dictionary."""
    if _HAN.search(text):
        text = COUNTRY_PINYIN.get(text) or _pinyin(text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _pinyin(text: str) -> str:
    from pypinyin import lazy_pinyin  # 40 MB of dictionaries: loaded by the first Chinese text to slug

    return " ".join(lazy_pinyin(text))
