"""Which language a work's text is shown in: requested, else source, else English."""

from marketplace.i18n.content import localize

FIELDS = ("title", "story")


def test_requested_language_first():
    texts = localize(FIELDS, "fr", {"title": "Masque", "story": "Histoire"}, {"zh": {"title": "面具"}}, "zh")
    assert (texts["title"].text, texts["title"].lang, texts["title"].is_fallback) == ("面具", "zh", False)
    # A field missing in the translation falls back to the source language, and says so.
    assert (texts["story"].text, texts["story"].lang, texts["story"].is_fallback) == ("Histoire", "fr", True)


def test_english_when_source_field_is_empty():
    texts = localize(
        FIELDS, "sw", {"title": "Kikapu", "story": ""}, {"en": {"story": "A basket story"}}, "zh"
    )
    assert texts["title"].lang == "sw"
    assert (texts["story"].text, texts["story"].lang) == ("A basket story", "en")


def test_nothing_anywhere_is_empty_not_an_error():
    texts = localize(FIELDS, "en", {"title": "Bowl", "story": ""}, {}, "fr")
    assert not texts["story"] and texts["story"].text == ""
