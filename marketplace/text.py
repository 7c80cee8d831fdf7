"""Small text helpers shared by domains."""

from __future__ import annotations

import re
import unicodedata


def slugify(text: str, fallback: str = "item", max_length: int = 80) -> str:
    """An ASCII URL slug: 'Céramique bleue' -> 'ceramique-bleue'; no Latin letters gives fallback."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].strip("-") or fallback
