"""Forgotten and changed passwords."""

import email
import re
from datetime import timedelta

from markupsafe import escape

from tests.support.forms import PASSWORD, post_form, sign_in
from tests.support.i18n import translated

NEW = "a brand new passphrase"


def request_reset(client, email="amina@example.org", lang="en"):
    return post_form(client, f"/{lang}/account/forgot-password", {"email": email})


def body_of(raw: str) -> str:
    return email.message_from_string(raw).get_payload(decode=True).decode()


def reset_link(outbox) -> str:
    mails = outbox()
    assert mails, "no email was sent"
    match = re.search(r"http://localhost(/\w\w/account/reset-password/\S+)", body_of(mails[-1]))
    assert match
    return match.group(1)


def test_reset_by_emailed_link_in_users_language(client, make_user, outbox):
    make_user(language="zh")
    response = request_reset(client)
    assert response.status_code == 302
    mail = outbox()[-1]
    assert "Content-Language: zh" in mail
    link = reset_link(outbox)
    assert link.startswith("/zh/account/reset-password/")
    body = body_of(mail)
    assert translated("zh", "Hello %(name)s,", name="Amina") in body
    response = post_form(client, link, {"password": NEW, "confirm": NEW})
    assert response.status_code == 302
    assert sign_in(client, password=NEW).status_code == 302


def test_unknown_address_gets_the_same_answer_and_no_mail(client, outbox):
    response = request_reset(client, email="nobody@example.org")
    assert response.status_code == 302
    assert outbox() == []


def test_reset_link_works_only_once(client, make_user, outbox):
    make_user()
    request_reset(client)
    link = reset_link(outbox)
    assert post_form(client, link, {"password": NEW, "confirm": NEW}).status_code == 302
    again = client.get(link)
    assert again.status_code == 400
    assert "already been used" in again.get_data(as_text=True)
    token = link.rsplit("/", 1)[1]
    response = client.post(
        f"/fr/account/reset-password/{token}", data={"password": "x" * 12, "confirm": "x" * 12}
    )
    assert response.status_code == 400
    assert sign_in(client, password=NEW).status_code == 302


def test_expired_link_is_refused_in_page_language(app, client, make_user, outbox, monkeypatch):
    make_user()
    request_reset(client)
    link = reset_link(outbox).replace("/en/", "/sw/", 1)
    import itsdangerous.timed

    real_now = itsdangerous.timed.TimestampSigner.get_timestamp
    monkeypatch.setattr(
        itsdangerous.timed.TimestampSigner,
        "get_timestamp",
        lambda self: real_now(self) + int(timedelta(hours=2).total_seconds()),
    )
    response = client.get(link)
    assert response.status_code == 400
    expected = translated("sw", "This password reset link has expired. Ask for a new one.")
    assert escape(expected) in response.get_data(as_text=True)


def test_tampered_link_is_refused(client, make_user, outbox):
    make_user()
    request_reset(client)
    link = reset_link(outbox)
    response = client.get(link[:-3] + "abc")
    assert response.status_code == 400


def test_weak_new_password_is_refused_and_link_still_works(client, make_user, outbox):
    make_user()
    request_reset(client)
    link = reset_link(outbox)
    response = post_form(client, link, {"password": "short", "confirm": "short"})
    assert response.status_code == 400
    assert sign_in(client, password=PASSWORD).status_code == 302
    assert client.get(link).status_code == 200


def test_change_password_ends_other_sessions_but_keeps_this_one(app, make_user):
    make_user()
    here, elsewhere = app.test_client(), app.test_client()
    sign_in(here)
    sign_in(elsewhere)
    response = post_form(
        here, "/en/account/password", {"current_password": PASSWORD, "password": NEW, "confirm": NEW}
    )
    assert response.status_code == 302
    assert here.get("/en/account/").status_code == 200
    assert elsewhere.get("/en/account/").status_code == 302
    assert sign_in(app.test_client(), password=PASSWORD).status_code == 400
    assert sign_in(app.test_client(), password=NEW).status_code == 302


def test_change_password_needs_current_password(app, client, make_user):
    make_user()
    sign_in(client)
    response = post_form(
        client,
        "/fr/account/password",
        {"current_password": "wrong one here", "password": NEW, "confirm": NEW},
    )
    assert response.status_code == 400
    assert escape(translated("fr", "Your current password is not correct.")) in response.get_data(
        as_text=True
    )
    assert sign_in(app.test_client(), password=PASSWORD).status_code == 302


def test_reset_ends_existing_sessions(app, make_user, outbox):
    make_user()
    stolen = app.test_client()
    sign_in(stolen)
    owner = app.test_client()
    request_reset(owner)
    post_form(owner, reset_link(outbox), {"password": NEW, "confirm": NEW})
    assert stolen.get("/en/account/").status_code == 302
