"""Languages of the site: URL prefixes, negotiation, and per-page language links.

Every page lives under ``/<lang>/``. The language of a request comes from that prefix; the bare ``/``
is sent to the visitor's saved choice (cookie), then their account's preference, then Accept-Language,
then English.
"""

from __future__ import annotations

from flask import Flask, abort, g, has_request_context, request, url_for
from flask_babel import get_locale

from marketplace.config import PROJECT_ROOT
from marketplace.extensions import babel
from marketplace.links import absolute, with_query
from marketplace.security import set_cookie

LANGUAGES = ("zh", "en", "fr", "sw")
DEFAULT_LANGUAGE = "en"
#: Value for <html lang> and hreflang.
HTML_LANG = {"zh": "zh-Hans", "en": "en", "fr": "fr", "sw": "sw"}
#: Each language's name in itself, for the switcher.
ENDONYMS = {"zh": "中文", "en": "English", "fr": "Français", "sw": "Kiswahili"}
LANG_COOKIE = "lang"
_ACCEPT_ALIASES = {
    "zh-cn": "zh",
    "zh-hans": "zh",
    "zh-sg": "zh",
    "zh-tw": "zh",
    "zh-hk": "zh",
    "zh-hant": "zh",
}


def init_app(app: Flask) -> None:
    app.config.setdefault("BABEL_DEFAULT_LOCALE", DEFAULT_LANGUAGE)
    app.config["BABEL_TRANSLATION_DIRECTORIES"] = str(PROJECT_ROOT / "translations")
    babel.init_app(app, locale_selector=current_language)
    app.url_value_preprocessor(_pull_language)
    app.url_defaults(_add_language)
    app.after_request(_remember_language)
    missing = [code for code in LANGUAGES if code != DEFAULT_LANGUAGE and not _compiled(code)]
    if missing:
        # Pages would silently fall back to English: say so loudly.
        app.logger.error(
            "Compiled translations missing for %s: run `flask --app marketplace translate compile`.",
            ", ".join(missing),
        )


def _compiled(code: str) -> bool:
    return (PROJECT_ROOT / "translations" / code / "LC_MESSAGES" / "messages.mo").is_file()


def current_language() -> str:
    """The language of this request: its URL prefix, else the visitor's negotiated choice."""
    if not has_request_context():
        return DEFAULT_LANGUAGE
    lang = g.get("lang")
    if lang:
        return lang
    first = request.path.lstrip("/").split("/", 1)[0]
    if first in LANGUAGES:
        return first
    return negotiate_language()


def negotiate_language(user_language: str | None = None) -> str:
    saved = request.cookies.get(LANG_COOKIE)
    if saved in LANGUAGES:
        return saved
    if user_language in LANGUAGES:
        return user_language
    for value, _quality in request.accept_languages:
        code = value.lower()
        code = _ACCEPT_ALIASES.get(code, code.split("-", 1)[0])
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def language_urls(external: bool = False) -> dict[str, str]:
    """This page in each language, query string kept (absolute on the public address when ``external``).
    Built once per request: the layout asks for both forms."""
    paths = g.get("language_paths")
    if paths is None:
        paths = g.language_paths = _language_paths()
    return {code: absolute(path) for code, path in paths.items()} if external else paths


def _language_paths() -> dict[str, str]:
    if not request.url_rule or "lang_code" not in request.url_rule.arguments:
        return {code: url_for("catalog.home", lang_code=code) for code in LANGUAGES}
    args = dict(g.get("view_args_without_lang") or {})
    return {
        code: with_query(url_for(request.endpoint, lang_code=code, **args), request.args)
        for code in LANGUAGES
    }


def locale_code() -> str:
    locale = get_locale()
    return locale.language if locale else DEFAULT_LANGUAGE


def _pull_language(endpoint, values) -> None:
    if values and "lang_code" in values:
        code = values.pop("lang_code")
        if code not in LANGUAGES:
            abort(404)
        g.lang = code
        g.view_args_without_lang = dict(values)


def _add_language(endpoint, values) -> None:
    from flask import current_app

    if "lang_code" in values or not current_app.url_map.is_endpoint_expecting(endpoint, "lang_code"):
        return
    values["lang_code"] = g.get("lang") or locale_code()


def _remember_language(response):
    lang = g.get("lang")
    if lang and request.cookies.get(LANG_COOKIE) != lang and response.status_code < 400:
        set_cookie(response, LANG_COOKIE, lang, 365 * 24 * 3600)
    return response


def template_context() -> dict:
    """What every page's layout needs to know about languages."""
    lang = current_language()
    return {
        "page_lang": lang,
        "html_lang": HTML_LANG[lang],
        "languages": LANGUAGES,
        "html_langs": HTML_LANG,
        "endonyms": ENDONYMS,
        "language_urls": language_urls,
    }
