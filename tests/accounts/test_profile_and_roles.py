"""Profile preferences, and administrators granting roles."""

from sqlalchemy import select

from marketplace.accounts.models import User
from tests.support.forms import post_form, sign_in


def test_profile_saves_language_and_currency(client, make_user, db):
    make_user()
    sign_in(client)
    response = post_form(
        client,
        "/en/account/",
        {"display_name": "Amina W.", "preferred_language": "fr", "display_currency": "XOF"},
    )
    assert response.status_code == 302
    with db(write=False) as session:
        user = session.scalar(select(User))
        assert (user.display_name, user.preferred_language, user.display_currency) == (
            "Amina W.",
            "fr",
            "XOF",
        )


def test_profile_refuses_unknown_choices(client, make_user, db):
    make_user()
    sign_in(client)
    response = post_form(
        client,
        "/en/account/",
        {"display_name": "Amina", "preferred_language": "xx", "display_currency": "BTC"},
    )
    assert response.status_code == 400
    with db(write=False) as session:
        assert session.scalar(select(User.preferred_language)) == "en"


def test_admin_grants_and_removes_curator_role(client, make_user, db):
    make_user(email="admin@example.org", roles=["admin"])
    target = make_user(email="grace@example.org")
    sign_in(client, email="admin@example.org")
    page = client.get("/en/admin/users/")
    assert page.status_code == 200
    assert "grace@example.org" in page.get_data(as_text=True)
    url = f"/en/admin/users/{target}/roles"
    assert (
        post_form(
            client, url, {"role": "curator", "action": "grant"}, token_from="/en/admin/users/"
        ).status_code
        == 302
    )
    with db(write=False) as session:
        assert session.get(User, target).has_role("curator")
    post_form(client, url, {"role": "curator", "action": "revoke"}, token_from="/en/admin/users/")
    with db(write=False) as session:
        assert not session.get(User, target).has_role("curator")


def test_last_admin_cannot_remove_own_role(client, make_user, db):
    admin = make_user(email="admin@example.org", roles=["admin"])
    sign_in(client, email="admin@example.org")
    post_form(
        client,
        f"/en/admin/users/{admin}/roles",
        {"role": "admin", "action": "revoke"},
        token_from="/en/admin/users/",
    )
    with db(write=False) as session:
        assert session.get(User, admin).has_role("admin")


def test_only_admins_reach_role_management(app, make_user, db):
    make_user(email="buyer@example.org")
    make_user(email="curator@example.org", roles=["curator"])
    target = make_user(email="target@example.org")
    anonymous = app.test_client()
    assert anonymous.get("/en/admin/users/").status_code == 302
    for email in ("buyer@example.org", "curator@example.org"):
        client = app.test_client()
        sign_in(client, email=email)
        assert client.get("/zh/admin/users/").status_code == 403
        token_page = client.get("/en/account/").get_data(as_text=True)
        token = token_page.split('name="csrf_token" type="hidden" value="', 1)[1].split('"', 1)[0]
        response = client.post(
            f"/en/admin/users/{target}/roles", data={"csrf_token": token, "role": "admin", "action": "grant"}
        )
        assert response.status_code == 403
    with db(write=False) as session:
        assert session.get(User, target).roles == []


def test_cli_creates_curator_with_generated_password(app, db):
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=["users", "create", "curator@example.org", "--role", "curator", "--generate-password"]
    )
    assert result.exit_code == 0, result.output
    password = result.output.split("Password (shown once): ", 1)[1].strip()
    with db(write=False) as session:
        user = session.scalar(select(User).where(User.email == "curator@example.org"))
        assert user.has_role("curator")
    client = app.test_client()
    assert sign_in(client, email="curator@example.org", password=password).status_code == 302


def test_cli_asks_for_password_and_refuses_duplicates(app, make_user):
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=["users", "create", "admin@example.org", "--role", "admin"],
        input="a long secret passphrase\na long secret passphrase\n",
    )
    assert result.exit_code == 0, result.output
    assert (
        sign_in(app.test_client(), email="admin@example.org", password="a long secret passphrase").status_code
        == 302
    )
    again = runner.invoke(args=["users", "create", "admin@example.org", "--generate-password"])
    assert again.exit_code != 0
    assert "already exists" in again.output
