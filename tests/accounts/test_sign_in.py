"""Signing in and out: wrong passwords, throttling, safe redirects, sessions ended everywhere."""

import pytest
from markupsafe import escape

from marketplace.accounts.access import safe_next
from tests.support.forms import PASSWORD, post_form, sign_in
from tests.support.i18n import translated


def test_sign_in_and_see_profile(client, make_user):
    make_user()
    response = sign_in(client)
    assert response.status_code == 302
    assert response.headers["Location"] == "/en/"
    assert client.get("/en/account/").status_code == 200


@pytest.mark.parametrize("lang", ["en", "zh", "fr", "sw"])
def test_wrong_password_is_refused_in_page_language(client, make_user, lang):
    make_user()
    response = sign_in(client, password="not the password", lang=lang)
    assert response.status_code == 400
    expected = translated(lang, "The email address or password is not correct.")
    assert escape(expected) in response.get_data(as_text=True)
    assert client.get(f"/{lang}/account/").status_code == 302


def test_unknown_email_gets_the_same_answer(client):
    response = sign_in(client, email="nobody@example.org")
    assert response.status_code == 400
    assert "The email address or password is not correct." in response.get_data(as_text=True)


def test_profile_requires_sign_in_and_comes_back(client, make_user):
    make_user()
    response = client.get("/fr/account/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/fr/account/sign-in?next=")
    login = post_form(
        client, "/fr/account/sign-in?next=/fr/account/", {"email": "amina@example.org", "password": PASSWORD}
    )
    assert login.headers["Location"] == "/fr/account/"


@pytest.mark.parametrize(
    "target",
    [
        "//evil.example",
        "/\\evil.example",
        "/%09/evil.example",
        "/\t/evil.example",
        "javascript:alert(1)",
        "https://evil.example/",
        "\\\\evil.example",
        "/%5Cevil.example",
        "%2F%2Fevil.example",
    ],
)
def test_open_redirects_are_refused(client, make_user, target):
    make_user()
    response = post_form(
        client,
        "/en/account/sign-in",
        {"email": "amina@example.org", "password": PASSWORD},
        query_string={"next": target},
        token_from="/en/account/sign-in",
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/en/"
    assert safe_next(target) is None


def test_same_site_paths_are_allowed():
    assert safe_next("/zh/works/?category=ceramics") == "/zh/works/?category=ceramics"


def test_failed_sign_ins_are_throttled_per_account(client, make_user, app):
    make_user()
    for _ in range(5):
        assert sign_in(client, password="wrong password!", lang="sw").status_code == 400
    response = sign_in(client, password=PASSWORD, lang="sw")
    assert response.status_code == 429
    assert escape(translated("sw", "Too many attempts")) in response.get_data(as_text=True)
    # Another account from the same address is not blocked by this account's limit.
    make_user(email="other@example.org")
    assert sign_in(client, email="other@example.org").status_code == 302


def test_failed_sign_ins_are_throttled_per_address(app, make_user):
    app.config["SIGNIN_LIMIT_PER_IP"] = "3 per 15 minutes"
    client = app.test_client()
    for n in range(3):
        assert sign_in(client, email=f"user{n}@example.org", password="wrong password!").status_code == 400
    assert sign_in(client, email="user9@example.org", password="wrong password!").status_code == 429
    # A different address is not affected.
    other = app.test_client()
    make_user()
    response = post_form(
        other,
        "/en/account/sign-in",
        {"email": "amina@example.org", "password": PASSWORD},
        environ_base={"REMOTE_ADDR": "10.9.9.9"},
    )
    assert response.status_code == 302


def test_successful_sign_ins_are_not_counted(client, make_user):
    make_user()
    for _ in range(7):
        assert sign_in(client).status_code == 302
        post_form(client, "/en/account/sign-out", {}, token_from="/en/account/")


def test_sign_out_ends_every_session(app, make_user):
    make_user()
    phone, laptop = app.test_client(), app.test_client()
    sign_in(phone)
    sign_in(laptop)
    assert phone.get("/en/account/").status_code == 200
    response = post_form(phone, "/en/account/sign-out", {}, token_from="/en/account/")
    assert response.status_code == 302
    assert phone.get("/en/account/").status_code == 302
    assert laptop.get("/en/account/").status_code == 302


def test_sign_out_needs_post_with_token(client, make_user):
    make_user()
    sign_in(client)
    assert client.get("/en/account/sign-out").status_code == 405
    assert client.post("/en/account/sign-out").status_code == 400
    assert client.get("/en/account/").status_code == 200


def test_remember_cookie_dies_with_the_session_version(app, make_user):
    make_user()
    browser = app.test_client()
    post_form(
        browser, "/en/account/sign-in", {"email": "amina@example.org", "password": PASSWORD, "remember": "y"}
    )
    remember = browser.get_cookie("remember_token")
    assert remember is not None
    other = app.test_client()
    sign_in(other)
    post_form(other, "/en/account/sign-out", {}, token_from="/en/account/")
    # A new browser that has only the old remember-me cookie is not signed in.
    stale = app.test_client()
    stale.set_cookie("remember_token", remember.value)
    assert stale.get("/en/account/").status_code == 302


def test_session_cookie_flags(client, make_user):
    make_user()
    response = sign_in(client)
    cookie = response.headers.get("Set-Cookie", "")
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie


def wrong_password_from(client, address: str, email: str = "amina@example.org"):
    return post_form(client, "/en/account/sign-in", {"email": email, "password": "wrong password!"},
                     environ_base={"REMOTE_ADDR": address})  # fmt: skip


def test_a_strangers_wrong_passwords_do_not_lock_the_owner_out(app, make_user):
    make_user()
    attacker = app.test_client()
    for _ in range(5):
        assert wrong_password_from(attacker, "203.0.113.66").status_code == 400
    assert wrong_password_from(attacker, "203.0.113.66").status_code == 429
    owner = app.test_client()
    response = post_form(owner, "/en/account/sign-in", {"email": "amina@example.org", "password": PASSWORD},
                         environ_base={"REMOTE_ADDR": "198.51.100.7"})  # fmt: skip
    assert response.status_code == 302


def test_the_per_account_cap_stops_an_attack_spread_over_many_addresses(app, make_user):
    assert app.config["SIGNIN_LIMIT_PER_ACCOUNT"] == "50 per hour"
    app.config["SIGNIN_LIMIT_PER_ACCOUNT"] = "12 per hour"  # the same rule, fewer requests to make
    make_user()
    attacker = app.test_client()
    for n in range(12):
        assert wrong_password_from(attacker, f"203.0.113.{n + 1}").status_code == 400
    assert wrong_password_from(attacker, "203.0.113.200").status_code == 429
    # Other accounts are not touched by this account's cap.
    make_user(email="other@example.org")
    response = post_form(app.test_client(), "/en/account/sign-in",
                         {"email": "other@example.org", "password": PASSWORD},
                         environ_base={"REMOTE_ADDR": "203.0.113.201"})  # fmt: skip
    assert response.status_code == 302
