"""Small text helpers shared by domains."""

from __future__ import annotations

import re
import unicodedata

from pypinyin import lazy_pinyin

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def slugify(text: str, fallback: str = "", max_length: int = 80) -> str:
    """An ASCII URL slug: 'Céramique bleue' -> 'ceramique-bleue', '青花瓷' -> 'qing-hua-ci'.

    Chinese is transliterated to pinyin; text in other scripts gives ``fallback`` (callers then use the id
    alone in the address).
    """
    if _HAN.search(text):
        text = " ".join(lazy_pinyin(text))
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].strip("-") or fallback
