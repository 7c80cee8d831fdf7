"""Which language each text of a work, artist or collection is shown in.

Per field: the requested language, else the source language, else English. The caller learns the
language actually used so the page can mark it (lang attribute and an "original in ..." label).
"""

from __future__ import annotations

from dataclasses import dataclass

FALLBACK_LANGUAGE = "en"


@dataclass(frozen=True)
class LocalizedText:
    text: str
    lang: str
    requested: str

    @property
    def is_fallback(self) -> bool:
        return self.lang != self.requested

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)


def localize(
    fields: tuple[str, ...],
    source_language: str,
    source: dict[str, str],
    translations: dict[str, dict[str, str]],
    requested: str,
) -> dict[str, LocalizedText]:
    """Pick each field's text. ``translations`` maps language -> field -> text (approved ones only)."""
    versions = dict(translations)
    versions[source_language] = source
    order = [requested, source_language, FALLBACK_LANGUAGE]
    result = {}
    for field in fields:
        for lang in order:
            text = (versions.get(lang) or {}).get(field)
            if text:
                result[field] = LocalizedText(text, lang, requested)
                break
        else:
            result[field] = LocalizedText("", requested, requested)
    return result
