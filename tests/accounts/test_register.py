"""A visitor creates an account; bad input is refused in the page's language and changes nothing."""

import pytest
from markupsafe import escape
from sqlalchemy import func, select

from marketplace.accounts.models import User
from tests.support.forms import PASSWORD, post_form
from tests.support.i18n import translated


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


def test_create_account_signs_in_and_keeps_language(client, db):
    response = register(client, lang="sw")
    assert response.status_code == 302
    with db(write=False) as session:
        user = session.scalar(select(User).where(User.email == "wanjiru@example.org"))
        assert user.preferred_language == "sw"
        assert user.password_hash.startswith("scrypt:")
        assert PASSWORD not in user.password_hash
    page = client.get("/sw/account/")
    assert page.status_code == 200
    assert "wanjiru@example.org" in page.get_data(as_text=True)


def test_email_is_normalised(client, db):
    register(client, email="  Wanjiru@Example.ORG ")
    with db(write=False) as session:
        assert session.scalar(select(User.email)) == "wanjiru@example.org"


LONG = "Field cannot be longer than %(max)d character.", "Field cannot be longer than %(max)d characters."


@pytest.mark.parametrize(
    ("lang", "fields", "message", "variables"),
    [
        ("en", {"email": "amina@example.org"}, ("An account with this email address already exists.",), {}),
        ("fr", {"email": "AMINA@example.org"}, ("An account with this email address already exists.",), {}),
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
