"""A visitor creates an account; bad input is refused in the page's language and changes nothing."""

import pytest
from markupsafe import escape
from sqlalchemy import func, select

from marketplace.accounts.models import User
from tests.support.forms import CSRF_RE, PASSWORD, post_form
from tests.support.i18n import translated
from tests.support.mail import link_in, subject_of, text_of


def count_users(db) -> int:
    with db(write=False) as session:
        return session.scalar(select(func.count()).select_from(User))


def register(client, lang="en", **fields):
    data = {
        "display_name": "Wanjiru",
        "email": "wanjiru@example.org",
        "password": PASSWORD,
        "confirm": PASSWORD,
    }
    data.update(fields)
    return post_form(client, f"/{lang}/account/register", data)


def confirm(client, outbox, password=PASSWORD):
    """Open the link of the last registration email and enter the password, as its owner does."""
    link = link_in(outbox()[-1], "/")
    return post_form(client, link, {"password": password})


def test_create_account_by_the_emailed_link_signs_in_and_keeps_language(client, db, outbox):
    response = register(client, lang="sw")
    assert response.status_code == 302
    assert count_users(db) == 0  # nothing is stored until the address is proven
    [mail] = outbox()
    assert "Content-Language: sw" in mail and "To: wanjiru@example.org" in mail
    assert subject_of(mail) == translated("sw", "Daraja: confirm your address to create your account")
    assert PASSWORD not in text_of(mail)
    link = link_in(mail, "/sw/account/register/")
    page = client.get(link).get_data(as_text=True)
    assert "wanjiru@example.org" in page
    assert confirm(client, outbox).status_code == 302
    with db(write=False) as session:
        user = session.scalar(select(User).where(User.email == "wanjiru@example.org"))
        assert user.preferred_language == "sw"
        assert user.password_hash.startswith("scrypt:")
        assert PASSWORD not in user.password_hash
    page = client.get("/sw/account/")
    assert page.status_code == 200
    assert "wanjiru@example.org" in page.get_data(as_text=True)


def test_email_is_normalised(client, db, outbox):
    register(client, email="  Wanjiru@Example.ORG ")
    confirm(client, outbox)
    with db(write=False) as session:
        assert session.scalar(select(User.email)) == "wanjiru@example.org"


def cookie_without_value(line: str) -> str:
    """A Set-Cookie line's name and flags (a session cookie's value is never the same twice)."""
    name = line.split("=", 1)[0]
    flags = [part.strip() for part in line.split(";")[1:] if not part.strip().startswith("Expires")]
    return ";".join([name, *flags])


def test_the_form_does_not_tell_whether_the_address_has_an_account(app, make_user, outbox):
    """The two answers are the same: status, redirect, message, cookies; only the emails differ."""
    make_user(email="amina@example.org", language="fr")

    def answer(address):
        client = app.test_client()
        response = register(client, lang="en", email=address)
        shown = client.get(response.headers["Location"])
        cookies = sorted(cookie_without_value(line) for line in response.headers.getlist("Set-Cookie"))
        page = CSRF_RE.sub("", shown.get_data(as_text=True)).replace(address, "ADDRESS")
        return response.status_code, response.headers["Location"], response.get_data(), cookies, page

    taken, new = answer("amina@example.org"), answer("nobody@example.org")
    assert taken == new
    assert [cookie.split(";")[0] for cookie in new[3]] == ["session"]  # the message waits in the session
    assert "We have sent an email to ADDRESS. Follow it to continue." in new[-1]
    owner_mail, new_mail = outbox()
    # The owner is told, in their language, with links to sign in or choose a new password.
    assert "To: amina@example.org" in owner_mail and "Content-Language: fr" in owner_mail
    assert subject_of(owner_mail) == translated(
        "fr", "Daraja: someone tried to create an account with your address"
    )
    assert link_in(owner_mail, "/fr/account/sign-in") and link_in(owner_mail, "/fr/account/forgot-password")
    assert "/account/register/" not in text_of(owner_mail)
    assert "To: nobody@example.org" in new_mail and link_in(new_mail, "/en/account/register/")


