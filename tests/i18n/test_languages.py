"""Four languages: prefixes, negotiation, <html lang>, hreflang alternates, switcher, formatting."""

import re

import pytest

from marketplace.i18n import catalogs
from marketplace.i18n.formatting import format_money
from tests.support.forms import sign_in
from tests.support.i18n import assert_page_in_language, translated

PAGES = [
    "/{lang}/",
    "/{lang}/works/",
    "/{lang}/artists/",
    "/{lang}/exhibitions/",
    "/{lang}/account/sign-in",
    "/{lang}/account/register",
    "/{lang}/account/forgot-password",
]


def test_root_redirects_by_accept_language(client):
    response = client.get("/", headers={"Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5"})
    assert response.status_code == 302
    assert response.headers["Location"] == "/zh/"
    assert client.get("/", headers={"Accept-Language": "sw-KE"}).headers["Location"] == "/sw/"
    assert client.get("/", headers={"Accept-Language": "de-DE"}).headers["Location"] == "/en/"
    assert client.get("/").headers["Location"] == "/en/"


def test_saved_choice_wins_over_accept_language(client):
    client.get("/fr/")
    response = client.get("/", headers={"Accept-Language": "zh-CN"})
    assert response.headers["Location"] == "/fr/"


def test_account_language_is_used_when_nothing_is_saved(app, make_user):
    make_user(language="sw")
    client = app.test_client()
    sign_in(client)
    client.delete_cookie("lang")
    assert client.get("/", headers={"Accept-Language": "fr"}).headers["Location"] == "/sw/"


def test_unknown_language_is_404(client):
    assert client.get("/de/").status_code == 404
    assert client.get("/xx/works/").status_code == 404


@pytest.mark.parametrize("lang", ["zh", "en", "fr", "sw"])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_has_lang_and_absolute_hreflang_alternates(client, lang, page):
    assert_page_in_language(client, page.format(lang=lang), lang)


SIGNED_IN_PAGES = ["/{lang}/account/", "/{lang}/account/password", "/{lang}/admin/users/"]


@pytest.mark.parametrize("lang", ["zh", "en", "fr", "sw"])
def test_signed_in_pages_have_lang_and_hreflang(client, make_user, lang):
    make_user(roles=["admin"])
    sign_in(client)
    for page in SIGNED_IN_PAGES:
        assert_page_in_language(client, page.format(lang=lang), lang)


def test_lists_follow_the_language(app):
    from marketplace.i18n.formatting import join_list

    with app.test_request_context("/zh/"):
        assert join_list(["陶瓷", "纺织品", "绘画"]) == "陶瓷、纺织品和绘画"
    with app.test_request_context("/fr/"):
        assert join_list(["a", "b", "c"]) == "a, b et c"


def test_switcher_keeps_query_string(client):
    body = client.get("/fr/works/?category=ceramics&sort=price_asc").get_data(as_text=True)
    links = re.findall(r'href="(/zh/works/[^"]*)"', body)
    assert any("category=ceramics" in link and "sort=price_asc" in link for link in links)


@pytest.mark.parametrize("lang", ["zh", "fr", "sw"])
def test_pages_really_render_translated(client, lang):
    body = client.get(f"/{lang}/account/sign-in").get_data(as_text=True)
    for message in ("Sign in", "Forgot your password?", "Works", "Skip to content", "Email address"):
        assert translated(lang, message) in body
    assert ">Forgot your password?<" not in body


def test_catalogs_are_complete():
    assert catalogs.check() == []


def test_missing_compiled_catalog_is_noticed():
    """translated() refuses an English string in place of a translation, so a missing .mo fails tests."""
    from babel.support import Translations

    loaded = Translations.load(str(catalogs.DIR), ["sw"])
    assert isinstance(loaded, Translations), "sw .mo file missing: run `make setup`"


def test_money_is_formatted_for_locale(app):
    with app.test_request_context("/fr/"):
        assert (
            format_money(25000000, "XOF", "fr").replace("\u202f", " ").replace("\xa0", " ")
            == "25 000 000 F CFA"
        )
        assert format_money(123456, "USD", "en") == "$1,234.56"
        assert format_money(680000, "CNY", "zh") == "¥6,800.00"
        assert "1,234.56" in format_money(123456, "KES", "sw") or "1.234,56" in format_money(
            123456, "KES", "sw"
        )
