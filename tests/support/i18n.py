"""The four languages as the tests check them: the catalogs' texts, and pages that say their language."""

from __future__ import annotations

#: The <html lang> (and hreflang) of each language prefix.
HTML_LANG = {"zh": "zh-Hans", "en": "en", "fr": "fr", "sw": "sw"}


def translated(lang: str, message: str, plural: str | None = None, n: int = 1, **variables) -> str:
    """The catalog's text for ``message`` in ``lang``; for zh/fr/sw it must differ from the English."""
    from babel.support import Translations

    from marketplace.i18n.catalogs import DIR

    catalog = Translations.load(str(DIR), [lang])
    if lang != "en":
        # A missing .mo or entry would silently show English: refuse it.
        key = (message, 0) if plural else message
        assert getattr(catalog, "_catalog", {}).get(key), f"{message!r} is not translated to {lang}"
    text = catalog.ungettext(message, plural, n) if plural else catalog.ugettext(message)
    return text % variables if variables else text


def assert_page_in_language(client, url: str, lang: str) -> None:
    """The page answers, says its language, lists every alternate and offers each in the switcher."""
    response = client.get(url)
    assert response.status_code == 200, url
    body = response.get_data(as_text=True)
    assert f'<html lang="{HTML_LANG[lang]}">' in body
    path = url[len(lang) + 1 :]
    for code, tag in HTML_LANG.items():
        assert f'<link rel="alternate" hreflang="{tag}" href="http://localhost/{code}{path}">' in body
        assert f'href="/{code}{path}"' in body
    assert f'<link rel="alternate" hreflang="x-default" href="http://localhost/en{path}">' in body