def test_the_link_needs_the_password_chosen(client, db, outbox):
    """Whoever registered someone else's address cannot hand them an account whose password they know."""
    register(client)
    response = confirm(client, outbox, password="somebody else's guess")
    assert response.status_code == 400
    assert "This is not the password you chose when you created the account." in response.get_data(
        as_text=True
    )
    assert count_users(db) == 0


def test_the_link_works_once_and_not_when_changed(client, db, outbox, app):
    register(client)
    link = link_in(outbox()[-1], "/en/account/register/")
    assert confirm(client, outbox).status_code == 302
    again = app.test_client()
    response = post_form(again, link, {"password": PASSWORD})
    assert response.status_code == 302 and response.headers["Location"] == "/en/account/sign-in"
    assert count_users(db) == 1
    broken = again.get(link[:-3] + "abc")
    assert broken.status_code == 400
    assert "This link is not valid. Create your account again." in broken.get_data(as_text=True)


def test_an_old_link_has_expired(client, outbox, monkeypatch):
    import time

    register(client, lang="fr")
    link = link_in(outbox()[-1], "/fr/account/register/")
    later = time.time() + 25 * 3600
    monkeypatch.setattr(time, "time", lambda: later)
    response = client.get(link)
    assert response.status_code == 400
    assert escape(translated("fr", "This link has expired. Create your account again.")) in response.get_data(
        as_text=True
    )


LONG = "Field cannot be longer than %(max)d character.", "Field cannot be longer than %(max)d characters."


@pytest.mark.parametrize(
    ("lang", "fields", "message", "variables"),
    [
        (
            "sw",
            {"password": "short", "confirm": "short"},
            ("Use at least %(count)d characters for your password.",),
            {"count": 10},
        ),
        ("zh", {"password": "", "confirm": ""}, ("This field is required.",), {}),
        (
            "sw",
            {"password": "password123", "confirm": "password123"},
            ("This password is too easy to guess. Choose a less common one.",),
            {},
        ),
        ("fr", {"confirm": "something else entirely"}, ("The two passwords do not match.",), {}),
        ("fr", {"email": "not-an-email"}, ("Invalid email address.",), {}),
        ("sw", {"display_name": "x" * 81}, LONG, {"max": 80}),
        ("zh", {"email": "a" * 250 + "@example.org"}, LONG, {"max": 254}),
        ("en", {"password": "p" * 129, "confirm": "p" * 129}, LONG, {"max": 128}),
        (
            "zh",
            {"password": "wanjiru-secret-1", "confirm": "wanjiru-secret-1"},
            ("Your password must not contain your email address.",),
            {},
        ),
    ],
)
def test_bad_input_is_refused_translated_and_changes_nothing(
    client, db, make_user, lang, fields, message, variables
):
    make_user(email="amina@example.org")
    before = count_users(db)
    response = register(client, lang=lang, **fields)
    assert response.status_code == 400
    body = response.get_data(as_text=True)
    if len(message) == 2:
        expected = translated(lang, message[0], message[1], n=variables["max"], **variables)
    else:
        expected = translated(lang, message[0], **variables)
    assert escape(expected) in body
    assert count_users(db) == before
    # Still anonymous: the header offers to sign in.
    assert f'href="/{lang}/account/sign-in"' in body


def test_form_without_csrf_token_is_refused(client, db):
    response = client.post(
        "/en/account/register",
        data={"display_name": "x", "email": "x@example.org", "password": PASSWORD, "confirm": PASSWORD},
    )
    assert response.status_code == 400
    assert "This form has expired" in response.get_data(as_text=True)
    assert count_users(db) == 0


def test_form_fields_have_labels(client):
    body = client.get("/fr/account/register").get_data(as_text=True)
    for field_id in ("display_name", "email", "password", "confirm"):
        assert f'<label for="{field_id}">' in body
